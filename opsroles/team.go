// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/rolemodels/ops/opsroles/internal/automaton"
	"github.com/rolemodels/ops/opsroles/internal/fold"
)

// Postings name the teams a job works with as well as the job's own work:
// 与产品、风控团队紧密配合, "partner with the Risk and Pricing teams". Such
// a mention says who the colleagues are, not what the job does: a user
// operations manager who works with the risk team does not manage risk. A
// term that names a team the job works with weighs teamWeight of its value.
// A team the job leads, builds or is part of (带领5人用户运营团队, "Our
// BizOps team", "join the live operations team") keeps its weight.
//
// The test reads a few words on either side of an occurrence, and only of
// occurrences followed by a team word: the text after the term, across a
// short list of other names, must hold 团队, 部门, 同学 (colleagues),
// "team" or the like; the
// nearest cue around it then decides. After the team word, 配合, 协作 and
// the like say the team is another (风控团队紧密配合), and 管理, 搭建 and
// the like that it is the job's own (社群团队的管理). Otherwise the nearest
// cue before the term decides, within its clause: 与, 配合, 协调, 为,
// "with", "for", "to", "by", "from" make the team another, and 带领, 管理,
// 负责, 作为, "join", "lead", "manage", "of", "in" the job's own. Determiners
// ("the", "our") and the other names of the list are passed over. With no
// cue the term keeps its weight.

// A posting names the job that the job reports to as well: "Reports to:
// Head of Operations", 汇报对象：运营总监, 向区域营运经理汇报. The boss's job
// is not the job: an analyst who reports to the head of operations does
// not run operations; nor does one who presents to the COO. A term in the
// words after "reports to", "reporting to", "presenting to", "assigned
// by", "under the supervision of", 汇报给, 汇报对象 or 直属上级, up to the
// end of the clause, or between 向 and 汇报, weighs teamWeight too.

// teamWeight is what an occurrence of a term that names a team the job
// works with, or the job it reports to, weighs.
const teamWeight = 0.25

// bossWords are the words before the job that a job reports to, or that
// its applicants contact, which is not the job either. The scan
// finds them as the matcher's own labels (bossLabel), and 汇报 after it
// (bossAfterLabel) in 向运营总监汇报.
var bossWords = []string{
	"reports to", "reporting to", "report to", "reports into", "reporting into", "report into",
	"reporting line", "汇报给", "汇报对象", "汇报关系", "直属上级", "直接上级", "汇报上级",
	// The audience of a resume's reports: "presented weekly to the COO".
	"present to", "presents to", "presented to", "presenting to",
	// Who hands out the work: "other tasks assigned by the Operations
	// Manager".
	"assigned by", "delegated by", "directed by", "supervised by", "under the supervision of", "under the direction of",
	// Whom an applicant calls: 联系人：门店运营部 徐主管.
	"联系人", "电话联系", "请联系", "或联系", "contact person", "please contact",
}

// maxBossBytes bounds the words after a bossWords label that may name the
// job it reports to; maxCueRunes bounds those between 向 and 汇报.
const maxBossBytes = 64

// Bounds of the reading around an occurrence: the names of a list before
// the team word, the runes of a list item, the words read back in English
// and the runes read back in Chinese.
const (
	maxTeamListItems = 3
	maxTeamItemRunes = 8
	maxTeamItemWords = 3
	maxCueWords      = 8
	maxCueRunes      = 24
)

// What a cue says of a team.
type teamCue uint8

const (
	noCue    teamCue = iota
	cueOther         // the team is one the job works with
	cueOwn           // the team is the job's own
)

// teamWords are the words that name a team. The scan finds them as the
// matcher's own labels (teamLabel), folding them as it folds terms: 團隊 is
// 团队, TEAMS teams.
var teamWords = []string{"团队", "部门", "小组", "同事", "同学", "小伙伴", "team", "teams", "department", "departments", "dept", "squad", "squads"}

// endsWithTeamWord reports whether t, a folded catalog term, ends with one
// of teamWords, after a space if it is a Latin word.
func endsWithTeamWord(t string) bool {
	for _, w := range teamWords {
		first, _ := utf8.DecodeRuneInString(w)
		if rest, ok := strings.CutSuffix(t, w); ok && len(rest) > 0 && (fold.IsHan(first) || strings.HasSuffix(rest, " ")) {
			return true
		}
	}
	return false
}

