// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"bytes"
	"slices"
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
	{"teamleiter", LevelLead, roleHead}, {"teamleiterin", LevelLead, roleHead}, {"teamleitung", LevelLead, roleHead},
	{"leiter", LevelHead, roleHead}, {"leiterin", LevelHead, roleHead}, {"leitung", LevelHead, roleHead},

	{"专员", LevelSpecialist, roleHead}, {"助理", LevelSpecialist, roleHead}, {"文员", LevelSpecialist, roleHead},
	{"小编", LevelSpecialist, roleHead}, {"管培生", LevelSpecialist, roleHead}, {"trainee", LevelSpecialist, roleHead},
	{"specialist", LevelSpecialist, roleHead}, {"assistant", LevelSpecialist, roleHead},
	{"associate", LevelSpecialist, roleHead}, {"coordinator", LevelSpecialist, roleHead},
	{"executive", LevelSpecialist, roleHead}, {"officer", LevelSpecialist, roleHead},
	{"representative", LevelSpecialist, roleHead}, {"administrator", LevelSpecialist, roleHead},

	{"初级", LevelSpecialist, roleJunior}, {"junior", LevelSpecialist, roleJunior}, {"jr", LevelSpecialist, roleJunior},
	{"应届生", LevelSpecialist, roleJunior}, {"应届", LevelSpecialist, roleJunior}, {"校招", LevelSpecialist, roleJunior},
	{"graduate", LevelSpecialist, roleJunior}, {"entry level", LevelSpecialist, roleJunior},
	{"高级", LevelSenior, roleSenior}, {"资深", LevelSenior, roleSenior},
	{"senior", LevelSenior, roleSenior}, {"sr", LevelSenior, roleSenior},

	{"主管", LevelLead, roleHead}, {"组长", LevelLead, roleHead}, {"领班", LevelLead, roleHead},
	{"lead", LevelLead, roleHead}, {"leader", LevelLead, roleHead}, {"team lead", LevelLead, roleHead},
	{"supervisor", LevelLead, roleHead},

	{"经理", LevelManager, roleHead}, {"店长", LevelManager, roleHead},
	{"manager", LevelManager, roleHead}, {"mgr", LevelManager, roleHead},

	{"总监", LevelDirector, roleHead}, {"director", LevelDirector, roleHead},

	{"负责人", LevelHead, roleHead}, {"副总裁", LevelHead, roleHead}, {"总经理", LevelHead, roleHead},
	{"head", LevelHead, roleHead}, {"vp", LevelHead, roleHead}, {"svp", LevelHead, roleHead},
	{"vice president", LevelHead, roleHead}, {"general manager", LevelHead, roleHead},

	{"首席运营官", LevelChief, roleHead}, {"首席执行官", LevelChief, roleHead}, {"首席", LevelChief, roleHead},
	{"coo", LevelChief, roleHead}, {"ceo", LevelChief, roleHead}, {"cmo", LevelChief, roleHead},
	{"cgo", LevelChief, roleHead}, {"chief", LevelChief, roleHead},
	{"营运长", LevelChief, roleHead}, // Taiwan's title for the COO, 營運長
	{"chief operating officer", LevelChief, roleHead},

	// Words of operations titles that say no level.
	{"运营", 0, roleNoun}, {"营运", 0, roleNoun}, {"营销", 0, roleNoun}, {"行销", 0, roleNoun},
	{"策划", 0, roleNoun}, {"企划", 0, roleNoun}, {"编辑", 0, roleNoun}, {"督导", 0, roleNoun},
	{"主播", 0, roleNoun}, {"专家", 0, roleNoun}, {"场控", 0, roleNoun}, {"中控", 0, roleNoun},
	{"审核员", 0, roleNoun},
	// Media buyers: 信息流优化师, and 投手 in the trade's slang.
	{"优化师", 0, roleNoun}, {"投手", 0, roleNoun},
	{"operations", 0, roleNoun}, {"ops", 0, roleNoun}, {"marketing", 0, roleNoun}, {"marketer", 0, roleNoun},
	{"editor", 0, roleNoun}, {"strategist", 0, roleNoun}, {"producer", 0, roleNoun}, {"planner", 0, roleNoun},
	{"owner", 0, roleNoun}, {"partner", 0, roleNoun}, {"moderator", 0, roleNoun}, {"host", 0, roleNoun},

	// Other professions: a title naming one of them, and no area, is not
	// an operations job, whatever operations words its text holds.
	{"工程师", 0, roleOther}, {"开发", 0, roleOther}, {"程序员", 0, roleOther}, {"架构师", 0, roleOther},
	{"设计师", 0, roleOther}, {"分析师", 0, roleOther}, {"研究员", 0, roleOther}, {"顾问", 0, roleOther},
	{"会计", 0, roleOther}, {"出纳", 0, roleOther}, {"财务", 0, roleOther}, {"审计", 0, roleOther},
	{"护士", 0, roleOther}, {"护理", 0, roleOther}, {"医生", 0, roleOther}, {"药剂师", 0, roleOther},
	{"教师", 0, roleOther}, {"老师", 0, roleOther}, {"厨师", 0, roleOther}, {"主厨", 0, roleOther},
	{"司机", 0, roleOther}, {"律师", 0, roleOther}, {"法务", 0, roleOther}, {"销售", 0, roleOther},
	{"代表", 0, roleOther}, {"客服", 0, roleOther}, {"招聘", 0, roleOther}, {"人事", 0, roleOther},
	{"产品", 0, roleOther}, {"技工", 0, roleOther},
	{"engineer", 0, roleOther}, {"developer", 0, roleOther}, {"programmer", 0, roleOther}, {"architect", 0, roleOther},
	{"designer", 0, roleOther}, {"analyst", 0, roleOther}, {"scientist", 0, roleOther}, {"consultant", 0, roleOther},
	{"accountant", 0, roleOther}, {"auditor", 0, roleOther}, {"nurse", 0, roleOther}, {"physician", 0, roleOther},
	{"pharmacist", 0, roleOther}, {"teacher", 0, roleOther}, {"chef", 0, roleOther}, {"cook", 0, roleOther},
	{"driver", 0, roleOther}, {"lawyer", 0, roleOther}, {"attorney", 0, roleOther}, {"counsel", 0, roleOther},
	{"paralegal", 0, roleOther}, {"sales", 0, roleOther}, {"recruiter", 0, roleOther}, {"hr", 0, roleOther},
	{"hrbp", 0, roleOther}, {"product", 0, roleOther}, {"software", 0, roleOther}, {"technician", 0, roleOther},
	{"writer", 0, roleOther}, {"researcher", 0, roleOther},
	{"人力资源", 0, roleOther}, {"行政", 0, roleOther}, {"美工", 0, roleOther}, {"剪辑", 0, roleOther},
	{"编导", 0, roleOther},
	{"摄影", 0, roleOther}, {"收银", 0, roleOther}, {"营业员", 0, roleOther},
	{"店员", 0, roleOther}, {"服务员", 0, roleOther}, {"教练", 0, roleOther}, {"经纪人", 0, roleOther},
	{"数值策划", 0, roleOther}, {"游戏策划", 0, roleOther}, {"关卡策划", 0, roleOther}, {"系统策划", 0, roleOther},
	{"运维", 0, roleOther}, {"cashier", 0, roleOther}, {"clerk", 0, roleOther},
	{"土建", 0, roleOther}, {"施工", 0, roleOther}, {"建造师", 0, roleOther}, {"造价", 0, roleOther},
	{"监理", 0, roleOther}, {"电工", 0, roleOther}, {"焊工", 0, roleOther}, {"普工", 0, roleOther},
	{"保安", 0, roleOther}, {"保洁", 0, roleOther}, {"前台", 0, roleOther}, {"翻译", 0, roleOther},
	{"驾驶员", 0, roleOther}, {"值班员", 0, roleOther}, {"乘务员", 0, roleOther}, {"收费员", 0, roleOther},
	{"售票员", 0, roleOther}, {"安检员", 0, roleOther},
	{"业务员", 0, roleOther}, {"代理人", 0, roleOther}, {"导购", 0, roleOther}, {"骑手", 0, roleOther},
	{"配送员", 0, roleOther}, {"快递员", 0, roleOther}, {"标注员", 0, roleOther},
	{"agent", 0, roleOther}, {"courier", 0, roleOther},
	{"construction", 0, roleOther}, {"electrician", 0, roleOther}, {"mechanic", 0, roleOther},
	{"receptionist", 0, roleOther}, {"translator", 0, roleOther}, {"bookkeeper", 0, roleOther},
	{"accounts payable", 0, roleOther}, {"accounts receivable", 0, roleOther}, {"payroll", 0, roleOther},
	{"account executive", 0, roleOther}, {"sdr", 0, roleOther}, {"bdr", 0, roleOther},
	// Assistants to an executive: "Executive Assistant to the COO" names
	// the boss, not the work.
	{"executive assistant", 0, roleOther}, {"personal assistant", 0, roleOther},
	{"administrative assistant", 0, roleOther}, {"secretary", 0, roleOther},
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

