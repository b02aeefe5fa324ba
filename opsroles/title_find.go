// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"bytes"
	"cmp"
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rolemodels/ops/opsroles/internal/automaton"
	"github.com/rolemodels/ops/opsroles/internal/fold"
	"github.com/rolemodels/ops/opsroles/internal/markup"
)

// This file finds a document's title: on its first lines, behind a label,
// as the latest job under a resume's experience heading, or at the start
// of a posting that lost its line breaks.

// maxTitleRunes bounds the length of a title line; longer lines are text.
const maxTitleRunes = 64

// maxTitleLines is how many non-blank lines at the top of a document may
// hold its title: a posting starts with it, a resume puts it under the
// name, sometimes under a line of contact details too.
const maxTitleLines = 3

// maxLabelledLines is how many non-blank lines at the top of a document may
// hold a title behind a label that says so (positionLabels): resume
// templates put 求职意向 under a heading and a few lines of personal
// details, and Taiwan's 104 puts 希望職稱 under 個人資料 and 求職條件.
const maxLabelledLines = 20

// maxRecordLines is maxLabelledLines for a JSON record ("currentTitle":
// "Growth Lead" under the candidate's name, e-mails and address).
const maxRecordLines = 60

// maxLabelBytes bounds a label before a title, as in 求职意向：用户运营 or
// "Desired position: Growth Manager".
const maxLabelBytes = 20

// positionLabels are the labels under which resumes and application forms
// name the job sought, and postings and forms the job itself; compared
// with bytes.EqualFold.
var positionLabels = [][]byte{
	[]byte("求职意向"), []byte("求职期望"), []byte("求职岗位"), []byte("求职职位"), []byte("应聘岗位"), []byte("应聘职位"),
	[]byte("意向岗位"), []byte("意向职位"), []byte("期望职位"), []byte("期望岗位"), []byte("目标职位"),
	[]byte("目标岗位"), []byte("期望从事职业"), []byte("期望职业"), []byte("应征职务"), []byte("应征职位"), []byte("希望职称"), []byte("希望职务"), []byte("希望职位"),
	[]byte("报考方向"), []byte("报考职位"), []byte("报考岗位"), []byte("objective"), []byte("desired position"), []byte("target role"),
	[]byte("target position"), []byte("position applied for"), []byte("post applied for"), []byte("applied for"), []byte("applying for"), []byte("seeking"),
	// A resume's heading over the job it seeks, in the writer's words.
	[]byte("what i want"), []byte("what i'm looking for"), []byte("what i am looking for"), []byte("desired role"), []byte("target job"),
	// Europass and German CVs: ANGESTREBTE TÄTIGKEIT, Wunschposition.
	[]byte("angestrebte tätigkeit"), []byte("angestrebte position"), []byte("gewünschte position"), []byte("wunschposition"),
	// A German role profile's field for the post.
	[]byte("stellenbezeichnung"), []byte("stellentitel"), []byte("positionsbezeichnung"), []byte("funktionsbezeichnung"),
	[]byte("职位名称"), []byte("职缺名称"), []byte("职缺"), []byte("岗位名称"), []byte("职位"), []byte("岗位"), []byte("担任职位"), []byte("职务"),
	[]byte("招聘岗位"), []byte("招聘职位"), []byte("招募岗位"), []byte("招募职位"),
	// A notice of a transfer or a promotion names the new post.
	[]byte("新部门/岗位"), []byte("新岗位"), []byte("新职位"), []byte("调入岗位"), []byte("调整后岗位"), []byte("拟任岗位"), []byte("晋升岗位"),
	// A notice's section over the jobs it lists and their headcounts.
	[]byte("招聘岗位及人数"), []byte("招聘职位及人数"), []byte("岗位及人数"), []byte("招聘岗位与人数"), []byte("招聘岗位和人数"),
	[]byte("职称"), []byte("job title"), []byte("position"), []byte("title"),
	[]byte("role title"), []byte("position title"),
	// An HR form's fields for the post held and the post proposed.
	[]byte("current title"), []byte("current role"), []byte("current position"), []byte("proposed title"), []byte("proposed role"), []byte("new title"),
	[]byte("proposed position"), []byte("requested position"), []byte("requested role"), []byte("new position"), []byte("new role"),
	// An e-mail's subject names the job it is about, and so does a job
	// board's alert.
	[]byte("subject"), []byte("betreff"), []byte("onderwerp"), []byte("主题"), []byte("主旨"), []byte("标题"), []byte("job alert"), []byte("new job alert"),
	[]byte("为您推荐"), []byte("为你推荐"), []byte("推荐职位"), []byte("new job"),
	// A German CV's head names the post applied for: "Bewerbung:
	// Seiteneinstieg in den Schuldienst, Lehrkraft an Grundschulen".
	[]byte("bewerbung"), []byte("bewerbung als"),
	// A social post's call: "HIRING: General Manager – Bluebonnet Coffee".
	[]byte("hiring"), []byte("now hiring"), []byte("we're hiring"), []byte("we are hiring"),
	// The keys of records that applicant tracking systems and job
	// boards export as JSON or YAML.
	[]byte("jobtitle"), []byte("job_title"), []byte("positionname"), []byte("position_name"),
	[]byte("currenttitle"), []byte("current_title"), []byte("desiredtitle"), []byte("desired_title"),
	[]byte("expectedtitle"), []byte("expected_title"),
	[]byte("job_posting_title"), []byte("jobpostingtitle"), []byte("posting_title"), []byte("postingtitle"),
	[]byte("requisition_title"), []byte("requisitiontitle"), []byte("external_title"), []byte("externaltitle"),
	[]byte("position_title"), []byte("positiontitle"), []byte("job_name"), []byte("jobname"),
}

// classLabels end like positionLabels but name a civil service's class of
// posts, not the job: "Classification Title: Program Analyst 2".
var classLabels = [][]byte{[]byte("classification title"), []byte("class title"), []byte("civil service title")}

// subjectLabels are the labels of positionLabels whose value is a line
// of prose about the job, an e-mail's subject, rather than its title:
// "Subject: Product Operations Manager at Lohnwerk – a fit for you?".
var subjectLabels = [][]byte{[]byte("subject"), []byte("betreff"), []byte("onderwerp"), []byte("主题"), []byte("主旨"), []byte("标题"), []byte("bewerbung"), []byte("bewerbung als")}

// subjectTitle returns where the title ends in the value of a subject
// label that does not look like one whole: the longest start of it up to
// a spaced dash that does ("Operations Manager Logistik (m/w/d) –
// Schwerpunkt Prozessoptimierung" of "… – Raum Hannover"); or 0.
func subjectTitle(value []byte, s *automaton.Scratch, found *[]automaton.Match) int {
	for end := len(value); ; {
		k, _ := lastSpacedDash(value[:end])
		if k <= 0 {
			return 0
		}
		end = k
		if notedTitle(trimSpaceBytes(value[:end]), s, found) {
			return len(bytes.TrimRight(value[:end], " "))
		}
	}
}

// notedTitle is looksLikeTitle for a title that may hold a gender note in
// its middle, which says nothing of the job and does not count towards
// its length: "Operations Manager Logistik (m/w/d) – Schwerpunkt
// Prozessoptimierung".
func notedTitle(title []byte, s *automaton.Scratch, found *[]automaton.Match) bool {
	if looksLikeTitle(title, s, found) {
		return true
	}
	a, b := genderNoteAt(title)
	if a < 0 || len(title) > maxTitleRunes*utf8.UTFMax {
		return false
	}
	var buf [maxTitleRunes * utf8.UTFMax]byte
	n := copy(buf[:], title[:a])
	n += copy(buf[n:], title[b:])
	if !looksLikeTitle(buf[:n], s, found) {
		return false
	}
	*found = findTitleWords((*found)[:0], title, s) // its title words, at their offsets
	return true
}

// findTitle returns where in text the document's title is, or -1, -1: a
// heading of a document in HTML that looks like a title (the text of its
// first h1, the line of an element styled as the job's title, the line
// that its title element names, in that order); the first of the top
// maxTitleLines non-blank lines that does; the first of the top maxLabelledLines that does behind one of
// positionLabels, on its line or, in a form, on the line under it, which
// wins over a top line without a label that does (a recruiter's signature
// over 职位：用户增长负责人); in a
// first line far too long to be a title, its start (leadTitle); the
// latest job under a resume's experience heading (latestJob); or the
// title that a posting's prose names (introducedTitle); or the job that
// ends a trail of links on a line passed over as a page's chrome
// (crumbTitle). A resume that
// names the job it was sent for and, below, the job its candidate seeks
// has the latter's title, and so has a transfer form that names the post
// an employee holds and the post requested (see preferSought). terms are the scan's
// occurrences in text. It leaves in *found the occurrences of titleWords
// in the title.
func (m *Matcher) findTitle(text []byte, heads markup.Headings, terms []automaton.Match, s *automaton.Scratch, found *[]automaton.Match) (start, end int) {
	start, end = m.findTitleLine(text, heads, terms, s, found)
	if start < 0 {
		start, end = inlineLabelledTitle(text, s, found)
	}
	if start >= 0 {
		start, end = preferSought(text, start, end, s, found)
	}
	return start, end
}

// inlineLabels name the job sought or offered inside a text that runs on
// one line, as a form field or a chat message delivers a resume or a
// posting that lost its line breaks.
var inlineLabels = [...]string{
	"求职意向", "期望职位", "期望岗位", "意向岗位", "意向职位", "目标职位", "目标职能", "目标岗位",
	"应聘岗位", "应聘职位", "职位名称", "岗位名称", "招聘岗位", "招聘职位", "求职岗位", "期望职能",
	// BOSS直聘's resumes label the job sought 期望 alone; postings, 职位 or 岗位.
	"期望", "职位", "岗位",
}

// headingLabels head the job a candidate seeks on a line of their own in
// Chinese resumes, which a text on one line runs on into their value; the
// bare 期望 and 职位 would name too much there.
var headingLabels = [...]string{"求职意向", "期望职位", "期望岗位", "意向岗位", "意向职位", "目标职位", "目标岗位", "求职岗位"}

// maxOneLineBytes bounds the start of a one-line text in which
// inlineLabelledTitle looks for a label, and the first line of a text that
// counts as its one line.
const maxOneLineBytes = 1 << 10

// inlineLabelledTitle returns where the title is that one of inlineLabels
// names, behind its colon, in the first maxOneLineBytes of a text whose
// first line is longer than that (see labelledValue), up to the end of
// its clause or the first item of a list (职位：质检主管,质量管理); or -1, -1.
// The text's own lines, when it has them, are for findTitleLine to read.
func inlineLabelledTitle(text []byte, s *automaton.Scratch, found *[]automaton.Match) (start, end int) {
	if k := bytes.IndexByte(text, '\n'); k >= 0 && k < maxOneLineBytes {
		return -1, -1
	}
	start, end = labelledValue(runePrefix(text, maxOneLineBytes), inlineLabels[:], false, s, found)
	if start < 0 {
		// A resume's heading over its value, the line break between
		// them lost: 期望职位 前端开发工程师  北京  25-35K.
		start, end = labelledValue(runePrefix(text, maxOneLineBytes), headingLabels[:], true, s, found)
	}
	if start < 0 {
		return -1, -1
	}
	if k := bytes.IndexAny(text[start:end], "，,；;。|"); k > 0 {
		if looksLikeTitle(text[start:start+k], s, found) {
			return start, start + k
		}
		looksLikeTitle(text[start:end], s, found) // its title words again
	}
	return start, end
}

// findTitleLine is findTitle without the preference for the job a
// candidate seeks.
func (m *Matcher) findTitleLine(text []byte, heads markup.Headings, terms []automaton.Match, s *automaton.Scratch, found *[]automaton.Match) (start, end int) {
	// A page's h1 names the job, whatever menus and banners stand above
	// it; on a page without one, an element styled as the job's title, or
	// the line that the page's title element names.
	hs := [2 + len(heads.Title)]markup.Range{heads.H1, heads.Marked}
	copy(hs[2:], heads.Title[:])
	for _, h := range hs {
		if h.End <= h.Start {
			continue
		}
		i, j := trimSpace(text[h.Start:h.End])
		start, end = h.Start+i, h.Start+j
		if n := overlongTitle(text[start:end]); n > 0 {
			end = start + n
		}
		start += tagLen(text[start:end], s, found) // <h1>Product | Product Operations Manager</h1>
		if a, b := noticeBracketJob(text[start:end], s, found); a >= 0 {
			// The job in brackets after a notice's heading; a heading
			// that names it before its end may have it labelled more
			// fully below (岗位名称：).
			return start + a, start + b
		}
		if looksLikeTitle(text[start:end], s, found) {
			return start, end
		}
	}
	longStart, longEnd := -1, -1     // a first line far too long to be a title
	bannerStart, bannerEnd := -1, -1 // a top line that looks like a title that a line below may replace
	named := false                   // that line names an employer or a department
	unlabelled := false              // it is so for want of a label, not for naming an employer or a department
	lone := false                    // the line before is a position label alone, its value on this line
	column := -1                     // the column of a table whose header above names the position
	chrome := 0                      // lines of a job board's page or of decoration passed over
	crumbStart, crumbEnd := -1, -1   // the job that ends a trail of links passed over as chrome
	limit := maxLabelledLines
	if i, _ := trimSpace(text); i < len(text) && (text[i] == '{' || text[i] == '[') {
		limit = maxRecordLines // a JSON record, whose title may come after many fields
	}
	inChrome := false // the line before was chrome
	chat := false     // a chat's senders stand over its messages
	form := false     // the first line is an English form's heading
	for pos, lines := 0, 0; pos < len(text) && lines < limit; {
		next := nextLine(text, pos)
		i, j := trimSpace(text[pos:next])
		if i < j && inChrome && (isMenuItem(text[pos+i:pos+j]) || allDigits(text[pos+i:pos+j]) || i >= 2 && text[pos] == ' ' && j-i <= maxTreeItemBytes && !hasPunctButSlash(text[pos+i:pos+j])) {
			// A menu's item on a line of its own, under its others (首页,
			// 职位, 公司), the count of what is new beside one, or an item
			// of a tree of filters, indented under its heading (职位类别,
			// then   运营, then     达人运营).
			i = j
		}
		inChrome = inChrome && i == j
		// The top lines may be chrome, or a rule without a word; those
		// below them, up to twice as many, chrome until a banner line
		// came. Either way isPageChrome reads the line once.
		top := lines < maxTitleLines
		if i < j && chrome < maxChromeLines && (top || bannerStart < 0 && lines < 2*maxTitleLines) &&
			(isPageChrome(text[pos+i:pos+j]) || top && !hasWord(text[pos+i:pos+j])) {
			inChrome = true
			chrome++ // a job board's menus over the posting, or a rule of ═══
			if lines >= maxTitleLines {
				// The lines above were the page's too, its board's
				// name and an employer's card over the employer's tabs
				// ("Wellfound", "Crownwork", what the employer does,
				// "Overview    Jobs (4)    Culture & Benefits").
				lines = maxTitleLines - 1
			}
			if crumbStart < 0 {
				if a, b := crumbTitle(text[pos+i:pos+j], s, found); a >= 0 {
					crumbStart, crumbEnd = pos+i+a, pos+i+b
				}
			}
			i = j
		}
		if i < j && lone && !hasWord(text[pos+i:pos+j]) {
			i = j // a rule of ━━━ under a label alone, over its value
		}
		if i < j && isChatSender(text[pos+i:pos+j]) {
			// A chat's line over a message: the message below is
			// what may name the job, unless it seeks one (求职：行政/文员).
			chat = true
			pos = next
			continue
		}
		if i < j && chat && bytes.HasPrefix(text[pos+i:pos+j], []byte("求职")) {
			pos = next
			continue
		}
		if i < j {
			lines++
			start, end = pos+i, pos+j
			if bannerStart >= 0 && isFormHeading(text[start:end]) {
				// A form's heading under the employer's and the
				// department's lines: the job is the value of the form's
				// label below (岗位名称：流程优化专员 under 财务共享服务中心,
				// then 岗位说明书).
				unlabelled = true
			}
			if lines == 1 && isLatinFormHeading(text[start:end]) {
				// "MANPOWER REQUISITION FORM (MRF) - v3.2": a form,
				// whose employer's line below is no title and whose
				// label further down names the job.
				form = true
			}
			// A chat export's message, after its time and sender: the
			// message may be the job's title, however far down.
			if chat := chatMessageStart(text[start:end]); chat > 0 {
				start += chat
				// A message that is a title, or one before a spaced
				// dash: *DISPATCH TEAM LEAD – Pikipiki Express, Nairobi*.
				a, b, _ := unwrapTitle(text, start, end, nil)
				if k := dashIndex(text[a:b]); k > 0 {
					b = a + k
				}
				if b > a && looksLikeTitle(text[a:b], s, found) {
					return a, b
				}
				pos = next // chatter, whose fields name no job
				continue
			}
			if lines == 1 && (end-start > maxTitleRunes*utf8.UTFMax || hasHan(text[start:end]) && moreRunes(text[start:end], maxTitleRunes)) {
				longStart, longEnd = start, end
				// A job board's page whose line breaks were lost names
				// the job at the end of its trail of links, after menus
				// whose words may look like titles (找實習).
				if a, b := crumbTitle(text[start:end], s, found); a >= 0 {
					return start + a, start + b
				}
			}
			if lines > maxTitleLines && !lone && !mayBeLabelled(text[start:end]) && !bracketsJob(text[start:end]) {
				pos = next // most lines below the top: no label to read
				continue
			}
			if lines <= maxTitleLines {
				if below := skipBlankLines(text, next); isPostAge(trimSpaceBytes(text[below:nextLine(text, below)])) {
					// A social post's author over its age: "Kanokwan S.
					// • Talent Acquisition at Siam Pantry", then "2d • 🌐".
					pos = next
					continue
				}
			}
			if unlabelled && column < 0 {
				// Below a top line without a label, only a position's
				// label on its line, or a table's column under one, may
				// win over it.
				if k := labelEnd(text[start:end]); (k == 0 || !isPositionLabel(text[start:start+k])) && headerColumn(text[start:end]) < 0 && !bracketsJob(text[start:end]) {
					pos = next
					continue
				}
			}
			if column >= 0 {
				// A table's row under its header: 商业运营主管 under
				// 岗位名称, past a Markdown table's |---|---| row.
				if isRuleRow(text[start:end]) {
					pos = next
					continue
				}
				if a, b := tableCell(text[start:end], column); a < b && (looksLikeTitle(text[start+a:start+b], s, found) || namesPost(text[start+a:start+b])) {
					return start + a, start + b
				}
				column = -1
			}
			if c := headerColumn(text[start:end]); c >= 0 {
				// 序号	招聘部门	岗位名称	招聘人数 … over a row of
				// values; not a form's row, whose label has its value in
				// the next cell: | 岗位名称 | 风控运营专员 |.
				if below := skipBlankLines(text, next); isTableRow(text[below:nextLine(text, below)]) {
					column = c
					pos = next
					continue
				}
			}
			if lone && introducesList(text[start:end]) {
				// A sentence between the label and its list keeps the
				// label waiting: 一、招聘岗位及人数, then 本次共招聘8名工作人员，
				// 具体岗位如下：, then the table of positions.
				pos = next
				continue
			}
			if loneLabel(text[start:end]) || hiringIntro(text[start:end]) {
				// A form's label over its value: 求职意向, then 客服专员;
				// a notice's sentence over the jobs it lists: 本店因发展
				// 需要，诚聘：, then 店长 1名.
				lone = true
				pos = next
				continue
			}
			k := labelEnd(text[start:end])
			if k == 0 {
				k = forumSubjectLen(text[start:end]) // 標題 [徵才] 雙北 門市營運督導
			}
			labelled := k > 0 || lone
			listed := 0
			if k == 0 {
				listed = listedJobLen(text[start:end])
				if a, b := bracketedJob(text[start:end]); a >= 0 && looksLikeTitle(text[start+a:start+b], s, found) {
					return start + a, start + b // 【短视频剪辑师】×3 薪资 6-10K
				}
			}
			if k > 0 && isOtherLabel(text[start:start+k]) {
				// A line of fields whose first says where the job sits
				// and a later one the job, as a form's lines do below
				// its top: 部门：运营管理部　岗位：运营流程优化专员.
				if a, b := leadTitle(text[start:end], s, found); a >= k {
					return start + a, start + b
				}
				lone = false
				pos = next // Salary: SGD 3,500 + sales commission
				continue
			}
			if lines > maxTitleLines && !lone && !isPositionLabel(text[start:start+k]) && listed == 0 {
				pos = next
				continue
			}
			if lone && k == 0 {
				// The items under a label may be numbered: 招聘岗位,
				// then 一、云平台运维工程师（4 名）.
				start += numberingLen(text[start:end])
			}
			// A poster's list of the jobs it hires for, with their
			// headcounts: ● 收银员  若干名.
			start += listed
			lone = false
			subject := k > 0 && labelIs(text[start:start+k], subjectLabels)
			if k > 0 {
				skip, _ := trimSpace(text[start+k : end])
				start += k + skip // past the label and the spaces after it
				end = start + fieldEnd(text[start:end])
				a, b := quotedValue(text[start:end]) // "jobTitle": "Growth Lead",
				start, end = start+a, start+b
				a, b = trimSpace(text[start:end]) // 用户运营 ｜ 成都
				start, end = start+a, start+b
			} else {
				start += tagLen(text[start:end], s, found) // [HIRING - Part-time] Community Lead
			}
			start += departmentLen(text[start:end], s, found) // 运营管理部—清算交收岗
			start += idFieldLen(text[start:end])              // REQ 7783 | Workforce Planning Analyst | …
			if k == 0 {
				start += leadingRangeLen(text[start:end]) // Sep 2022 – Present · Revenue Operations Analyst · …, a resume's line of experience
			}
			end = start + withoutExclusions(text[start:end]) // 渠道运营 快消 -业务员 -销售代表, a search
			lineEnd := end
			ok := false
			if subject && !looksLikeTitle(text[start:end], s, found) {
				// A subject names the job before its last dashes: "Product
				// Operations Manager at Lohnwerk – a fit for you?".
				if n := subjectTitle(text[start:end], s, found); n > 0 {
					end, ok = start+n, true
				} else if a, b := jobField(text[start:end], s, found); a >= 0 && !labelsBetween(text[start:start+a]) {
					// Or in a field of its own, before the next label:
					// "Bewerbung: Seiteneinstieg in den Schuldienst,
					// Lehrkraft an Grundschulen".
					start, end, ok = start+a, start+b, true
				}
			}
			if !ok {
				if n := overlongTitle(text[start:end]); n > 0 {
					end = start + n
				}
				ok = looksLikeTitle(text[start:end], s, found)
			}
			if !ok && k == 0 {
				// A job and its direction in brackets before the message
				// about it: Java后端开发（营销中台方向），做优惠券….
				if n := bracketedClause(text[start:end]); n > 0 && looksLikeTitle(text[start:start+n], s, found) {
					end, ok = start+n, true
				}
			}
			if !ok && k == 0 {
				// A signature's or a directory's line, the person's name
				// before the job: "Sabine Hofmeister | Teamleiterin
				// Workforce Management (Personaleinsatzplanung &
				// Forecasting) | Kundendialog-Center Bremen".
				if n := personFieldLen(text[start:lineEnd], s, found); n > 0 {
					if looksLikeTitle(text[start+n:lineEnd], s, found) {
						start, end, ok = start+n, lineEnd, true
					} else if d := dottedTitle(text[start+n:lineEnd], s, found); d > 0 {
						start, end, ok = start+n, start+n+d, true
					} else if f := text[start+n : start+n+fieldEnd(text[start+n:lineEnd])]; len(f) > 0 {
						// Without the words in brackets after the job.
						if _, e := trimSpace(f[:bracketStart(f)]); e > 0 && looksLikeTitle(f[:e], s, found) {
							start, end, ok = start+n, start+n+e, true
						}
					}
				}
			}
			if !ok && k == 0 {
				// A resume's line of details parted by dots or bars:
				// "Senior Sales Executive · Johor Bahru · 013-778 2154".
				if n := dottedTitle(text[start:end], s, found); n > 0 {
					end, ok = start+n, true
				}
			}
			if !ok && k == 0 && lineEnd-start <= maxTitleRunes*utf8.UTFMax && bytes.Contains(text[start:lineEnd], []byte("   ")) {
				// A resume's head set in columns, the name and then the
				// job: "NAOMI ESTERHÁZY-QUAYE          Senior Product Designer".
				if a, b := jobField(text[start:lineEnd], s, found); a > 0 {
					start, end, ok = start+a, start+b, true
				}
			}
			if !ok && k == 0 && lines == 1 {
				// A summary that opens with its writer's years in a job:
				// 电商视觉设计4年，擅长…, 5年SaaS大客户销售，年签约额….
				if a, b := yearsInJob(text[start:lineEnd], s, found); a >= 0 {
					start, end, ok = start+a, start+b, true
				}
			}
			if !ok && k > 0 {
				// A label's value without the words in brackets at its
				// end, which may hold what no title does: 财务BP（支持：
				// 零售事业部）.
				// Or without all from its first bracket on, when a clause
				// runs on after it: "Seeking: Financial Crime / Risk
				// Operations Lead (AML/CFT, KYC, sanctions) at a payments
				// business".
				for _, b := range [...]int{bracketStart(text[start:end]), bytes.IndexAny(text[start:lineEnd], "(（")} {
					if ok || b <= 0 || b >= lineEnd-start {
						continue
					}
					if _, e := trimSpace(text[start : start+b]); e > 0 && looksLikeTitle(text[start:start+e], s, found) {
						end, ok = start+e, true
					}
				}
			}
			if !ok && k > 0 && !isPositionLabel(text[pos+i:pos+i+k]) {
				// A line of labelled fields whose first is no job's:
				// "**姓名**：蒋文博　**部门**：技术中心　**岗位**：Java开发工程师".
				if a, b := leadTitle(text[pos+i:pos+j], s, found); a >= k {
					start, end, ok = pos+i+a, pos+i+b, true
				}
			}
			if !ok && k == 0 && bytes.Contains(text[start:lineEnd], []byte("：")) {
				// A resume's line of fields, one of them labelled: "张悦 |
				// 2026届应届生 | 求职意向：用户运营", "新媒体运营主管 | 期望城市：长沙";
				// read whole, as the first field of a long line may be a
				// name spaced out over a column (张  宏  伟 … 求职意向：…).
				from := start + senderEnd(text[start:lineEnd]) // not a message's sender
				if a, b := leadTitle(text[from:lineEnd], s, found); a >= 0 {
					start, end, ok = from+a, from+b, true
				}
			}
			if ok && !labelled && employerNameOnly(text[start:end], *found) {
				// A letter's addressee, "Belegkasse Software GmbH": no
				// job, and no banner over one.
				ok = false
			}
			if ok && !labelled {
				// 某大学技术转移中心招聘校企合作专员公告: the job a
				// notice announces.
				if a, b := noticeJob(text[start:end], s, found); a >= 0 {
					return start + a, start + b
				}
				// 【兼职】短视频运营工作室招配音: the job is what the
				// employer hires.
				if a, b, tried := m.hiredTitle(text, start, end, terms, s, found); a >= 0 {
					return a, b
				} else if tried {
					looksLikeTitle(text[start:end], s, found) // its title words again
				}
			}
			if ok && !labelled {
				// The job after its holder's name ("Marcus Oyelaran ·
				// Revenue Operations Analyst · Sales Strategy &
				// Operations"): the fields after the job are read as
				// the job's, after a name as the whole line's. So is
				// the job after the office of a company's head, which
				// would read as the head's title: 總經理室｜營運協調專員.
				n := personFieldLen(text[start:end], s, found)
				if n == 0 {
					n = departmentFieldLen(text[start:end])
				}
				if n > 0 {
					if f := fieldEnd(text[start+n : end]); f > 0 && looksLikeTitle(trimSpaceBytes(text[start+n:start+n+f]), s, found) {
						start += n
					}
				}
			}
			if ok {
				end = start + leadingTitleField(text[start:end], s, found)
				if n := min(withoutPay(text[start:end]), withoutFormer(text[start:end])); n < end-start {
					end = start + n
					looksLikeTitle(text[start:end], s, found) // its title words again
				}
				// "某某科技有限公司 | 专注于用户增长与品牌营销" may be a
				// company's banner over the title, 锦城银行 总行运营管理部
				// a department's and "… · Human Resources · Job
				// Announcement" a letterhead's: a line below without an
				// employer or a department wins over it, labelled or not
				// (岗位名称：… under 某医院社会招聘公告——运营管理部).
				banner := namesEmployer(text[start:end]) || isDepartment(text[start:end]) && !departmentAfterJob(text[start:end], *found) || announcesJob(text[start:end])
				switch {
				case !labelled && isFormHeading(text[start:end]):
					// A form's heading, under its employer's: the job
					// is the value of the form's label for it, further
					// down (岗位：活动策划主管 under 2025年度员工绩效考核表).
					bannerStart, bannerEnd, unlabelled, named = start, end, true, false
				case bannerStart >= 0 && banner:
				case !labelled && lines < maxTitleLines && banner:
					bannerStart, bannerEnd, unlabelled, named = start, end, form, true
				case !labelled && bannerStart < 0:
					// A line below that a position label heads wins
					// over a top line without one: a form's "Role
					// title:" under its heading, a recruiter's
					// 职位：under a signature.
					bannerStart, bannerEnd, unlabelled = start, end, true
				default:
					return start, end
				}
			}
		}
		pos = next
		if bannerStart >= 0 && !unlabelled && !lone && lines >= maxTitleLines {
			break // unless a label alone waits for its value on the next line
		}
	}
	if named && hasHan(text[bannerStart:bannerEnd]) {
		// A Chinese employer's or department's line names no job: the
		// prose may, as an announcement's does (兹任命邵一帆为用户运营部经理，
		// then 某某科技有限公司 人力资源部).
		if a, b := m.introducedTitle(text, terms, s, found); a >= 0 {
			return a, b
		}
	}
	if bannerStart >= 0 {
		looksLikeTitle(text[bannerStart:bannerEnd], s, found) // its title words again
		return bannerStart, bannerEnd
	}
	// Only now, as a banner line may come before the title: "某某科技有限公司
	// | 专注于用户增长与品牌营销的数字化服务商 | …" over 用户运营经理.
	if longStart >= 0 {
		if a, b := m.longLineTitle(text, longStart, longEnd, terms, s, found); a >= 0 {
			return a, b
		}
	}
	if start, end := lateLoneLabel(text, s, found); start >= 0 {
		// A WeChat article's job, under its label after a long
		// introduction of the company: 【招聘岗位】, then 平面设计师.
		return start, end
	}
	if start, end := noticeFirstJob(text, s, found); start >= 0 {
		// A notice of several posts, under its heading and the
		// company's introduction: the first post's numbered heading.
		return start, end
	}
	if start, end := careerChangeTitle(text, s, found); start >= 0 {
		// A career changer's resume names the job sought in its
		// summary, above the old trade's latest job.
		return start, end
	}
	if start, end := m.latestJob(text, terms, s, found); start >= 0 {
		return start, end
	}
	if start, end := genderNotedTitle(text, s, found); start >= 0 {
		return start, end
	}
	if start, end := m.introducedTitle(text, terms, s, found); start >= 0 {
		return start, end
	}
	// Failing all else, the job at the end of a trail of links, as an HR
	// system exports a position with its organisation's path: "Handel >
	// Filialorganisation > Region Süd > Regionalleitung".
	if crumbStart >= 0 {
		looksLikeTitle(text[crumbStart:crumbEnd], s, found) // its title words again
	}
	return crumbStart, crumbEnd
}

