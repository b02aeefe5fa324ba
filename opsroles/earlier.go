// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"bytes"
	"slices"
	"unicode"

	"github.com/rolemodels/ops/opsroles/internal/automaton"
)

// earlierJobs returns where a resume's earlier jobs start, or -1: at the
// second line under its experience heading (see experienceStart) that
// holds a range of dates, as resumes list their jobs latest first, each
// under its dates ("2021.03 - 至今", "Jan 2019 – Mar 2021"). A resume whose
// second range starts later than its first lists the oldest job first, and
// has no earlier jobs here. Where each job is dated on a line of its own
// under it, the earlier jobs start at the job's line above the second
// range.
func (m *Matcher) earlierJobs(text []byte, terms []automaton.Match) int {
	pos := m.experienceStart(text, terms)
	if pos < 0 {
		return -1
	}
	first := -1    // the year the first range starts
	above := false // the first range's line holds only dates, under its job's line
	lastLine := -1 // where the last non-blank line before this one starts
	for pos < len(text) {
		lineStart := pos
		pos = nextLine(text, pos)
		line := trimSpaceBytes(text[lineStart:pos])
		year := rangeStart(line)
		switch {
		case year < 0:
		case first < 0:
			first = year
			above = lastLine >= 0 && onlyDates(line)
		case year > first:
			return -1 // the oldest job first: which is the latest is not known here
		case above && onlyDates(line) && !isBullet(trimSpaceBytes(text[lastLine:lineStart])):
			// A template that dates each job on the line under it
			// ("### Junior Data Analist — Sales & Marketing", then
			// "*07/2020 – 08/2022*"): the earlier job starts at its
			// own line.
			return lastLine
		default:
			return lineStart
		}
		if len(line) > 0 {
			lastLine = lineStart
		}
	}
	return -1
}

// maxRangeGap bounds the bytes between the first year of a range of dates
// and the separator after it ("2021.03 - ", "Jan 2019 – ").
const maxRangeGap = 12

// rangeSeparators part the two ends of a range of dates.
var rangeSeparators = [...]string{"-", "–", "—", "~", "～", "至", "到", " to "}

// rangeEnds are the words that end a range of dates that is still open, in
// Chinese, English, German (03/2021 – heute, bis dato) and Dutch (heden).
var rangeEnds = [...]string{"至今", "今", "现在", "目前", "在职", "present", "now", "current", "today", "heute", "dato", "jetzt", "aktuell", "heden"}

// maxSinceGap bounds the bytes between "seit" and the year of the open
// range that a German CV writes without a separator: "seit 03/2022".
const maxSinceGap = 9

// rangeStart returns the year that starts the first range of dates in
// line, or -1 if it holds none: a year (19xx or 20xx), a separator within
// maxRangeGap bytes after it, then a year or a word for now.
func rangeStart(line []byte) int {
	year, _, _ := rangeSpan(line)
	return year
}

// rangeSpan returns the year that starts the first range of dates in line
// (see rangeStart) and where the range starts and ends in line, or -1,
// -1, -1: from its first year to the end of its last year, with the month
// after it (2021.03), or of its word for now. A month's name before the
// first year stays outside ("Mar 2018 – Dec 2020" starts at 2018). A German
// CV's open range is "seit" and a year ("seit 03/2022"): it spans both.
func rangeSpan(line []byte) (year, start, end int) {
	for i := 0; i+4 <= len(line); i++ {
		if !isYear(line, i) {
			continue
		}
		if k := indexFold(line[max(0, i-maxSinceGap):i], "seit "); k >= 0 {
			return yearAt(line, i), max(0, i-maxSinceGap) + k, i + 4
		}
		rest := line[i+4 : min(len(line), i+4+maxRangeGap)]
		for _, sep := range rangeSeparators {
			k := bytes.Index(rest, []byte(sep))
			if k < 0 {
				continue
			}
			// The end: a year, after a month's name at most ("Dec
			// 2020", "Sept. 2020"), or a word for now.
			from := i + 4 + k + len(sep)
			after := line[from:]
			after = after[:min(len(after), maxRangeGap+8)]
			for j := 0; j+4 <= len(after); j++ {
				if isYear(after, j) {
					return yearAt(line, i), i, from + j + 4 + monthLen(line[from+j+4:])
				}
			}
			for _, e := range rangeEnds {
				if k := indexFold(after, e); k >= 0 {
					return yearAt(line, i), i, from + k + len(e)
				}
			}
		}
		i += 3
	}
	return -1, -1, -1
}

