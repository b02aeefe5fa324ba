// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

//go:generate go run gen.go

// Package fold defines the text fold that catalog lookup and the matcher
// share, so that a name found by Lookup is also found in running text and the
// other way round.
//
// The fold works one rune at a time, so that a scanner can apply it while it
// reads and an offset in the folded form always maps back to a rune of the
// input. The fold of a rune is:
//
//  1. its NFKC compatibility decomposition (full-width ＫＰＩ becomes KPI,
//     ㈱ becomes (株), the ideographic space becomes a space);
//  2. lower case (unicode.ToLower, rune by rune);
//  3. Simplified Chinese for Traditional characters (運營 becomes 运营), from
//     the kSimplifiedVariant field of the Unicode Han Database;
//  4. a few typographic unifications: every Unicode space becomes U+0020,
//     and so do the hyphen and every dash, so that "e-commerce",
//     "Social-Media-Manager" and "social media manager" fold alike; curly
//     apostrophes become the ASCII apostrophe; and invisible format
//     characters (zero-width space and joiners, soft hyphen, BOM) vanish.
//
// Because composition is not applied across runes, a letter followed by a
// combining accent does not fold to the precomposed letter; catalog terms are
// written precomposed and running text almost always is too.
package fold

import (
	"iter"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// MaxRune bounds the runes whose fold may differ from themselves: every rune
// above it folds to itself. It covers the compatibility ideographs and every
// Traditional character of the Han database.
const MaxRune = 0x323AF

// exceptions maps every rune whose fold is not the rune itself to its fold.
// It is computed once, on first use, and never modified afterwards.
var exceptions = sync.OnceValue(func() map[rune]string {
	t2s := make(map[rune]rune, len(traditionalPairs)/2)
	for i := 0; i < len(traditionalPairs); i += 2 {
		t2s[traditionalPairs[i]] = traditionalPairs[i+1]
	}
	m := make(map[rune]string, 12000)
	var buf [utf8.UTFMax]byte
	for r := rune(0x80); r <= MaxRune; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		if f, ok := compute(r, t2s, buf[:0]); ok {
			m[r] = f
		}
	}
	return m
})

// compute returns the fold of r when it differs from r: the NFKC
// decomposition, then unify and lower-case each resulting rune.
func compute(r rune, t2s map[rune]rune, buf []byte) (string, bool) {
	buf = utf8.AppendRune(buf, r)
	if norm.NFKC.QuickSpan(buf) != len(buf) {
		buf = norm.NFKC.Bytes(buf)
	}
	var sb strings.Builder
	for _, c := range string(buf) {
		if d, keep := unify(c, t2s); keep {
			sb.WriteRune(d)
		}
	}
	out := sb.String()
	if out == string(r) {
		return "", false
	}
	return out, true
}

// unify maps one rune of an NFKC decomposition to its folded form; keep is
// false for the invisible format characters that fold to nothing.
func unify(c rune, t2s map[rune]rune) (d rune, keep bool) {
	switch {
	case unicode.IsSpace(c):
		return ' ', true
	case c == 0xAD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF:
		return 0, false
	case c == '-' || c >= 0x2010 && c <= 0x2015 || c == 0x2212 || c == 0xFE58:
		return ' ', true
	case c == 0x2018 || c == 0x2019 || c == 0x201B || c == 0x2032:
		return '\'', true
	}
	c = unicode.ToLower(c)
	if s, ok := t2s[c]; ok {
		c = s
	}
	return c, true
}

// Rune reports the fold of r, and whether it differs from r itself.
// ASCII letters fold to lower case; every other ASCII rune folds to itself
// except the hyphen and the control characters that unicode.IsSpace
// reports, which fold to a space.
func Rune(r rune) (string, bool) {
	if r < utf8.RuneSelf {
		switch {
		case 'A' <= r && r <= 'Z':
			return asciiLower[r-'A' : r-'A'+1], true
		case r == '\t' || r == '\n' || r == '\v' || r == '\f' || r == '\r' || r == '-':
			return " ", true
		}
		return "", false
	}
	s, ok := exceptions()[r]
	return s, ok
}

const asciiLower = "abcdefghijklmnopqrstuvwxyz"

// AppendRune appends the fold of r to dst.
func AppendRune(dst []byte, r rune) []byte {
	if s, ok := Rune(r); ok {
		return append(dst, s...)
	}
	return utf8.AppendRune(dst, r)
}

// String returns the fold of s. Invalid UTF-8 bytes fold to U+FFFD.
func String(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		b = AppendRune(b, r)
	}
	return string(b)
}

// Key returns the form under which a name is looked up: the fold of s with
// runs of spaces collapsed to one and none next to a Chinese character
// (Words, and "CRM 运营" is crm运营), and leading and trailing spaces and
// punctuation removed. Symbols that are part of names, such as the '+' of
// "C++" or the '#' of "C#", are kept.
func Key(s string) string {
	w := Words(s)
	if !strings.Contains(w, " ") {
		return strings.TrimFunc(w, isTrimmed)
	}
	rs := []rune(w)
	b := rs[:0]
	for i, r := range rs {
		if r != ' ' || i+1 == len(rs) || !IsHan(rs[i+1]) {
			b = append(b, r)
		}
	}
	return strings.TrimFunc(string(b), isTrimmed)
}

// Words returns the fold of s with runs of spaces collapsed to one, no
// space after a Han character, and no space at either end: the form of a
// term for a scanner that reads a run of white space as one space, and as
// nothing after a Chinese character, where a PDF breaks lines and a
// heading spaces its characters out (用户运\n营, 用 户 运 营).
func Words(s string) string {
	b := make([]byte, 0, len(s))
	last := ' ' // the last rune written, as if a space came before s
	space := false
	for _, r := range String(s) {
		if r == ' ' {
			space = true
			continue
		}
		if space && last != ' ' && !IsHan(last) {
			b = append(b, ' ')
		}
		space = false
		b = utf8.AppendRune(b, r)
		last = r
	}
	return string(b)
}

// IsHan reports whether the folded rune r is a Chinese character, after
// which a scanner reads white space as nothing.
func IsHan(r rune) bool {
	return r >= 0x2E80 && unicode.Is(unicode.Han, r)
}

// isTrimmed reports whether r is punctuation that Key strips from the ends of
// a name. The ASCII forms cover their full-width twins, which fold to them.
func isTrimmed(r rune) bool {
	if r == ' ' {
		return true
	}
	if r < utf8.RuneSelf {
		return strings.ContainsRune(`"'`+"`"+`()[]{}<>.,;:!?-_*/\|~`, r)
	}
	return strings.ContainsRune("、，。；：！？“”‘’《》〈〉「」『』【】〔〕…—–·・", r)
}

// Exceptions yields, in ascending order, every rune above U+007F whose fold
// differs from the rune itself, with its fold. Runes not yielded, and ASCII
// runes other than the upper-case letters and the white-space controls, fold
// to themselves.
func Exceptions() iter.Seq2[rune, string] {
	return func(yield func(rune, string) bool) {
		m := exceptions()
		keys := make([]rune, 0, len(m))
		for r := range m {
			keys = append(keys, r)
		}
		slices.Sort(keys)
		for _, r := range keys {
			if !yield(r, m[r]) {
				return
			}
		}
	}
}
