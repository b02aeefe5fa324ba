// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package automaton

import (
	"cmp"
	"fmt"
	"slices"
	"sync"
	"unicode/utf8"

	"github.com/rolemodels/ops/opsroles/internal/fold"
)

// This file maps input runes to classes, the alphabet of the automaton.
//
// A class is a folded rune that some pattern uses (a "char"), numbered
// from firstChar up, or one of two classes for all the folded runes that no
// pattern uses: those that are letters or digits of a spaced script
// (wordOther) and the rest (other). The two must differ because a word rune
// that no pattern uses still joins the word around it: "crm" is not found
// in "écrm".
//
// Most runes fold to exactly one rune, so they have exactly one class,
// which a table gives. The others ("complex" runes: ligatures, circled
// numbers, squared words, and the invisible characters that fold to
// nothing) map to a sequence of classes, possibly empty.

const (
	other     = 0 // a folded rune that no pattern uses, not a word rune
	wordOther = 1 // a folded rune that no pattern uses, a word rune
	firstChar = 2 // the class of the first char

	// complexClass marks, in the class tables, a rune whose fold is not one
	// rune. Classes are 16 bits, which keeps small the folded text that
	// Find writes and reads back; maxClasses bounds the chars of the
	// patterns.
	complexClass = 0xFFFF
	maxClasses   = complexClass
)

// MaxRunes is the most distinct runes other than the space that the folded
// patterns of one Automaton may use; New fails beyond it. Callers that build
// patterns from user data check it where they can report the problem with
// its source.
const MaxRunes = maxClasses - firstChar - 1 // one class is the space's

// alphabet is what an automaton knows about runes.
type alphabet struct {
	chars    map[rune]uint16 // class of each char
	numClass int

	// The class of each byte below utf8.RuneSelf, of each rune below
	// U+0800, and of each rune from U+0800 below U+10000, or complexClass.
	// The bytes from utf8.RuneSelf up are complexClass too, and so are,
	// in bmp, the surrogates, which are not runes, and the values below
	// U+0800, which decode finds there when three bytes are an overlong
	// form.
	ascii [0x100]uint16
	low   [0x800]uint16
	bmp   *[0x10000]uint16

	// complex holds the folds of complex runes as classes, for every rune
	// that some pattern concerns; other complex runes fold to runes that
	// no pattern uses, and their classes are those of baseTables.
	complex map[rune][]uint16
}

// baseTables are the classes of all runes for an automaton whose patterns
// use no rune at all: other or wordOther for each, by the last rune of its
// fold, and complexClass for the runes that fold to several runes or none.
type baseTables struct {
	bmp     [0x10000]uint16
	complex map[rune][]uint16 // the complex runes' folds
}

var baseClasses = sync.OnceValue(func() *baseTables {
	b := &baseTables{complex: make(map[rune][]uint16)}
	for r, f := range fold.Exceptions() {
		if utf8.RuneCountInString(f) != 1 {
			seq := make([]uint16, 0, len(f))
			for _, c := range f {
				seq = append(seq, otherClass(c))
			}
			b.complex[r] = seq
		}
	}
	for r := range rune(len(b.bmp)) {
		b.bmp[r] = runeOtherClass(r)
		if _, ok := b.complex[r]; ok || 0xD800 <= r && r <= 0xDFFF {
			b.bmp[r] = complexClass
		}
	}
	return b
})

// runeOtherClass returns the class of r in an automaton that uses no char:
// the class of the last rune of its fold.
func runeOtherClass(r rune) uint16 {
	if f, changed := fold.Rune(r); changed {
		last, _ := utf8.DecodeLastRuneInString(f)
		return otherClass(last)
	}
	return otherClass(r)
}

// otherClass returns the class of a folded rune that no pattern uses.
func otherClass(c rune) uint16 {
	if isWord(c) {
		return wordOther
	}
	return other
}

