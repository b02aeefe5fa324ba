// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// catalogDiff compares catalogs field by field, unexported fields
// included. The name index records where each name was written, a line of
// a text file or a place in JSON; where is not what, so it is ignored.
func catalogDiff(want, got *Catalog) string {
	return cmp.Diff(want, got,
		cmp.Exporter(func(reflect.Type) bool { return true }),
		cmpopts.IgnoreFields(nameRef{}, "line"))
}

func exportJSON(t testing.TB, c *Catalog, opts ...RenderOption) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := c.Render(&b, FormatJSON, opts...); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestJSONRoundTrip exports a catalog, loads the export and compares.
func TestJSONRoundTrip(t *testing.T) {
	for name, c := range map[string]*Catalog{
		"built-in":   Default(),
		"render.txt": loadCatalog(t, "render.txt"),
		"mini.txt":   loadCatalog(t, "mini.txt"),
	} {
		data := exportJSON(t, c)
		got, err := LoadJSON(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: LoadJSON of the export: %v", name, err)
		}
		if diff := catalogDiff(c, got); diff != "" {
			t.Errorf("%s: the loaded export differs (-want +got):\n%s", name, diff)
		}
		if again := exportJSON(t, got); !bytes.Equal(data, again) {
			t.Errorf("%s: exporting the loaded catalog gives other bytes", name)
		}
	}
	// The comparison can fail: a changed alias is seen.
	c := loadCatalog(t, "render.txt")
	data := bytes.Replace(exportJSON(t, c), []byte(`"会员运营"`), []byte(`"会员运营2"`), 1)
	got, err := LoadJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if catalogDiff(c, got) == "" {
		t.Errorf("catalogDiff does not see a changed alias")
	}
}

