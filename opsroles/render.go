// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"iter"
	"slices"
	"strings"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// A Format is a document format that Render writes.
type Format uint8

// The formats of Render.
const (
	FormatText     Format = iota + 1 // plain text, tables aligned for a terminal
	FormatMarkdown                   // GitHub-flavoured Markdown with tables
	FormatJSON                       // the JSON export described by JSONSchema
	FormatCSV                        // RFC 4180 CSV, one row per entity or per area-duty pair
	FormatHTML                       // one self-contained, printable HTML page
)

var formatNames = [...]string{"", "text", "markdown", "json", "csv", "html"}

var formatTypes = [...]string{"",
	"text/plain; charset=utf-8",
	"text/markdown; charset=utf-8",
	"application/json",
	"text/csv; charset=utf-8",
	"text/html; charset=utf-8",
}

// ErrUnknownFormat is wrapped by the errors of ParseFormat and Render for a
// format that does not exist.
var ErrUnknownFormat = errors.New("unknown format")

// Formats returns every Format in the order of their constants.
func Formats() []Format {
	return []Format{FormatText, FormatMarkdown, FormatJSON, FormatCSV, FormatHTML}
}

func (f Format) valid() bool { return f != 0 && int(f) < len(formatNames) }

// String returns the format's name: "text", "markdown", "json", "csv" or
// "html".
func (f Format) String() string {
	if f.valid() {
		return formatNames[f]
	}
	return fmt.Sprintf("Format(%d)", uint8(f))
}

// ContentType returns the MIME type of documents in the format, with the
// charset where the type has one, for an HTTP Content-Type header.
func (f Format) ContentType() string {
	if f.valid() {
		return formatTypes[f]
	}
	return "application/octet-stream"
}

// ParseFormat returns the Format that String names. The error wraps
// ErrUnknownFormat and lists the formats.
func ParseFormat(s string) (Format, error) {
	if i := slices.Index(formatNames[:], s); i > 0 {
		return Format(i), nil
	}
	return 0, fmt.Errorf("opsroles: %w %q (want one of %s)", ErrUnknownFormat, s, strings.Join(formatNames[1:], ", "))
}

// A RenderOption shapes the document that Render writes. The zero
// RenderOption changes nothing.
type RenderOption struct{ set func(*renderConfig) }

type renderConfig struct {
	langs    []language.Tag
	areas    []AreaID
	profiles bool
	posting  bool
	level    Level
	byName   bool
	bom      bool
	areaDuty bool
	href     func(AreaID) string
}

// InLanguages renders the document in the given languages, side by side in
// the order given: InLanguages(language.SimplifiedChinese, language.English)
// puts the Chinese and the English text of every entity in the same row or
// block. Each tag must be served by a label language, as for ParseLanguages:
// zh-TW is Traditional Chinese, but fr is an error. The default is
// Simplified Chinese alone.
//
// JSON carries every language of every label whatever this option says;
// except in job postings, the languages choose only the sort order there.
func InLanguages(tags ...language.Tag) RenderOption {
	tags = slices.Clone(tags)
	return RenderOption{func(c *renderConfig) { c.langs = tags }}
}

// ForAreas restricts the document to the given areas; without it, Render
// covers every area of the catalog. Areas appear in catalog order (or by
// name, with SortByName) whatever the order given, and once each. An ID
// that the catalog lacks makes Render fail with ErrUnknownID.
func ForAreas(ids ...AreaID) RenderOption {
	ids = slices.Clone(ids)
	return RenderOption{func(c *renderConfig) { c.areas = append(c.areas, ids...) }}
}

// Profiles renders a role profile of each area instead of a one-line entry:
// the area with its duties, skills, methods, tools, KPIs and related areas.
// In JSON both give the catalog export of the areas and what they link to.
func Profiles() RenderOption {
	return RenderOption{func(c *renderConfig) { c.profiles = true }}
}

// Posting renders a job-posting draft for each area at seniority lvl
// (LevelUnknown for none): a title, 岗位职责 (responsibilities) from the
// area's duties and KPIs, and 任职要求 (requirements) from the experience the
// level asks for and the area's skills, methods and tools. Posting and
// Profiles exclude each other.
func Posting(lvl Level) RenderOption {
	return RenderOption{func(c *renderConfig) { c.posting, c.level = true, lvl }}
}

