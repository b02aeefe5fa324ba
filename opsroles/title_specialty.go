// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"bytes"
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/rolemodels/ops/opsroles/internal/automaton"
	"github.com/rolemodels/ops/opsroles/internal/fold"
)

// This file reads what a title says of its specialty beyond its catalog
// terms: a direction (运营专员（直播方向）, "Operations Specialist
// (Community)") and level words around a specialty ("Growth Director").

// titleDirection returns the pattern that the direction of the title
// text[start:end] names (see direction), or -1: 运营专员（直播方向）is a
// 直播运营 job. It is -1 also when the title names a specialty outside
// the direction, with a term other than the bare noun and levels (see
// bareNoun): 达人运营（抖音方向）stays influencer marketing.
func (m *Matcher) titleDirection(r *Result, text []byte, start, end int) int {
	title := text[start:end]
	dir, dirStart, dirEnd := m.direction(r, title)
	if dir < 0 {
		return -1
	}
	for _, f := range r.found {
		if f.Start >= end {
			break
		}
		i, j := f.Start-start, f.End-start
		if f.Start >= start && f.End <= end && (j <= dirStart || i >= dirEnd) && m.labelKind[f.Pattern] == 0 && !managedNoun(title, r.titleFound, i, j) && !m.sameArea(f.Pattern, dir) {
			return -1
		}
	}
	return dir
}

// direction returns the pattern that a title's direction names, and
// where in the title the direction is; the pattern is -1 if there is none.
// An operations title (see operationsTitle) may name its specialty as a
// direction: X方向 in brackets or after a dash, or X alone in the brackets
// that end a Chinese title, where X运营 is the job (直播方向 is 直播运营,
// 用户方向 用户运营, （亚马逊） 亚马逊运营), or in English a qualifier Y in
// brackets or after a comma or dash at the end, where "Y operations" is
// the job ("Operations Specialist (Community)"), or X or Y alone when X运营
// or "Y operations" is no term (精益改善方向, "– Supplier Partnerships"), or
// store operations when Y ends with the places a chain runs (see
// siteNouns). The catalog must have the term.
func (m *Matcher) direction(r *Result, title []byte) (pattern, start, end int) {
	if m.auto == nil {
		return -1, 0, 0
	}
	var x []byte    // X or Y
	var noun string // what X or Y qualifies
	insights := false
	ops := operationsTitle(r.titleFound)
	q, qEnd := qualifier(title)
	if i := bytes.Index(title, []byte("方向")); ops && i >= 0 {
		// X runs back from 方向 to a bracket, a dash, a slash, a space
		// or the start of the title.
		if j := bytes.LastIndexAny(title[:i], "（(【[-－—/｜| 　"); j >= 0 {
			_, n := utf8.DecodeRune(title[j:])
			start = j + n
		}
		x, noun, end = title[start:i], "运营", i+len("方向")
	} else if b := bracketStart(title); ops && hasHan(title) && b < len(title) {
		// X alone in the brackets that end the title: 运营专员（直播）,
		// 运营助理（亚马逊）.
		start, end = insideBrackets(title, b)
		x, noun = title[start:end], "运营"
	} else if a, e := qualityCheckBracket(title); !ops && a >= 0 {
		// A quality checker's job whose bracket names where the work
		// checked is done: 质检主管（呼叫中心、客服中心） checks a call
		// centre's calls, as a 呼叫中心质检 does, and so does a Hong
		// Kong 質素監控主任（客戶聯絡中心）. X is the first place named;
		// a service or contact centre (客服中心, 客户联络中心) is a call
		// centre. The bracket is the first after the job, as a
		// translation may follow it.
		start, end = a, e
		if k := bytes.IndexAny(title[start:end], bracketItemSeparators); k > 0 {
			end = start + k
		}
		x, noun = bytes.TrimSuffix(title[start:end], []byte("项目")), "质检" // 客服中心项目: an outsourcer's project at the centre
		if c, ok := bytes.CutSuffix(x, []byte("中心")); ok && containsAny(c, "联络", "服务", "客服", "呼叫") {
			x = []byte("呼叫中心") // 客户联络中心, 客户服务中心: a call centre
		} else if ok {
			x = c
		} else if containsAny(x, centreChannels...) {
			// The lines on which a call centre's agents answer, whose
			// calls and chats the checker scores: 客服质检专员（在线+热线）.
			x = []byte("呼叫中心")
		}
	} else if q >= 0 && (plainAnalyst(title[:q]) || endsWithWord(title[:q], "research analyst")) && isInsightsWord(lastWord(title[q:qEnd])) {
		// An analyst of some insights or analytics is their analyst
		// ("Research Analyst - Consumer Insights" is a consumer
		// insights analyst), or else analyses data, whatever their
		// subject: "Business Analyst - Retail Operations Insights" runs
		// no stores.
		start, end = q, qEnd
		x, noun, insights = title[start:end], " analyst", true
	} else if q >= 0 && (ops || operationsTitle(wordsBefore(r.titleFound, q))) {
		// The qualifier's own words may be another profession's when
		// "Y operations" is the job: "Operations Specialist – Product".
		start, end = q, qEnd
		x, noun = title[start:end], " operations"
	} else if s, e := siteQualifier(title, q, qEnd); s >= 0 && (areaManager(title[:s]) && isSiteNoun(lastWord(title[s:e])) || siteManager(title[:s])) {
		// An area's manager of the places a chain runs ("Area Manager –
		// 7 Bakery Cafés", "District Manager - 6 pizza stores (Knoxville
		// area)"), or a site's own manager ("General Manager –
		// Neighborhood Bistro", "Venue Manager – Busy Brunch Café"),
		// before the place it is in too ("General Manager – Community
		// Pub (Headingley, Leeds)"), runs stores.
		start, end = s, e
		x, noun = []byte("store"), " operations"
	} else if q >= 0 && plainAnalyst(title[:q]) {
		// An analyst works on what the qualifier names: "Business Analyst
		// – Operations" is the catalog's "operations analyst".
		start, end = q, qEnd
		x, noun = title[start:end], " analyst"
	} else {
		return -1, 0, 0
	}
	// The whole of X, then, in English, the first of its items: "Operations
	// Manager – Risk & Controls", "Business Analyst – Operations & Growth
	// Analytics"; and the same after a place that Y starts with, which
	// says where the work is done: "Operations Coordinator – Taproom
	// Events & Promotions" runs the taproom's events.
	lone := !bytes.ContainsAny(bytes.TrimRight(title[:start], " -–—,("), "-–—,(")
	from, y := start, x
	pattern, n := m.directionOf(r, y, noun, lone)
	if p := placeLen(x); pattern < 0 && noun == " operations" && p > 0 {
		from, y = start+p, x[p:]
		pattern, n = m.directionOf(r, y, noun, lone)
	}
	if pattern >= 0 {
		if n < len(y) {
			end = from + n
		}
		return pattern, from, end
	}
	if insights {
		r.direction = append(r.direction[:0], "data analyst"...)
		if pattern := m.wholeTerm(r, r.direction); pattern >= 0 {
			return pattern, start, end
		}
	}
	if t := beforeLast(title, " ("); noun == " operations" && t != nil && start > len(t) {
		// A bracket at the end that names nothing of the work, as a
		// town does, after a qualifier that names the places a chain
		// runs: "Operations Manager – Cafés (Bengaluru)".
		if q, qEnd := qualifier(t); q >= 0 && isSiteNoun(lastWord(t[q:qEnd])) {
			return m.direction(r, t)
		}
	}
	return -1, 0, 0
}

