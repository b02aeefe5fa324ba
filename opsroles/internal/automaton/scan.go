// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package automaton

import (
	"encoding/binary"
	"math/bits"
	"unicode"
	"unicode/utf8"

	"github.com/rolemodels/ops/opsroles/internal/fold"
)

// Find works in two passes over each segment of the text. The first folds
// the segment into classes, one per folded rune, and notes where the rune
// of each ends; it depends on nothing but the text, so the processor runs
// it at full speed. The second runs the automaton over the classes, one
// table lookup per char, as four interleaved chains, and reports the
// states that end patterns in batches.

// candidate is an occurrence before leftmost-longest selection.
type candidate struct{ start, end, pattern int }

// decode folds the runes of text[i:] into s.class and s.end and returns the
// number of chars. Runs of ASCII and of three-byte runes (Chinese, and the
// full-width forms and punctuation around it) take a path that decodes
// eight bytes or four runes at once, without a branch per rune. Where
// three-byte runes give way to ASCII, the rest of their run is decoded
// first; then the same code decodes up to eight ASCII bytes, whether the
// text was ASCII already or has just turned to it, without a branch on
// where either run ends.
func (a *Automaton) decode(s *Scratch, text []byte, i int) int {
	if need := len(text) - i + 16; len(s.class) < need {
		s.class = make([]uint16, need)
		s.end = make([]uint16, need)
	}
	al := a.al
	ascii, bmp := &al.ascii, al.bmp
	class, end := s.class, s.end[:len(s.class)]
	start := i
	k := 0
	s.invisible = false
	for i < len(text) {
		if i+20 <= len(text) && k+16 <= len(class) {
			x := binary.LittleEndian.Uint64(text[i:])
			e := uint16(i - start)
			m := 0 // three-byte runes decoded before the ASCII
			if x&0x8080808080808080 != 0 {
				// Four runes of three bytes each: lead bytes 1110xxxx
				// at 0, 3, 6 and 9, continuation bytes 10xxxxxx
				// between.
				y := binary.LittleEndian.Uint32(text[i+8:])
				r0, r1, r2 := fold.Decode3(x), fold.Decode3(x>>24), fold.Decode3(x>>48|uint64(y)<<16)
				if fold.IsFour3(x, y) {
					r3 := fold.Decode3(uint64(y) >> 8)
					c0, c1, c2, c3 := bmp[r0], bmp[r1], bmp[r2], bmp[r3]
					// Overlong forms, surrogates and complex runes
					// have complexClass.
					if max(c0, c1, c2, c3) != complexClass {
						c, f := class[k:k+4:k+4], end[k:k+4:k+4]
						c[0], f[0] = c0, e+3
						c[1], f[1] = c1, e+6
						c[2], f[2] = c2, e+9
						c[3], f[3] = c3, e+12
						i += 12
						k += 4
						continue
					}
				}
				// Chinese text that mixes in digits, punctuation and
				// Latin words: the rest of a run of three-byte runes,
				// up to three, then the ASCII after it below. Each
				// part decodes as many chars as there could be and
				// keeps those there are; the others are overwritten
				// later. n counts the bytes that have the form of
				// three-byte runes checked above, up to the ninth.
				c0, c1, c2 := bmp[r0], bmp[r1], bmp[r2]
				form := x&0xC0F0C0C0F0C0C0F0 ^ 0x80E08080E08080E0
				n := bits.TrailingZeros64(form) >> 3
				n += n >> 3 & (int(y&0xC0^0x80-1) >> 31)
				m = runes3[n]
				// Overlong forms, surrogates and complex runes end
				// the run too; they are rare enough for a branch.
				if bad := isComplex(c0) | isComplex(c1)<<1 | isComplex(c2)<<2; bad&(1<<m-1) != 0 {
					m = bits.TrailingZeros8(uint8(bad))
				}
				c, f := class[k:k+3:k+3], end[k:k+3:k+3]
				c[0], f[0] = c0, e+3
				c[1], f[1] = c1, e+6
				c[2], f[2] = c2, e+9
				i += 3 * m
				k += m
				e += uint16(3 * m)
				x = binary.LittleEndian.Uint64(text[i:])
			}
			// A run of ASCII, up to eight bytes: all of x when the
			// text goes on in ASCII.
			c, f := class[k:k+8:k+8], end[k:k+8:k+8]
			c[0], c[1], c[2], c[3] = ascii[byte(x)], ascii[byte(x>>8)], ascii[byte(x>>16)], ascii[byte(x>>24)]
			c[4], c[5], c[6], c[7] = ascii[byte(x>>32)], ascii[byte(x>>40)], ascii[byte(x>>48)], ascii[byte(x>>56)]
			putEnds(f, uint64(e)*0x0001000100010001+0x0004000300020001)
			putEnds(f[4:], uint64(e)*0x0001000100010001+0x0008000700060005)
			if x&0x8080808080808080 == 0 {
				// All of x. A step of a constant waits for no load: the
				// processor predicts the branch and reads on, where a
				// step of the count below would wait for x, and the
				// next x for it, load after load along a run of ASCII.
				i += 8
				k += 8
				continue
			}
			a := bits.TrailingZeros64(x&0x8080808080808080) >> 3
			i += a
			k += a
			if m+a > 0 {
				continue
			}
		}

		// One rune.
		var c uint16
		r, n := rune(text[i]), 1
		switch {
		case r < utf8.RuneSelf:
			c = ascii[r]
		case r&0xF0 == 0xE0 && i+2 < len(text) && text[i+1]&0xC0 == 0x80 && text[i+2]&0xC0 == 0x80:
			r = (r&0x0F)<<12 | rune(text[i+1]&0x3F)<<6 | rune(text[i+2]&0x3F)
			n = 3
			c = bmp[r]
			if c == complexClass {
				// A complex rune, or not a rune: an overlong form
				// or a surrogate.
				r, n = utf8.DecodeRune(text[i:])
				c = al.runeClass(r)
			}
		default:
			r, n = utf8.DecodeRune(text[i:])
			c = al.runeClass(r)
		}
		i += n
		e := uint16(i - start)
		var seq []uint16
		if c == complexClass {
			seq = al.complexFold(r)
			s.invisible = s.invisible || len(seq) == 0
		}
		if k+max(1, len(seq)) > len(class) {
			class, end = s.grow(k, max(1, len(seq)))
		}
		if c != complexClass {
			class[k], end[k] = c, e
			k++
			continue
		}
		for _, x := range seq {
			class[k], end[k] = x, 0 // not the end of a rune
			k++
		}
		if len(seq) > 0 {
			end[k-1] = e
		}
	}
	return k
}

