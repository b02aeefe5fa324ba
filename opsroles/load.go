// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"

	"github.com/rolemodels/ops/opsroles/internal/automaton"
	"github.com/rolemodels/ops/opsroles/internal/catfile"
	"github.com/rolemodels/ops/opsroles/internal/fold"
)

// Load reads a complete catalog in the format of the built-in catalog.txt
// (documented at the top of that file) and validates it.
//
// Validation rejects syntax errors, unknown fields, missing required labels,
// malformed and duplicate IDs, references to entities that do not exist and
// names or aliases that would resolve to two entities of the same kind. The
// error is then a CatalogErrors listing every problem with its line, entity
// and field. Errors from r are returned wrapped. Load never panics.
func Load(r io.Reader) (*Catalog, error) {
	return build(r, nil)
}

// Extend reads an extension to c and returns the extended catalog; c itself
// is unchanged. An extension is a catalog file whose blocks either define new
// entities (which may link to entities of c) or start with
// "extend <kind> <id>" and add aliases and links to an entity that exists:
//
//	extend area user-ops
//	  alias.zh: 会员增长
//	  tools: our-crm
//
//	tool our-crm
//	  zh: 自研CRM
//	  ...
//
// A link an extend block gives that the entity already has is ignored, so
// applying an extension twice is harmless. Errors are reported as by Load,
// with lines of the extension.
func (c *Catalog) Extend(r io.Reader) (*Catalog, error) {
	return build(r, c)
}

// nameRef is one entity a folded name resolves to.
type nameRef struct {
	ref   Ref
	alias bool // an alias, not one of the three names
	line  int  // where the name is written, for conflict reports
}

type builder struct {
	c        *Catalog
	errs     CatalogErrors
	defined  map[Ref]int              // line of each entity defined by this file
	entries  map[Ref][]*catfile.Entry // blocks of this file for each entity
	order    []Ref                    // keys of entries, in file order
	extended map[Ref]bool             // base entities already copied for extension
	runes    map[rune]bool            // distinct runes of the folded names, for the matcher's limit
}

func build(r io.Reader, base *Catalog) (*Catalog, error) {
	entries, perr := catfile.Parse(r)
	var errs CatalogErrors
	if perr != nil {
		var ok bool
		if errs, ok = parseErrors(perr); !ok {
			return nil, fmt.Errorf("opsroles: reading catalog: %w", perr)
		}
	}
	return buildEntries(entries, base, errs)
}

// buildEntries validates entries, the blocks of one catalog file or of any
// other source that converts to them, and builds the catalog, on top of base
// when it is not nil. errs are problems already found in the source; they
// are reported with those buildEntries finds.
func buildEntries(entries []catfile.Entry, base *Catalog, errs CatalogErrors) (*Catalog, error) {
	b := &builder{
		c:        &Catalog{},
		errs:     errs,
		defined:  make(map[Ref]int),
		entries:  make(map[Ref][]*catfile.Entry),
		extended: make(map[Ref]bool),
	}
	if base != nil {
		b.c.areas = base.areas.clone()
		b.c.duties = base.duties.clone()
		b.c.skills = base.skills.clone()
		b.c.methods = base.methods.clone()
		b.c.tools = base.tools.clone()
		b.c.kpis = base.kpis.clone()
	}
	for i := range entries {
		e := &entries[i]
		k, _ := parseKind(e.Kind)
		ref := Ref{k, e.ID}
		if e.Extend {
			b.extend(ref, e)
		} else {
			b.define(ref, e)
		}
	}
	b.checkLinks()
	b.indexNames(base)
	b.indexOwners()
	b.indexKPITerms()
	if len(b.errs) > 0 {
		slices.SortStableFunc(b.errs, func(x, y *CatalogError) int { return cmp.Compare(x.Line, y.Line) })
		return nil, b.errs
	}
	return b.c, nil
}

// parseErrors converts the problems catfile found; it reports false when
// perr is not a list of them (an I/O error).
func parseErrors(perr error) (CatalogErrors, bool) {
	var list []error
	if j, ok := perr.(interface{ Unwrap() []error }); ok {
		list = j.Unwrap()
	} else {
		list = []error{perr}
	}
	var errs CatalogErrors
	for _, err := range list {
		var pe *catfile.Error
		if !errors.As(err, &pe) {
			return nil, false
		}
		ce := &CatalogError{Line: pe.Line, Field: pe.Field, Err: pe.Err}
		if k, ok := parseKind(pe.Kind); ok {
			ce.Entity = Ref{k, pe.ID}
		}
		errs = append(errs, ce)
	}
	return errs, true
}