func TestJSONSelection(t *testing.T) {
	c := loadCatalog(t, "render.txt")
	// Plain strings: the ID types accept only IDs of the built-in catalog.
	var doc struct {
		Areas                          []struct{ ID string }
		Duties, Skills, Methods, Tools []struct{ ID string }
		KPIs                           []struct{ ID string }
	}
	if err := json.Unmarshal(exportJSON(t, c, ForAreas("community-ops")), &doc); err != nil {
		t.Fatal(err)
	}
	ids := func(es []struct{ ID string }) []string {
		var out []string
		for _, e := range es {
			out = append(out, e.ID)
		}
		return out
	}
	got := map[string][]string{
		"duties": ids(doc.Duties), "skills": ids(doc.Skills), "methods": ids(doc.Methods), "tools": ids(doc.Tools),
	}
	want := map[string][]string{
		"duties": {"community-ops-engagement"}, "skills": {"communication", "copywriting"},
		"methods": nil, "tools": {"wecom"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("an export of one area holds what it links to (-want +got):\n%s", diff)
	}
	if len(doc.Areas) != 1 || len(doc.KPIs) != 1 || doc.KPIs[0].ID != "dau" {
		t.Errorf("areas %v, KPIs %v; want community-ops and dau", doc.Areas, doc.KPIs)
	}
}

// TestJSONSchema checks exports against the schema with checkSchema, a
// checker for the part of JSON Schema that catalog.schema.json uses.
func TestJSONSchema(t *testing.T) {
	var schema map[string]any
	if err := json.Unmarshal(JSONSchema(), &schema); err != nil {
		t.Fatalf("the schema is not JSON: %v", err)
	}
	valid := map[string][]byte{
		"built-in":       exportJSON(t, Default()),
		"render.txt":     exportJSON(t, loadCatalog(t, "render.txt")),
		"one area":       exportJSON(t, loadCatalog(t, "render.txt"), ForAreas("user-ops")),
		"sorted by name": exportJSON(t, loadCatalog(t, "render.txt"), SortByName()),
	}
	for name, data := range valid {
		if errs := checkSchema(t, schema, data); len(errs) > 0 {
			t.Errorf("%s: the export does not match the schema:\n%s", name, strings.Join(errs, "\n"))
		}
	}
	// The checker finds what it should, so the test above can fail.
	base := string(valid["render.txt"])
	invalid := []struct {
		name, old, new, want string
	}{
		{"missing required field", `"type": "specialty",`, ``, `$.areas[0]: missing "type"`},
		{"wrong type", `"version": 1`, `"version": "1"`, `$.version: want 1`},
		{"enum", `"direction": "higher"`, `"direction": "up"`, `$.kpis[0].direction: "up" not in`},
		{"pattern", `"id": "user-ops"`, `"id": "User_Ops"`, `$.areas[0].id: "User_Ops" does not match`},
		{"unknown field", `"unit": "count",`, `"unit": "count", "scale": 2,`, `$.kpis[0]: unknown field "scale"`},
		{"empty name", `"en": "Excel"`, `"en": ""`, `$.tools[1].name.en: "" is shorter than 1`},
		{"array of wrong items", `"kpis": [
        "dau",`, `"kpis": [
        7,`, `$.areas[0].kpis[0]: want string`},
	}
	for _, tt := range invalid {
		data := strings.Replace(base, tt.old, tt.new, 1)
		if data == base {
			t.Fatalf("%s: %q is not in the export", tt.name, tt.old)
		}
		errs := checkSchema(t, schema, []byte(data))
		if !slices.ContainsFunc(errs, func(e string) bool { return strings.HasPrefix(e, tt.want) }) {
			t.Errorf("%s: checker errors %q, want one starting %q", tt.name, errs, tt.want)
		}
	}
}

// checkSchema validates data against schema for the keywords the catalog
// schema uses: type, properties, required, additionalProperties: false,
// items, enum, const, pattern, minLength, maxLength and local $ref. Any
// other keyword fails the test, so the schema cannot outgrow the checker
// unnoticed.
func checkSchema(t *testing.T, schema map[string]any, data []byte) []string {
	t.Helper()
	var doc any
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(&doc); err != nil {
		return []string{"$: " + err.Error()}
	}
	var errs []string
	var check func(s map[string]any, v any, path string)
	check = func(s map[string]any, v any, path string) {
		fail := func(format string, args ...any) { errs = append(errs, path+": "+fmt.Sprintf(format, args...)) }
		for key, kv := range s {
			switch key {
			case "$schema", "$id", "$defs", "title", "description":
			case "$ref":
				ref := kv.(string)
				def, ok := schema["$defs"].(map[string]any)[strings.TrimPrefix(ref, "#/$defs/")].(map[string]any)
				if !ok || !strings.HasPrefix(ref, "#/$defs/") {
					t.Fatalf("schema: unresolved $ref %q", ref)
				}
				check(def, v, path)
			case "type":
				if !hasType(v, kv.(string)) {
					fail("want %s, got %T", kv, v)
				}
			case "const":
				if fmt.Sprint(v) != fmt.Sprint(kv) || hasType(v, "string") != hasType(kv, "string") {
					fail("want %v, got %v", kv, v)
				}
			case "enum":
				if !slices.ContainsFunc(kv.([]any), func(e any) bool { return e == v }) {
					fail("%q not in %v", v, kv)
				}
			case "pattern":
				if s, ok := v.(string); ok && !regexp.MustCompile(kv.(string)).MatchString(s) {
					fail("%q does not match %s", s, kv)
				}
			case "minLength":
				if s, ok := v.(string); ok && utf8.RuneCountInString(s) < int(kv.(float64)) {
					fail("%q is shorter than %v", s, kv)
				}
			case "maxLength":
				if s, ok := v.(string); ok && utf8.RuneCountInString(s) > int(kv.(float64)) {
					fail("%q is longer than %v", s, kv)
				}
			case "required":
				if obj, ok := v.(map[string]any); ok {
					for _, r := range kv.([]any) {
						if _, ok := obj[r.(string)]; !ok {
							fail("missing %q", r)
						}
					}
				}
			case "additionalProperties":
				if kv != false {
					t.Fatalf("schema: additionalProperties %v not supported", kv)
				}
				props, _ := s["properties"].(map[string]any)
				if obj, ok := v.(map[string]any); ok {
					for k := range obj {
						if _, ok := props[k]; !ok {
							fail("unknown field %q", k)
						}
					}
				}
			case "properties":
				if obj, ok := v.(map[string]any); ok {
					for k, ps := range kv.(map[string]any) {
						if pv, ok := obj[k]; ok {
							check(ps.(map[string]any), pv, path+"."+k)
						}
					}
				}
			case "items":
				if arr, ok := v.([]any); ok {
					for i, e := range arr {
						check(kv.(map[string]any), e, fmt.Sprintf("%s[%d]", path, i))
					}
				}
			default:
				t.Fatalf("schema: keyword %q at %s is not supported by the checker", key, path)
			}
		}
	}
	check(schema, doc, "$")
	slices.Sort(errs)
	return errs
}

func hasType(v any, typ string) bool {
	switch typ {
	case "object":
		_, ok := v.(map[string]any)
		return ok
	case "array":
		_, ok := v.([]any)
		return ok
	case "string":
		_, ok := v.(string)
		return ok
	case "integer":
		n, ok := v.(json.Number)
		_, err := n.Int64()
		return ok && err == nil
	}
	return false
}

// TestLoadJSONErrors breaks an export in one place at a time and checks
// the class, the JSON path and that the offset points at the value.
func TestLoadJSONErrors(t *testing.T) {
	base := string(exportJSON(t, loadCatalog(t, "render.txt")))
	tests := []struct {
		name     string
		old, new string
		class    error
		path     string
		at       string // what the input holds at the offset
		entity   Ref
	}{
		{"link to a missing skill", `"skills": [
        "data-analysis",
        "communication"`, `"skills": [
        "data-analysis",
        "communicaton"`, ErrUnknownID, "$.areas[0].skills[1]", `"communicaton"`, Ref{KindArea, "user-ops"}},
		{"unknown field", `"unit": "count",`, `"unit": "count", "scale": 2,`, ErrUnknownField, "$.kpis[0].scale", `2`, Ref{}},
		{"wrong type", `"en": "Copywriting"`, `"en": null`, ErrBadValue, "$.skills[2].name.en", `null`, Ref{}},
		{"missing name", `"en": "Copywriting"`, `"fr": "x"`, ErrUnknownField, "$.skills[2].name.fr", `"x"`, Ref{}},
		{"empty name", `"zh-Hans": "文案能力"`, `"zh-Hans": ""`, ErrBadValue, "$.skills[2].name.zh-Hans", `""`, Ref{KindSkill, "copywriting"}},
		{"duplicate ID", `"id": "copywriting"`, `"id": "communication"`, ErrDuplicateID, "$.skills[2]", `{`, Ref{KindSkill, "communication"}},
		{"name clash", `"en": "Copywriting"`, `"en": "Communication"`, ErrAliasConflict, "$.skills[2].name.en", `"Communication"`, Ref{KindSkill, "copywriting"}},
		{"malformed ID", `"id": "copywriting"`, `"id": "Copy Writing"`, ErrBadID, "$.skills[2].id", `"Copy Writing"`, Ref{}},
		{"bad enum", `"direction": "higher"`, `"direction": "up"`, ErrBadValue, "$.kpis[0].direction", `"up"`, Ref{KindKPI, "dau"}},
		{"line break", `"en": "Copywriting"`, `"en": "Copy\nwriting"`, ErrBadValue, "$.skills[2].name.en", `"Copy\nwriting"`, Ref{}},
		{"pipe in an alias", `"data analysis"`, `"data|analysis"`, ErrBadValue, "$.skills[0].aliases.en[0]", `"data|analysis"`, Ref{}},
		{"missing summary", `"zh-Hans": "写出有吸引力、符合调性的文字。",`, ``, ErrMissingField, "$.skills[2].summary.zh-Hans", `{`, Ref{KindSkill, "copywriting"}},
		{"version", `"version": 1`, `"version": 2`, ErrBadValue, "$.version", `2`, Ref{}},
		{"syntax", `"format": "opsroles-catalog",`, `"format": "opsroles-catalog"`, ErrSyntax, "$", `"version"`, Ref{}},
		{"object expected", `"aliases": {
        "zh-Hans": [
          "数据分析"
        ],`, `"aliases": [],
        "x": {"zh-Hans": [
          "数据分析"
        ],`, ErrBadValue, "$.skills[0].aliases", `[]`, Ref{}},
	}
	for _, tt := range tests {
		data := strings.Replace(base, tt.old, tt.new, 1)
		if data == base {
			t.Fatalf("%s: %q is not in the export", tt.name, tt.old)
		}
		_, err := LoadJSON(strings.NewReader(data))
		var list JSONErrors
		if !errors.As(err, &list) {
			t.Errorf("%s: err = %v, want JSONErrors", tt.name, err)
			continue
		}
		if !errors.Is(err, tt.class) {
			t.Errorf("%s: err = %v, want %v", tt.name, err, tt.class)
		}
		i := slices.IndexFunc(list, func(e *JSONError) bool { return e.Path == tt.path })
		if i < 0 {
			t.Errorf("%s: no error at %s in\n%v", tt.name, tt.path, err)
			continue
		}
		e := list[i]
		if !strings.HasPrefix(data[e.Offset:], tt.at) {
			t.Errorf("%s: offset %d points at %.20q, want %q", tt.name, e.Offset, data[e.Offset:], tt.at)
		}
		if !tt.entity.IsZero() && e.Entity != tt.entity {
			t.Errorf("%s: entity %v, want %v", tt.name, e.Entity, tt.entity)
		}
		if regexp.MustCompile(`\bline \d`).MatchString(err.Error()) {
			t.Errorf("%s: the message speaks of lines of a file the caller never saw: %v", tt.name, err)
		}
	}
}

func TestLoadJSONInput(t *testing.T) {
	good := exportJSON(t, loadCatalog(t, "mini.txt"))
	tests := []struct {
		name  string
		data  []byte
		class error
	}{
		{"empty", nil, ErrSyntax},
		{"not an object", []byte(`[]`), ErrBadValue},
		{"no format", []byte(`{"version": 1}`), ErrMissingField},
		{"other format", []byte(`{"format": "x", "version": 1}`), ErrBadValue},
		{"trailing data", append(slices.Clone(good), "{}"...), ErrSyntax},
		{"invalid UTF-8", bytes.Replace(good, []byte("用户"), []byte("\xff\xfe"), 1), ErrSyntax},
		{"truncated", good[:len(good)/2], ErrSyntax},
	}
	for _, tt := range tests {
		if _, err := LoadJSON(bytes.NewReader(tt.data)); !errors.Is(err, tt.class) {
			t.Errorf("%s: err = %v, want %v", tt.name, err, tt.class)
		}
	}
	// A byte-order mark is skipped, and offsets still count from the start.
	bom := append([]byte("\uFEFF"), good...)
	if _, err := LoadJSON(bytes.NewReader(bom)); err != nil {
		t.Errorf("with a BOM: %v", err)
	}
	bad := bytes.Replace(bom, []byte(`"version": 1`), []byte(`"version": 9`), 1)
	_, err := LoadJSON(bytes.NewReader(bad))
	var list JSONErrors
	if !errors.As(err, &list) || !bytes.HasPrefix(bad[list[0].Offset:], []byte("9")) {
		t.Errorf("with a BOM, the offset of a bad version: %v", err)
	}
	// An empty catalog is a catalog.
	c, err := LoadJSON(strings.NewReader(`{"format": "opsroles-catalog", "version": 1}`))
	if err != nil || c.Len(KindArea) != 0 {
		t.Errorf("empty catalog: %v, %v", c, err)
	}
}
