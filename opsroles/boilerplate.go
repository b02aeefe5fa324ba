// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"bytes"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/rolemodels/ops/opsroles/internal/automaton"
)

// Job postings carry text about the employer rather than the job: what the
// company does (公司简介, "About us", "About Acme"), what it offers (福利待遇,
// Benefits) and its equal-opportunity statement; a job board's page copied
// whole lists other jobs besides (相似职位, "People also viewed"). A posting for a designer at a company
// "专注于用户增长与品牌营销" names two operations areas there and none in the
// job. Terms in such a section weigh boilerplateWeight of their value.
//
// The headings are patterns of the Matcher's scan, like any term, so that
// a text without them costs nothing more: only the lines around a heading
// the scan found are read.

// boilerplateWeight is what an occurrence in company boilerplate weighs.
const boilerplateWeight = 0.1

// maxBoilerplateLines bounds a boilerplate section under a heading, so that
// a section whose end is not marked cannot swallow the posting.
const maxBoilerplateLines = 20

// maxHeadingBytes bounds a heading line, decorations and colon aside.
const maxHeadingBytes = 40

// boilerplateLabels are the headings of company boilerplate; the scan
// folds them as it folds terms (公司簡介 is 公司简介, ABOUT US about us).
var boilerplateLabels = []string{
	"公司简介", "公司介绍", "企业简介", "企业介绍", "关于我们", "公司概况", "公司信息", "企业信息",
	"公司福利", "福利待遇", "薪资福利", "薪酬福利", "员工福利", "我们提供", "公司优势", "福利制度",
	// The hours, with the peak days that change them: 大促期间（618、双11）需轮值.
	"工作时间", "上班时间", "工作时段",
	"about us", "about the company", "about our company", "who we are", "our company", "our story",
	"company overview", "company description", "benefits", "perks", "perks and benefits",
	"benefits and perks", "what we offer", "why join us", "why work with us", "our commitment",
	"equal opportunity", "equal employment opportunity", "diversity and inclusion",
	"pay and benefits", "compensation and benefits",
	// German postings in English keep their German headings.
	"über uns", "wir bieten", "unser angebot", "das bieten wir",
	// The facts that LinkedIn lists under a posting, each heading over
	// one line: "Job function" over "Business Development and Sales"
	// says nothing of the job's own work.
	"seniority level", "employment type", "job function", "industries",
	// What a role profile says the job does not do: "Out of scope for
	// this role", over the work of the teams beside it.
	"out of scope", "out of scope for this role", "not in scope", "outside the scope of this role", "what this role is not", "what this role isn't",
	"非本岗位职责", "不属于本岗位职责", "本岗位不负责",
	// A role profile's list of the teams the job works with (工作关系,
	// then 内部：产品、客户成功、财务), which names them, not the job.
	"工作关系", "协作关系", "内外部关系", "内外部协作关系", "working relationships", "key working relationships", "key relationships",
}

// jobListLabels head the other jobs that a job board's page lists beside
// the posting, where a page copied whole or scraped keeps them: 相似职位,
// "People also viewed". They head boilerplate as boilerplateLabels do, and
// what the jobs listed under them pay is not the posting's pay (see
// paysCommission).
var jobListLabels = []string{
	"相似职位", "相似职位推荐", "相关职位", "相关职位推荐", "推荐职位", "职位推荐", "热门职位", "热门搜索",
	"更多职位", "其他职位", "该公司其他职位", "公司其他职位", "同公司其他职位", "看过该职位的人还看了",
	"看过此职位的人还看了", "猜你喜欢", "相似职缺", "类似职缺", "其他职缺", "看过此工作的人也看过",
	"similar jobs", "similar positions", "related jobs", "recommended jobs", "more jobs",
	"more jobs from this company", "people also viewed", "people also searched",
	"jobs you may be interested in", "jobs you might be interested in", "jobs you might like", "you might also like",
	"you may also like", "recommended for you", "jobs for you", "similar job openings", "other jobs you may like",
	"set alert for similar jobs",
}