// monthLen returns the length of the month that follows a year in b, as
// 2021.03, 2021/3 and 2021年3月 write it, or 0.
func monthLen(b []byte) int {
	n := 0
	for n < len(b) && n < 3 && (b[n] == '.' || b[n] == '/' || isDigit(b[n])) {
		n++
	}
	if n == 0 && bytes.HasPrefix(b, []byte("年")) {
		n = len("年")
		for n < len(b) && n < len("年")+2 && isDigit(b[n]) {
			n++
		}
		if bytes.HasPrefix(b[n:], []byte("月")) {
			n += len("月")
		}
	}
	return n
}

// indexFold returns the index of the first occurrence of word, in lower
// case, in b, folding ASCII case (see equalFoldString), or -1.
func indexFold(b []byte, word string) int {
	if len(word) == 0 {
		return 0
	}
	// Jump to the next byte that may start the word, in either case, with
	// IndexByte, which skips most of a long text fast, rather than compare
	// the word at every offset: equalFoldString folds only ASCII letters,
	// so the word starts with its first byte or, if that is a letter, the
	// letter in the other case.
	first, other := word[0], word[0]
	if isASCIILetter(first) {
		first, other = first|0x20, first&^0x20
	}
	nextFirst, nextOther := -1, -1 // the next of each at or after i, or len(b)
	if other == first {
		nextOther = len(b) // one byte to look for: search for it once
	}
	for i := 0; i+len(word) <= len(b); i++ {
		if nextFirst < i {
			nextFirst = nextIndexByte(b, i, first)
		}
		if nextOther < i {
			nextOther = nextIndexByte(b, i, other)
		}
		i = min(nextFirst, nextOther)
		if i+len(word) > len(b) {
			return -1
		}
		if equalFoldString(b[i:i+len(word)], word) {
			return i
		}
	}
	return -1
}

// yearAt returns the year that b[i:i+4] spells (see isYear).
func yearAt(b []byte, i int) int {
	return int(b[i]-'0')*1000 + int(b[i+1]-'0')*100 + int(b[i+2]-'0')*10 + int(b[i+3]-'0')
}

// isYear reports whether b[i:i+4] is a year from 1900 to 2099 that no other
// digit adjoins.
func isYear(b []byte, i int) bool {
	if !(b[i] == '1' && b[i+1] == '9' || b[i] == '2' && b[i+1] == '0') || !isDigit(b[i+2]) || !isDigit(b[i+3]) {
		return false
	}
	return (i == 0 || !isDigit(b[i-1])) && (i+4 == len(b) || !isDigit(b[i+4]))
}

// careerChangeWords say that a resume's candidate leaves one trade for
// another: 转行, 转职, "career change", Quereinstieg.
var careerChangeWords = []string{"转行", "转职", "转岗", "changing careers", "career change", "career changer", "career switch", "transitioning into", "transitioning to", "quereinstieg", "quereinsteiger"}

// changesCareer reports whether text says that its candidate changes
// careers, so that the job sought, not the newest job, is the candidate's.
func changesCareer(text []byte) bool {
	return containsAnyFold(text, careerChangeWords...)
}

// maxJobHeaderLines bounds the lines under a resume's experience heading
// before the line that dates its newest job.
const maxJobHeaderLines = 4

// spareTitleWords returns the title words of line, found into *spare,
// which keeps the memory for the next call.
func spareTitleWords(spare *[]automaton.Match, line []byte, s *automaton.Scratch) []automaton.Match {
	*spare = findTitleWords((*spare)[:0], line, s)
	return *spare
}

