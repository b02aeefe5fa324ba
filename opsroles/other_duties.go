// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"bytes"
	"slices"
	"unicode/utf8"

	"github.com/rolemodels/ops/opsroles/internal/automaton"
)

// otherDutyWords name the daily work of jobs that employers advertise under
// a generic operations title: a clerk's (data entry, typing speed, scanning
// and filing, a catalogue's SKUs a day, a German order clerk's delivery
// notes and credit notes in SAP SD), an office administrator's (office supplies, stationery,
// meeting rooms, minute taking, fixed assets, seals and licences, the
// switchboard, the post, fire drills and a school's attendance), an HR
// administrator's (payroll inputs, DBS checks, starters and leavers, I-9
// forms), a recruiter's (full-cycle recruiting, offer letters), a
// paralegal's (litigation, court filings) and a lawyer's (the law
// society, a Juris Doctor), a customer-service agent's
// (taking calls, inbound calls a day, response times, standard Mandarin), an
// online shop's designer's (main images, white-background shots, cut-outs),
// a telesales agent's (inviting callers to the showroom), a field
// salesman's (cold calls, a target of payments collected), a hotel
// receptionist's, a waiter's, a tea shop's crew (making the drinks, cutting
// the fruit), a warehouse hand's (loading trucks, forklifts, put-away, piece
// rates, booking freight), a fund accountant's (valuation, the unit
// register, a broker's clearing and settlement), an equity research
// analyst's (initiation reports, earnings notes), an executive assistant's
// (travel itineraries, inbox triage, personal errands), a bookkeeper's
// (vouchers, ledgers, tax returns, petty cash, a lender's reports, cash-flow forecasts,
// statutory accounts, a bank branch's cheques and vault, a bank's
// payments clerks (Faster Payments, CHAPS, the suspense account), a charity's
// donations), a sewage plant's operator (aeration, dosing, the control room)
// and a gas network's (pressure stations, line patrols), a broadcaster's
// master control room (playout), a fundraiser's (income targets, major
// gifts), a property manager's (rent collection, evictions) and an
// estate's front office (gate access, violation letters, 巡楼), a housing
// officer's (rent arrears, anti-social behaviour), a lender's
// debt collectors (field collection, skip tracing), a data centre's
// engineer, a platform's site reliability engineer (Kubernetes, Terraform,
// error budgets), a network operations centre's (the NOC, patching,
// bridge calls), a metro's drivers and an airport's operations control
// (接发列车, 机位分配) and a data annotator's (drawing boxes, a day's labelling
// quota), a video editor's (rough and fine cuts, grading). Operations
// jobs rarely write more than one of them; a
// document with a generic title or none that writes several describes the
// other job, and so does one that writes many under any title (see
// listsOtherDuties). The scan finds them as the matcher's own labels
// (otherDutyLabel).
var otherDutyWords = []string{
	// clerks
	"数据录入", "录入和核对", "录入与核对", "单据录入", "打字速度", "打字每分钟", "收发快递", "扫描归档",
	"auftragserfassung", "auftragsbestätigungen", "lieferscheine", "lieferscheinen", "gutschriften", "rechnungskorrekturen", "sap sd",
	"装订", "录入系统", "系统录入",
	"data entry", "typing speed", "wpm", "data encoding", "encoding accuracy", "10-key", "date-stamp", "date stamp",
	// a charity's gift processing
	"gift processing", "pledge cards", "bank deposits",
	// and those who key in a shop's catalogue by the hundred products a day
	"skus per day", "skus a day", "skus/day", "daily productivity target", "image tagging", "tag images", "image qc", "productivity tracker",
	// office administration
	"会议室预订", "预订会议室", "文具", "接待访客", "员工通讯录", "办公用品", "办公设备", "固定资产", "行政事务", "行政费用", "印章管理", "证照年检",
	"考勤统计", "宿舍管理", "绿植", "办公环境", "车辆管理", "差旅预订", "前台接待", "用印", "报销单据",
	"reception", "walk-ins", "office supplies", "stationery", "meeting rooms", "minute taking", "switchboard", "payroll inputs", "dbs checks", "starters and leavers", "visitor passes", "visitor management", "post room", "franking",
	"i-9", "recruiting coordination", "full-cycle recruiting", "offer letters", "candidate pipeline", "diary management",
	// an executive assistant's, whatever the title ("Chief of Staff" to a
	// founder who needs the calendar, the inbox and the travel run)
	"personal errands", "itineraries", "travel itineraries", "book all travel", "arrange all travel", "plan and book all travel", "travel arrangements",
	"my inbox", "his inbox", "her inbox", "inbox triage", "personal expenses", "calendar management",
	// law firms' casework
	"litigation", "paralegal", "court filings", "hearing bundles",
	"juris doctor", "law society", "admitted as a lawyer", "admitted as a solicitor", "practising certificate", "in-house legal team", "legal workstream",
	// data centres, and the engineers who keep a platform running
	"data centers", "data centres",
	"sre", "sres", "devops", "kubernetes", "k8s", "terraform", "ansible", "infrastructure as code", "pagerduty", "error budgets", "problem management",
	"itil", "p1 incident", "p1 incidents", "change tickets",
	"noc", "patching", "bridge call", "bridge calls",
	"中间件", "性能调优", "等保", "安全加固", "漏洞修复", "运维手册", "巡检记录", "机房", "shell脚本", "docker", "rhce", "hcip", "cka",
	"fire warden", "fire drills", "truancy", "toolbox talks", "building maintenance", "planned preventative maintenance",
	// customer service agents
	"接待顾客", "在线接待", "解答顾客", "促成下单", "差评沟通", "快递单", "接听客户来电", "接听电话", "呼入", "询单转化率", "普通话标准", "催付", "售后回访", "电话回访", "外呼回访", "回访量", "回访话术",
	"促成顾客下单", "中差评回访", "安抚顾客", "引导追评", "3分钟回复率", "售后登记", "打字快", "订单进度查询", "处理退款申请",
	"物流查询", "修改地址", "查件", "小额打款", "售后台账", "快递理赔", "登记理赔", "inbound calls", "calls a day", "calls per day",
	"calls per shift", "contacts per shift", "chats per shift", "calls a shift", "contacts a shift", "calls per hour", "tier 1 support", "call disposition",
	"inbound calls per shift", "inbound calls a day", "inbound calls per day", "chats and emails per shift", "contacts a day", "contacts per day", "conversations a day", "conversations per day", "the correct disposition",
	"telephone manner", "on the phones", "tickets per day", "tickets a day", "tickets per hour", "tickets an hour", "tickets per shift", "calls per shift", "chats per shift", "contacts per shift", "agent of the month", "escalation to 2nd line", "escalations to 2nd line", "escalate to 2nd line", "escalated to 2nd line", "escalation to second line", "escalate to second line", "web chats", "webchats", "calls daily", "outbound calls a day", "outbound calls per day",
	"inbound phone calls", "answer calls", "answer calls and chats", "call centre experience", "call center experience", "contact centre experience", "contact center experience",
	"emails per shift", "escalate to tier 2", "escalated to tier 2", "escalation to tier 2", "escalations to tier 2",
	// live-selling hosts in front of the camera
	"讲品", "逼单", "憋单", "上身试穿", "镜头感", "口播", "讲款", "出镜讲解", "试穿展示",
	// video editors
	"粗剪", "精剪", "调色", "rough cut", "rough cuts", "fine cut", "colour grading", "color grading", "colour correction", "color correction",
	// an online shop's designers
	"主图设计", "白底图", "抠图",
	// and a designer's portfolio, training and tools
	"作品集", "设计类专业", "平面设计经验", "c4d", "vi规范", "设计素材库",
	// telesales
	"电话邀约", "邀约到店",
	// a car dealer's salesmen
	"到店看车", "试驾", "促成交易", "个人销售任务", "按揭手续", "办理过户",
	// salespeople who hunt for new customers
	"cold calls", "cold calling", "cold call", "quota attainment", "of quota", "of annual quota", "president's club", "presidents club", "quota-carrying", "carry a quota", "hitting quota", "hit quota", "expansion quota", "陌拜", "陌生拜访", "招商引资", "投资协议", "实地带看", "招商任务", "招商指标", "招商业绩", "签约入驻", "招商面积", "去化", "载体招商", "园区带看", "租金收入指标", "产业链招商", "以商引商", "注册落户", "签约面积", "厂房租赁", "现场成交", "个人业绩指标", "close deals", "monthly revenue target",
	"园区招商", "以商招商", "入驻面积", "工业地产", "租售方案", "入园审批", "签约项目数", "租售合同", "招商台账", "载体推介", "入驻洽谈", "园区政策申报",
	"回款任务", "货款催收", "跑市场", "个人年任务", "个人任务额", "回款指标", "催收回款", "压货",
	// front-line service: a hotel's front desk, a restaurant's floor, a tea shop's counter, a property's service desk
	"办理入住", "续住", "传菜", "收台", "迎宾", "物业费",
	"做奶茶", "饮品制作", "切水果", "煮珍珠", "打包外卖", "打扫卫生", "倒垃圾", "点单收银", "清洁卫生", "奶盖",
	// warehouses, loading bays and truck yards
	"卸车", "装车", "叉车", "仓管员", "入库验收", "账实", "计件", "配货", "贴单",
	"waybills", "trip sheets", "dispatch riders", "hours of service", "load boards", "bills of lading", "bill of lading",
	"forklift", "reach truck", "unload trailers", "put away", "rf scanner", "pallet jack", "order picker", "steel-toe",
	"pick and pack", "picking and packing", "pack orders", "packing orders", "rf scanners", "putaway", "picking accuracy", "forklift licence", "forklift license",
	"kommissionierung", "wareneingang", "warenausgang", "staplerschein", "gabelstapler", "flurförderzeuge",
	// a German haulier's dispatchers (Disponenten)
	"touren planen", "tourenplanung", "fahrer einteilen", "lenk- und ruhezeiten", "frachtenbörse", "frachtenbörsen", "frachtraum", "timocom", "komplettladungsverkehr", "teilladungsverkehr",
	"dock schedule", "ftl", "book freight", "tender loads", "os&d", "asns", "customs clearance", "shipping lines",
	// a metro's drivers and station staff, an airport's and an airline's
	// operations control: the trains, the stands and the flights
	"接发列车", "行车组织", "行车调度", "出入段", "电客车", "机位分配", "航班动态", "不正常航班", "四班三倒",
	// bookkeeping
	"记账凭证", "账务处理", "应收应付", "报税", "总账", "银行对账", "现金收付",
	"journal entries", "general ledger", "accounts receivable", "payable and receivable", "bank reconciliation",
	"supplier statement", "balance sheet", "sales tax", "gl account", "bank recs", "myob", "petty cash", "cheque clearing", "vault", "gift aid",
	"chart of accounts", "1099s", "fixed asset register", "ap aging", "bill.com", "bank reconciliations", "lender reporting",
	"cash flow forecast", "cash flow forecasts", "statutory accounts", "financial statements", "debtors", "nostro",
	"creditor statements", "creditors statements", "creditors age analysis", "month-end accruals", "gl accounts", "invoice register",
	// a broker's equity research
	"sell-side", "sotp", "initiation report", "initiation reports", "earnings notes", "expert calls",
	// a fund's back office: valuation, the register of units, settlement
	"估值核算", "份额登记", "注册登记", "资金清算", "清算交收", "资金交收",
	"fund accounting", "fund administration", "nav calculation", "corporate actions", "trade settlement", "trade settlements",
	"ccass", "trade breaks", "failed settlements", "settlement fails", "settlement failure", "settlement failures",
	"cash reconciliation", "custodian statements", "custodian notices",
	"settlement instructions", "stock reconciliations", "equity settlements", "securities settlements", "settlement cut-off", "settlement cut-offs", "failing trades",
	"corporate action", "settlement queue", "csdr penalties", "stock breaks", "unmatched trades",
	// a lender's debt collectors, whom it may call collection operations officers
	"电话催收", "逾期催收", "上门催收", "委外催收", "催收作业", "外呼量", "日均外呼",
	"emi collection", "collect emis", "field collection", "bucket collection", "skip tracing", "repossession", "promise to pay",
	// a bank's counter
	"轧账", "碰库", "空白凭证", "柜面操作", "日终结算", "交易复核", "柜位现金", "久悬户", "尾箱", "重空凭证", "冲正", "柜员排班", "ATM加钞", "复核授权", "授权复核", "柜员经验",
	// and its payments back office
	"faster payments", "chaps", "payment suspense", "indemnity claims",
	// facilities: a school's, a campus's, a hospital's premises
	"caretaker", "caretakers", "custodial", "legionella", "asbestos", "cmms", "portering", "cleaning contract",
	"snow removal", "fire risk assessment", "reactive maintenance", "lift inspections", "绿化", "消防设施",
	// a data centre's or a plant room's duty shifts
	"柴发", "柴油发电机", "精密空调", "配电",
	// a bank's IT production floor, a factory's lines, a hospital's orderlies
	"batch jobs", "production line", "production lines", "orderlies",
	// a theme park's rides
	"游乐设备", "游乐设施", "安全压杠",
	// building sites
	"施工图", "隐蔽工程", "安全文明施工", "plant hire", "earthworks", "swms", "civil construction", "site engineers", "prestarts",
	// the shifts of a sewage plant and the rounds of a gas network
	"污水处理", "曝气", "加药", "中控室", "出水水质", "四班三倒", "运行记录", "调压站", "巡线", "检漏",
	// a broadcaster's master control room
	"playout", "master control",
	// a bus line's dispatchers
	"发车间隔", "行车作业", "首末班", "出退场", "营运里程",
	// drivers, guards and electricians
	"巡逻", "电工证", "security guard", "cdl",
	// fundraisers, whom charities may call partnership managers
	"income target", "major gifts", "trusts and foundations",
	// property managers, whom American landlords call community managers
	"rent collection", "evictions", "fair housing", "multifamily", "unit turns", "realpage", "leasing consultants",
	"yardi", "resident relations", "property budget", "cam or arm", "arm certification", "cam certification",
	// and the front offices of homeowners' associations and residential estates
	"homeowners association", "homeowners' association", "homeowners associations", "homeowner association", "homeowner associations", "cc&r", "cc&rs", "dues collection", "leasing office", "gate access", "amenity bookings", "violation letters", "resident portal", "lease applications", "rent payments",
	"保安保洁", "巡楼", "业主投诉", "装修审批", "车位管理",
	// housing officers, whom housing associations call community coordinators
	"rent arrears", "arrears letters", "arrears cases", "tenancy visits", "tenancy sign-ups", "tenancy audits", "anti-social behaviour", "anti-social behavior", "asb", "estate inspections", "estate walkabouts",
	// annotators, whom platforms may call data operations specialists
	"拉框", "画框", "标注任务", "标注准确率", "标注量",
	// and the writers of a language model's training data
	"sft数据", "sft语料", "偏好数据", "语料生产", "编写语料",
	"bounding boxes", "bounding box", "3d cuboids", "image annotation", "text annotation", "inter-annotator agreement", "annotation guidelines", "labelling tool", "labeling tool",
	"annotators", "annotate images", "annotated images", "keypoints", "cvat", "label studio", "labelbox", "tasks/day", "tasks per day", "tasks a day",
}