// maxTeamReach bounds the bytes between a term and the team word after it:
// enough for maxTeamListItems names and their separators.
const maxTeamReach = 96

// otherTeams appends to dst the indexes of the occurrences in found that
// name a team the job works with, in order, and returns the extended slice.
// It looks only before the team words the scan found, so that a text
// without them costs one pass over found.
func (m *Matcher) otherTeams(dst []int, text []byte, found []automaton.Match) []int {
	for k, team := range found {
		switch m.labelKind[team.Pattern] {
		case teamLabel:
		case bossLabel:
			dst = m.bossAfter(dst, text, found, k)
			continue
		case bossAfterLabel:
			dst = m.bossBefore(dst, text, found, k)
			continue
		default:
			// A boss addressed as such ("the COO"), or a team's name that
			// holds its team word: 联合客户成功团队开展续费.
			other := m.headJob[team.Pattern] && addressedHead(text[:team.Start]) ||
				m.teamTerm[team.Pattern] && namesOtherTeam(text, team, automaton.Match{Start: team.End, End: team.End})
			if other && (len(dst) == 0 || dst[len(dst)-1] < k) {
				dst = append(dst, k)
			}
			continue
		}
		// The occurrences that may be a list before the team word,
		// the nearest last.
		first := k
		for first > 0 && k-first <= maxTeamListItems && team.Start-found[first-1].End <= maxTeamReach {
			first--
		}
		if len(dst) > 0 {
			first = max(first, dst[len(dst)-1]+1) // found before another team word
		}
		for i := first; i < k; i++ {
			if m.labelKind[found[i].Pattern] == 0 && namesOtherTeam(text, found[i], team) {
				dst = append(dst, i)
			}
		}
	}
	return dst
}

// bossAfter appends to dst the indexes of the occurrences that name the job
// reported to after the label found[k]: those up to the end of its clause,
// within maxBossBytes ("Reports to: Head of Growth, EMEA", 汇报对象：运营总监).
func (m *Matcher) bossAfter(dst []int, text []byte, found []automaton.Match, k int) []int {
	end := found[k].End + clauseLen(text[found[k].End:min(len(text), found[k].End+maxBossBytes)])
	for i := k + 1; i < len(found) && found[i].End <= end; i++ {
		if m.labelKind[found[i].Pattern] == 0 {
			dst = append(dst, i)
		}
	}
	return dst
}

// bossBefore appends to dst the indexes of the occurrences between 向 and
// the 汇报 at found[k], in one clause of at most maxCueRunes runes:
// 向区域营运经理汇报.
func (m *Matcher) bossBefore(dst []int, text []byte, found []automaton.Match, k int) []int {
	from := max(0, found[k].Start-maxCueRunes*3)
	before := text[from:found[k].Start]
	i := bytes.LastIndex(before, []byte("向"))
	if i < 0 || clauseLen(before[i:]) < len(before)-i {
		return dst
	}
	start := from + i
	first := k
	for first > 0 && found[first-1].Start >= start {
		first--
	}
	if len(dst) > 0 {
		first = max(first, dst[len(dst)-1]+1)
	}
	for j := first; j < k; j++ {
		if m.labelKind[found[j].Pattern] == 0 {
			dst = append(dst, j)
		}
	}
	return dst
}

// clauseLen returns the length of the clause that b starts, up to a line
// break, a tab, a table's bar, a comma, a full stop, a semicolon or " and "
// ("Reporting to the Head of Growth, you will", "reports to the COO and
// works with"); a colon, bar or spaces that open b are part of it.
func clauseLen(b []byte) int {
	i := 0
	for i < len(b) && (b[i] == ':' || b[i] == ' ' || b[i] == '|' || b[i] == '*') {
		i++
	}
	if bytes.HasPrefix(b[i:], []byte("：")) {
		i += len("：")
	}
	for i < len(b) {
		r, n := utf8.DecodeRune(b[i:])
		switch r {
		case '\n', '\r', '\t', '|', ',', ';', '，', '；', '。', '｜', '、':
			return i
		case '.':
			if i+1 == len(b) || b[i+1] == ' ' || b[i+1] == '\n' {
				return i // a full stop, not "Sr."'s
			}
		case ' ':
			if bytes.HasPrefix(b[i:], []byte(" and ")) {
				return i
			}
		}
		i += n
	}
	return i
}

