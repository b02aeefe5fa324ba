// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

// Package corpus generates the benchmark corpus: resumes and job
// descriptions of about 10 KB each, in Simplified Chinese, Traditional
// Chinese, English and mixed Chinese and English, deterministically from a
// seed. It also generates large synthetic catalogs.
//
// The texts read like the documents an HR system receives: section
// headings, dates, company names, bullet points, requirements, benefits and
// self-descriptions, mostly in words no catalog term matches, with catalog
// terms where a real writer would put them (about one every 150 to 250
// bytes in operations documents, rarely in the others). Nothing is stored:
// the benchmarks generate the corpus when they run.
package corpus

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/rolemodels/ops/opsroles/internal/fold"
)

// Term is one catalog entity's ways of being written.
type Term struct {
	Zh   []string // name and aliases in Simplified Chinese
	En   []string // name and aliases in English
	Hant []string // name and regional aliases in Traditional Chinese
}

// Terms are the catalog terms the generator writes into its documents, by
// the kind of entity they name.
type Terms struct {
	Areas, Duties, Skills, Methods, Tools, KPIs []Term
}

// Document is one generated text.
type Document struct {
	Name string // kind, language and number, such as "resume-zh-17"
	Text []byte
}

// Generate returns documents of about 10 KB (8 KB to 14 KB: a page ends
// after the opening or the section that passes its target size), at least
// total bytes in all.
// The same seed and terms give the same documents.
func Generate(seed uint64, terms Terms, total int) []Document {
	g := &generator{rng: rand.New(rand.NewPCG(seed, seed^0x6f70737265736d65)), terms: terms}
	var docs []Document
	for size := 0; size < total; {
		d := g.document(len(docs))
		docs = append(docs, d)
		size += len(d.Text)
	}
	return docs
}

// Size returns the total length of docs in bytes.
func Size(docs []Document) int {
	n := 0
	for _, d := range docs {
		n += len(d.Text)
	}
	return n
}

type generator struct {
	rng   *rand.Rand
	terms Terms
	sb    strings.Builder
	lang  string      // "zh", "en" or "mixed" while writing
	occ   *occupation // the work of a document not about operations
	used  map[string]bool
}

func (g *generator) document(n int) Document {
	lang := pick(g.rng, []string{"zh", "zh", "zh", "zh", "en", "en", "en", "mixed", "mixed", "zh-Hant"})
	kind := pick(g.rng, []string{"resume", "resume", "resume", "job", "job"})
	ops := g.rng.IntN(100) >= 15 // one in seven documents is about other work
	if !ops {
		kind = "other-" + kind
	}
	if len(g.terms.Areas) == 0 {
		g.terms = fallbackTerms
	}
	target := 8<<10 + g.rng.IntN(4<<10)
	g.sb.Reset()
	g.lang = lang
	if lang == "zh-Hant" {
		g.lang = "zh"
	}
	var p *prose
	switch {
	case g.lang == "en":
		p = &english
	default:
		p = &chinese
	}
	g.occ = nil
	if !ops {
		g.occ = &p.others[g.rng.IntN(len(p.others))]
	}
	if strings.HasSuffix(kind, "resume") {
		g.resume(p, ops, target)
	} else {
		g.job(p, ops, target)
	}
	text := g.sb.String()
	if lang == "zh-Hant" {
		text = traditional(text)
	}
	return Document{Name: kind + "-" + lang + "-" + strconv.Itoa(n), Text: []byte(text)}
}

// resume writes a resume: a name line, contact details, the job sought,
// then work history, projects, education and skills until target bytes.
func (g *generator) resume(p *prose, ops bool, target int) {
	title := g.title(p)
	g.line(g.fill(p.nameLine), " - ", title, " - ", p.resumeWord)
	g.line(g.fill(pick(g.rng, p.contact)))
	g.line(g.fill(p.objective), title)
	g.line()
	g.line(g.fill(pick(g.rng, p.summaryHead)))
	g.paragraph(p, ops, 3)
	g.line()
	for g.sb.Len() < target {
		g.line(p.workHead)
		for range 1 + g.rng.IntN(2) {
			g.line(g.fill(p.jobLine), "  ", title)
			g.bullets(p, ops, 4+g.rng.IntN(5))
			g.line()
		}
		if g.sb.Len() >= target {
			break
		}
		g.line(p.projectHead)
		for range 1 + g.rng.IntN(2) {
			g.line(g.fill(pick(g.rng, p.projectLine)))
			g.bullets(p, ops, 3+g.rng.IntN(3))
		}
		g.line()
		g.line(p.educationHead)
		g.line(g.fill(p.educationLine))
		g.line()
		g.line(p.skillsHead)
		g.skillsLine(p, ops)
		g.line()
		g.line(p.selfHead)
		g.paragraph(p, ops, 2+g.rng.IntN(3))
		g.line()
	}
}