// directionOf returns the pattern that X, a direction of the given noun
// (see direction), names, or -1, and the length of the part of X that
// names it. lone says whether X is the title's one qualifier.
func (m *Matcher) directionOf(r *Result, x []byte, noun string, lone bool) (pattern, length int) {
	for k, n := range [...]int{len(x), firstItemLen(x)} {
		if n == 0 || n > maxDirectionBytes || k == 1 && (n == len(x) || noun == "运营") {
			continue
		}
		r.direction = append(append(r.direction[:0], x[:n]...), noun...)
		pattern := m.wholeTerm(r, r.direction)
		if pattern < 0 && (noun == "运营" || noun == " operations") {
			// X alone, where X运营 is no term: 精益改善方向 is the
			// work of 精益改善, 流程优化方向 of 流程优化; and Y alone
			// where "Y operations" is none: "Operations Executive –
			// Supplier Partnerships".
			pattern = m.wholeTerm(r, x[:n])
			if pattern >= 0 && len(m.contribsOf(pattern)) == 0 {
				pattern = -1
			}
		}
		if w := lastWord(x[:n]); pattern < 0 && noun == " analyst" && (bytes.EqualFold(w, []byte("operations")) || bytes.EqualFold(w, []byte("ops"))) {
			// An analyst of some operations that name no analyst of
			// their own: "Sr. Analyst, Marketplace Operations" is an
			// operations analyst; not of operations that are other
			// work ("Operations Analyst (IT Ops)").
			// Operations the catalog names as a specialty's work have
			// their analyst too: "Analyst, Sales Operations" is the
			// "Sales Operations Analyst" of sales operations.
			switch p := m.wholeTerm(r, x[:n]); {
			case p >= 0 && m.opsTerm[p] && len(m.contribsOf(p)) > 0 && !m.function[heaviestContrib(m.contribsOf(p))]:
				pattern = p
			case p < 0 || !m.namesOtherWork(p):
				r.direction = append(r.direction[:0], "operations analyst"...)
				pattern = m.wholeTerm(r, r.direction)
			}
		}
		if w, ok := bytes.CutSuffix(lastWord(x[:n]), []byte("s")); pattern < 0 && noun == " operations" && ok && len(w) > 2 && !isSiteNoun(lastWord(x[:n])) &&
			firstItemLen(x) == len(x) && lone {
			// Y's last word in the singular, where "Y operations" is
			// no term and Y is the job's one qualifier, of one item:
			// "Operations Coordinator – School Partnerships" works in
			// partnership operations.
			r.direction = append(append(r.direction[:0], w...), noun...)
			if pattern = m.wholeTerm(r, r.direction); pattern >= 0 && len(m.contribsOf(pattern)) == 0 {
				pattern = -1
			}
		}
		if pattern < 0 && noun == " operations" && (isSiteNoun(lastWord(x[:n])) || chainNetwork(x[:n])) {
			// The places a chain runs: "Operations Manager – Studios",
			// "Operations Manager - Practices".
			r.direction = append(r.direction[:0], "store operations"...)
			pattern = m.wholeTerm(r, r.direction)
		}
		if pattern >= 0 {
			return pattern, n
		}
	}
	return -1, 0
}