// otherDutiesMin is how many different otherDutyWords a document must
// write to describe another job: fewer under a generic operations title,
// which says little of the job, than under no title or one that names
// no operations work, where the body alone tells; more under a title that
// names a specialty, which the words must outweigh ("Community Manager"
// of an apartment block, who collects rents and handles evictions).
const (
	otherDutiesMin           = 3
	otherDutiesUnderTitle    = 2
	otherDutiesOverSpecialty = 4
)

// listsOtherDuties reports whether the text describes the daily work of
// another job: whether the text outside its title, text[start:end] (empty
// if there is none), writes enough different otherDutyWords: otherDutiesUnderTitle under a title that names
// operations with its bare noun and levels only (运营专员, "Operations
// Associate"), otherDutiesOverSpecialty under a title that names a
// specialty (电商运营, "Community Manager"), otherDutiesMin otherwise;
// otherDutiesUnderTitle under a specialist's or senior specialist's title
// that an agent's or a clerk's job may carry (see clerkMayHold), and
// under one that joins another profession to its job with 兼.
// Under a specialty, occurrences under a resume's earlier jobs do not
// count: a career changer's resume lists the old job's work under the new
// job's title. Words that the posting says the job does not do ("What
// you won't be doing: reception, diary management") do not count.
func (m *Matcher) listsOtherDuties(r *Result, text []byte, start, end int) bool {
	if r.functionTitle && r.titleArea >= 0 {
		switch m.areaIDs[r.titleArea] {
		case ProcessOptimization, ContinuousImprovement:
			// Whoever improves processes by title works on the work of
			// others: a "Continuous Improvement Lead" of a landlord's
			// communities runs kaizens on unit turns.
			return false
		case ResourceAllocation:
			// So does a dispatch team's lead, over the dispatchers'
			// work: a "Teamleiterin Disposition" plans the tours her
			// team books.
			if r.Title.Level >= LevelLead {
				return false
			}
		}
	}
	need, stop := otherDutiesMin, len(text)
	switch {
	case r.Title.Level <= LevelSenior && r.titleArea >= 0 && m.clerkMayHold(r.titleArea, text[start:end]):
		// A "Customer Operations Associate" may answer the customers
		// or run the service for them, a 数据运营专员 key in data or run
		// the data, and a few phrases of the other work tell which; as
		// under a specialty, a resume's earlier jobs do not count.
		need = otherDutiesUnderTitle
		if r.earlier >= 0 {
			stop = r.earlier
		}
	case alsoOtherJob(text[start:end], r.titleFound) || containsFold(text[start:end], "chief of staff"):
		// A title that joins another job to the specialty (电商运营兼美工)
		// says the job does both, and an executive assistant's job may
		// carry a chief of staff's title; a few phrases of the other
		// job's work (for the assistant the inbox, the travel) tell
		// that it is mostly that.
		need = otherDutiesUnderTitle
		if r.earlier >= 0 {
			stop = r.earlier
		}
	case m.namesSpecialty(r, text, start, end):
		need = otherDutiesOverSpecialty
		if r.earlier >= 0 {
			stop = r.earlier
		}
	case r.titleArea >= 0:
		need = otherDutiesUnderTitle
	}
	if m.countOtherDuties(r, text, start, end, stop, need) < need {
		return false
	}
	if start < end {
		// A posting of several jobs lists the others' work under their
		// own labels after the title's (岗位02：前台接待/管家): only the
		// title's job counts, read again up to the next job's label.
		if next := otherJobStart(text, end, text[start:end]); next < stop {
			return m.countOtherDuties(r, text, start, end, next, need) == need
		}
	}
	return true
}