// SortByName orders areas, and the entities listed under each, by their
// name in the first language of the document, with the collation of
// golang.org/x/text/collate for that language: pinyin for Simplified
// Chinese, stroke count for Traditional Chinese, alphabetical for English.
// Without it everything is in catalog order. The items of a job posting
// keep catalog order, which puts the main duties first.
func SortByName() RenderOption {
	return RenderOption{func(c *renderConfig) { c.byName = true }}
}

// WithBOM starts CSV output with a UTF-8 byte-order mark, without which
// Excel opens UTF-8 Chinese text as mojibake. Other formats ignore it.
func WithBOM() RenderOption {
	return RenderOption{func(c *renderConfig) { c.bom = true }}
}

// AreaDutyRows makes CSV output one row per pair of an area and one of its
// duties, instead of one row per entity. Other formats ignore it.
func AreaDutyRows() RenderOption {
	return RenderOption{func(c *renderConfig) { c.areaDuty = true }}
}

// LinkAreas makes the area names of an HTML role list links to the URL
// href returns for the area, such as a profile page of a web server.
// html/template escapes the URL; other formats ignore the option.
func LinkAreas(href func(AreaID) string) RenderOption {
	return RenderOption{func(c *renderConfig) { c.href = href }}
}

// Render writes a document about c to w in format f: by default a role
// list, one entry per area; with Profiles, a role profile per area; with
// Posting, a job-posting draft per area. ForAreas selects areas,
// InLanguages chooses the languages and SortByName the order.
//
// The document is built in memory and written with a single call to w, so
// an error from w, or from bad input (an unknown format, language or area
// ID, conflicting options), is returned before anything or after
// everything is written, and a document is never half written with a nil
// error. Render never panics.
func (c *Catalog) Render(w io.Writer, f Format, opts ...RenderOption) error {
	r, err := c.newRenderer(f, opts)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := r.write(&buf); err != nil {
		return err
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("opsroles: writing %s: %w", f, err)
	}
	return nil
}

// renderer holds one call of Render with its options checked.
type renderer struct {
	c     *Catalog
	f     Format
	cfg   renderConfig
	langs []language.Tag // label languages, in column order
	areas []*Area        // the selected areas, in document order
	col   *collate.Collator
}

func (c *Catalog) newRenderer(f Format, opts []RenderOption) (*renderer, error) {
	if !f.valid() {
		return nil, fmt.Errorf("opsroles: %w %s (want one of %s)", ErrUnknownFormat, f, strings.Join(formatNames[1:], ", "))
	}
	r := &renderer{c: c, f: f}
	for _, o := range opts {
		if o.set != nil {
			o.set(&r.cfg)
		}
	}
	if r.cfg.profiles && r.cfg.posting {
		return nil, fmt.Errorf("opsroles: %w: Profiles and Posting exclude each other", ErrBadValue)
	}
	if r.cfg.posting && !r.cfg.level.valid() {
		return nil, fmt.Errorf("opsroles: %w: invalid %s", ErrBadValue, r.cfg.level)
	}
	langs := r.cfg.langs
	if len(langs) == 0 {
		langs = []language.Tag{language.SimplifiedChinese}
	}
	for _, t := range langs {
		lt, err := labelLanguage(t)
		if err != nil {
			return nil, err
		}
		if slices.Contains(r.langs, lt) {
			return nil, fmt.Errorf("opsroles: %w: %s asked for twice", ErrBadValue, lt)
		}
		r.langs = append(r.langs, lt)
	}
	if r.cfg.byName {
		r.col = collate.New(r.langs[0])
	}
	if r.cfg.areas == nil {
		r.areas = slices.Collect(c.Areas())
	} else {
		for _, id := range r.cfg.areas {
			if err := c.check(id.Ref()); err != nil {
				return nil, err
			}
		}
		for a := range c.Areas() {
			if slices.Contains(r.cfg.areas, a.id) {
				r.areas = append(r.areas, a)
			}
		}
	}
	r.areas = sortEntities(r, r.areas)
	return r, nil
}