// jobLabels are headings that start the job's own text, which ends a
// boilerplate section even where no blank line comes before them. They are
// compared with the lines of a section only, ignoring ASCII case; the scan
// does not look for them, as every posting has several.
var jobLabels = [][]byte{
	[]byte("岗位职责"), []byte("工作职责"), []byte("职位描述"), []byte("岗位描述"), []byte("工作内容"),
	[]byte("职位职责"), []byte("任职要求"), []byte("任职资格"), []byte("岗位要求"), []byte("职位要求"),
	[]byte("条件要求"), []byte("职务说明"),
	[]byte("responsibilities"), []byte("requirements"), []byte("qualifications"), []byte("about the role"),
	[]byte("the role"), []byte("your role"), []byte("what you'll do"), []byte("what you will do"),
	[]byte("what you'll bring"), []byte("what we're looking for"), []byte("what we are looking for"),
	[]byte("your tasks"), []byte("your profile"),
}

// textRange is the byte range [start, end) of a text; jobs reports whether
// a boilerplate range lists other jobs (see jobListLabels).
type textRange struct {
	start, end int
	jobs       bool
}

// inJobList reports whether byte pos of a text lies in one of ranges, the
// text's boilerplate, that lists other jobs: what those jobs pay or do is
// not the posting's.
func inJobList(ranges []textRange, pos int) bool {
	for _, b := range ranges {
		if b.start > pos {
			break
		}
		if pos < b.end && b.jobs {
			return true
		}
	}
	return false
}

// isHeading reports whether a label kind heads boilerplate.
func isHeading(kind uint8) bool { return kind == headingLabel || kind == jobListLabel }

// boilerplate appends to dst the byte ranges of text that are company
// boilerplate and returns the extended slice, in text order. found are the
// scan's occurrences in text. A boilerplate label that is a heading of its
// line starts a range: the rest of the line after the label and its colon
// (公司简介：我们是…), or, when nothing follows on the line, the lines under
// it up to the next blank line, heading or job heading, at most
// maxBoilerplateLines. In a long line, the rest ends at a job heading, and
// a label with a colon may stand after a space or a sentence (see
// inlineHeading).
// The names of majors and certificates that a degree label governs are
// ranges too (see subjects).
func (m *Matcher) boilerplate(dst []textRange, text []byte, found []automaton.Match) []textRange {
	for k, f := range found {
		kind := m.labelKind[f.Pattern]
		if !isHeading(kind) && kind != aboutLabel && kind != subjectBefore && kind != subjectAfter || len(dst) > 0 && f.Start < dst[len(dst)-1].end {
			continue
		}
		if kind == subjectBefore || kind == subjectAfter {
			if r, ok := subjects(text, f, kind); ok {
				if len(dst) > 0 {
					r.start = max(r.start, dst[len(dst)-1].end)
				}
				dst = append(dst, r)
			}
			continue
		}
		if kind == aboutLabel {
			_, lineEnd := lineAround(text, f.Start)
			if decoratedBefore(text, f.Start) && aboutCompany(text[f.End:lineEnd]) {
				dst = m.section(dst, text, found[k+1:], lineEnd)
			}
			continue
		}
		n := len(dst)
		if !mayHead(text, f) {
			if i, ok := inlineHeading(text, f); ok {
				dst = append(dst, textRange{start: i, end: inlineEnd(text, i, lineEndWithin(text, i, maxInlineBytes))})
			}
		} else {
			lineStart, lineEnd := lineAround(text, f.Start)
			rest, ok := headingAt(text, lineStart, lineEnd, f)
			switch {
			case !ok:
			case rest < lineEnd:
				dst = append(dst, textRange{start: rest, end: inlineEnd(text, rest, lineEnd)})
			default:
				dst = m.section(dst, text, found[k+1:], lineEnd)
			}
		}
		if len(dst) > n {
			dst[n].jobs = kind == jobListLabel
		}
	}
	return paddedSubjects(dst, text, found)
}

