// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"github.com/rolemodels/ops/opsroles/internal/fold"
)

// Lookup resolves a name to the entity it names. The name may be any name or
// alias of the catalog in Simplified Chinese, Traditional Chinese or English,
// or an entity's "kind:id" form. Case, full-width and half-width forms,
// compatibility forms (NFKC), Traditional versus Simplified characters, runs
// of spaces, hyphens for spaces, spaces next to a Chinese character, and
// spaces and punctuation around the name do not matter: "ＫＰＩ", "kpi" and
// "KPI。" all resolve to the KPI method, "SMART 原则" to the SMART method.
// Nor do the other forms of a name that the Matcher searches: the British or
// American spelling ("process optimisation"), a role's plural ("community
// managers") and German without umlauts ("Qualitaetsmanagement").
//
// A name that belongs to one entity as a name (in any of the three languages)
// and to another as an alias resolves to the first: names outrank aliases.
// When two or more entities of different kinds have equal claim to the name,
// Lookup does not guess: it returns a *LookupError listing them (it wraps
// ErrAmbiguous), and LookupKind settles the question. A name that resolves
// to nothing gives a *LookupError wrapping ErrNotFound.
func (c *Catalog) Lookup(name string) (Ref, error) {
	return c.lookup(name, 0)
}

// LookupKind is like Lookup but considers only entities of kind k.
func (c *Catalog) LookupKind(name string, k Kind) (Ref, error) {
	return c.lookup(name, k)
}

func (c *Catalog) lookup(name string, k Kind) (Ref, error) {
	if r, err := parseRef(name); err == nil && (k == 0 || r.Kind == k) && c.Has(r) {
		return r, nil
	}
	var names, aliases []Ref
	key := fold.Key(name)
	list, ok := c.names[key]
	if !ok {
		list = c.spellings[key]
	}
	for _, n := range list {
		if k != 0 && n.ref.Kind != k {
			continue
		}
		if n.alias {
			aliases = append(aliases, n.ref)
		} else {
			names = append(names, n.ref)
		}
	}
	cands := names
	if len(cands) == 0 {
		cands = aliases
	}
	if len(cands) == 1 {
		return cands[0], nil
	}
	return Ref{}, &LookupError{Name: name, Candidates: cands}
}