// longLineTitle returns where the title is at the start of the first line
// of text, text[longStart:longEnd], far too long to be a title: a notice's
// job in its heading, the job a group message hires for, or the lead of
// the line (see leadTitle); or -1, -1.
func (m *Matcher) longLineTitle(text []byte, longStart, longEnd int, terms []automaton.Match, s *automaton.Scratch, found *[]automaton.Match) (start, end int) {
	// A notice's heading at the start of a line that lost its
	// breaks: 某学院2026年公开招聘电子商务专业专任教师公告 来源：人事处 ….
	if k := noticeHeadEnd(text[longStart:longEnd]); k > 0 {
		if a, b := noticeJob(text[longStart:longStart+k], s, found); a >= 0 {
			return longStart + a, longStart + b
		}
	}
	// A group message that starts with 招 names the job after it,
	// whatever fields follow: 📣电商公司招美工/视觉设计1名｜坐标义乌 ….
	if a, b, _ := m.hiredTitle(text, longStart, longEnd, terms, s, found); a >= 0 {
		return a, b
	}
	// Past a message's header of sender and time, whose job is not
	// the message's.
	from := longStart + senderEnd(text[longStart:longEnd])
	if (from == longStart || !isSalutation(text[from:longEnd])) && !startsDuty(text[from:longEnd]) {
		// A message that greets its reader names the job in its
		// prose (see introducedTitle); a summary that opens with a
		// duty names none in its clauses (负责…活动策划和落地，拉通
		// 产品、设计、技术排期，…).
		if a, b := leadTitle(text[from:longEnd], s, found); a >= 0 {
			return from + a, from + b
		}
	}
	// A Markdown page's heading, after the menus and links above it, where
	// the line breaks were lost: "… [< 返回职位列表](…) # HRBP（运营中心）
	// **18-28K·14薪** ｜ 成都 …".
	if a, b := markdownHeadingIn(text[longStart:longEnd], s, found); a >= 0 {
		return longStart + a, longStart + b
	}
	return -1, -1
}

// markdownHeadingIn returns the bounds of the first top-level Markdown
// heading inside the start of line, a line that lost its breaks, up to
// the end of its field, if it looks like a title; or -1, -1. A line that
// starts with a heading is a document's own, as a resume's name heads it,
// whose sections' headings say what the candidate seeks, not the job.
func markdownHeadingIn(line []byte, s *automaton.Scratch, found *[]automaton.Match) (start, end int) {
	if bytes.HasPrefix(line, []byte("#")) {
		return -1, -1
	}
	k := bytes.Index(runePrefix(line, maxCrumbBytes), []byte(" # "))
	if k < 0 {
		return -1, -1
	}
	start = k + len(" # ")
	f := line[start:]
	a, b := trimSpace(f[:fieldEnd(f)])
	if a == b || !looksLikeTitle(f[a:b], s, found) {
		return -1, -1
	}
	return start + a, start + b
}

// maxIntroBytes bounds the start of a document where introducedTitle looks
// for the job's title.
const maxIntroBytes = 2000

// introducers are the English words before a job's title in a posting's
// prose, in lower case, by their first byte; with capital the title after
// them must start with a capital letter, which keeps "as a result" and "as
// a team" out, and with you the reader must follow it ("As Head of Growth,
// you'll…"), which keeps out "As Acme grows".
var introducers = func() (by [256][]introducerWords) {
	for _, in := range []introducerWords{
		{"as a ", true, false}, {"as an ", true, false}, {"as our ", true, false}, {"as the ", true, false},
		// A recruiter's note on how to post the job: "we can post it as
		// operations technician water reclamation".
		{"post it as ", false, false}, {"posting it as ", false, false}, {"advertise it as ", false, false}, {"list it as ", false, false},
		{"the title is ", false, false}, {"job title is ", false, false}, {"the title will be ", false, false},
		{"the job is ", true, false}, {"the role is ", true, false}, {"the position is ", true, false},
		// A team's message that it replaces one who left: "we're backfilling
		// a Content Moderation Team Lead in Manila".
		{"backfilling a ", false, false}, {"backfilling an ", false, false}, {"backfilling our ", false, false},
		// A German letter's reference to the posting: Ihre Ausschreibung
		// „Referent:in Unternehmensentwicklung (m/w/d)".
		{"ihre ausschreibung ", false, false}, {"ihre stellenausschreibung ", false, false}, {"ihre stellenanzeige ", false, false},
		{"as ", true, true}, {"position as ", true, false}, {"role as ", true, false},
		// A welcome to a new colleague: "Welcome Tomasz to the Payments
		// team as Fraud & Risk Operations Analyst", "welcoming Jonah,
		// our new Market Research Analyst".
		{"team as ", true, false}, {"joins us as ", true, false}, {"joined us as ", true, false}, {"joining us as ", true, false},
		{"our new ", true, false},
		{"looking for a ", false, false}, {"looking for an ", false, false}, {"looking for our ", false, false},
		{"seeking a ", false, false}, {"seeking an ", false, false}, {"searching for a ", false, false},
		{"searching for an ", false, false}, {"hiring a ", false, false}, {"hiring an ", false, false},
		{"hiring our ", false, false}, {"to hire a ", false, false}, {"to hire an ", false, false},
		{"recruiting a ", false, false}, {"recruiting an ", false, false}, {"need a ", false, false},
		{"need an ", false, false}, {"needs a ", false, false}, {"needs an ", false, false},
		// A recruiter's message: "I'm partnering with a pet food brand on a
		// Consumer & Market Insights Manager role".
		{"on a ", true, false}, {"on an ", true, false},
		// A career changer's summary: "transitioning into a Customer
		// Success Manager role".
		{"transitioning into a ", true, false}, {"transitioning into an ", true, false},
		// Cover letters: "I'm applying for the Senior Data Engineer role".
		{"apply for the position of ", false, false}, {"applying for the position of ", false, false},
		{"application for the position of ", false, false}, {"apply for the ", false, false},
		{"applying for the ", false, false}, {"application for the ", false, false},
		// German recruiters and postings: "suche ich eine Head of
		// Operations (m/w/d), die …".
		{"suche ich eine ", true, false}, {"suche ich einen ", true, false}, {"suche ich eine:n ", true, false},
		{"suchen wir eine ", true, false}, {"suchen wir einen ", true, false}, {"suchen wir eine:n ", true, false},
		// German cover letters: "Bewerbung als Partner Manager (m/w/d)".
		{"bewerbung als ", true, false}, {"bewerbe mich als ", true, false}, {"bewerbe ich mich als ", true, false},
	} {
		c := in.words[0]
		by[c] = append(by[c], in)
		by[c^0x20] = append(by[c^0x20], in) // As a
	}
	return by
}()

// careerChangeTitle returns where the title is that the prose near the
// start of text introduces ("looking for a Recruitment Coordinator role",
// "transitioning into a Customer Success Manager role") when that prose
// says its writer changes careers (see changesCareer, careerMoves), or -1,
// -1.
func careerChangeTitle(text []byte, s *automaton.Scratch, found *[]automaton.Match) (start, end int) {
	intro := runePrefix(text, maxIntroBytes)
	if !changesCareer(intro) && !containsAnyFold(intro, careerMoves[:]...) {
		return -1, -1
	}
	return latinIntroduced(intro, s, found)
}

// careerMoves are the words with which a resume's summary says its writer
// moves to another trade, besides careerChangeWords.
var careerMoves = [...]string{"moving into", "move into", "pivoting into", "pivot into", "transition into"}

// newPostIntroducers are the words of a transfer or a promotion before the
// new post's title, which win over the introducers before the old one.
var newPostIntroducers = [...]string{"to the new position of ", "to the new role of ", "into the new role of ", "into the new position of ", "promoted to the role of ", "promoted to the position of "}

// introducerWords are the words of one of introducers.
type introducerWords struct {
	words        string
	capital, you bool
}

// hanIntroducers are the Chinese words before a job's title in prose. They
// are rare enough for the scan to find them as the matcher's own labels
// (introducerLabel) at no cost to other texts; the English introducers
// are too common for that.
var hanIntroducers = []string{
	"作为一名", "作为一位", "寻找一位", "寻找一名", "找一位", "找一名", "找一个", "找个", "诚聘", "招募一名", "招募一位", "招聘一名", "招聘一位",
	// A team's message that it lacks one: 我们运营部缺一个市场调研专员.
	"缺一个", "缺一位", "缺一名", "需要一位", "需要一名",
	// A referral: 厦门 base，内推一个 运营设计师（视觉方向）.
	"内推一个", "内推一位", "内推一名",
	// A recruiter's message: 岗位是【商家运营主管（中小商户方向）】; and an
	// employer's: 这次招的是：运力调度主管（夜班组）; and as people say
	// it: 岗位叫干线运力规划经理.
	"岗位是", "职位是", "招的是", "招聘的是", "岗位叫", "职位叫",
	// 招 counts only where a message starts with it (招剪辑师！！, 【急招】
	// 用户运营); the others start a self-introduction (本人为带货主播,
	// 我是做带货主播的).
	"招", "本人为", "本人是", "我是一名", "我是一位", "我是做",
	// 徵 is Taiwan's 招, read as 征: 【徵】美妝直播主播, [徵才] 社群小編, 誠徵行銷企劃.
	"征",
	// Appointment notices: 张三女士任运营管理中心法务合规经理, 任命李四同志为…,
	// 兹任命邵一帆为运营中心-用户运营部经理 (see appointeeLen).
	"女士任", "先生任", "同志任", "女士为", "先生为", "同志为", "女士担任", "先生担任", "同志担任", "任命",
	// Transfers and promotions: 调任运营中心，任流程优化专员; 晋升为社群运营主管;
	// 由宜昌区域店长调任襄阳区域门店运营经理.
	"，任", "晋升为", "调任为", "转岗为", "调任", "升任", "转任", "改任",
	// Offers: 公司决定录用您担任新媒体运营部·视觉设计师一职.
	"录用您担任", "聘用您担任", "聘请您担任", "录用您为", "聘用您为",
	// Letters of application: 得知贵司正在招聘“财务BP”, 应聘贵公司用户运营一职;
	// and an employer's message: 我们在招**产品运营**.
	"正在招聘", "在招聘", "我们在招", "我们正在招", "团队在招", "公司在招", "目前在招", "正在招", "现在在招",
	// A recruiter's offer of a post: 有个岗位想推荐给你：运营协同经理.
	"推荐给你", "推荐给您", "应聘贵公司", "应聘贵司", "申请贵公司", "申请贵司",
}

// introducedTitle returns where the job's title is named in the prose of a
// posting that has no title line, as job boards' APIs return the
// description without the title: "As our Growth Operations Lead you'll
// own…", "We're hiring our second Product Operations Manager.", "我们正在寻找
// 一位社群运营". It reads the first introducer in the first maxIntroBytes
// bytes that is followed by words that look like a title, up to the end of
// the clause or a word that ends the title (to, who, you, at ...); terms
// are the scan's occurrences, among them the Chinese introducers. It
// returns -1, -1 if there is none.
func (m *Matcher) introducedTitle(text []byte, terms []automaton.Match, s *automaton.Scratch, found *[]automaton.Match) (start, end int) {
	intro := runePrefix(text, maxIntroBytes)
	limit := len(intro)
	if start, end = latinIntroduced(intro, s, found); start >= 0 {
		limit = start
	}
	for _, f := range terms {
		if f.End >= limit {
			break
		}
		if a, b := m.hanIntroduced(intro, f, s, found); a >= 0 {
			return a, b
		}
	}
	if start >= 0 {
		looksLikeTitle(intro[start:end], s, found) // its title words again
	}
	return start, end
}

// hiredTitle returns where the title is that the 招 starting a message on
// the line text[lineStart:lineEnd] introduces (招剪辑师, 📣电商公司招美工),
// or -1, -1; terms are the scan's occurrences in text. tried reports
// whether it read what follows a 招, which leaves in *found the title words
// of that, whether or not they make a title.
func (m *Matcher) hiredTitle(text []byte, lineStart, lineEnd int, terms []automaton.Match, s *automaton.Scratch, found *[]automaton.Match) (start, end int, tried bool) {
	k, _ := slices.BinarySearchFunc(terms, lineStart, func(f automaton.Match, i int) int { return cmp.Compare(f.Start, i) })
	for _, f := range terms[k:] {
		if f.Start >= min(lineEnd, lineStart+max(maxHirerBytes+maxOpenerBytes, maxHeadlineLead+len("# "))) {
			break
		}
		if f.End-f.Start == len("招") {
			if a, b := m.hanIntroduced(text[:lineEnd], f, s, found); a >= 0 {
				return a, b, true
			}
			tried = true
		}
	}
	return -1, -1, tried
}

// hanIntroduced returns where the title is that f, a scan occurrence in
// text, introduces if it is one of hanIntroducers, or -1, -1.
func (m *Matcher) hanIntroduced(text []byte, f automaton.Match, s *automaton.Scratch, found *[]automaton.Match) (start, end int) {
	bare := f.End-f.Start == len("招")
	words := zhaoWords
	if string(text[f.Start:f.End]) == "征" {
		words = zhengWords
	}
	if m.labelKind[f.Pattern] != introducerLabel || bare && (!hiresHere(text, f) || startsWord(text[f.End:], words) || recruiterTitle(text[f.End:])) ||
		string(text[f.Start:f.End]) == "，任" && startsWord(text[f.End:], renWords) {
		return -1, -1
	}
	a := afterIntroducer(text, f.End, bare)
	if string(text[f.Start:f.End]) == "任命" {
		n := appointeeLen(text[a:])
		if n < 0 {
			return -1, -1 // 任命书, 任命文件: no appointee named
		}
		a += n
	}
	b := a + introducedLen(text[a:])
	if endsWord(trimSpaceBytes(text[f.End:a]), dashes) {
		// A headline's dash: the rest of the line is the title, with
		// its bracket (2024年社会招聘——项目成本专员（土建造价方向）).
		b = len(text)
		if k := bytes.IndexAny(text[a:], "\r\n"); k >= 0 {
			b = a + k
		}
		b = a + len(trimSpaceBytes(text[a:b]))
	}
	for b > a && text[b-1] == '*' {
		b-- // the end of Markdown's bold
	}
	if opened, closed := endsWord(text[:a], []string{"（", "("}), endsWord(text[a:b], []string{"）", ")"}); opened && closed && bracketStart(text[a:b]) == b-a {
		_, n := utf8.DecodeLastRune(text[a:b])
		b -= n // the jobs in the brackets that end a headline
	}
	if b > a && !isDepartment(text[a:b]) && looksLikeTitle(text[a:b], s, found) {
		return a, b // not the department of 调任运营中心，任流程优化专员
	}
	return -1, -1
}

// appointeeLen returns the length of the appointee's name and the 为 after
// it that start b, the text after an appointment's 任命 (邵一帆为, 为), or -1
// if b does not start so.
func appointeeLen(b []byte) int {
	for i, runes := 0, 0; i < len(b) && runes <= maxNameRunes; runes++ {
		if bytes.HasPrefix(b[i:], []byte("为")) {
			return i + len("为")
		}
		r, n := utf8.DecodeRune(b[i:])
		if !fold.IsHan(r) {
			return -1
		}
		i += n
	}
	return -1
}

// maxNameRunes bounds a Chinese name with its honorific (欧阳娜娜女士).
const maxNameRunes = 6

// zhaoWords are the characters that make a word of 招 rather than "we
// hire": 招商专员 recruits merchants, 招生顾问 students, 招标专员 runs
// tenders.
var zhaoWords = []string{"商", "生", "标", "投标", "待", "牌", "股"}

// zhengWords are the characters that make a word of 征 (徵) rather than
// "we hire": 征集 collects, 征稿 calls for articles, 征信 checks credit.
var zhengWords = []string{"信", "集", "文", "稿", "兵", "收", "地", "求", "询", "婚", "友", "服", "程", "途", "战", "用", "税", "兆", "订", "召", "候", "象", "引", "缴", "名", "选", "费"}

// renWords are the characters that make a word of 任 after a comma rather
// than "takes the post of": 任命, 任何, 任务, 任职, 任意, 任免, 任期.
var renWords = []string{"命", "何", "务", "职", "意", "免", "期"}

// recruiterTitle reports whether b, the text after a 招, makes a
// recruiter's title of 招聘 or 招募 with the level word right after it
// (招聘专员（门店运营岗位招聘）, 招募主管), not a message that hires one.
func recruiterTitle(b []byte) bool {
	for _, w := range [...]string{"聘", "募"} {
		if bytes.HasPrefix(b, []byte(w)) {
			return startsWord(b[len(w):], []string{"专员", "主管", "经理", "助理", "总监", "负责人", "组长", "实习生", "顾问", "官", "HR", "hr"})
		}
	}
	return false
}

// startsWord reports whether b starts with one of words.
func startsWord(b []byte, words []string) bool {
	for _, w := range words {
		if bytes.HasPrefix(b, []byte(w)) {
			return true
		}
	}
	return false
}

// afterIntroducer returns where the title after an introducer that ends
// at i starts: past the brackets, colons, spaces and emoji that close it (【急招】)
// and the asterisks of Markdown's bold (我们在找一位 **活动运营**), and for a
// bare 招 or 征, past the 聘 or 募 of 招聘 and 招募, the 才 of 徵才 and the 人 of 招人.
func afterIntroducer(text []byte, i int, bare bool) int {
	if bare {
		for _, w := range [...]string{"聘", "募", "才", "人啦", "人了", "人"} {
			if bytes.HasPrefix(text[i:], []byte(w)) {
				i += len(w)
				break
			}
		}
		for _, w := range [...]string{"一个", "一名", "一位", "个", "位"} {
			if bytes.HasPrefix(text[i:], []byte(w)) {
				i += len(w) // 招个调度组长, as people say it
				break
			}
		}
		if bracketedToEnd(text[i:]) {
			_, n := utf8.DecodeRune(text[i:])
			i += n // the bracket of 招聘（活动运营主管/平面设计师）
		}
	}
	// Decorations and emoji (see isDecoration: 郑州招人‼️ 本地生活BD), and
	// the closing brackets, colons and dashes after an introducer.
	for i < len(text) {
		r, n := utf8.DecodeRune(text[i:])
		if !isDecoration(r) && !strings.ContainsRune("）)：:！!‼｜丨–－-“", r) {
			return i
		}
		i += n
	}
	return i
}

// startsMessage reports whether the word at i starts a line of text, or
// the text in brackets at the start of one, or follows a name in brackets
// there, or the 急 or 诚 of 急招 and 诚招: where a message's 招 says
// "hiring".
func startsMessage(text []byte, i int) bool {
	for _, w := range [...]string{"急", "诚", "【", "[", "（", "("} {
		if bytes.HasSuffix(text[:i], []byte(w)) {
			i -= len(w)
		}
	}
	start := bytes.LastIndexByte(text[:i], '\n') + 1
	before := trimSpaceBytes(text[start:i])
	// A group message may call everyone first: @所有人 急招带货主播.
	for _, at := range [...]string{"@所有人", "@全体成员", "@all", "@everyone"} {
		if rest, ok := bytes.CutPrefix(before, []byte(at)); ok {
			before = trimSpaceBytes(rest)
		}
	}
	// Emoji and other symbols may open the message: 📣招聘.
	for len(before) > 0 {
		r, n := utf8.DecodeRune(before)
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsPunct(r) {
			break
		}
		before = before[n:]
	}
	// So may a name in brackets (【新消费观察】招聘：记者), or the employer
	// that hires (电商公司招美工), after a tag in brackets if it has one
	// (【兼职】短视频工作室招配音).
	if bytes.HasPrefix(before, []byte("【")) && bytes.Count(before, []byte("】")) == 1 {
		k := bytes.Index(before, []byte("】")) + len("】")
		if k == len(before) {
			return true
		}
		before = trimSpaceBytes(before[k:])
	}
	if len(before) == 0 || len(before) <= maxHirerBytes && hasHirerEnd(before) && bytes.IndexFunc(before, unicode.IsPunct) < 0 {
		return true
	}
	// Or the speaker's own shop or team, after a request to pass the
	// message on: 兄弟们帮转一下，我们站招个调度组长.
	clause := before
	if k := bytes.LastIndex(before, []byte("，")); k >= 0 {
		clause = before[k+len("，"):]
	}
	return len(clause) <= maxHirerBytes && startsWord(clause, ownHirers[:]) && bytes.IndexFunc(clause, unicode.IsPunct) < 0
}

// ownHirers start the clause in which a speaker names his own shop or team
// as the one that hires: 我们站, 我们店, 我司, 本店.
var ownHirers = [...]string{"我们", "咱们", "我司", "本店", "本公司", "我店"}

// headlineHiring reports whether f, a bare 招 in text, starts the 招聘 or
// 招募 (or the 招 of 社招, 校招, 急招) that an article's headline puts
// after the employer's name and before a separator and the jobs it hires
// for (数港信息丨2024 年招聘：云平台运维工程师、…, 拾光新媒体招聘 | 平面设计师、新媒体运营,
// 云海互娱｜2024社招：游戏UI设计师, 禾屿诊所招聘 —— 诊所运营经理): the employer is short, and the
// separator says that 招聘 ends a phrase and the jobs follow. Spaces on
// both sides of a 招聘 or 招募 say so too, as a job site's card sets it
// between the shop and the job (茶山里·鲜果茶  招聘 门店店长).
func headlineHiring(text []byte, f automaton.Match) bool {
	rest := trimSpaceBytes(text[f.End:])
	spaced := false
	switch {
	case bytes.HasPrefix(rest, []byte("聘")), bytes.HasPrefix(rest, []byte("募")):
		after := rest[len("聘"):]
		rest = trimSpaceBytes(after)
		spaced = len(rest) < len(after) && len(rest) > 0 && endsWord(text[:f.Start], []string{" ", "　"})
		// Or the shop's name and its branch in brackets before it, and
		// the job alone after it to the end of the line: 益康大药房（商水店）招聘店长.
		if line := rest[:nextLine(rest, 0)]; !spaced && endsWord(text[:f.Start], []string{"）", ")"}) && len(bytes.TrimRight(line, "\r\n")) <= maxJobAfterHiring {
			spaced = !containsAny(line, "，", "。", "、", "：")
		}
	case startsWord(rest, []string{"人啦", "人了", "人喽", "人咯"}):
		// 白沟箱包直播基地招人啦！主播、剪辑、前台: the jobs after the
		// exclamation.
		_, n := utf8.DecodeRune(rest[len("人"):])
		rest = trimSpaceBytes(rest[len("人")+n:])
		if !startsWord(rest, []string{"！", "!"}) {
			return false
		}
		spaced = true
	case startsHan(text[f.End:]) && headcountFollows(rest):
		// The employer hires a number of the job, which follows the 招
		// right away: 茶叶品牌自播间招带货主播 2 名.
		spaced = true
	case !endsWord(text[:f.Start], []string{"社", "校", "急", "热", "诚"}):
		return false // 招 alone ends a phrase only in 社招, 校招 …: 2024社招：游戏UI设计师
	}
	// The jobs may follow in brackets that end the headline: 华彩灯艺文旅
	// 2026春季招聘（活动运营主管/平面设计师/出纳）.
	if !spaced && !startsWord(rest, headlineSeparators) && !bracketedToEnd(rest) {
		return false
	}
	start := bytes.LastIndexByte(text[:f.Start], '\n') + 1
	return f.Start-start <= maxHeadlineLead
}

// hiresHere reports whether f, a bare 招 in text, says "hiring": it starts
// a message (see startsMessage) or heads a headline's jobs (see
// headlineHiring), or a recruiter sets the job after it apart, in 【】 or
// after a space, and no 不 or 没 denies it.
func hiresHere(text []byte, f automaton.Match) bool {
	if startsMessage(text, f.Start) || headlineHiring(text, f) {
		return true
	}
	rest := text[f.End:]
	return (bracketFollows(rest) || spacedJobFollows(rest)) && !endsWord(text[:f.Start], deniedHiring)
}

// bracketFollows reports whether rest, the text after a 招, opens a 【
// bracket that closes on its line: a recruiter sets the job so, wherever
// the 招 stands in the message (某头部快递公司总部招【流程优化经理】, 您好，我们是
// 某消费金融公司的客服中心，招【客服质检专员】).
func bracketFollows(rest []byte) bool {
	if !bytes.HasPrefix(rest, []byte("【")) {
		return false
	}
	line := rest[:nextLine(rest, 0)]
	k := bytes.Index(line, []byte("】"))
	return k > len("【") && k <= maxTitleRunes*utf8.UTFMax
}

// spacedJobFollows reports whether rest, the text after a 招, is a space
// and then the rest of its line, short enough to be a job's title: a
// recruiter sets the job apart so (成都某银行信用卡中心外包呼叫中心招 质检主管).
func spacedJobFollows(rest []byte) bool {
	if !bytes.HasPrefix(rest, []byte(" ")) && !bytes.HasPrefix(rest, []byte("　")) {
		return false
	}
	line := trimSpaceBytes(rest[:nextLine(rest, 0)])
	if k := bytes.Index(line, []byte("，")); k > 0 && len(line)-k-len("，") <= maxPlaceAfterJob && bytes.IndexAny(line[k+len("，"):], "，。、：") < 0 {
		// The place of the job after it: 招 客户运营经理，广州黄埔.
		line = line[:k]
	}
	// Not a count of people to hire (招 1 名视频编导), nor more of a
	// clause or a sum (校招 + 运营岗社招).
	return len(line) > 0 && !isDigit(line[0]) && !startsWord(line, joinedWords) && len(line) <= maxJobAfterHiring && bytes.IndexAny(line, "，。、：") < 0
}

// deniedHiring deny the 招 after them: 今年不招【流程优化经理】了.
var deniedHiring = []string{"不", "没"}

// joinedWords join what follows them to what stands before them.
var joinedWords = []string{"+", "/", "、", "和", "及"}

// bracketedToEnd reports whether rest, the text after a headline's 招聘,
// opens a bracket that closes at the end of its line.
func bracketedToEnd(rest []byte) bool {
	if !startsWord(rest, []string{"（", "("}) {
		return false
	}
	line := rest[:nextLine(rest, 0)]
	line = bytes.TrimRight(line, " \r\n")
	return bytes.HasSuffix(line, []byte("）")) || bytes.HasSuffix(line, []byte(")"))
}

// maxPlaceAfterJob bounds the place that may follow, after a comma, the
// job after a message's 招: 广州黄埔, 上海·静安.
const maxPlaceAfterJob = 8 * 3

// maxJobAfterHiring bounds the job alone after a shop's 招聘.
const maxJobAfterHiring = 8 * 3

// startsHan reports whether b starts with a Chinese character.
func startsHan(b []byte) bool {
	r, _ := utf8.DecodeRune(b)
	return fold.IsHan(r)
}

// headcountFollows reports whether rest, the text after a 招, names a job
// and the number of people wanted before the end of its clause: 带货主播 2 名，….
func headcountFollows(rest []byte) bool {
	if k := bytes.IndexAny(rest, "，,。；;\n"); k >= 0 {
		rest = rest[:k]
	}
	rest = bytes.TrimRight(rest, "！! \r") // 急招打包员 30名！！！
	if len(rest) > maxTitleRunes*utf8.UTFMax {
		return false
	}
	var buf [maxTitleRunes * utf8.UTFMax]byte
	compact := buf[:0]
	for _, c := range rest {
		if c != ' ' {
			compact = append(compact, c)
		}
	}
	return endsInHeadcount(compact)
}

// headlineSeparators part an article headline's 招聘 from the jobs after it,
// and so do dashes (某诊所招聘 —— 诊所运营经理).
var headlineSeparators = append([]string{"｜", "|", "丨", "：", ":"}, dashes...)

// dashRunes are the dashes that may follow a headline's 招聘, one or two of
// them (——), and dashes holds each of them as a string.
const dashRunes = "—–-－"

var dashes = strings.Split(dashRunes, "")

// endsWord reports whether b ends with one of words.
func endsWord(b []byte, words []string) bool {
	for _, w := range words {
		if bytes.HasSuffix(b, []byte(w)) {
			return true
		}
	}
	return false
}

// maxHeadlineLead bounds the employer's name and the year before the 招聘
// of an article's headline (see headlineHiring).
const maxHeadlineLead = 24 * 3

// maxHirerBytes bounds the employer before the 招 of a message (电商公司招),
// and maxOpenerBytes the emoji and brackets before that (📣【急】).
const (
	maxHirerBytes  = 8 * 3
	maxOpenerBytes = 4 * utf8.UTFMax
)

// hasHirerEnd reports whether b ends with a word for an employer, or is
// the place where it hires (重庆招女装主播, 渝北区招主播, 郑州招人).
func hasHirerEnd(b []byte) bool {
	return endsWord(b, hirerEnds) || isPlace(b)
}

// isPlace reports whether b, a few Chinese characters, names a city or
// ends with the word for one or for its district or county. Text that
// starts with a 负责 or 协助 of a duty (负责招聘) is none: its words do
// not end so.
func isPlace(b []byte) bool {
	if len(b) < 2*3 || len(b) > 6*3 {
		return false
	}
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if !fold.IsHan(r) {
			return false
		}
		i += n
	}
	if endsWord(b, []string{"市", "区", "县", "省"}) {
		return true
	}
	for _, c := range cities {
		if string(b) == c {
			return true
		}
	}
	return false
}

// cities are the Chinese cities whose names hire without a 市: the
// provincial capitals and the other large ones, in the mainland, Hong Kong,
// Macao and Taiwan.
var cities = []string{
	"北京", "上海", "天津", "重庆", "广州", "深圳", "杭州", "成都", "武汉", "南京", "苏州", "西安",
	"长沙", "郑州", "东莞", "青岛", "沈阳", "宁波", "昆明", "合肥", "佛山", "福州", "厦门", "济南",
	"无锡", "大连", "哈尔滨", "长春", "石家庄", "南宁", "南昌", "贵阳", "太原", "温州", "泉州", "金华",
	"常州", "嘉兴", "绍兴", "台州", "珠海", "中山", "惠州", "烟台", "潍坊", "徐州", "南通", "扬州",
	"兰州", "乌鲁木齐", "呼和浩特", "海口", "三亚", "银川", "西宁", "拉萨", "义乌", "保定", "唐山",
	"洛阳", "芜湖", "宜昌", "襄阳", "株洲", "湛江", "江门", "汕头", "揭阳", "莆田", "漳州", "绵阳",
	"香港", "澳门", "台北", "新北", "台中", "台南", "高雄", "桃园", "新竹",
}

// hirerEnds are the words with which an employer's name may end.
var hirerEnds = []string{"公司", "企业", "集团", "工作室", "门店", "店铺", "工厂", "品牌", "团队", "机构"}