// maxTitleRunes bounds the length of a title line; longer lines are text.
const maxTitleRunes = 64

// maxTitleLines is how many non-blank lines at the top of a document may
// hold its title: a posting starts with it, a resume puts it under the
// name, sometimes under a line of contact details too.
const maxTitleLines = 3

// maxLabelledLines is how many non-blank lines at the top of a document may
// hold a title behind a label that says so (positionLabels): resume
// templates put 求职意向 under a heading and a few lines of personal
// details.
const maxLabelledLines = 12

// maxLabelBytes bounds a label before a title, as in 求职意向：用户运营 or
// "Desired position: Growth Manager".
const maxLabelBytes = 20

// positionLabels are the labels under which resumes and application forms
// name the job sought; compared with bytes.EqualFold.
var positionLabels = [][]byte{
	[]byte("求职意向"), []byte("求职岗位"), []byte("求职职位"), []byte("应聘岗位"), []byte("应聘职位"),
	[]byte("意向岗位"), []byte("意向职位"), []byte("期望职位"), []byte("期望岗位"), []byte("目标职位"),
	[]byte("目标岗位"), []byte("求職意向"), []byte("應徵職務"), []byte("應徵職位"), []byte("希望職稱"),
	[]byte("期望職位"), []byte("objective"), []byte("desired position"), []byte("target role"),
	[]byte("target position"), []byte("position applied for"), []byte("applying for"),
}

