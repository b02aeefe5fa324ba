// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"bytes"
	"slices"
	"strconv"
	"strings"

	tab "github.com/rolemodels/ops/opsroles/internal/table"
)

// CSV headers are machine names, the same in every language, so that an
// import mapping written once works for every export: "name.zh-Hans",
// "summary.en" and so on, after the field names of the JSON export.

// writeCSV writes the document as CSV: one row per entity (the areas, and
// with Profiles everything they link to), one row per area-duty pair with
// AreaDutyRows, or one row per posting item with Posting.
func (r *renderer) writeCSV(w *bytes.Buffer) error {
	var header []string
	var rows [][]string
	perLang := func(fields ...string) {
		for _, t := range r.langs {
			for _, f := range fields {
				header = append(header, f+"."+t.String())
			}
		}
	}
	switch {
	case r.cfg.posting:
		header = []string{"area", "level", "section", "item", "refs"}
		perLang("text")
		for _, p := range r.postings() {
			add := func(section string, items []postingItem) {
				for i, it := range items {
					refs := make([]string, len(it.refs))
					for j, ref := range it.refs {
						refs[j] = ref.String()
					}
					rows = append(rows, append([]string{string(p.area.id), r.cfg.level.String(), section,
						strconv.Itoa(i + 1), strings.Join(refs, " ")}, it.text.texts()...))
				}
			}
			add("responsibilities", p.responsibilities)
			add("requirements", p.requirements)
		}
	case r.cfg.areaDuty:
		header = []string{"area"}
		perLang("area.name")
		header = append(header, "duty")
		perLang("duty.name", "duty.summary")
		for _, a := range r.areas {
			for _, d := range linked(r, a.Duties(), r.c.Duty) {
				row := []string{string(a.id)}
				for _, t := range r.langs {
					row = append(row, a.label.Name(t))
				}
				row = append(row, string(d.id))
				for _, t := range r.langs {
					row = append(row, d.label.Name(t), d.label.Summary(t))
				}
				rows = append(rows, row)
			}
		}
	default:
		header = []string{"kind", "id"}
		perLang("name", "summary")
		header = append(header, "areas")
		add := func(e labeled, areas []string) {
			row := []string{e.Ref().Kind.String(), e.Ref().ID}
			for _, t := range r.langs {
				row = append(row, e.Label().Name(t), e.Label().Summary(t))
			}
			rows = append(rows, append(row, strings.Join(areas, " ")))
		}
		for _, a := range r.areas {
			add(a, nil)
		}
		if r.cfg.profiles {
			c := r.c
			addAll(r, add, selected(r, c.Duties(), (*Area).Duties))
			addAll(r, add, selected(r, c.Skills(), (*Area).Skills))
			addAll(r, add, selected(r, c.Methods(), (*Area).Methods))
			addAll(r, add, selected(r, c.Tools(), (*Area).Tools))
			addAll(r, add, selected(r, c.KPIs(), (*Area).KPIs))
		}
	}
	return tab.CSV(w, header, rows, r.cfg.bom)
}

// addAll adds a row for each entity with the selected areas that link to it.
func addAll[E labeled](r *renderer, add func(labeled, []string), es []E) {
	for _, e := range es {
		var areas []string
		for a := range r.c.AreasUsing(e.Ref()) {
			if r.cfg.areas == nil || slices.Contains(r.areas, a) {
				areas = append(areas, string(a.id))
			}
		}
		add(e, areas)
	}
}