// runes3 is the number of whole runes in n bytes of the form of three-byte
// runes, by n.
var runes3 = [10]int{0, 0, 0, 1, 1, 1, 2, 2, 2, 3}

// isComplex returns 1 if c is complexClass, and 0 if not.
func isComplex(c uint16) uint {
	return (uint(c) + 1) >> 16
}

// putEnds stores the four 16-bit halves of v in f[:4], lowest first, in one
// store.
func putEnds(f []uint16, v uint64) {
	_ = f[3]
	f[0], f[1], f[2], f[3] = uint16(v), uint16(v>>16), uint16(v>>32), uint16(v>>48)
}

// grow makes room for n more chars after the first k.
func (s *Scratch) grow(k, n int) (class, end []uint16) {
	size := 2*len(s.class) + n
	s.class = append(s.class[:k], make([]uint16, size-k)...)
	s.end = append(s.end[:k], make([]uint16, size-k)...)
	return s.class, s.end
}

// scanSegment runs the automaton from state id over the n chars of the
// segment that starts at byte start, appends the candidates to s.all, and
// returns the state at the end.
func (a *Automaton) scanSegment(s *Scratch, text []byte, start, n int, id uint32) uint32 {
	s.n = n
	class := s.class[:n]
	warm := a.maxDepth + 1
	if n < a.splitMin || n/4 <= warm {
		return a.run(text, s, 0, start, id, &s.all)
	}
	// Four chains, each over a quarter of the chars. The automaton's
	// state depends on the last maxDepth chars only, and (through the
	// word boundary) on the one before them: chains 1 to 3 start from the
	// state that those chars lead to.
	q := n / 4
	for k := range s.cands {
		s.cands[k] = s.cands[k][:0]
	}
	ids := [4]uint32{id}
	a.warm3(class, q, warm, &ids)
	a.scan4(text, s, start, &ids)
	id = a.run(text, s, 4*q, start, ids[3], &s.cands[3])
	for k := range s.cands {
		s.all = append(s.all, s.cands[k]...)
	}
	return id
}

