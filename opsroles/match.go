// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"bytes"
	"cmp"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/rolemodels/ops/opsroles/internal/automaton"
	"github.com/rolemodels/ops/opsroles/internal/fold"
	"github.com/rolemodels/ops/opsroles/internal/markup"
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
// "SCRM2"; "KPI" is found in "KPI考核"); hyphens and dashes read as spaces,
// and any run of white space, a line break included, matches the space
// between their words ("Social-Media-Manager", "Community\r\n Manager"),
// except a dash set off by white space, which parts the fields of a line
// ("Acme Marketplace — Operations Specialist" holds no "marketplace
// operations"). English terms match in American and British spelling
// ("conversion rate optimisation" for the catalog's "conversion rate
// optimization", "programme", "centre"), and terms that name a role match
// in the plural too ("community managers").
// Chinese terms match anywhere, even where a line break or spaces cut them
// (用户运\n营 in text copied from a PDF, 用 户 运 营 in a spaced-out
// heading), and with or without a space after a Latin word (crm运营 is
// found in "CRM 运营"); but not across a gap, a tab or two spaces or two
// line breaks, which parts the columns of a resume and its paragraphs
// (某母婴品牌  运营主管 holds no 品牌运营). Where terms overlap the
// leftmost, then longest, wins (用户运营专员 rather than 用户运营 or 运营).
//
// Match and MatchString match one document; MatchInto does it without
// allocating; MatchReader detects and decodes the encoding first; MatchAll
// matches a sequence of documents on all cores. ClassifyTitle reads a job
// title. Result documents the scores.
type Matcher struct {
	c        *Catalog
	auto     *automaton.Automaton
	patterns []string // folded terms, indexed like the automaton's patterns
	opsTerm  []bool   // whether each pattern names operations work (namesOperations)
	// pluralOf reports whether a pattern is a catalog term, a short word
	// that ends in s whose singular is no pattern: an acronym such as pos
	// or cms, which a plural acronym matches once folded (see
	// isPluralAcronym). The matcher's own labels mean their plurals (asns,
	// advance shipping notices).
	pluralOf []bool
	// bareTitle reports whether a pattern is the noun of operations with
	// level words only (运营专员, "operations associate"; see isBareTitle).
	bareTitle []bool
	// labelKind says which patterns are the matcher's own labels: the
	// headings of company boilerplate (headingLabel, aboutLabel; see
	// boilerplate), those over a resume's jobs (experienceLabel; see
	// latestJob), the words that mark majors and certificates
	// (subjectBefore, subjectAfter; see subjects), the words that name a
	// team (teamLabel) and those around the job it reports to (bossLabel,
	// bossAfterLabel; see otherTeams), those before a title in Chinese
	// prose (introducerLabel; see introducedTitle) and those that open a
	// denial of the job (denialLabel; see deniedJobs).
	labelKind []uint8 // 0 for the others

	// What each pattern stands for, laid out flat and small so that
	// scoring an occurrence reads few cache lines and follows integer
	// indexes, not maps, IDs or pointers. Pattern p's ranges end where
	// pattern p+1's begin, as in the row offsets of a sparse matrix, so
	// pats holds one more element than patterns.
	pats        []patternInfo
	termText    string                   // the patterns' spellings, one after the other
	patEntities []int32                  // indexes into entities
	entities    []Ref                    // every entity a pattern names, once
	contribs    []contrib                // what an occurrence of each pattern adds to areas
	steps       [saturationSteps]float64 // steps[k-1] is step(k)

	areas    []*Area  // catalog order; the area index of the tables
	areaIDs  []AreaID // the IDs of areas, so that ranking reads no Area
	function []bool   // whether areas[a] is a function area
	// functionName[p] reports whether pattern p names a function area
	// with no word of a job in it (持续改进, "resource allocation",
	// "continuous improvement lead"; not 数据分析师 nor "operations
	// coordinator"; see holdsJobWord).
	functionName []bool
	// headJob[p] reports whether pattern p, in Latin script, names the
	// job of a director or someone higher ("COO", "head of operations"),
	// whom a posting names as the job's boss or partner (see
	// addressedHead).
	headJob []bool
	// teamTerm[p] reports whether pattern p names a team with a team word
	// of its own at its end (客户成功团队, "support operations team"),
	// which otherTeams reads as a term before a team word.
	teamTerm  []bool
	areaIndex map[AreaID]int
	threshold float64
	rawFloor  float64 // raw scores below it cannot reach the threshold
	maxInput  int64

	// work holds Results that Match fills and copies out of, so that their
	// working memory (the folded text, per-pattern counts) is reused and
	// not kept by the results Match returns.
	work sync.Pool
}

