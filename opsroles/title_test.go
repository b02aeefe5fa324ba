// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"slices"
	"strings"
	"testing"

	"github.com/rolemodels/ops/opsroles/internal/automaton"
	"github.com/rolemodels/ops/opsroles/internal/fold"
)

func TestTitleWords(t *testing.T) {
	if titleAutomaton().Len() != len(titleWords) {
		t.Fatalf("title automaton has %d words, table %d", titleAutomaton().Len(), len(titleWords))
	}
	for _, w := range titleWords {
		if fold.String(w.word) != w.word {
			t.Errorf("title word %q is not written folded (Simplified, lower case)", w.word)
		}
	}
}

func TestTitleLevel(t *testing.T) {
	tests := []struct {
		title string
		want  Level
		why   string
	}{
		{"用户运营实习生", LevelIntern, "实习生"},
		{"Marketing Intern", LevelIntern, "intern"},
		{"运营经理实习", LevelIntern, "an internship beats the head noun"},
		{"运营专员", LevelSpecialist, "专员"},
		{"Operations Coordinator", LevelSpecialist, "coordinator"},
		{"Junior Analyst", LevelSpecialist, "junior without a head noun"},
		{"運營經理助理", LevelSpecialist, "the head noun is the last: an assistant to a manager"},
		{"資深營運專員", LevelSenior, "Traditional 資深 raises a specialist"},
		{"Sr. Content Specialist", LevelSenior, "Sr. abbreviation"},
		{"Senior Community Manager", LevelManager, "senior does not change a manager"},
		{"高级用户运营经理", LevelManager, "高级经理 is a manager"},
		{"运营主管", LevelLead, "主管"},
		{"Community Team Lead", LevelLead, "team lead"},
		{"营运经理", LevelManager, "经理"},
		{"Assistant Manager, Store Operations", LevelManager, "the head noun is manager"},
		{"运营总监", LevelDirector, "总监"},
		{"Director of Operations", LevelDirector, "director before of"},
		{"增长负责人", LevelHead, "负责人"},
		{"Head of Growth", LevelHead, "head of"},
		{"Expert:in Datenmanagement & Reporting (m/w/d)", LevelSenior, "a German expert"},
		{"Experte Prozessmanagement", LevelSenior, "Experte"},
		{"VP of Operations", LevelHead, "VP"},
		{"Vice President, Operations", LevelHead, "vice president"},
		{"区域总经理", LevelHead, "总经理 is not 经理"},
		{"首席运营官", LevelChief, "首席运营官"},
		{"COO", LevelChief, "COO"},
		{"Chief Operating Officer", LevelChief, "not an officer"},
		{"Java后端开发工程师", LevelUnknown, "no level word"},
		{"", LevelUnknown, "empty"},
	}
	var s automaton.Scratch
	var found []automaton.Match
	for _, tt := range tests {
		found = titleAutomaton().Find(found[:0], []byte(tt.title), &s)
		if got, _ := titleLevel(found); got != tt.want {
			t.Errorf("level of %q = %v, want %v (%s)", tt.title, got, tt.want, tt.why)
		}
	}
}

func TestClassifyTitle(t *testing.T) {
	m := testMatcher(t)
	tests := []struct {
		title string
		want  Title
		why   string
	}{
		{"Senior Community Manager", Title{"community-ops", LevelManager}, "an area alias inside the title"},
		{"运营总监", Title{"business-ops", LevelDirector}, "a bare 运营 is business operations"},
		{"用户运营实习生", Title{"user-ops", LevelIntern}, "the specific term beats 运营"},
		{"營運經理", Title{"business-ops", LevelManager}, "Traditional 營運"},
		{"COO", Title{"", LevelChief}, "no area word"},
		{"Java工程师", Title{}, "not an operations title"},
	}
	for _, tt := range tests {
		if got := m.ClassifyTitle(tt.title); got != tt.want {
			t.Errorf("ClassifyTitle(%q) = %+v, want %+v (%s)", tt.title, got, tt.want, tt.why)
		}
	}
}

