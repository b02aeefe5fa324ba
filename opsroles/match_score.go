// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"bytes"
	"cmp"
	"math"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rolemodels/ops/opsroles/internal/automaton"
)

// The constants of the score, documented on Result.
const (
	weightArea    = 1.0  // an area's own name or alias
	weightDuty    = 0.5  // a duty's words
	weightShared  = 0.25 // a skill, method, tool or KPI, before division among its areas
	saturationK   = 1.0  // BM25's k1
	titleBoost    = 2.0  // occurrences in a title line
	earlierWeight = 0.5  // occurrences under a resume's earlier jobs
	titleContext  = 1.0  // the evidence of operations that a title with a function area's own name gives
	otherTitle    = 0.15 // everything, when the title names a profession outside operations, or the pay a salesperson's

	// A term that is the noun of operations with level words signals at
	// least 1/bareTitleShare of the areas.
	bareTitleShare = 6

	// maxTitleOnlyBytes bounds the texts, a title with a few words
	// around it (a card, a headline), in which a duty's words in the
	// title weigh as an area's name when nothing else names an area.
	maxTitleOnlyBytes = 400
)

// salesPayWords name the pay of sales jobs: a high commission, a base pay
// without targets, an insurance agent's first-year and renewal commission,
// commission or income without a cap, commission without a base, a
// leasing agent's commission on the leases signed. Operations jobs may pay
// a commission too (GMV提成, "livestream sales commission"), but do not
// offer it in these words. The scan finds them as the matcher's
// own labels (salesPayLabel).
var salesPayWords = []string{
	"高提成", "高额提成", "无责底薪", "团队提成", "回款提成", "回款奖", "签约提成", "签单提成", "开单提成", "招商提成", "首年佣金", "续期佣金", "high commission", "uncapped commission", "commission only", "commission-only",
	"uncapped income", "uncapped earnings", "unlimited earning potential", "leasing commission", "leasing commissions",
}

// paysCommission reports whether the occurrences found in text, r.found,
// name the pay of a sales job (see salesPayWords). "High-commission",
// joined by a hyphen, names no pay but qualifies what follows:
// "high-commission OTAs". Nor does a phrase in the other jobs that a job
// board's page lists beside the posting (大众点评代运营销售（高提成） under
// 相似职位推荐), in r.boiler, nor one under the heading of another job
// after the title, which titled says r holds: a careers page's 招商经理
// (8K底薪 + 签约提成) below its 新媒体运营.
func (m *Matcher) paysCommission(r *Result, text []byte, titled bool) bool {
	for _, f := range r.found {
		if m.labelKind[f.Pattern] != salesPayLabel || hasPrefixFold(text[f.Start:f.End], "high-") || denied(text[:f.Start]) || inJobList(r.boiler, f.Start) {
			continue
		}
		if titled && f.Start > r.TitleEnd && headsOtherJob(text[r.TitleEnd:f.Start], headingLevel(text, r.TitleStart), &r.titleScratch, &r.spareWords) {
			continue
		}
		return true
	}
	return false
}

// headsOtherJob reports whether between, the text from the end of a
// title to a later phrase, holds a Markdown heading of the title's level
// or above that looks like a job's title on a line of its own: the next
// job of a page that lists several ("## 招商经理 × 2人"), not a section of
// the title's job (### 薪资福利).
func headsOtherJob(between []byte, level int, s *automaton.Scratch, found *[]automaton.Match) bool {
	for pos := nextLine(between, 0); pos < len(between); {
		next := nextLine(between, pos)
		line := trimSpaceBytes(between[pos:next])
		pos = next
		if next >= len(between) && !bytes.HasSuffix(between, []byte("\n")) {
			break // the phrase's own line
		}
		heading := bytes.TrimLeft(line, "#")
		if n := len(line) - len(heading); n == 0 || n > level {
			continue
		}
		if looksLikeTitle(trimSpaceBytes(heading), s, found) {
			return true
		}
	}
	return false
}

// defaultHeadingLevel is the level of the headings of the jobs a page
// lists when its title stands on no heading of its own.
const defaultHeadingLevel = 2

// headingLevel returns the level of the Markdown heading on whose line
// text[i] stands, the number of its #, or defaultHeadingLevel if the line
// is no heading.
func headingLevel(text []byte, i int) int {
	line := trimSpaceBytes(text[bytes.LastIndexByte(text[:i], '\n')+1:])
	if n := len(line) - len(bytes.TrimLeft(line, "#")); n > 0 {
		return n
	}
	return defaultHeadingLevel
}