// placeLen returns the length of the place that X, an English qualifier,
// starts with, and the space after it, when words follow it: "Taproom " in
// "Taproom Events & Promotions", "Store " in "Store Events"; or 0.
func placeLen(x []byte) int {
	k := bytes.IndexByte(x, ' ')
	if k <= 0 || k+1 == len(x) {
		return 0
	}
	if !isSiteWord(x[:k]) {
		return 0
	}
	return k + 1
}

// insideBrackets returns where the words inside the brackets that end
// title, opened at byte b, start and end.
func insideBrackets(title []byte, b int) (start, end int) {
	_, openLen := utf8.DecodeRune(title[b:])
	_, closeLen := utf8.DecodeLastRune(title)
	return b + openLen, len(title) - closeLen
}

// areaManager reports whether job, the words of a title before its
// qualifier, names the manager of an area of a chain and nothing else:
// "Area Manager", "District Manager", "Multi-Site Manager".
func areaManager(job []byte) bool {
	job = trimSpaceBytes(bytes.TrimRight(job, " ,-–—|(（"))
	last := lastWord(job)
	if !bytes.EqualFold(last, []byte("manager")) && !bytes.EqualFold(last, []byte("lead")) {
		return false
	}
	area := trimSpaceBytes(job[:len(job)-len(last)])
	return slices.ContainsFunc(areaWords[:], func(w string) bool { return bytes.EqualFold(area, []byte(w)) })
}

// isInsightsWord reports whether word, the last of an analyst's
// qualifier, says that the analyst's work is data: insights, analytics.
func isInsightsWord(word []byte) bool {
	return bytes.EqualFold(word, []byte("insights")) || bytes.EqualFold(word, []byte("analytics"))
}

// siteQualifier returns where an English title's qualifier is when its
// last word is one of the places a chain runs (see isSiteWord), in the
// singular or the plural: title[q:qEnd], the title's qualifier (see
// qualifier), or one of up to maxSiteWords words ("Venue Manager – Busy
// Inner West Cafe"), or the qualifier of the words before a closing
// bracket or a last comma that names no such place, as a town's name
// does not ("General Manager – Community Pub (Headingley, Leeds)", "Bar
// Manager - Independent Pub, West End"), or before the last parts after
// dashes, which may give the job's terms ("General Manager - Family
// Restaurant - Full Time (Mentor)"); -1, -1 if there is none.
func siteQualifier(title []byte, q, qEnd int) (start, end int) {
	if q >= 0 && isSiteWord(lastWord(title[q:qEnd])) {
		return q, qEnd
	}
	for _, t := range [...][]byte{title, beforeLast(title, " ("), beforeLast(title, ", ")} {
		if start, end = siteQualifierOf(t); start >= 0 {
			return start, end
		}
	}
	t := beforeLast(title, " (")
	if t == nil {
		t = title
	}
	for range maxTermsParts {
		k, _ := lastSpacedDash(t)
		if k <= 0 {
			break
		}
		t = t[:k]
		if start, end = siteQualifierOf(t); start >= 0 {
			return start, end
		}
	}
	return -1, -1
}

// maxTermsParts bounds the parts after dashes that siteQualifier drops
// from the end of a title.
const maxTermsParts = 2