// findTitle returns where in text the document's title is, or -1, -1: the
// first of the top maxTitleLines non-blank lines that looks like a title,
// or else the first of the top maxLabelledLines that does behind one of
// positionLabels. It leaves in *found the occurrences of titleWords in the
// title.
func findTitle(text []byte, s *automaton.Scratch, found *[]automaton.Match) (start, end int) {
	for pos, lines := 0, 0; pos < len(text) && lines < maxLabelledLines; {
		next := len(text)
		if i := bytes.IndexByte(text[pos:], '\n'); i >= 0 {
			next = pos + i + 1
		}
		i, j := trimSpace(text[pos:next])
		if i < j {
			lines++
			start, end = pos+i, pos+j
			if lines == 1 && end-start > maxTitleRunes*utf8.UTFMax {
				if a, b := leadTitle(text[start:end], s, found); a >= 0 {
					return start + a, start + b
				}
			}
			k := labelEnd(text[start:end])
			if lines > maxTitleLines && !isPositionLabel(text[start:start+k]) {
				pos = next
				continue
			}
			if k > 0 {
				skip, _ := trimSpace(text[start+k : end])
				start += k + skip
				end = start + fieldEnd(text[start:end])
			}
			if looksLikeTitle(text[start:end], s, found) {
				return start, end
			}
		}
		pos = next
	}
	return latestJob(text, s, found)
}

// experienceLabels are the headings over the jobs a resume lists, the
// latest first; compared with bytes.EqualFold.
var experienceLabels = [][]byte{
	[]byte("工作经历"), []byte("工作经验"), []byte("工作履历"), []byte("职业经历"), []byte("实习经历"),
	[]byte("工作經歷"), []byte("工作經驗"), []byte("實習經歷"),
	[]byte("experience"), []byte("work experience"), []byte("professional experience"),
	[]byte("relevant experience"), []byte("employment history"), []byte("work history"),
	[]byte("career history"), []byte("employment"),
}

// maxExperienceLines is how many non-blank lines at the top of a resume
// may hold its experience heading, and maxJobLines how many lines under
// the heading may name the latest job: a resume that names no job at the
// top ("PRIYA NAIR", contact details, a summary) names it there.
const (
	maxExperienceLines = 40
	maxJobLines        = 2
)

// latestJob returns where the job is named that a resume lists first
// under its experience heading (experienceLabels): the first field of the
// first maxJobLines non-blank lines under it that looks like a title and
// does not name an employer, as "Operations Specialist" in "Acme —
// Operations Specialist, Onboarding (2022–2025)" or 新媒体运营 in
// "2023.07 - 至今    某美妆品牌    新媒体运营". It returns -1, -1 if there
// is none, and leaves in *found the title words of the job.
func latestJob(text []byte, s *automaton.Scratch, found *[]automaton.Match) (start, end int) {
	under := -1 // the non-blank lines read under the heading
	for pos, lines := 0, 0; pos < len(text) && lines < maxExperienceLines && under < maxJobLines; {
		lineStart := pos
		pos = len(text)
		if k := bytes.IndexByte(text[lineStart:], '\n'); k >= 0 {
			pos = lineStart + k + 1
		}
		i, j := trimSpace(text[lineStart:pos])
		if i == j {
			continue
		}
		lines++
		line := text[lineStart+i : lineStart+j]
		if under >= 0 {
			under++
			if a, b := jobField(line, s, found); a >= 0 {
				return lineStart + i + a, lineStart + i + b
			}
			continue
		}
		if a, b, rest, _, ok := headingOf(line); ok && rest == len(line) && isLabel(line[a:b], experienceLabels) {
			under = 0
		}
	}
	return -1, -1
}

