// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"bytes"
	"strconv"
	"strings"

	"golang.org/x/text/language"

	tab "github.com/rolemodels/ops/opsroles/internal/table"
)

// join returns the texts of l joined by sep, skipping empty ones.
func (l line) join(sep string, format func(cell) string) string {
	var parts []string
	for _, c := range l {
		if c.text == "" {
			continue
		}
		s := c.text
		if format != nil {
			s = format(c)
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, sep)
}

// writeText writes d as plain text: headings underlined, paragraphs as
// lines, tables aligned in terminal cells, numbered lists with each
// language on its own line.
func writeText(w *bytes.Buffer, d *document) error {
	underline := func(s string, ch string) {
		w.WriteString(s)
		w.WriteByte('\n')
		w.WriteString(strings.Repeat(ch, tab.Width(s)))
		w.WriteString("\n\n")
	}
	underline(d.title.join(" / ", nil), "=")
	for _, p := range d.parts {
		if p.heading != nil {
			underline(p.heading.join(" / ", nil), "-")
		}
		for _, para := range p.paras {
			w.WriteString(para.join(" · ", nil))
			w.WriteByte('\n')
		}
		if len(p.paras) > 0 {
			w.WriteByte('\n')
		}
		for _, s := range p.sections {
			if s.heading != nil {
				w.WriteString(s.heading.join(" / ", nil))
				w.WriteString("\n\n")
			}
			if s.grid != nil {
				if err := tab.Text(w, texts(s.grid.header), gridTexts(s.grid)); err != nil {
					return err
				}
			}
			for i, item := range s.items {
				marker := strconv.Itoa(i+1) + ". "
				for j, c := range item {
					if j > 0 {
						w.WriteString(strings.Repeat(" ", len(marker)))
					} else {
						w.WriteString(marker)
					}
					w.WriteString(c.text)
					w.WriteByte('\n')
				}
			}
			w.WriteByte('\n')
		}
	}
	trimFinalBlankLines(w)
	return nil
}

// trimFinalBlankLines leaves a document ending in exactly one newline.
func trimFinalBlankLines(w *bytes.Buffer) {
	b := w.Bytes()
	n := len(b)
	for n > 1 && b[n-1] == '\n' && b[n-2] == '\n' {
		n--
	}
	w.Truncate(n)
}

func gridTexts(g *grid) [][]string {
	rows := make([][]string, len(g.rows))
	for i, r := range g.rows {
		rows[i] = texts(r)
	}
	return rows
}

// mdCell escapes a cell for Markdown and writes language-neutral text, the
// IDs, as code.
func mdCell(c cell) string {
	if c.lang == language.Und {
		return "`" + strings.ReplaceAll(c.text, "`", "") + "`"
	}
	return tab.EscapeMarkdown(c.text)
}

// writeMarkdown writes d as GitHub-flavoured Markdown. Tables escape
// their cells; IDs in headings and paragraphs are code.
func writeMarkdown(w *bytes.Buffer, d *document) error {
	w.WriteString("# " + d.title.join(" / ", mdCell) + "\n\n")
	sectionLevel := "## "
	for _, p := range d.parts {
		if p.heading != nil {
			sectionLevel = "### "
			w.WriteString("## " + p.heading.join(" / ", mdCell) + "\n\n")
		}
		for _, para := range p.paras {
			w.WriteString(para.join(" · ", mdCell) + "\n\n")
		}
		for _, s := range p.sections {
			if s.heading != nil {
				w.WriteString(sectionLevel + s.heading.join(" / ", mdCell) + "\n\n")
			}
			if s.grid != nil {
				if err := tab.Markdown(w, texts(s.grid.header), gridTexts(s.grid)); err != nil {
					return err
				}
			}
			for i, item := range s.items {
				// A backslash at the end of a line is a hard line break, which
				// keeps the languages of one item apart inside the list item.
				marker := strconv.Itoa(i+1) + ". "
				for j, c := range item {
					if j > 0 {
						w.WriteString("\\\n" + strings.Repeat(" ", len(marker)))
					} else {
						w.WriteString(marker)
					}
					w.WriteString(tab.EscapeMarkdown(c.text))
				}
				w.WriteByte('\n')
			}
			w.WriteByte('\n')
		}
	}
	trimFinalBlankLines(w)
	return nil
}
