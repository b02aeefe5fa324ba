// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

// Package automaton finds many folded patterns in unfolded text in one pass.
//
// The patterns are catalog terms already folded with package fold; the text
// is whatever the caller has. Find folds the text while it scans, with the
// same rune fold, and reports byte offsets into the text as given, so a
// caller can show the evidence exactly as it was written.
//
// The pieces, in the order Find uses them: runes.go maps every input rune
// to classes, the folded runes the patterns use; scan.go folds a segment of
// the text into an array of classes, eight ASCII bytes or four Chinese
// characters at a time, then runs the automaton over it as four interleaved
// chains, one load and no branch per char, noting the states that end
// patterns as it goes and reporting them after every few dozen chars. The
// automaton is Aho-Corasick over classes (trie.go), aware of word
// boundaries so that inside a word no pattern continues it rests in one
// state, reading a run of spaces as one space and as nothing after a
// Chinese character, and laid out as a double array (compile.go), which
// stays small however many patterns there are.
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
	al       *alphabet
	maxDepth int // the longest pattern, in chars

	// The double array (see compile.go), and what report needs: the
	// patterns that end at each node, and which classes are word runes.
	dat       []uint64
	def       *[maxClasses + 1][2]uint32 // by class: δ(root, c) and δ(rootW, c)
	special   uint32
	outs      []uint64
	origin    []int32 // the pattern given to New that each of patterns stands for (see spacedVariants)
	wordClass []bool
	hanClass  []bool // which classes are Chinese characters
	space     int32  // the class of the space

	given    int // the patterns given to New
	segment  int // bytes of text decoded at a time
	splitMin int // the fewest chars of a segment scanned as four chains
}

// Match is one occurrence of pattern Pattern (an index into the patterns
// given to New) at text[Start:End]; the offsets are into the original,
// unfolded text.
type Match struct{ Pattern, Start, End int }

// Scratch is reusable working memory for Find. The zero value is ready to
// use; a Scratch must not be used by two Finds at once.
type Scratch struct {
	// The folded text of the current segment: the class of each char,
	// and the offset (from the segment's start) just after the rune it
	// comes from, or 0 for a char that is not the last of its rune's
	// fold.
	class     []uint16
	end       []uint16
	n         int  // the chars of the segment
	invisible bool // whether some rune of the segment folds to nothing

	hits  [256]uint64    // scan4's states that end patterns, since its last report
	cands [4][]candidate // by chain
	all   []candidate
}

// New compiles patterns, which are already folded with fold.Words. A
// pattern that is empty, not valid UTF-8, contains U+FFFD, has a space at
// either end, two in a row or one after a Chinese character, or repeats an
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
		case misplacedSpace(p):
			return nil, fmt.Errorf("automaton: pattern %d (%q) has a space at either end, two in a row or one after a Chinese character; fold.Words removes them", i, p)
		}
		if j, dup := seen[p]; dup {
			return nil, fmt.Errorf("automaton: pattern %d (%q) repeats pattern %d", i, p, j)
		}
		seen[p] = i
	}
	return newAutomaton(patterns)
}

// The defaults of segment and splitMin. A segment's folded text stays in
// the second-level cache, and most documents are one segment. Four chains
// need enough chars each to pay for starting three of them in the middle,
// which warm3 does in about the time one chain takes over 60 chars; a
// chain reads a char in a third of the time of a lone run, so they pay
// from about a hundred chars on, and scanSegment asks for a quarter of
// the segment to outlast the warm-up (which makes 160 the least anyway).
const (
	defaultSegment  = 16 << 10 // at most 0xFFFF-utf8.UTFMax, for the offsets in Scratch.end
	defaultSplitMin = 160
)

// newAutomaton compiles valid patterns.
func newAutomaton(patterns []string) (*Automaton, error) {
	all, origin := spacedVariants(patterns)
	a := &Automaton{patterns: make([]pattern, len(all)), origin: origin, given: len(patterns), segment: defaultSegment, splitMin: defaultSplitMin}
	al, pats, err := newAlphabet(all)
	if err != nil {
		return nil, err
	}
	a.al = al
	a.wordClass = make([]bool, a.al.numClass)
	a.wordClass[wordOther] = true
	a.hanClass = make([]bool, a.al.numClass)
	for r, c := range a.al.chars {
		a.wordClass[c] = isWord(r)
		a.hanClass[c] = fold.IsHan(r)
	}
	for i := range a.patterns {
		a.patterns[i] = newPattern(all[i], pats[i])
	}
	a.space = int32(al.chars[' '])
	t := newCharTrie(pats, a.wordClass, a.hanClass, a.space)
	a.maxDepth = t.maxDepth
	if err := compile(a, t, pats); err != nil {
		return nil, err
	}
	return a, nil
}

// maxSpacedCuts bounds the places of a pattern where spacedVariants puts
// a space: a term has one or two.
const maxSpacedCuts = 3