// latinIntroduced is introducedTitle for the English introducers, which
// start a word: after a space or line break, or at the start of intro. It
// jumps from one such break to the next with bytes.IndexByte, which skips
// Chinese text fast.
func latinIntroduced(intro []byte, s *automaton.Scratch, found *[]automaton.Match) (start, end int) {
	// A transfer or a promotion names the new post, wherever the old one
	// stands: "will move from his current role as Senior Financial
	// Analyst to the new position of Workforce Planning & Capacity Lead".
	for _, w := range newPostIntroducers {
		if k := bytes.Index(intro, []byte(w)); k >= 0 {
			a := k + len(w)
			b := a + introducedLen(intro[a:])
			if b > a && 'A' <= intro[a] && intro[a] <= 'Z' && looksLikeTitle(intro[a:b], s, found) {
				return a, b
			}
		}
	}
	space, nl := -1, -1 // the next space and line break at or after the word start
	for i := 0; i < len(intro); {
		for _, in := range introducers[intro[i]] {
			n := len(in.words)
			if len(intro)-i < n || !equalFoldString(intro[i:i+n], in.words) {
				continue
			}
			a := skipOpeningQuote(intro, skipBlanks(intro, i+n))
			b := a + introducedLen(intro[a:])
			if b > a && !negated(intro[:i]) && (!in.capital || 'A' <= intro[a] && intro[a] <= 'Z') && (!in.you || youAfter(intro[b:])) && looksLikeTitle(intro[a:b], s, found) {
				return a, b
			}
		}
		// The next word start.
		if space < i {
			if space = bytes.IndexByte(intro[i:], ' '); space >= 0 {
				space += i
			} else {
				space = len(intro)
			}
		}
		if nl < i {
			if nl = bytes.IndexByte(intro[i:], '\n'); nl >= 0 {
				nl += i
			} else {
				nl = len(intro)
			}
		}
		i = min(space, nl) + 1
	}
	return -1, -1
}

// skipOpeningQuote returns where the text after an opening quote at i
// starts, or i if there is none: „Referent:in Unternehmensentwicklung".
func skipOpeningQuote(b []byte, i int) int {
	for _, q := range [...]string{"„", "“", "\"", "‚", "«"} {
		if bytes.HasPrefix(b[i:], []byte(q)) {
			return i + len(q)
		}
	}
	return i
}

// negated reports whether before, the text before an introducer, ends in
// a negation: "we're not looking for a consultant who writes decks", "small
// labs get steady volume without hiring a sales rep".
func negated(before []byte) bool {
	for _, w := range [...]string{"not ", "n't ", "n’t ", "never ", "without ", "instead of "} {
		if len(before) >= len(w) && equalFoldString(before[len(before)-len(w):], w) {
			return true
		}
	}
	return false
}

// youAfter reports whether b starts with the word "you", after a comma
// and spaces: "you'll", "you will".
func youAfter(b []byte) bool {
	b = bytes.TrimLeft(b, ", ")
	return len(b) >= 3 && equalFoldString(b[:3], "you") && (len(b) == 3 || !isASCIILetter(b[3]) || b[3]|0x20 == 'r')
}

// hasPrefixFold reports whether b starts with prefix, ignoring ASCII case.
func hasPrefixFold(b []byte, prefix string) bool {
	return len(b) >= len(prefix) && equalFoldString(b[:len(prefix)], prefix)
}

// equalFoldString reports whether b is s, ignoring ASCII case, without
// converting either.
func equalFoldString(b []byte, s string) bool {
	if len(b) != len(s) {
		return false
	}
	for i := range len(b) {
		x, y := b[i], s[i]
		if x != y && !(isASCIILetter(x) && x|0x20 == y|0x20) {
			return false
		}
	}
	return true
}

// titleEnders are the words that end a title in prose: "a Community
// Manager to join us", "As our Growth Lead you'll own".
var titleEnders = [][]byte{
	[]byte(" to "), []byte(" who "), []byte(" that "), []byte(" you"), []byte(" in "), []byte(" at "),
	[]byte(" with "), []byte(" for "), []byte(" based "), []byte(" on "), []byte(" and "), []byte(" is "),
	[]byte(" will "), []byte(" I "), []byte(" we "), []byte(" where "), []byte(" which "),
	[]byte(" role"), []byte(" position"),
	// A clause after a long dash: "as Fraud & Risk Operations Analyst —
	// he'll be tuning our rules".
	[]byte(" — "), []byte(" – "),
}

// introducedLen returns the length of the words after an introducer that
// may be a title: up to the end of the clause, a line break, a closing
// quote or bracket or one of titleEnders, and at most maxTitleRunes runes, without the 的 that closes
// a Chinese clause (我是做带货主播的).
func introducedLen(b []byte) int {
	b = runePrefix(b, maxTitleRunes*utf8.UTFMax)
	end := len(b)
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		switch r {
		case '\n', '\r', ',', '.', ';', ':', '!', '?', '(', '|', '，', '。', '；', '：', '！', '？', '（', '、', '｜', '”', '」', '】', '"', '“':
			end = i // and the quotes or brackets that close a title: 岗位是【商家运营主管】
		case '*', '一':
			if bytes.HasPrefix(b[i:], []byte("**")) || bytes.HasPrefix(b[i:], []byte("一职")) {
				end = i // 担任**视觉设计师**一职
			}
		}
		if unicode.Is(unicode.So, r) {
			end = i // an emoji: 重庆招女装主播💃 新手可带
		}
		if end == len(b) && r == ' ' {
			for _, w := range titleEnders {
				if len(b)-i >= len(w) && bytes.EqualFold(b[i:i+len(w)], w) {
					end = i
					break
				}
			}
		}
		if end < len(b) {
			break
		}
		i += n
	}
	_, j := trimSpace(b[:end])
	j = len(bytes.TrimRight(b[:j], "*")) // the end of Markdown's bold: **视觉设计师**一职
	return len(bytes.TrimSuffix(b[:j], []byte("的")))
}

// experienceLabels are the headings over the jobs a resume lists, the
// latest first, in Chinese and English and in the languages whose CVs
// keep their headings when written in English (Berufserfahrung). The scan
// finds them as it finds terms, folded (工作經歷 is 工作经历, EXPERIENCE
// experience), so a text without them costs nothing.
var experienceLabels = []string{
	"工作经历", "工作经验", "工作履历", "职业经历", "实习经历",
	"experience", "work experience", "professional experience", "relevant experience",
	"employment history", "work history", "career history", "employment",
	// A career changer heads the old trade's jobs with its name.
	"teaching experience", "nursing experience", "clinical experience", "retail experience",
	"hospitality experience", "customer service experience", "sales experience",
	"berufserfahrung", "beruflicher werdegang", "werkervaring", "expérience professionnelle", "experiencia laboral", "experiencia profesional",
}

// maxExperienceLines is how many non-blank lines at the top of a resume
// may hold its experience heading, and maxJobLines how many lines under
// the heading may name the latest job: a resume that names no job at the
// top ("PRIYA NAIR", contact details, a summary) names it there, after
// its dates and employer on lines of their own in some templates.
const (
	maxExperienceLines = 40
	maxJobLines        = 3
)

// latestJob returns where the job is named that a resume lists first
// under its experience heading: the first field of the first maxJobLines
// non-blank lines under it that looks like a title and does not name an
// employer, as "Operations Specialist" in "Acme — Operations Specialist,
// Onboarding (2022–2025)" or 新媒体运营 in "2023.07 - 至今    某美妆品牌
// 新媒体运营". The heading is the first of experienceLabels among terms,
// the scan's occurrences, that is a heading alone on its line, in the top
// maxExperienceLines non-blank lines. It returns -1, -1 if there is none,
// and leaves in *found the title words of the job.
func (m *Matcher) latestJob(text []byte, terms []automaton.Match, s *automaton.Scratch, found *[]automaton.Match) (start, end int) {
	pos := m.experienceStart(text, terms) // where the lines under the heading start
	for under := 0; pos >= 0 && pos < len(text) && under < maxJobLines; {
		lineStart := pos
		pos = nextLine(text, pos)
		i, j := trimSpace(text[lineStart:pos])
		if i == j {
			continue
		}
		under++
		// A line that names the job names it at its start, or after its
		// label in a form: 职位名称：用户运营专员.
		line := runePrefix(text[lineStart+i:lineStart+j], maxTitleRunes*utf8.UTFMax)
		v := valueStart(line)
		i += v
		line = line[v:]
		if f := line[:fieldEnd(line)]; tradeNamed(trimSpaceBytes(f[:bracketStart(f)])) {
			// The employer above the job: "Tidewater Software	Halifax,
			// NS", "Greyfriars Digital Consulting (380 consultants)".
			continue
		}
		if a, b := jobField(line, s, found); a >= 0 {
			return lineStart + i + a, lineStart + i + b
		}
	}
	return -1, -1
}

// employerTrades are the trades that end an employer's name without its
// legal form ("Greyfriars Digital Consulting"), and would otherwise read
// as another profession's title.
var employerTrades = []string{"Software", "Consulting"}

// tradeNamed reports whether f is an employer's name (see employerName)
// that ends with one of employerTrades.
func tradeNamed(f []byte) bool {
	return endsWord(f, employerTrades) && employerName(f)
}

// experienceStart returns where the lines under a resume's experience
// heading start, or -1: the heading is the first of experienceLabels among
// terms, the scan's occurrences, that is a heading alone on its line, in
// the top maxExperienceLines non-blank lines.
func (m *Matcher) experienceStart(text []byte, terms []automaton.Match) int {
	for _, f := range terms {
		if m.labelKind[f.Pattern] != experienceLabel || !mayHead(text, f) {
			continue
		}
		lineStart, lineEnd := lineAround(text, f.Start)
		if rest, ok := headingAt(text, lineStart, lineEnd, f); ok && rest == lineEnd {
			if nonBlankLines(text[:lineStart]) >= maxExperienceLines {
				return -1
			}
			return lineEnd
		}
	}
	return -1
}

// nonBlankLines returns the number of lines of text that hold more than
// white space.
func nonBlankLines(text []byte) int {
	n := 0
	for pos := 0; pos < len(text); {
		next := nextLine(text, pos)
		if i, j := trimSpace(text[pos:next]); i < j {
			n++
		}
		pos = next
	}
	return n
}

// genderNotedTitle returns the bounds of the first of the top
// maxLabelledLines lines that ends with a German posting's gender note,
// "Referent Personaleinsatzplanung (m/w/d)", and looks like a title; or
// -1, -1. A job board's page may set its menus and its trail of links
// above it, which the top lines' rules take for no title.
func genderNotedTitle(text []byte, s *automaton.Scratch, found *[]automaton.Match) (start, end int) {
	for pos, lines := 0, 0; pos < len(text) && lines < maxLabelledLines; pos = nextLine(text, pos) {
		a, b := trimSpace(text[pos:nextLine(text, pos)])
		if a == b {
			continue
		}
		lines++
		line := text[pos+a : pos+b]
		if k := bracketStart(line); k < len(line) && genderNote(line[k:]) && looksLikeTitle(line, s, found) {
			return pos + a, pos + b
		}
	}
	return -1, -1
}

// salutations open a greeting to a text's readers, which names no job:
// 各位家长朋友、各位老师, "Dear Hiring Manager".
var salutations = []string{"各位", "亲爱的", "尊敬的", "致各位", "dear ", "hi ", "hello "}

// isSalutation reports whether line, after the symbols that may lead it
// (💡), opens with one of salutations.
func isSalutation(line []byte) bool {
	for len(line) > 0 {
		r, n := utf8.DecodeRune(line)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		line = line[n:]
	}
	for _, w := range salutations {
		if hasPrefixFold(line, w) {
			return true
		}
	}
	return false
}

// startsDuty reports whether line states a duty rather than naming a job:
// 负责中彰投区 12 家门市的营运管理, under a card whose title its employer's
// name follows. 负责人 names the head of something.
func startsDuty(line []byte) bool {
	for _, w := range [...]string{"负责", "負責", "协助", "協助"} {
		if rest, ok := bytes.CutPrefix(line, []byte(w)); ok {
			return !bytes.HasPrefix(rest, []byte("人"))
		}
	}
	return false
}

// nextLine returns where the line after the one that starts at pos
// starts: just after its line break, or at the end of text.
func nextLine(text []byte, pos int) int {
	if k := bytes.IndexByte(text[pos:], '\n'); k >= 0 {
		return pos + k + 1
	}
	return len(text)
}

// leadTitle returns where the title is in a first line far too long to be
// one, as where a posting's line breaks were lost ("销售经理（SaaS） 云启软件
// | 北京 | 本科 岗位职责：1、…", "Senior Financial Analyst, FP&A Cascade
// Outdoor · Portland What you'll do …"): the value of a label for the job
// in the line's first maxLeadFormBytes bytes, as a resume's head of
// labelled fields has it; else the first field (see jobField) that looks
// like a title and names no employer, in the line's first maxTitleRunes
// runes up to its first colon or end of a sentence; or -1, -1.
// maxLeadFormBytes bounds the start of a long line where leadTitle looks
// for a label for the job: a resume's head of name, contact details and
// the job sought, run together on one line.
const maxLeadFormBytes = 768

func leadTitle(line []byte, s *automaton.Scratch, found *[]automaton.Match) (start, end int) {
	lead := runePrefix(line, maxLeadFormBytes)
	// The line's start up to its first colon, then the value after each
	// label for the job sought, as in a form: "个人简历 姓名：何雨桐 性别：女
	// 求职意向：内容运营 期望城市：上海".
	// The value of a label for the job wins over the line's first field,
	// which in a resume's line of fields may be a level alone: "张悦 |
	// 2026届应届生 | 求职意向：用户运营".
	firstStart, firstEnd := -1, -1
	sought := false
	for from := 0; from < len(lead); {
		stop, colon := leadStop(lead[from:])
		part := lead[from : from+stop]
		cut := false // part ends inside a field, which is no title
		if from == 0 {
			part = runePrefix(part, maxTitleRunes*utf8.UTFMax)
			cut = len(part) < stop
		}
		if sought || from == 0 && !describesEmployer(part, s, found) {
			if a, b := jobField(part, s, found); a >= 0 && !(cut && b == len(part)) {
				if n := translation(part[b:], part[a:b], s, found); n > 0 && looksLikeTitle(part[a:b+n], s, found) {
					b += n
				}
				if sought {
					looksLikeTitle(part[a:b], s, found) // its title words again
					return from + a, from + b
				}
				firstStart, firstEnd = a, b
			}
		}
		if colon == 0 {
			break // the end of a sentence
		}
		// A reply's or a forward's mark before a subject keeps it
		// labelled: 主题：回复: 回复: 【招聘需求】HR运营专员.
		sought = hasLabelSuffix(part, positionLabels) && !hasLabelSuffix(part, classLabels) || sought && isReplyMark(part)
		from += stop + colon
	}
	if firstStart >= 0 {
		looksLikeTitle(lead[firstStart:firstEnd], s, found) // its title words again
	}
	return firstStart, firstEnd
}

// describesEmployer reports whether line opens with a sentence that says
// what an employer does, its name then a verb ("Ledgerloop builds accounts
// payable automation for …", "Acme Health helps clinics …"), which names
// no job, whatever professions it names. A name that holds a title word
// is a job's: "Community Manager wanted …" is no such sentence.
func describesEmployer(line []byte, s *automaton.Scratch, found *[]automaton.Match) bool {
	for i, n := 0, 0; i < len(line) && n < 3; n++ {
		k := bytes.IndexByte(line[i:], ' ')
		if k < 0 {
			return false
		}
		if w := line[i : i+k]; n > 0 && slices.ContainsFunc(employerVerbs[:], func(v string) bool { return string(w) == v }) {
			*found = findTitleWords((*found)[:0], line[:i], s)
			return len(*found) == 0
		}
		i += k + 1
	}
	return false
}

// employerVerbs are the verbs, as written after an employer's name, that
// open a sentence about what it does.
var employerVerbs = [...]string{
	"builds", "helps", "makes", "provides", "offers", "develops", "powers", "enables", "connects", "creates",
	"delivers", "designs", "sells", "brings", "gives", "lets", "is", "serves", "supplies", "manufactures", "produces", "operates", "runs",
}

// replyMarks are what mail programs put before the subject of a reply or
// a forward.
var replyMarks = [...]string{"re", "fw", "fwd", "aw", "wg", "回复", "答复", "转发"}

// labelsBetween reports whether b holds a colon that ends a label other
// than a reply's or a forward's mark (RE:, AW:, 回复：): the next field of
// a line, "From: Priya Lathwell, Talent Partner".
func labelsBetween(b []byte) bool {
	for {
		k := bytes.IndexAny(b, ":：")
		if k < 0 {
			return false
		}
		if !isReplyMark(b[:k]) {
			return true
		}
		_, n := utf8.DecodeRune(b[k:])
		b = b[k+n:]
	}
}

// isReplyMark reports whether part, the text between two colons, is one
// of replyMarks.
func isReplyMark(part []byte) bool {
	part = trimSpaceBytes(part)
	for _, m := range replyMarks {
		if equalFoldString(part, m) {
			return true
		}
	}
	return false
}

// maxTranslationGap bounds what may stand between a title and its
// translation: a separator and a region (", APAC ").
const maxTranslationGap = 12

// translation returns the length of the start of rest that ends with the
// translation of the title before it, in the other script, as bilingual
// postings put them ("Sales Operations Analyst, APAC 销售运营分析师",
// "物流營運主任 Operations Executive"); or 0. It leaves in found the words
// of what it read.
func translation(rest, title []byte, s *automaton.Scratch, found *[]automaton.Match) int {
	a, b := jobField(rest, s, found)
	if a < 0 || a > maxTranslationGap || hasHan(rest[a:b]) == hasHan(title) {
		return 0
	}
	return b
}

// runePrefix returns the longest start of b of at most n bytes that ends
// on a rune boundary.
func runePrefix(b []byte, n int) []byte {
	if n >= len(b) {
		return b
	}
	for n > 0 && !utf8.RuneStart(b[n]) {
		n--
	}
	return b[:n]
}

// leadStop returns where the first colon or end of a sentence in lead is,
// or len(lead), and the width of the colon (0 for the end of a sentence).
// The closing bracket of a position label in brackets counts as a colon:
// 【求职意向】 电商设计师, where a resume's head lost its line breaks.
func leadStop(lead []byte) (stop, colon int) {
	for i := 0; i < len(lead); {
		r, n := utf8.DecodeRune(lead[i:])
		switch r {
		case '：', ':':
			return i, n
		case '】':
			if k := bytes.LastIndex(lead[:i], []byte("【")); k >= 0 && isSpacedLabel(lead[k+len("【"):i], positionLabels) {
				return i, n
			}
		case '！', '!':
			if labelFollows(lead[i+n:]) {
				// A message's cheer, then its label for the job: 恭喜
				// @陈思远 顺利转正！岗位：运营数据分析师.
				return i, n
			}
			return i, 0
		case '。', '？', '；', '?', ';':
			return i, 0
		case '.':
			// Not after an initial ("BRANDON K. HOLLOWAY") or the
			// honorific of the name that heads a resume ("Dr. Annika
			// Wiesenthal"); a letter's addressee further on ends the
			// head ("… October 14, 2024 Ms. Ruth Haverford Director
			// of Marketing").
			initial := i > 0 && 'A' <= lead[i-1] && lead[i-1] <= 'Z' && (i == 1 || lead[i-2] == ' ')
			if i+1 < len(lead) && lead[i+1] == ' ' && !initial && !(i <= maxHonorificEnd && isHonorific(lead[:i])) {
				return i, 0
			}
		}
		i += n
	}
	return len(lead), 0
}

// honorifics are the abbreviations before a name whose dot ends no
// sentence.
var honorifics = [...]string{"Dr", "Prof", "Mr", "Mrs", "Ms", "Dipl", "Ing", "Mag"}

// maxHonorificEnd bounds where the honorific of the name that heads a
// resume ends: after a heading's mark or a word such as LEBENSLAUF.
const maxHonorificEnd = 16

// labelFollows reports whether rest, after spaces, starts with one of
// positionLabels and its colon.
func labelFollows(rest []byte) bool {
	rest = bytes.TrimLeft(rest, " ")
	k := labelEnd(rest)
	return k > 0 && isPositionLabel(rest[:k])
}

// isHonorific reports whether b ends with one of honorifics as a whole
// word.
func isHonorific(b []byte) bool {
	for _, w := range honorifics {
		if k := len(b) - len(w); k >= 0 && string(b[k:]) == w && (k == 0 || !isASCIIAlnum(b[k-1])) {
			return true
		}
	}
	return false
}

// hasLabelSuffix reports whether text, trimmed, ends with one of labels as
// a whole word, ignoring ASCII case.
func hasLabelSuffix(text []byte, labels [][]byte) bool {
	text = bytes.TrimSuffix(trimSpaceBytes(text), []byte("**")) // Markdown's bold: **岗位**：
	// The end of text, without the spaces that align a spaced-out label
	// (职 位).
	whole := len(text) <= 2*maxLabelBytes
	var buf [2 * maxLabelBytes]byte
	text = compactHan(buf[:0], runeSuffix(text, len(buf)))
	for _, l := range labels {
		k := len(text) - len(l)
		if k < 0 || !bytes.EqualFold(text[k:], l) {
			continue
		}
		if before, _ := utf8.DecodeLastRune(text[:k]); k == 0 && whole || k > 0 && (!isASCIIAlnum(byte(before)) || before >= utf8.RuneSelf) {
			return true
		}
	}
	return false
}

// runeSuffix returns the longest end of b of at most n bytes that starts
// on a rune boundary.
func runeSuffix(b []byte, n int) []byte {
	if n >= len(b) {
		return b
	}
	i := len(b) - n
	for i < len(b) && !utf8.RuneStart(b[i]) {
		i++
	}
	return b[i:]
}

// compactHan appends to dst the text of s without the spaces (a space or a
// run of ideographic spaces) that stand between two Chinese characters, as
// resume exports space out labels to align a column: 职 位, 公　司, 岗　　位.
func compactHan(dst, s []byte) []byte {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRune(s[i:])
		if r == ' ' || r == '\u3000' {
			// A run of ideographic spaces, as a form spaces a label
			// over its column: 岗　　位.
			j := i + n
			if r == '\u3000' {
				j = len(s) - len(bytes.TrimLeft(s[j:], "\u3000"))
			}
			before, _ := utf8.DecodeLastRune(s[:i])
			after, _ := utf8.DecodeRune(s[j:])
			if fold.IsHan(before) && fold.IsHan(after) {
				i = j
				continue
			}
		}
		dst = append(dst, s[i:i+n]...)
		i += n
	}
	return dst
}

// nextFieldEnd returns where the field of line that starts at next ends,
// with the qualifier in brackets after it (see jobField).
func nextFieldEnd(line []byte, next int) int {
	e := next + fieldLen(line[next:])
	return e + qualifierLen(line[e:])
}

// jobField returns the bounds of the first field of a line of a resume's
// experience that looks like a title and does not name an employer, or
// -1, -1. Fields are parted by tabs, runs of spaces, bars, commas,
// brackets, spaced dashes, " at " or " @ ", and a space between two
// Chinese characters.
func jobField(line []byte, s *automaton.Scratch, found *[]automaton.Match) (start, end int) {
	// A banner in brackets right before the title is part of it:
	// 【2026届校招】财务管理培训生. It is tried first, then the fields
	// without it.
	if n := leadBracketLen(line); n > 0 {
		k := n + fieldLen(line[n:])
		if start, end = titleField(line, 0, k, s, found); start >= 0 {
			return start, end
		}
	}
	for i := 0; i < len(line); {
		k := i + fieldLen(line[i:])
		j := k + qualifierLen(line[k:])
		if k2 := acronymJoins(line, k, j); k2 > 0 {
			if a, _ := titleField(line, i, k, s, found); a < 0 {
				// The acronym of the words before it, within the
				// title: "Workforce Management (WFM) Analyst".
				k = k2
				j = k + qualifierLen(line[k:])
			}
		}
		if start, end = titleField(line, i, k, s, found); start >= 0 {
			n, comma := dashLen(line[j:]), false
			if n == 0 && bytes.HasPrefix(line[j:], []byte(", ")) {
				n, comma = len(", "), true
			}
			// A Markdown heading's marks may lead the field ("# Senior
			// Analyst, Trust & Safety", where the line breaks were lost).
			job := bytes.TrimLeft(line[start:end], "# ")
			extend := n > 0 && (levelOnly(job) || plainAnalyst(job))
			if n == 0 && start < k && j > k && genderNote(line[k:j]) && bytes.HasPrefix(line[j:], []byte(" ")) && !bytes.HasPrefix(line[j:], []byte("  ")) {
				// A German posting's level and its gender note before
				// the job: "Werkstudent (m/w/d) Content Creator",
				// "Referent (m/w/d) Unternehmensentwicklung"; or the job
				// and its note before the shift or the floor it works
				// on: "Operations Supervisor (m/w/d) Frühschicht".
				lone := bytes.TrimLeft(line[start:k], "# ")
				if onlyTitleWord(lone, roleIntern) || onlyTitleWord(lone, roleHead) || levelOnly(lone) || floorQualified(line[j+1:nextFieldEnd(line, j+1)]) {
					n, extend = 1, true
				}
			}
			if !extend && n > 0 && !comma {
				// A qualifier after a spaced dash that says where or
				// how the job is done, which the title's rules read,
				// where the line breaks were lost: "Operations
				// Supervisor - 2nd Shift (Fulfillment Center)",
				// "Customer Care Advisor – Customer Operations
				// (Inbound)".
				extend = floorQualified(line[j+n : nextFieldEnd(line, j+n)])
			}
			if extend {
				// The function after the level: "Manager - FP&A
				// (Business Finance, Operations)", "Manager, Operations
				// Strategy & Planning", "Senior Analyst, Trust & Safety".
				if a, b := trimSpace(line[start:nextFieldEnd(line, j+n)]); b > a && looksLikeTitle(line[start+a:start+b], s, found) {
					return start + a, start + b
				}
				// Or up to its floor word, where the text runs on after
				// it: "Warehouse Operations Manager - 2nd Shift Ridgeline
				// Distribution Partners Chattanooga, TN".
				if k := runOnFloorEnd(line[j+n : nextFieldEnd(line, j+n)]); k >= 0 && looksLikeTitle(line[start:j+n+k], s, found) {
					return start, j + n + k
				}
				looksLikeTitle(line[start:end], s, found) // its title words again
			}
			return start, end
		}
		i = j + separatorLen(line[j:])
	}
	return -1, -1
}

// titleField returns the bounds of the field line[i:k] of jobField, with
// the words in brackets after it or without them, if it looks like a title
// and names no employer or department; or -1, -1.
func titleField(line []byte, i, k int, s *automaton.Scratch, found *[]automaton.Match) (start, end int) {
	if a, b := trimSpace(line[i:k]); isDepartment(line[i+a : i+b]) {
		return -1, -1 // 客服运营中心（外包岗）
	}
	// With the words in brackets after the field, then without them, as
	// they may describe the employer: "Senior Community Manager Tessellate
	// (open-source developer tools)", 会员运营经理（酒店集团）.
	for _, e := range [...]int{k + qualifierLen(line[k:]), k} {
		a, b := trimSpace(line[i:e])
		f := line[i+a : i+b]
		if isScanHeader(f) {
			return -1, -1 // ===== 图片文字识别结果（招聘海报.jpg）=====, where the line breaks were lost
		}
		if e == k && isEmployer(f) {
			// The job and its employer, run together where the line
			// breaks were lost: "Events Operations Specialist Corrib
			// Clinical Software Ltd".
			if n := jobBeforeEmployer(f, s, found); n > 0 {
				return i + a, i + a + n
			}
		}
		if len(f) == 0 || isEmployer(f) || isDepartment(f) {
			continue
		}
		if looksLikeTitle(f, s, found) && (e == k || wordBefore(*found, k-i-a) || !isEmployer(line[:i])) {
			// After an employer, the words in brackets qualify a job
			// the field names, and name none alone: "Singapore (HR &
			// payroll SaaS)" says where and what the employer is.
			return i + a, i + b
		}
		if e == k {
			if n := titlePrefix(f, s, found); n > 0 {
				return i + a, i + a + n
			}
		}
	}
	return -1, -1
}

// restates reports whether the job rest starts with the words of field, a
// department or a category before it (after a Markdown heading's marks),
// and goes on.
func restates(rest, field []byte) bool {
	f := bytes.TrimLeft(trimSpaceBytes(field), "# ")
	return len(f) > 0 && len(rest) > len(f) && bytes.EqualFold(rest[:len(f)], f) && rest[len(f)] == ' '
}

// jobBeforeEmployer returns the length of the title that starts f, a
// field that names an employer in Latin letters, when the employer's name
// follows the title's last noun of a level (Specialist, Manager) in
// capitalised words; or 0.
func jobBeforeEmployer(f []byte, s *automaton.Scratch, found *[]automaton.Match) int {
	if hasHan(f) {
		return 0
	}
	*found = findTitleWords((*found)[:0], f, s)
	end := 0
	for _, w := range *found {
		if titleWords[w.Pattern].role == roleHead {
			end = w.End
		}
	}
	if end == 0 || end == len(f) || f[end] != ' ' || !capitalisedWords(f[end:]) || !looksLikeTitle(f[:end], s, found) {
		return 0
	}
	return end
}

// capitalisedWords reports whether every word of b starts with a capital
// letter or a digit, as a name's words do ("Corrib Clinical Software
// Ltd"), and b holds one.
func capitalisedWords(b []byte) bool {
	n := 0
	for i := 0; i < len(b); i++ {
		if b[i] == ' ' || i > 0 && b[i-1] != ' ' {
			continue // not the start of a word
		}
		if c := b[i]; !('A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '&') {
			return false
		}
		n++
	}
	return n > 0
}

// wordBefore reports whether one of the title words found, other than
// banners and masks, starts before byte k.
func wordBefore(found []automaton.Match, k int) bool {
	for _, f := range found {
		if r := titleWords[f.Pattern].role; f.Start < k && r != roleBanner && r != roleMask {
			return true
		}
	}
	return false
}

// leadBracketLen returns the length of the 【…】 that line starts with when
// text follows it without a space, or 0.
func leadBracketLen(line []byte) int {
	const open, close = "【", "】"
	if !bytes.HasPrefix(line, []byte(open)) {
		return 0
	}
	k := bytes.Index(runePrefix(line, maxTitleRunes*utf8.UTFMax), []byte(close))
	if k < 0 {
		return 0
	}
	n := k + len(close)
	if r, _ := utf8.DecodeRune(line[n:]); n == len(line) || unicode.IsSpace(r) || r == '|' || r == '｜' {
		return 0
	}
	return n
}

// maxTagBytes bounds a tag in brackets before a title.
const maxTagBytes = 48

