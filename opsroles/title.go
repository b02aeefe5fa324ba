// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"bytes"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/rolemodels/ops/opsroles/internal/automaton"
	"github.com/rolemodels/ops/opsroles/internal/fold"
)

// A Title is what a job title says: the area of operations work and the
// seniority.
type Title struct {
	Area  AreaID // empty when the title names no area of the catalog, or another profession
	Level Level  // LevelUnknown when the title does not say
}

// IsZero reports whether t says nothing.
func (t Title) IsZero() bool { return t == Title{} }

// titleRole says how a title word bears on the level.
type titleRole uint8

const (
	roleNoun   titleRole = iota // a word of operations titles that says no level: 运营, editor
	roleHead                    // the head noun of the title sets the level: 经理, manager
	roleSenior                  // raises a specialist title to senior: 高级, senior
	roleJunior                  // marks an entry-level title: 初级, junior
	roleIntern                  // makes any title an internship: 实习, intern
	roleOther                   // names a profession outside operations: 工程师, nurse
	roleBanner                  // announces hiring, and is no title: 兼职招聘, "We're hiring"
	roleMask                    // holds another word and is none: "HR Tech" is an industry
)

// titleWords are the words that make a line a job title and say its level,
// in Simplified Chinese and English; Traditional spellings fold to these.
var titleWords = [...]struct {
	word  string
	level Level
	role  titleRole
}{
	{"实习生", LevelIntern, roleIntern}, {"实习", LevelIntern, roleIntern}, {"见习", LevelIntern, roleIntern},
	{"intern", LevelIntern, roleIntern}, {"interns", LevelIntern, roleIntern}, {"internship", LevelIntern, roleIntern},
	// German postings in English keep these: a Werkstudent works part time
	// while studying, a Praktikant is an intern.
	{"working student", LevelIntern, roleIntern}, {"werkstudent", LevelIntern, roleIntern},
	{"werkstudentin", LevelIntern, roleIntern}, {"praktikant", LevelIntern, roleIntern},
	{"praktikantin", LevelIntern, roleIntern}, {"praktikum", LevelIntern, roleIntern},
	// And their levels: a Referent is a specialist, a Teamleiter leads a
	// team, a Leiter heads the function ("Leitung E-Commerce").
	{"referent", LevelSpecialist, roleHead}, {"referentin", LevelSpecialist, roleHead},
	// Small firms name a post by what it looks after: "Onlineshop
	// Betreuung (m/w/d)".
	{"betreuung", 0, roleNoun},
	// French postings name a project's manager its chef, no cook: "Chef
	// de projet Événements – Event Manager (F/H)".
	{"chef de projet", LevelManager, roleHead}, {"cheffe de projet", LevelManager, roleHead}, {"chef de projets", LevelManager, roleHead}, {"chef(fe) de projet", LevelManager, roleHead},
	{"teamleiter", LevelLead, roleHead}, {"teamleiterin", LevelLead, roleHead}, {"teamleitung", LevelLead, roleHead},
	{"leiter", LevelHead, roleHead}, {"leiterin", LevelHead, roleHead}, {"leitung", LevelHead, roleHead},
	// German titles name their heads in compounds and in the feminine form:
	// Projektleiterin, Filialleiter, Kampagnenmanagerin, Koordinatorin.
	{"managerin", LevelManager, roleHead}, {"koordinator", LevelSpecialist, roleHead}, {"koordinatorin", LevelSpecialist, roleHead}, {"spezialist", LevelSpecialist, roleHead}, {"experte", LevelSenior, roleHead}, {"expertin", LevelSenior, roleHead}, {"expert", LevelSenior, roleHead}, {"spezialistin", LevelSpecialist, roleHead}, {"fachspezialist", LevelSpecialist, roleHead}, {"fachspezialistin", LevelSpecialist, roleHead},
	{"projektmanager", LevelManager, roleHead}, {"projektmanagerin", LevelManager, roleHead}, {"projektleiter", LevelManager, roleHead}, {"projektleiterin", LevelManager, roleHead},
	{"filialleiter", LevelManager, roleHead}, {"filialleiterin", LevelManager, roleHead}, {"marktleiter", LevelManager, roleHead}, {"marktleiterin", LevelManager, roleHead},
	{"restaurantleiter", LevelManager, roleHead}, {"restaurantleiterin", LevelManager, roleHead}, {"gebietsleiter", LevelManager, roleHead}, {"gebietsleiterin", LevelManager, roleHead},
	{"bezirksleiter", LevelManager, roleHead}, {"bezirksleiterin", LevelManager, roleHead}, {"regionalleiter", LevelManager, roleHead}, {"regionalleiterin", LevelManager, roleHead},
	{"prozessmanager", LevelManager, roleHead}, {"prozessmanagerin", LevelManager, roleHead}, {"kampagnenmanager", LevelManager, roleHead}, {"kampagnenmanagerin", LevelManager, roleHead},
	{"partnermanager", LevelManager, roleHead}, {"partnermanagerin", LevelManager, roleHead}, {"eventmanager", LevelManager, roleHead}, {"eventmanagerin", LevelManager, roleHead},
	{"marktplatzmanager", LevelManager, roleHead}, {"marktplatzmanagerin", LevelManager, roleHead}, {"kooperationsmanager", LevelManager, roleHead}, {"kooperationsmanagerin", LevelManager, roleHead},
	{"risikomanager", LevelManager, roleHead}, {"risikomanagerin", LevelManager, roleHead}, {"shopmanager", LevelManager, roleHead}, {"shopmanagerin", LevelManager, roleHead},
	{"kundenerfolgsmanager", LevelManager, roleHead}, {"kundenerfolgsmanagerin", LevelManager, roleHead},
	{"strategiemanager", LevelManager, roleHead}, {"strategiemanagerin", LevelManager, roleHead}, {"prozessoptimierer", LevelSpecialist, roleHead}, {"prozessoptimiererin", LevelSpecialist, roleHead},
	{"marketingmanager", LevelManager, roleHead}, {"marketingmanagerin", LevelManager, roleHead}, {"marketingleiter", LevelHead, roleHead}, {"marketingleiterin", LevelHead, roleHead},
	{"marketingkoordinator", LevelSpecialist, roleHead}, {"marketingkoordinatorin", LevelSpecialist, roleHead}, {"marketingreferent", LevelSpecialist, roleHead}, {"marketingreferentin", LevelSpecialist, roleHead},
	{"projektkoordinator", LevelSpecialist, roleHead}, {"projektkoordinatorin", LevelSpecialist, roleHead},
	{"filialleitung", LevelManager, roleHead}, {"marktleitung", LevelManager, roleHead}, {"restaurantleitung", LevelManager, roleHead},
	{"gebietsleitung", LevelManager, roleHead}, {"bezirksleitung", LevelManager, roleHead}, {"regionalleitung", LevelManager, roleHead},
	{"projektleitung", LevelManager, roleHead},
	{"qualitätsmanager", LevelManager, roleHead}, {"qualitätsmanagerin", LevelManager, roleHead},
	// Systems that know no umlauts spell them ae, oe, ue and ß ss; the
	// catalog's German terms are searched in those spellings too (see
	// germanASCII), and so are these.
	{"qualitaetsmanager", LevelManager, roleHead}, {"qualitaetsmanagerin", LevelManager, roleHead},
	{"maschinenfuehrer", 0, roleOther}, {"maschinenfuehrerin", 0, roleOther}, {"koechin", 0, roleOther},
	{"buerokaufmann", 0, roleOther}, {"buerokauffrau", 0, roleOther}, {"einkaeufer", 0, roleOther},
	{"verkaeufer", 0, roleOther}, {"verkaeuferin", 0, roleOther},
	{"schichtfuehrer", LevelLead, roleOther}, {"schichtfuehrerin", LevelLead, roleOther},
	{"betriebsleiter", LevelManager, roleHead}, {"betriebsleiterin", LevelManager, roleHead}, {"betriebsleitung", LevelManager, roleHead},
	{"personaleinsatzplaner", LevelSpecialist, roleHead}, {"personaleinsatzplanerin", LevelSpecialist, roleHead},
	{"einsatzplaner", LevelSpecialist, roleHead}, {"einsatzplanerin", LevelSpecialist, roleHead},
	// A Redakteur edits, a Planer plans: nouns of the work (see editor, planner).
	{"redakteur", 0, roleNoun}, {"redakteurin", 0, roleNoun}, {"planer", 0, roleNoun}, {"planerin", 0, roleNoun},
	// German words of other professions: the office clerk, the bookkeeper,
	// the call centre's adviser, the shop's and the field's salespeople, the
	// warehouse, the plant, teachers, carers, designers and engineers.
	{"sachbearbeiter", 0, roleOther}, {"sachbearbeiterin", 0, roleOther},
	{"bilanzbuchhalterin", 0, roleOther}, {"finanzbuchhalter", 0, roleOther}, {"finanzbuchhalterin", 0, roleOther}, {"kundenberater", 0, roleOther}, {"kundenberaterin", 0, roleOther},
	{"kundenbetreuer", 0, roleOther}, {"kundenbetreuerin", 0, roleOther}, {"kassierer", 0, roleOther},
	{"kassiererin", 0, roleOther}, {"lageristin", 0, roleOther}, {"kommissioniererin", 0, roleOther},
	{"staplerfahrer", 0, roleOther}, {"staplerfahrerin", 0, roleOther}, {"berufskraftfahrer", 0, roleOther}, {"berufskraftfahrerin", 0, roleOther}, {"kraftfahrer", 0, roleOther},
	{"kraftfahrerin", 0, roleOther}, {"erzieher", 0, roleOther}, {"erzieherin", 0, roleOther}, {"lehrer", 0, roleOther}, {"lehrerin", 0, roleOther}, {"dozent", 0, roleOther}, {"dozentin", 0, roleOther},
	{"altenpfleger", 0, roleOther}, {"altenpflegerin", 0, roleOther}, {"mediengestalter", 0, roleOther}, {"polygraf", 0, roleOther}, {"polygrafin", 0, roleOther}, {"mediengestalterin", 0, roleOther}, {"grafikdesigner", 0, roleOther},
	{"grafikdesignerin", 0, roleOther}, {"systemadministrator", 0, roleOther}, {"systemadministratorin", 0, roleOther}, {"fachinformatiker", 0, roleOther}, {"fachinformatikerin", 0, roleOther},
	{"softwareentwicklerin", 0, roleOther}, {"entwicklerin", 0, roleOther},
	{"ingenieurin", 0, roleOther}, {"elektriker", 0, roleOther}, {"elektrikerin", 0, roleOther}, {"mechatroniker", 0, roleOther}, {"mechatronikerin", 0, roleOther},
	{"produktionsmitarbeiterin", 0, roleOther}, {"maschinenführer", 0, roleOther}, {"maschinenführerin", 0, roleOther}, {"disponent", 0, roleOther},
	{"disponentin", 0, roleOther}, {"vertriebsmitarbeiter", 0, roleOther}, {"vertriebsmitarbeiterin", 0, roleOther}, {"außendienstmitarbeiter", 0, roleOther}, {"außendienstmitarbeiterin", 0, roleOther},
	{"aussendienstmitarbeiter", 0, roleOther}, {"aussendienstmitarbeiterin", 0, roleOther}, {"analystin", 0, roleOther}, {"datenanalyst", 0, roleOther}, {"datenanalystin", 0, roleOther},
	{"lagermitarbeiterin", 0, roleOther}, {"lehrkraft", 0, roleOther}, {"pflegefachfrau", 0, roleOther},
	{"pflegefachmann", 0, roleOther}, {"krankenpfleger", 0, roleOther}, {"krankenschwester", 0, roleOther}, {"koch", 0, roleOther}, {"köchin", 0, roleOther},
	{"speditionskaufmann", 0, roleOther}, {"speditionskauffrau", 0, roleOther}, {"kaufmann", 0, roleOther}, {"kauffrau", 0, roleOther}, {"industriekaufmann", 0, roleOther},
	{"industriekauffrau", 0, roleOther}, {"bürokaufmann", 0, roleOther}, {"bürokauffrau", 0, roleOther}, {"innendienst", 0, roleOther}, {"vertriebsinnendienst", 0, roleOther},
	{"außendienst", 0, roleOther}, {"aussendienst", 0, roleOther}, {"vertrieb", 0, roleOther},
	{"gymnasiallehrer", 0, roleOther}, {"gymnasiallehrerin", 0, roleOther}, {"grundschullehrer", 0, roleOther}, {"grundschullehrerin", 0, roleOther},
	{"realschullehrer", 0, roleOther}, {"realschullehrerin", 0, roleOther}, {"berufsschullehrer", 0, roleOther}, {"berufsschullehrerin", 0, roleOther},
	{"berufsfachschullehrer", 0, roleOther}, {"berufsfachschullehrerin", 0, roleOther}, {"lehrperson", 0, roleOther},
	{"it projektleiter", LevelManager, roleOther}, {"it projektleiterin", LevelManager, roleOther}, {"it projektmanager", LevelManager, roleOther}, {"it projektmanagerin", LevelManager, roleOther}, {"lagerleiter", LevelManager, roleOther}, {"lagerleiterin", LevelManager, roleOther}, {"produktionsleiter", LevelManager, roleOther}, {"produktionsleiterin", LevelManager, roleOther},
	{"vertriebsleiter", LevelManager, roleOther}, {"vertriebsleiterin", LevelManager, roleOther}, {"verkaufsleiter", LevelManager, roleOther}, {"verkaufsleiterin", LevelManager, roleOther},
	{"gebietsverkaufsleiter", LevelManager, roleOther}, {"gebietsverkaufsleiterin", LevelManager, roleOther}, {"lagerleitung", LevelManager, roleOther},
	{"schichtleiter", LevelLead, roleOther}, {"schichtleiterin", LevelLead, roleOther}, {"schichtleitung", LevelLead, roleOther}, {"sachbearbeitung", 0, roleOther}, {"schichtführer", LevelLead, roleOther}, {"schichtführerin", LevelLead, roleOther},
	// Dutch postings and CVs (see alias.nl): a stagiair is an intern, a
	// medewerker an employee of the post, a teamleider or leidinggevende
	// leads a team, a hoofd heads the function; and the heads that Dutch
	// writes in one word with the work (filiaalmanager, procesverbeteraar).
	{"stagiair", LevelIntern, roleIntern}, {"stagiaire", LevelIntern, roleIntern}, {"afstudeerder", LevelIntern, roleIntern}, {"afstudeerstage", LevelIntern, roleIntern}, {"meewerkstage", LevelIntern, roleIntern},
	{"medewerker", LevelSpecialist, roleHead}, {"coördinator", LevelSpecialist, roleHead}, {"adviseur", LevelSpecialist, roleHead},
	{"teamleider", LevelLead, roleHead}, {"teamleidster", LevelLead, roleHead}, {"leidinggevende", LevelLead, roleHead},
	{"hoofd", LevelHead, roleHead}, {"directeur", LevelDirector, roleHead},
	{"bedrijfsleider", LevelManager, roleHead}, {"filiaalmanager", LevelManager, roleHead}, {"filiaalleider", LevelManager, roleHead}, {"vestigingsmanager", LevelManager, roleHead},
	{"winkelmanager", LevelManager, roleHead}, {"projectleider", LevelManager, roleHead}, {"procesmanager", LevelManager, roleHead}, {"kanaalmanager", LevelManager, roleHead},
	{"campagnemanager", LevelManager, roleHead}, {"communitymanager", LevelManager, roleHead}, {"webshopmanager", LevelManager, roleHead}, {"socialmediamanager", LevelManager, roleHead},
	{"procesverbeteraar", LevelSpecialist, roleHead}, {"personeelsplanner", LevelSpecialist, roleHead}, {"roosteraar", LevelSpecialist, roleHead}, {"roosterplanner", LevelSpecialist, roleHead},
	{"capaciteitsplanner", LevelSpecialist, roleHead}, {"planningsmedewerker", LevelSpecialist, roleHead}, {"kwaliteitscoach", LevelSpecialist, roleHead}, {"actiecoördinator", LevelSpecialist, roleHead}, {"actiecoordinator", LevelSpecialist, roleHead}, {"teamcoördinator", LevelSpecialist, roleHead}, {"projectcoördinator", LevelSpecialist, roleHead}, {"marketingcoördinator", LevelSpecialist, roleHead}, {"evenementenmanager", LevelManager, roleHead}, {"evenementencoördinator", LevelSpecialist, roleHead}, {"marketingmedewerker", LevelSpecialist, roleHead},
	{"marketeer", 0, roleNoun}, {"redacteur", 0, roleNoun},
	// Dutch words of other professions: the teacher, the nurse and the
	// carer, the bookkeeper, the fitter, the driver, the warehouse, the
	// shop's and the field's salespeople, the developer, the cook.
	{"analist", 0, roleOther}, {"docent", 0, roleOther}, {"leraar", 0, roleOther}, {"lerares", 0, roleOther}, {"verpleegkundige", 0, roleOther}, {"verzorgende", 0, roleOther},
	{"boekhouder", 0, roleOther}, {"administrateur", 0, roleOther}, {"salarisadministrateur", 0, roleOther}, {"monteur", 0, roleOther}, {"servicemonteur", 0, roleOther}, {"installateur", 0, roleOther},
	{"chauffeur", 0, roleOther}, {"vrachtwagenchauffeur", 0, roleOther}, {"bezorger", 0, roleOther}, {"magazijnmedewerker", 0, roleOther}, {"orderpicker", 0, roleOther},
	{"kassamedewerker", 0, roleOther}, {"verkoopmedewerker", 0, roleOther}, {"verkoper", 0, roleOther}, {"accountmanager", 0, roleOther}, {"binnendienst", 0, roleOther}, {"buitendienst", 0, roleOther},
	{"ontwikkelaar", 0, roleOther}, {"softwareontwikkelaar", 0, roleOther}, {"programmeur", 0, roleOther}, {"kok", 0, roleOther}, {"productiemedewerker", 0, roleOther},
	{"klantenservicemedewerker", 0, roleOther}, {"inkoper", 0, roleOther}, {"jurist", 0, roleOther}, {"tandartsassistent", 0, roleOther}, {"doktersassistent", 0, roleOther},

	{"专员", LevelSpecialist, roleHead}, {"助理", LevelSpecialist, roleHead}, {"特助", LevelSpecialist, roleHead}, {"文员", LevelSpecialist, roleOther},
	// A dispatcher sends out trains, buses and couriers: 运营调度员.
	{"调度员", LevelSpecialist, roleOther},
	{"小编", LevelSpecialist, roleHead}, {"管培生", LevelSpecialist, roleHead}, {"管理培训生", LevelSpecialist, roleHead}, {"trainee", LevelSpecialist, roleHead},
	{"specialist", LevelSpecialist, roleHead}, {"assistant", LevelSpecialist, roleHead},
	{"associate", LevelSpecialist, roleHead}, {"coordinator", LevelSpecialist, roleHead}, {"co ordinator", LevelSpecialist, roleHead},
	{"executive", LevelSpecialist, roleHead}, {"officer", LevelSpecialist, roleHead},
	{"representative", LevelSpecialist, roleHead}, {"administrator", LevelSpecialist, roleHead}, {"generalist", LevelSpecialist, roleHead},
	// Public employers name many specialist posts advisers: "Advisor,
	// Strategic and Operational Planning", "Performance Adviser".
	{"advisor", LevelSpecialist, roleHead}, {"adviser", LevelSpecialist, roleHead},

	{"初级", LevelSpecialist, roleJunior}, {"junior", LevelSpecialist, roleJunior}, {"jr", LevelSpecialist, roleJunior},
	{"应届生", LevelSpecialist, roleJunior}, {"应届", LevelSpecialist, roleJunior}, {"校招", LevelSpecialist, roleJunior},
	{"graduate", LevelSpecialist, roleJunior}, {"entry level", LevelSpecialist, roleJunior},
	{"高级", LevelSenior, roleSenior}, {"资深", LevelSenior, roleSenior},
	// 专家 (expert) is the senior individual rank of Chinese internet
	// companies: 运营专家, 策略运营专家.
	{"专家", LevelSenior, roleSenior},
	{"senior", LevelSenior, roleSenior}, {"sr", LevelSenior, roleSenior},

	{"主管", LevelLead, roleHead}, {"组长", LevelLead, roleHead}, {"领班", LevelLead, roleHead},
	{"lead", LevelLead, roleHead}, {"leader", LevelLead, roleHead}, {"team lead", LevelLead, roleHead},
	{"supervisor", LevelLead, roleHead},

	{"经理", LevelManager, roleHead}, {"店长", LevelManager, roleHead},
	{"manager", LevelManager, roleHead}, {"mgr", LevelManager, roleHead}, {"manger", LevelManager, roleHead}, // the slip (see slips)

	{"总监", LevelDirector, roleHead}, {"director", LevelDirector, roleHead},

	{"负责人", LevelHead, roleHead}, {"副总裁", LevelHead, roleHead}, {"总经理", LevelHead, roleHead},
	{"head", LevelHead, roleHead}, {"vp", LevelHead, roleHead}, {"svp", LevelHead, roleHead},
	{"vice president", LevelHead, roleHead}, {"general manager", LevelHead, roleHead},

	{"首席运营官", LevelChief, roleHead}, {"首席执行官", LevelChief, roleHead}, {"首席", LevelChief, roleHead},
	{"coo", LevelChief, roleHead}, {"ceo", LevelChief, roleHead}, {"cmo", LevelChief, roleHead},
	{"cgo", LevelChief, roleHead}, {"chief", LevelChief, roleHead}, {"chief of staff", LevelDirector, roleHead},
	{"营运长", LevelChief, roleHead}, // Taiwan's title for the COO, 營運長
	{"chief operating officer", LevelChief, roleHead}, {"chief growth officer", LevelChief, roleHead},
	{"chief marketing officer", LevelChief, roleHead}, {"chief customer officer", LevelChief, roleHead},
	{"chief strategy officer", LevelChief, roleHead}, {"chief experience officer", LevelChief, roleHead},
	// Chiefs of other professions.
	{"chief financial officer", LevelChief, roleOther}, {"cfo", LevelChief, roleOther}, {"首席财务官", LevelChief, roleOther},
	{"chief technology officer", LevelChief, roleOther}, {"cto", LevelChief, roleOther}, {"首席技术官", LevelChief, roleOther},
	{"chief people officer", LevelChief, roleOther}, {"chief human resources officer", LevelChief, roleOther},
	{"chro", LevelChief, roleOther}, {"cpo", LevelChief, roleOther}, {"首席人力资源官", LevelChief, roleOther}, {"首席人才官", LevelChief, roleOther},
	{"chief information officer", LevelChief, roleOther}, {"cio", LevelChief, roleOther},

	// Words of operations titles that say no level.
	{"运营", 0, roleNoun}, {"营运", 0, roleNoun}, {"营销", 0, roleNoun}, {"行销", 0, roleNoun},
	{"策划", 0, roleNoun}, {"企划", 0, roleNoun}, {"编辑", 0, roleNoun}, {"督导", 0, roleNoun},
	{"场控", 0, roleNoun}, {"中控", 0, roleNoun}, {"调度", 0, roleNoun},
	{"审核员", 0, roleNoun},
	// Media buyers: 信息流优化师, 短剧投放, and 投手 in the trade's slang;
	// 达人建联 reaches out to influencers.
	{"优化师", 0, roleNoun}, {"投手", 0, roleNoun}, {"投放", 0, roleNoun}, {"投流", 0, roleNoun},
	{"media buyer", 0, roleNoun}, {"建联", 0, roleNoun},
	{"operations", 0, roleNoun}, {"ops", 0, roleNoun}, {"operation", 0, roleNoun}, {"operator", 0, roleHead}, {"marketing", 0, roleNoun}, {"marketer", 0, roleNoun},
	{"editor", 0, roleNoun}, {"strategist", 0, roleNoun}, {"producer", 0, roleNoun}, {"planner", 0, roleNoun},
	// Six Sigma's belts name the improvers who hold them: 六西格玛黑带. In
	// English the belt is more often the candidate's certificate ("saw the
	// Lean Six Sigma Black Belt on your profile").
	{"黑带", 0, roleNoun}, {"绿带", 0, roleNoun},
	{"owner", 0, roleNoun}, {"partner", 0, roleNoun}, {"moderator", 0, roleNoun}, {"moderators", 0, roleNoun},

	// Other professions: a title naming one of them, and no area, is not
	// an operations job, whatever operations words its text holds.
	{"工程师", 0, roleOther}, {"开发", 0, roleOther}, {"程序员", 0, roleOther}, {"架构师", 0, roleOther}, {"后端", 0, roleOther},
	// Testers, of software and of games' versions and events.
	{"游戏测试", 0, roleOther}, {"软件测试", 0, roleOther}, {"测试开发", 0, roleOther}, {"游戏qa", 0, roleOther},
	{"设计师", 0, roleOther}, {"分析师", 0, roleOther}, {"研究员", 0, roleOther}, {"研究助理", LevelSpecialist, roleOther}, {"科研助理", LevelSpecialist, roleOther}, {"科学家", 0, roleOther}, {"顾问", 0, roleOther},
	{"会计", 0, roleOther}, {"出纳", 0, roleOther}, {"财务", 0, roleOther}, {"审计", 0, roleOther},
	{"护士", 0, roleOther}, {"护师", 0, roleOther}, {"护理", 0, roleOther}, {"医生", 0, roleOther}, {"药剂师", 0, roleOther},
	{"教师", 0, roleOther}, {"老师", 0, roleOther}, {"厨师", 0, roleOther}, {"主厨", 0, roleOther},
	{"司机", 0, roleOther}, {"律师", 0, roleOther}, {"法务", 0, roleOther}, {"销售", 0, roleOther},
	// Presales: the consultants who write the bids and run the demos.
	{"售前", 0, roleOther}, {"presales", 0, roleOther}, {"pre sales", 0, roleOther}, {"solutions consultant", 0, roleOther}, {"solution consultant", 0, roleOther}, {"solutions engineer", 0, roleOther}, {"solution architect", 0, roleOther}, {"solutions architect", 0, roleOther},
	// Technical and back-office staff of public notices and banks:
	// 专业技术人员, 集中作业岗.
	{"技术人员", 0, roleOther}, {"技术员", 0, roleOther}, {"网管", 0, roleOther}, {"noc", 0, roleOther}, {"soc analyst", 0, roleOther}, {"soc engineer", 0, roleOther}, {"技术岗", 0, roleOther}, {"作业岗", 0, roleOther}, {"作业员", 0, roleOther},
	// Technicians and pharmacists, whom a store's title may name: a car
	// wash's 门店运营技师, a pharmacy's 药店运营｜执业药师.
	{"技师", 0, roleOther}, {"药师", 0, roleOther},
	// Graphic, brand, packaging and interface design, as a direction too:
	// 市场专员（平面设计方向）, 品牌设计专员.
	{"平面设计", 0, roleOther}, {"视觉设计", 0, roleOther}, {"视觉", 0, roleOther}, {"品牌设计", 0, roleOther}, {"包装设计", 0, roleOther}, {"ui设计", 0, roleOther}, {"交互设计", 0, roleOther}, {"graphic design", 0, roleOther}, {"visual design", 0, roleOther},
	// and the designers, whose 师 ends the title: 新媒体运营部·视觉设计师.
	{"平面设计师", 0, roleOther}, {"视觉设计师", 0, roleOther}, {"品牌设计师", 0, roleOther}, {"包装设计师", 0, roleOther}, {"ui设计师", 0, roleOther}, {"交互设计师", 0, roleOther},
	// Investors in funds and companies.
	{"投资经理", LevelManager, roleOther}, {"投资总监", LevelDirector, roleOther},
	// Customs clerks and game localisers of cross-border trade.
	{"关务", 0, roleOther}, {"本地化专员", LevelSpecialist, roleOther},
	// Creators who make content for brands, on their own accounts.
	{"博主", 0, roleOther}, {"ugc creator", 0, roleOther}, {"content creator", 0, roleOther}, {"micro influencer", 0, roleOther}, {"social media influencer", 0, roleOther}, {"lifestyle creator", 0, roleOther}, {"influencerin", 0, roleOther},
	// Construction: 工程项目经理 builds, fits out stores or not.
	{"工程项目经理", LevelManager, roleOther}, {"工程经理", LevelManager, roleOther}, {"工程总监", LevelDirector, roleOther},
	{"工程部经理", LevelManager, roleOther}, {"施工员", 0, roleOther},
	// Bankers who sell wealth products on targets.
	{"理财经理", LevelManager, roleOther}, {"理财顾问", 0, roleOther}, {"理财师", 0, roleOther},
	{"wealth manager", LevelManager, roleOther}, {"financial advisor", 0, roleOther}, {"financial adviser", 0, roleOther},
	{"代表", 0, roleOther}, {"医药代表", 0, roleOther}, {"医学代表", 0, roleOther}, {"medical representative", LevelSpecialist, roleOther}, {"medical rep", LevelSpecialist, roleOther}, {"pharmaceutical representative", LevelSpecialist, roleOther}, {"pharma rep", LevelSpecialist, roleOther}, {"客服", 0, roleOther}, {"招聘", 0, roleOther}, {"人事", 0, roleOther},
	// A posting's banner holds 招聘 without naming a recruiter's job.
	{"兼职招聘", 0, roleBanner}, {"全职招聘", 0, roleBanner}, {"招聘启事", 0, roleBanner},
	{"社会招聘", 0, roleBanner}, {"校园招聘", 0, roleBanner}, {"高薪招聘", 0, roleBanner},
	{"长期招聘", 0, roleBanner}, {"火热招聘", 0, roleBanner}, {"急招聘", 0, roleBanner},
	{"招聘中", 0, roleBanner}, {"正在招聘", 0, roleBanner},
	{"executive brief", 0, roleBanner}, {"executive summary", 0, roleBanner},
	{"we're hiring", 0, roleBanner}, {"we are hiring", 0, roleBanner}, {"now hiring", 0, roleBanner},
	{"招聘季", 0, roleBanner}, {"春季招聘", 0, roleBanner}, {"秋季招聘", 0, roleBanner}, {"招聘会", 0, roleBanner},
	{"内推", 0, roleBanner}, {"招聘信息", 0, roleBanner}, {"招聘公告", 0, roleBanner}, {"招聘简章", 0, roleBanner},
	// HR's letters and notices about a job, which name it in their text.
	{"人事任命通知", 0, roleBanner}, {"任命通知", 0, roleBanner}, {"人事任命", 0, roleBanner}, {"任免通知", 0, roleBanner},
	{"调岗通知", 0, roleBanner}, {"录用通知书", 0, roleBanner}, {"录用通知", 0, roleBanner}, {"聘用通知", 0, roleBanner},
	{"人事公告", 0, roleBanner}, {"人事变动", 0, roleBanner}, {"人事通知", 0, roleBanner}, {"人事调整", 0, roleBanner},
	{"调动通知", 0, roleBanner}, {"人事调动", 0, roleBanner}, {"晋升通知", 0, roleBanner}, {"晋升公告", 0, roleBanner},
	// Industries that hold a profession's word: the customers of "Customer
	// Success Manager (SaaS / HR Tech)" are HR teams.
	{"hr tech", 0, roleMask}, {"hrtech", 0, roleMask}, {"hr saas", 0, roleMask}, {"hr software", 0, roleMask},
	// A recruiting product, where a recruiter's saved search comes from.
	{"linkedin recruiter", 0, roleMask}, {"recruiter lite", 0, roleMask},
	// Kinds of contract that hold a profession's word: 人事代理 hires
	// through an agency, whatever the job.
	{"人事代理", 0, roleMask}, {"人事派遣", 0, roleMask},
	{"legal tech", 0, roleMask}, {"legaltech", 0, roleMask}, {"人力资源科技", 0, roleMask}, {"人力资源saas", 0, roleMask},
	// A head office is a place, not the head of one: "Operations Executive
	// (Head Office)".
	{"head office", 0, roleMask}, {"head offices", 0, roleMask},
	// A chain's new stores are developed, not coded: 展店专员（新店开发）.
	{"新店开发", 0, roleMask}, {"展店开发", 0, roleMask}, {"门店开发", 0, roleMask},
	// Mega sales are a marketplace's sale days, not a sales team:
	// "Campaign Executive (E-commerce Mega Sales)".
	{"mega sales", 0, roleMask}, {"mega sale", 0, roleMask},
	// An AI agent is software, not a call centre's agent: 智能体(Agent)运营.
	{"智能体(agent)", 0, roleMask}, {"ai agent", 0, roleMask}, {"ai agents", 0, roleMask},
	// A platform's work on its drivers and couriers, which names them as
	// the supply it wins and keeps: "Growth Manager – Driver Acquisition".
	{"driver acquisition", 0, roleMask}, {"driver engagement", 0, roleMask}, {"driver retention", 0, roleMask},
	{"driver onboarding", 0, roleMask}, {"driver incentives", 0, roleMask}, {"driver supply", 0, roleMask},
	{"driver growth", 0, roleMask}, {"driver experience", 0, roleMask}, {"driver community", 0, roleMask},
	// And the platform's watch over them: "Senior Manager, Driver
	// Integrity & Safety Operations".
	{"driver integrity", 0, roleMask}, {"driver safety", 0, roleMask}, {"driver quality", 0, roleMask},
	{"driver operations", 0, roleMask}, {"driver ops", 0, roleMask},
	// And a software maker's community of developers: "Community
	// Manager – Developer & Maker Community".
	{"developer community", 0, roleMask}, {"developer communities", 0, roleMask},
	{"developer & maker community", 0, roleMask}, {"developer and maker community", 0, roleMask},
	{"courier acquisition", 0, roleMask}, {"courier engagement", 0, roleMask}, {"courier retention", 0, roleMask},
	{"courier onboarding", 0, roleMask}, {"courier incentives", 0, roleMask}, {"courier supply", 0, roleMask},
	// A company's partners, which a qualifier names as the work's object,
	// not the partner of a firm: "Operations Manager – Partner Network".
	{"partner network", 0, roleMask}, {"partner networks", 0, roleMask}, {"partner program", 0, roleMask},
	{"partner programs", 0, roleMask}, {"partner programme", 0, roleMask}, {"partner relations", 0, roleMask},
	// An in-house consultant who improves processes: "Process Improvement
	// Consultant", not a consultancy's, whose title names the practice
	// after the job ("Senior Consultant, Operations Excellence").
	{"improvement consultant", 0, roleMask},
	{"产品", 0, roleOther}, {"技工", 0, roleOther},
	{"engineer", 0, roleOther}, {"developer", 0, roleOther}, {"programmer", 0, roleOther}, {"architect", 0, roleOther}, {"tester", 0, roleOther}, {"pentester", 0, roleOther},
	{"designer", 0, roleOther}, {"analyst", 0, roleOther}, {"scientist", 0, roleOther}, {"consultant", 0, roleOther},
	{"artist", 0, roleOther}, {"illustrator", 0, roleOther}, {"animator", 0, roleOther}, {"插画师", 0, roleOther}, {"原画", 0, roleOther},
	// Insurers' claims and underwriting, hotels' front office, gyms' membership sales.
	// The adjusters and underwriters themselves: 理赔 alone may be the
	// line of business a process serves (运营流程优化经理（理赔方向）).
	{"理赔专员", LevelSpecialist, roleOther}, {"理赔员", 0, roleOther}, {"理赔岗", 0, roleOther}, {"理赔师", 0, roleOther},
	{"核保专员", LevelSpecialist, roleOther}, {"核保员", 0, roleOther}, {"核保岗", 0, roleOther}, {"核保师", 0, roleOther},
	{"claims adjuster", 0, roleOther}, {"claims handler", 0, roleOther}, {"underwriter", 0, roleOther},
	{"前厅", 0, roleOther}, {"大堂经理", LevelManager, roleOther}, {"会籍", 0, roleOther},
	{"accountant", 0, roleOther}, {"police community support officer", 0, roleOther}, {"police officer", 0, roleOther}, {"police constable", 0, roleOther}, {"pcso", 0, roleOther}, {"bursar", 0, roleOther}, {"auditor", 0, roleOther}, {"audit", 0, roleOther}, {"data entry", 0, roleOther}, {"nurse", 0, roleOther}, {"physician", 0, roleOther},
	{"worker", 0, roleOther}, {"caseworker", 0, roleOther}, {"社工", 0, roleOther}, {"社会工作者", 0, roleOther}, {"社区工作者", 0, roleOther},
	{"pharmacist", 0, roleOther}, {"dentist", 0, roleOther}, {"dental hygienist", 0, roleOther}, {"hygienist", 0, roleOther}, {"dental assistant", 0, roleOther}, {"dental nurse", 0, roleOther},
	{"service crew", 0, roleOther}, {"crew member", 0, roleOther}, {"cabin crew", 0, roleOther}, {"kitchen crew", 0, roleOther}, {"restaurant crew", 0, roleOther}, {"outlet crew", 0, roleOther}, {"teacher", 0, roleOther}, {"instructor", 0, roleOther}, {"tutor", 0, roleOther}, {"chef", 0, roleOther}, {"cook", 0, roleOther}, {"barista", 0, roleOther},
	// A venue's floor and bar staff, and the guards who watch a shop's floor.
	{"内场人员", 0, roleOther}, {"外场人员", 0, roleOther}, // a Taiwanese restaurant's kitchen and floor staff
	{"bartender", 0, roleOther}, {"barback", 0, roleOther}, {"banquet server", 0, roleOther}, {"restaurant server", 0, roleOther}, {"waiter", 0, roleOther}, {"waitress", 0, roleOther}, {"busser", 0, roleOther}, {"food runner", 0, roleOther},
	{"security officer", LevelSpecialist, roleOther}, {"security guard", 0, roleOther},
	// Schools' and colleges' advisers of students, who also enrol them.
	{"counsellor", 0, roleOther}, {"counselor", 0, roleOther},
	{"driver", 0, roleOther}, {"drivers", 0, roleOther}, {"lawyer", 0, roleOther}, {"solicitor", 0, roleOther}, {"barrister", 0, roleOther}, {"investment associate", LevelSpecialist, roleOther}, {"investment analyst", LevelSpecialist, roleOther}, {"investment manager", LevelManager, roleOther}, {"attorney", 0, roleOther}, {"counsel", 0, roleOther},
	{"paralegal", 0, roleOther}, {"sales", 0, roleOther}, {"recruiter", 0, roleOther}, {"hr", 0, roleOther},
	{"hrbp", 0, roleOther}, {"hr business partner", 0, roleOther}, {"people business partner", 0, roleOther}, {"people partner", 0, roleOther},
	{"financial business partner", 0, roleOther}, {"finance bp", 0, roleOther}, {"财务bp", 0, roleOther},
	// An agency's account directors serve its clients; investor relations
	// speaks to shareholders.
	{"account director", LevelDirector, roleOther}, {"客户总监", LevelDirector, roleOther},
	{"investor relations", 0, roleOther}, {"投资者关系", 0, roleOther},
	// Copywriters write copy; a 文案策划 plans the words, not the work.
	{"文案", 0, roleOther}, {"copywriter", 0, roleOther}, {"copy editor", 0, roleOther}, {"copyeditor", 0, roleOther}, {"sub editor", 0, roleOther}, {"proofreader", 0, roleOther},
	{"finance business partner", 0, roleOther}, {"it business partner", 0, roleOther}, {"human resources", 0, roleOther}, {"human resource", 0, roleOther}, {"natural resource", 0, roleOther}, {"natural resources", 0, roleOther},
	{"买手", 0, roleOther}, {"fashion buyer", 0, roleOther}, {"retail buyer", 0, roleOther}, {"demand planner", 0, roleOther}, {"demand planning", 0, roleOther}, {"demand & supply planning", 0, roleOther}, {"demand and supply planning", 0, roleOther}, {"supply planner", 0, roleOther},
	{"计划专员", LevelSpecialist, roleOther}, {"计划员", 0, roleOther}, {"需求计划", 0, roleOther}, {"供应计划", 0, roleOther}, {"供需计划", 0, roleOther}, {"s&op", 0, roleOther}, {"controller", 0, roleOther}, {"咨询", 0, roleOther}, {"product", 0, roleOther}, {"software", 0, roleOther}, {"technician", 0, roleOther},
	{"video editor", 0, roleOther}, {"video producer", 0, roleOther}, {"video editing", 0, roleOther}, {"videoschnitt", 0, roleOther}, {"cutter", 0, roleOther}, {"cutterin", 0, roleOther}, {"camera operator", 0, roleOther}, {"videographer", 0, roleOther}, {"photographer", 0, roleOther}, {"cinematographer", 0, roleOther}, {"film editor", 0, roleOther}, {"writer", 0, roleOther}, {"researcher", 0, roleOther}, {"talent acquisition", 0, roleOther}, {"talent partner", 0, roleOther}, {"sourcer", 0, roleOther},
	{"人力资源", 0, roleOther}, {"行政", 0, roleOther}, {"美工", 0, roleOther}, {"美编", 0, roleOther}, {"运营美术", 0, roleOther}, {"物流专员", LevelSpecialist, roleOther}, {"剪辑", 0, roleOther}, {"剪辑师", 0, roleOther}, {"视频剪辑", 0, roleOther}, {"视频剪辑师", 0, roleOther}, {"配音", 0, roleOther}, {"兽医", 0, roleOther}, {"兽医助理", LevelSpecialist, roleOther},
	// Callers who follow up on customers by phone (客户回访专员).
	{"回访专员", LevelSpecialist, roleOther}, {"回访员", 0, roleOther},
	{"编导", 0, roleOther}, {"编剧", 0, roleOther}, {"screenwriter", 0, roleOther}, {"scriptwriter", 0, roleOther},
	// Hosts present on camera; the live room's operations (直播运营, 场控,
	// 中控) are the work around them.
	{"主播", 0, roleOther}, {"带货主播", 0, roleOther}, {"电商主播", 0, roleOther}, {"host", 0, roleOther}, {"anchor", 0, roleOther}, {"直播主", 0, roleOther}, {"直播主管", LevelLead, roleHead},
	{"采购", 0, roleOther}, {"purchasing", 0, roleOther}, {"procurement", 0, roleOther},
	{"摄影", 0, roleOther}, {"摄像", 0, roleOther}, {"灯光师", 0, roleOther}, {"模特", 0, roleOther}, {"收银", 0, roleOther}, {"营业员", 0, roleOther},
	// A beauty salon's and a spa's craftspeople.
	{"美容师", 0, roleOther}, {"美发师", 0, roleOther}, {"发型师", 0, roleOther}, {"美甲师", 0, roleOther}, {"美睫师", 0, roleOther},
	{"按摩师", 0, roleOther}, {"理疗师", 0, roleOther}, {"养生师", 0, roleOther}, {"纹绣师", 0, roleOther}, {"皮肤管理师", 0, roleOther},
	// A live room's crew besides its hosts: make-up, lighting, directing.
	{"化妆师", 0, roleOther}, {"造型师", 0, roleOther}, {"化妆造型", 0, roleOther}, {"灯光", 0, roleOther}, {"导播", 0, roleOther},
	{"店员", 0, roleOther}, {"门市人员", 0, roleOther}, {"服务人员", 0, roleOther}, {"话务员", 0, roleOther}, {"热线坐席", 0, roleOther}, {"坐席员", 0, roleOther}, {"接线员", 0, roleOther}, {"门店店员", 0, roleOther}, {"服务员", 0, roleOther}, {"楼面部长", LevelLead, roleOther}, {"楼面领班", LevelLead, roleOther}, {"外场领班", LevelLead, roleOther}, {"教练", 0, roleOther}, {"coach", 0, roleOther}, {"经纪人", 0, roleOther},
	{"数值策划", 0, roleOther}, {"游戏策划", 0, roleOther}, {"关卡策划", 0, roleOther}, {"系统策划", 0, roleOther},
	{"运维", 0, roleOther}, {"cashier", 0, roleOther}, {"clerk", 0, roleOther}, {"transaction processing", 0, roleOther}, {"transaction processor", 0, roleOther},
	{"service desk", 0, roleOther}, {"help desk", 0, roleOther}, {"helpdesk", 0, roleOther}, {"desktop support", 0, roleOther},
	// A property company's stewards of a building's owners and a telecom
	// carrier's district salespeople.
	// A lender's credit reviewers and telephone verifiers, and a bank's
	// clearing clerks.
	{"信审专员", LevelSpecialist, roleOther}, {"信审员", 0, roleOther}, {"信审岗", 0, roleOther}, {"电核专员", LevelSpecialist, roleOther}, {"电核员", 0, roleOther}, {"清算岗", 0, roleOther}, {"清算专员", LevelSpecialist, roleOther},
	// Appraisers of used cars, property and jewellery.
	{"评估师", 0, roleOther}, {"鉴定师", 0, roleOther},
	{"物业管家", 0, roleOther}, {"楼栋管家", 0, roleOther}, {"住宅管家", 0, roleOther}, {"网格经理", LevelManager, roleOther},
	{"服务台", 0, roleOther}, {"仓管", 0, roleOther}, {"库管", 0, roleOther}, {"仓库管理员", 0, roleOther}, {"理货员", 0, roleOther}, {"理货", 0, roleOther},
	// A chain's crew, which coffee and tea chains call partners: 门店运营伙伴
	// makes the drinks and works the till.
	{"门店伙伴", 0, roleOther}, {"门店运营伙伴", 0, roleOther}, {"门市伙伴", 0, roleOther}, {"门市营运伙伴", 0, roleOther}, {"门店营运伙伴", 0, roleOther},
	{"门市营运人员", 0, roleOther}, {"门店营运人员", 0, roleOther}, {"门店运营人员", 0, roleOther},
	{"电话营销", 0, roleOther}, {"电话行销", 0, roleOther}, {"电销", 0, roleOther}, {"电话邀约", 0, roleOther},
	{"reporter", 0, roleOther}, {"journalist", 0, roleOther}, {"correspondent", 0, roleOther},
	// Trainers who teach operations as a trade: 电商运营讲师.
	{"讲师", 0, roleOther},
	// Streamers perform; civil servants sit examinations for posts.
	{"streamer", 0, roleOther}, {"公务员", 0, roleOther}, {"选调生", 0, roleOther},
	{"civil servant", 0, roleOther}, {"civil service", 0, roleOther},
	{"data engineering", 0, roleOther}, {"software engineering", 0, roleOther},
	// Tellers work a bank's counters (柜面); fundraisers raise money on targets,
	// though fundraising events are campaigns; a practice administrator runs
	// a doctors' office; facilities teams run buildings.
	{"柜员", 0, roleOther}, {"柜面", 0, roleOther}, {"teller", 0, roleOther}, {"fundraiser", 0, roleOther}, {"fundraising", 0, roleOther},
	{"fundraising events", 0, roleMask}, {"fundraising event", 0, roleMask}, {"practice administrator", 0, roleOther},
	{"facilities", 0, roleOther}, {"facility manager", LevelManager, roleOther},
	{"sre", 0, roleOther}, {"devops", 0, roleOther}, {"site reliability", 0, roleOther},
	// 组织运营 and 组织发展 shape an organisation: HR work.
	{"组织运营", 0, roleOther}, {"组织发展", 0, roleOther},
	// Editors who polish papers: 医学编辑（SCI论文润色）; lawyers who check
	// compliance, and compliance officers who review what marketing
	// publishes: 合规审查专员（营销宣传方向）.
	{"润色", 0, roleOther}, {"论文", 0, roleOther}, {"法务合规", 0, roleOther}, {"合规审查", 0, roleOther},
	// Foreign trade's paperwork and order follow-up; press officers.
	{"报关", 0, roleOther}, {"单证", 0, roleOther}, {"跟单", 0, roleOther},
	{"public relations", 0, roleOther}, {"pr executive", LevelSpecialist, roleOther}, {"pr manager", LevelManager, roleOther},
	{"press officer", LevelSpecialist, roleOther}, {"pr specialist", LevelSpecialist, roleOther}, {"pr director", LevelDirector, roleOther},
	{"公关经理", LevelManager, roleOther}, {"公关专员", LevelSpecialist, roleOther}, {"公关主管", LevelLead, roleOther}, {"公关总监", LevelDirector, roleOther},
	// The trades behind a generic "Operations Executive": a freight
	// forwarder's and a bank's settlements.
	{"sea export", 0, roleOther}, {"air export", 0, roleOther},
	{"settlements", 0, roleOther}, {"reconciliations", 0, roleOther},
	// Teachers of operations and the consultants who advise on it.
	{"professor", 0, roleOther}, {"lecturer", 0, roleOther}, {"教授", 0, roleOther}, {"consulting", 0, roleOther},
	// Education's own trades: 教研 designs lessons, 助教 marks homework, and
	// 学管师, 课程顾问 and 招生顾问 sell courses and renewals on targets, as a
	// gym's 会籍顾问 sells memberships.
	{"教研", 0, roleOther}, {"助教", 0, roleOther}, {"学管师", 0, roleOther}, {"学习管理师", 0, roleOther}, {"课程顾问", 0, roleOther}, {"会籍顾问", 0, roleOther},
	{"招生顾问", 0, roleOther}, {"学习顾问", 0, roleOther},
	// Regulatory affairs registers products; FP&A and finance analysts
	// plan finances, whatever team they serve ("Commercial Finance
	// Analyst - Store Operations"); a warehouse's associates pick and pack.
	{"regulatory affairs", 0, roleOther}, {"法规事务", 0, roleOther}, {"注册专员", LevelSpecialist, roleOther}, {"投标", 0, roleOther}, {"标书", 0, roleOther}, {"store associate", LevelSpecialist, roleOther}, {"store associates", LevelSpecialist, roleOther},
	{"warehouse operations associate", LevelSpecialist, roleOther}, {"fulfillment associate", LevelSpecialist, roleOther},
	{"fulfillment operations associate", LevelSpecialist, roleOther}, {"fulfilment operations associate", LevelSpecialist, roleOther},
	{"fulfilment associate", LevelSpecialist, roleOther}, {"fp&a", 0, roleOther}, {"fp&a analyst", 0, roleOther},
	{"finance analyst", 0, roleOther}, {"loss prevention officer", LevelSpecialist, roleOther}, {"loss prevention associate", LevelSpecialist, roleOther}, {"store detective", LevelSpecialist, roleOther}, {"finance manager", LevelManager, roleOther}, {"finance director", LevelDirector, roleOther}, {"head of finance", LevelHead, roleOther}, {"finance officer", LevelSpecialist, roleOther}, {"finance executive", LevelSpecialist, roleOther}, {"financial analyst", 0, roleOther},
	// A research agency's interviewers collect questionnaires in the
	// field, and their supervisors check them.
	{"访问员", 0, roleOther}, {"访员", 0, roleOther}, {"访问督导", 0, roleOther}, {"field interviewer", 0, roleOther},
	// German postings name these professions in German.
	{"einkäufer", 0, roleOther}, {"fachkraft", 0, roleOther}, {"pflegefachkraft", 0, roleOther},
	{"steuerfachangestellte", 0, roleOther}, {"steuerfachangestellter", 0, roleOther},
	{"buchhalter", 0, roleOther}, {"buchhalterin", 0, roleOther}, {"bilanzbuchhalter", 0, roleOther},
	{"controllerin", 0, roleOther}, {"werkscontroller", 0, roleOther}, {"werkscontrollerin", 0, roleOther},
	{"konzerncontroller", 0, roleOther}, {"konzerncontrollerin", 0, roleOther}, {"finanzcontroller", 0, roleOther}, {"finanzcontrollerin", 0, roleOther},
	{"entwickler", 0, roleOther}, {"softwareentwickler", 0, roleOther}, {"ingenieur", 0, roleOther},
	{"produktionsmitarbeiter", 0, roleOther}, {"lagermitarbeiter", 0, roleOther}, {"lagerist", 0, roleOther}, {"fachkraft für lagerlogistik", 0, roleOther}, {"fachlagerist", 0, roleOther}, {"fachlageristin", 0, roleOther},
	{"kommissionierer", 0, roleOther}, {"verkäufer", 0, roleOther}, {"verkäuferin", 0, roleOther},
	{"picker", 0, roleOther}, {"packer", 0, roleOther}, {"拣货员", 0, roleOther}, {"打包员", 0, roleOther}, {"打包发货", 0, roleOther}, {"出镜", 0, roleOther},
	{"分拣员", 0, roleOther}, {"记者", 0, roleOther}, {"责任编辑", 0, roleOther}, {"图书编辑", 0, roleOther}, {"校对员", 0, roleOther},
	{"土建", 0, roleOther}, {"房建", 0, roleOther}, {"总承包", 0, roleOther}, {"施工", 0, roleOther},
	{"建造师", 0, roleOther}, {"造价", 0, roleOther},
	// Clerks, statisticians, researchers and engineers, collectors,
	// safety officers, settlement clerks and schools' class teachers.
	{"录入员", 0, roleOther}, {"数据录入", 0, roleOther}, {"信息录入", 0, roleOther}, {"医学统计", 0, roleOther}, {"生物统计", 0, roleOther}, {"研发项目", 0, roleOther},
	{"药品研发", 0, roleOther}, {"算法", 0, roleOther}, {"催收", 0, roleOther}, {"ehs", 0, roleOther}, {"clinical trial", 0, roleOther}, {"clinical data", 0, roleOther}, {"clinical trials", 0, roleOther}, {"hse", 0, roleOther},
	{"清算交收", 0, roleOther}, {"学籍", 0, roleOther}, {"小学班主任", 0, roleOther}, {"中学班主任", 0, roleOther},
	{"初中班主任", 0, roleOther}, {"高中班主任", 0, roleOther},
	{"监理", 0, roleOther}, {"电工", 0, roleOther}, {"焊工", 0, roleOther}, {"普工", 0, roleOther},
	{"保安", 0, roleOther}, {"保洁", 0, roleOther}, {"前台", 0, roleOther}, {"翻译", 0, roleOther}, {"译者", 0, roleOther}, {"译员", 0, roleOther}, {"localizer", 0, roleOther}, {"localiser", 0, roleOther},
	{"驾驶员", 0, roleOther}, {"值班员", 0, roleOther}, {"站务员", 0, roleOther}, {"空运出口", 0, roleOther}, {"空运进口", 0, roleOther}, {"海运出口", 0, roleOther}, {"海运进口", 0, roleOther}, {"用户服务专员", LevelSpecialist, roleOther}, {"指挥员", 0, roleOther}, {"成本核算", 0, roleOther}, {"乘务员", 0, roleOther}, {"收费员", 0, roleOther},
	{"售票员", 0, roleOther}, {"安检员", 0, roleOther}, {"运行工", 0, roleOther}, {"操作工", 0, roleOther},
	{"化验员", 0, roleOther}, {"生产经理", LevelManager, roleOther}, {"生产主管", LevelLead, roleOther},
	{"生产总监", LevelDirector, roleOther}, {"生产副总", LevelHead, roleOther}, {"厂长", LevelHead, roleOther}, {"巡检员", 0, roleOther}, {"仓储管理员", 0, roleOther}, {"仓储专员", 0, roleOther},
	{"客户服务专员", LevelSpecialist, roleOther}, {"客户服务代表", LevelSpecialist, roleOther}, {"客户服务主任", LevelSpecialist, roleOther}, {"客户服务主管", LevelLead, roleOther}, {"客户服务组长", LevelLead, roleOther},
	{"业务经理", LevelManager, roleOther}, {"业务主管", LevelLead, roleOther}, {"业务专员", LevelSpecialist, roleOther}, {"业务代表", LevelSpecialist, roleOther},
	{"业务员", 0, roleOther}, {"政企客户经理", LevelManager, roleOther}, {"集团客户经理", LevelManager, roleOther}, {"代理人", 0, roleOther}, {"导购", 0, roleOther}, {"店务员", 0, roleOther}, {"shop assistant", LevelSpecialist, roleOther}, {"retail assistant", LevelSpecialist, roleOther}, {"sales assistant", LevelSpecialist, roleOther}, {"骑手", 0, roleOther},
	{"配送员", 0, roleOther}, {"快递员", 0, roleOther}, {"标注员", 0, roleOther},
	{"agent", 0, roleOther}, {"courier", 0, roleOther}, {"delivery executive", 0, roleOther}, {"delivery rider", 0, roleOther}, {"delivery boy", 0, roleOther}, {"delivery boys", 0, roleOther},
	// A property company's managers of an estate, and a trial's monitors.
	{"物业经理", LevelManager, roleOther}, {"物业项目经理", LevelManager, roleOther}, {"物业主管", LevelLead, roleOther}, {"临床监查员", 0, roleOther}, {"监查员", 0, roleOther},
	// A factory's managers and a hospital's nursing leaders.
	{"plant manager", LevelManager, roleOther}, {"plant director", LevelDirector, roleOther}, {"plant head", LevelHead, roleOther},
	{"nursing officer", 0, roleOther}, {"director of nursing", LevelDirector, roleOther}, {"nursing director", LevelDirector, roleOther}, {"head of nursing", LevelHead, roleOther},
	// A payment firm's agents who answer merchants' questions.
	{"merchant support", 0, roleOther}, {"seller support", 0, roleOther}, {"seller partner support", 0, roleOther}, {"商户支持", 0, roleOther}, {"商户运营支持", 0, roleOther}, {"merchant operations support", 0, roleOther}, {"商户服务专员", LevelSpecialist, roleOther},
	{"customer service", 0, roleOther}, {"customer support", 0, roleOther}, {"chat support", 0, roleOther}, {"chat agent", 0, roleOther}, {"email support", 0, roleOther},
	{"it项目经理", LevelManager, roleOther}, {"it project manager", LevelManager, roleOther}, {"it manager", LevelManager, roleOther},
	{"it项目专员", LevelSpecialist, roleOther}, {"it project coordinator", LevelSpecialist, roleOther}, {"it project officer", LevelSpecialist, roleOther},
	{"it delivery", 0, roleOther}, {"software delivery", 0, roleOther}, {"it交付", 0, roleOther}, {"软件交付", 0, roleOther},
	{"supply chain planner", 0, roleOther}, {"供应链计划", 0, roleOther},
	{"supply chain", 0, roleOther}, {"供应链", 0, roleOther}, {"chief revenue officer", LevelChief, roleOther},
	{"vp engineering", LevelHead, roleOther}, {"vp of engineering", LevelHead, roleOther}, {"head of engineering", LevelHead, roleOther}, {"director of engineering", LevelDirector, roleOther},
	{"技术副总裁", LevelHead, roleOther}, {"技术vp", LevelHead, roleOther}, {"技术负责人", LevelHead, roleOther}, {"技术总监", LevelDirector, roleOther},
	{"研发副总裁", LevelHead, roleOther}, {"研发vp", LevelHead, roleOther}, {"研发负责人", LevelHead, roleOther}, {"研发总监", LevelDirector, roleOther},
	// Key account managers sell to the largest customers on a quota.
	{"大客户经理", LevelManager, roleOther}, {"ka经理", LevelManager, roleOther}, {"ka客户经理", LevelManager, roleOther}, {"key account manager", LevelManager, roleOther},
	{"key account executive", LevelSpecialist, roleOther}, {"ka专员", LevelSpecialist, roleOther}, {"大客户销售", 0, roleOther},
	// Annotators label data for models: 数据标注, AI训练师, 数据运营专员（标注方向）.
	{"数据标注", 0, roleOther}, {"标注", 0, roleOther}, {"标注师", 0, roleOther}, {"训练师", 0, roleOther},
	// A chatbot's trainer tunes the service centre's bot: its intents,
	// answers and flows.
	{"智能客服训练师", 0, roleHead}, {"机器人训练师", 0, roleHead}, {"客服机器人训练师", 0, roleHead},
	{"data annotation", 0, roleOther}, {"data annotator", 0, roleOther}, {"annotator", 0, roleOther}, {"data labeling", 0, roleOther},
	{"customer service representative", LevelSpecialist, roleOther}, {"customer service associate", LevelSpecialist, roleOther},
	{"client services representative", LevelSpecialist, roleOther}, {"client service representative", LevelSpecialist, roleOther},
	{"customer care representative", LevelSpecialist, roleOther}, {"customer service advisor", LevelSpecialist, roleOther},
	{"customer service officer", LevelSpecialist, roleOther}, {"customer service executive", LevelSpecialist, roleOther},
	{"warehouse associate", LevelSpecialist, roleOther}, {"warehouse coordinator", LevelSpecialist, roleOther}, {"warehouse supervisor", LevelLead, roleOther}, {"warehouse lead", LevelLead, roleOther}, {"warehouse manager", LevelManager, roleOther},
	{"仓库", 0, roleOther}, {"仓库主管", LevelLead, roleOther}, {"仓库组长", LevelLead, roleOther}, {"仓库经理", LevelManager, roleOther}, {"仓储主管", LevelLead, roleOther}, {"仓储经理", LevelManager, roleOther}, {"warehouse worker", 0, roleOther}, {"warehouse operative", 0, roleOther},
	{"forklift", 0, roleOther},
	{"call center", 0, roleOther}, {"call centre", 0, roleOther}, {"office manager", LevelManager, roleOther}, {"csr", LevelSpecialist, roleOther},
	{"construction", 0, roleOther}, {"electrician", 0, roleOther}, {"mechanic", 0, roleOther},
	{"receptionist", 0, roleOther}, {"curator", 0, roleOther}, {"kurator", 0, roleOther}, {"kuratorin", 0, roleOther}, {"策展人", 0, roleOther}, {"translator", 0, roleOther}, {"visual merchandiser", 0, roleOther}, {"psychotherapeut", 0, roleOther}, {"psychotherapeutin", 0, roleOther}, {"psychotherapist", 0, roleOther}, {"therapist", 0, roleOther}, {"steuerberater", 0, roleOther}, {"steuerberaterin", 0, roleOther}, {"tax adviser", 0, roleOther}, {"tax advisor", 0, roleOther}, {"fotograf", 0, roleOther}, {"fotografin", 0, roleOther}, {"wedding planner", 0, roleOther}, {"婚礼策划", 0, roleOther}, {"婚庆策划", 0, roleOther}, {"婚礼策划师", 0, roleOther}, {"realtor", 0, roleOther}, {"real estate agent", 0, roleOther}, {"estate agent", 0, roleOther}, {"immobilienmakler", 0, roleOther}, {"immobilienmaklerin", 0, roleOther}, {"makler", 0, roleOther}, {"maklerin", 0, roleOther}, {"bookkeeper", 0, roleOther},
	{"front office agent", LevelSpecialist, roleOther}, {"front desk agent", LevelSpecialist, roleOther}, {"front desk", 0, roleOther},
	{"front office supervisor", LevelLead, roleOther}, {"front desk supervisor", LevelLead, roleOther}, {"front office manager", LevelManager, roleOther}, {"front desk manager", LevelManager, roleOther},
	{"guest service agent", LevelSpecialist, roleOther}, {"guest services agent", LevelSpecialist, roleOther},
	{"it support", 0, roleOther}, {"technical support", 0, roleOther}, {"tech support", 0, roleOther},
	{"仓务员", LevelSpecialist, roleOther}, {"前堂接待", 0, roleOther},
	{"accounts payable", 0, roleOther}, {"accounts receivable", 0, roleOther}, {"payroll", 0, roleOther},
	{"billing", 0, roleOther}, {"reconciliation", 0, roleOther}, {"对账", 0, roleOther}, {"collections", 0, roleOther}, {"freight forwarding", 0, roleOther}, {"freight forwarder", 0, roleOther},
	{"account executive", 0, roleOther}, {"client partner", 0, roleOther}, {"equity research", 0, roleOther}, {"corporate development", 0, roleOther},
	// Accounts executives and assistants keep the books, as Malaysia and
	// Singapore call them.
	{"accounts executive", LevelSpecialist, roleOther}, {"accounts assistant", LevelSpecialist, roleOther}, {"accounts clerk", LevelSpecialist, roleOther},
	{"technical program manager", LevelManager, roleOther}, {"sdr", 0, roleOther}, {"night manager", LevelManager, roleOther}, {"night auditor", LevelSpecialist, roleOther}, {"recruiting coordinator", LevelSpecialist, roleOther}, {"recruitment coordinator", LevelSpecialist, roleOther}, {"bdr", 0, roleOther}, {"business development representative", LevelSpecialist, roleOther}, {"business development executive", LevelSpecialist, roleOther}, {"business development associate", LevelSpecialist, roleOther}, {"business development rep", LevelSpecialist, roleOther}, {"sales development representative", LevelSpecialist, roleOther},
	// Assistants to an executive: "Executive Assistant to the COO" names
	// the boss, not the work.
	{"executive assistant", 0, roleOther}, {"personal assistant", 0, roleOther},
	{"administrative assistant", 0, roleOther}, {"secretary", 0, roleOther},
	// The floor's and the road's associates, crews and team members: a
	// "Store Operations Associate" unloads trucks and stocks shelves.
	{"store operations associate", LevelSpecialist, roleOther}, {"delivery operations associate", LevelSpecialist, roleOther}, {"restaurant operations associate", LevelSpecialist, roleOther},
	{"operations crew", 0, roleOther}, {"operations team member", 0, roleOther}, {"restaurant team member", 0, roleOther},
	// The team leads of a service floor lead its agents.
	{"customer service operations team lead", LevelLead, roleOther}, {"customer service operations team leader", LevelLead, roleOther}, {"customer operations team lead", LevelLead, roleOther}, {"customer operations team leader", LevelLead, roleOther},
	{"customer support operations team lead", LevelLead, roleOther}, {"customer support operations team leader", LevelLead, roleOther}, {"support operations team lead", LevelLead, roleOther}, {"support operations team leader", LevelLead, roleOther},
	// Lenders.
	{"loan officer", LevelSpecialist, roleOther}, {"mortgage advisor", LevelSpecialist, roleOther}, {"mortgage adviser", LevelSpecialist, roleOther}, {"mortgage broker", 0, roleOther}, {"loan processor", LevelSpecialist, roleOther},
	{"秘书", 0, roleOther}, {"文秘", 0, roleOther},
}