// Where a posting has lost its line breaks, its headings stand inside one
// long line: "… 本科 公司简介：鲜邻优选是… 岗位职责：1、…". A boilerplate
// label with a colon after it heads the text up to the next job heading
// there too, but at most maxInlineBytes of it.
const (
	longLine       = maxTitleRunes * utf8.UTFMax // bytes of a line that is more than a heading and its text
	maxInlineBytes = 1200
)

// inlineHeading reports whether occurrence f of a boilerplate label heads
// the text after it in a long line: after a space or the end of a
// sentence, and before a colon. It returns where the text after the colon
// starts.
func inlineHeading(text []byte, f automaton.Match) (rest int, ok bool) {
	r, n := utf8.DecodeRune(text[f.End:])
	if r != ':' && r != '：' {
		return 0, false
	}
	switch before, _ := utf8.DecodeLastRune(text[:f.Start]); before {
	case ' ', '\t', '\u3000', '。', '；', '！', '？', '.', ';', '!', '?':
	default:
		return 0, false
	}
	// Whether the line is long, from no more of it than that takes: a
	// posting on one line may hold many labels.
	from := max(0, f.Start-longLine)
	lineStart := from + bytes.LastIndexByte(text[from:f.Start], '\n') + 1
	if lineEndWithin(text, f.Start, longLine)-lineStart <= longLine {
		return 0, false
	}
	return f.End + n, true
}

// lineEndWithin returns where the line that holds byte i of text ends, if
// it ends within n bytes of i, and i+n (or the end of text) if not.
func lineEndWithin(text []byte, i, n int) int {
	end := min(len(text), i+n)
	if k := bytes.IndexByte(text[i:end], '\n'); k >= 0 {
		return i + k
	}
	return end
}

// inlineEnd returns where the text after a boilerplate label on its line,
// text[i:lineEnd], ends: at the line's end, or in a long line at the first
// job heading (jobLabels) or after maxInlineBytes, on a rune boundary.
func inlineEnd(text []byte, i, lineEnd int) int {
	if lineEnd-i <= longLine {
		return lineEnd
	}
	end := min(lineEnd, i+maxInlineBytes)
	for end < lineEnd && !utf8.RuneStart(text[end]) {
		end++
	}
	rest := text[i:end]
	byFirst := jobLabelsByFirst()
	for k, c := range rest {
		for _, l := range byFirst[c] {
			// Chinese labels compare exactly (the text is read in
			// Simplified characters, see Result.readable), English
			// ones ignoring case.
			if c >= utf8.RuneSelf && bytes.HasPrefix(rest[k:], l) ||
				c < utf8.RuneSelf && len(rest)-k >= len(l) && bytes.EqualFold(rest[k:k+len(l)], l) {
				return i + k
			}
		}
	}
	return end
}

// jobLabelsByFirst returns jobLabels by their first byte, an ASCII
// letter's in either case, so that inlineEnd compares a byte of a long
// line with the few labels that may start there.
var jobLabelsByFirst = sync.OnceValue(func() *[256][][]byte {
	var by [256][][]byte
	for _, l := range jobLabels {
		c := l[0]
		by[c] = append(by[c], l)
		if 'a' <= c && c <= 'z' {
			by[c-'a'+'A'] = append(by[c-'a'+'A'], l)
		}
	}
	return &by
})