func (b *builder) errorf(line int, ref Ref, field string, class error, format string, args ...any) {
	b.errs = append(b.errs, &CatalogError{
		Line: line, Entity: ref, Field: field,
		Err: fmt.Errorf("%w: %s", class, fmt.Sprintf(format, args...)),
	})
}

func (b *builder) define(ref Ref, e *catfile.Entry) {
	if line, ok := b.defined[ref]; ok {
		b.errorf(e.Line, ref, "", ErrDuplicateID, "%s %q is already defined on line %d", ref.Kind, ref.ID, line)
		return
	}
	if b.c.Has(ref) {
		b.errorf(e.Line, ref, "", ErrDuplicateID, "%s %q is already in the catalog being extended; use \"extend %s %s\"", ref.Kind, ref.ID, ref.Kind, ref.ID)
		return
	}
	b.defined[ref] = e.Line
	b.addEntry(ref, e)
	label := labelFromEntry(e)
	switch ref.Kind {
	case KindArea:
		a := &Area{id: AreaID(ref.ID), label: label, typ: SpecialtyArea}
		if e.Text(catfile.KeyType) == "function" {
			a.typ = FunctionArea
		}
		b.addLinks(a, e, false)
		b.c.areas.add(a.id, a)
	case KindDuty:
		b.c.duties.add(DutyID(ref.ID), &Duty{DutyID(ref.ID), label})
	case KindSkill:
		b.c.skills.add(SkillID(ref.ID), &Skill{SkillID(ref.ID), label})
	case KindMethod:
		b.c.methods.add(MethodID(ref.ID), &Method{MethodID(ref.ID), label})
	case KindTool:
		b.c.tools.add(ToolID(ref.ID), &Tool{ToolID(ref.ID), label})
	case KindKPI:
		k := &Indicator{
			id:      KPIID(ref.ID),
			label:   label,
			formula: [2]string{e.Text(catfile.KeyFormulaEn), e.Text(catfile.KeyFormulaZh)},
			unit:    e.Text(catfile.KeyUnit),
		}
		k.direction = Direction(slices.Index(directionNames[:], e.Text(catfile.KeyDirection)))
		b.c.kpis.add(k.id, k)
	}
}

func (b *builder) addEntry(ref Ref, e *catfile.Entry) {
	if _, ok := b.entries[ref]; !ok {
		b.order = append(b.order, ref)
	}
	b.entries[ref] = append(b.entries[ref], e)
}

func labelFromEntry(e *catfile.Entry) Label {
	return Label{
		names:     [3]string{e.Text(catfile.KeyEn), e.Text(catfile.KeyZh), e.Text(catfile.KeyZhHant)},
		summaries: [3]string{e.Text(catfile.KeySummaryEn), e.Text(catfile.KeySummaryZh), e.Text(catfile.KeySummaryZhHant)},
		aliases:   [5][]string{e.List(catfile.KeyAliasEn), e.List(catfile.KeyAliasZh), e.List(catfile.KeyAliasZhHant), e.List(catfile.KeyAliasDe), e.List(catfile.KeyAliasNl)},
	}
}

// aliasKeys are the alias fields in aliasIndex order.
var aliasKeys = [5]string{catfile.KeyAliasEn, catfile.KeyAliasZh, catfile.KeyAliasZhHant, catfile.KeyAliasDe, catfile.KeyAliasNl}