// employmentTags are the kinds of employment that a board's line may give
// in a field of their own before the job: "CONTRACT | KYC / AML Operations
// Analyst | 6 months".
var employmentTags = [][]byte{
	[]byte("contract"), []byte("contractor"), []byte("freelance"), []byte("temp"), []byte("temporary"),
	[]byte("part-time"), []byte("part time"), []byte("full-time"), []byte("full time"), []byte("permanent"),
	[]byte("fixed-term"), []byte("remote"), []byte("hybrid"), []byte("urgent"),
	[]byte("兼职"), []byte("全职"), []byte("急招"),
}

// tagLen returns the length of the tag that starts line before a title,
// with the spaces after it: words in brackets that name no role, as a
// banner or a place ("[HIRING - Freelance / Part-time] Affiliate
// Coordinator", 【成都】社群运营), or a banner or a code before a bar
// (内推｜用户运营, "REQ-20419 | Growth Director") or a department that the
// job after the bar or a spaced dash restates ("Product | Product
// Operations Manager"), or
// a banner that shouts (We're hiring! 📣, 急招！). It
// returns 0 if line starts with no such tag ("(Senior) Community Manager")
// or the tag is all of it.
func tagLen(line []byte, s *automaton.Scratch, found *[]automaton.Match) int {
	if sym := len(line) - len(bytes.TrimLeftFunc(line, isShouting)); sym > 0 && sym < len(line) {
		// Emoji before the tag, or before the title: "📣 [HIRING] F&B
		// Service Crew".
		return sym + tagLen(line[sym:], s, found)
	}
	head := line[:min(len(line), maxTagBytes)]
	n := 0 // the tag's length, with its closing bracket or bar
	bar := false
	var field []byte // before the bar
	switch {
	case bytes.HasPrefix(line, []byte("[")):
		if k := bytes.IndexByte(head, ']'); k > 0 {
			n = k + len("]")
		}
	case bytes.HasPrefix(line, []byte("【")):
		if k := bytes.Index(head, []byte("】")); k > 0 {
			n = k + len("】")
		}
	default:
		// A bar, ASCII or full-width, or a tab between a table's cells
		// (JR-2291<TAB>Community Operations Manager); IndexAny would
		// decode head rune by rune.
		k, w := bytes.IndexByte(head, '|'), 1
		if j := bytes.Index(head, []byte("｜")); j >= 0 && (k < 0 || j < k) {
			k, w = j, len("｜")
		}
		if j := bytes.IndexByte(head, '\t'); j >= 0 && (k < 0 || j < k) {
			k, w = j, 1
		}
		if k > 0 {
			n, bar, field = k+w, true, head[:k]
		}
	}
	k := bytes.IndexByte(head, '!')
	if k < 0 {
		k = bytes.Index(head, []byte("！"))
	}
	if n == 0 && k > 0 && isBannerLead(head[:k]) {
		// A banner that shouts: "We're hiring! 📣 Social Media Executive".
		n = len(line) - len(bytes.TrimLeftFunc(line[k:], isShouting))
		if n < len(line) {
			return n
		}
		return 0
	}
	if n == 0 {
		// And after a spaced dash: "Product - Product Operations
		// Manager, Payments".
		if k := dashIndex(head); k > 0 {
			if rest := trimSpaceBytes(line[k+dashLen(line[k:]):]); restates(rest, head[:k]) {
				return len(line) - len(rest)
			}
		}
		if k := tagDashLen(head, s, found); k > 0 {
			if rest := trimSpaceBytes(line[k:]); len(rest) > 0 {
				return len(line) - len(rest)
			}
		}
	}
	rest := trimSpaceBytes(line[n:])
	if n == 0 || len(rest) == 0 {
		return 0 // no tag, or a tag and nothing after it
	}
	if bar && (isCode(trimSpaceBytes(field)) || isLabel(trimSpaceBytes(field), employmentTags)) {
		return len(line) - len(rest) // JR-2291 | Retention Director; CONTRACT | KYC Operations Analyst
	}
	if bar && restates(rest, field) {
		// A department or a careers site's category that the job
		// restates: "Product | Product Operations Manager".
		return len(line) - len(rest)
	}
	*found = findTitleWords((*found)[:0], line[:n], s)
	if bar && len(*found) == 0 {
		return 0 // a field before a bar that is no banner: Growth Lead | Berlin
	}
	employer := !bar // lenticular brackets may hold the employer, whatever its trade
	for _, f := range *found {
		switch titleWords[f.Pattern].role {
		case roleBanner, roleMask:
		case roleOther:
			// 【中原驿达供应链】绩效考核专员: an employer's name, when the
			// rest names a job with its own noun or head.
			if !employer {
				return 0
			}
		default:
			return 0
		}
	}
	if employer && len(*found) > 0 && !headsField(rest, s, found) {
		return 0 // 【门市人员（正职）】药妆连锁 晋升店长: the bracket is the job
	}
	return len(line) - len(rest)
}

// tagDashLen returns the length of the tag that starts head with the dash
// after it, or 0: a banner before a dash, spaced or not (2027届校园招聘-
// 运营管培生), or the kind of HR document about the job before a spaced one
// ("30/60/90-Day Onboarding Plan — Content Moderation Team Lead").
func tagDashLen(head []byte, s *automaton.Scratch, found *[]automaton.Match) int {
	if k, n := bannerDash(head); k > 0 && bannerOnly(head[:k], s, found) {
		return k + n
	}
	if k := dashIndex(head); k > 0 && namesDocument(head[:k], s, found) {
		return k + dashLen(head[k:])
	}
	return 0
}

// bannerDash returns the index and the length of the first dash in b,
// spaced or not (a hyphen, a full-width hyphen, an em dash or two), or -1, 0.
func bannerDash(b []byte) (i, n int) {
	i = -1
	for _, d := range [...]string{"——", "—", "－", "-", "–"} {
		if k := bytes.Index(b, []byte(d)); k >= 0 && (i < 0 || k < i) {
			i, n = k, len(d)
		}
	}
	return i, n
}

// documentEnds are the last words of the name of an HR document in
// English: "Onboarding Plan", "Interview Scorecard", "Offer Letter" (a
// form's, "form", heads one of its own: see isLatinFormHeading).
var documentEnds = [...]string{"plan", "scorecard", "letter", "description", "profile", "request", "feedback", "notes", "case", "brief", "checklist", "approval"}

// namesDocument reports whether b, the start of a line before a dash,
// names the kind of HR document the line heads in English and no job:
// "30/60/90 Onboarding Plan", "Role Profile".
func namesDocument(b []byte, s *automaton.Scratch, found *[]automaton.Match) bool {
	if hasHan(b) || !slices.ContainsFunc(documentEnds[:], func(w string) bool { return endsWithWord(b, w) }) {
		return false
	}
	*found = findTitleWords((*found)[:0], b, s)
	for _, f := range *found {
		if r := titleWords[f.Pattern].role; r == roleHead || r == roleOther {
			return false
		}
	}
	return true
}

// bannerOnly reports whether the title words of b are banners only, and
// b holds one: 2027届校园招聘, 社会招聘.
func bannerOnly(b []byte, s *automaton.Scratch, found *[]automaton.Match) bool {
	*found = findTitleWords((*found)[:0], b, s)
	for _, f := range *found {
		if titleWords[f.Pattern].role != roleBanner {
			return false
		}
	}
	return len(*found) > 0
}

// headsField reports whether the first field of line, up to a space, an
// ideographic space or a bar, holds a head noun of titleWords: whether it
// names a job of its own. It leaves in *found the title words of the field.
func headsField(line []byte, s *automaton.Scratch, found *[]automaton.Match) bool {
	if k := bytes.IndexAny(line, " |\u3000｜"); k >= 0 {
		line = line[:k]
	}
	*found = findTitleWords((*found)[:0], line, s)
	for _, f := range *found {
		if titleWords[f.Pattern].role == roleHead {
			return true
		}
	}
	return false
}

// idLabels are the words before a requisition's number in the first field
// of a row of openings, in lower case.
var idLabels = [...]string{"req", "req id", "req no", "req #", "requisition", "requisition id", "job id", "job no", "job ref", "ref", "ref no", "posting id", "需求编号", "职位编号", "岗位编号", "招聘编号", "编号"}

// idFieldLen returns the length of the requisition's number that starts a
// row of fields parted by bars, with the bar after it ("REQ 7783 |
// Workforce Planning Analyst | Customer Care Operations", "需求编号
// HR-2024-0817 | 项目运营专员 | 交付中心"), or 0: a code, or one of idLabels and
// a code, perhaps with a colon between.
func idFieldLen(line []byte) int {
	i := firstSeparator(line, []string{" | ", "｜"})
	if i < 0 {
		return 0
	}
	field := trimSpaceBytes(line[:i])
	if !isCode(field) {
		k := bytes.LastIndexByte(field, ' ')
		if k < 0 || !isCode(field[k+1:]) {
			return 0
		}
		label := trimSpaceBytes(bytes.TrimRight(trimSpaceBytes(field[:k]), ":：#.")) // REQ#, Ref.
		if !slices.ContainsFunc(idLabels[:], func(l string) bool { return equalFoldString(label, l) }) {
			return 0
		}
	}
	n := len(" | ")
	if bytes.HasPrefix(line[i:], []byte("｜")) {
		n = len("｜")
	}
	j, _ := trimSpace(line[i+n:])
	return i + n + j
}

// isCode reports whether b is a code, as a requisition's number
// ("REQ-20419", "JR_1043", "#4521"): one word of ASCII letters, digits and
// -_#/. with a digit.
func isCode(b []byte) bool {
	digit := false
	for _, c := range b {
		switch {
		case isDigit(c):
			digit = true
		case isASCIILetter(c) || c == '-' || c == '_' || c == '#' || c == '/' || c == '.':
		default:
			return false
		}
	}
	return digit
}

// isFormNumber reports whether line starts with a form's number: "Form
// HR-REC-07 rev 2026", "Form No. 12-B".
func isFormNumber(line []byte) bool {
	if !hasPrefixFold(line, "form ") {
		return false
	}
	rest := line[len("form "):]
	if hasPrefixFold(rest, "no. ") {
		rest = rest[len("no. "):]
	}
	if k := bytes.IndexByte(rest, ' '); k >= 0 {
		rest = rest[:k]
	}
	return isCode(rest)
}

