// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package fold

import (
	"encoding/binary"
	"math/bits"
	"sync"
	"unicode/utf8"
)

// simplified holds the Chinese characters of three bytes in UTF-8 whose
// fold is one Chinese character of three bytes other than themselves: the
// Traditional characters with Simplified forms in the Basic Multilingual
// Plane, and the compatibility ideographs. Simplify replaces them; a bit
// set says which runes it replaces, so that the common text without any
// costs a bit test per character, and a table indexed by rune gives the
// replacement.
type simplified struct {
	set [1 << 16 / 64]uint64
	to  [1 << 16]uint16
}

var simplifiedTable = sync.OnceValue(func() *simplified {
	t := new(simplified)
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
	t.replace(dst[base:], i)
	return dst, true
}

// next returns the offset of the first rune of text at or after byte i
// that Simplify replaces, or -1 if there is none.
func (t *simplified) next(text []byte, i int) int {
	return t.scan(text, i, false)
}

// replace replaces in text, a copy of Simplify's src, the runes that
// Simplify replaces, from byte i on, where next found the first. It
// replaces each rune where it finds it and goes on: a Traditional text
// has one in nearly every run of four runes, which a return to the caller
// per rune would send through the slow path of one rune at a time.
func (t *simplified) replace(text []byte, i int) {
	t.scan(text, i, true)
}

// scan reads text from byte i on for the runes that Simplify replaces:
// runs of ASCII eight bytes at a time, runs of three-byte runes four
// runes at a time with one branch for the four bit tests, other bytes
// one at a time. Unless write is set, it returns the offset of the first
// such rune, or -1 if there is none. If write is set, it replaces every
// one in place and returns -1; a replacement is a rune of the same form,
// and the bytes it reads ahead are not replaced yet, so it reads the
// runes of the text as they were.
func (t *simplified) scan(text []byte, i int, write bool) int {
	for i+3 <= len(text) {
		if i+12 <= len(text) {
			x := binary.LittleEndian.Uint64(text[i:])
			if x&0x8080808080808080 == 0 {
				// Eight bytes of ASCII. A step of a constant waits for
				// no load: the processor predicts the branch and reads
				// on, where a step of the count below would wait for x.
				i += 8
				continue
			}
			if a := bits.TrailingZeros64(x&0x8080808080808080) >> 3; a > 0 {
				i += a // ASCII, up to seven bytes
				continue
			}
			if y := binary.LittleEndian.Uint32(text[i+8:]); IsFour3(x, y) {
				r0, r1, r2, r3 := Decode3(x), Decode3(x>>24), Decode3(x>>48|uint64(y)<<16), Decode3(uint64(y)>>8)
				b0, b1, b2, b3 := t.set[r0>>6]>>(r0&63)&1, t.set[r1>>6]>>(r1&63)&1, t.set[r2>>6]>>(r2&63)&1, t.set[r3>>6]>>(r3&63)&1
				if b0|b1|b2|b3 != 0 {
					if !write {
						return i + 3*bits.TrailingZeros64(b0|b1<<1|b2<<2|b3<<3)
					}
					c := text[i : i+12 : i+12]
					if b0 != 0 {
						put3(c[0:3], t.to[r0])
					}
					if b1 != 0 {
						put3(c[3:6], t.to[r1])
					}
					if b2 != 0 {
						put3(c[6:9], t.to[r2])
					}
					if b3 != 0 {
						put3(c[9:12], t.to[r3])
					}
				}
				i += 12
				continue
			}
		}
		b := text[i]
		if b < 0xE0 || b >= 0xF0 || text[i+1]&0xC0 != 0x80 || text[i+2]&0xC0 != 0x80 {
			i++
			continue
		}
		if r := rune3(text[i:]); t.set[r>>6]&(1<<(r&63)) != 0 {
			if !write {
				return i
			}
			put3(text[i:i+3], t.to[r])
		}
		i += 3
	}
	return -1
}

// put3 writes rune s, of three bytes in UTF-8, to b[:3].
func put3(b []byte, s uint16) {
	_ = b[2]
	b[0], b[1], b[2] = 0xE0|byte(s>>12), 0x80|byte(s>>6&0x3F), 0x80|byte(s&0x3F)
}

// rune3 decodes the rune of three bytes at the start of b, whose form the
// caller has checked (see Decode3).
func rune3(b []byte) uint16 {
	return Decode3(uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16)
}

// IsFour3 reports whether twelve bytes of UTF-8, the eight of x and the
// four of y in little-endian order, have the form of four runes of three
// bytes each: lead bytes 1110xxxx at 0, 3, 6 and 9, continuation bytes
// 10xxxxxx between. Chinese text is mostly such runes, which a scan can
// decode four at a time.
func IsFour3(x uint64, y uint32) bool {
	return x&0xC0F0C0C0F0C0C0F0 == 0x80E08080E08080E0 && y&0xC0C0F0C0 == 0x8080E080
}

// Decode3 decodes the rune of three bytes that the low 24 bits of v hold
// in little-endian order, whose form the caller has checked (see IsFour3):
// Decode3(x), Decode3(x>>24), Decode3(x>>48|uint64(y)<<16) and
// Decode3(uint64(y)>>8) are the four runes of x and y.
func Decode3(v uint64) uint16 {
	return uint16(v&0x0F)<<12 | uint16(v>>8&0x3F)<<6 | uint16(v>>16&0x3F)
}
