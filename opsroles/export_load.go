// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/rolemodels/ops/opsroles/internal/catfile"
)

// A JSONError is one problem of a JSON catalog read by LoadJSON.
type JSONError struct {
	Offset int64  // byte offset in the input of the value concerned
	Path   string // JSON path of the value, as in $.areas[3].duties[1]
	Entity Ref    // the entity concerned, when known
	Err    error  // wraps one of the Err* classes (ErrSyntax, ErrUnknownID, ...)
}

// Error returns "offset N: path: kind id: problem".
func (e *JSONError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "offset %d: %s: ", e.Offset, e.Path)
	if !e.Entity.IsZero() {
		fmt.Fprintf(&b, "%s %s: ", e.Entity.Kind, e.Entity.ID)
	}
	b.WriteString(e.Err.Error())
	return b.String()
}

// Unwrap returns the wrapped error.
func (e *JSONError) Unwrap() error { return e.Err }

// JSONErrors lists every problem LoadJSON found, in input order. errors.As
// finds both the list and, through Unwrap, its *JSONError values.
type JSONErrors []*JSONError

// Error lists the problems, one per line when there are several.
func (l JSONErrors) Error() string {
	switch len(l) {
	case 0:
		return "opsroles: no JSON catalog errors"
	case 1:
		return "opsroles: JSON catalog: " + l[0].Error()
	}
	var b strings.Builder
	fmt.Fprintf(&b, "opsroles: JSON catalog: %d problems:", len(l))
	for _, e := range l {
		b.WriteString("\n\t")
		b.WriteString(e.Error())
	}
	return b.String()
}

// Unwrap returns the errors of the list, for errors.Is and errors.As.
func (l JSONErrors) Unwrap() []error {
	errs := make([]error, len(l))
	for i, e := range l {
		errs[i] = e
	}
	return errs
}

// LoadJSON reads a catalog in the JSON form that Render writes in
// FormatJSON (see JSONSchema) and validates it exactly as Load validates a
// catalog file. Loading the export of a catalog gives an equal catalog.
//
// Problems are reported as JSONErrors, each with the byte offset and JSON
// path of the value concerned. Unknown fields are an error, and so are text
// values that the catalog file format could not hold: a line break,
// leading or trailing space, or '|' inside a list item. A leading UTF-8
// byte-order mark is skipped. Errors from r are returned wrapped. LoadJSON
// never panics.
func LoadJSON(r io.Reader) (*Catalog, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("opsroles: reading JSON catalog: %w", err)
	}
	l := &jsonLoader{data: data}
	if bytes.HasPrefix(data, []byte("\uFEFF")) {
		l.base = 3
	}
	if !utf8.Valid(data) {
		var at int64
		for i := 0; i < len(data); {
			r, n := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && n == 1 {
				at = int64(i)
				break
			}
			i += n
		}
		return nil, JSONErrors{{Offset: at, Path: "$", Err: fmt.Errorf("%w: invalid UTF-8", ErrSyntax)}}
	}
	l.dec = json.NewDecoder(bytes.NewReader(data[l.base:]))
	l.dec.UseNumber()
	l.top()
	if l.fatal {
		return nil, l.sorted()
	}
	// Build even after problems in the JSON, to report every problem at
	// once; the values that were already wrong are missing from the file,
	// so the builder's complaints about those paths are left out.
	c, err := build(bytes.NewReader(l.text.Bytes()), nil)
	if err == nil && len(l.errs) == 0 {
		return c, nil
	}
	var ces CatalogErrors
	if err != nil && !errors.As(err, &ces) {
		return nil, err
	}
	// A value the parser rejects is also reported missing, and a value the
	// JSON walk rejected never reached the parser: one report each.
	known := make(map[string]bool)
	for _, e := range l.errs {
		known[e.Path] = true
	}
	var missing []*JSONError
	for _, ce := range ces {
		je := l.translate(ce)
		switch {
		case errors.Is(ce, ErrMissingField):
			missing = append(missing, je)
		case !known[je.Path] || !l.at(ce.Line).header:
			known[je.Path] = true
			l.errs = append(l.errs, je)
		}
	}
	for _, je := range missing {
		if !known[je.Path] {
			l.errs = append(l.errs, je)
		}
	}
	return nil, l.sorted()
}