// newestJobIsOther reports whether a resume's newest job is the front
// line's, a craft's or a trade's, so that a candidate who seeks 直播运营
// while hosting the room is a host. A Chinese resume names the job beside
// the dates of the first range under the experience heading (2022.05 至今
// 某电商公司 带货主播（直播运营部）, 电话客服专员 / 2020.09 - 至今), on a line
// of its own before them, or on the line after them when they stand alone
// or with the employer (see hanJobIsOther). An English one names it on the first line there (see
// englishJobIsOther). The heading must come at or after byte from; spare
// holds the title words of the job.
func (m *Matcher) newestJobIsOther(text []byte, from int, terms []automaton.Match, s *automaton.Scratch, spare *[]automaton.Match) bool {
	pos := m.experienceStart(text, terms)
	if pos < from {
		return false
	}
	dated := false    // the range's line held no job: the next line may
	var before []byte // a line before the range's that may name the job
	for lines := 0; pos < len(text) && lines < maxJobHeaderLines; {
		next := nextLine(text, pos)
		line := trimSpaceBytes(text[pos:next])
		pos = next
		if len(line) == 0 {
			continue
		}
		lines++
		if !hasHan(line) && bytes.IndexFunc(line, unicode.IsLetter) >= 0 {
			// An English resume names the job first, dated on its
			// line or the next; a German CV may date it on the line
			// before.
			if lines == 1 && onlyDates(line) {
				continue
			}
			return lines <= 2 && englishJobIsOther(line, s, spare)
		}
		if dated {
			// The employer's line may come between: 某电子商务有限公司.
			if isBullet(line) {
				return false
			}
			if !bytes.Contains(line, []byte("公司")) && namesJob(spareTitleWords(spare, line, s)) && hanJobIsOther(line, s, spare) {
				return true
			}
			continue // the employer or its shop: 某某服饰 屏东门市（服饰连锁）
		}
		_, a, b := rangeSpan(line)
		if a < 0 {
			if isBullet(line) {
				continue
			}
			if k := lastGap(line); k > 0 && bytes.Contains(line[:k], []byte("公司")) {
				line = line[k:] // the employer, then the job: 某某农业科技有限公司    带货主播
			}
			line = jobFieldOf(line, s, spare) // or parted by a bar: **某某行銷有限公司** ｜ 社群行銷部 美編設計
			if !bytes.Contains(line, []byte("公司")) && namesJob(spareTitleWords(spare, line, s)) {
				before = line // 导购/店员, then 2021.03 - 2024.09
			}
			continue
		}
		for _, job := range [...][]byte{line[:a], line[b:]} {
			job = bytes.Trim(job, jobSeparators)
			if len(job) == 0 || !namesJob(spareTitleWords(spare, job, s)) {
				continue
			}
			if bytes.HasSuffix(bytes.Trim(job[:bracketStart(job)], jobSeparators), []byte("公司")) {
				continue // the employer alone, the job on the next line: 某某汽车销售服务有限公司（4S店）
			}
			return hanJobIsOther(job, s, spare)
		}
		if before != nil {
			return hanJobIsOther(before, s, spare)
		}
		dated = true
	}
	return false
}

// lastGap returns where the text after the last run of two spaces or more,
// or of an ideographic space, in line starts, or 0.
func lastGap(line []byte) int {
	if k := bytes.LastIndex(line, []byte("  ")); k > 0 {
		return len(line) - len(bytes.TrimLeft(line[k:], " "))
	}
	if k := bytes.LastIndex(line, []byte("\u3000")); k > 0 {
		return k + len("\u3000")
	}
	return 0
}

// jobSeparators are the characters that part a job from its dates and its
// employer on a resume's line: 电话客服专员 / 2020.09 - 至今, 带货主播 · 2022.03-至今.
const jobSeparators = " \t/|｜·•-–—　:：*"

// hanJobIsOther reports whether job, the words of a Chinese resume's line
// that name its newest job, end with a word of the front line or a trade
// (see endsWithFrontLine; 剪辑师, 仓管人员 and 美编设计 add 师, 人员 and 设计 to their
// words) before a bracket
// (销售代表（南开片区）, 客服专员（电商运营部）) and after the employer, and
// name no noun of operations titles; of several jobs (语文教师、班主任) the
// first counts, and a label before the job (岗位：) does not.
func hanJobIsOther(job []byte, s *automaton.Scratch, spare *[]automaton.Match) bool {
	for _, l := range [...]string{"岗位", "职位", "职务"} {
		if rest, ok := bytes.CutPrefix(job, []byte(l)); ok && (bytes.HasPrefix(rest, []byte("：")) || bytes.HasPrefix(rest, []byte(":"))) {
			job = rest // 岗位：初中语文教师
		}
	}
	job = jobFieldOf(job, s, spare)
	job = job[departmentLen(job, s, spare):] // 社群行銷部 美編設計
	if k := firstListEnd(job); k > 0 {
		job = job[:k]
	}
	job = bytes.Trim(job, jobSeparators)
	job = bytes.Trim(job[:bracketStart(job)], jobSeparators)
	*spare = findTitleWords((*spare)[:0], job, s)
	words := *spare
	if len(words) == 0 || hasNoun(words, len(job)) {
		return false
	}
	last := words[len(words)-1]
	rest := bytes.Trim(job[last.End:], jobSeparators)
	if bytes.Contains(rest, []byte("公司")) {
		return false // the employer's name: 某某汽车销售服务有限公司
	}
	switch string(rest) {
	case "", "师", "员", "人员", "顾问", "设计":
	default:
		return false // 高级主播经纪
	}
	return len(rest) == 0 && endsWithFrontLine(job, words) || isFrontLineOrTrade(titleWords[last.Pattern].word)
}

