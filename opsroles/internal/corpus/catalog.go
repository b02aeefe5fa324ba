// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package corpus

import (
	"bytes"
	"fmt"
	"os"

	"github.com/rolemodels/ops/opsroles/internal/catfile"
)

// FromCatalog returns the terms of catalog files (a catalog and its
// extensions, in the format of catalog.txt), by kind. Extend blocks are
// skipped: the generator needs names, not a validated catalog.
func FromCatalog(files ...[]byte) (Terms, error) {
	var t Terms
	for i, f := range files {
		entries, err := catfile.Parse(bytes.NewReader(f))
		if err != nil {
			return Terms{}, fmt.Errorf("corpus: catalog file %d: %w", i, err)
		}
		for _, e := range entries {
			if e.Extend {
				continue
			}
			term := Term{
				Zh:   nonEmpty(append([]string{e.Text("zh")}, e.List("alias.zh")...)),
				En:   nonEmpty(append([]string{e.Text("en")}, e.List("alias.en")...)),
				Hant: nonEmpty(append([]string{e.Text("zh-Hant")}, e.List("alias.zh-Hant")...)),
			}
			switch e.Kind {
			case "area":
				t.Areas = append(t.Areas, term)
			case "duty":
				t.Duties = append(t.Duties, term)
			case "skill":
				t.Skills = append(t.Skills, term)
			case "method":
				t.Methods = append(t.Methods, term)
			case "tool":
				t.Tools = append(t.Tools, term)
			case "kpi":
				t.KPIs = append(t.KPIs, term)
			}
		}
	}
	return t, nil
}

// ReadCatalog returns the terms of the catalog file at path.
func ReadCatalog(path string) (Terms, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return Terms{}, err
	}
	return FromCatalog(src)
}

// All returns every name and alias of t, each once, in catalog order.
func (t Terms) All() []string {
	seen := map[string]bool{}
	var all []string
	for _, list := range [][]Term{t.Areas, t.Duties, t.Skills, t.Methods, t.Tools, t.KPIs} {
		for _, term := range list {
			for _, names := range [][]string{term.Zh, term.En, term.Hant} {
				for _, n := range names {
					if !seen[n] {
						seen[n] = true
						all = append(all, n)
					}
				}
			}
		}
	}
	return all
}

func nonEmpty(list []string) []string {
	out := list[:0]
	for _, s := range list {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}