// job writes a job page: company description, duties, requirements,
// benefits, sometimes several openings until target bytes.
func (g *generator) job(p *prose, ops bool, target int) {
	for g.sb.Len() < target {
		title := g.title(p)
		g.line(title, g.fill(pick(g.rng, p.jobMeta)))
		g.line()
		g.line(p.aboutHead)
		for range 2 + g.rng.IntN(3) {
			g.sb.WriteString(g.fill(pick(g.rng, p.companyIntro)))
		}
		g.line()
		g.line()
		g.line(p.dutiesHead)
		g.bullets(p, ops, 5+g.rng.IntN(4))
		g.line()
		g.line(p.requireHead)
		g.fresh()
		for i := range 4 + g.rng.IntN(4) {
			src := p.requirements
			if !ops {
				src = g.occ.requirements
			}
			tpl := g.distinct(src)
			if g.used[tpl] {
				break
			}
			g.used[tpl] = true
			g.line(strconv.Itoa(i+1), p.listDot, g.fill(tpl))
		}
		g.line()
		g.line(p.benefitsHead)
		g.fresh()
		for range 3 + g.rng.IntN(3) {
			tpl := g.distinct(p.benefits)
			if !g.used[tpl] {
				g.used[tpl] = true
				g.line("- ", g.fill(tpl))
			}
		}
		g.line()
		g.line(g.fill(pick(g.rng, p.applyLine)))
		g.line()
	}
}

// fresh starts a list whose items should differ.
func (g *generator) fresh() {
	clear(g.used)
	if g.used == nil {
		g.used = map[string]bool{}
	}
}

// distinct picks a template not used in the current list, if a few tries
// find one.
func (g *generator) distinct(src []string) string {
	tpl := pick(g.rng, src)
	for try := 0; g.used[tpl] && try < 6; try++ {
		tpl = pick(g.rng, src)
	}
	return tpl
}

func (g *generator) title(p *prose) string {
	if g.occ != nil {
		return g.occ.title
	}
	return g.fill(pick(g.rng, p.opsTitles))
}

// bullets writes n different bullet points about the work; in an operations
// document about two in three carry catalog terms.
func (g *generator) bullets(p *prose, ops bool, n int) {
	g.fresh()
	for range n {
		var src []string
		switch r := g.rng.IntN(3); {
		case !ops && r > 0:
			src = g.occ.bullets
		case ops && r > 0:
			src = p.opsBullets
		default:
			src = p.plainBullets
		}
		tpl := g.distinct(src)
		if g.used[tpl] {
			tpl = g.distinct(p.plainBullets)
		}
		g.used[tpl] = true
		g.line("- ", g.fill(tpl))
		if g.lang == "mixed" && g.rng.IntN(4) == 0 {
			g.line("- ", g.fill(pick(g.rng, english.opsBullets)))
		}
	}
}

// paragraph writes n sentences of plain prose, with a term now and then.
func (g *generator) paragraph(p *prose, ops bool, n int) {
	for range n {
		src := p.plainSentences
		if ops && g.rng.IntN(3) == 0 {
			src = p.opsSentences
		}
		g.sb.WriteString(g.fill(pick(g.rng, src)))
		if p == &english {
			g.sb.WriteByte(' ')
		}
	}
	g.line()
}

func (g *generator) skillsLine(p *prose, ops bool) {
	g.sb.WriteString(p.skillsLead)
	n := 3 + g.rng.IntN(4)
	for i := range n {
		if i > 0 {
			g.sb.WriteString(p.listSep)
		}
		switch {
		case !ops:
			g.sb.WriteString(pick(g.rng, g.occ.skills))
		case i%2 == 0:
			g.sb.WriteString(g.term(g.terms.Tools, "{tool}"))
		default:
			g.sb.WriteString(g.term(g.terms.Skills, "{skill}"))
		}
	}
	g.line()
}

func (g *generator) line(parts ...string) {
	for _, s := range parts {
		g.sb.WriteString(s)
	}
	g.sb.WriteByte('\n')
}

// fill replaces the {slots} of a template.
func (g *generator) fill(tpl string) string {
	if !strings.Contains(tpl, "{") {
		return tpl
	}
	var out strings.Builder
	for {
		i := strings.IndexByte(tpl, '{')
		if i < 0 {
			out.WriteString(tpl)
			return out.String()
		}
		j := strings.IndexByte(tpl[i:], '}')
		if j < 0 {
			out.WriteString(tpl)
			return out.String()
		}
		out.WriteString(tpl[:i])
		out.WriteString(g.slot(tpl[i : i+j+1]))
		tpl = tpl[i+j+1:]
	}
}