// spacedVariants returns the patterns followed by their spaced variants,
// and the index of the pattern that each of them stands for. A spaced
// variant has a space between a rune of another script and the Chinese
// character after it, in one or more of the first maxSpacedCuts such
// places ("crm 运营" for crm运营, "a/b 测试" for a/b测试), where many writers
// set Latin words apart from Chinese text. The space after a Chinese
// character needs no variant: the automaton reads it as nothing. A variant
// that is a pattern already is left out.
func spacedVariants(patterns []string) (all []string, origin []int32) {
	all = append(all, patterns...)
	seen := make(map[string]bool, len(patterns))
	for i, p := range patterns {
		origin = append(origin, int32(i))
		seen[p] = true
	}
	var cuts []int
	var b strings.Builder
	for i, p := range patterns {
		rs := []rune(p)
		cuts = spacedCuts(cuts[:0], rs)
		for set := 1; set < 1<<len(cuts); set++ {
			b.Reset()
			c := 0
			for k, r := range rs {
				if c < len(cuts) && cuts[c] == k {
					if set>>c&1 != 0 {
						b.WriteByte(' ')
					}
					c++
				}
				b.WriteRune(r)
			}
			if v := b.String(); !seen[v] {
				seen[v] = true
				all = append(all, v)
				origin = append(origin, int32(i))
			}
		}
	}
	return all, origin
}

// spacedCuts appends to cuts the indexes of the first maxSpacedCuts runes of
// rs that are Chinese characters after a rune that is neither a Chinese
// character nor a space.
func spacedCuts(cuts []int, rs []rune) []int {
	for k := 1; k < len(rs) && len(cuts) < maxSpacedCuts; k++ {
		if fold.IsHan(rs[k]) && rs[k-1] != ' ' && !fold.IsHan(rs[k-1]) {
			cuts = append(cuts, k)
		}
	}
	return cuts
}

// misplacedSpace reports whether p has a space where fold.Words leaves none:
// at either end, after another space, or after a Chinese character.
func misplacedSpace(p string) bool {
	prev := ' ' // as if a space came before p
	for _, r := range p {
		if r == ' ' && (prev == ' ' || fold.IsHan(prev)) {
			return true
		}
		prev = r
	}
	return prev == ' '
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
	chars []uint16 // the classes of its runes
	words []int32  // for a pattern with spaces: the length of each word in runes, the last first
	flags uint8
}

// Pattern flags.
const (
	wordEnd   = 1 << iota // the last rune is a letter or digit of a spaced script
	spaced                // the pattern has a space, which a run of spaces matches
	hanInside             // a Chinese character other than the last, after which spaces read as nothing
)

func newPattern(p string, chars []uint16) pattern {
	runes := []rune(p)
	info := pattern{chars: chars}
	for _, r := range runes[:len(runes)-1] {
		if fold.IsHan(r) {
			info.flags |= hanInside
		}
	}
	if isWord(runes[len(runes)-1]) {
		info.flags |= wordEnd
	}
	if strings.ContainsRune(p, ' ') {
		info.flags |= spaced
		ws := strings.Split(p, " ")
		for k := len(ws) - 1; k >= 0; k-- {
			info.words = append(info.words, int32(utf8.RuneCountInString(ws[k])))
		}
	}
	return info
}

// Len returns the number of patterns.
func (a *Automaton) Len() int { return a.given }

// Find appends to dst the leftmost-longest, non-overlapping occurrences of
// the patterns in text, in text order, and returns the extended slice.
//
// Find folds the text while it scans, with exactly the rune fold of package
// fold, so a pattern matches every spelling that folds to it. An occurrence
// begins and ends on whole input runes: a pattern never matches part of the
// fold of one rune. Patterns whose first (last) rune is a letter or digit of
// a script that spaces its words match only where the preceding (following)
// rune of the folded text is not such a letter or digit: "crm" is not found
// in "SCRM2" or "scrum", but "kpi" is found in "KPI考核". A run of white
// space in the text (spaces, tabs, line breaks, which all fold to a space)
// matches the one space of a pattern: "community manager" is found in
// "Community\r\n  Manager". After a Chinese character (fold.IsHan) a run
// of white space reads as nothing, so that 用户运营 is found where a line
// break or a spaced-out heading cuts it (用户运\n营, 用 户 运 营); the
// patterns, folded with fold.Words, have no space there either. Where a
// pattern has a Chinese character right after a rune of another script, a
// run of white space may come between them (see spacedVariants): crm运营 is
// found in "CRM 运营", as writers who set Latin words apart write it. No
// match holds a blank line, two line breaks (CR LF is one) in a run of
// white space, as between two paragraphs: "live commerce" is not found in
// "goes live\n\nCommerce Media Executive". Nor does a match hold, next to
// a Chinese character, a run of white space with a tab or two other runes
// that fold to a space (spaces, hyphens), as between the columns of a
// table: 品牌运营 is not found in "某母婴品牌  运营主管", nor crm运营 in
// "CRM\t运营". Nor does any match hold a run of white space with a dash
// and a rune that is white space in Unicode, a dash set off as between
// the fields of a title: "marketplace operations" is not found in
// "Marketplace — Operations", though "social media manager" is in
// "Social-Media-Manager". Invalid UTF-8 reads as U+FFFD one byte at a
// time, as with utf8.DecodeRune.
//
// Once dst and s have grown to fit, Find allocates nothing.
func (a *Automaton) Find(dst []Match, text []byte, s *Scratch) []Match {
	s.all = s.all[:0]
	id := uint32(root)
	for i := 0; i < len(text); {
		// Cut where no valid rune spans the cut: before a byte that
		// starts a rune, or after three continuation bytes, which no
		// rune has more of.
		j := min(len(text), i+a.segment)
		for k := 1; k < utf8.UTFMax && j < len(text) && !utf8.RuneStart(text[j]); k++ {
			j++
		}
		n := a.decode(s, text[:j], i)
		id = a.scanSegment(s, text, i, n, id)
		i = j
	}
	return choose(dst, s.all)
}