// namesOtherTeam reports whether f, an occurrence of a term in text, is a
// name of the team that the team word after it, the occurrence team, stands
// for, and that team is one the job works with rather than its own.
func namesOtherTeam(text []byte, f, team automaton.Match) bool {
	if !isList(text[f.End:team.Start]) {
		return false
	}
	if cue := cueAfterTeam(text[team.End:]); cue != noCue {
		return cue == cueOther
	}
	return cueBefore(text[:f.Start]) == cueOther
}

// isList reports whether gap, the text between a term and the team word
// after it, is blank, or the rest of a list that the term starts: a
// separator and a name, at most maxTeamListItems times ("、新媒体",
// ", Pricing and Content").
func isList(gap []byte) bool {
	i := skipBlanks(gap, 0)
	for items := 0; i < len(gap); items++ {
		if items == maxTeamListItems {
			return false
		}
		seps := 0 // one, or two: ", and"
		for n := listSeparatorAt(gap, i); n > 0 && seps < 2; n = listSeparatorAt(gap, i) {
			i = skipBlanks(gap, i+n)
			seps++
		}
		if seps == 0 {
			return false // not a list
		}
		n := listItem(gap, i)
		if n == 0 {
			// A team word that starts an item of its own (社群运营、
			// 团队管理), or no name at all.
			return false
		}
		i = skipBlanks(gap, i+n)
	}
	return true
}

// listItem returns the length of the name at text[i:], up to the next
// separator: up to maxTeamItemRunes Chinese characters or maxTeamItemWords
// Latin words; 0 if there is none.
func listItem(text []byte, i int) int {
	start := i
	if r, _ := utf8.DecodeRune(text[i:]); fold.IsHan(r) {
		for n := 0; n < maxTeamItemRunes && i < len(text); n++ {
			r, size := utf8.DecodeRune(text[i:])
			if !fold.IsHan(r) || listSeparatorAt(text, i) > 0 {
				break
			}
			i += size
		}
		return i - start
	}
	for n := 0; n < maxTeamItemWords; n++ {
		j := skipBlanks(text, i)
		w := wordEnd(text, j)
		if w == j || listSeparatorAt(text, j) > 0 {
			break
		}
		if n == 0 && isLabel(text[j:w], latinPassed) {
			// "moderation queues and the vendor review team": a new
			// phrase, not a list of teams.
			return 0
		}
		i = w
	}
	return i - start
}

// skipBlanks returns the offset of the first byte at or after i that is not
// a space or tab; a line break ends the list.
func skipBlanks(text []byte, i int) int {
	for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	return i
}

// wordEnd returns the end of the Latin word at text[i:]: ASCII letters,
// digits and the hyphens, ampersands and apostrophes inside names
// ("Go-to-Market", "Trust&Safety").
func wordEnd(text []byte, i int) int {
	for i < len(text) && (isASCIILetter(text[i]) || '0' <= text[i] && text[i] <= '9' || text[i] == '-' || text[i] == '&' || text[i] == '\'') {
		i++
	}
	return i
}

// isASCIILetter reports whether b is an ASCII letter.
func isASCIILetter(b byte) bool {
	return 'a' <= b|0x20 && b|0x20 <= 'z'
}

// wordAt returns the length of the first of han or latin that text[i:]
// starts with, the Latin ones ignoring case and ending at a word boundary;
// or 0.
func wordAt(text []byte, i int, han, latin [][]byte) int {
	if i >= len(text) {
		return 0
	}
	rest := text[i:]
	if rest[0] >= utf8.RuneSelf {
		for _, w := range han {
			if bytes.HasPrefix(rest, w) {
				return len(w)
			}
		}
		return 0
	}
	for _, w := range latin {
		if len(rest) >= len(w) && bytes.EqualFold(rest[:len(w)], w) && wordEnd(rest, len(w)) == len(w) {
			return len(w)
		}
	}
	return 0
}

