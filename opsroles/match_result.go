// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"cmp"
	"slices"

	"github.com/rolemodels/ops/opsroles/internal/automaton"
	"github.com/rolemodels/ops/opsroles/internal/markup"
)

// A Result is what a Matcher found in one document: the areas the document
// is about, ranked, each with the evidence for it; every hit of a catalog
// term; and the skills, methods, tools and KPIs it names.
//
// # Scores
//
// Each area's score is in [0, 1] and is computed from the catalog's own
// structure, with no per-term weights:
//
//   - An occurrence of a term weighs kind × specificity for each area the
//     term leads to. The kind weight says how directly the term names the
//     area: 1 for the area's own names and aliases, 1/2 for the words of
//     one of its duties, 1/4 for a skill, method, tool or KPI, divided
//     among all the areas that link that entity (Excel, linked by most
//     areas, says little about any one of them).
//   - Specificity is an inverse document frequency over areas,
//     ln(1+N/s) / ln(1+N), where N is the number of areas and s the number
//     of areas the term could signal: those it leads to and those of every
//     longer catalog term that contains it. 运营 and "operations" sit inside
//     terms of every area and weigh little; 社群运营 or "community manager"
//     signal one area and weigh fully. A term that is the noun of
//     operations with level words only ("Operations Associate", 运营专员)
//     counts as signalling at least a sixth of the areas, as it could be
//     the title of many areas' jobs: it says "operations" and little of
//     which.
//   - When a term occurs k times, the occurrences together weigh
//     k(1+K)/(k+K) times one occurrence, with K = 1 (the saturation of
//     BM25): the second 社群 adds a third, the tenth almost nothing.
//   - Occurrences in the document's title (see Title) weigh twice: a title
//     says what the job is. The noun of operations with level words only
//     (运营专员, "Operations Associate") weighs once, as in the text, where the
//     rest of the text names an area: such a title says little of the job,
//     which the duties then tell. When the title names an area, only the
//     terms that lead to it do: in "Operations Manager – Risk & Controls", a
//     risk job, "operations manager" names the level. In a text of at most
//     400 bytes that names no area outside its title (a card, a headline),
//     a duty's words in the title weigh as an area's name: "Sales
//     Operations Intern" is a business operations job. A title that names its
//     area without spelling a term of it, by a direction or by level words
//     around a specialty, is an occurrence of the term it stands for (see
//     Hit.Implied): 运营专员（社群方向） of 社群运营, "Growth Director" of "growth
//     manager". Where the title names its specialty before a bracket at its
//     end, and the bracket names another area, the bracket's words weigh as
//     the text's: they name the industry or the department
//     (运营支持专员（跨境电商）supports e-commerce teams). Occurrences in a posting's
//     company boilerplate weigh a tenth: what the company does (公司简介, "About
//     Acme") and offers (福利待遇, Benefits), the facts a job board lists under a
//     posting ("Job function", "Industries") and the other jobs it lists
//     beside it (相似职位, "People also viewed"), under such a heading up to the
//     next blank line or heading, or after such a label on its line; in a
//     line far longer than a heading and its text, as where a posting lost
//     its line breaks, the label may follow a space or a sentence if a colon
//     follows it, and its text ends at the next job heading (岗位职责,
//     Responsibilities ...), or after 1,200 bytes. The names of majors and
//     certificates weigh a tenth too: the fields before 专业, 科系 or 证书
//     (市场营销、电子商务等相关专业) and after "degree in", "major in" and the like, up to
//     the end of the clause or "related field".
//   - In a resume, occurrences under its earlier jobs weigh half: from
//     the second line under its experience heading (工作经历, Experience
//     ...) that holds a range of dates ("2018.07 - 2021.02", "Mar 2018 –
//     Dec 2020") on, as resumes list the latest job first. A resume whose
//     second range starts later than its first lists the oldest job first,
//     and weighs as written.
//   - Occurrences that name a team the job works with rather than its
//     own weigh a quarter: 与产品、风控团队紧密配合, "partner with the
//     Risk and Pricing teams". A term counts as such when a team word
//     (团队, 部门, 同学, team ...) follows it, directly or after a short
//     list of other names, and the nearest cue says the team is another:
//     配合, 协作 after the team word, or 与, 配合, 协调, 为, "with", "to",
//     "for", "by" before the term in its clause (为活动运营同学提供工具
//     serves them). A team the job leads, builds or
//     belongs to (带领用户运营团队, "join the live operations team", "Our
//     BizOps team") keeps its weight. Occurrences that name the job the
//     job reports to weigh a quarter too: after "reports to", "reporting
//     to", "presented to", 汇报给, 汇报对象 or 直属上级 up to the end of
//     the clause, or between 向 and 汇报 (向区域营运经理汇报). So do
//     occurrences in a denial of the job: "This is not a social media
//     role", 本岗位不是新媒体运营岗, 非用户运营/内容运营类岗位 (a cue, the
//     term alone or in a short list, then the word for a post, in one
//     clause).
//   - When that title names another profession (工程师, 美工, 主播, 采购,
//     nurse, 会计 ...), everything weighs 0.15 of its value and the title's own
//     words are not doubled: the operations words of a Java developer's
//     resume, or of a posting for a store's graphic designer or for a
//     front-end developer of campaign pages, describe the teams the person
//     serves. The profession's own word and its parts, in the title or the
//     text, weigh nothing: a host's posting, titled 抖音带货主播, says 主播
//     and 带货主播 of the host, not of the live room's operations. A title
//     names another profession unless it also
//     has an operations noun (运营, 策划, operations, marketing ...) and an
//     area's own name: 社群运营顾问 is operations work, 新媒体设计师 and
//     "Growth Engineer" are not, nor are Java开发工程师（运营后台方向） and
//     "Data Engineer — Operations Analytics", whose operations words only
//     qualify the job; or unless an area's own name, or a term
//     that names operations work, holds the profession, so that the
//     catalog counts it as the area's work ("Fraud Analyst", 数据分析师,
//     "Sales Operations Analyst"); 客服 before a term of a service
//     centre's back office names the centre, not its agents (客服质检专员,
//     客服中心流程优化专员). A title without an area whose
//     operations words name other work ("Flight Operations Officer", "IT
//     Operations Lead", 地铁运营) names another profession too, and so
//     does one up to the lead that names the floor of a warehouse, a
//     parcel hub or a kitchen (仓储运营专员, "Hub Operations Associate",
//     "Operations Supervisor - Kitchen"), and so does one whose bracket at
//     the end holds words of other professions alone, which name the post
//     (店铺运营（视觉设计）, "Content Operations Assistant (Data Entry)").
//     A resume whose newest job, on the line that dates it under the
//     experience heading (the first line there, in English), is an
//     agent's, a salesperson's, a host's, a craft's or a trade's (电话客服,
//     带货主播, 短视频剪辑, "Sales Associate", "Head Barista", "Bookkeeper")
//     counts as that profession's, whatever job it seeks, unless the
//     resume says that its candidate changes careers (转行, 转职, "career
//     change", Quereinstieg). A title that names no profession
//     ("Marketing Executive") changes nothing.
//   - A text that offers the pay of a sales job (高提成, 无责底薪, "uncapped
//     commission", "commission only") weighs as little, wherever the
//     phrase stands: telesales titled 用户运营专员（无责底薪+高提成）, or a
//     客户成功经理 paid by the deal, is a sales job. The other jobs that a
//     job board's page lists beside a posting (相似职位, "People also
//     viewed") do not say what the posting pays.
//   - So does a text that lists the daily work of a clerk, an office
//     administrator, a customer-service agent, an online shop's designer,
//     a warehouse hand, a bookkeeper, a bank teller, a bus dispatcher, a
//     sewage plant's operator, a building site, a property manager or a
//     site reliability engineer (数据录入, 打字速度, 固定资产, 普通话标准,
//     主图设计, 叉车, 记账凭证, 轧账, 发车间隔, 曝气, "data entry", "wpm", "forklift", "journal entries",
//     "earthworks", "rent collection", "Kubernetes"): two such phrases under
//     a title that names operations with its bare noun and levels only
//     (运营助理 who keys in orders and files contracts, "Operations
//     Associate" who unloads trailers), or under a specialist's title of
//     data operations (a 数据运营专员 who keys in waybills) or an English
//     one of operations support or customer success that names the
//     customers ("Customer Operations Associate" who answers inbound
//     calls), or under one that joins another profession to its specialty
//     with 兼 (电商运营兼美工 who retouches product photos), three under no
//     title or one that names no area, four under a title that names a
//     specialty, not
//     counting a resume's earlier jobs ("Community Manager" of an
//     apartment block who handles rent collection, evictions, fair
//     housing and the leasing consultants), nor work the posting says the
//     job does not do ("What you won't be doing: reception", 不负责前台接待).
//     Where the title names another profession and the text lists that
//     kind of daily work too, both weigh: everything weighs 0.15 of 0.15
//     of its value (a host's resume that tells of 讲品 and 逼单 under 带货主播).
//   - So does a posting that a job board's category field files under
//     other professions only (職務類別：資料輸入人員、行政助理; 职能类别：
//     银行柜员), unless the title names that profession itself or a
//     function area, whose work many professions do.
//   - Function areas (strategy, data analysis, risk management ...) are
//     work that many jobs outside operations do as well, so their evidence
//     is scaled by how much the document speaks of operations at all: by
//     x/(x+1), where x is the evidence for the specialty areas, plus what
//     the function areas' own names add where they name operations work
//     (风控运营, "risk operations", "customer operations"), plus 1 when the
//     title names its function area in words that name no job but by a
//     level, the service centre whose back office it is, an analyst
//     of a function other than data or performance analysis, or an
//     engineer of process optimization
//     ("Continuous Improvement Manager", "Continuous Improvement Lead",
//     流程优化经理, 客服质检主管, "Real-Time Analyst", 流程优化工程师; not 数据分析师 or
//     "Performance Analyst", whose analysts work in many trades, nor
//     "Operations Coordinator"), and 1 more when the text is that title
//     and a few words around it (a record, a card, a search of at most
//     400 bytes), as nothing else can speak for the job.
//
// The weights of an area's evidence add up to its raw score x, and the
// score is 1 - 2^-x: one occurrence of an area's own specific name gives
// 0.5, two strong terms 0.75. Areas scoring below the matcher's threshold
// (DefaultThreshold unless WithThreshold says otherwise) are not reported,
// so a document that is not about operations comes back with no areas.
//
// A Result may be reused with Matcher.MatchInto, which overwrites it.
type Result struct {
	// Text is the text the offsets refer to: the input itself for Match and
	// MatchInto, the decoded UTF-8 text for MatchReader. For a document
	// written in HTML or a JSON record with escapes (see Matcher.Match) they
	// index its markup: a hit's span may then hold tags, entities and
	// escapes ("Social&nbsp;Media&nbsp;Manager", \u7528\u6237).
	Text []byte
	// Encoding is the encoding MatchReader detected ("utf-8", "utf-16le",
	// "utf-16be", "gb18030", "big5" or "windows-1252"); empty for Match.
	Encoding string
	// Title is the classification of the document's job title, and zero
	// when it has none. The title is the first of these that is found:
	//   - in a document written in HTML, the text of its first h1 element,
	//     if it looks like a job title (LooksLikeTitle): a careers page
	//     heads the job with it, under menus and banners; on a page
	//     without one, the first line of an element whose class or id
	//     names it the job's title (class="job-name"), or a line of the
	//     text that the page's title element holds in whole words
	//     ("直播运营（抖音美妆）" under <title>直播运营（抖音美妆） - 某公司 -
	//     社会招聘</title>), if it looks like one;
	//   - the first of the first three non-blank lines that looks like a
	//     job title, after a label such as 求职意向： or
	//     "Objective:" if it has one: a posting's first line, or the line
	//     under a resume's name; above it, the menus, trail of links and
	//     search box of a job board's page copied whole (首页 | 找工作 |
	//     登录, 当前位置：首页 > 成都招聘 > 客服专员, "< Back to search
	//     results") do not count, nor do lines without a letter or a
	//     digit (═══); a line that names an employer (公司, Inc
	//     ...) gives way to an unlabelled one below it that does not, as a
	//     company's banner over the title; in a line of fields with a
	//     label among them, the job after a label for it, or else the
	//     first field that looks like a title ("张悦 | 2026届应届生 |
	//     求职意向：用户运营" gives 用户运营); a line too long for a title
	//     gives its start up to a spaced dash, a bar or a tab, without
	//     the words in brackets at its end ("IT Operations Technician –
	//     Network Operations Center (NOC) – Night Shift"); a line of
	//     fields parted by bars gives its first field when that looks like
	//     a title on its own ("Growth Lead | Fintech | Berlin"); brackets
	//     around the whole line are dropped (【社群运营经理】), and so is a
	//     tag in brackets or a banner before a bar at its start ("[HIRING -
	//     Part-time] Affiliate Coordinator", 内推｜用户运营); where an
	//     employer hires in the line, the job is what follows its 招
	//     (【兼职】短视频运营工作室招配音 is a voice actor's job); the values of
	//     labels for pay, place, hours, document numbers and the like
	//     (薪资：, "Salary:", "Reports to:", 文件编号：) are no titles, nor
	//     are lines with an e-mail or web address, a WeChat article's
	//     byline (…发表于上海) or a chat message's sender and time
	//     (刘佳怡(私域运营负责人) 09:12);
	//   - the first of the first twenty non-blank lines that looks like a
	//     job title after a label naming the job sought (求职意向, 应聘岗位,
	//     期望职位, 應徵職務, "Desired position", "Objective" ...) or the
	//     job (职位名称, 岗位, "Job title", "Position", and the keys of
	//     JSON and YAML records: "jobTitle", "positionName", current_title
	//     ..., in a JSON record's first sixty lines), where resume
	//     templates put it under a heading and personal details and
	//     posting forms under the company's, or in the cell after it in a
	//     Markdown table's row (| 岗位名称 | 风控运营专员 |);
	//     after a label, the title ends where a tab or two spaces start
	//     the next field of a form: "求职意向：用户运营    期望城市：杭州";
	//     an e-mail's subject (Subject:, Betreff:, 主题：) that does not
	//     look like a title whole gives its longest start up to a spaced
	//     dash that does ("Subject: Product Operations Manager at Lohnwerk
	//     – a fit for you?");
	//   - in a first line far too long to be a title, as in a posting
	//     or form whose line breaks were lost, the last link of a trail of
	//     links in its first 600 bytes, as a job board's page has it (…
	//     > 成都招聘 > 客服专员), up to where the page's heading repeats it;
	//     or else the job that a notice's heading at its start names
	//     (…公开招聘电子商务专业专任教师公告 来源：…), or else its first
	//     field that looks like a job title before any colon or end of
	//     sentence, or else
	//     the first such field after a label naming the job sought; of a
	//     field too long for a title, the words from its start to its last
	//     title word;
	//   - in a resume whose first 2,000 bytes say that its writer changes
	//     careers ("transitioning into", "moving into", 转行), the job
	//     those words introduce as in a posting's prose below ("looking
	//     for a Recruitment Coordinator role");
	//   - a resume's latest job: the first field that looks like a job
	//     title and does not name an employer (公司, Inc, Ltd ...) in the
	//     three non-blank lines under an experience heading (工作经历,
	//     "Experience", "Work History" ...) in the first forty, after a
	//     line's label if it has one (职位名称：用户运营专员);
	//   - in a posting's prose, in its first 2,000 bytes, the words after
	//     "as a", "as our", "looking for a", "hiring our", "need a", 寻找一位,
	//     作为一名 and the like, up to the end of the clause or a word such as
	//     "to", "who" or "you": "As our Growth Operations Lead you'll own…",
	//     as job boards' APIs return a description without its title; and
	//     after the 招 or 急招 (Taiwan's 徵) that starts a message
	//     (招剪辑师！！, 【急招】用户运营，坐标上海, 【徵】美妝直播主播), after
	//     岗位是 or 缺一个 in a message, or after 本人为 and the like in a
	//     self-introduction.
	//
	// A title found after a label for the job a resume was sent for
	// (沟通职位, 应聘岗位, "Position applied for") gives way to the value of
	// a label for the job the candidate seeks (期望职位, 求职意向, 期望,
	// "Target", "Desired role") in the first twenty non-blank lines, when
	// that looks like a title: 期望职位：大客户销售 under 沟通职位：客户成功经理
	// is a salesperson's resume.
	//
	// Fields are parted by tabs, two spaces, bars, commas, brackets, spaced
	// dashes, " at ", " @ " and a space between two Chinese characters;
	// words in brackets without a digit stay with the field before them.
	// So "Acme — Operations Specialist, Onboarding (2022–2025)" gives
	// "Operations Specialist", and "项目经理（土建） 岗位职责：…" 项目经理（土建）.
	Title Title
	// TitleStart and TitleEnd delimit in Text what Title was read from;
	// both are zero when there is no title.
	TitleStart, TitleEnd int
	// Areas are the areas scoring at least the threshold, best first (ties
	// in catalog order).
	Areas []AreaScore
	// Hits are the occurrences of catalog terms in text order, the title
	// that stands for a term (Hit.Implied) among them. A term that
	// several entities carry (a name that is both a skill and a method)
	// gives one hit per entity, with the same offsets.
	Hits []Hit
	// The skills, methods, tools and KPIs the text names, each once, in
	// order of first occurrence.
	Skills  []SkillID
	Methods []MethodID
	Tools   []ToolID
	KPIs    []KPIID

	m              *Matcher
	scratch        automaton.Scratch
	found          []automaton.Match
	titleScratch   automaton.Scratch
	titleFound     []automaton.Match
	raw            []float64    // raw score per area index
	scale          []float64    // what the raw score of each area was scaled by
	rank           []int32      // 1 + the index in Areas of each reported area, else 0
	ranked         []rankedArea // the reported areas, while ranking
	occ            []occurrence // one per element of found
	count          []int32      // per area index: the occurrences that count for it
	pat            []int32      // per pattern: 1 + its index in terms; 0 between documents
	terms          []termState  // the patterns found, in order of first occurrence
	noted          []bool       // per entity of the matcher: listed already
	evidence       []Evidence   // of the reported areas, grouped by area
	offs           []int        // where each reported area's evidence ends
	titleWeight    []float64
	direction      []byte // the terms a title's direction or specialty may name (see Matcher.direction, Matcher.titleSpecialty)
	directionFound []automaton.Match
	spareWords     []automaton.Match // title words of a part of the title (see titleWordsOnly)
	boiler         []textRange       // the company boilerplate of the text (see boilerplate)
	teams          []int             // the occurrences in found that name a team the job works with (see otherTeams) or a job it is not (see deniedJobs)
	earlier        int               // where a resume's earlier jobs start, or -1 (see earlierJobs)
	shown          []byte            // the text of a document written in HTML, which the matcher reads
	shownMap       markup.Map        // maps shown to Text; empty when the matcher read Text itself
	simplified     []byte            // the text the rules read when it holds Traditional characters (see readable)
	ungendered     []byte            // the text the matcher reads when it holds German gender marks (see withoutGenderMarks)
	otherTitle     bool              // the title names a profession outside operations
	otherWords     []int32           // the titleWords of that profession in the title (see Matcher.restatesTitle)
	functionTitle  bool              // the title names its function area in words that name no job (see Matcher.functionName)
	titleOnly      bool              // the text is its title and a few words, and names no area outside the title (see maxTitleOnlyBytes)
	salesPay       bool              // the text offers the pay of a sales job (see salesPayWords)
	otherDuties    bool              // the text lists the work of a job outside operations (see listsOtherDuties)
	filedOther     bool              // a job board files the posting under other professions (see filedElsewhere)
	categoryFound  []automaton.Match
	titleArea      int             // the index of the title's area, or -1
	implied        automaton.Match // the title, standing for the term that names its area (see Hit.Implied); Pattern -1 if none
	impliedAt      int             // the index of implied in found, or -1
	context        float64         // evidence of operations from function areas' names (patternInfo.context)
}

