// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"golang.org/x/text/language"
)

// A document is what the text, Markdown and HTML writers share: every
// format lays out the same titles, paragraphs, tables and numbered lists,
// so the content is decided once.
type document struct {
	lang  language.Tag // the main language, the first one chosen
	title line
	parts []part
}

// A cell is a run of text in one language; lang is language.Und for text
// that belongs to none, such as an ID or a unit.
type cell struct {
	text string
	lang language.Tag
	href string // a link target, for HTML
}

// A line is text that the writers keep together: cells joined by " / " in
// a heading, by " · " in a paragraph.
type line []cell

// A part is one area of a document, or the whole of a role list.
type part struct {
	anchor   string // the area's ID, an HTML fragment
	heading  line
	paras    []line
	sections []section
}

// A section is a headed table or numbered list.
type section struct {
	heading line
	grid    *grid
	items   []line // numbered items, each in every language
}

type grid struct {
	header []cell
	rows   [][]cell
}

// texts returns the cells of a grid row or header as strings.
func texts(cs []cell) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.text
	}
	return out
}

func (l line) texts() []string { return texts(l) }

// words returns a label's name in each language of the document.
func (r *renderer) words(l Label) line {
	out := make(line, len(r.langs))
	for i, t := range r.langs {
		out[i] = cell{text: l.Name(t), lang: t}
	}
	return out
}

// finish makes the heading of a lone part the title of the document, since
// a one-area document is about that area.
func (d *document) finish() *document {
	if len(d.parts) == 1 && d.parts[0].heading != nil {
		d.title, d.parts[0].heading = d.parts[0].heading, nil
	}
	return d
}

// listDoc is the role list: one row per area.
func (r *renderer) listDoc() *document {
	g := &grid{header: []cell{{text: "ID"}}}
	for _, t := range r.langs {
		g.header = append(g.header,
			cell{text: wordName.Name(t), lang: t},
			cell{text: wordType.Name(t), lang: t},
			cell{text: wordSummary.Name(t), lang: t})
	}
	for _, a := range r.areas {
		row := []cell{{text: string(a.id)}}
		for _, t := range r.langs {
			var href string
			if r.cfg.href != nil {
				href = r.cfg.href(a.id)
			}
			row = append(row,
				cell{text: a.label.Name(t), lang: t, href: href},
				cell{text: areaTypeWords[a.typ].Name(t), lang: t},
				summaryCell(a.label, t))
		}
		g.rows = append(g.rows, row)
	}
	return &document{lang: r.langs[0], title: r.words(wordRoles),
		parts: []part{{sections: []section{{grid: g}}}}}
}

// profileDoc is a role profile per area.
func (r *renderer) profileDoc() *document {
	d := &document{lang: r.langs[0], title: r.words(wordRoles)}
	for _, a := range r.areas {
		p := r.areaPart(a)
		p.paras = append(p.paras, r.summaries(a.label)...)
		c := r.c
		p.sections = appendEntitySection(r, p.sections, wordDuties, linked(r, a.Duties(), c.Duty))
		p.sections = appendEntitySection(r, p.sections, wordSkills, linked(r, a.Skills(), c.Skill))
		p.sections = appendEntitySection(r, p.sections, wordMethods, linked(r, a.Methods(), c.Method))
		p.sections = appendEntitySection(r, p.sections, wordTools, linked(r, a.Tools(), c.Tool))
		if kpis := linked(r, a.KPIs(), c.KPI); len(kpis) > 0 {
			p.sections = append(p.sections, section{heading: r.words(wordKPIs), grid: r.kpiGrid(kpis)})
		}
		p.sections = appendEntitySection(r, p.sections, wordRelated, linked(r, a.Related(), c.Area))
		d.parts = append(d.parts, p)
	}
	return d.finish()
}

// areaPart starts the part of an area: its names as heading, then a line
// with its ID and type.
func (r *renderer) areaPart(a *Area) part {
	meta := line{{text: string(a.id)}}
	meta = append(meta, r.words(areaTypeWords[a.typ])...)
	return part{anchor: string(a.id), heading: r.words(a.label), paras: []line{meta}}
}

// summaries returns a label's summary as one paragraph per language.
func (r *renderer) summaries(l Label) []line {
	var out []line
	for _, t := range r.langs {
		out = append(out, line{summaryCell(l, t)})
	}
	return out
}

// appendEntitySection appends a table of es, ID then name and summary in
// each language, unless es is empty.
func appendEntitySection[E labeled](r *renderer, ss []section, heading Label, es []E) []section {
	if len(es) == 0 {
		return ss
	}
	g := &grid{header: []cell{{text: wordID.Name(r.langs[0])}}}
	for _, t := range r.langs {
		g.header = append(g.header, cell{text: wordName.Name(t), lang: t}, cell{text: wordSummary.Name(t), lang: t})
	}
	for _, e := range es {
		l := e.Label()
		row := []cell{{text: e.Ref().ID}}
		for _, t := range r.langs {
			row = append(row, cell{text: l.Name(t), lang: t}, summaryCell(l, t))
		}
		g.rows = append(g.rows, row)
	}
	return append(ss, section{heading: r.words(heading), grid: g})
}

// kpiGrid is the table of KPIs: how each is computed and which way is
// better, in each language, and its unit.
func (r *renderer) kpiGrid(kpis []*Indicator) *grid {
	g := &grid{header: []cell{{text: wordID.Name(r.langs[0])}}}
	for _, t := range r.langs {
		g.header = append(g.header, cell{text: wordName.Name(t), lang: t},
			cell{text: wordFormula.Name(t), lang: t}, cell{text: wordDirection.Name(t), lang: t})
	}
	g.header = append(g.header, cell{text: wordUnit.Name(r.langs[0]), lang: r.langs[0]})
	for _, k := range kpis {
		row := []cell{{text: string(k.id)}}
		for _, t := range r.langs {
			row = append(row, cell{text: k.label.Name(t), lang: t},
				cell{text: k.Formula(t), lang: t}, cell{text: directionWords[k.direction].Name(t), lang: t})
		}
		g.rows = append(g.rows, append(row, cell{text: k.unit}))
	}
	return g
}

// summaryCell returns the summary of l for t. A Traditional Chinese summary
// that the catalog lacks falls back to the Simplified one (Label.Summary),
// and the cell then says so, so that HTML marks it zh-Hans and a browser
// does not render Simplified text with Traditional glyphs.
func summaryCell(l Label, t language.Tag) cell {
	if t == language.TraditionalChinese && l.summaries[langHant] == "" {
		return cell{text: l.Summary(t), lang: language.SimplifiedChinese}
	}
	return cell{text: l.Summary(t), lang: t}
}
