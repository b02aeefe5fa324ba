// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"bytes"
	"cmp"
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/rolemodels/ops/opsroles/internal/automaton"
)

// A posting's requirements and a resume's education name fields of study
// and certificates: 市场营销、电子商务等相关专业, "a degree in Marketing or a
// related field", 持有CDA数据分析师证书. They say what someone studied or
// passed, not what the job does: a sales posting that asks for a marketing
// graduate is no marketing job, nor is a bank's analyst who may hold a
// data analyst's certificate a data analysis job for that. Terms in the
// name of a major or a certificate weigh as little as company boilerplate
// does.
//
// The words that mark them are patterns of the scan, like the headings of
// boilerplate: 专业, 科系 and 证书 after the name, "degree in" and the like
// before it. A resume's field names the major after the label and its
// colon (专业：市场营销), and job boards export the field with its label
// padded to line up the colons (专  业：市场营销), which paddedSubjects
// reads.

// degreeLabels mark the fields of study or certificates before them
// (subjectBefore) or after them (subjectAfter). The scan folds them: 專業
// is 专业, 證書 证书.
var degreeLabels = []struct {
	label string
	kind  uint8
}{
	{"专业", subjectBefore}, {"科系", subjectBefore}, {"学系", subjectBefore},
	{"证书", subjectBefore}, {"资格证", subjectBefore}, {"职业资格", subjectBefore},
	{"degree in", subjectAfter}, {"degrees in", subjectAfter}, {"bachelor's in", subjectAfter},
	{"master's in", subjectAfter}, {"bachelors in", subjectAfter}, {"masters in", subjectAfter},
	{"major in", subjectAfter}, {"majored in", subjectAfter}, {"majoring in", subjectAfter},
	{"ba in", subjectAfter}, {"bs in", subjectAfter}, {"bsc in", subjectAfter}, {"msc in", subjectAfter},
	{"bachelor of", subjectAfter}, {"master of", subjectAfter}, {"studium der", subjectAfter},
	{"certification in", subjectAfter}, {"certificate in", subjectAfter},
}

// maxSubjectBytes bounds the fields of study a degree label governs: a
// list of a few majors.
const maxSubjectBytes = 80

// subjects returns the byte range of the fields of study that occurrence f
// of a degree label of the given kind governs, and false where f names no
// major: the value of the field that a label before a colon heads, or the
// names before a label of subjectBefore, or those after one of
// subjectAfter.
func subjects(text []byte, f automaton.Match, kind uint8) (textRange, bool) {
	if kind == subjectBefore {
		if start, ok := fieldValue(text, f.End); ok {
			// A resume's field, 专  业：市场营销: the major follows.
			end := fieldValueEnd(text, start)
			return textRange{start: start, end: end}, end > start
		}
	}
	if kind == subjectAfter {
		start := f.End
		for start < len(text) && text[start] == ' ' {
			start++
		}
		end := subjectsEnd(text, start)
		for end > start && text[end-1] == ' ' {
			end--
		}
		return textRange{start: start, end: end}, end > start
	}
	if !majorFollows(text[f.End:]) {
		return textRange{}, false
	}
	start := subjectsStart(text, f.Start)
	return textRange{start: start, end: f.Start}, start < f.Start
}

// fieldValue reports whether a colon follows byte i of text, after spaces,
// as after the label of a resume's field (专业：, 證書: ), and returns where
// the value after it starts.
func fieldValue(text []byte, i int) (int, bool) {
	i = skipFieldSpaces(text, i)
	switch {
	case i < len(text) && text[i] == ':':
		i++
	case bytes.HasPrefix(text[i:], []byte("：")):
		i += len("：")
	default:
		return 0, false
	}
	return skipFieldSpaces(text, i), true
}

// fieldValueEnd returns where the value of a field that starts at byte i
// ends: at the end of its line, at a bar or a tab that parts it from the
// next field, at two spaces in a row, or after maxSubjectBytes, on a rune
// boundary.
func fieldValueEnd(text []byte, i int) int {
	end := min(len(text), i+maxSubjectBytes)
	for k := i; k < end; k++ {
		switch text[k] {
		case '\n', '\r', '\t', '|':
			return k
		case ' ':
			if k+1 < len(text) && text[k+1] == ' ' {
				return k
			}
		}
	}
	for end > i && end < len(text) && !utf8.RuneStart(text[end]) {
		end--
	}
	for end > i && text[end-1] == ' ' {
		end--
	}
	return end
}

// paddedLabels are the degree labels that a resume exported from a job
// board pads with spaces to line up its fields (专  业：电子商务, 证　　书：),
// split after their first character. The scan reads a single space after a
// Chinese character as nothing and finds 专 业 itself, but it reads two
// spaces there as a gap; and compactHan, which isSpacedLabel reads labels
// with, joins a label's characters over one space only.
var paddedLabels = [...]struct{ first, rest string }{{"专", "业"}, {"科", "系"}, {"证", "书"}}

// paddedSubjects adds to dst, a list of ranges in text order, the values
// of the fields that a padded degree label heads (see paddedLabels), where
// they overlap no range in dst. found are the scan's occurrences in text;
// a text in which the scan found no term beyond ASCII is taken to hold no
// Chinese label either, and is not read again. Otherwise it reads the text for two
// spaces in a row and for ideographic spaces, which are rare, rather than
// for the labels' characters, which Chinese text is full of.
func paddedSubjects(dst []textRange, text []byte, found []automaton.Match) []textRange {
	if !slices.ContainsFunc(found, func(f automaton.Match) bool { return text[f.Start] >= utf8.RuneSelf }) {
		return dst
	}
	for _, space := range [...]string{"  ", "\u3000"} {
		for i := 0; ; {
			k := bytes.Index(text[i:], []byte(space))
			if k < 0 {
				break
			}
			k += i
			i = skipFieldSpaces(text, k)
			dst = paddedSubject(dst, text, k, i)
		}
	}
	return dst
}

