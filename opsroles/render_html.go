// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"bytes"
	"html/template"

	"golang.org/x/text/language"
)

// The page has no external asset, script or font: it must read the same
// offline, saved to disk or printed. Every run of text carries its own lang
// attribute so that a browser picks Simplified or Traditional glyphs (and
// hyphenation for English) per cell, not per page.
var pageTemplate = template.Must(template.New("page").Parse(`<!DOCTYPE html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{range $i, $c := .Title}}{{if $i}} / {{end}}{{$c.Text}}{{end}}</title>
<style>
body { font-family: system-ui, -apple-system, "Segoe UI", "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; line-height: 1.5; margin: 2em auto; max-width: 72em; padding: 0 1em; color: #111; }
h1, h2, h3 { line-height: 1.25; }
h2 { border-bottom: 1px solid #ccc; padding-bottom: .2em; margin-top: 2em; }
.alt { color: #555; font-weight: normal; }
table { border-collapse: collapse; width: 100%; margin: .5em 0 1.5em; }
th, td { border: 1px solid #ccc; padding: .3em .5em; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .9em; }
ol li { margin-bottom: .4em; }
ol li span + br + span { color: #555; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  a { color: inherit; text-decoration: none; }
  h2, h3 { break-after: avoid; }
  tr, li { break-inside: avoid; }
  thead { display: table-header-group; }
  section.area { break-before: page; }
  section.area:first-of-type { break-before: auto; }
}
</style>
</head>
<body>
<h1>{{template "line" .Title}}</h1>
{{range .Parts}}<section{{with .Anchor}} id="{{.}}" class="area"{{end}}>
{{with .Heading}}<h2>{{template "line" .}}</h2>
{{end}}{{range .Paras}}<p>{{template "para" .}}</p>
{{end}}{{range .Sections}}{{with .Heading}}{{if $.PartHeadings}}<h3>{{template "line" .}}</h3>{{else}}<h2>{{template "line" .}}</h2>{{end}}
{{end}}{{with .Header}}<table>
<thead><tr>{{range .}}<th{{with .Lang}} lang="{{.}}"{{end}}>{{.Text}}</th>{{end}}</tr></thead>
<tbody>
{{end}}{{range .Rows}}<tr>{{range .}}<td{{with .Lang}} lang="{{.}}"{{else}} class="id"{{end}}>{{if .Href}}<a href="{{.Href}}">{{.Text}}</a>{{else if .Lang}}{{.Text}}{{else}}<code>{{.Text}}</code>{{end}}</td>{{end}}</tr>
{{end}}{{if .Header}}</tbody>
</table>
{{end}}{{with .Items}}<ol>
{{range .}}<li>{{range $i, $c := .}}{{if $i}}<br>{{end}}<span lang="{{$c.Lang}}">{{$c.Text}}</span>{{end}}</li>
{{end}}</ol>
{{end}}{{end}}</section>
{{end}}</body>
</html>
{{define "line"}}{{range $i, $c := .}}{{if $i}}<span class="alt"> / </span>{{end}}<span{{with $c.Lang}} lang="{{.}}"{{end}}{{if $i}} class="alt"{{end}}>{{$c.Text}}</span>{{end}}{{end}}
{{define "para"}}{{range $i, $c := .}}{{if $i}} · {{end}}{{if $c.Lang}}<span lang="{{$c.Lang}}">{{$c.Text}}</span>{{else}}<code>{{$c.Text}}</code>{{end}}{{end}}{{end}}
`))

type htmlCell struct{ Text, Lang, Href string }

type htmlSection struct {
	Heading []htmlCell
	Header  []htmlCell
	Rows    [][]htmlCell
	Items   [][]htmlCell
}

type htmlPart struct {
	Anchor   string
	Heading  []htmlCell
	Paras    [][]htmlCell
	Sections []htmlSection
}

type htmlPage struct {
	Lang         string
	Title        []htmlCell
	Parts        []htmlPart
	PartHeadings bool
}

func htmlCells(cs []cell) []htmlCell {
	if cs == nil {
		return nil
	}
	out := make([]htmlCell, len(cs))
	for i, c := range cs {
		out[i] = htmlCell{Text: c.text, Href: c.href}
		if c.lang != language.Und {
			out[i].Lang = c.lang.String()
		}
	}
	return out
}

// writeHTML writes d as one HTML page.
func writeHTML(w *bytes.Buffer, d *document) error {
	page := htmlPage{Lang: d.lang.String(), Title: htmlCells(d.title)}
	for _, p := range d.parts {
		hp := htmlPart{Anchor: p.anchor, Heading: htmlCells(p.heading)}
		page.PartHeadings = page.PartHeadings || p.heading != nil
		for _, para := range p.paras {
			hp.Paras = append(hp.Paras, htmlCells(para))
		}
		for _, s := range p.sections {
			hs := htmlSection{Heading: htmlCells(s.heading)}
			if s.grid != nil {
				hs.Header = htmlCells(s.grid.header)
				for _, r := range s.grid.rows {
					hs.Rows = append(hs.Rows, htmlCells(r))
				}
			}
			for _, it := range s.items {
				hs.Items = append(hs.Items, htmlCells(it))
			}
			hp.Sections = append(hp.Sections, hs)
		}
		page.Parts = append(page.Parts, hp)
	}
	return pageTemplate.Execute(w, page)
}