// jsonLoader converts the JSON into a catalog file in memory, one field
// per line, remembering where in the JSON each line comes from, so that
// the catalog parser and builder validate JSON and text alike and their
// errors can be told in JSON terms.
type jsonLoader struct {
	data  []byte
	base  int64 // bytes skipped before the decoder's input (a BOM)
	dec   *json.Decoder
	errs  JSONErrors
	fatal bool // a syntax error: the rest of the input cannot be read

	text  bytes.Buffer // the catalog file
	lines []jsonPos    // where each line of text comes from
}

type jsonPos struct {
	path   string
	offset int64
	entity Ref
	header bool // an entity's header line
}

func (l *jsonLoader) sorted() JSONErrors {
	slices.SortStableFunc(l.errs, func(a, b *JSONError) int { return cmp.Compare(a.Offset, b.Offset) })
	return l.errs
}

func (l *jsonLoader) errorf(p jsonPos, class error, format string, args ...any) {
	l.errs = append(l.errs, &JSONError{Offset: p.offset, Path: p.path, Entity: p.entity,
		Err: fmt.Errorf("%w: %s", class, fmt.Sprintf(format, args...))})
}

// next returns the offset of the next value and its first byte, past the
// white space and separators that the decoder has not consumed yet.
func (l *jsonLoader) next() (int64, byte) {
	o := l.base + l.dec.InputOffset()
	for o < int64(len(l.data)) {
		switch c := l.data[o]; c {
		case ' ', '\t', '\r', '\n', ',', ':':
			o++
		default:
			return o, c
		}
	}
	return o, 0
}

// decode reads the next value into v, recording a syntax error as fatal
// and a type mismatch as a problem of p.
func (l *jsonLoader) decode(p jsonPos, v any, want string) bool {
	if l.fatal {
		return false
	}
	err := l.dec.Decode(v)
	if err == nil {
		return true
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		l.errorf(p, ErrBadValue, "want %s, got a JSON %s", want, te.Value)
		return false
	}
	l.syntax(err)
	return false
}

func (l *jsonLoader) syntax(err error) {
	l.fatal = true
	p := jsonPos{path: "$", offset: l.base + l.dec.InputOffset()}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		p.offset = l.base + se.Offset
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		err = errors.New("unexpected end of input")
	}
	l.errorf(p, ErrSyntax, "%v", err)
}

// skip discards the next value.
func (l *jsonLoader) skip() {
	var raw json.RawMessage
	l.decode(jsonPos{}, &raw, "")
}

// container reads an object or array value (open is '{' or '['), calling
// each for every member. A value of another type is reported and skipped.
func (l *jsonLoader) container(p jsonPos, open byte, each func()) {
	if l.fatal {
		return
	}
	_, c := l.next()
	if c != open {
		l.errorf(p, ErrBadValue, "want %s, got %s", jsonKind(open), jsonKind(c))
		l.skip()
		return
	}
	if _, err := l.dec.Token(); err != nil {
		l.syntax(err)
		return
	}
	for !l.fatal && l.dec.More() {
		each()
	}
	if l.fatal {
		return
	}
	if _, err := l.dec.Token(); err != nil {
		l.syntax(err)
	}
}

// object reads an object, calling member with each key and the position of
// its value.
func (l *jsonLoader) object(p jsonPos, member func(key string, vp jsonPos)) {
	l.container(p, '{', func() {
		tok, err := l.dec.Token()
		if err != nil {
			l.syntax(err)
			return
		}
		key, _ := tok.(string)
		vp := p
		vp.path = p.path + "." + key
		vp.offset, _ = l.next()
		vp.header = false
		member(key, vp)
	})
}

// array reads an array, calling elem with the position of each element.
func (l *jsonLoader) array(p jsonPos, elem func(vp jsonPos)) {
	i := 0
	l.container(p, '[', func() {
		vp := p
		vp.path = p.path + "[" + strconv.Itoa(i) + "]"
		vp.offset, _ = l.next()
		vp.header = false
		i++
		elem(vp)
	})
}

// jsonKind names the kind of JSON value that starts with c.
func jsonKind(c byte) string {
	switch c {
	case '{':
		return "an object"
	case '[':
		return "an array"
	case '"':
		return "a string"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	case 0:
		return "the end of the input"
	}
	return "a number"
}

