// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"bytes"
	_ "embed"
	"fmt"
	"iter"
	"slices"
	"strconv"
	"sync"

	"github.com/rolemodels/ops/opsroles/internal/catfile"

	"golang.org/x/text/language"
)

//go:embed catalog.txt
var builtin []byte

// Default returns the built-in catalog, parsed from the embedded catalog.txt
// on first use. The catalog is immutable and safe for concurrent use; every
// call returns the same *Catalog.
func Default() *Catalog { return defaultCatalog() }

var defaultCatalog = sync.OnceValue(func() *Catalog {
	c, err := Load(bytes.NewReader(builtin))
	if err != nil {
		// The tests load the embedded file; a broken one never ships.
		panic("opsroles: built-in catalog: " + err.Error())
	}
	return c
})

// A Catalog is a validated set of areas, duties, skills, methods, tools and
// KPIs with their labels and links. It is immutable once built and safe for
// concurrent use; Extend returns a new Catalog rather than changing one.
//
// The iterators (Areas, Duties, Skills, Methods, Tools, KPIs) yield entities
// in catalog order: the order of the catalog file, with the entities an
// extension adds after those of the catalog it extends.
type Catalog struct {
	areas   table[AreaID, Area]
	duties  table[DutyID, Duty]
	skills  table[SkillID, Skill]
	methods table[MethodID, Method]
	tools   table[ToolID, Tool]
	kpis    table[KPIID, Indicator]

	names     map[string][]nameRef // fold.Key of every name and alias
	spellings map[string][]nameRef // their other spellings (see indexSpellings)
	owners    map[Ref][]AreaID     // areas that link each duty, skill, method, tool and KPI
	kpiTerms  []kpiTerm            // every KPI name and alias, longest first
}

// kpiTerm is a name or alias of a KPI, as fold.Key returns it.
type kpiTerm struct {
	key string
	id  KPIID
}

// table holds the entities of one kind in catalog order, with an index.
type table[ID id, E any] struct {
	list []*E
	byID map[ID]*E
}

func (t *table[ID, E]) get(id ID) (*E, bool) {
	e, ok := t.byID[id]
	return e, ok
}

func (t *table[ID, E]) add(id ID, e *E) {
	if t.byID == nil {
		t.byID = make(map[ID]*E)
	}
	t.list = append(t.list, e)
	t.byID[id] = e
}

// clone returns a table that shares the entities but not the slice or map,
// so that an extension can add and replace entities.
func (t *table[ID, E]) clone() table[ID, E] {
	m := make(map[ID]*E, len(t.byID))
	for k, v := range t.byID {
		m[k] = v
	}
	return table[ID, E]{list: slices.Clone(t.list), byID: m}
}

// replace swaps the entity stored under id for e, keeping its position.
func (t *table[ID, E]) replace(id ID, e *E) {
	old := t.byID[id]
	t.list[slices.Index(t.list, old)] = e
	t.byID[id] = e
}

// An AreaType says how an area cuts operations work.
type AreaType uint8

const (
	// FunctionArea is a function that every operations job performs to some
	// degree, such as strategy planning or risk management.
	FunctionArea AreaType = iota + 1
	// SpecialtyArea is a specialty that job boards post, such as user
	// operations or e-commerce operations.
	SpecialtyArea
)

// String returns "function" or "specialty".
func (t AreaType) String() string {
	switch t {
	case FunctionArea:
		return "function"
	case SpecialtyArea:
		return "specialty"
	}
	return "AreaType(" + strconv.Itoa(int(t)) + ")"
}

// An Area is one area of operations work with the duties it holds, the
// skills it needs, the methods and tools it uses, the KPIs it owns and the
// areas it works with.
type Area struct {
	id      AreaID
	label   Label
	typ     AreaType
	duties  []DutyID
	skills  []SkillID
	methods []MethodID
	tools   []ToolID
	kpis    []KPIID
	related []AreaID
}

// ID returns the area's ID.
func (a *Area) ID() AreaID { return a.id }

// Ref returns the area's Ref.
func (a *Area) Ref() Ref { return a.id.Ref() }

// Label returns the area's names, summaries and aliases.
func (a *Area) Label() Label { return a.label }

// Type says whether the area is a function or a specialty.
func (a *Area) Type() AreaType { return a.typ }

