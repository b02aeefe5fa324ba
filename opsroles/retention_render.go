// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"

	tab "github.com/rolemodels/ops/opsroles/internal/table"
)

// Render writes the matrix as FormatText or FormatMarkdown (rates as
// percentages, one row per cohort and a last row with the average curve),
// FormatCSV (the same rows with rates as fractions) or FormatJSON (the
// document of MarshalJSON). FormatHTML is not offered.
func (m *RetentionMatrix) Render(w io.Writer, f Format) error {
	if f == FormatJSON {
		return writeJSON(w, m)
	}
	header := []string{"cohort", "size"}
	for n := range m.Average {
		header = append(header, m.Period.String()+" "+strconv.Itoa(n))
	}
	rate := percentCell
	if f == FormatCSV {
		rate = fractionCell
	}
	rows := make([][]string, 0, len(m.Cohorts)+1)
	total := 0
	for _, c := range m.Cohorts {
		row := []string{m.startLabel(c), strconv.Itoa(c.Size)}
		for _, r := range c.Rates() {
			row = append(row, rate(r))
		}
		rows = append(rows, row)
		total += c.Size
	}
	avg := []string{"average", strconv.Itoa(total)}
	for _, r := range m.Average {
		avg = append(avg, rate(r))
	}
	rows = append(rows, avg)
	return renderGrid(w, f, header, rows, 1)
}

// renderGrid writes a table whose columns from firstNumeric on hold numbers
// and are right-aligned in text and Markdown.
func renderGrid(w io.Writer, f Format, header []string, rows [][]string, firstNumeric int) error {
	align := make([]tab.Align, len(header))
	for i := firstNumeric; i < len(align); i++ {
		align[i] = tab.Right
	}
	switch f {
	case FormatText:
		return tab.Text(w, header, rows, align...)
	case FormatMarkdown:
		return tab.Markdown(w, header, rows, align...)
	case FormatCSV:
		return tab.CSV(w, header, rows, false)
	}
	return fmt.Errorf("opsroles: %w %v for this table (want text, markdown, csv or json)", ErrUnknownFormat, f)
}

func percentCell(r float64) string  { return strconv.FormatFloat(100*r, 'f', 1, 64) + "%" }
func fractionCell(r float64) string { return strconv.FormatFloat(r, 'g', 6, 64) }

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// retentionJSON is the JSON form of a RetentionMatrix.
type retentionJSON struct {
	Period    string       `json:"period"`
	TZ        string       `json:"tz"`
	Unbounded bool         `json:"unbounded"`
	Cohorts   []cohortJSON `json:"cohorts"`
	Average   []float64    `json:"average"`
}

type cohortJSON struct {
	Start    string    `json:"start"`
	Size     int       `json:"size"`
	Retained []int     `json:"retained"`
	Rates    []float64 `json:"rates"`
}

// MarshalJSON encodes the matrix as
//
//	{"period":"day","tz":"Asia/Shanghai","unbounded":false,
//	 "cohorts":[{"start":"2026-01-01","size":120,"retained":[120,48],"rates":[1,0.4]}],
//	 "average":[1,0.4]}
//
// where start is the cohort's first local day.
func (m *RetentionMatrix) MarshalJSON() ([]byte, error) {
	out := retentionJSON{Period: m.Period.String(), TZ: m.zoneName(), Unbounded: m.Unbounded,
		Cohorts: make([]cohortJSON, len(m.Cohorts)), Average: m.Average}
	if out.Average == nil {
		out.Average = []float64{}
	}
	for i, c := range m.Cohorts {
		out.Cohorts[i] = cohortJSON{Start: m.startLabel(c), Size: c.Size, Retained: c.Retained, Rates: c.Rates()}
	}
	return json.Marshal(out)
}