func (l *jsonLoader) str(p jsonPos) (string, bool) {
	var s string
	if _, c := l.next(); c != '"' {
		l.errorf(p, ErrBadValue, "want a string, got %s", jsonKind(c))
		l.skip()
		return "", false
	}
	return s, l.decode(p, &s, "a string")
}

func (l *jsonLoader) unknown(p jsonPos, key string, known ...string) {
	l.errorf(p, ErrUnknownField, "%q is not a field here (fields: %s)", key, strings.Join(known, ", "))
	l.skip()
}

var exportKinds = []struct {
	key  string
	kind Kind
}{
	{"areas", KindArea}, {"duties", KindDuty}, {"skills", KindSkill},
	{"methods", KindMethod}, {"tools", KindTool}, {"kpis", KindKPI},
}

func (l *jsonLoader) top() {
	root := jsonPos{path: "$"}
	var format, version bool
	l.object(root, func(key string, p jsonPos) {
		switch key {
		case "format":
			format = true
			if s, ok := l.str(p); ok && s != exportFormat {
				l.errorf(p, ErrBadValue, "format %q is not %q", s, exportFormat)
			}
			return
		case "version":
			version = true
			var n json.Number
			if l.decode(p, &n, "a number") && n.String() != strconv.Itoa(exportVersion) {
				l.errorf(p, ErrBadValue, "version %s cannot be read; this package reads version %d", n, exportVersion)
			}
			return
		}
		for _, ek := range exportKinds {
			if key == ek.key {
				l.array(p, func(ep jsonPos) { l.entity(ek.kind, ep) })
				return
			}
		}
		l.unknown(p, key, "format", "version", "areas", "duties", "skills", "methods", "tools", "kpis")
	})
	if l.fatal {
		return
	}
	if _, err := l.dec.Token(); err != io.EOF {
		off, _ := l.next()
		l.errorf(jsonPos{path: "$", offset: off}, ErrSyntax, "data after the top-level object")
	}
	if !format || !version {
		l.errorf(root, ErrMissingField, "the object needs \"format\": %q and \"version\": %d", exportFormat, exportVersion)
	}
}

// genField is one line of the catalog file being generated.
type genField struct {
	key, value string
	pos        jsonPos
}

// catfile keys for the members of "name", "summary", "aliases" and
// "formula", by JSON key.
var (
	nameKeys      = map[string]string{"zh-Hans": catfile.KeyZh, "zh-Hant": catfile.KeyZhHant, "en": catfile.KeyEn}
	summaryKeys   = map[string]string{"zh-Hans": catfile.KeySummaryZh, "zh-Hant": catfile.KeySummaryZhHant, "en": catfile.KeySummaryEn}
	aliasJSONKeys = map[string]string{"zh-Hans": catfile.KeyAliasZh, "zh-Hant": catfile.KeyAliasZhHant, "en": catfile.KeyAliasEn, "de": catfile.KeyAliasDe, "nl": catfile.KeyAliasNl}
	formulaKeys   = map[string]string{"zh-Hans": catfile.KeyFormulaZh, "en": catfile.KeyFormulaEn}
	linkKeys      = []string{catfile.KeyDuties, catfile.KeySkills, catfile.KeyMethods, catfile.KeyTools, catfile.KeyKPIs, catfile.KeyRelated}
)

// jsonPath returns the JSON member that holds the catfile field key.
func jsonPath(key string) string {
	for _, m := range []struct {
		prefix string
		keys   map[string]string
	}{{"name", nameKeys}, {"summary", summaryKeys}, {"aliases", aliasJSONKeys}, {"formula", formulaKeys}} {
		for jk, ck := range m.keys {
			if ck == key {
				return m.prefix + "." + jk
			}
		}
	}
	return key
}