// titleAutomaton finds titleWords; pattern i is titleWords[i].
var titleAutomaton = sync.OnceValue(func() *automaton.Automaton {
	words := make([]string, len(titleWords))
	for i, w := range titleWords {
		words[i] = fold.Words(w.word)
	}
	a, err := automaton.New(words)
	if err != nil {
		// The table above is fixed; TestTitleWords compiles it.
		panic("opsroles: title words: " + err.Error())
	}
	return a
})

// ClassifyTitle returns the area and the level that a job title names, in
// Simplified Chinese, Traditional Chinese or English.
//
// The area is the one the title's catalog terms weigh most for (see
// Result): "Senior Community Manager" is community-ops, a bare 运营总监 or
// "Operations Manager" is business-ops. Of two roles that weigh the same
// the first named is the job: "Live Commerce Host & Operations Executive"
// is livestream-ops. A title that names another profession has no area,
// even where a catalog term qualifies it (新媒体设计师 designs, "Java
// Engineer" programs, and so do Java开发工程师（运营后台方向） and "Data
// Engineer — Operations Analytics"), unless a term of the catalog holds
// the profession word ("Fraud Analyst", "Sales Operations Analyst"). Words after "to" name whom the job serves, not the job:
// "Executive Assistant to the COO" is no operations title. A direction
// names the specialty of a title that names none: 运营专员（直播方向）is
// livestream-ops, as 直播运营 is, and "Operations Specialist (Community)"
// community-ops; a direction that names other work makes the title that
// work's ("Operations Officer (Trade Finance)" is a bank's back office),
// and so does a bracket that names it (运营主管（柜面运营）runs a bank's
// counters);
// a direction ends the title, whatever follows it (后端开发工程师（运营平台方向）
// base深圳 is a back-end engineer). A
// title of level words and a specialty Y alone, before its qualifiers if
// it has some, names the job that the catalog's "Y manager", "Y lead" or
// "head of Y" (Y经理, Y负责人, Y主管) names: "Growth Director", "Manager,
// Partnerships", 增长总监 and "CRM Mgr - hybrid" are growth-ops,
// partner-ops, growth-ops and user-ops, while "Finance Director" has no
// area; below a lead it takes the catalog's own "Y specialist", "Y
// associate" or Y专员, so that "Store Associate" has none. A tool or
// skill that many areas share names none: "Excel专员" has no area. A title
// written as an organisation's path takes its area from the last unit and
// the job, not from the centres and departments above them:
// 运营中心-用户运营部-高级专员 is user-ops. Of several jobs listed, the first
// is the job and the others weigh half: 客户成功经理 / 客户运营 is
// customer-success; unless the first is the bare noun of operations, which
// the others specify (运营经理 / 流程优化经理 is process-optimization).
//
// The level comes from the title's head noun, the last level word in it
// (专员, 经理, manager, director, Teamleiter ...), so that 运营经理助理 is
// a specialist and "Assistant Manager" a manager.
// 实习, intern or "working student" (Werkstudent) makes any title
// LevelIntern. 高级, 资深, 专家 or senior raise a specialist title, or one
// without a level word, to LevelSenior, and leave higher levels as they
// are: 高级经理 and "Senior Manager" are LevelManager. 初级, junior, 应届生,
// graduate or "entry level" alone gives LevelSpecialist.
func (m *Matcher) ClassifyTitle(title string) Title {
	var r Result
	text := []byte(title)
	r.reset(m, text)
	text = r.withoutGenderMarks(text)
	if m.auto != nil {
		r.found = m.auto.Find(r.found, text, &r.scratch)
	}
	text = r.readable(text)
	r.titleFound = findTitleWords(r.titleFound[:0], text, &r.titleScratch)
	start, end, words := unwrapTitle(text, 0, len(text), r.titleFound)
	r.titleFound = words
	if k := tagLen(text[start:end], &r.titleScratch, &r.spareWords); k > 0 {
		// A tag before the title, as findTitle passes it over: [HIRING]
		// Community Lead, 2027届校园招聘-运营管培生.
		start += k
		r.titleFound = findTitleWords(r.titleFound[:0], text[start:end], &r.titleScratch)
	}
	m.rescanPastOtherWork(&r, text, start, end)
	return m.classify(&r, text, start, end)
}