// leadTitle returns where the title is in a first line far too long to be
// one, as where a posting's line breaks were lost ("销售经理（SaaS） 云启软件
// | 北京 | 本科 岗位职责：1、…", "Senior Financial Analyst, FP&A Cascade
// Outdoor · Portland What you'll do …"): the first field (see jobField)
// that looks like a title and names no employer, in the line's first
// maxTitleRunes runes up to its first colon or end of a sentence; or
// -1, -1.
func leadTitle(line []byte, s *automaton.Scratch, found *[]automaton.Match) (start, end int) {
	lead := line[:min(len(line), maxTitleRunes*utf8.UTFMax)]
	for i := 0; i < len(lead); {
		r, n := utf8.DecodeRune(lead[i:])
		switch r {
		case '。', '！', '？', '；', '：', '!', '?', ';', ':':
			lead = lead[:i]
		case '.':
			if i+1 < len(lead) && lead[i+1] == ' ' {
				lead = lead[:i]
			}
		}
		i += n
	}
	return jobField(lead, s, found)
}

// jobField returns the bounds of the first field of a line of a resume's
// experience that looks like a title and does not name an employer, or
// -1, -1. Fields are parted by tabs, runs of spaces, bars, commas,
// brackets, spaced dashes, " at " or " @ ", and a space between two
// Chinese characters.
func jobField(line []byte, s *automaton.Scratch, found *[]automaton.Match) (start, end int) {
	for i := 0; i < len(line); {
		j := i + fieldLen(line[i:])
		j += qualifierLen(line[j:])
		a, b := trimSpace(line[i:j])
		if f := line[i+a : i+b]; len(f) > 0 && !isEmployer(f) && looksLikeTitle(f, s, found) {
			return i + a, i + b
		}
		i = j + separatorLen(line[j:])
	}
	return -1, -1
}

// qualifierLen returns the length of the words in brackets that start b
// and qualify the field before them, as 土建 in 项目经理（土建） or "Remote"
// in "Community Manager (Remote)", or 0. Words in brackets with a digit
// are dates or figures ("(2021–2024)"), a field of their own.
func qualifierLen(b []byte) int {
	var closing string
	switch {
	case bytes.HasPrefix(b, []byte("(")):
		closing = ")"
	case bytes.HasPrefix(b, []byte("（")):
		closing = "）"
	default:
		return 0
	}
	k := bytes.Index(b, []byte(closing))
	if k < 0 || bytes.ContainsFunc(b[:k], unicode.IsDigit) {
		return 0
	}
	return k + len(closing)
}

// fieldSeparators part the fields of a line of a resume's experience;
// two spaces part them too (see fieldLen).
var fieldSeparators = [...]string{
	"\t", "|", "｜", ",", "，", "(", ")", "（", "）", "　", " — ", " – ", " - ", " · ", " @ ", " at ",
}

// fieldLen returns the length of the field that starts line: up to a
// field separator, two spaces, a space between two Chinese characters, or
// the end of the line.
func fieldLen(line []byte) int {
	for i, b := range line {
		if separatorLen(line[i:]) > 0 || b == ' ' && hanAround(line, i) {
			return i
		}
	}
	return len(line)
}

// hanAround reports whether the byte line[i] stands between two Chinese
// characters.
func hanAround(line []byte, i int) bool {
	before, _ := utf8.DecodeLastRune(line[:i])
	after, _ := utf8.DecodeRune(line[i+1:])
	return fold.IsHan(before) && fold.IsHan(after)
}

// separatorLen returns the length of the field separator that starts b,
// or 0.
func separatorLen(b []byte) int {
	if len(b) >= 2 && b[0] == ' ' && b[1] == ' ' {
		return 2
	}
	for _, sep := range fieldSeparators {
		if len(b) >= len(sep) && string(b[:len(sep)]) == sep {
			return len(sep)
		}
	}
	return 0
}

// employerWords mark a field of a resume's experience that names the
// employer rather than the job: 某某营销策划有限公司 holds two title words.
var employerWords = [...]string{
	"公司", "集团", "工作室", "事务所", "大学", "学院", "Inc", "Ltd", "LLC", "GmbH", "Corp", "Company", "University",
}

// isEmployer reports whether a field of a resume's experience names an
// employer.
func isEmployer(f []byte) bool {
	for _, w := range employerWords {
		if bytes.Contains(f, []byte(w)) {
			return true
		}
	}
	return false
}

// fieldEnd returns where the value after a label ends in line: before a
// tab, two spaces or an ideographic space, which in a form such as
// "求职意向：用户运营    期望城市：杭州" start the next field.
func fieldEnd(line []byte) int {
	for i, b := range line {
		switch {
		case b == '\t', b == ' ' && i+1 < len(line) && line[i+1] == ' ':
			return i
		case b == 0xE3 && string(line[i:min(i+3, len(line))]) == "\u3000":
			return i
		}
	}
	return len(line)
}