// The kinds of the matcher's own labels, Matcher.labelKind.
const (
	headingLabel    = 1 + iota // a heading of company boilerplate: 公司简介, Benefits
	jobListLabel               // a heading over other jobs on a job board's page: 相似职位 (see jobListLabels)
	aboutLabel                 // "About" before the company's name: About Acme
	experienceLabel            // a heading over a resume's jobs: 工作经历, Experience
	subjectBefore              // a word after the fields of study it marks: 专业
	subjectAfter               // words before the fields of study they mark: "degree in"
	teamLabel                  // a word that names a team: 团队, team (see otherTeams)
	introducerLabel            // words before a title in Chinese prose: 寻找一位 (see introducedTitle)
	bossLabel                  // words before the job the job reports to: "reports to" (see otherTeams)
	bossAfterLabel             // 汇报, after the job the job reports to in 向运营总监汇报
	salesPayLabel              // the pay of a sales job: 高提成 (see salesPayWords)
	otherDutyLabel             // the work of a job outside operations: 数据录入 (see otherDutyWords)
	maskLabel                  // words that hide the terms inside them and weigh nothing (see employerOperations, editorAddress)
	denialLabel                // words that open a denial of the job: "not a", 不是 (see deniedJobs)
	workDenialLabel            // words that open a denial of the work: "won't be" (see deniedJobs)
	categoryLabel              // a job board's field for its category of jobs: 職務類別 (see filedElsewhere)
)

// employerOperations are the ends of Chinese employers' names that hold
// an operations word: the operating company of a railway, a highway or a
// mall (轨道交通集团运营分公司, 高速公路运营管理有限公司, 商业运营管理有限公司)
// names who hires, not the job. The scan finds them so that the
// leftmost-longest rule keeps 运营 from matching inside them; they weigh
// nothing and, unlike notOperations, say nothing of the job.
var employerOperations = []string{"运营分公司", "运营管理有限公司", "运营有限公司", "运营管理公司"}

// editorAddress are the phrases that tell a reader to write to the
// account's editor (小编): 私讯小编, 找小编. The editor is whoever posts, a
// shop's or a school's admin as much as a social media operator, and the
// phrase is no duty of the job. Like employerOperations, they hide the
// term inside them and weigh nothing.
var editorAddress = []string{"私信小编", "私讯小编", "私聊小编", "联系小编", "找小编", "问小编", "加小编", "告诉小编", "小编微信"}

// aboutCompany reports whether rest, what follows "About" or 关于 at the
// start of a line, makes the line the heading of a company's description:
// one to four words, or two to eight Chinese characters, perhaps a colon
// and decorations (关于星芒 🌟), the company's name, and not the job's own
// headings (About the role, About you, 关于岗位).
func aboutCompany(rest []byte) bool {
	if len(rest) == 0 || len(rest) > maxHeadingBytes {
		return false
	}
	if rest[0] >= utf8.RuneSelf {
		return aboutCompanyHan(rest)
	}
	if rest[0] != ' ' {
		return false
	}
	i, j := trimFunc(rest, isSpaceOrBOM, func(r rune) bool { return isSpaceOrBOM(r) || r == ':' || r == '：' })
	rest = rest[i:j]
	words := 0
	for k, c := range rest {
		switch {
		case c >= utf8.RuneSelf || c == ',' || c == ';' || c == '!' || c == '?':
			return false // a sentence, or not a name in English
		case c != ' ' && (k == 0 || rest[k-1] == ' '):
			words++
		}
	}
	first := rest
	if k := bytes.IndexByte(rest, ' '); k >= 0 {
		first = rest[:k]
	}
	return words >= 1 && words <= 4 && !isLabel(first, notCompany)
}

// aboutCompanyHan is aboutCompany for what follows 关于: Chinese
// characters that are not the start of a sentence or of the job's own
// headings, then nothing but a colon, spaces and symbols.
func aboutCompanyHan(rest []byte) bool {
	han := 0
	for i := 0; i < len(rest); {
		r, n := utf8.DecodeRune(rest[i:])
		switch {
		case unicode.Is(unicode.Han, r):
			if han < 0 {
				return false // a word after the decorations
			}
			han++
		case r == ':' || r == '：' || isSpaceOrBOM(r) || isDecoration(r) || isSymbolMark(r):
			if han > 0 {
				han = -han // the name has ended
			}
		default:
			return false
		}
		i += n
	}
	han = max(han, -han)
	if han < 2 || han > 8 {
		return false
	}
	for _, w := range notCompanyHan {
		if bytes.HasPrefix(rest, []byte(w)) {
			return false
		}
	}
	return true
}

