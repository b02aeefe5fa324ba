// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"cmp"
	"math"
	"math/bits"
	"slices"
	"unicode"
	"unicode/utf8"
)

// The constants of the score, documented on Result.
const (
	weightArea   = 1.0  // an area's own name or alias
	weightDuty   = 0.5  // a duty's words
	weightShared = 0.25 // a skill, method, tool or KPI, before division among its areas
	saturationK  = 1.0  // BM25's k1
	titleBoost   = 2.0  // occurrences in a title line
	otherTitle   = 0.5  // everything, when the title names a profession outside operations
)

func kindWeight(k Kind) float64 {
	switch k {
	case KindArea:
		return weightArea
	case KindDuty:
		return weightDuty
	}
	return weightShared
}

// squash maps a raw score to [0, 1): 1 - 2^-x.
func squash(x float64) float64 {
	if x <= 0 {
		return 0
	}
	return 1 - math.Exp2(-x)
}

// saturated is what k occurrences of a term weigh together, in units of one.
func saturated(k int32) float64 {
	f := float64(k)
	return f * (1 + saturationK) / (f + saturationK)
}

// weigh fills the contributions of every term: which areas an occurrence
// counts for, through which entity, and how much.
func (m *Matcher) weigh(index map[string]int) {
	n := len(m.areas)
	if n == 0 {
		return
	}
	words := (n + 63) / 64
	leads := make([]uint64, len(m.patterns)*words) // areas each term leads to
	set := func(bs []uint64, a int) { bs[a/64] |= 1 << (a % 64) }
	entityAreas := func(e Ref) []int32 {
		if e.Kind == KindArea {
			if i, ok := m.areaIndex[AreaID(e.ID)]; ok {
				return []int32{int32(i)}
			}
			return nil
		}
		var out []int32
		for _, id := range m.c.owners[e] {
			if i, ok := m.areaIndex[id]; ok {
				out = append(out, int32(i))
			}
		}
		return out
	}
	type link struct {
		entity int32
		areas  []int32
	}
	links := make([][]link, len(m.patterns))
	for p, t := range m.terms {
		for ei, e := range t.entities {
			as := entityAreas(e)
			links[p] = append(links[p], link{int32(ei), as})
			for _, a := range as {
				set(leads[p*words:(p+1)*words], int(a))
			}
		}
	}

	// A term could signal the areas of every longer term containing it:
	// 运营 inside 社群运营 and 电商运营. Latin terms count only where they
	// would match, on word boundaries.
	spread := slices.Clone(leads)
	for q, text := range m.patterns {
		for i := 0; i < len(text); {
			_, w := utf8.DecodeRuneInString(text[i:])
			if i == 0 || boundaryAt(text, i) {
				for j := i + w; j <= len(text); {
					if (j < len(text) || i > 0) && (j == len(text) || boundaryAt(text, j)) {
						if p, ok := index[text[i:j]]; ok && p != q {
							dst := spread[p*words : (p+1)*words]
							for k, b := range leads[q*words : (q+1)*words] {
								dst[k] |= b
							}
						}
					}
					if j == len(text) {
						break
					}
					_, w2 := utf8.DecodeRuneInString(text[j:])
					j += w2
				}
			}
			i += w
		}
	}

	idfNorm := math.Log(1 + float64(n))
	for p := range m.terms {
		s := 0
		for _, b := range spread[p*words : (p+1)*words] {
			s += bits.OnesCount64(b)
		}
		if s == 0 {
			continue // an entity no area links: nothing to score
		}
		spec := math.Log(1+float64(n)/float64(s)) / idfNorm
		t := &m.terms[p]
		for _, l := range links[p] {
			if len(l.areas) == 0 {
				continue
			}
			w := kindWeight(t.entities[l.entity].Kind) * spec / float64(len(l.areas))
			for _, a := range l.areas {
				// One occurrence of a word counts once per area, through
				// the entity that gives it the most weight.
				k := slices.IndexFunc(t.contribs, func(c contrib) bool { return c.area == a })
				switch {
				case k < 0:
					t.contribs = append(t.contribs, contrib{a, l.entity, w})
				case t.contribs[k].weight < w:
					t.contribs[k] = contrib{a, l.entity, w}
				}
			}
		}
	}
}