// newAlphabet numbers the chars of the patterns and returns the patterns
// as classes. It fails if they use more than maxClasses-firstChar chars.
func newAlphabet(patterns []string) (*alphabet, [][]uint16, error) {
	base := baseClasses()
	al := &alphabet{chars: make(map[rune]uint16), complex: make(map[rune][]uint16)}
	// Number the chars by how often the patterns use them, most often
	// first: the transitions of a node then crowd at the start of its
	// row in the double array, where the text's frequent chars look them
	// up, and fewer cache lines are hot.
	count := make(map[rune]int)
	for _, p := range patterns {
		for _, r := range p {
			count[r]++
		}
	}
	// The space is a char even if no pattern has one: runs of spaces
	// after a Chinese character read as nothing (see newCharTrie).
	count[' '] += 0
	if n := len(count) - 1; n > MaxRunes {
		return nil, nil, fmt.Errorf("automaton: the patterns use %d distinct runes other than the space, more than %d", n, MaxRunes)
	}
	byCount := make([]rune, 0, len(count))
	for r := range count {
		byCount = append(byCount, r)
	}
	slices.SortFunc(byCount, func(x, y rune) int { return cmp.Or(cmp.Compare(count[y], count[x]), cmp.Compare(x, y)) })
	for k, r := range byCount {
		al.chars[r] = uint16(firstChar + k)
	}
	pats := make([][]uint16, len(patterns))
	for i, p := range patterns {
		for _, r := range p {
			pats[i] = append(pats[i], al.chars[r])
		}
	}
	al.numClass = firstChar + len(al.chars)

	bmp := base.bmp
	set := func(r rune, class uint16) {
		if r < rune(len(bmp)) {
			bmp[r] = class
		}
	}
	for r, c := range al.chars {
		if _, changed := fold.Rune(r); !changed {
			set(r, c)
		}
	}
	for r, f := range fold.Exceptions() {
		seq := make([]uint16, 0, len(f))
		uses := false
		for _, x := range f {
			c, ok := al.chars[x]
			if !ok {
				c = otherClass(x)
			}
			uses = uses || ok
			seq = append(seq, c)
		}
		switch {
		case !uses:
		case len(seq) == 1:
			set(r, seq[0])
		default:
			al.complex[r] = seq
		}
	}
	for b := range rune(utf8.RuneSelf) {
		switch f, changed := fold.Rune(b); {
		case !changed:
			bmp[b] = al.class(b)
		case len(f) == 1:
			bmp[b] = al.class(rune(f[0]))
		default:
			return nil, nil, fmt.Errorf("automaton: ASCII %q folds to %q, which Find cannot scan", b, f)
		}
	}
	for b := range al.ascii {
		al.ascii[b] = complexClass
		if b < utf8.RuneSelf {
			al.ascii[b] = bmp[b]
		}
	}
	copy(al.low[:], bmp[:])
	for r := range al.low {
		bmp[r] = complexClass
	}
	al.bmp = &bmp
	return al, pats, nil
}

// class returns the class of a folded rune.
func (al *alphabet) class(c rune) uint16 {
	if x, ok := al.chars[c]; ok {
		return x
	}
	return otherClass(c)
}

// runeClass returns the class of the input rune r, or complexClass.
func (al *alphabet) runeClass(r rune) uint16 {
	switch {
	case r < 0:
		return other
	case r < rune(len(al.low)):
		return al.low[r]
	case r < rune(len(al.bmp)):
		return al.bmp[r]
	case r > fold.MaxRune:
		return al.class(r)
	}
	if _, ok := al.complex[r]; ok {
		return complexClass
	}
	if _, ok := baseClasses().complex[r]; ok {
		return complexClass
	}
	if f, changed := fold.Rune(r); changed {
		c, _ := utf8.DecodeRuneInString(f)
		return al.class(c)
	}
	return al.class(r)
}

// complexFold returns the classes of the fold of a complex rune.
func (al *alphabet) complexFold(r rune) []uint16 {
	if seq, ok := al.complex[r]; ok {
		return seq
	}
	return baseClasses().complex[r]
}

// foldLen returns the number of runes r folds to.
func (al *alphabet) foldLen(r rune) int {
	if al.runeClass(r) != complexClass {
		return 1
	}
	return len(al.complexFold(r))
}