// TestClassifyTitleDefault classifies titles of real postings with the
// built-in catalog, in the three scripts.
func TestClassifyTitleDefault(t *testing.T) {
	m := NewMatcher(Default())
	tests := []struct {
		title string
		want  Title
	}{
		{"Senior Community Manager", Title{"community-ops", LevelManager}},
		{"【2027届校招】运营管培生（用户方向）", Title{"user-ops", LevelSpecialist}},                                   // the banner's 招 introduces no job
		{"2027届校园招聘-运营管培生（用户方向）", Title{"user-ops", LevelSpecialist}},                                  // a banner before a dash, as findTitle passes it over
		{"游戏本地化译者 / Localization Specialist", Title{"", LevelSpecialist}},                              // a translator
		{"Session Quality & Tutor Performance Analyst", Title{"performance-evaluation", LevelUnknown}}, // the tutors are whose performance is measured
		{"Teacher Success Manager", Title{"customer-success", LevelManager}},
		{"客户关怀专员", Title{"customer-management", LevelSpecialist}}, // a dealer's care of the customers it has
		{"Site General Manager - Express Car Wash", Title{"store-ops", LevelHead}},
		{"General Manager - Full Service Taqueria", Title{"store-ops", LevelHead}},             // a site of a food chain
		{"General Manager – Community Pub (Headingley, Leeds)", Title{"store-ops", LevelHead}}, // a site's manager, before the town it is in
		{"Venue Manager – Busy Brunch Café", Title{"store-ops", LevelManager}},
		{"General Manager - busy neighborhood bistro (SE Portland)", Title{"store-ops", LevelHead}}, // the district a site is in, in brackets
		{"District Manager - 6 pizza stores (Knoxville area)", Title{"store-ops", LevelManager}},
		{"Business Analyst - Retail Operations Insights", Title{"data-analysis", LevelUnknown}}, // insights are data, whatever they are of
		{"Research Analyst - Consumer Insights", Title{"market-research", LevelUnknown}},        // the insights name the analyst
		{"Content Coordinator", Title{"content-ops", LevelSpecialist}},
		{"Resource Manager", Title{"resource-allocation", LevelManager}},                                     // staffs projects
		{"Growth lead with 7 years in product", Title{"growth-ops", LevelLead}},                              // a summary's first words, on one line
		{"Customer Success Manager ChairTime Software Remote (US)", Title{"customer-success", LevelManager}}, // the employer, then where the job is
		{"NOC Operations Analyst I", Title{"", LevelUnknown}},                                                // watches a network
		{"Store Operations Associate", Title{"", LevelSpecialist}},                                           // unloads trucks and stocks shelves
		{"Table Games Operations Supervisor", Title{"", LevelLead}},                                          // a casino's floor
		{"Restaurant Operations Team Member", Title{"", LevelUnknown}},
		{"Taproom Operations Manager", Title{"store-ops", LevelManager}}, // a brewery's bar
		{"Support Operations Team Lead", Title{"", LevelLead}},
		{"Venue Operations Crew", Title{"", LevelUnknown}},                        // sets up an arena on event days
		{"Opening General Manager - 2nd Location", Title{"store-ops", LevelHead}}, // opens a site and runs it
		{"Reporting & KPI Analyst", Title{"data-ops", LevelUnknown}},
		{"Quality & Standards Auditor (Field)", Title{"performance-evaluation", LevelUnknown}}, // audits a chain's sites
		{"Customer Service Operations Team Lead", Title{"", LevelLead}},                        // leads a floor of agents
		{"Rail Operations Supervisor", Title{"", LevelLead}},                                   // runs trains
		{"Terminal Operations Manager", Title{"", LevelManager}},                               // runs a freight terminal
		{"市场研究助理", Title{"market-research", LevelSpecialist}},                                  // a market's researcher, not a lab's assistant
		{"跨部门协同经理", Title{"team-coordination", LevelManager}},
		{"运营协同经理", Title{"team-coordination", LevelManager}},
		{"Operations Innovation Specialist", Title{"continuous-improvement", LevelSpecialist}},
		{"Partnerships Coordinator", Title{"partner-ops", LevelSpecialist}},
		{"營運分析專員", Title{"data-analysis", LevelSpecialist}},                             // a chain's analyst of its operations
		{"客服品質稽核專員", Title{"performance-evaluation", LevelSpecialist}},                  // checks the agents' calls
		{"Human Resource Manager", Title{"", LevelManager}},                             // manages the staff themselves
		{"Business Development Executive", Title{"", LevelSpecialist}},                  // sells
		{"Senior Loan Officer", Title{"", LevelSenior}},                                 // lends
		{"Etsy Shop Manager (Part-Time, Remote)", Title{"ecommerce-ops", LevelManager}}, // an online shop
		{"Dark Store Manager (Mokotów)", Title{"store-ops", LevelManager}},              // a quick-commerce store
		{"Online Trading Manager", Title{"ecommerce-ops", LevelManager}},                // a retailer's online sales
		{"Innovation Manager - Logistics Innovation Center", Title{"continuous-improvement", LevelManager}},
		{"Tmall Flagship Store Operations Manager", Title{"ecommerce-ops", LevelManager}}, // an online flagship store
		{"Event Executive / Senior Event Executive", Title{"campaign-ops", LevelSenior}},  // one job at two levels
		{"游戏安全运营（反外挂方向）", Title{"risk-management", LevelUnknown}},                         // a platform's security fights cheats and fraud
		{"安全运营工程师（SOC）", Title{"", LevelUnknown}},                                         // a security operations centre's engineer
		{"Chat Support Specialist", Title{"", LevelSpecialist}},                           // an agent who answers chats
		{"六西格玛黑带", Title{"process-optimization", LevelUnknown}},                           // the belt names its holder
		{"Software QA Analyst II – Contact Center Platform", Title{"", LevelUnknown}},     // software is a field, not a person: a tester
		{"Sales Growth Manager", Title{"", LevelManager}},
		{"Junior Analyst Vertriebssteuerung / Sales Operations (m/w/d)", Title{"business-ops", LevelSpecialist}},
		{"Dispatch Lead (Nights) - Last-Mile Delivery", Title{"resource-allocation", LevelLead}}, // a dispatcher plans the last mile at night too
		{"Dispatch Supervisor - Night Shift (Warehouse)", Title{"", LevelLead}},                  // a warehouse's floor
		{"高级产品经理（商家运营平台）Senior Product Manager - Merchant Platform", Title{"", LevelManager}},    // the Chinese title, restated in English, manages a product
		{"用户运营经理 User Operations Manager", Title{"user-ops", LevelManager}},
		{"Audience Development Manager", Title{"growth-ops", LevelManager}},
		{"Quality Assurance Officer (Customer Service Centre)", Title{"performance-evaluation", LevelSpecialist}}, // checks the centre's calls
		{"达人直播运营（头部主播）", Title{"livestream-ops", LevelUnknown}},                                                   // the hosts served, by their tier
		{"直播运营（带货主播）", Title{"", LevelUnknown}},                                                                   // a host's post
		{"展会策划专员", Title{"campaign-ops", LevelSpecialist}},                                                        // plans the trade fairs
		{"Operations Executive - Key Account Service", Title{"customer-management", LevelSpecialist}},             // looks after the accounts sales won
		{"General Manager - Saltwater Kitchen & Bar, Bondi NSW", Title{"store-ops", LevelHead}},                   // runs a bar and restaurant
		{"General Manager - Boutique Hotel (38 rooms)", Title{"store-ops", LevelHead}},                            // runs a hotel
		{"Java后端开发工程师-用户运营平台", Title{"", LevelUnknown}},                                                           // builds the platform the dash names
		{"HRBP-用户运营中心", Title{"", LevelUnknown}},                                                                  // HR for the centre the dash names
		{"用户运营专员-运营中心", Title{"user-ops", LevelSpecialist}},                                                       // the job before its centre
		{"Staffing & Scheduling Lead", Title{"resource-allocation", LevelLead}},                                   // plans the caregivers' hours
		{"客服中心品管專員（通話品質稽核）", Title{"performance-evaluation", LevelSpecialist}},                                    // checks the centre's calls
		{"客服中心质检专员", Title{"performance-evaluation", LevelSpecialist}},
		{"Manager – Digital Sales & E-commerce Operations (Airline)", Title{"ecommerce-ops", LevelManager}},
		{"Guest Experience Operations Manager", Title{"customer-management", LevelManager}},
		{"Restaurant Operations Analyst", Title{"data-analysis", LevelUnknown}}, // analyses the restaurants' data
		{"运营质检主管", Title{"performance-evaluation", LevelLead}},
		{"天猫旗舰店运营主管", Title{"ecommerce-ops", LevelLead}},
		{"Support Quality & Enablement Analyst", Title{"performance-evaluation", LevelUnknown}},
		{"精益生产工程师", Title{"process-optimization", LevelUnknown}},
		{"提示词运营 / Prompt Curator", Title{"content-ops", LevelUnknown}},
		{"Content Curator", Title{"content-ops", LevelUnknown}},
		{"Call Centre QA Analyst", Title{"performance-evaluation", LevelUnknown}}, // the centre whose calls the analyst checks
		{"Teamleitung Qualität & Coaching Kundenservice", Title{"performance-evaluation", LevelLead}},
		{"Mktg Ops Specialist", Title{"marketing-ops", LevelSpecialist}},
		{"Teamleider Kwaliteit Klantenservice", Title{"performance-evaluation", LevelLead}},
		{"數據分析主任（營運）Data Analyst – Operations", Title{"data-analysis", LevelUnknown}},                // the bare noun in brackets names whom the analyst serves
		{"Clinical Operations Associate (CRA support, site activation)", Title{"", LevelSpecialist}}, // the trial's sites, whatever the qualifier's words
		{"理赔运营优化岗（流程改进方向）", Title{"process-optimization", LevelUnknown}},                             // the direction names the work on the claims process
		{"客服中心-质量管理部-质检专员（呼叫中心）", Title{"performance-evaluation", LevelSpecialist}},                  // the service centre above the job is no profession of its
		{"Team Lead (Customer Service)", Title{Level: LevelLead}},                                    // leads the agents
		{"Community Manager for Developer Tools", Title{"community-ops", LevelManager}},              // the developers are whom it serves
		{"Community Manager for cohort-based Excel & FP&A course", Title{"community-ops", LevelManager}},
		{"Member Safety Operations Manager", Title{"risk-management", LevelManager}},
		{"Penetration Tester (Mobile & API) - Member Safety Engineering", Title{}}, // a tester of the apps' security
		{"Field Service Dispatch & Scheduling Lead", Title{"resource-allocation", LevelLead}},
		{"Operations Executive (Head Office)", Title{"business-ops", LevelSpecialist}},                // a head office is a place
		{"Operations Associate (m/f/d) – Hub Network Berlin", Title{"business-ops", LevelSpecialist}}, // a network of hubs, not a computer network
		{"General Manager - Full Service Restaurant", Title{"store-ops", LevelHead}},                  // the place after its kind
		{"Key Account Manager", Title{"", LevelManager}},
		{"Catalog Operations Associate – Home & Kitchen", Title{"ecommerce-ops", LevelSpecialist}}, // homeware, not a kitchen's floor; a marketplace's catalog
		{"Operations Supervisor - Kitchen", Title{"", LevelLead}},
		{"后厨运营主管（中央厨房·夜班）", Title{"", LevelLead}},         // a kitchen's floor in Chinese
		{"训练营社群助教", Title{"community-ops", LevelUnknown}}, // a course's groups, not its teaching
		{"Head Office Operations Manager", Title{"business-ops", LevelManager}},
		{"Teamleiter Workforce Management (m/w/d) Kundenservice", Title{"resource-allocation", LevelLead}},
		{"Content Marketing Managerin", Title{"content-ops", LevelManager}},
		{"商場推廣及活動統籌經理", Title{"campaign-ops", LevelManager}},
		{"LEAN COORDINATOR", Title{"continuous-improvement", LevelSpecialist}},
		{"Integrity Analyst", Title{"risk-management", LevelUnknown}},
		{"Analyst:in Betrugsprävention (m/w/d)", Title{"risk-management", LevelUnknown}}, // the field after the job, in German
		{"Analyst:in Buchhaltung (m/w/d)", Title{}},
		{"Risk Analyst Betrugsbekämpfung (w/m/d)", Title{"risk-management", LevelUnknown}}, // and without the mark
		{"Financial Analyst Controlling", Title{}},
		{"Leiter:in Disposition & Tourenplanung", Title{"resource-allocation", LevelHead}},
		{"Teamleiter Einsatzplanung / Disposition", Title{"resource-allocation", LevelLead}},
		{"精益推进工程师（持续改善）", Title{"process-optimization", LevelUnknown}}, // a factory's lean engineer improves processes
		{"运营流程优化工程师（仓储）", Title{"process-optimization", LevelUnknown}}, // the warehouses whose processes it improves
		{"Continuous Improvement Engineer", Title{"continuous-improvement", LevelUnknown}},
		{"Analyst - Operations MIS & Reporting", Title{"data-ops", LevelUnknown}},
		{"质检分析师（12345热线运营中心）", Title{"performance-evaluation", LevelUnknown}},                   // a hotline's quality analyst
		{"Leiterin Strategie & Unternehmensentwicklung", Title{"strategy-planning", LevelHead}}, // German nouns are capitalised, and no employer's name
		{"Courier Partner Experience Lead", Title{"user-ops", LevelLead}},
		{"City Launcher", Title{"business-ops", LevelUnknown}},
		{"仓储运营改善主管", Title{"process-optimization", LevelLead}},                         // a warehouse's improvement lead, not its floor
		{"Quality & Performance Coach", Title{"performance-evaluation", LevelUnknown}}, // the catalog writes "and"
		{"Risk Manager Operational & Fraud Risk (m/w/d)", Title{"risk-management", LevelManager}},
		{"Manager Strategie & Unternehmensplanung (m/w/d)", Title{"strategy-planning", LevelManager}},
		{"Research & Insights Advisor", Title{"market-research", LevelSpecialist}},
		{"运营助理（亚马逊）", Title{"ecommerce-ops", LevelSpecialist}}, // the direction alone in brackets
		{"运营专员（直播）", Title{"livestream-ops", LevelSpecialist}},
		{"运营专员（北京）", Title{"business-ops", LevelSpecialist}}, // a place names no direction
		{"Senior Research Consultant", Title{"market-research", LevelSenior}},
		{"Quality Team Lead – Non-Voice Operations (Travel & Health Claims)", Title{"performance-evaluation", LevelLead}},
		{"Data Analyst / BI Developer", Title{"data-analysis", LevelUnknown}}, // the first of the jobs listed
		{"BI Developer / Data Analyst", Title{}},
		{"Regionalleiter Systemgastronomie", Title{"store-ops", LevelManager}},
		{"Referent*in Personaleinsatz- und Stellenplanung (m/w/d)", Title{"resource-allocation", LevelSpecialist}},
		{"Quality & Performance Lead – Customer Contact Centre", Title{"performance-evaluation", LevelLead}},
		{"Workforce Management (WFM) Analyst - Planning & Scheduling", Title{"resource-allocation", LevelUnknown}},
		{"Operations Specialist · Community", Title{"community-ops", LevelSpecialist}}, // a headline's qualifier after a middle dot
		{"Fraud & Risk Analyst (KYC Risk)", Title{"risk-management", LevelUnknown}},
		{"Fraud Strategy Analyst", Title{"risk-management", LevelUnknown}},
		{"Analyst, Operational Performance", Title{"performance-evaluation", LevelUnknown}},
		{"Claims Operations Improvement Lead", Title{"process-optimization", LevelLead}},
		{"Claims Operations Performance Manager", Title{"performance-evaluation", LevelManager}},
		{"IT Operations Support Analyst", Title{}},
		{"IT Operations Analyst", Title{}},
		{"Treasury Ops Analyst", Title{}}, // "ops" for the operations of other work too
		{"Clinical Ops Associate", Title{Level: LevelSpecialist}},
		{"Data Quality Analyst", Title{"data-ops", LevelUnknown}},
		{"Monitoring & Evaluation Officer", Title{"performance-evaluation", LevelSpecialist}},
		{"投诉管理专员（客户服务部）", Title{"customer-management", LevelSpecialist}},
		{"售后运营专员", Title{"ops-support", LevelSpecialist}},
		{"Quality Analyst (Voice Account – Telecom)", Title{"performance-evaluation", LevelUnknown}},
		{"QA Team Leader", Title{"performance-evaluation", LevelLead}},
		{"Filialleiter (m/w/d) Drogeriemarkt", Title{"store-ops", LevelManager}},
		{"Prozessmanager (m/w/d) Schadenmanagement", Title{"process-optimization", LevelManager}},
		{"Loss Prevention & Risk Area Manager (WA)", Title{"risk-management", LevelManager}},
		{"智能体运营（Agent产品方向）", Title{"product-ops", LevelUnknown}},
		{"Senior Analyst, Process Improvement", Title{"process-optimization", LevelSenior}},
		{"Operations Improvement Manager", Title{"process-optimization", LevelManager}},
		{"Temu全托管 / 半托管运营（供货商端）", Title{"ecommerce-ops", LevelUnknown}},
		{"Operations Supervisor (Multi-Unit)", Title{"store-ops", LevelLead}},
		{"Operations Supervisor (Multi-Unit) - Lanternhouse Coffee Co.", Title{"store-ops", LevelLead}},
		{"Independent Host & Co-Host", Title{}},
		{"运营总监", Title{"business-ops", LevelDirector}},
		{"COO", Title{"business-ops", LevelChief}},
		{"Chief Operating Officer", Title{"business-ops", LevelChief}},
		{"Head of Growth", Title{"growth-ops", LevelHead}},
		{"Key Account Manager", Title{"", LevelManager}}, // sells to the largest customers
		{"KA运营", Title{"customer-management", LevelUnknown}},
		{"Wholesale & Channel Coordinator", Title{"channel-ops", LevelSpecialist}},
		{"Venue Manager – Busy Inner West Cafe", Title{"store-ops", LevelManager}},                  // a site's qualifier of more than three words
		{"Bar Manager - Independent Pub, West End", Title{"store-ops", LevelManager}},               // the site before the town
		{"General Manager - Family Restaurant - Full Time (Mentor)", Title{"store-ops", LevelHead}}, // the site before the job's terms and its town
		{"General Manager - Freehouse Pub with Rooms", Title{"store-ops", LevelHead}},               // what the site has besides it
		{"General Manager (Pub with Rooms)", Title{"store-ops", LevelHead}},
		{"General Manager – Independent Gastropub, Chorlton", Title{"store-ops", LevelHead}},
		{"Campaign Executive - Mega Sales", Title{"campaign-ops", LevelSpecialist}}, // a marketplace's sale days, not a sales team
		{"Mega Sales Campaign Executive", Title{"campaign-ops", LevelSpecialist}},
		{"Operations Manager – Cafés (Bengaluru)", Title{"store-ops", LevelManager}}, // the chain's places before the town
		{"General Manager - 24hr Fitness Club (Franchise)", Title{"store-ops", LevelHead}},
		{"客服质检专员（在线+热线）", Title{"performance-evaluation", LevelSpecialist}}, // the lines whose calls and chats it scores
		{"Merchant Operations Associate - Restaurant Partners (Pune)", Title{"business-ops", LevelSpecialist}},
		{"展店專員（新店開發與開幕籌備）", Title{"store-ops", LevelSpecialist}}, // a chain's new stores are developed, not coded
		{"展店開發專員（商圈評估∕新店籌備）", Title{"store-ops", LevelSpecialist}},
		{"內場人員（正職）", Title{}},                                                          // a restaurant's kitchen staff
		{"CEO特助", Title{"", LevelSpecialist}},                                          // the chief's assistant, not the chief
		{"Operations Manager - Affiliate Channel", Title{"channel-ops", LevelManager}}, // the operations of the channel named
		{"General Manager - Kitchen - Full Time", Title{"", LevelHead}},                // a kitchen is no site a chain runs
		{"Bar Manager", Title{"", LevelManager}},                                       // no site: the bar alone
		{"营运绩效管理专员（营运管理部）", Title{"performance-evaluation", LevelSpecialist}},
		{"運能調度規劃主管（宅配營運中心）", Title{"resource-allocation", LevelLead}},
		{"活動主任 Event Executive", Title{"campaign-ops", LevelSpecialist}},
		{"品質管理專員(客服中心)", Title{"performance-evaluation", LevelSpecialist}}, // checks a call centre's calls
		{"品质管理专员（工厂）", Title{"", LevelSpecialist}},                         // a factory's quality control
		{"市場分析師", Title{"market-research", LevelUnknown}},
		// Of jobs listed, the first is the job.
		{"客户成功经理 / 客户运营 / 大客户运营", Title{"customer-success", LevelManager}},
		{"运营经理 / 运营改善经理 / 流程优化经理", Title{"process-optimization", LevelManager}}, // a bare noun first
		{"理赔专员 / 核保专员 / 保险运营岗", Title{"", LevelSpecialist}},
		{"会籍主管/运营主管", Title{"", LevelLead}},
		// A Chinese title names its job last, after the trade it serves.
		{"直播电商数据运营", Title{"data-ops", LevelUnknown}},
		{"直播电商用户运营", Title{"user-ops", LevelUnknown}},
		{"主播运营", Title{"livestream-ops", LevelUnknown}},
		// An organisation's path: the last unit names the job's team.
		{"运营中心-用户运营部-高级专员", Title{"user-ops", LevelSenior}},
		{"运营管理部-流程与质量组-高级经理（精益/SOP）", Title{"process-optimization", LevelManager}},
		{"Sr. Mgr, Business Ops", Title{"business-ops", LevelManager}},
		{"Affiliate Manager", Title{"channel-ops", LevelManager}},
		{"Enterprise Risk Analyst", Title{"risk-management", LevelUnknown}},
		{"Fundraising Events Coordinator", Title{"campaign-ops", LevelSpecialist}}, // events that raise funds, not a fundraiser
		{"Fundraising Coordinator", Title{Level: LevelSpecialist}},
		{"New Restaurant Opening Manager", Title{"store-ops", LevelManager}},
		{"Operations Analyst – Sales Performance", Title{"performance-evaluation", LevelUnknown}},
		{"Sales Performance & Incentives Analyst", Title{"performance-evaluation", LevelUnknown}},
		{"Contact Centre Quality Lead", Title{"performance-evaluation", LevelLead}},
		{"Chief of Staff to the CEO", Title{"team-coordination", LevelDirector}},                           // runs the executive team's cadence
		{"CHIEF OF STAFF / SENIOR PRACTICE ADMINISTRATOR — ACADEMIC SURGERY", Title{Level: LevelDirector}}, // a surgeons' practice
		{"LIVE SALES PRODUCER", Title{"livestream-ops", LevelUnknown}},
		{"Live Stream Sales Coordinator", Title{"livestream-ops", LevelSpecialist}},
		{"Affiliate Operations Executive", Title{"channel-ops", LevelSpecialist}},                        // runs the affiliate channel, not the business
		{"Operations Coordinator – Taproom Events & Promotions", Title{"campaign-ops", LevelSpecialist}}, // the events of a place
		{"Operations Coordinator – Store Events", Title{"campaign-ops", LevelSpecialist}},
		{"Chief Growth Officer", Title{"growth-ops", LevelChief}},
		{"Studio Manager", Title{"store-ops", LevelManager}},
		{"LIVESTREAM EXECUTIVE (TIKTOK SHOP / SHOPEE LIVE)", Title{"livestream-ops", LevelSpecialist}},
		{"Agent Network Manager - Rift Valley Region", Title{"channel-ops", LevelManager}},
		{"Volunteer Program Manager", Title{"community-ops", LevelManager}},
		{"Patient Experience Manager", Title{"customer-management", LevelManager}},
		{"Franchise Business Consultant", Title{"store-ops", LevelUnknown}}, // coaches the franchisees' stores to standard
		// The job before its qualifiers names the specialty.
		{"CRM Mgr - hybrid", Title{"user-ops", LevelManager}},
		{"Sr. CRM & Loyalty Mgr (Member Program / Lifecycle) - SH - hybrid", Title{"user-ops", LevelManager}},
		{"首席增长官（CGO）", Title{"growth-ops", LevelChief}},
		{"Chief Marketing Officer", Title{"marketing-ops", LevelChief}},
		// Two roles of equal weight: the first named is the job.
		{"Community Manager & Content Manager", Title{"community-ops", LevelManager}},
		{"内容运营兼社群运营", Title{"content-ops", LevelUnknown}},
		// The bare noun of operations says less than a specialty.
		{"Live Commerce Host & Operations Executive", Title{"livestream-ops", LevelSpecialist}},
		{"Campaign Operation Specialist – CEE Mega Sales (大促活动运营)", Title{"campaign-ops", LevelSpecialist}}, // English with its Chinese in brackets: the job comes before the qualifier
		{"Campaign Operation Specialist – CEE Mega Sales", Title{"campaign-ops", LevelSpecialist}},
		{"FP&A Analyst (Store Operations Finance)", Title{"", LevelUnknown}}, // a finance analyst, whatever part of the business it serves
		{"Senior FP&A Analyst – Retail Operations", Title{"", LevelSenior}},
		{"Operations Executive & Live Commerce Host", Title{"livestream-ops", LevelSpecialist}},
		{"Data Analyst", Title{"data-analysis", LevelUnknown}},
		// An analyst of no field of his own analyses what the qualifier
		// names; a financial analyst stays in finance.
		{"Business Analyst – Operations", Title{"data-analysis", LevelUnknown}},
		{"Business Analyst - Operations & Growth Analytics", Title{"data-analysis", LevelUnknown}},
		{"Operations Business Analyst", Title{"data-analysis", LevelUnknown}},
		// So does an operations analyst, when the qualifier names a field;
		// its other items may name the same area.
		{"Operations Analyst, Fraud", Title{"risk-management", LevelUnknown}},
		{"Franchise Operations Consultant", Title{"store-ops", LevelUnknown}},
		{"Rostering & Workforce Deployment Lead", Title{"resource-allocation", LevelLead}},
		{"Membership & Loyalty Coordinator", Title{"user-ops", LevelSpecialist}},
		{"Membership Administrator", Title{"", LevelSpecialist}},
		{"家政调度排班", Title{"resource-allocation", LevelUnknown}},
		{"Content Audit Specialist (Short Video / Live Broadcast)", Title{"content-ops", LevelSpecialist}},
		{"话务质检岗", Title{"performance-evaluation", LevelUnknown}},
		{"服务质量评估专员（运营中心）", Title{"performance-evaluation", LevelSpecialist}},
		{"Scheduling Operations Lead - Home Care (Day Shift, M-F)", Title{"resource-allocation", LevelLead}},
		// An area's manager of the places a chain runs, however many.
		{"Area Manager – 7 Bakery Cafés", Title{"store-ops", LevelManager}},
		{"Area Manager – Sales", Title{"", LevelManager}},
		// A specialty's qualifier names the product it serves.
		{"Customer Success Manager – Payroll Software", Title{"customer-success", LevelManager}},
		{"Shopify Store Assistant – Independent Womenswear Label", Title{"ecommerce-ops", LevelSpecialist}},
		// A department before a post that names itself does not name it.
		{"运营管理部·场站运行岗（3名）", Title{"", LevelUnknown}},
		{"运营管理部 高级经理", Title{"business-ops", LevelManager}},
		{"Timetabling and Space Allocation Officer", Title{"resource-allocation", LevelSpecialist}},
		// A shop's sales events are promotions, not selling.
		{"Campaign Manager (m/w/d) Sales Events & Onsite-Aktionen", Title{"campaign-ops", LevelManager}},
		{"Regional Operations Manager:in Filialen Süd (m/w/d)", Title{"store-ops", LevelManager}},
		{"Operations Analyst (Workforce Planning)", Title{"resource-allocation", LevelUnknown}},
		{"Operations Analyst - Fraud & Chargebacks", Title{"risk-management", LevelUnknown}},
		{"Operations Analyst - MIS & Performance Management", Title{"data-analysis", LevelUnknown}},
		{"Operations Analyst, Community", Title{"data-analysis", LevelUnknown}},
		{"Sr. Analyst, Marketplace Operations", Title{"data-analysis", LevelSenior}},
		{"Sr. Analyst, Revenue Operations", Title{"business-ops", LevelSenior}}, // the catalog's own operations: a "Revenue Operations Analyst"
		{"Analyst, Sales Operations", Title{"business-ops", LevelUnknown}},
		{"WFM Sr Analyst", Title{"resource-allocation", LevelSenior}},      // a level inside the catalog's "WFM analyst"
		{"Deputy Manager Operations", Title{"business-ops", LevelManager}}, // the head first, as Indian postings write it
		{"Dy. Manager - Operations", Title{"business-ops", LevelManager}},
		{"Senior Manager, Operations (APAC)", Title{"business-ops", LevelManager}},
		{"Registered Dental Hygienist (RDH) - 4 Day Week, No Weekends", Title{"", LevelUnknown}},
		{"F&B Service Crew", Title{"", LevelUnknown}},
		{"Content Senior Manager", Title{"content-ops", LevelManager}},
		{"Teamleitung Workforce Managment (m/w/d) Kundenservice", Title{"resource-allocation", LevelLead}},
		{"CRM & Membership Lead", Title{"user-ops", LevelLead}},
		{"Senior Customer Service Representative (Voice)", Title{"", LevelSenior}},
		{"Operations Manager – Risk & Controls Transformation", Title{"risk-management", LevelManager}},
		{"Senior Analyst (Ops)", Title{"data-analysis", LevelSenior}},
		{"Financial Analyst – Operations", Title{"", LevelUnknown}},
		{"Operational Excellence Analyst", Title{"process-optimization", LevelUnknown}},
		{"Growth Analyst", Title{"growth-ops", LevelUnknown}},
		{"Operations Manager – Risk & Controls", Title{"risk-management", LevelManager}},
		{"Operations Risk Analyst", Title{"risk-management", LevelUnknown}},
		{"Ops Planning Analyst – Fulfillment Network", Title{"resource-allocation", LevelUnknown}},
		{"Operations Strategy Manager, Marketplace", Title{"strategy-planning", LevelManager}},
		{"Senior Financial Analyst, Operations Finance", Title{"", LevelSenior}},
		{"抖音带货主播（女装）", Title{"", LevelUnknown}},
		{"主播经纪人", Title{"livestream-ops", LevelUnknown}},
		{"用户运营实习生", Title{"user-ops", LevelIntern}},
		{"高级用户运营经理", Title{"user-ops", LevelManager}},
		{"資深營運專員", Title{"business-ops", LevelSenior}},
		{"社群經營專員", Title{"community-ops", LevelSpecialist}},
		{"行銷企劃專員", Title{"marketing-ops", LevelSpecialist}},
		{"電商營運主管", Title{"ecommerce-ops", LevelLead}},
		{"Growth Operations Lead", Title{"growth-ops", LevelLead}},
		{"VP of Operations", Title{"business-ops", LevelHead}},
		{"Customer Success Manager", Title{"customer-success", LevelManager}},
		{"直播运营专员", Title{"livestream-ops", LevelSpecialist}},
		{"Werkstudent Social Media (m/w/d)", Title{"social-media-ops", LevelIntern}},
		{"Working Student Marketing Operations (f/m/x)", Title{"marketing-ops", LevelIntern}},
		{"Praktikant Online Marketing", Title{"marketing-ops", LevelIntern}},
		{"Trainee Community Management", Title{"community-ops", LevelSpecialist}},
		{"信息流优化师", Title{"growth-ops", LevelUnknown}},
		{"达人运营（抖音方向）", Title{"partner-ops", LevelUnknown}}, // recruits creators and keeps them
		{"直播场控", Title{"livestream-ops", LevelUnknown}},
		{"运营考核专员", Title{"performance-evaluation", LevelSpecialist}},
		{"Esports Tournament Operations Manager", Title{"campaign-ops", LevelManager}},
		{"Retention & WhatsApp Commerce Manager", Title{"private-domain-ops", LevelManager}},
		{"Retention & Subscriber Experience Manager", Title{"user-ops", LevelManager}},
		{"Customer Operations Lead", Title{"ops-support", LevelLead}},
		{"营运支持专员", Title{"ops-support", LevelSpecialist}},
		{"SEO/ASO优化专员", Title{"growth-ops", LevelSpecialist}},
		{"Fraud Analyst", Title{"risk-management", LevelUnknown}},
		{"Social-Media-Manager (m/w/d)", Title{"social-media-ops", LevelManager}},
		{"Key-Account-Manager", Title{"", LevelManager}},
		{"Customer–Success–Manager", Title{"customer-success", LevelManager}},
		{"CRM 运营经理", Title{"user-ops", LevelManager}},
		{"Shopee 运营专员", Title{"ecommerce-ops", LevelSpecialist}},
		{"Partner Success Manager", Title{"partner-ops", LevelManager}},
		{"Community Associate", Title{"community-ops", LevelSpecialist}},
		{"平台招商经理", Title{"business-ops", LevelManager}},
		{"招商经理", Title{Level: LevelManager}}, // most often leasing a mall or selling franchises
		{"Java开发工程师", Title{}},
		{"新媒体设计师", Title{}},
		{"Sales Operations Analyst", Title{"business-ops", LevelUnknown}},
		{"Content Moderator", Title{"content-ops", LevelUnknown}},
		{"Executive Assistant to the COO", Title{}},
		{"Assistant to the General Manager", Title{"", LevelSpecialist}},
		{"Go-to-Market Operations Manager", Title{"business-ops", LevelManager}},
		{"Manager, Go-to-Market Operations", Title{"business-ops", LevelManager}},
		{"Assistant To The CEO", Title{"", LevelSpecialist}},
		{"Store Manager (up to 60k)", Title{"store-ops", LevelManager}},
		{"營運長", Title{"business-ops", LevelChief}},
		{"运营专员（直播方向）", Title{"livestream-ops", LevelSpecialist}},
		{"运营（用户方向）", Title{"user-ops", LevelUnknown}},
		{"运营经理-小红书方向", Title{"social-media-ops", LevelManager}},
		{"运营专员（方向）", Title{"business-ops", LevelSpecialist}},
		{"高级运营经理（社群方向）", Title{"community-ops", LevelManager}},
		{"运营管理专员（社群方向）", Title{"community-ops", LevelSpecialist}}, // the noun's management
		{"營運管理專員（社群方向）", Title{"community-ops", LevelSpecialist}},
		{"Operations Manager – Partner Network", Title{"partner-ops", LevelManager}}, // a network of partners, not IT's
		{"Operations Manager – Network", Title{"", LevelManager}},
		{"电商运营（直播方向）", Title{"ecommerce-ops", LevelUnknown}},
		{"前端开发工程师（营销活动方向）", Title{}},
		{"Operations Specialist (Community)", Title{"community-ops", LevelSpecialist}},
		{"Operations Associate, Content", Title{"content-ops", LevelSpecialist}},
		{"Operations Manager (Retail)", Title{"store-ops", LevelManager}},
		{"Operations Manager, EMEA", Title{"business-ops", LevelManager}},
		{"Operations Manager (m/f/d)", Title{"business-ops", LevelManager}},
		{"Head of Partnerships", Title{"partner-ops", LevelHead}},
		{"Head of Lifecycle", Title{"user-ops", LevelHead}},
		{"Director of Community", Title{"community-ops", LevelDirector}},
		{"内容总监", Title{"content-ops", LevelDirector}},
		{"市場調查研究員", Title{"market-research", LevelUnknown}},
		{"Excel专员", Title{"", LevelSpecialist}},
		{"SQL Manager", Title{"", LevelManager}},
		{"Shopify Manager", Title{"ecommerce-ops", LevelManager}},
		{"渠道负责人", Title{"channel-ops", LevelHead}},
		{"活动经理", Title{"campaign-ops", LevelManager}},
		{"项目经理（土建）", Title{"", LevelManager}},
		{"Java开发（电商方向）", Title{}},
		{"运营主管", Title{"business-ops", LevelLead}},
		{"Director of Operations", Title{"business-ops", LevelDirector}},
		{"CS Ops Specialist", Title{"customer-success", LevelSpecialist}},
		{"Support Ops Lead", Title{"ops-support", LevelLead}},
		{"Partner Ops Manager", Title{"partner-ops", LevelManager}},
		{"Creator Operations Lead", Title{"content-ops", LevelLead}},
		{"Workforce Management Analyst", Title{"resource-allocation", LevelUnknown}},
		// Level words and a specialty: the catalog's "Y manager", "Y
		// lead", "head of Y" or Y经理 names the job.
		{"Growth Director", Title{"growth-ops", LevelDirector}},
		{"Director of Growth", Title{"growth-ops", LevelDirector}},
		{"Director, Growth", Title{"growth-ops", LevelDirector}},
		{"Event Executive 活動主任 (Mall Marketing)", Title{"campaign-ops", LevelSpecialist}},                           // before its Chinese translation
		{"Quality Assurance Analyst – Call Centre", Title{"performance-evaluation", LevelUnknown}},                  // the call centre's back office
		{"Chief of Staff, Operations", Title{"team-coordination", LevelDirector}},                                   // the COO's chief of staff keeps the teams aligned
		{"Customer Service Quality Analyst (Multilingual) — KL Hub", Title{"performance-evaluation", LevelUnknown}}, // scores the service's chats and calls
		{"Operations Coordinator – School Partnerships", Title{"partner-ops", LevelSpecialist}},                     // partnership operations, Y's last word in the singular
		{"Operations Manager (CRM & Owned Channels)", Title{"private-domain-ops", LevelManager}},                    // not channel operations: a list of two
		{"Associate Manager - Merchant Operations (Restaurant Partners)", Title{"business-ops", LevelManager}},      // the bracket after a direction of its own
		{"Chef de projet Événements – Event Manager", Title{"campaign-ops", LevelManager}},                          // a French project's chef is no cook
		{"Quality Assurance Coach - Call Center", Title{"performance-evaluation", LevelUnknown}},                    // a coach of the centre's quality, with the centre after a dash
		{"Football Coach (Call Center)", Title{}},                                                                   // a coach of another trade stays another profession
		{"Call Centre Agent", Title{"", LevelUnknown}},
		{"Growth Director 增长总监", Title{"growth-ops", LevelDirector}},
		{"销售管理部 / 销售运营组 / 销售运营分析师", Title{"business-ops", LevelUnknown}}, // an organisation's path parted by slashes
		{"營運數據分析專員", Title{"data-analysis", LevelSpecialist}},            // Taiwan's 營運 for 运营
		{"SHEIN平台运营（女装·半托管）", Title{"ecommerce-ops", LevelUnknown}},      // a marketplace's platform operations
		{"Senior Manager, Growth", Title{"growth-ops", LevelManager}},
		{"Team Lead, Community", Title{"community-ops", LevelLead}},
		{"Manager, Partnerships", Title{"partner-ops", LevelManager}},
		{"Store Director", Title{"store-ops", LevelDirector}},
		{"Growth Director (m/w/d)", Title{"growth-ops", LevelDirector}},
		{"增长总监", Title{"growth-ops", LevelDirector}},
		{"CRM总监", Title{"user-ops", LevelDirector}},
		{"Finance Director", Title{"", LevelDirector}},
		{"Manager, Engineering", Title{"", LevelManager}},
		{"Project Manager", Title{"", LevelManager}},
		{"客户经理", Title{"", LevelManager}},
		{"Director, Sales", Title{"", LevelDirector}},
		{"Store Associate", Title{"", LevelSpecialist}},
		{"Restaurant Assistant", Title{"", LevelSpecialist}},
		{"Marketplace Associate", Title{"ecommerce-ops", LevelSpecialist}},
		{"Trust & Safety Analyst", Title{"risk-management", LevelUnknown}},
		{"BizOps Analyst", Title{"business-ops", LevelUnknown}},
		{"Developer Advocate", Title{"community-ops", LevelUnknown}},
		{"Merchant Success Manager", Title{"customer-success", LevelManager}},
		{"Workforce Planner", Title{"resource-allocation", LevelUnknown}},
		{"营销策划", Title{"marketing-ops", LevelUnknown}},
		{"督导", Title{}}, // a supervisor of any field: of surveys, of teaching, of quality
		{"营运督导", Title{"store-ops", LevelUnknown}},
		{"连锁餐饮督导", Title{"store-ops", LevelUnknown}},
		{"教学督导", Title{}},
		{"社工督导", Title{}},
		{"Senior Reporter, Business & Technology", Title{Level: LevelSenior}},
		{"Media Buyer", Title{"growth-ops", LevelUnknown}},
		{"Fulfilment Centre Manager", Title{"business-ops", LevelManager}},
		{"管理培训生（运营方向）", Title{"business-ops", LevelSpecialist}},
		{"Conversion Rate Optimisation Specialist", Title{"ecommerce-ops", LevelSpecialist}},
		{"仓库拣货员/打包员", Title{}},
		{"IT Service Desk Team Lead", Title{Level: LevelLead}},
		{"仓库管理员", Title{}},
		{"电话营销专员", Title{Level: LevelSpecialist}},
		{"電話行銷專員", Title{Level: LevelSpecialist}},          // Taiwan's word for telemarketing
		{"樓面部長 Captain (中菜館)", Title{Level: LevelLead}},    // a restaurant's floor captain
		{"Magazijnmedewerker e-commerce (m/v/x)", Title{}}, // packs the webshop's orders
		{"Lagermitarbeiter E-Commerce (m/w/d)", Title{}},
		{"Marketingcoördinator (m/v/x)", Title{"marketing-ops", LevelSpecialist}},
		{"Marketingleiterin", Title{"marketing-ops", LevelHead}},
		{"Strategiemanager", Title{"strategy-planning", LevelManager}},
		{"Prozessoptimierer (m/w/d)", Title{"process-optimization", LevelSpecialist}},
		{"Amazon-Manager (m/w/d)", Title{"ecommerce-ops", LevelManager}},
		{"图书责任编辑", Title{}},                                                     // edits books for a publisher
		{"销售绩效管理专员", Title{"performance-evaluation", LevelSpecialist}},          // the salespeople's performance
		{"主播培训专员", Title{Level: LevelSpecialist}},                               // no area's name after the hosts
		{"私域运营招聘（非咨询师岗，不要求销售业绩）", Title{"private-domain-ops", LevelUnknown}},    // the jobs it is not
		{"非洲销售经理", Title{Level: LevelManager}},                                  // sells in Africa
		{"Events & Activation Officer", Title{"campaign-ops", LevelSpecialist}}, // activates places and brands with events, not users
		{"Market Insight Analyst", Title{"market-research", LevelUnknown}},
		{"Ops Intern (Summer '25)", Title{"business-ops", LevelIntern}},
		{"Ops Assistant", Title{"ops-support", LevelSpecialist}},
		{"直播技术员（音视频方向）", Title{}},                       // sets up the stream's audio and video
		{"粉丝群运营", Title{"community-ops", LevelUnknown}}, // runs a brand's fan groups
		{"NOC Shift Lead", Title{Level: LevelLead}},     // watches a network's operations centre
		{"外場領班", Title{Level: LevelLead}},               // leads a restaurant's floor staff
		{"人力规划分析师", Title{"resource-allocation", LevelUnknown}},
		{"人力规划专员（HR）", Title{Level: LevelSpecialist}},                // plans an HR department's headcount
		{"游戏运营美术", Title{}},                                          // draws the events' banners
		{"亚马逊物流专员", Title{Level: LevelSpecialist}},                   // ships the stock to Amazon's warehouses
		{"Senior Medical Representative", Title{Level: LevelSenior}}, // sells medicines to doctors
		{"Capacity & Fleet Planning Lead — Last-Mile Logistics", Title{"resource-allocation", LevelLead}},
		{"运营-商业化", Title{"business-ops", LevelUnknown}},
		{"策略运营专家", Title{"strategy-planning", LevelSenior}},
		{"物流调度员", Title{Level: LevelSpecialist}},  // sends out the trucks
		{"运力调度专员", Title{Level: LevelSpecialist}}, // dispatches the trucks; the lead above plans capacity
		{"运营调度员", Title{Level: LevelSpecialist}},
		{"运营（设计方向）", Title{}},
		{"电商运营专员（仓储方向）", Title{Level: LevelSpecialist}},
		{"内衣厂自营店 招「电商运营美工」1名", Title{}},
		{"抖音运营（剪辑）2名", Title{}},
		{"会员运营教练 / 私教 2名", Title{}},
		{"品牌设计专员", Title{Level: LevelSpecialist}},
		{"运营（活动设计方向）", Title{"business-ops", LevelUnknown}},
		{"Operations Supervisor – Last Mile Delivery Hub", Title{Level: LevelLead}},
		{"Operations Program Manager, Last Mile Network", Title{"project-ops", LevelManager}},
		{"运营管理岗（柜面）", Title{}},
		{"Operations Officer (Ground Handling)", Title{Level: LevelSpecialist}},
		{"Hub Operations Associate", Title{Level: LevelSpecialist}},
		{"Operations Associate – Claims", Title{Level: LevelSpecialist}},
		{"Claims Operations Specialist II", Title{Level: LevelSpecialist}},
		{"Manager, Process Excellence - Claims Operations", Title{"process-optimization", LevelManager}},
		{"Operations Specialist – Broadcast & Playout", Title{Level: LevelSpecialist}},
		{"Operations Supervisor - Kitchen", Title{Level: LevelLead}},
		{"Kitchen Operations Manager", Title{"store-ops", LevelManager}},
		{"Social Media Coordinator, Marrowbone Kitchen Group", Title{"social-media-ops", LevelSpecialist}},
		{"Greenfold Kitchen · Operations Lead, Member Lifecycle", Title{"business-ops", LevelLead}},
		{"Teamleiter/in Operations Logistik (m/w/d) – Schichtbetrieb", Title{Level: LevelLead}},
		{"Operations Generalist", Title{"business-ops", LevelSpecialist}},
		{"Growth Manager – Driver Acquisition", Title{"growth-ops", LevelManager}},
		{"Operations Analyst at Bramblewood Software", Title{"data-analysis", LevelUnknown}},
		{"Prozessmanager bei Kornfeld Software GmbH", Title{"process-optimization", LevelManager}}, // German's employer after bei
		// A title that runs on into its employer's name, as a posting
		// without its line breaks writes it; words of work after the
		// noun stay the title's.
		{"Business Operations Manager Verdance Energy Software", Title{"business-ops", LevelManager}},
		{"Partnerships Manager Northgate Payroll", Title{"partner-ops", LevelManager}},
		{"Product Operations Manager Pinwheel HR", Title{"product-ops", LevelManager}}, // an employer's name may end with an acronym
		{"Events Coordinator Institute of Facilities", Title{"campaign-ops", LevelSpecialist}},
		{"Operations Specialist · Product Launches & Feedback", Title{"business-ops", LevelSpecialist}},
		{"Operations Executive Accounts Payable", Title{"", LevelSpecialist}},
		{"Operations Supervisor Warehouse Nights", Title{"", LevelLead}},
		{"Marketing Manager EMEA", Title{"marketing-ops", LevelManager}},
		{"Adjunct Instructor – Social Media & Online Community Management", Title{"", LevelUnknown}}, // teaches the subject
		{"Online Tutor (Growth Marketing)", Title{"", LevelUnknown}},
		{"Promotions Manager", Title{"campaign-ops", LevelManager}},
		{"客服人力规划经理（WFM）", Title{"resource-allocation", LevelManager}},
		{"呼叫中心人力规划（WFM）/ 客服资源规划经理", Title{"resource-allocation", LevelManager}}, // the second job stands for the first, which holds no title word
		{"WFM Scheduler / Scheduling Analyst", Title{"resource-allocation", LevelUnknown}},
		{"Reporting & Insights Analyst – Operations", Title{"data-ops", LevelUnknown}},
		// A channel an agent answers on after the centre's back office.
		{"QA Team Leader – International Voice", Title{"performance-evaluation", LevelLead}},
		{"Quality Assurance Specialist – Chat & Email Support", Title{"performance-evaluation", LevelSpecialist}},
		{"Customer Operations Associate – Chat", Title{"", LevelSpecialist}},
		{"Quality Coach – Customer Contact Centre", Title{"performance-evaluation", LevelUnknown}},
		{"Franchise Business Coach", Title{"store-ops", LevelUnknown}},
		{"供应链流程优化经理（精益改善）", Title{"process-optimization", LevelManager}}, // the supply chain's processes
		{"供应链运营主管", Title{"business-ops", LevelLead}},
		{"Performance Management Analyst / Senior Analyst", Title{"performance-evaluation", LevelSenior}}, // an analyst of an area first
		{"Support Operations Workforce Analyst", Title{"resource-allocation", LevelUnknown}},              // the support department first
		{"Senior Manager, Customer Operations Strategy & Planning", Title{"strategy-planning", LevelManager}},
		{"Customer Operations Manager", Title{"ops-support", LevelManager}},
		{"Knowledge Manager, Customer Support", Title{"ops-support", LevelManager}},
		// 客服 before the job names the service centre whose back office
		// it works in; alone, or before what agents do, it is the agent.
		{"客服质检专员", Title{"performance-evaluation", LevelSpecialist}}, // scores the agents
		{"客服中心流程优化专员", Title{"process-optimization", LevelSpecialist}},
		{"客服中心绩效管理专员", Title{"performance-evaluation", LevelSpecialist}},
		{"客服中心质量与绩效经理", Title{"performance-evaluation", LevelManager}},
		{"客服数据分析师", Title{"data-analysis", LevelUnknown}},
		{"客服數據分析師 Customer Service Data Analyst", Title{"data-analysis", LevelUnknown}}, // and in English
		{"智能客服训练师", Title{"ops-support", LevelUnknown}},
		{"智能客服训练师（AI客服运营）", Title{"ops-support", LevelUnknown}},
		{"客服专员（售后）", Title{"", LevelSpecialist}},
		{"客服投诉处理专员", Title{"", LevelSpecialist}},
		{"电商客服主管", Title{"", LevelLead}},
		{"AI训练师", Title{"", LevelUnknown}},                                                                             // labels data
		{"客服质检主管 / 服务质量经理", Title{"performance-evaluation", LevelManager}},                                             // the first of jobs listed
		{"质检主管（呼叫中心）", Title{"performance-evaluation", LevelLead}},                                                     // the centre whose calls it checks, in brackets
		{"质检专员（客户服务中心）", Title{"performance-evaluation", LevelSpecialist}},                                             // a service centre is a call centre
		{"Quality Analyst Customer Service", Title{"performance-evaluation", LevelUnknown}},                            // the field after the analyst, as a German CV writes it
		{"抖音直播运营（千川投流·非主播岗）", Title{"livestream-ops", LevelUnknown}},                                                   // the post is not a host's
		{"質素監控主任（客戶聯絡中心）Quality Assurance Officer (Contact Centre)", Title{"performance-evaluation", LevelSpecialist}}, // Hong Kong's quality monitor, before its translation
		{"质量监控专员（呼叫中心）", Title{"performance-evaluation", LevelSpecialist}},
		{"质量监控工程师（生产中心）", Title{"", LevelUnknown}}, // a factory's
		{"质检专员（客服中心）", Title{"performance-evaluation", LevelSpecialist}},
		{"质检专员/质检主管（呼叫中心、客服中心）", Title{"performance-evaluation", LevelLead}},
		{"质检组长（客服）", Title{"performance-evaluation", LevelLead}},
		{"人力规划与排班分析师（WFM）", Title{"resource-allocation", LevelUnknown}},          // a contact centre's workforce analyst
		{"Analyst II, Fraud Operations", Title{"risk-management", LevelUnknown}}, // a grade after the noun
		{"分行運營主任", Title{"", LevelUnknown}},                                      // a bank branch's counters
		{"Manager II, Community", Title{"community-ops", LevelManager}},
		{"Analyst III, Fraud & Disputes Operations (APAC)", Title{"risk-management", LevelUnknown}}, // the first of the work, before the region
		{"Operations Manager (EMEA)", Title{"business-ops", LevelManager}},
		{"质检专员（食品）", Title{"", LevelSpecialist}},   // a factory's inspector
		{"运营专员（客服方向）", Title{"", LevelSpecialist}}, // answers the customers
		{"客服专员 / 客服质检", Title{"", LevelSpecialist}},
		// A grade and a business office leave a generic title generic,
		// and its qualifier names the work.
		{"Business Operations Assistant II (Accounts Payable)", Title{"", LevelSpecialist}},
		{"Operations Assistant II (Accounts Payable)", Title{"", LevelSpecialist}},
		{"Business Operations Manager", Title{"business-ops", LevelManager}},
		{"Advisor, Strategic and Operational Planning", Title{"strategy-planning", LevelSpecialist}},
		{"Contracts and Partnerships Officer (Grade VI)", Title{"partner-ops", LevelSpecialist}},
		{"Operations Associate, Pro Network", Title{"business-ops", LevelSpecialist}}, // the pros a marketplace works with
		{"Operations Analyst, Network", Title{"", LevelUnknown}},
		{"Clinical Data Operations - Senior Clinical Data Associate", Title{"", LevelSenior}}, // manages a trial's data
		{"通路開發專員（零售通路）", Title{"channel-ops", LevelSpecialist}},                               // 開發 opens channels, not software
		{"渠道开发专员", Title{"channel-ops", LevelSpecialist}},
		{"Operations Executive – Supplier Partnerships", Title{"partner-ops", LevelSpecialist}}, // the qualifier alone names the work
		{"Operations Manager – Brisbane North", Title{"business-ops", LevelManager}},
		{"Operations Associate – Capacity Planning", Title{"resource-allocation", LevelSpecialist}},
		// A direction names the work when X运营 is no term.
		{"运营管理岗（精益改善方向）", Title{"continuous-improvement", LevelUnknown}},
		{"运营专员（数据分析方向）", Title{"data-analysis", LevelSpecialist}},
		{"运营专员（剪辑方向）", Title{"", LevelSpecialist}},
		// The places a chain runs, as a generic title's qualifier.
		{"Operations Manager – Studios", Title{"store-ops", LevelManager}},
		{"Operations Coordinator (Restaurants)", Title{"store-ops", LevelSpecialist}},
		{"Operations Manager – Contact Centres", Title{"business-ops", LevelManager}},
		{"Operations Lead (Clinic Network)", Title{"store-ops", LevelLead}},
		{"Operations Specialist – Customer Accounts", Title{"business-ops", LevelSpecialist}}, // the customers' accounts
		{"Operations Officer – Accounts", Title{"", LevelSpecialist}},                         // a ledger's
		// A chain of clinics is run, a clinic's floor worked.
		{"Operations Manager, Clinics — Alberta", Title{"business-ops", LevelManager}},
		{"Operations Supervisor - Clinic", Title{"", LevelLead}},
		{"新媒体运营部·视觉设计师", Title{"", LevelUnknown}}, // a designer in a department of operations
		// A chain's crew and stock clerks.
		{"门店运营伙伴", Title{"", LevelUnknown}},
		{"門市營運人員（正職）", Title{"", LevelUnknown}},
		{"倉儲營運專員", Title{"", LevelSpecialist}},       // a warehouse's, in Traditional
		{"客服營運專員（電話方向）", Title{"", LevelSpecialist}}, // an agent's work, in Traditional
		{"客服營運專員（打字崗）", Title{"", LevelSpecialist}},
		{"營運理貨專員（夜班）", Title{"", LevelSpecialist}},
		{"城市运营伙伴", Title{"business-ops", LevelUnknown}},
		// A contact centre's analysts who plan, study or improve its work.
		{"Real-Time Analyst (Night Shift)", Title{"resource-allocation", LevelUnknown}},
		{"Voice of the Customer Analyst", Title{"data-analysis", LevelUnknown}},
		{"Complaints Root Cause Analyst", Title{"continuous-improvement", LevelUnknown}},
		// The channel an agent answers on, up to the lead.
		{"Customer Operations Associate (Voice/Chat)", Title{"", LevelSpecialist}},
		{"Customer Support Executive - Non-Voice", Title{"", LevelSpecialist}},
		{"Customer Operations Manager (Voice)", Title{"ops-support", LevelManager}},
		{"Customer Experience Analyst", Title{"data-analysis", LevelUnknown}},
		// A programme's coordinators and officers do what the programme
		// does: case work, research, policy or running a project.
		{"Program Coordinator", Title{"", LevelSpecialist}},
		{"Programme Officer", Title{"", LevelSpecialist}},
		{"Program Operations Coordinator", Title{"project-ops", LevelSpecialist}},
		{"高级类目运营专家", Title{"ecommerce-ops", LevelSenior}},
		{"Store Associate – Inward & Picking (Dark Store Operations)", Title{"", LevelSpecialist}},
		{"投标专员（物业服务）", Title{"", LevelSpecialist}},
		{"医生运营专员", Title{"partner-ops", LevelSpecialist}}, // a health platform's doctors are its partners
		{"Operations Supervisor - Dealer Network", Title{"channel-ops", LevelLead}},
		{"Partnerships Coordinator", Title{"partner-ops", LevelSpecialist}},
		{"Guest Experience Manager", Title{"customer-management", LevelManager}},
		{"Planning Analyst – Workforce Management", Title{"resource-allocation", LevelUnknown}},
		{"Process Analyst (Claims Operations)", Title{"process-optimization", LevelUnknown}},
		{"Pricing Analyst", Title{"data-analysis", LevelUnknown}},
		{"Higher Executive Officer - Business Support Manager", Title{"ops-support", LevelManager}},
		{"Field Marketing Manager DACH (m/w/d)", Title{"campaign-ops", LevelManager}},
		{"Performance Marketing Manager – Metasearch & Paid Channels", Title{"growth-ops", LevelManager}},
		{"Creator Partnerships Manager, Podcasts & Shows", Title{"partner-ops", LevelManager}},
		{"Camera Operator / Shooting PD", Title{"", LevelUnknown}},
		{"Social Media Videographer", Title{"", LevelUnknown}},
		// "Multi-Site" names a chain of places, not a site's work.
		{"Director of Operations – Multi-Site Healthcare", Title{"business-ops", LevelDirector}},
		{"Operations Manager - Site Services", Title{"", LevelManager}},
		{"Senior Process Improvement Consultant – Claims Operations", Title{"process-optimization", LevelSenior}},
		{"Senior Consultant, Operations Excellence", Title{Level: LevelSenior}},
		{"Provider Network Operations Manager", Title{"partner-ops", LevelManager}},
		{"Delivery Driver", Title{}},
		{"Delivery Executive / Delivery Partner", Title{}},
		{"Operations Generalist — People & Admin", Title{Level: LevelSpecialist}},
		{"Operations Lead (Founder's Office)", Title{"business-ops", LevelLead}},
		{"仓储运营专员", Title{Level: LevelSpecialist}},
		{"运营主管（仓储方向）", Title{Level: LevelLead}},
		{"跨境物流运营专员（FBA头程）", Title{Level: LevelSpecialist}},
		{"仓储运营经理", Title{"business-ops", LevelManager}},
		{"物流运营专员（仓配方向）", Title{"business-ops", LevelSpecialist}},
		{"Capacity & Resource Planning Manager, Customer Operations", Title{"resource-allocation", LevelManager}},
		{"仓储运营流程优化专家", Title{"process-optimization", LevelSenior}},
		// German levels in English postings.
		{"Teamleiter E-Commerce (m/w/d)", Title{"ecommerce-ops", LevelLead}},
		{"Leitung E-Commerce (m/w/d)", Title{"ecommerce-ops", LevelHead}},
		{"Referentin Social Media", Title{"social-media-ops", LevelSpecialist}},
		// German titles: compounds, the feminine forms and the words of
		// Dutch postings (alias.nl).
		{"Filiaalmanager Apeldoorn-Zuid", Title{"store-ops", LevelManager}},
		{"Procesverbeteraar Declaratieverwerking", Title{"process-optimization", LevelSpecialist}},
		{"Junior Prozessanalyst (m/w/d) Auftragsabwicklung", Title{"process-optimization", LevelSpecialist}},
		{"Teamleider Planning & Inzet (38 uur)", Title{"resource-allocation", LevelLead}},
		{"Adviseur Strategie & Businessplanning", Title{"strategy-planning", LevelSpecialist}},
		{"Stagiair Communitymanagement", Title{"community-ops", LevelIntern}},
		{"Docent Marketing, Communicatie & Social Media (mbo-4)", Title{"", LevelUnknown}}, // teaches them
		{"Magazijnmedewerker", Title{"", LevelUnknown}},
		// German postings (alias.de).
		{"Projektleiterin (m/w/d)", Title{Level: LevelManager}}, // as a "Project Manager": the work tells
		{"Projektkoordinatorin (m/w/d)", Title{"project-ops", LevelSpecialist}},
		{"Projektleiter/in Eventmarketing & Promotionen", Title{"campaign-ops", LevelManager}},
		{"Referent Prozessmanagement (m/w/d)", Title{"process-optimization", LevelSpecialist}},
		{"Kampagnenmanager*in (w/m/d)", Title{"campaign-ops", LevelManager}},
		{"Community Managerin (m/w/d)", Title{"community-ops", LevelManager}},
		{"Kampagnenmanager:in (m/w/d)", Title{"campaign-ops", LevelManager}},
		{"Qualitätsmanager Kundenservice (m/w/d)", Title{"performance-evaluation", LevelManager}},
		{"Qualitätsmanager (m/w/d) ISO 9001", Title{Level: LevelManager}},
		{"Personaleinsatzplanerin Kundenservice", Title{"resource-allocation", LevelSpecialist}},
		{"Datenanalystin (m/w/d)", Title{"data-analysis", LevelUnknown}},
		{"Qualitätsmanagerin Kundendienst", Title{"performance-evaluation", LevelManager}},
		{"Betriebsleiter:in Systemgastronomie (w/m/d)", Title{"store-ops", LevelManager}},
		{"Performance & Insights Manager – Branch Network", Title{"performance-evaluation", LevelManager}},
		{"Workforce Manager:in Contact Center (80–100 %)", Title{"resource-allocation", LevelManager}},
		{"Operations Data Analyst - Quick Commerce", Title{"data-analysis", LevelUnknown}},
		{"Risk Analyst – Trust & Safety (Payments Fraud)", Title{"risk-management", LevelUnknown}}, // the area in the qualifier
		{"Risk Analyst – Credit Cards", Title{}},
		{"Online-Redakteurin (m/w/d)", Title{"content-ops", LevelUnknown}},
		// The departments after the job: the job's own work in them.
		{"Prozessmanager Vertrieb", Title{"process-optimization", LevelManager}},
		{"Fachspezialist:in Datenmanagement Vertrieb & Kundenservice", Title{"data-ops", LevelSpecialist}},
		{"Key Account Manager Vertrieb", Title{Level: LevelManager}}, // sells
		{"Mitarbeiter Vertrieb", Title{}},
		{"Leiter:in Betrieb (80–100 %)", Title{"business-ops", LevelHead}},
		{"线索运营经理（集团市场部）", Title{"marketing-ops", LevelManager}},
		{"美容师（包吃住，可带教）", Title{}}, // a beautician, whoever she teaches
		{"平台合作运营（互联互通方向）", Title{"partner-ops", LevelUnknown}},
		// Entry-level titles.
		{"用户运营（2026届校招）", Title{"user-ops", LevelSpecialist}},
		{"Graduate Community Executive", Title{"community-ops", LevelSpecialist}},
		{"Entry-Level Social Media Coordinator", Title{"social-media-ops", LevelSpecialist}},
		{"应届生 社群运营", Title{"community-ops", LevelSpecialist}},
	}
	for _, tt := range tests {
		if got := m.ClassifyTitle(tt.title); got != tt.want {
			t.Errorf("ClassifyTitle(%q) = %+v, want %+v", tt.title, got, tt.want)
		}
	}
}

