// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// TestSeedTerms checks that every term of the seed document resolves, by
// name or alias, to the entity testdata/seed/terms.tsv says it stands for.
// The seed is where the model comes from: a term it names that the catalog
// cannot find is a gap in the model, not in the test.
func TestSeedTerms(t *testing.T) {
	f, err := os.Open("../testdata/seed/terms.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	c := Default()
	sc := bufio.NewScanner(f)
	line, n := 0, 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		term, ref, ok := strings.Cut(text, "\t")
		if !ok {
			t.Fatalf("terms.tsv:%d: want term<TAB>kind:id, got %q", line, text)
		}
		want, err := ParseRef(ref)
		if err != nil {
			t.Fatalf("terms.tsv:%d: %v", line, err)
		}
		n++
		got, err := c.LookupKind(term, want.Kind)
		switch {
		case err != nil:
			t.Errorf("terms.tsv:%d: LookupKind(%q, %v): %v", line, term, want.Kind, err)
		case got != want:
			t.Errorf("terms.tsv:%d: LookupKind(%q, %v) = %v, want %v", line, term, want.Kind, got, want)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n < 50 {
		t.Errorf("terms.tsv holds %d terms; the seed names more than 50", n)
	}
}
