// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package automaton

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// This file turns the char automaton into the byte automaton that Find runs.
//
// A byte state is either a char state (a trie node, reached after the last
// byte of an input rune) or a mid state: a char state q plus the first bytes
// of a rune not yet complete. Folding is compiled into the paths: every
// spelling of a char (ａ, Ａ, A, a; 運 and 运) is a byte path out of q that
// ends in the same target.
//
// Most mid states need not remember q, because no rune completing their
// bytes leads anywhere from q but where it leads from the root. Those are
// shared: the root's mid states (the root level), plus seven "skip" states
// that only validate UTF-8 for prefixes under which no rune matters at all.
// A char state q gets mid states of its own only for the prefixes of the
// common spellings of the chars it has exceptions for (see charTrie). Rare
// spellings that matter somewhere (ligatures, enclosed letters,
// mathematical letters, compatibility ideographs, and the invisible
// characters that fold to nothing) lead from the root level to a recover
// state instead: Find then recomputes the char state by refolding the last
// few runes. That keeps the automaton small and exact.
//
// Byte states with dense rows are "hot": the root level, and the char
// states breadth first (shallow first) with their own mid states, up to a
// budget. Deeper char states are "cold" and run rune by rune over the char
// automaton in Find's slow path.

// recoverState is the byte state that asks Find to recompute the char state.
const recoverState = ^uint32(0)

// defaultHotRows bounds the rows of the dense transition table.
const defaultHotRows = 6000

// midKey names a mid state: char state q (0 for the root level, -1 for the
// skip states) and a prefix of n bytes, the first byte lowest in p.
type midKey struct {
	q int32
	p uint32
	n uint8
}

// The skip states, by the bytes a rune still needs and the range allowed
// for the next byte (UTF-8 restricts the second byte after E0, ED, F0, F4).
const (
	skip1 = iota
	skip2
	skip2E0
	skip2ED
	skip3
	skip3F0
	skip3F4
	numSkip
)

type compiler struct {
	t  *charTrie
	al *alphabet

	mids      map[midKey]int32 // abstract state of each mid state
	slowLeads map[slowKey]bool
	midKeys []midKey         // by abstract state - t.size

	rows     []int32 // abstract rows, 256 targets each, by dense row
	rowOf    []int32 // dense row of each abstract state, -1 if cold
	rowState []int32 // abstract state of each dense row

	patterns  []pattern
	deferred  []int32 // the hot char states whose reports wait for a non-word byte
	deferRows []int32 // their rows as they would be without waiting
}

// Abstract state numbers: char states are 0..t.size-1, mid states follow;
// recoverAbstract stands for recoverState, deferAbstract-k for the
// deferred state of the k-th deferred char state, and slowAbstract+q for
// the slow-lead state of char state q.
const (
	recoverAbstract = -1
	deferAbstract   = -2
	slowAbstract    = 1 << 30
)

// slowKey is a char state and a lead byte that leaves it through its
// slow-lead state.
type slowKey struct {
	q int32
	b byte
}

func compile(a *Automaton, hotRows int) {
	c := &compiler{t: a.t, al: a.al, mids: make(map[midKey]int32), slowLeads: make(map[slowKey]bool), patterns: a.patterns}
	for k := range numSkip {
		c.addMid(midKey{q: -1, p: uint32(k)})
	}
	c.addRootLevel()

	// Choose the hot char states, breadth first.
	rootRows := 1 + len(c.midKeys)
	rows := rootRows
	hot := 1
	for q := int32(1); q < int32(c.t.size); q++ {
		prefixes, slow := c.ownPaths(q)
		if rows+1+len(prefixes) > hotRows {
			break
		}
		for _, k := range prefixes {
			c.addMid(k)
		}
		for _, b := range slow {
			c.slowLeads[slowKey{q, b}] = true
		}
		rows += 1 + len(prefixes)
		hot++
	}

	// Lay out the dense rows: the root, the root level, then the hot char
	// states and their mid states, with the char states that end a
	// pattern last so that one comparison finds them.
	c.rowOf = make([]int32, c.t.size+len(c.midKeys))
	for i := range c.rowOf {
		c.rowOf[i] = -1
	}
	place := func(x int32) {
		c.rowOf[x] = int32(len(c.rowState))
		c.rowState = append(c.rowState, x)
	}
	place(0)
	for i := range c.midKeys {
		place(int32(c.t.size + i))
	}
	var matching []int32
	for q := int32(1); q < int32(hot); q++ {
		switch {
		case len(c.t.outputs(q)) == 0:
			place(q)
		case c.allWordEnd(q):
			c.deferred = append(c.deferred, q)
			place(q)
		default:
			matching = append(matching, q)
		}
	}
	firstMatchRow := len(c.rowState)
	for _, q := range matching {
		place(q)
	}

	c.rows = make([]int32, 256*len(c.rowState))
	for r, x := range c.rowState {
		c.fillRow(x, c.rows[256*r:256*(r+1)])
	}
	c.deferRows = make([]int32, 256*len(c.deferred))
	for k, q := range c.deferred {
		row := c.rows[256*c.rowOf[q] : 256*(c.rowOf[q]+1)]
		copy(c.deferRows[256*k:], row)
		for b := range row {
			if b >= utf8.RuneSelf || !isWord(rune(b)) {
				row[b] = deferAbstract - int32(k)
			}
		}
	}
	c.finish(a, firstMatchRow)
}