// paddedSubject adds to dst the value of the field whose label is padded
// with the spaces at text[from:to], if they pad one of paddedLabels.
func paddedSubject(dst []textRange, text []byte, from, to int) []textRange {
	for _, l := range paddedLabels {
		if !bytes.HasSuffix(text[:from], []byte(l.first)) || !bytes.HasPrefix(text[to:], []byte(l.rest)) {
			continue
		}
		if start, ok := fieldValue(text, to+len(l.rest)); ok {
			if end := fieldValueEnd(text, start); end > start {
				dst = insertRange(dst, textRange{start: start, end: end})
			}
		}
		break
	}
	return dst
}

// skipFieldSpaces returns the offset of the first byte at or after i that
// is not a space, a tab or an ideographic space.
func skipFieldSpaces(text []byte, i int) int {
	for {
		i = skipBlanks(text, i)
		if !bytes.HasPrefix(text[i:], []byte("\u3000")) {
			return i
		}
		i += len("\u3000")
	}
}

// insertRange inserts r into dst, a list of ranges in text order that do
// not overlap, where it overlaps none of them.
func insertRange(dst []textRange, r textRange) []textRange {
	i, _ := slices.BinarySearchFunc(dst, r.start, func(t textRange, start int) int { return cmp.Compare(t.start, start) })
	if i > 0 && dst[i-1].end > r.start || i < len(dst) && dst[i].start < r.end {
		return dst
	}
	return slices.Insert(dst, i, r)
}

// majorFollows reports whether the text after 专业 lets it name a major,
// as in 市场营销专业优先 or 市场营销专业，本科: not an adjective before a
// noun (专业能力, 专业的团队, 专业度).
func majorFollows(rest []byte) bool {
	for _, w := range notMajor {
		if bytes.HasPrefix(rest, w) {
			return false
		}
	}
	return true
}

// notMajor are words after 专业 that make it an adjective or a noun of its
// own: professional skills, a professional team, professionalism.
var notMajor = [][]byte{
	[]byte("能力"), []byte("技能"), []byte("知识"), []byte("度"), []byte("性"), []byte("的"), []byte("化"),
	[]byte("团队"), []byte("水平"), []byte("素养"), []byte("服务"),
	[]byte("人才"), []byte("人士"), []byte("领域"), []byte("运营"), []byte("营运"),
}

// subjectsStart returns where the list of majors that ends at byte i
// starts: back over the qualifiers just before 专业 (等, 相关, 类 ...) and
// then over words and the marks that part them (、, /, 或, 及 ...), to a
// mark that ends a clause, at most maxSubjectBytes.
func subjectsStart(text []byte, i int) int {
	limit := max(0, i-maxSubjectBytes)
	start := i
	for j := i; j > limit; {
		r, n := utf8.DecodeLastRune(text[:j])
		if r == ' ' {
			// Only inside a Latin name (Computer Science专业): a space
			// in Chinese text parts its phrases.
			if !(j-1 > 0 && isASCIIAlnum(text[j-2]) && j < len(text) && isASCIIAlnum(text[j])) {
				break
			}
		} else if !subjectRune(r) {
			break
		}
		j -= n
		start = j
	}
	for start < i && !utf8.RuneStart(text[start]) {
		start++
	}
	return start
}

// subjectRune reports whether r may stand in a list of majors or the name
// of a certificate: a letter, a digit, a bracket (金融数据分析师（CDA）证书),
// or a mark that parts the items of a list.
func subjectRune(r rune) bool {
	switch r {
	case '、', '/', '／', '&', '-', '·', '(', ')', '（', '）':
		return true
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// subjectsEnd returns where the fields of study that start at byte i end:
// at the end of the clause (a period, a semicolon, a colon, a bracket, a
// line break), after "field", "discipline" or "equivalent", before a digit
// ("… or related field, 3+ years"), or after maxSubjectBytes.
func subjectsEnd(text []byte, i int) int {
	end := min(len(text), i+maxSubjectBytes)
	for k := i; k < end; k++ {
		switch c := text[k]; {
		case c == '.' || c == ';' || c == ':' || c == '(' || c == ')' || c == '\n' || c == '\r' || '0' <= c && c <= '9':
			return k
		case c >= utf8.RuneSelf:
			if r, _ := utf8.DecodeRune(text[k:]); !unicode.IsLetter(r) {
				return k
			}
		}
		for _, w := range subjectsLast {
			if hasWordAt(text, k, w) {
				return k + len(w)
			}
		}
	}
	for end > i && end < len(text) && !utf8.RuneStart(text[end]) {
		end--
	}
	return end
}

// subjectsLast are the words that close a list of fields of study.
var subjectsLast = [][]byte{[]byte("fields"), []byte("field"), []byte("disciplines"), []byte("discipline"), []byte("equivalent")}

// hasWordAt reports whether the word w, in ASCII case, stands at byte k of
// text, after a non-letter.
func hasWordAt(text []byte, k int, w []byte) bool {
	return k > 0 && !isASCIIAlnum(text[k-1]) && len(text)-k >= len(w) && bytes.EqualFold(text[k:k+len(w)], w)
}