// hitBlock is the number of steps of each chain in scan4 between two
// reports. The entries of four chains that many steps long, and the one
// written after them, fit in s.hits, which a uint8 indexes without a
// bounds check.
const hitBlock = 63

// scan4 runs four copies of the automaton, one over each quarter of the
// first 4*(s.n/4) chars, from the states in ids, in one loop: each step of
// an automaton waits for the load of the previous one, and interleaving
// four chains lets the processor overlap those waits. It leaves the final
// states in ids.
//
// The loop has no branch but its own. After each step it writes the state
// of each chain, with the char and the chain, to s.hits, but moves on to
// the next entry only if the state ends patterns: every few chars one
// does, and a branch out of the loop there would be mispredicted as
// often. The entries are reported after every hitBlock steps.
func (a *Automaton) scan4(text []byte, s *Scratch, start int, ids *[4]uint32) {
	q := s.n / 4
	c0 := s.class[:q]
	c1 := s.class[q : 2*q][:len(c0)]
	c2 := s.class[2*q : 3*q][:len(c0)]
	c3 := s.class[3*q : 4*q][:len(c0)]
	dat, def, special := a.dat, a.def, a.special
	hits := &s.hits
	id0, id1, id2, id3 := ids[0], ids[1], ids[2], ids[3]
	for j := 0; j < len(c0); {
		stop := min(len(c0), j+hitBlock)
		var n uint8
		for ; j < stop; j++ {
			id0 = step(dat, def, id0, c0[j])
			id1 = step(dat, def, id1, c1[j])
			id2 = step(dat, def, id2, c2[j])
			id3 = step(dat, def, id3, c3[j])
			// The char in the high bits, the chain in the low two
			// bits, the state between them.
			at := uint64(j) << 34
			hits[n] = at | uint64(id0)<<2
			n += isHit(id0, special)
			hits[n] = at | uint64(id1)<<2 | 1
			n += isHit(id1, special)
			hits[n] = at | uint64(id2)<<2 | 2
			n += isHit(id2, special)
			hits[n] = at | uint64(id3)<<2 | 3
			n += isHit(id3, special)
		}
		for _, h := range hits[:n] {
			k := h & 3
			a.report(text, s, int(k)*q+int(h>>34), start, uint32(h>>2), &s.cands[k])
		}
	}
	*ids = [4]uint32{id0, id1, id2, id3}
}

// isHit returns 1 if state id ends patterns, and 0 if not.
func isHit(id, special uint32) uint8 {
	if id >= special {
		return 1
	}
	return 0
}

// step returns the state after class x from state id.
func step(dat []uint64, def *[maxClasses + 1][2]uint32, id uint32, x uint16) uint32 {
	e := dat[id+uint32(x)]
	d := def[x][id&1] // the root row of id's node
	// Choose without a branch, which would be mispredicted all the time:
	// diff is 0 when the check matches, and mask is then all ones.
	diff := uint32(e) ^ id
	mask := uint32((int64(diff) - 1) >> 63)
	return d ^ (d^uint32(e>>32))&mask
}

// run runs the automaton from state id over the segment's chars from
// char j on, appending candidates to out, and returns the final state.
func (a *Automaton) run(text []byte, s *Scratch, j, start int, id uint32, out *[]candidate) uint32 {
	dat, def, special := a.dat, a.def, a.special
	for ; j < s.n; j++ {
		id = step(dat, def, id, s.class[j])
		if id >= special {
			a.report(text, s, j, start, id, out)
		}
	}
	return id
}