// patternInfo is where the description of one pattern starts in the flat
// tables of a Matcher: its text in termText, the entities whose names fold to
// it (in Kind order) in patEntities, and what one occurrence adds to areas
// in contribs.
type patternInfo struct {
	term, entities, contribs int32
	// entity is the first of the entities, read without a second memory
	// access when it is the only one, as it nearly always is.
	entity int32
	// context is what an occurrence adds to the evidence that the
	// document speaks of operations, besides its contributions to the
	// specialty areas: the weight it gives function areas through their
	// own names, when those name operations work (风控运营, "risk
	// operations").
	context float32
}

// span is the range [start, end) of a flat slice.
type span struct{ start, end int32 }

// contrib is the weight an occurrence of a term adds to an area, through
// the term's entity patEntities[patternInfo.entities+entity].
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
		m.areaIDs = append(m.areaIDs, a.id)
		m.function = append(m.function, a.typ == FunctionArea)
		m.areaIndex[a.id] = i
	}
	m.rawFloor = rawFloor(m.threshold)
	for k := range m.steps {
		m.steps[k] = saturated(int32(k)+1) - saturated(int32(k))
	}

	// entities[p] are the entities whose names fold to patterns[p], and
	// spellings[p] is how the catalog first writes it in English or
	// Simplified Chinese: the Term of its hits. The fold would show some
	// Simplified terms misspelt (关键词覆盖 folds to 关键词复盖, as 覆 is
	// also a Traditional form of 复), and English ones in lower case.
	var entities [][]Ref
	var spellings []string
	index := make(map[string]int)
	// pattern returns the index of pattern p, which it adds with the given
	// spelling if it is new.
	pattern := func(p, spelling string) int {
		i, ok := index[p]
		if !ok {
			i = len(m.patterns)
			index[p] = i
			m.patterns = append(m.patterns, p)
			entities = append(entities, nil)
			spellings = append(spellings, spelling)
		}
		return i
	}
	// addTerm adds the entity r to pattern p, catalog term t.
	addTerm := func(r Ref, t, p string, hant bool) {
		i := pattern(p, "")
		if !slices.Contains(entities[i], r) {
			entities[i] = append(entities[i], r)
		}
		if spellings[i] == "" && !hant {
			spellings[i] = t
		}
	}
	add := func(r Ref, l Label) {
		for t, hant := range l.terms() {
			p := fold.Words(t)
			if p == "" || strings.ContainsRune(p, utf8.RuneError) {
				continue // nothing a text could contain, or invalid catalog bytes
			}
			for _, f := range spellingsOf(p) {
				addTerm(r, t, f, hant)
			}
		}
	}
	addEach(c.areas.list, add)
	addEach(c.duties.list, add)
	addEach(c.skills.list, add)
	addEach(c.methods.list, add)
	addEach(c.tools.list, add)
	addEach(c.kpis.list, add)
	// Phrases the scan finds for the matcher's own use, which weigh
	// nothing: notOperations and the labels of labelKind.
	internal := func(t string) int {
		return pattern(fold.Words(t), t)
	}
	for _, t := range notOperations {
		internal(t)
		if f, ok := translated(fold.Words(t)); ok {
			pattern(f, t) // "network operation center"
		}
		if s, ok := strings.CutSuffix(t, " operations"); ok {
			internal(s + " ops") // "Treasury Ops Analyst"
		}
	}
	type labelled struct {
		pattern int
		kind    uint8
	}
	var labels []labelled // the kinds of labels, set once all patterns are in
	label := func(t string, kind uint8) {
		labels = append(labels, labelled{internal(t), kind})
	}
	for _, d := range degreeLabels {
		label(d.label, d.kind)
	}
	for _, t := range boilerplateLabels {
		label(t, headingLabel)
	}
	for _, t := range jobListLabels {
		label(t, jobListLabel)
	}
	label("about", aboutLabel)
	label("关于", aboutLabel)
	for _, t := range experienceLabels {
		label(t, experienceLabel)
	}
	for _, t := range teamWords {
		label(t, teamLabel)
	}
	for _, t := range hanIntroducers {
		label(t, introducerLabel)
	}
	for _, t := range bossWords {
		label(t, bossLabel)
	}
	label("汇报", bossAfterLabel)
	for _, t := range employerOperations {
		label(t, maskLabel)
	}
	for _, t := range editorAddress {
		label(t, maskLabel)
	}
	for _, t := range salesPayWords {
		label(t, salesPayLabel)
	}
	for _, t := range otherDutyWords {
		label(t, otherDutyLabel)
	}
	for _, t := range denialCues {
		label(t, denialLabel)
	}
	for _, t := range workDenialCues {
		label(t, workDenialLabel)
	}
	for _, t := range categoryLabels {
		label(t, categoryLabel)
	}
	m.labelKind = make([]uint8, len(m.patterns))
	for _, l := range labels {
		m.labelKind[l.pattern] = l.kind
	}
	for p, t := range spellings {
		if t == "" {
			spellings[p] = m.patterns[p] // written for Traditional Chinese only
		}
	}
	m.opsTerm = make([]bool, len(m.patterns))
	m.pluralOf = make([]bool, len(m.patterns))
	m.bareTitle = make([]bool, len(m.patterns))
	m.headJob = make([]bool, len(m.patterns))
	m.teamTerm = make([]bool, len(m.patterns))
	var bareScratch automaton.Scratch
	var bareWords []automaton.Match
	for p, t := range m.patterns {
		m.bareTitle[p] = isBareTitle(t, &bareScratch, &bareWords)
		m.headJob[p] = m.labelKind[p] == 0 && isHeadJob(t, &bareScratch, &bareWords)
		m.teamTerm[p] = m.labelKind[p] == 0 && endsWithTeamWord(t)
		m.opsTerm[p] = namesOperations(t)
		_, singular := index[strings.TrimSuffix(t, "s")]
		m.pluralOf[p] = len(t) <= 4 && strings.HasSuffix(t, "s") && !singular && m.labelKind[p] == 0
	}
	m.functionName = make([]bool, len(m.patterns))
	for p, t := range m.patterns {
		for _, r := range entities[p] {
			if r.Kind == KindArea && m.function[m.areaIndex[AreaID(r.ID)]] {
				// An analyst of data or of performance works in many
				// trades (a football club's "Performance Analyst"); one the
				// catalog names for another function area (a contact
				// centre's "real-time analyst") works in that function,
				// and so does an engineer the catalog names for process
				// optimization (流程优化工程师).
				id := AreaID(r.ID)
				m.functionName[p] = !holdsJobWord(t, id != DataAnalysis && id != PerformanceEvaluation, id == ProcessOptimization)
				break
			}
		}
	}
	contribs, context := m.weigh(index, entities)
	m.layOut(entities, spellings, contribs, context)

	a, err := automaton.New(m.patterns)
	if err != nil {
		// The patterns are non-empty, distinct and free of U+FFFD, which is
		// all New checks; an error here is a bug in this file, and the
		// matcher then finds nothing rather than panicking.
		m.patterns, m.opsTerm, m.pluralOf, m.bareTitle, m.headJob, m.teamTerm, m.functionName, m.labelKind, m.pats, m.termText, m.patEntities, m.entities, m.contribs = nil, nil, nil, nil, nil, nil, nil, nil, nil, "", nil, nil, nil
		a, _ = automaton.New(nil)
	}
	m.auto = a
	return m
}