// countOtherDuties counts the different otherDutyWords found before byte
// stop of text, outside the title text[start:end] and outside the other
// jobs a job board's page lists beside the posting, up to need.
func (m *Matcher) countOtherDuties(r *Result, text []byte, start, end, stop, need int) int {
	var seen [otherDutiesOverSpecialty]int
	n := 0
	for _, f := range r.found {
		if f.Start >= stop {
			break
		}
		if m.labelKind[f.Pattern] != otherDutyLabel || f.Start >= start && f.End <= end || slices.Contains(seen[:n], f.Pattern) || dutyDenied(text, f.Start) || inJobList(r.boiler, f.Start) {
			continue
		}
		seen[n] = f.Pattern
		if n++; n == need {
			break
		}
	}
	return n
}

// otherJobStart returns where the first line after byte from starts that
// labels a position other than title, as a posting of several jobs heads
// each (## ▌岗位02：前台接待/管家 after 新媒体运营（小红书/抖音方向）, 二、仓库主管
// after 一、运营流程优化专员), or len(text). A label of the title's own job (岗位01：新媒体运营（小红书/抖音方向）)
// is passed over.
func otherJobStart(text []byte, from int, title []byte) int {
	// A title under a notice's numbered heading (一、运营流程优化专员) is
	// its first post; the next numbered post is another's.
	numbered := startsSection(trimSpaceBytes(text[bytes.LastIndexByte(text[:from], '\n')+1 : from]))
	described := false // a line of the title's post's own has come
	for pos := nextLine(text, from); pos < len(text); pos = nextLine(text, pos) {
		line := trimSpaceBytes(text[pos:nextLine(text, pos)])
		if numbered && startsSection(line) {
			// A notice's next post under its numbered heading: 二、仓库主管（冷冻库）,
			// once the title's post is described, not in a list of the
			// posts before their descriptions.
			post := line[numberingLen(line):]
			post = trimSpaceBytes(post[:min(bracketStart(post), fieldEnd(post))])
			if described && endsWord(post, postEnds[:]) && !bytes.Contains(title, post) {
				return pos
			}
			continue
		}
		described = described || len(line) > 0
		if !mayBeLabelled(line) {
			continue
		}
		k := labelEnd(line)
		var buf [2 * maxLabelBytes]byte
		if k == 0 || !headsSection(line[:k]) || !isPositionLabel(withoutCount(buf[:0], line[:k])) {
			continue
		}
		if v := trimSpaceBytes(line[k:]); len(v) > 0 && !bytes.Contains(v, title) && !bytes.Contains(title, v) {
			return pos
		}
	}
	return len(text)
}