// listSeparatorAt returns the length of the separator of a list's names at
// text[i:] (、, 和, 与, and, a comma ...), or 0.
func listSeparatorAt(text []byte, i int) int {
	if i >= len(text) {
		return 0
	}
	r, n := utf8.DecodeRune(text[i:])
	switch r {
	case ',', '/', '&', '+', '、', '和', '与', '及', '／', '＆':
		return n
	case '以':
		if bytes.HasPrefix(text[i+n:], []byte("及")) {
			return n + len("及")
		}
	case 'a', 'A', 'o', 'O':
		return wordAt(text, i, nil, latinListSeparators)
	}
	return 0
}

// latinListSeparators are the words that join the names of a list.
var latinListSeparators = [][]byte{[]byte("and"), []byte("or")}

// Cues after a team word, in Chinese: what the job does with the team.
var (
	afterOther = [][]byte{
		[]byte("配合"), []byte("协同"), []byte("协作"), []byte("合作"),
		[]byte("对接"), []byte("沟通"), []byte("联动"),
		[]byte("协调"), []byte("紧密"), []byte("密切"), []byte("一起"), []byte("共同"),
	}
	afterOwn = [][]byte{
		[]byte("管理"), []byte("搭建"), []byte("建设"), []byte("组建"),
		[]byte("培养"), []byte("培训"),
	}
)

// cueAfterTeam returns what the words after a team word say of the team.
func cueAfterTeam(rest []byte) teamCue {
	rest = rest[skipBlanks(rest, 0):]
	// 团队的日常管理 is 团队管理.
	own := bytes.TrimPrefix(bytes.TrimPrefix(rest, []byte("的")), []byte("日常"))
	switch {
	case wordAt(rest, 0, afterOther, nil) > 0:
		return cueOther
	case wordAt(own, 0, afterOwn, nil) > 0:
		return cueOwn
	}
	return noCue
}

// Cues before a term. The Chinese ones are read back from the term within
// maxCueRunes, the English ones word by word within maxCueWords; both stop
// at the end of the clause, and the reading at maxCueSteps runes or words
// of any kind.
var (
	// hanCues are the Chinese cues, the longer first where one ends with
	// another (参与, to take part, is no 与).
	hanCues = []struct {
		word []byte
		cue  teamCue
	}{
		{[]byte("参与"), cueOwn},
		{[]byte("与"), cueOther}, {[]byte("跟"), cueOther},
		{[]byte("配合"), cueOther}, {[]byte("协同"), cueOther},
		{[]byte("协作"), cueOther}, {[]byte("协调"), cueOther},
		{[]byte("对接"), cueOther}, {[]byte("协助"), cueOther},
		{[]byte("辅助"), cueOther}, {[]byte("支持"), cueOther}, {[]byte("支援"), cueOther},
		{[]byte("联合"), cueOther}, {[]byte("由"), cueOther},
		// 有专门的直播运营、场控团队: others do that work.
		{[]byte("有专门的"), cueOther}, {[]byte("有专门"), cueOther}, {[]byte("有专职的"), cueOther}, {[]byte("有专职"), cueOther},
		// 为运营同学提供工具 serves them; 作为 and 成为 join them.
		{[]byte("作为"), cueOwn}, {[]byte("成为"), cueOwn},
		{[]byte("为"), cueOther},
		{[]byte("带领"), cueOwn}, {[]byte("管理"), cueOwn},
		{[]byte("搭建"), cueOwn}, {[]byte("组建"), cueOwn},
		{[]byte("负责"), cueOwn}, {[]byte("统筹"), cueOwn},
		{[]byte("培养"), cueOwn},
		{[]byte("打造"), cueOwn}, {[]byte("建设"), cueOwn},
		{[]byte("领导"), cueOwn}, {[]byte("加入"), cueOwn},
		{[]byte("所在"), cueOwn},
	}
	latinOther = [][]byte{
		[]byte("with"), []byte("alongside"), []byte("to"), []byte("for"), []byte("by"), []byte("from"), []byte("across"), []byte("between"), []byte("among"),
		[]byte("support"), []byte("supports"), []byte("supporting"), []byte("assist"), []byte("assists"), []byte("assisting"), []byte("serve"), []byte("serves"), []byte("serving"),
		[]byte("enable"), []byte("enables"), []byte("enabling"), []byte("liaise"), []byte("liaising"),
	}
	latinOwn = [][]byte{
		[]byte("join"), []byte("joins"), []byte("joining"), []byte("lead"), []byte("leads"), []byte("leading"), []byte("led"), []byte("manage"), []byte("manages"), []byte("managing"), []byte("managed"),
		[]byte("build"), []byte("builds"), []byte("building"), []byte("built"), []byte("head"), []byte("heads"), []byte("heading"), []byte("run"), []byte("runs"), []byte("running"),
		[]byte("grow"), []byte("grows"), []byte("growing"), []byte("scale"), []byte("scales"), []byte("scaling"), []byte("mentor"), []byte("mentoring"), []byte("coach"), []byte("coaching"),
		[]byte("of"), []byte("in"), []byte("within"), []byte("on"), []byte("welcome"), []byte("responsible"),
	}
	// latinPassed are passed over without counting.
	latinPassed = [][]byte{[]byte("the"), []byte("our"), []byte("your"), []byte("their"), []byte("its"), []byte("a"), []byte("an"), []byte("other"), []byte("all"), []byte("relevant"), []byte("respective"), []byte("various"), []byte("internal"), []byte("external")}
)

