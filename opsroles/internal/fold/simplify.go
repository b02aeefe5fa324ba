// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package fold

import (
	"encoding/binary"
	"sync"
	"unicode/utf8"
)

// simplified holds the Chinese characters of three bytes in UTF-8 whose
// fold is one Chinese character of three bytes other than themselves: the
// Traditional characters with Simplified forms in the Basic Multilingual
// Plane, and the compatibility ideographs. Simplify replaces them; a bit
// set says which runes it replaces, so that the common text without any
// costs a bit test per character.
type simplified struct {
	set [1 << 16 / 64]uint64
	to  map[uint16]uint16
}

var simplifiedTable = sync.OnceValue(func() *simplified {
	t := &simplified{to: make(map[uint16]uint16, 4096)}
	for r, f := range exceptions() {
		s, n := utf8.DecodeRuneInString(f)
		if n != len(f) || r < 0x800 || r > 0xFFFF || s < 0x800 || s > 0xFFFF || !IsHan(s) || r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		t.set[r>>6] |= 1 << (r & 63)
		t.to[uint16(r)] = uint16(s)
	}
	return t
})

// Simplify appends to dst the text of src with every Traditional Chinese
// character (and compatibility ideograph) whose fold is a Chinese character
// of the same length in UTF-8 replaced by that character, 運營 by 运营, and
// reports whether it replaced any. It appends nothing and returns false when
// src holds none, which is the usual case and costs no copy. Every other
// byte is copied as it is, so that an offset into the result is the same
// offset into src: rules that compare text with Simplified words can read
// the result and report offsets into src.
func Simplify(dst, src []byte) ([]byte, bool) {
	t := simplifiedTable()
	i := t.next(src, 0)
	if i < 0 {
		return dst, false
	}
	base := len(dst)
	dst = append(dst, src...)
	out := dst[base:]
	for ; i >= 0; i = t.next(src, i+3) {
		s := t.to[rune3(src[i:])]
		out[i], out[i+1], out[i+2] = 0xE0|byte(s>>12), 0x80|byte(s>>6&0x3F), 0x80|byte(s&0x3F)
	}
	return dst, true
}

// next returns the offset of the first rune of text at or after byte i
// that Simplify replaces, or -1 if there is none.
func (t *simplified) next(text []byte, i int) int {
	for i+3 <= len(text) {
		if i+8 <= len(text) && binary.LittleEndian.Uint64(text[i:])&0x8080808080808080 == 0 {
			i += 8 // ASCII
			continue
		}
		b := text[i]
		if b < 0xE0 || b >= 0xF0 || text[i+1]&0xC0 != 0x80 || text[i+2]&0xC0 != 0x80 {
			i++
			continue
		}
		if r := rune3(text[i:]); t.set[r>>6]&(1<<(r&63)) != 0 {
			return i
		}
		i += 3
	}
	return -1
}

// rune3 decodes the rune of three bytes at the start of b, whose form the
// caller has checked.
func rune3(b []byte) uint16 {
	return uint16(b[0]&0x0F)<<12 | uint16(b[1]&0x3F)<<6 | uint16(b[2]&0x3F)
}