// postEnds end the name of a post in a notice's numbered heading, as
// opposed to its sections' (二、任职要求, 三、薪酬福利).
var postEnds = [...]string{"员", "师", "主管", "经理", "专员", "助理", "司机", "总监", "组长", "岗", "工", "长", "管培生", "实习生", "负责人"}

// withoutCount returns label, a label with its colon, without the number
// before the colon that counts the sections of a posting (岗位02：, 职位二：
// become 岗位：, 职位：), appended to dst if it changes.
func withoutCount(dst, label []byte) []byte {
	_, n := utf8.DecodeLastRune(label)
	i := len(label) - n
	for i > 0 {
		r, size := utf8.DecodeLastRune(label[:i])
		if !isCountRune(r) {
			break
		}
		i -= size
	}
	if i == len(label)-n {
		return label
	}
	return append(append(dst, label[:i]...), label[len(label)-n:]...)
}

// headsSection reports whether label, a position's label at the start of
// a line, heads a section of a posting of several jobs: it is decorated
// as a heading (## ▌岗位：, 【岗位】) or numbered (岗位02：, 职位二：), unlike a
// resume's or a form's 职位：.
func headsSection(label []byte) bool {
	r, _ := utf8.DecodeRune(label)
	return isDecoration(r) || bytes.ContainsFunc(label, isCountRune)
}

