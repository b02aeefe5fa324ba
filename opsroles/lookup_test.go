// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"errors"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// loadMini loads the small catalog most tests of lookup and loading use.
func loadMini(t testing.TB) *Catalog { return loadCatalog(t, "mini.txt") }

func TestLookup(t *testing.T) {
	c := loadMini(t)
	userOps := Ref{KindArea, "user-ops"}
	tests := []struct {
		name  string
		query string
		want  Ref
	}{
		{"Simplified name", "用户运营", userOps},
		{"German alias", "nutzerbindung", userOps},
		{"Traditional name", "用戶運營", userOps},
		{"English name in any case", "USER operations", userOps},
		{"Traditional spelling of a Simplified alias", "會員運營", userOps},
		{"Traditional-only alias", "使用者經營", userOps},
		{"English alias", "user ops", userOps},
		{"surrounding spaces and punctuation", "  「用户运营」。 ", userOps},
		{"full-width Latin", "ＣＲＭ", Ref{KindTool, "crm"}},
		{"inner spaces collapse", "community    manager", Ref{KindArea, "community-ops"}},
		{"kind:id form", "method:funnel", Ref{KindMethod, "funnel"}},
		{"name with script suffix", "SMART原則", Ref{KindMethod, "smart"}},
		{"a space before the Chinese suffix", "SMART 原则", Ref{KindMethod, "smart"}},
		{"a hyphen for a space", "Community-Manager", Ref{KindArea, "community-ops"}},
		{"a line break inside a Chinese name", "用户运\n营", userOps},
		{"duty keyword", "召回", Ref{KindDuty, "user-ops-retention"}},
		{"the form translations from Chinese give", "user operation", userOps},
		{"a role's plural", "Community Managers", Ref{KindArea, "community-ops"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := c.Lookup(tt.query)
			if err != nil {
				t.Fatalf("Lookup(%q): %v", tt.query, err)
			}
			if got != tt.want {
				t.Errorf("Lookup(%q) = %v, want %v", tt.query, got, tt.want)
			}
		})
	}
}

// TestLookupSpellings looks up forms of the default catalog's names that it
// does not write but the Matcher searches.
func TestLookupSpellings(t *testing.T) {
	c := Default()
	tests := []struct {
		query string
		want  Ref
	}{
		{"ICE prioritisation", Ref{KindMethod, "ice-scoring"}},
		{"Qualitaetsmanagement im Kundenservice", Ref{KindArea, "performance-evaluation"}},
		{"Geschaeftsplanung", Ref{KindDuty, "strategy-planning-operating-plan"}},
		{"customer success managers", Ref{KindArea, "customer-success"}},
	}
	for _, tt := range tests {
		got, err := c.Lookup(tt.query)
		if err != nil || got != tt.want {
			t.Errorf("Lookup(%q) = %v, %v; want %v", tt.query, got, err, tt.want)
		}
	}
}

func TestLookupFailures(t *testing.T) {
	// 社群活跃 is the name of a duty and (deliberately) an alias of the same
	// duty; 数据分析 is only an alias of a skill. Add an alias clash across
	// kinds to test ambiguity.
	c, err := loadMini(t).Extend(strings.NewReader("extend method funnel\n  alias.zh: 召回\n"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		query string
		kind  Kind
		want  Ref
		err   error
		cands []Ref
	}{
		{name: "unknown name", query: "区块链", err: ErrNotFound},
		{name: "empty name", query: "  ", err: ErrNotFound},
		{name: "punctuation only", query: "。。", err: ErrNotFound},
		{name: "alias of two kinds", query: "召回", err: ErrAmbiguous,
			cands: []Ref{{KindDuty, "user-ops-retention"}, {KindMethod, "funnel"}}},
		{name: "the kind settles it", query: "召回", kind: KindMethod, want: Ref{KindMethod, "funnel"}},
		{name: "kind that has no such name", query: "用户运营", kind: KindSkill, err: ErrNotFound},
		{name: "kind:id of a missing entity", query: "area:nope", err: ErrNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got Ref
			var err error
			if tt.kind != 0 {
				got, err = c.LookupKind(tt.query, tt.kind)
			} else {
				got, err = c.Lookup(tt.query)
			}
			if tt.err == nil {
				if err != nil || got != tt.want {
					t.Fatalf("got %v, %v; want %v", got, err, tt.want)
				}
				return
			}
			if !errors.Is(err, tt.err) {
				t.Fatalf("error = %v, want %v", err, tt.err)
			}
			var le *LookupError
			if !errors.As(err, &le) {
				t.Fatalf("error %T is not *LookupError", err)
			}
			if diff := cmp.Diff(tt.cands, le.Candidates); diff != "" {
				t.Errorf("candidates (-want +got):\n%s", diff)
			}
		})
	}
}

// TestNameOutranksAlias: a text that is one entity's name and another
// entity's alias resolves to the first, across kinds.
func TestNameOutranksAlias(t *testing.T) {
	ext := entity("skill", "community-skill", "社群能力", "Community Skill", "alias.zh: 社群运营")
	c, err := loadMini(t).Extend(strings.NewReader(ext))
	if err != nil {
		t.Fatal(err)
	}
	got, err := c.Lookup("社群运营")
	if err != nil || got != (Ref{KindArea, "community-ops"}) {
		t.Errorf("Lookup(社群运营) = %v, %v; want the area", got, err)
	}
}

func TestConcurrentUse(t *testing.T) {
	c := Default()
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for a := range Default().Areas() {
				name := a.Label().Name(labelTags[langHant])
				if r, err := c.LookupKind(name, KindArea); err != nil || r != a.Ref() {
					t.Errorf("LookupKind(%q) = %v, %v", name, r, err)
				}
			}
		}()
	}
	wg.Wait()
}

func FuzzLookup(f *testing.F) {
	for _, s := range []string{"用户运营", "ＫＰＩ", "area:user-ops", "kpi:", ":", "\xff", "。。"} {
		f.Add(s)
	}
	c := loadMini(f)
	f.Fuzz(func(t *testing.T, name string) {
		r, err := c.Lookup(name)
		if err == nil && !c.Has(r) {
			t.Fatalf("Lookup(%q) = %v, which the catalog does not hold", name, r)
		}
		if err != nil && !errors.Is(err, ErrNotFound) && !errors.Is(err, ErrAmbiguous) {
			t.Fatalf("Lookup(%q) error %v is neither not-found nor ambiguous", name, err)
		}
	})
}

func FuzzLoad(f *testing.F) {
	mini, err := os.ReadFile("../testdata/catalogs/mini.txt")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(mini))
	f.Add(validBase)
	f.Add("extend area a\n  alias.zh: x\n")
	f.Add("area x\n  zh: \xff\n")
	f.Fuzz(func(t *testing.T, text string) {
		c, err := Load(strings.NewReader(text))
		if err != nil {
			var list CatalogErrors
			if !errors.As(err, &list) || len(list) == 0 {
				t.Fatalf("error %v is not a non-empty CatalogErrors", err)
			}
			for _, e := range list {
				if e.Line < 1 {
					t.Fatalf("error without a line: %v", e)
				}
			}
			return
		}
		// Whatever loads is internally consistent: every link resolves and
		// every name looks up to an entity of the catalog.
		for a := range c.Areas() {
			for r := range a.Links() {
				if !c.Has(r) {
					t.Fatalf("area %s links to missing %v", a.ID(), r)
				}
			}
		}
	})
}