// occurrence is what scoring learnt about one element of Result.found.
type occurrence struct {
	weight   float64 // the saturation and title factor
	hit      int     // the index in Result.Hits of its first hit
	contribs span    // its pattern's contributions in Matcher.contribs
}

// termState is what a Result knows of one pattern found in the document.
type termState struct {
	pattern int32
	count   int32 // occurrences so far, while saturating
}

// An AreaScore is one area of a Result with its score and evidence.
type AreaScore struct {
	Area  AreaID
	Score float64 // in [0, 1]; see Result
	// Evidence lists every hit that counts for the area, in text order, with
	// the weight it adds to the raw score. It shares memory with the
	// Result.
	Evidence []Evidence
}

// A Hit is one occurrence of a catalog term in the text.
type Hit struct {
	Start, End int    // byte offsets of the occurrence in Result.Text
	Term       string // the catalog term, as the catalog first writes it in English or Simplified Chinese
	Entity     Ref    // the entity whose name or alias the term is
	// Implied reports that the text from Start to End does not spell the
	// term but stands for it: it is the document's title (see
	// Result.Title), which names its area by a direction or by level words
	// around a specialty, as 运营专员（社群方向） stands for 社群运营 and
	// "Growth Director" for "growth manager". It counts as an occurrence of
	// the term in the title. A title that spells a term of its area
	// implies none.
	Implied bool
}

