// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"errors"
	"io"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"
	"github.com/rolemodels/ops/opsroles/internal/gen"
)

// entity returns the text of a complete, valid block of the given kind.
func entity(kind, id, zh, en string, extra ...string) string {
	var b strings.Builder
	b.WriteString(kind + " " + id + "\n")
	b.WriteString("  zh: " + zh + "\n  zh-Hant: " + zh + "\n  en: " + en + "\n")
	b.WriteString("  summary.zh: " + zh + "。\n  summary.en: " + en + ".\n")
	for _, e := range extra {
		b.WriteString("  " + e + "\n")
	}
	return b.String()
}

// validBase is a small valid catalog the error cases modify.
var validBase = entity("area", "a-one", "甲", "Area One", "type: specialty", "duties: d-one", "skills: s-one") +
	entity("duty", "d-one", "乙", "Duty One", "alias.zh: 丙") +
	entity("skill", "s-one", "丁", "Skill One")

func loadString(s string) (*Catalog, error) { return Load(strings.NewReader(s)) }

func TestLoadValid(t *testing.T) {
	c, err := loadString(validBase)
	if err != nil {
		t.Fatal(err)
	}
	a, ok := c.Area("a-one")
	if !ok {
		t.Fatal("area a-one missing")
	}
	got := struct {
		Type   AreaType
		Duties []DutyID
		Skills []SkillID
		Owners []AreaID
	}{a.Type(), collect(a.Duties()), collect(a.Skills()), ids(c.AreasUsing(SkillID("s-one").Ref()))}
	want := struct {
		Type   AreaType
		Duties []DutyID
		Skills []SkillID
		Owners []AreaID
	}{SpecialtyArea, []DutyID{"d-one"}, []SkillID{"s-one"}, []AreaID{"a-one"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("area (-want +got):\n%s", diff)
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name  string
		input string
		line  int
		ref   Ref
		field string
		class error
	}{
		{
			name:  "a line that is neither header nor field",
			input: validBase + "what is this\n",
			line:  countLines(validBase) + 1, class: ErrSyntax,
		},
		{
			name:  "an unknown kind",
			input: "role x\n",
			line:  1, class: ErrSyntax,
		},
		{
			name:  "an ID that is not kebab-case",
			input: strings.Replace(validBase, "skill s-one", "skill S_One", 1) + "",
			line:  strings.Count(validBase[:strings.Index(validBase, "skill s-one")], "\n") + 1,
			ref:   Ref{KindSkill, "S_One"}, class: ErrBadID,
		},
		{
			name:  "an unknown field",
			input: strings.Replace(validBase, "  alias.zh: 丙\n", "  alias.fr: bonjour\n", 1),
			line:  lineOf(validBase, "alias.zh: 丙"), ref: Ref{KindDuty, "d-one"}, field: "alias.fr", class: ErrUnknownField,
		},
		{
			name:  "a missing required label",
			input: strings.Replace(validBase, "  en: Skill One\n", "", 1),
			line:  lineOf(validBase, "skill s-one"), ref: Ref{KindSkill, "s-one"}, field: "en", class: ErrMissingField,
		},
		{
			name:  "a text field given twice",
			input: strings.Replace(validBase, "  en: Skill One\n", "  en: Skill One\n  en: Skill Two\n", 1),
			line:  lineOf(validBase, "en: Skill One") + 1, ref: Ref{KindSkill, "s-one"}, field: "en", class: ErrDuplicateField,
		},
		{
			name:  "a value outside its set",
			input: strings.Replace(validBase, "type: specialty", "type: hobby", 1),
			line:  lineOf(validBase, "type: specialty"), ref: Ref{KindArea, "a-one"}, field: "type", class: ErrBadValue,
		},
		{
			name:  "a duplicate ID",
			input: validBase + entity("skill", "s-one", "戊", "Other"),
			line:  countLines(validBase) + 1, ref: Ref{KindSkill, "s-one"}, class: ErrDuplicateID,
		},
		{
			name:  "a dangling reference",
			input: strings.Replace(validBase, "skills: s-one", "skills: s-one | s-two", 1),
			line:  lineOf(validBase, "skills: s-one"), ref: Ref{KindArea, "a-one"}, field: "skills", class: ErrUnknownID,
		},
		{
			name:  "an alias that two skills share",
			input: validBase + entity("skill", "s-two", "己", "Skill Two", "alias.en: skill one"),
			line:  countLines(validBase) + 7, ref: Ref{KindSkill, "s-two"}, field: "alias.en", class: ErrAliasConflict,
		},
		{
			name:  "an alias in Traditional script that folds onto another skill's name",
			input: validBase + entity("skill", "s-two", "己", "Skill Two", "alias.zh-Hant: 丁"),
			line:  countLines(validBase) + 7, ref: Ref{KindSkill, "s-two"}, field: "alias.zh-Hant", class: ErrAliasConflict,
		},
		{
			name:  "an area related to itself",
			input: strings.Replace(validBase, "skills: s-one", "skills: s-one\n  related: a-one", 1),
			line:  lineOf(validBase, "skills: s-one") + 1, ref: Ref{KindArea, "a-one"}, field: "related", class: ErrBadValue,
		},
		{
			name:  "a link listed twice",
			input: strings.Replace(validBase, "skills: s-one", "skills: s-one | s-one", 1),
			line:  lineOf(validBase, "skills: s-one"), ref: Ref{KindArea, "a-one"}, field: "skills", class: ErrBadValue,
		},
		{
			name:  "an alias with nothing to look up",
			input: strings.Replace(validBase, "alias.zh: 丙", "alias.zh: 丙 | 。。", 1),
			line:  lineOf(validBase, "alias.zh: 丙"), ref: Ref{KindDuty, "d-one"}, field: "alias.zh", class: ErrBadValue,
		},
		{
			name:  "an empty list item",
			input: strings.Replace(validBase, "alias.zh: 丙", "alias.zh: 丙 || 戊", 1),
			line:  lineOf(validBase, "alias.zh: 丙"), ref: Ref{KindDuty, "d-one"}, field: "alias.zh", class: ErrBadValue,
		},
		{
			name:  "a field before any header",
			input: "  zh: 甲\n" + validBase,
			line:  1, class: ErrSyntax,
		},
		{
			name:  "invalid UTF-8",
			input: strings.Replace(validBase, "Skill One", "Skill \xff", 1),
			line:  lineOf(validBase, "en: Skill One"), ref: Ref{KindSkill, "s-one"}, class: ErrSyntax,
		},
		{
			name:  "extending an entity that does not exist",
			input: validBase + "extend skill s-nine\n  alias.en: nine\n",
			line:  countLines(validBase) + 1, ref: Ref{KindSkill, "s-nine"}, class: ErrUnknownID,
		},
		{
			name:  "an extend block that changes a name",
			input: validBase + "extend skill s-one\n  en: Renamed\n",
			line:  countLines(validBase) + 2, ref: Ref{KindSkill, "s-one"}, field: "en", class: ErrUnknownField,
		},
		{
			name:  "a line too long to be a field",
			input: validBase + "  alias.en: " + strings.Repeat("x", 70<<10) + "\n",
			line:  countLines(validBase) + 1, ref: Ref{KindSkill, "s-one"}, class: ErrSyntax,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := loadString(tt.input)
			if err == nil {
				t.Fatal("Load succeeded, want an error")
			}
			if !errors.Is(err, tt.class) {
				t.Fatalf("error %v does not wrap %v", err, tt.class)
			}
			var list CatalogErrors
			if !errors.As(err, &list) {
				t.Fatalf("error %T is not CatalogErrors", err)
			}
			var first *CatalogError
			for _, e := range list {
				if errors.Is(e, tt.class) {
					first = e
					break
				}
			}
			got := struct {
				Line  int
				Ref   Ref
				Field string
			}{first.Line, first.Entity, first.Field}
			want := struct {
				Line  int
				Ref   Ref
				Field string
			}{tt.line, tt.ref, tt.field}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("position of %q (-want +got):\n%s", first, diff)
			}
		})
	}
}