func (g *generator) slot(name string) string {
	p := &chinese
	if g.lang == "en" {
		p = &english
	}
	switch name {
	case "{area}":
		return g.term(g.terms.Areas, name)
	case "{duty}":
		return g.term(g.terms.Duties, name)
	case "{skill}":
		return g.term(g.terms.Skills, name)
	case "{method}":
		return g.term(g.terms.Methods, name)
	case "{tool}":
		return g.term(g.terms.Tools, name)
	case "{kpi}":
		return g.term(g.terms.KPIs, name)
	case "{n}":
		return strconv.Itoa(2 + g.rng.IntN(28))
	case "{big}":
		return strconv.Itoa(10 + g.rng.IntN(990))
	case "{pct}":
		return strconv.Itoa(3+g.rng.IntN(57)) + "%"
	case "{year}":
		return strconv.Itoa(2012 + g.rng.IntN(13))
	case "{month}":
		return strconv.Itoa(1 + g.rng.IntN(12))
	case "{phone}":
		return "1" + strconv.Itoa(30+g.rng.IntN(60)) + "****" + strconv.Itoa(1000+g.rng.IntN(9000))
	case "{company}":
		return pick(g.rng, p.companies)
	case "{city}":
		return pick(g.rng, p.cities)
	case "{product}":
		return pick(g.rng, p.products)
	case "{industry}":
		return pick(g.rng, p.industries)
	case "{person}":
		if p == &english {
			return pick(g.rng, p.givenNames) + " " + pick(g.rng, p.surnames)
		}
		return pick(g.rng, p.surnames) + pick(g.rng, p.givenNames)
	case "{period}":
		from := 2012 + g.rng.IntN(10)
		to := from + 1 + g.rng.IntN(4)
		if p == &english {
			return fmt.Sprintf("%d/%d - %d/%d", 1+g.rng.IntN(12), from, 1+g.rng.IntN(12), to)
		}
		return fmt.Sprintf("%d.%02d - %d.%02d", from, 1+g.rng.IntN(12), to, 1+g.rng.IntN(12))
	case "{study}":
		from := 2008 + g.rng.IntN(10)
		if p == &english {
			return fmt.Sprintf("%d - %d", from, from+4)
		}
		return fmt.Sprintf("%d.09 - %d.06", from, from+4)
	case "{univ}":
		return pick(g.rng, p.universities)
	case "{major}":
		return pick(g.rng, p.majors)
	case "{channel}":
		return pick(g.rng, p.channels)
	case "{thing}":
		return pick(g.rng, p.things)
	}
	return name
}

// term writes one name or alias of a random entity in the document's
// language; a mixed document uses English for a third of its terms, and a
// Chinese one writes a Latin-letter term in full width now and then.
func (g *generator) term(list []Term, slot string) string {
	if len(list) == 0 {
		list = fallbackTerms.Areas
	}
	t := list[g.rng.IntN(len(list))]
	names := t.Zh
	if g.lang == "en" || g.lang == "mixed" && g.rng.IntN(3) == 0 || len(names) == 0 {
		names = t.En
	}
	if len(names) == 0 {
		names = t.Zh
	}
	s := names[g.rng.IntN(len(names))]
	if g.lang != "en" && g.rng.IntN(20) == 0 {
		s = fullWidth(s)
	}
	return s
}

// fallbackTerms stand in for an empty catalog, so that the generator runs
// before the catalog has content.
var fallbackTerms = Terms{
	Areas:   []Term{{Zh: []string{"用户运营"}, En: []string{"user operations"}}, {Zh: []string{"社群运营"}, En: []string{"community operations"}}},
	Duties:  []Term{{Zh: []string{"用户留存"}, En: []string{"retention"}}, {Zh: []string{"活动策划"}, En: []string{"campaign planning"}}},
	Skills:  []Term{{Zh: []string{"数据分析"}, En: []string{"data analysis"}}, {Zh: []string{"文案写作"}, En: []string{"copywriting"}}},
	Methods: []Term{{Zh: []string{"转化漏斗"}, En: []string{"funnel analysis"}}, {Zh: []string{"A/B测试"}, En: []string{"A/B testing"}}},
	Tools:   []Term{{Zh: []string{"CRM系统"}, En: []string{"CRM"}}, {Zh: []string{"Excel"}, En: []string{"Excel"}}},
	KPIs:    []Term{{Zh: []string{"留存率"}, En: []string{"retention rate"}}, {Zh: []string{"DAU"}, En: []string{"DAU"}}},
}

func pick[T any](rng *rand.Rand, list []T) T { return list[rng.IntN(len(list))] }

// fullWidth writes the printable ASCII runes of s in full width, as some
// Chinese input methods do.
func fullWidth(s string) string {
	var b strings.Builder
	for _, r := range s {
		if '!' <= r && r <= '~' {
			r += 0xFF01 - '!'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// traditional rewrites Simplified Chinese text in Traditional characters,
// with the first Traditional form the fold tables give for each.
func traditional(s string) string {
	t := toTraditional()
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	for _, r := range s {
		if u, ok := t[r]; ok {
			r = u
		}
		b.WriteRune(r)
	}
	return b.String()
}

var toTraditional = sync.OnceValue(func() map[rune]rune {
	m := map[rune]rune{}
	for r, f := range fold.Exceptions() {
		if r < 0x4E00 || r > 0x9FFF || utf8.RuneCountInString(f) != 1 {
			continue
		}
		s, _ := utf8.DecodeRuneInString(f)
		if _, ok := m[s]; !ok && s != r {
			m[s] = r
		}
	}
	// A few Simplified characters are also Traditional words of their own
	// and stay as they are in most Traditional writing.
	for _, r := range "台面只干系板表制周才向松采卷" {
		delete(m, r)
	}
	return m
})