// Evidence is a hit as it counts for one area: Weight is what it adds to
// the area's raw score after specificity, saturation, the title bonus and
// the function-area scaling.
type Evidence struct {
	Hit
	Weight float64
}

// Score returns the score of area id, whether or not it reached the
// threshold; zero for an area the matcher's catalog does not hold.
func (r *Result) Score(id AreaID) float64 {
	if r.m == nil {
		return 0
	}
	i, ok := r.m.areaIndex[id]
	if !ok || i >= len(r.raw) {
		return 0
	}
	return squash(r.raw[i])
}

// detach returns a copy of r that shares no memory with it but the text:
// what r reports, and the scores that Score reads, without the working
// memory of matching.
func (r *Result) detach() Result {
	d := Result{
		Text:          r.Text,
		Encoding:      r.Encoding,
		Title:         r.Title,
		TitleStart:    r.TitleStart,
		TitleEnd:      r.TitleEnd,
		Hits:          clone(r.Hits),
		Skills:        clone(r.Skills),
		Methods:       clone(r.Methods),
		Tools:         clone(r.Tools),
		KPIs:          clone(r.KPIs),
		m:             r.m,
		raw:           clone(r.raw),
		otherTitle:    r.otherTitle,
		functionTitle: r.functionTitle,
		salesPay:      r.salesPay,
		otherDuties:   r.otherDuties,
		filedOther:    r.filedOther,
	}
	if len(r.Areas) > 0 {
		d.Areas = clone(r.Areas)
		n := 0
		for _, a := range r.Areas {
			n += len(a.Evidence)
		}
		ev := make([]Evidence, 0, n)
		for i, a := range r.Areas {
			ev = append(ev, a.Evidence...)
			d.Areas[i].Evidence = ev[len(ev)-len(a.Evidence) : len(ev) : len(ev)]
		}
	}
	return d
}