func TestLoadReaderError(t *testing.T) {
	boom := errors.New("disk on fire")
	_, err := Load(iotest.TimeoutReader(iotest.OneByteReader(io.MultiReader(strings.NewReader(validBase), iotest.ErrReader(boom)))))
	if err == nil {
		t.Fatal("Load succeeded on a failing reader")
	}
	_, err = Load(io.MultiReader(strings.NewReader(validBase), iotest.ErrReader(boom)))
	if !errors.Is(err, boom) {
		t.Errorf("Load error = %v, want it to wrap %v", err, boom)
	}
}

func TestExtend(t *testing.T) {
	base, err := loadString(validBase)
	if err != nil {
		t.Fatal(err)
	}
	ext := "extend area a-one\n  alias.zh: 甲方\n  skills: s-one | s-new\n" +
		entity("skill", "s-new", "庚", "Skill New")
	c, err := base.Extend(strings.NewReader(ext))
	if err != nil {
		t.Fatal(err)
	}
	if r, err := c.Lookup("甲方"); err != nil || r != (Ref{KindArea, "a-one"}) {
		t.Errorf("extended catalog: Lookup(甲方) = %v, %v", r, err)
	}
	a, _ := c.Area("a-one")
	if diff := cmp.Diff([]SkillID{"s-one", "s-new"}, collect(a.Skills())); diff != "" {
		t.Errorf("extended skills (-want +got):\n%s", diff)
	}
	// The base catalog is unchanged.
	if _, err := base.Lookup("甲方"); !errors.Is(err, ErrNotFound) {
		t.Errorf("base catalog: Lookup(甲方) error = %v, want ErrNotFound", err)
	}
	ba, _ := base.Area("a-one")
	if diff := cmp.Diff([]SkillID{"s-one"}, collect(ba.Skills())); diff != "" {
		t.Errorf("base skills changed (-want +got):\n%s", diff)
	}
	if _, ok := base.Skill("s-new"); ok {
		t.Error("base catalog gained the extension's skill")
	}
	// A clash with the base is reported at the extension's line.
	_, err = base.Extend(strings.NewReader(entity("skill", "s-other", "辛", "Skill One")))
	var list CatalogErrors
	if !errors.As(err, &list) || !errors.Is(err, ErrAliasConflict) || list[0].Line != 4 {
		t.Errorf("clash with base: error = %v, want a name conflict on line 4", err)
	}
}