// extend applies an extend block: it copies the entity on first extension
// (the base catalog shares its entities and must not change) and appends.
func (b *builder) extend(ref Ref, e *catfile.Entry) {
	if !b.c.Has(ref) {
		b.errorf(e.Line, ref, "", ErrUnknownID, "cannot extend %s %q: no such entity", ref.Kind, ref.ID)
		return
	}
	b.addEntry(ref, e)
	copyLabel := func(l Label) Label {
		for i := range l.aliases {
			l.aliases[i] = slices.Clone(l.aliases[i])
		}
		return l
	}
	addAliases := func(l *Label) {
		for i, key := range aliasKeys {
			for _, a := range e.List(key) {
				if !slices.Contains(l.aliases[i], a) {
					l.aliases[i] = append(l.aliases[i], a)
				}
			}
		}
	}
	first := !b.extended[ref]
	b.extended[ref] = true
	switch ref.Kind {
	case KindArea:
		a := b.c.areas.byID[AreaID(ref.ID)]
		if first && b.defined[ref] == 0 {
			cp := *a
			cp.label = copyLabel(a.label)
			cp.duties, cp.skills, cp.methods = slices.Clone(a.duties), slices.Clone(a.skills), slices.Clone(a.methods)
			cp.tools, cp.kpis, cp.related = slices.Clone(a.tools), slices.Clone(a.kpis), slices.Clone(a.related)
			a = &cp
			b.c.areas.replace(a.id, a)
		}
		addAliases(&a.label)
		b.addLinks(a, e, true)
	case KindDuty:
		extendEntity(&b.c.duties, DutyID(ref.ID), first && b.defined[ref] == 0, copyLabel, addAliases)
	case KindSkill:
		extendEntity(&b.c.skills, SkillID(ref.ID), first && b.defined[ref] == 0, copyLabel, addAliases)
	case KindMethod:
		extendEntity(&b.c.methods, MethodID(ref.ID), first && b.defined[ref] == 0, copyLabel, addAliases)
	case KindTool:
		extendEntity(&b.c.tools, ToolID(ref.ID), first && b.defined[ref] == 0, copyLabel, addAliases)
	case KindKPI:
		k := b.c.kpis.byID[KPIID(ref.ID)]
		if first && b.defined[ref] == 0 {
			cp := *k
			cp.label = copyLabel(k.label)
			k = &cp
			b.c.kpis.replace(k.id, k)
		}
		addAliases(&k.label)
	}
}

func extendEntity[ID id](t *table[ID, Entity[ID]], id ID, copyFirst bool, copyLabel func(Label) Label, add func(*Label)) {
	e := t.byID[id]
	if copyFirst {
		e = &Entity[ID]{id: id, label: copyLabel(e.label)}
		t.replace(id, e)
	}
	add(&e.label)
}

// addLinks appends the link fields of e to a. A link listed twice is an
// error in a definition and ignored in an extension.
func (b *builder) addLinks(a *Area, e *catfile.Entry, extension bool) {
	for _, f := range e.Fields {
		var dup bool
		for _, v := range f.Values {
			switch f.Key {
			case catfile.KeyDuties:
				a.duties, dup = appendNew(a.duties, DutyID(v))
			case catfile.KeySkills:
				a.skills, dup = appendNew(a.skills, SkillID(v))
			case catfile.KeyMethods:
				a.methods, dup = appendNew(a.methods, MethodID(v))
			case catfile.KeyTools:
				a.tools, dup = appendNew(a.tools, ToolID(v))
			case catfile.KeyKPIs:
				a.kpis, dup = appendNew(a.kpis, KPIID(v))
			case catfile.KeyRelated:
				if AreaID(v) == a.id {
					b.errorf(f.Line, a.Ref(), f.Key, ErrBadValue, "an area cannot be related to itself")
					continue
				}
				a.related, dup = appendNew(a.related, AreaID(v))
			default:
				continue
			}
			if dup && !extension {
				b.errorf(f.Line, a.Ref(), f.Key, ErrBadValue, "%q is listed twice", v)
			}
		}
	}
}

func appendNew[T comparable](s []T, v T) ([]T, bool) {
	if slices.Contains(s, v) {
		return s, true
	}
	return append(s, v), false
}

// checkLinks reports every link of this file to an entity the catalog lacks,
// at the line that writes it.
func (b *builder) checkLinks() {
	for _, ref := range b.order {
		if ref.Kind != KindArea {
			continue
		}
		for _, e := range b.entries[ref] {
			for _, f := range e.Fields {
				for _, lk := range catfile.LinkKeys {
					if f.Key != lk.Key {
						continue
					}
					k, _ := parseKind(lk.Kind)
					for _, v := range f.Values {
						if !b.c.Has(Ref{k, v}) {
							b.errorf(f.Line, ref, f.Key, ErrUnknownID, "no %s %q in the catalog", k, v)
						}
					}
				}
			}
		}
	}
}