// warm3 sets ids[1:4] to the states after class[:q], class[:2q] and
// class[:3q], the chars of a segment that starts in state ids[0], reading
// for each the last n chars before it that the automaton does not read as
// nothing (see warmStart). The three runs are independent, and interleaved
// as scan4 interleaves its chains.
func (a *Automaton) warm3(class []uint16, q, n int, ids *[4]uint32) {
	var from [4]int
	for k := 1; k < 4; k++ {
		from[k], ids[k] = a.warmStart(class, k*q, n, ids[0])
	}
	dat, def := a.dat, a.def
	c1, c2, c3 := class[from[1]:q], class[from[2]:2*q], class[from[3]:3*q]
	m := min(len(c1), len(c2), len(c3))
	id1, id2, id3 := ids[1], ids[2], ids[3]
	for j := range m {
		id1 = step(dat, def, id1, c1[j])
		id2 = step(dat, def, id2, c2[j])
		id3 = step(dat, def, id3, c3[j])
	}
	for _, x := range c1[m:] {
		id1 = step(dat, def, id1, x)
	}
	for _, x := range c2[m:] {
		id2 = step(dat, def, id2, x)
	}
	for _, x := range c3[m:] {
		id3 = step(dat, def, id3, x)
	}
	ids[1], ids[2], ids[3] = id1, id2, id3
}

// warmStart returns where the run that gives the state after class[:q], in
// a segment that starts in state id, starts, and the state it starts
// from: the root, at the last n chars before q that the automaton does not
// read as nothing; or, when fewer than n such chars follow the first, id
// at the start of the segment.
func (a *Automaton) warmStart(class []uint16, q, n int, id uint32) (int, uint32) {
	i := q - 1
	for ; i >= 1 && n > 0; i-- {
		if !a.dropped(class[i-1], class[i]) {
			n--
		}
	}
	if n > 0 {
		return 0, id
	}
	return i + 1, root
}

// dropped reports whether the automaton reads char c, after char prev, as
// nothing: a space after a space or after a Chinese character.
func (a *Automaton) dropped(prev, c uint16) bool {
	return int32(c) == a.space && (prev == c || a.hanClass[prev])
}

// report records the patterns that end at state id, with char j of the
// segment's chars, whose start falls on a rune of the text and whose word
// boundary after them holds. The one before them holds by construction
// of the automaton.
func (a *Automaton) report(text []byte, s *Scratch, j, start int, id uint32, out *[]candidate) {
	if s.end[j] == 0 || int32(s.class[j]) == a.space {
		// The char is not the last of its rune's fold, or it is a space
		// that the automaton read as nothing after a pattern's end.
		return
	}
	info := a.dat[id]
	if info&outMany == 0 {
		a.report1(text, s, j, start, info, out)
		return
	}
	k := info >> 32
	for _, d := range a.outs[k : k+info&0xFFFF] {
		a.report1(text, s, j, start, d, out)
	}
}

// report1 records the pattern that d describes, which ends with char j.
func (a *Automaton) report1(text []byte, s *Scratch, j, start int, d uint64, out *[]candidate) {
	end := start + int(s.end[j])
	if d&outWordEnd != 0 && a.wordAfter(text, s, j, end) {
		return
	}
	// The match starts after the rune of the char before its first one,
	// and after any runes that fold to nothing.
	p := int(d >> 32)
	var from int
	k := j - int(d&0xFFFF) // the char before the first
	// Whether the match may hold white space next to a Chinese character,
	// which must not be a gap: a spaced variant always does.
	spacedHan := p >= a.given
	switch {
	case d&outLong != 0:
		spacedHan = spacedHan || d&outHan != 0
	case d&outHan != 0:
		// Spaces after a Chinese character read as nothing: look for
		// them only where there may be some.
		if k < -1 || a.anySpace(s, k+1, j) {
			k = a.charsBefore(s, j, a.patterns[p].chars)
			spacedHan = true
		}
	case d&outSpaced != 0:
		k = a.spacedBefore(s, j, a.patterns[p].words)
	}
	switch {
	case d&outLong != 0 || k < -1:
		var ok bool
		if from, ok = a.patterns[p].start(text, end, a.al, uint16(a.space)); !ok {
			return
		}
	case k == -1:
		from = start
	case s.end[k] == 0:
		return // the first char is not the first of its rune's fold
	default:
		from = start + int(s.end[k])
	}
	if s.invisible {
		from = a.skipInvisible(text, from)
	}
	if (spacedHan || d&outSpaced != 0 && mayHoldGap(text[from:end])) && a.hasGap(text[from:end]) {
		return
	}
	*out = append(*out, candidate{from, end, int(a.origin[p])})
}