// layOut fills the flat tables that score reads from the entities,
// spelling, contributions and context of each pattern.
func (m *Matcher) layOut(entities [][]Ref, spellings []string, contribs [][]contrib, context []float64) {
	index := make(map[Ref]int32)
	m.pats = make([]patternInfo, len(m.patterns)+1)
	var terms strings.Builder
	for p, es := range entities {
		info := &m.pats[p]
		info.term = int32(terms.Len())
		terms.WriteString(spellings[p])
		info.entities = int32(len(m.patEntities))
		for _, e := range es {
			i, ok := index[e]
			if !ok {
				i = int32(len(m.entities))
				index[e] = i
				m.entities = append(m.entities, e)
			}
			m.patEntities = append(m.patEntities, i)
		}
		if len(es) > 0 {
			info.entity = m.patEntities[info.entities]
		}
		info.contribs = int32(len(m.contribs))
		m.contribs = append(m.contribs, contribs[p]...)
		info.context = float32(context[p])
	}
	m.pats[len(m.patterns)] = patternInfo{
		term:     int32(terms.Len()),
		entities: int32(len(m.patEntities)),
		contribs: int32(len(m.contribs)),
	}
	m.termText = terms.String()
}

// entitiesOf returns the indexes in m.entities of the entities of pattern p.
func (m *Matcher) entitiesOf(p int) []int32 {
	return m.patEntities[m.pats[p].entities:m.pats[p+1].entities]
}