// indexNames builds the name index: the base catalog's names as they are,
// then every name and alias this file writes, reporting clashes within a
// kind.
func (b *builder) indexNames(base *Catalog) {
	b.c.names = make(map[string][]nameRef)
	b.runes = make(map[rune]bool)
	if base != nil {
		for k, v := range base.names {
			b.c.names[k] = slices.Clone(v)
			b.countRunes(k)
		}
	}
	for _, ref := range b.order {
		if !b.c.Has(ref) {
			continue
		}
		for _, e := range b.entries[ref] {
			for _, f := range e.Fields {
				switch f.Key {
				case catfile.KeyEn, catfile.KeyZh, catfile.KeyZhHant:
					b.addName(ref, f.Value, false, f)
				case catfile.KeyAliasEn, catfile.KeyAliasZh, catfile.KeyAliasZhHant, catfile.KeyAliasDe, catfile.KeyAliasNl:
					for _, v := range f.Values {
						b.addName(ref, v, true, f)
					}
				}
			}
		}
	}
	b.indexSpellings()
}

// indexSpellings indexes the other forms of every name and alias that the
// Matcher searches too (see spellingsOf): "process optimisation" for
// "process optimization", "Qualitaetsmanagement" for "Qualitätsmanagement",
// "community managers". Lookup reads them only for a name that is no name
// or alias as written.
func (b *builder) indexSpellings() {
	b.c.spellings = make(map[string][]nameRef)
	for _, key := range slices.Sorted(maps.Keys(b.c.names)) {
		for _, v := range spellingsOf(key)[1:] {
			if _, ok := b.c.names[v]; ok {
				continue
			}
			for _, n := range b.c.names[key] {
				list := b.c.spellings[v]
				if !slices.ContainsFunc(list, func(o nameRef) bool { return o.ref == n.ref }) {
					b.c.spellings[v] = append(list, n)
				}
			}
		}
	}
}

// countRunes adds the runes of a folded name to b.runes and reports whether
// they just went over the limit of the matcher's automaton, so that a
// catalog the Matcher cannot compile fails to load, with the line to blame,
// instead of giving a Matcher that silently finds nothing.
func (b *builder) countRunes(key string) (over bool) {
	for _, r := range key {
		if r != ' ' && !b.runes[r] { // the Matcher always has a class for the space
			b.runes[r] = true
			over = over || len(b.runes) == automaton.MaxRunes+1
		}
	}
	return over
}

func (b *builder) addName(ref Ref, term string, alias bool, f catfile.Field) {
	key := fold.Key(term)
	if key == "" {
		b.errorf(f.Line, ref, f.Key, ErrBadValue, "%q has no letters to look up", term)
		return
	}
	if b.countRunes(key) {
		b.errorf(f.Line, ref, f.Key, ErrBadValue, "%q brings the names and aliases of the catalog over %d distinct characters, the most a Matcher can search for", term, automaton.MaxRunes)
	}
	list := b.c.names[key]
	for i, n := range list {
		if n.ref == ref {
			if n.alias && !alias {
				list[i].alias = false // a name outranks the same text as alias
			}
			return
		}
		if n.ref.Kind == ref.Kind {
			where := "the catalog being extended"
			if n.line > 0 {
				where = fmt.Sprintf("line %d", n.line)
			}
			b.errorf(f.Line, ref, f.Key, ErrAliasConflict, "%q is also a name of %s %q (%s); names and aliases must be unique within a kind",
				term, n.ref.Kind, n.ref.ID, where)
			return
		}
	}
	b.c.names[key] = append(list, nameRef{ref: ref, alias: alias, line: f.Line})
}

// indexKPITerms lists the folded names and aliases of the KPIs, longest
// first and otherwise in catalog order, for linking free-text metrics.
func (b *builder) indexKPITerms() {
	for _, k := range b.c.kpis.list {
		for term := range k.Label().Terms() {
			if key := fold.Key(term); key != "" {
				b.c.kpiTerms = append(b.c.kpiTerms, kpiTerm{key, k.id})
			}
		}
	}
	slices.SortStableFunc(b.c.kpiTerms, func(x, y kpiTerm) int { return cmp.Compare(len(y.key), len(x.key)) })
}

// indexOwners records, for each entity an area links to, the areas linking
// it, in catalog order.
func (b *builder) indexOwners() {
	b.c.owners = make(map[Ref][]AreaID)
	for _, a := range b.c.areas.list {
		for r := range a.Links() {
			b.c.owners[r] = append(b.c.owners[r], a.id)
		}
	}
}