// classify returns the title read from text[start:end]; r.found holds the
// occurrences of catalog terms in text, and r.titleFound those of
// titleWords in the title, as looksLikeTitle left them.
func (m *Matcher) classify(r *Result, text []byte, start, end int) Title {
	var t Title
	r.titleArea = -1
	r.implied = automaton.Match{Pattern: -1}
	// "Executive Assistant to the COO" is an assistant's job: what
	// follows "to" names whom the job serves.
	cut := complementStart(text[start:end], r.titleFound)
	if cut < 0 {
		// 后端开发工程师（运营平台方向）base深圳: a direction ends the title.
		cut = directionEnd(text[start:end])
	}
	if b := bracketStart(text[start:end]); cut < 0 && b < end-start && isEmployer(text[start+b:end]) {
		cut = b // 行政助理（数位行销公司）: the employer, whatever it does
	}
	if d, n := lastSpacedDash(text[start:end]); cut < 0 && d >= 0 && isEmployer(text[start+d+n:end]) {
		cut = d // "Operations Supervisor (Multi-Unit) - Lanternhouse Coffee Co."
	}
	if cut < 0 {
		cut = employerAt(text[start:end]) // "Operations Analyst at Bramblewood Software"
	}
	if cut < 0 {
		cut = experienceClauseAt(text[start:end]) // "Growth lead with 7 years in product-led SaaS"
	}
	if cut < 0 {
		cut = m.servedAfterJob(r, text, start, end) // "Community Manager for Developer Tools"
	}
	if cut < 0 {
		// 高级产品经理（商家运营平台）Senior Product Manager - Merchant
		// Platform: the Chinese title, which its English translation
		// after it restates.
		if k := englishAfterHan(text[start:end]); k > 0 && holdsRole(r.titleFound, start, start+k) && holdsRole(r.titleFound, start+k, end) {
			cut = k
		}
	}
	if cut < 0 {
		cut = m.employerAfterJob(r, text, start, end) // "Partnerships Manager Northgate Payroll"
	}
	if cut >= 0 {
		end = start + cut
		r.titleFound = r.titleFound[:wordsFrom(r.titleFound, cut)]
	}
	w := resize(r.titleWeight, len(m.areas))
	r.titleWeight = w
	// A direction stands for the bare noun of the title (运营专员 in
	// 运营专员（直播方向）).
	dir := m.titleDirection(r, text, start, end)
	// An analyst's direction names the analyst of its work: "Analyst
	// III, Fraud & Disputes Operations" is a fraud analyst.
	analystDir := dir >= 0 && bytes.HasSuffix(r.direction, []byte(" analyst"))
	// An organisation's path names the job's own team last: the centres
	// and departments above it do not name the job.
	team := start + teamStart(text[start:end])
	if e := leadingDepartmentEnd(text[start:end]); e > 0 && namesOwnPost(text[start+e:end], r.titleFound, e) {
		// Nor does the department before a post that names itself: a
		// 运营管理部·场站运行岗 runs a gas station.
		team = start + e
	}
	// Of several jobs listed, the first is the job the title names and
	// the others weigh half, unless the first is the bare noun of
	// operations, which the others then specify (运营经理 / 流程优化经理).
	others := end
	if k := firstListEnd(text[start:end]); k >= 0 && m.namesTermBeyondNoun(r, text, start, start+k, -1) {
		others = start + k
	}
	// An English title names its job before its qualifier, which weighs
	// half when the job names a term of its own: in "Capacity & Resource
	// Planning Manager, Customer Operations" the qualifier is the
	// department.
	// q is where the title's qualifier starts: the words in brackets at
	// the end of a Chinese title, what follows the job in an English one.
	han := hasHan(text[start:end])
	q := bracketStart(text[start:end])
	if !han {
		q = qualifierStart(text[start:end])
	}
	// jobTerm: the job before the qualifier names a term of its own.
	jobTerm := q < end-start && m.namesTermBeyondNoun(r, text, start, start+q, -1)
	qual := end
	if !han && jobTerm {
		qual = start + q
	}
	// The bare noun in a Chinese title's brackets after a job that names
	// its own work says only that the job serves operations: a
	// 数据分析主任（营运） analyses data.
	servedNoun := han && jobTerm
	// A job that names other work with an operations word keeps it
	// whatever its qualifier names: a "Clinical Operations Associate
	// (CRA support, site activation)" starts trial sites. An area that
	// the qualifier names is the direction of the job still: a 理赔运营优化岗
	// （流程改进方向） improves the claims process.
	otherJob := q < end-start && m.holdsOtherWork(r, start, start+q)
	for i, f := range r.found {
		if f.Start >= end {
			break // the rest of the text, after the title
		}
		if f.Start < team || f.End > end || dir >= 0 && managedNoun(text[start:end], r.titleFound, f.Start-start, f.End-start) {
			continue
		}
		if f.Start >= start+q && (servedNoun && m.bareTitle[f.Pattern] || otherJob && !m.namesArea(f.Pattern)) {
			continue // the qualifier's term names no work of the job's
		}
		share := 1.0
		if f.Start >= others {
			share = listedAfterFirst
		}
		if f.Start >= qual {
			share *= qualifierShare
		}
		if next := i + 1; next < len(r.found) && r.found[next].Start == f.End && r.found[next].End <= end && m.opsTerm[r.found[next].Pattern] &&
			hasHan(text[f.Start:f.End]) && !bareNoun(text[start:end], r.titleFound, r.found[next].Start-start, r.found[next].End-start) {
			// A Chinese title names its job last: in 直播电商数据运营 the
			// trade qualifies the data operations job.
			share *= qualifierShare
		}
		if next := i + 1; next < len(r.found) && r.found[next].End <= end && m.supportBefore(text, f, r.found[next]) {
			// So does an English one that names the support
			// department first: a "CX Operations Automation
			// Specialist" automates, a "Support Operations Workforce
			// Analyst" plans the staff.
			share *= qualifierShare
		}
		for _, c := range m.contribsOf(f.Pattern) {
			w[c.area] += c.weight * share
		}
	}
	if dir >= 0 {
		for _, c := range m.contribsOf(dir) {
			w[c.area] += c.weight
		}
	}
	implied := dir // the term the title stands for, if it does not spell it
	if (implied < 0 || m.foundIn(r, implied, start, end)) && !han {
		// A direction that the title spells names no more than its words
		// do: "Manager – Operations" may name an operations manager.
		p := m.levelInsideTerm(r, text[start:start+min(q, end-start)])
		if p < 0 {
			p = m.headFirstTerm(r, text[start:end])
		}
		if p >= 0 {
			for _, c := range m.contribsOf(p) {
				w[c.area] += c.weight
			}
			implied = p
		}
	}
	best := heaviest(w)
	if best < 0 || w[best] < minTitleWeight {
		// "Growth Director" is a growth manager's job one level up.
		// "CRM Mgr - hybrid", "Growth Director (Fintech)": the job
		// before its qualifiers, if the title as a whole names none.
		title := text[start:end]
		spec := m.titleSpecialty(r, title)
		for d := directionStart(title); spec < 0 && d < len(title); d = directionStart(title) {
			title = trimSpaceBytes(title[:d])
			spec = m.titleSpecialty(r, title)
		}
		if k := bytes.Index(text[start:end], []byte(" / ")); spec < 0 && k > 0 {
			// The first of the titles a posting offers at two levels:
			// "Event Executive / Senior Event Executive".
			spec = m.titleSpecialty(r, trimSpaceBytes(text[start:start+k]))
		}
		if k := translationStart(text[start:end]); spec < 0 && k > 0 {
			// An English title before its Chinese translation, as
			// Hong Kong's postings write them: "Event Executive 活動主任
			// (Mall Marketing)".
			spec = m.titleSpecialty(r, trimSpaceBytes(text[start:start+k]))
		}
		if spec >= 0 {
			for _, c := range m.contribsOf(spec) {
				w[c.area] += c.weight
			}
			best = heaviest(w)
			implied = spec
		}
	}
	if best >= 0 && w[best] >= minTitleWeight {
		r.titleArea = m.firstOfEqual(r, w, best, start, end)
		t.Area = m.areaIDs[r.titleArea]
	}
	// The units of an organisation's path above the job name no
	// profession of the job's: a 客服中心-质量管理部-质检专员 checks the
	// agents' calls.
	t.Level, r.otherTitle = titleLevel(r.titleFound[wordsFrom(r.titleFound, team-start):])
	if r.otherTitle && !han && jobTerm && !otherBefore(r.titleFound, q) {
		// A specialty's English title names the industry or the product
		// after it: a "Customer Success Manager – Payroll Software"
		// looks after customers.
		r.otherTitle = false
	}
	if r.otherTitle {
		// 运营兼客服 answers customers besides, and 店长1名 店员3名 hires
		// a manager first.
		r.otherTitle = !sideRole(text[start:end], r.titleFound) && !otherAfterFirstJob(text[start:end], r.titleFound)
	}
	// A title names another profession unless an operations area outweighs
	// it and an operations noun says the job is operations work: a duty
	// word inside the title (短视频剪辑 in 短视频剪辑师) does not outweigh
	// it, and an area that only qualifies the profession (新媒体设计师,
	// "Growth Engineer") does not say so. An area's own name that holds
	// the profession ("Fraud Analyst", 数据分析师) says the catalog counts
	// that profession as the area's work, and so does a term that names
	// operations work around it ("Sales Operations", 销售运营).
	// A job that the title stands for without spelling it, before the
	// qualifier, names a term of its own as a spelled one does: a
	// "Quality Assurance Officer (Customer Service Centre)" checks the
	// agents' calls.
	impliedJob := t.Area != "" && implied >= 0 && implied != dir && !m.foundIn(r, implied, start, end)
	serves, servedDirection := m.servesSupport(r, text, start, end, q, impliedJob)
	if !serves && q < end-start && servedInQualifier(r.titleFound, q) && m.backOfficeDirection(dir) {
		// The centre whose work the job checks or improves, named in
		// the direction: 质检组长（客服） is a 客服质检's lead.
		serves, servedDirection = true, true
	}
	clerk := m.clerkOfArea(r, text, start, end)
	r.otherTitle = r.otherTitle && (t.Area == "" || w[best] < weightDuty || !hasNoun(r.titleFound, nounEnd(text[start:end])) || leadingTeacher(text[start:end], r.titleFound) || m.onlyInDepartment(r, text, start, end)) &&
		!m.namesProfession(r, text, start, end) && !m.analystOfArea(r, text, start, end) && !analystDir && !m.otherInBracket(r, text, start, end) && !serves &&
		!m.objectBeforeAreaName(r, text, start, end) &&
		!m.improvesInDepartment(r, text, start, end) && !clerk
	// And a title whose main job, before its 兼, is another profession's:
	// 前台兼新媒体运营 receives visitors and posts besides.
	r.otherTitle = r.otherTitle || otherBeforeSide(text[start:end], r.titleFound)
	// A generic operations title whose qualifier names another
	// profession is that profession's: "Operations Officer – Accounts
	// Payable" pays invoices, unless the qualifier is a direction of
	// operations ("Operations Specialist – Product").
	r.otherTitle = r.otherTitle || dir < 0 && m.qualifiedByOther(r, text, start, end)
	// A bracket after words that name no level names the job itself:
	// 运营管理条线（综合柜员） hires tellers.
	r.otherTitle = r.otherTitle || otherInLevellessBracket(text[start:end], r.titleFound)
	// A Chinese title names its job last: 运营平台产品经理 manages a
	// product for operations staff.
	r.otherTitle = r.otherTitle || m.headIsOther(r, text, start, end)
	// A list of jobs names the main one first: "SRE / 运维开发 / 运营支持"
	// is an engineer's, 英语教师 / 教育运营 a teacher's; a list of the
	// fields a clerk of an area works on is none ("Sachbearbeiter:in
	// Prozessmanagement Schaden/Leistung").
	r.otherTitle = r.otherTitle || m.firstListedOther(r, text, start, end) && !clerk
	// A direction that names another profession says what the job does:
	// 直播运营（主播方向） is a host's job, 短剧内容运营（编剧方向） a writer's,
	// unless the job serves the department it names (servesSupport).
	r.otherTitle = r.otherTitle || otherInDirection(text[start:end], r.titleFound) && !servedDirection && !m.managesSupply(r, text, start, end)
	// So does the bracket at the end of an English title, unless it is a
	// direction of operations ("Operations Specialist (Product)").
	r.otherTitle = r.otherTitle || dir < 0 && otherInLatinBracket(text[start:end], r.titleFound)
	// A direction that names other work makes the title that work's:
	// "Operations Officer (Trade Finance)" works in a bank's back office,
	// 运营专员（地铁方向）runs trains.
	r.otherTitle = r.otherTitle || dir >= 0 && m.namesOtherWork(dir)
	// So does a title whose operations words name other work and that
	// names no area, or only the bare noun: "Flight Operations Officer",
	// "IT Operations Lead", "Flight Operations Officer (Operations
	// Control Centre)".
	r.otherTitle = r.otherTitle || (t.Area == "" || !han && !m.namesTermBeyondNoun(r, text, start, end, -1)) && m.holdsOtherWork(r, start, end)
	// And a title whose qualifier names other work and that names no
	// term of operations work anywhere: 运营主管（柜面运营） runs a bank's
	// counters, "Operations Specialist – Network Operations Center (NOC)"
	// watches networks, while a "Process Improvement Manager (Network
	// Operations)" improves a logistics network's processes, and so does a
	// "Manager, Process Excellence - Claims Operations", whose level comes
	// first.
	if !r.otherTitle && q < end-start && !m.namesTermBeyondNoun(r, text, start, end, -1) {
		r.otherTitle = m.holdsOtherWork(r, start+q, end)
	}
	// An English title that names a shift is a floor job's, a warehouse's
	// or a hub's ("Operations Supervisor - 2nd Shift (Fulfillment
	// Center)", "Shift Lead Hub Operations"), unless it names a specialty
	// of operations: an area other than the default catalog's business
	// operations, which the bare noun names.
	// A shift in a title that names no floor is a floor's if the text
	// names one: a BPO's "Operations Associate (Night Shift)" may review
	// content all night.
	floor := holdsWordOf(text[start:end], floorQualifiers)
	// A dispatch team's lead plans the fleet's night as its day: a
	// "Dispatch Lead (Nights) - Last-Mile Delivery" assigns the routes.
	r.otherTitle = r.otherTitle || (t.Area == "" || t.Area == BusinessOps || floor) && !hasHan(text[start:end]) && holdsWordOf(text[start:end], shiftWords) &&
		(floor || onFloor(text, start, end)) && !dispatchLead(t, text[start:end])
	// Up to the lead, a title that names a warehouse names floor work,
	// whatever term it makes with the noun: an "Operations Executive
	// (Warehouse)" picks and ships and a "Warehouse Operations Team
	// Leader" runs a shift, while a "Warehouse Operations Manager" runs
	// the operation, and an "Operations Intern – Continuous Improvement
	// (Warehouse)" improves the warehouse's processes.
	r.otherTitle = r.otherTitle || t.Level >= LevelIntern && t.Level <= LevelLead && floor &&
		!(t.Area != "" && t.Area != BusinessOps && m.function[r.titleArea] && m.namesTermBeyondNoun(r, text, start, end, r.titleArea))
	// And one that names a contact centre, unless it names a specialty.
	r.otherTitle = r.otherTitle || t.Level >= LevelIntern && t.Level <= LevelLead && (t.Area == "" || t.Area == BusinessOps) && holdsWordOf(text[start:end], contactCentreQualifiers)
	// And one whose qualifier names the channel an agent answers on,
	// whatever area its words name, unless the job before it names one
	// of the service centre's back offices other than the support
	// itself: a "QA Team Leader – International Voice" scores the
	// calls, while a "Customer Operations Associate – Chat" answers them.
	r.otherTitle = r.otherTitle || t.Level >= LevelIntern && t.Level <= LevelLead && !han && q < end-start && holdsWordOf(text[start+q:end], agentChannels) &&
		!(t.Area != OpsSupport && slices.Contains(centreWork[:], t.Area) && m.namesTermBeyondNoun(r, text, start, start+q, r.titleArea))
	r.otherTitle = r.otherTitle || t.Level >= LevelIntern && t.Level <= LevelLead && !han && q < end-start && (t.Area == OpsSupport || t.Area == BusinessOps) && holdsWordOf(text[start+q:end], agentQualifiers) &&
		!m.namesSpecialtyBefore(r, text, start, start+q)
	// Below the lead, a dispatcher takes the calls and assigns the trucks,
	// unless the title names the planning of capacity or shifts: a
	// "Dispatch Operations Coordinator" or a 调度员 dispatches, an
	// 排班调度专员 plans a contact centre's shifts (see dispatchLead).
	r.otherTitle = r.otherTitle || (t.Level == LevelIntern || t.Level == LevelSpecialist) && (t.Area == "" || t.Area == ResourceAllocation) && dispatcher(text[start:end])
	// A bank's relationship manager sells its products to its clients:
	// "Relationship Manager - Wealth (HNI)", "Relationship Manager –
	// Private Banking".
	r.otherTitle = r.otherTitle || t.Area == "" && holdsWordOf(text[start:end], relationshipJobs) && holdsWordOf(text[start:end], bankClienteles)
	// So does a Chinese title up to the lead that names a warehouse or
	// cross-border freight and no specialty: a 仓储运营专员 or a
	// 运营主管（仓储方向） keeps stock and a 跨境物流运营专员 books freight,
	// while a 仓储运营流程优化专家 improves the warehouse's processes.
	r.otherTitle = r.otherTitle || t.Level <= LevelLead && (t.Area == "" || t.Area == BusinessOps) && containsAny(text[start:end], hanFloorWords...)
	// And a kitchen's, up to the lead, unless the title names a specialty
	// other than running the place: an "Operations Supervisor - Kitchen"
	// runs the pass, while a "Social Media Coordinator" of a "Kitchen
	// Group" posts.
	r.otherTitle = r.otherTitle || t.Level <= LevelLead && (t.Area == "" || t.Area == BusinessOps || t.Area == StoreOps) && namesKitchen(text[start:end], q)
	// And an editor's or a producer's of video: a "Social Content Editor
	// (Video)" cuts it.
	r.otherTitle = r.otherTitle || containsAnyFold(text[start:end], videoCrafts[:]...)
	if r.otherTitle {
		t.Area = "" // the job is the other profession's: 新媒体设计师 designs
		for _, f := range r.titleFound {
			if titleWords[f.Pattern].role == roleOther {
				r.otherWords = append(r.otherWords, int32(f.Pattern))
			}
		}
	}
	// A title that names a function area in words without a title word
	// says the job is that function's (Continuous Improvement Manager).
	_, lineEnd := lineAround(text, start) // a qualifier cut off the title may name the setting
	r.functionTitle = t.Area != "" && m.function[r.titleArea] && (m.functionNamed(r, start, end) || dispatchLead(t, text[start:end]) || contactCentreQuality(t, text[start:lineEnd]))
	if t.Area != "" && implied >= 0 && m.leadsTo(implied, r.titleArea) && !m.foundIn(r, implied, start, end) {
		r.implied = automaton.Match{Start: start, End: end, Pattern: implied}
	}
	return t
}