// namesOtherWork reports whether pattern p is one of notOperations: of the
// patterns without an entity, those that are no label.
func (m *Matcher) namesOtherWork(p int) bool {
	return len(m.entitiesOf(p)) == 0 && m.labelKind[p] == 0
}

// contribsOf returns what an occurrence of pattern p adds to areas.
func (m *Matcher) contribsOf(p int) []contrib {
	return m.contribs[m.pats[p].contribs:m.pats[p+1].contribs]
}

// sameArea reports whether patterns p and q give their heaviest weight to
// the same area: "chargebacks" is fraud work as "fraud" is.
func (m *Matcher) sameArea(p, q int) bool {
	cp, cq := m.contribsOf(p), m.contribsOf(q)
	return len(cp) > 0 && len(cq) > 0 && heaviestContrib(cp) == heaviestContrib(cq)
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
// (not a copy). The result holds what it reports and no working memory, so
// keeping many results costs what they report.
//
// The text is taken to be about a job: a posting, a resume, or a letter,
// message or record about one. Its rules weigh a job's title and duties
// against the other work a text may name; a text about operations work
// that is about no job (an article, a course, a salary survey) ranks the
// areas it discusses as a job's would, and telling it apart is the
// caller's.
//
// A text written in HTML is read as a browser shows it, and its title and
// lines are those the browser shows: tags are dropped; paragraphs,
// headings, list items, table rows and <br> end lines, with a blank line
// after a paragraph, heading, list or table; table cells are parted by
// tabs; script, style, title, comments and a page's navigation and
// sidebars (nav, aside) are left out; runs of white space are one space
// except inside pre; entities are decoded. A text is HTML if it starts
// with a tag, comment or <!DOCTYPE>, or holds at least three tags of the
// elements HTML text is made of (p, br, div, li, strong ...), one of them
// an end tag, so that a resume that mentions <div> and <span> is still
// plain text. HTML escaped once more (&lt;p&gt;…, as some job-board APIs
// return it) is read the same way, and in plain text that kept its
// entities ("Social&nbsp;Media&nbsp;Manager") the entities are decoded.
// A JSON record whose strings escape their characters (\u7528\u6237, as
// Python's json.dumps writes Chinese; three such escapes at least) has
// them decoded, and so has the HTML of such a record. In all of these the
// offsets index the markup.
func (m *Matcher) Match(text []byte) Result {
	w, _ := m.work.Get().(*Result)
	if w == nil {
		w = new(Result)
	}
	m.MatchInto(w, text)
	r := w.detach()
	m.work.Put(w)
	return r
}

// MatchString is like Match for a string. The result's Text is a copy.
func (m *Matcher) MatchString(s string) Result {
	return m.Match([]byte(s))
}

// MatchInto is like Match but fills r, reusing the memory r holds from
// earlier calls: a loop that matches many documents into one Result
// allocates nothing once r has grown to fit, but for each &name; in
// HTML outside the common entities, which the standard library's html
// package reads from a new string. Everything r held before is
// overwritten, including the slices its fields and its areas' Evidence
// returned, so copy what must outlive the next call.
func (m *Matcher) MatchInto(r *Result, text []byte) {
	r.reset(m, text)
	if m.auto == nil {
		return // the zero Matcher knows no terms
	}
	var heads markup.Headings
	if kind := markup.Detect(text); kind != markup.Plain {
		// Read the text a browser would show; score maps what is found in
		// it back to the markup.
		r.shown, r.shownMap, heads = markup.Text(r.shown[:0], r.shownMap, text, kind)
		text = r.shown
	}
	text = r.withoutGenderMarks(text)
	r.found = m.auto.Find(r.found, text, &r.scratch)
	text = r.readable(text)
	r.found = slices.DeleteFunc(r.found, func(f automaton.Match) bool {
		return m.pluralOf[f.Pattern] && isPluralAcronym(text[f.Start:f.End]) || inCode(text, f.Start, f.End)
	})
	r.boiler = m.boilerplate(r.boiler[:0], text, r.found)
	r.teams = m.otherTeams(r.teams[:0], text, r.found)
	r.teams = m.deniedJobs(r.teams, text, r.found)
	r.earlier = m.earlierJobs(text, r.found)
	start, end := m.findTitle(text, heads, r.found, &r.titleScratch, &r.titleFound)
	if start >= 0 {
		start, end, r.titleFound = unwrapTitle(text, start, end, r.titleFound)
		m.rescanTitle(r, text, start, end)
		m.rescanPastOtherWork(r, text, start, end)
		r.Title = m.classify(r, text, start, end)
		if !r.otherTitle && r.Title.Area != "" && m.newestJobIsOther(text, end, r.found, &r.titleScratch, &r.spareWords) && !changesCareer(text) {
			// The job a resume seeks is not the job its candidate does.
			r.otherTitle = true
			r.Title.Area = ""
		}
		r.TitleStart, r.TitleEnd = start, end
		end = m.boostedEnd(r, text, start, end)
		m.imply(r)
	}
	r.salesPay = m.paysCommission(r, text, start >= 0)
	r.otherDuties = m.listsOtherDuties(r, text, r.TitleStart, r.TitleEnd)
	r.filedOther = m.filedElsewhere(r, text)
	m.score(r, start, end)
}

// withoutGenderMarks returns the text that the scan and the rules read:
// text itself, or, when it holds the marks with which German postings name
// both genders of a job (Projektmanager:in, Mitarbeiter*innen,
// Kolleg_innen, Betriebsleiter/-in; see genderMarkLen), a copy in
// r.ungendered with each mark replaced by as many bytes of zero-width
// spaces, which the scan reads as nothing, and a space before them where
// they do not fill it: "Betriebsleiter:in Systemgastronomie" holds the
// term "Betriebsleiter Systemgastronomie". Offsets stay those of text.
func (r *Result) withoutGenderMarks(text []byte) []byte {
	copied := false
	for _, sep := range [...]byte{':', '*', '_', '/'} {
		for i := 0; ; {
			k := bytes.IndexByte(text[i:], sep)
			if k < 0 {
				break
			}
			i += k
			n := genderMarkLen(text, i)
			if n == 0 {
				i++
				continue
			}
			if !copied {
				r.ungendered = append(r.ungendered[:0], text...)
				text, copied = r.ungendered, true
			}
			j := i
			if n%len(zeroWidthSpace) == 1 {
				text[j] = ' ' // "/-in"
				j++
			}
			for ; j < i+n; j += len(zeroWidthSpace) {
				copy(text[j:], zeroWidthSpace)
			}
			i += n
		}
	}
	return text
}

// zeroWidthSpace is U+200B, which the scan reads as nothing, in UTF-8:
// three bytes, as long as a gender mark's ":in".
const zeroWidthSpace = "\u200b"

// genderMarkLen returns the length of the German gender mark at b[i] (":in",
// "*in", "_in", "/in", "/-in", or the plural's ":innen" ...), after a
// job's noun in small letters and before no letter nor hyphen ("/in-house"
// is no mark), or 0.
func genderMarkLen(b []byte, i int) int {
	if i == 0 || b[i-1] < 'a' || b[i-1] > 'z' {
		return 0
	}
	n := 1
	switch b[i] {
	case ':', '*', '_':
	case '/':
		if i+1 < len(b) && b[i+1] == '-' {
			n++
		}
	default:
		return 0
	}
	rest := b[i+n:]
	for _, end := range [...]string{"innen", "in"} {
		if len(rest) >= len(end) && string(rest[:len(end)]) == end && (len(rest) == len(end) || !isASCIILetter(rest[len(end)]) && rest[len(end)] != '-') {
			return n + len(end)
		}
	}
	return 0
}

// readable returns the text that the rules after the scan read: text
// itself, or, when it holds Traditional characters, a copy in r.simplified
// with the Simplified ones in their place, byte for byte at the same
// offsets. The scan folds the script of the catalog's terms while it reads;
// the rules compare words of titles, headings and duties, which they hold in
// Simplified Chinese only, with the text (崗位職責 reads as 岗位职责).
func (r *Result) readable(text []byte) []byte {
	s, changed := fold.Simplify(r.simplified[:0], text)
	if !changed {
		return text
	}
	r.simplified = s
	return s
}

// imply adds to r.found the title that stands for a term (see
// Hit.Implied), in text order, and keeps r.teams pointing at the same
// occurrences.
func (m *Matcher) imply(r *Result) {
	r.impliedAt = -1
	f := r.implied
	if f.Pattern < 0 {
		return
	}
	i, _ := slices.BinarySearchFunc(r.found, f.Start, func(g automaton.Match, start int) int { return cmp.Compare(g.Start, start) })
	r.found = slices.Insert(r.found, i, f)
	r.impliedAt = i
	for k, t := range r.teams {
		if t >= i {
			r.teams[k] = t + 1
		}
	}
}

// rescanTitle replaces the occurrences in r.found that overlap the title
// text[start:end] with those of the title alone, if one of them starts
// before the title and the title alone names an area: the scan reads a
// line break as a space, so a resume's "ACME — Taguig City" over
// "Operations Analyst" holds "city operations", which hides the title's
// own "operations analyst". It keeps r.teams pointing at the same
// occurrences.
func (m *Matcher) rescanTitle(r *Result, text []byte, start, end int) {
	lo, _ := slices.BinarySearchFunc(r.found, start, func(g automaton.Match, pos int) int { return cmp.Compare(g.Start, pos) })
	hi, _ := slices.BinarySearchFunc(r.found, end, func(g automaton.Match, pos int) int { return cmp.Compare(g.Start, pos) })
	if lo == 0 || r.found[lo-1].End <= start {
		return
	}
	lo--
	own := m.auto.Find(r.directionFound[:0], text[start:end], &r.titleScratch)
	named := false
	for i := range own {
		own[i].Start += start
		own[i].End += start
		named = named || m.namesArea(own[i].Pattern)
	}
	if !named {
		// The title alone names no area: the term may be the title
		// wrapped onto two lines ("Community\n Manager").
		r.directionFound = own[:0]
		return
	}
	replaceFound(r, lo, hi, own)
}

// rescanPastOtherWork replaces, in the English title text[start:end], a
// term that names other work (see notOperations) whose words after the
// first begin a longer term of a function area with what the title reads
// from there on: the scan takes the leftmost of overlapping terms, and in
// "Claims Operations Improvement Lead" it takes "claims operations", a
// claims office's work, where the job improves operations ("operations
// improvement") and the claims only say whose. It keeps r.teams pointing
// at the same occurrences.
func (m *Matcher) rescanPastOtherWork(r *Result, text []byte, start, end int) {
	if hasHan(text[start:end]) {
		return
	}
	for i, f := range r.found {
		if f.Start >= end {
			return
		}
		if f.Start < start || f.End > end || !m.namesOtherWork(f.Pattern) {
			continue
		}
		k := bytes.IndexByte(text[f.Start:f.End], ' ')
		if k < 0 {
			continue
		}
		from := f.Start + k + 1
		own := m.auto.Find(r.directionFound[:0], text[from:end], &r.titleScratch)
		if len(own) == 0 || own[0].Start != 0 || from+own[0].End <= f.End || !m.namesArea(own[0].Pattern) ||
			!m.function[heaviestContrib(m.contribsOf(own[0].Pattern))] ||
			titleWordsOnly(text[f.End:from+own[0].End], &r.titleScratch, &r.spareWords) {
			// "IT Operations Analyst" is IT's analyst, not an analyst of
			// operations: the longer term adds a title's words only. And
			// "IT Operations Support" supports IT: the longer term must
			// name a function area, whose work improves or measures
			// whatever work the other term names.
			r.directionFound = own[:0]
			continue
		}
		for j := range own {
			own[j].Start += from
			own[j].End += from
		}
		replaceFound(r, i, i+wordsFrom(r.found[i:], end), own)
		return
	}
}

// titleWordsOnly reports whether b holds words of titles (see titleWords)
// and spaces only. It leaves words holding what it found.
func titleWordsOnly(b []byte, s *automaton.Scratch, words *[]automaton.Match) bool {
	*words = findTitleWords((*words)[:0], b, s)
	i := 0
	for _, w := range *words {
		if len(bytes.TrimSpace(b[i:w.Start])) > 0 {
			return false
		}
		i = w.End
	}
	return len(bytes.TrimSpace(b[i:])) == 0
}

// replaceFound replaces r.found[lo:hi] with a copy of own, whose storage
// r.directionFound keeps for reuse, and keeps r.teams pointing at the same
// occurrences, dropping those replaced.
func replaceFound(r *Result, lo, hi int, own []automaton.Match) {
	shift := len(own) - (hi - lo)
	k := 0
	for _, t := range r.teams {
		switch {
		case t >= hi:
			r.teams[k] = t + shift
			k++
		case t < lo:
			r.teams[k] = t
			k++
		}
	}
	r.teams = r.teams[:k]
	r.found = slices.Replace(r.found, lo, hi, own...)
	r.directionFound = own[:0]
}

// trimSpace returns the bounds of b without its leading and trailing
// white space and byte order marks.
func trimSpace(b []byte) (start, end int) {
	// trimFunc(b, isSpaceOrBOM, isSpaceOrBOM), without its calls through
	// func values: the rules trim nearly every line they read, most of
	// which start and end with an ASCII byte, a rune of its own.
	start, end = 0, len(b)
	for start < end {
		r, n := rune(b[start]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRune(b[start:end])
		}
		if !isSpaceOrBOM(r) {
			break
		}
		start += n
	}
	for start < end {
		r, n := rune(b[end-1]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeLastRune(b[start:end])
		}
		if !isSpaceOrBOM(r) {
			break
		}
		end -= n
	}
	return start, end
}

// trimFunc returns the bounds of b without the runes at its start for which
// lead reports true, and those at its end for which trail does.
func trimFunc(b []byte, lead, trail func(rune) bool) (start, end int) {
	start, end = 0, len(b)
	for start < end {
		r, n := utf8.DecodeRune(b[start:end])
		if !lead(r) {
			break
		}
		start += n
	}
	for start < end {
		r, n := utf8.DecodeLastRune(b[start:end])
		if !trail(r) {
			break
		}
		end -= n
	}
	return start, end
}

// inCode reports whether text[start:end], a term found, stands between two
// hyphens in a code of letters and digits, as a job's reference
// ("221-COO-5174-A"), which names no term.
func inCode(text []byte, start, end int) bool {
	return start >= 2 && end+1 < len(text) && text[start-1] == '-' && text[end] == '-' && (isDigit(text[start-2]) || isDigit(text[end+1]))
}

// isPluralAcronym reports whether b is two or three capitals and a small s,
// the plural of an acronym ("POs", purchase orders; "CMs", community
// managers), which a pattern for an acronym that ends in S (POS, CMS)
// matches once folded; a pattern for a plural acronym (KPIs) has its
// singular among the patterns too.
func isPluralAcronym(b []byte) bool {
	if len(b) < 3 || len(b) > 4 || b[len(b)-1] != 's' {
		return false
	}
	for _, c := range b[:len(b)-1] {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// trimSpaceBytes returns b without its leading and trailing white space
// and byte order marks.
func trimSpaceBytes(b []byte) []byte {
	start, end := trimSpace(b)
	return b[start:end]
}

func isSpaceOrBOM(r rune) bool {
	switch r {
	case ' ', '\t', '\r', '\n', '\v', '\f', 0x85, 0xA0, 0x3000, 0xFEFF:
		return true
	}
	return false
}

// notOperations are phrases that contain an operations word but name other
// work: IT operations (运维), clinical and research operations (trials,
// grants), a hospital's nursing operations, a freight forwarder's desk, a
// restaurant's kitchen and back of house, a group's central kitchen, a
// hotel's housekeeping, the back offices of other functions (HR, payroll,
// legal, finance, treasury (资金运营), lending, payments, funds and
// securities: 基金运营 values funds and keeps their registers; an insurer's
// underwriting, claims and policy service: 核保运营, 理赔运营, 保全运营),
// running data centres, buildings, offices and plants (facilities,
// workplace, production operations, 生产运营, 物业运营), operations
// engineering (which keeps systems running), a council's waste and refuse
// collection, the practices of consulting firms ("Partner, Operations
// Practice"), the armed forces' (information, psychological and special
// operations), a county's emergency management ("emergency
// operations"), a bank's counters and back office (柜面运营, 银行运营, and the 分行營運主管
// who supervises a branch's counters; a 网点运营主管 may run a courier's
// outlets, and the bank's words around one tell), an industrial park's
// investment attraction (园区招商运营), telecom carriers (运营商, and their home
// broadband, 运营商家庭 and 运营商家宽, which the catalog's 运营商家, running
// merchants, would otherwise take), running trains and buses (地铁运营,
// 公交运营, 城市交通运营), an airport's airfield and ramps ("airport operations", "ramp
// operations"), working capital, the supervision of teaching, therapy, nursing
// or social work (教学督导, 心理督导: a 督导 elsewhere supervises shops), a
// plant's control room (中控室, 中控运行, 中控系统: a 中控 elsewhere runs a livestream's
// back end), wake words (语音唤醒), the events of a day, a month or a
// week (生日活动, 本月活动), which hold 日活 and 月活, the daily and
// monthly actives, and agencies ("digital marketing agency"), which
// describe an employer, not the job. A phrase that ends in "operations"
// is searched with "ops" as well ("treasury ops"). The automaton searches
// them like catalog terms, so the leftmost-longest rule keeps "operations
// manager" or 运营 from matching inside them, and they name no entity and
// weigh nothing.
var notOperations = []string{
	"rail operations", "railway operations", "train operations", "transit operations", "metro operations", "bus operations", "terminal operations", "port operations", "table games operations", "casino operations", "dock operations", "station operations",
	"waste operations", "waste services operations", "refuse operations", "waste collection", "refuse collection", "waste and recycling operations", "recycling operations",
	"it operations", "it ops", "it operations manager", "it service operations", "technology operations", "tech operations", "technical operations", "tech ops", "techops", "it support operations", "it support ops", "network operations", "noc operations", "security operations", "cybersecurity operations", "cyber security operations", "cyber operations", "security operations center", "security operations centre", "emergency communications operations", "kitchen operations", "mining operations", "mine operations", "mining ops",
	"clinical operations", "clinical research operations", "clinical trial operations", "clinical trials operations", "clinical data operations", "research operations", "flight operations", "operations research", "dev ops", "site reliability",
	"airport operations", "airside operations", "air operations", "ramp operations", "ground operations", "airport operations agent",
	"hr operations", "hr ops", "people operations", "people ops", "payroll operations",
	"people and operations", "people & operations", "people and ops", "people & ops",
	"recruiting operations", "recruitment operations", "talent operations", "talent acquisition operations", "hiring operations", "招聘运营",
	"legal operations", "legal ops", "finance operations", "financial operations", "accounting operations", "claims operations", "claims ops",
	"loan operations", "lending operations", "treasury operations", "fund operations", "trade operations",
	"trade finance operations", "investment operations", "securities operations", "custody operations",
	"settlement operations", "reconciliation operations", "reconciliations operations", "banking operations", "payments operations", "payment operations", "payments ops", "payment ops",
	"data center operations", "data centre operations", "数据中心运营", "数据中心运维",
	"运营支撑工程师", "运营支撑系统", "运营支撑平台", // a telecom carrier's business support systems (BSS/OSS), IT's work
	"网络安全运营", "信息安全运营", "安全运营中心", "安全运营工程师", "安全运营分析师", // a security operations centre's (SOC) work; a platform's 业务安全运营 fights fraud, 内容安全运营 reviews content
	"freight operations", "nursing operations", "back of house operations", "boh operations", "central kitchen operations", "commissary operations", "housekeeping operations", "emergency management operations", "emergency operations",
	"building operations", "construction operations", "facilities operations", "facility operations", "plant operations",
	"production operations", "manufacturing operations", "workplace operations", "workplace ops",
	"operations engineering", "operations engineer", "operations engineers", "vehicle operations",
	"operations practice", "operations consulting", "operations advisory",
	"information operations", "psychological operations", "military operations", "special operations",
	"运营商", "运营商家庭", "运营商家宽", "地铁运营", "轨道交通运营", "城轨运营", "公交运营", "交通运营", "营运资金", "运营资金", "营运车辆", "运营车辆", "人力资源运营", "人事运营", "财务运营", "法务运营", "生产运营", "生产运行", "柜面运营", "柜面业务", "物业运营", "银行运营", "园区招商运营", "产业园招商运营", "产业园区招商运营", "分行运营主管", "分行运营经理", "支行运营主管", "支行运营经理", "分社运营主管", "分社营运主管", "分行营运主管", "分行营运经理", "支行营运主管", "支行营运经理", "分行运营主任", "分行营运主任", "支行运营主任", "支行营运主任", "基金运营", "证券运营", "清算运营", "资金运营", "资金营运", "核保运营", "保全运营", "理赔运营",
	"教学督导", "教育督导", "心理督导", "社工督导", "护理督导", "学术督导",
	"中控室", "中控台", "中控运行", "中控系统", "中控值班", "现场控场", "现场控制",
	"digital marketing agency", "marketing agency", "digital agency", "advertising agency", "media agency", "语音唤醒", "唤醒词", "日活动", "月活动", "周活动",
}
