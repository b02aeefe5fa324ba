// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package automaton

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rolemodels/ops/opsroles/internal/fold"
)

// reference is the plain definition of Find: fold the whole text into a
// slice of runes, keeping one space of each run of spaces and none after a
// Chinese character, remember which
// input rune each folded rune came from, and try every pattern that starts
// with the folded rune at each input rune, letting a space come before the
// Chinese characters that spacedCuts names. It is slow and obviously right,
// which is what the fast engine is checked against.
type reference struct {
	patterns [][]rune
	cuts     [][]int          // where a space may come before a rune of each pattern (spacedCuts)
	byFirst  map[rune][]int32 // patterns by first rune, longest first
}

func newReference(patterns []string) *reference {
	r := &reference{
		patterns: make([][]rune, len(patterns)),
		cuts:     make([][]int, len(patterns)),
		byFirst:  make(map[rune][]int32),
	}
	for i, p := range patterns {
		r.patterns[i] = []rune(p)
		r.cuts[i] = spacedCuts(nil, r.patterns[i])
		first := r.patterns[i][0]
		r.byFirst[first] = append(r.byFirst[first], int32(i))
	}
	return r
}

// referenceScratch holds the folded text: runes, the input rune each came
// from, and where each input rune starts.
type referenceScratch struct {
	folded    []rune
	owner     []int32 // input rune of each folded rune
	first     []bool  // whether each folded rune is the first of its input rune's fold
	runeStart []int   // byte offset of each input rune, and len(text)
}

func (r *reference) find(dst []Match, text []byte, s *referenceScratch) []Match {
	s.folded, s.owner, s.first, s.runeStart = s.folded[:0], s.owner[:0], s.first[:0], s.runeStart[:0]
	add := func(f rune, owner int32, first bool) {
		if f == ' ' && len(s.folded) > 0 {
			if last := s.folded[len(s.folded)-1]; last == ' ' || fold.IsHan(last) {
				return // a run of spaces reads as one, and as nothing after a Chinese character
			}
		}
		s.folded = append(s.folded, f)
		s.owner = append(s.owner, owner)
		s.first = append(s.first, first)
	}
	for i := 0; i < len(text); {
		c, n := utf8.DecodeRune(text[i:])
		owner := int32(len(s.runeStart))
		if f, ok := fold.Rune(c); ok {
			for k, f := range []rune(f) {
				add(f, owner, k == 0)
			}
		} else {
			add(c, owner, true)
		}
		s.runeStart = append(s.runeStart, i)
		i += n
	}
	s.runeStart = append(s.runeStart, len(text))

	next := 0 // byte offset where the next match may start
	for k, c := range s.folded {
		if !s.first[k] {
			continue // a match starts at the first folded rune of an input rune
		}
		start := s.runeStart[s.owner[k]]
		if start < next {
			continue
		}
		best, bestEnd, bestExact := -1, 0, false
		for _, p := range r.byFirst[c] {
			end, exact, ok := r.occursAt(s, k, r.patterns[p], r.cuts[p])
			ok = ok && !hasGapRef(string(text[start:end]))
			// The longest wins; between two of the same span, the one
			// that has the space, not the one it may stand between.
			if ok && (end > bestEnd || end == bestEnd && exact && !bestExact) {
				best, bestEnd, bestExact = int(p), end, exact
			}
		}
		if best >= 0 {
			dst = append(dst, Match{Pattern: best, Start: start, End: bestEnd})
			next = bestEnd
		}
	}
	return dst
}

// occursAt reports whether pat occurs in the folded text at k, ending at the
// end of an input rune and respecting word boundaries, where it ends in the
// input, and whether it occurs exactly, without a space before one of its
// runes at cuts.
func (r *reference) occursAt(s *referenceScratch, k int, pat []rune, cuts []int) (end int, exact, ok bool) {
	e, exact := k, true
	for i, c := range pat {
		if len(cuts) > 0 && cuts[0] == i {
			cuts = cuts[1:]
			if e < len(s.folded) && s.folded[e] == ' ' {
				e++
				exact = false
			}
		}
		if e >= len(s.folded) || s.folded[e] != c {
			return 0, false, false
		}
		e++
	}
	if e < len(s.folded) && s.owner[e] == s.owner[e-1] {
		return 0, false, false // ends inside the fold of one input rune
	}
	if isWord(pat[0]) && k > 0 && isWord(s.folded[k-1]) {
		return 0, false, false
	}
	if isWord(pat[len(pat)-1]) && e < len(s.folded) && isWord(s.folded[e]) {
		return 0, false, false
	}
	return s.runeStart[s.owner[e-1]+1], exact, true
}

// hasGapRef reports whether the text of a match holds a gap: a run of
// white space (runes that fold to a space, with runes that fold to nothing
// among them) next to a Chinese character that has a tab or two other
// white-space runes than line breaks, or any run that has two line breaks,
// or a rune that folds to a space without being white space (a dash) and
// one that is white space.
func hasGapRef(match string) bool {
	var rs []rune // the match, CR LF as one LF, without runes that fold to nothing
	for _, c := range strings.ReplaceAll(match, "\r\n", "\n") {
		if f, ok := fold.Rune(c); !ok || f != "" {
			rs = append(rs, c)
		}
	}
	white := func(c rune) bool { f, ok := fold.Rune(c); return c == ' ' && !ok || f == " " }
	for i := 0; i < len(rs); {
		if !white(rs[i]) {
			i++
			continue
		}
		j := i
		tabs, breaks := 0, 0
		dashes, spaces := 0, 0
		for ; j < len(rs) && white(rs[j]); j++ {
			if unicode.IsSpace(rs[j]) {
				spaces++
			} else {
				dashes++
			}
			switch rs[j] {
			case '\t':
				tabs++
			case '\n', '\r', '\v', '\f', '\u0085', '\u2028', '\u2029':
				breaks++
			}
		}
		if dashes > 0 && spaces > 0 || breaks > 1 {
			return true
		}
		others := j - i - tabs - breaks
		if tabs > 0 || others > 1 {
			if i > 0 && fold.IsHan(lastFolded(rs[i-1])) || j < len(rs) && fold.IsHan(firstFoldedRef(rs[j])) {
				return true
			}
		}
		i = j
	}
	return false
}

// lastFolded and firstFoldedRef return the last and the first rune of the
// fold of c.
func lastFolded(c rune) rune {
	if f, ok := fold.Rune(c); ok {
		rs := []rune(f)
		return rs[len(rs)-1]
	}
	return c
}

func firstFoldedRef(c rune) rune {
	if f, ok := fold.Rune(c); ok {
		return []rune(f)[0]
	}
	return c
}
