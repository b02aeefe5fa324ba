// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package automaton

import (
	"unicode/utf8"

	"github.com/rolemodels/ops/opsroles/internal/fold"
)

// candidate is an occurrence before leftmost-longest selection.
type candidate struct{ start, end, pattern int }

// scan runs the byte automaton over text[i:end] from state st, appending
// to out the candidates that end in (i, end]. The whole text is passed so
// that the slow path can look at the runes around a match.
func (a *Automaton) scan(text []byte, i, end int, st uint32, out *[]candidate) {
	trans := a.trans
	special := a.special
	class := &a.class
	seg := text[:end]
	for i < len(seg) {
		st = trans[st+uint32(class[seg[i]])]
		i++
		if st >= special {
			st, i = a.slow(text, st, i, end, out)
		}
	}
	if st < a.denseEnd {
		if x := trans[st+a.stride-1]; x&deferFlag != 0 {
			a.report(text, a.deferChar[x&^deferFlag], end, out)
		}
	}
}

// scan4 runs four independent copies of the byte automaton over the
// quarters of text that cut ends, in one loop. Each step of an automaton
// waits for the load of the previous one; interleaving four chains lets the
// processor overlap those waits. A chain whose cut is marked root starts
// at the root state. out receives the candidates of each chain.
func (a *Automaton) scan4(text []byte, cut *[5]int, root *[5]bool, out *[4][]candidate) {
	var st [4]uint32
	var at [4]int // where each chain is
	at[0] = 0
	for k := 1; k < 4; k++ {
		if root[k] {
			at[k] = cut[k]
		} else {
			st[k], at[k] = a.enter(text, cut[k], cut[k+1], &out[k])
		}
	}
	class := a.class // a copy on the stack spares the loop a register
	trans := a.trans
	special := a.special
	for {
		n := min(cut[1]-at[0], cut[2]-at[1], cut[3]-at[2], cut[4]-at[3])
		if n <= 0 {
			break
		}
		// The inner loop makes no calls and shares one index, so that
		// its values stay in registers.
		t0 := text[at[0] : at[0]+n]
		t1 := text[at[1] : at[1]+n][:len(t0)]
		t2 := text[at[2] : at[2]+n][:len(t0)]
		t3 := text[at[3] : at[3]+n][:len(t0)]
		st0, st1, st2, st3 := st[0], st[1], st[2], st[3]
		j := 0
		for j < len(t0) {
			st0 = trans[st0+uint32(class[t0[j]])]
			st1 = trans[st1+uint32(class[t1[j]])]
			st2 = trans[st2+uint32(class[t2[j]])]
			st3 = trans[st3+uint32(class[t3[j]])]
			j++
			if max(st0, st1, st2, st3) >= special {
				break
			}
		}
		st = [4]uint32{st0, st1, st2, st3}
		for k := range 4 {
			at[k] += j
			if st[k] >= special {
				st[k], at[k] = a.slow(text, st[k], at[k], cut[k+1], &out[k])
			}
		}
	}
	for k := range 4 {
		a.scan(text, at[k], cut[k+1], st[k], &out[k])
	}
}

// cutNear returns where to cut text near at for a new chain, and whether
// the automaton is at its root there: just after a rune that no pattern
// uses, if one is close; otherwise the start of the rune at or after at.
func (a *Automaton) cutNear(text []byte, at, limit int) (int, bool) {
	for i := at; i < limit && i < at+cutSearch; {
		b := text[i]
		if b < utf8.RuneSelf {
			i++
			if a.al.ascii[b] < 0 {
				return i, true
			}
			continue
		}
		if !utf8.RuneStart(b) {
			i++
			continue
		}
		r, n := utf8.DecodeRune(text[i:])
		i += n
		if _, relevant := a.al.fold(r); !relevant {
			return i, true
		}
	}
	for at < len(text) && !utf8.RuneStart(text[at]) {
		at++
	}
	return at, false
}