// alsoOtherJob reports whether title joins another profession to its job
// after 兼 ("and also") or a plus sign: 电商运营兼美工, 拼多多运营兼客服,
// 运营助理+客服; words are its title words (see beforeSide).
func alsoOtherJob(title []byte, words []automaton.Match) bool {
	k := sideJoin(title)
	if k < 0 {
		return false
	}
	for _, w := range words {
		if titleWords[w.Pattern].role == roleOther && w.Start > k {
			return true
		}
	}
	return false
}

// namesSpecialty reports whether the title text[start:end], classified in
// r, names its area with more than the bare noun of operations and its
// levels: with a term of the area's own (直播运营专员), a direction
// (运营专员（直播方向）) or a specialty (增长总监).
func (m *Matcher) namesSpecialty(r *Result, text []byte, start, end int) bool {
	return r.titleArea >= 0 && (r.implied.Pattern >= 0 || m.namesTermBeyondNoun(r, text, start, end, r.titleArea))
}

// dutyCues are the words that say a job does not do what follows them on
// their line or in the list under them: "What you won't be doing:
// reception", 不负责前台接待.
var dutyCues = []string{
	"won't", "won’t", "will not", "not be doing", "not doing", "don't", "don’t", "do not", "does not",
	"doesn't", "doesn’t", "isn't", "isn’t", "is not", "are not", "aren't", "never", "not responsible", "not involve",
	"no need to", "not includ",
	"不负责", "无需", "不需要", "不用", "不涉及", "不做", "不包括", "不包含", "不是", "不承担", "不用做",
}

