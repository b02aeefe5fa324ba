// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"iter"
	"slices"
)

//go:embed catalog.schema.json
var catalogSchema []byte

// JSONSchema returns the JSON Schema (draft 2020-12) of the catalog export
// that Render writes in FormatJSON and LoadJSON reads, for HR systems that
// validate what they import. The caller owns the returned slice.
//
// The export is one object:
//
//	{
//	  "format": "opsroles-catalog",
//	  "version": 1,
//	  "areas":   [{"id", "name", "summary", "aliases", "type",
//	               "duties", "skills", "methods", "tools", "kpis", "related"}],
//	  "duties":  [{"id", "name", "summary", "aliases"}],
//	  "skills":  [...], "methods": [...], "tools": [...],
//	  "kpis":    [{"id", "name", "summary", "aliases", "formula", "unit", "direction"}]
//	}
//
// IDs are the contract: entities refer to each other by ID, and an ID never
// changes meaning. Every field is always present. "name" and "summary" are
// objects with the keys "zh-Hans", "zh-Hant" and "en"; a "zh-Hant" summary
// is "" when the catalog gives none, and readers then use the "zh-Hans"
// one, as Label.Summary does. "aliases" has the same keys, each a list.
// "formula" has "zh-Hans" and "en". An export restricted with ForAreas holds
// the selected areas and the entities they link to; their "related" lists
// may name areas outside the selection.
func JSONSchema() []byte { return bytes.Clone(catalogSchema) }

// exportFormat and exportVersion identify the export; a change that old
// readers cannot read gets a new version.
const (
	exportFormat  = "opsroles-catalog"
	exportVersion = 1
)

type jsonCatalog struct {
	Format  string       `json:"format"`
	Version int          `json:"version"`
	Areas   []jsonArea   `json:"areas"`
	Duties  []jsonEntity `json:"duties"`
	Skills  []jsonEntity `json:"skills"`
	Methods []jsonEntity `json:"methods"`
	Tools   []jsonEntity `json:"tools"`
	KPIs    []jsonKPI    `json:"kpis"`
}

// jsonText holds a text in the three label languages.
type jsonText struct {
	ZhHans string `json:"zh-Hans"`
	ZhHant string `json:"zh-Hant"`
	En     string `json:"en"`
}

type jsonAliases struct {
	ZhHans []string `json:"zh-Hans"`
	ZhHant []string `json:"zh-Hant"`
	En     []string `json:"en"`
	De     []string `json:"de"`
	Nl     []string `json:"nl"`
}

type jsonEntity struct {
	ID      string      `json:"id"`
	Name    jsonText    `json:"name"`
	Summary jsonText    `json:"summary"`
	Aliases jsonAliases `json:"aliases"`
}

// jsonArea and jsonKPI embed jsonEntity: encoding/json writes its fields
// first, at the same level.
type jsonArea struct {
	jsonEntity
	Type    string     `json:"type"`
	Duties  []DutyID   `json:"duties"`
	Skills  []SkillID  `json:"skills"`
	Methods []MethodID `json:"methods"`
	Tools   []ToolID   `json:"tools"`
	KPIs    []KPIID    `json:"kpis"`
	Related []AreaID   `json:"related"`
}

type jsonFormula struct {
	ZhHans string `json:"zh-Hans"`
	En     string `json:"en"`
}

type jsonKPI struct {
	jsonEntity
	Formula   jsonFormula `json:"formula"`
	Unit      string      `json:"unit"`
	Direction string      `json:"direction"`
}

// nonNil makes an empty list [] rather than null, so that every field has
// the type the schema gives it.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func exportLabel(l Label) (name, summary jsonText, aliases jsonAliases) {
	// The Traditional summary is read raw: Label.Summary would substitute
	// the Simplified one, and the export must say what the catalog says.
	return jsonText{ZhHans: l.names[langHans], ZhHant: l.names[langHant], En: l.names[langEn]},
		jsonText{ZhHans: l.summaries[langHans], ZhHant: l.summaries[langHant], En: l.summaries[langEn]},
		jsonAliases{
			ZhHans: nonNil(slices.Clone(l.aliases[langHans])),
			ZhHant: nonNil(slices.Clone(l.aliases[langHant])),
			En:     nonNil(slices.Clone(l.aliases[langEn])),
			De:     nonNil(slices.Clone(l.aliases[aliasDe])),
			Nl:     nonNil(slices.Clone(l.aliases[aliasNl])),
		}
}

func exportEntity(e labeled) jsonEntity {
	je := jsonEntity{ID: e.Ref().ID}
	je.Name, je.Summary, je.Aliases = exportLabel(e.Label())
	return je
}