// cutSearch bounds the bytes cutNear looks at.
const cutSearch = 256

// slow handles a special state st entered after text[i-1]: a deferred
// state, a hot char state that ends patterns, a slow-lead state, a cold
// char state, or the recover state. It reports candidates, runs cold states
// rune by rune, and returns the next hot state and position (or any state
// at end).
func (a *Automaton) slow(text []byte, st uint32, i, end int, out *[]candidate) (uint32, int) {
	for st >= a.special {
		var q int32
		visible := true
		switch {
		case st < a.denseEnd:
			a.report(text, int32(a.trans[st+a.stride-1]), i, out)
			return st, i
		case st == recoverState:
			q, visible = a.rescan(text, i)
		case st >= a.leadBase:
			q, i, visible = a.step(int32(st-a.leadBase), text, i-1)
		case st >= a.deferBase:
			k := st - a.deferBase
			a.report(text, a.deferChar[k], i-1, out)
			st = a.deferRows[k*a.stride+uint32(a.class[text[i-1]])]
			continue
		default:
			q = int32(st - a.denseEnd)
		}
		k, deferred := a.deferred(q)
		if !visible && deferred {
			// The rune folded to nothing, and the deferred report was
			// made on its first byte: take the next byte's transition
			// without reporting again, or stop in a state that reports
			// nothing at the end.
			if i >= end {
				return 0, i
			}
			st = a.deferRows[k*a.stride+uint32(a.class[text[i]])]
			i++
			continue
		}
		if visible && !deferred && a.t.outStart[q] != a.t.outStart[q+1] {
			a.report(text, q, i, out)
		}
		return a.run(text, q, i, end, out)
	}
	return st, i
}

// run continues from char state q at text[i], rune by rune while the state
// is cold, and returns the byte state to continue with.
func (a *Automaton) run(text []byte, q int32, i, end int, out *[]candidate) (uint32, int) {
	for {
		if h := a.hot[q]; h < a.denseEnd || i >= end {
			return h, i
		}
		var visible bool
		q, i, visible = a.step(q, text, i)
		if _, deferred := a.deferred(q); visible && !deferred && a.t.outStart[q] != a.t.outStart[q+1] {
			a.report(text, q, i, out)
		}
	}
}

// deferred reports whether char state q is hot and defers its reports to
// the byte after it, which the hot loop then handles, and its number among
// the deferred states.
func (a *Automaton) deferred(q int32) (uint32, bool) {
	h := a.hot[q]
	if h >= a.denseEnd {
		return 0, false
	}
	x := a.trans[h+a.stride-1]
	return x &^ deferFlag, x&deferFlag != 0
}

// enter starts the automaton at text[at], the start of a rune, in the
// state that text[:at] leads to, and runs it until it is hot. A match that
// ends at at belongs to the scan that ends there, so a deferred report
// pending at at is not made here.
func (a *Automaton) enter(text []byte, at, end int, out *[]candidate) (uint32, int) {
	q, _ := a.rescan(text, at)
	k, deferred := a.deferred(q)
	switch {
	case !deferred:
		return a.run(text, q, at, end, out)
	case at >= end:
		return 0, at
	}
	if st := a.deferRows[k*a.stride+uint32(a.class[text[at]])]; st >= a.special {
		return a.slow(text, st, at+1, end, out)
	} else {
		return st, at + 1
	}
}

// step advances char state q over the rune at text[i], rune by rune. It
// reports whether the rune's fold is visible, that is not empty: a rune
// that folds to nothing ends no match.
func (a *Automaton) step(q int32, text []byte, i int) (int32, int, bool) {
	if b := text[i]; b < utf8.RuneSelf {
		return a.t.next(q, a.al.ascii[b]), i + 1, true
	}
	r, n := utf8.DecodeRune(text[i:])
	seq, relevant := a.al.fold(r)
	if !relevant {
		return 0, i + n, true
	}
	for _, c := range seq {
		q = a.t.next(q, c)
	}
	return q, i + n, len(seq) > 0
}