func TestMatchTitle(t *testing.T) {
	m := testMatcher(t)
	tests := []struct {
		name, text string
		want       Title
	}{
		{"title line", "社群运营经理\n负责社群。", Title{"community-ops", LevelManager}},
		{"blank lines before the title", "\n\r\n  Community Manager  \r\nbody", Title{"community-ops", LevelManager}},
		{"a resume's title under the name", "赵明轩\n社群运营经理\n电话 138", Title{"community-ops", LevelManager}},
		{"a labelled title", "赵明轩\n电话：138\n求职意向：社群运营经理", Title{"community-ops", LevelManager}},
		{"only the first three lines may hold the title", "赵明轩\n电话 138\n邮箱 z@example.com\n社群运营经理", Title{}},
		{"a labelled title under a resume's personal details", "个人简历\n姓名：赵明轩  性别：男\n电话：138\n邮箱：z@example.com\n求职意向：社群运营经理    期望城市：杭州\n工作经历", Title{"community-ops", LevelManager}},
		{"an English labelled title further down", "Resume\nJane Doe\nBerlin\njane@example.com\n\nDesired Position: Senior Community Manager\nExperience", Title{"community-ops", LevelManager}},
		{"further down, only a label for the job sought counts", "个人简历\n姓名：赵明轩\n电话：138\n邮箱：z@example.com\n上一份工作：社群运营经理\n工作经历", Title{}},
		{"a labelled title past the twentieth line does not count", "简历\n" + strings.Repeat("x\n", maxLabelledLines-1) + "求职意向：社群运营经理", Title{}},
		{"a department's line gives way to the title under it", "锦城银行 总行用户运营部\n社群运营经理（社会招聘）\n\n岗位职责：", Title{"community-ops", LevelManager}},
		{"招聘 before whom it hires in general words announces hiring", "某医院2024年社会招聘公告——运营管理部\n\n根据医院发展需要，现面向社会公开招聘工作人员，具体岗位如下：\n\n岗位名称：社群运营经理\n所在部门：运营管理部", Title{"community-ops", LevelManager}},
		{"a position label in brackets on a resume's head that lost its line breaks", "作品集链接见最后 【个人信息】 姓名：彭程 性别：男 电话：1865 【求职意向】 社群运营经理 / 用户运营   上海   12-16K 【工作经历】 2021.11 - 至今 某公司", Title{"community-ops", LevelManager}},
		{"an appointment notice names the role after the person", "【任命公告】\n\n经研究决定：\n\n兹任命李四同志为社群运营经理，全面负责社群工作。", Title{"community-ops", LevelManager}},
		{"a cover letter names the job applied for", "Hi Rachel,\nI'm applying for the Community Manager role at Acme. My resume is attached.\nI ran our forum.", Title{"community-ops", LevelManager}},
		{"a letter of application in Chinese", "尊敬的HR：\n您好！得知贵司正在招聘“社群运营经理”，我希望应聘。\n过去三年我负责社群。", Title{"community-ops", LevelManager}},
		{"a form's row in a Markdown table below the top", "## 个人简历\n\n| 姓名 | 张三 | 性别 | 女 |\n| --- | --- | --- | --- |\n| 学历 | 本科 | 专业 | 视觉传达设计 | 电话 | 137 xxxx 0916 |\n| 邮箱 | a@example.com | 作品集 | 站酷：张三 | 现居 | 广州 |\n| 求职意向 | 社群运营经理 / 用户运营 |  | 期望薪资 | 10-12K |  |", Title{"community-ops", LevelManager}},
		{"a banner shouts before the title", "急招！！社群运营经理\n负责社群。", Title{"community-ops", LevelManager}},
		{"a sentence with an exclamation is no title", "Join us! Community Manager wanted\nbody", Title{}},
		{"the post a candidate sits an examination for", "个人简历\n姓名：赵明\n性别：男\n电话：159\n报考岗位：社群运营经理", Title{"community-ops", LevelManager}},
		{"a labelled title on the twentieth line counts", "简历\n" + strings.Repeat("x\n", maxLabelledLines-2) + "‧希望職稱：社群运营经理", Title{"community-ops", LevelManager}},
		{"a resume's latest job under its experience heading", "Jane Doe\njane@example.com\n\nSUMMARY\nI build communities.\n\nEXPERIENCE\nCommunity Manager, Acme (2021–now)\n- Grew the forum", Title{"community-ops", LevelManager}},
		{"the job in the second line under the heading", "赵明轩\n电话 138\n\n【工作经历】\n2021.03-至今\n某科技有限公司 | 社群运营经理\n- 负责社群", Title{"community-ops", LevelManager}},
		{"a heading between rules", "Jane Doe\nBerlin\njane@example.com\n\n—— WORK EXPERIENCE ——\nCommunity Manager, Acme", Title{"community-ops", LevelManager}},
		{"dates and employer on lines of their own", "Jane Doe\n\nExperience\nJan 2021 – Present\nAcme, Berlin\nCommunity Manager", Title{"community-ops", LevelManager}},
		{"only three lines under the heading", "Jane Doe\n\nExperience\nAcme\n2019 – 2023\nBerlin\nCommunity Manager", Title{}},
		{"an experience heading past the fortieth line does not count", "Jane Doe\n" + strings.Repeat("x\n", maxExperienceLines) + "Experience\nCommunity Manager", Title{}},
		{"a heading with text after its colon is no heading", "Jane Doe\nBerlin\njane@example.com\nExperience: 5 years\nCommunity Manager at Acme", Title{}},
		{"a posting's form names the job", "公司：某某科技\n地点：杭州\n薪资：10-15K\n职位名称：用户运营专员\n岗位职责：负责用户分层", Title{"user-ops", LevelSpecialist}},
		{"a software firm's name in bold over the title", "**Quillmark Software** | Toronto, ON | Hybrid\n\n# Community Manager\nRun the forum.", Title{"community-ops", LevelManager}},
		{"an employer's legal form of continental Europe over the title", "Quellmark Software AG | Munich | Hybrid\n\nCommunity Manager (m/f/d)\nRun the forum.", Title{"community-ops", LevelManager}},
		{"a site's header that names its careers pages", "Beacon & Loom | Careers | Product\n\n## Community Manager\nRun the forum.", Title{"community-ops", LevelManager}},
		{"a headline that names the job before the former one", "# Jane Doe\nCommunity Manager · former secondary Geography teacher\nLeeds", Title{"community-ops", LevelManager}},
		{"a transfer notice's new post", "某某家居用品有限公司\n调岗通知书\n\n编号：HM-DG-0615\n员工姓名：张三　　工号：HM02231\n原部门/岗位：电商事业部 / 客服组长\n新部门/岗位：市场部 / 社群运营经理\n生效日期：7月1日", Title{"community-ops", LevelManager}},
		{"a gender-noted line under a job board's menus", "Bundesagentur für Arbeit\nJobbörse\nStartseite > Jobsuche > Stellenangebot\n\nMenü   Anmelden   Suche\n\nCommunity Managerin (m/w/d)\nElbstrom GmbH\nArbeitsort: Magdeburg", Title{"community-ops", LevelManager}},
		{"a bullet is not a title", "- 社群运营经理\n正文", Title{}},
		{"a sentence is not a title", "社群运营经理的工作是维护社群。\n正文", Title{}},
		{"but it may name the job", "我们在找一位社群运营经理。\n正文", Title{"community-ops", LevelManager}},
	}
	for _, tt := range tests {
		if got := m.MatchString(tt.text).Title; got != tt.want {
			t.Errorf("%s: Title = %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

// TestImpliedTitle checks that a title naming its area without spelling
// a term of it stands for the term: it is a hit, marked Implied, over the
// title, and the area is found in a text that is the title alone.
func TestImpliedTitle(t *testing.T) {
	m := NewMatcher(Default())
	tests := []struct {
		text string
		term string // the implied term, or "" for none
		area AreaID // the best area, or "" for none
		why  string
	}{
		{"Growth Director", "growth manager", GrowthOps, "level words around a specialty"},
		{"运营专员（社群方向）", "社群运营", CommunityOps, "a direction"},
		{"运营经理（直播方向）\n15-25K", "直播运营", LivestreamOps, "a direction, with a line after"},
		{"Director, Trust & Safety", "", RiskManagement, "the title spells the area's term"},
		{"社群运营经理", "", CommunityOps, "the title spells the term"},
		{"Growth Engineer", "", "", "another profession implies nothing"},
		{"Finance Director", "", "", "no catalog term for the specialty"},
	}
	for _, tt := range tests {
		r := m.MatchString(tt.text)
		var implied []Hit
		for _, h := range r.Hits {
			if h.Implied {
				implied = append(implied, h)
			}
		}
		switch {
		case tt.term == "" && len(implied) > 0:
			t.Errorf("%q (%s): implied hits %+v, want none", tt.text, tt.why, implied)
		case tt.term != "" && (len(implied) != 1 || implied[0].Term != tt.term || implied[0].Start != r.TitleStart || implied[0].End != r.TitleEnd):
			t.Errorf("%q (%s): implied hits %+v, want one of %q over the title [%d, %d)", tt.text, tt.why, implied, tt.term, r.TitleStart, r.TitleEnd)
		}
		var best AreaID
		if len(r.Areas) > 0 {
			best = r.Areas[0].Area
		}
		if best != tt.area {
			t.Errorf("%q (%s): best area %q, want %q; areas %v", tt.text, tt.why, best, tt.area, r.Areas)
		}
	}
}

func TestTitleBounds(t *testing.T) {
	m := testMatcher(t)
	tests := []struct{ text, want string }{
		{"人事公告　晨人字第113-018號\n\n主旨：任命陳冠宇先生為通路營運部經理，自5月1日起生效。", "通路營運部經理"},                        // an HR notice names the job in its text
		{"【中原驿达供应链】绩效考核专员（运营中心）\n正文", "绩效考核专员（运营中心）"},                                           // the employer in lenticular brackets
		{"【门市人员（正职）】药妆连锁 新北三重门市 晋升店长\n正文", "【门市人员（正职）】药妆连锁 新北三重门市 晋升店长"},                        // the job in the brackets: no tag
		{"【内部调动通知】\n经研究决定，自7月1日起，原客服部质检主管 张三 调任运营中心，任社群运营经理，向运营中心总监汇报。\n特此通知。", "社群运营经理"},       // a transfer notice names the new post after the department
		{"【晋升公告】\n经公司研究决定，李四晋升为社群运营经理，自即日起生效。", "社群运营经理"},                                       // a promotion notice
		{"人事调动通知（禾人字〔2025〕3号）\n经公司研究决定，王五自3月1日起由十堰区域店长调任荆州区域门店运营经理，负责区内门店的日常运营。", "荆州区域门店运营经理"}, // 调任 names the new post
		{"人事调动通知\n王五自即日起调任华东运营中心，负责区域拓展。", ""},
		{"客服品質稽核專員（QA） 遠訊電信客服中心 ｜ 委外客服營運商 更新日期：2024/05/27  工作內容 1. 每月依抽樣規則聽取客服人員通話錄音與文字紀錄，依評核表評分 2. 製作個人、組別與中心之服務品質報表 3. 主持評分校準會議，確保評核標準一致", "客服品質稽核專員（QA）"},                                                                       // a job before its department, on one line: the operator after the bar is no job                                                                                                                                                                                     // 调任 a department names no post
		{"【郑州】外卖配送代理商招聘（非骑手岗）\n我们在郑州运营18个配送站点，现招：\n\n1. 站点绩效考核专员 ×2\n- 制定站点的月度考核方案", "站点绩效考核专员 ×2"},                                                                                                                                // the hiring banner says which job it is not
		{"【上海·浦东】持牌消金公司风控部 招聘（群友内推）\n1. 风控策略专员 ×2", ""},                                                                                                                                                                            // a chat group's referral, no job of its own
		{"INTERNAL TRANSFER REQUEST\n\nEmployee name: Kevin Doyle\nCurrent position: Inside Sales Representative, SMB\nRequested position: Channel Operations Coordinator\nReason for request:", "Channel Operations Coordinator"}, // the post requested, not the post held
		{"Employee name: Kevin Doyle\nCurrent position: Channel Operations Coordinator\nStart date: 1 March", "Channel Operations Coordinator"},
		{"Operations Supervisor - Night Shift Halvard Freight · Toledo, OH · $27 an hour Lead 20 pickers on the overnight shift and keep the dock moving.", "Operations Supervisor - Night Shift"}, // a card on one line: the shift, not the employer after it
		{"Warehouse Operations Lead - 2nd Shift Copperline Logistics Dayton, OH 45402 $70,000 a year Full-time. We run three distribution centers for garden brands.", "Warehouse Operations Lead - 2nd Shift"},
		{"Platform Operations Engineer ======================== **Kōwhai Analytics** — Hamilton · Full time · Hybrid About us: we build analytics for dairy farms and need someone to keep the pipelines running.", "Platform Operations Engineer"}, // a heading's underline on the same line
		{"Growth Operations Lead ---------------- Tallis Freight — Remote We move parcels for 400 online shops and want a lead for the growth team.", "Growth Operations Lead"},
		{"Dr. Lena Marquardt Senior Marktforscherin | Consumer Insights Kontakt: Hauptstraße 4, 90402 Nürnberg | lena@example.de Über mich Ich messe, was Kunden wollen, bevor ein Produkt entsteht, und zeige Marken, wo ihre Käufer sind, mit Studien, Interviews und Panels.", "Dr. Lena Marquardt Senior Marktforscherin"}, // a name's honorific ends no sentence
		{"Jonas Albers 12 Elm Row, Leeds LS2 7DJ | jonas.albers@example.com 3 March 2025 Ms. Priya Raman Head of Marketing Corvel Software Leeds Dear Ms. Raman, I am writing to apply for the Content Operations Manager role on your team.", "Content Operations Manager"},                                                   // a letter's addressee is not the writer
		{"【通知】\n各部门注意，任何人不得迟到。\n特此通知。", ""},                                                                                                                                                                                                                                                                                    // 任何 after a comma names no post
		{"澜栖茶饮有限公司\n人事任命通知\n\n经研究决定，任命 沈若溪 同志为 私域运营中心总监，自6月10日起生效。", "私域运营中心总监"},                                                                                                                                                                                                                                               // an HR notice names the job in its text
		{"**录用通知书（Offer）**\n\n您好！公司决定录用您担任**新媒体运营部·视觉设计师**一职。", "新媒体运营部·视觉设计师"},
		{"Oxbow County Public Library · Human Resources · Job Announcement\n\n# Branch Operations Manager\n\n**Department:** Public Services", "Branch Operations Manager"},  // a letterhead over the title
		{"Marcus Oyelaran · Revenue Operations Analyst · Sales Strategy & Operations, North America\nSalesforce reporting | pipeline hygiene", "Revenue Operations Analyst"}, // a signature: the name, then the job
		{"Marcus Oyelaran | Revenue Operations Analyst | Sales Strategy\nPipeline reviews.", "Revenue Operations Analyst"},
		{"跃动科技招聘 / 抖趣电商\n巨量千川投放优化师（直播方向）\n杭州 | 社招", "巨量千川投放优化师（直播方向）"},                                                                                                        // a careers site's banner and the business over the title
		{"Warehouse Operative - Days / Nights - Immediate Start!\nSwift Staffing on behalf of a fulfilment centre", "Warehouse Operative - Days / Nights - Immediate Start!"}, // a call to apply after the title
		{"Sabine Hofmeister | Teamleiterin Workforce Management (Personaleinsatzplanung & Forecasting) | Kundendialog-Center Bremen\nHelvara Energie GmbH", "Teamleiterin Workforce Management"},
		{"Ben Whitcombe · Sr. Technical Recruiter, Coastline Analytics · Mon 9:14 AM\nHi Sofia, I'm hiring a Marketing Operations Manager to run our Marketo stack.", "Marketing Operations Manager"},                                                                                                                // a message's sender and the sender's job
		{"Juniper Lane Grocers · People Operations · Promotion Cycle Spring 2025\nPromotion Packet", ""},                                                                                                                                                                                                             // three words name an employer, not a person
		{"Lead Analyst – Workforce Planning, Customer Operations  Afon Energy Cardiff / hybrid Salary: £44,500 - £49,000 per annum + 8% bonus Closing date: 17/05/2026  About us Afon Energy supplies gas and electricity to 910,000 homes across Wales.", "Lead Analyst – Workforce Planning, Customer Operations"}, // a plain analyst and its work after a dash, where the line breaks were lost
		{"Sep 2022 – Present · Revenue Operations Analyst · Kestrel Analytics Inc.", "Revenue Operations Analyst · Kestrel Analytics Inc."},                                                                                                                                                                          // a resume's line of experience, its dates first
		{"März 2019 – heute | Teamleiterin Einsatzplanung | Stadtwerke Halle", "Teamleiterin Einsatzplanung"},
		{"找个带货主播，美妆护肤，抖音品牌自播间\n镜头感强、控场好", "带货主播"}, // 找个, as people ask for one
		{"帮我找个做过私域的，3年左右，懂企微SCRM", ""}, // who did the work, not a job's name
		{"Promotion Nomination Form — FY2026\nEmployee: Marisol Reyes\nCurrent title: Community Operations Partner II\nProposed title: Senior Community Operations Partner\n", "Senior Community Operations Partner"},                          // the post proposed, as a Chinese notice's 晋升岗位
		{"REQ 7783 | Workforce Planning Analyst | Customer Care Operations | Grade 9 | Tulsa, OK\nForecast contact volume.", "Workforce Planning Analyst"},                                                                                     // a requisition's number first
		{"REQ# 51-2207  |  Reporting Analyst  |  Customer Care > Planning > Reporting\nBuild the weekly pack.", "Reporting Analyst"},                                                                                                           // an ATS's path to the team after the job, and REQ#
		{"BOSS直聘 · 附件简历 林晓 28岁 · 本科 · 6年经验 · 杭州 在职-考虑机会 手机 138 0000 0000 求职期望：社群运营主管　杭州　15-20K 个人优势 做过三年社群运营，擅长社群活动与用户分层，带过5人团队。", "社群运营主管"},                                                                                                   // 求职期望 on a resume that lost its line breaks
		{"Hallo Herr Maier, für ein Logistik-Start-up in Linz suche ich eine Head of Growth (m/w/d), die das Wachstum in drei Ländern verantwortet.\nBeste Grüße, Anna Huber", "Head of Growth"},                                               // a German recruiter's message
		{"Referent:in Vorstandsstab – Strategie & Unternehmensentwicklung (w/m/d)\nAlpenbank eG\nbody", "Referent:in Vorstandsstab – Strategie & Unternehmensentwicklung"},                                                                     // too long only with its gender note
		{"Job alert: Growth Operations Lead · Tallis Freight · Leeds — apply by Friday. We move parcels for 400 online shops and need someone to own the growth numbers every week.", "Growth Operations Lead"},                                // a job board's alert on one line
		{"Home > Careers > Operations\nGrowth Operations Lead\nbody", "Growth Operations Lead"},                                                                                                                                                // a trail of links over the title
		{"Colleagues,\n\nWe are pleased to announce that Ana Ruiz will move from her current role as Senior Accountant to the new position of Community Programs Lead, effective May 5.", "Community Programs Lead"},                           // a transfer names the new post
		{"> 来自 HR 林一 的消息\n\n你好！我们在招**社群运营**：\n1. 负责用户社群的日常维护；", "社群运营"},                                                                                                                                                                        // a chat's header, then 在招
		{"@所有人 急招剪辑师1名 坐标成都，底薪5000+提成\n排品和投流都有运营负责。", "剪辑师1名 坐标成都"},                                                                                                                                                                            // a group message that calls everyone first
		{"Europass Lebenslauf\n\nPERSÖNLICHE INFORMATIONEN\n\nAnna Berger\nLandstraßer Hauptstraße 9, 1030 Wien\n\nANGESTREBTE TÄTIGKEIT\nCRM Managerin\n\nBERUFSERFAHRUNG\n01/2021 – heute\nSachbearbeiterin Kundenservice", "CRM Managerin"}, // Europass's label for the job sought
		{"2 new jobs match community manager near Leeds\n\nCommunity Manager – Games\nbody", "Community Manager – Games"},                                                                                                                      // a job alert's count over the job
		{"Job alert: 1 new job for \"operations analyst\" in Austin, TX\nRevenue Operations Analyst – Northwind Ledger – Austin, TX (Hybrid) – $88K–$104K/yr\nbody", "Revenue Operations Analyst"},                                             // the query that an alert quotes is not the job it found
		{"Subject: \"operations manager\": Nordavia Biotherapeutics - Clinical Operations Manager and more\nFrom: LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>\n\nYour job alert for operations manager in Cambridge\n7 new jobs match your preferences.\n\nClinical Operations Manager\nNordavia Biotherapeutics · Cambridge, MA", "Clinical Operations Manager"},
		{"Subject: New jobs: community manager in Wakefield\nFrom: Totaljobs <jobs@email.totaljobs.com>\n\nNew jobs matching \"community manager\" in Wakefield\n\nCommunity Staff Nurse (Band 5)\nWestmere Community Health Services", "Community Staff Nurse (Band 5)"},
		{"Subject: Your Totaljobs alert: operations manager\n\nStore Operations Manager\nBrightwell Foods", "Store Operations Manager"},
		{"Jobs for \"channel manager\" near Austin, TX\n\nChannel Operations Manager\nAustin, TX", "Channel Operations Manager"},
		{"{\n\"title\": \"Growth Lead\",\n\"location\": \"Berlin\"\n}", "Growth Lead"},
		{"某某便利连锁有限公司 > 社会招聘 > 运营中心 # 门店系统支持工程师 - **工作地点**：陕西咸阳 - **薪资**：6-9K 负责门店收银系统、网络与服务器的日常维护，处理故障工单并按时回访。", "门店系统支持工程师"}, // the page's heading after the trail, on one line
		{"智联招聘  首页  职位  登录\n\n[ 社群运营 ]  搜索\n\n首页 > 杭州招聘 > 社群运营\n\n社群运营专员（母婴方向）\n8-12千\nbody", "社群运营专员（母婴方向）"},                 // a job board's search box over the title
		{"[急招] 搜索广告运营\n负责百度搜索广告的投放与优化", "搜索广告运营"},                                                                             // a tag, not a search box
		{"需求编号 HR-2024-0817 | 项目运营专员 | 交付中心 | P5 | 武汉\n负责项目排期", "项目运营专员"},
		{"市场调研经理 | 8年快消行业研究 | 竞品追踪、消费者访谈与问卷、行业趋势报告，为新品进入市场提供决策依据", "市场调研经理"},                                                                                                                                                                // a sentence in a later field
		{"Customer Operations Associate – Voice (US Telco Account) | Iloilo City\nbody", "Customer Operations Associate – Voice (US Telco Account)"},                                                                                        // a bar before any dash
		{"Lead, Trust & Safety Operations (Content Review Queues) Dublin, IE / Hybrid · EUR 68,000 - 82,000 + bonus", "Lead, Trust & Safety Operations (Content Review Queues)"},                                                            // the place runs on from the bracket
		{"应聘带货主播-美妆类-许可欣-2年-杭州 您好，本人有抖音美妆直播间出镜经验，单场最长连播6小时，控场能力强，熟悉产品讲解和逼单话术，可接受晚班。", "应聘带货主播-美妆类-许可欣-2年-杭州"},                                                                                                                               // a Chinese line of more than a title's runes, though fewer bytes than a long line's
		{"负责平台618/双11大促主会场及分会场的活动策划和落地，拉通产品、设计、技术排期，管理资源位并做活动ROI复盘，单次大促GMV同比+35%。", ""},                                                                                                                                                     // a summary that opens with a duty names no job in its clauses
		{"Hallo Svenja, anbei die Zeile aus der Stellenplanung:\nREQ-DE-0588\tReferent:in Strategie & Operations (Unternehmensplanung, OKR)\tBereich CEO Office\tMünchen", "Referent:in Strategie & Operations (Unternehmensplanung, OKR)"}, // a requisition's code before a tab
		{"JR-2291\tCommunity Operations Manager\tLondon", "Community Operations Manager"},
		{"华源能联数字科技有限公司2026年社会招聘公告（数据分析师）-招聘信息-华源能联\n首页 | 人才招聘", "数据分析师"},                                                                                                                                                                 // the job in brackets after a notice's heading
		{"<html><body><h1>华源能联数字科技有限公司2026年社会招聘公告（数据分析师）</h1><p>发布时间：2026-06-02</p></body></html>", "数据分析师"},                                                                                                                             // and in a page's h1
		{"# Quality Analyst:in Kundenservice (m/w/d) – Linz, 38,5 Std.\n\n**Donauwerke Vertrieb & Service GmbH** · Standort: Linz, Industriezeile · Vollzeit · ab sofort", "Quality Analyst:in Kundenservice (m/w/d) – Linz, 38,5 Std."}, // the hours' abbreviation ends no sentence
		{"Wir suchen\n\n**Donauwerke Vertrieb & Service GmbH** · Standort: Linz, Industriezeile · Vollzeit · ab sofort", ""},                                                                                                             // an employer in bold
		{"# 加入漫遊島 IslandGo｜2026 春季職缺 漫遊島是台灣本土的旅遊體驗預訂平台，提供超過 6,000 項一日遊、手作課程、露營與飯店住宿方案，服務台、港、星、馬旅客。我們現在有 4 個職缺開放中 👇", ""},                                                                                                                 // places by their first characters: no 服務台
		{"Feb 2017 – May 2020 · Process Excellence Manager, Operations (Lean Six Sigma Black Belt) · Arvella Logistics", "Process Excellence Manager, Operations"},                                                                       // a spaced middle dot ends the job's field, too long with its bracket
		{"Junior UX / Product Designer · Cape Town (Woodstock), South Africa · Hybrid · Jan 2024 – Present", "Junior UX / Product Designer"},
		{"Middle-school English teacher (7 yrs) transitioning into a Community Operations / Community Manager role at a games company", "Community Operations / Community Manager"}, // a sentence runs on from the bracket
		{"Hollow Pine Candle Co. | Operations Specialist (E-commerce)\nFort Collins, CO · Full-time\n$52,000 - $60,000/yr + quarterly bonus tied to online sales\n\nWe pour candles.",
			"Hollow Pine Candle Co. | Operations Specialist (E-commerce)"}, // a line of pay is no title
		{"Northgate Tours | Operations Coordinator\nS$4,500 - S$5,200 monthly, sales incentive\n", "Operations Coordinator"},
		{"速卖通运营 2名 —— 义乌市拓澜进出口有限公司\n\n薪资待遇：底薪5500-8000 + 销售额提成（上不封顶）\n", "速卖通运营 2名 —— 义乌市拓澜进出口有限公司"}, // a field of pay, under the employer's line
		{"速卖通运营 2名 —— 义乌市拓澜进出口有限公司\n\n待遇说明：底薪5500-8000 + 销售额提成\n", "速卖通运营 2名 —— 义乌市拓澜进出口有限公司"},       // its value opens with pay
		{"张悦\n求职意向：社群运营专员 期望城市：成都 期望薪资：7-9K\n正文", "社群运营专员"},                                          // one space before the next field's label
		{"求职意向：Community Manager 期望城市：成都\n正文", "Community Manager"},
		{"Cascadia Courier Group\nOperations Support Lead – Back Office & Cost Control\nRichmond, BC\n\nbody", "Operations Support Lead – Back Office & Cost Control"}, // an employer's group over the title
		{"# Chief Financial Officer — Halden Brands Group\n\n*Prepared by Marlowe & Finch Executive Search*\n\nbody", "Chief Financial Officer — Halden Brands Group"},
		{"# 内容运营部 ｜ 短视频剪辑师\n\n正文", "短视频剪辑师"}, // a department, a bar, then another profession's job
		{"深圳市某网络科技有限公司 | 直播运营部\n招聘：化妆造型师（直播间）\n\n正文", "化妆造型师（直播间）"},
		{"社群运营经理\n正文", "社群运营经理"},
		{"  Community Manager  \nbody", "Community Manager"},
		{"Operations Executive (Fresh Graduate Welcome!!)\nbody", "Operations Executive (Fresh Graduate Welcome!!)"},
		{"您好，我是做带货主播的，两年女装类目直播经验，可以先发您直播切片看看", "带货主播"},
		{"HR您好！我有2年抖音直播间运营经验，带过女装和家居两个类目，负责直播脚本、排品、场控、中控台上下架和千川投放，每场结束做复盘，单场最高GMV 86w，ROI稳定2.5以上。看到贵司在招直播运营，base广州没问题，随时可以到岗，期待沟通🙏", ""},
		{"RACHEL TAN\nSingapore | +65 9xxx 5521\n\nWORK EXPERIENCE\n\n**Kopibyte Pte. Ltd.** — Singapore (HR & payroll SaaS, Series B)\n*Senior Customer Success Manager* | Jan 2022 – Present\n- Own a book of 140 accounts", "Senior Customer Success Manager"},
		{"赵明轩\n求职意向：社群运营经理    期望城市：杭州\n正文", "社群运营经理"},
		{"赵明轩\n求职意向：社群运营经理\t期望薪资：面议\n正文", "社群运营经理"},
		{"赵明轩\n求职意向：社群运营经理\u3000到岗时间：随时\n正文", "社群运营经理"},
		{"Desired position: Senior Community Manager  |  Berlin\nbody", "Senior Community Manager"},
		{"张伟 | 用户运营 | 5年经验\n正文", "张伟 | 用户运营 | 5年经验"},
		{"个人简历\n张  宏  伟                                     求职意向：销售经理 / 大客户销售 / 渠道销售\n基本信息                          工作经历\n正文", "销售经理 / 大客户销售 / 渠道销售"},
		{"淘宝店铺运营客服（打字）居家/坐班都可 3500-6000\n正文", "淘宝店铺运营客服（打字）"},
		{"短视频剪辑师（新媒体运营部）· 东莞 ·\n正文", "短视频剪辑师（新媒体运营部）"},
		{"直播运营8-12K\n正文", "直播运营"}, // the pay run into the job
		{"运营专员2名\n正文", "运营专员2名"},
		{"推荐信\n\n尊敬的招聘负责人：\n\n您好！苏念在我部门担任新媒体运营。", ""}, // a letter's salutation names the reader
		{"Dear Hiring Manager,\n\nAnna was our Community Manager.", ""},
		// A WeChat article's header image is no title; the job it hires
		// for stands in bold in its prose.
		{"# 招聘｜来一起办一场黑客松\n\n![头图：上一届黑客松现场大合照](https://example.com/a.jpg)\n\n人手不够了，所以我们在找一位 **活动运营（开发者活动方向）**。\n\n岗位职责：活动排期", "活动运营"},
		// A job board of Taiwan sets a trail of links in full-width
		// marks over the posting.
		{"1111人力銀行 ＞ 職缺 ＞ 行銷企劃∕網路電商\n\n電商營運專員（momo∕PChome∕蝦皮）\n某某電器股份有限公司\n工作內容：", "電商營運專員（momo∕PChome∕蝦皮）"},
		{"1111人力銀行｜專案管理∕營運管理\n營運專員\n某某餐飲股份有限公司\n工作內容：", "營運專員"}, // the board's name over its categories
		// A job board's name over the posting, and its links.
		{"Skip to main content\nCivil Service Jobs\nSearch jobs   |   Sign in\n\n< Back to search results\n\nOperational Delivery Manager\n\nNational Debt Collection Agency", "Operational Delivery Manager"},
		// A LinkedIn profile saved as PDF wraps its addresses.
		{"Contact\nwww.linkedin.com/in/gareth-\nashworth-ops (LinkedIn)\n\nExperience\n\nBroadland Mutual\n3 years 8 months\n\nOperations Officer\nJune 2022 - Present", "Operations Officer"},
		{"经公司批准：\n\n**葛珊珊** 女士任 **运营管理中心 · 法务合规经理**，向中心负责人汇报。", "运营管理中心 · 法务合规经理"},
		// A Markdown table's row with a position label; a document number
		// above it is no title.
		{"岗位说明书\n文件编号：HR-JD-RM-017\n\n| 岗位名称 | 风控运营专员 | 所属部门 | 风险管理部 |\n正文", "风控运营专员"},
		{"| Job title | Growth Lead |\n|---|---|\n| Location | Berlin |", "Growth Lead"},
		{"某某科技有限公司 | 专注于用户增长与品牌营销\n用户运营经理\n岗位职责：负责用户分层", "用户运营经理"},
		{"张伟 | 用户运营 | 某某科技有限公司\n电话 138\n邮箱 z@example.com", "张伟 | 用户运营 | 某某科技有限公司"},
		{"用户运营经理（某某科技有限公司）\n薪资：10-15K\n岗位职责：负责用户分层", "用户运营经理（某某科技有限公司）"},
		{"运营总监（连锁酒店集团）\n猎头职位 | 企业名称保密 | 汇报对象：CEO\n岗位职责：负责全国门店运营", "运营总监（连锁酒店集团）"},
		{"某某酒店集团（上海）\n运营总监\n岗位职责：负责全国门店运营", "运营总监"},
		{"PRIYA NAIR\npriya@example.com\n\nEXPERIENCE\nAcme Marketplace — Operations Specialist, Onboarding (2022–2025)\n- Owned onboarding", "Operations Specialist"},
		{"林小雨\n电话：138\n\n工作经历\n2023.07 - 至今    杭州某美妆品牌    新媒体运营\n· 负责小红书", "新媒体运营"},
		{"王浩\n手机 139\n\n## 工作经历\n深圳某营销策划有限公司 ｜ 运营助理 ｜ 2021.03-至今", "运营助理"},
		{"Sam Okafor\nsam@example.com\n\nExperience\nGrowth Engineering, Fintech Startup (2020 - present)\nSenior Software Engineer @ Acme Inc", "Senior Software Engineer"},
		{"Ana Lima\nLisbon\nana@example.com\n\nWork Experience\nHead of Growth at Acme Ltd", "Head of Growth"},
		{"Ana Lima\nLisbon\nana@example.com\n\nExperience\nNorthwind Inc. | Incident Manager | 2020–2024", "Incident Manager"},
		{"王浩\n手机 139\n邮箱 w@example.com\n\n工作经历\n公司名称：某某科技有限公司\n职位名称：用户运营专员\n工作时间：2021.03-2023.05", "用户运营专员"},
		{"个人简历\n\n姓名\n周丽娜\n性别\n女\n联系电话\n158\n求职意向\n客服专员\n期望城市\n苏州", "客服专员"},
		{"个人简历\n姓名：周丽娜\n求职意向：\n  社群运营\n", "社群运营"},
		// Labels spaced out to align a column, as resume sites export them.
		{"杨丽娟\n更新时间：2024-03-02\n\n最近工作 [ 3年1个月 ]\n公 司：\t合肥某电子商务有限公司\n行 业：\t互联网/电子商务\n职 位：\t客服组长\n", "客服组长"},
		// A resume's line of fields, one of them labelled.
		{"张悦 | 2026届应届生 | 求职意向：用户运营\n电话 138", "用户运营"},
		{"新媒体运营主管 | 期望城市：长沙 | 电话：137\n邮箱 x@example.com", "新媒体运营主管"},
		// A department before the job is no title.
		{"王浩\n手机 139\n邮箱 w@example.com\n\n工作经历\n2021.03-至今  某某科技有限公司  用户运营部  运营专员\n- 负责社群", "运营专员"},
		// A careers site's banner, its name and its section, is no title.
		{"团美招聘 · 社会招聘\n\n【外卖】策略运营专家-补贴与价格策略\n职位类别：运营类-策略运营", "策略运营专家-补贴与价格策略"},
		// A top line too long for a title starts with one.
		{"IT Operations Technician – Network Operations Center (NOC) – Night Shift\nLocation: Phoenix", "IT Operations Technician"},
		{"Live Commerce Host & Operations Executive (TikTok Shop / Shopee Live / Lazada Live)\nbody", "Live Commerce Host & Operations Executive"},
		{"(Senior) Lifecycle & CRM Manager (m/w/d)\nbody", "(Senior) Lifecycle & CRM Manager (m/w/d)"},
		// The values of labels for pay, place and hours are no titles.
		{"Acme Retail\nPay: $24.00 per hour + $2/hr shift differential\nStore Operations Manager\nbody", "Store Operations Manager"},
		// Where no line names the job, the prose may.
		{"About Trellis\nWe grow mostly self-serve.\nAs our Growth Operations Lead you'll own the engine.", "Growth Operations Lead"},
		{"About us\nAs a result, we grew fast.\nWe're looking for a Community Manager to join our team.", "Community Manager"},
		{"公司介绍\n我们是一家在线教育公司。\n现在寻找一位社群运营，负责学员社群。", "社群运营"},
		{"About Murmur\nMurmur is a voice app.\nAs Trust & Safety Operations Lead, you will own enforcement.", "Trust & Safety Operations Lead"},
		{"Our story\nWe grew fast.\nAs Community Manager at Acme, Maria grew the forum to 10k members.", ""},
		{"RESUME  JOHN PAUL D. ESGUERRA Address: 118 P. Burgos St.  OBJECTIVE To obtain a position as Cashier / Store Supervisor where I can grow.", "Cashier / Store Supervisor"},
		// A group message that starts with 招, "hiring"; not a 招 inside a
		// sentence.
		{"招剪辑师！！坐标杭州，直播电商公司，会剪映就行。", "剪辑师"},
		{"【急招】用户运营，坐标上海，私聊。", "用户运营"},
		{"招聘剪辑师，坐标上海。", "剪辑师"},
		// A recruiter's message: the subject names the job before its
		// last dashes, over the recruiter's own title.
		{"Jana Pfeiffer\nSenior Talent Acquisition Partner at Lohnwerk – Payroll software\nTue, 10 Feb 2026, 14:32\n\nSubject: Product Operations Manager at Lohnwerk – a fit for you?\n\nHello Lukas,", "Product Operations Manager at Lohnwerk"},
		{"Tobias Reimann\nSenior Personalberater Logistik\n05.03.2024, 11:27\n\nBetreff: Operations Manager Logistik (m/w/d) – Schwerpunkt Prozessoptimierung – Raum Hannover\n\nGuten Tag,", "Operations Manager Logistik (m/w/d) – Schwerpunkt Prozessoptimierung"},
		{"Van: Marco Terpstra\nOnderwerp: Medewerker Planning (service & onderhoud) – iets voor jou?\n\nHoi Ilse,", "Medewerker Planning (service & onderhoud)"}, // a Dutch e-mail's subject
		// A card's pay in the middle ends the title, with what follows.
		{"美妆带货主播（店播/达播）底薪8-12K+提成 有直播运营经验优先", "美妆带货主播（店播/达播）"},
		// A line of labelled fields whose first is a name: the job's label
		// further on, in Markdown's bold.
		{"# 个人周报 2026-W12\n\n**姓名**：蒋文博　**部门**：技术中心 / 营销技术部　**岗位**：Java开发工程师（高级）\n**项目**：运营平台（活动中心 + 券中心）", "Java开发工程师（高级）"},
		// A label's value whose bracket holds a colon, which no title does.
		{"2025年H2 OKR自评及述职\n\n姓名：韦思琪\n部门：财务中心-业务财务部\n岗位：财务BP（支持：零售事业部）\n汇报对象：业务财务部负责人", "财务BP"},
		{"岗 位 说 明 书\n编制：人力资源部　　审核：客户联络中心总监\n\n一、基本信息\n所属部门：客户联络中心\n岗位名称：质检专员", "质检专员"},
		// A role profile's header names who wrote it, not the job.
		{"岗 位 说 明 书\n文件编号：HR-JD-CO-2023-047          版本：V2.1\n编制部门：人力资源部（组织发展组）    审核：内容安全中心\n\n一、岗位基本信息\n岗位名称：内容审核组长                岗位编码：CS-AUD-L2", "内容审核组长"},
		// A lead's level words before the team it leads, in a resume's
		// latest job.
		{"Aditya Rao\n\nWORK EXPERIENCE\nVeritaas Digital Services, Hyderabad   Nov 2021 - Till Date\nDesignation: Team Lead - Trust & Safety Operations\nManaging queues", "Team Lead - Trust & Safety Operations"},
		// A German cover letter: the addressee's name is no title, the
		// application's line names the job.
		{"Daniel Hofstetter · Leopoldstraße 152 · 80804 München\nTel. +49 160 9187 3321\n\nBelegkasse Software GmbH\nz. Hd. Herrn Tobias Engl\n\nBewerbung als Partner Manager (m/w/d) Steuerberaterpartner\n\nSehr geehrter Herr Engl,", "Partner Manager"},
		// A chat export's counterpart is no title; the recruiter's
		// message names the job in brackets after 岗位是.
		{"微信聊天记录导出\n聊天对象：周蔓（栖木人才-高级顾问）\n导出时间：2026-03-04 21:17\n\n周蔓  2026-03-04 10:16\n是街角到店，岗位是【商家运营主管（中小商户方向）】，base南京建邺。", "商家运营主管"},
		{"我们在招“社群运营”，坐标上海", "社群运营"},
		// A resume's heading in the writer's words over the job sought.
		{"Jordan Tremblay\nMontréal, QC · jt@example.com\n\nWHAT I WANT\nLiveOps Specialist / Live Game Operations Associate on a free-to-play title.\n\nEXPERIENCE\nQA Tester -> Senior QA Tester (Live Team) | Boréal Interactive | 2020 - present", "LiveOps Specialist"},
		// A German role profile's heading, then its field for the post.
		{"STELLENBESCHREIBUNG\nKlangwerk Hörakustik GmbH & Co. KG · Zentrale Osnabrück\nFormular HR-07 · Version 3.2 · Stand: 09.01.2026\n\n1. Stammdaten der Stelle\nStellenbezeichnung:        CRM Manager (m/w/d)\nStellen-Nr.:               MKT-0412", "CRM Manager (m/w/d)"},
		// An Indian resume's labels end in ":-".
		{"ROHIT WANKHEDE\nMob.No :- 8806 43 1975\n\nPOST APPLIED FOR :- MIS Executive / MIS Analyst\n\nCAREER OBJECTIVE :-", "MIS Executive / MIS Analyst"},
		// Announcements of appointments and welcomes of new joiners.
		{"【人事任命】经公司管理层研究决定，兹任命邵一帆为运营中心-用户运营部经理，全面负责会员分层及留存运营工作，即日生效。\n杭州某某网络科技有限公司 人力资源部 2024年3月18日", "运营中心-用户运营部经理"},
		{"恭喜 @陈思远 顺利转正！岗位：运营数据分析师（运营中心-数据组），负责日报周报、SQL取数、漏斗与留存分析及经营看板搭建👏", "运营数据分析师（运营中心-数据组）"},
		{"New joiner alert 🚨 Welcome Tomasz Wierzbicki to the Payments team as Fraud & Risk Operations Analyst — he'll be tuning our chargeback rules and running the weekly risk dashboard.", "Fraud & Risk Operations Analyst"},
		{"Please join me in welcoming Jonah Feldmann, our new Market Research Analyst on the Growth & Insights team! Jonah will run customer surveys.", "Market Research Analyst"},
		// A hiring message whose headcount ends in exclamations.
		{"秭归脐橙季 电商仓库急招打包员 30名！！！\n📦 公司：某某电子商务有限公司", "打包员 30名"},
		// A designer's shop home page is no site menu's 首页.
		{"平面设计师（电商方向）7-11K 义乌 1-3年 详情页/主图/店铺首页装修 活动海报 | PS AI C4D 熟练 | 天猫店铺视觉经验优先", "平面设计师（电商方向）"},
		// An article's headline names the jobs in brackets after 招聘, its
		// slogan first.
		{"# 灯火里的工作｜华彩灯艺文旅2026春季招聘（活动运营主管/平面设计师/出纳）\n\n> 原创 · 华彩灯艺文旅", "活动运营主管/平面设计师/出纳"},
		// A headline's employer hires with an exclamation, the jobs after it.
		{"白沟箱包直播基地招人啦！主播、剪辑、前台，底薪+提成，包吃住！\n原创 包播星球", "主播"},
		// A Chinese job board's page: its name and slogan, a city's menu,
		// menus parted by single spaces, the search box's hint and
		// button, popular searches and the trail of links are chrome.
		{"辽才直聘 - 东北人自己的招聘APP\n首页 | 职位 | 公司 | 校园 | 下载APP\n沈阳 ▼\n搜索职位、公司、商圈\n搜索\n登录 | 注册 | 企业版\n\n首页 > 沈阳招聘 > 主播招聘 > 抖音带货主播（女装）\n\n抖音带货主播（女装）\n10-25K", "抖音带货主播（女装）"},
		{"同城招工网\n徐州 切换城市\n首页 招聘 简历 兼职 企业入驻 发布信息 我的\n请输入职位名称或公司名称  搜 索\n登录 注册 | 手机看招聘 | 客服中心\n\n徐州同城招工网 > 徐州招聘 > 调度员\n\n运输调度主管（冷链）\n9000-13000元/月", "运输调度主管（冷链）"},
		{"燕赵英才网\n石家庄站 [切换城市]\n首页  |  职位搜索  |  企业名录\n热门职位：客服专员 质检 话务员 会计\n\n当前位置：首页 > 石家庄招聘 > 质检专员\n\n质检专员（信用卡中心项目）\n6千-8千/月", "质检专员（信用卡中心项目）"},
		{"秦才网——西安人的求职招聘平台\n[西安]切换\n首页\n职位\n公司\n校园\n登录\n注册\n\n首页 > 西安招聘 > 内容审核组长（短视频方向）\n\n内容审核组长（短视频方向）\n7-10K·13薪", "内容审核组长（短视频方向）"},
		// A careers site's filters left over from its list of jobs: options
		// with radio buttons, headings, a field whose values start with 全部,
		// a tree of categories indented under its heading.
		{"闽趣 · 加入我们\n[闽趣] 社会招聘 · 校园招聘 · 关于我们                登录\n\n职位类别\n  ○ 运营：用户运营 / 活动运营 / 内容运营\n  ● 设计：运营设计 / UI设计 / 交互设计\n  ○ 产品\n  ○ 技术\n工作地点\n  ○ 福州  ○ 厦门\n事业群\n  ○ 社交产品部  ○ 商业化中心\n\n职位详情\n\n运营设计师（活动视觉方向）\n福州 · 社交产品部", "运营设计师（活动视觉方向）"},
		{"途骁出行 招聘官网\n社会招聘 | 校园招聘 | 登录/注册\n\n筛选\n职位类别：全部 / 运营 / 产品 / 技术\n工作地点：全部 / 西安 / 北京\n重置\n\n运力运营专家（供需调度）\n西安 | 网约车事业群", "运力运营专家（供需调度）"},
		{"义联全球购 YILIAN GLOBAL\n社会招聘 ｜ 校园招聘 ｜ 实习生招聘 ｜ 登录\n\n职位类别\n  运营\n    跨境直播运营\n    达人运营\n  主播/达人\n  产品\n工作地点\n  义乌\n  杭州\n\n< 返回职位列表\n\n英语带货主播（TikTok Shop 美区）\n义乌·国际商贸城", "英语带货主播（TikTok Shop 美区）"},
		// A Workday site's header: links and languages, a line each.
		{"Skip to main content\nCopperleaf Provisions\nCareers Home\nSearch for Jobs\nSign In\nEnglish\nDeutsch\nEspañol\nFrançais (Canada)\n\nCopperleaf Provisions Careers > Search for Jobs > Network Operations Manager, Middle Mile\n\nNetwork Operations Manager, Middle Mile\n\nApply", "Network Operations Manager, Middle Mile"},
		// A LinkedIn profile: the menu with its counts, the photo's
		// caption, the pronouns and the degree of connection.
		{"Skip to main content\nLinkedIn\nSearch\nHome\nMy Network\nMessaging\n3\nNotifications\n12\nMe\nFor Business\nTry Premium for ₱0\n\nBackground photo of Rhea Mae Sarmiento\nRhea Mae Sarmiento\n (She/Her)\n· 2nd\nTrust & Safety Operations Team Lead | Content Moderation\nPasig, Philippines · Contact info", "Trust & Safety Operations Team Lead"},
		// A Chinese board's menu whose links run together, and a company
		// site's menu in Traditional Chinese under its trail of links.
		{"拉勾招聘 首页职位公司我的简历投递反馈消息\n在线简历 | 简历预览 下载简历 打印\n\n付晓川\n\n期望职位：内容审核主管、内容安全运营", "内容审核主管、内容安全运营"},
		{"首頁 ＞ 人才招募 ＞ 職缺列表 ＞ 儲備幹部（通路營運）\n風禾自行車 FENGHE CYCLES｜關於風禾｜產品系列｜經銷據點｜人才招募｜EN\n\n職缺名稱：儲備幹部（通路營運）\n工作地點：台中市", "儲備幹部（通路營運）"},
		// LinkedIn's menu, an item a line.
		{"Skip to main content\nLinkedIn\nSearch\nHome\nMy Network\nJobs\nMessaging\nNotifications\nMe\nFor Business\nTry Premium for $0\n\nNetwork Operations Center (NOC) Technician II – Overnight\nPrairie Lightwave Communications\nSioux Falls, SD · Reposted 3 days ago", "Network Operations Center (NOC) Technician II – Overnight"},
		// A German notice of cookies and a row of buttons under it.
		{"XING\nJobs    Ich    Netzwerk    Nachrichten    Anmelden\n\nWir nutzen Cookies und ähnliche Technologien, um XING zu verbessern.\n[Akzeptieren]  [Ablehnen]  [Einstellungen anpassen]\n\nJobs  >  Vertrieb & Verkauf  >  Nürnberg\n\nKey Account Manager LEH (m/w/d)\nPegnitztaler Feinkost GmbH", "Key Account Manager LEH (m/w/d)"},
		// An English board's slogan after its name, and a notice of cookies.
		{"LOGISTICSWORK.EU  —  Jobs in logistics, supply chain & transport\nFind jobs   Employers   Login\n\nCookie notice: We and selected third parties use cookies or similar technologies for technical purposes. [Accept] [Reject]\n\nHome › Spain › Zaragoza › Operations\n\nProcess Improvement Specialist – E-commerce Fulfilment (Lean)\nHavenpoint Fulfilment Iberia S.L.", "Process Improvement Specialist – E-commerce Fulfilment (Lean)"},
		{"Skip to main content\nTechRoles Mountain West\nJobs   Companies   Remote   Salaries   Sign in\n\nThis site uses cookies for analytics and personalized content. By using this site you agree to this use. Learn more   ✕\n\n< Back to search results\n\nCinderbox Software\nRevenue Operations Analyst\nBoise, ID (Hybrid)", "Revenue Operations Analyst"},
		// Where a resume came from names no job.
		{"颜诗琪\n简历来源：招聘APP候选人投递（系统转发，请勿外传）　投递时间：2026-03-11 21:47\n沟通职位：跨境电商运营助理（Shopee/Lazada东南亚站）\n", "跨境电商运营助理（Shopee/Lazada东南亚站）"},
		// A chat message that hires for the speaker's own station, with a
		// measure word after 招.
		{"南宁同城跑腿站长交流群 2026-04-02\n韦站长 10:14\n兄弟们帮转一下，我们站招个调度组长，骑手200多人，主要负责高峰期订单调度派单\n老黄 10:21\n收到 已转", "调度组长"},
		// A field of the kind of employment before the job's.
		{"CONTRACT | KYC / AML Operations Analyst – Periodic Review Remediation | 6 months (likely ext.) | Remote UK\n\nMy client needs contractors.", "KYC / AML Operations Analyst – Periodic Review Remediation"},
		{"兼职 | 社群运营助理 | 杭州\n负责社群日常维护", "社群运营助理"},
		// A search's excluded words say what the job is not.
		{"招聘 渠道运营 快消 经销商管理 渠道政策 返利核算 华东 -业务员 -销售代表", "渠道运营 快消 经销商管理 渠道政策 返利核算 华东"},
		{"Community Manager - Remote -intern", "Community Manager - Remote"},
		// An English form's heading and its employer's line, over labels
		// padded to line up their colons.
		{"MANPOWER REQUISITION FORM (MRF) - v3.2\nKestrelline Global Services Pvt. Ltd. | HR-F-011\n\nRequisition No.        : MRF/MOH/2026/0047\nDepartment             : Operations - Service Delivery\nLocation               : Mohali, Punjab\nPosition Title         : Analyst - Operations MIS & Reporting\nGrade / Band           : A2 / Analyst\n", "Analyst - Operations MIS & Reporting"},
		// An employer's card above the job: its name, what it does and
		// its headcount.
		{"Wellfound\nDiscover   Jobs   Companies   Log In\nJobs  >  Operations  >  Kansas City  >  Crownwork\n\nCrownwork\nMarketplace connecting dental practices with independent dental labs\n11-50 Employees  ·  Healthcare  ·  Marketplaces\n\nOverview    Jobs (4)    Culture & Benefits\n\nMarketplace Operations Lead\n$105k – $130k\n\nSmall labs get steady volume without hiring a sales rep.", "Marketplace Operations Lead"},
		{"栖云文旅集团\n让每一晚都有归属感\n500-999人 · 旅游/度假\n\n民宿运营主管\n负责OTA上架", "民宿运营主管"},
		// Prose that hires no one names no job.
		{"Small labs get steady volume without hiring a sales rep, and dentists get one portal.", ""},
		// A job and its direction before a message about it; not a duty.
		{"Java后端开发（营销中台方向），做优惠券/活动配置/运营后台系统，Spring Cloud+MySQL+Redis\n3-5年，杭州 25-35K", "Java后端开发（营销中台方向）"},
		{"负责社群运营（私域方向），做社群SOP和活动策划，每天维护20个群，要求有经验，有意者联系", ""},
		// An HR system's path whose last link holds the title and more.
		{"Revenue Operations > Sales Ops & Analytics > Sr. Analyst, RevOps (SFDC, pipeline reporting, territory & comp data) - EMEA", "Sr. Analyst, RevOps"},
		// A transcript's list of its speakers is no title.
		{"[Auto-transcript · phone screen · 2026-01-22]\n[Speakers: Speaker 1 = Achieng Otieno (Talent Acquisition, Tiffo) · Speaker 2 = Wanjiru Kamau (candidate)]\n\nSpeaker 1  00:00\nHi Wanjiru. So this is the first call for the promotions manager role.", ""},
		// A job with its level before a dash and its department after is
		// the title, not a department's banner over the next line.
		{"运力调度主管-同城配送事业部\n骑手运力排班、高峰期跨站点运力调配 | 杭州 | 15-20K", "运力调度主管-同城配送事业部"},
		// A notice of several posts: the first post's numbered heading,
		// past the notice's own sections; none where the first post
		// reads as no title.
		{"河南冰途冷链物流有限公司2026年招聘简章\n\n冰途冷链成立于2014年，是一家第三方物流企业。现因业务扩张，招聘以下岗位：\n\n一、运营流程优化专员（运营管理部）\n招聘人数：1人", "运营流程优化专员（运营管理部）"},
		{"知澜教育 2026届春季校园招聘简章\n\n一、关于我们\n武汉知澜教育科技有限公司成立于2016年。\n\n二、招聘对象\n2026届毕业生。\n\n三、招聘方向（共5大类，总计约120人）\n\n（一）用户运营管培生\n负责学员触达", "用户运营管培生"},
		{"栖云山居酒店管理｜2026旺季招聘简章\n丽江 · 三店同招\n\n▌ 岗位一：前厅接待（前台）　招聘6人\n薪资：4200-5500元/月", "前厅接待（前台）"},
		// A list's items before the posts are no posts; a quarter's needs
		// are a notice too.
		{"汉江锂能科技（襄阳）有限公司2026届校园招聘简章\n\n▌招聘对象\n1. 2026届国内外高校应届毕业生；\n2. 2025届未就业毕业生可同等报名。\n\n▌招聘岗位\n\n一、电芯工艺工程师　　招聘人数：15人\n专业要求：材料科学与工程", "电芯工艺工程师"},
		{"【招聘】金城汇才人力｜兰州总部2026年第一季度岗位需求\n\n公司简介：金城汇才人力资源服务有限公司成立于2013年。\n\n岗位1：RPO招聘顾问　5人\n工作地点：兰州市城关区", "RPO招聘顾问"},
		// A board's popular searches under the bare label 热门.
		{"赶集网 ganji.com     东莞 [切换城市]           登录 | 注册 | 手机版\n首页  找工作  招人才  租房\n热门：普工  快递员  外卖骑手  司机\n赶集网 > 东莞赶集 > 东莞招聘 > 调度员\n\n配送站调度排班专员（骑手运力调度）\n7000-9500元/月", "配送站调度排班专员（骑手运力调度）"},
		// A notice's post named by its 岗, without a title word; not a
		// resume's 随时到岗.
		{"某农商银行客户服务中心2026年招聘简章\n\n一、招聘计划\n\n岗位1：服务质检与绩效分析岗　　2名\n岗位2：远程客服代表　　15名", "服务质检与绩效分析岗"},
		{"区嘉颖  女｜29岁｜本科｜佛山·顺德｜离职-随时到岗", ""},
		// A shop and its branch hire the job alone after 招聘.
		{"益康大药房（商水店）招聘店长\n要求：有药店经验", "店长"},
		// A German post named by what it looks after.
		{"Onlineshop Betreuung (m/w/d) gesucht - Teilzeit/Minijob, Passau\nHallo, wir sind ein kleiner Familienbetrieb.", "Onlineshop Betreuung (m/w/d) gesucht - Teilzeit/Minijob, Passau"},
		// A voice note's job after 岗位叫, as people say it.
		{"嗯小林啊，跟你说一下那个新职位。客户是做快运的，总部在郑州，岗位叫干线运力规划经理，嗯，干线运力。", "干线运力规划经理"},
		// A notice's heading at the start of a text that lost its line
		// breaks.
		{"浙西经贸职业技术学院2026年公开招聘电子商务专业专任教师公告 来源：人事处　　发布时间：2026-03-02 09:15 根据有关规定，经学院研究并报主管部门备案，我院面向社会公开招聘电子商务专业专任教师4名。现将有关事项公告如下：一、招聘岗位及人数", "电子商务专业专任教师"},
		// Spaced dots part a resume's fields after a job in both scripts,
		// but not after a Chinese department.
		{"何思远\n自由译者 Freelance Translator & Localizer · EN⇄ZH (Simplified) · Games & Apps\n深圳", "自由译者 Freelance Translator & Localizer"},
		// A bulletin board's post: its author, board and time, then the
		// subject that names the job.
		{"作者 chahiwa_hr (茶日和人資)\n看板 job\n標題 [徵才] 雙北 門市營運督導（手搖飲連鎖） 42K起\n時間 Thu Mar  5 09:18:02 2026\n\n【工作內容】", "[徵才] 雙北 門市營運督導（手搖飲連鎖）"},
		// Not past the next label of a line: the sender after a subject.
		{"Subject: Quick chat? Customer Success Manager (Mid-Market SaaS) - £55-65k + OTE - Hybrid Manchester From: Priya Lathwell, Talent Partner @ Corrigan Search | Tue 14:07", ""},
		// A German CV's head names the post applied for in a field of its
		// subject.
		{"LEBENSLAUF – Nora Pietzsch\nBewerbung: Seiteneinstieg in den Schuldienst, Lehrkraft an Grundschulen (Fächer Deutsch und Kunst), Staatliches Schulamt Cottbus\n\nPersönliche Daten", "Lehrkraft an Grundschulen (Fächer Deutsch und Kunst)"},
		// An HR system's export: the organisation's path, then the job's
		// fields parted by bars.
		{"Operations > Customer Operations > CI & Excellence | Continuous Improvement Specialist (Kaizen / PDCA) | Grade 6 | Req #CO-20417 | Manchester", "Continuous Improvement Specialist (Kaizen / PDCA)"},
		// A WeChat article's job under its label, after a long
		// introduction.
		{"青柚传媒招人啦\n" + strings.Repeat("我们是一家做内容的公司。\n", maxLabelledLines+2) + "【招聘岗位】\n\n平面设计师（新媒体方向）｜2名\n📍 工作地点：厦门", "平面设计师（新媒体方向）"},
		// A resume's head set in columns: the name, then the job.
		{"NAOMI ESTERHÁZY-QUAYE                       Senior Product Designer\nnaomi@example.com | San Francisco", "Senior Product Designer"},
		// A summary that opens with its writer's years in a job.
		{"电商视觉设计4年，擅长天猫/京东主图、详情页和大促会场KV", "电商视觉设计"},
		{"5年SaaS大客户销售，年签约额1200万，擅长渠道拓展", "SaaS大客户销售"},
		{"8年电商运营经验，负责天猫旗舰店", "电商运营"},
		{"2026年，我们开了第一家店", ""},
		// A chat export's header and a recording's speakers name no job.
		{"微信聊天记录导出 - 与「阿May 游戏HR」\n2026年2月26日 21:07\n\n[语音 58″ 已转文字]\n阿May 游戏HR：诶小吴啊我跟你说一下那个岗位哈", ""},
		{"語音備忘錄 逐字稿（自動轉寫）\n說話者：Vivian（獵才顧問）\n檔名：0305 職缺 口述.m4a", ""},
		{"Call recording transcript\nParticipants: Hollie Prentice (Talent Acquisition Partner), Kieran Mbeki (Candidate)\n\nHollie Prentice: Morning Kieran", ""},
		// A city or district that hires, a referral of one, and an
		// emoji that ends the job.
		{"重庆招女装主播💃 新手可带！有保底\n坐标重庆渝北区", "女装主播"},
		{"渝北区招主播，新手可带", "主播"},
		{"洛阳招模特❗️汉服旅拍店长期招样片模特（男女都要）📸\n📍洛阳老城区", "模特"},
		{"郑州招人‼️ 电商运营专员 2名", "电商运营专员 2名"},
		{"厦门 base，内推一个 运营设计师（视觉方向）🎨\n我们是做茶饮的电商品牌", "运营设计师"},
		{"负责招聘渠道维护，坐标上海。", ""},
		// A resume that lost its line breaks names the job it seeks
		// behind a label inside its one line.
		{"个人简历 ID：374422681 邵 先生 男 35岁 大专 12年工作经验 现居住石家庄 手机：13931168840 求职意向 目标职能：渠道销售经理 / 区域销售经理  目标地点：石家庄 期望薪资：12-18K 工作经历 2019.03-至今 某食品公司 渠道销售经理 负责经销商开发与回款", "渠道销售经理 / 区域销售经理"},
		{"个人简历 邵先生 求职意向：渠道销售经理\n工作经历", "渠道销售经理"}, // a line of its own, which findTitleLine reads
		{"BOSS直聘  在线简历  车思源    26岁 | 4年 | 本科 | 离职-随时到岗 电话：155****8247  个人优势 4年前端开发，主攻C端营销活动：活动H5、小游戏互动页、低代码活动搭建平台。熟悉Vue3、React、TypeScript，做过性能优化和埋点SDK。和运营、设计配合多，能快速出活动页。  期望职位 前端开发工程师    北京    25-35K    互联网  工作经历 北京某内容社区公司    前端开发工程师    2021.08-2024.05", "前端开发工程师"}, // a heading over its value, no colon between them
		// A link to another page over the posting.
		{"美团外卖招聘页 >>\n\n策略运营专家（外卖供给方向）  上海·长宁区\n35-55K·15薪", "策略运营专家（外卖供给方向）"},
		{"查看更多职位 »\nContent Operations Manager\nDublin", "Content Operations Manager"},
		// A recruiter's message names the job in its prose.
		{"Hi Hannah,\nI'm partnering with a global pet food brand on a Consumer & Market Insights Manager role (Amsterdam).\nOpen to a chat?", "Consumer & Market Insights Manager"},
		{"Hi Rachel,\n\nThought this might be interesting: a B2B SaaS company (HR tech, ~600 staff, Amsterdam) needs an Events & Campaigns Manager.\n\n- Own the annual events calendar", "Events & Campaigns Manager"},
		// A recruiter's 招 before the job in 【】, after a long employer
		// or a greeting's clause.
		{"你好，我是猎头Jerry\n某头部快递公司总部招【流程优化经理】，上海青浦\n- 梳理端到端业务流程", "流程优化经理"},
		{"您好，我们是某消费金融公司的客服中心，招【客服质检专员】，长沙", "客服质检专员"},
		{"您好，成都某银行信用卡中心外包呼叫中心招 质检主管\n主要工作：制定质检标准", "质检主管"},
		{"你好 看到你的站酷作品了，很棒！\n某服饰电商招 运营设计师，广州海珠\n- 负责大促活动页", "运营设计师"}, // the place after the job
		{"二、团队\n- 招 1 名视频编导\n- 补 1 名设计", ""},                        // a count of people to hire, not a job's title
		{"Hi，有个总经办的岗位想推荐给你：运营协同经理（某连锁健身品牌，上海）\n有兴趣发个简历？", "运营协同经理"},
		{"某头部快递公司总部今年不招【流程优化经理】了，上海青浦\n- 梳理端到端业务流程", ""},
		// A poster's list of jobs with their headcounts, under its
		// banner and address.
		{"浔阳惠邻生活超市\nHUILIN MART\n\n招   聘\nWE ARE HIRING\n\n九江市浔阳区 甘棠店 / 庐峰店\n\n● 收银员  若干名\n  1、负责门店收银", "收银员"},
		{"鲜果时光\n\n地址：厦门市思明区\n营业时间：9:00-22:00\n\n★ 门店店长 1名\n负责门店日常运营", "门店店长 1名"},
		{"张三的简历\n电话：138\n邮箱：a@b.c\n\n• 负责运营团队8人", ""},
		// A list of jobs under its heading, past a rule.
		{"云栖山居 | 春季招聘\n· 五险一金\n· 包住宿\n—— —— ——\n招聘岗位一览\n01 新媒体运营（小红书/抖音方向）｜昆明总部｜7-10K\n02 出纳｜昆明总部", "新媒体运营（小红书/抖音方向）"},
		{"芯澄科技 | 招聘\n✔ 六险二金\n✔ 免费班车\n招聘岗位\n━━━━━━━━\n岗位一｜工艺工程师（湿法清洗）  3人  15-25K·14薪", "岗位一｜工艺工程师（湿法清洗）"},
		// A message that lost its line breaks: its sender's job and the
		// time it was sent are no title; an article's headline before its
		// byline's date and time is.
		{"Priya Raman · Talent Partner at Loomwise · 10:42 AM Hi Wei, I'm hiring a Community Lead for Loomwise, a no-code workflow tool with ~40k builders across our Discord and forum. You'd own the ambassador program, monthly AMAs and meetups in SF/Austin, moderation guidelines, and community health metrics. Remote US, $125-145k + equity.", "Community Lead"},
		{"脉脉 · 林晟 | 星屿互娱 发行中心HR · 14:36 嗨 子豪，我们在招【海外游戏运营（SLG）】，厦门软件园二期，20-30K·15薪，项目是已上线的三国题材SLG。 工作内容：版本活动排期与上线、礼包/付费点配置、合服节奏、玩家社区舆情跟进，每日看DAU/ARPU/留存出周报。", "海外游戏运营（SLG）"},
		// A recording's speaker is no title, and its note of the title is.
		{"[Voice note transcript – auto-generated – 00:03:12]\n[Speaker 1 – Wanjiru K., Talent Lead, Tembo Lanes Logistics]\n\nokay hi team um recording the brief for the executive assistant role. so the title is Executive Assistant to the Chief Operating Officer, reports directly to him.", "Executive Assistant"},
		// An ATS's key for the posting's title, many fields down.
		{"{\n  \"meta\": {\n    \"source\": \"hcm-requisition-export\",\n    \"record_count\": 1\n  },\n  \"requisitions\": [\n    {\n      \"requisition_id\": \"R-0004417\",\n      \"job_posting_title\": \"Finance Business Partner, Operations\"\n    }\n  ]\n}", "Finance Business Partner, Operations"},
		// A German letter's reference to the posting, in quotes.
		{"Lea Brandtstätter\nKaiserswerther Straße 96\n40477 Düsseldorf\n\nOstholt Gruppe GmbH & Co. KG\nBereich Personal\n\nDüsseldorf, 2. März 2026\n\nIhre Ausschreibung „Referent:in Unternehmensentwicklung (m/w/d)\" – Referenz 2026-UE-03\n\nSehr geehrter Herr Ostholt,", "Referent:in Unternehmensentwicklung"},
		// A form's heading under its employer's, and its label for the
		// job spaced over a column with ideographic spaces.
		{"桂林漓山文化旅游投资集团有限公司\n2025年度员工绩效考核表（主管及专业技术人员适用）\n\n表号：LSWL-HR-KH-02\n\n姓　　名：覃雨桐　　　　　　工　　号：LS20190417\n岗　　位：活动策划主管　　　岗位职级：P6", "活动策划主管"},
		// An employer's 招的是 introduces the job after a slogan.
		{"把货送到每一个县城，这事儿需要你\n豫通达城乡配送有限公司 | 郑州 | 8-12K\n\n这次招的是：运力调度主管（夜班组），带6名调度员。", "运力调度主管"},
		// Where a forwarded resume comes from is no title.
		{"【简历转发】来自招聘平台 · 2026-03-11 14:27\n沟通职位：大客户销售经理（福州）｜ 期望职位：渠道运营\n候选人：林晓婷", "渠道运营"},
		// A notice's sentence between its label and its table of
		// positions, whose cells a full-width bar parts.
		{"一、招聘岗位及人数\n\n本次共招聘8名工作人员，具体岗位如下（详见附件1）：\n\n序号｜岗位名称｜人数｜学历要求\n1｜新媒体运营岗｜2｜本科及以上\n2｜财务会计岗｜1｜本科", "新媒体运营岗"},
		{"序号\t岗位名称\t人数\n1\t新媒体运营岗\t2", "新媒体运营岗"},
		// A Markdown article's byline in italics, its fields parted by
		// ideographic spaces.
		{"远帆互娱 | 2026社招：我们在找能陪玩家打十年仗的人\n\n*远帆招聘组　2026年1月15日 20:05　广东*\n\n---\n\n### ▎01　海外游戏运营（SLG，欧美/中东方向）　3人\n\n**薪资**：20-35K·16薪", "海外游戏运营（SLG，欧美/中东方向）"},
		// A plural title of a classified ad.
		{"CONTENT MODERATORS P/T - Tagalog/English, remote (PH)\nReview flagged posts vs community guidelines.", "CONTENT MODERATORS P/T - Tagalog/English, remote (PH)"},
		// A form's number is no title; its field for the position is.
		{"HARBORLIGHT CX SOLUTIONS INC. - CANDIDATE EVALUATION FORM (PANEL INTERVIEW)\nForm HR-REC-07 rev 2026\n\nPosition applied : Quality Assurance Analyst - Voice (Account: Pacific Shield Insurance)\nReporting to      : QA Supervisor", "Quality Assurance Analyst - Voice"},
		// A group message's jobs in brackets with their headcounts.
		{"长沙 MCN 招人啦！！🎬\n坐标：长沙岳麓区 麓谷\n公司签约达人30+，美食/探店/剧情号为主\n\n【短视频剪辑师】×3 薪资 6-10K（按作品+产出）\n· 根据编导脚本完成短视频剪辑", "短视频剪辑师"},
		{"招人\n地址：杭州\n福利：五险一金\n【新媒体运营】2名\n负责小红书账号", "新媒体运营"},
		// A call's parties and a transcript's speakers by letter are no
		// titles.
		{"【通话转写】 2026/06/08 周一 16:20  时长 08分51秒\n拨出方：鹭岛星垣互娱 招聘 小林  接听方：候选人 陈先生\n\n小林：喂陈先生你好", ""},
		{"語音轉文字紀錄 2026/07/14（二）15:33  通話長度 09:12\nA：104獵才顧問 王雅婷   B：應徵者 林先生\n\nA：喂林先生您好", ""},
		// A team's backfill and a job board's recommendation name the job.
		{"Marco Reyes [T&S Ops]  4:05 PM\nwe're backfilling a Content Moderation Team Lead in Manila (night shift, 14 reviewers). owns QA calibration, policy escalations", "Content Moderation Team Lead"},
		{"【猎聘】为您推荐：带货主播（美妆/个护）\n鹿鸣电商 · 杭州-余杭 · 12-20k+提成", "带货主播（美妆/个护）"},
		// A group chat's name and a roster of speakers in brackets are no
		// titles.
		{"飞书｜麦穗里烘焙·湘中区域 招聘内推群\n周建军（湘中区域经理） 2026年3月5日 21:47\n[语音 2分38秒] 转文字：\n各位 那个 跟大家同步一下", ""},
		{"通话转写 2026-06-02 星期二 14:41\n[Kelly 猎头顾问] [候选人 孙]\nKelly：孙先生您好", ""},
		// A private chat's two people and its record's name are chrome.
		{"何婧（恒岳人才·猎头顾问） 与 宋一鸣\n2026-03-02 10:11 何婧：宋先生好", ""},
		{"与\"王姐-豫能快充HR\"的聊天记录\n王姐：你好", ""},
		{"杨晓雯（滇家帮·招聘） ↔ 普建华\n杨晓雯：普先生您好", ""},
		{"海口招聘求职交流群③（禁广告 违者踢）\n导出时间：2026-03-02", ""},
		// An export whose senders and times stand over their messages:
		// the message that hires is the title, however many came first.
		{"保定招聘求职①群（每天更新）\n聊天记录 2026年11月16日\n\n🌟群主-保定人才小郭 08:30\n@所有人 早上好，发岗位请按格式：公司/岗位/薪资/地址\n\n小王求职中 08:45\n求职：行政/文员 竞秀区 期望4000\n\n刘畅｜启明少儿编程 09:20\n【急聘】用户增长顾问 8名 ⭐⭐⭐\n负责直播间排品和千川投放，盯ROI。", "用户增长顾问 8名 ⭐⭐⭐"},
		{"南康家具人才招聘①群(487)\n导出时间：2026-03-12 21:40\n\n2026-03-12 09:14 刘总-木韵家居：\n【招聘】直播运营1名 场控1名 南康家具城旁边\n负责直播间排品和千川投放，盯ROI。", "直播运营1名 场控1名 南康家具城旁边"},
		// A chat export's message that is a title, however far down.
		{"[08/01/26, 07:52] Wanjiru K: Morning team, happy new year again\n[08/01/26, 07:58] Otieno Logistics: 🙏🏾\n[08/01/26, 09:14] Brian Mwangi (Pikipiki Express): Hi all, we are hiring. Please share\n[08/01/26, 09:14] Brian Mwangi (Pikipiki Express): *DISPATCH TEAM LEAD – Pikipiki Express, Nairobi (Industrial Area hub)*\nWe do same-day deliveries.", "DISPATCH TEAM LEAD"},
		{"08/01/2026, 09:14 - Brian: Community Manager (Remote)\n08/01/2026, 09:15 - Brian: DM me", "Community Manager (Remote)"},
		// A recruiter's note on how to post the job.
		{"[Voice memo transcript]\n\nokay so this is the new req from the city, the title on their side is operations technician one so we can post it as operations technician water reclamation.\n\nrequirements, they need a state wastewater operator certificate grade one minimum.", "operations technician water reclamation"},
		// A resume's note that its writer graduates this year is no job.
		{"周子墨\n26年应届生 | 22岁 | 本科 | 离校-随时到岗\n\n期望职位\n软件测试  大连  7-10K", "软件测试"},
		// A team that lacks one names the job it hires.
		{"【内推】我们运营部缺一个市场调研专员，主要做问卷设计和门店拦访", "市场调研专员"},
		// Taiwan's 徵 says "hiring" as 招 does; not in 徵文 or 徵信.
		{"【徵】美妝直播主播（兼職/正職皆可）台中西屯 時薪350起+業績抽成，需露臉、口條好，無經驗可教", "美妝直播主播"},
		{"急徵 社群小編，台北大安\n可私訊", "社群小編"},
		{"徵才：行銷企劃專員 2名，台中", "行銷企劃專員 2名"},
		{"徵文比賽：我的營運故事，即日起收件。", ""},
		{"【社群运营经理】\n正文", "社群运营经理"},
		{"急招！电商客服专员 包住 月入6000+\n\n某食品有限公司 · 宁波", "电商客服专员 包住 月入6000+"},
		{"【新消费观察】招聘：电商/零售行业记者（2名）\n\n工作地点：上海", "电商/零售行业记者"},
		{"产品经理 Product Manager | B端SaaS | 和运营一起推动功能上线\n正文", "产品经理 Product Manager"},
		{"Growth Lead | Fintech | Berlin\nbody", "Growth Lead"},
		{"本人为带货主播，两年抖音直播经验。", "带货主播"},
		{"應徵職務：客戶經營專員｜希望地點：新竹\n正文", "客戶經營專員"},
		{"【急招】天猫店铺运营1名，坐标广州\n有意向的私聊我或发简历到 hr@example.com", "天猫店铺运营1名"},
		{"负责招聘专员的培训，坐标上海。", ""},
		{"About us\nAs a team, we value kindness.\nWe ship every week.", ""},
		{"<p>Our marketing team runs 45 campaigns a year, and we need a <b>Marketing Operations Specialist</b> to run them.</p>", "Marketing Operations Specialist"},
		// A page's h1, under menus that fill its first lines.
		{"<html><body><div class=menu><a>Shop</a><br><a>Sales Manager Login</a><br><a>Jobs</a><br><a>Karriere</a></div>\n<h1>Community&nbsp;Manager (m/w/d)</h1><p>Body</p></body></html>", "Community&nbsp;Manager (m/w/d)"},
		// Without an h1: an element styled as the title, then the line
		// that the title element names, whichever looks like a title.
		{"<div class=\"menu\"><div>首页</div><div>社会招聘</div></div><div class=\"left\"><div>运营（31）：用户运营 / 内容运营</div></div><div class=\"job-name\">高级运维工程师（SRE）</div><p>负责稳定性保障</p>", "高级运维工程师（SRE）"},
		{"<html><head><title>HRBP（运营中心） - 某某优选招聘官网</title></head><body><div>某某优选</div><ul><li>首页</li><li>社会招聘</li><li>校园招聘</li><li>我的投递</li></ul><div>首页 &gt; 社会招聘 &gt; HRBP（运营中心）</div><div class=\"t\">HRBP（运营中心）</div><p>负责运营中心的招聘</p></body></html>", "HRBP（运营中心）"},
		{"<html><head><title>Acme Careers - Store Operations Manager</title></head><body><div>Acme Careers</div><ul><li>Jobs</li><li>Teams</li><li>Locations</li><li>Sales Manager Login</li></ul><div>Store Operations Manager</div><p>Body</p></body></html>", "Store Operations Manager"},
		// Two titles set apart by a slash, in a line too long for one.
		{"Assistant Marketing Manager / Senior Marketing Officer (Promotions & Events) 推廣及活動\nHarbourview Properties\nResponsibilities", "Assistant Marketing Manager"},
		// 招商 recruits merchants: the 招 of a word, not of hiring.
		{"招商专员（购物中心/社区商业）\u3000提成高\u3000不限经验\n5000-25000元", "招商专员（购物中心/社区商业）"},
		// A WeChat article's byline, a date and a time after the account.
		{"星曜汽车招聘 2024年05月09日 18:00 广东\n车主社区运营\n岗位职责", "车主社区运营"},
		// Where a job sits is no job.
		{"Summit Ridge Builders\n\nDepartment: Operations\nEmployment Type: Full-Time", ""},
		// A requisition's code before a bar, though its letters read as a level.
		{"JR-2291 | Retention Director, Lifecycle & CRM | London | Band L7\nReq status: OPEN", "Retention Director, Lifecycle & CRM"},
		// A table's header names the column of positions; the row below
		// holds the job, in an HTML table, in Markdown or exported with tabs.
		{"<table><tr><td>附件1</td></tr><tr><td>序号</td><td>招聘部门</td><td>岗位名称</td><td>招聘人数</td></tr><tr><td>1</td><td>营运管理部</td><td>商业运营主管</td><td>1</td></tr></table>", "商业运营主管"},
		{"# 岗位表\n\n| 序号 | 岗位名称 | 人数 |\n|---|---|---|\n| 1 | 新媒体运营 | 2 |", "新媒体运营"},
		{"No.\tJob title\tHeadcount\n1\tCommunity Manager\t1", "Community Manager"},
	}
	// A posting whose line breaks were lost is one long line.
	zhBody := strings.Repeat("负责客户拜访和签约，完成季度销售目标。", 10)
	enBody := strings.Repeat("Own the annual operating plan and the monthly forecast. ", 6)
	tests = append(tests, []struct{ text, want string }{
		{"销售经理（SaaS） 云启协同软件 | 北京·朝阳区 | 20-35K·14薪 | 3-5年 | 本科 岗位职责：" + zhBody, "销售经理（SaaS）"},
		{"项目经理（土建） 岗位职责：" + zhBody, "项目经理（土建）"},
		{"Senior Financial Analyst, FP&A Cascade Outdoor · Portland, OR What you'll do " + enBody, "Senior Financial Analyst"},
		{"王磊 | 运维开发工程师（SRE） | 6年 | 杭州 工作经历 2021.07-至今 " + zhBody, "运维开发工程师（SRE）"},
		{"We are a growing company. " + enBody, ""},
		{"某某科技有限公司 | 专注于用户增长与品牌营销的数字化服务商 | " + zhBody + "\n用户运营经理\n岗位职责：负责用户分层", "用户运营经理"},
		{"个人简历 姓名：何雨桐        性别：女 电话：186xxxx3307 求职意向：内容运营 / 新媒体运营    期望城市：上海 " + zhBody, "内容运营 / 新媒体运营"},
		{"Senior Community Manager Tessellate (open-source developer tools) · Remote " + enBody, "Senior Community Manager Tessellate"},
		{"会员运营经理（酒店集团） 工作内容 - 负责集团会员体系的运营" + zhBody, "会员运营经理"},
		{"Priya Raman Project Operations Coordinator priya.raman@example.com | Toronto " + enBody, "Priya Raman Project Operations Coordinator"},
		{"Jane Doe\nBerlin\njane@example.com\n\nExperience\nCommunity Manager (Remote), Acme (2021–2024)\n- Grew the forum", "Community Manager (Remote)"},
		{"Sales Operations Analyst, APAC 销售运营分析师 | 25-35K·13薪 | 上海 About the role " + enBody, "Sales Operations Analyst, APAC 销售运营分析师"},
		{"物流營運主任 Operations Executive (Logistics) 工作內容：" + zhBody, "物流營運主任 Operations Executive (Logistics)"},
		{"Sales Operations Analyst | Acme Medical 医疗器械 | 上海 " + enBody, "Sales Operations Analyst"},
		{"杨丽娟 更新时间：2024-03-02 公 司：\t合肥某电子商务有限公司 职 位：\t客服组长  专 业：\t市场营销 " + zhBody, "客服组长"},
		// A resume's head of fields, the job sought far into the line.
		{"简历 Resume  姓名：蒋 伟 (Wei Jiang)       性别：男        年龄：36 学历：本科（生物医学工程）      工作年限：13年 电话：133-xxxx-9026           Email：wei.jiang@example.com 现居：成都市高新区  求职意向：KA 大客户经理 / 区域销售经理 (Regional Sales Manager) - 医疗器械 期望薪资：年薪 40-50万 " + zhBody, "KA 大客户经理 / 区域销售经理 (Regional Sales Manager)"},
		{"前程无忧 51job  简历编号：50218834 邓 欣 怡 女 | 25岁 | 本科 | 3年工作经验 求职意向 期望从事职业：客服专员 / 客服质检 期望工作地区：长沙 " + zhBody, "客服专员 / 客服质检"},
		// An initial in a name is no end of a sentence.
		{"BRANDON K. HOLLOWAY Boston, MA · 617-555-0175 · b.holloway@example.com  ENTERPRISE ACCOUNT EXECUTIVE — B2B SaaS Quota-carrying AE. " + enBody, "ENTERPRISE ACCOUNT EXECUTIVE"},
		// A banner in brackets before the title.
		{"【2026届校招】财务管理培训生（Finance MT） 工作地点：上海 " + zhBody, "【2026届校招】财务管理培训生（Finance MT）"},
		// A group message that starts with the employer that hires.
		{"📣电商公司招美工/视觉设计1名｜坐标义乌 主要做淘宝天猫店铺主图、详情页，配合运营出大促页面。" + zhBody, "美工/视觉设计1名"},
		// Not when the two name a department.
		{"【客服中心招聘】某银行信用卡客服运营中心（外包岗）招呼入电话客服50名，" + zhBody, "客服中心招聘"},
		// A job board's page copied whole: its menus, trail of links and
		// search box stand above the title.
		{"智联招聘\n首页 | 找工作 | 校园招聘 | 企业登录 | 求职者登录/注册\n\n您当前位置：智联招聘 > 成都招聘 > 客服专员\n\n客服专员（在线+电话）\n4500-6500元\n" + zhBody, "客服专员（在线+电话）"},
		{"Indeed\nFind jobs   Company reviews   Find salaries   Sign in\nWhat: warehouse operations      Where: Columbus, OH\nWarehouse Associate - Fulfillment Operations (2nd Shift)\nBrightcart Logistics\n" + enBody, "Warehouse Associate - Fulfillment Operations (2nd Shift)"},
		{"jobsDB\nJob Search  Profile  Career Advice   Sign in | Employers site\n< Back to search results\nCustomer Service Officer (Hotline)\n" + enBody, "Customer Service Officer (Hotline)"},
		// A job board's page on one line: the last link of its trail, up to
		// where the page's heading repeats it.
		{"智联招聘 首页 | 找工作 | 校园招聘 | 企业登录 | 求职者登录/注册  您当前位置：智联招聘 > 成都招聘 > 成都客服专员招聘 > 客服专员（在线+电话）  客服专员（在线+电话） 4500-6500元 " + zhBody, "客服专员（在线+电话）"},
		{"1111人力銀行 首頁 找工作 找公司 找實習 | 會員登入 > 找工作 > 桃園 > 倉儲 > 倉儲管理員（物流營運中心） 倉儲管理員（物流營運中心） 物流有限公司 " + zhBody, "倉儲管理員（物流營運中心）"},
		// A rule of ═══ or a row of stars is no line of the top three.
		{"吉驰汽车 · 佛山禅城4S店\n═══════════\n高 薪 诚 聘\n\n★ 销售顾问  8名   底薪3500 + 提成\n" + zhBody, "销售顾问"}, // the star before it shouts
		// A JSON record's key names the job, many fields down.
		{"{\n" + strings.Repeat(" \"x\": 1,\n", 20) + " \"currentTitle\": \"People Operations Manager\",\n \"summary\": \"" + enBody + "\"\n}", "People Operations Manager"},
		{"{\n \"positionName\": \"用户运营（会员方向）\",\n \"jobDescription\": \"" + zhBody + "\"\n}", "用户运营（会员方向）"},
		// A tag in brackets or a banner before a bar is no part of it, but
		// a level in brackets is.
		{"[HIRING - Freelance / Part-time] Affiliate Coordinator | KL / Remote\n" + enBody, "Affiliate Coordinator"},
		// A first line that says what the employer does names no job,
		// though it names a profession; the posting's prose names it.
		{"Ledgerloop builds accounts payable automation for multi-entity finance teams. More than 3,000 controllers and CFOs across North America use Ledgerloop to capture invoices, route approvals and pay vendors in 40+ currencies.\n\nAbout the Role\n\nWe're hiring a Revenue Operations Analyst to join our RevOps team.\n" + enBody, "Revenue Operations Analyst"},
		{"📣 [HIRING] Part-Time / Full-Time F&B Service Crew @ Tanjong Pagar ☕🥐\n" + enBody, "Part-Time / Full-Time F&B Service Crew @ Tanjong Pagar ☕🥐"}, // emoji before the tag
		{"🔥🔥 [急招] 抖音运营\n" + enBody, "抖音运营"},
		{"【招兼职】小红书账号运营 🍞 福州本地优先，可远程\n我们是一家小烘焙工作室，小红书号现在1.2k粉。\n" + enBody, "小红书账号运营"}, // an emoji parts the fields
		{"【成都】社群运营\n" + zhBody, "社群运营"},
		{"内推｜后端开发工程师（运营平台方向）\n" + zhBody, "后端开发工程师（运营平台方向）"},
		{"(Senior) Community Manager\n" + enBody, "(Senior) Community Manager"},
		// The job that an employer hires in a title line.
		{"【兼职】短视频运营工作室招配音 🎙️按条结算\n" + zhBody, "配音"},
		{"【成都】找一位兼职活动策划/执行的朋友，负责我们每月的周末市集\n" + zhBody, "兼职活动策划/执行的朋友"},
		// Not a line that only mentions a menu's word, nor a long one.
		{"Design Intern\n" + enBody, "Design Intern"},
		// The job a candidate seeks over the job the resume was sent for.
		{"来自某招聘网站的候选人 — 沟通职位：客户成功经理\n吴某 | 29岁 | 本科\n期望职位：大客户销售 / 客户经理    上海    20-35K\n" + zhBody, "大客户销售 / 客户经理"},
		{"牛人：杨某 · 应聘岗位：活动运营\n期望：行政专员  上海\n" + zhBody, "行政专员"},
		{"Position applied for: Operations Manager\nTarget: SRE / Platform Engineering Lead | Remote\n" + enBody, "SRE / Platform Engineering Lead"},
		{"沟通职位：社群运营\n李某 | 26岁\n期望城市：杭州\n" + zhBody, "社群运营"},
		{"求职意向：社群运营\n期望职位：用户运营\n" + zhBody, "社群运营"},
		// An e-mail's subject names the job, its sender the recruiter's.
		{"LinkedIn · InMail\n\nFrom: Rachel Tan · Talent Partner at Lumio\nTo: Chen Jiahao\nSubject: Head of Growth @ Lumio (Series B, Shenzhen / remote-friendly) – quick chat?\n" + enBody, "Head of Growth @ Lumio (Series B, Shenzhen / remote-friendly)"},
		// A labelled job below wins over a top line without a label.
		{"星芒传媒招人啦～行政专员／前台，广州番禺，双休！\n星芒传媒 2024-07-29 10:00 广东\n\n关于星芒\n\n星芒传媒是一家 MCN 机构。\n旗下签约达人 140 余位。\n\n💼 招聘岗位：行政专员（兼前台）\n" + zhBody, "行政专员（兼前台）"},
		{"数港信息丨2024 年招聘：云平台运维工程师、网络安全工程师（天津）\n数港信息 2024-05-15 15:30 天津\n\n公司简介写在这里。\n\n还有一段。\n\n═══ 招聘岗位 ═══\n\n一、云平台运维工程师（4 名）\n工作地点：天津\n" + zhBody, "云平台运维工程师（4 名）"},
		{"【招聘岗位】\n1. 用户运营专员\n" + zhBody, "用户运营专员"},
		{"店铺运营（视觉设计） 5000-8000元\n" + zhBody, "店铺运营（视觉设计）"},
		{"运营专员 8-12K·13薪\n" + zhBody, "运营专员"},
		{"数港信息丨2024 年招聘：云平台运维工程师、网络安全工程师（天津）\n数港信息 2024-05-15 15:30 天津\n\n我们是一家公司。", "云平台运维工程师"},
		{"拾光新媒体招聘 | 平面设计师、新媒体运营 速来！\n\n我们是一家公司。", "平面设计师"},
		{"禾屿全科诊所（珠海香洲店）招聘 —— 诊所运营经理\n薪资：12-18K/月\n" + zhBody, "诊所运营经理"},
		{"2024年社会招聘——项目成本专员（土建造价方向）\n" + zhBody, "项目成本专员（土建造价方向）"}, // the rest of the line, with its bracket
		{"Kanokwan S. • Talent Acquisition at Siam Pantry\n2d • 🌐\n\nWe're hiring! 📣 Social Media Executive – Bangkok (Khlong Toei), full time, ฿30–45K\n\n" + enBody, "Social Media Executive"},
		{"急招！运营专员\n" + zhBody, "运营专员"},
		{"运营管理部—清算交收岗（上海）\n" + zhBody, "清算交收岗（上海）"},
		{"仓储运营中心 仓管员/拣货员\n" + zhBody, "仓管员/拣货员"},
		{"用户运营部 运营专员\n" + zhBody, "用户运营部 运营专员"},
		{"客服中心 品质与流程改善专员（非接线人员）\n" + zhBody, "品质与流程改善专员（非接线人员）"}, // a department of another profession before the job
		{"某产业园运营管理有限公司2025年社会招聘公告\n\n公司系某集团全资子公司。\n\n一、招聘岗位及人数\n园区运营专员（企业服务方向） 2名\n\n二、岗位职责\n" + zhBody, "园区运营专员（企业服务方向）"}, // a notice's numbered section over its job
		{"某集团招聘公告\n某集团是国有独资公司。\n一、招聘岗位\n\n序号 | 部门 | 岗位 | 人数\n1 | 运营管理部 | 经营考核岗 | 1\n" + zhBody, "经营考核岗"},                   // a post's name under a table's 岗位
		{"12分钟前 · 来自 求职招聘互助\n我司招用户运营，私我\n" + zhBody, "用户运营"},                                                               // the post's age is no title; 我司 hires
		{"# 【岗位JD】证券APP增长运营（高级）— 财富科技中心\n\n> 文档维护：财富科技中心 HRBP ｜ 最近更新：2025-02-27\n\n" + zhBody, "【岗位JD】证券APP增长运营（高级）"},      // the department after the brackets names no job
		{"云海互娱｜2024社招：游戏UI设计师、角色原画（广州·天河）\n\n我们是一家公司。", "游戏UI设计师"},
		{"# 陆子骞\n\n**男 · 22岁 · 本科 2025届**\n📱 138-xxxx-0476 · 上海\n**求职意向：Java 后端开发工程师**（上海 / 杭州）\n\n" + zhBody, "Java 后端开发工程师"},
		{"**郑婉婷**\n女 · 29岁 · 深圳\n☎ 137-xxxx-6650\n\n**求职意向：** 本地生活KA经理 / 大客户销售经理 ｜ 深圳\n\n" + zhBody, "本地生活KA经理 / 大客户销售经理"},
		{"a\nb\nc\nd\n- **职位**：社群运营\n" + zhBody, "社群运营"},
		{"原创　数帆云招聘　2024-03-27 21:00　北京\n\n> 点击上方蓝字关注我们\n\n数帆云是一家 SaaS 公司。\n\n我们的客户遍布全国。\n\n## ▌岗位：大客户销售经理（KA Sales）\n" + zhBody, "大客户销售经理（KA Sales）"},
		{"【微信聊天记录】\nCindy 陈｜锐桥咨询\n\n您好，冒昧打扰~\n\n📌 职位：用户增长负责人（总监级）\n📌 base：上海\n" + zhBody, "用户增长负责人（总监级）"},
		{"HEADCOUNT REQUEST FORM  v3 (submit to #people-ops)\n------\nReq ID:    MKT-24-007\nRole title:    Marketing Operations Manager\nTeam:    Marketing\n" + enBody, "Marketing Operations Manager"},
		{"用户运营经理\n岗位职责：负责用户分层运营\n" + zhBody, "用户运营经理"},
		// A field that the first line's limit cuts is no title; a
		// separator after two spaces parts fields.
		{"Daniel Kovacs  Budapest, Hungary · daniel@example.com · +36 30 418 2217 · linkedin.com/in/dkovacs  April 22, 2024  Hiring Team  ---  Dear Hiring Team,  I'm applying for the Product Operations Manager role. I should say", "Product Operations Manager"},
		{"Ethan Liang (梁逸飞)  · 1st Senior Product Manager · AI companion & social apps | Growth-minded PM | ex-Tencent Shenzhen, Guangdong, China  Contact info 500+ connections  Message  More  About Product manager with 9 years building consumer apps. I own the product.", "1st Senior Product Manager"},
		// A notice of hiring names its job after 招聘, or before it; a
		// notice's author, and its numbered sections, are no title.
		{"东屿理工大学技术转移中心招聘校企合作专员（非事业编制）公告\n\n作者：人事处　来源：技术转移中心\n\n" + zhBody, "校企合作专员（非事业编制）"},
		{"某融媒体中心招聘新媒体运营3名公告\n" + zhBody, "新媒体运营"},
		{"金陵湾公共交通集团有限公司\n关于招聘运营调度员的公告\n" + zhBody, "运营调度员"},
		{"景澜银行股份有限公司2025年运营管理条线综合柜员招聘公告\n" + zhBody, "运营管理条线综合柜员"},
		{"清溪农商银行2026年运营管理部综合柜员社会招聘公告\n" + zhBody, "运营管理部综合柜员"},                                                                          // the kind of recruitment before 招聘
		{"员工试用期转正考核表\n表单编号：ZY-HR-F012（2024版）    填表日期：2026年3月9日\n\n公司：中原驿达供应链\n部门：运营管理部    岗位：运营流程优化专员    职级：P5\n" + zhBody, "运营流程优化专员"}, // a form's number, then the department before the post on one line
		{"用人需求訪談紀錄\n需求單號：HR-REQ-2026-007\n機密等級：限人資處\n公司：鴻鈞精機股份有限公司\n職缺名稱：業務總監（國內市場）\n" + zhBody, "業務總監（國內市場）"},                          // Taiwan's label for the vacancy, past the lines at the top
		{"洛滨机场集团有限公司2025年公开招聘工作人员公告（第三批）\n\n　　洛滨机场集团有限公司是省属国有企业，负责机场的运营管理。根据工作需要，现面向社会公开招聘工作人员。\n\n　　一、招聘岗位及人数\n", ""},
		// A Chinese dash parts the fields of a line.
		{"安和银行运营中心（合肥）——集中作业岗（劳务派遣）  招聘人数：30人 薪资：4000-5500元/月（计件绩效另计）  【岗位介绍】 运营中心是全行柜面业务的后台集中处理中心，各分支行网点扫描上传的业务影像在此集中录入、审核与授权。本岗位为后台作业岗位，不对客。", "集中作业岗（劳务派遣）"},
		// A job site's card sets 招聘 between spaces; a notice's sentence
		// that ends in 诚聘： lists the jobs below it.
		{"茶山里·鲜果茶  招聘 门店店长\n7000-9000元/月\n" + zhBody, "门店店长"},
		{"[照片转文字]\n招  聘\n本店因发展需要，诚聘：\n店长 1名   美容师 3名\n" + zhBody, "店长 1名"},
		{"某某公司简介\n现招聘以下岗位：\n1. 用户运营专员\n2. 会计\n" + zhBody, "用户运营专员"},
		// A resume's line of details parted by dots; a careers site's
		// banner and its trail of categories over the title.
		{"MUHAMMAD IRFAN\nSenior Sales Executive (SME & Enterprise) · Johor Bahru, Johor · 013-778 2154 · irfan@example.com\nCAREER OBJECTIVE\n" + enBody, "Senior Sales Executive (SME & Enterprise)"},
		{"[Quorum HR](#) · [Product](#) · [Pricing](#) · [Careers](#)\n\nCareers › Product › Paris\n\n# Product Operations Manager\n\n" + enBody, "Product Operations Manager"},
		{"米禾到家 · 招聘官网\n社会招聘 / 运营\n\n运营支持专员（运营管理中心）\n职位编号：MH-OPS-25-118\n" + zhBody, "运营支持专员（运营管理中心）"},
		// A line of contact details is no title, whatever its handles say;
		// a level alone before a dash is followed by its function.
		{"郑凯文\n男 · 30岁 · 7年经验 · 本科\n手机 138****5533 | 微信 zkw_ops\n\n个人优势\n7年运维经验。\n\n期望职位\n运维开发工程师 / SRE  深圳  30-40K\n" + zhBody, "运维开发工程师 / SRE"},
		{"Rohit Deshpande\n\nExperience\nTarangini Foods Ltd\nManager - FP&A (Business Finance, Operations)\nMay 2022 - Present\n" + enBody, "Manager - FP&A (Business Finance, Operations)"},
		// And after a comma, where a posting lost its line breaks.
		{"Manager, Operations Strategy & Planning  Prairie Lane Foods  Calgary, AB (Hybrid) Req #: 2026-1187 | Full time. " + enBody, "Manager, Operations Strategy & Planning"},
		{"Experience\nWayvo Technologies — Austin, TX\nSenior Manager, Driver Integrity & Safety Operations          Mar 2021 – Present\n" + enBody, "Senior Manager, Driver Integrity & Safety Operations"},
		{"Marketing Campaigns & Events Operations Specialist Loughrea Clinical Software Ltd – Galway, County Galway, Ireland Hybrid · Full-time · €48,000 – €56,000 + bonus  About the job  Loughrea Clinical Software builds scheduling software. " + enBody, "Marketing Campaigns & Events Operations Specialist"},
		{"Operations Supervisor - 2nd Shift (Fulfillment Center) Sierra Basin Logistics - Reno, NV 89502 $27.50 - $31.00 an hour - Full-time  Job details " + enBody, "Operations Supervisor - 2nd Shift (Fulfillment Center)"},
		{"Product | Product Operations Manager, Mobile Banking\n" + enBody, "Product Operations Manager, Mobile Banking"},
		{"# Product - Product Operations Manager, Payments\n" + enBody, "Product Operations Manager, Payments"},
		{"<html><body><h1>Product | Product Operations Manager</h1><p>Own feature launches.</p></body></html>", "Product Operations Manager"},
		{"Marketplace Ops: Seller Partnerships Associate\n" + enBody, "Seller Partnerships Associate"},
		{"Office of the COO - Executive Assistant Harbourline Insurance Dublin 2, Ireland (Hybrid) Permanent, full-time " + enBody, "Executive Assistant Harbourline Insurance Dublin 2"},
		{"Handel Deutschland > Filialorganisation > Region Süd > Regionalleitung (14 Filialen, Sitz Augsburg)\nVerantwortung: Umsatz, Personal und Standards der Filialen", "Regionalleitung (14 Filialen, Sitz Augsburg)"}, // an HR system's path to the job
		{"Werkstudent (m/w/d) Content Creator / Video Editor – 20h/Woche Almendra Sports GmbH – München – Teilzeit – ab Januar 2027 Almendra makes running wear. " + enBody, "Werkstudent (m/w/d) Content Creator / Video Editor"},
		{"**Customer Operation Specialist – Portuguese (Chat & Email Support)**\n" + enBody, "Customer Operation Specialist – Portuguese"},                                    // a long title keeps the language an agent answers in
		{"COMMUNITY HEALTH OUTREACH WORKER (CHW) – Bilingual Spanish preferred\n" + enBody, "COMMUNITY HEALTH OUTREACH WORKER (CHW)"},                                         // unless the title is too long with it
		{"Referent (m/w/d) Unternehmensentwicklung und Strategie  Die Kreissparkasse sucht Verstärkung. " + enBody, "Referent (m/w/d) Unternehmensentwicklung und Strategie"}, // a lone head noun before the note
		{"Operations Supervisor (m/w/d) Frühschicht – Fulfillment Center Paketwerk Logistics GmbH | Erfurt " + enBody, "Operations Supervisor (m/w/d) Frühschicht"},           // the shift after the note
		{"# Senior Analyst, Trust & Safety (Marketplace Risk)  **Company:** Kestrel Rentals Pvt Ltd (a rental marketplace for furniture and appliances) **Location:** Pune, Maharashtra (Hybrid) **Experience:** 3–6 years. " + enBody, "Senior Analyst, Trust & Safety (Marketplace Risk)"},
		// A CV written in English under its German heading.
		{"Nils Harms\n\n### Berufserfahrung\n\n**seit 01/2022 — Senior Account Executive (New Business), Mittelstand DACH**\n*Lagerwerk Software GmbH, Hamburg*\n" + enBody, "Senior Account Executive (New Business)"},
		// An acronym in brackets within the title, on one long line.
		{"Workforce Management (WFM) Analyst - Contact Centre 客戶服務中心人手規劃分析員 HKNet Mobile Limited 港訊流動通訊有限公司 Location: 荃灣 Tsuen Wan | Full Time | 5 days work  Job Highlights * 5 days work, Mon - Fri (office hour) * Double pay + discretionary bonus * Work with 350+ agents", "Workforce Management (WFM) Analyst"},
		// An OCR tool's header over the text it read is no title, on its
		// line or run together with the rest.
		{"===== 图片文字识别结果（招聘海报.jpg）=====\n识别引擎：通用OCR  |  共识别 41 行\n\n【急 聘】 内容审核专员 (短视频方向)\n\n工作地点：武汉\n" + zhBody, "内容审核专员 (短视频方向)"},
		{"===== 图片文字识别结果（招聘海报.jpg）===== 识别引擎：通用OCR  |  共识别 41 行 【急 聘】 内容审核专员 (短视频方向) 工作地点：武汉市洪山区光谷软件园 F3栋 薪资待遇：5.5K-8K + 夜班补贴 + 绩效奖金 招聘人数：30人 学历：大专及以上 经验：不限，有审核经验优先 岗位职责： 1、依据平台社区规范，对用户上传的短视频、评论、弹幕进行审核；", ""},
		{"--- OCR output: scan_0412.tif (page 1/1) ---\n\nNOW HIRING\nOperations Manager - Night Shift\n" + enBody, "Operations Manager - Night Shift"},
		// Nor is a speech recognizer's header.
		{"SPEECH-TO-TEXT TRANSCRIPT — Recruiter phone screen\nRole: Workforce Planning Manager — Customer Contact (Req CC-0912)\nRecruiter: Femi Adeyemi (Halden Talent)\n\nFEMI: Hi Sarah, is now still good?", "Workforce Planning Manager — Customer Contact (Req CC-0912)"},
		// Nor are a phone screen's caller and candidate.
		{"TRANSCRIPT (speech-to-text, unedited)\nCaller: Beth Ramsden, Talent Acquisition, Calder Mutual Insurance\nCandidate: Seun Adebayo\n\nBETH: okay, so this one is about the planning analyst role.", ""},
		// A voice message's sender is no title.
		{"【语音转文字】\n发送人：周敏-猎头（启程咨询）\n时长：2'51\"\n\n喂李姐，那个健身app要招一个社区运营主管。", ""},
		// A reply's subject on a thread that lost its line breaks.
		{"发件人：蔡静怡 <cai@example.com> 发送时间：2024年3月26日 17:48 收件人：郑凯 <zheng@example.com> 主题：回复: 回复: 【招聘需求】HR运营专员（HRSSC）- 深圳 郑经理： 好的，明白了。那我这边调整如下： 1. 职位名称改为“HR运营专员（员工服务）”，不再挂在“运营管理”职位族下面，改挂“人力资源-共享服务”；", "HR运营专员（HRSSC）"},
		// A social post's call under the group's and the author's lines.
		{"Austin Restaurant & Bar Jobs\nPrivate group · 48.2K members\n\nMarisol Vega · 3h ·\n\nHIRING: Community Manager – Bluebonnet Games (Remote)\n\nWe run a busy Discord and need someone to own it.", "Community Manager – Bluebonnet Games (Remote)"},
		// A label with its translation, below a resume's details.
		{"个人简历 RESUME\n\n姓名 Name：许嘉乐 Xu Jiale          性别：男          年龄：26\n电话：138xxxx3106        邮箱：jiale@example.com\nDiscord: jiale_x\n\n求职意向 Target Position：海外社群运营 Community Operations Specialist\n期望城市：深圳\n\n工作经历\n职位：跨境电商客服（英语）\n", "海外社群运营 Community Operations Specialist"},
		// A JSON record whose description holds HTML keeps its fields on
		// their lines.
		{"{\n  \"jobPostingInfo\": {\n    \"id\": \"JR-0048817\",\n    \"title\": \"Key Account Manager - Modern Trade\",\n    \"location\": \"Shanghai, China\",\n    \"jobDescription\": \"<p><b>Key responsibilities</b></p><ul><li>Own the annual sales target</li></ul>\"\n  }\n}", "Key Account Manager - Modern Trade"},
		// A CSV export's header over its record.
		{"职位编号,职位名称,职位类型,部门,工作城市,职位描述\nJ2024-0533,用户运营专员（会员方向）,运营,用户增长中心,杭州,\"1. 负责会员分层运营，提升复购；\n2. 策划会员日活动。\"\n", "用户运营专员（会员方向）"},
		{"id,title,city\n7,\"Growth Lead, EMEA\",Berlin\n", "Growth Lead, EMEA"},
		// A form's company and hiring manager name no job.
		{"# Interview Scorecard\n\n**Company:** Parcelwise Inc. (People Team → Talent Acquisition)\n**Hiring manager:** Dana Whitfield, Director of Talent Acquisition\n**Position:** Senior Recruiter, Operations Hiring\n", "Senior Recruiter, Operations Hiring"},
		// An employer that hires a number of a job right after its 招.
		{"职言 · 招聘\n\n杭州 | 茶叶品牌自播间招带货主播 2 名，底薪+提成，欢迎推荐\n\n发帖人：某茶叶品牌 直播负责人 · 已认证\n\n我们是杭州本地的茶叶品牌。", "带货主播 2 名"},
		// A career changer's summary names the job sought above the old
		// trade's latest job.
		{"Priya Chauhan\nLeeds  •  priya@example.com\n\nPERSONAL STATEMENT\nAfter eight years in retail management I am now moving into in-house recruitment and am looking for a Recruitment Coordinator role.\n\nEXPERIENCE\nStore Manager – Northgate Retail, Leeds    2019 – present\n- Ran a store of 40 colleagues\n", "Recruitment Coordinator"},
		// A form's heading under the employer's and the department's
		// lines: its label below names the job.
		{"辽宁海澄实业集团有限公司\n财务共享服务中心\n岗位说明书\n岗位名称：流程优化专员               岗位序列：专业序列P3-P4\n所属部门：财务共享服务中心—运营管理部\n", "流程优化专员"},
		// A civil service's class of posts is no job title.
		{"Lean Consultant, Province of Manitoba  Advertisement Number: 44917 Classification Title: Program Analyst 2 (PA2) / Program Analyst 3 (PA3) Type of Position: Regular/Full-Time Department: Finance Division: Treasury Board Secretariat Location: Winnipeg, MB", "Lean Consultant, Province of Manitoba"},
		// A banner before a dash, and an HR document's kind before one,
		// name no job.
		{"2027届校园招聘-运营管培生（用户方向）-北京/上海\n岗位方向：新用户激活、会员分层", "运营管培生（用户方向）"},
		{"# 30/60/90 Onboarding Plan — Content Moderation Team Lead (PT/ES/IT markets)\n\n**New hire:** Beatriz Nunes\n", "Content Moderation Team Lead (PT/ES/IT markets)"},
		{"30/60/90-Day Onboarding Plan — Content Moderation Team Lead (PT/ES/IT markets)\n\nWeek 1: shadow the queue\n", "Content Moderation Team Lead (PT/ES/IT markets)"},
		{"Role Brief - Creator Partnerships Manager (EMEA, music and gaming creators, hybrid in Berlin)\n\nYou will run the creator programme.\n", "Creator Partnerships Manager"},
		// The job a career changer seeks, without the bracket and the
		// clause after it.
		{"JANE DOE\nAuckland | 021 555 0387\n\nSeeking: Financial Crime / Risk Operations Lead (AML/CFT, KYC, sanctions) at a\npayments business.\n\nSUMMARY\nSenior Solicitor with 8 years in litigation\n", "Financial Crime / Risk Operations Lead"},
		// An analyst with level words only names no work before a dash,
		// on one long line; the function after it is no title's end, and
		// its bracket is.
		{"Sr. Analyst – Trust & Safety Policy (Marketplace Integrity) Job code TS-P3 · Dublin · Reports to Head of T&S Writes and updates prohibited-listing policies, reviews escalated moderation cases, tracks fraud & scam trends", "Sr. Analyst – Trust & Safety Policy (Marketplace Integrity)"},
		{"Sr. Analyst – Trust & Safety Policy | Dublin | Full-time | Reports to the Head of Trust & Safety and writes the prohibited-listing policies for the marketplace, with fraud & scam trends", "Sr. Analyst – Trust & Safety Policy"},
		// A resume's employer above the job, named for its trade.
		{"CAITLIN MURPHY\nHalifax, NS  ·  902-555-0172\n\nPROFESSIONAL EXPERIENCE\nTidewater Software\tHalifax, NS\nMarketing Operations Manager\tJan 2021 – Present\no   Own the marketing tech stack", "Marketing Operations Manager"},
		{"AMELIA CLARKE\nLondon EC1\n\nPROFESSIONAL EXPERIENCE\nGreyfriars Digital Consulting (380 consultants)\tLondon\nResource Manager\tMar 2021 – Present\no   Staff 380 consultants", "Resource Manager"},
		// A careers site's banner, with the site's or the employer's
		// name, is not the title; a 首页 in the title's bracket is no menu.
		{"快映 招聘官网 ｜ 职位详情\n\n战略运营专家（集团战略部）\n【运营】 北京　　社招", "战略运营专家（集团战略部）"},
		{"[吃喝蓉城 · 招聘官网](https://example.com/jobs) ｜ 首页 ｜ **社会招聘** ｜ 校园招聘 ｜ 登录 [< 返回职位列表](https://example.com/jobs#/list) # HRBP（运营中心） **18-28K·14薪** ｜ 成都 ｜ 人力资源类 ｜ 全职 ｜ 5-10年 ｜ 本科 所属部门：人力资源部 / HRBP中心 发布时间：2026-04-28 **立即投递** ｜ 分享职位 --- **职位描述** 本岗位作为运营中心的HRBP，对接运营中心负责人，负责该业务线的人力资源工作。", "HRBP（运营中心）"}, // a Markdown page's heading, where the line breaks were lost
		{"淘栗集团 招聘官网 职位详情 【淘栗】服饰行业-商家运营专家 职位编号：TL-2024-08813 工作地点：杭州 职位类别：运营类", "服饰行业-商家运营专家"}, // on one line, 招聘 names the site, not a recruiter's job
		{"淘市集团 · 社会招聘\n\n流量运营专家（首页与核心场域）\n职位ID：2024-0802-93560　　类别：运营", "流量运营专家（首页与核心场域）"},
		// A negated introducer names no title.
		{"we need someone to own the operating rhythm. this is not a pure strategy role, we're not looking for a consultant who writes decks\n", ""},
	}...)
	for _, tt := range tests {
		r := m.MatchString(tt.text)
		if got := r.Text[r.TitleStart:r.TitleEnd]; string(got) != tt.want {
			t.Errorf("title of %q = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestLooksLikeTitle(t *testing.T) {
	tests := []struct {
		line string
		want bool
		why  string
	}{
		{"运营专员", true, "a plain Chinese title"},
		{"不是卖货、不是电销", false, "a denial of the jobs it is not"},
		{"not a sales role", false, "a denial in English"},
		{"Golang 后端", true, "a backend developer"},
		{"飞书人事导出", false, "the system that exported a record, though 人事 is a job's word"},
		{"Kindred HR", false, "an HR software firm's name"},
		{"Senior HR", true, "a level before HR"},
		{"HR", true, "HR alone"},
		{"聯瀚數位客服成立於2009年", false, "when the employer was founded"},
		{"為國內電信、電商客戶提供委外客服中心服務（電話、文字、Email）", false, "what the employer provides"},
		{"网约车司机（公司提供运营车辆 不用自己买车）", true, "what the employer provides, in the title's bracket"},
		{"Senior Community Manager", true, "a plain English title"},
		{"Warehouse Operative - Days / Nights - Immediate Start!", true, "a call to apply after a dash"},
		{"Operations Manager - we are hiring! Apply", false, "a shout inside the part after the dash"},
		{"Join our team as an Operations Manager!", false, "a sentence that shouts"},
		{"刘伟 - Java后端开发工程师 - 简历", true, "a resume name line with the role"},
		{"张伟 | 用户运营 | 5年经验", true, "a name line naming the area"},
		{"女 · 29岁 · 深圳 · 本科（深圳大学 市场营销）· 6年经验", false, "a major studied names no job"},
		{"2019届 市场营销专业", false, "nor does a major followed by 专业"},
		{"管培生（本科及以上）", true, "a degree after the job"},
		{"負責中彰投區 12 家門市的營運管理", false, "a duty, not a job"},
		{"负责人（社群运营）", true, "the head of something"},
		{"直播運營團隊負責腳本、排品與投流", false, "what a team does, not a job"},
		{"💡 各位家长朋友、各位老师", false, "a greeting to the readers"},
		{"Dear Hiring Manager", false, "a letter's greeting"},
		{"产品经理（运营平台方向）-负责运营后台", true, "a duty after the title, read later"},
		{"运营负责人", true, "负责人 heads something"},
		{"本科 运营专员", true, "a level word after the noun"},
		{"  營運專員 ", true, "Traditional, with spaces around"},
		{"赵明轩", false, "a name alone"},
		{"Fern Adeyemi (Talent Partner, Growth & Marketing) — 10:14 AM", false, "a chat message's header"},
		{"Operations Supervisor - Lanternhouse Coffee Co.", true, "an employer's abbreviation ends no sentence"},
		{"一、招聘岗位及人数", false, "a numbered section of a notice"},
		{"【兼职招聘】", false, "a hiring banner"},
		{"# EXECUTIVE BRIEF", false, "a search firm's heading, no executive's job"},
		{"刘佳怡(私域运营负责人) 09:12", false, "a chat message's sender, at the time sent"},
		{"Wang Lin (Growth Lead) 14:30:08", false, "with seconds"},
		{"运营经理 12:00-21:00", true, "hours are no time sent"},
		{"We're hiring", false, "a hiring banner in English"},
		{"招聘专员", true, "a recruiter's title"},
		{"短剧投放（巨量引擎/小程序短剧）", true, "a media buyer's job, named by its work"},
		{"达人建联/达人BD（抖音分销）", true, "outreach to influencers"},
		{"Social Worker", true, "another profession's title"},
		{"JR-2291", false, "a requisition's number, though JR abbreviates junior"},
		{"负责社群运营，维护用户关系。", false, "a sentence"},
		{"About the role:", false, "a heading"},
		{"What you'll do", false, "no role word"},
		{"Operations manager wanted!", false, "an exclamation"},
		{strings.Repeat("运营", 40), false, "too long for a title"},
		{"", false, "empty"},
		{"1. 运营专员", false, "a numbered item"},
		{"12、负责社群运营", false, "a numbered duty"},
		{"• Operations Manager", false, "a bullet"},
		{"2025届用户运营管培生", true, "digits that number no item"},
		{"Content Moderator (Contract)", true, "a title noun with no level"},
		{"直播中控", true, "a title noun with no level"},
		{"(Senior) Lifecycle & CRM Manager (m/w/d)", true, "words in brackets that number no item"},
		{"(3) Community Manager", false, "a numbered item in brackets"},
		{"（二）社群运营经理", false, "numbered with a Chinese numeral"},
		{"(b) Community Manager", false, "numbered with a letter"},
		{"**Community Manager**", true, "Markdown's bold"},
		{"* Community Manager", false, "Markdown's bullet"},
		{"Home > Open Positions > Operations", false, "a careers page's breadcrumb"},
		{"鲜到家招聘 2024-04-16 12:00 发表于上海", false, "a WeChat article's byline"},
		{"原创 青柚学堂HR  青柚学堂  2024-03-12 18:30  浙江", false, "another"},
		{"有意向的发简历到 hr@example.com", false, "an e-mail address"},
		{"HR 何女士 · 青禾生物", false, "a person named by an honorific"},
		{"Apply at https://jobs.example.com/ops-manager", false, "a web address"},
		{"Growth Lead @ Acme", true, "a spaced at sign"},
		{"鹿鸣招聘季", false, "a hiring season's banner"},
		{"我是锐途咨询的顾问Cindy", false, "a sentence of a message"},
		{"您好，我是HR", false, "a greeting"},
		{"鲜到家招聘", false, "an employer's hiring account"},
		{"数据运营专员招聘", true, "a title that is hiring"},
		{"招聘（群友内推）", false, "hiring, referred by a chat group's member"},
		{"招聘（校招方向）", true, "a recruiter's job"},
		{"非电销岗", false, "the job it is not"},
		{"非洲市场运营", true, "a title that starts with 非"},
		{"Customer Success Manager（SaaS / HR Tech）", true, "an industry that holds a profession's word"},
		{"【徵才】電商美編（全職，台中西屯）", true, "commas that part the details in a bracket"},
		{"电商运营，全职", false, "a comma outside brackets"},
	}
	for _, tt := range tests {
		if got := LooksLikeTitle(tt.line); got != tt.want {
			t.Errorf("LooksLikeTitle(%q) = %v, want %v (%s)", tt.line, got, tt.want, tt.why)
		}
	}
}

// TestOtherProfession checks which titles name a profession outside
// operations, which scales the whole document down (see Result).
func TestOtherProfession(t *testing.T) {
	m := NewMatcher(Default())
	tests := []struct {
		title string
		want  bool
		why   string
	}{
		{"Java开发工程师", true, "a profession and no area"},
		{"Live Broadcast Anchor (Pearl Jewelry)", true, "a livestream host, as translations from Chinese name one"},
		{"Senior Customer Service Representative (Voice)", true, "a call centre's agent"},
		{"中控运行工（倒班）", true, "a plant's control-room operator"},
		{"Director of Operations (Bursar)", true, "a school's bursar, after Director of"},
		{"Director of Operations (Growth)", false, "a direction of operations after Director of"},
		{"Clinical Research Operations Associate", true, "clinical trials"},
		{"Demand & Supply Planning Manager — FMCG / E-commerce", true, "a supply chain's planner"},
		{"Copy Editor (Non-fiction)", true, "a publisher's copy editor"},
		{"Banquet Server / Bartender - Event Venue", true, "a venue's floor staff"},
		{"Loss Prevention / Security Officer", true, "a shop's guard"},
		{"Academic Counsellor / Admission Counsellor - Upskilling Programs", true, "a college's adviser who enrols students"},
		{"Station Operations Officer / Train Captain (Trainee) – Rail Operations", true, "a metro line's station staff"},
		{"客户服务主管", true, "a call centre's supervisor"},
		{"物业管家（住宅）  南京·江宁  6-8K", true, "a property company's steward of a building's owners"},
		{"二手车评估师", true, "an appraiser of used cars"},
		{"物业项目经理 2024 年度述职报告", true, "a property company's manager of an estate"},
		{"高级临床监查员（Senior CRA）", true, "a clinical trial's monitor"},
		{"Plant Manager | Automotive Tier 1 | Lean Manufacturing", true, "a factory's manager"},
		{"Chief Nursing Officer | Magnet Leadership", true, "a hospital's nursing leader"},
		{"Merchant Support Specialist (Payments)", true, "a payment firm's agent for merchants' questions"},
		{"商户支持专员（跨境收款）", true, "likewise in Chinese"},
		{"Seller Partner Support Associate - Virtual (Remote, US)", true, "a marketplace's agent for sellers' questions"},
		{"信审专员（风控运营中心）", true, "a lender's credit reviewer, in its department's brackets"},
		{"清算岗（运营管理部）", true, "a bank's clearing clerk"},
		{"XX移动（县分公司）招聘：网格经理", true, "a telecom carrier's district salesperson"},
		{"门店运营（店员/营业员）", true, "a bracket that lists other professions names the post"},
		{"智能客服运营专员（大模型客服方向）", false, "a direction that restates the title's own word"},
		{"Commercial Finance Analyst - Store Operations", true, "a finance analyst, whatever team he serves"},
		{"店務員 Shop Assistant (全職/兼職)", true, "a shop's salesperson, in Hong Kong's words"},
		{"FP&A Analyst (Store Operations Finance)", true, "a finance analyst, as a Financial Analyst is"},
		{"IT-Projektleiter:in SAP S/4HANA Transformation (m/w/d)", true, "an IT project manager"},
		{"访问员 → 访问督导", true, "a research agency's field interviewer"},
		{"新媒体运营（文案/策划）", false, "a bracket that lists the work of the job"},
		{"社群运营老师（少儿美术）", false, "a school's staff, whom it calls teachers"},
		{"电商运营老师", true, "a teacher of the trade"},
		{"Operations Supervisor Warehouse (avondploeg) – Tilburg", true, "a qualifier without a separator"},
		{"Operations Manager", false, "the bare noun"},
		{"Operations Manager – Farm", true, "a farm's manager"},
		{"Operations Supervisor – Depot", true, "a bus depot's supervisor"},
		{"Operations Officer (Waste & Street Scene)", true, "a council's waste services"},
		{"Operations Officer - Asset Servicing", true, "a custody bank's back office"},
		{"Knowledge Manager, Customer Support", false, "a job of its own, for the support team"},
		{"Team Lead, Customer Support", true, "a floor's team leader"},
		{"Loss Prevention Officer (Store Detective)", true, "a shop's guard"},
		{"客服运营专员（纯在线打字）", true, "a chat agent, who types"},
		{"流程优化专员（供应链方向）", false, "improves the supply chain's processes"},
		{"数据分析师（供应链方向）", false, "analyses the supply chain's data"},
		{"运营专员（供应链方向）", true, "works in the supply chain"},
		{"客服专员（流程优化方向）", true, "an agent, whatever the direction"},
		{"Senior Manager, Driver Integrity & Safety Operations", false, "a platform's watch over its drivers"},
		{"Community Manager:in (all genders) – Developer & Maker Community", false, "a community of developers"},
		{"Customer Operations Associate (m/w/d) – English & German", true, "an agent who answers in two languages"},
		{"Creator Programs Operations Associate (Bilingual English/French)", false, "a programme run in two languages"},
		{"Community Manager – German market", false, "a community manager's market"},
		{"Gebietsverkaufsleiter (m/w/d) im Außendienst", true, "a field salesman"},
		{"Sachbearbeiter Auftragsabwicklung (m/w/d)", true, "an office clerk"},
		{"Mediengestalter:in Digital & Print", true, "a designer, in both genders"},
		{"Operations Manager Lager / Logistik (m/w/d) – Spätschicht", true, "a warehouse's late shift"},
		{"Sachbearbeitung Reklamationen (Teilzeit)", true, "a complaints clerk"},
		{"Operations Intern – Continuous Improvement (Warehouse)", false, "improves the warehouse's processes"},
		{"运营管理部 成本核算岗", true, "a department, then a cost accountant"},
		{"用户服务专员（电商运营中心）", true, "a shop's chat agent in the e-commerce department"},
		{"Operations Assistant 營運助理（空運出口）", true, "a freight forwarder's air export clerk"},
		{"AI应用出海运营（东南亚市场负责人）", false, "出海运营 takes an app abroad; it holds 海运 (sea freight) by chance"},
		{"运营管理部 运营专员", false, "a department, then an operations job"},
		{"运行指挥员（运营管理岗）", true, "an airport's operations control"},
		{"Driver Safety Operations Manager", false, "a platform's watch over its drivers"},
		{"Finance Manager", true, "a finance department's manager"},
		{"Trainee Solicitor – Employment & Litigation", true, "a lawyer in training"},
		{"INVESTMENT ASSOCIATE - EARLY-STAGE VENTURE CAPITAL", true, "a venture fund's associate"},
		{"Senior Business Development Representative", true, "a sales development representative"},
		{"Recruiting Coordinator", true, "schedules interviews for HR"},
		{"Night Manager", true, "a hotel's overnight duty manager"},
		{"前台兼新媒体运营", true, "a receptionist who posts besides"},
		{"新媒体运营兼前台", false, "a social media job with reception besides"},
		{"主播+运营（翡翠玉石）", true, "a host first, with a plus for the side role"},
		{"电商运营助理+客服", false, "an operations job with customer service besides"},
		{"主播经纪人（底薪+提成）", false, "a plus in the pay's bracket joins no role"},
		{"Head of Finance (E-commerce)", true, "finance, whatever trade it serves"},
		{"Adjunct Instructor – Social Media Management", true, "a teacher of the subject"},
		{"网点绩效运营专员", false, "performance operations"},
		{"朗月视频 - 数据科学家（用户增长）", true, "a data scientist, whatever the models serve"},
		{"Warehouse Supervisor / Fulfillment Operations Supervisor", true, "a warehouse's supervisor first"},
		{"仓储经理", true, "a warehouse's manager"},
		{"鲸湾商业化-KA客户经理（快消行业）", true, "a key account salesperson"},
		{"Operations Supervisor - 2nd Shift (Fulfillment Center)", true, "a shift's supervisor on a warehouse floor"},
		{"Shift Lead Hub Operations (m/w/d) – Berlin", true, "a hub's shift lead"},
		{"Community Moderator (Night Shift)", false, "a specialty of operations, whatever the shift"},
		{"Operations Executive (Warehouse)", true, "a warehouse below the lead"},
		{"Warehouse Operations Manager", false, "a manager who runs the warehouse's operation"},
		{"Warehouse Operations Team Leader", true, "a warehouse's team leader on the floor"},
		{"Warehouse Operations Supervisor – Nights (E-commerce Fulfilment)", true, "a night shift in a warehouse, whatever it fulfils"},
		{"电商运营助理（仓库）", true, "a shop's assistant in its warehouse"},
		{"Senior People Partner", true, "an HR business partner"},
		{"运营助理 2名（兽医助理）", true, "a vet's assistant"},
		{"运营专员（视觉方向）/ 电商设计师", true, "a designer, in a visual direction"},
		{"电商运营会计", true, "a shop's accountant, whatever area the title names before"},
		{"电商运营客服（售前/售后）", true, "a shop's agent, after the area served"},
		{"Social Content Editor (Video) – 12-month FTC", true, "an editor of video"},
		{"Clinical Data Manager | Data Operations – Clinical Trials", true, "a clinical trial's data manager"},
		{"流程改善工程師、IE 工程師、精實專案經理", false, "the first of the jobs listed is an engineer the catalog names"},
		{"IE 工程師、流程改善工程師", true, "and here an engineer it does not"},
		{"Police Community Support Officer (PCSO) – Neighbourhood Engagement", true, "a police force's uniformed staff"},
		{"智能体(Agent)运营——政企项目方向", false, "an AI agent is software, not a call centre's agent"},
		{"Werkstudent (m/w/d) Video Editing – Content Team", true, "a student who cuts video for the content team"},
		{"短剧投流素材剪辑师（运营中心）", true, "a video editor of ads, in the operations centre"},
		{"带货主播（女装）—直播运营部", true, "a host, before the department after a dash without spaces"},
		{"Werkscontrollerin / Business Partner Operations", true, "a plant's controller, whom German firms call a business partner"},
		{"業務專員（工業閥件∕客戶經營）", true, "a salesperson, in Taiwan's word"},
		{"【新媒体运营（美工岗）】佛山·顺德区乐从镇", true, "a designer's post inside the card's brackets"},
		{"运营专员（出镜）——四会玉缘阁翡翠直播基地", true, "a host's post before the employer"},
		{"【用户运营（社群方向）】杭州", false, "a direction of operations inside the card's brackets"},
		{"Manager - Finance", true, "a level, then the function"},
		{"Manager – Community", false, "a level, then a function of operations"},
		{"用户运营专员（电话方向）—— 某头部银行信用卡中心项目", true, "calls customers to sell"},
		{"用户运营专员（在线服务）", true, "answers the customers who write in"},
		{"直播运营（带货主播）", true, "a host who sells, whatever the room's operations"},
		{"Life Coach", true, "a coach"},
		{"医院渠道专员（医药代表）", true, "a drug rep, in the bracket"},
		{"新媒体运营（视觉）", true, "makes the pictures"},
		{"售前解决方案经理（客户成功中心）", true, "presales, whatever department it sits in"},
		{"Solutions Consultant (Presales)", true, "presales in English"},
		{"Technical Operations Analyst", true, "technical operations are IT's"},
		{"Mining Operations Manager", true, "a mine's production"},
		{"Support Operations Representative – German speaker (DE/EN)", true, "an agent, by the language she answers in"},
		{"Community Associate – Seller Community (Thai speaker)", false, "a community run in Thai"},
		{"Customer Operations Advisor (Inbound) - Broadband & TV", true, "an agent on the inbound lines"},
		{"Marketing Operations Specialist (Inbound)", false, "inbound marketing"},
		{"游戏运营专员（GM方向）", true, "a game master"},
		{"游戏测试 / 游戏QA（资深）", true, "a game tester"},
		{"游戏运营（A/B测试方向）", false, "experiments, not testing"},
		{"助农主播（小米/杂粮） 直播运营部", true, "a host, in the live room's department"},
		{"运营专员 用户运营部", false, "an operations job in its department"},
		{"直播运营（女装带货主播）", true, "a host, after what she sells"},
		{"用户运营专员（直播间客服）", true, "an agent, after where she answers"},
		{"客戶經營專員 Customer Relationship Executive（電話銷售）", true, "telesales"},
		{"服务者运营主管（家政保洁）", false, "the service whose providers the job runs"},
		{"LINE官方帳號經營專員（品牌會員導購）", false, "what the job does for the members"},
		{"Transaction Processing Officer | KYC / Client Onboarding", true, "a back office's processing clerk"},
		{"新媒体运营（视觉/剪辑方向）", true, "makes the pictures first"},
		{"电商运营（仓储）", true, "keeps the stock"},
		{"商品运营（直播货盘/供应链方向）", false, "a direction that lists operations work first"},
		{"直播间摄像/灯光师", true, "a camera operator"},
		{"推荐算法专家 / 用户增长算法负责人", true, "an algorithm engineer, whatever the model serves"},
		{"信用卡催收专员(运营中心)", true, "a debt collector in the operations centre"},
		{"EHS安全专员（物流园区）", true, "a safety officer"},
		{"电商运营美工", true, "a shop's designer, after the area served"},
		{"【門市營運部】門市服務人員（羅東店）", true, "a shop's service staff in the stores' department"},
		{"产品运营管培生（工具产品方向）", false, "a product line, not product managers"},
		{"Graphic Design Intern (PT, Spring '26)", true, "a graphic designer"},
		{"运营专员（产品方向）", true, "the product manager's direction"},
		{"Senior Clinical Trial Manager", true, "clinical trials"},
		{"Payments Ops Analyst (Reconciliation & Settlement)", true, "a payments back office"},
		{"Operations Officer, Trade Services", true, "a bank's trade services"},
		{"小学班主任的一天｜我怀疑我其实是兼职社群运营", true, "a primary school's class teacher"},
		{"Operations Associate (Patient Services)", true, "a clinic's front desk"},
		{"Operations Lead — IT Service Operations / NOC", true, "IT service operations"},
		{"项目经理（房建总承包）", true, "a building contractor's project manager"},
		{"数据录入员（运营部）", true, "a data-entry clerk in the operations department"},
		{"数据分析师（医学统计方向）", true, "a biostatistician"},
		{"药品研发项目经理 / 注册项目经理", true, "a drug developer's project manager"},
		{"CHO / HR VP（互联网、消费、新零售）", true, "a first job without a title word, then HR's"},
		{"店铺运营（视觉设计）", true, "a bracket that holds a designer's word alone names the post"},
		{"店铺运营（美工）", true, "an artist's word alone"},
		{"石狮童装 招抖音运营（出镜）❗❗", true, "on camera, shouted"},
		{"电商运营助理（打包发货）", true, "a packer"},
		{"外贸视频内容运营（拍摄剪辑）", false, "two crafts of an operations job that shoots and edits"},
		{"Operations Manager - Commissary Kitchen", true, "a central kitchen's production"},
		{"Ops Assistant RM20 / hr", false, "an hourly rate names no HR"},
		{"Office Manager (Workplace Operations)", true, "an office's manager"},
		{"Video editor for TikTok / Reels / Shorts", true, "an editor of video"},
		{"Chief Financial Officer — Halden Brands Group", true, "a chief of finance"},
		{"生产副总经理（主管生产运营）", true, "a factory's production head"},
		{"Technical Program Manager II, Data Center Capacity Delivery", true, "an engineering program's manager"},
		{"Client Partner, Gaming - Global Business Solutions", true, "an advertising seller"},
		{"IT Business Partner – Commercial & Retail", true, "IT for the business"},
		{"运营主管（柜面运营）", true, "a bank's counters, named in the bracket"},
		{"行政助理（數位行銷公司）", true, "the employer in brackets, whatever it does, names no area"},
		{"文员（行政方向）", true, "a clerk"},
		{"Data Entry Operator (Non-Voice, Back Office Operations)", true, "typing"},
		{"Audit Intern", true, "an auditor's intern"},
		{"政企客户经理（行业拓展方向）", true, "a carrier's account sales"},
		{"Human Resources Business Partner – Operations Division", true, "HR for operations"},
		{"Demand Planner, Supply Chain 需求计划主管（供应链）", true, "supply chain planning"},
		{"【兼职】短视频运营工作室招配音", true, "the job that a studio hires"},
		{"Discord community moderator for NFT project, $15/hr", false, "an hour's rate, not human resources"},
		{"Developer Relations Engineer — SDKs", true, "an engineer, whose word no operations term spans"},
		{"SRE / 运维开发 / 平台运维负责人 / 运营支持 / 数据运营 (open to ops roles)", true, "the first of the listed jobs is an engineer's"},
		{"运营平台产品经理（活动配置与人群圈选）", true, "a Chinese title names its job last: a product manager"},
		{"运营中台产品经理", true, "a product manager after the platform's own name"},
		{"组织运营专家（运营中心）", true, "组织运营 shapes an organisation"},
		{"社群运营顾问", false, "顾问 is a level of operations titles"},
		{"运营管理中心法务合规经理", true, "a department before the lawyer's job"},
		{"外贸视频内容运营（拍摄剪辑）", false, "an operations job's noun before the bracket of its duties"},
		{"报关员（跨境电商方向）", true, "a customs declarant"},
		{"PR Executive – Consumer Tech", true, "a press officer"},
		{"Professor of Operations Management", true, "a teacher of operations"},
		{"Lecturer in Digital Marketing", true, "a teacher of marketing"},
		{"Operations Officer – Accounts Payable", true, "a generic title qualified by another profession"},
		{"Senior Project Manager - IT Delivery", true, "a project manager who delivers IT"},
		{"Social Media Influencer & Lifestyle Creator", true, "a creator who posts as herself"},
		{"Social Media Influencerin & Content Creatorin", true, "likewise in German"},
		{"Immobilienmakler (m/w/d) Wohnimmobilien", true, "an estate agent"},
		{"婚礼策划师 / 高级婚礼策划（厦门、泉州）", true, "a wedding planner"},
		{"Psychologische Psychotherapeutin in Ausbildung", true, "a psychotherapist in training"},
		{"Steuerberater", true, "a tax adviser"},
		{"Fotograf (m/w/d) für Studio- und Eventfotografie", true, "a photographer of events"},
		{"客户运营专员（电话邀约/课程顾问）", true, "a bracket of telemarketing and a course seller's title"},
		{"应聘“研究助理（RA）—数字消费方向”岗位", true, "a research assistant"},
		{"运力运营专家（骑手方向）", false, "supply operations run the riders its direction names"},
		{"商户运营专员（商家热线方向）", true, "but not a hotline"},
		{"项目经理（IT交付）", true, "likewise in Chinese"},
		{"Project Manager", false, "a project manager alone"},
		{"Customer Operations – Customer Care Representative", true, "a department before an agent's job"},
		{"Customer Operations – Team Lead", false, "a department before a level"},
		{"Operations Executive (Sea Export)", true, "a freight forwarder's job"},
		{"Operations Analyst, Securities Settlements (Contract)", true, "an analyst whose qualifier names another profession"},
		{"Operations Manager (Facilities) - Birmingham", true, "a bracket after the job qualifies it, whatever follows"},
		{"Operations Specialist I – Network Operations Center (NOC)", true, "a qualifier that names other work"},
		{"OPERATIONS ASSISTANT (Billing & Collections)", true, "a qualifier that names a clerk's trade"},
		{"Process Improvement Manager (Network Operations)", false, "other work in the bracket of a title that names a specialty"},
		{"=== 招聘需求表 ===", false, "招聘 heads a hiring request"},
		{"Operations Manager (Community) - Berlin", false, "a bracket that names an area"},
		{"店长1名 店员3名", false, "the first of jobs listed with headcounts"},
		{"2024年公开招聘编外工作人员公告", false, "招聘 heads a public notice, not a recruiter's job"},
		{"潮州日报2024年招聘新媒体采编人员简章", false, "招聘 heads a notice's brochure"},
		{"店员3名 店长1名", true, "the first of jobs listed with headcounts is a shop assistant"},
		{"Operations Analyst – Growth Experiments", false, "an analyst of operations work"},
		{"Operations Manager – Community", false, "a generic title qualified by an area"},
		{"Manager, Operations Consulting", true, "a consultant"},
		{"旅游线路产品运营 / 度假产品经理", false, "the first of the listed jobs is operations work"},
		{"运营管理部 绩效管理岗（非编/人事代理）", false, "人事代理 is a kind of contract"},
		{"医学编辑（SCI论文润色/审校）", true, "an editor who polishes papers"},
		{"英语教师 / 教学主管 / 教育运营 / 用户运营 / 社群运营", true, "the first of the listed jobs is a teacher's"},
		{"数据分析师/数据运营", false, "the first job is the area's own name"},
		{"增长运营（A/B实验方向）", false, "a slash inside brackets parts no jobs"},
		{"通源银行2025年校园招聘公告——运营管理条线（综合柜员）", true, "the bracket names the job where nothing before it names a level"},
		{"LINE官方帳號經營專員（品牌會員導購）", false, "after a level word the bracket says whom the job serves"},
		{"Walk-in Drive !! Customer Support Executive", true, "a call centre's agent after a banner"},
		{"Developer Relations Manager", false, "the developer word inside the area's name"},
		{"Full-time Twitch Partner & Variety Streamer", true, "a streamer performs"},
		{"智能体平台开发者生态运营（高级/资深）", false, "开发 inside the ecosystem's name"},
		{"Warehouse Associate - Fulfillment Operations", true, "a warehouse's worker"},
		{"倉儲管理員（物流營運中心）", true, "a warehouse's keeper"},
		{"Customer Service Officer 客戶服務主任", true, "a call centre's agent"},
		{"Fachkraft für Lagerlogistik (m/w/d) – E-Commerce Fulfillment", true, "a German profession"},
		{"Senior HR Business Partner -- Retail Operations (North)", true, "the department after two hyphens, as plain text writes a dash"},
		{"新媒体设计师", true, "an area that only qualifies the profession"},
		{"短视频剪辑师", true, "a duty word inside the profession"},
		{"Growth Engineer", true, "an area name beside the profession"},
		{"社群运营顾问", false, "an operations noun and an area's name"},
		{"Fraud Analyst", false, "an area's own name holds the profession"},
		{"数据分析师", false, "an area's own name holds the profession"},
		{"Sales Operations Analyst", false, "a term naming operations holds the profession"},
		{"销售运营专员", false, "a term naming operations holds the profession"},
		{"Sales Manager", true, "the profession alone"},
		{"短视频编导", true, "a duty word before the profession"},
		{"Account Executive, Mid-Market", true, "a sales title"},
		{"Marketing Executive", false, "no profession at all"},
		{"保险代理人", true, "an insurance agent sells"},
		{"外贸业务员", true, "a trade sales clerk sells"},
		{"Real Estate Agent", true, "an agent sells"},
		{"Agent Operations Manager", false, "a term naming operations holds the profession"},
		{"Operations Officer (Trade Finance)", true, "a direction naming a bank's back office"},
		{"运营专员（地铁方向）", true, "a direction naming the running of trains"},
		{"Operations Manager (Retail)", false, "a direction naming operations work"},
		{"Java开发工程师（运营后台方向）", true, "the operations words of a direction qualify the profession"},
		{"持续改进工程师（运营中心）", false, "a department in brackets is part of the title"},
		{"HRBP（客户运营中心）", true, "an HR partner for the centre its bracket names"},
		{"需求与供应计划经理（S&OP方向）", true, "a supply planner"},
		{"社群运营顾问（私域方向）", false, "the operations noun outside the direction"},
		{"Data Engineer — Operations Analytics", true, "the team after a dash qualifies the profession"},
		{"Software Engineer, Growth Operations", true, "the same after a comma"},
		{"Analyst, Strategy & Operations", false, "the specialty after a lone noun"},
		{"Market Expansion Analyst – Launch Operations", false, "an analyst works on what the qualifier names"},
		{"Sales Operations Analyst, APAC", false, "the operations noun before the qualifier"},
		{"抖音带货主播（女装）", true, "a host presents; the live room's operations are others' work"},
		{"Live Shopping Host", true, "the same in English"},
		{"Live Commerce Host & Operations Executive", false, "an operations role beside the host"},
		{"主播运营", false, "a term naming operations holds the host"},
		{"主播经纪人", false, "an area's own name holds the profession"},
		{"跨境电商采购专员", true, "a buyer purchases for the store"},
		{"Procurement Operations Manager", false, "an operations noun and an area"},
		{"电商美编", true, "an art editor designs"},
		{"Flight Operations Officer (FOO)", true, "operations words that name an airline's work"},
		{"Flight Operations Officer (Operations Control Centre)", true, "the bare noun in the bracket names no area"},
		{"Waste Operations Supervisor (Collections)", true, "a council's refuse crews, not a lender's collections"},
		{"IT Operations Lead", true, "the same for IT"},
		{"Payments Operations Officer", true, "the same for a bank's payments"},
		{"Building Operations Manager", true, "the same for a building's upkeep"},
		{"地铁运营值班站长", true, "the same for a metro"},
		{"Operations Officer", false, "operations and no other work"},
		{"【高级产品经理-B端（运营中台方向）】", true, "a direction inside brackets around the whole title"},
		{"LINE官方帳號經營專員（品牌會員導購）", false, "a profession's word in a bracket after an area's name"},
		{"绩效管理专员（人力资源部）", true, "a department in brackets says where the job sits"},
		{"流程优化专员（财务共享服务中心）", false, "processes improved in the finance centre"},
		{"Sachbearbeiter:in Prozessmanagement (m/w/d)", false, "a clerk of an area by its own name"},
		{"Disponent:in Personaleinsatzplanung (m/w/d)", false, "a dispatcher of staff, by the area's own name"},
		{"Disponent Spedition (m/w/d)", true, "a freight forwarder's dispatcher"},
		{"Video Producer (Shooter/Editor) – Long-Form YouTube", true, "a video producer, whatever channel the videos go to"},
		{"客户运营专员（热线坐席）", true, "a hotline's agent under a customer operations title"},
		{"坐席绩效评估专员", false, "evaluates the agents' performance"},
		{"Sachbearbeiter:in Prozessmanagement Schaden/Leistung", false, "the lines of business the clerk's processes serve"},
		{"Sachbearbeiter:in Auftragsabwicklung (m/w/d)", true, "an order clerk"},
		{"Sachbearbeiter Personal / Prozessmanagement", true, "an HR clerk first"},
		{"流程优化专员兼出纳（财务部）", true, "a cashier besides, before the department"},
		{"小店招运营兼客服", false, "a side role after 兼"},
		{"客服兼运营", true, "the side role is operations"},
		{"Consultant – Operations Strategy & Performance Practice", true, "a lone noun of another profession before the qualifier"},
		{"HR Business Partner – Fulfillment Operations", true, "an HR business partner for an operations team"},
		{"战略咨询经理（项目经理）", true, "a consultant"},
		{"Air Traffic Control Specialist / Radar Controller", true, "a controller"},
		{"高级交互设计师 Senior Product Designer (UX) – 商家运营后台", true, "what a designer works on after a spaced dash"},
		{"【門市人員（正職）】藥妝連鎖\u3000晉升店長", true, "store staff, the first of fields parted by ideographic spaces"},
		{"直播运营（主播方向）", true, "a direction that is another profession says what the job does"},
		{"短剧内容运营（编剧方向）", true, "the same for a screenwriter"},
		{"数据运营专员（标注方向）", true, "the same for a data labeller"},
		{"客户运营专员（热线方向）", true, "the same for a hotline's agent"},
		{"客服质检专员（在线+热线）", false, "a checker of the hotline's calls and the chats"},
		{"Accounts Executive (E-commerce Channel Reconciliation)", true, "an accounts executive keeps the books"},
		{"Equity Research Associate — Internet & E-commerce", true, "an analyst of stocks in the trade"},
		{"Corporate Development & Strategy Associate", true, "mergers and acquisitions"},
		{"【門市營運部】門市人員（正職）－桃竹苗區", true, "a department in lenticular brackets before the job names where it sits"},
		{"【門市營運】門市人員－正職", true, "the job's terms after a dash follow the shop assistant's noun"},
		{"門市人員-台北", true, "the job's place after a dash"},
		{"【用户运营部】用户运营专员", false, "the same department before an operations job"},
		{"DATA OPERATIONS TECHNICIAN I", true, "a grade after the profession's word"},
		{"Operations Specialist II", false, "a grade after an operations job"},
		{"Operations Supervisor (Contact Centre)", true, "a generic title up to the lead on a contact centre's floor"},
		{"Workforce Planning Specialist (Contact Center)", false, "a specialty that plans for the contact centre"},
		{"Operations Officer – Airport Operations (Ramp & Turnaround)", true, "an airport ramp's floor"},
		{"Client Services Representative (Customer Operations Centre)", true, "an agent of a customer operations centre"},
		{"市场研究专员、市调分析师、产品市场研究", false, "jobs parted by 、 after a head noun: the first is the job"},
		{"流程优化工程师（精益改善方向）", false, "an engineer whom the catalog names as process optimization's"},
		{"质检运营（客服体验方向）", false, "a direction that names the service checked, not a profession"},
		{"高级产品经理（运营中台）", true, "a bracket that names what a product manager builds for"},
		{"持续改进工程师（运营中心）", false, "a department in brackets is part of the title"},
		{"RevOps Analyst", false, "an analyst of work that a term names as operations"},
		{"電商直播主（服飾）", true, "a host, as Taiwan calls one"},
		{"直播主管（美妆）", false, "a livestream's supervisor, not a host"},
		{"理财经理（财富客户运营方向）", true, "a banker who sells wealth products"},
		{"Registered Social Worker — Community Programmes", true, "a social worker"},
		{"Operations Specialist — Product", false, "a qualifier that names product operations"},
		{"Operations Officer – Accounts Payable", true, "a qualifier that names other work"},
		{"Manager – Digital Sales & E-commerce Operations", false, "a qualifier that names operations work besides another profession's"},
		{"合规审查专员（营销宣传及新媒体方向）", true, "a compliance officer, whatever the material reviewed"},
		{"Front Office Supervisor – Guest Experience & Operations", true, "a hotel reception's supervisor"},
		{"Curator, Invertebrate Zoology", true, "a museum's curator"},
		{"Polygrafin / Polygraf EFZ oder Mediengestalter/in Digital und Print", true, "a printer's prepress trade"},
		{"Community Manager, Senior Backend Engineer, Product Designer 🚀", false, "three jobs listed, the first an operations job"},
		{"Operations Manager, Sales & Marketing, EMEA", true, "a qualifier after commas, not a list of jobs"},
		{"越城区融媒体中心招聘编外运营岗工作人员3名", false, "an employer hiring a number of people, not a recruiter"},
		{"工程项目经理 / 工程总监（商业地产、连锁品牌门店工程）", true, "a construction manager, whatever the sites"},
		{"电商运营讲师（淘宝/抖店方向）", true, "a trainer who teaches the trade"},
		{"Senior Correspondent, Consumer Tech & Commerce", true, "a journalist"},
		{"Lifecycle Marketing Engineer", true, "an English title names its job last"},
		{"Operations Assistant - Warehouse (Days/Nights)", true, "a qualifier that names a warehouse"},
		{"Operations Executive - Rooms Division", true, "a qualifier that names a hotel's rooms division"},
		{"Operations Manager - Logistics", false, "logistics operations are the catalog's fulfilment work"},
		{"小红书生活方式博主", true, "a creator who posts on her own account"},
		{"运营流程优化经理（理赔方向）", false, "claims as the line of business a process serves"},
		{"短视频运营（剪辑岗）", true, "a bracket that names the post: an editor's"},
		{"Front Desk / Patient Experience Coordinator", true, "a front desk listed first"},
		{"市场专员（平面设计方向）", true, "a direction that is graphic design"},
		{"渠道运营专员（非纯销售岗）", false, "a bracket that says what the job is not"},
		{"理赔专员（健康险）", true, "a claims adjuster"},
		{"博主运营", false, "operations that work with bloggers"},
		{"招聘专员（门店运营岗位招聘）", true, "a recruiter, not a message that hires one"},
		{"技术副总裁（数据与增长平台方向）", true, "an engineering leader, whatever platform he builds"},
		{"研发总监（运营中台）", true, "the head of development for an operations platform"},
		{"Analyst, Operational Performance", false, "a plain analyst before the field he analyses"},
		{"Analyst, Claims", true, "a plain analyst of a field outside operations"},
		{"IT Project Coordinator – Network & End-User Refresh", true, "IT's delivery of projects"},
		{"Content Operations Assistant (Data Entry)", true, "an English bracket that names the post"},
		{"门店运营技师", true, "a car wash's technician"},
		{"内容运营（视频剪辑）", true, "a bracket that names a video editor's post"},
		{"客户回访专员", true, "a caller who follows up on customers"},
		{"精益改善专员（仓储方向）", false, "the warehouses whose processes a lean specialist improves"},
		{"电商运营专员（仓储方向）", true, "an online shop's stock keeper"},
		{"运营流程优化工程师（仓储）", false, "an engineer who improves the warehouses' processes"},
		{"运营流程优化专员（仓储）", false, "a specialist who improves the warehouses' processes"},
		{"电商运营（仓储）", true, "the noun of operations before the stock keeper's post"},
		{"运营支撑工程师 / 系统运维工程师", true, "a telecom carrier's support systems engineer"},
		{"Reconciliation Operations Analyst – Nostro & Suspense", true, "a bank's reconciliations"},
		{"药店运营 执业药师（驻店）", true, "a pharmacy's pharmacist"},
		{"Branch Operations Associate (Teller)", true, "a bank branch's teller"},
		{"内容运营助理（数据录入）", true, "a bracket that names a clerk's post"},
		{"Events Coordinator (Fundraising)", false, "the field the events serve"},
		{"Workforce Planning Manager (Customer Service)", false, "the service centre a back office serves"},
		{"Operations Specialist (Product)", false, "a direction of operations"},
		{"Relationship Manager - Wealth (HNI)", true, "a private bank's sales"},
		{"Relationship Manager – SME Banking", true, "a bank's business clients"},
		{"Senior Relationship Manager, CASA", true, "a bank branch's accounts"},
		{"Relationship Manager – Key Accounts", false, "an agency's key accounts"},
		{"Partner Relationship Manager", false, "a partner manager"},
		{"商户运营支持专员", true, "a payment firm's merchant support"},
		{"Merchant Operations Support Specialist", true, "the same in English"},
		{"商户运营专员", false, "a platform's merchant operations"},
		{"调度员", true, "a dispatcher"},
		{"Dispatch Operations Coordinator", true, "a dispatcher in English"},
		{"Operations Coordinator - Dispatch", true, "a dispatcher named by the qualifier"},
		{"排班调度专员（WFM）", false, "a contact centre's shift planner"},
		{"呼叫中心现场管理专员（实时调度）", false, "a contact centre's real-time adherence"},
		{"运力调度专员", true, "a freight platform's dispatcher"},
		{"运力规划专员", false, "a platform's capacity planner"},
		{"Dispatch Lead", false, "a dispatch team's lead plans capacity"},
		{"Dispatch Coordinator – Transportation", true, "a planning word must be a whole word: Transportation holds no RTA"},
	}
	for _, tt := range tests {
		r := m.MatchString(tt.title + "\n电话 138\n邮箱 z@example.com")
		if r.otherTitle != tt.want {
			t.Errorf("title %q names another profession: %v, want %v (%s)", tt.title, r.otherTitle, tt.want, tt.why)
		}
	}
}

// TestTitleQualifierWeight checks which terms of a qualifier at a title's
// end, in brackets or after a spaced dash, weigh as the title's: the
// document with the qualifier in its title is compared with one that has
// the qualifier's words on a line of their own.
func TestTitleQualifierWeight(t *testing.T) {
	m := NewMatcher(Default(), WithThreshold(0.01))
	tests := []struct {
		job, bracket string
		area         AreaID
		term         string
		boosted      bool
		why          string
	}{
		{"运营支持专员", "跨境电商", "ecommerce-ops", "跨境电商", false, "the industry of a job that names its specialty"},
		{"Community Manager", "E-commerce", "ecommerce-ops", "e-commerce", false, "the same in English"},
		{"运营专员", "跨境电商", "ecommerce-ops", "跨境电商", true, "the specialty of the bare noun"},
		{"直播运营专员", "直播电商", "livestream-ops", "直播电商", true, "the job's own area again"},
		{"运营专员", "直播方向", "livestream-ops", "直播", true, "a direction"},
		{"商业化运营专家 - ", "效果广告", "growth-ops", "效果广告", false, "the line of business after a spaced dash"},
		{"运营专员 - ", "效果广告", "growth-ops", "效果广告", true, "the specialty after the bare noun"},
	}
	for _, tt := range tests {
		body := "\n负责日常工作。\n"
		bracket := "（" + tt.bracket + "）"
		switch {
		case strings.HasSuffix(tt.job, " - "):
			bracket = tt.bracket
		case tt.bracket[0] < 0x80:
			bracket = " (" + tt.bracket + ")"
		}
		inTitle := m.MatchString(tt.job + bracket + body)
		apart := m.MatchString(tt.job + body + tt.bracket + "\n")
		w1, w2 := termWeight(inTitle, tt.area, tt.term), termWeight(apart, tt.area, tt.term)
		if w2 == 0 {
			t.Fatalf("%s: %s not found in %q", tt.area, tt.term, apart.Text)
		}
		if got := w1 > w2*1.5; got != tt.boosted {
			t.Errorf("%s（%s）: %s weighs %.2f in the title, %.2f apart: boosted %v, want %v (%s)",
				tt.job, tt.bracket, tt.term, w1, w2, got, tt.boosted, tt.why)
		}
	}
}

// termWeight returns the weight of term in the explanation of area in r,
// and 0 if it is not there.
func termWeight(r Result, area AreaID, term string) float64 {
	for _, a := range r.Areas {
		if a.Area != area {
			continue
		}
		for _, tw := range a.Explain() {
			if tw.Term == term {
				return tw.Weight
			}
		}
	}
	return 0
}

// TestTableColumns checks how a table's header row is read: which cell
// names the position, and the bounds of a cell in the rows below.
func TestTableColumns(t *testing.T) {
	headers := []struct {
		line string
		want int
		why  string
	}{
		{"序号\t招聘部门\t岗位名称\t招聘人数", 2, "cells parted by tabs, as an HTML table's"},
		{"| 岗位名称 | 人数 | 地点 |", 0, "a Markdown table's row"},
		{"Job title\tHeadcount", -1, "two cells are too few for a header"},
		{"序号\t招聘部门\t人数", -1, "no position label"},
		{"岗位名称\t负责社群的日常运营与活动策划，提升用户活跃度和留存\t人数", -1, "a cell of text is no header's"},
	}
	for _, tt := range headers {
		if got := headerColumn([]byte(tt.line)); got != tt.want {
			t.Errorf("headerColumn(%q) = %d, want %d (%s)", tt.line, got, tt.want, tt.why)
		}
	}
	cells := []struct {
		line string
		i    int
		want string
	}{
		{"1\t营运管理部\t商业运营主管\t1", 2, "商业运营主管"},
		{"| 1 | 新媒体运营 | 2 |", 1, "新媒体运营"},
		{"| 1 | 新媒体运营 | 2 |", 0, "1"},
		{"1\t营运管理部", 3, ""},
	}
	for _, tt := range cells {
		a, b := tableCell([]byte(tt.line), tt.i)
		if got := tt.line[a:b]; got != tt.want {
			t.Errorf("tableCell(%q, %d) = %q, want %q", tt.line, tt.i, got, tt.want)
		}
	}
}

// TestUnwrapTitle checks that a title's span leaves out the brackets and
// the marks of Markdown emphasis that enclose it whole or start it, and a
// Markdown heading's marks, and that its classification reads it without
// them.
func TestUnwrapTitle(t *testing.T) {
	m := NewMatcher(Default())
	tests := []struct {
		text, span string
		want       Title
	}{
		{"【社群运营经理】\n负责社群。", "社群运营经理", Title{CommunityOps, LevelManager}},
		{"质检专员（信用卡客服中心项目）招聘简章\n负责通话质检。", "质检专员（信用卡客服中心项目）", Title{PerformanceEvaluation, LevelSpecialist}}, // a banner after the bracket; the centre's project
		{"**运营专员（社群方向）**\n负责社群。", "运营专员（社群方向）", Title{CommunityOps, LevelSpecialist}},
		{"__Community Manager__\nRun the forum.", "Community Manager", Title{CommunityOps, LevelManager}},
		{"*Community Manager*\nRun the forum.", "Community Manager", Title{CommunityOps, LevelManager}},
		{"**【社群运营经理】**\n负责社群。", "社群运营经理", Title{CommunityOps, LevelManager}},
		{"**运营管理中心 · 法务合规经理**\n审核合同。", "运营管理中心 · 法务合规经理", Title{Level: LevelManager}},
		{"## 社群运营经理\n负责社群。", "社群运营经理", Title{CommunityOps, LevelManager}},
		{"**Community Manager** — Northwind, Berlin\nRun the forum.", "Community Manager", Title{CommunityOps, LevelManager}},
		{"**Community Manager | Social Media (Gaming)**\nRun the forum.", "Community Manager", Title{CommunityOps, LevelManager}},
		{"**张伟** ｜ 社群运营经理 ｜ 6年经验\n负责社群。", "**张伟** ｜ 社群运营经理 ｜ 6年经验", Title{CommunityOps, LevelManager}},
	}
	for _, tt := range tests {
		r := m.MatchString(tt.text)
		if got := r.Text[r.TitleStart:r.TitleEnd]; string(got) != tt.span || r.Title != tt.want {
			t.Errorf("%q: title %q %+v, want %q %+v", tt.text, got, r.Title, tt.span, tt.want)
		}
	}
}

// TestTermBeforeTitle checks that a term the scan finds across the line
// break before a title does not hide the title's own terms, and that a
// title wrapped onto two lines keeps its term.
func TestTermBeforeTitle(t *testing.T) {
	m := NewMatcher(Default())
	tests := []struct {
		text, term string
		area       AreaID
	}{
		{"JOHN DE LEON\n\nWORK EXPERIENCE\n\nACME — Taguig City\nOperations Analyst      July 2021 – Present\n- Built dashboards", "operations analyst", "data-analysis"},
		{"Community\r\n   Manager\nRun our forums.", "community manager", ""},
	}
	for _, tt := range tests {
		r := m.MatchString(tt.text)
		var terms []string
		for _, h := range r.Hits {
			terms = append(terms, h.Term)
		}
		if !slices.Contains(terms, tt.term) {
			t.Errorf("%q: hits %q, want %q among them", tt.text, terms, tt.term)
		}
		if r.Title.Area != tt.area {
			t.Errorf("%q: title area %q, want %q", tt.text, r.Title.Area, tt.area)
		}
	}
}

func TestIsSearchBox(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"[ 运营支撑 ]  搜索", true},
		{"搜索：[ 内容运营 ]  [搜索]", true},
		{"[ community manager ] Search", true},
		{"[急招] 搜索广告运营", false},
		{"[Research] Senior Research Analyst", false},
		{"Senior Search Analyst [Remote]", false},
	}
	for _, tt := range tests {
		if got := isSearchBox([]byte(tt.line)); got != tt.want {
			t.Errorf("isSearchBox(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestContainsFold(t *testing.T) {
	tests := []struct {
		text, word string
		want       bool
	}{
		{"Career Change into operations", "career change", true},
		{"CAREER CHANGE", "career change", true},
		{"a career chang", "career change", false},
		{"career", "career change", false},
		{"cc career changeX", "career change", true},
		{"ccccccccccccc", "career change", false},
		{"我于2024年转行做社群运营", "转行", true},
		{"运转", "转行", false},
		{"Quereinstieg", "quereinstieg", true},
		{"quereinstie", "quereinstieg", false},
		{"", "x", false},
		{"anything", "", true},
		{"g", "g", true},
	}
	for _, tt := range tests {
		if got := containsFold([]byte(tt.text), tt.word); got != tt.want {
			t.Errorf("containsFold(%q, %q) = %v, want %v", tt.text, tt.word, got, tt.want)
		}
	}
}

// TestIsCompanySize checks the headcounts of employers' cards that a
// board's page shows above a posting, and that a post's headcount is none.
func TestIsCompanySize(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"11-50 Employees  ·  Healthcare  ·  Marketplaces", true},
		{"1,001-5,000 employees", true},
		{"10,001+ employees", true},
		{"51–200 employees", true},
		{"500-999人 · 旅游/度假", true},
		{"51–200人", true},
		{"2人 运营专员", false},
		{"3 employeesX", false},
		{"Employees: 40", false},
		{"Community Manager", false},
	} {
		if got := isCompanySize([]byte(tt.line)); got != tt.want {
			t.Errorf("isCompanySize(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestLeadingRangeLen checks which ranges of dates at the start of a line
// are passed over before its title.
func TestLeadingRangeLen(t *testing.T) {
	tests := []struct {
		line, rest string
	}{
		{"Sep 2022 – Present · Revenue Operations Analyst", "Revenue Operations Analyst"},
		{"2020.10-2023.03 上海某科技有限公司 风控运营专员", "上海某科技有限公司 风控运营专员"},
		{"03/2019 - 05/2021 | Teamleiterin Einsatzplanung", "Teamleiterin Einsatzplanung"},
		{"März 2019 – heute | Teamleiterin Einsatzplanung", "Teamleiterin Einsatzplanung"},
		{"Joined 2019 – 2021 as a Community Manager", "Joined 2019 – 2021 as a Community Manager"}, // no month's name before the year
		{"2019 – 2021", "2019 – 2021"},                                     // nothing after the dates
		{"Community Manager 2019 – 2021", "Community Manager 2019 – 2021"}, // the dates after the job
	}
	for _, tt := range tests {
		if got := tt.line[leadingRangeLen([]byte(tt.line)):]; got != tt.rest {
			t.Errorf("%q without its leading dates = %q, want %q", tt.line, got, tt.rest)
		}
	}
}

// TestIsChatSender checks the lines of a chat export that stand over a
// message with its time and sender, and lines that only look so.
func TestIsChatSender(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"2026-03-12 09:14 刘总-木韵家居：", true},
		{"2026/03/12 9:14:05 Yoyo:", true},
		{"09:20 刘畅｜启明少儿编程：", true},
		{"🌟群主-保定人才小郭 08:30", true},
		{"刘畅｜启明少儿编程 09:20", true},
		{"2026-03-12 09:14 刘总：【招聘】直播运营1名", false}, // the message on the same line
		{"上班时间：09:30", false},
		{"2019.07 - 2021.06 某某科技 用户运营", false},
		{"Community Manager", false},
	} {
		if got := isChatSender([]byte(tt.line)); got != tt.want {
			t.Errorf("isChatSender(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