// boundaryAt reports whether a term starting or ending at byte i of the
// folded text could match there on its own: not between two letters or
// digits of a script that spaces its words.
func boundaryAt(text string, i int) bool {
	before, _ := utf8.DecodeLastRuneInString(text[:i])
	after, _ := utf8.DecodeRuneInString(text[i:])
	return !spacedWord(before) || !spacedWord(after)
}

// spacedWord reports whether the folded rune c is a letter or digit of a
// script that separates words with spaces, as the automaton reads it.
func spacedWord(c rune) bool {
	if c < utf8.RuneSelf {
		return 'a' <= c && c <= 'z' || '0' <= c && c <= '9'
	}
	return (unicode.IsLetter(c) || unicode.IsDigit(c)) &&
		!unicode.In(c, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Bopomofo)
}

// score turns r.found into hits, scores and ranked areas with their
// evidence. Occurrences inside text[titleStart:titleEnd] are in the title.
//
// Every area's raw score is summed in one pass over the occurrences; the
// evidence, which costs a copy of the hit per area, is gathered afterwards
// for the reported areas only.
func (m *Matcher) score(r *Result, titleStart, titleEnd int) {
	r.occWeight = resize(r.occWeight, len(r.found))
	for i, f := range r.found {
		t := &m.terms[f.Pattern]
		for _, e := range t.entities {
			r.Hits = append(r.Hits, Hit{Start: f.Start, End: f.End, Term: m.patterns[f.Pattern], Entity: e})
			r.noteEntity(e)
		}
		// An occurrence of a term counts once for each area the term leads
		// to, so the k-th occurrence is the k-th for each of them.
		r.patCount[f.Pattern]++
		k := r.patCount[f.Pattern]
		w := saturated(k) - saturated(k-1)
		if f.Start >= titleStart && f.End <= titleEnd {
			w *= titleBoost
		}
		r.occWeight[i] = w
		for _, c := range t.contribs {
			r.raw[c.area] += c.weight * w
		}
	}
	for _, f := range r.found {
		r.patCount[f.Pattern] = 0
	}

	var specialty float64
	for a, x := range r.raw {
		if m.areas[a].typ != FunctionArea {
			specialty += x
		}
	}
	all := 1.0
	if r.otherTitle {
		all = otherTitle
	}
	for a := range r.raw {
		r.scale[a] = all
		if m.areas[a].typ == FunctionArea {
			r.scale[a] *= specialty / (specialty + 1)
		}
		r.raw[a] *= r.scale[a]
	}

	for a, x := range r.raw {
		if s := squash(x); s > 0 && s >= m.threshold {
			r.Areas = append(r.Areas, AreaScore{Area: m.areas[a].id, Score: s})
			r.rank[a] = int32(len(r.Areas)) // 1-based; 0 is not reported
		}
	}
	m.gatherEvidence(r)
	slices.SortStableFunc(r.Areas, func(x, y AreaScore) int { return cmp.Compare(y.Score, x.Score) })
}

// gatherEvidence fills the Evidence of r.Areas, in catalog order still,
// each a contiguous text-ordered run of r.evidence: it counts each reported
// area's evidence, then places it.
func (m *Matcher) gatherEvidence(r *Result) {
	if len(r.Areas) == 0 {
		return
	}
	offs := resize(r.offs, len(r.Areas)+1)
	r.offs = offs
	for _, f := range r.found {
		for _, c := range m.terms[f.Pattern].contribs {
			if k := r.rank[c.area]; k > 0 {
				offs[k]++
			}
		}
	}
	for j := range r.Areas {
		offs[j+1] += offs[j]
	}
	r.evidence = resize(r.evidence, int(offs[len(r.Areas)]))
	hit := 0
	for i, f := range r.found {
		t := &m.terms[f.Pattern]
		for _, c := range t.contribs {
			if k := r.rank[c.area]; k > 0 {
				r.evidence[offs[k-1]] = Evidence{Hit: r.Hits[hit+int(c.entity)], Weight: c.weight * r.occWeight[i] * r.scale[c.area]}
				offs[k-1]++
			}
		}
		hit += len(t.entities)
	}
	// offs[j] has moved to the end of area j's run, the start of j+1's.
	start := int32(0)
	for j := range r.Areas {
		r.Areas[j].Evidence = r.evidence[start:offs[j]]
		start = offs[j]
	}
}