// objectBeforeAreaName reports whether the one word of another profession
// in the English title text[start:end] stands right before an area's own
// name that ends the job, before its qualifier: the word names whom the
// work is about. A "Tutor Performance Analyst" measures the tutors'
// performance, as a "Performance Analyst" does anyone's. A Chinese title
// says so with the area's name before its head noun: a 销售绩效管理专员
// manages the salespeople's performance.
func (m *Matcher) objectBeforeAreaName(r *Result, text []byte, start, end int) bool {
	title := text[start:end]
	if hasHan(title) {
		return m.objectBeforeAreaNameHan(r, start, title)
	}
	_, job := trimSpace(title[:qualifierStart(title)])
	name := -1 // where the area's name that ends the job starts
	for _, f := range r.found {
		if f.Start >= start+job {
			break
		}
		if f.Start >= start && f.End == start+job && m.namesArea(f.Pattern) {
			name = f.Start - start
			break
		}
	}
	if name < 0 || !holdsRole(r.titleFound, name, job) {
		// A field's bare name names no one's work: a "Magazijnmedewerker
		// E-commerce" packs the webshop's orders.
		return false
	}
	other := -1 // where the word of the other profession ends
	for _, p := range r.titleFound {
		if titleWords[p.Pattern].role != roleOther || p.Start >= name {
			continue // "Analyst" in "Performance Analyst"
		}
		if other >= 0 || p.End > name || !isPersonNoun(titleWords[p.Pattern].word) {
			return false // a field's word names the work's kind: a "Software QA Analyst" tests software
		}
		other = p.End
	}
	return other >= 0 && len(bytes.TrimSpace(title[other:name])) == 0
}

// objectBeforeAreaNameHan is objectBeforeAreaName for the Chinese title
// that starts at byte start of the text: one word of another profession,
// right before an area's own name that only head nouns and level words
// follow to the end of the job.
func (m *Matcher) objectBeforeAreaNameHan(r *Result, start int, title []byte) bool {
	_, job := trimSpace(title[:bracketStart(title)])
	for _, f := range r.found {
		i, j := f.Start-start, f.End-start
		if i >= job {
			break
		}
		if i < 0 || j >= job || !m.namesArea(f.Pattern) || !onlyHeadWords(r.titleFound, title, j, job) {
			continue
		}
		other := false
		for _, p := range r.titleFound {
			if titleWords[p.Pattern].role != roleOther || p.Start >= i {
				continue
			}
			if other || p.End != i {
				return false
			}
			other = true
		}
		return other
	}
	return false
}

// onlyHeadWords reports whether title[from:to] is nothing but title words
// of words that set the level or head the title (专员, 高级经理).
func onlyHeadWords(words []automaton.Match, title []byte, from, to int) bool {
	for _, w := range words {
		if w.Start != from || w.End > to {
			continue
		}
		switch titleWords[w.Pattern].role {
		case roleHead, roleSenior, roleJunior, roleIntern:
			if from = w.End; from == to {
				return true
			}
		default:
			return false
		}
	}
	return false
}

