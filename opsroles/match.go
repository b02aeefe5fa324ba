// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/rolemodels/ops/opsroles/internal/automaton"
	"github.com/rolemodels/ops/opsroles/internal/fold"
)

// A Matcher finds the catalog's terms in resumes and job texts and ranks
// the areas of operations work the text is about. It is built once with
// NewMatcher, is immutable, and is safe for concurrent use, like a compiled
// regexp.Regexp.
//
// The matcher searches every name and alias of every entity of its catalog
// in one pass over the text, folding case, full-width and compatibility
// forms and Traditional Chinese while it scans (see Catalog.Lookup for the
// fold). Latin-script terms match on word boundaries ("CRM" is not found in
// "SCRM2"; "KPI" is found in "KPI考核"); Chinese terms match anywhere, and
// where terms overlap the leftmost, then longest, wins (用户运营专员 rather
// than 用户运营 or 运营).
//
// Match and MatchString match one document; MatchInto does it without
// allocating; MatchReader detects and decodes the encoding first; MatchAll
// matches a sequence of documents on all cores. ClassifyTitle reads a job
// title. Result documents the scores.
type Matcher struct {
	c         *Catalog
	auto      *automaton.Automaton
	patterns  []string   // folded terms, indexed like the automaton's patterns
	terms     []termInfo // what each pattern stands for, same index
	areas     []*Area    // catalog order; the area index of the tables below
	areaIndex map[AreaID]int
	threshold float64
	maxInput  int64
}

// termInfo is what one folded term stands for: the entities that carry it
// (at most one per kind, in Kind order) and what one occurrence of it
// contributes to each area.
type termInfo struct {
	entities []Ref
	contribs []contrib
}

// contrib is the weight an occurrence of a term adds to an area, through
// entity entities[entity] of the term.
type contrib struct {
	area   int32
	entity int32
	weight float64
}

// A MatchOption configures a Matcher.
type MatchOption func(*Matcher)

// DefaultThreshold is the score below which a matcher does not report an
// area unless WithThreshold says otherwise. An area reaches it with about as
// much evidence as one mention of its own specific name (score 0.5) or two
// words of its duties; a single duty word, or operations words in an
// engineer's resume that names the teams it served, stay under it. See
// Result for how scores are computed.
const DefaultThreshold = 0.45

// DefaultMaxInput is the largest input MatchReader reads unless WithMaxInput
// says otherwise: 8 MiB, far more than any resume or job posting.
const DefaultMaxInput = 8 << 20

// WithThreshold sets the score an area needs to be reported, a number in
// [0, 1] (values outside are clamped). Zero reports every area with any
// evidence; the default is DefaultThreshold.
func WithThreshold(t float64) MatchOption {
	return func(m *Matcher) {
		switch {
		case t < 0 || t != t:
			t = 0
		case t > 1:
			t = 1
		}
		m.threshold = t
	}
}

// WithMaxInput sets the largest input, in bytes, that MatchReader accepts;
// a larger input is refused with an error wrapping ErrInputTooLarge. A
// limit of zero or less restores DefaultMaxInput.
func WithMaxInput(n int64) MatchOption {
	return func(m *Matcher) {
		if n <= 0 {
			n = DefaultMaxInput
		}
		m.maxInput = n
	}
}

// NewMatcher compiles the names and aliases of every area, duty, skill,
// method, tool and KPI of c into a Matcher. A nil c means Default().
func NewMatcher(c *Catalog, opts ...MatchOption) *Matcher {
	if c == nil {
		c = Default()
	}
	m := &Matcher{
		c:         c,
		areaIndex: make(map[AreaID]int, len(c.areas.list)),
		threshold: DefaultThreshold,
		maxInput:  DefaultMaxInput,
	}
	for _, o := range opts {
		if o != nil {
			o(m)
		}
	}
	for i, a := range c.areas.list {
		m.areas = append(m.areas, a)
		m.areaIndex[a.id] = i
	}

	index := make(map[string]int)
	add := func(r Ref, l Label) {
		for t := range l.Terms() {
			p := fold.String(strings.TrimSpace(t))
			if p == "" || strings.ContainsRune(p, utf8.RuneError) {
				continue // nothing a text could contain, or invalid catalog bytes
			}
			i, ok := index[p]
			if !ok {
				i = len(m.patterns)
				index[p] = i
				m.patterns = append(m.patterns, p)
				m.terms = append(m.terms, termInfo{})
			}
			if !slices.Contains(m.terms[i].entities, r) {
				m.terms[i].entities = append(m.terms[i].entities, r)
			}
		}
	}
	addEach(c.areas.list, add)
	addEach(c.duties.list, add)
	addEach(c.skills.list, add)
	addEach(c.methods.list, add)
	addEach(c.tools.list, add)
	addEach(c.kpis.list, add)
	m.weigh(index)

	a, err := automaton.New(m.patterns)
	if err != nil {
		// The patterns are non-empty, distinct and free of U+FFFD, which is
		// all New checks; an error here is a bug in this file, and the
		// matcher then finds nothing rather than panicking.
		m.patterns, m.terms = nil, nil
		a, _ = automaton.New(nil)
	}
	m.auto = a
	return m
}

// addEach calls add with the Ref and Label of every entity of list.
func addEach[E interface {
	Ref() Ref
	Label() Label
}](list []E, add func(Ref, Label)) {
	for _, e := range list {
		add(e.Ref(), e.Label())
	}
}

// Catalog returns the catalog the matcher was built from.
func (m *Matcher) Catalog() *Catalog { return m.c }

// Threshold returns the score an area needs to be reported.
func (m *Matcher) Threshold() float64 { return m.threshold }

// Patterns returns the folded terms the matcher searches, one per distinct
// fold of the catalog's names and aliases, in catalog order.
func (m *Matcher) Patterns() []string {
	return append([]string(nil), m.patterns...)
}

// Match finds the catalog's terms in text and ranks the areas it is about.
// Offsets in the result index text, which the result keeps as its Text
// (not a copy).
func (m *Matcher) Match(text []byte) Result {
	var r Result
	m.MatchInto(&r, text)
	return r
}

// MatchString is like Match for a string. The result's Text is a copy.
func (m *Matcher) MatchString(s string) Result {
	return m.Match([]byte(s))
}

// MatchInto is like Match but fills r, reusing the memory r holds from
// earlier calls: a loop that matches many documents into one Result
// allocates nothing once r has grown to fit. Everything r held before is
// overwritten, including the slices its fields and its areas' Evidence
// returned, so copy what must outlive the next call.
func (m *Matcher) MatchInto(r *Result, text []byte) {
	r.reset(m, text)
	if m.auto == nil {
		return // the zero Matcher knows no terms
	}
	r.found = m.auto.Find(r.found, text, &r.scratch)
	start, end := findTitle(text, &r.titleScratch, &r.titleFound)
	if start >= 0 {
		r.Title = m.classify(r, text, start, end)
		r.TitleStart, r.TitleEnd = start, end
	}
	m.score(r, start, end)
}

func trimSpaceBytes(b []byte) []byte {
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if !isSpaceOrBOM(r) {
			break
		}
		b = b[n:]
	}
	for len(b) > 0 {
		r, n := utf8.DecodeLastRune(b)
		if !isSpaceOrBOM(r) {
			break
		}
		b = b[:len(b)-n]
	}
	return b
}

func isSpaceOrBOM(r rune) bool {
	switch r {
	case ' ', '\t', '\r', '\n', '\v', '\f', 0x85, 0xA0, 0x3000, 0xFEFF:
		return true
	}
	return false
}