// siteQualifierOf returns where the qualifier of t is when its last word,
// or its last before "with", is one of the places a chain runs, or -1, -1.
func siteQualifierOf(t []byte) (start, end int) {
	if len(t) == 0 {
		return -1, -1
	}
	t = bytes.TrimRight(t, " ") // only at its end, so that offsets into t are offsets into title
	start, end = qualifierOf(t, maxSiteWords)
	if start < 0 {
		return -1, -1
	}
	if k := bytes.Index(t[start:end], []byte(" with ")); k > 0 {
		end = start + k // what the site has besides: "General Manager - Freehouse Pub with Rooms"
	}
	if isSiteWord(lastWord(t[start:end])) {
		return start, end
	}
	return -1, -1
}

// beforeLast returns title up to the last sep in it, or nil if it has
// none, or none after its start.
func beforeLast(title []byte, sep string) []byte {
	if k := bytes.LastIndex(title, []byte(sep)); k > 0 {
		return title[:k]
	}
	return nil
}

// siteManager reports whether job, the words of a title before its
// qualifier, names the manager of one site and nothing else: "General
// Manager", "GM", "Venue Manager", "Manager".
func siteManager(job []byte) bool {
	job = trimSpaceBytes(bytes.TrimRight(job, " ,-–—|(（"))
	if bytes.EqualFold(job, []byte("gm")) {
		return true
	}
	last := lastWord(job)
	if !bytes.EqualFold(last, []byte("manager")) {
		return false
	}
	kind := trimSpaceBytes(job[:len(job)-len(last)])
	return slices.ContainsFunc(siteManagerWords[:], func(w string) bool { return bytes.EqualFold(kind, []byte(w)) })
}

// siteManagerWords may stand before "Manager" in the title of a site's
// own manager.
var siteManagerWords = [...]string{"", "general", "assistant general", "opening general", "venue", "bar"}

// areaWords name the area a chain's manager oversees.
var areaWords = [...]string{"area", "district", "regional", "multi-site", "multi-unit", "cluster", "region"}

// siteNouns name, in the plural, the places a chain runs, which an English
// title's qualifier may name as what the job runs.
var siteNouns = [...]string{
	"studios", "practices", "clinics", "locations", "stores", "restaurants", "venues", "outlets",
	"salons", "gyms", "cafes", "cafés", "shops", "boutiques", "pharmacies", "dealerships", "taprooms",
	"pubs", "gastropubs", "clubs", "bistros", "taverns", "taquerias", "taquerías", "freehouses", "inns", "diners", "eateries", "bakeries",
	"bars", "grills", "brasseries", "pizzerias", "steakhouses", "cantinas", "trattorias", "hotels", "motels",
}

// chainNetwork reports whether x ends with "network" after a site that a
// chain runs: "Clinic Network", "Store Network".
func chainNetwork(x []byte) bool {
	w := lastWord(x)
	if !bytes.EqualFold(w, []byte("network")) {
		return false
	}
	site := lastWord(trimSpaceBytes(x[:len(x)-len(w)]))
	return len(site) > 0 && isSiteWord(site)
}

// isSiteWord reports whether word is one of siteNouns or its singular,
// in any case.
func isSiteWord(word []byte) bool {
	for _, w := range siteNouns {
		if equalFoldString(word, w) || len(word)+1 == len(w) && equalFoldString(word, w[:len(word)]) {
			return true
		}
	}
	return false
}

// isSiteNoun reports whether word is one of siteNouns, in any case.
func isSiteNoun(word []byte) bool {
	for _, w := range siteNouns {
		if equalFoldString(word, w) {
			return true
		}
	}
	return false
}

// wholeTerm returns the catalog term that buf is, whole, or -1.
func (m *Matcher) wholeTerm(r *Result, buf []byte) int {
	r.directionFound = m.auto.Find(r.directionFound[:0], buf, &r.titleScratch)
	if len(r.directionFound) != 1 || r.directionFound[0].Start != 0 || r.directionFound[0].End != len(buf) {
		return -1
	}
	return r.directionFound[0].Pattern
}

// levelInsideTerm returns the pattern of the catalog term that the
// English job, a title's words before its qualifier, spells with a level
// word inside it, or -1: a "WFM Sr Analyst" is a senior "WFM analyst" and
// a "Content Senior Manager" a senior content manager.
func (m *Matcher) levelInsideTerm(r *Result, job []byte) int {
	for _, f := range r.titleFound {
		if f.End > len(job) {
			break
		}
		if role := titleWords[f.Pattern].role; role != roleSenior && role != roleJunior {
			continue
		}
		before := trimSpaceBytes(job[:f.Start])
		after := trimSpaceBytes(bytes.TrimLeft(job[f.End:], "."))
		if len(before) == 0 || len(after) == 0 || len(before)+len(after) >= maxDirectionBytes {
			return -1
		}
		r.direction = append(append(append(r.direction[:0], before...), ' '), after...)
		return m.wholeTerm(r, r.direction)
	}
	return -1
}

