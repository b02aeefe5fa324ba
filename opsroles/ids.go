// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"fmt"
	"strings"

	"github.com/rolemodels/ops/opsroles/internal/catfile"
)

// A Kind says which of the six kinds of catalog entity an ID or Ref names.
type Kind uint8

// The kinds of catalog entity, in the order the catalog documents them.
const (
	KindArea   Kind = iota + 1 // an area of operations work
	KindDuty                   // a duty that an area holds
	KindSkill                  // a skill that an area needs
	KindMethod                 // a method an area uses, such as SMART or a funnel
	KindTool                   // a tool, such as Tableau or a CRM system
	KindKPI                    // a key performance indicator
)

var kindNames = [...]string{"", "area", "duty", "skill", "method", "tool", "kpi"}

// Kinds returns every Kind in catalog order.
func Kinds() []Kind {
	return []Kind{KindArea, KindDuty, KindSkill, KindMethod, KindTool, KindKPI}
}

// String returns the kind's name as the catalog file writes it ("area",
// "duty", "skill", "method", "tool", "kpi").
func (k Kind) String() string {
	if int(k) < len(kindNames) && k != 0 {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// MarshalText implements encoding.TextMarshaler. The zero Kind and values
// beyond KindKPI are an error.
func (k Kind) MarshalText() ([]byte, error) {
	if k == 0 || int(k) >= len(kindNames) {
		return nil, fmt.Errorf("opsroles: invalid %s", k)
	}
	return []byte(kindNames[k]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *Kind) UnmarshalText(b []byte) error {
	v, ok := parseKind(string(b))
	if !ok {
		return fmt.Errorf("opsroles: unknown kind %q (want one of %s)", b, strings.Join(kindNames[1:], ", "))
	}
	*k = v
	return nil
}

func parseKind(s string) (Kind, bool) {
	for i, n := range kindNames {
		if i > 0 && n == s {
			return Kind(i), true
		}
	}
	return 0, false
}

// IDs are stable, lowercase kebab-case slugs such as "user-ops" or
// "retention-rate", typed per kind. An ID, once released in the built-in
// catalog, never changes meaning and is never removed or renamed: HR systems
// store them. Names, summaries and aliases may improve from release to
// release; IDs do not.
//
// The ID types implement encoding.TextMarshaler and TextUnmarshaler, so they
// read and write themselves in JSON, XML and CSV. UnmarshalText accepts only
// IDs of the built-in catalog; an ID from a user's own catalog is checked
// with that catalog's accessors (Catalog.Area and its siblings). As with
// net/netip.Addr, the zero (empty) ID, which means "none" (a Title that names
// no area), marshals to the empty text, and the empty text unmarshals to it.
type (
	AreaID   string // AreaID names an area, such as UserOps ("user-ops").
	DutyID   string // DutyID names a duty.
	SkillID  string // SkillID names a skill.
	MethodID string // MethodID names a method, such as SMART ("smart").
	ToolID   string // ToolID names a tool, such as Tableau ("tableau").
	KPIID    string // KPIID names a KPI, such as DAU ("dau").
)

// Kind returns KindArea.
func (AreaID) Kind() Kind { return KindArea }

// Kind returns KindDuty.
func (DutyID) Kind() Kind { return KindDuty }

// Kind returns KindSkill.
func (SkillID) Kind() Kind { return KindSkill }

// Kind returns KindMethod.
func (MethodID) Kind() Kind { return KindMethod }

// Kind returns KindTool.
func (ToolID) Kind() Kind { return KindTool }

// Kind returns KindKPI.
func (KPIID) Kind() Kind { return KindKPI }

// Ref returns the Ref of the area.
func (id AreaID) Ref() Ref { return Ref{KindArea, string(id)} }

// Ref returns the Ref of the duty.
func (id DutyID) Ref() Ref { return Ref{KindDuty, string(id)} }

// Ref returns the Ref of the skill.
func (id SkillID) Ref() Ref { return Ref{KindSkill, string(id)} }

// Ref returns the Ref of the method.
func (id MethodID) Ref() Ref { return Ref{KindMethod, string(id)} }

// Ref returns the Ref of the tool.
func (id ToolID) Ref() Ref { return Ref{KindTool, string(id)} }

// Ref returns the Ref of the KPI.
func (id KPIID) Ref() Ref { return Ref{KindKPI, string(id)} }

// MarshalText implements encoding.TextMarshaler; a malformed ID is an error,
// and the zero ID is the empty text.
func (id AreaID) MarshalText() ([]byte, error) { return marshalID(KindArea, string(id)) }

// MarshalText implements encoding.TextMarshaler; a malformed ID is an error,
// and the zero ID is the empty text.
func (id DutyID) MarshalText() ([]byte, error) { return marshalID(KindDuty, string(id)) }

// MarshalText implements encoding.TextMarshaler; a malformed ID is an error,
// and the zero ID is the empty text.
func (id SkillID) MarshalText() ([]byte, error) { return marshalID(KindSkill, string(id)) }

// MarshalText implements encoding.TextMarshaler; a malformed ID is an error,
// and the zero ID is the empty text.
func (id MethodID) MarshalText() ([]byte, error) { return marshalID(KindMethod, string(id)) }

// MarshalText implements encoding.TextMarshaler; a malformed ID is an error,
// and the zero ID is the empty text.
func (id ToolID) MarshalText() ([]byte, error) { return marshalID(KindTool, string(id)) }

// MarshalText implements encoding.TextMarshaler; a malformed ID is an error,
// and the zero ID is the empty text.
func (id KPIID) MarshalText() ([]byte, error) { return marshalID(KindKPI, string(id)) }

// UnmarshalText implements encoding.TextUnmarshaler; an ID that is not an
// area of the built-in catalog is an error; the empty text is the zero ID.
func (id *AreaID) UnmarshalText(b []byte) error { return unmarshalID(id, b) }

// UnmarshalText implements encoding.TextUnmarshaler; an ID that is not a
// duty of the built-in catalog is an error; the empty text is the zero ID.
func (id *DutyID) UnmarshalText(b []byte) error { return unmarshalID(id, b) }

// UnmarshalText implements encoding.TextUnmarshaler; an ID that is not a
// skill of the built-in catalog is an error; the empty text is the zero ID.
func (id *SkillID) UnmarshalText(b []byte) error { return unmarshalID(id, b) }

// UnmarshalText implements encoding.TextUnmarshaler; an ID that is not a
// method of the built-in catalog is an error; the empty text is the zero ID.
func (id *MethodID) UnmarshalText(b []byte) error { return unmarshalID(id, b) }

// UnmarshalText implements encoding.TextUnmarshaler; an ID that is not a
// tool of the built-in catalog is an error; the empty text is the zero ID.
func (id *ToolID) UnmarshalText(b []byte) error { return unmarshalID(id, b) }

// UnmarshalText implements encoding.TextUnmarshaler; an ID that is not a
// KPI of the built-in catalog is an error; the empty text is the zero ID.
func (id *KPIID) UnmarshalText(b []byte) error { return unmarshalID(id, b) }

// id is the constraint that the typed IDs satisfy.
type id interface {
	~string
	Kind() Kind
}

func marshalID(k Kind, s string) ([]byte, error) {
	if s == "" {
		return []byte{}, nil
	}
	if err := catfile.CheckID(s); err != nil {
		return nil, fmt.Errorf("opsroles: %s ID: %w", k, err)
	}
	return []byte(s), nil
}

func unmarshalID[ID id](dst *ID, b []byte) error {
	if len(b) == 0 {
		*dst = ""
		return nil
	}
	r := Ref{(*dst).Kind(), string(b)}
	if err := Default().check(r); err != nil {
		return err
	}
	*dst = ID(b)
	return nil
}

// A Ref names any catalog entity: its kind and its ID. Its text form, used
// in JSON and in the matcher's evidence, is "kind:id", as in "area:user-ops".
// The zero Ref names nothing; its text form is empty.
type Ref struct {
	Kind Kind
	ID   string
}

// String returns "kind:id".
func (r Ref) String() string { return r.Kind.String() + ":" + r.ID }

// IsZero reports whether r is the zero Ref.
func (r Ref) IsZero() bool { return r == Ref{} }

// MarshalText implements encoding.TextMarshaler.
func (r Ref) MarshalText() ([]byte, error) {
	if r.IsZero() {
		return []byte{}, nil
	}
	if _, err := r.Kind.MarshalText(); err != nil {
		return nil, err
	}
	if _, err := marshalID(r.Kind, r.ID); err != nil {
		return nil, err
	}
	return []byte(r.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler. It accepts "kind:id"
// where the entity exists in the built-in catalog.
func (r *Ref) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*r = Ref{}
		return nil
	}
	v, err := parseRef(string(b))
	if err != nil {
		return err
	}
	if err := Default().check(v); err != nil {
		return err
	}
	*r = v
	return nil
}

// ParseRef parses the "kind:id" form of a Ref. It checks the form only, not
// that a catalog holds the entity.
func ParseRef(s string) (Ref, error) { return parseRef(s) }

func parseRef(s string) (Ref, error) {
	ks, id, ok := strings.Cut(s, ":")
	k, kok := parseKind(ks)
	if !ok || !kok {
		return Ref{}, fmt.Errorf("opsroles: %q is not a reference of the form kind:id (kinds: %s)", s, strings.Join(kindNames[1:], ", "))
	}
	if err := catfile.CheckID(id); err != nil {
		return Ref{}, fmt.Errorf("opsroles: %s ID: %w", k, err)
	}
	return Ref{k, id}, nil
}