// toMarkup turns the offsets of the hits and title of r, which index the
// text its markup shows, into offsets of the markup, r.Text.
func (r *Result) toMarkup() {
	c := r.shownMap.Cursor()
	if r.TitleEnd > r.TitleStart {
		r.TitleStart, r.TitleEnd = c.Start(r.TitleStart), c.End(r.TitleEnd)
	}
	for i := range r.Hits {
		h := &r.Hits[i]
		h.Start, h.End = c.Start(h.Start), c.End(h.End)
	}
}

// clone returns a copy of s, nil if s is empty.
func clone[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return slices.Clone(s)
}

// reset empties r for a new document, keeping its memory.
func (r *Result) reset(m *Matcher, text []byte) {
	r.m = m
	r.Text = text
	r.Encoding = ""
	r.Title = Title{}
	r.TitleStart, r.TitleEnd = 0, 0
	r.titleArea = -1
	r.implied = automaton.Match{Pattern: -1}
	r.impliedAt = -1
	r.otherTitle = false
	r.otherWords = r.otherWords[:0]
	r.functionTitle = false
	r.titleOnly = false
	r.salesPay = false
	r.otherDuties = false
	r.filedOther = false
	r.shownMap = r.shownMap[:0]
	r.context = 0
	r.Areas = r.Areas[:0]
	r.Hits = r.Hits[:0]
	r.Skills = r.Skills[:0]
	r.Methods = r.Methods[:0]
	r.Tools = r.Tools[:0]
	r.KPIs = r.KPIs[:0]
	r.found = r.found[:0]
	n := len(m.areas)
	r.raw = resize(r.raw, n)
	r.scale = resize(r.scale, n)
	r.rank = resize(r.rank, n)
	r.count = resize(r.count, n)
}