// isPersonNoun reports whether an English word of a profession names the
// person who does it, by the endings such nouns have (tutor, teacher,
// driver, specialist, technician, attendant), and not a field (sales,
// software, engineering).
func isPersonNoun(word string) bool {
	for _, e := range [...]string{"or", "er", "ist", "ian", "ant", "ent"} {
		if len(word) > len(e) && strings.HasSuffix(word, e) {
			return true
		}
	}
	return false
}

// namesSpecialtyBefore reports whether a catalog term in text[start:end],
// the job of a title before its qualifier, names a specialty other than
// the service desk's and the bare noun of operations: a "Creator Programs
// Operations Associate (Bilingual English/French)" runs a programme in two
// languages, while a "Customer Operations Associate – English & German"
// answers customers in them.
func (m *Matcher) namesSpecialtyBefore(r *Result, text []byte, start, end int) bool {
	return m.termBeyondNoun(r, text, start, end, func(cs []contrib) bool {
		switch m.areaIDs[heaviestContrib(cs)] {
		case OpsSupport, BusinessOps, CustomerManagement:
			return false
		}
		return true
	})
}

// dispatchLead reports whether title, of Title t, is a dispatch team's
// lead's or higher (运力调度主管, "Dispatch Manager"), who plans a fleet's or
// a platform's capacity and so names resource allocation as much as its
// own name would; the dispatchers under the lead take the calls.
func dispatchLead(t Title, title []byte) bool {
	if t.Area != ResourceAllocation || t.Level < LevelLead || !bytes.Contains(title, []byte("调度")) && !containsFold(title, "dispatch") {
		return false
	}
	// Not a hub's or a warehouse's floor supervisor (分拨中心现场主管 / 调度主管).
	// The last mile is what a dispatcher plans routes for, not a floor.
	return !holdsWordExcept(title, floorQualifiers, lastMile) && !containsAny(title, "分拨", "仓", "现场")
}

// dispatcher reports whether title names a dispatcher's job: dispatch or
// 调度 without the planning of capacity or shifts (see planningWords).
func dispatcher(title []byte) bool {
	return containsAnyFold(title, "调度", "dispatch") && !containsAny(title, hanPlanningWords...) && !holdsWordOf(title, planningWords)
}

// hanPlanningWords and planningWords name the planning of capacity, shifts
// or staff in a dispatch team's title: 运力规划, 排班, "Capacity Planner",
// WFM, and a contact centre's real-time adherence (实时调度, RTA). A
// 运力调度专员 dispatches a platform's vehicles.
var (
	hanPlanningWords = []string{"规划", "计划", "排班", "人力", "实时"}
	planningWords    = [][]byte{[]byte("capacity"), []byte("planning"), []byte("planner"), []byte("scheduling"), []byte("wfm"), []byte("rta"), []byte("workforce")}
)

// lastMile reports whether the word at b[i] is "last mile" (or
// "last-mile"), the delivery to the door.
func lastMile(b []byte, i int) bool {
	return hasPrefixFold(b[i:], "last mile") || hasPrefixFold(b[i:], "last-mile")
}

// contactCentreQuality reports whether title, the line of a title of
// Title t, is a quality analyst's or coach's in a contact centre
// ("Quality Analyst (Voice Acct)", "Quality Assurance Analyst - Customer
// Care", "Quality Analyst II (EV Charging Hotline)", 话务质检岗), whose
// scoring of the agents' calls names performance evaluation as much as
// its own name would.
func contactCentreQuality(t Title, title []byte) bool {
	return t.Area == PerformanceEvaluation && (holdsWordOf(title, contactCentreQualifiers) || holdsWordOf(title, agentChannels) ||
		containsFold(title, "customer care") || containsFold(title, "customer service") || containsFold(title, "hotline") || containsAny(title, "呼叫中心", "客服", "坐席", "热线", "话务"))
}

// videoCrafts are the words of titles whose bracket says that the editor or
// producer before it makes video.
var videoCrafts = [...]string{"editor (video)", "producer (video)", "editor (film)", "producer (film)", "editor (videos)", "producer (videos)"}

// supportBefore reports whether f, a term found in an English title,
// names the support department (customer, CX or support operations) and
// next, the term after it with only spaces or a dash between, names the
// work of another area.
func (m *Matcher) supportBefore(text []byte, f, next automaton.Match) bool {
	if hasHan(text[f.Start:f.End]) || next.Start < f.End || len(bytes.Trim(text[f.End:next.Start], " -–—")) > 0 {
		return false
	}
	cs, ns := m.contribsOf(f.Pattern), m.contribsOf(next.Pattern)
	return len(cs) > 0 && len(ns) > 0 && m.areaIDs[heaviestContrib(cs)] == OpsSupport && m.areaIDs[heaviestContrib(ns)] != OpsSupport
}

// employerAt returns where " at ", " @ " or German " bei " starts in a
// title in Latin script before a capitalised word, the employer of a
// headline ("Operations Analyst at Bramblewood Software", "Content-Stratege
// bei Fahrwerk Software GmbH"), or -1.
func employerAt(title []byte) int {
	if hasHan(title) {
		return -1
	}
	for _, sep := range [...]string{" at ", " @ ", " bei "} {
		if k := bytes.Index(title, []byte(sep)); k > 0 && k+len(sep) < len(title) {
			if c := title[k+len(sep)]; 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
				return k
			}
		}
	}
	return -1
}

// experienceClauseAt returns where the years of experience start that a
// summary's first sentence gives after the job ("Growth lead with 7 years
// in product-led SaaS", as a resume on one line runs the summary on after
// its heading), or -1.
func experienceClauseAt(title []byte) int {
	for from := 0; ; {
		k := bytes.Index(title[from:], []byte(" with "))
		if k < 0 {
			return -1
		}
		k += from
		if rest := title[k+len(" with "):]; len(rest) > 0 && isDigit(rest[0]) && k > 0 {
			return k
		}
		from = k + len(" with ")
	}
}

// servesSupport reports whether the only other profession that the title
// text[start:end] names is the customer service in its English qualifier,
// which starts at byte q, after a job that names a term of its own: a
// "Knowledge Manager, Customer Support" keeps the support team's knowledge
// base and a "BPO Vendor Manager (Customer Support)" its outsourcers, while
// a "Team Lead, Customer Support" runs a floor of agents.
//
// A Chinese title names the service centre before the job: a 客服质检专员
// or a 客服中心流程优化专员 works in its back office (see servesCentre).
// Or in its direction, after a job of the back office: a 流程优化专员
// （供应链方向） improves the supply chain's processes, while a 运营专员
// （供应链方向） works in it. inQualifier reports whether the department
// served is named in the qualifier.
func (m *Matcher) servesSupport(r *Result, text []byte, start, end, q int, impliedJob bool) (serves, inQualifier bool) {
	han := hasHan(text[start:end])
	if han && m.servesCentre(r, start, start, start+q) {
		return true, false
	}
	if q >= end-start || !servedInQualifier(r.titleFound, q) {
		return false, false
	}
	if han {
		// Not the support's own job: a 客户运营专员（英语客服） answers
		// customers in English.
		serves = m.centreTermAfter(r, start, start+q) && !(r.titleArea >= 0 && m.areaIDs[r.titleArea] == OpsSupport)
	} else {
		serves = impliedJob || m.namesTermBeyondNoun(r, text, start, start+q, -1)
	}
	return serves, serves
}

// servedInQualifier reports whether the other professions that words,
// found in a title, name are served departments (see isServedDepartment)
// in its qualifier, which starts at byte q, and there is one. An analyst
// is left to analystOfArea, and a coach is the centre's own ("Quality
// Assurance Coach - Call Center"; see holdsJobWord).
func servedInQualifier(words []automaton.Match, q int) bool {
	served := false
	for _, f := range words {
		if role := titleWords[f.Pattern]; role.role != roleOther || isAnalyst(role.word) || role.word == "coach" {
			continue
		}
		if isServedDepartment(titleWords[f.Pattern].word) {
			served = true
			if f.Start >= q {
				continue
			}
		}
		return false
	}
	return served
}

// servesCentre reports whether the only other profession that the part
// text[from:end] of a Chinese title that starts at byte start (the part
// before its qualifier, or one of the jobs it lists) names is 客服 (see
// isServiceWord), and each is the centre whose back office a term of the
// title names: a term that spans it (客服质检) or follows it (客服中心绩效管理
// 专员, 客服流程优化专员) and leads first to one of centreWork. A 客服专员
// （售后） answers customers, and a 客服投诉处理专员 too.
func (m *Matcher) servesCentre(r *Result, start, from, end int) bool {
	served := false
	for _, w := range r.titleFound {
		role := titleWords[w.Pattern]
		if role.role != roleOther || isAnalyst(role.word) || start+w.Start < from || start+w.Start >= end {
			continue
		}
		if !isServedDepartment(role.word) || !m.centreTermAfter(r, start+w.Start, end) {
			return false
		}
		served = true
	}
	return served
}

// backOfficeDirection reports whether dir, the pattern a title's direction
// names (or -1), leads first to the work of a service centre's back office
// other than the support itself: the 客服 of 质检组长（客服） is the centre
// whose calls the job checks (客服质检), while 运营专员（客服方向） answers
// customers (客服运营 is the support's).
func (m *Matcher) backOfficeDirection(dir int) bool {
	if dir < 0 {
		return false
	}
	cs := m.contribsOf(dir)
	if len(cs) == 0 {
		return false
	}
	a := m.areaIDs[heaviestContrib(cs)]
	return a != OpsSupport && slices.Contains(centreWork[:], a)
}

// isServiceWord reports whether word, one of titleWords, names a service
// centre's agents: 客服, or in the English half of a bilingual title
// ("客服數據分析師 Customer Service Data Analyst") "customer service" or
// "customer support", or the call centre ("Quality Assurance Analyst –
// Call Centre").
func isServiceWord(word string) bool {
	switch word {
	case "客服", "customer service", "customer support", "call centre", "call center":
		return true
	}
	return false
}

// isServedDepartment reports whether word, one of titleWords, names a
// department whose back office a term of centreWork may name in a title:
// the service centre (see isServiceWord), and the supply chain, whose
// processes a 供应链流程优化经理 improves.
func isServedDepartment(word string) bool {
	return isServiceWord(word) || word == "供应链" || word == "supply chain"
}

// centreWork are the areas of a service centre's back office.
var centreWork = [...]AreaID{
	OpsSupport, ProcessOptimization, PerformanceEvaluation, ContinuousImprovement,
	DataAnalysis, DataOps, ResourceAllocation,
}

// centreTermAfter reports whether a term found in text[from:end], or one
// that spans from, leads first to one of centreWork.
func (m *Matcher) centreTermAfter(r *Result, from, end int) bool {
	for _, f := range r.found {
		if f.Start >= end {
			break
		}
		cs := m.contribsOf(f.Pattern)
		if f.End <= from || f.End > end || len(cs) == 0 {
			continue
		}
		best := m.areaIDs[heaviestContrib(cs)]
		if slices.Contains(centreWork[:], best) {
			return true
		}
	}
	return false
}

// employerAfterJob returns where an employer's name starts in an English
// title that runs on into it after the job's noun, as a headline or a
// posting that lost its line breaks writes it ("Business Operations
// Manager Verdance Energy Software"), or -1. The name is two or more
// capitalised words, joined perhaps by "of", "and" or "&", and no title
// word, term or qualifier starts its first: "Operations Executive Accounts
// Payable" and "Operations Supervisor Warehouse" name the work, and
// "Marketing Manager EMEA" and "Analyst II" are no names.
func (m *Matcher) employerAfterJob(r *Result, text []byte, start, end int) int {
	title := text[start:end]
	if hasHan(title) {
		return -1
	}
	// The job and the name run on in words: "Operations Specialist ·
	// Product Launches & Feedback" names the job's direction.
	q := qualifierStart(title)
	if k := bytes.IndexAny(title, "·:/"); k >= 0 {
		q = min(q, k)
	}
	for _, w := range r.titleFound {
		if role := titleWords[w.Pattern].role; (role == roleHead || role == roleOther) && w.End <= q {
			if m.namesEmployerAt(r, text, start, end, w.End) {
				return w.End
			}
		}
	}
	return -1
}

// namesEmployerAt reports whether the title text[start:end] goes on at
// start+p with a space and an employer's name (see employerAfterJob).
func (m *Matcher) namesEmployerAt(r *Result, text []byte, start, end, p int) bool {
	title := text[start:end]
	name := p + 1
	if p <= 0 || name >= len(title) || title[p] != ' ' {
		return false
	}
	for _, f := range r.found {
		if f.Start >= end {
			break
		}
		if f.End > start+name {
			// A term of the catalog, first or further on: "Manager
			// Community Operations", and a German title's nouns, all
			// capitalised ("Leiterin Strategie & Unternehmensentwicklung").
			return false
		}
	}
	for _, w := range r.titleFound {
		if w.Start == name {
			return false
		}
	}
	for _, ws := range [...][][]byte{otherQualifiers, floorQualifiers, shiftWords, kitchenWords} {
		if wordAt(title, name, nil, ws) > 0 {
			return false
		}
	}
	capitalised := 0
words:
	for i := name; i < len(title); {
		j := i
		for j < len(title) && title[j] != ' ' {
			j++
		}
		switch word := title[i:j]; {
		case isNameWord(word), i > name && isAcronym(word):
			// "Pinwheel HR", "Nova AI": an acronym after the first word.
			capitalised++
		case i > name && (string(word) == "of" || string(word) == "and" || string(word) == "&"):
		case i > name && len(word) > 0 && word[0] == '(':
			// Where the job is, after the name: "Customer Success
			// Manager ChairTime Software Remote (US)".
			break words
		default:
			return false
		}
		i = j + 1
	}
	return capitalised >= 2
}

// isNameWord reports whether word is written as a word of a name: a
// capital letter, then lower-case letters, perhaps with a hyphen, an
// apostrophe or a capital inside ("Northgate", "McAllister",
// "Hewlett-Packard"), and no acronym ("EMEA") or numeral ("II").
func isNameWord(word []byte) bool {
	if len(word) < 2 || word[0] < 'A' || word[0] > 'Z' {
		return false
	}
	lower := false
	for _, c := range word[1:] {
		switch {
		case 'a' <= c && c <= 'z':
			lower = true
		case 'A' <= c && c <= 'Z', c == '-', c == '\'':
		default:
			return false
		}
	}
	return lower
}

// leadsTo reports whether the pattern counts for the area of index area.
func (m *Matcher) leadsTo(pattern, area int) bool {
	return leadsToArea(m.contribsOf(pattern), area)
}

// leadsToArea reports whether one of the contributions cs counts for the
// area of index area.
func leadsToArea(cs []contrib, area int) bool {
	for _, c := range cs {
		if int(c.area) == area {
			return true
		}
	}
	return false
}

// foundIn reports whether the pattern is found in text[start:end].
func (m *Matcher) foundIn(r *Result, pattern, start, end int) bool {
	for _, f := range r.found {
		if f.Start >= end {
			break
		}
		if f.Start >= start && f.Pattern == pattern {
			return true
		}
	}
	return false
}

// holdsOtherWork reports whether a phrase that names other work with an
// operations word (see notOperations) is found in text[start:end].
func (m *Matcher) holdsOtherWork(r *Result, start, end int) bool {
	for _, f := range r.found {
		if f.Start >= end {
			break
		}
		if f.Start >= start && m.namesOtherWork(f.Pattern) {
			return true
		}
	}
	return false
}

// firstOfEqual returns, of the areas that weigh as much as best, the one
// that a term of the title text[start:end] names first, so that "Live
// Commerce Host & Operations Executive" is a host's job; best if no term
// names one.
func (m *Matcher) firstOfEqual(r *Result, w []float64, best, start, end int) int {
	for _, f := range r.found {
		if f.Start >= end {
			break
		}
		if f.Start < start || f.End > end {
			continue
		}
		for _, c := range m.contribsOf(f.Pattern) {
			if math.Abs(w[c.area]-w[best]) < 1e-9 {
				return int(c.area)
			}
		}
	}
	return best
}

// heaviest returns the area of the greatest positive weight, the first of
// equals, or -1.
func heaviest(w []float64) int {
	best := -1
	for a, x := range w {
		if x > 0 && (best < 0 || x > w[best]) {
			best = a
		}
	}
	return best
}

// minTitleWeight is the least weight a title's terms must give an area for
// the title to name it: a tool or skill that many areas share (Excel, SQL,
// KPI) gives each a sliver, and "Excel专员" names no area.
const minTitleWeight = 0.05

// complementStart returns where, in a title, the words start that name
// whom the job serves or reports to, as in "Assistant to the General
// Manager": the English word "to", between spaces, after a word that names
// a job (the title words found in the title, in order); or what a teacher
// teaches, after "in" or "of" ("Lecturer in Digital Marketing", "Professor
// of Operations Management"). It returns -1 when there is none. The spaces
// keep "Manager, Go-to-Market" whole.
func complementStart(title []byte, words []automaton.Match) int {
	for _, f := range words {
		if r := titleWords[f.Pattern].role; r == roleHead || r == roleOther {
			teaches := isTeacher(titleWords[f.Pattern].word)
			for i := f.End; i+4 <= len(title); i++ {
				if title[i] != ' ' {
					continue
				}
				if title[i+1]|0x20 == 't' && title[i+2]|0x20 == 'o' && title[i+3] == ' ' ||
					teaches && (title[i+1]|0x20 == 'i' && title[i+2]|0x20 == 'n' || title[i+1]|0x20 == 'o' && title[i+2]|0x20 == 'f') && title[i+3] == ' ' {
					return i + 1
				}
			}
			break
		}
	}
	return -1
}

// isTeacher reports whether word, one of titleWords, names a teacher, whose
// title may name the subject taught.
func isTeacher(word string) bool {
	switch word {
	case "lecturer", "professor", "teacher", "instructor", "tutor", "讲师", "教师", "老师", "教练", "docent", "leraar", "lerares", "lehrer", "lehrerin", "dozent", "dozentin":
		return true
	}
	return false
}

// staffTeacher reports whether word, a teacher's word after before, is
// what a school calls its staff: the 老师 after the operations of its
// learners and their groups (社群运营老师, 学员运营老师), which nobody
// teaches as a trade.
func staffTeacher(before []byte, word string) bool {
	return word == "老师" && endsWord(before, []string{"社群运营", "私域运营", "用户运营", "学员运营"})
}

// isCraft reports whether word, one of titleWords, names a craft that
// serves an area without doing its work, whose title may name the area
// served: 电商运营美工 designs a shop's pages, a car wash's 门店运营技师
// details cars, a pharmacy's 药师 dispenses.
func isCraft(word string) bool {
	switch word {
	case "美工", "美编", "设计师", "视觉设计", "平面设计", "剪辑", "剪辑师", "视频剪辑", "视频剪辑师", "技师", "药师":
		return true
	}
	return false
}

// isBookkeeper reports whether word, one of titleWords, names a clerk or a
// bookkeeper, who keeps an area's books or papers without doing its work,
// whatever area a title names before it: 电商运营会计 keeps a shop's
// accounts.
func isBookkeeper(word string) bool {
	switch word {
	case "会计", "出纳", "文员", "accountant", "bookkeeper", "clerk":
		return true
	}
	return false
}

// namesProfession reports whether the words of other professions found in
// text[start:end] all lie inside terms found there that are an area's own
// name or name operations work, and there is at least one: "Fraud
// Analyst" is risk-management work, and so is "Sales Operations Analyst"
// (an analyst works on what the title names), while "Developer Relations
// Engineer" is an engineer's job, whose engineer word no term spans. Of a
// list of jobs, the first decides: 流程改善工程師、IE 工程師.
func (m *Matcher) namesProfession(r *Result, text []byte, start, end int) bool {
	spanned := false
	first := firstListEnd(text[start:end])
	for _, p := range r.titleFound {
		if spanned && first >= 0 && p.Start >= first {
			break
		}
		w := titleWords[p.Pattern]
		if w.role != roleOther {
			continue
		}
		if m.opsTermSpans(r, start, end, start+p.Start, start+p.End) {
			spanned = true
		} else if !isAnalyst(w.word) {
			return false
		}
	}
	return spanned
}

// opsTermSpans reports whether a term found in text[start:end] that is an
// area's own name or names operations work (not other work: 银行运营)
// spans text[from:to].
func (m *Matcher) opsTermSpans(r *Result, start, end, from, to int) bool {
	for _, f := range r.found {
		if f.Start > from {
			break // in text order: no later term spans from
		}
		if f.Start < start || f.End > end || to > f.End {
			continue
		}
		if m.namesAreaOrWork(f.Pattern) {
			return true
		}
	}
	return false
}

// isEngineer reports whether word, one of titleWords, names an engineer.
func isEngineer(word string) bool {
	return word == "工程师" || word == "engineer"
}

// isAnalyst reports whether word, one of titleWords, names an analyst, who
// works on what the rest of the title names ("Sales Operations Analyst").
func isAnalyst(word string) bool {
	switch word {
	case "analyst", "分析师", "analystin", "datenanalyst", "datenanalystin", "analist":
		return true
	}
	return false
}

// functionNamed reports whether a term found in text[start:end] names a
// function area in words without a title word (see Matcher.functionName).
func (m *Matcher) functionNamed(r *Result, start, end int) bool {
	for _, f := range r.found {
		if f.Start >= end {
			break
		}
		if f.Start >= start && (m.functionName[f.Pattern] || m.opsTerm[f.Pattern] && !m.namesArea(f.Pattern) && m.leadsTo(f.Pattern, r.titleArea)) {
			return true
		}
	}
	return false
}

// namesArea reports whether pattern p is the name or an alias of an area.
func (m *Matcher) namesArea(p int) bool {
	for _, e := range m.entitiesOf(p) {
		if m.entities[e].Kind == KindArea {
			return true
		}
	}
	return false
}

// otherInBracket reports whether the words of other professions in the
// title text[start:end] all stand in a bracket at its end that is no
// direction or department, after a term of an area's own name: the
// bracket then says whom or what the job serves (LINE官方帳號經營專員
// （品牌會員導購）), not what it is. 项目经理（土建） names no area before its
// bracket; 绩效管理专员（人力资源部） sits in HR.
func (m *Matcher) otherInBracket(r *Result, text []byte, start, end int) bool {
	title := text[start:end]
	b := bracketStart(title)
	if b == len(title) || endsWithDirection(title) || namesDepartment(title[b:]) {
		return false
	}
	for _, p := range r.titleFound {
		if titleWords[p.Pattern].role == roleOther && p.Start < b {
			return false
		}
	}
	return m.namesAreaBefore(r, text, start, end, b)
}

// namesAreaBefore reports whether a term that is an area's own name, other
// than the bare noun of operations, starts in the first k bytes of the
// title text[start:end].
func (m *Matcher) namesAreaBefore(r *Result, text []byte, start, end, k int) bool {
	return m.termBefore(r, text, start, end, k, m.namesArea)
}