// titlePrefix returns the length of the title that starts a field too long
// to be one, where nothing parts the title from the words after it, as in
// "Senior Community Manager Tessellate (open-source developer tools)": up
// to the end of the last title word in its first maxTitleRunes runes, and
// the words in brackets right after it. It returns 0 for a field that is
// not too long or holds no such title.
func titlePrefix(f []byte, s *automaton.Scratch, found *[]automaton.Match) int {
	cut, runes := 0, 0
	for cut < len(f) && runes < maxTitleRunes-1 {
		_, n := utf8.DecodeRune(f[cut:])
		cut += n
		runes++
	}
	if cut == len(f) {
		return 0
	}
	*found = findTitleWords((*found)[:0], f[:cut], s)
	if len(*found) == 0 {
		return 0
	}
	end := (*found)[len(*found)-1].End
	if end == cut {
		return 0 // the last title word may go on past the cut
	}
	i, _ := trimSpace(f[end:])
	if q := qualifierLen(f[end+i:]); q > 0 {
		end += i + q
	}
	if !looksLikeTitle(f[:end], s, found) {
		return 0
	}
	return end
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

// acronymJoins returns where the field ends that follows line[k:j], words
// in brackets after a field, when they are an acronym in capitals ("(WFM)",
// "(CRM)") with a word right after them, which the field continues:
// "Workforce Management (WFM) Analyst"; or 0.
func acronymJoins(line []byte, k, j int) int {
	if j-k < len("(AB)") || line[k] != '(' || j+1 >= len(line) || line[j] != ' ' || !isASCIILetter(line[j+1]) || !isAcronym(line[k+1:j-1]) {
		return 0
	}
	return j + 1 + fieldLen(line[j+1:])
}

// fieldSeparators part the fields of a line of a resume's experience;
// two spaces and spacedDashes part them too (see separatorLen).
var fieldSeparators = [...]string{
	"\t", "|", "｜", ",", "，", "(", ")", "（", "）", "【", "】", "[", "]", "　", " · ", " @ ", " at ",
	"——", // a Chinese dash: 某银行运营中心（合肥）——集中作业岗
	// The underline of a heading, where the line breaks were lost:
	// "Data Operations Engineer ======== **Waikato Dairy Analytics**".
	" ===", " ---",
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
	if len(b) == 0 {
		return 0
	}
	switch b[0] {
	case ' ':
		if len(b) >= 2 && b[1] == ' ' {
			// Two spaces or more, and a separator that starts with a
			// space after them: "Ethan Liang  · Senior Product Manager".
			n := 2
			for n < len(b) && b[n] == ' ' {
				n++
			}
			for _, sep := range fieldSeparators {
				if sep[0] == ' ' && bytes.HasPrefix(b[n-1:], []byte(sep)) {
					return n - 1 + len(sep)
				}
			}
			return n
		}
		if n := dashLen(b); n > 0 {
			return n
		}
	case '\t', '|', ',', '(', ')', '[', ']', 0xE2, 0xE3, 0xEF: // 0xE2, 0xE3 and 0xEF lead ——, 【】　 and ｜，（）
	default:
		return 0 // the byte starts no separator: most bytes
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
	"公司", "集团", "工作室", "事务所", "大学", "学院", "Inc", "Ltd", "LLC", "GmbH", "Corp", "University",
	"Co.", "Company", "Pty", "PLC", "LLP", "Bhd",
	// Continental Europe's legal forms: Quellmark Software AG.
	"AG", "KG", "KGaA", "gGmbH", "e.V.", "B.V.", "N.V.", "S.A.", "S.L.", "S.p.A.", "SpA", "Oy", "ApS", "Sdn",
}

// employerNameOnly reports whether line is an employer's name (see
// employerName) and nothing more: no title words (words, found in line)
// but those of other professions, which the employer's trade may hold.
func employerNameOnly(line []byte, words []automaton.Match) bool {
	for _, w := range words {
		if titleWords[w.Pattern].role != roleOther {
			return false // "Community Manager Quellmark GmbH"
		}
	}
	return employerName(line)
}

// employerName reports whether line is an employer's name in Latin
// script: two capitalised words or more that end with a legal form of
// employerWords ("Belegkasse Software GmbH", "Acme Software Ltd.") or one
// of employerTrades ("Tidewater Software"), without the separators that
// would part a job from it.
func employerName(line []byte) bool {
	line = bytes.TrimSuffix(bytes.Trim(line, "*_"), []byte(".")) // and Markdown's emphasis: **Donauwerke Vertrieb & Service GmbH**
	k := bytes.LastIndexByte(line, ' ')
	if k <= 0 || bytes.ContainsAny(line, "|·,()–—") || dashIndex(line) >= 0 || !capitalisedWords(line) {
		return false
	}
	last := line[k+1:]
	for _, w := range employerWords {
		if w[0] < utf8.RuneSelf && string(last) == strings.TrimSuffix(w, ".") {
			return true
		}
	}
	for _, w := range employerTrades {
		if string(last) == w {
			return true
		}
	}
	return false
}

// employerEnds are the words that end an employer's name, and may stand
// elsewhere in a title.
var employerEnds = [...]string{"Group", "Holdings", "Partners"}

// isEmployer reports whether a field of a resume's experience names an
// employer: it holds one of employerWords, a Latin one as a whole word
// ("Acme Inc.", not "Incident Manager"), or is a name that ends with one
// of employerEnds ("Cascadia Courier Group", not "Group Operations
// Manager", nor "Chief Financial Officer — Halden Brands Group", whose
// employer follows the job).
func isEmployer(f []byte) bool {
	for _, w := range employerEnds {
		if n := len(f) - len(w); n > 0 && f[n-1] == ' ' && string(f[n:]) == w && dashIndex(f) < 0 && bytes.IndexByte(f, '|') < 0 {
			return true
		}
	}
	for _, w := range employerWords {
		for i := 0; i < len(f); {
			k := bytes.Index(f[i:], []byte(w))
			if k < 0 {
				break
			}
			k += i
			end := k + len(w)
			if w[0] >= utf8.RuneSelf || (k == 0 || !isASCIIAlnum(f[k-1])) && (end == len(f) || !isASCIIAlnum(f[end])) {
				return true
			}
			i = k + 1
		}
	}
	return false
}

// departmentEnds end the name of a department, which a resume or a
// posting may set before the job: 用户运营部 | 运营专员, "Growth Team —
// Analyst", "Operations Practice" in a consulting firm, and the offices of
// a company's heads (總經理室｜營運協調專員).
var departmentEnds = append([]string{"部", "部门", "中心", "事业群", "团队", " department", " dept", " team", " practice"}, headOffices...)

// headOffices end the name of the office of a company's head.
var headOffices = []string{"经理室", "总裁室", "董事长室", "总经办"}

// departmentLen returns the length of the department that starts line,
// a title, with the dash or the space after it, when the job after it is
// another profession's: 运营管理部—清算交收岗 and 仓储运营中心 仓管员 name a
// settlement clerk's and a storekeeper's jobs, whatever the department;
// or when the department names another profession and a job follows:
// 客服中心 品质与流程改善专员 improves the service centre's processes. 用户运营部
// 运营专员 keeps the department that says which operations. It returns 0
// otherwise.
func departmentLen(line []byte, s *automaton.Scratch, found *[]automaton.Match) int {
	for _, sep := range [...]string{"——", "—", "－", " - ", "｜", " | ", " "} {
		k := bytes.Index(line, []byte(sep))
		if k <= 0 || !isDepartment(trimSpaceBytes(line[:k])) {
			continue
		}
		rest := k + len(sep)
		for rest < len(line) && line[rest] == ' ' {
			rest++
		}
		if r, _ := utf8.DecodeRune(line[rest:]); rest == len(line) || sep == " " && !fold.IsHan(r) {
			continue
		}
		*found = findTitleWords((*found)[:0], line[:k], s)
		b := bytes.IndexAny(line[:k], "(（")
		if b < 0 {
			b = k
		}
		if slices.ContainsFunc(*found, func(f automaton.Match) bool { return titleWords[f.Pattern].level != 0 && f.Start < b }) {
			// The job, then its department: 客服品质稽核专员（QA） 远讯电信
			// 客服中心 ｜ …; a level in brackets is the former job of a
			// transfer's (由客服中心（在线客服组长）转至运营支持部).
			continue
		}
		other := holdsOther(*found, k) // the department's
		*found = findTitleWords((*found)[:0], line[rest:], s)
		if holdsOther(*found, len(line)) || other && holdsRole(*found, 0, len(line)-rest) {
			return rest
		}
	}
	return 0
}

// holdsOther reports whether a word of another profession starts before
// end in words.
func holdsOther(words []automaton.Match, end int) bool {
	for _, f := range words {
		if f.Start < end && titleWords[f.Pattern].role == roleOther {
			return true
		}
	}
	return false
}

// isDepartment reports whether a field of a resume's experience names a
// department rather than the job.
func isDepartment(f []byte) bool {
	if len(f) > len("office of ") && bytes.EqualFold(f[:len("office of ")], []byte("office of ")) {
		return true // "Office of the COO - Executive Assistant"
	}
	for _, e := range departmentEnds {
		if len(f) > len(e) && bytes.EqualFold(f[len(f)-len(e):], []byte(e)) {
			return true
		}
	}
	return false
}

// departmentAfterJob reports whether line, which ends with a department
// (see isDepartment), names a job with its level before a dash or a bar
// and the department after it: 运力调度主管-同城配送事业部 is the job, not a
// department's banner over it. Words are line's title words.
func departmentAfterJob(line []byte, words []automaton.Match) bool {
	k := bytes.LastIndexAny(line, "-|")
	for _, sep := range [...]string{"－", "—", "｜"} {
		k = max(k, bytes.LastIndex(line, []byte(sep)))
	}
	if k <= 0 {
		return false
	}
	for _, w := range words {
		if w.End <= k && titleWords[w.Pattern].role == roleHead {
			return true
		}
	}
	return false
}

// jobNotices are the words with which an employer's letterhead announces
// a posting, in lower case: "Oxbow County Public Library · Human Resources
// · Job Announcement" over the job's title.
var jobNotices = [...]string{
	"job announcement", "job posting", "job advertisement", "vacancy announcement", "vacancy notice",
	"position announcement", "employment opportunity", "employment opportunities", "career opportunity",
}

// announcesJob reports whether line holds one of jobNotices, or is a
// site's header with a field that names its careers pages: "Beacon & Loom
// | Careers | Product" over the posting's title.
func announcesJob(line []byte) bool {
	if containsAnyFold(line, jobNotices[:]...) {
		return true
	}
	if !bytes.Contains(line, []byte(" | ")) {
		return false // a line without bars is no header
	}
	for rest := line; ; {
		field, after, more := bytes.Cut(rest, []byte(" | "))
		if isLabel(trimSpaceBytes(field), careersFields[:]) {
			return true
		}
		if !more {
			return false
		}
		rest = after
	}
}

// careersFields name a site's careers pages in a header's fields.
var careersFields = [...][]byte{[]byte("careers"), []byte("jobs"), []byte("open positions"), []byte("karriere"), []byte("stellenangebote"), []byte("jobs & karriere")}

// namesEmployer reports whether a top line of a document names an
// employer (see isEmployer) outside the brackets that may end it: the
// words in brackets after a title may say what kind of employer the job is
// with (运营总监（连锁酒店集团）) and leave it a title. A line of two or
// three capitalised words that ends with "Software" names a software
// firm too (**Quillmark Software** over the title), though in a title run
// on into the text the words may be the employer after the job.
func namesEmployer(line []byte) bool {
	line = bytes.Trim(line, "*_") // Markdown's emphasis
	if n := bytes.Count(line, []byte(" ")); (n == 1 || n == 2) && bytes.HasSuffix(line, []byte(" Software")) && capitalisedWords(line) {
		return true
	}
	return isEmployer(line[:bracketStart(line)])
}

// fieldEnd returns where the value after a label ends in line: before a
// tab, two spaces or an ideographic space, which in a form such as
// "求职意向：用户运营    期望城市：杭州" start the next field, or before a
// space and the next field's Chinese label, as a page's text or a form
// that collapses the spaces writes it: "求职意向：招聘专员 期望城市：成都".
func fieldEnd(line []byte) int {
	for i, b := range line {
		switch {
		case b == '\t', b == ' ' && i+1 < len(line) && (line[i+1] == ' ' || line[i+1] == '|' || hanLabelFollows(line[i+1:]) || dotFollows(line[i+1:]) && !hasHan(line[:i])),
			b == '*' && i > 0 && i+1 < len(line) && line[i+1] == '*': // the end of Markdown's emphasis
			return i
		case b == 0xE3 && string(line[i:min(i+3, len(line))]) == "\u3000",
			b == 0xEF && string(line[i:min(i+3, len(line))]) == "｜":
			return i
		}
	}
	return len(line)
}

// dotFollows reports whether rest starts with a spaced dot that parts
// fields: "Growth Operations Lead · Tallis Freight · Leeds". (A Chinese
// resume's 当前：某某公司 · 运营策略总监 names the employer first.)
func dotFollows(rest []byte) bool {
	return bytes.HasPrefix(rest, []byte("· ")) || bytes.HasPrefix(rest, []byte("• "))
}

// hanLabelFollows reports whether rest starts with a Chinese label of two
// to six characters and its colon: 期望城市：.
func hanLabelFollows(rest []byte) bool {
	n := 0
	for _, r := range string(rest[:min(len(rest), 7*utf8.UTFMax)]) {
		switch {
		case r == '：' || r == ':':
			return n >= 2
		case n < 6 && unicode.Is(unicode.Han, r):
			n++
		default:
			return false
		}
	}
	return false
}

// isPositionLabel reports whether label, a label with its colon or tab as
// labelEnd finds it, is one of positionLabels.
func isPositionLabel(label []byte) bool {
	return labelIs(label, positionLabels)
}

// labelIs reports whether label, a label with its colon or tab as labelEnd
// finds it, is one of ls (see isSpacedLabel).
func labelIs(label []byte, ls [][]byte) bool {
	if len(label) == 0 {
		return false
	}
	label = bytes.TrimSuffix(label, []byte("**"))
	if bytes.HasSuffix(label, []byte(":-")) {
		label = label[:len(label)-1] // see labelEnd
	}
	_, n := utf8.DecodeLastRune(label) // the colon, tab or bar
	start, _ := labelStart(label)
	if start > len(label)-n {
		return false
	}
	return isSpacedLabel(bytes.TrimRight(label[start:len(label)-n], "*"), ls)
}

// labelStart returns where a label that begins line starts: after the bar
// of a Markdown table's row (table is then true), or after a bullet
// (‧希望職稱：門市人員) or a symbol or an emoji that serves as one (📌 职位：…,
// ▌岗位：…) and the spaces after it, also in a Markdown heading or quote
// (## ▌岗位：…, > 职位：…).
func labelStart(line []byte) (start int, table bool) {
	// A Markdown quote's mark (> 职位：…) or heading's marks (## ▌岗位：大客户销售经理).
	h := 0
	if bytes.HasPrefix(line, []byte("> ")) {
		h = len("> ")
	}
	for h < len(line) && line[h] == '#' {
		h++
	}
	if h > 0 && line[h-1] == '#' {
		if h == len(line) || line[h] != ' ' {
			return 0, false
		}
		for h < len(line) && line[h] == ' ' {
			h++
		}
	}
	switch r, n := utf8.DecodeRune(line[h:]); {
	case r == '|' && h == 0:
		return 1, true
	case r == '‧' || r == '•' || r == '·' || r == '●' || r == '▪' || isSymbolMark(r) ||
		r == '-' && h+1 < len(line) && line[h+1] == ' ':
		h += n
		for h < len(line) && line[h] == ' ' {
			h++
		}
	}
	// Markdown's emphasis: **求职意向：** 用户运营.
	if bytes.HasPrefix(line[h:], []byte("**")) || bytes.HasPrefix(line[h:], []byte("__")) {
		h += 2
	}
	return h, false
}

// isSpacedLabel reports whether name, trimmed, is one of ls, ignoring ASCII
// case and the spaces that resume exports set between the characters of a
// Chinese label to align a column (职 位：, 公　司：).
func isSpacedLabel(name []byte, ls [][]byte) bool {
	name = trimSpaceBytes(name)
	if len(name) > 2 && name[0] == '"' && name[len(name)-1] == '"' {
		name = name[1 : len(name)-1] // a JSON record's key: "jobTitle":
	}
	if isLabel(name, ls) {
		return true
	}
	if len(name) > 2*maxLabelBytes || bytes.IndexByte(name, ' ') < 0 && !bytes.Contains(name, []byte("\u3000")) {
		return false
	}
	if k := bytes.IndexByte(name, ' '); k > 0 {
		// A label and its translation after its first space: 求职意向
		// Target Position, "Position 职位".
		first, second := name[:k], trimSpaceBytes(name[k+1:])
		if hasHan(first) != hasHan(second) && (isLabel(first, ls) || isLabel(second, ls)) {
			return true
		}
	}
	if name[0] < utf8.RuneSelf {
		return false // a label in Latin script: its spaces are its own
	}
	var buf [2 * maxLabelBytes]byte
	return isLabel(compactHan(buf[:0], name), ls)
}

// otherLabels are labels of the lines at the top of a posting whose values
// are no title, though they may hold a title word: "Pay: $24/hr" (HR),
// "Salary: SGD 3,500 + sales commission", "Reports to: Head of
// Operations"; compared with bytes.EqualFold.
var otherLabels = [][]byte{
	[]byte("pay"), []byte("salary"), []byte("compensation"), []byte("rate"), []byte("location"),
	[]byte("schedule"), []byte("hours"), []byte("shift"), []byte("reports to"), []byte("reporting to"),
	[]byte("start date"), []byte("contract"), []byte("job type"), []byte("employment type"),
	[]byte("薪资"), []byte("薪酬"), []byte("工资"), []byte("待遇"), []byte("薪资待遇"), []byte("薪酬待遇"), []byte("工资待遇"),
	[]byte("薪资福利"), []byte("薪酬福利"), []byte("工作地点"),
	[]byte("地点"), []byte("工作地址"), []byte("地址"), []byte("工作时间"), []byte("上班时间"), []byte("汇报对象"),
	// Numbers and dates of a document: 文件编号：HR-JD-RM-017.
	[]byte("文件编号"), []byte("编号"), []byte("岗位编号"), []byte("职缺编号"),
	[]byte("表单编号"), []byte("表格编号"), []byte("单据编号"), []byte("需求单号"), []byte("单号"),
	[]byte("form no"), []byte("form number"), []byte("document no"), []byte("document number"),
	[]byte("生效日期"), []byte("发布日期"), []byte("发佈日期"), []byte("日期"), []byte("版本"), []byte("版本号"),
	[]byte("job id"), []byte("req id"), []byte("requisition id"), []byte("reference"), []byte("ref"), []byte("posted"),
	[]byte("date posted"), []byte("closing date"),
	// Where a resume came from and when: 简历来源：招聘APP候选人投递（系统转发）.
	[]byte("简历来源"), []byte("来源"), []byte("投递时间"), []byte("简历來源"), []byte("來源"), []byte("source"),
	// Who keeps a document and when: 文档维护：财富科技中心 HRBP.
	[]byte("文档维护"), []byte("维护人"), []byte("编制人"), []byte("审核人"), []byte("最近更新"), []byte("更新时间"), []byte("更新日期"),
	[]byte("编制"), []byte("编制部门"), []byte("编制单位"), []byte("起草部门"), []byte("归口部门"), []byte("审核"), []byte("批准"), []byte("审批"),
	// An e-mail's sender and addressees: "From: Rachel Tan · Talent
	// Partner at Lumio" names the recruiter's job, not the one offered.
	[]byte("from"), []byte("to"), []byte("cc"), []byte("发件人"), []byte("收件人"), []byte("抄送"), []byte("寄件者"), []byte("收件者"),
	// A voice message's or a chat's sender and length: 发送人：周敏-猎头,
	// and a forum post's author: 发帖人：某茶叶品牌 直播负责人.
	[]byte("发送人"), []byte("发送者"), []byte("发信人"), []byte("sender"), []byte("时长"), []byte("duration"),
	[]byte("发帖人"), []byte("楼主"), []byte("posted by"),
	// A chat export's counterpart: 聊天对象：周蔓（栖木人才-高级顾问）; a
	// recording's speakers and file: 说话者：Vivian（猎才顾问）, "Participants:
	// Hollie Prentice (Talent Acquisition Partner), Kieran Mbeki".
	[]byte("聊天对象"), []byte("会话对象"), []byte("联系人"), []byte("chat with"), []byte("对话"), []byte("对话双方"),
	// A call's parties, and a transcript's speakers by letter: 拨出方：鹭岛星垣互娱
	// 招聘 小林, "A：104獵才顧問 王雅婷".
	[]byte("拨出方"), []byte("接听方"), []byte("主叫"), []byte("被叫"), []byte("来电方"), []byte("a"), []byte("b"), []byte("q"),
	[]byte("说话者"), []byte("说话人"), []byte("发言人"), []byte("参会人"), []byte("与会者"), []byte("档名"), []byte("文件名"),
	[]byte("participants"), []byte("attendees"), []byte("speakers"), []byte("speaker"), []byte("file name"), []byte("filename"),
	// A notice's author, source and dates: 作者：人事处.
	[]byte("作者"), []byte("来源"), []byte("信息来源"), []byte("发布单位"), []byte("发布人"), []byte("发布时间"), []byte("点击量"), []byte("浏览次数"),
	// Where the job sits: "Department: Operations" names no job.
	[]byte("department"), []byte("dept"), []byte("division"), []byte("部门"), []byte("所属部门"),
	[]byte("现部门"), []byte("原部门"), []byte("所在部门"), []byte("现所在部门"),
	// Who hires and whom a form is about: "Company: Parcelwise Inc.",
	// "Hiring manager: Dana Whitfield, Director of Talent Acquisition".
	[]byte("company"), []byte("employer"), []byte("company name"), []byte("公司"), []byte("公司名称"), []byte("企业名称"),
	[]byte("hiring manager"), []byte("candidate"), []byte("candidate name"), []byte("用人经理"), []byte("候选人"),
	[]byte("caller"), []byte("interviewer"), []byte("recruiter"), []byte("面试官"),
}

// isOtherLabel reports whether label, a label with its colon or tab as
// labelEnd finds it, is one of otherLabels.
func isOtherLabel(label []byte) bool {
	return labelIs(label, otherLabels)
}

// bracketedClause returns the length of the first clause of line, up to
// its first Chinese comma, when the clause ends with words in brackets
// after others (Java后端开发（营销中台方向），做优惠券…), or 0.
func bracketedClause(line []byte) int {
	k := bytes.Index(line, []byte("，"))
	if k <= 0 || !bytes.HasSuffix(line[:k], []byte("）")) || bracketStart(line[:k]) == 0 {
		return 0
	}
	return k
}

// overlongTitle returns the length of the title that starts a top line of
// a posting too long to be one, as "IT Operations Technician – Network
// Operations Center (NOC) – Night Shift" or "Live Commerce Host &
// Operations Executive (TikTok Shop / Shopee Live)": the line up to its
// first spaced dash, bar, tab or two spaces, without the words in brackets
// at its end if it is still too long, and then up to a spaced slash, which
// parts two titles ("Assistant Marketing Manager / Senior Marketing
// Officer (Promotions & Events) 推廣及活動"). It returns 0 for a line short enough
// to be a title or far too long (see leadTitle), and for a line whose
// start is still too long. A bar that comes early enough ends the title
// before any dash.
func overlongTitle(line []byte) int {
	if len(line) <= maxTitleRunes || len(line) > longLine {
		return 0
	}
	if k := bracketStart(line); k < len(line) && genderNote(line[k:]) {
		// The gender note that ends a German posting's title says
		// nothing of the job: "Referent:in Vorstandsstab – Strategie &
		// Unternehmensentwicklung (w/m/d)" without it.
		if _, j := trimSpace(line[:k]); j > 0 && !moreRunes(line[:j], maxTitleRunes) {
			return j
		}
	}
	// A bar parts a job board's fields: the job with its qualifiers, then
	// the place ("Customer Operations Associate – Voice (US Telco Account)
	// | Iloilo City"). What stands before the first bar is the title when
	// it is short enough and no sentence.
	if i := bytes.IndexAny(line, "|\t"); i > 0 && moreRunes(line, maxTitleRunes) && !moreRunes(line[:i], maxTitleRunes) && !bytes.ContainsAny(line[:i], ";!?。，；！？") {
		if _, j := trimSpace(line[:i]); j > 0 {
			return j
		}
	}
	end := len(line)
	kept, keptEnd := -1, -1 // the first spaced dash before a qualifier kept, and the end of its floor word
	for i, c := range line {
		switch c {
		case ';', '!', '?', 0xE3: // and 0xEF below: the lead bytes of 。and ，；！？ ("Sr." is no sentence's end)
			if c == '!' && isBannerLead(line[:i]) {
				continue // "Walk-in Drive !! Customer Support Executive - …"
			}
			if c == 0xE3 && bytes.HasPrefix(line[i:], []byte("。")) || c != 0xE3 && i+1 < len(line) && line[i+1] == ' ' {
				return 0 // a sentence, no title, before any field's end
			}
			continue
		case '\t', '|':
		case ' ':
			rest := line[i+1:]
			if dot := bytes.HasPrefix(rest, []byte("· ")) || bytes.HasPrefix(rest, []byte("• ")); dot && kept >= 0 {
				continue // the floor word kept before it may end the title (see runOnFloorEnd)
			} else if !dot && !bytes.HasPrefix(rest, []byte(" ")) && dashLen(line[i:]) == 0 && !bytes.HasPrefix(rest, []byte("===")) && !bytes.HasPrefix(rest, []byte("---")) {
				continue // not a field's end (a spaced dot ends one: "Title · Employer"), nor a heading's underline
			}
			if n := dashLen(line[i:]); n > 0 && (levelOnly(line[:i]) || levelledAnalyst(line[:i])) {
				continue // "Manager - FP&A (Business Finance)": the function after the level
			} else if n > 0 && floorQualified(dashField(line[i+n:])) {
				// "Customer Operation Specialist – Portuguese (Chat &
				// Email Support)": the calls an agent answers, which
				// the title's rules read, if the title stays short
				// enough with them.
				if kept < 0 {
					kept = i
					if k := runOnFloorEnd(dashField(line[i+n:])); k >= 0 {
						keptEnd = i + n + k
					}
				}
				continue
			}
		case 0xEF: // the lead byte of ｜ and ，；！？
			switch {
			case bytes.HasPrefix(line[i:], []byte("，")), bytes.HasPrefix(line[i:], []byte("；")),
				bytes.HasPrefix(line[i:], []byte("！")) && !isBannerLead(line[:i]), bytes.HasPrefix(line[i:], []byte("？")):
				return 0
			case !bytes.HasPrefix(line[i:], []byte("｜")):
				continue
			}
		default:
			continue
		}
		end = i
		break
	}
	if !moreRunes(line, maxTitleRunes) {
		return 0 // short enough to be a title as it is
	}
	lead := bytes.TrimRight(trimSpaceBytes(line[:end]), "*_") // and the end of Markdown's emphasis
	if kept > 0 && moreRunes(lead, maxTitleRunes) && moreRunes(bytes.TrimRight(lead[:bracketStart(lead)], " "), maxTitleRunes) {
		lead = trimSpaceBytes(line[:kept]) // the qualifier kept makes it too long
		if keptEnd > 0 && !moreRunes(line[:keptEnd], maxTitleRunes) {
			// but not up to its floor word, when the text after it runs
			// on with no break: "Warehouse Operations Manager - 2nd
			// Shift Ridgeline Distribution Partners Chattanooga …".
			lead = line[:keptEnd]
		}
	}
	if moreRunes(lead, maxTitleRunes) && (bytes.HasSuffix(lead, []byte(")")) || bytes.HasSuffix(lead, []byte("）"))) {
		if i := max(bytes.LastIndexByte(lead, '('), bytes.LastIndex(lead, []byte("（"))); i > 0 {
			lead = trimSpaceBytes(lead[:i])
		}
	}
	if i := bytes.Index(lead, []byte(" / ")); i > 0 && moreRunes(lead, maxTitleRunes) {
		lead = lead[:i] // the first of titles set apart by slashes
	}
	if moreRunes(lead, maxTitleRunes) {
		// A qualifier in brackets ends a title that the place runs on
		// from with no break, as a line joined from a posting's first
		// lines does: "Lead, Trust & Safety Operations (Content Review
		// Queues) Dublin, IE / Hybrid".
		i := bytes.IndexAny(lead, ")）")
		if i < 0 {
			return 0
		}
		if lead[i] == ')' {
			i++
		} else {
			i += len("）")
		}
		if bracketStart(lead[:i]) == i || moreRunes(lead[:i], maxTitleRunes) || !placeFollows(lead[i:]) {
			return 0
		}
		lead = lead[:i]
	}
	return len(lead)
}

// placeFollows reports whether rest, the text after a title's bracket,
// goes on as a place or a field does, with a space and a capital or Han
// letter, and not as a sentence (" transitioning into…"), a speaker's
// words (": …") or a list (", ~85K DAU").
func placeFollows(rest []byte) bool {
	if len(rest) < 2 || rest[0] != ' ' {
		return false
	}
	r, _ := utf8.DecodeRune(rest[1:])
	return unicode.IsUpper(r) || fold.IsHan(r)
}

// levelledAnalyst reports whether b is "Analyst" with level words only
// before it ("Sr. Analyst", "Senior Analyst"), which names no work: the
// function follows its dash ("Sr. Analyst – Trust & Safety Policy").
func levelledAnalyst(b []byte) bool {
	b = trimSpaceBytes(b)
	if len(b) < len("analyst") || !equalFoldString(b[len(b)-len("analyst"):], "analyst") {
		return false
	}
	before := trimSpaceBytes(b[:len(b)-len("analyst")])
	return len(before) > 0 && levelOnly(before)
}

// dashField returns the start of b up to its first spaced dash or bar.
func dashField(b []byte) []byte {
	if k := dashIndex(b); k >= 0 {
		b = b[:k]
	}
	if k := bytes.IndexByte(b, '|'); k >= 0 {
		b = b[:k]
	}
	return b
}

// moreRunes reports whether b holds more than n runes; unlike
// utf8.RuneCount, it copies nothing and stops at rune n+1.
func moreRunes(b []byte, n int) bool {
	for i := 0; i < len(b); n-- {
		if n == 0 {
			return true
		}
		_, size := utf8.DecodeRune(b[i:])
		i += size
	}
	return false
}

// mayBeLabelled reports whether line may be a position label alone or
// start with one (see loneLabel and labelEnd): it is short, or has a colon,
// tab or bar where a label's would be, as in a table's row of a form (| 求职意向
// | 电商运营 | …). It spares the lines below the top of a document the
// reading of their labels.
func mayBeLabelled(line []byte) bool {
	if len(line) <= 2*maxLabelBytes {
		return true
	}
	for i, c := range line[:min(len(line), 2*maxLabelBytes+2*utf8.UTFMax)] { // a label, or one with its translation
		if c == ':' || c == '\t' || c == '|' || c == 0xEF && (bytes.HasPrefix(line[i:], []byte("：")) || bytes.HasPrefix(line[i:], []byte("｜"))) {
			return true
		}
	}
	return false
}

// maxArticleLines bounds the non-blank lines of an article's introduction
// that lateLoneLabel passes over to the label of the job it announces.
const maxArticleLines = 60

// lateLoneLabel returns the bounds of the job under a label alone on its
// line (see loneLabel) past the top maxLabelledLines non-blank lines and
// within maxArticleLines, as a WeChat article announces a job after a long
// introduction of the company (【招聘岗位】, then 平面设计师（新媒体方向）｜2名),
// if the next non-blank line looks like a title; or -1, -1.
func lateLoneLabel(text []byte, s *automaton.Scratch, found *[]automaton.Match) (start, end int) {
	waiting, lines := false, 0
	for at, line := range articleLines(text) {
		lines++
		if waiting {
			if e := fieldTitleLen(line, s, found); e > 0 {
				return at, at + e
			}
			waiting = false
		}
		waiting = lines > maxLabelledLines && loneLabel(line)
	}
	return -1, -1
}

// articleLines yields the non-blank lines of text within maxArticleLines,
// trimmed, with where each starts.
func articleLines(text []byte) iter.Seq2[int, []byte] {
	return func(yield func(int, []byte) bool) {
		for pos, lines := 0, 0; pos < len(text) && lines < maxArticleLines; pos = nextLine(text, pos) {
			i, j := trimSpace(text[pos:nextLine(text, pos)])
			if i == j {
				continue
			}
			lines++
			if !yield(pos+i, text[pos+i:pos+j]) {
				return
			}
		}
	}
}

// fieldTitleLen returns the length of the title that starts line, its
// leading field without the pay after it, or 0 if that reads as no title.
func fieldTitleLen(line []byte, s *automaton.Scratch, found *[]automaton.Match) int {
	n := leadingTitleField(line, s, found)
	n = min(n, withoutPay(line[:n]))
	if _, e := trimSpace(line[:n]); e > 0 && looksLikeTitle(line[:e], s, found) {
		return e
	}
	return 0
}

// noticeFirstJob returns the bounds of the first post in a notice that
// announces several (河南冰途冷链物流有限公司2026年招聘简章, then the company,
// then 一、运营流程优化专员（运营管理部）): the first numbered heading within
// maxArticleLines non-blank lines that, without its numbering, its
// decorations and a 岗位一： before it, looks like a title; or -1, -1. The
// notice's heading, its first non-blank line, must say it is one (see
// noticeWords).
func noticeFirstJob(text []byte, s *automaton.Scratch, found *[]automaton.Match) (start, end int) {
	first := true
	for at, line := range articleLines(text) {
		if first {
			if !containsAny(line, noticeWords[:]...) {
				return -1, -1
			}
			first = false
			continue
		}
		k := bytes.IndexFunc(line, func(r rune) bool { return !isDecoration(r) && r != ' ' }) // past ▌ and the like
		if k < 0 {
			continue
		}
		n := postNumberLen(line[k:])
		if startsSection(line[k:]) {
			n = numberingLen(line[k:]) // 一、, （二）; not a list's 1. 2. 3.
		}
		if n == 0 {
			continue
		}
		head := line[k+n:]
		if startsWord(head, noticeSections[:]) {
			continue // 一、关于我们, 三、招聘方向（共5大类）
		}
		if e := fieldTitleLen(head, s, found); e > 0 {
			return at + k + n, at + k + n + e
		}
		return -1, -1 // the first post names none that reads as a title
	}
	return -1, -1
}

// noticeWords say that a heading is a notice of posts; noticeSections
// start the headings of its sections other than the posts.
var (
	noticeWords    = [...]string{"招聘简章", "招聘公告", "招聘启事", "招聘信息", "招聘计划", "招聘需求", "岗位需求", "【招聘】"}
	noticeSections = [...]string{"关于", "招聘", "公司", "企业", "单位", "岗位职责", "任职", "福利", "薪酬", "待遇", "应聘", "报名", "联系", "工作地点", "面试", "其他", "注意"}
)

// postNumberLen returns the length of the 岗位一：or 岗位1： that numbers a
// post at the start of line, or 0.
func postNumberLen(line []byte) int {
	rest, ok := bytes.CutPrefix(line, []byte("岗位"))
	if !ok {
		return 0
	}
	count := len(rest)
	for len(rest) > 0 {
		r, n := utf8.DecodeRune(rest)
		if !isCountRune(r) {
			break
		}
		rest = rest[n:]
	}
	if len(rest) == count {
		return 0 // no number after 岗位
	}
	for _, c := range [...]string{"：", ":"} {
		if after, ok := bytes.CutPrefix(rest, []byte(c)); ok {
			return len(line) - len(trimSpaceBytes(after))
		}
	}
	return 0
}

// loneLabel reports whether line is a position label and nothing else,
// with or without its colon, as forms and table templates set a label over
// its value.
func loneLabel(line []byte) bool {
	if len(line) > 2*maxLabelBytes+4*utf8.UTFMax {
		return false // most lines
	}
	line = line[numberingLen(line):] // a notice's heading: 一、招聘岗位及人数
	if first, _ := utf8.DecodeRune(line); isDecoration(first) {
		// Decorations around it: ═══ 招聘岗位 ═══, 【招聘岗位】.
		i, j := trimFunc(line, isDecoration, isDecoration)
		line = line[i:j]
	}
	if len(line) > 2*maxLabelBytes {
		return false
	}
	r, n := utf8.DecodeLastRune(line)
	if r == ':' || r == '：' {
		line = line[:len(line)-n]
	}
	// A list's heading: 招聘岗位一览, 职位一览.
	line = bytes.TrimSuffix(line, []byte("一览"))
	return isSpacedLabel(line, positionLabels)
}

// hiringIntro reports whether line is a sentence that ends a notice's
// introduction with the verb that hires and a colon, the jobs on the lines
// below: 本店因发展需要，诚聘：, 现招聘以下岗位：.
func hiringIntro(line []byte) bool {
	if len(line) > maxIntroSentenceBytes {
		return false
	}
	r, n := utf8.DecodeLastRune(line)
	if r != ':' && r != '：' {
		return false
	}
	line = trimSpaceBytes(line[:len(line)-n])
	for _, w := range listedJobs {
		if bytes.HasSuffix(line, []byte(w)) {
			line = line[:len(line)-len(w)]
			break
		}
	}
	return endsWord(line, []string{"聘", "招"})
}

// introducesList reports whether line is a sentence that ends with a
// colon, over a list: 本次共招聘8名工作人员，具体岗位如下（详见附件1）：.
func introducesList(line []byte) bool {
	r, n := utf8.DecodeLastRune(line)
	return (r == ':' || r == '：') && (bytes.ContainsAny(line[:len(line)-n], ",，") || len(line) > 2*maxLabelBytes)
}

// maxIntroSentenceBytes bounds the sentence that hiringIntro reads.
const maxIntroSentenceBytes = 40 * 3

// listedJobs are the words after the verb of a sentence that introduces a
// list of jobs: 现招聘以下岗位：.
var listedJobs = []string{"以下岗位", "以下职位", "以下人员", "如下岗位", "如下职位", "如下人员", "以下", "如下"}

// valueStart returns where the value after a short label that begins line
// starts, past the label's colon and the spaces after it, or 0 if the line
// has no label.
func valueStart(line []byte) int {
	k := labelEnd(line)
	if k == 0 {
		return 0
	}
	skip, _ := trimSpace(line[k:])
	return k + skip
}

// Bounds of a table's header row whose column of positions (see
// headerColumn) names the job in the row below: its fewest cells, and the
// longest cell, a short label.
const (
	minHeaderCells     = 3
	maxHeaderCellBytes = 2 * maxLabelBytes
)

// namesPost reports whether cell, a table's cell under a position header,
// names a post as a public employer's notice does, which need hold no
// title word: 经营考核岗, 综合管理岗位.
func namesPost(cell []byte) bool {
	for _, w := range [...]string{"岗", "岗位"} {
		if bytes.HasSuffix(cell, []byte(w)) && len(cell) > len(w) && !moreRunes(cell, maxTitleRunes) {
			return true
		}
	}
	return false
}

// headerColumn returns the index of the cell of line, a table's row with
// cells parted by tabs or bars (as HTML tables and Markdown give them) or
// by commas (as a CSV export's header row), that is a position label alone
// (岗位名称, "Job title"), if line has minHeaderCells cells or more and each
// is a short label; or -1.
func headerColumn(line []byte) int {
	if bytes.IndexByte(line, ',') < 0 && indexBarOrTab(line) < 0 {
		return -1 // one cell: no table's row
	}
	col, i, csv := -1, 0, isCSVRow(line)
	for row, more := trimBar(line), true; more; i++ {
		var c []byte
		c, row, more = nextCell(row, csv)
		if len(c) > maxHeaderCellBytes {
			return -1 // text, not a header
		}
		if col < 0 && isSpacedLabel(c, positionLabels) {
			col = i
		}
	}
	if i < minHeaderCells {
		return -1
	}
	return col
}

// isTableRow reports whether line is a row of a table (see headerColumn)
// with minHeaderCells cells or more, or a Markdown table's rule row.
func isTableRow(line []byte) bool {
	line = trimSpaceBytes(line)
	if isRuleRow(line) {
		return true
	}
	i, csv := 0, isCSVRow(line)
	for row, more := trimBar(line), true; more; i++ {
		_, row, more = nextCell(row, csv)
	}
	return i >= minHeaderCells
}

// isPostAge reports whether line starts with the age of a social post, as
// LinkedIn writes it under the author's name: "2d • 🌐", "1w • Edited",
// "3mo ·".
func isPostAge(line []byte) bool {
	i := 0
	for i < len(line) && i < 2 && isDigit(line[i]) {
		i++
	}
	if i == 0 {
		return false
	}
	for _, unit := range [...]string{"min", "mo", "yr", "h", "d", "w", "m", "y"} {
		if bytes.HasPrefix(line[i:], []byte(unit)) {
			rest := trimSpaceBytes(line[i+len(unit):])
			return bytes.HasPrefix(rest, []byte("•")) || bytes.HasPrefix(rest, []byte("·"))
		}
	}
	return false
}

// skipBlankLines returns where the first line from pos that is not blank
// starts in text, or len(text).
func skipBlankLines(text []byte, pos int) int {
	for pos < len(text) {
		next := nextLine(text, pos)
		if i, j := trimSpace(text[pos:next]); i < j {
			return pos
		}
		pos = next
	}
	return pos
}

// tableCell returns the bounds of cell i of line, a table's row (see
// headerColumn), without its spaces; start == end if the row has no such
// cell.
func tableCell(line []byte, i int) (start, end int) {
	off := 0 // where cell i starts in line
	if bytes.HasPrefix(line, []byte("|")) {
		off = 1
	}
	row, more, csv := trimBar(line), true, isCSVRow(line)
	for ; i > 0 && more; i-- {
		var rest []byte
		_, rest, more = nextCell(row, csv)
		off += len(row) - len(rest) // the cell and its tab, bar or comma
		row = rest
	}
	if i > 0 || !more {
		return 0, 0 // the row ends before cell i
	}
	c, _, _ := nextCell(row, csv)
	a, b := trimSpace(c)
	if csv && b-a >= 2 && c[a] == '"' && c[b-1] == '"' {
		a, b = a+1, b-1 // a CSV cell's quotes
	}
	return off + a, off + b
}

// nextCell splits the first cell off row, a table's row: the text before
// its first tab or bar, and what follows that; more is false for the last
// cell. In a CSV record's row (csv), cells are parted by commas, and a
// cell that opens with a double quote ends after the quote that closes it.
func nextCell(row []byte, csv bool) (cell, rest []byte, more bool) {
	k, n := -1, 1
	if !csv {
		k = indexBarOrTab(row)
		if k >= 0 && row[k] >= utf8.RuneSelf {
			n = len("｜") // a Chinese table's full-width bar
		}
	} else {
		from := 0
		if len(row) > 0 && row[0] == '"' {
			if q := bytes.IndexByte(row[1:], '"'); q >= 0 {
				from = q + 2
			}
		}
		if c := bytes.IndexByte(row[from:], ','); c >= 0 {
			k = from + c
		}
	}
	if k < 0 {
		return row, nil, false
	}
	return row[:k], row[k+n:], true
}

// isCSVRow reports whether line, a table's row, parts its cells with
// commas, as a CSV record does: it has no tab nor bar.
func isCSVRow(line []byte) bool {
	return indexBarOrTab(line) < 0
}

// indexBarOrTab returns the index of the first tab or bar, "|" or "｜", in
// line, or -1, as bytes.IndexAny(line, "\t|｜") does, but byte by byte: for
// a set beyond ASCII, that call searches the set for every byte of line,
// and the rules ask it of many lines. No rune holds the first byte of "｜"
// but as its own first.
func indexBarOrTab(line []byte) int {
	for i, c := range line {
		if c == '\t' || c == '|' || c == 0xEF && bytes.HasPrefix(line[i:], []byte("｜")) {
			return i
		}
	}
	return -1
}

// trimBar returns line without the bars that open and close a Markdown
// table's row.
func trimBar(line []byte) []byte {
	line = bytes.TrimPrefix(line, []byte("|"))
	return bytes.TrimSuffix(line, []byte("|"))
}

// isRuleRow reports whether line is the row of dashes under a Markdown
// table's header: |---|:---:|.
func isRuleRow(line []byte) bool {
	return len(line) > 0 && len(bytes.Trim(line, "|-: ")) == 0
}

// quotedValue returns the bounds of the string that value, a label's
// value, holds in double quotes, as a JSON record's field does ("Growth
// Lead",), or of all of value if it is not quoted.
func quotedValue(value []byte) (start, end int) {
	if len(value) > 0 && value[0] == '"' {
		if k := bytes.IndexByte(value[1:], '"'); k >= 0 {
			return 1, 1 + k
		}
	}
	return 0, len(value)
}

// labelEnd returns the offset just after the colon of a short label that
// begins line, or after the tab of a position label (see positionLabels),
// or 0.
func labelEnd(line []byte) int {
	cell, table := labelStart(line)
	limit := cell + maxLabelBytes
	if r, _ := utf8.DecodeRune(line[cell:]); fold.IsHan(r) {
		// A Chinese label may be followed by its translation: 求职意向
		// Target Position：.
		if k := bytes.IndexByte(line[cell:min(len(line), limit)], ' '); k > 0 && cell+k+1 < len(line) && isASCIILetter(line[cell+k+1]) {
			limit = cell + 2*maxLabelBytes
		}
	}
	if k := bytes.IndexByte(line[cell:min(len(line), cell+2*maxLabelBytes+1)], ':'); k > maxLabelBytes {
		// A form's labels padded with spaces to line up their colons:
		// "Position Title         : Analyst - Operations MIS".
		if name := bytes.TrimRight(line[cell:cell+k], " "); len(name) <= maxLabelBytes && len(name) < k-1 {
			limit = cell + k
		}
	}
	for i := cell; i < len(line) && i <= limit; {
		r, n := utf8.DecodeRune(line[i:])
		switch {
		case (r == ':' || r == '：') && i == cell:
			return 0
		case r == ':' && genderMarkLen(line, i) > 0:
			// Projektmanager:in names both genders, as German postings
			// do; it labels nothing.
		case (r == ':' || r == '：') && !table:
			if !bytes.ContainsFunc(line[cell:i], unicode.IsLetter) {
				return 0 // a time, "[00:00]", "0:00:04.120", no label
			}
			if bytes.HasPrefix(line[i+n:], []byte("**")) {
				n += 2 // the end of the label's emphasis
			}
			if bytes.HasPrefix(line[i+n:], []byte("- ")) {
				n++ // "POST APPLIED FOR :- MIS Executive", as Indian resumes write a label
			}
			return i + n
		case (r == '\t' || r == '|' && table) && isSpacedLabel(line[cell:i], positionLabels):
			// A table's row, exported with tabs ("Job title\tGrowth
			// Lead") or in Markdown ("| 岗位名称 | 风控运营专员 |").
			return i + n
		}
		i += n
	}
	return 0
}

// LooksLikeTitle reports whether line reads as a job title, in either
// language: short, without sentence punctuation, and holding a role word
// (运营, 经理, engineer, manager ...). A resume's name line such as
// "张伟 | 用户运营 | 5年经验" counts, since it says the role; a posting's
// banner such as 【兼职招聘】 or "We're hiring" does not.
func LooksLikeTitle(line string) bool {
	var s automaton.Scratch
	var found []automaton.Match
	return looksLikeTitle(trimSpaceBytes([]byte(line)), &s, &found)
}

// deniedJobStarts open a denial of the jobs that follow (不是卖货、不是电销),
// which names no title: denialCues (see deny.go) without 非, which may open
// a title (非遗文创运营), and with 不做 and 不用.
var deniedJobStarts = [...]string{"不是", "并非", "並非", "不做", "不用"}

// shoutsAfterDash reports whether the exclamation mark at line[i] ends
// line, with none but others after it, in the part after a spaced dash
// that holds no other: a call to apply after the title ("… - Immediate
// Start!", "… – Hiring Now!!"), not a sentence.
func shoutsAfterDash(line []byte, i int) bool {
	if len(bytes.Trim(line[i:], "!！")) > 0 {
		return false
	}
	k, n := lastSpacedDash(line[:i])
	return k > 0 && !bytes.ContainsAny(line[k+n:i], "!！")
}

// deniesOther reports whether line, which starts with 非, denies another
// profession's job right after it: 非电销岗, 非骑手岗. A title may start with
// 非 too, but not with another profession's word after it: 非洲市场运营,
// 非遗文创运营.
func deniesOther(line []byte, s *automaton.Scratch, found *[]automaton.Match) bool {
	*found = titleAutomaton().Find((*found)[:0], line, s) // findTitleWords drops the denied word
	for _, w := range *found {
		if w.Start == len("非") && titleWords[w.Pattern].role == roleOther {
			return true
		}
	}
	return false
}

// looksLikeTitle is LooksLikeTitle for a trimmed line, with scratch memory.
// When it reports true, *found holds the occurrences of titleWords in line.
func looksLikeTitle(line []byte, s *automaton.Scratch, found *[]automaton.Match) bool {
	if len(line) == 0 || isCode(line) || isFormNumber(line) {
		return false // JR-2291 is a requisition, not a junior; "Form HR-REC-07 rev 2026" a form
	}
	if startsSection(line) {
		return false // 一、招聘岗位及人数 heads a section of a notice
	}
	if startsWithPay(line) {
		return false // "$52,000 - $60,000/yr + bonus tied to online sales"
	}
	if bytes.IndexByte(line, '\t') >= 0 {
		return false // a table's row, whose cells are read one by one (see dottedTitle)
	}
	if startsDuty(line) {
		return false // 负责中彰投区 12 家门市的营运管理
	}
	if isSalutation(line) {
		return false // 💡 各位家长朋友、各位老师：, a greeting to the readers
	}
	if bytes.HasPrefix(line, []byte("来自")) || bytes.HasPrefix(line, []byte("來自")) {
		return false // 【简历转发】来自招聘平台 · 2026-03-11: where a message comes from
	}
	if startsWord(line, deniedJobStarts[:]) || hasPrefixFold(line, "not a ") || hasPrefixFold(line, "not an ") {
		return false // 不是卖货、不是电销: the job it is not
	}
	if bytes.HasPrefix(line, []byte("非")) && deniesOther(line, s, found) {
		return false // 招聘（非电销岗！）: not the job the employer is known for
	}
	// Count runes here rather than with utf8.RuneCount, which copies a long
	// line to the heap (MatchInto must not allocate), and stop as soon as
	// the line is too long for a title: a paragraph is not decoded to its
	// end.
	if len(line) > maxTitleRunes*utf8.UTFMax {
		return false
	}
	unbracketed := line
	if i := bytes.IndexAny(line, "(（"); i >= 0 {
		unbracketed = line[:i]
	}
	if containsAny(unbracketed, introWords...) {
		// 聯瀚數位客服成立於2009年, 為國內…客戶提供委外客服中心服務: the
		// employer's introduction; while a bracket may say what the
		// employer provides (网约车司机（公司提供运营车辆）).
		return false
	}
	depth := 0 // of brackets
	for i, runes := 0, 0; i < len(line); runes++ {
		if runes == maxTitleRunes {
			return false
		}
		r, n := utf8.DecodeRune(line[i:])
		switch r {
		case '(', '（', '[', '【':
			depth++
		case ')', '）', ']', '】':
			depth--
		case '，':
			// A comma parts the details in a title's bracket:
			// 电商美编（全职，台中西屯）.
			if depth <= 0 {
				return false
			}
		case '！', '!':
			// A banner may shout before the title: "Walk-in Drive !!
			// Customer Support Executive", 急招！运营专员; and a tag in
			// a bracket after it: "Operations Executive (Fresh
			// Graduate Welcome!!)"; and a call after a dash at its end:
			// "Warehouse Operative - Nights - Immediate Start!".
			if depth <= 0 && !isBannerLead(line[:i]) && !shoutsAfterDash(line, i) {
				return false
			}
		case '负', '負':
			// A clause that says what a team does is no title:
			// 直播运营团队负责脚本、排品与投流. 负责人 heads something.
			// A field that the verb starts is a duty after the title
			// (产品经理（运营平台方向）-负责运营后台), read later.
			rest := line[i+n:]
			before, _ := utf8.DecodeLastRune(line[:i])
			if depth <= 0 && fold.IsHan(before) && (bytes.HasPrefix(rest, []byte("责")) || bytes.HasPrefix(rest, []byte("責"))) && !bytes.HasPrefix(rest[len("责"):], []byte("人")) {
				return false
			}
		case '、':
			// A list of places by their first characters is no job's:
			// 服務台、港、星、馬旅客 serves travellers from them, while
			// 社群运营（京、沪、深） names where the job is.
			if depth <= 0 && singleHanBetweenCommas(line[:i]) {
				return false
			}
		case '。', '？', '；', '?', ';', '：':
			// A full-width colon too: a title's label is read before
			// (职位：), and one inside a line says it is no title
			// (岗位需求表（导出自：…）).
			return false
		}
		i += n
	}
	switch last, _ := utf8.DecodeLastRune(line); {
	case last == '.' && (endsWithEmployerAbbreviation(line) || bytes.HasSuffix(line, []byte(" Std."))):
		// "Operations Supervisor - Lanternhouse Coffee Co." ends with
		// its employer, not a sentence, and "… – Linz, 38,5 Std." with
		// its hours.
	case last == '.' || last == ':' || last == '：' || last == ',':
		return false
	}
	if endsWord(line, exportEnds) {
		return false // 飞书人事导出 | 零售事业群 | 私域运营高级专员: the system that exported a record
	}
	if isBullet(line) || isBreadcrumb(line) || isByline(line) || hasAddress(line) || namesPerson(line) || endsWithClock(line) || hasPhoneNumber(line) || isGraduateStatus(line) {
		return false
	}
	*found = findTitleWords((*found)[:0], line, s)
	if namedHR(line, *found) {
		return false // "Kindred HR", an HR software firm's name above its posting
	}
	// Or a notice's post whose name holds no title word and ends with 岗
	// (post): 服务质检与绩效分析岗, 场站运行岗（3名）.
	head := bytes.TrimRight(line[:bracketStart(line)], " ")
	return wordBefore(*found, len(line)) || !bytes.HasSuffix(head, []byte("岗位")) && !endsWord(head, notPosts[:]) && namesPost(head)
}

// namedHR reports whether line, whose title words are found, is a name
// of one capitalised word and "HR" after it, as HR software firms call
// themselves ("Kindred HR", "Breathe HR"), and no title word before HR.
func namedHR(line []byte, found []automaton.Match) bool {
	if len(found) != 1 || found[0].End != len(line) || !bytes.Equal(line[found[0].Start:], []byte("HR")) {
		return false
	}
	name := bytes.TrimRight(line[:found[0].Start], " ")
	if len(name) < 2 || name[0] < 'A' || name[0] > 'Z' {
		return false
	}
	for _, c := range name[1:] {
		if !isASCIILetter(c) {
			return false
		}
	}
	return true
}

// singleHanBetweenCommas reports whether before, the text before an
// enumeration comma (、), ends with one Han character after another such
// comma: 台、港 in 服務台、港、星.
func singleHanBetweenCommas(before []byte) bool {
	r, n := utf8.DecodeLastRune(before)
	return fold.IsHan(r) && bytes.HasSuffix(before[:len(before)-n], []byte("、"))
}

// introWords say when an employer was founded and what it provides or
// strives for, as its introduction does and no title.
var introWords = []string{"成立于", "成立於", "创立于", "創立於", "创办于", "創辦於", "始创于", "始創於", "提供", "致力于", "致力於"}

// exportEnds end the name of the system that exported a record, which a
// line of its fields may start with: 飞书人事导出.
var exportEnds = []string{"导出", "導出", "导出记录", "导出数据"}

// notPosts end words of 岗 that name no post: a resume's 随时到岗 says when
// its writer can start.
var notPosts = [...]string{"到岗", "调岗", "在岗", "上岗", "离岗", "转岗", "待岗", "定岗", "下岗", "换岗", "轮岗", "顶岗", "护岗"}

// graduateEnd ends each status of isGraduateStatus.
var graduateEnd = []byte("生")

// isGraduateStatus reports whether line, or the first of its fields
// parted as personal details are, is a resume's note that its writer
// graduates this year, a year before it or not (26年应届生 | 22岁 | 本科,
// 2026届应届毕业生): a status among the details, not a job.
func isGraduateStatus(line []byte) bool {
	if !bytes.Contains(line, graduateEnd) {
		return false // without the 生 that ends each status: most lines
	}
	for _, sep := range detailSeparators {
		if k := bytes.Index(line, []byte(sep)); k >= 0 {
			line = line[:k]
		}
	}
	line = bytes.TrimLeft(trimSpaceBytes(line), "0123456789")
	line = bytes.TrimPrefix(bytes.TrimPrefix(line, []byte("年")), []byte("届"))
	for _, w := range [...]string{"应届生", "应届毕业生", "往届生", "往届毕业生", "在校生", "毕业生"} {
		if string(line) == w {
			return true
		}
	}
	return false
}

// endsWithClock reports whether line ends with a time of day, as the
// header of a chat message does ("Fern Adeyemi (Talent Partner) — 10:14
// AM", 上午10:14).
func endsWithClock(line []byte) bool {
	for _, m := range [...]string{" AM", " PM", " am", " pm", "AM", "PM"} {
		if bytes.HasSuffix(line, []byte(m)) {
			line = line[:len(line)-len(m)]
			break
		}
	}
	n := len(line)
	if n < 4 || !isDigit(line[n-1]) || !isDigit(line[n-2]) || line[n-3] != ':' || !isDigit(line[n-4]) {
		return false
	}
	k := n - 4
	for k > 0 && isDigit(line[k-1]) {
		k--
	}
	// Not the end of working hours: 运营经理 12:00-21:00.
	for _, to := range [...]string{"-", "–", "~", "至"} {
		if bytes.HasSuffix(line[:k], []byte(to)) {
			return false
		}
	}
	return true
}

// endsWithEmployerAbbreviation reports whether the last word of line is
// an employer's abbreviation that ends with its dot (see employerWords):
// "Co.", "Inc.", "Ltd.".
func endsWithEmployerAbbreviation(line []byte) bool {
	k := bytes.LastIndexByte(line, ' ')
	return k >= 0 && bytes.HasSuffix(line, []byte(".")) && isEmployer(line[k+1:])
}

// bannerWords are the words of a short banner that shouts before a
// posting's title, in lower case.
var bannerWords = [...]string{"hiring", "walk-in", "walkin", "walk in", "urgent", "vacancy", "opening", "急招", "急聘", "诚聘", "热招", "招聘", "招人", "急征", "诚征"}

// maxBannerBytes bounds a banner before a title.
const maxBannerBytes = 30

// isBannerLead reports whether lead, the start of a line up to an
// exclamation mark, is a banner that announces hiring ("Urgent Hiring",
// "Walk-in Drive", 急招) or the exclamation marks after one.
func isBannerLead(lead []byte) bool {
	lead = bytes.TrimRight(lead, "!！ ")
	if len(lead) == 0 || len(lead) > maxBannerBytes {
		return false
	}
	return containsAnyFold(lead, bannerWords[:]...)
}

// containsFold reports whether b contains word, ignoring ASCII case (see
// equalFoldString).
func containsFold(b []byte, word string) bool {
	return indexFold(b, word) >= 0
}

// nextIndexByte returns the index of the first c in b at or after i, or
// len(b).
func nextIndexByte(b []byte, i int, c byte) int {
	if k := bytes.IndexByte(b[i:], c); k >= 0 {
		return i + k
	}
	return len(b)
}

// containsAnyFold reports whether b contains one of words, ignoring ASCII
// case (see containsFold).
func containsAnyFold(b []byte, words ...string) bool {
	for _, w := range words {
		if containsFold(b, w) {
			return true
		}
	}
	return false
}

// findTitleWords appends the occurrences of titleWords in line to dst, but
// for those that droppedWord drops.
func findTitleWords(dst []automaton.Match, line []byte, s *automaton.Scratch) []automaton.Match {
	n := len(dst)
	dst = titleAutomaton().Find(dst, line, s)
	for k := n; k < len(dst); k++ {
		if droppedWord(line, dst[k]) {
			dst = slices.Delete(dst, k, k+1)
			k--
		}
	}
	return dst
}

// droppedWord reports whether w, an occurrence of titleWords in line, is
// no title's word there: a 招聘 that announces hiring (see hiringEnds,
// hiringNotice and hiringAside: 数据运营专员招聘, 鲜到家招聘, 【群内招聘】,
// 公开招聘…公告), not a recruiter's job (招聘专员); another profession's
// word in a clause that denies it (非电销岗, 不要求销售业绩: see
// deniedInClause); the hour of a rate ("$15/hr"), not human resources; a
// shop's sale ("Sales Events"), not selling; and the noun of a major in a
// degree (see namesMajor).
func droppedWord(line []byte, w automaton.Match) bool {
	before, after := line[:w.Start], line[w.End:]
	tw := titleWords[w.Pattern]
	switch tw.word {
	case "招聘":
		if hiringEnds(after) || hiringNotice(before, after) || hiringAside(after) {
			return true
		}
	case "hr":
		if perHour(before) {
			return true
		}
	case "sales":
		if salesOccasion(after) {
			return true
		}
	}
	return tw.role == roleOther && deniedInClause(before) || tw.role == roleNoun && namesMajor(line, w.Start, w.End)
}

// salesOccasion reports whether after, the text after "Sales" in a title,
// makes it a shop's sale rather than selling: "Campaign Manager Sales
// Events & Onsite-Aktionen" runs promotions.
func salesOccasion(after []byte) bool {
	after = bytes.TrimLeft(after, " -")
	for _, w := range [...]string{"event", "aktion", "season", "saison"} {
		if hasPrefixFold(after, w) {
			return true
		}
	}
	return false
}

// degreeWords are the degrees that a resume's line of personal details
// writes before the major studied.
var degreeWords = [...]string{"本科", "硕士", "博士", "大专", "专科", "学士", "研究生"}

// namesMajor reports whether the job noun at line[start:end] (运营, 营销)
// is part of a major studied rather than a job: 专业 follows it (电子商务专业),
// or it ends a field of a line of personal details that a degree starts
// ("女 · 29岁 · 本科（深圳大学 市场营销）· 6年经验"). A degree after it leaves
// it a job (管培生（本科及以上）), as does a level word (本科 运营专员).
func namesMajor(line []byte, start, end int) bool {
	after := line[end:]
	if bytes.HasPrefix(after, []byte("专业")) {
		return true
	}
	field := line[:start]
	for _, sep := range detailSeparators {
		if k := bytes.LastIndex(field, []byte(sep)); k >= 0 {
			field = field[k+len(sep):]
		}
	}
	if !containsAny(field, degreeWords[:]...) {
		return false
	}
	rest := bytes.TrimLeft(after, " )）")
	for _, sep := range detailSeparators {
		if bytes.HasPrefix(rest, []byte(sep)) {
			return true
		}
	}
	return len(rest) == 0
}

// detailSeparators part the fields of a line of personal details.
var detailSeparators = [...]string{"·", "|", "｜", "/", "，", ",", "\t", "\u3000", "  "}

// perHour reports whether before, the text before "hr" in a line, makes it
// the hour of a rate, after a number: "$15/hr", "RM20 / hr", "20 hr";
// not "CHO / HR VP".
func perHour(before []byte) bool {
	before = bytes.TrimRight(before, " ")
	before = bytes.TrimRight(bytes.TrimSuffix(before, []byte("/")), " ")
	return len(before) > 0 && isDigit(before[len(before)-1])
}

// noticeEnds end the heading of a notice of hiring.
var noticeEnds = [...]string{"公告", "简章", "启事", "公示"}

// yearsInJob returns the bounds of the job that the first clause of line
// names with its writer's years in it, as a summary opens: the words after
// the years (5年SaaS大客户销售，…; 8年电商运营经验，…) or before them
// (电商视觉设计4年，…), if they look like a title; or -1, -1.
func yearsInJob(line []byte, s *automaton.Scratch, found *[]automaton.Match) (start, end int) {
	clause := line[:clauseLen(line)]
	if n := yearsLen(clause); n > 0 {
		job := bytes.TrimSuffix(bytes.TrimSuffix(clause[n:], []byte("经验")), []byte("经历"))
		if looksLikeTitle(job, s, found) {
			return n, n + len(job)
		}
		return -1, -1
	}
	k := len(clause)
	for _, w := range [...]string{"年", "年经验", "年经历"} {
		if bytes.HasSuffix(clause, []byte(w)) {
			k = len(clause) - len(w)
		}
	}
	if k == len(clause) {
		return -1, -1
	}
	d := k
	for d > 0 && (isDigit(clause[d-1]) || clause[d-1] == '+') {
		d--
	}
	if d == k || d == 0 || !looksLikeTitle(clause[:d], s, found) {
		return -1, -1
	}
	return 0, d
}

// yearsLen returns the length of the years that open b (5年, 3年+, 10年以上),
// or 0.
func yearsLen(b []byte) int {
	n := 0
	for n < len(b) && isDigit(b[n]) {
		n++
	}
	if n == 0 || !bytes.HasPrefix(b[n:], []byte("年")) {
		return 0
	}
	n += len("年")
	for _, w := range [...]string{"以上", "+", "多"} {
		if bytes.HasPrefix(b[n:], []byte(w)) {
			n += len(w)
		}
	}
	return n
}

// noticeHeadEnd returns where the heading of a notice of hiring ends at
// the start of a long line, just after the first of noticeEnds in its
// first maxTitleRunes runes, or 0.
func noticeHeadEnd(line []byte) int {
	head := runePrefix(line, maxTitleRunes*utf8.UTFMax)
	end := 0
	for _, e := range noticeEnds {
		if k := bytes.Index(head, []byte(e)); k > 0 && (end == 0 || k+len(e) < end) {
			end = k + len(e)
		}
	}
	return end
}

// noticeJob returns the bounds in line of the job that the heading of a
// notice of hiring names between its last 招聘 and its end (公告, 简章,
// 启事, and a bracket after them), or in the bracket after them (数据分析师 in
// 某公司2026年社会招聘公告（数据分析师）): 校企合作专员（非事业编制） in
// 东屿理工大学技术转移中心招聘校企合作专员（非事业编制）公告, or before 招聘
// and after the year or the employer if nothing stands between (综合柜员
// in 某银行2025年运营管理条线综合柜员招聘公告, and in …综合柜员社会招聘公告,
// which names the kind of recruitment too); or -1, -1 if
// line is no such heading or what it names does not look like a title.
// It leaves in *found the title words of what it read.
func noticeJob(line []byte, s *automaton.Scratch, found *[]automaton.Match) (start, end int) {
	i := bytes.LastIndex(line, []byte("招聘"))
	if i < 0 {
		return -1, -1
	}
	if start, end = noticeBracketJob(line, s, found); start >= 0 {
		return start, end
	}
	end = len(line)
	if b := bracketStart(line); b > i && b < end {
		end = b // （第三批）
	}
	ended := false
	for _, e := range noticeEnds {
		if bytes.HasSuffix(line[:end], []byte(e)) {
			end -= len(e)
			ended = true
			break
		}
	}
	if !ended {
		return -1, -1
	}
	if start = i + len("招聘"); start >= end {
		// 银行2025年运营管理条线综合柜员招聘公告: the job before 招聘, after
		// the year or the employer.
		start, end = 0, i
		for _, w := range [...]string{"社会", "校园", "公开", "补充"} {
			if bytes.HasSuffix(line[:end], []byte(w)) {
				end -= len(w) // the kind of recruitment: 综合柜员社会招聘公告
				break
			}
		}
		for _, w := range [...]string{"年", "公司", "集团", "中心", "大学", "医院"} {
			if k := bytes.LastIndex(line[:i], []byte(w)); k >= 0 && k+len(w) > start {
				start = k + len(w)
			}
		}
		if start >= end {
			return -1, -1
		}
	}
	end = start + len(bytes.TrimSuffix(line[start:end], []byte("的"))) // 关于招聘运营调度员的公告
	if endsInHeadcount(line[start:end]) {
		// 3名, 两人
		_, n := utf8.DecodeLastRune(line[start:end])
		end -= n
		for end > start {
			r, n := utf8.DecodeLastRune(line[start:end])
			if !isCountRune(r) {
				break
			}
			end -= n
		}
	}
	if !looksLikeTitle(line[start:end], s, found) {
		return -1, -1
	}
	return start, end
}

// noticeBracketJob returns the bounds in line of the job in brackets after
// the end of a notice's heading (数据分析师 in 某公司2026年社会招聘公告（数据分析师）
// -招聘信息-…), or -1, -1. It leaves in *found the title words of what it
// read.
func noticeBracketJob(line []byte, s *automaton.Scratch, found *[]automaton.Match) (start, end int) {
	if !bytes.Contains(line, []byte("招聘")) {
		return -1, -1
	}
	for _, e := range noticeEnds {
		k := bytes.Index(line, []byte(e))
		if k < 0 || !bytes.HasPrefix(line[k+len(e):], []byte("（")) {
			continue
		}
		a := k + len(e) + len("（")
		if c := bytes.Index(line[a:], []byte("）")); c > 0 && looksLikeTitle(line[a:a+c], s, found) {
			return a, a + c
		}
	}
	return -1, -1
}

// startsSection reports whether line starts with the Chinese number of a
// section's heading: 一、 or （二）.
func startsSection(line []byte) bool {
	i := 0
	open := bytes.HasPrefix(line, []byte("（"))
	if open {
		i = len("（")
	}
	k := i
	for k < len(line) {
		r, n := utf8.DecodeRune(line[k:])
		if !strings.ContainsRune(chineseNumerals, r) {
			break
		}
		k += n
	}
	if open {
		return k > i && bytes.HasPrefix(line[k:], []byte("）"))
	}
	return k > i && bytes.HasPrefix(line[k:], []byte("、"))
}

// numberingLen returns the length of the numbering that starts line, a
// section's (一、, （二）) or a list's (1. 2、 3)), with the spaces after
// it, or 0.
func numberingLen(line []byte) int {
	n := 0
	switch {
	case startsSection(line):
		n = bytes.Index(line, []byte("、"))
		if k := bytes.Index(line, []byte("）")); bytes.HasPrefix(line, []byte("（")) && k >= 0 {
			n = k
		}
		_, w := utf8.DecodeRune(line[n:])
		n += w
	case len(line) > 0 && isDigit(line[0]) && isBullet(line):
		for n < len(line) && isDigit(line[n]) {
			n++
		}
		_, w := utf8.DecodeRune(line[n:])
		n += w
	case len(line) > 3 && isDigit(line[0]) && isDigit(line[1]) && line[2] == ' ' && startsHan(bytes.TrimLeft(line[2:], " ")):
		n = 2 // a list's two digits and spaces: 01 新媒体运营（小红书方向）
	default:
		return 0
	}
	for n < len(line) && line[n] == ' ' {
		n++
	}
	return n
}

// hiringEnds reports whether rest, the text after 招聘 in a line, says that
// the 招聘 announces hiring: the line, a bracket, a label or a field ends
// there (数据运营专员招聘, 【群内招聘】, 招聘：记者, 招聘 | …), or whom it hires
// follows in general words (公开招聘工作人员, 招聘人才), or the form it heads
// (招聘需求表), or the site that announces it (淘栗集团 招聘官网). A slash or a
// dot set off by spaces parts fields too (跃动科技招聘 / 抖趣电商, the careers
// site and the business), where one without spaces joins a recruiter's
// work to another's (招聘/培训专员).
func hiringEnds(rest []byte) bool {
	if t := bytes.TrimLeft(rest, " "); len(t) < len(rest) && (bytes.HasPrefix(t, []byte("/ ")) || bytes.HasPrefix(t, []byte("／")) || bytes.HasPrefix(t, []byte("· "))) {
		return true
	}
	rest = trimSpaceBytes(rest)
	if len(rest) == 0 {
		return true
	}
	for _, c := range [...]string{"】", "]", "：", ":", "！", "!", "|", "｜", "工作人员", "人才", "员工", "需求",
		// The sections of a notice: 招聘岗位及人数, 招聘条件, 招聘程序.
		"岗位", "职位", "人数", "计划", "条件", "对象", "范围", "程序", "流程", "方式",
		"官网", "门户", "网站", "平台"} {
		if bytes.HasPrefix(rest, []byte(c)) {
			return true
		}
	}
	return false
}

// deniedInClause reports whether before, the text of a line before a
// word, ends in a clause that opens with a denial: 非电销岗, （非咨询师岗，
// 不要求销售业绩）. The clause starts after a bracket, a comma or the
// start of the line.
func deniedInClause(before []byte) bool {
	i := bytes.LastIndexAny(before, "（(，,、")
	clause := before
	if i >= 0 {
		_, n := utf8.DecodeRune(before[i:])
		clause = before[i+n:]
	}
	clause = trimSpaceBytes(clause)
	// 非 denies only the word right after it: 非洲 and 非遗 are words
	// of their own.
	return string(clause) == "非" || startsWord(clause, deniedJobStarts[:]) || startsWord(clause, deniedRequirements[:])
}

// deniedRequirements open a clause that denies what the job requires,
// and so the other profession's work it names: 不要求销售业绩.
var deniedRequirements = [...]string{"不要求", "不需要", "无需"}

// hiringAside reports whether 招聘, with rest after it in a line,
// announces hiring with a remark in brackets after it: 风控部
// 招聘（群友内推）, 门店招聘(长期有效), 招聘（急）, 招聘（非电销岗）, which
// says what the jobs are not. A recruiter's job says
// its level or its side there: 招聘专员（校招）, 招聘（校招方向）.
func hiringAside(rest []byte) bool {
	rest = trimSpaceBytes(rest)
	if !bytes.HasPrefix(rest, []byte("（")) && !bytes.HasPrefix(rest, []byte("(")) {
		return false
	}
	end := bytes.IndexAny(rest, "）)")
	if end < 0 {
		end = len(rest)
	}
	for _, w := range [...]string{"内推", "急", "长期", "若干", "多名", "非"} {
		if bytes.Contains(rest[:end], []byte(w)) {
			return true
		}
	}
	return false
}

// hiringNotice reports whether 招聘, between before and rest in a line,
// heads a notice of public recruitment: 公开招聘, or a line that ends in
// 公告 or 简章 (2024年公开招聘编外工作人员公告, 招聘新媒体采编人员简章), or an
// employer hiring a number of people (融媒体中心招聘编外运营岗工作人员3名; a
// recruiter's job has no employer before it: 招聘专员3名).
func hiringNotice(before, rest []byte) bool {
	rest = trimSpaceBytes(rest)
	return bytes.HasSuffix(before, []byte("公开")) || bytes.HasSuffix(rest, []byte("公告")) || bytes.HasSuffix(rest, []byte("简章")) ||
		len(trimSpaceBytes(before)) > 0 && endsInHeadcount(rest)
}

// endsInHeadcount reports whether b ends in a number of people: 3名, 2人,
// 三名.
func endsInHeadcount(b []byte) bool {
	r, n := utf8.DecodeLastRune(b)
	if r != '名' && r != '人' {
		return false
	}
	if bytes.HasSuffix(b[:len(b)-n], []byte("若干")) {
		return true // 收银员若干名: as many as apply
	}
	r, _ = utf8.DecodeLastRune(b[:len(b)-n])
	return isCountRune(r)
}

// bracketsJob reports whether line starts with a job in brackets and its
// headcount (see bracketedJob).
func bracketsJob(line []byte) bool {
	a, _ := bracketedJob(line)
	return a >= 0
}

// bracketedJob returns the bounds of the job in the brackets that start
// line, if a headcount follows them, as a group message lists the jobs it
// hires for (【短视频剪辑师】×3 薪资 6-10K, 【运营助理】2名); or -1, -1.
func bracketedJob(line []byte) (start, end int) {
	if !bytes.HasPrefix(line, []byte("【")) {
		return -1, -1
	}
	k := bytes.Index(line, []byte("】"))
	if k < 0 {
		return -1, -1
	}
	rest := trimSpaceBytes(line[k+len("】"):])
	for _, x := range [...]string{"×", "x", "X", "*"} {
		if r, ok := bytes.CutPrefix(rest, []byte(x)); ok && len(r) > 0 && isDigit(r[0]) {
			return len("【"), k
		}
	}
	if headcountFollows(rest) {
		return len("【"), k
	}
	return -1, -1
}

// listedJobLen returns the length of the bullet and the spaces after it
// that start line, if the rest is a job and the number of people wanted,
// as a poster lists the jobs it hires for (● 收银员  若干名, ★ 理货员 3名); or 0.
func listedJobLen(line []byte) int {
	r, n := utf8.DecodeRune(line)
	if !strings.ContainsRune("●•★☆◆◇▪■□○◎▶►✦✔✅-·", r) || n == len(line) {
		return 0
	}
	for n < len(line) && (line[n] == ' ' || line[n] == '\t') {
		n++
	}
	if !headcountFollows(line[n:]) || startsDuty(line[n:]) {
		return 0
	}
	return n
}

// isCountRune reports whether r is a digit of a count: 0 to 9 or a
// Chinese numeral.
func isCountRune(r rune) bool {
	return '0' <= r && r <= '9' || strings.ContainsRune(chineseNumerals, r)
}

// chineseNumerals are the digits of Chinese numbers up to ten, 两 among
// them.
const chineseNumerals = "一二两三四五六七八九十"

// sectionMarkLen returns the length of the bar that an article sets
// before a section's heading, with the section's number and the spaces
// after them (▎01　海外游戏运营, ▌岗位), or 0 if t starts with none.
func sectionMarkLen(t []byte) int {
	n := 0
	for _, m := range [...]string{"▎", "▌", "▍", "▋"} {
		if bytes.HasPrefix(t, []byte(m)) {
			n = len(m)
			break
		}
	}
	if n == 0 {
		return 0
	}
	for n < len(t) && isDigit(t[n]) {
		n++
	}
	return len(t) - len(bytes.TrimLeftFunc(t[n:], unicode.IsSpace))
}

// unwrapTitle returns the bounds of the title text[start:end] without the
// brackets that enclose it whole (【高级产品经理（运营中台方向）】), the
// marks of Markdown emphasis around it (**运营管理中心 · 法务合规经理**) and of
// a Markdown heading before it (# 社群运营), an article's bar and number
// before a section's heading (▎01　海外游戏运营), and up to the end of the
// emphasis that starts it if that names a role (**Copy Editor
// (Non-fiction)** — Corbel Press, not **林子皓** ｜ AI产品经理), or
// without the start of emphasis whose end lies beyond the title,
// with its title words, whose offsets it shifts to match and of which it
// drops those it cuts off.
func unwrapTitle(text []byte, start, end int, words []automaton.Match) (int, int, []automaton.Match) {
	for {
		t := text[start:end]
		lead, trail := 0, 0
		mark := sectionMarkLen(t)
		switch {
		case bytes.HasPrefix(t, []byte("【")) && bytes.HasSuffix(t, []byte("】")) && bytes.Count(t, []byte("】")) == 1:
			lead, trail = len("【"), len("】")
		case len(t) > 4 && (bytes.HasPrefix(t, []byte("**")) && bytes.HasSuffix(t, []byte("**")) || bytes.HasPrefix(t, []byte("__")) && bytes.HasSuffix(t, []byte("__"))):
			lead, trail = 2, 2
		case len(t) > 4 && bytes.HasPrefix(t, []byte("**")) && bytes.Index(t[2:], []byte("**")) > 0 && holdsRole(words, 2, 2+bytes.Index(t[2:], []byte("**"))):
			lead = 2
			trail = len(t) - 2 - bytes.Index(t[2:], []byte("**"))
		case len(t) > 4 && bytes.HasPrefix(t, []byte("**")) && !bytes.Contains(t[2:], []byte("**")):
			// Emphasis whose end a separator cut off: **Controllerin |
			// Business Partner Operations**.
			lead = 2
		case len(t) > 2 && (t[0] == '*' && t[len(t)-1] == '*' || t[0] == '_' && t[len(t)-1] == '_'):
			lead, trail = 1, 1
		case mark > 0:
			lead = mark // ▎01　海外游戏运营（SLG）
		case len(t) > 2 && t[0] == '#':
			lead = bytes.IndexByte(t, ' ')
			if lead < 0 || len(bytes.Trim(t[:lead], "#")) > 0 {
				return start, end, words
			}
			for lead < len(t) && t[lead] == ' ' {
				lead++
			}
		default:
			// A job board's card may run on after the brackets that end
			// a Chinese title with words that name no job: a place, the
			// pay, where the work is done (淘宝店铺运营客服（打字）居家/坐班都可,
			// 短视频剪辑师（新媒体运营部）· 东莞 ·). The title ends at the
			// brackets, which say what the job is.
			trail = bracketTail(t, words)
		}
		if lead == 0 && trail == 0 || lead+trail >= len(t) {
			return start, end, words
		}
		kept := words[:0]
		for _, w := range words {
			w.Start -= lead
			w.End -= lead
			if w.Start >= 0 && w.End <= len(t)-lead-trail {
				kept = append(kept, w)
			}
		}
		words = kept
		start, end = start+lead, end-trail
	}
}

// bracketTail returns the length of what follows the last closing bracket
// of t, a Chinese title whose title words are words, if no title word
// lies in it and one lies before the brackets; or 0.
func bracketTail(t []byte, words []automaton.Match) int {
	if !hasHan(t) {
		return 0
	}
	k := -1 // where the last closing bracket ends
	if i := bytes.LastIndex(t, []byte("）")); i >= 0 {
		k = i + len("）")
	}
	if i := bytes.LastIndexByte(t, ')'); i >= 0 && i+1 > k {
		k = i + 1
	}
	if k < 0 || k >= len(t) {
		return 0
	}
	b := bracketStart(t[:k])
	if b == k {
		return 0
	}
	job := false // a title word before the brackets: （急聘）数据分析 names its job after them
	for _, w := range words {
		if w.End > k && titleWords[w.Pattern].role != roleBanner {
			return 0 // a banner may follow: 质检专员（信用卡客服中心项目）招聘简章
		}
		job = job || w.End <= b
	}
	if !job {
		return 0
	}
	return len(t) - k
}

// holdsRole reports whether a title word of words that names a role, not
// a banner, lies within [start, end) of the title.
func holdsRole(words []automaton.Match, start, end int) bool {
	for _, w := range words {
		if r := titleWords[w.Pattern].role; w.Start >= start && w.End <= end && r != roleBanner && r != roleMask {
			return true
		}
	}
	return false
}

// firstSeparator returns the index of the first of seps in line after its
// first byte, or -1.
func firstSeparator(line []byte, seps []string) int {
	i := -1
	for _, sep := range seps {
		if k := bytes.Index(line, []byte(sep)); k > 0 && (i < 0 || k < i) {
			i = k
		}
	}
	return i
}

// levelOnly reports whether b is words of seniority alone, in English:
// "Manager", "Senior Manager", "AVP", "Team Lead".
func levelOnly(b []byte) bool {
	n := 0
	for i := 0; i < len(b); {
		if b[i] == ' ' {
			i++
			continue
		}
		k := bytes.IndexByte(b[i:], ' ')
		if k < 0 {
			k = len(b) - i
		}
		w := b[i : i+k]
		if !slices.ContainsFunc(levelOnlyWords, func(l string) bool { return equalFoldString(w, l) }) {
			return false
		}
		n++
		i += k
	}
	return n > 0
}

// floorQualified reports whether b, a qualifier of a title, names a
// shift, a warehouse or hub, or the channel or the calls an agent
// answers: the words that make a title floor work (see classify). A
// contact centre alone does not: a "Quality Lead - Contact Centre" scores
// its agents.
func floorQualified(b []byte) bool {
	return floorWordEnd(b) >= 0
}

// runOnFloorEnd returns where the first word of field, a qualifier after
// a title's dash, that floorQualified reads ends when a capitalised word
// or a bracket follows it, as the next field runs on where the line
// breaks were lost ("2nd Shift Ridgeline Distribution Partners"); or -1.
// A lower-case word goes on the qualifier ("Bilingual Spanish
// preferred").
func runOnFloorEnd(field []byte) int {
	k := floorWordEnd(field)
	if k < 0 || bytes.ContainsAny(field[:k], "(（[") || k+1 >= len(field) || field[k] != ' ' || !('A' <= field[k+1] && field[k+1] <= 'Z' || field[k+1] == '(') {
		return -1
	}
	return k
}

// floorWordEnd returns where the first word of b that floorQualified reads
// ends, or -1 if there is none.
func floorWordEnd(b []byte) int {
	for i := range b {
		if i > 0 && isASCIIAlnum(b[i-1]) {
			continue
		}
		for _, words := range [...][][]byte{shiftWords, floorQualifiers, agentChannels, agentQualifiers} {
			if n := wordAt(b, i, nil, words); n > 0 {
				return i + n
			}
		}
	}
	return -1
}

// onlyTitleWord reports whether b is one of titleWords of the role and
// nothing else: "Werkstudent" and "Praktikantin" (roleIntern), "Referent"
// (roleHead).
func onlyTitleWord(b []byte, role titleRole) bool {
	b = trimSpaceBytes(b)
	for _, w := range titleWords {
		if w.role == role && bytes.EqualFold(b, []byte(w.word)) {
			return true
		}
	}
	return false
}

// genderNote reports whether b, words in brackets after a title, is the
// note of the genders a German posting invites: "(m/w/d)", "(w/m/d)",
// "(f/m/x)", "(all genders)".
func genderNote(b []byte) bool {
	b = bytes.Trim(b, " ()（）")
	if bytes.EqualFold(b, []byte("all genders")) {
		return true
	}
	if len(b) < 3 {
		return false
	}
	for i, c := range b {
		if i%2 == 1 && c != '/' || i%2 == 0 && !isASCIILetter(c) {
			return false
		}
	}
	return len(b)%2 == 1
}

// genderNoteAt returns the bounds of the first gender note in brackets in
// line (see genderNote), or -1, -1.
func genderNoteAt(line []byte) (start, end int) {
	for i := 0; ; {
		k := bytes.IndexByte(line[i:], '(')
		if k < 0 {
			return -1, -1
		}
		i += k
		j := bytes.IndexByte(line[i:], ')')
		if j < 0 {
			return -1, -1
		}
		if genderNote(line[i : i+j+1]) {
			return i, i + j + 1
		}
		i++
	}
}

// levelOnlyWords are the words of levelOnly.
var levelOnlyWords = []string{"senior", "sr", "sr.", "junior", "jr", "jr.", "assistant", "associate", "deputy", "manager", "director", "head", "lead", "vp", "avp", "executive", "officer", "specialist", "principal", "general", "team", "leader", "supervisor", "coordinator",
	// and the abbreviations of Indian and British postings: "Dy. Manager", "Asst Manager", "Snr Executive"
	"dy", "dy.", "asst", "asst.", "snr", "snr.", "assoc", "assoc."}

// isShouting reports whether r is part of the shouting around a title:
// exclamation marks, spaces and symbols such as emoji (We're hiring! 📣,
// 抖音运营（出镜）❗❗).
func isShouting(r rune) bool {
	return r == '!' || r == '！' || r == ' ' || isSymbolMark(r)
}

// isSymbolMark reports whether r is a symbol such as an emoji, a star or
// an arrow, which decorates a line and says nothing: 📣, ★, ☕.
func isSymbolMark(r rune) bool {
	return r >= 0x2000 && unicode.IsSymbol(r)
}

// hasPhoneNumber reports whether line holds a phone number as resumes
// write it, a run of ten or more digits and masking stars with at least
// four digits (13812345678, 138****5533): a line of contact details
// ("手机 138****5533 | 微信 zkw_ops"), whatever its handles say.
func hasPhoneNumber(line []byte) bool {
	run, digits := 0, 0
	for _, c := range line {
		switch {
		case '0' <= c && c <= '9':
			run++
			digits++
		case c == '*':
			run++
		default:
			run, digits = 0, 0
		}
		if run >= 10 && digits >= 4 {
			return true
		}
	}
	return false
}

// dottedTitle returns the length of the first field of line, a line of
// fields parted by spaced dots (in Latin script) or bars, if it looks like
// a title, or 0: the line as a whole may not, for a sentence in a later
// field ("市场调研经理 | 8年快消行业研究 | 竞品追踪…，为新品进入市场提供决策依据").
// It leaves in *found the title words of the field.
func dottedTitle(line []byte, s *automaton.Scratch, found *[]automaton.Match) int {
	if len(line) > longLine {
		return 0 // text, or a document on one line
	}
	i := firstSeparator(line, []string{" | ", "｜", "\t"})
	if i < 0 {
		// Not a Chinese department before its job: 运营管理中心 · 法务合规经理.
		if k := firstSeparator(line, []string{" · ", " • "}); k > 0 && (!hasHan(line) || !isDepartment(trimSpaceBytes(line[:k]))) {
			i = k
		}
	}
	if i < 0 {
		i = spacedSymbolIndex(line) // 小红书账号运营 🍞 福州本地优先，可远程
	}
	if i < 0 {
		return 0
	}
	field := trimSpaceBytes(line[:i])
	if len(field) == 0 || namesEmployer(field) || !looksLikeTitle(field, s, found) {
		return 0 // an employer's letterhead: "LedgerLeaf Software Ltd. · 12 Hanover Quay, Dublin 2"
	}
	return len(field)
}

// spacedSymbolIndex returns the index of the first space in line that a
// symbol such as an emoji and another space follow, which part its fields
// as a spaced dot does; or -1.
func spacedSymbolIndex(line []byte) int {
	for i := 0; ; i++ {
		k := bytes.IndexByte(line[i:], ' ')
		if k < 0 {
			return -1
		}
		i += k
		r, n := utf8.DecodeRune(line[i+1:])
		if isSymbolMark(r) && bytes.HasPrefix(line[i+1+n:], []byte(" ")) {
			return i
		}
	}
}

// personSeparators part a person's name from the job after it on a
// signature's or a directory's line.
var personSeparators = []string{" | ", "｜", " · ", " • "}

// personFieldLen returns the length of the person's name that opens line,
// two capitalised words in Latin letters that do not look like a
// title, before one of personSeparators, with the separator and the spaces
// after it ("Marcus Oyelaran · "); or 0. A chat message's header, which
// ends with its time, names its sender and the sender's own job ("Joanna
// Lim · Talent Partner at Nimbusly · 2:17 PM"), not the job the message
// is about, and so does a recruiter's line however it ends: they give 0,
// as does a line longer than a title's.
func personFieldLen(line []byte, s *automaton.Scratch, found *[]automaton.Match) int {
	i := firstSeparator(line, personSeparators)
	if i < 0 || len(line) > longLine {
		return 0
	}
	// Two words: three may name an employer ("Juniper Lane Grocers ·
	// People Operations").
	first, last, ok := bytes.Cut(trimSpaceBytes(line[:i]), []byte(" "))
	if !ok || !isNameWord(first) || !isNameWord(last) {
		return 0
	}
	if endsWithClock(line) || containsAnyFold(line[i:], "recruit", "talent", "sourcer", "hiring") || looksLikeTitle(line[:i], s, found) {
		return 0
	}
	return len(line) - len(bytes.TrimLeft(line[i:], " |｜·•"))
}

// departmentFieldLen returns the length of the field that starts line, a
// line of fields parted by bars, and the bar after it, when the field is
// the office of a company's head (總經理室｜, which would read as the
// head's title); or 0. A department that names work qualifies the job
// after it (用户运营部 | 运营专员) and stays.
func departmentFieldLen(line []byte) int {
	i := firstSeparator(line, []string{"|", "｜"})
	if i < 0 || !endsWord(trimSpaceBytes(line[:i]), headOffices) {
		return 0
	}
	return len(line) - len(bytes.TrimLeft(line[i:], " |｜"))
}

// leadingTitleField returns the length of the title in line, a line that
// looks like a title: its first field when the line is fields parted by
// bars, ideographic spaces or two spaces and the first looks like a title
// on its own ("产品经理 Product
// Manager | B端SaaS | 和运营一起推动功能上线", "Growth Lead | Fintech |
// Berlin"), and the whole line otherwise ("张伟 | 用户运营 | 5年经验"). It
// leaves in *found the title words of what it returns.
func leadingTitleField(line []byte, s *automaton.Scratch, found *[]automaton.Match) int {
	i := firstSeparator(line, []string{" | ", "｜", "\u3000", "  "})
	if i < 0 {
		return len(line)
	}
	field := trimSpaceBytes(line[:i])
	if len(field) > 0 && looksLikeTitle(field, s, found) {
		return len(field)
	}
	looksLikeTitle(line, s, found) // its title words again
	return len(line)
}

// payCurrencies are the signs and codes of currencies that open a line of
// pay, before its amount.
var payCurrencies = [...]string{
	"$", "£", "€", "¥", "￥", "₹", "₱", "rm", "usd", "sgd", "aud", "cad", "nzd", "hkd", "gbp", "eur", "php", "inr", "nt$",
}

// hanPayWords are the Chinese words that open a line of pay.
var hanPayWords = [...]string{"底薪", "月薪", "年薪", "时薪", "日薪", "薪资", "薪酬", "工资", "综合薪资", "综合月薪", "保底"}

// startsWithPay reports whether line opens with an amount of money: a
// currency's sign or code, perhaps "S", "A", "C", "NZ" or "HK" before a
// dollar sign and a space after a code, then a digit ("$52,000 - $60,000",
// "S$4,500", "SGD 3,500/month", "£28k"); or a Chinese word of pay before a
// digit (底薪5500-8000 + 销售额提成, 月薪：6-9K).
func startsWithPay(line []byte) bool {
	for _, w := range hanPayWords {
		if rest, ok := bytes.CutPrefix(line, []byte(w)); ok {
			rest = bytes.TrimLeft(rest, " :")
			rest = bytes.TrimPrefix(rest, []byte("："))
			return len(rest) > 0 && isDigit(rest[0])
		}
	}
	for _, p := range [...]string{"s$", "a$", "c$", "nz$", "hk$"} {
		if hasPrefixFold(line, p) {
			line = line[len(p)-1:]
			break
		}
	}
	for _, c := range payCurrencies {
		if hasPrefixFold(line, c) {
			rest := line[len(c):]
			if len(rest) > 0 && rest[0] == ' ' {
				rest = rest[1:]
			}
			return len(rest) > 0 && isDigit(rest[0])
		}
	}
	return false
}

// withoutFormer returns the length of line, a title, without the earlier
// job that a resume's headline may name after it: "Community Manager ·
// former secondary Geography teacher", "Data Analyst | ex-nurse".
func withoutFormer(line []byte) int {
	for i, c := range line {
		if c != ' ' && c != ',' {
			continue
		}
		for _, seps := range [...][]string{spacedDashes[:], {" · ", " | ", ", ", " ("}} {
			for _, sep := range seps {
				if rest, ok := bytes.CutPrefix(line[i:], []byte(sep)); ok && (hasPrefixFold(rest, "former ") || hasPrefixFold(rest, "formerly ") || hasPrefixFold(rest, "ex-") || hasPrefixFold(rest, "previously ")) {
					return i
				}
			}
		}
	}
	return len(line)
}

// withoutPay returns the length of line, a title, without the pay that a
// job board's card may write after it and a space (店铺运营（视觉设计）
// 5000-8000元, 运营专员 8-12K·13薪), or right after a Chinese character when
// a page's spans ran the two together (直播运营8-12K), or after a Chinese
// word of pay, with whatever follows.
func withoutPay(line []byte) int {
	// A Chinese word of pay and its amount end the title wherever they
	// stand, and what follows them: 美妆带货主播（店播/达播）底薪8-12K+提成
	// 有直播运营经验优先.
	cut := len(line)
	for _, w := range hanPayWords {
		if k := bytes.Index(line, []byte(w)); k > 0 && k < cut && startsWithPay(line[k:]) {
			cut = k
		}
	}
	if cut < len(line) {
		_, j := trimSpace(line[:cut])
		return j
	}
	k := bytes.LastIndexByte(line, ' ') + 1 // where the pay would start
	if j := glued(line); j > k {
		k = j
	}
	if k <= 0 || k == len(line) || !isDigit(line[k]) {
		return len(line)
	}
	pay := line[k:]
	for _, unit := range [...]string{"元", "K", "k", "万", "千", "薪"} {
		if bytes.Contains(pay, []byte(unit)) {
			_, j := trimSpace(line[:k])
			return j
		}
	}
	return len(line)
}

// glued returns where a pay that follows a Chinese character without a
// space starts at the end of line: digits and the signs of a pay range
// only, up to the end; or -1.
func glued(line []byte) int {
	i := len(line)
	for i > 0 && (isDigit(line[i-1]) || bytes.IndexByte([]byte("-~.kKwW"), line[i-1]) >= 0) {
		i--
	}
	for i < len(line) && !isDigit(line[i]) {
		i++ // a range's sign or unit before its digits is no pay's start
	}
	if i == 0 || i == len(line) {
		return -1
	}
	if r, _ := utf8.DecodeLastRune(line[:i]); !fold.IsHan(r) {
		return -1
	}
	return i
}

// namesPerson reports whether line names a person by an honorific, as a
// recruiter's signature or a chat's sender does ("HR 何女士 · 青禾生物",
// 联系人王先生), greets one, as a candidate's first message does (HR您好),
// or starts with a pronoun, as a sentence of a message does
// (我是某某咨询的顾问Cindy), or with the salutation of a letter
// (尊敬的招聘负责人：, "Dear Hiring Manager,"). Its role words are the
// person's, not the job's.
func namesPerson(line []byte) bool {
	return startsWord(line, []string{"我", "你", "您", "咱", "尊敬的", "亲爱的"}) || hasPrefixFold(line, "dear ") ||
		containsAny(line, "女士", "先生", "小姐", "您好", "你好")
}

// lastIndex returns the index of the last sep in b, or -1, as
// bytes.LastIndex does. It jumps back from one occurrence of sep's first
// byte to the one before, where bytes.LastIndex hashes every byte: for a
// separator that starts with a byte beyond ASCII, rare in the text, it
// reads little more than bytes.LastIndexByte does.
func lastIndex(b []byte, sep string) int {
	if len(sep) == 0 {
		return len(b)
	}
	for end := len(b) - len(sep) + 1; end > 0; {
		k := bytes.LastIndexByte(b[:end], sep[0])
		if k < 0 {
			return -1
		}
		if string(b[k:k+len(sep)]) == sep {
			return k
		}
		end = k
	}
	return -1
}

// containsAny reports whether line holds any of words.
func containsAny(line []byte, words ...string) bool {
	for _, w := range words {
		if bytes.Contains(line, []byte(w)) {
			return true
		}
	}
	return false
}

// hasAddress reports whether line holds an e-mail address or a web
// address, which a title does not: "发简历到 hr@example.com" names no
// recruiter's job.
func hasAddress(line []byte) bool {
	if i := bytes.IndexByte(line, '@'); i > 0 && i+1 < len(line) && line[i-1] != ' ' && line[i+1] != ' ' {
		return true
	}
	return bytes.Contains(line, []byte("://")) || bytes.Contains(line, []byte("www."))
}

// isByline reports whether line is the byline of a WeChat article
// ("鲜到家招聘 2024-04-16 12:00 发表于上海", "原创 青柚学堂HR 青柚学堂 2024-03-12",
// "星曜汽车招聘 2024年05月09日 18:00 广东") or of a message in a chat's
// export, which ends with the time it was sent ("刘佳怡(私域运营负责人)
// 09:12"), or the line that says how long ago a social post was written
// (12分钟前 · 来自 求职招聘互助): the role is the sender's.
func isByline(line []byte) bool {
	return containsAny(line, "发表于") || bytes.HasPrefix(line, []byte("原创 ")) ||
		endsWithTime(line) || datedTime(line) || postedAgo(line)
}

// postedAgo reports whether line starts with how long ago a post was
// written, as Chinese social apps write it over or under the post: 12分钟前
// · 来自 求职招聘互助, 3小时前, 刚刚.
func postedAgo(line []byte) bool {
	if bytes.HasPrefix(line, []byte("刚刚")) {
		return true
	}
	i := 0
	for i < len(line) && isDigit(line[i]) {
		i++
	}
	return i > 0 && startsWord(line[i:], []string{"分钟前", "小时前", "天前"})
}

// endsWithTime reports whether line ends with a time of day after a space:
// " 9:05", " 09:12", " 14:30:08".
func endsWithTime(line []byte) bool {
	k := bytes.LastIndexByte(line, ' ')
	return k >= 0 && isTimeOfDay(line[k+1:])
}

// datedTime reports whether a word of line is a time of day after a date:
// "2024年05月09日 18:00", "2024-04-16 12:00", the words parted by spaces or
// ideographic spaces.
func datedTime(line []byte) bool {
	var before []byte             // the word before
	line = bytes.Trim(line, "*_") // a Markdown article's byline in italics
	for len(line) > 0 {
		word := line
		if k := bytes.IndexAny(line, " \u3000"); k >= 0 {
			_, n := utf8.DecodeRune(line[k:])
			word, line = line[:k], line[k+n:]
		} else {
			line = nil
		}
		if isTimeOfDay(word) && len(before) >= len("5日") && (bytes.HasSuffix(before, []byte("日")) || isDigit(before[len(before)-1]) && isDigit(before[0])) {
			return true
		}
		before = word
	}
	return false
}

// maxSenderBytes bounds a message's header of sender and time at the start
// of a line (see senderEnd).
const maxSenderBytes = 160

// senderEnd returns where the header of a message that starts line ends,
// if it has one: its sender's name and job, parted by dots or bars, and
// the time of day it was sent, before the message, as a chat or an InMail
// lost its line breaks ("Priya Raman · Talent Partner at Loomwise · 10:42
// AM Hi Wei, I'm hiring a Community Lead …", 脉脉 · 林晟 | 星屿互娱 发行中心HR ·
// 14:36 嗨 子豪，我们在招…); or 0. The sender's job is no title of the
// message's.
func senderEnd(line []byte) int {
	head := runePrefix(line, maxSenderBytes)
	sep := false
	for i := 0; i < len(head); {
		r, n := utf8.DecodeRune(head[i:])
		switch {
		case r == '·' || r == '|' || r == '｜' || r == '•':
			sep = true
		case strings.ContainsRune("，。！？；,!?;", r):
			return 0 // a headline or a sentence, not a header of fields
		case sep && isDigit(head[i]) && (i == 0 || head[i-1] == ' '):
			j := i
			for j < len(head) && (isDigit(head[j]) || head[j] == ':') {
				j++
			}
			if isTimeOfDay(head[i:j]) && (j == len(head) || head[j] == ' ') && !afterDate(head[:i]) {
				for _, m := range [...]string{" AM", " PM", " am", " pm"} {
					if bytes.HasPrefix(head[j:], []byte(m)) {
						j += len(m)
					}
				}
				return j
			}
		}
		i += n
	}
	return 0
}

// afterDate reports whether before, the text before a time of day, ends
// with a date (2024-10-14, 2024/10/14, 2024年10月14日), as an article's byline
// dates it under its headline, which names the job.
func afterDate(before []byte) bool {
	before = bytes.TrimRight(before, " ")
	if bytes.HasSuffix(before, []byte("日")) {
		return true
	}
	k := bytes.LastIndexByte(before, ' ') + 1
	w := before[k:]
	return len(w) >= 8 && isDigit(w[0]) && isDigit(w[len(w)-1]) && bytes.ContainsAny(w, "-/.")
}

// isTimeOfDay reports whether t is a time of day: "9:05", "09:12",
// "14:30:08".
func isTimeOfDay(t []byte) bool {
	if len(t) > 5 && t[len(t)-3] == ':' {
		t = t[:len(t)-3] // the seconds
	}
	c := bytes.IndexByte(t, ':')
	if c < 1 || c > 2 || len(t)-c != 3 {
		return false
	}
	for i, d := range t {
		if i != c && !isDigit(d) {
			return false
		}
	}
	return true
}

// isBullet reports whether line starts as an item of a list: "- ",
// "* ", "• ", "1. ", "2、", "(3)", "（一）"; not as "(Senior) Community
// Manager" or Markdown's "**Community Manager**".
func isBullet(line []byte) bool {
	r, n := utf8.DecodeRune(line)
	switch r {
	case '*':
		return n < len(line) && (line[n] == ' ' || line[n] == '\t')
	case '-', '•', '·', '●', '▪', '◆', '–', '—':
		return true
	case '(', '（':
		return isNumbering(line[n:])
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

// isNumbering reports whether b, the text after an opening bracket, starts
// with the number of an item and the closing bracket: "3)", "iv)", "b)",
// "一）".
func isNumbering(b []byte) bool {
	for i, runes := 0, 0; i < len(b) && runes <= 4; runes++ {
		r, n := utf8.DecodeRune(b[i:])
		switch {
		case r == ')' || r == '）':
			return runes > 0
		case '0' <= r && r <= '9', strings.ContainsRune("ivxIVX一二三四五六七八九十", r), runes == 0 && isASCIILetter(byte(r)) && r < utf8.RuneSelf:
		default:
			return false
		}
		i += n
	}
	return false
}

// jobAlertLine reports whether line is a job alert's count of the jobs it
// found (7 new jobs match your preferences), or names the query of the
// alert, in its subject or over the jobs: Job alert: 1 new job for "operations
// analyst", Your job alert for operations in Berlin, Jobs for "channel
// manager" near Austin, New jobs matching "community manager" in
// Wakefield, Your Totaljobs alert: operations manager, and LinkedIn's
// subject, the query quoted before a colon ("operations manager": Nordavia
// Biotherapeutics - Clinical Operations Manager and more). The query is
// what the reader searched, not the job below it.
func jobAlertLine(line []byte) bool {
	if hasPrefixFold(line, "subject:") {
		line = trimSpaceBytes(line[len("subject:"):])
	}
	// The counts, and the words and prefixes of the first queries, all
	// hold "job", which most lines do not: one search for it spares the
	// others.
	if containsFold(line, "job") {
		if containsFold(line, "new job matches") || containsFold(line, "new jobs match") || containsFold(line, "jobs matching your") {
			return true
		}
		for _, w := range [...]string{"new job for ", "new jobs for ", "jobs for ", "jobs matching "} {
			if i := indexFold(line, w); i >= 0 && isQuote(line[i+len(w):]) {
				return true
			}
		}
		for _, p := range [...]string{"your job alert for ", "job alert for ", "new jobs: "} {
			if hasPrefixFold(line, p) {
				return true
			}
		}
	}
	if hasPrefixFold(line, "your ") {
		// Your Totaljobs alert: …, Your Reed job alert: …
		if k := indexFold(line, " alert:"); k > 0 && bytes.Count(line[:k], []byte(" ")) <= 2 {
			return true
		}
	}
	if isQuote(line) {
		// Not a record's key: what follows names the jobs found.
		_, n := utf8.DecodeRune(line)
		if k := bytes.IndexAny(line[n:], "\"”'’"); k > 0 {
			_, q := utf8.DecodeRune(line[n+k:])
			if rest, ok := bytes.CutPrefix(line[n+k+q:], []byte(": ")); ok {
				return containsFold(rest, " and more") || containsFold(rest, "opportunit")
			}
		}
	}
	return false
}

// isQuote reports whether b starts with a quotation mark.
func isQuote(b []byte) bool {
	r, _ := utf8.DecodeRune(b)
	return r == '"' || r == '“' || r == '\'' || r == '‘'
}

// isSearchBox reports whether line is a job board's search box copied as
// text, the query in brackets beside the button: "[ 运营支撑 ]  搜索",
// "搜索：[ 内容运营 ]  [搜索]", "[ community manager ] Search".
func isSearchBox(line []byte) bool {
	if bytes.Contains(line, []byte("[搜索]")) || bytes.Contains(line, []byte("[搜尋]")) || containsFold(line, "[search]") {
		return true // the button
	}
	// The box's hint and the button, on lines of their own: 搜索职位、公司、商圈,
	// 请输入职位名称或公司名称  搜 索, 搜索.
	for _, p := range [...]string{"搜索", "搜 索", "输入职位", "请输入职位", "输入关键", "请输入关键"} {
		if bytes.HasPrefix(line, []byte(p)) && len(line) <= maxChromeBytes/4 {
			return true
		}
	}
	// The query, padded in its box, beside the button's word; not a tag
	// in brackets before a title ([急招] 搜索广告运营, "[Research] Analyst").
	padded := bytes.Contains(line, []byte("[ ")) && bytes.Contains(line, []byte(" ]"))
	return padded && (bytes.Contains(line, []byte("搜索")) || bytes.Contains(line, []byte("搜尋")) || holdsWordOf(line, searchWords))
}

// searchWords are the words of a search button.
var searchWords = [][]byte{[]byte("search")}

// isBreadcrumb reports whether line is a careers page's trail of links,
// "Home > Open Positions > Operations", which names a section, not the job.
// A trail in a later field of a row parted by bars is an ATS's path to the
// job's team, after the job: "REQ# 77-40915 | Data Operations Specialist |
// Finance Shared Services > Data Operations".
func isBreadcrumb(line []byte) bool {
	if k := bytes.Index(line, []byte(" | ")); k > 0 {
		line = line[:k]
	}
	for _, sep := range crumbSeparators {
		// Look for the mark, rarer than the spaces around it.
		mark := sep[1 : len(sep)-1]
		for i := 0; i < len(line); {
			k := bytes.Index(line[i:], []byte(mark))
			if k < 0 {
				break
			}
			k += i
			if k > 0 && line[k-1] == ' ' && k+len(mark) < len(line) && line[k+len(mark)] == ' ' {
				return true
			}
			i = k + len(mark)
		}
	}
	return false
}

// linkArrows end a link to another page, which a line of a page's chrome
// may be: 美团外卖招聘页 >>, 查看更多 ».
var linkArrows = []string{">>", "»", "＞＞", "》》"}

// careerSiteNames end the banner of an employer's careers site:
// 米禾到家 · 招聘官网.
var careerSiteNames = []string{"招聘官网", "招聘门户", "人才招聘官网"}

// careerSiteSections name the section of an employer's careers site that
// a page belongs to, after the site's name: 团美招聘 · 社会招聘.
var careerSiteSections = [...]string{"社会招聘", "校园招聘", "实习生招聘", "职位详情", "职位列表", "社招", "校招"}

// isCareerSiteBanner reports whether line is the banner of an employer's
// careers site: the site's name, a separator and the section the page is
// in. The name ends in 招聘 or in one of careerSiteNames (团美招聘 · 社会招聘,
// 快映 招聘官网 ｜ 职位详情), or it is the employer's and ends as one does
// (淘市集团 · 社会招聘).
func isCareerSiteBanner(line []byte) bool {
	for _, sec := range careerSiteSections {
		site, ok := bytes.CutSuffix(line, []byte(sec))
		if !ok {
			continue
		}
		site = trimSpaceBytes(bytes.TrimRight(trimSpaceBytes(site), "·•-–—|｜/"))
		return bytes.HasSuffix(site, []byte("招聘")) || endsWord(site, careerSiteNames) || endsWord(site, hirerEnds)
	}
	return false
}

// startsCategory reports whether line is the trail of a careers site's
// categories: a kind of hiring, a slash and a job family (社会招聘 / 运营).
func startsCategory(line []byte) bool {
	for _, c := range [...]string{"社会招聘", "校园招聘", "实习生招聘", "实习招聘", "社招", "校招"} {
		if rest, ok := bytes.CutPrefix(line, []byte(c)); ok {
			rest = trimSpaceBytes(rest)
			return bytes.HasPrefix(rest, []byte("/")) || bytes.HasPrefix(rest, []byte("／")) || bytes.HasPrefix(rest, []byte(">"))
		}
	}
	return false
}

// crumbSeparators part the links of a trail of links (the full-width one
// on job boards of Taiwan: 1111人力銀行 ＞ 職缺 ＞ 行銷企劃).
var crumbSeparators = [...]string{" > ", " › ", " » ", " ＞ "}

// maxChromeLines bounds the lines of a job board's page chrome that
// findTitle passes over above a posting's title.
const maxChromeLines = 24

// maxChromeBytes bounds a line of a job board's menus.
const maxChromeBytes = 256

// isPageChrome reports whether line is part of a job board's page around
// the posting, above its title, as where a whole page was copied or
// scraped: a trail of links (当前位置：首页 > 成都招聘 > 客服专员, "< Back to
// search results"), a menu or login bar (首页 | 找工作 | 登录/注册, "Find
// jobs  Company reviews  Sign in", a menu of Markdown links) or a search
// box ("What: warehouse operations  Where: Columbus, OH"), or a careers
// site's banner and trail of categories (米禾到家 · 招聘官网, 社会招聘 / 运营).
func isPageChrome(line []byte) bool {
	if isMarkdownImage(line) || isContactLine(line) {
		return true // a WeChat article's header image, whose caption says what it shows; a profile's contact
	}
	if isCookieNotice(line) || isButtonRow(line) || isLabel(line, siteChrome) || isConnectionDegree(line) {
		return true
	}
	if len(line) > maxChromeBytes {
		return false // text, or a posting that lost its line breaks
	}
	if isBreadcrumb(line) || endsWord(line, careerSiteNames) || isCareerSiteBanner(line) || endsWord(line, linkArrows) || startsCategory(line) || bytes.Count(line, []byte("](")) >= 2 {
		return true // the last: a menu of Markdown links, "[Product](#) · [Pricing](#)"
	}
	for _, p := range [...]string{"当前位置", "您当前位置", "您的位置", "目前位置", "< ", "‹ ", "← ", "返回", "what:", "back to ", "skip to "} {
		if hasPrefixFold(line, p) {
			return true
		}
	}
	if isCompanySize(line) {
		return true // an employer's card on a board's page: "11-50 Employees · Healthcare · Marketplaces"
	}
	if isBoardName(line) || isHanBoardName(line) || isBoardSlogan(line) {
		return true // Civil Service Jobs, publicjobs, 秦才网——西安人的求职招聘平台
	}
	if isFilter(line) {
		return true // a list page's filters: ○ 运营：用户运营 / 活动运营, 职位类别：全部 / 运营 / 产品
	}
	for _, p := range [...]string{"热门职位", "热门岗位", "热门搜索", "热搜", "热招职位", "热门招聘", "热门：", "热门:"} {
		if bytes.HasPrefix(line, []byte(p)) {
			return true // a board's popular searches: 热门职位：客服专员 质检 话务员
		}
	}
	if isScanHeader(line) {
		return true // an OCR tool's header over the text it read
	}
	if isForumHeader(line) {
		return true // a bulletin board's post: 作者 chahiwa_hr (茶日和人資), 看板 job
	}
	if isSpeakerLine(line) {
		return true // a recording's speaker: [Speaker 1 – Wanjiru K., Talent Lead]
	}
	if isChatGroup(line) {
		return true // a chat group's name: 飞书｜麦穗里烘焙·湘中区域 招聘内推群
	}
	if isSearchBox(line) {
		return true // a job board's search box and the query typed in it
	}
	if t := bytes.TrimRight(line, " "); hasHan(t) && len(t) <= maxChromeBytes/4 && endsWord(t, cityMenuEnds[:]) {
		return true // the board's city and its menu of others: 沈阳 ▼, 徐州 切换城市, [西安]切换
	}
	if bytes.Contains(line, []byte("来自")) && endsWord(bytes.TrimRight(line, " :："), []string{"的消息", "的私信", "的留言", "的邀请"}) {
		return true // a chat's header: 来自 HR 陆蔓 的消息
	}
	if jobAlertLine(line) {
		return true // a job alert's count over the jobs it lists, or its query
	}
	if isHanMenu(line) || isSiteMenu(line) {
		return true // 首页 招聘 简历 兼职 企业入驻 发布信息 我的
	}
	home := menuHome(line)
	if home && !containsAny(line, "，", "。", "；", "、") {
		return true // a menu whose links run together: 拉勾招聘 首页职位公司我的简历消息
	}
	// A menu parts its items with bars or runs of spaces; a line of prose
	// has neither.
	if bytes.IndexByte(line, '|') < 0 && !bytes.Contains(line, []byte("｜")) && !bytes.Contains(line, []byte("  ")) {
		return false
	}
	if home {
		return true
	}
	for _, w := range navWords {
		if bytes.Contains(line, w) {
			return true
		}
	}
	if countedJobsTab(line) {
		return true // the tabs of an employer's page: "Overview    Jobs (4)    Culture & Benefits"
	}
	for i, c := range line {
		if navFirst[c] && (i == 0 || !isASCIILetter(line[i-1])) && wordAt(line, i, nil, navWordsLatin) > 0 {
			return true
		}
	}
	return false
}

// menuHome reports whether line holds a site menu's link to its home page
// (首页, 首頁): first on the line or after a space or a mark, or right
// before another link (首页职位公司); not a shop's or an app's own home
// page, which a designer decorates (店铺首页装修) or a title's bracket
// names as the place its traffic is shared out (流量运营专家（首页与核心场域）).
func menuHome(line []byte) bool {
	for _, w := range homeWords {
		for i := 0; ; {
			k := bytes.Index(line[i:], w)
			if k < 0 {
				break
			}
			i += k
			r, _ := utf8.DecodeLastRune(line[:i])
			if i == 0 || !fold.IsHan(r) && !strings.ContainsRune("（(【[「", r) || startsWord(line[i+len(w):], menuNext[:]) {
				return true
			}
			i += len(w)
		}
	}
	return false
}

// menuNext are what may follow a menu's 首页: another link, or the mark
// of a trail of links.
var menuNext = [...]string{"职位", "職位", "招聘", "公司", " >", ">", " ›", " ·"}

// isFilter reports whether line is one of the filters that a careers
// site's list of jobs shows beside a job's page: an option with its radio
// button or check box, or a field whose values start with 全部 (all).
func isFilter(line []byte) bool {
	for _, mark := range [...]string{"○", "◯", "◉", "☐", "☑", "☒", "□"} {
		if bytes.HasPrefix(line, []byte(mark)) {
			return true
		}
	}
	if rest, ok := bytes.CutPrefix(line, []byte("●")); ok {
		// The option chosen, and not a poster's bullet (● 收银员 若干名):
		// a field and its values.
		return bytes.ContainsAny(rest, "：:") && bytes.Count(rest, []byte("/"))+bytes.Count(rest, []byte("／")) >= 2
	}
	k := bytes.Index(line, []byte("："))
	if k < 0 || k > 6*len("字") {
		return false
	}
	return bytes.HasPrefix(trimSpaceBytes(line[k+len("："):]), []byte("全部"))
}

// isConnectionDegree reports whether line is one of the lines around a
// LinkedIn profile's name that give the pronouns and how far the reader's
// network reaches ("He/Him · 2nd", "3rd+", "(She/Her)"), or the caption of
// its photos ("Background photo of Rhea Mae Sarmiento").
func isConnectionDegree(line []byte) bool {
	if k := lastIndex(line, "· "); k >= 0 {
		line = line[k+len("· "):]
	}
	line = bytes.Trim(line, " ()")
	return isLabel(line, connectionDegrees) || isLabel(line, pronouns) ||
		hasPrefixFold(line, "background photo of ") || hasPrefixFold(line, "profile photo of ")
}

// connectionDegrees are LinkedIn's degrees of connection, and pronouns
// the pronouns a profile may show on a line of their own.
var (
	connectionDegrees = [][]byte{[]byte("1st"), []byte("2nd"), []byte("3rd"), []byte("3rd+")}
	pronouns          = [][]byte{[]byte("he/him"), []byte("she/her"), []byte("they/them"), []byte("he/they"), []byte("she/they")}
)

// siteChrome are the lines of a careers site's or a job board's header
// that stand alone, links and the names of the languages it offers.
var siteChrome = [][]byte{
	[]byte("careers home"), []byte("search for jobs"), []byte("search jobs"), []byte("sign in"), []byte("sign up"), []byte("log in"), []byte("join now"),
	[]byte("skip to main content"), []byte("skip to content"), []byte("english"), []byte("deutsch"), []byte("español"), []byte("français"),
	[]byte("français (canada)"), []byte("italiano"), []byte("nederlands"), []byte("português"), []byte("polski"), []byte("日本語"), []byte("简体中文"), []byte("繁體中文"),
}

// isCookieNotice reports whether line is a site's notice of its cookies:
// "This site uses cookies for analytics… Learn more ✕", "Cookie notice: We
// and selected third parties use cookies… [Accept] [Reject]".
func isCookieNotice(line []byte) bool {
	return len(line) <= maxCookieBytes && containsFold(line, "cookies") &&
		containsAnyFold(line, "this site", "we use", "uses cookies", "consent", "accept", "wir nutzen", "wir verwenden", "akzeptieren", "einwilligung", "zustimm")
}

// isButtonRow reports whether line holds only buttons, words in square
// brackets: "[Akzeptieren]  [Ablehnen]", "[ Apply ]  [ ♡ Save ]".
func isButtonRow(line []byte) bool {
	buttons := 0
	for line = trimSpaceBytes(line); len(line) > 0; line = trimSpaceBytes(line) {
		if line[0] != '[' {
			return false
		}
		k := bytes.IndexByte(line, ']')
		if k < 0 {
			return false
		}
		line = line[k+1:]
		buttons++
	}
	return buttons >= 2
}

// maxCookieBytes bounds a notice of cookies.
const maxCookieBytes = 600

// allDigits reports whether b is a number, ASCII digits only.
func allDigits(b []byte) bool {
	for _, c := range b {
		if !isDigit(c) {
			return false
		}
	}
	return len(b) > 0
}

// maxTreeItemBytes bounds an item of a tree of filters.
const maxTreeItemBytes = 12 * 3

// hasPunctButSlash reports whether b holds punctuation other than the
// slashes that part a menu's items (主播/达人).
func hasPunctButSlash(b []byte) bool {
	return bytes.IndexFunc(b, func(r rune) bool { return unicode.IsPunct(r) && r != '/' && r != '／' }) >= 0
}

// isMenuItem reports whether line is one item of a job board's menu, or a
// heading of the filters of a careers site's list of jobs, which a page
// copied as text may put on a line of its own (首页, 职位, 公司, 登录, 工作地点,
// 事业群, "My Network", "Messaging" …): a label alone too, 职位 is a menu's
// item only among other chrome.
func isMenuItem(line []byte) bool {
	return isLabel(line, homeWords) || isLabel(line, navWords) || isLabel(line, menuItems)
}

// menuItems are the items of job boards' menus besides navWords, and the
// headings of their filters.
var menuItems = [][]byte{[]byte("职位"), []byte("公司"), []byte("校园"), []byte("校园招聘"), []byte("社会招聘"), []byte("实习生招聘"), []byte("人才政策"), []byte("下载APP"), []byte("企业招聘"), []byte("企业版"), []byte("注册"), []byte("登录/注册"), []byte("我的"), []byte("消息"), []byte("简历"), []byte("发布职位"), []byte("招聘会"), []byte("职场资讯"), []byte("关于我们"), []byte("职位类别"), []byte("职位类型"), []byte("工作地点"), []byte("工作城市"), []byte("事业群"), []byte("所属部门"), []byte("招聘类型"), []byte("筛选"), []byte("重置"), []byte("清空"), []byte("清空筛选"),
	[]byte("LinkedIn"), []byte("Search"), []byte("Home"), []byte("My Network"), []byte("Jobs"), []byte("Messaging"), []byte("Notifications"), []byte("Me"), []byte("For Business"), []byte("Work"), []byte("Try Premium for $0"), []byte("Learning"), []byte("Try Premium"), []byte("Premium"), []byte("Sign in"), []byte("Join now"), []byte("Menu")}

// isSiteMenu reports whether line is the menu of a company's site, its
// items parted by bars, one of them about the company and another its
// jobs: 風禾自行車 FENGHE CYCLES｜關於風禾｜產品系列｜人才招募｜EN.
func isSiteMenu(line []byte) bool {
	bars := bytes.Count(line, []byte("｜")) + bytes.Count(line, []byte("|"))
	return bars >= 3 && containsAny(line, "关于", "關於") && containsAny(line, siteJobsItems[:]...)
}

// siteJobsItems are the items of a company site's menu that lead to its
// jobs.
var siteJobsItems = [...]string{"人才招募", "人才招聘", "加入我们", "加入我們", "招贤纳士", "招賢納士", "社会招聘", "社會招聘", "校园招聘", "校園招聘"}

// isHanMenu reports whether line is a Chinese menu whose items single
// spaces part: at least four items of at most four characters each, one
// of them a word of menus (see navWords), as in 首页 招聘 简历 兼职 企业入驻
// 发布信息 我的.
func isHanMenu(line []byte) bool {
	items, nav := 0, false
	for len(line) > 0 {
		k := bytes.IndexByte(line, ' ')
		if k < 0 {
			k = len(line)
		}
		item := line[:k]
		line = line[min(k+1, len(line)):]
		if len(item) == 0 {
			continue
		}
		if len(item) > 4*len("字") || !hasHan(item) {
			return false
		}
		items++
		nav = nav || isLabel(item, navWords)
	}
	return items >= 4 && nav
}

// formEnds end the heading of an HR department's form or an employee's
// report about a job, which a label further down names.
var formEnds = [...]string{"考核表", "评估表", "评价表", "申请表", "登记表", "审批表", "评分表", "说明书", "述职报告", "工作总结", "年终总结"}

// isLatinFormHeading reports whether line is the heading of an HR
// department's form in English, whose last word before its bracket and
// its version is "form": "MANPOWER REQUISITION FORM (MRF) - v3.2",
// "Position Request Form"; or in German, a role profile
// (STELLENBESCHREIBUNG, Stellenprofil).
func isLatinFormHeading(line []byte) bool {
	if hasHan(line) {
		return false
	}
	if k := dashIndex(line); k > 0 {
		line = line[:k]
	}
	line = trimSpaceBytes(line)
	_, j := trimSpace(line[:bracketStart(line)])
	return endsWithWord(line[:j], "form") || endsWithWord(line[:j], "stellenbeschreibung") || endsWithWord(line[:j], "stellenprofil")
}

// isFormHeading reports whether line, without a bracket at its end, is the
// heading of a form or a report (see formEnds): 2025年度员工绩效考核表（主管及专业技术人员适用）.
func isFormHeading(line []byte) bool {
	_, j := trimSpace(line[:bracketStart(line)])
	return endsWord(line[:j], formEnds[:])
}

// chatMessageStart returns where the message starts in line, a chat
// export's line that opens with the time it was sent and its sender, as
// WhatsApp writes them ("[08/01/26, 09:14] Brian Mwangi (Pikipiki
// Express): *DISPATCH TEAM LEAD – …*", "08/01/2026, 09:14 - Brian: …"), or
// 0 if it has no such opening.
func chatMessageStart(line []byte) int {
	i := 0
	if bytes.HasPrefix(line, []byte("[")) {
		k := bytes.IndexByte(line, ']')
		if k < 0 || !bytes.Contains(line[:k], []byte(":")) || !bytes.Contains(line[:k], []byte("/")) {
			return 0
		}
		i = k + 1
	} else {
		if len(line) == 0 || !isDigit(line[0]) {
			return 0 // most lines, before a search of the line
		}
		k := bytes.Index(line[:min(len(line), 24+len(" - "))], []byte(" - "))
		if k < 8 || !bytes.Contains(line[:k], []byte(":")) || !bytes.Contains(line[:k], []byte("/")) {
			return 0
		}
		i = k + len(" - ")
	}
	rest := line[i:]
	k := bytes.Index(rest, []byte(": "))
	if k <= 0 || k > maxSenderBytes/2 {
		return 0
	}
	return i + k + len(": ")
}

// isChatSender reports whether line is a chat export's line over a
// message, with the time the message was sent and its sender and nothing
// else: "2026-03-12 09:14 刘总-木韵家居：" or "🌟群主-保定人才小郭 08:30".
func isChatSender(line []byte) bool {
	if len(line) > maxSenderBytes/2 {
		return false
	}
	// The sender first, the time last.
	if k := bytes.LastIndexByte(line, ' '); k > 0 && isTimeOfDay(line[k+1:]) {
		return !bytes.ContainsAny(line[:k], "：:")
	}
	// The time first, after its date or not, and the sender after it,
	// with a colon.
	first, rest, _ := bytes.Cut(line, []byte(" "))
	if afterDate(first) {
		first, rest, _ = bytes.Cut(rest, []byte(" "))
	}
	name := trimSpaceBytes(rest)
	return isTimeOfDay(first) && len(name) > 0 && (bytes.HasSuffix(name, []byte("：")) || bytes.HasSuffix(name, []byte(":")))
}

// isChatGroup reports whether line names a group chat or a private one,
// over the messages of its export: it starts with the chat app's name
// (飞书｜…, 钉钉 …), ends with a word for a group chat or a chat's record
// (…招聘内推群, …运营中心 群聊, 与"王姐"的聊天记录), or names the chat's two
// people (何婧（恒岳人才·猎头顾问） 与 宋一鸣, 杨晓雯 ↔ 普建华).
func isChatGroup(line []byte) bool {
	for _, app := range [...]string{"飞书", "钉钉", "企业微信", "微信群", "企微"} {
		if rest, ok := bytes.CutPrefix(line, []byte(app)); ok && (startsWord(rest, []string{" ", "｜", "|", "·", "\u3000"})) {
			return true
		}
	}
	// A group's name may end with its number and its rules in brackets:
	// 海口招聘求职交流群③（禁广告 违者踢）.
	_, j := trimSpace(line[:bracketStart(line)])
	name := bytes.TrimRight(line[:j], "0123456789①②③④⑤⑥⑦⑧⑨⑩()（） ")
	if endsWord(name, []string{"群聊", "群聊记录", "内推群", "招聘群", "求职群", "交流群", "工作群", "的聊天记录", "聊天记录"}) {
		return true
	}
	// Or with its number before 群: 南康家具人才招聘①群(487).
	if g, ok := bytes.CutSuffix(name, []byte("群")); ok {
		g = bytes.TrimRight(g, "0123456789①②③④⑤⑥⑦⑧⑨⑩一二三四五六七八九十")
		if len(g) < len(name)-len("群") && endsWord(g, []string{"内推", "招聘", "求职", "交流", "工作"}) {
			return true
		}
	}
	// A private chat's two people: 何婧（恒岳人才·猎头顾问） 与 宋一鸣, 杨晓雯 ↔ 普建华.
	if bytes.Contains(line, []byte("↔")) {
		return true
	}
	k := bytes.Index(line, []byte(" 与 "))
	return k > 0 && bytes.HasSuffix(trimSpaceBytes(line[:k]), []byte("）"))
}

// isSpeakerLine reports whether line, in brackets or not, names a
// recording's speaker, as a transcript heads what each says ("[Speaker 1 –
// Wanjiru K., Talent Lead, Tembo Lanes]", 【发言人2】), or lists its speakers.
func isSpeakerLine(line []byte) bool {
	if bytes.HasPrefix(line, []byte("[")) && bytes.HasSuffix(line, []byte("]")) && bytes.Contains(line, []byte("] [")) {
		return true // the speakers in brackets: [Kelly 猎头顾问] [候选人 孙]
	}
	line = bytes.TrimLeft(line, "[(【（")
	if hasPrefixFold(line, "speakers:") || hasPrefixFold(line, "participants:") {
		return true // the list of them: [Speakers: Speaker 1 = Achieng Otieno (Talent Acquisition, Tiffo) · …]
	}
	for _, w := range [...]string{"speaker ", "说话人", "说话者", "发言人"} {
		if hasPrefixFold(line, w) {
			r, _ := utf8.DecodeRune(line[len(w):])
			return isCountRune(r) || r == ' ' || r == '-' || r == '–'
		}
	}
	return false
}

// isMarkdownImage reports whether line is a Markdown image and nothing
// else: ![caption](address).
func isMarkdownImage(line []byte) bool {
	if !bytes.HasPrefix(line, []byte("![")) || !bytes.HasSuffix(line, []byte(")")) {
		return false
	}
	k := bytes.Index(line, []byte("]("))
	return k > 0 && !bytes.ContainsAny(line[k:], " \t")
}

// scanHeaderWords name the text that an OCR tool read from an image or a
// speech recognizer from a recording, in the header it writes over it:
// 图片文字识别结果, 识别引擎, 语音转文字, "SPEECH-TO-TEXT TRANSCRIPT".
var scanHeaderWords = [...]string{"识别结果", "文字识别", "识别引擎", "识别内容", "语音转文字", "语音识别", "转写结果",
	// and of a chat app's export: 微信聊天记录导出 - 与「阿May 游戏HR」
	"聊天记录导出", "聊天记录备份", "聊天记录 导出"}

// speechHeaderWords are the English words of a speech recognizer's header.
var speechHeaderWords = [...]string{"speech-to-text", "speech to text", "automatic transcription", "auto-transcript", "voice note transcript", "auto-transcription", "chat export"}

// scanFileWords are what an OCR tool's header in English says besides
// "OCR": the scanned file, its page, the engine and its confidence.
var scanFileWords = [...]string{".tif", ".jpg", ".jpeg", ".png", ".pdf", "page ", "engine", "conf"}

// isScanHeader reports whether line is the header that an OCR tool or a
// speech recognizer writes over the text it read: "===== 图片文字识别结果
// （招聘海报.jpg）=====", "--- OCR output: scan_0412.tif (page 1/1) ---",
// "SPEECH-TO-TEXT TRANSCRIPT — Recruiter phone screen".
func isScanHeader(line []byte) bool {
	if containsAny(line, scanHeaderWords[:]...) || containsAnyFold(line, speechHeaderWords[:]...) {
		return true
	}
	for i := 0; ; {
		k := bytes.Index(line[i:], []byte("OCR"))
		if k < 0 {
			return false
		}
		i += k
		if (i == 0 || !isASCIILetter(line[i-1])) && (i+3 == len(line) || !isASCIILetter(line[i+3])) && containsAnyFold(line, scanFileWords[:]...) {
			return true
		}
		i += 3
	}
}

// isForumHeader reports whether line is one of the header lines that a
// bulletin board (PTT) writes over a post, its author, board or time, a
// Chinese word and a space before an ID in Latin script: "作者 chahiwa_hr
// (茶日和人資)", "看板 job", "時間 Thu Mar  5 09:18:02 2026" (read, as all the
// rules read, in Simplified Chinese). The line of its title, 標題 [徵才] …,
// is a subject (see forumSubjectLen, subjectLabels).
func isForumHeader(line []byte) bool {
	for _, w := range [...]string{"作者 ", "看板 ", "时间 "} {
		if rest, ok := bytes.CutPrefix(line, []byte(w)); ok {
			return len(rest) > 0 && isASCIILetter(rest[0])
		}
	}
	return false
}

// forumSubject is the word and the space before a bulletin board's title
// of a post, which labels it as a colon would (see isForumHeader).
const forumSubject = "标题 "

// forumSubjectLen returns the length of the label of a bulletin board's
// title of a post that starts line, or 0.
func forumSubjectLen(line []byte) int {
	if bytes.HasPrefix(line, []byte(forumSubject)) {
		return len(forumSubject)
	}
	return 0
}

// isBoardName reports whether line is the name of a job board alone, one
// to three words of which the last ends with "jobs" ("Civil Service
// Jobs", "APSjobs", publicjobs): no title is a plural of jobs.
func isBoardName(line []byte) bool {
	if hasHan(line) || bytes.Count(line, []byte(" ")) > 2 {
		return false
	}
	const jobs = "jobs"
	n := len(line) - len(jobs)
	return n >= 0 && bytes.EqualFold(line[n:], []byte(jobs)) && !bytes.ContainsAny(line, ":|·")
}

// isHanBoardName reports whether line is a Chinese job board's name, or
// its name and its slogan after a dash, whose end says what it is: 燕赵英才网,
// 徐州同城招工网, 秦才网——西安人的求职招聘平台, 辽才直聘 - 东北人自己的招聘APP.
// No title ends so.
func isHanBoardName(line []byte) bool {
	if !hasHan(line) || len(line) > maxChromeBytes {
		return false
	}
	if endsWord(bytes.TrimRight(line, " "), hanBoardEnds[:]) {
		return true
	}
	// The board's name over the trail of the categories that hold the
	// job: 1111人力銀行｜專案管理∕營運管理.
	k := firstSeparator(line, []string{"｜", "|"})
	return k > 0 && endsWord(trimSpaceBytes(line[:k]), hanBoardEnds[:]) && bytes.ContainsAny(line[k:], "/／∕>＞")
}

// cityMenuEnds end a job board's line that names the city of its jobs
// beside the menu that switches to another.
var cityMenuEnds = [...]string{"▼", "▾", "切换城市", "[切换城市]", "【切换城市】", "切换", "[切换]", "切換城市", "切換"}

// isBoardSlogan reports whether line is a job board's name and its slogan
// after a spaced dash: "LOGISTICSWORK.EU  —  Jobs in logistics, supply
// chain & transport".
func isBoardSlogan(line []byte) bool {
	if !containsFold(line, "job") && !containsFold(line, "career") {
		return false // most lines, before a search for the dash
	}
	k, n := lastSpacedDash(line)
	if k < 0 {
		return false
	}
	slogan := trimSpaceBytes(line[k+n:])
	for _, p := range [...]string{"jobs in ", "jobs for ", "careers in ", "the job board", "your job board", "the jobs board"} {
		if hasPrefixFold(slogan, p) {
			return true
		}
	}
	return false
}

// countedJobsTab reports whether line holds a tab of jobs with their count,
// "Jobs (4)", as an employer's page on a board has among its other tabs.
func countedJobsTab(line []byte) bool {
	for _, tab := range [...]string{"Jobs (", "jobs (", "JOBS ("} {
		i := bytes.Index(line, []byte(tab))
		if i < 0 || i > 0 && isASCIILetter(line[i-1]) {
			continue
		}
		rest := line[i+len(tab):]
		n := 0
		for n < len(rest) && '0' <= rest[n] && rest[n] <= '9' {
			n++
		}
		if n > 0 && n < len(rest) && rest[n] == ')' {
			return true
		}
	}
	return false
}

// isCompanySize reports whether line starts with an employer's headcount
// as a board's card of the employer gives it, "11-50 Employees",
// "1,001-5,000 employees", "10,001+ employees", 500-999人: no title does.
func isCompanySize(line []byte) bool {
	if len(line) == 0 || !isDigit(line[0]) {
		return false
	}
	i, ranged := 0, false // past the number, and whether it is a range ("11-50", "10,001+")
number:
	for i < len(line) {
		switch {
		case isDigit(line[i]) || line[i] == ',':
			i++
		case line[i] == '-' || line[i] == '+':
			i, ranged = i+1, true
		case bytes.HasPrefix(line[i:], []byte("–")): // 51–200
			i, ranged = i+len("–"), true
		default:
			break number
		}
	}
	rest := line[i:]
	if bytes.HasPrefix(rest, []byte("人")) {
		if !ranged {
			return false // 2人 may be a post's headcount
		}
		rest = rest[len("人"):]
		return len(rest) == 0 || rest[0] == ' ' || rest[0] == '|' || bytes.HasPrefix(rest, []byte("·")) || bytes.HasPrefix(rest, []byte("｜"))
	}
	rest = bytes.TrimPrefix(rest, []byte(" "))
	const employees = "employees"
	return len(rest) >= len(employees) && equalFoldString(rest[:len(employees)], employees) &&
		(len(rest) == len(employees) || !isASCIILetter(rest[len(employees)]))
}

// hanBoardEnds are the ends of Chinese job boards' names and slogans.
var hanBoardEnds = [...]string{"人力银行", "才网", "招聘网", "招工网", "求职网", "招聘网站", "招聘平台", "求职平台", "招聘APP", "招聘App", "直聘"}

// isContactLine reports whether line ends with one of the labels of
// contacts that a LinkedIn profile saved as PDF puts after its addresses,
// which wrap: "www.linkedin.com/in/gareth-", then "ashworth-ops (LinkedIn)".
func isContactLine(line []byte) bool {
	return endsWord(line, contactLabels)
}

// contactLabels are the labels of isContactLine.
var contactLabels = []string{"(LinkedIn)", "(Portfolio)", "(Personal)", "(Company)", "(Other)", "(Blog)", "(Mobile)", "(Home)", "(Work)"}

// homeWords name a site's home page in its menu (see menuHome); navWords
// and navWordsLatin are other words of a job board's menus and login
// bars, which no title or resume line holds.
var (
	homeWords     = [][]byte{[]byte("首页"), []byte("首頁")}
	navWords      = [][]byte{[]byte("登录"), []byte("登入"), []byte("找工作")}
	navWordsLatin = [][]byte{[]byte("sign in"), []byte("log in"), []byte("sign up"), []byte("find jobs"), []byte("job search"), []byte("post a job")}
	navFirst      = func() (first [256]bool) { // the first letters of navWordsLatin, in either case
		for _, w := range navWordsLatin {
			first[w[0]], first[w[0]-'a'+'A'] = true, true
		}
		return first
	}()
)

// maxCrumbBytes bounds the start of a long line where crumbTitle looks
// for a trail of links, under a page's menus.
const maxCrumbBytes = 600

// crumbTitle returns where the title is that ends a trail of links near
// the start of line, a line far too long to be a title, as a job board's
// page gives it once its line breaks are lost ("首页 | 找工作 … 当前位置：首页
// > 东莞 > 成本会计（运营财务） 成本会计（运营财务） 7-9千/月 …"): the field
// after the last of two separators or more, up to where the page's heading
// repeats it, or its start up to its last title word; or -1, -1.
func crumbTitle(line []byte, s *automaton.Scratch, found *[]automaton.Match) (start, end int) {
	head := runePrefix(line, maxCrumbBytes)
	last, n, seps := -1, 0, 0
	for _, sep := range crumbSeparators {
		if c := bytes.Count(head, []byte(sep)); c > seps {
			seps, n = c, len(sep)
			last = bytes.LastIndex(head, []byte(sep))
		}
	}
	if seps < 2 {
		return -1, -1
	}
	start = last + n
	f := line[start:]
	if k := bytes.Index(f, []byte(" #")); k >= 0 {
		// The page's heading after the trail, where the line breaks
		// were lost: "… > 运营中心 # IT运维工程师（门店系统支持）".
		h := k + 1
		for h < len(f) && f[h] == '#' {
			h++
		}
		if h < len(f) && f[h] == ' ' {
			start += h + 1
			f = f[h+1:]
			if k := bytes.Index(f, []byte(" - ")); k > 0 {
				f = f[:k] // a list's first item after the heading
			}
		}
	}
	f = f[:fieldEnd(f)]
	// The page's heading repeats the last link: 倉儲管理員 倉儲管理員 ….
	for i := 1; i < len(f) && i <= maxTitleRunes*utf8.UTFMax; i++ {
		if f[i] == ' ' && bytes.HasPrefix(bytes.TrimLeft(f[i:], " "), f[:i]) {
			f = f[:i]
			break
		}
	}
	if k := overlongTitle(f); k > 0 && looksLikeTitle(f[:k], s, found) {
		// The last link holds the whole title of an HR system's path:
		// "Revenue Operations > Sales Ops > Sr. Analyst, RevOps (SFDC,
		// pipeline reporting, territory & comp data) - EMEA".
		return start, start + k
	}
	if k := titlePrefix(f, s, found); k > 0 {
		return start, start + k
	}
	if looksLikeTitle(f, s, found) {
		return start, start + len(f)
	}
	if rest := line[start+len(f):]; bytes.HasPrefix(rest, []byte(" | ")) {
		// The last link, then the job's fields parted by bars, as an HR
		// system exports a position: "Operations > Customer Operations >
		// CI & Excellence | Continuous Improvement Specialist | Grade 6".
		fields := runePrefix(line[start:], maxCrumbBytes)
		if a, b := jobField(fields, s, found); a > len(f) {
			return start + a, start + b
		}
	}
	return -1, -1
}

// hasWord reports whether b holds a letter or a digit: a line without one
// is a rule, a frame or a row of stars, and says nothing.
func hasWord(b []byte) bool {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
		i += n
	}
	return false
}

// hasHan reports whether b holds a Chinese character.
func hasHan(b []byte) bool {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:]) // not range string(b), which copies a long b
		if fold.IsHan(r) {
			return true
		}
		i += n
	}
	return false
}

// isDigit reports whether b is an ASCII digit.
func isDigit(b byte) bool {
	return '0' <= b && b <= '9'
}

// withoutExclusions returns the length of line without the words that a
// search excludes at its end, each after a space and a minus: "渠道运营 快消
// 华东 -业务员 -销售代表", "ops analyst fintech london -intern -graduate". A
// minus before a digit or a space is no exclusion.
func withoutExclusions(line []byte) int {
	end := len(line)
	for {
		k := bytes.LastIndex(line[:end], []byte(" -"))
		if k < 0 || k+2 >= end || line[k+2] == ' ' || line[k+2] == '-' || isDigit(line[k+2]) || bytes.IndexByte(line[k+2:end], ' ') >= 0 {
			break // the last word is no exclusion
		}
		end = k
	}
	return len(bytes.TrimRight(line[:end], " "))
}