func (r *renderer) write(w *bytes.Buffer) error {
	switch {
	case r.f == FormatJSON && r.cfg.posting:
		return r.writePostingJSON(w)
	case r.f == FormatJSON:
		return r.writeExport(w)
	case r.f == FormatCSV:
		return r.writeCSV(w)
	}
	var d *document
	switch {
	case r.cfg.posting:
		d = r.postingDoc()
	case r.cfg.profiles:
		d = r.profileDoc()
	default:
		d = r.listDoc()
	}
	switch r.f {
	case FormatText:
		return writeText(w, d)
	case FormatMarkdown:
		return writeMarkdown(w, d)
	}
	return writeHTML(w, d)
}

// labeled is what every kind of entity offers.
type labeled interface {
	Label() Label
	Ref() Ref
}

// sortEntities returns es in document order: as given for catalog order,
// else by name in the first language, IDs breaking ties so that the order
// never depends on the sort algorithm.
func sortEntities[E labeled](r *renderer, es []E) []E {
	if r.col == nil {
		return es
	}
	lang := r.langs[0]
	slices.SortStableFunc(es, func(a, b E) int {
		if c := r.col.CompareString(a.Label().Name(lang), b.Label().Name(lang)); c != 0 {
			return c
		}
		return strings.Compare(a.Ref().ID, b.Ref().ID)
	})
	return es
}

// linked returns the entities with the given IDs, in document order. The
// catalog checked every link when it was built, so none is missing.
func linked[ID any, E labeled](r *renderer, ids iter.Seq[ID], get func(ID) (E, bool)) []E {
	var out []E
	for id := range ids {
		if e, ok := get(id); ok {
			out = append(out, e)
		}
	}
	return sortEntities(r, out)
}

// The words of the documents, as labels so that they follow the language
// choice as entity names do.
var (
	wordRoles        = Label{names: [3]string{"Operations roles", "运营岗位", "營運職位"}}
	wordPostings     = Label{names: [3]string{"Job posting drafts", "招聘职位草稿", "徵才職缺草稿"}}
	wordID           = Label{names: [3]string{"ID", "ID", "ID"}}
	wordName         = Label{names: [3]string{"Name", "名称", "名稱"}}
	wordType         = Label{names: [3]string{"Type", "类型", "類型"}}
	wordSummary      = Label{names: [3]string{"Summary", "简介", "簡介"}}
	wordFormula      = Label{names: [3]string{"Formula", "计算公式", "計算公式"}}
	wordDirection    = Label{names: [3]string{"Better when", "方向", "方向"}}
	wordUnit         = Label{names: [3]string{"Unit", "单位", "單位"}}
	wordDuties       = Label{names: [3]string{"Duties", "职责", "職責"}}
	wordSkills       = Label{names: [3]string{"Skills", "技能", "技能"}}
	wordMethods      = Label{names: [3]string{"Methods", "方法", "方法"}}
	wordTools        = Label{names: [3]string{"Tools", "工具", "工具"}}
	wordKPIs         = Label{names: [3]string{"KPIs", "关键指标", "關鍵指標"}}
	wordRelated      = Label{names: [3]string{"Related areas", "相关领域", "相關領域"}}
	wordResponsibles = Label{names: [3]string{"Responsibilities", "岗位职责", "工作內容"}}
	wordRequirements = Label{names: [3]string{"Requirements", "任职要求", "條件要求"}}
)

var areaTypeWords = map[AreaType]Label{
	FunctionArea:  {names: [3]string{"Function", "职能", "職能"}},
	SpecialtyArea: {names: [3]string{"Specialty", "专项", "專項"}},
}

var directionWords = map[Direction]Label{
	HigherIsBetter: {names: [3]string{"higher", "越高越好", "越高越好"}},
	LowerIsBetter:  {names: [3]string{"lower", "越低越好", "越低越好"}},
	WithinBand:     {names: [3]string{"within band", "保持在区间内", "保持在區間內"}},
}