// resize returns s with length n and every element zero, reusing its
// memory when it is large enough.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// grow returns s with length n, reusing its memory when it is large
// enough; unlike resize it leaves the elements as they were, for a caller
// that writes every one.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// note records the skills, methods, tools and KPIs among entities the
// first time the document names them.
func (r *Result) note(m *Matcher, entities []int32) {
	for _, i := range entities {
		if r.noted[i] {
			continue
		}
		r.noted[i] = true
		switch e := m.entities[i]; e.Kind {
		case KindSkill:
			r.Skills = append(r.Skills, SkillID(e.ID))
		case KindMethod:
			r.Methods = append(r.Methods, MethodID(e.ID))
		case KindTool:
			r.Tools = append(r.Tools, ToolID(e.ID))
		case KindKPI:
			r.KPIs = append(r.KPIs, KPIID(e.ID))
		}
	}
}

// A TermWeight sums what one term gives an area: how often it occurs, the
// entity it counts through, the first occurrence and the total weight.
type TermWeight struct {
	Term   string
	Entity Ref
	First  Hit // the first occurrence
	Count  int
	Weight float64
}

// Explain sums a's evidence by term, heaviest first (ties in order of first
// occurrence), for showing a person why the area was chosen.
func (a AreaScore) Explain() []TermWeight {
	var out []TermWeight
	for _, e := range a.Evidence {
		i := slices.IndexFunc(out, func(t TermWeight) bool { return t.Term == e.Term && t.Entity == e.Entity })
		if i < 0 {
			out = append(out, TermWeight{Term: e.Term, Entity: e.Entity, First: e.Hit})
			i = len(out) - 1
		}
		out[i].Count++
		out[i].Weight += e.Weight
	}
	slices.SortStableFunc(out, func(x, y TermWeight) int { return cmp.Compare(y.Weight, x.Weight) })
	return out
}