// maxCueSteps bounds the runes and words cueBefore reads, of any kind, and
// maxCueWordLen a word it reads: no cue is longer.
const (
	maxCueSteps   = 64
	maxCueWordLen = 12
)

// cueBefore returns what the words before an occurrence, ending the text
// given, say of the team it names: the nearest cue in the clause.
func cueBefore(before []byte) teamCue {
	words, runes := 0, 0
	i := len(before)
	for step := 0; i > 0 && step < maxCueSteps && words < maxCueWords && runes < maxCueRunes; step++ {
		if isASCIILetter(before[i-1]) {
			j := i
			for j > 0 && i-j <= maxCueWordLen && (isASCIILetter(before[j-1]) || before[j-1] == '-' || before[j-1] == '\'') {
				j--
			}
			if i-j > maxCueWordLen {
				return noCue // a long word; whatever is before it is too far
			}
			w := before[j:i]
			switch {
			case isLabel(w, latinOther):
				// "responsible for the team" is the job's own.
				if bytes.EqualFold(w, []byte("for")) && bytes.EqualFold(lastWord(before[:j]), []byte("responsible")) {
					return cueOwn
				}
				return cueOther
			case isLabel(w, latinOwn):
				return cueOwn
			case !isLabel(w, latinPassed):
				words++
			}
			i = j
			continue
		}
		r, n := utf8.DecodeLastRune(before[:i])
		if endsClause(r) {
			return noCue
		}
		if fold.IsHan(r) {
			runes++
			for _, c := range hanCues {
				if bytes.HasSuffix(before[:i], c.word) {
					return c.cue
				}
			}
		}
		i -= n
	}
	return noCue
}

// addressedHead reports whether the text before a director's or higher
// job ends with a determiner after a word that makes the job another's
// (latinOther): "explain a process map to our COO", "work with the VP of
// Operations". "The Director of Operations will…", which may describe the
// job itself, does not count; nor does "As our COO, you…".
func addressedHead(before []byte) bool {
	det := lastWord(before)
	if !isLabel(det, headDeterminers) {
		return false
	}
	rest := bytes.TrimRight(before, " ")
	return isLabel(lastWord(rest[:len(rest)-len(det)]), latinOther)
}

// headDeterminers are the words before a job that make it someone's.
var headDeterminers = [][]byte{[]byte("our"), []byte("the"), []byte("your")}

// lastWord returns the last word of text in a Latin script, with the
// letters that carry marks ("Cafés"), past any spaces after it.
func lastWord(text []byte) []byte {
	i := len(text)
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	j := i
	for j > 0 && (isASCIILetter(text[j-1]) || text[j-1] >= utf8.RuneSelf && latinLetterAt(text, j-1)) {
		j--
	}
	return text[j:i]
}

// endsClause reports whether r ends the clause before a term: a sentence's
// or clause's punctuation, a bracket, or a line break.
func endsClause(r rune) bool {
	switch r {
	case '\n', '\r', '.', ';', ':', '!', '?', '(', ')', '[', ']',
		'。', '；', '：', '！', '？', '，', '（', '）', '【', '】', '•':
		return true
	}
	return false
}