func exportEntities[ID id](es []*Entity[ID]) []jsonEntity {
	out := make([]jsonEntity, len(es))
	for i, e := range es {
		out[i] = exportEntity(e)
	}
	return out
}

// selected returns the entities the document covers: every entity of the
// catalog when no areas were chosen, else those the chosen areas link to,
// once each, in document order.
func selected[ID id, E labeled](r *renderer, all iter.Seq[E], links func(*Area) iter.Seq[ID]) []E {
	if r.cfg.areas == nil {
		return sortEntities(r, slices.Collect(all))
	}
	seen := make(map[ID]bool)
	for _, a := range r.areas {
		for id := range links(a) {
			seen[id] = true
		}
	}
	// Catalog order rather than order of first mention, as everywhere.
	var out []E
	for e := range all {
		if seen[ID(e.Ref().ID)] {
			out = append(out, e)
		}
	}
	return sortEntities(r, out)
}

func (r *renderer) writeExport(w *bytes.Buffer) error {
	c := r.c
	doc := jsonCatalog{Format: exportFormat, Version: exportVersion, Areas: []jsonArea{}}
	for _, a := range r.areas {
		ja := jsonArea{
			jsonEntity: exportEntity(a),
			Type:       a.typ.String(),
			Duties:     nonNil(slices.Clone(a.duties)),
			Skills:     nonNil(slices.Clone(a.skills)),
			Methods:    nonNil(slices.Clone(a.methods)),
			Tools:      nonNil(slices.Clone(a.tools)),
			KPIs:       nonNil(slices.Clone(a.kpis)),
			Related:    nonNil(slices.Clone(a.related)),
		}
		doc.Areas = append(doc.Areas, ja)
	}
	doc.Duties = exportEntities(selected(r, c.Duties(), (*Area).Duties))
	doc.Skills = exportEntities(selected(r, c.Skills(), (*Area).Skills))
	doc.Methods = exportEntities(selected(r, c.Methods(), (*Area).Methods))
	doc.Tools = exportEntities(selected(r, c.Tools(), (*Area).Tools))
	doc.KPIs = []jsonKPI{}
	for _, k := range selected(r, c.KPIs(), (*Area).KPIs) {
		jk := jsonKPI{
			jsonEntity: exportEntity(k),
			Formula:    jsonFormula{ZhHans: k.formula[1], En: k.formula[0]},
			Unit:       k.unit,
			Direction:  k.direction.String(),
		}
		doc.KPIs = append(doc.KPIs, jk)
	}
	return encodeJSON(w, doc)
}

// encodeJSON writes v indented, without escaping <, > and &, which would
// make the names unreadable for no gain: the export is not embedded in
// HTML by us.
func encodeJSON(w *bytes.Buffer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// The posting export: one object per posting, each text in the languages
// of the document, keyed by BCP 47 tag.
type jsonPostings struct {
	Format    string        `json:"format"`
	Version   int           `json:"version"`
	Languages []string      `json:"languages"`
	Postings  []jsonPosting `json:"postings"`
}

type jsonPosting struct {
	Area             AreaID            `json:"area"`
	Level            string            `json:"level"`
	Title            map[string]string `json:"title"`
	Responsibilities []jsonItem        `json:"responsibilities"`
	Requirements     []jsonItem        `json:"requirements"`
}

type jsonItem struct {
	Refs []string          `json:"refs"`
	Text map[string]string `json:"text"`
}

func langTexts(l line) map[string]string {
	m := make(map[string]string, len(l))
	for _, c := range l {
		m[c.lang.String()] = c.text
	}
	return m
}

func jsonItems(items []postingItem) []jsonItem {
	out := make([]jsonItem, len(items))
	for i, it := range items {
		out[i] = jsonItem{Refs: []string{}, Text: langTexts(it.text)}
		for _, r := range it.refs {
			out[i].Refs = append(out[i].Refs, r.String())
		}
	}
	return out
}

func (r *renderer) writePostingJSON(w *bytes.Buffer) error {
	doc := jsonPostings{Format: "opsroles-postings", Version: 1, Postings: []jsonPosting{}}
	for _, t := range r.langs {
		doc.Languages = append(doc.Languages, t.String())
	}
	for _, p := range r.postings() {
		doc.Postings = append(doc.Postings, jsonPosting{
			Area:             p.area.id,
			Level:            r.cfg.level.String(),
			Title:            langTexts(p.title),
			Responsibilities: jsonItems(p.responsibilities),
			Requirements:     jsonItems(p.requirements),
		})
	}
	return encodeJSON(w, doc)
}