// headFirstTerm returns the pattern of the catalog term "Y head" that an
// English title names head first, its specialty Y after the head noun
// with or without a separator, as Indian and British postings write it
// ("Manager – Operations", "Deputy Manager Operations", "Senior
// Executive, Operations"), or -1. The words before the head must all be
// level words (see levelOnly); a bracket or a second qualifier after Y is
// not part of it.
func (m *Matcher) headFirstTerm(r *Result, title []byte) int {
	head := -1 // the index in r.titleFound of the head noun
	for i, f := range r.titleFound {
		if f.End > len(title) {
			break
		}
		role := titleWords[f.Pattern].role
		if role == roleHead {
			head = i // the last of a run: an "Assistant Manager" is a manager
		} else if role != roleSenior && role != roleJunior {
			break
		}
	}
	if head < 0 {
		return -1
	}
	h := r.titleFound[head]
	if lead := trimSpaceBytes(title[:h.Start]); len(lead) > 0 && !levelOnly(lead) {
		return -1
	}
	ys := len(title) - len(bytes.TrimLeft(title[h.End:], " -–—,:|")) // where Y starts
	ye := len(title)
	if k := bytes.IndexByte(title[ys:], '('); k >= 0 {
		// Only a region or a gender note may follow: "Senior Manager,
		// Operations (APAC)"; a bracket that names the field is the
		// title's direction ("Assistant Manager – Operations
		// (Bancassurance Partnerships)").
		if b := title[ys+k:]; !bytes.HasSuffix(b, []byte(")")) || !isRegion(b[1:len(b)-1]) && !genderNote(b) {
			return -1
		}
		ye = ys + k
	}
	y := trimSpaceBytes(title[ys:ye])
	if bytes.ContainsAny(y, "|,/") || dashIndex(y) >= 0 {
		return -1
	}
	noun := lastWord(title[h.Start:h.End]) // "Assistant Manager" is a manager
	if len(y) == 0 || len(y)+len(noun) >= maxDirectionBytes || hasHan(y) {
		return -1
	}
	for _, f := range r.titleFound[head+1:] {
		if f.Start < ye && titleWords[f.Pattern].role != roleNoun {
			return -1 // another job or a level in Y: "Manager, Senior Analysts"
		}
	}
	r.direction = append(append(append(r.direction[:0], y...), ' '), noun...)
	return m.wholeTerm(r, r.direction)
}

// specialtyForms are the ways the catalog names a job by its specialty Y
// and a level, which titleSpecialty tries in turn: English for a title in
// Latin script, Chinese for one with Chinese characters; the forms of
// leads and above for a title of a lead or above, and those of specialists
// for the others. A store manager runs a store, a store associate serves
// in one: the catalog must name the junior job itself.
var specialtyForms = [...]struct {
	han, junior   bool
	before, after string
}{
	{false, false, "", " manager"}, {false, false, "", " lead"}, {false, false, "head of ", ""},
	{true, false, "", "经理"}, {true, false, "", "负责人"}, {true, false, "", "主管"},
	{false, true, "", " specialist"}, {false, true, "", " associate"}, {false, true, "", " coordinator"},
	{false, true, "", " executive"}, {true, true, "", "专员"}, {true, true, "", "助理"},
}

// isStopWord reports whether an English word of a title says nothing of
// its specialty: "of", "the", and the "gn" or "all genders" of a gender
// note.
func isStopWord(word []byte) bool {
	for _, w := range [...]string{"of", "the", "gn", "all", "genders"} {
		if bytes.EqualFold(word, []byte(w)) {
			return true
		}
	}
	return isGrade(word) // "Manager II, Community"
}

// maxSpecialtyWords bounds the words of an English title's specialty.
const maxSpecialtyWords = 3