// isPositionLabel reports whether label, a label with its colon as
// labelEnd finds it, is one of positionLabels.
func isPositionLabel(label []byte) bool {
	if len(label) == 0 {
		return false
	}
	_, n := utf8.DecodeLastRune(label) // the colon
	return isLabel(trimSpaceBytes(label[:len(label)-n]), positionLabels)
}

// labelEnd returns the offset just after the colon of a short label that
// begins line, or 0.
func labelEnd(line []byte) int {
	for i := 0; i < len(line) && i <= maxLabelBytes; {
		r, n := utf8.DecodeRune(line[i:])
		if r == ':' || r == '：' {
			if i == 0 {
				return 0
			}
			return i + n
		}
		i += n
	}
	return 0
}

// LooksLikeTitle reports whether line reads as a job title, in either
// language: short, without sentence punctuation, and holding a role word
// (运营, 经理, engineer, manager ...). A resume's name line such as
// "张伟 | 用户运营 | 5年经验" counts, since it says the role.
func LooksLikeTitle(line string) bool {
	var s automaton.Scratch
	var found []automaton.Match
	return looksLikeTitle(trimSpaceBytes([]byte(line)), &s, &found)
}

// looksLikeTitle is LooksLikeTitle for a trimmed line, with scratch memory.
// When it reports true, *found holds the occurrences of titleWords in line.
func looksLikeTitle(line []byte, s *automaton.Scratch, found *[]automaton.Match) bool {
	if len(line) == 0 {
		return false
	}
	// Count runes here rather than with utf8.RuneCount, which copies a long
	// line to the heap (MatchInto must not allocate), and stop as soon as
	// the line is too long for a title: a paragraph is not decoded to its
	// end.
	if len(line) > maxTitleRunes*utf8.UTFMax {
		return false
	}
	for i, runes := 0, 0; i < len(line); runes++ {
		if runes == maxTitleRunes {
			return false
		}
		r, n := utf8.DecodeRune(line[i:])
		switch r {
		case '。', '！', '？', '；', '，', '!', '?', ';':
			return false
		}
		i += n
	}
	switch last, _ := utf8.DecodeLastRune(line); last {
	case '.', ':', '：', ',':
		return false
	}
	if isBullet(line) {
		return false
	}
	*found = titleAutomaton().Find((*found)[:0], line, s)
	return len(*found) > 0
}

// isBullet reports whether line starts as an item of a list: "- ",
// "• ", "1. ", "2、", "(3)".
func isBullet(line []byte) bool {
	r, n := utf8.DecodeRune(line)
	switch r {
	case '-', '*', '•', '·', '●', '▪', '◆', '–', '—', '(', '（':
		return true
	}
	for i := n; i < len(line) && '0' <= r && r <= '9'; i += n {
		r, n = utf8.DecodeRune(line[i:])
		switch r {
		case '.', '、', ')', '）':
			return true
		}
	}
	return false
}

// ClassifyTitle returns the area and the level that a job title names, in
// Simplified Chinese, Traditional Chinese or English.
//
// The area is the one the title's catalog terms weigh most for (see
// Result): "Senior Community Manager" is community-ops, a bare 运营总监 or
// "Operations Manager" is business-ops. A title that names another
// profession has no area, even where a catalog term qualifies it
// (新媒体设计师 designs, "Java Engineer" programs), unless a term of the
// catalog holds the profession word ("Fraud Analyst", "Sales Operations
// Analyst"). Words after "to" name whom the job serves, not the job:
// "Executive Assistant to the COO" is no operations title. A direction
// names the specialty of a title that names none: 运营专员（直播方向）is
// livestream-ops, as 直播运营 is, and "Operations Specialist (Community)"
// community-ops; a direction that names other work makes the title that
// work's ("Operations Officer (Trade Finance)" is a bank's back office). A
// title of level words and a specialty Y alone names the job that the
// catalog's "Y manager", "Y lead" or "head of Y" (Y经理, Y负责人, Y主管)
// names: "Growth Director", "Manager, Partnerships" and 增长总监 are
// growth-ops, partner-ops and growth-ops, while "Finance Director" has no
// area. A tool or skill that many areas share names none: "Excel专员" has
// no area.
//
// The level comes from the title's head noun, the last level word in it
// (专员, 经理, manager, director, Teamleiter ...), so that 运营经理助理 is
// a specialist and "Assistant Manager" a manager.
// 实习, intern or "working student" (Werkstudent) makes any title
// LevelIntern. 高级, 资深 or senior raise a specialist title, or one
// without a level word, to LevelSenior, and leave higher levels as they
// are: 高级经理 and "Senior Manager" are LevelManager. 初级, junior, 应届生,
// graduate or "entry level" alone gives LevelSpecialist.
func (m *Matcher) ClassifyTitle(title string) Title {
	var r Result
	text := []byte(title)
	r.reset(m, text)
	if m.auto != nil {
		r.found = m.auto.Find(r.found, text, &r.scratch)
	}
	r.titleFound = titleAutomaton().Find(r.titleFound, text, &r.titleScratch)
	return m.classify(&r, text, 0, len(text))
}