func (l *jsonLoader) entity(kind Kind, p jsonPos) {
	var id string
	var fields []genField
	text := func(key string, vp jsonPos, list bool) {
		s, ok := l.str(vp)
		if !ok {
			return
		}
		switch {
		case strings.ContainsAny(s, "\r\n\u0085\u2028\u2029"):
			l.errorf(vp, ErrBadValue, "%q holds a line break", s)
		case strings.TrimSpace(s) != s:
			l.errorf(vp, ErrBadValue, "%q has leading or trailing space", s)
		case list && strings.Contains(s, "|"):
			l.errorf(vp, ErrBadValue, "%q holds '|', which the catalog format uses between list items", s)
		case s == "" && key == catfile.KeySummaryZhHant:
			// No Traditional summary: Label.Summary falls back.
		default:
			fields = append(fields, genField{key, s, vp})
		}
	}
	texts := func(vp jsonPos, keys map[string]string) {
		l.object(vp, func(k string, mp jsonPos) {
			if ck, ok := keys[k]; ok {
				text(ck, mp, false)
			} else {
				l.unknown(mp, k, slices.Sorted(maps.Keys(keys))...)
			}
		})
	}
	list := func(key string, vp jsonPos) {
		l.array(vp, func(ip jsonPos) { text(key, ip, true) })
	}
	known := []string{"id", "name", "summary", "aliases"}
	switch kind {
	case KindArea:
		known = append(known, "type", "duties", "skills", "methods", "tools", "kpis", "related")
	case KindKPI:
		known = append(known, "formula", "unit", "direction")
	}
	l.object(p, func(key string, vp jsonPos) {
		if !slices.Contains(known, key) {
			l.unknown(vp, key, known...)
			return
		}
		switch key {
		case "id":
			if s, ok := l.str(vp); ok {
				if err := catfile.CheckID(s); err != nil {
					l.errorf(vp, ErrBadID, "%v", err)
				} else {
					id = s
				}
			}
		case "name":
			texts(vp, nameKeys)
		case "summary":
			texts(vp, summaryKeys)
		case "formula":
			texts(vp, formulaKeys)
		case "aliases":
			l.object(vp, func(k string, mp jsonPos) {
				if ck, ok := aliasJSONKeys[k]; ok {
					list(ck, mp)
				} else {
					l.unknown(mp, k, "zh-Hans", "zh-Hant", "en", "de", "nl")
				}
			})
		case "type", "unit", "direction":
			text(key, vp, false)
		default: // the links of an area
			list(key, vp)
		}
	})
	if id == "" {
		if !l.fatal && !slices.ContainsFunc(l.errs, func(e *JSONError) bool { return e.Path == p.path+".id" }) {
			l.errorf(p, ErrMissingField, "no \"id\"")
		}
		return
	}
	ref := Ref{kind, id}
	p.entity, p.header = ref, true
	l.line(p, kind.String()+" "+id)
	for _, f := range fields {
		f.pos.entity = ref
		l.line(f.pos, "  "+f.key+": "+f.value)
	}
}

func (l *jsonLoader) line(p jsonPos, s string) {
	l.text.WriteString(s)
	l.text.WriteByte('\n')
	l.lines = append(l.lines, p)
}

// lineRef finds the mentions of a line of the generated file in the
// messages of the catalog parser and builder.
var lineRef = regexp.MustCompile(`\bline (\d+)\b`)

// translate turns a problem of the generated catalog file into a problem of
// the JSON: the line becomes the path and offset it came from, in the
// position and in the message.
func (l *jsonLoader) translate(ce *CatalogError) *JSONError {
	pos := l.at(ce.Line)
	je := &JSONError{Offset: pos.offset, Path: pos.path, Entity: ce.Entity, Err: ce.Err}
	if pos.header && ce.Field != "" {
		je.Path += "." + jsonPath(ce.Field)
	}
	msg := ce.Err.Error()
	if lineRef.MatchString(msg) {
		msg = lineRef.ReplaceAllStringFunc(msg, func(m string) string {
			n, _ := strconv.Atoi(lineRef.FindStringSubmatch(m)[1])
			return l.at(n).path
		})
		je.Err = &rephrased{msg: msg, err: ce.Err}
	}
	return je
}

func (l *jsonLoader) at(line int) jsonPos {
	if line < 1 || line > len(l.lines) {
		return jsonPos{path: "$"}
	}
	return l.lines[line-1]
}

// rephrased is an error with a new message that still unwraps to the
// original, so errors.Is finds the class.
type rephrased struct {
	msg string
	err error
}

func (e *rephrased) Error() string { return e.msg }
func (e *rephrased) Unwrap() error { return e.err }