// notCompanyHan are the starts of what follows 关于 in headings about the
// job, the reader or the application, not the company.
var notCompanyHan = [...]string{
	"岗位", "职位", "本岗", "本职", "这个", "该岗", "该职", "你", "您", "我", "工作", "薪", "待遇", "福利",
	"投递", "面试", "应聘", "招聘", "简历", "入职", "加入", "申请", "本次", "职责",
}

// notCompany are the first words after "About" of headings that are about
// the job or the reader, not the company.
var notCompany = [][]byte{
	[]byte("the"), []byte("this"), []byte("you"), []byte("your"), []byte("yourself"),
	[]byte("our"), []byte("us"), []byte("me"), []byte("my"), []byte("it"),
}

// section appends the range of the lines under a heading whose line ends
// at byte pos; found are the scan's occurrences after the heading.
func (m *Matcher) section(dst []textRange, text []byte, found []automaton.Match, pos int) []textRange {
	r := textRange{start: pos, end: pos}
	for lines := 0; pos < len(text) && lines < maxBoilerplateLines; {
		lineStart, lineEnd := pos+1, len(text) // text[pos] is a line break
		if k := bytes.IndexByte(text[lineStart:], '\n'); k >= 0 {
			lineEnd = lineStart + k
		}
		pos = lineEnd
		i, j := trimSpace(text[lineStart:lineEnd])
		if i == j {
			if lines > 0 {
				break // a blank line after the section's text
			}
			continue
		}
		line := text[lineStart+i : lineStart+j]
		if a, b, _, alone, ok := headingOf(line); ok && (alone || isLabel(line[a:b], jobLabels)) {
			break // a heading, the job's above all
		}
		for len(found) > 0 && found[0].Start < lineStart {
			found = found[1:]
		}
		if len(found) > 0 && found[0].Start < lineEnd && isHeading(m.labelKind[found[0].Pattern]) {
			if _, ok := headingAt(text, lineStart, lineEnd, found[0]); ok {
				break // the next boilerplate heading
			}
		}
		if lines == 0 {
			r.start = lineStart + i
		}
		lines++
		r.end = lineStart + j
	}
	if r.end > r.start {
		dst = append(dst, r)
	}
	return dst
}

// mayHead reports, from the runes just around it, whether occurrence f
// may be the name of a heading: after nothing on its line but spaces and
// decorations, and before a colon, a closing mark or the line's end. It
// spares reading the lines around the many occurrences in running text
// ("benefits" in a sentence).
func mayHead(text []byte, f automaton.Match) bool {
	if !decoratedBefore(text, f.Start) {
		return false
	}
	r, _ := utf8.DecodeRune(text[f.End:])
	return f.End == len(text) || r == '\n' || r == '\r' || r == ':' || r == '：' || isDecoration(r)
}

// decoratedBefore reports whether only decorations (see isDecoration)
// stand between the start of the line and byte i of text.
func decoratedBefore(text []byte, i int) bool {
	for i > 0 {
		r, n := utf8.DecodeLastRune(text[:i])
		if r == '\n' {
			break
		}
		if !isDecoration(r) {
			return numberedTo(text, i)
		}
		i -= n
	}
	return true
}

// maxNumberingBytes bounds the numbering before a heading (3., 二、, （十二）).
const maxNumberingBytes = 16

// numberedTo reports whether the line that holds byte i-1 of text starts
// with a numbering that ends at byte i, spaces aside: a numbered heading's
// number ("3. Benefits", 五、福利待遇).
func numberedTo(text []byte, i int) bool {
	from := max(0, i-maxNumberingBytes)
	k := bytes.LastIndexByte(text[from:i], '\n')
	if k < 0 && from > 0 {
		return false // no line starts close enough before i
	}
	start := from + k + 1
	n := numberingLen(text[start:min(len(text), start+maxNumberingBytes+maxHeadingBytes)])
	return n > 0 && start+n >= i
}