// allWordEnd reports whether every pattern that ends at char state q ends
// with a letter or digit of a spaced script. Such a state reports nothing
// when the next byte is an ASCII letter or digit, which is most of the
// time in English text, so its row sends only the other bytes to a
// deferred state: Find then reports q's patterns and takes the transition
// q would have taken, from the saved row.
func (c *compiler) allWordEnd(q int32) bool {
	for _, p := range c.t.outputs(q) {
		if c.patterns[p].flags&wordEnd == 0 {
			return false
		}
	}
	return true
}

func (c *compiler) addMid(k midKey) int32 {
	if x, ok := c.mids[k]; ok {
		return x
	}
	x := int32(c.t.size + len(c.midKeys))
	c.mids[k] = x
	c.midKeys = append(c.midKeys, k)
	return x
}

// addRootLevel adds the mid states of the root: the prefixes of every rune
// that leads somewhere from the root, and of every rare relevant rune.
func (c *compiler) addRootLevel() {
	var buf [utf8.UTFMax]byte
	for _, r := range c.al.sorted {
		if c.al.isCommon(r) && c.runeNext(0, r) == 0 {
			continue
		}
		n := utf8.EncodeRune(buf[:], r)
		for i := 1; i < n; i++ {
			c.addMid(midKey{0, pack(buf[:i]), uint8(i)})
		}
	}
}

// ownPaths returns the mid states char state q needs of its own, and the
// lead bytes on which q goes to its slow-lead state instead.
//
// Runes that lead somewhere else from q than from the root need a path of
// their own out of q. For Chinese characters, Simplified and Traditional,
// which follow one another in every Chinese text, that path is made of mid
// states. The other common spellings (full-width forms, accented capitals,
// the no-break space, dashes) are rare right after q, and a mid state costs
// a whole row, so their lead byte sends q to a special state instead, where
// Find decodes the rune and follows the char automaton. A lead byte that
// starts both kinds gets mid states for all.
func (c *compiler) ownPaths(q int32) (keys []midKey, slow []byte) {
	var lead, han [256]bool
	for _, ch := range c.t.exceptions(q) {
		for _, r := range c.al.common[ch] {
			b := string(r)[0]
			lead[b] = true
			han[b] = han[b] || unicode.Is(unicode.Han, r)
		}
	}
	var buf [utf8.UTFMax]byte
	for _, ch := range c.t.exceptions(q) {
		for _, r := range c.al.common[ch] {
			n := utf8.EncodeRune(buf[:], r)
			if !han[buf[0]] {
				continue
			}
			for i := 1; i < n; i++ {
				keys = append(keys, midKey{q, pack(buf[:i]), uint8(i)})
			}
		}
	}
	for b := range lead {
		if lead[b] && !han[b] {
			slow = append(slow, byte(b))
		}
	}
	slices.SortFunc(keys, func(a, b midKey) int {
		if a.n != b.n {
			return int(a.n) - int(b.n)
		}
		return int(a.p) - int(b.p)
	})
	return slices.Compact(keys), slow
}

func pack(b []byte) uint32 {
	var p uint32
	for i, x := range b {
		p |= uint32(x) << (8 * i)
	}
	return p
}

// runeNext returns the char state after rune r from char state q.
func (c *compiler) runeNext(q int32, r rune) int32 {
	if r < utf8.RuneSelf {
		return c.t.next(q, c.al.ascii[r])
	}
	seq, ok := c.al.fold(r)
	if !ok {
		return 0
	}
	for _, ch := range seq {
		q = c.t.next(q, ch)
	}
	return q
}

