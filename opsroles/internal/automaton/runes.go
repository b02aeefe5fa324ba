// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package automaton

import (
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/rolemodels/ops/opsroles/internal/fold"
)

// foldException is one rune whose fold is not the rune itself.
type foldException struct {
	r rune
	f []rune
}

// foldExceptions lists every non-ASCII rune whose fold differs from itself,
// in rune order. Every automaton reads it while it compiles.
var foldExceptions = sync.OnceValue(func() []foldException {
	var list []foldException
	for r, f := range fold.Exceptions() {
		list = append(list, foldException{r, []rune(f)})
	}
	return list
})

// alphabet is what an automaton knows about runes: which folded runes
// ("chars") its patterns use, and how each input rune folds into them.
//
// A rune is relevant when its fold contains a char of the patterns or is
// empty; every other rune sends the automaton back to its root, because
// its fold contains a rune that no pattern contains.
type alphabet struct {
	chars map[rune]int32 // char number of each rune the patterns use
	ascii [utf8.RuneSelf]int32

	// relevant maps a non-ASCII relevant rune to its fold, as char numbers
	// (-1 for a folded rune no pattern uses): seq[x>>8 : x>>8+x&0xff].
	relevant map[rune]uint32
	seq      []int32
	sorted   []rune // the keys of relevant, in order

	// common lists, for each char, the non-ASCII runes that fold to it and
	// are frequent enough in real text to deserve their own byte paths in
	// the automaton. The other relevant runes are found by a slower path.
	common [][]rune
}

func newAlphabet(patterns []string) (*alphabet, [][]int32) {
	al := &alphabet{chars: make(map[rune]int32), relevant: make(map[rune]uint32)}
	pats := make([][]int32, len(patterns))
	var runes []rune
	for i, p := range patterns {
		for _, r := range p {
			c, ok := al.chars[r]
			if !ok {
				c = int32(len(runes))
				al.chars[r] = c
				runes = append(runes, r)
			}
			pats[i] = append(pats[i], c)
		}
	}
	al.common = make([][]rune, len(runes))
	for b := range al.ascii {
		al.ascii[b] = -1
		if s, changed := fold.Rune(rune(b)); changed {
			if c, ok := al.chars[rune(s[0])]; ok {
				al.ascii[b] = c
			}
		} else if c, ok := al.chars[rune(b)]; ok {
			al.ascii[b] = c
		}
	}
	for c, r := range runes {
		if _, changed := fold.Rune(r); !changed && r >= utf8.RuneSelf {
			al.relevant[r] = al.addSeq([]int32{int32(c)})
			al.common[c] = append(al.common[c], r)
		}
	}
	for _, e := range foldExceptions() {
		seq := make([]int32, len(e.f))
		uses := len(e.f) == 0
		for i, f := range e.f {
			seq[i] = -1
			if c, ok := al.chars[f]; ok {
				seq[i] = c
				uses = true
			}
		}
		if !uses {
			continue
		}
		al.relevant[e.r] = al.addSeq(seq)
		if len(seq) == 1 && isCommonVariant(e.r, e.f[0]) {
			al.common[seq[0]] = append(al.common[seq[0]], e.r)
		}
	}
	for r := range al.relevant {
		al.sorted = append(al.sorted, r)
	}
	slices.Sort(al.sorted)
	return al, pats
}

func (al *alphabet) addSeq(seq []int32) uint32 {
	x := uint32(len(al.seq))<<8 | uint32(len(seq))
	al.seq = append(al.seq, seq...)
	return x
}

// fold returns the fold of a non-ASCII rune as char numbers, and whether the
// rune is relevant. An irrelevant rune folds to at least one rune that no
// pattern uses.
func (al *alphabet) fold(r rune) ([]int32, bool) {
	x, ok := al.relevant[r]
	if !ok {
		return nil, false
	}
	return al.seq[x>>8 : x>>8+x&0xff], true
}

// isCommon reports whether the relevant non-ASCII rune r has byte paths of
// its own; the others go through recovery.
func (al *alphabet) isCommon(r rune) bool {
	seq, _ := al.fold(r)
	if len(seq) != 1 || seq[0] < 0 {
		return false
	}
	for _, v := range al.common[seq[0]] {
		if v == r {
			return true
		}
	}
	return false
}

// isCommonVariant reports whether r, which folds to the single rune c, is a
// spelling of c that real resumes and job texts use often: a case, width or
// Traditional variant, a space or dash or quote, or a circled digit. Rarer
// forms (mathematical letters, ligatures, enclosed letters, compatibility
// ideographs, invisible characters) are still matched exactly, by a slower
// path, so that they cost no automaton states.
func isCommonVariant(r, c rune) bool {
	switch {
	case 0xFF00 <= r && r <= 0xFFEF: // full-width and half-width forms
		return true
	case 0xF900 <= r && r <= 0xFAFF || 0x2F800 <= r && r <= 0x2FA1F: // compatibility ideographs
		return false
	case unicode.Is(unicode.Han, r):
		return true
	case r == 0xA0 || r == 0x3000: // no-break and ideographic space
		return true
	case 0x2010 <= r && r <= 0x2015 || r == 0x2018 || r == 0x2019:
		return true
	case 0x2460 <= r && r <= 0x2468: // ① to ⑨
		return true
	}
	return unicode.ToLower(r) == c && unicode.ToUpper(c) == r
}

// foldLen returns the number of runes r folds to; for an irrelevant rune it
// returns 1, which may be less than the truth, and every caller only needs
// a lower bound there.
func (al *alphabet) foldLen(r rune) int {
	if r < utf8.RuneSelf {
		return 1
	}
	if x, ok := al.relevant[r]; ok {
		return int(x & 0xff)
	}
	return 1
}
