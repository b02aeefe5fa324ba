// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

// Package sniff detects the encoding of a Chinese or English text document
// and decodes it to UTF-8.
//
// Byte-order marks decide when present. Without one, text that is valid
// UTF-8 is UTF-8; text whose NUL bytes sit on one parity is BOM-less UTF-16.
// Anything else is decoded as UTF-8, GB18030, Big5 and Windows-1252 in turn
// and each reading is scored: runes from a table of frequent Chinese
// characters count for it, and so do accented Latin letters beside ASCII
// ones, as in "Montréal" or "Müller"; replacement characters (bytes the
// encoding cannot read) count against it. GBK and Big5 share most of their
// byte ranges, so a Big5 file read as GB18030 decodes without errors into
// rare characters, and the other way round; the frequency table is what
// tells them apart. A Western file read as GB18030 pairs each accented
// letter with the byte after it into a rare character, where Windows-1252
// reads a letter inside a word.
package sniff

import (
	"bytes"
	"unicode"
	"unicode/utf8"

	"github.com/rolemodels/ops/opsroles/internal/fold"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	xunicode "golang.org/x/text/encoding/unicode"
)

// The names Decode reports.
const (
	UTF8        = "utf-8"
	UTF16LE     = "utf-16le"
	UTF16BE     = "utf-16be"
	GB18030     = "gb18030"
	Big5        = "big5"
	Windows1252 = "windows-1252"
)

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// Decode returns b decoded to valid UTF-8, without a byte-order mark, and
// the name of the encoding it found. Bytes that the encoding cannot read
// become U+FFFD, one per byte for UTF-8. The result may share memory with b
// when b is already valid UTF-8.
func Decode(b []byte) ([]byte, string) {
	switch {
	case bytes.HasPrefix(b, bomUTF8):
		return validUTF8(b[len(bomUTF8):]), UTF8
	case bytes.HasPrefix(b, bomUTF16LE):
		return decode(utf16(xunicode.LittleEndian), b[2:]), UTF16LE
	case bytes.HasPrefix(b, bomUTF16BE):
		return decode(utf16(xunicode.BigEndian), b[2:]), UTF16BE
	}
	if name, ok := utf16WithoutBOM(b); ok {
		order := xunicode.LittleEndian
		if name == UTF16BE {
			order = xunicode.BigEndian
		}
		return decode(utf16(order), b), name
	}
	if utf8.Valid(b) {
		return b, UTF8
	}
	best, bestName, bestScore := validUTF8(b), UTF8, 0
	bestScore = score(best)
	for _, c := range []struct {
		name string
		enc  encoding.Encoding
	}{{GB18030, simplifiedchinese.GB18030}, {Big5, traditionalchinese.Big5}, {Windows1252, charmap.Windows1252}} {
		text := decode(c.enc, b)
		// Strictly greater: on a tie the earlier, more common encoding wins.
		if s := score(text); s > bestScore {
			best, bestName, bestScore = text, c.name, s
		}
	}
	return best, bestName
}

func utf16(order xunicode.Endianness) encoding.Encoding {
	return xunicode.UTF16(order, xunicode.IgnoreBOM)
}

// decode runs the decoder of enc over b. The decoders of x/text replace
// what they cannot read with U+FFFD and return an error only when their
// output would not be valid, which cannot happen for a whole input.
func decode(enc encoding.Encoding, b []byte) []byte {
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return validUTF8(b)
	}
	return out
}

// validUTF8 returns b with each byte that does not begin a valid UTF-8
// sequence replaced by U+FFFD, as utf8.DecodeRune reads it.
func validUTF8(b []byte) []byte {
	if utf8.Valid(b) {
		return b
	}
	out := make([]byte, 0, len(b)+len(b)/2)
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n == 1 {
			out = utf8.AppendRune(out, utf8.RuneError)
		} else {
			out = append(out, b[:n]...)
		}
		b = b[n:]
	}
	return out
}

// utf16WithoutBOM recognizes UTF-16 without a byte-order mark by its NUL
// bytes: Latin text in UTF-16 has a NUL in every other byte, and no text
// document in an 8-bit encoding has NULs at all.
func utf16WithoutBOM(b []byte) (string, bool) {
	if len(b) < 4 || len(b)%2 != 0 {
		return "", false
	}
	var even, odd int
	for i, c := range b {
		if c == 0 {
			if i%2 == 0 {
				even++
			} else {
				odd++
			}
		}
	}
	const minShare = 8 // at least one byte in minShare is NUL
	switch {
	case odd*minShare >= len(b) && even*10 <= odd:
		return UTF16LE, true
	case even*minShare >= len(b) && odd*10 <= even:
		return UTF16BE, true
	}
	return "", false
}

// score rates how much text looks like Chinese or Western text written by
// people: each frequent Chinese character counts one, and so does a Latin
// letter beyond ASCII next to an ASCII letter (é in "Montréal"); each other
// Han character, or other non-ASCII rune, counts against by a quarter (a
// wrong decoding yields mostly rare characters and stray symbols), except
// the punctuation of Western word processors (“ ” – • …), which counts
// nothing; each replacement character counts against by four. ASCII counts
// nothing.
func score(text []byte) int {
	s := 0
	prev := rune(0) // the rune before r
	for len(text) > 0 {
		r, n := utf8.DecodeRune(text)
		text = text[n:]
		next, _ := utf8.DecodeRune(text)
		switch {
		case r == utf8.RuneError:
			s -= 16
		case r < utf8.RuneSelf:
		case frequent(r):
			s += 4
		case unicode.Is(unicode.Latin, r) && (isASCIILetter(prev) || isASCIILetter(next)):
			s += 4
		case isWesternPunct(r):
		default:
			s--
		}
		prev = r
	}
	return s
}

func isASCIILetter(r rune) bool {
	return 'a' <= r|0x20 && r|0x20 <= 'z'
}

// isWesternPunct reports whether r is punctuation that Western word
// processors put in text: curly quotes, dashes, bullets, the ellipsis, the
// no-break space, and the euro, trademark and degree signs.
func isWesternPunct(r rune) bool {
	switch r {
	case '‘', '’', '“', '”', '–', '—', '•', '…', '\u00A0', '€', '™', '°', '©', '®', '·':
		return true
	}
	return false
}

// frequent reports whether r, read in Simplified script, is among the
// frequent characters of the table.
func frequent(r rune) bool {
	if f, ok := fold.Rune(r); ok {
		r, _ = utf8.DecodeRuneInString(f)
	}
	return commonSet()[r]
}
