// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package corpus

import (
	"bytes"
	"strings"
	"testing"

	"github.com/rolemodels/ops/opsroles/internal/fold"
)

func catalogTerms(t *testing.T) Terms {
	t.Helper()
	terms, err := ReadCatalog("../../catalog.txt")
	if err != nil {
		t.Fatal(err)
	}
	return terms
}

// TestGenerate checks the promises the benchmarks rely on: the same seed
// gives the same corpus, another seed another one, documents are 8 to 12
// KB, and the whole is at least the size asked for.
func TestGenerate(t *testing.T) {
	terms := catalogTerms(t)
	a := Generate(1, terms, 256<<10)
	if k := firstDifference(a, Generate(1, terms, 256<<10)); k >= 0 {
		t.Fatalf("Generate(1) twice differs from document %d on", k)
	}
	if firstDifference(a, Generate(2, terms, 256<<10)) < 0 {
		t.Error("Generate(2) = Generate(1), want a different corpus")
	}
	if Size(a) < 256<<10 {
		t.Errorf("Size = %d, want at least %d", Size(a), 256<<10)
	}
	for _, d := range a {
		if n := len(d.Text); n < 8<<10 || n > 14<<10 {
			t.Errorf("%s: %d bytes, want 8 KB to 14 KB", d.Name, n)
		}
	}
}

// TestGenerateUsesTerms checks that an operations document carries catalog
// terms at a realistic density: some, but far from a list of keywords. The
// count includes terms inside longer ones, so its ceiling is generous.
func TestGenerateUsesTerms(t *testing.T) {
	terms := catalogTerms(t)
	names := map[string]bool{}
	for _, n := range terms.All() {
		if len([]rune(n)) >= 6 { // long enough not to occur by chance
			names[fold.String(n)] = true
		}
	}
	for _, d := range Generate(3, terms, 64<<10) {
		if strings.HasPrefix(d.Name, "other-") {
			continue
		}
		text := fold.String(string(d.Text))
		found := 0
		for n := range names {
			found += strings.Count(text, n)
		}
		if perKB := float64(found) / float64(len(d.Text)) * 1024; perKB < 0.5 || perKB > 30 {
			t.Errorf("%s: %.1f long catalog terms per KB, want between 0.5 and 30", d.Name, perKB)
		}
	}
}

// firstDifference returns the index of the first document that differs
// between a and b, or -1.
func firstDifference(a, b []Document) int {
	for k := range max(len(a), len(b)) {
		if k >= len(a) || k >= len(b) || a[k].Name != b[k].Name || !bytes.Equal(a[k].Text, b[k].Text) {
			return k
		}
	}
	return -1
}

func TestSynthetic(t *testing.T) {
	ext := Synthetic(7, 1000, func(string) bool { return false })
	if !bytes.Equal(ext, Synthetic(7, 1000, func(string) bool { return false })) {
		t.Fatal("Synthetic(7) twice differs")
	}
	terms, err := FromCatalog(ext)
	if err != nil {
		t.Fatalf("Synthetic output does not parse: %v", err)
	}
	folded := map[string]bool{}
	for _, n := range terms.All() {
		folded[fold.String(n)] = true
	}
	if len(folded) != 1000 {
		t.Errorf("Synthetic(7, 1000) has %d distinct folded terms, want 1000", len(folded))
	}
	taken := func(s string) bool { return folded[fold.String(s)] }
	again, err := FromCatalog(Synthetic(8, 1000, taken))
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range again.All() {
		if folded[fold.String(n)] {
			t.Errorf("Synthetic with taken: %q was taken", n)
		}
	}
}