// hasGap reports whether the text of a match holds a run of white space
// that is a gap: next to a Chinese character, a run with a tab or two
// white-space runes other than line breaks; anywhere, a run with two line
// breaks (CR LF is one), or with both a dash and a rune that is white space
// in Unicode. The run may
// hold runes that fold to nothing, which count as none of these. Such a
// run parts columns, table cells, paragraphs and the fields of a line,
// which a single space or line break, or a hyphen between words, does
// not: in "某母婴品牌  运营主管" 品牌运营 is no term, nor "marketplace
// operations" in "Acme Marketplace — Operations Specialist".
func (a *Automaton) hasGap(text []byte) bool {
	han := false // whether the rune before the run is a Chinese character
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRune(text[i:])
		if a.blank(r) == 0 {
			han = isHanRune(r, false)
			i += n
			continue
		}
		breaks, others, tab := 0, 0, false
		dash, space := false, false
		j := i
		for j < len(text) {
			r, n := utf8.DecodeRune(text[j:])
			b := a.blank(r)
			if b == 0 {
				break
			}
			if b == blankWhite {
				isSpace := unicode.IsSpace(r)
				space = space || isSpace
				dash = dash || !isSpace
			}
			switch {
			case b == blankNothing:
			case r == '\t':
				tab = true
			case r == '\r' && j+1 < len(text) && text[j+1] == '\n':
				// one line break with the LF after it
			case r == '\n' || r == '\r' || r == '\v' || r == '\f' || r == 0x85 || r == 0x2028 || r == 0x2029:
				breaks++
			default:
				others++
			}
			j += n
		}
		if dash && space || breaks > 1 {
			return true
		}
		if tab || others > 1 {
			r, _ := utf8.DecodeRune(text[j:])
			if han || j < len(text) && isHanRune(r, true) {
				return true
			}
		}
		i = j
	}
	return false
}

// mayHoldGap reports whether text may hold a gap (see hasGap) where no
// Chinese character stands next to it: a line break, which may be one of
// two, or a dash set off by white space, an ASCII hyphen next to ASCII white
// space or a rune beyond ASCII, among which are the other dashes and
// spaces. It spares hasGap the many matches of English text that hold
// neither, hyphenated words among them ("e-commerce"): in ASCII, a run of
// white space holds a hyphen and a space only if one stands next to the
// other.
func mayHoldGap(text []byte) bool {
	for i, b := range text {
		switch {
		case b >= utf8.RuneSelf, b == '\n', b == '\r', b == '\v', b == '\f':
			return true
		case b == '-' && (i > 0 && asciiSpace(text[i-1]) || i+1 < len(text) && asciiSpace(text[i+1])):
			return true
		}
	}
	return false
}

// asciiSpace reports whether b is ASCII white space.
func asciiSpace(b byte) bool {
	return b == ' ' || '\t' <= b && b <= '\r'
}

// What blank says of a rune.
const (
	blankWhite   = 1 // it folds to a space
	blankNothing = 2 // it folds to nothing
)

// blank returns blankWhite or blankNothing for a rune that folds to a
// space or to nothing, and 0 for the others.
func (a *Automaton) blank(r rune) int {
	switch c := a.al.runeClass(r); {
	case int32(c) == a.space:
		return blankWhite
	case c == complexClass && len(a.al.complexFold(r)) == 0:
		return blankNothing
	}
	return 0
}

// isHanRune reports whether the fold of r ends (or, if first is true,
// starts) with a Chinese character.
func isHanRune(r rune, first bool) bool {
	f, changed := fold.Rune(r)
	if !changed {
		return fold.IsHan(r)
	}
	var c rune
	if first {
		c, _ = utf8.DecodeRuneInString(f)
	} else {
		c, _ = utf8.DecodeLastRuneInString(f)
	}
	return fold.IsHan(c)
}

// spacedBefore returns the char before the first of a match that ends with
// char j, of a pattern whose words have the given lengths, the last first,
// and a run of spaces between each two: -1 if that is before the segment,
// and -2 if the match starts before the segment too. It is charsBefore for
// a pattern without Chinese characters, which has spaces only between its
// words: it jumps over each word instead of reading it char by char, which
// keeps the many Latin multi-word matches of English text cheap.
func (a *Automaton) spacedBefore(s *Scratch, j int, words []int32) int {
	i := j
	for k, n := range words {
		i -= int(n) // the char before the word
		if k == len(words)-1 {
			return max(i, -2)
		}
		for i >= 0 && int32(s.class[i]) == a.space {
			i--
		}
		if i < 0 {
			break
		}
	}
	return -2
}

