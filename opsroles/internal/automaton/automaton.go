// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

// Package automaton finds many folded patterns in unfolded text in one pass.
//
// The patterns are catalog terms already folded with package fold; the text
// is whatever the caller has. Find folds the text while it scans, with the
// same rune fold, and reports byte offsets into the text as given, so a
// caller can show the evidence exactly as it was written.
package automaton

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/rolemodels/ops/opsroles/internal/fold"
)

// Automaton finds the occurrences of a fixed set of patterns. It is
// immutable and safe for concurrent use.
type Automaton struct {
	patterns []pattern

	t  *charTrie
	al *alphabet

	// The byte automaton (see compile.go). State IDs are premultiplied
	// offsets into trans; IDs from special up are the hot char states that
	// end patterns, then from denseEnd up the cold char states (denseEnd+q)
	// and recoverState.
	class    [256]uint8
	stride   uint32
	trans    []uint32
	special  uint32
	denseEnd uint32
	hot      []uint32 // the byte state of each char state

	// Deferred states: deferBase+k stands for the k-th char state in
	// deferChar, left on a byte that is not an ASCII letter or digit;
	// deferRows holds the transitions that byte takes. The last column of
	// the char state's row holds k|deferFlag.
	splitMin int

	deferBase uint32
	deferChar []int32
	deferRows []uint32

	// leadBase+q stands for char state q left on a lead byte whose rune
	// has no byte path of its own out of q; Find decodes the rune.
	leadBase uint32
}

// deferFlag marks the char state column of a deferred state's row.
const deferFlag = 1 << 31

// Match is one occurrence of pattern Pattern (an index into the patterns
// given to New) at text[Start:End]; the offsets are into the original,
// unfolded text.
type Match struct{ Pattern, Start, End int }

// Scratch is reusable working memory for Find. The zero value is ready to
// use; a Scratch must not be used by two Finds at once.
type Scratch struct {
	cands [4][]candidate // by chain
}

// New compiles patterns, which are already folded with fold.String. A
// pattern that is empty, not valid UTF-8, contains U+FFFD, or repeats an
// earlier one is an error that names its index.
func New(patterns []string) (*Automaton, error) {
	seen := make(map[string]int, len(patterns))
	for i, p := range patterns {
		switch {
		case p == "":
			return nil, fmt.Errorf("automaton: pattern %d is empty", i)
		case !utf8.ValidString(p):
			return nil, fmt.Errorf("automaton: pattern %d (%q) is not valid UTF-8", i, p)
		case containsRuneError(p):
			return nil, fmt.Errorf("automaton: pattern %d (%q) contains U+FFFD, which stands for invalid input", i, p)
		}
		if j, dup := seen[p]; dup {
			return nil, fmt.Errorf("automaton: pattern %d (%q) repeats pattern %d", i, p, j)
		}
		seen[p] = i
	}
	return newAutomaton(patterns, defaultHotRows), nil
}

// newAutomaton compiles valid patterns with at most hotRows dense rows.
func newAutomaton(patterns []string, hotRows int) *Automaton {
	a := &Automaton{patterns: make([]pattern, len(patterns)), splitMin: defaultSplitMin}
	var pats [][]int32
	a.al, pats = newAlphabet(patterns)
	a.t = newCharTrie(pats, len(a.al.common))
	for i := range a.patterns {
		a.patterns[i] = newPattern(patterns[i])
	}
	compile(a, hotRows)
	return a
}

func containsRuneError(p string) bool {
	for _, c := range p {
		if c == utf8.RuneError {
			return true
		}
	}
	return false
}

// pattern is what Find needs to know about a pattern once the automaton
// has found it.
type pattern struct {
	text  string
	runes int32 // length in folded runes
	flags uint8
}

// Pattern flags.
const (
	wordStart = 1 << iota // the first rune is a letter or digit of a spaced script
	wordEnd               // so is the last rune
	plain                 // every rune of the pattern folds to itself
	upper                 // the pattern has ASCII letters, which the text may write in upper case
)

func newPattern(p string) pattern {
	runes := []rune(p)
	info := pattern{text: p, runes: int32(len(runes))}
	if isWord(runes[0]) {
		info.flags |= wordStart
	}
	if isWord(runes[len(runes)-1]) {
		info.flags |= wordEnd
	}
	if fold.String(p) == p {
		info.flags |= plain
	}
	if strings.ContainsFunc(p, func(r rune) bool { return 'a' <= r && r <= 'z' }) {
		info.flags |= upper
	}
	return info
}

// defaultSplitMin is the shortest text that Find scans as four chains at
// once; shorter texts gain nothing from it.
const defaultSplitMin = 1024

// Len returns the number of patterns.
func (a *Automaton) Len() int { return len(a.patterns) }

// Find appends to dst the leftmost-longest, non-overlapping occurrences of
// the patterns in text, in text order, and returns the extended slice.
//
// Find folds the text while it scans, with exactly the rune fold of package
// fold, so a pattern matches every spelling that folds to it. An occurrence
// begins and ends on whole input runes: a pattern never matches part of the
// fold of one rune. Patterns whose first (last) rune is a letter or digit of
// a script that spaces its words match only where the preceding (following)
// rune of the folded text is not such a letter or digit: "crm" is not found
// in "SCRM2" or "scrum", but "kpi" is found in "KPI考核". Invalid UTF-8 reads
// as U+FFFD one byte at a time, as with utf8.DecodeRune.
//
// Once dst and s have grown to fit, Find allocates nothing.
func (a *Automaton) Find(dst []Match, text []byte, s *Scratch) []Match {
	for k := range s.cands {
		s.cands[k] = s.cands[k][:0]
	}
	if len(text) < a.splitMin {
		a.scan(text, 0, len(text), 0, &s.cands[0])
		return choose(dst, s.cands[0])
	}
	// Cut the text in four, preferably where the automaton is known to be
	// at its root.
	cut := [5]int{0, 0, 0, 0, len(text)}
	var root [5]bool
	for k := 1; k < 4; k++ {
		cut[k], root[k] = a.cutNear(text, max(cut[k-1], len(text)*k/4), len(text))
	}
	a.scan4(text, &cut, &root, &s.cands)
	all := s.cands[0]
	for k := 1; k < 4; k++ {
		all = append(all, s.cands[k]...)
	}
	s.cands[0] = all
	return choose(dst, all)
}
