// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

// Package table writes a grid of strings, a header row and data rows, as
// aligned plain text, as a Markdown table or as CSV.
//
// Plain text and Markdown pad columns to the same display width, counted in
// terminal cells as golang.org/x/text/width classifies runes: East Asian Wide
// and Fullwidth runes take two cells, combining marks and invisible format
// characters none, everything else one. A table that mixes Chinese and
// English therefore lines up in a terminal and in a fixed-width editor.
//
// A row may be shorter than the header (missing cells are empty) or longer
// (the extra columns get an empty header): no cell is ever dropped. Every
// writer returns the first error of w and stops writing there.
package table

import (
	"bufio"
	"encoding/csv"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// Align is the alignment of a column in Text and Markdown.
type Align uint8

const (
	Left  Align = iota // text; the default
	Right              // numbers
)

// Width returns the number of terminal cells s takes.
func Width(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || c < 0x20 || c == 0x7f {
			return n + slowWidth(s[i:])
		}
		n++
	}
	return n
}

func slowWidth(s string) int {
	n := 0
	for _, r := range s {
		n += RuneWidth(r)
	}
	return n
}

// RuneWidth returns the number of terminal cells r takes: 2 for East Asian
// Wide and Fullwidth runes, 0 for combining marks, control and format
// characters, 1 otherwise.
func RuneWidth(r rune) int {
	switch {
	case r < 0x20 || r == 0x7f:
		return 0
	case r < utf8.RuneSelf:
		return 1
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	if unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Cc) {
		return 0
	}
	return 1
}

// grid is a table with every row as long as the widest row or header.
type grid struct {
	header []string
	rows   [][]string
	align  []Align
}

func newGrid(header []string, rows [][]string, align []Align, clean func(string) string) *grid {
	n := len(header)
	for _, r := range rows {
		n = max(n, len(r))
	}
	fill := func(src []string) []string {
		out := make([]string, n)
		for i, s := range src {
			out[i] = clean(s)
		}
		return out
	}
	g := &grid{header: fill(header), rows: make([][]string, len(rows)), align: make([]Align, n)}
	for i, r := range rows {
		g.rows[i] = fill(r)
	}
	copy(g.align, align)
	return g
}

// widths returns the display width of each column.
func (g *grid) widths() []int {
	ws := make([]int, len(g.header))
	for _, r := range append([][]string{g.header}, g.rows...) {
		for i, c := range r {
			ws[i] = max(ws[i], Width(c))
		}
	}
	return ws
}

// writer remembers the first write error so that callers check once.
type writer struct {
	w   *bufio.Writer
	err error
}

func (w *writer) str(s string) {
	if w.err == nil {
		_, w.err = w.w.WriteString(s)
	}
}

func (w *writer) flush() error {
	if w.err == nil {
		w.err = w.w.Flush()
	}
	return w.err
}

// padCell writes s, whose display width is sw, padded with spaces to
// display width wd.
func padCell(b *strings.Builder, s string, sw, wd int, a Align) {
	if a == Right {
		writeSpaces(b, wd-sw)
		b.WriteString(s)
		return
	}
	b.WriteString(s)
	writeSpaces(b, wd-sw)
}

func writeSpaces(b *strings.Builder, n int) {
	for ; n > 0; n-- {
		b.WriteByte(' ')
	}
}

// Text writes the table as plain text: columns separated by two spaces, the
// header underlined with dashes as wide as each column. Line breaks and tabs
// inside a cell become spaces, since they would break the layout. align
// gives the alignment of the first columns; the others are left-aligned.
func Text(w io.Writer, header []string, rows [][]string, align ...Align) error {
	g := newGrid(header, rows, align, oneLine)
	ws := g.widths()
	for i := range ws {
		ws[i] = max(ws[i], 1) // a rule of no dashes would hide the column
	}
	out := &writer{w: bufio.NewWriter(w)}
	var lb strings.Builder
	line := func(r []string) {
		lb.Reset()
		for i, c := range r {
			if i > 0 {
				lb.WriteString("  ")
			}
			padCell(&lb, c, Width(c), ws[i], g.align[i])
		}
		out.str(strings.TrimRight(lb.String(), " "))
		out.str("\n")
	}
	line(g.header)
	rule := make([]string, len(ws))
	for i, wd := range ws {
		rule[i] = strings.Repeat("-", wd)
	}
	line(rule)
	for _, r := range g.rows {
		line(r)
	}
	return out.flush()
}

// oneLine replaces line breaks and tabs with spaces.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n\t\v\f\u0085\u2028\u2029") {
		return s
	}
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		switch r {
		case '\r', '\n', '\t', '\v', '\f', 0x85, 0x2028, 0x2029:
			return true
		}
		return false
	}), " ")
}

// markdownEscaper escapes the characters that would end a cell, start an
// escape, or turn a cell's text into emphasis, code, a link or raw HTML.
var markdownEscaper = strings.NewReplacer(
	`\`, `\\`, `|`, `\|`, "`", "\\`", `*`, `\*`, `_`, `\_`,
	`[`, `\[`, `]`, `\]`, `<`, `&lt;`, `>`, `&gt;`,
	"\r\n", "<br>", "\n", "<br>", "\r", "<br>",
)

// EscapeMarkdown escapes s for a Markdown table cell: pipes, backslashes
// and the characters of inline markup are escaped, and line breaks become
// <br>.
func EscapeMarkdown(s string) string { return markdownEscaper.Replace(s) }

// Markdown writes the table as a GitHub-flavoured Markdown table, escaping
// each cell with EscapeMarkdown and padding the columns so that the source
// lines up too. Right-aligned columns get a "---:" delimiter.
func Markdown(w io.Writer, header []string, rows [][]string, align ...Align) error {
	g := newGrid(header, rows, align, EscapeMarkdown)
	ws := g.widths()
	for i := range ws {
		ws[i] = max(ws[i], 3) // the delimiter row needs three dashes
	}
	out := &writer{w: bufio.NewWriter(w)}
	var lb strings.Builder
	line := func(r []string) {
		lb.Reset()
		lb.WriteString("|")
		for i, c := range r {
			lb.WriteString(" ")
			padCell(&lb, c, Width(c), ws[i], g.align[i])
			lb.WriteString(" |")
		}
		lb.WriteString("\n")
		out.str(lb.String())
	}
	line(g.header)
	out.str("|")
	for i, wd := range ws {
		if g.align[i] == Right {
			out.str(" " + strings.Repeat("-", wd-1) + ": |")
		} else {
			out.str(" " + strings.Repeat("-", wd) + " |")
		}
	}
	out.str("\n")
	for _, r := range g.rows {
		line(r)
	}
	return out.flush()
}

// CSV writes the table as RFC 4180 CSV with encoding/csv, CRLF line endings
// and, when bom is set, a leading UTF-8 byte-order mark, without which
// spreadsheet programs such as Excel read UTF-8 Chinese as mojibake.
func CSV(w io.Writer, header []string, rows [][]string, bom bool) error {
	g := newGrid(header, rows, nil, func(s string) string { return s })
	if bom {
		if _, err := io.WriteString(w, "\uFEFF"); err != nil {
			return err
		}
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(g.header); err != nil {
		return err
	}
	for _, r := range g.rows {
		if err := cw.Write(r); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