// titleSpecialty returns the catalog term for the job of a title that is
// level words and a specialty Y and nothing else ("Growth Director",
// "Director of Growth", "Team Lead, Community", 增长总监): "Y manager",
// "Y lead" or "head of Y" (Y经理, Y负责人, Y主管), the first the catalog
// has; or -1. The catalog calls a growth manager a growth-ops job, so a
// growth director's job is too; where it has no such term ("Finance
// Director", 项目经理) the title names no area. A title below a lead
// needs the catalog's own term for that level ("Y specialist", "Y
// associate", Y专员 ...): "Store Associate" serves customers. A title with the noun of
// operations has its direction instead, and one with another profession's
// word is that profession's. Y is the title's words outside its title
// words, but for "of", "the" and the single letters of a gender note
// ("(m/w/d)").
func (m *Matcher) titleSpecialty(r *Result, title []byte) int {
	if m.auto == nil {
		return -1
	}
	head := false
	for _, f := range r.titleFound {
		if f.Start >= len(title) {
			break // a qualifier's words: see classify
		}
		switch titleWords[f.Pattern].role {
		case roleHead:
			head = true
		case roleNoun, roleOther:
			return -1
		}
	}
	if !head {
		return -1
	}
	// Y goes at the start of r.direction, each form of the job's term
	// after it.
	buf := slices.Grow(r.direction[:0], 3*maxDirectionBytes)
	words, han := 0, false
	first := 0 // the length of Y's first word when a list follows it: "CRM & Membership Lead"
	found := r.titleFound
	for i := 0; i < len(title); {
		if len(found) > 0 && i >= found[0].Start {
			i = max(i, found[0].End)
			found = found[1:]
			continue
		}
		stop := len(title)
		if len(found) > 0 {
			stop = found[0].Start
		}
		j := i
		for j < stop {
			c, n := utf8.DecodeRune(title[j:])
			if !unicode.IsLetter(c) && !unicode.IsDigit(c) {
				break
			}
			han = han || fold.IsHan(c)
			j += n
		}
		if j == i {
			_, n := utf8.DecodeRune(title[i:])
			i += n
			continue
		}
		word := title[i:j]
		i = j
		if len(word) == 1 || isStopWord(word) {
			continue
		}
		if words == 0 && firstItemLen(title[i-len(word):]) == len(word) {
			first = len(word)
		}
		if words++; words > maxSpecialtyWords {
			return -1
		}
		if len(buf) > 0 && !han {
			buf = append(buf, ' ')
		}
		buf = append(buf, word...)
	}
	r.direction = buf
	y := buf
	if words == 0 {
		return -1
	}
	level, _ := titleLevel(r.titleFound)
	junior := level < LevelLead
	if len(y) <= maxDirectionBytes {
		p := m.specialtyTerm(r, y, han, junior)
		if k := bytes.LastIndexByte(y, ' ') + 1; p < 0 && first == 0 && k > 0 && isSiteWord(y[k:]) {
			// The last word names the place a chain runs, the words
			// before it its kind: "General Manager - Full Service
			// Restaurant" runs a restaurant.
			n := copy(y, y[k:])
			r.direction = y[:n]
			p = m.specialtyTerm(r, y[:n], han, junior)
		}
		if p >= 0 || first == 0 || words == 1 {
			return p
		}
	} else if first == 0 || first > maxDirectionBytes {
		return -1
	}
	// The first item of a list names the specialty as well, however
	// long the list: "Retention & WhatsApp Commerce Manager".
	return m.specialtyTerm(r, y[:first], han, junior)
}

// specialtyTerm returns the catalog term that names the job of specialty y
// in one of specialtyForms, or -1. y is at the start of r.direction.
func (m *Matcher) specialtyTerm(r *Result, y []byte, han, junior bool) int {
	buf := r.direction[:len(y)]
	for _, form := range specialtyForms {
		if form.han != han || form.junior != junior {
			continue
		}
		term := append(append(append(buf[len(buf):len(buf)], form.before...), y...), form.after...)
		if p := m.wholeTerm(r, term); p >= 0 {
			return p
		}
	}
	return -1
}

// qualifierSeps part an English title from its closing qualifier (see
// qualifier), besides spacedDashes. Each of them, as each of those, ends
// with a space.
var qualifierSeps = [...]string{", ", " | ", " · "}

// qualifierSepEnd returns where the last of spacedDashes and qualifierSeps in
// title ends, or -1 if it holds none. As each ends with a space, it reads
// title back from one space to the one before, where a search for each
// separator would read all of it seven times.
func qualifierSepEnd(title []byte) int {
	for end := len(title); end > 1; {
		k := bytes.LastIndexByte(title[:end], ' ')
		if k < 1 {
			return -1
		}
		for _, seps := range [...][]string{spacedDashes[:], qualifierSeps[:]} {
			for _, sep := range seps {
				if sep[len(sep)-2] == title[k-1] && bytes.HasSuffix(title[:k+1], []byte(sep)) {
					return k + 1
				}
			}
		}
		end = k
	}
	return -1
}

// qualifier returns where an English title's closing qualifier is: the
// words in the brackets that end it, or after its last comma or spaced
// dash ("Operations Associate, Content"); -1, -1 if there is none. A
// qualifier is one to maxQualifierWords words of ASCII letters.
func qualifier(title []byte) (start, end int) {
	return qualifierOf(title, maxQualifierWords)
}

// maxQualifierWords bounds the words of a qualifier, and maxSiteWords
// those of one that names a site, which may describe it first ("Busy
// Inner West Cafe").
const (
	maxQualifierWords = 3
	maxSiteWords      = 5
)