// rescan returns the char state after text[:i], computed by folding the
// last runes again: enough of them to hold the longest pattern, since the
// state depends on no more. It also reports whether the last rune's fold is
// visible.
func (a *Automaton) rescan(text []byte, i int) (int32, bool) {
	j := i
	for need := a.t.maxDepth; need > 0 && j > 0; {
		r, n := utf8.DecodeLastRune(text[:j])
		j -= n
		need -= a.al.foldLen(r)
	}
	q, visible := int32(0), true
	for j < i {
		q, j, visible = a.step(q, text, j)
	}
	return q, visible
}

// report records the patterns that end at char state q, at text[:i], whose
// start falls on a rune of the text and whose word boundaries hold.
func (a *Automaton) report(text []byte, q int32, i int, out *[]candidate) {
	after := -1 // whether a word rune follows, once needed
	for _, p := range a.t.outputs(q) {
		pat := &a.patterns[p]
		if pat.flags&wordEnd != 0 {
			if after < 0 {
				after = 0
				if wordAfter(text, i) {
					after = 1
				}
			}
			if after == 1 {
				continue
			}
		}
		start, ok := pat.start(text, i, a.al)
		if !ok || pat.flags&wordStart != 0 && wordBefore(text, start) {
			continue
		}
		*out = append(*out, candidate{start, i, int(p)})
	}
}

// start returns where the pattern, found ending at i, starts in the text;
// it fails when the start falls inside the fold of one rune.
func (pat *pattern) start(text []byte, i int, al *alphabet) (int, bool) {
	if n := len(pat.text); n <= i && pat.flags&plain != 0 {
		t := text[i-n : i]
		if string(t) == pat.text || pat.flags&upper != 0 && equalASCIIFold(t, pat.text) {
			return i - n, true
		}
	}
	j, need := i, int(pat.runes)
	for need > 0 && j > 0 {
		r, n := utf8.DecodeLastRune(text[:j])
		j -= n
		need -= al.foldLen(r)
	}
	return j, need == 0
}

// equalASCIIFold reports whether text spells pat, a folded pattern, up to
// the case of ASCII letters.
func equalASCIIFold(text []byte, pat string) bool {
	for k := range len(text) {
		t, p := text[k], pat[k]
		if t != p && !('A' <= t && t <= 'Z' && t+'a'-'A' == p) {
			return false
		}
	}
	return true
}

// wordBefore reports whether the folded text before offset i ends with a
// letter or digit of a spaced script.
func wordBefore(text []byte, i int) bool {
	if i > 0 && text[i-1] < utf8.RuneSelf {
		return isWord(rune(text[i-1]))
	}
	for i > 0 {
		r, n := utf8.DecodeLastRune(text[:i])
		i -= n
		if f, ok := foldedEnd(r, false); ok {
			return isWord(f)
		}
	}
	return false
}

// wordAfter reports whether the folded text after offset i starts with a
// letter or digit of a spaced script.
func wordAfter(text []byte, i int) bool {
	if i < len(text) && text[i] < utf8.RuneSelf {
		return isWord(rune(text[i]))
	}
	for i < len(text) {
		r, n := utf8.DecodeRune(text[i:])
		i += n
		if f, ok := foldedEnd(r, true); ok {
			return isWord(f)
		}
	}
	return false
}

// foldedEnd returns the first (or last) rune of the fold of r, and false if
// the fold is empty.
func foldedEnd(r rune, first bool) (rune, bool) {
	if r < utf8.RuneSelf || 0x4E00 <= r && r <= 0x9FFF {
		return r, true // their folds are single runes of the same kind
	}
	f, changed := fold.Rune(r)
	switch {
	case !changed:
		return r, true
	case f == "":
		return 0, false
	case first:
		c, _ := utf8.DecodeRuneInString(f)
		return c, true
	}
	c, _ := utf8.DecodeLastRuneInString(f)
	return c, true
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