// classify returns the title read from text[start:end]; r.found holds the
// occurrences of catalog terms in text, and r.titleFound those of
// titleWords in the title, as looksLikeTitle left them.
func (m *Matcher) classify(r *Result, text []byte, start, end int) Title {
	var t Title
	// "Executive Assistant to the COO" is an assistant's job: what
	// follows "to" names whom the job serves.
	if cut := complementStart(text[start:end], r.titleFound); cut >= 0 {
		end = start + cut
		k := 0
		for k < len(r.titleFound) && r.titleFound[k].Start < cut {
			k++
		}
		r.titleFound = r.titleFound[:k]
	}
	w := resize(r.titleWeight, len(m.areas))
	r.titleWeight = w
	// A direction stands for the bare noun of the title (运营专员 in
	// 运营专员（直播方向）).
	dir := m.titleDirection(r, text, start, end)
	for _, f := range r.found {
		if f.Start >= end {
			break // the rest of the text, after the title
		}
		if f.Start < start || f.End > end || dir >= 0 && bareNoun(text[start:end], r.titleFound, f.Start-start, f.End-start) {
			continue
		}
		for _, c := range m.contribsOf(f.Pattern) {
			w[c.area] += c.weight
		}
	}
	if dir >= 0 {
		for _, c := range m.contribsOf(dir) {
			w[c.area] += c.weight
		}
	}
	best := heaviest(w)
	if best < 0 || w[best] < minTitleWeight {
		// "Growth Director" is a growth manager's job one level up.
		if spec := m.titleSpecialty(r, text[start:end]); spec >= 0 {
			for _, c := range m.contribsOf(spec) {
				w[c.area] += c.weight
			}
			best = heaviest(w)
		}
	}
	if best >= 0 && w[best] >= minTitleWeight {
		t.Area = m.areaIDs[best]
	}
	t.Level, r.otherTitle = titleLevel(r.titleFound)
	// A title names another profession unless an operations area outweighs
	// it and an operations noun says the job is operations work: a duty
	// word inside the title (短视频剪辑 in 短视频剪辑师) does not outweigh
	// it, and an area that only qualifies the profession (新媒体设计师,
	// "Growth Engineer") does not say so. An area's own name that holds
	// the profession ("Fraud Analyst", 数据分析师) says the catalog counts
	// that profession as the area's work, and so does a term that names
	// operations work around it ("Sales Operations", 销售运营).
	r.otherTitle = r.otherTitle && (t.Area == "" || w[best] < weightDuty || !hasNoun(r.titleFound)) &&
		!m.namesProfession(r, start, end)
	// A direction that names other work makes the title that work's:
	// "Operations Officer (Trade Finance)" works in a bank's back office,
	// 运营专员（地铁方向）runs trains.
	r.otherTitle = r.otherTitle || dir >= 0 && m.namesOtherWork(dir)
	if r.otherTitle {
		t.Area = "" // the job is the other profession's: 新媒体设计师 designs
	}
	return t
}

// titleDirection returns the pattern that the direction of the title
// text[start:end] names (see direction), or -1: 运营专员（直播方向）is a
// 直播运营 job. It is -1 also when the title names a specialty outside
// the direction, with a term other than the bare noun and levels (see
// bareNoun): 达人运营（抖音方向）stays influencer marketing.
func (m *Matcher) titleDirection(r *Result, text []byte, start, end int) int {
	title := text[start:end]
	dir, dirStart, dirEnd := m.direction(r, title)
	if dir < 0 {
		return -1
	}
	for _, f := range r.found {
		if f.Start >= end {
			break
		}
		i, j := f.Start-start, f.End-start
		if f.Start >= start && f.End <= end && (j <= dirStart || i >= dirEnd) && !bareNoun(title, r.titleFound, i, j) {
			return -1
		}
	}
	return dir
}