func TestDefaultCatalog(t *testing.T) {
	c := Default()
	if c != Default() {
		t.Error("Default returns a different catalog on each call")
	}
	for _, k := range Kinds() {
		if c.Len(k) == 0 {
			t.Errorf("the built-in catalog has no %s", k)
		}
	}
	for a := range c.Areas() {
		if len(a.duties) == 0 || len(a.skills) == 0 {
			t.Errorf("area %s has no duties or no skills", a.id)
		}
	}
	// Every duty belongs to an area: a duty nobody lists is a typo.
	for d := range c.Duties() {
		if len(c.owners[d.Ref()]) == 0 {
			t.Errorf("duty %s belongs to no area", d.ID())
		}
	}
}

// TestREADMECounts keeps the README's table of the model in step with the
// built-in catalog.
func TestREADMECounts(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	want := make(map[string]int)
	for _, k := range Kinds() {
		want[k.String()] = Default().Len(k)
	}
	got := make(map[string]int)
	row := regexp.MustCompile(`(?m)^\| (area|duty|skill|method|tool|kpi) +\| +(\d+) \|`)
	for _, m := range row.FindAllStringSubmatch(string(readme), -1) {
		got[m[1]], _ = strconv.Atoi(m[2])
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("README's model table (-catalog +README):\n%s", diff)
	}
}

func TestGeneratedConstants(t *testing.T) {
	want, err := gen.Constants(builtin, ".")
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("zz_ids.go")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("zz_ids.go is stale; run go generate ./opsroles (-want +got):\n%s", diff)
	}
}

func collect[T any](seq func(func(T) bool)) []T {
	var out []T
	for v := range seq {
		out = append(out, v)
	}
	return out
}

func ids(seq func(func(*Area) bool)) []AreaID {
	var out []AreaID
	for a := range seq {
		out = append(out, a.ID())
	}
	return out
}

func countLines(s string) int { return strings.Count(s, "\n") }

// lineOf returns the 1-based line of the first occurrence of sub in s.
func lineOf(s, sub string) int { return strings.Count(s[:strings.Index(s, sub)], "\n") + 1 }

// TestLoadTooManyRunes checks that a catalog whose names use more distinct
// characters than the matcher's automaton can hold fails to load, naming
// the alias that crossed the limit, rather than loading into a catalog
// whose Matcher cannot be compiled.
func TestLoadTooManyRunes(t *testing.T) {
	var ranges = [][2]rune{{0xAC00, 0xD7A3}, {0x20000, 0x2A6DF}, {0x4E00, 0x9FFF}}
	var aliases []string
	var cur []rune
	for _, rg := range ranges {
		for r := rg[0]; r <= rg[1]; r++ {
			cur = append(cur, r)
			if len(cur) == 64 {
				aliases = append(aliases, string(cur))
				cur = cur[:0]
			}
		}
	}
	var lines []string // list fields repeat; keep each line short
	for i := 0; i < len(aliases); i += 50 {
		lines = append(lines, "alias.zh: "+strings.Join(aliases[i:min(i+50, len(aliases))], " | "))
	}
	src := validBase + entity("skill", "s-many", "戊", "Skill Many", lines...)
	_, err := loadString(src)
	var list CatalogErrors
	if !errors.As(err, &list) || len(list) != 1 {
		t.Fatalf("Load: got %v, want one CatalogError", err)
	}
	e := list[0]
	if !errors.Is(e, ErrBadValue) || e.Entity != (Ref{KindSkill, "s-many"}) || e.Field != "alias.zh" || !strings.Contains(e.Error(), "distinct characters") {
		t.Errorf("Load: got %v, want ErrBadValue on skill s-many alias.zh naming the limit", e)
	}
}