// isDecoration reports whether r dresses up a heading, or is a space.
func isDecoration(r rune) bool {
	switch r {
	case '#', '*', '■', '●', '◆', '▌', '▎', '▍', '▋', '|', '【', '[', '「', '〔', '】', ']', '」', '〕', ' ', '\t', '\u3000',
		'—', '─', '━', '═', '=', '_', '~', '◇', '□', '▶', '►', '★', '☆', '▼':
		return true
	}
	// Emoji and other pictographs before a heading's name (### 💼 工作经历),
	// with the selector and joiner that shape them. Chinese characters,
	// which most headings start and end with, skip the table of symbols.
	return r == 0xFE0F || r == 0x200D || r >= 0x2190 && (r < 0x3400 || r > 0x9FFF) && unicode.Is(unicode.So, r)
}

// lineAround returns the bounds of the line that holds byte i of text,
// without its line break.
func lineAround(text []byte, i int) (start, end int) {
	start = bytes.LastIndexByte(text[:i], '\n') + 1
	end = len(text)
	if k := bytes.IndexByte(text[i:], '\n'); k >= 0 {
		end = i + k
	}
	return start, end
}

// headingAt reports whether occurrence f is the name of a heading on the
// line text[lineStart:lineEnd], and where the text after the heading's
// colon starts on the line (lineEnd if nothing follows).
func headingAt(text []byte, lineStart, lineEnd int, f automaton.Match) (rest int, ok bool) {
	i, j := trimSpace(text[lineStart:lineEnd])
	line := text[lineStart+i : lineStart+j]
	a, b, after, _, ok := headingOf(line)
	if !ok || lineStart+i+a != f.Start || lineStart+i+b != f.End {
		return 0, false
	}
	if after == len(line) {
		return lineEnd, true
	}
	return lineStart + i + after, true
}

// headingOf reads line, trimmed, as a heading: where its name is,
// line[start:end], without the decorations around it (#, *, 【】, [] ...)
// or its colon; and the offset in line where the text after the colon
// starts, len(line) if there is none. alone reports whether the line is a
// heading on its own: a name with a colon or brackets and nothing after
// it. ok is false for a line too long to be a heading.
func headingOf(line []byte) (start, end, rest int, alone, ok bool) {
	if num := numberingLen(line); num > 0 && num < len(line) {
		// A numbered heading: "3. Out of scope for this role", 五、福利待遇.
		start, end, rest, alone, ok = headingOf(line[num:])
		return start + num, end + num, rest + num, alone, ok
	}
	if k := labelEnd(line); k > 0 {
		_, n := utf8.DecodeLastRune(line[:k]) // the colon
		s, _ := trimSpace(line[k:])
		start, end = undecorate(line[:k-n])
		return start, end, k + s, k+s == len(line), true
	}
	start, end = undecorate(line)
	if end-start > maxHeadingBytes {
		return 0, 0, len(line), false, false
	}
	return start, end, len(line), end-start < len(line), true
}

// undecorate returns the bounds of s without the marks that dress up a
// heading (isDecoration) at either end, and a colon at its end.
func undecorate(s []byte) (start, end int) {
	return trimFunc(s, isDecoration, func(r rune) bool { return isDecoration(r) || r == ':' || r == '：' })
}

// isLabel reports whether name is one of ls, ignoring ASCII case.
func isLabel(name []byte, ls [][]byte) bool {
	if len(name) == 0 {
		return false
	}
	last := name[len(name)-1] | 0x20 // ASCII's lower case, and a cheap filter for other bytes
	for _, l := range ls {
		if len(l) == len(name) && l[len(l)-1]|0x20 == last && bytes.EqualFold(name, l) {
			return true
		}
	}
	return false
}