// denied reports whether before, the text before a phrase, ends by
// denying it in Chinese: 没有签约提成, 无签约提成, 不设回款提成, also of
// the person: 无个人签单提成.
func denied(before []byte) bool {
	return endsWord(bytes.TrimSuffix(before, []byte("个人")), denials)
}

// denials are the words of denied.
var denials = []string{"无", "没有", "不设", "不含", "非"}

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

// weigh returns the contributions of every term, whose entities are
// entities[p]: which areas an occurrence counts for, through which entity,
// and how much; and the context each gives (patternInfo.context).
func (m *Matcher) weigh(index map[string]int, entities [][]Ref) ([][]contrib, []float64) {
	n := len(m.areas)
	contribs := make([][]contrib, len(m.patterns))
	context := make([]float64, len(m.patterns))
	if n == 0 {
		return contribs, context
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
	for p, es := range entities {
		for ei, e := range es {
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
	for p := range m.patterns {
		s := 0
		for _, b := range spread[p*words : (p+1)*words] {
			s += bits.OnesCount64(b)
		}
		if s == 0 {
			continue // an entity no area links: nothing to score
		}
		if m.bareTitle[p] {
			// "Operations Associate" or 运营专员 could be many areas' job.
			s = max(s, n/bareTitleShare)
		}
		spec := math.Log(1+float64(n)/float64(s)) / idfNorm
		cs := contribs[p]
		for _, l := range links[p] {
			if len(l.areas) == 0 {
				continue
			}
			w := kindWeight(entities[p][l.entity].Kind) * spec / float64(len(l.areas))
			for _, a := range l.areas {
				// One occurrence of a word counts once per area, through
				// the entity that gives it the most weight.
				k := slices.IndexFunc(cs, func(c contrib) bool { return c.area == a })
				switch {
				case k < 0:
					cs = append(cs, contrib{a, l.entity, w})
				case cs[k].weight < w:
					cs[k] = contrib{a, l.entity, w}
				}
			}
		}
		contribs[p] = cs
		if m.opsTerm[p] {
			for _, c := range cs {
				if m.function[c.area] && entities[p][c.entity].Kind == KindArea {
					context[p] += c.weight
				}
			}
		}
	}
	return contribs, context
}

// isBareTitle reports whether the folded term is the noun of operations
// with level words only (see bareNoun), using scratch memory.
func isBareTitle(term string, s *automaton.Scratch, words *[]automaton.Match) bool {
	*words = titleAutomaton().Find((*words)[:0], []byte(term), s)
	return bareNoun([]byte(term), *words, 0, len(term))
}

// isHeadJob reports whether term, in Latin script, holds a level word of
// a director or higher: "coo", "head of operations", "vp operations".
func isHeadJob(term string, s *automaton.Scratch, words *[]automaton.Match) bool {
	if hasHan([]byte(term)) {
		return false
	}
	*words = titleAutomaton().Find((*words)[:0], []byte(term), s)
	for _, f := range *words {
		if titleWords[f.Pattern].level >= LevelDirector {
			return true
		}
	}
	return false
}

// operationsWithin are the words that make a term that holds them name
// operations work: the Chinese nouns, trust and safety, and the planning
// of a contact centre's staff (WFM, real-time analysts, 坐席排班).
var operationsWithin = [...]string{
	"运营", "营运", "trust and safety", "trust & safety",
	"wfm", "real-time analyst", "real time analyst", "rta analyst", "intraday",
	"坐席", "客服人力", "呼叫中心人力", "客服中心现场", "客服现场", "话务现场",
	"vertriebssteuerung", // the German for sales operations
}

// workforceJobs start the terms of a workforce planner's or manager's job,
// which plans the staff of a service operation; HR's "strategic workforce
// planning" does not start with them.
var workforceJobs = [...]string{"workforce plann", "workforce manag", "workforce analyst", "workforce lead", "workforce scheduler", "workforce forecasting"}

// namesOperations reports whether the folded term names operations work:
// whether it contains 运营 or 营运, or the word "operations", "operation"
// (as translations from Chinese say it), "operational" ("operational
// excellence") or "ops", or one of the words that join "ops" to its kind
// ("RevOps"), or names trust and safety, the operations that keep a
// platform safe, or the planning of a service operation's staff
// (operationsWithin, workforceJobs: "Workforce Planner:in Kundendienst").
func namesOperations(term string) bool {
	for _, w := range operationsWithin {
		if strings.Contains(term, w) {
			return true
		}
	}
	for _, w := range workforceJobs {
		if strings.HasPrefix(term, w) {
			return true
		}
	}
	for _, w := range strings.FieldsFunc(term, func(r rune) bool { return !spacedWord(r) }) {
		switch w {
		case "operations", "operation", "operational", "ops", "revops", "bizops", "salesops", "adops", "productops", "prodops":
			return true
		}
	}
	return false
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
// Every area's raw score is summed in one pass over the occurrences, which
// also copies the hits; the evidence, which costs a copy of the hit per
// area, is gathered afterwards for the reported areas only. Work that
// depends on the term and not on the occurrence (noting the skills, tools
// ... it names) is done at the term's first occurrence only. For a document
// in markup, the hits' offsets are turned into offsets of the markup once
// summed.
func (m *Matcher) score(r *Result, titleStart, titleEnd int) {
	m.sum(r, titleStart, titleEnd)
	if len(r.shownMap) > 0 {
		r.toMarkup() // before gatherEvidence copies the hits
	}
	m.rank(r)
	m.gatherEvidence(r)
}

// textSpeaks reports whether an occurrence in found outside the title
// text[titleStart:titleEnd] leads to an area: whether the text says more of
// the job than its title.
func (m *Matcher) textSpeaks(found []automaton.Match, titleStart, titleEnd int) bool {
	for _, f := range found {
		if (f.Start < titleStart || f.End > titleEnd) && m.pats[f.Pattern].contribs < m.pats[f.Pattern+1].contribs {
			return true
		}
	}
	return false
}

// sum copies the hits of r.found to r.Hits, adds what every occurrence
// weighs to the raw scores of the areas and counts their evidence. It
// records each occurrence in r.occ, and in r.terms the patterns found.
func (m *Matcher) sum(r *Result, titleStart, titleEnd int) {
	if len(r.pat) != len(m.patterns) {
		// Otherwise it is all zero already: gatherEvidence clears it again.
		r.pat = resize(r.pat, len(m.patterns))
	}
	r.noted = resize(r.noted, len(m.entities))
	found, pat, raw, count := r.found, r.pat, r.raw, r.count
	occ := grow(r.occ, len(found))
	r.occ = occ
	hits, terms := r.Hits[:0], r.terms[:0]
	if cap(hits) < len(found) {
		// Nearly every term has one entity: one allocation, not a series
		// of them, for a fresh Result.
		hits = make([]Hit, 0, len(found))
	}
	if cap(terms) < len(found) {
		terms = make([]termState, 0, len(found))
	}
	boiler := r.boiler // what is left of it ahead of the occurrences
	teams := r.teams   // likewise
	bareBoost := !m.textSpeaks(found, titleStart, titleEnd)
	r.titleOnly = bareBoost && titleStart < titleEnd && len(r.Text) <= maxTitleOnlyBytes
	for i := range found {
		f := &found[i]
		info, next := &m.pats[f.Pattern], &m.pats[f.Pattern+1]
		term := m.termText[info.term:next.term]
		o := &occ[i]
		o.hit = len(hits)
		if next.entities-info.entities == 1 {
			hits = append(hits, Hit{})
			h := &hits[len(hits)-1] // field by field: a literal goes through the stack
			h.Start, h.End, h.Term, h.Entity = f.Start, f.End, term, m.entities[info.entity]
		} else {
			for _, e := range m.patEntities[info.entities:next.entities] {
				hits = append(hits, Hit{})
				h := &hits[len(hits)-1]
				h.Start, h.End, h.Term, h.Entity = f.Start, f.End, term, m.entities[e]
			}
		}
		if i == r.impliedAt {
			for k := o.hit; k < len(hits); k++ {
				hits[k].Implied = true
			}
		}

		t := pat[f.Pattern] - 1
		if t < 0 {
			t = int32(len(terms))
			pat[f.Pattern] = t + 1
			terms = append(terms, termState{pattern: int32(f.Pattern)})
			r.note(m, m.patEntities[info.entities:next.entities])
		}
		// An occurrence of a term counts once for each area the term leads
		// to, so the k-th occurrence is the k-th for each of them.
		terms[t].count++
		w := m.step(terms[t].count)
		if f.Start >= titleStart && f.End <= titleEnd && !r.otherTitle && m.namesTitleArea(r, info, next) {
			// A title naming another profession only qualifies it; the
			// bare noun with level words names no job's work, which the
			// text then tells, if it names any.
			if !m.bareTitle[f.Pattern] || bareBoost {
				w *= titleBoost
			}
			if bareBoost && len(r.Text) <= maxTitleOnlyBytes && m.entities[info.entity].Kind == KindDuty {
				// A short text that is its title and nothing more:
				// the words of a duty name the job as an area's
				// name would ("Sales Operations Intern").
				w *= weightArea / weightDuty
			}
		}
		if len(r.otherWords) > 0 && m.restatesTitle(r, f.Pattern) || i > 0 && m.restatesInBrackets(r.Text, found[i-1], *f) {
			w = 0
		}
		for len(boiler) > 0 && boiler[0].end <= f.Start {
			boiler = boiler[1:]
		}
		if len(boiler) > 0 && f.Start >= boiler[0].start {
			w *= boilerplateWeight
		}
		for len(teams) > 0 && teams[0] < i {
			teams = teams[1:]
		}
		boss := false // a director or higher the job reports to or works with
		if len(teams) > 0 && teams[0] == i {
			w *= teamWeight
			boss = m.headJob[f.Pattern]
		}
		if r.earlier >= 0 && f.Start >= r.earlier {
			w *= earlierWeight
		}
		o.weight, o.contribs = w, span{info.contribs, next.contribs}
		r.context += float64(info.context) * w
		for _, c := range m.contribs[info.contribs:next.contribs] {
			raw[c.area] += c.weight * w
			count[c.area]++
			if boss && !m.function[c.area] {
				// A boss in operations still says that the job is in
				// operations, as much as if it were the job's; a team
				// it works with does not.
				r.context += c.weight * w * (1/teamWeight - 1)
			}
		}
	}
	r.Hits, r.terms = hits, terms
}

// maxAcronym bounds the letters of an acronym.
const maxAcronym = 6

// isAcronym reports whether b is written as an acronym: two to maxAcronym
// capital letters, digits or ampersands (WBR, CRM, P&L).
func isAcronym(b []byte) bool {
	if len(b) < 2 || len(b) > maxAcronym {
		return false
	}
	for _, c := range b {
		if !('A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '&') {
			return false
		}
	}
	return true
}

// restatesInBrackets reports whether f, an occurrence right after prev,
// is in brackets of its own and names the same entities as prev, one of
// them an acronym: the acronym after its words or the words after their
// acronym, "weekly business review (WBR)", 客户关系管理（CRM）, which say
// one thing once. A translation may weigh as a second name: 精實（Lean）.
func (m *Matcher) restatesInBrackets(text []byte, prev, f automaton.Match) bool {
	if f.Start <= prev.End || f.End > len(text) {
		return false // overlapping occurrences, or the title that stands for a term
	}
	between := text[prev.End:f.Start]
	if len(between) > 0 && between[0] == ' ' {
		between = between[1:]
	}
	if string(between) != "(" && string(between) != "（" ||
		!bytes.HasPrefix(text[f.End:], []byte(")")) && !bytes.HasPrefix(text[f.End:], []byte("）")) {
		return false
	}
	if !isAcronym(text[prev.Start:prev.End]) && !isAcronym(text[f.Start:f.End]) {
		return false
	}
	return slices.Equal(m.entitiesOf(prev.Pattern), m.entitiesOf(f.Pattern))
}

// restatesTitle reports whether pattern p, found in a text whose title
// names another profession, is that profession's word or part of it
// (r.otherWords): the 主播 and 带货主播 of a host's posting, titled
// 抖音带货主播, restate the title and say nothing of the live room's
// operations, while its 主播培训 is work that operations may do.
func (m *Matcher) restatesTitle(r *Result, p int) bool {
	term := m.patterns[p]
	for _, o := range r.otherWords {
		if strings.Contains(titleWords[o].word, term) {
			return true
		}
	}
	return false
}

// namesTitleArea reports whether the term of a title occurrence, whose
// pattern info is info and the next one's next, leads to the title's area,
// or the title has none: in "Operations Manager – Risk & Controls", a risk
// job, "operations manager" names the level and not the area.
func (m *Matcher) namesTitleArea(r *Result, info, next *patternInfo) bool {
	return r.titleArea < 0 || leadsToArea(m.contribs[info.contribs:next.contribs], r.titleArea)
}

// rank scales the raw scores of r and fills r.Areas with the areas that
// reach the threshold, best first, ties in catalog order.
func (m *Matcher) rank(r *Result) {
	raw := r.raw
	specialty := r.context
	for a, x := range raw {
		if !m.function[a] {
			specialty += x
		}
	}
	if r.functionTitle {
		specialty += titleContext
		if r.titleOnly {
			// A card or a record that is the title and little more:
			// the title is all the evidence there is.
			specialty += titleContext
		}
	}
	all := 1.0
	if r.otherTitle || r.salesPay || r.otherDuties || r.filedOther {
		all = otherTitle
	}
	if r.otherTitle && r.otherDuties {
		all *= otherTitle // the title and the work agree
	}
	ranked := r.ranked[:0]
	if cap(ranked) < len(raw) {
		ranked = make([]rankedArea, 0, len(raw))
	}
	for a := range raw {
		scale := all
		if m.function[a] {
			scale *= specialty / (specialty + 1)
		}
		r.scale[a] = scale
		x := raw[a] * scale
		raw[a] = x
		if x < m.rawFloor {
			continue // spares the exponential of areas far from reported
		}
		if s := squash(x); s > 0 && s >= m.threshold {
			ranked = append(ranked, rankedArea{s, int32(a)})
		}
	}
	if len(ranked) > 64 {
		slices.SortStableFunc(ranked, func(x, y rankedArea) int { return cmp.Compare(y.score, x.score) })
	} else {
		// Catalogs have a few dozen areas: an insertion sort, stable, costs
		// less than the calls of a comparison function.
		for i := 1; i < len(ranked); i++ {
			for j := i; j > 0 && ranked[j-1].score < ranked[j].score; j-- {
				ranked[j-1], ranked[j] = ranked[j], ranked[j-1]
			}
		}
	}
	r.ranked = ranked
	if cap(r.Areas) < len(ranked) {
		r.Areas = make([]AreaScore, 0, len(ranked))
	}
	for j, ra := range ranked {
		r.Areas = append(r.Areas, AreaScore{Area: m.areaIDs[ra.area], Score: ra.score})
		r.rank[ra.area] = int32(j + 1) // 1-based; 0 is not reported
	}
}

// rankedArea is an area index with its score, while ranking.
type rankedArea struct {
	score float64
	area  int32
}

// saturationSteps is how many steps of the saturation a Matcher keeps
// computed; terms rarely occur more often in one document.
const saturationSteps = 32

// step returns what the k-th occurrence of a term adds: saturated(k) -
// saturated(k-1).
func (m *Matcher) step(k int32) float64 {
	if k <= saturationSteps {
		return m.steps[k-1]
	}
	return saturated(k) - saturated(k-1)
}

// rawFloor returns a raw score below which no area can reach threshold t,
// with a margin for the rounding of squash; comparing with it first spares
// computing squash for most areas.
func rawFloor(t float64) float64 {
	if t <= 0 {
		return 0
	}
	// 1 - 2^-x rounds to 1 from about x = 53 on, so that a threshold of
	// 1 is reached there and not at infinity.
	x := min(-math.Log2(1-t), 50)
	return max(0, x*0.999-0.001)
}

// gatherEvidence fills the Evidence of r.Areas, each a contiguous,
// text-ordered run of r.evidence, in one pass over the occurrences. It
// leaves r.pat all zero for the next document.
func (m *Matcher) gatherEvidence(r *Result) {
	for _, t := range r.terms {
		r.pat[t.pattern] = 0
	}
	if len(r.Areas) == 0 {
		return
	}
	rank, scale := r.rank, r.scale
	// offs[j] is where the evidence of r.Areas[j] goes next.
	offs := grow(r.offs, len(r.Areas)+1)
	r.offs = offs
	offs[0] = 0
	for j, ra := range r.ranked {
		offs[j+1] = offs[j] + int(r.count[ra.area])
	}
	ev := grow(r.evidence, offs[len(r.Areas)])
	r.evidence = ev
	hits := r.Hits
	for i := range r.occ {
		o := &r.occ[i]
		for _, c := range m.contribs[o.contribs.start:o.contribs.end] {
			k := rank[c.area] - 1
			if k < 0 {
				continue
			}
			e := &ev[offs[k]] // field by field: a literal goes through the stack
			e.Hit = hits[o.hit+int(c.entity)]
			e.Weight = c.weight * o.weight * scale[c.area]
			offs[k]++
		}
	}
	// offs[j] has moved to the end of area j's run, the start of j+1's.
	start := 0
	for j := range r.Areas {
		r.Areas[j].Evidence = ev[start:offs[j]]
		start = offs[j]
	}
}