// jobFieldOf returns the field of line, fields parted by bars, that names
// a job and no employer: 呼叫中心话务员 of "某某呼叫服务有限公司 | 呼叫中心话务员
// | 4000-6000元/月". A line without bars is returned as it is.
func jobFieldOf(line []byte, s *automaton.Scratch, spare *[]automaton.Match) []byte {
	if bytes.IndexByte(line, '|') < 0 && !bytes.Contains(line, []byte("｜")) {
		return line
	}
	for rest := line; len(rest) > 0; {
		field := rest
		k, n := bytes.IndexByte(rest, '|'), 1
		if j := bytes.Index(rest, []byte("｜")); j >= 0 && (k < 0 || j < k) {
			k, n = j, len("｜")
		}
		if k >= 0 {
			field, rest = rest[:k], rest[k+n:]
		} else {
			rest = nil
		}
		field = trimSpaceBytes(field)
		if len(field) > 0 && !bytes.Contains(field, []byte("公司")) && namesJob(spareTitleWords(spare, field, s)) {
			return field
		}
	}
	return line
}

// endsWithFrontLine reports whether words, the title words of job, end
// with a word of the front line or a trade (see isFrontLineOrTrade) that
// ends job, or with a specialist's level right after one (客服专员, "Sales
// Associate"), not a lead's (客服组长 runs the agents' floor).
func endsWithFrontLine(job []byte, words []automaton.Match) bool {
	last := words[len(words)-1]
	if w := titleWords[last.Pattern]; isFrontLineOrTrade(w.word) {
		return true
	} else if len(words) < 2 || w.role != roleHead || w.level > LevelSpecialist {
		return false
	}
	prev := words[len(words)-2]
	return isFrontLineOrTrade(titleWords[prev.Pattern].word) && len(trimSpaceBytes(job[prev.End:last.Start])) == 0
}

// namesJob reports whether words, title words found in a line, hold more
// than levels: 某公立初级中学 names no job.
func namesJob(words []automaton.Match) bool {
	for _, f := range words {
		if r := titleWords[f.Pattern].role; r == roleHead || r == roleNoun || r == roleOther {
			return true
		}
	}
	return false
}

// isFrontLineOrTrade reports whether word, one of titleWords, names a job
// of the front line (see frontLineWords), a craft (see isCraft) or one of
// tradeWords.
func isFrontLineOrTrade(word string) bool {
	return slices.Contains(frontLineWords, word) || isCraft(word) || slices.Contains(tradeWords, word)
}

// tradeWords are the Chinese titleWords of the shop floor, the sales rep
// (业务代表, as Taiwan calls salespeople, and the 顾问 who sells cars,
// flats or courses), the classroom, the ward, the books and the
// stockroom, whose holders apply for operations jobs from them.
var tradeWords = []string{"导购", "营业员", "店员", "门市人员", "业务", "业务员", "代表", "会计", "护士", "护师", "护理", "教师", "老师", "仓管", "库管", "仓库管理员", "顾问"}

// trimLevelSuffix returns job without the words after its head noun that
// say which of its kind it is: a grade ("Secondary School Teacher III"),
// the calls or language it answers ("Kundenberater Inbound") or a bracket ("Call Centre Agent (Claims Registration)", "Warehouse
// Operative (Picker/Packer)").
func trimLevelSuffix(job []byte) []byte {
	if bytes.HasSuffix(job, []byte(")")) {
		if k := bytes.LastIndex(job, []byte(" (")); k > 0 {
			job = trimSpaceBytes(job[:k])
		}
	}
	if k := bytes.LastIndexByte(job, ' '); k > 0 {
		w := job[k+1:]
		switch string(w) {
		case "I", "II", "III", "IV", "V", "1", "2", "3", "4":
			return trimSpaceBytes(job[:k])
		}
		// The calls or the language an agent answers in (see
		// agentQualifiers): "Kundenberater Inbound".
		if slices.ContainsFunc(agentQualifiers, func(q []byte) bool { return bytes.EqualFold(w, q) }) {
			return trimSpaceBytes(job[:k])
		}
	}
	return job
}