// direction returns the pattern that a title's direction names, and
// where in the title the direction is; the pattern is -1 if there is none.
// An operations title (see operationsTitle) may name its specialty as a
// direction: X方向 in brackets or after a dash, where X运营 is the job
// (直播方向 is 直播运营, 用户方向 用户运营), or in English a qualifier Y in
// brackets or after a comma or dash at the end, where "Y operations" is
// the job ("Operations Specialist (Community)"). The catalog must have the
// term.
func (m *Matcher) direction(r *Result, title []byte) (pattern, start, end int) {
	if m.auto == nil || !operationsTitle(r.titleFound) {
		return -1, 0, 0
	}
	var x []byte    // X or Y
	var noun string // what X or Y qualifies
	if i := bytes.Index(title, []byte("方向")); i >= 0 {
		// X runs back from 方向 to a bracket, a dash, a slash, a space
		// or the start of the title.
		if j := bytes.LastIndexAny(title[:i], "（(【[-－—/｜| 　"); j >= 0 {
			_, n := utf8.DecodeRune(title[j:])
			start = j + n
		}
		x, noun, end = title[start:i], "运营", i+len("方向")
	} else if start, end = qualifier(title); start >= 0 {
		x, noun = title[start:end], " operations"
	}
	if len(x) == 0 || len(x) > maxDirectionBytes {
		return -1, 0, 0
	}
	r.direction = append(append(r.direction[:0], x...), noun...)
	if pattern = m.wholeTerm(r, r.direction); pattern < 0 {
		return -1, 0, 0
	}
	return pattern, start, end
}