// seqLen returns the length of the UTF-8 sequence that lead byte b starts,
// or 0 if b cannot start one.
func seqLen(b byte) int {
	switch {
	case b < 0x80:
		return 1
	case 0xC2 <= b && b <= 0xDF:
		return 2
	case 0xE0 <= b && b <= 0xEF:
		return 3
	case 0xF0 <= b && b <= 0xF4:
		return 4
	}
	return 0
}

// nextRange returns the bytes allowed after an n-byte prefix led by lead.
func nextRange(lead byte, n int) (lo, hi byte) {
	if n == 1 {
		switch lead {
		case 0xE0:
			return 0xA0, 0xBF
		case 0xED:
			return 0x80, 0x9F
		case 0xF0:
			return 0x90, 0xBF
		case 0xF4:
			return 0x80, 0x8F
		}
	}
	return 0x80, 0xBF
}

// rootMid returns the root level's state for an incomplete prefix: its own
// mid state, or the skip state that validates the rest of the rune.
func (c *compiler) rootMid(p uint32, n int) int32 {
	if x, ok := c.mids[midKey{0, p, uint8(n)}]; ok {
		return x
	}
	lead := byte(p)
	rest := seqLen(lead) - n
	lo, hi := nextRange(lead, n)
	k := skip1
	switch {
	case rest == 2 && lo == 0xA0:
		k = skip2E0
	case rest == 2 && hi == 0x9F:
		k = skip2ED
	case rest == 2:
		k = skip2
	case rest == 3 && lo == 0x90:
		k = skip3F0
	case rest == 3 && hi == 0x8F:
		k = skip3F4
	case rest == 3:
		k = skip3
	}
	return c.mids[midKey{q: -1, p: uint32(k)}]
}

// fillRow writes the 256 abstract targets of abstract state x.
func (c *compiler) fillRow(x int32, row []int32) {
	rootRow := c.rows[:256] // the root is row 0 and filled first
	switch {
	case x == 0:
		for b := range 256 {
			switch n := seqLen(byte(b)); {
			case n == 1:
				row[b] = c.t.next(0, c.al.ascii[b])
			case n > 1:
				row[b] = c.rootMid(uint32(b), 1)
			default:
				row[b] = 0
			}
		}
	case x < int32(c.t.size):
		copy(row, rootRow)
		for b := range utf8.RuneSelf {
			row[b] = c.t.next(x, c.al.ascii[b])
		}
		for b := 0xC2; b <= 0xF4; b++ {
			if m, ok := c.mids[midKey{x, uint32(b), 1}]; ok {
				row[b] = m
			} else if c.slowLeads[slowKey{x, byte(b)}] {
				row[b] = slowAbstract + x
			}
		}
	default:
		k := c.midKeys[x-int32(c.t.size)]
		switch {
		case k.q < 0:
			c.fillSkipRow(int(k.p), row)
		case k.q == 0:
			c.fillMidRow(k, row, rootRow)
		default:
			copy(row, c.rows[256*c.rowOf[c.rootMid(k.p, int(k.n))]:])
			c.fillMidRow(k, row, nil)
		}
	}
}

func (c *compiler) fillSkipRow(k int, row []int32) {
	copy(row, c.rows[:256])
	rest, lo, hi := 1, byte(0x80), byte(0xBF)
	switch k {
	case skip2:
		rest = 2
	case skip2E0:
		rest, lo = 2, 0xA0
	case skip2ED:
		rest, hi = 2, 0x9F
	case skip3:
		rest = 3
	case skip3F0:
		rest, lo = 3, 0x90
	case skip3F4:
		rest, hi = 3, 0x8F
	}
	next := int32(0)
	switch rest {
	case 2:
		next = c.mids[midKey{q: -1, p: skip1}]
	case 3:
		next = c.mids[midKey{q: -1, p: skip2}]
	}
	for b := int(lo); b <= int(hi); b++ {
		row[b] = next
	}
}

