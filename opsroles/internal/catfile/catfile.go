// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

// Package catfile reads the catalog data format described at the top of
// opsroles/catalog.txt: blocks that start with a "<kind> <id>" header and hold
// indented "key: value" fields.
//
// Parse checks everything that can be checked one block at a time (syntax,
// known kinds and fields, ID form, required fields, allowed values) and
// reports each problem with its line. Checks across blocks (duplicate IDs,
// dangling references, alias clashes) belong to the catalog builder.
package catfile

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentinel errors wrapped by Error.Err, so callers can test for the class of
// a problem with errors.Is.
var (
	ErrSyntax        = errors.New("syntax error")
	ErrBadID         = errors.New("malformed ID")
	ErrUnknownField  = errors.New("unknown field")
	ErrMissingField  = errors.New("missing required field")
	ErrDuplicateText = errors.New("field given twice")
	ErrBadValue      = errors.New("bad value")
	// ErrUnknownKind is a syntax error: the header names no kind of entity.
	ErrUnknownKind = fmt.Errorf("%w: unknown entity kind", ErrSyntax)
)

// MaxErrors is the number of problems after which Parse stops reading.
const MaxErrors = 50

// maxLine bounds a line, so a file without newlines cannot exhaust memory.
const maxLine = 64 << 10

// MaxIDLen is the longest ID allowed, in bytes.
const MaxIDLen = 48

// Kinds lists the entity kinds in the order the catalog documents them.
var Kinds = []string{"area", "duty", "skill", "method", "tool", "kpi"}

// Error is one problem of a catalog file.
type Error struct {
	Line  int    // 1-based line of the problem
	Kind  string // entity kind, when known
	ID    string // entity ID, when known
	Field string // field key, when the problem is in a field
	Err   error  // one of the sentinel errors above, wrapped with detail
}

// Error returns the problem with its line, and the entity and field when
// known.
func (e *Error) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "line %d: ", e.Line)
	if e.Kind != "" && e.ID != "" {
		fmt.Fprintf(&b, "%s %s: ", e.Kind, e.ID)
	}
	if e.Field != "" {
		fmt.Fprintf(&b, "field %q: ", e.Field)
	}
	b.WriteString(e.Err.Error())
	return b.String()
}

// Unwrap returns the sentinel error the problem wraps.
func (e *Error) Unwrap() error { return e.Err }

// Entry is one block of the file.
type Entry struct {
	Kind   string
	ID     string
	Extend bool // the header was "extend <kind> <id>"
	Line   int  // line of the header
	Fields []Field
}

// Field is one "key: value" line. Text fields carry Value; list fields carry
// the '|'-separated items in Values.
type Field struct {
	Key    string
	Line   int
	Value  string
	Values []string
}

// Text returns the value of the text field key, or "".
func (e *Entry) Text(key string) string {
	for _, f := range e.Fields {
		if f.Key == key {
			return f.Value
		}
	}
	return ""
}

// List returns the items of every line of the list field key, in order.
func (e *Entry) List(key string) []string {
	var out []string
	for _, f := range e.Fields {
		if f.Key == key {
			out = append(out, f.Values...)
		}
	}
	return out
}

// FieldLine returns the line of the first occurrence of key, or the header
// line when the field is absent.
func (e *Entry) FieldLine(key string) int {
	for _, f := range e.Fields {
		if f.Key == key {
			return f.Line
		}
	}
	return e.Line
}

// Parse reads a catalog file. It returns the entries it could read and, when
// anything was wrong, an error that is a list of *Error joined with
// errors.Join (at most MaxErrors of them). I/O errors are returned as they
// come. Parse never panics.
func Parse(r io.Reader) ([]Entry, error) {
	p := parser{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), maxLine)
	for sc.Scan() && len(p.errs) < MaxErrors {
		p.line++
		p.parseLine(sc.Bytes())
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			p.errorf("", &Error{Line: p.line + 1, Err: fmt.Errorf("%w: line longer than %d bytes", ErrSyntax, maxLine)})
		} else {
			return nil, err
		}
	}
	p.finish()
	if len(p.errs) > 0 {
		return p.entries, errors.Join(p.errs...)
	}
	return p.entries, nil
}

type parser struct {
	line    int
	entries []Entry
	cur     *Entry // the entry whose fields are being read, nil before the first header
	errs    []error
}

func (p *parser) errorf(field string, e *Error) {
	if p.cur != nil && e.Kind == "" {
		e.Kind, e.ID = p.cur.Kind, p.cur.ID
	}
	if field != "" {
		e.Field = field
	}
	p.errs = append(p.errs, e)
}

func (p *parser) fail(field string, sentinel error, format string, args ...any) {
	err := sentinel
	if format != "" {
		err = fmt.Errorf("%w: %s", sentinel, fmt.Sprintf(format, args...))
	}
	p.errorf(field, &Error{Line: p.line, Err: err})
}