// wholeTerm returns the catalog term that buf is, whole, or -1.
func (m *Matcher) wholeTerm(r *Result, buf []byte) int {
	r.directionFound = m.auto.Find(r.directionFound[:0], buf, &r.titleScratch)
	if len(r.directionFound) != 1 || r.directionFound[0].Start != 0 || r.directionFound[0].End != len(buf) {
		return -1
	}
	return r.directionFound[0].Pattern
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

// specialtyForms are the ways the catalog names a job by its specialty Y
// and a level, which titleSpecialty tries in turn: English for a title in
// Latin script, Chinese for one with Chinese characters.
var specialtyForms = [...]struct {
	han           bool
	before, after string
}{
	{false, "", " manager"}, {false, "", " lead"}, {false, "head of ", ""},
	{true, "", "经理"}, {true, "", "负责人"}, {true, "", "主管"},
}

// isStopWord reports whether an English word of a title says nothing of
// its specialty: "of", "the", and the "gn" or "all genders" of a gender
// note.
func isStopWord(word []byte) bool {
	for _, w := range [...]string{"of", "the", "gn", "all", "genders"} {
		if bytes.EqualFold(word, []byte(w)) {
			return true
		}
	}
	return false
}

// maxSpecialtyWords bounds the words of an English title's specialty.
const maxSpecialtyWords = 3

// titleSpecialty returns the catalog term for the job of a title that is
// level words and a specialty Y and nothing else ("Growth Director",
// "Director of Growth", "Team Lead, Community", 增长总监): "Y manager",
// "Y lead" or "head of Y" (Y经理, Y负责人, Y主管), the first the catalog
// has; or -1. The catalog calls a growth manager a growth-ops job, so a
// growth director's job is too; where it has no such term ("Finance
// Director", 项目经理) the title names no area. A title with the noun of
// operations has its direction instead, and one with another profession's
// word is that profession's. Y is the title's words outside its title
// words, but for "of", "the" and the single letters of a gender note
// ("(m/w/d)").
func (m *Matcher) titleSpecialty(r *Result, title []byte) int {
	if m.auto == nil {
		return -1
	}
	head := false
	for _, f := range r.titleFound {
		switch titleWords[f.Pattern].role {
		case roleHead:
			head = true
		case roleNoun, roleOther:
			return -1
		}
	}
	if !head {
		return -1
	}
	// Y goes at the start of r.direction, each form of the job's term
	// after it.
	buf := slices.Grow(r.direction[:0], 3*maxDirectionBytes)
	words, han := 0, false
	found := r.titleFound
	for i := 0; i < len(title); {
		if len(found) > 0 && i >= found[0].Start {
			i = max(i, found[0].End)
			found = found[1:]
			continue
		}
		stop := len(title)
		if len(found) > 0 {
			stop = found[0].Start
		}
		j := i
		for j < stop {
			c, n := utf8.DecodeRune(title[j:])
			if !unicode.IsLetter(c) && !unicode.IsDigit(c) {
				break
			}
			han = han || fold.IsHan(c)
			j += n
		}
		if j == i {
			_, n := utf8.DecodeRune(title[i:])
			i += n
			continue
		}
		word := title[i:j]
		i = j
		if len(word) == 1 || isStopWord(word) {
			continue
		}
		if words++; words > maxSpecialtyWords {
			return -1
		}
		if len(buf) > 0 && !han {
			buf = append(buf, ' ')
		}
		buf = append(buf, word...)
	}
	r.direction = buf
	y := buf
	if words == 0 || len(y) > maxDirectionBytes {
		return -1
	}
	for _, form := range specialtyForms {
		if form.han != han {
			continue
		}
		term := append(append(append(buf[len(y):len(y)], form.before...), y...), form.after...)
		if p := m.wholeTerm(r, term); p >= 0 {
			return p
		}
	}
	return -1
}

// qualifier returns where an English title's closing qualifier is: the
// words in the brackets that end it, or after its last comma or spaced
// dash ("Operations Associate, Content"); -1, -1 if there is none. A
// qualifier is one to three words of ASCII letters.
func qualifier(title []byte) (start, end int) {
	end = len(title)
	if bytes.HasSuffix(title, []byte(")")) {
		end--
		start = bytes.LastIndexByte(title[:end], '(') + 1
		if start == 0 {
			return -1, -1
		}
	} else {
		start = -1
		for _, sep := range []string{", ", " - ", " – ", " — ", " | "} {
			if i := bytes.LastIndex(title, []byte(sep)); i >= 0 && i+len(sep) > start {
				start = i + len(sep)
			}
		}
		if start < 0 {
			return -1, -1
		}
	}
	words := 0
	for i := start; i < end; i++ {
		switch c := title[i] | 0x20; {
		case 'a' <= c && c <= 'z':
			if i == start || title[i-1] == ' ' {
				words++
			}
		case title[i] != ' ':
			return -1, -1
		}
	}
	if words == 0 || words > 3 {
		return -1, -1
	}
	return start, end
}

// operationsTitle reports whether the title words hold the noun of
// operations and no word of another profession: 前端开发工程师（营销活动方向）
// writes code.
func operationsTitle(words []automaton.Match) bool {
	ops := false
	for _, f := range words {
		switch w := titleWords[f.Pattern]; {
		case w.role == roleOther:
			return false
		case isOperationsNoun(w.word):
			ops = true
		}
	}
	return ops
}

// isOperationsNoun reports whether a title word is the noun of operations:
// 运营, 营运, operations or ops.
func isOperationsNoun(word string) bool {
	return word == "运营" || word == "营运" || word == "operations" || word == "ops"
}

// maxDirectionBytes bounds X in a title's X方向, eight Chinese characters,
// and an English qualifier.
const maxDirectionBytes = 24

// minTitleWeight is the least weight a title's terms must give an area for
// the title to name it: a tool or skill that many areas share (Excel, SQL,
// KPI) gives each a sliver, and "Excel专员" names no area.
const minTitleWeight = 0.05

// bareNoun reports whether the title words, found in title, tile
// title[i:j] but for spaces and make it the noun of operations with level
// words at most: 运营, 运营专员, 高级营运经理, "Operations Manager".
func bareNoun(title []byte, words []automaton.Match, i, j int) bool {
	noun := false
	for _, f := range words {
		if f.End <= i || f.Start >= j {
			continue
		}
		if f.Start < i || f.End > j || len(bytes.TrimLeft(title[i:f.Start], " ")) > 0 {
			return false // a word across either end, or a gap before the word
		}
		switch w := titleWords[f.Pattern]; {
		case isOperationsNoun(w.word):
			noun = true
		case w.role == roleNoun || w.role == roleOther:
			return false
		}
		i = f.End
	}
	return noun && i == j
}

// complementStart returns where, in a title, the words start that name
// whom the job serves or reports to, as in "Assistant to the General
// Manager": the English word "to", between spaces, after a word that names
// a job (the title words found in the title, in order). It returns -1 when
// there is none. The spaces keep "Manager, Go-to-Market" whole.
func complementStart(title []byte, words []automaton.Match) int {
	for _, f := range words {
		if r := titleWords[f.Pattern].role; r == roleHead || r == roleOther {
			for i := f.End; i+4 <= len(title); i++ {
				if title[i] == ' ' && title[i+1]|0x20 == 't' && title[i+2]|0x20 == 'o' && title[i+3] == ' ' {
					return i + 1
				}
			}
			break
		}
	}
	return -1
}

// namesProfession reports whether a term found in text[start:end] that is
// an area's own name or names operations work spans a word of another
// profession found there.
func (m *Matcher) namesProfession(r *Result, start, end int) bool {
	for _, f := range r.found {
		if f.Start < start || f.End > end {
			continue
		}
		ops := m.opsTerm[f.Pattern]
		for _, e := range m.entitiesOf(f.Pattern) {
			ops = ops || m.entities[e].Kind == KindArea
		}
		if !ops {
			continue
		}
		for _, p := range r.titleFound {
			if titleWords[p.Pattern].role == roleOther && f.Start <= start+p.Start && start+p.End <= f.End {
				return true
			}
		}
	}
	return false
}

// hasNoun reports whether the title words hold a noun of operations
// titles: 运营, 策划, operations, marketing ...
func hasNoun(words []automaton.Match) bool {
	for _, f := range words {
		if titleWords[f.Pattern].role == roleNoun {
			return true
		}
	}
	return false
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