// englishJobIsOther reports whether line, the first under an English
// resume's experience heading, names a job of the front line or a trade
// before its employer ("Sales Associate & Key Holder — Ridgeline Sports",
// "Head Barista - Ironbark & Oat Coffee Co."): whether its first job ends
// with a word of the front line or a trade (see endsWithFrontLine) and
// names no noun of operations titles.
func englishJobIsOther(line []byte, s *automaton.Scratch, spare *[]automaton.Match) bool {
	job := bytes.TrimLeft(trimSpaceBytes(line), "#*-•▪ ")
	if _, a, b := rangeSpan(job); a >= 0 && len(trimSpaceBytes(job[:a])) <= len("03/") {
		// The dates first, as German CVs write them: "03/2021 – heute
		// Verkäuferin, Modehaus Krämer GmbH".
		job = bytes.TrimLeft(job[b:], " \t|:–-*·")
	}
	for _, sep := range [...]string{" — ", " – ", " - ", " | ", ", ", " at ", " @ ", " & ", " / ", "**"} {
		if k := bytes.Index(job, []byte(sep)); k > 0 {
			job = job[:k]
		}
	}
	job = trimLevelSuffix(trimSpaceBytes(job))
	*spare = findTitleWords((*spare)[:0], job, s)
	words := *spare
	if len(words) == 0 {
		return false
	}
	for _, f := range words {
		if titleWords[f.Pattern].role == roleNoun {
			return false
		}
	}
	// The head noun is another profession's ("Bookkeeper", "Graphic
	// Designer"), or a level after one ("Sales Associate"); or, as German
	// names the job first and its field after, the first word is
	// ("Mediengestalter Digital und Print", "Kundenberater Inbound").
	// An employer's name after the job's noun does not count.
	return words[len(words)-1].End == len(job) && endsWithFrontLine(job, words) ||
		words[0].Start == 0 && isFrontLineOrTrade(titleWords[words[0].Pattern].word)
}

// leadingRangeLen returns the length of the range of dates that opens
// line, with the month's name or number before its first year and the
// separator and spaces after it ("Sep 2022 – Present · ", "2020.10-2023.03
// ", "03/2019 - 05/2021 | "), when more follows; or 0.
func leadingRangeLen(line []byte) int {
	_, a, b := rangeSpan(line)
	if a < 0 {
		return 0
	}
	if !monthBefore(line[:a]) {
		return 0 // not a month's name: "Joined 2019 – 2021"
	}
	n := b + len(line[b:]) - len(bytes.TrimLeft(line[b:], " ·|｜,•\t"))
	if n == len(line) {
		return 0
	}
	return n
}

// monthNames are the first three letters of the months' names in English
// and German, in lower case.
var monthNames = [...]string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "mär", "mai", "okt", "dez"}

// isMonthName reports whether b is a month's name, whole or shortened,
// perhaps with a dot: "Sep", "Sept.", "September", "Mär".
func isMonthName(b []byte) bool {
	b = bytes.TrimSuffix(b, []byte("."))
	if len(b) < 3 || len(b) > len("september") {
		return false
	}
	for _, m := range monthNames {
		if hasPrefixFold(b, m) {
			return !bytes.ContainsFunc(b, func(r rune) bool { return !unicode.IsLetter(r) })
		}
	}
	return false
}

// onlyDates reports whether line holds a range of dates and nothing else
// but emphasis: "**08/2016 – heute**", over the job on the next line.
func onlyDates(line []byte) bool {
	_, a, b := rangeSpan(line)
	return a >= 0 && monthBefore(line[:a]) && len(bytes.Trim(line[b:], " *_")) == 0
}

// monthBefore reports whether lead, what stands before the first year of a
// range of dates on its line, is at most the month, by its number or its
// name, with spaces and emphasis: "08/", "**Sep ", "".
func monthBefore(lead []byte) bool {
	lead = bytes.Trim(lead, " *_0123456789./")
	return len(lead) == 0 || isMonthName(lead)
}