// qualifierOf is qualifier for a qualifier of up to maxWords words.
func qualifierOf(title []byte, maxWords int) (start, end int) {
	end = len(title)
	if b := bytes.LastIndexByte(title, '('); b > 0 && bytes.HasSuffix(title, []byte(")")) && isRegion(title[b+1:end-1]) {
		// The region the job covers says nothing of its work: the
		// qualifier is before it ("Analyst III, Fraud & Disputes
		// Operations (APAC)").
		return qualifierOf(bytes.TrimRight(title[:b], " "), maxWords)
	}
	if bytes.HasSuffix(title, []byte(")")) {
		end--
		start = bytes.LastIndexByte(title[:end], '(') + 1
		if start == 0 {
			return -1, -1
		}
	} else {
		if start = qualifierSepEnd(title); start < 0 {
			return -1, -1
		}
	}
	words := 0
	for i := start; i < end; i++ {
		switch c := title[i] | 0x20; {
		case 'a' <= c && c <= 'z':
			if i == start || title[i-1] == ' ' || title[i-1] == '-' {
				words++
			}
		case title[i] == '-' && i > start && i+1 < end && isASCIILetter(title[i-1]) && isASCIILetter(title[i+1]):
			// A hyphenated word: "(Multi-Unit)".
		case title[i] >= utf8.RuneSelf && latinLetterAt(title, i):
			// A letter with its accent, inside a word: "Cafés".
		case isDigit(title[i]) && (i == start || title[i-1] == ' ' || isDigit(title[i-1])):
			// The number of what the job runs: "7 Bakery Cafés".
		case title[i] != ' ' && title[i] != '&' && title[i] != '/':
			return -1, -1
		}
	}
	if words == 0 || words > maxWords {
		return -1, -1
	}
	return start, end
}

// latinLetterAt reports whether the byte at i of b belongs to a letter of
// a Latin script with marks (é, ü), which is no Chinese character.
func latinLetterAt(b []byte, i int) bool {
	for i > 0 && !utf8.RuneStart(b[i]) {
		i--
	}
	r, _ := utf8.DecodeRune(b[i:])
	return unicode.IsLetter(r) && unicode.Is(unicode.Latin, r)
}

// operationsTitle reports whether the title words hold the noun of
// operations and no word of another profession: 前端开发工程师（营销活动方向）
// writes code.
func operationsTitle(words []automaton.Match) bool {
	ops := false
	for _, f := range words {
		switch w := titleWords[f.Pattern]; {
		case w.role == roleOther:
			return false
		case isOperationsNoun(w.word):
			ops = true
		}
	}
	return ops
}

// wordsBefore returns the title words of words that end before pos.
func wordsBefore(words []automaton.Match, pos int) []automaton.Match {
	k := 0
	for k < len(words) && words[k].End <= pos {
		k++
	}
	return words[:k]
}

// isOperationsNoun reports whether a title word is the noun of operations:
// 运营, 营运, operations or ops.
func isOperationsNoun(word string) bool {
	return word == "运营" || word == "营运" || word == "operations" || word == "ops"
}

// maxDirectionBytes bounds X in a title's X方向, eight Chinese characters,
// and an English qualifier.
const maxDirectionBytes = 24

// bareNoun reports whether the title words, found in title, tile
// title[i:j] but for spaces (and the "of" of "Director of Operations")
// and make it the noun of operations with level words at most: 运营,
// 运营专员, 高级营运经理, "Operations Manager".
func bareNoun(title []byte, words []automaton.Match, i, j int) bool {
	noun := false
	for _, f := range words {
		if f.End <= i || f.Start >= j {
			continue
		}
		if f.Start < i || f.End > j {
			return false // a word across either end
		}
		if gap := bytes.TrimSpace(title[i:f.Start]); len(gap) > 0 && !bytes.EqualFold(gap, []byte("of")) {
			return false // a gap before the word other than "Head of"'s
		}
		switch w := titleWords[f.Pattern]; {
		case isOperationsNoun(w.word):
			noun = true
		case w.role == roleNoun || w.role == roleOther:
			return false
		}
		i = f.End
	}
	return noun && i == j
}

// managedNoun reports whether title[i:j] is the noun of operations with
// level words at most (see bareNoun), or that noun's management: a
// direction names the job of 运营管理专员（社群方向） as it does of
// 运营专员（社群方向）.
func managedNoun(title []byte, words []automaton.Match, i, j int) bool {
	if k := j - len("管理"); k > i && string(title[k:j]) == "管理" {
		j = k
	}
	return bareNoun(title, words, i, j) || operationsAnalyst(title, words, i, j)
}