// areaNameEndsAt reports whether a term found in text[start:end] that is an
// area's own name ends at byte pos.
func (m *Matcher) areaNameEndsAt(r *Result, start, end, pos int) bool {
	for _, f := range r.found {
		if f.Start >= pos {
			break
		}
		if f.Start >= start && f.End == pos && pos <= end && m.namesArea(f.Pattern) {
			return true
		}
	}
	return false
}

// termBefore reports whether a term for whose pattern ok is true, other
// than the bare noun of operations, starts in the first k bytes of the
// title text[start:end].
func (m *Matcher) termBefore(r *Result, text []byte, start, end, k int, ok func(pattern int) bool) bool {
	title := text[start:end]
	for _, f := range r.found {
		if f.Start >= start+k {
			break
		}
		if f.Start < start || bareNoun(title, r.titleFound, f.Start-start, f.End-start) {
			continue // the bare noun: "Financial Analyst, Operations Finance"
		}
		if ok(f.Pattern) {
			return true
		}
	}
	return false
}

// managesSupply reports whether the title text[start:end] names the
// operations of a platform's supply before its bracket (运力运营, 骑手运营,
// 司机运营), whose direction names the workers it manages rather than the
// job: 运力运营专家（骑手方向） runs the riders, it does not ride.
func (m *Matcher) managesSupply(r *Result, text []byte, start, end int) bool {
	b := bracketStart(text[start:end])
	if !containsAny(text[start+b:end], supplyWorkers[:]...) {
		return false // 商户运营专员（商家热线方向） answers the hotline
	}
	return m.termBefore(r, text, start, end, b, func(p int) bool {
		for _, e := range m.entitiesOf(p) {
			if ref := m.entities[e]; ref.Kind == KindDuty && ref.ID == supplySide {
				return true
			}
		}
		return false
	})
}

// supplyWorkers are the workers that a platform's supply operations
// manage.
var supplyWorkers = [...]string{"骑手", "司机", "配送员", "快递员", "外卖员", "跑腿", "师傅"}

// supplySide is the duty of the operations of a platform's supply.
const supplySide = "business-ops-supply-side"

// sideRole reports whether the words of other professions in a title all
// follow 兼 ("and also") after the noun of operations titles: 运营兼客服 is
// an operations job that answers customers too.
func sideRole(title []byte, words []automaton.Match) bool {
	joined, noun, other := beforeSide(title, words)
	return joined && noun && !other
}

// sideJoin returns where the 兼 of title is that joins a side role to its
// main job, or the plus sign that a Chinese title joins them with
// (主播+运营, 电商运营助理+客服), or -1.
func sideJoin(title []byte) int {
	if k := bytes.Index(title, []byte("兼")); k >= 0 {
		return k
	}
	head := title[:bracketStart(title)] // not the pay's 底薪+提成 in brackets
	for _, p := range [...]string{"+", "＋"} {
		if k := bytes.Index(head, []byte(p)); k > 0 {
			before, _ := utf8.DecodeLastRune(title[:k])
			after, _ := utf8.DecodeRune(title[k+len(p):])
			if fold.IsHan(before) && fold.IsHan(after) {
				return k
			}
		}
	}
	return -1
}

// beforeSide reports whether title joins a side role to its main job with
// 兼 or a plus sign (see sideJoin), and whether a noun of operations and a
// word of another profession stand before it.
func beforeSide(title []byte, words []automaton.Match) (joined, noun, other bool) {
	side := sideJoin(title)
	if side <= 0 {
		return false, false, false
	}
	return true, hasNoun(words, side), otherBefore(words, side)
}

// otherBeforeSide reports whether title names another profession and no
// noun of operations before its 兼, which adds a side role to the main job
// (see sideRole).
func otherBeforeSide(title []byte, words []automaton.Match) bool {
	joined, noun, other := beforeSide(title, words)
	return joined && !noun && other
}

// departmentsStart returns where the departments that end a German title
// start (germanDepartments, joined by departmentJoins), before the
// spaces before them: 15 in "Prozessmanager Vertrieb & Kundenservice"; or
// len(title) if it ends with none, or is one.
func departmentsStart(title []byte) int {
	end := len(bytes.TrimRight(title, " "))
	d := end
	for d > 0 {
		k := bytes.LastIndexByte(title[:d], ' ') + 1
		w := bytes.TrimSuffix(title[k:d], []byte(","))
		if !isLabel(w, germanDepartments) && !isLabel(w, departmentJoins) {
			break
		}
		d = len(bytes.TrimRight(title[:k], " "))
	}
	if d == end || d == 0 {
		return len(title)
	}
	return d
}

// germanDepartments are the departments a German title names after the
// job, and departmentJoins the words that join them.
var (
	germanDepartments = [][]byte{
		[]byte("vertrieb"), []byte("einkauf"), []byte("finanzen"), []byte("controlling"), []byte("buchhaltung"), []byte("personal"),
		[]byte("kundenservice"), []byte("kundendienst"), []byte("marketing"), []byte("logistik"), []byte("produktion"),
	}
	departmentJoins = [][]byte{[]byte("&"), []byte("und"), []byte("/"), []byte(",")}
)

// otherBefore reports whether a word of another profession among the
// title words ends before byte pos.
func otherBefore(words []automaton.Match, pos int) bool {
	for _, w := range words {
		if w.End <= pos && titleWords[w.Pattern].role == roleOther {
			return true
		}
	}
	return false
}

// namesDepartment reports whether bracket, the words in brackets at a
// title's end, names the department the job sits in: 绩效管理专员（人力资源部）
// is an HR job.
func namesDepartment(bracket []byte) bool {
	b := bytes.TrimRight(bracket, ")）")
	for _, w := range [...]string{"部", "部门", "中心", "处", "department", "dept", "team"} {
		if len(b) >= len(w) && bytes.EqualFold(b[len(b)-len(w):], []byte(w)) {
			return true
		}
	}
	return false
}

// analystOfArea reports whether the title text[start:end] names an analyst
// of an area, by one of the area's own names or a term that names
// operations work before the analyst word, or after it when a German
// gender mark follows the word: an analyst works on what the
// title names, and "Operational Excellence
// Analyst" or "Growth Analyst" analyses operations work, while "Financial
// Analyst" names no area, nor does the bare noun of operations. An English
// title that names a plain analyst first names the field after it
// ("Analyst, Operational Performance", "Senior Analyst – Fraud Strategy").
// The title must name no other profession, unless it lists several jobs
// and the analyst's comes first.
func (m *Matcher) analystOfArea(r *Result, text []byte, start, end int) bool {
	analyst, analystEnd := -1, -1 // where the first analyst word is in the title
	first := firstListEnd(text[start:end])
	for _, p := range r.titleFound {
		if analyst >= 0 && first >= 0 && p.Start >= first {
			break // the jobs listed after an analyst: "Data Analyst / BI Developer"
		}
		if w := titleWords[p.Pattern]; w.role == roleOther {
			if !isAnalyst(w.word) {
				return false
			}
			if analyst < 0 {
				analyst, analystEnd = p.Start, p.End
			}
		}
	}
	if analyst < 0 {
		return false
	}
	if k := start + analystEnd; k < end && bytes.HasPrefix(text[k:], []byte(zeroWidthSpace)) {
		// A German title names the field after the job: "Analyst:in
		// Betrugsprävention", whose mark the scan reads as zero-width
		// spaces (see withoutGenderMarks).
		limit := end - start
		if first >= 0 {
			limit = first
		}
		if m.termWithin(r, k, start+limit, m.namesAreaOrWork) {
			return true
		}
	} else if k < end && text[k] == ' ' && m.termAt(r, k+1, end, m.namesAreaOrWork) {
		// Or without the mark, the field right after the job: "Risk
		// Analyst Betrugsbekämpfung (w/m/d)".
		return true
	}
	if title := text[start:end]; !hasHan(title) {
		if q := qualifierStart(title); analyst < q && q < len(title) && plainAnalyst(title[:q]) {
			analyst = len(title)
		}
	}
	return m.namesAreaBefore(r, text, start, end, analyst) || m.namesOperationsBefore(r, text, start, end, analyst)
}

// termAt reports whether a term found at from, that ends by to and for
// whose pattern ok is true, lies there.
func (m *Matcher) termAt(r *Result, from, to int, ok func(pattern int) bool) bool {
	for _, f := range r.found {
		if f.Start > from {
			break
		}
		if f.Start == from && f.End <= to && ok(f.Pattern) {
			return true
		}
	}
	return false
}

// termWithin reports whether a term found in text[from:to], for whose
// pattern ok is true, lies there.
func (m *Matcher) termWithin(r *Result, from, to int, ok func(pattern int) bool) bool {
	for _, f := range r.found {
		if f.Start >= to {
			break
		}
		if f.Start >= from && f.End <= to && ok(f.Pattern) {
			return true
		}
	}
	return false
}

// namesAreaOrWork reports whether pattern p is an area's own name or names
// operations work, not other work.
func (m *Matcher) namesAreaOrWork(p int) bool {
	return m.namesArea(p) || m.opsTerm[p] && !m.namesOtherWork(p)
}

// namesOperationsBefore reports whether a term that names operations work
// (see namesOperations), other than the bare noun of operations and the
// phrases of other work, starts in the first k bytes of the title
// text[start:end]: "RevOps Analyst" analyses revenue operations.
func (m *Matcher) namesOperationsBefore(r *Result, text []byte, start, end, k int) bool {
	return m.termBefore(r, text, start, end, k, func(p int) bool {
		return m.opsTerm[p] && !m.namesOtherWork(p)
	})
}

// leadingTeacher reports whether title starts with a teacher's word and
// goes on after a space with the subject taught, as Dutch and German
// titles do: a "Docent Marketing, Communicatie & Social Media" teaches
// them, and its nouns of operations work name the subject.
func leadingTeacher(title []byte, words []automaton.Match) bool {
	if len(words) == 0 || words[0].Start != 0 || words[0].End >= len(title) || title[words[0].End] != ' ' {
		return false
	}
	return isTeacher(titleWords[words[0].Pattern].word)
}

// wordsFrom returns the index of the first of words, matches in text
// order, that starts at or after offset k, or len(words).
func wordsFrom(words []automaton.Match, k int) int {
	i := 0
	for i < len(words) && words[i].Start < k {
		i++
	}
	return i
}

// hasNoun reports whether the title words before end hold a noun of
// operations titles: 运营, 策划, operations, marketing ... A direction at a
// title's end (see directionStart) qualifies its job: that of
// Java开发工程师（运营后台方向） does not make it operations work.
func hasNoun(words []automaton.Match, end int) bool {
	for _, f := range words {
		if f.Start < end && titleWords[f.Pattern].role == roleNoun {
			return true
		}
	}
	return false
}

// directionStart returns where the words that qualify a title's job start,
// or len(title) if it has none: a direction in brackets at the end of a
// Chinese title (Java开发工程师（运营后台方向）); in an English title, the
// words in brackets at its end or after its first spaced dash, bar or
// comma, after a job of two words or more ("Data Engineer — Operations
// Analytics", "Software Engineer, Growth Operations"), or after a lone
// noun of another profession ("Consultant – Operations Strategy"). Other
// words in brackets, as a department (持续改进工程师（运营中心）), are part
// of the title, and so is the specialty after a lone level noun or analyst
// ("Manager, Partnerships", "Analyst, Strategy & Operations") or after an
// analyst ("Market Expansion Analyst – Launch Operations").
func directionStart(title []byte) int {
	if hasHan(title) {
		i := bracketStart(title)
		// A spaced dash parts the job from what it works on:
		// "高级交互设计师 Senior Product Designer (UX) – 商家运营后台".
		if k := dashIndex(title); k > 0 {
			return k
		}
		// So does a dash without spaces before a department:
		// 带货主播（女装）—直播运营部.
		if k := bytes.Index(title, []byte("—")); k > 0 && isDepartment(bytes.TrimLeft(title[k:], "—")) {
			return k
		}
		if i < len(title) && !endsWithDirection(title) {
			return len(title)
		}
		return i
	}
	i := qualifierStart(title)
	job := trimSpaceBytes(title[:i])
	if bytes.IndexByte(job, ' ') < 0 && !isOtherProfession(job) {
		return len(title) // a lone level noun or analyst before the qualifier
	}
	if endsWithWord(job, "analyst") {
		// An analyst works on what the qualifier names ("Market
		// Expansion Analyst – Launch Operations"); an engineer builds
		// for it.
		return len(title)
	}
	return i
}

// translationStart returns where the Chinese translation of an English
// title starts, after a space ("Event Executive 活動主任"), or 0 if the
// title does not start in Latin script with such a translation.
func translationStart(title []byte) int {
	for i := 0; i < len(title); {
		c, n := utf8.DecodeRune(title[i:])
		if fold.IsHan(c) {
			if i > 0 && title[i-1] == ' ' && hasLatinLetter(title[:i]) {
				return i
			}
			return 0
		}
		i += n
	}
	return 0
}

// servedAfterJob returns where the " for " starts in the English title
// text[start:end] after a job that names itself, or -1: what follows
// names whom or what the job serves, not the job. A job names itself
// with a term beyond the bare noun of operations ("Community Manager for
// Developer Tools" builds a community) or with another profession's word
// ("Virtual Assistant for a Community Manager" assists), not with the bare
// noun or an analyst's word, which the words after "for" may specify
// ("Operations Manager for Customer Support").
func (m *Matcher) servedAfterJob(r *Result, text []byte, start, end int) int {
	title := text[start:end]
	if hasHan(title) {
		return -1
	}
	k := indexFold(title, " for ")
	if k <= 0 {
		return -1
	}
	for _, f := range r.titleFound {
		if w := titleWords[f.Pattern]; f.End <= k && w.role == roleOther && !isAnalyst(w.word) {
			return k
		}
	}
	if m.namesTermBeyondNoun(r, text, start, start+k, -1) {
		return k
	}
	return -1
}

// englishAfterHan returns where the English translation of a Chinese
// title starts, after its last Chinese character or closing bracket,
// ("用户运营经理 User Operations Manager", 高级产品经理（商家运营平台）Senior
// Product Manager); or -1 if the title is not so written.
func englishAfterHan(title []byte) int {
	last := -1 // the end of the last Chinese character or bracket
	for i := 0; i < len(title); {
		c, n := utf8.DecodeRune(title[i:])
		if fold.IsHan(c) || c == '）' || c == '】' {
			last = i + n
		}
		i += n
	}
	if last <= 0 || last == len(title) {
		return -1
	}
	rest := bytes.TrimLeft(title[last:], " ")
	if len(rest) < 2 || rest[0] < 'A' || rest[0] > 'Z' || rest[1] < 'a' || rest[1] > 'z' {
		return -1 // an English word that qualifies it, or an acronym: 运营专员 (remote), 客户成功经理 CSM
	}
	return last
}

// hasLatinLetter reports whether b holds an ASCII letter.
func hasLatinLetter(b []byte) bool {
	return slices.ContainsFunc(b, isASCIILetter)
}

// qualifierStart returns where the words after the job of an English title
// start, or len(title) if it has none: its first spaced dash, bar, comma
// or bracket after a space, or the bracket at its end.
func qualifierStart(title []byte) int {
	i := bracketStart(title)
	main := i // the job, before the first separator
	if k := dashIndex(title[:i]); k > 0 {
		main = k
	}
	for _, sep := range [...]string{" | ", ", ", " ("} {
		if k := bytes.Index(title[:i], []byte(sep)); k > 0 {
			main = min(main, k)
		}
	}
	if main == i {
		// A German CV's title names the field after the analyst with
		// no separator: "Quality Analyst Customer Service".
		if k := indexFold(title[:i], " analyst "); k > 0 {
			return k + len(" analyst")
		}
		// And a German title the departments after the job:
		// "Prozessmanager Vertrieb".
		return departmentsStart(title[:i])
	}
	return main
}

// spacedDashes are the dashes that, with white space either side, part a
// title's job from what qualifies it: an em dash, an en dash, two hyphens
// (as plain text and Markdown write an en dash) and a hyphen. Each ends
// with a space, which qualifierSepEnd relies on.
var spacedDashes = [...]string{" — ", " – ", " -- ", " - "}

// dashIndex returns the index of the first of spacedDashes in b, or -1.
func dashIndex(b []byte) int {
	first := -1
	for _, d := range spacedDashes {
		if k := bytes.Index(b, []byte(d)); k >= 0 && (first < 0 || k < first) {
			first = k
			b = b[:k] // the rest need only be searched before it
		}
	}
	return first
}

// lastSpacedDash returns the index and the length of the last of
// spacedDashes in b, or -1, 0.
func lastSpacedDash(b []byte) (i, n int) {
	i = -1
	for _, d := range spacedDashes {
		if k := bytes.LastIndex(b, []byte(d)); k > i {
			i, n = k, len(d)
		}
	}
	return i, n
}

// dashLen returns the length of the one of spacedDashes that b starts
// with, or 0.
func dashLen(b []byte) int {
	for _, d := range spacedDashes {
		if bytes.HasPrefix(b, []byte(d)) {
			return len(d)
		}
	}
	return 0
}

// boostedEnd returns where the part of the title text[start:end] ends
// whose terms weigh as a title's: the whole title, or, when the title
// names its specialty before a qualifier that names another area, the
// part before the qualifier. The qualifier is a bracket at the title's end
// that is no direction, or what follows a spaced dash or a bar; it names
// the industry, the department or the line of business (运营支持专员（跨境电商）,
// 商业化运营专家 - 效果广告, "Onboarding Specialist (Fintech)"), whose
// terms weigh as those of the text do. When what stands before the bracket is the bare noun of
// operations (运营专员（电商）), the bracket names the specialty; when it
// names the area of the title again (排班调度专员（WFM）), it spells it out;
// both weigh as the title.
func (m *Matcher) boostedEnd(r *Result, text []byte, start, end int) int {
	title := text[start:end]
	b := bracketStart(title)
	if endsWithDirection(title) {
		b = len(title)
	}
	if k := dashIndex(title[:b]); k > 0 {
		b = k // 商业化运营专家 - 效果广告: the line of business
	}
	for _, sep := range [...]string{" | ", "｜"} {
		if k := bytes.Index(title[:b], []byte(sep)); k > 0 {
			b = k
		}
	}
	if b == len(title) {
		return end
	}
	var main []contrib // of the terms before the qualifier; the first suffices
	var other bool     // whether a term of the qualifier names an area main does not
	for _, f := range r.found {
		if f.Start >= end {
			break
		}
		switch {
		case f.Start < start:
		case f.Start < start+b:
			if len(main) == 0 && !bareNoun(title, r.titleFound, f.Start-start, f.End-start) {
				main = m.contribsOf(f.Pattern)
			}
		case len(main) > 0:
			if cs := m.contribsOf(f.Pattern); len(cs) > 0 && heaviestContrib(cs) != heaviestContrib(main) {
				other = true
			}
		}
	}
	if other {
		return start + b
	}
	return end
}

// heaviestContrib returns the area of the heaviest contribution in cs, the
// first of equals.
func heaviestContrib(cs []contrib) int32 {
	best := 0
	for i, c := range cs {
		if c.weight > cs[best].weight {
			best = i
		}
	}
	return cs[best].area
}

// isOtherProfession reports whether word is, whole, a word of titleWords
// that names another profession, but for "analyst", who works on what
// the title's qualifier names: "Consultant – Operations Strategy" consults.
func isOtherProfession(word []byte) bool {
	for _, w := range titleWords {
		if w.role == roleOther && w.word != "analyst" && bytes.EqualFold(word, []byte(w.word)) {
			return true
		}
	}
	return false
}

// endsWithDirection reports whether a title ends with a direction in
// brackets: 运营专员（直播方向）.
func endsWithDirection(title []byte) bool {
	return bytes.HasSuffix(title, []byte("方向）")) || bytes.HasSuffix(title, []byte("方向)"))
}

// nounEnd returns where the words that may hold a title's operations noun
// end: at its qualifiers (see directionStart), and in a Chinese title at a
// bracket at its end that names no department. In 高级产品经理（运营中台）
// the bracket names what the product manager builds for.
func nounEnd(title []byte) int {
	end := directionStart(title)
	if b := bracketStart(title); b < end && hasHan(title) && !namesDepartment(title[b:]) {
		end = b
	}
	return end
}

// teamStart returns where the last unit of an organisation starts in a
// Chinese title written as the organisation's path, its units and the job
// parted by hyphens (运营管理部-流程与质量组-高级经理, 运营中心-用户运营部-高级专员),
// or 0 if the title is not such a path. A department in lenticular
// brackets before the job is a path too: in 【門市營運部】門市人員 the job
// starts after it.
func teamStart(title []byte) int {
	if !hasHan(title) {
		return 0
	}
	if rest, ok := bytes.CutPrefix(title, []byte("【")); ok {
		if k := bytes.Index(rest, []byte("】")); k > 0 && isUnit(rest[:k]) && k+len("【】") < len(title) {
			return len("【") + k + len("】")
		}
	}
	last := 0
	for from := 0; ; {
		// The path's separators: a hyphen, a slash or an angle bracket
		// (销售管理部 / 销售运营组 / 销售运营分析师).
		k := bytes.IndexAny(title[from:], "-/>")
		if k < 0 || !isUnit(trimSpaceBytes(title[from:from+k])) {
			return last
		}
		last = from
		from += k + 1
		for from < len(title) && title[from] == ' ' {
			from++
		}
	}
}

// isUnit reports whether b names a unit of an organisation: a department
// (see isDepartment) or, in a title written as a path, a group within one
// (流程与质量组).
func isUnit(b []byte) bool {
	return isDepartment(b) || bytes.HasSuffix(b, []byte("组"))
}

// clerkOfArea reports whether the title text[start:end] names a German
// Sachbearbeiter, the one word of another profession in it, of an area
// by the area's own name right after the word and its gender mark:
// "Sachbearbeiter:in Prozessmanagement" manages processes, while a
// "Sachbearbeiter:in Auftragsabwicklung" keys in orders.
func (m *Matcher) clerkOfArea(r *Result, text []byte, start, end int) bool {
	clerk := -1 // where the clerk's word ends
	for _, p := range r.titleFound {
		if titleWords[p.Pattern].role != roleOther {
			continue
		}
		if clerk >= 0 || !isClerk(titleWords[p.Pattern].word) {
			return false
		}
		clerk = start + p.End
	}
	if clerk < 0 {
		return false
	}
	for clerk < end && (text[clerk] == ' ' || bytes.HasPrefix(text[clerk:], []byte(zeroWidthSpace))) {
		if text[clerk] == ' ' {
			clerk++
		} else {
			clerk += len(zeroWidthSpace)
		}
	}
	for _, f := range r.found {
		if f.Start > clerk {
			break
		}
		if f.Start == clerk && f.End <= end && m.namesArea(f.Pattern) {
			return true
		}
	}
	return false
}

// isClerk reports whether word, one of titleWords, names a German clerk
// or dispatcher, whose title names the field of the work after it: a
// "Disponent:in Personaleinsatzplanung" plans a service centre's staff.
func isClerk(word string) bool {
	switch word {
	case "sachbearbeiter", "sachbearbeiterin", "disponent", "disponentin":
		return true
	}
	return false
}

