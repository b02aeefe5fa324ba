// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package automaton

import (
	"cmp"
	"slices"
)

// charTrie is the Aho-Corasick automaton over classes, with nodes numbered
// in breadth-first order so that a node's failure link always has a smaller
// number than the node.
//
// It knows about word boundaries. A pattern that starts with a word rune
// can only match where no word rune precedes it, so a suffix of the text
// that starts with a word rune right after another word rune is of no use:
// the failure links skip such suffixes. That leaves two states for "no
// useful suffix": root, after a rune that is not a word rune (or at the
// start of the text), and rootW, inside a word. Inside a word that no
// pattern continues, the automaton stays in rootW instead of wandering
// through the prefixes of every pattern that starts with a later letter of
// the word; for English text that is most of the time.
//
// The transition function δ(q, c) is stored as exceptions over the row of
// q's root: δ(q, c) is the target listed for c in q's exception list, or
// δ(root, c) for a node whose last char is not a word rune and δ(rootW, c)
// for one whose last char is. The list of q is q's children plus the list
// of q's failure target, which ends with the same char and so has the same
// root row.
type charTrie struct {
	size    int
	rootRow [2][]int32 // δ(root, c) and δ(rootW, c) for every class c
	rowOf   []uint8    // the root row of each node: 1 if its last char is a word rune

	exStart []int32 // exceptions of node q: exChar/exNext[exStart[q]:exStart[q+1]], sorted by char
	exChar  []int32
	exNext  []int32

	outStart []int32 // patterns that end at node q, longest first: outPat[outStart[q]:outStart[q+1]]
	outPat   []int32

	maxDepth int // the longest pattern, in chars
}

// The two roots.
const (
	root  = 0
	rootW = 1
)

// edge is one trie edge during construction.
type edge struct{ parent, char, child int32 }

// newCharTrie builds the automaton for patterns given as class sequences;
// word and han tell which classes are word runes and Chinese characters,
// and space is the class of the space.
//
// A run of spaces in the text reads as one space, and as nothing after a
// Chinese character: a node that a space or a Chinese character leads to
// stays where it is on a space, as if the text had none there. "community
// manager" is found in "Community\r\n  Manager", and 用户运营 in 用户运\n营.
// The patterns have no space in those places (New refuses them), so no
// child competes with that loop, and a node's own loop overrides the one
// it inherits from its failure target.
func newCharTrie(pats [][]uint16, word, han []bool, space int32) *charTrie {
	numClass := len(word)
	t := &charTrie{}

	// Create nodes depth by depth, so that numbering is breadth-first.
	maxLen := 0
	for _, p := range pats {
		maxLen = max(maxLen, len(p))
	}
	t.maxDepth = maxLen
	node := make([]int32, len(pats)) // node of each pattern's prefix so far
	term := []int32{-1, -1}          // root and rootW
	children := make(map[uint64]int32)
	var edges []edge
	for d := 0; d < maxLen; d++ {
		for i, p := range pats {
			if d >= len(p) {
				continue
			}
			key := uint64(node[i])<<32 | uint64(p[d])
			child, ok := children[key]
			if !ok {
				child = int32(len(term))
				term = append(term, -1)
				children[key] = child
				edges = append(edges, edge{node[i], int32(p[d]), child})
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

	// The root rows: a char that starts no pattern leaves the automaton
	// in the root of its kind.
	t.rootRow = [2][]int32{make([]int32, numClass), make([]int32, numClass)}
	for c := range numClass {
		t.rootRow[0][c] = root
		if word[c] {
			t.rootRow[0][c] = rootW
		}
	}
	for _, e := range edges[kidStart[root]:kidStart[root+1]] {
		t.rootRow[0][e.char] = e.child
	}
	for c := range numClass {
		t.rootRow[1][c] = t.rootRow[0][c]
		if word[c] {
			t.rootRow[1][c] = rootW
		}
	}
	t.rowOf = make([]uint8, t.size)
	t.rowOf[rootW] = 1
	for _, e := range edges {
		if word[e.char] {
			t.rowOf[e.child] = 1
		}
	}

	fail := make([]int32, t.size)
	t.exStart = make([]int32, t.size+1)
	t.outStart = make([]int32, t.size+1)
	inChar := make([]int32, t.size) // the char that leads to each node
	for _, e := range edges {
		inChar[e.child] = e.char
	}
	var withLoop []edge
	for q := int32(0); q < int32(t.size); q++ {
		kids := edges[kidStart[q]:kidStart[q+1]]
		if q > rootW {
			ex := kids
			if c := inChar[q]; c == space || han[c] {
				// Kids sorted by char, with the loop among them.
				k, _ := slices.BinarySearchFunc(kids, space, func(e edge, c int32) int { return cmp.Compare(e.char, c) })
				withLoop = append(append(append(withLoop[:0], kids[:k]...), edge{q, space, q}), kids[k:]...)
				ex = withLoop
			}
			t.mergeExceptions(ex, fail[q])
		}
		t.exStart[q+1] = int32(len(t.exChar))

		if term[q] >= 0 {
			t.outPat = append(t.outPat, term[q])
		}
		if q > rootW {
			t.outPat = append(t.outPat, t.outputs(fail[q])...)
		}
		t.outStart[q+1] = int32(len(t.outPat))

		for _, e := range kids {
			if q == root {
				fail[e.child] = int32(t.rowOf[e.child]) // root or rootW
			} else {
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

// next returns δ(q, c). Find does not use it; it runs on the double array
// built from the same lists.
func (t *charTrie) next(q, c int32) int32 {
	ex := t.exceptions(q)
	if k, ok := slices.BinarySearch(ex, c); ok {
		return t.exNext[t.exStart[q]+int32(k)]
	}
	return t.rootRow[t.rowOf[q]][c]
}

// exceptions returns the chars on which q behaves differently from its
// root row.
func (t *charTrie) exceptions(q int32) []int32 {
	return t.exChar[t.exStart[q]:t.exStart[q+1]]
}

// outputs returns the patterns that end at q, longest first.
func (t *charTrie) outputs(q int32) []int32 {
	return t.outPat[t.outStart[q]:t.outStart[q+1]]
}
