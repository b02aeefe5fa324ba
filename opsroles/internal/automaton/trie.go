// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package automaton

import (
	"cmp"
	"slices"
)

// charTrie is the Aho-Corasick automaton over folded runes ("chars"), with
// nodes numbered in breadth-first order so that a node's failure link always
// has a smaller number than the node.
//
// Its transition function δ(q, c) is stored as exceptions over the root:
// δ(q, c) is the target listed for c in q's exception list, or δ(root, c)
// when c is not listed. The list of q is q's children plus the list of
// q's failure target, which is short for real vocabularies and is exactly
// the set of chars on which q behaves differently from the root. The byte
// automaton needs that set anyway: it says which runes need their own path
// out of q.
type charTrie struct {
	size     int
	rootNext []int32 // δ(root, c) for every char c

	exStart []int32 // exceptions of node q: exChar/exNext[exStart[q]:exStart[q+1]], sorted by char
	exChar  []int32
	exNext  []int32

	outStart []int32 // patterns that end at node q, longest first: outPat[outStart[q]:outStart[q+1]]
	outPat   []int32

	maxDepth int // the longest pattern, in chars
}

// edge is one trie edge during construction.
type edge struct{ parent, char, child int32 }

// newCharTrie builds the automaton for patterns given as char sequences,
// with chars numbered 0..numChars-1.
func newCharTrie(pats [][]int32, numChars int) *charTrie {
	t := &charTrie{rootNext: make([]int32, numChars)}

	// Create nodes depth by depth, so that numbering is breadth-first.
	maxLen := 0
	for _, p := range pats {
		maxLen = max(maxLen, len(p))
	}
	t.maxDepth = maxLen
	node := make([]int32, len(pats)) // node of each pattern's prefix so far
	term := []int32{-1}
	children := make(map[uint64]int32)
	var edges []edge
	for d := 0; d < maxLen; d++ {
		for i, p := range pats {
			if d >= len(p) {
				continue
			}
			key := uint64(node[i])<<32 | uint64(uint32(p[d]))
			child, ok := children[key]
			if !ok {
				child = int32(len(term))
				term = append(term, -1)
				children[key] = child
				edges = append(edges, edge{node[i], p[d], child})
			}
			node[i] = child
			if d == len(p)-1 {
				term[child] = int32(i)
			}
		}
	}
	t.size = len(term)
	slices.SortFunc(edges, func(a, b edge) int {
		return cmp.Or(cmp.Compare(a.parent, b.parent), cmp.Compare(a.char, b.char))
	})
	kidStart := make([]int32, t.size+1)
	for _, e := range edges {
		kidStart[e.parent+1]++
	}
	for q := 0; q < t.size; q++ {
		kidStart[q+1] += kidStart[q]
	}
	for _, e := range edges[kidStart[0]:kidStart[1]] {
		t.rootNext[e.char] = e.child
	}

	fail := make([]int32, t.size)
	t.exStart = make([]int32, t.size+1)
	t.outStart = make([]int32, t.size+1)
	for q := int32(0); q < int32(t.size); q++ {
		kids := edges[kidStart[q]:kidStart[q+1]]
		if q != 0 {
			t.mergeExceptions(kids, fail[q])
		}
		t.exStart[q+1] = int32(len(t.exChar))

		if term[q] >= 0 {
			t.outPat = append(t.outPat, term[q])
		}
		if q != 0 {
			t.outPat = append(t.outPat, t.outPat[t.outStart[fail[q]]:t.outStart[fail[q]+1]]...)
		}
		t.outStart[q+1] = int32(len(t.outPat))

		for _, e := range kids {
			if q != 0 {
				fail[e.child] = t.next(fail[q], e.char)
			}
		}
	}
	return t
}

// mergeExceptions appends the exception list of a node: its children and
// the exceptions of its failure target f, both sorted by char.
func (t *charTrie) mergeExceptions(kids []edge, f int32) {
	inherited := int(t.exStart[f])
	end := int(t.exStart[f+1])
	for _, e := range kids {
		for inherited < end && t.exChar[inherited] < e.char {
			t.exChar = append(t.exChar, t.exChar[inherited])
			t.exNext = append(t.exNext, t.exNext[inherited])
			inherited++
		}
		if inherited < end && t.exChar[inherited] == e.char {
			inherited++ // the child overrides the inherited target
		}
		t.exChar = append(t.exChar, e.char)
		t.exNext = append(t.exNext, e.child)
	}
	for ; inherited < end; inherited++ {
		t.exChar = append(t.exChar, t.exChar[inherited])
		t.exNext = append(t.exNext, t.exNext[inherited])
	}
}

// next returns δ(q, c); a negative c stands for a char no pattern contains.
func (t *charTrie) next(q, c int32) int32 {
	if c < 0 {
		return 0
	}
	lo, hi := t.exStart[q], t.exStart[q+1]
	for lo < hi {
		m := int32(uint32(lo+hi) >> 1)
		switch x := t.exChar[m]; {
		case x == c:
			return t.exNext[m]
		case x < c:
			lo = m + 1
		default:
			hi = m
		}
	}
	return t.rootNext[c]
}

// exceptions returns the chars on which q behaves differently from the root.
func (t *charTrie) exceptions(q int32) []int32 {
	return t.exChar[t.exStart[q]:t.exStart[q+1]]
}

// outputs returns the patterns that end at q, longest first.
func (t *charTrie) outputs(q int32) []int32 {
	return t.outPat[t.outStart[q]:t.outStart[q+1]]
}