// Duties yields the IDs of the area's duties in catalog order.
func (a *Area) Duties() iter.Seq[DutyID] { return slices.Values(a.duties) }

// Skills yields the IDs of the skills the area needs.
func (a *Area) Skills() iter.Seq[SkillID] { return slices.Values(a.skills) }

// Methods yields the IDs of the methods the area uses.
func (a *Area) Methods() iter.Seq[MethodID] { return slices.Values(a.methods) }

// Tools yields the IDs of the tools the area uses.
func (a *Area) Tools() iter.Seq[ToolID] { return slices.Values(a.tools) }

// KPIs yields the IDs of the KPIs the area owns.
func (a *Area) KPIs() iter.Seq[KPIID] { return slices.Values(a.kpis) }

// Related yields the IDs of the areas this area works most closely with.
func (a *Area) Related() iter.Seq[AreaID] { return slices.Values(a.related) }

// Links yields a Ref for every entity the area links to: its duties, skills,
// methods, tools, KPIs and related areas, in that order.
func (a *Area) Links() iter.Seq[Ref] {
	return func(yield func(Ref) bool) {
		_ = yieldRefs(a.duties, yield) && yieldRefs(a.skills, yield) &&
			yieldRefs(a.methods, yield) && yieldRefs(a.tools, yield) &&
			yieldRefs(a.kpis, yield) && yieldRefs(a.related, yield)
	}
}

func yieldRefs[ID id](ids []ID, yield func(Ref) bool) bool {
	for _, id := range ids {
		if !yield(Ref{id.Kind(), string(id)}) {
			return false
		}
	}
	return true
}

// An Entity is a catalog entity whose content is its label: a duty, skill,
// method or tool. (Areas and KPIs carry more and have types of their own.)
type Entity[ID id] struct {
	id    ID
	label Label
}

// ID returns the entity's ID.
func (e *Entity[ID]) ID() ID { return e.id }

// Ref returns the entity's Ref.
func (e *Entity[ID]) Ref() Ref { return Ref{e.id.Kind(), string(e.id)} }

// Label returns the entity's names, summaries and aliases. For a duty the
// name is a short title, the summary is the duty as a sentence and the
// aliases are the words that postings use for the work.
func (e *Entity[ID]) Label() Label { return e.label }

type (
	Duty   = Entity[DutyID]   // Duty is a duty that an area holds.
	Skill  = Entity[SkillID]  // Skill is a skill that an area needs.
	Method = Entity[MethodID] // Method is a method an area uses.
	Tool   = Entity[ToolID]   // Tool is a tool an area uses.
)

// A Direction says which way a KPI is better.
type Direction uint8

const (
	// HigherIsBetter: more is better, as for retention rate or GMV.
	HigherIsBetter Direction = iota + 1
	// LowerIsBetter: less is better, as for churn rate or acquisition cost.
	LowerIsBetter
	// WithinBand: the value should stay inside a target band, as for a
	// budget pace or a response-time target with a floor.
	WithinBand
)

var directionNames = [...]string{"", "higher", "lower", "band"}

// String returns "higher", "lower" or "band", as the catalog file writes it.
func (d Direction) String() string {
	if d != 0 && int(d) < len(directionNames) {
		return directionNames[d]
	}
	return "Direction(" + strconv.Itoa(int(d)) + ")"
}

// An Indicator is a key performance indicator (a KPI of the catalog): how it is computed, in what unit,
// and which way is better.
type Indicator struct {
	id        KPIID
	label     Label
	formula   [2]string // English, Simplified Chinese
	unit      string
	direction Direction
}

// ID returns the KPI's ID.
func (k *Indicator) ID() KPIID { return k.id }

// Ref returns the KPI's Ref.
func (k *Indicator) Ref() Ref { return k.id.Ref() }

// Label returns the KPI's names, summaries and aliases.
func (k *Indicator) Label() Label { return k.label }

// Formula returns how the KPI is computed, in Chinese when t asks for any
// Chinese and in English otherwise.
func (k *Indicator) Formula(t language.Tag) string {
	if langIndex(t) == langEn {
		return k.formula[0]
	}
	return k.formula[1]
}

// Unit returns the KPI's unit as the catalog writes it: "%", "count",
// "currency", "ratio", "score", "days" and so on.
func (k *Indicator) Unit() string { return k.unit }

