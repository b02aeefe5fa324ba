// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"errors"
	"fmt"
	"strings"

	"github.com/rolemodels/ops/opsroles/internal/catfile"
)

// Classes of catalog problems. A *CatalogError wraps one of them, so that
// errors.Is(err, ErrDuplicateID) tells what went wrong without parsing text.
var (
	ErrSyntax         = catfile.ErrSyntax           // a line that is neither header, field, comment nor blank
	ErrBadID          = catfile.ErrBadID            // an ID that is not lowercase kebab-case
	ErrUnknownField   = catfile.ErrUnknownField     // a field the entity's kind does not have
	ErrMissingField   = catfile.ErrMissingField     // a required field is absent
	ErrDuplicateField = catfile.ErrDuplicateText    // a text field given twice
	ErrBadValue       = catfile.ErrBadValue         // an empty value, or one outside the allowed set
	ErrDuplicateID    = errors.New("duplicate ID")  // two entities of one kind share an ID
	ErrUnknownID      = errors.New("unknown ID")    // a reference to an entity that does not exist
	ErrAliasConflict  = errors.New("name conflict") // one name for two entities of the same kind
)

// Lookup failures, wrapped by *LookupError.
var (
	ErrNotFound  = errors.New("no entity has that name")
	ErrAmbiguous = errors.New("name is ambiguous")
)

// A CatalogError is one problem found while loading a catalog file.
type CatalogError struct {
	Line   int    // 1-based line in the catalog file
	Entity Ref    // the entity concerned, when known
	Field  string // the field concerned, when known
	Err    error  // wraps one of the Err* classes above
}

// Error returns "line N: kind id: field \"f\": problem", leaving out the
// parts that are not known.
func (e *CatalogError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "line %d: ", e.Line)
	if !e.Entity.IsZero() {
		fmt.Fprintf(&b, "%s %s: ", e.Entity.Kind, e.Entity.ID)
	}
	if e.Field != "" {
		fmt.Fprintf(&b, "field %q: ", e.Field)
	}
	b.WriteString(e.Err.Error())
	return b.String()
}

// Unwrap returns the wrapped error, one of the Err* classes with detail.
func (e *CatalogError) Unwrap() error { return e.Err }

// CatalogErrors lists every problem found in a catalog file, in line order.
// Load and Extend return it as their error; errors.As finds both the list
// and, through Unwrap, its first *CatalogError.
type CatalogErrors []*CatalogError

// Error lists the problems, one per line when there are several.
func (l CatalogErrors) Error() string {
	switch len(l) {
	case 0:
		return "opsroles: no catalog errors"
	case 1:
		return "opsroles: catalog: " + l[0].Error()
	}
	var b strings.Builder
	fmt.Fprintf(&b, "opsroles: catalog: %d problems:", len(l))
	for _, e := range l {
		b.WriteString("\n\t")
		b.WriteString(e.Error())
	}
	return b.String()
}

// Unwrap returns the errors of the list, for errors.Is and errors.As.
func (l CatalogErrors) Unwrap() []error {
	errs := make([]error, len(l))
	for i, e := range l {
		errs[i] = e
	}
	return errs
}

// A LookupError reports a name that resolves to no entity, or to several
// with equal claim to it.
type LookupError struct {
	Name       string // the name as given
	Candidates []Ref  // the entities an ambiguous name could mean; nil when none
}

// Error names the name and why it failed; for an ambiguous name, the
// entities it could mean.
func (e *LookupError) Error() string {
	if len(e.Candidates) == 0 {
		return fmt.Sprintf("opsroles: %q: %v", e.Name, ErrNotFound)
	}
	refs := make([]string, len(e.Candidates))
	for i, r := range e.Candidates {
		refs[i] = r.String()
	}
	return fmt.Sprintf("opsroles: %q: %v: it could be %s", e.Name, ErrAmbiguous, strings.Join(refs, ", "))
}

// Unwrap returns ErrNotFound or ErrAmbiguous.
func (e *LookupError) Unwrap() error {
	if len(e.Candidates) == 0 {
		return ErrNotFound
	}
	return ErrAmbiguous
}
