// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"bytes"
	"slices"
	"unicode/utf8"

	"github.com/rolemodels/ops/opsroles/internal/automaton"
	"github.com/rolemodels/ops/opsroles/internal/fold"
)

// Postings say what a job is not as plainly as what it is: "This is not a
// social media role", "not an operations job", 不是运营岗, 非用户运营/内容运营类岗.
// A term in such a denial names the work the job leaves to others, and
// weighs teamWeight, as a team the job works with does. A denial is a
// cue, "not a" or "not an" in English and 不是, 并非 or 非 in Chinese, then
// the term, alone or in a list parted by list separators, then the word
// for a post: "role", "job" or "position", 岗, 岗位 or 职位. Up to
// maxDeniedWords Latin words or maxDeniedRunes Chinese characters may
// stand between the cue and the term ("not a pure project management
// role", 不是纯文案岗), after 非 only 纯 (非洲 and 非遗 are words of their
// own), and between the term and the word for the post
// ("not a social media posting role", 非用户运营类岗位); all within one
// clause. The scan finds the cues as the matcher's own labels
// (denialLabel), which are rare enough that looking after each costs
// nothing.
//
// A posting may deny the work instead of the post: "You won't be running
// any social media accounts", "won't be responsible for social media".
// After one of workDenialCues the terms need no word for a post, but the
// cue must deny a doing (see deniesWork), and not only the work's being
// all of the job: "you won't be just posting on social media" says the
// job does more.

// denialCues are the words that open a denial of the job.
var denialCues = []string{"not a", "not an", "不是", "并非", "非"}

// workDenialCues are the words that open a denial of the work
// (workDenialLabel).
var workDenialCues = []string{"won't be", "won’t be", "will not be"}

// notExclusive are the words after a cue of workDenialCues that turn the
// denial into praise of the job's breadth.
var notExclusive = [][]byte{[]byte("just"), []byte("only"), []byte("merely"), []byte("simply"), []byte("limited")}

// Bounds of a denial around its terms.
const (
	maxDeniedWords = 3
	maxDeniedRunes = 3
)

// Words of a denial after its terms.
var (
	denialPostsLatin = [][]byte{[]byte("role"), []byte("job"), []byte("position")}
	denialPostsHan   = [][]byte{[]byte("岗"), []byte("职位")}
	// denialStops are the words that start another phrase between a term
	// and the word for a post.
	denialStops = [][]byte{[]byte("of"), []byte("the"), []byte("this"), []byte("that"), []byte("for"), []byte("in"), []byte("at"), []byte("to"), []byte("with"), []byte("is"), []byte("was")}
)

// deniedJobs adds to dst, a sorted list of indexes of occurrences in found,
// those of the occurrences that a denial names (see above), and returns the
// extended list, still sorted and without repeats.
func (m *Matcher) deniedJobs(dst []int, text []byte, found []automaton.Match) []int {
	n := len(dst)
	for k := 0; k < len(found)-1; k++ {
		kind := m.labelKind[found[k].Pattern]
		if kind != denialLabel && kind != workDenialLabel {
			continue
		}
		first := k + 1
		gap := text[found[k].End:found[first].Start]
		if m.labelKind[found[first].Pattern] != 0 || !fewWords(gap) || kind == workDenialLabel && !deniesWork(gap) {
			continue
		}
		if string(text[found[k].Start:found[k].End]) == "非" && len(gap) > 0 && string(gap) != "纯" {
			continue // 非 opens words of its own (非洲运营岗, 非遗文创运营岗) unless the term or 纯 follows
		}
		last := first
		for last+1 < len(found) && m.labelKind[found[last+1].Pattern] == 0 && isSeparator(text[found[last].End:found[last+1].Start]) {
			last++
		}
		if kind == denialLabel && !postAfter(text, found[last].End) {
			continue
		}
		for i := first; i <= last; i++ {
			dst = append(dst, i)
		}
		k = last
	}
	if n > 0 && len(dst) > n {
		slices.Sort(dst)
		dst = slices.Compact(dst)
	}
	return dst
}

// fewWords reports whether gap, the text between a denial's cue and its
// first term, is spaces and at most maxDeniedWords Latin words or
// maxDeniedRunes Chinese characters.
func fewWords(gap []byte) bool {
	words, runes := 0, 0
	for i := 0; i < len(gap); {
		switch c := gap[i]; {
		case c == ' ':
			i++
		case isASCIILetter(c):
			if words++; words > maxDeniedWords {
				return false
			}
			i = wordEnd(gap, i)
		default:
			r, n := utf8.DecodeRune(gap[i:])
			if !fold.IsHan(r) {
				return false
			}
			if runes++; runes > maxDeniedRunes {
				return false
			}
			i += n
		}
	}
	return true
}

// isSeparator reports whether gap, the text between two terms, parts the
// names of a list: one separator or two (", or"), with spaces around.
func isSeparator(gap []byte) bool {
	i, seps := skipBlanks(gap, 0), 0
	for i < len(gap) && seps < 2 {
		n := listSeparatorAt(gap, i)
		if n == 0 {
			return false
		}
		i = skipBlanks(gap, i+n)
		seps++
	}
	return seps > 0 && i == len(gap)
}

// postAfter reports whether the word for a post follows text[:end], past
// at most maxDeniedWords Latin words or twice maxDeniedRunes Chinese
// characters (类 in 内容运营类岗位).
func postAfter(text []byte, end int) bool {
	i, words, runes := end, 0, 0
	for i < len(text) {
		if isASCIILetter(text[i]) {
			j := wordEnd(text, i)
			switch {
			case isLabel(text[i:j], denialPostsLatin):
				return runes == 0
			case isLabel(text[i:j], denialStops):
				return false // "not a KPI of this role": the post is another phrase's
			}
			if words++; words > maxDeniedWords {
				return false
			}
			i = j
			continue
		}
		if text[i] == ' ' {
			i++
			continue
		}
		r, n := utf8.DecodeRune(text[i:])
		if !fold.IsHan(r) {
			return false // punctuation, digits, a line break: the clause ends
		}
		if wordAt(text, i, denialPostsHan, nil) > 0 {
			return words == 0
		}
		if runes++; runes > maxDeniedRunes*2 {
			return false
		}
		i += n
	}
	return false
}

// deniesWork reports whether gap, the words between one of workDenialCues
// and a term, deny doing it: the first is a verb in -ing or "responsible"
// or "involved" ("won't be running any", "won't be responsible for"), not
// "alone in running", and none is one of notExclusive.
func deniesWork(gap []byte) bool {
	first := true
	for i := 0; i < len(gap); i++ {
		if !isASCIILetter(gap[i]) {
			continue
		}
		j := wordEnd(gap, i)
		w := gap[i:j]
		if isLabel(w, notExclusive) || first && !bytes.HasSuffix(w, []byte("ing")) && !isLabel(w, workDenialVerbs) {
			return false
		}
		first, i = false, j
	}
	return !first
}

// workDenialVerbs may start the words that deny the work besides a verb in
// -ing.
var workDenialVerbs = [][]byte{[]byte("responsible"), []byte("involved")}