// fillMidRow writes the transitions of mid state k on its valid next bytes.
// For the root level (invalid != nil), invalid bytes act as U+FFFD (back to
// the root) followed by the byte itself, read from the root. A char state's
// own mid state starts from the row of the root level's state for the same
// prefix and overrides only what differs.
func (c *compiler) fillMidRow(k midKey, row, invalid []int32) {
	if invalid != nil {
		copy(row, invalid)
	}
	lead := byte(k.p)
	lo, hi := nextRange(lead, int(k.n))
	total := seqLen(lead)
	var buf [utf8.UTFMax]byte
	for i := range int(k.n) {
		buf[i] = byte(k.p >> (8 * i))
	}
	for b := int(lo); b <= int(hi); b++ {
		buf[k.n] = byte(b)
		p := k.p | uint32(b)<<(8*k.n)
		n := int(k.n) + 1
		if n < total {
			if x, ok := c.mids[midKey{k.q, p, uint8(n)}]; ok {
				row[b] = x
			} else if k.q == 0 {
				row[b] = c.rootMid(p, n)
			}
			continue
		}
		r, _ := utf8.DecodeRune(buf[:n])
		seq, relevant := c.al.fold(r)
		switch {
		case k.q == 0 && !relevant:
			row[b] = 0
		case k.q == 0 && !c.al.isCommon(r):
			row[b] = recoverAbstract
		case k.q == 0:
			row[b] = c.runeNext(0, r)
		case relevant && len(seq) > 0:
			row[b] = c.runeNext(k.q, r)
		}
	}
}

// finish computes byte classes and writes the transition tables.
func (c *compiler) finish(a *Automaton, firstMatchRow int) {
	numRows := len(c.rowState)
	all := append(c.rows[:len(c.rows):len(c.rows)], c.deferRows...)

	// Two bytes are in the same class when every row sends them to the
	// same state. Hash the columns, then check, so that a hash collision
	// can only cost classes, never correctness.
	var hash [256]uint64
	for r := 0; r < len(all); r += 256 {
		for b, x := range all[r : r+256] {
			hash[b] = (hash[b]^uint64(uint32(x)))*0x100000001b3 + 0x9e3779b97f4a7c15
		}
	}
	classOf := map[uint64]uint8{}
	var rep []int // a representative byte per class
	for b := range 256 {
		k, ok := classOf[hash[b]]
		if !ok {
			k = uint8(len(rep))
			classOf[hash[b]] = k
			rep = append(rep, b)
		}
		a.class[b] = k
	}
	if !c.classesHold(all, &a.class, rep) {
		rep = rep[:0]
		for b := range 256 {
			a.class[b] = uint8(b)
			rep = append(rep, b)
		}
	}
	numClasses := len(rep)
	a.stride = uint32(numClasses + 1) // the last column holds the char state of a char row
	a.denseEnd = uint32(numRows) * a.stride
	a.special = uint32(firstMatchRow) * a.stride
	a.deferBase = a.denseEnd + uint32(c.t.size)
	a.leadBase = a.deferBase + uint32(len(c.deferred))

	a.hot = make([]uint32, c.t.size)
	for q := range a.hot {
		if r := c.rowOf[q]; r >= 0 {
			a.hot[q] = uint32(r) * a.stride
		} else {
			a.hot[q] = a.denseEnd + uint32(q)
		}
	}
	id := func(x int32) uint32 {
		switch {
		case x == recoverAbstract:
			return recoverState
		case x <= deferAbstract:
			return a.deferBase + uint32(deferAbstract-x)
		case x >= slowAbstract:
			return a.leadBase + uint32(x-slowAbstract)
		case x < int32(c.t.size):
			return a.hot[x]
		}
		return uint32(c.rowOf[x]) * a.stride
	}
	write := func(out []uint32, row []int32) {
		for k, b := range rep {
			out[k] = id(row[b])
		}
	}
	a.trans = make([]uint32, uint32(numRows)*a.stride)
	for r, x := range c.rowState {
		out := a.trans[uint32(r)*a.stride : uint32(r+1)*a.stride]
		write(out, c.rows[256*r:256*(r+1)])
		if x < int32(c.t.size) {
			out[numClasses] = uint32(x) // the char state, for reports
		}
	}
	a.deferRows = make([]uint32, uint32(len(c.deferred))*a.stride)
	a.deferChar = c.deferred
	for k, q := range c.deferred {
		write(a.deferRows[uint32(k)*a.stride:], c.deferRows[256*k:256*(k+1)])
		a.trans[a.hot[q]+uint32(numClasses)] = uint32(k) | deferFlag
	}
}

// classesHold reports whether every row sends all bytes of a class to the
// same state.
func (c *compiler) classesHold(all []int32, class *[256]uint8, rep []int) bool {
	for r := 0; r < len(all); r += 256 {
		row := all[r : r+256]
		for b, x := range row {
			if row[rep[class[b]]] != x {
				return false
			}
		}
	}
	return true
}