// maxDenialLines bounds how far dutyDenied looks up a list for its heading.
const maxDenialLines = 12

// dutyDenied reports whether the word at text[i:] stands after one of
// dutyCues on its line, or in a list whose heading, a line that ends with
// a colon, holds one.
func dutyDenied(text []byte, i int) bool {
	lineStart, _ := lineAround(text, i)
	if containsAnyFold(text[clauseStart(text, max(lineStart, i-maxClauseBytes), i):i], dutyCues...) {
		return true
	}
	for lines := 0; lines < maxDenialLines && lineStart > 0; lines++ {
		line := trimSpaceBytes(text[lineStart:i])
		if !isBullet(line) {
			return false
		}
		prev, _ := lineAround(text, lineStart-1)
		head := trimSpaceBytes(text[prev : lineStart-1])
		if bytes.HasSuffix(head, []byte(":")) || bytes.HasSuffix(head, []byte("：")) {
			return containsAnyFold(head, dutyCues...)
		}
		i, lineStart = lineStart-1, prev
	}
	return false
}

// maxClauseBytes bounds how far dutyDenied looks back on a line for a cue.
const maxClauseBytes = 120

// clauseStart returns where the clause that ends at byte i starts, not
// before byte from: after the last full stop, semicolon, question or
// exclamation mark, full-width comma, bullet or numbered item between
// them. A colon does not end it: "What you won't be doing: reception".
func clauseStart(text []byte, from, i int) int {
	for _, sep := range [...]string{". ", "。", ";", "；", "!", "！", "?", "？", "•", " - ", "|", "，"} {
		if k := bytes.LastIndex(text[from:i], []byte(sep)); k >= 0 {
			from += k + len(sep)
		}
	}
	// A numbered item starts a clause too: 无需经验 1、在线接待顾客.
	for k := i - len("、"); k > from; k-- {
		if isDigit(text[k-1]) && bytes.HasPrefix(text[k:], []byte("、")) {
			from = k + len("、")
			break
		}
	}
	for from < i && !utf8.RuneStart(text[from]) {
		from++ // maxClauseBytes may cut a rune
	}
	return from
}

// clerkMayHold reports whether a specialist's or senior specialist's title
// of area a, title, is one that an agent's or a clerk's job may carry: data
// operations (数据运营专员, "Data Operations Associate", a BPO's "Senior
// Process Associate - Data Operations"), and operations support or
// customer success where an English title names the customers ("Customer
// Operations Associate", a BPO's "Customer Success Coordinator").
func (m *Matcher) clerkMayHold(a int, title []byte) bool {
	switch m.areaIDs[a] {
	case DataOps:
		return true
	case OpsSupport, CustomerSuccess:
		return namesCustomers(title)
	}
	return false
}

// customerWords are the words with which an English title names the
// customers a job serves.
var customerWords = [][]byte{[]byte("customer"), []byte("customers"), []byte("client"), []byte("clients"), []byte("cx"), []byte("member"), []byte("members")}

// namesCustomers reports whether title, an English title, names the
// customers it serves (see customerWords).
func namesCustomers(title []byte) bool {
	return !hasHan(title) && holdsWordOf(title, customerWords)
}