// anySpace reports whether a char from i to j is a space.
func (a *Automaton) anySpace(s *Scratch, i, j int) bool {
	for _, c := range s.class[i : j+1] {
		if int32(c) == a.space {
			return true
		}
	}
	return false
}

// charsBefore returns the char before the first of a match that ends with
// char j, of the pattern of the given chars, reading the segment's chars
// back as the automaton read them forward: a run of spaces for a space,
// and nothing for spaces elsewhere, which the automaton dropped after a
// Chinese character. It returns -1 if the char is before the segment, and
// -2 if the match starts before the segment too.
func (a *Automaton) charsBefore(s *Scratch, j int, chars []uint16) int {
	space := uint16(a.space)
	i := j
	for q := len(chars) - 1; q >= 0; q-- {
		for i >= 0 && s.class[i] == space {
			i-- // a run of spaces, for a space of the pattern or for nothing
		}
		if i < 0 {
			return -2
		}
		if chars[q] != space {
			i--
		}
	}
	return i
}

// wordAfter reports whether the folded text after char j of the segment,
// which ends at byte end, starts with a word rune.
func (a *Automaton) wordAfter(text []byte, s *Scratch, j, end int) bool {
	if j+1 < s.n {
		return a.wordClass[s.class[j+1]]
	}
	for i := end; i < len(text); {
		r, n := utf8.DecodeRune(text[i:])
		i += n
		if f, ok := firstFolded(r); ok {
			return isWord(f)
		}
	}
	return false
}

// firstFolded returns the first rune of the fold of r, and false if the
// fold is empty.
func firstFolded(r rune) (rune, bool) {
	if r < utf8.RuneSelf || 0x4E00 <= r && r <= 0x9FFF {
		return r, true // their folds are single runes of the same kind
	}
	f, changed := fold.Rune(r)
	switch {
	case !changed:
		return r, true
	case f == "":
		return 0, false
	}
	c, _ := utf8.DecodeRuneInString(f)
	return c, true
}

// skipInvisible returns the offset of the first rune at or after i whose
// fold is not empty.
func (a *Automaton) skipInvisible(text []byte, i int) int {
	for i < len(text) && text[i] >= utf8.RuneSelf {
		r, n := utf8.DecodeRune(text[i:])
		if a.al.foldLen(r) != 0 {
			break
		}
		i += n
	}
	return i
}

// start returns where the pattern, found ending at i, starts in the text,
// reading the folded text back as charsBefore reads the chars of a
// segment; it fails when the start falls inside the fold of one rune.
func (pat *pattern) start(text []byte, i int, al *alphabet, space uint16) (int, bool) {
	j, q := i, len(pat.chars)-1 // q: the pattern's char to read back next
	for j > 0 {
		r, n := utf8.DecodeLastRune(text[:j])
		j -= n
		one := [1]uint16{al.runeClass(r)}
		seq := one[:]
		if one[0] == complexClass {
			seq = al.complexFold(r)
		}
		for k := len(seq) - 1; k >= 0; k-- {
			if seq[k] == space {
				continue // in the run for a space of the pattern, or read as nothing
			}
			if pat.chars[q] == space {
				q-- // the run for the pattern's space is over
			}
			if q--; q < 0 {
				return j, k == 0
			}
		}
	}
	return j, false
}

// choose appends to dst the leftmost-longest non-overlapping candidates.
func choose(dst []Match, cands []candidate) []Match {
	// Candidates arrive by end; sort them by start, longest first. They
	// are nearly in that order already, so insertion sort is linear in
	// practice and allocates nothing.
	for k := 1; k < len(cands); k++ {
		c := cands[k]
		j := k
		for j > 0 && (cands[j-1].start > c.start || cands[j-1].start == c.start && cands[j-1].end < c.end) {
			cands[j] = cands[j-1]
			j--
		}
		cands[j] = c
	}
	next := 0
	for _, c := range cands {
		if c.start >= next {
			dst = append(dst, Match{Pattern: c.pattern, Start: c.start, End: c.end})
			next = c.end
		}
	}
	return dst
}