// Direction says which way the KPI is better.
func (k *Indicator) Direction() Direction { return k.direction }

// Area returns the area with the given ID.
func (c *Catalog) Area(id AreaID) (*Area, bool) { return c.areas.get(id) }

// Duty returns the duty with the given ID.
func (c *Catalog) Duty(id DutyID) (*Duty, bool) { return c.duties.get(id) }

// Skill returns the skill with the given ID.
func (c *Catalog) Skill(id SkillID) (*Skill, bool) { return c.skills.get(id) }

// Method returns the method with the given ID.
func (c *Catalog) Method(id MethodID) (*Method, bool) { return c.methods.get(id) }

// Tool returns the tool with the given ID.
func (c *Catalog) Tool(id ToolID) (*Tool, bool) { return c.tools.get(id) }

// KPI returns the KPI with the given ID.
func (c *Catalog) KPI(id KPIID) (*Indicator, bool) { return c.kpis.get(id) }

// Areas yields every area in catalog order.
func (c *Catalog) Areas() iter.Seq[*Area] { return slices.Values(c.areas.list) }

// Duties yields every duty in catalog order.
func (c *Catalog) Duties() iter.Seq[*Duty] { return slices.Values(c.duties.list) }

// Skills yields every skill in catalog order.
func (c *Catalog) Skills() iter.Seq[*Skill] { return slices.Values(c.skills.list) }

// Methods yields every method in catalog order.
func (c *Catalog) Methods() iter.Seq[*Method] { return slices.Values(c.methods.list) }

// Tools yields every tool in catalog order.
func (c *Catalog) Tools() iter.Seq[*Tool] { return slices.Values(c.tools.list) }

// KPIs yields every KPI in catalog order.
func (c *Catalog) KPIs() iter.Seq[*Indicator] { return slices.Values(c.kpis.list) }

// Len returns the number of entities of kind k.
func (c *Catalog) Len(k Kind) int {
	switch k {
	case KindArea:
		return len(c.areas.list)
	case KindDuty:
		return len(c.duties.list)
	case KindSkill:
		return len(c.skills.list)
	case KindMethod:
		return len(c.methods.list)
	case KindTool:
		return len(c.tools.list)
	case KindKPI:
		return len(c.kpis.list)
	}
	return 0
}

// Label returns the label of the entity r names, and whether it exists.
func (c *Catalog) Label(r Ref) (Label, bool) {
	switch r.Kind {
	case KindArea:
		return labelOf(c.areas.get(AreaID(r.ID)))
	case KindDuty:
		return labelOf(c.duties.get(DutyID(r.ID)))
	case KindSkill:
		return labelOf(c.skills.get(SkillID(r.ID)))
	case KindMethod:
		return labelOf(c.methods.get(MethodID(r.ID)))
	case KindTool:
		return labelOf(c.tools.get(ToolID(r.ID)))
	case KindKPI:
		return labelOf(c.kpis.get(KPIID(r.ID)))
	}
	return Label{}, false
}

func labelOf[E interface{ Label() Label }](e E, ok bool) (Label, bool) {
	if !ok {
		return Label{}, false
	}
	return e.Label(), true
}

// Has reports whether the catalog holds the entity r names.
func (c *Catalog) Has(r Ref) bool {
	_, ok := c.Label(r)
	return ok
}

// check returns an error wrapping ErrUnknownID unless c holds r.
func (c *Catalog) check(r Ref) error {
	if err := catfile.CheckID(r.ID); err != nil {
		return fmt.Errorf("opsroles: %s ID: %w: %v", r.Kind, ErrBadID, err)
	}
	if !c.Has(r) {
		return fmt.Errorf("opsroles: %w: no %s %q in the catalog", ErrUnknownID, r.Kind, r.ID)
	}
	return nil
}

// AreasUsing yields, in catalog order, the areas that link to r: the areas
// holding a duty, needing a skill, using a method or tool, owning a KPI, or,
// for an area, naming it as related.
func (c *Catalog) AreasUsing(r Ref) iter.Seq[*Area] {
	return func(yield func(*Area) bool) {
		for _, id := range c.owners[r] {
			if !yield(c.areas.byID[id]) {
				return
			}
		}
	}
}
