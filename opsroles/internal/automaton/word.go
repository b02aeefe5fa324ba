// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package automaton

import (
	"unicode"
	"unicode/utf8"
)

// isWord reports whether the folded rune c is a letter or digit of a script
// that separates words with spaces. Such a rune at either end of a pattern
// asks for a word boundary there; Chinese, Japanese and Korean text runs
// words together, so their runes neither ask for a boundary nor break one.
func isWord(c rune) bool {
	if c < utf8.RuneSelf {
		return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || 'A' <= c && c <= 'Z'
	}
	if !unicode.IsLetter(c) && !unicode.IsDigit(c) {
		return false
	}
	return !unicode.In(c, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Bopomofo)
}