func (p *parser) parseLine(b []byte) {
	if p.line == 1 {
		b = bytes.TrimPrefix(b, []byte("\uFEFF"))
	}
	b = bytes.TrimSuffix(b, []byte("\r"))
	if !utf8.Valid(b) {
		p.fail("", ErrSyntax, "invalid UTF-8 at byte %d of the line", invalidAt(b))
		return
	}
	s := string(b)
	trimmed := strings.TrimSpace(s)
	if trimmed == "" || strings.HasPrefix(trimmed, "#") {
		return
	}
	if s[0] == ' ' || s[0] == '\t' {
		p.parseField(trimmed)
		return
	}
	p.parseHeader(trimmed)
}

func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(b)
}

func (p *parser) parseHeader(s string) {
	p.finish()
	words := strings.Fields(s)
	extend := false
	if len(words) > 0 && words[0] == "extend" {
		extend = true
		words = words[1:]
	}
	if len(words) != 2 {
		p.fail("", ErrSyntax, "want a header \"<kind> <id>\" or an indented field, got %q", s)
		return
	}
	kind, id := words[0], words[1]
	if !slices.Contains(Kinds, kind) {
		p.fail("", ErrUnknownKind, "%q (want one of %s)", kind, strings.Join(Kinds, ", "))
		return
	}
	p.entries = append(p.entries, Entry{Kind: kind, ID: id, Extend: extend, Line: p.line})
	p.cur = &p.entries[len(p.entries)-1]
	if err := CheckID(id); err != nil {
		p.fail("", ErrBadID, "%v", err)
	}
}

// CheckID reports whether id is a lowercase kebab-case slug of at most
// MaxIDLen bytes.
func CheckID(id string) error {
	if id == "" {
		return errors.New("empty ID")
	}
	if len(id) > MaxIDLen {
		return fmt.Errorf("%q is longer than %d bytes", id, MaxIDLen)
	}
	prevDash := true
	for i := 0; i < len(id); i++ {
		c := id[i]
		switch {
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			prevDash = false
		case c == '-' && !prevDash:
			prevDash = true
		default:
			return fmt.Errorf("%q is not lowercase kebab-case (letters a-z, digits, single dashes between words)", id)
		}
	}
	if prevDash {
		return fmt.Errorf("%q ends with a dash", id)
	}
	return nil
}

func (p *parser) parseField(s string) {
	if p.cur == nil {
		p.fail("", ErrSyntax, "field %q before the first entity header", s)
		return
	}
	key, value, ok := strings.Cut(s, ":")
	key, value = strings.TrimSpace(key), strings.TrimSpace(value)
	if !ok || key == "" || strings.ContainsAny(key, " \t") {
		p.fail("", ErrSyntax, "want \"key: value\", got %q", s)
		return
	}
	spec, known := lookupSpec(p.cur.Kind, key)
	if !known {
		p.fail(key, ErrUnknownField, "%q is not a field of %s (fields: %s)", key, p.cur.Kind, strings.Join(fieldNames(p.cur.Kind), ", "))
		return
	}
	if p.cur.Extend && !spec.extensible {
		p.fail(key, ErrUnknownField, "an extend block may only add aliases and links")
		return
	}
	if value == "" {
		p.fail(key, ErrBadValue, "empty value")
		return
	}
	f := Field{Key: key, Line: p.line}
	if spec.list {
		for _, item := range strings.Split(value, "|") {
			item = strings.TrimSpace(item)
			if item == "" {
				p.fail(key, ErrBadValue, "empty item in list %q", value)
				return
			}
			if spec.ids {
				if err := CheckID(item); err != nil {
					p.fail(key, ErrBadID, "%v", err)
					continue
				}
			}
			f.Values = append(f.Values, item)
		}
	} else {
		for _, g := range p.cur.Fields {
			if g.Key == key {
				p.fail(key, ErrDuplicateText, "already given on line %d", g.Line)
				return
			}
		}
		if len(spec.enum) > 0 && !slices.Contains(spec.enum, value) {
			p.fail(key, ErrBadValue, "%q (want one of %s)", value, strings.Join(spec.enum, ", "))
			return
		}
		if spec.goIdent && !isExportedIdent(value) {
			p.fail(key, ErrBadValue, "%q is not an exported Go identifier", value)
			return
		}
		f.Value = value
	}
	p.cur.Fields = append(p.cur.Fields, f)
}

func isExportedIdent(s string) bool {
	for i, r := range s {
		if r >= utf8.RuneSelf || !(unicode.IsLetter(r) || r == '_' || i > 0 && unicode.IsDigit(r)) {
			return false
		}
	}
	return s != "" && 'A' <= s[0] && s[0] <= 'Z'
}

// finish checks the required fields of the entry just read.
func (p *parser) finish() {
	if p.cur == nil {
		return
	}
	e := p.cur
	p.cur = nil
	if e.Extend {
		return
	}
	for _, spec := range specs {
		if !spec.required || !spec.applies(e.Kind) {
			continue
		}
		if !slices.ContainsFunc(e.Fields, func(f Field) bool { return f.Key == spec.key }) {
			p.errorf(spec.key, &Error{Line: e.Line, Kind: e.Kind, ID: e.ID,
				Err: ErrMissingField})
		}
	}
}
