// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package automaton

import "fmt"

// This file lays the char automaton out as the double array that Find
// runs.
//
// Every node gets an ID, its base in the array dat. The slot dat[id+c]
// holds the transition of the node on class c if that is one of its
// exceptions: its low half (the check) is then id, and its high half the
// ID of the target. Any other check means "no exception": the transition
// is the one of the node's root row, in def[c], whose half the low bit of
// the ID chooses. Two loads and a few arithmetic operations per char,
// without a branch, whatever the number of patterns; and the array is
// about as large as the exception lists themselves, so that its hot part
// stays in the cache.
//
// Slot dat[id] is never an exception (classes of chars start at 2) and
// belongs to the node itself, which keeps IDs unique: it holds where the
// patterns that end at the node are listed in Automaton.outs. The nodes
// that end patterns get IDs from special up, so that one comparison tells
// the scan to report.

// noCheck is the check of a slot that holds no exception.
const noCheck = 0xFFFFFFFF

// A node's own slot, dat[id], describes the patterns that end at the node,
// so that a report finds them in the slot it is likely to have in its
// cache already. The low half has infoFlag, which no ID has, so that the
// slot never passes for an exception; if only one pattern ends at the node,
// the slot describes it: the pattern in the high half, its length in
// chars in the low 16 bits, and the flags outWordEnd, outLong, outSpaced
// and outHan. If more end there, the slot has outMany, the count in the
// low 16 bits, and in the high half where their descriptions, in the same
// form, start in Automaton.outs.
const (
	infoFlag   = 1 << 31
	outMany    = 1 << 30
	outWordEnd = 1 << 29 // the pattern asks for a word boundary after it
	outLong    = 1 << 28 // the pattern is too long for 16 bits: find its start in the text
	outSpaced  = 1 << 27 // the pattern has a space: find its start over the runs of spaces
	outHan     = 1 << 26 // a Chinese character other than the last: spaces after it read as nothing
)

func compile(a *Automaton, t *charTrie, pats [][]uint16) error {
	numClass := a.al.numClass

	// Place the nodes pattern by pattern, each along its path from the
	// root, so that the states a scan walks through one after the other
	// get IDs, and slots, close together.
	order := append(make([]int32, 0, t.size), rootW)
	seen := make([]bool, t.size)
	seen[root], seen[rootW] = true, true
	for _, p := range pats {
		q := int32(root)
		for _, c := range p {
			q = t.next(q, int32(c))
			if !seen[q] {
				seen[q] = true
				order = append(order, q)
			}
		}
	}
	var plain, matching []int32
	for _, q := range order {
		if len(t.outputs(q)) == 0 {
			plain = append(plain, q)
		} else {
			matching = append(matching, q)
		}
	}
	id := make([]uint32, t.size)
	p := packer{used: []bool{true}} // the root's own slot
	for _, q := range plain {
		id[q] = p.place(t.exceptions(q), t.rowOf[q], 1)
	}
	a.special = uint32(len(p.used))
	p.first = len(p.used)
	for _, q := range matching {
		id[q] = p.place(t.exceptions(q), t.rowOf[q], int(a.special))
	}

	// Room after the last base for every class, so that dat[id+c] is in
	// range for any node and class.
	if len(p.used)+numClass >= infoFlag || t.maxDepth > 0xFFFF {
		return fmt.Errorf("automaton: %d patterns make too large an automaton", len(a.patterns))
	}
	a.dat = make([]uint64, len(p.used)+numClass)
	for i := range a.dat {
		a.dat[i] = noCheck
	}
	describe := func(p int32) uint64 {
		d := uint64(p)<<32 | infoFlag
		if n := len(a.patterns[p].chars); n <= 0xFFFF {
			d |= uint64(n)
		} else {
			d |= outLong
		}
		if a.patterns[p].flags&wordEnd != 0 {
			d |= outWordEnd
		}
		if a.patterns[p].flags&spaced != 0 {
			d |= outSpaced
		}
		if a.patterns[p].flags&hanInside != 0 {
			d |= outHan
		}
		return d
	}
	for q := range int32(t.size) {
		switch outs := t.outputs(q); len(outs) {
		case 0:
			a.dat[id[q]] = infoFlag
		case 1:
			a.dat[id[q]] = describe(outs[0])
		default:
			a.dat[id[q]] = uint64(len(a.outs))<<32 | infoFlag | outMany | uint64(len(outs))
			for _, p := range outs {
				a.outs = append(a.outs, describe(p))
			}
		}
		for k := t.exStart[q]; k < t.exStart[q+1]; k++ {
			a.dat[id[q]+uint32(t.exChar[k])] = uint64(id[q]) | uint64(id[t.exNext[k]])<<32
		}
	}
	a.def = new([maxClasses + 1][2]uint32)
	for c := range numClass {
		a.def[c] = [2]uint32{id[t.rootRow[0][c]], id[t.rootRow[1][c]]}
	}
	return nil
}

// packer finds room in the double array, first fit.
type packer struct {
	used  []bool
	first int // the slots before first are used, or too crowded to search
}

// place returns a base of the given parity, from lo up, whose own slot and
// exception slots are free, and takes them.
func (p *packer) place(ex []int32, parity uint8, lo int) uint32 {
	tried := 0
	for b := max(p.first, lo); ; b++ {
		if b < len(p.used) && p.used[b] || b&1 != int(parity) {
			continue
		}
		tried++
		fits := true
		for _, c := range ex {
			if x := b + int(c); x < len(p.used) && p.used[x] {
				fits = false
				break
			}
		}
		if !fits {
			continue
		}
		end := b + 1
		if len(ex) > 0 {
			end = b + int(ex[len(ex)-1]) + 1
		}
		if end > len(p.used) {
			p.used = append(p.used, make([]bool, end-len(p.used))...)
		}
		p.used[b] = true
		for _, c := range ex {
			p.used[b+int(c)] = true
		}
		if tried > 64 {
			// Many lists failed to fit here: the front is too full to
			// be worth searching again.
			p.first = max(p.first, b-32)
		}
		for p.first < len(p.used) && p.used[p.first] {
			p.first++
		}
		return uint32(b)
	}
}