// improvesInDepartment reports whether the title text[start:end] names
// the improvement of processes by an area's own name before a department
// in brackets, and the words of other professions stand only in the
// department: a 流程优化专员（财务共享服务中心） improves the finance centre's
// processes, as work on processes is the same in any department, while a
// 绩效管理专员（人力资源部） manages HR's appraisals.
func (m *Matcher) improvesInDepartment(r *Result, text []byte, start, end int) bool {
	if r.titleArea < 0 || m.areaIDs[r.titleArea] != ProcessOptimization && m.areaIDs[r.titleArea] != ContinuousImprovement {
		return false
	}
	title := text[start:end]
	d := departmentStart(title)
	if d == len(title) || !m.namesAreaBefore(r, text, start, end, d) {
		return false
	}
	for _, f := range r.titleFound {
		if f.Start < d && titleWords[f.Pattern].role == roleOther {
			return false
		}
	}
	return true
}

// onlyInDepartment reports whether the title text[start:end] ends with a
// department (see departmentStart) and names neither an area nor
// operations before it: HRBP（客户运营中心） works for the centre, and so
// does a 助农主播 直播运营部 for the live room's operations, while
// 持续改进工程师（运营中心） improves its processes. Or whether a Chinese
// title starts with a department and a space, as a notice's table of posts
// writes it, and names neither after it: a 运营管理部 成本核算岗 keeps the
// hospital's cost accounts.
func (m *Matcher) onlyInDepartment(r *Result, text []byte, start, end int) bool {
	title := text[start:end]
	if d := departmentStart(title); d < len(title) {
		return !hasNoun(r.titleFound, d) && !m.namesAreaBefore(r, text, start, end, d)
	}
	if e := leadingDepartmentEnd(title); e > 0 {
		return !slices.ContainsFunc(r.titleFound, func(f automaton.Match) bool { return f.Start >= e && titleWords[f.Pattern].role == roleNoun }) &&
			!m.namesAreaBefore(r, text, start+e, end, end-start-e)
	}
	return false
}

// namesOwnPost reports whether post, the words of a title after its
// department, which start at byte from of the title, name a post beyond
// the title words found there (场站运行岗, not 高级经理): a Chinese
// character that no title word covers, outside the brackets at its end.
func namesOwnPost(post []byte, words []automaton.Match, from int) bool {
	post = post[:bracketStart(post)]
	for i := 0; i < len(post); {
		r, n := utf8.DecodeRune(post[i:])
		if fold.IsHan(r) && !slices.ContainsFunc(words, func(w automaton.Match) bool { return w.Start <= from+i && from+i < w.End }) {
			return true
		}
		i += n
	}
	return false
}

// leadingDepartmentEnd returns where the department that starts a Chinese
// title ends, at the space or the dot before the job (运营管理部 成本核算岗,
// 运营管理部·场站运行岗), or 0.
func leadingDepartmentEnd(title []byte) int {
	if !hasHan(title) {
		return 0
	}
	k := bytes.IndexAny(title, " 　·")
	if k <= 0 || !namesDepartment(title[:k]) || len(trimSpaceBytes(bytes.TrimPrefix(title[k:], []byte("·")))) == 0 {
		return 0
	}
	return k
}

// departmentStart returns where the department that ends title starts: in
// brackets (绩效管理专员（人力资源部）), or in a Chinese title after a space
// (助农主播 直播运营部, as a job card sets it in smaller type after the
// job); or len(title) if it ends with none.
func departmentStart(title []byte) int {
	if b := bracketStart(title); b < len(title) && namesDepartment(title[b:]) {
		return b
	}
	if hasHan(title) {
		if k := bytes.LastIndexAny(title, " 　"); k > 0 && namesDepartment(title[k:]) {
			return k // the last space: the department is one word
		}
	}
	return len(title)
}

// otherInDirection reports whether the direction in brackets that ends
// title (see endsWithDirection), or the post it names (短视频运营（剪辑岗）),
// is another profession: whether a word of one stands right before its 方向
// or 岗, or alone in the bracket. 客服体验方向 is no profession but the
// service that a 质检运营 checks, and 外贸视频内容运营（拍摄剪辑） an
// operations job that shoots and edits.
func otherInDirection(title []byte, words []automaton.Match) bool {
	title = titleCore(title)
	// Shouting after it: 抖音运营（出镜）❗❗; and a headcount:
	// 抖音运营（剪辑）2名.
	title = bytes.TrimRightFunc(title, isShouting)
	title = title[:jobEnd(title)]
	var d int
	b := bracketStart(title)
	switch {
	case endsWithDirection(title):
		d = bytes.LastIndex(title, []byte("方向"))
	case bytes.HasSuffix(title, []byte("岗）")) || bytes.HasSuffix(title, []byte("岗)")):
		d = bytes.LastIndex(title, []byte("岗"))
	case b < len(title) && bytes.HasSuffix(title, []byte("）")):
		// A bracket that holds one profession's word alone, or a list
		// of them, names the post as 岗 does: 店铺运营（视觉设计）,
		// 运营（客服）, 门店运营（店员/营业员）; and so does one that
		// ends with an agent's work: 客服运营专员（纯在线打字）.
		d = len(title) - len("）")
		if _, n := utf8.DecodeRune(title[b:]); !listsOthers(title, b+n, d, words) && !agentPost(title, b, d) && !isNounJob(title[b+n:d]) && !endsWithOnlyOther(b+n, d, words) {
			return false
		}
	default:
		return false
	}
	_, n := utf8.DecodeRune(title[b:])
	if b+n > d {
		return false // 方向 before the bracket: no direction in it
	}
	if servesHosts(title[b+n : d]) {
		return false
	}
	last := title[b+n : d] // the last of the bracket's items, which the post ends
	if k := bytes.LastIndexAny(last, bracketItemSeparators); k >= 0 {
		_, m := utf8.DecodeRune(last[k:])
		last = last[k+m:]
	}
	if bytes.HasPrefix(title[b+n:], []byte("非")) || bytes.HasPrefix(title[b+n:], []byte("不是")) || bytes.HasPrefix(last, []byte("非")) {
		return false // 渠道运营专员（非纯销售岗）, 直播运营（千川投流·非主播岗） say what the job is not
	}
	if k := firstListEnd(title[b+n : d]); k >= 0 {
		d = b + n + k // a direction that lists several names the main one first: 商品运营（直播货盘/供应链方向）
	}
	if agentPost(title, b, d) {
		return true
	}
	if isNounJob(title[b+n : d]) {
		return hasNoun(words, b) && !containsAny(title[:b], improvementJobs...)
	}
	for _, f := range words {
		if f.Start >= b && f.End == d && titleWords[f.Pattern].role == roleOther {
			// A word that the title names before the bracket restates
			// its specialty: 智能客服运营专员（大模型客服方向）. 产品
			// after what kind of product names the product line:
			// 产品运营管培生（工具产品方向）.
			if bytes.Contains(title[:b], title[f.Start:f.End]) {
				return false
			}
			return titleWords[f.Pattern].word != "产品" || f.Start == b+n
		}
	}
	return false
}

// hostTiers are the words that rank a platform's hosts by their audience
// and sales, or sign them, before 主播.
var hostTiers = []string{"头部", "腰部", "中腰部", "尾部", "达人", "签约"}

// servesHosts reports whether a title's direction names hosts by their
// tier (see hostTiers), whom a platform's or an agency's operations job
// serves, as no host's post is named: 达人直播运营（头部主播）.
func servesHosts(direction []byte) bool {
	for i := 0; ; {
		k := bytes.Index(direction[i:], []byte("主播"))
		if k < 0 {
			return false
		}
		if endsWord(direction[:i+k], hostTiers) {
			return true
		}
		i += k + len("主播")
	}
}

// endsWithOnlyOther reports whether the title words in title[start:end]
// are one of frontLineWords, which ends there after words that say where
// or what kind: 女装带货主播, 直播间客服, 电话销售. A craft or a service
// after such words may be what the job manages (服务者运营主管（家政保洁）)
// or does besides (外贸视频内容运营（拍摄剪辑）).
func endsWithOnlyOther(start, end int, words []automaton.Match) bool {
	only := false
	for _, f := range words {
		if f.End <= start || f.Start >= end {
			continue
		}
		if f.Start < start || f.End != end || !slices.Contains(frontLineWords, titleWords[f.Pattern].word) {
			return false
		}
		only = true
	}
	return only
}

// frontLineWords are the titleWords of the jobs of the front line and the
// trades whose holders a title's bracket names after what kind (直播间客服),
// and whose holders apply for operations jobs from them (see
// newestJobIsOther): agents, salespeople, hosts, baristas, bookkeepers,
// teachers. Engineers and analysts are not among them, as they often do
// part of the operations work they seek.
var frontLineWords = []string{
	"客服", "销售", "主播", "带货主播", "电商主播", "话务员", "接线员",
	"sales", "barista", "bookkeeper", "teacher", "designer", "nurse", "cashier", "agent", "picker", "clerk", "receptionist", "chef", "cook", "driver",
	"warehouse operative", "warehouse associate", "warehouse worker",
	// And in German: the shop's, the call centre's, the kindergarten's and
	// the school's, the ward's, the books', the stockroom's, the kitchen's.
	"verkäufer", "verkäuferin", "verkaeufer", "verkaeuferin", "kassierer", "kassiererin", "kundenberater", "kundenberaterin",
	"erzieher", "erzieherin", "lehrer", "lehrerin", "lehrkraft", "pflegefachkraft", "pflegefachfrau", "pflegefachmann",
	"krankenpfleger", "krankenschwester", "altenpfleger", "altenpflegerin", "buchhalter", "buchhalterin",
	"lagerist", "lageristin", "fachkraft für lagerlogistik", "fachlagerist", "fachlageristin", "kommissionierer", "koch", "köchin", "koechin", "mediengestalter", "mediengestalterin",
	"gymnasiallehrer", "gymnasiallehrerin", "grundschullehrer", "grundschullehrerin", "realschullehrer", "realschullehrerin",
	"berufsschullehrer", "berufsschullehrerin", "berufsfachschullehrer", "berufsfachschullehrerin", "lehrperson",
}

// nounJobs are the directions, in brackets alone or before 方向, that name
// another job for the noun of operations only: 运营（设计方向） designs,
// though 活动设计 is campaign work; 电商运营（仓储） keeps the stock; but a
// 精益改善专员（仓储方向） or a 运营流程优化工程师（仓储） improves the
// warehouses' processes (see improvementJobs).
var nounJobs = []string{"设计", "仓储", "仓库"}

// improvementJobs name the job of improving how work is done, which a
// direction of nounJobs names the place of.
var improvementJobs = []string{"流程优化", "流程改善", "流程改进", "精益", "改善", "持续改进"}

// isNounJob reports whether b is one of nounJobs.
func isNounJob(b []byte) bool {
	for _, w := range nounJobs {
		if string(b) == w {
			return true
		}
	}
	return false
}

// agentPost reports whether title[:d], a direction or a post in the bracket
// at title[b], ends with an agent's work (see agentWork), under a title
// that does not check the quality of such work: 客服质检专员（在线+热线）
// scores the hotline's calls and the chats.
func agentPost(title []byte, b, d int) bool {
	return endsWord(title[:d], agentWork) && !containsAny(title[:b], qualityCheckJobs...)
}

// agentWork are the words that end a direction or a post of an agent's
// work: 用户运营专员（电话方向） calls customers to sell, 客服运营专员（打字岗）
// answers chats, 客户运营专员（热线方向） a hotline's calls and 用户运营专员
// （在线服务） the customers who write in; a 游戏运营专员（GM方向） is a game's
// game master, who answers and polices the players.
var agentWork = []string{"电话", "打字", "热线", "在线服务", "GM", "gm"}

// titleCore returns the start of title without what a job card sets around
// it: the lenticular brackets that hold it (【新媒体运营（美工岗）】佛山·顺德区)
// and an employer or a place after a double dash (运营专员（出镜）——四会玉缘阁
// 翡翠直播基地). The core starts where title does, so that the offsets of
// its words stay as they are; it keeps the opening bracket.
func titleCore(title []byte) []byte {
	if bytes.HasPrefix(title, []byte("【")) {
		if k := bytes.Index(title, []byte("】")); k > len("【") {
			return title[:k]
		}
	}
	if k := bytes.Index(title, []byte("——")); k > 0 {
		return bytes.TrimRight(title[:k], " ")
	}
	return title
}

// otherInLatinBracket reports whether an English title ends with a bracket
// that holds words of other professions alone, which name the post as in a
// Chinese title (see otherInDirection): "Content Operations Assistant (Data
// Entry)", "Social Media Assistant (Video Editor)". A bracket that names
// the service centre names whom a back office serves: "Workforce Planning
// Manager (Customer Service)"; and one word of a field's work, what the
// job's work serves: "Events Coordinator (Fundraising)".
func otherInLatinBracket(title []byte, words []automaton.Match) bool {
	if hasHan(title) || !bytes.HasSuffix(title, []byte(")")) {
		return false
	}
	b := bracketStart(title)
	if b >= len(title)-1 || !listsOthers(title, b+1, len(title)-1, words) {
		return false
	}
	if inside := title[b+1 : len(title)-1]; bytes.IndexByte(inside, ' ') < 0 && len(inside) > 3 && bytes.EqualFold(inside[len(inside)-3:], []byte("ing")) {
		return false
	}
	for _, f := range words {
		if f.Start > b && isServiceWord(titleWords[f.Pattern].word) {
			return false
		}
	}
	return true
}

// listsOthers reports whether title[start:end] is words of other
// professions alone, one or several parted by listSeparators.
func listsOthers(title []byte, start, end int, words []automaton.Match) bool {
	for i := start; ; {
		k := slices.IndexFunc(words, func(f automaton.Match) bool { return f.Start == i && f.End <= end })
		if k < 0 || titleWords[words[k].Pattern].role != roleOther {
			return false
		}
		if i = words[k].End; i == end {
			return true
		}
		n := listSeparatorLen(title[i:])
		if n == 0 {
			return false
		}
		i += n
	}
}

// namesTermBeyondNoun reports whether a catalog term found in
// text[start:end], the start of a title, leads to the area of index area
// (any area if area is negative) and is more than the bare noun of
// operations and its levels (see bareNoun): 直播运营专员, not 运营专员.
func (m *Matcher) namesTermBeyondNoun(r *Result, text []byte, start, end, area int) bool {
	return m.termBeyondNoun(r, text, start, end, func(cs []contrib) bool { return area < 0 || leadsToArea(cs, area) })
}

// termBeyondNoun reports whether a catalog term found in text[start:end],
// the start of a title, leads to areas, as its contributions cs say, for
// which leads(cs) holds, and is more than the bare noun of operations and
// its levels (see bareNoun).
func (m *Matcher) termBeyondNoun(r *Result, text []byte, start, end int, leads func(cs []contrib) bool) bool {
	for _, f := range r.found {
		if f.Start >= end {
			break
		}
		cs := m.contribsOf(f.Pattern)
		if f.Start >= start && f.End <= end && len(cs) > 0 && leads(cs) && !bareNoun(text[start:end], r.titleFound, f.Start-start, f.End-start) {
			return true
		}
	}
	return false
}

// qualifierShare is what a term weighs for the title's area right before
// a term that names operations work beyond the bare noun in a Chinese
// title, which it qualifies.
const qualifierShare = 0.5

// listedAfterFirst is what the terms of the jobs after the first weigh in
// a title that lists several (see firstListEnd), for the title's area.
const listedAfterFirst = 0.5

// listSeparators part the jobs of a title that lists several.
var listSeparators = [...]string{"/", "／", "、"}

// firstListEnd returns where the first job of a title that lists several
// ends, at the first of listSeparators outside brackets and after the
// units of an organisation's path (see teamStart), or -1 if it lists one:
// 英语教师 / 教学主管 / 社群运营 lists three, 增长运营（A/B实验方向） and 销售管理部 /
// 销售运营组 / 销售运营分析师 one.
func firstListEnd(title []byte) int {
	depth, item := 0, 0 // item: where the current item starts
	for i := 0; i < len(title); i++ {
		// The brackets and separators beyond ASCII start with a byte
		// beyond it: an ASCII byte is none of them.
		switch c, wide := title[i], title[i] >= utf8.RuneSelf; {
		case c == '(' || c == '[' || wide && (bytes.HasPrefix(title[i:], []byte("（")) || bytes.HasPrefix(title[i:], []byte("【"))):
			depth++
		case c == ')' || c == ']' || wide && (bytes.HasPrefix(title[i:], []byte("）")) || bytes.HasPrefix(title[i:], []byte("】"))):
			depth--
		case depth == 0 && (c == '/' || wide):
			if n := listSeparatorLen(title[i:]); n > 0 {
				if i == 0 || i+n == len(title) {
					return -1
				}
				if hasHan(title[item:i]) && isUnit(trimSpaceBytes(title[item:i])) {
					// A unit of an organisation's path, no job:
					// 销售管理部 / 销售运营组 / 销售运营分析师.
					item = i + n
					continue
				}
				return i
			}
		}
	}
	return -1
}

// headcountLen returns the length of the headcount that b starts with,
// digits and 名 or 人 (1名, 3人), or 0.
func headcountLen(b []byte) int {
	i := 0
	for i < len(b) && '0' <= b[i] && b[i] <= '9' {
		i++
	}
	if i == 0 || i == len(b) {
		return 0
	}
	if bytes.HasPrefix(b[i:], []byte("名")) || bytes.HasPrefix(b[i:], []byte("人")) {
		return i + len("名")
	}
	return 0
}

// otherAfterFirstJob reports whether a title lists several jobs, each with
// its headcount (店长1名 店员3名), or parted by 、 after the head noun of the
// first (市场研究专员、市调分析师), and the words of other professions in it
// all follow the first: the first job listed is the one the title names.
// (Jobs parted by slashes are not read so: 电商/零售行业记者 and "UI/UX
// Designer" name one job each.)
func otherAfterFirstJob(title []byte, words []automaton.Match) bool {
	k := -1
	for i := 1; i < len(title) && k < 0; i++ {
		if n := headcountLen(title[i:]); n > 0 {
			if rest := trimSpaceBytes(title[i+n:]); len(rest) > 0 && len(rest) < len(title)-i-n {
				k = i + n // another job after a space
			}
		}
	}
	if k < 0 {
		k = commaListEnd(title, words)
	}
	if i := bytes.Index(title, []byte("、")); k < 0 && i > 0 && endsWithJobNoun(words, i) {
		k = i // 市场研究专员、市调分析师、产品市场研究: a list of jobs, each whole
	}
	return k >= 0 && !holdsOther(words, k)
}

// commaListEnd returns where the first job of an English title that
// lists three or more parted by commas ends, or -1: each ends with the
// head noun of a job ("Community Manager, Senior Backend Engineer, Product
// Designer"), which a qualifier does not ("Operations Manager, Sales &
// Marketing, EMEA").
func commaListEnd(title []byte, words []automaton.Match) int {
	first, items := -1, 0
	for rest, pos := title, 0; ; {
		i := bytes.Index(rest, []byte(", "))
		item := rest
		if i >= 0 {
			item = rest[:i]
		}
		_, j := trimFunc(item, isSpaceOrBOM, notLetter) // an emoji after: "…, Product Designer 🚀"
		if !endsWithJobNoun(words, pos+j) {
			return -1
		}
		if first < 0 {
			first = pos + len(item)
		}
		items++
		if i < 0 {
			break
		}
		rest, pos = rest[i+2:], pos+i+2
	}
	if items < 3 {
		return -1
	}
	return first
}

// notLetter reports whether r is no letter.
func notLetter(r rune) bool { return !unicode.IsLetter(r) }

// endsWithJobNoun reports whether one of the title words ends at pos and
// is the head noun of a job, an operations job's or another profession's.
func endsWithJobNoun(words []automaton.Match, pos int) bool {
	for _, w := range words {
		if r := titleWords[w.Pattern].role; w.End == pos && (r == roleHead || r == roleOther) {
			return true
		}
	}
	return false
}

// firstListedOther reports whether the title text[start:end] lists several
// jobs and the first names another profession, with no noun of operations
// titles and no term of operations work before the first separator that
// would make it an operations job ("HR/行政专员" is HR work, 运营/销售
// operations work). A word of another profession inside a term that names
// operations work, as 运维 is not, does not count.
func (m *Matcher) firstListedOther(r *Result, text []byte, start, end int) bool {
	title := text[start:end]
	k := firstListEnd(title)
	if k < 0 {
		return false
	}
	from := 0
	if len(r.titleFound) > 0 && r.titleFound[0].Start >= k {
		// The first job holds no title word (CHO / HR VP): the next
		// one stands for it.
		from = k + listSeparatorLen(title[k:])
		if n := firstListEnd(title[from:]); n >= 0 {
			k = from + n
		} else {
			k = len(title)
		}
	}
	other := false
	for _, p := range r.titleFound {
		if p.Start < from {
			continue
		}
		if p.Start >= k {
			break
		}
		switch titleWords[p.Pattern].role {
		case roleNoun:
			return false
		case roleOther:
			other = other || !m.opsTermSpans(r, start, end, start+p.Start, start+p.End)
		}
	}
	if !other || m.servesCentre(r, start, start+from, start+k) {
		return false // 客服质检主管 / 服务质量经理 checks the agents' work
	}
	if from == 0 && m.analystOfArea(r, text, start, start+k) {
		return false // "Performance Management Analyst / Senior Analyst"
	}
	for _, f := range r.found {
		if f.Start >= start && f.End <= start+k && m.opsTerm[f.Pattern] {
			return false
		}
	}
	return true
}

// listSeparatorLen returns the length of the separator of listSeparators
// that b starts with, or 0.
func listSeparatorLen(b []byte) int {
	for _, sep := range listSeparators {
		if bytes.HasPrefix(b, []byte(sep)) {
			return len(sep)
		}
	}
	return 0
}