// operationsAnalyst reports whether title[i:j] is an analyst of
// operations with level words at most, whom a qualifier gives his field
// as it gives a plain analyst his (see plainAnalyst): an "Operations
// Analyst, Fraud" reviews fraud.
func operationsAnalyst(title []byte, words []automaton.Match, i, j int) bool {
	if !plainAnalyst(title[i:j]) {
		return false
	}
	for _, f := range words {
		if f.Start >= i && f.End <= j && isOperationsNoun(titleWords[f.Pattern].word) {
			return true
		}
	}
	return false
}

// endsWithWord reports whether the last English word of b, past any
// spaces, brackets and separators after it, is word, in any case.
func endsWithWord(b []byte, word string) bool {
	b = bytes.TrimRight(b, " ,-–—|(（")
	n := len(b) - len(word)
	return n >= 0 && bytes.EqualFold(b[n:], []byte(word)) && (n == 0 || b[n-1] == ' ')
}

// plainAnalyst reports whether job, the words of a title before its
// qualifier, names an analyst of no field of his own: "Analyst", "Senior
// Business Analyst", "Data Analyst"; not "Financial Analyst", whom the
// qualifier does not make an operations analyst.
func plainAnalyst(job []byte) bool {
	job = bytes.TrimRight(job, " ,-–—|(（")
	job = job[:len(job)-gradeLen(job)] // "Analyst III, Fraud Operations"
	if !endsWithWord(job, "analyst") {
		return false
	}
	// Word by word, without the slice bytes.Fields would allocate:
	// MatchInto must not allocate.
	for rest := job[:len(job)-len("analyst")]; ; {
		rest = bytes.TrimLeftFunc(rest, unicode.IsSpace)
		if len(rest) == 0 {
			return true
		}
		k := bytes.IndexFunc(rest, unicode.IsSpace)
		if k < 0 {
			k = len(rest)
		}
		w := rest[:k]
		rest = rest[k:]
		if !slices.ContainsFunc(plainAnalystWords[:], func(s string) bool { return bytes.EqualFold(w, []byte(s)) }) {
			return false
		}
	}
}

// regions are the regions a job covers, as English titles name them in
// brackets at their end.
var regions = [...]string{
	"apac", "emea", "latam", "amer", "americas", "na", "nam", "north america", "dach", "nordics", "benelux",
	"anz", "sea", "mena", "uk", "uk&i", "us", "eu", "europe", "asia pacific", "global", "remote", "hybrid",
}

// isRegion reports whether b, in any case, is one of regions.
func isRegion(b []byte) bool {
	b = trimSpaceBytes(b)
	return slices.ContainsFunc(regions[:], func(r string) bool { return equalFoldString(b, r) })
}

// plainAnalystWords may stand before "analyst" in a plain analyst's title.
var plainAnalystWords = [...]string{"operations", "ops", "business", "data", "reporting", "mis", "bi", "risk", "senior", "sr", "sr.", "junior", "jr", "jr.", "lead", "principal", "associate", "staff"}

// firstItemLen returns the length of the first item of a list of words
// parted by "&", "and", "/" or a comma, or len(x) if x is no list.
func firstItemLen(x []byte) int {
	n := len(x)
	for _, sep := range [...]string{" & ", " and ", "/", ", "} {
		if k := bytes.Index(x, []byte(sep)); k > 0 {
			n = min(n, k)
		}
	}
	return n
}

// bracketItemSeparators part the items inside a Chinese title's bracket:
// 质检主管（呼叫中心、客服中心）, 直播运营（千川投流·非主播岗）.
const bracketItemSeparators = "·、，,/ "

// centreChannels name, in a quality checker's bracket, the lines on which a
// call centre answers: the hotline, online chat, the phone.
var centreChannels = []string{"热线", "在线", "电话", "语音", "文字客服", "呼入", "呼出"}

// qualityCheckJobs name the job of checking the quality of work done:
// 质检, and 质量监控, Hong Kong's 質素監控 or Taiwan's 品質管理 (as folded).
var qualityCheckJobs = []string{"质检", "质量监控", "质素监控", "品质管理"}

// qualityCheckBracket returns the bounds of what the first bracket after
// one of qualityCheckJobs in title holds, or -1, -1: 呼叫中心 in
// 质检主管（呼叫中心）, and in 質素監控主任（客戶聯絡中心）Quality Assurance
// Officer (Contact Centre).
func qualityCheckBracket(title []byte) (start, end int) {
	k := -1
	for _, w := range qualityCheckJobs {
		if i := bytes.Index(title, []byte(w)); i >= 0 && (k < 0 || i < k) {
			k = i
		}
	}
	if k < 0 {
		return -1, -1
	}
	o := bytes.IndexAny(title[k:], "(（")
	if o < 0 {
		return -1, -1
	}
	_, n := utf8.DecodeRune(title[k+o:])
	start = k + o + n
	c := bytes.IndexAny(title[start:], ")）")
	if c < 0 {
		return -1, -1
	}
	return start, start + c
}