// headIsOther reports whether the title text[start:end] ends, before the
// words in brackets at its end (in English, before its qualifier), with a
// word of another profession and level words only, as titles name the job
// last: 运营平台产品经理 manages a product, 组织运营专家 shapes an
// organisation, a "Lifecycle Marketing Engineer" builds integrations,
// whatever the words before the job name. A word inside a term that names
// operations work (产品运营) does not count, nor one right after an area's
// own name (持续改进工程师 improves processes, while 运营管理中心法务合规经理
// is a lawyer), unless it names a teacher (电商运营讲师 teaches the trade,
// though a school's 社群运营老师 runs its groups; see staffTeacher), a
// craft (电商运营美工 designs pages), a bookkeeper (电商运营会计), an
// agent (电商运营客服 answers the shop's chats) or a product manager
// (运营中台产品经理 builds the platform),
// nor a side role after 兼, nor
// 顾问, which operations titles use as a level (社群运营顾问), nor analysts,
// who work on what the title names.
func (m *Matcher) headIsOther(r *Result, text []byte, start, end int) bool {
	title := text[start:end]
	head := title[:bracketStart(title)]
	latin := !hasHan(head) // an English title may end with its Chinese in brackets
	if latin {
		// An English title names its job last too, before its qualifier
		// ("Lifecycle Marketing Engineer"), unless it joins two jobs with
		// "&" ("Live Commerce Host & Operations Executive"), which the
		// other rules weigh.
		head = title[:qualifierStart(title)]
		if k := bytes.Index(head, []byte(" & ")); k >= 0 && endsWithJobNoun(r.titleFound, k) {
			return false
		}
	}
	if k := firstListEnd(title); k >= 0 && k < len(head) {
		head = head[:k] // the first of several jobs (see firstListedOther)
	}
	if !latin {
		head = head[:termsAfterDash(head, r.titleFound)]
	}
	_, headEnd := trimSpace(head)
	if latin {
		headEnd -= gradeLen(head[:headEnd]) // "Data Operations Technician II"
	}
	if !otherAfterFirstJob(title, r.titleFound) {
		headEnd = jobEnd(head[:headEnd]) // not in 店长1名 店员3名, whose first job is the title's
	}
	if sideRole(title, r.titleFound) {
		return false // 运营兼客服
	}
	pos := -1 // where the words after the last word of another profession reach
	for _, f := range r.titleFound {
		if f.End > headEnd {
			break
		}
		w := titleWords[f.Pattern]
		switch {
		case w.role == roleOther && w.word != "顾问" && !isAnalyst(w.word) &&
			!m.opsTermSpans(r, start, end, start+f.Start, start+f.End) && (isTeacher(w.word) && !staffTeacher(title[:f.Start], w.word) || isCraft(w.word) || isBookkeeper(w.word) || w.word == "产品" || w.word == "客服" || !m.areaNameEndsAt(r, start, end, start+f.Start)):
			pos = f.End
		case pos >= 0 && f.Start == pos && w.level != 0 && w.role != roleOther:
			pos = f.End
		default:
			pos = -1
		}
	}
	return pos == headEnd
}

// gradeLen returns the length of the grade that ends an English title,
// with the space before it: a Roman numeral up to V or a digit, as public
// employers and large companies number the steps of a job ("Program
// Specialist II", "Data Analyst 2"); or 0.
func gradeLen(title []byte) int {
	k := bytes.LastIndexByte(title, ' ')
	if k < 0 || !isGrade(title[k+1:]) {
		return 0
	}
	return len(title) - k
}

// isGrade reports whether word is the grade that may follow a job's noun
// in an English title: "Analyst III", "Specialist 2".
func isGrade(word []byte) bool {
	switch string(word) {
	case "I", "II", "III", "IV", "V", "1", "2", "3", "4", "5":
		return true
	}
	return false
}

// qualifiedByOther reports whether the English title text[start:end] is
// the noun of operations with level words only, or with an analyst word
// after them, before its qualifier (see qualifierStart), and the qualifier
// holds a word of another profession that no term naming operations work
// spans, and no term of an area besides: the bare noun says little, and
// the qualifier what the job does ("Operations Officer – Accounts
// Payable", "Operations Analyst, Securities Settlements").
func (m *Matcher) qualifiedByOther(r *Result, text []byte, start, end int) bool {
	title := text[start:end]
	if hasHan(title) {
		return false
	}
	d := qualifierStart(title)
	_, j := trimSpace(title[:d])
	if k := trailingQualifier(title[:j]); k > 0 && bareNoun(title, r.titleFound, 0, k) {
		return true // without a separator, as Dutch and German titles write it: "Operations Supervisor Warehouse"
	}
	if d >= len(title) {
		return false
	}
	// A grade does not change the job ("Operations Assistant II"), and
	// "Business" before the noun names the business office of a school
	// or a council, as generic as the noun ("Business Operations
	// Assistant (Accounts Payable)").
	_, j = trimSpace(title[:j-gradeLen(title[:j])])
	i := 0
	if hasPrefixFold(title, "business ") {
		i = len("business ")
	}
	if !bareNoun(title, r.titleFound, i, j) && !bareAnalyst(title, r.titleFound, j) && !levelOnly(title[:j]) && !levellessNoun(r.titleFound, j) {
		return false
	}
	other := false
	for _, f := range r.titleFound {
		w := titleWords[f.Pattern]
		if f.Start >= d && w.role == roleOther && !isAnalyst(w.word) && !m.opsTermSpans(r, start, end, start+f.Start, start+f.End) {
			other = true
			break
		}
	}
	other = other || holdsOtherQualifier(title[d:]) || holdsWordOf(title[d:], shiftWords) && onFloor(text, start, end)
	// Unless the qualifier names operations work besides: a "Manager –
	// Digital Sales & E-commerce Operations" runs the online shop.
	return other && !m.namesTermBeyondNoun(r, text, start+d, end, -1)
}

// levellessNoun reports whether the title words before j in words are the
// noun of operations and no level word: "Customer Operations" before a
// dash names the department, and the job follows it ("Customer
// Operations – Customer Care Representative").
func levellessNoun(words []automaton.Match, j int) bool {
	noun := false
	for _, f := range words {
		if f.Start >= j {
			break
		}
		if w := titleWords[f.Pattern]; !isOperationsNoun(w.word) || w.level != LevelUnknown {
			return false
		}
		noun = true
	}
	return noun
}

// holdsOtherQualifier reports whether b holds one of otherQualifiers as a
// whole word, other than in what operations work on (see
// operationsObject): the site of "Multi-Site" names a chain of places
// ("Director of Operations – Multi-Site Healthcare").
func holdsOtherQualifier(b []byte) bool {
	return holdsWordExcept(b, otherQualifiers, operationsObject)
}

// operationsObject reports whether the word of otherQualifiers at b[i:]
// is part of what operations work on: "site" after "multi-" or "multi "
// (Multi-Site), "network" after one of networkOwners, "accounts" after
// "customer", "client" or "key".
func operationsObject(b []byte, i int) bool {
	if hasPrefixFold(b[i:], "site") {
		const multi = len("multi-")
		return i >= multi && bytes.EqualFold(b[i-multi:i-1], []byte("multi")) && (b[i-1] == '-' || b[i-1] == ' ')
	}
	if hasPrefixFold(b[i:], "network") {
		w := lastWord(b[:i])
		for _, owner := range networkOwners {
			if bytes.EqualFold(w, []byte(owner)) {
				return true
			}
		}
	}
	if hasPrefixFold(b[i:], "accounts") {
		// The accounts of customers, which the job serves: "Operations
		// Specialist – Customer Accounts", not a ledger's.
		w := lastWord(b[:i])
		return bytes.EqualFold(w, []byte("customer")) || bytes.EqualFold(w, []byte("client")) || bytes.EqualFold(w, []byte("key"))
	}
	return false
}

// networkOwners are the members or the sites of a network that operations work on,
// which a qualifier names before "network": "Operations Manager – Partner
// Network", "Operations Associate, Pro Network", "Operations Associate –
// Hub Network Berlin".
var networkOwners = [...]string{
	"partner", "dealer", "franchise", "pro", "provider", "supplier", "vendor", "carrier", "contractor",
	"affiliate", "referral", "creator", "seller", "merchant", "installer", "host", "courier", "driver",
	"clinic", "store", "studio", "branch", "franchisee", "outlet", "hub", "depot", "restaurant",
	"distribution", "fulfilment", "fulfillment", "delivery",
}

// shiftWords name the shifts of floor work in a title, in English and in
// the Dutch and German words that English titles there keep.
var shiftWords = [][]byte{
	[]byte("shift"), []byte("nights"), []byte("overnight"), []byte("graveyard"),
	[]byte("nachtdienst"), []byte("nachtschicht"), []byte("avondploeg"), []byte("nachtploeg"), []byte("ploegendienst"),
	[]byte("schichtbetrieb"), []byte("schichtdienst"), []byte("spätschicht"), []byte("frühschicht"), []byte("wechselschicht"),
}

// namesKitchen reports whether an English title names a restaurant's
// kitchen as the place of the job: in its qualifier, which starts at byte
// qualifier ("Operations Supervisor - Kitchen"), or before the noun
// ("Kitchen Operations Lead"); not in an employer's name before the job
// ("Greenfold Kitchen · Operations Lead").
func namesKitchen(title []byte, qualifier int) bool {
	return holdsWordExcept(title[qualifier:], kitchenWords, kitchenCategory) || holdsWordOf(title, kitchenOperations)
}

// kitchenCategory reports whether the kitchen word at b[i] names a
// category of goods with home or dining: a "Catalog Operations Associate –
// Home & Kitchen" lists homeware.
func kitchenCategory(b []byte, i int) bool {
	before := bytes.TrimRight(b[:i], " ")
	after := b[i+wordAt(b, i, nil, kitchenWords):]
	for _, w := range [...]string{"home &", "home and", "home,"} {
		if len(before) >= len(w) && equalFoldString(before[len(before)-len(w):], w) {
			return true
		}
	}
	return hasPrefixFold(after, " & dining") || hasPrefixFold(after, " and dining") || hasPrefixFold(after, " & home")
}

// kitchenWords and kitchenOperations are the words of namesKitchen.
var (
	kitchenWords      = [][]byte{[]byte("kitchen"), []byte("kitchens")}
	kitchenOperations = [][]byte{[]byte("kitchen operations")}
)

// hanFloorWords are the words with which a Chinese title names a warehouse,
// a cross-border freight forwarder's work or a kitchen (后厨运营主管 runs a
// central kitchen's shift); a 物流运营专员 who keeps a fulfilment centre's
// orders on time and its carriers scheduled does operations work.
var hanFloorWords = []string{"仓储", "仓库", "跨境物流", "后厨", "厨房"}

// relationshipJobs are the jobs of a bank's staff who keep its clients,
// and bankClienteles the clients and products they name in a title (see
// classify).
var (
	relationshipJobs = [][]byte{[]byte("relationship manager"), []byte("relationship officer"), []byte("relationship executive"), []byte("relationship associate")}
	bankClienteles   = [][]byte{
		[]byte("wealth"), []byte("private banking"), []byte("priority banking"), []byte("premier banking"), []byte("personal banking"),
		[]byte("retail banking"), []byte("branch banking"), []byte("business banking"), []byte("commercial banking"), []byte("corporate banking"),
		[]byte("sme banking"), []byte("hni"), []byte("nri"), []byte("affluent"), []byte("mass affluent"), []byte("loans"), []byte("mortgages"),
		[]byte("casa"), []byte("liabilities"), []byte("assets"),
	}
)

// floorQualifiers are the words with which a title names the floor of a
// warehouse, of a parcel carrier's hub or of an airport's apron.
var floorQualifiers = [][]byte{
	[]byte("warehouse"), []byte("fulfillment center"), []byte("fulfilment centre"), []byte("distribution center"), []byte("distribution centre"),
	[]byte("last mile"), []byte("last-mile"), []byte("delivery hub"), []byte("sorting hub"), []byte("sort center"), []byte("sort centre"), []byte("sortation"),
	[]byte("ground handling"), []byte("hub operations"), []byte("ramp"),
	// The German words that English titles there keep: "Teamleiter
	// Operations Logistik".
	[]byte("logistik"), []byte("lager"),
}

// onFloor reports whether text, whose title is text[start:end], names the
// floor of a warehouse, a hub, a kitchen or a plant (see floorWords), or
// is the title alone, as a shift's title says of itself.
func onFloor(text []byte, start, end int) bool {
	return start == 0 && end == len(text) || containsAnyFold(text, floorWords...)
}

// floorWords are the words with which a text names the floor of a
// warehouse, a hub, a kitchen or a plant, where a shift's operations
// title works.
var floorWords = []string{
	"warehouse", "fulfillment", "fulfilment", "distribution center", "distribution centre", "picking", "pickers",
	"forklift", "loading dock", "pallet", "inbound", "outbound", "sortation", "hub", "kitchen", "production line",
	"manufacturing", "plant", "shipping", "receiving", "lager", "logistik",
}

// contactCentreQualifiers name a contact centre's floor, where a generic
// operations title up to the lead supervises the agents on the phones
// ("Operations Supervisor (Contact Centre)"), while a specialty's title
// plans for it ("Workforce Planning Specialist (Contact Center)").
var contactCentreQualifiers = [][]byte{
	[]byte("contact centre"), []byte("contact center"), []byte("call centre"), []byte("call center"),
}

// agentChannels name the channels on which an agent answers customers,
// which a BPO's titles put in their qualifier: "Customer Operations
// Associate (Voice/Chat)", "Customer Support Executive - Non-Voice".
var agentChannels = [][]byte{
	[]byte("voice"), []byte("chat"), []byte("non-voice"), []byte("non voice"), []byte("voice/chat"), []byte("chat/voice"),
	[]byte("voice process"), []byte("chat process"), []byte("inbound calls"), []byte("outbound calls"),
}

// agentQualifiers say in an English title's qualifier the language a job's
// holder speaks or the direction of the calls: "Support Operations
// Representative – German speaker", "Customer Operations Advisor
// (Inbound)". Under a title of the support or the bare noun of operations
// they name an agent's post; a "Community Associate (Thai speaker)" runs a
// community in the language, and a "Marketing Operations Specialist
// (Inbound)" runs inbound marketing.
var agentQualifiers = [][]byte{
	[]byte("speaker"), []byte("speaking"), []byte("inbound"), []byte("outbound"),
	// The languages an agent answers in: "Customer Operations Associate
	// (m/w/d) – English & German".
	[]byte("english"), []byte("german"), []byte("french"), []byte("spanish"), []byte("italian"), []byte("dutch"),
	[]byte("polish"), []byte("portuguese"), []byte("nordic"), []byte("swedish"), []byte("danish"), []byte("norwegian"),
	[]byte("finnish"), []byte("mandarin"), []byte("cantonese"), []byte("japanese"), []byte("korean"), []byte("arabic"), []byte("turkish"),
}

// trailingQualifier returns where the words before the last of b end if
// the last is one of otherQualifiers after a space, or -1.
func trailingQualifier(b []byte) int {
	for _, q := range otherQualifiers {
		n := len(b) - len(q)
		if n > 0 && b[n-1] == ' ' && bytes.EqualFold(b[n:], q) {
			_, k := trimSpace(b[:n])
			return k
		}
	}
	return -1
}

// otherQualifiers are the words with which a qualifier after the bare
// noun of operations names work outside operations: the warehouse, the
// dispatch desk, the accounts, a hotel's rooms division, a clinic, a
// production shift, a bank's trade services, a central kitchen, a
// clinic's front desk, the finance, legal, buying and HR departments, a
// landlord's repairs and estates, a council's parks, a hospital's cleaning
// and billing, a university's athletics ("Operations Assistant -
// Warehouse (Days/Nights)",
// "Operations Executive - Sea Freight").
var otherQualifiers = [][]byte{
	[]byte("warehouse"), []byte("dispatch"), []byte("freight"), []byte("accounts"), []byte("rooms division"),
	[]byte("front office"), []byte("housekeeping"), []byte("clinic"), []byte("hospital"),
	[]byte("ward"), []byte("production"), []byte("manufacturing"), []byte("maintenance"),
	[]byte("facilities"), []byte("security"), []byte("payroll"), []byte("transport"), []byte("fleet"),
	[]byte("construction"), []byte("site"), []byte("it"), []byte("network"), []byte("noc"),
	[]byte("customs"), []byte("settlements"), []byte("treasury"), []byte("cash"), []byte("trade services"),
	[]byte("kitchen"), []byte("commissary"), []byte("patient services"), []byte("front desk"), []byte("reception"),
	[]byte("finance"), []byte("fp&a"), []byte("legal"), []byte("procurement"), []byte("hr"), []byte("human resources"),
	[]byte("repairs"), []byte("voids"), []byte("estates"), []byte("grounds"), []byte("parks"), []byte("environmental services"),
	[]byte("revenue cycle"), []byte("billing"), []byte("athletics"),
	[]byte("people"), []byte("admin"), []byte("claims"), []byte("playout"), []byte("broadcast"),
	[]byte("asset servicing"), []byte("custody"), []byte("farm"), []byte("farms"), []byte("open pit"), []byte("mine"), []byte("mining"), []byte("quarry"), []byte("depot"), []byte("waste"), []byte("street scene"),
}

// holdsWordOf reports whether b holds one of the English words, as a
// whole word in any case (see wordAt).
func holdsWordOf(b []byte, words [][]byte) bool {
	return holdsWordExcept(b, words, nil)
}

// holdsWordExcept is holdsWordOf without the words at b[i:] for which
// except, if not nil, reports true.
func holdsWordExcept(b []byte, words [][]byte, except func(b []byte, i int) bool) bool {
	for i := range b {
		if (i == 0 || !isASCIIAlnum(b[i-1])) && wordAt(b, i, nil, words) > 0 && (except == nil || !except(b, i)) {
			return true
		}
	}
	return false
}

// bareAnalyst reports whether the title words of title[:j] are the noun of
// operations and level words, then an analyst word that ends at j:
// "Operations Analyst", whose qualifier names what the analyst works on.
func bareAnalyst(title []byte, words []automaton.Match, j int) bool {
	for _, f := range words {
		if f.End == j && isAnalyst(titleWords[f.Pattern].word) {
			_, k := trimSpace(title[:f.Start])
			return bareNoun(title, words, 0, k)
		}
	}
	return false
}

// otherInLevellessBracket reports whether a Chinese title ends in a
// bracket, neither a direction nor a department, that holds a word of
// another profession, while no word before the bracket names a level or
// ends it with a job's noun: the words before it name a line of business
// or a department (运营管理条线（综合柜员）), and the bracket the job, while
// 外贸视频内容运营（拍摄剪辑） is an operations job that shoots and edits.
func otherInLevellessBracket(title []byte, words []automaton.Match) bool {
	b := bracketStart(title)
	if b == len(title) || !bytes.HasSuffix(title, []byte("）")) || endsWithDirection(title) || namesDepartment(title[b:]) {
		return false
	}
	other := false
	_, headEnd := trimSpace(title[:b])
	for _, f := range words {
		w := titleWords[f.Pattern]
		switch {
		case f.Start < b && (w.level != 0 || w.role == roleOther || (w.role == roleNoun || w.role == roleHead) && f.End == headEnd):
			// A level, another profession, or a job's noun at the
			// end (外贸视频内容运营（拍摄剪辑）, 智能客服训练师（AI客服运营）)
			// before the bracket.
			return false
		case f.Start >= b && w.role == roleOther:
			other = true
		}
	}
	return other
}

// directionEnd returns where a direction in brackets ends inside title,
// with more words after it, or -1.
func directionEnd(title []byte) int {
	for _, d := range [...]string{"方向）", "方向)"} {
		if k := bytes.Index(title, []byte(d)); k >= 0 && k+len(d) < len(title) {
			return k + len(d)
		}
	}
	return -1
}

// termsAfterDash returns where the job of the Chinese title head ends
// before its last dash, when no title word follows the dash: what follows
// names the job's terms or its place (门市人员－正职, 门市人员-台北); or when
// a unit of the organisation or a system follows it, whatever words name
// them: the job's department (HRBP-用户运营中心) or what the job builds
// (Java后端开发工程师-用户运营平台). It returns len(head) otherwise. Words
// are head's title words.
func termsAfterDash(head []byte, words []automaton.Match) int {
	d := bytes.LastIndexAny(head, dashRunes)
	if d <= 0 {
		return len(head)
	}
	_, n := utf8.DecodeRune(head[d:])
	if after := trimSpaceBytes(head[d+n:]); isUnit(after) || endsWord(after, systemEnds[:]) {
		return d
	}
	if slices.ContainsFunc(words, func(f automaton.Match) bool { return f.End > d && f.Start < len(head) }) {
		return len(head)
	}
	return d
}

// systemEnds end the name of a system that a job builds or runs:
// 用户运营平台, 会员系统, 运营中台.
var systemEnds = [...]string{"平台", "系统", "中台"}

// jobEnd returns where the job that a Chinese title names ends, before a
// headcount and the quotes that set the job apart at its end:
// 招「电商运营美工」1名 names the 美工's job.
func jobEnd(b []byte) int {
	for {
		n := len(b)
		b = bytes.TrimRight(b, " ")
		for _, q := range [...]string{"」", "』", "”"} {
			b = bytes.TrimSuffix(b, []byte(q))
		}
		if bytes.HasSuffix(b, []byte("名")) || bytes.HasSuffix(b, []byte("人")) {
			k := len(b) - len("名")
			j := k
			for j > 0 && '0' <= b[j-1] && b[j-1] <= '9' {
				j--
			}
			if j < k {
				b = b[:j]
			}
		}
		if len(b) == n {
			return n
		}
	}
}

// bracketStart returns where the words in brackets that end a title start,
// at their opening bracket, or len(title) if it has none.
func bracketStart(title []byte) int {
	i := -1
	switch {
	case bytes.HasSuffix(title, []byte(")")):
		i = bytes.LastIndexByte(title, '(')
	case bytes.HasSuffix(title, []byte("）")):
		i = bytes.LastIndex(title, []byte("（"))
	}
	if i <= 0 {
		return len(title)
	}
	return i
}

// titleLevel reads the level of a title from the occurrences of
// titleWords in it, and reports whether the title names a profession
// outside operations.
func titleLevel(words []automaton.Match) (level Level, other bool) {
	var head Level
	var senior, junior, intern bool
	for _, f := range words {
		w := titleWords[f.Pattern]
		switch w.role {
		case roleHead:
			head = w.level
		case roleSenior:
			senior = true
		case roleJunior:
			junior = true
		case roleIntern:
			intern = true
		case roleOther:
			other = true
			if w.level != 0 {
				head = w.level // 业务经理 is a sales manager
			}
		}
	}
	switch {
	case intern:
		return LevelIntern, other
	case senior && head <= LevelSpecialist:
		return LevelSenior, other
	case junior && head == LevelUnknown:
		return LevelSpecialist, other
	}
	return head, other
}

// holdsJobWord reports whether the pattern t, folded, holds one of
// titleWords that names a job, a Latin one as a whole word: 数据分析师 and
// "operations coordinator" do, 持续改进 and "resource allocation" do not.
// Words that only say a level do not count ("continuous improvement lead"
// names the function as "continuous improvement" does), nor the words of
// a service centre (in 客服现场管理 they say whose floor is managed; see
// isServiceWord), nor a coach's (a "quality coach" scores and coaches the
// agents as the function's own job), nor a dispatcher's next to the
// rostering of a contact centre's staff (排班调度 plans the agents' hours,
// while a 调度专员 dispatches drivers), nor, if analysts is true, the
// analyst words and a planner's, who plans what the function's name says
// ("Capacity Planner"), nor, if engineers is true, an engineer's, who
// improves the flow that the function's name says (流程优化工程师,
// "Lean Engineer").
func holdsJobWord(t string, analysts, engineers bool) bool {
	for _, w := range titleWords {
		if w.role != roleHead && w.role != roleSenior && w.role != roleJunior && !isServiceWord(w.word) && w.word != "coach" && !(w.word == "调度" && containsWord(t, "排班")) && !(analysts && (isAnalyst(w.word) || w.word == "planner")) && !(engineers && isEngineer(w.word)) && containsWord(t, w.word) {
			return true
		}
	}
	return false
}
