// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

// Package markup reads the text of a document written in HTML, as a browser
// shows it, and maps every byte of that text back to the markup it came
// from, so that a matcher can read the text and report offsets into the
// markup.
//
// Job descriptions often come from applicant tracking systems and job
// boards as HTML ("<p><strong>Community&nbsp;Manager</strong></p>"),
// sometimes escaped once more ("&lt;p&gt;…", as some job-board APIs return
// them), and sometimes as plain text that kept the entities of the page it
// was copied from ("Social&nbsp;Media&nbsp;Manager"). Read as plain text,
// the tags run into the first line and entities split words.
//
// Detect tells these kinds apart and Text reads each:
//   - In HTML, tags are dropped; block elements (p, div, li, h1 …) and br
//     end lines, a paragraph, heading, list or table with a blank line
//     after it; table cells are parted by tabs; the content of script,
//     style, title and similar elements, of nav and aside (a page's
//     navigation and sidebars) and of select, comments and declarations
//     are dropped; the text of a CDATA section is kept, as XML job feeds
//     wrap their fields in them, and an XML document's title elements
//     are text; runs of white space become one space, as a browser lays
//     them out, except inside pre; entities are decoded.
//   - Escaped HTML is read the same way, with &lt; and &gt; as the tags'
//     brackets, and entities escaped twice (&amp;nbsp;) decoded.
//   - In plain text with entities, the entities are decoded and nothing
//     else changes.
//   - In text with the escapes of JSON strings (\u7528\u6237, \n, \"), as
//     a record serialized by an applicant tracking system or a Python
//     program keeps them, the escapes are decoded and nothing else changes;
//     in HTML that such a record holds, they are decoded as entities are.
package markup

import (
	"bytes"
	"html"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// A Kind says how a document is written.
type Kind uint8

// The kinds Detect tells apart.
const (
	Plain         Kind = iota // plain text, read as it is
	Entities                  // plain text with HTML entities
	HTML                      // HTML
	EscapedHTML               // HTML escaped once more: &lt;p&gt;
	StringEscapes             // text with the escapes of JSON strings: \u7528\u6237
	HTMLInStrings             // HTML with the escapes of the JSON strings that hold it
)

// minEscapes is how many \u escapes make a document one with StringEscapes:
// a Windows path (C:\users) has none, and a text that quotes one escape
// does not escape its other characters.
const minEscapes = 3

// minTags is how many known tags, one of them an end tag, make a document
// HTML when it does not start with one. A resume that mentions <div> and
// <span> is plain text, and so is one that lists "<div> <span> <p>": text
// that mentions tags rarely closes them.
const minTags = 3

// Detect returns how src is written. It is HTML if it starts with a tag of
// HTML, a comment or a declaration (<!DOCTYPE html>), or holds at least
// three tags of elements that HTML text is made of (p, br, div, li,
// strong, span …), one of them an end tag, and HTMLInStrings if HTML holds
// the escapes that make StringEscapes; text with StringEscapes if it holds
// three \u escapes or more (\u7528, four hexadecimal digits each);
// escaped HTML if tags written with &lt; and &gt; make it HTML as above;
// plain text with entities if it holds a numeric entity or a common named
// one (&nbsp;, &amp;, &#8217; …); and plain text otherwise. Text without
// '<', '\' and '&' costs three calls of bytes.IndexByte, and Detect does
// not allocate.
func Detect(src []byte) Kind {
	if k := bytes.IndexByte(src, '<'); k >= 0 && isHTML(src, k, false) {
		if hasStringEscapes(src) || isJSONObject(src) {
			return HTMLInStrings // a JSON record's HTML: "<p>\u7528\u6237</p>"
		}
		return HTML
	}
	if hasStringEscapes(src) {
		return StringEscapes
	}
	k := bytes.IndexByte(src, '&')
	if k < 0 {
		return Plain
	}
	if isHTML(src, k, true) {
		return EscapedHTML
	}
	for ; k >= 0; k = nextByte(src, k+1, '&') {
		var buf [utf8.UTFMax]byte
		if _, n := entity(buf[:0], src[k:], false); n > 0 {
			return Entities
		}
	}
	return Plain
}

// nextByte returns the index of the first c in src at or after i, or -1.
func nextByte(src []byte, i int, c byte) int {
	if k := bytes.IndexByte(src[i:], c); k >= 0 {
		return i + k
	}
	return -1
}

// isHTML reports whether src, whose first '<' (or, if escaped, '&') is at
// k, is HTML as Detect says.
func isHTML(src []byte, k int, escaped bool) bool {
	p := parser{src: src, escaped: escaped}
	lead := len(src) - len(bytes.TrimLeft(src, " \t\r\n\f\ufeff"))
	tags, ends := 0, 0
	for ; k >= 0; k = nextByte(src, k+1, p.openByte()) {
		n := p.opener(k)
		if n == 0 {
			continue
		}
		t, ok := p.tag(k, n)
		if !ok {
			continue
		}
		if t.comment || known(t.key()) {
			if k == lead {
				return true
			}
			tags++
			if t.end {
				ends++
			}
			if tags >= minTags && ends > 0 {
				return true
			}
		}
	}
	return false
}

// known reports whether name is that of an element HTML text is made of.
func known(name []byte) bool {
	if _, ok := breaks[string(name)]; ok {
		return true
	}
	switch string(name) {
	case "span", "strong", "b", "em", "i", "u", "a", "font", "img", "sup", "sub", "small", "mark",
		"br", "td", "th", "meta", "link", "style", "script", "head", "title":
		return true
	}
	return false
}

// breaks says how many line breaks an element's start and end put around
// its content: a blank line for those a browser sets off with a margin,
// one for the other blocks.
var breaks = map[string]int{
	"p": 2, "h1": 2, "h2": 2, "h3": 2, "h4": 2, "h5": 2, "h6": 2, "ul": 2, "ol": 2, "dl": 2,
	"table": 2, "blockquote": 2, "pre": 2, "hr": 2, "figure": 2,
	"div": 1, "li": 1, "dt": 1, "dd": 1, "tr": 1, "section": 1, "article": 1, "header": 1,
	"footer": 1, "nav": 1, "aside": 1, "main": 1, "form": 1, "fieldset": 1, "address": 1,
	"details": 1, "summary": 1, "caption": 1, "figcaption": 1, "center": 1, "thead": 1,
	"tbody": 1, "tfoot": 1, "body": 1, "html": 1, "legend": 1, "option": 1,
}

// hidden are the elements whose content is not the document's text: what
// a browser does not show, and a page's navigation, sidebars ("Similar
// jobs") and drop-down lists (every country of an application form).
var hidden = map[string]bool{
	"script": true, "style": true, "title": true, "noscript": true, "template": true,
	"svg": true, "iframe": true, "object": true, "nav": true, "aside": true, "select": true,
}

// A Span maps a run of the text to the markup it came from.
type Span struct {
	Text   int  // where the run starts in the text
	Src    int  // where its source starts in the markup
	SrcLen int  // the length of its source
	Copied bool // the run is its source, byte for byte; else all of it stands for all of the source
}

// A Map maps the text Text returned to the markup it read: its spans cover
// the text, in order. Markup that gives no text (most tags) has no span.
type Map []Span

// search returns the index of the span that holds byte i of the text.
func (m Map) search(i int) int {
	lo, hi := 0, len(m)
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if m[h].Text <= i {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return max(lo-1, 0)
}

// Start returns the offset in the markup of the source of byte i of the
// text, for a run of the text that starts there.
func (m Map) Start(i int) int {
	c := Cursor{m: m}
	return c.Start(i)
}

// End returns the offset in the markup where the source of the text's bytes
// before i ends, for a run of the text that ends there; i > 0.
func (m Map) End(i int) int {
	c := Cursor{m: m}
	return c.End(i)
}

// A Cursor maps offsets as Map does, faster for offsets that mostly go up,
// as those of hits in text order do: it moves on from the span it found
// last instead of searching the map.
type Cursor struct {
	m Map
	k int // the span found last
}

// Cursor returns a Cursor over m, at its start.
func (m Map) Cursor() Cursor { return Cursor{m: m} }

// seek returns the span that holds byte i of the text.
func (c *Cursor) seek(i int) Span {
	m := c.m
	if len(m) == 0 {
		return Span{}
	}
	const walk = 8 // spans to step over before searching
	k := c.k
	if k >= len(m) || m[k].Text > i {
		k = m.search(i)
	} else {
		for n := 0; k+1 < len(m) && m[k+1].Text <= i; n++ {
			if n == walk {
				k = m.search(i)
				break
			}
			k++
		}
	}
	c.k = k
	return m[k]
}

// Start is Map.Start.
func (c *Cursor) Start(i int) int {
	s := c.seek(i)
	if s.Copied {
		return s.Src + i - s.Text
	}
	return s.Src
}

// End is Map.End.
func (c *Cursor) End(i int) int {
	s := c.seek(i - 1)
	if s.Copied {
		return s.Src + i - s.Text
	}
	return s.Src + s.SrcLen
}

// A Range is the range [Start, End) of the text that Text returned, in the
// offsets of Span.Text.
type Range struct{ Start, End int }

// Headings are the ranges of a page's text that may name what the page is
// about: on a careers page, the job. Each is empty when the page has none,
// and all are for Plain and Entities.
type Headings struct {
	// H1 is the text of the first h1 element that holds any.
	H1 Range
	// Marked is the first line of text in the first element whose class or
	// id marks it as a job's title (class="job-title", "jobName",
	// "position-name", "posting-headline"…), as pages that style a div
	// instead of writing an h1 have it. Links and list items do not count,
	// nor do classes of lists and cards ("job-title-link", "job-card-name"):
	// they name the jobs of a list of others.
	Marked Range
	// Title are the lines of the text that the page's title element holds
	// in whole words, in the order they stand in it, up to maxTitleCandidates:
	// "Community Manager" and "Acme" in "Community Manager - Acme |
	// Careers". One names the job on most careers pages, the first on
	// most; the rest of the array is empty.
	Title [maxTitleCandidates]Range
}

// maxTitleCandidates is the most lines that Headings.Title holds.
const maxTitleCandidates = 3

// Text appends to dst the text of src, read as kind k says, and to spans
// the map from that text to src, and returns both, with the headings of the
// page. For Plain Text appends src and one span.
func Text(dst []byte, spans Map, src []byte, k Kind) ([]byte, Map, Headings) {
	p := parser{src: src, out: dst, spans: spans, base: len(dst), escaped: k == EscapedHTML}
	p.escapes = k == HTMLInStrings
	p.xml = bytes.HasPrefix(bytes.TrimLeft(src, "\ufeff \t\r\n"), []byte("<?xml"))
	switch k {
	case Plain:
		p.copy(0, len(src))
	case Entities:
		p.entities()
	case StringEscapes:
		p.stringEscapes()
	default:
		p.html()
		if p.h1 == headIn {
			p.heads.H1.End = len(p.out) - p.base // no end tag
		}
		if p.marked == headIn {
			p.heads.Marked.End = lineEnd(p.out[p.base:], p.heads.Marked.Start)
		}
		p.heads.Title = p.titleLines()
	}
	return p.out, p.spans, p.heads
}

// parser reads one document.
type parser struct {
	src     []byte
	out     []byte
	spans   Map
	base    int  // the length of out before the document
	escaped bool // tags are written &lt;…&gt;
	escapes bool // the text holds the escapes of JSON strings

	// What the markup read since the last text asks for before the next.
	lines int // line breaks
	tab   bool
	space bool
	gap   [2]int // the markup they stand for
	pre   int    // depth of pre elements, where white space is kept

	unclosed map[string]bool // hidden elements with no end tag after the one looked for

	h1     headState // where the reader is with respect to the first h1 with text
	marked headState // and to the first element marked as a job's title
	cdata  bool      // inside a CDATA section, whose closing ]]> is markup
	xml    bool      // an XML document, such as a job feed, whose title elements hold text
	mark   tagInfo   // the start tag of that element
	title  [2]int    // the content of the first title element, in src
	heads  Headings
}

// Where the reader is with respect to an element whose text is a heading.
type headState uint8

const (
	headBefore headState = iota // before it
	headOpen                    // after its start tag, before its text
	headIn                      // in its text
	headAfter                   // after its end tag
)

// heading1 notes a start or end tag of an h1 element.
func (p *parser) heading1(end bool) {
	switch {
	case !end && p.h1 == headBefore:
		p.h1 = headOpen
	case end && p.h1 == headOpen:
		p.h1 = headBefore // empty: a later one may hold the heading
	case end && p.h1 == headIn:
		p.heads.H1.End = len(p.out) - p.base
		p.h1 = headAfter
	}
}

// markedTitle notes tag t, which may start or end the first element marked
// as a job's title.
func (p *parser) markedTitle(t tagInfo) {
	switch name := string(t.key()); {
	case p.marked == headBefore && !t.end && name != "a" && name != "li" && marksJobTitle(p.src[t.start:t.close]):
		p.marked, p.mark = headOpen, t
	case p.marked == headOpen && t.end && name == string(p.mark.key()):
		p.marked = headBefore // empty: a later one may hold the title
	}
}

// lineEnd returns the end of the line of text that starts at i: the next
// line break or tab, or the end of the text.
func lineEnd(text []byte, i int) int {
	for j := i; j < len(text); j++ {
		if text[j] == '\n' || text[j] == '\t' {
			return j
		}
	}
	return len(text)
}

// copy appends src[i:j] to the text.
func (p *parser) copy(i, j int) {
	if i == j {
		return
	}
	if n := len(p.spans); n > 0 {
		s := &p.spans[n-1]
		if s.Copied && s.Src+s.SrcLen == i && s.Text+s.SrcLen == len(p.out)-p.base {
			s.SrcLen += j - i
			p.out = append(p.out, p.src[i:j]...)
			return
		}
	}
	p.spans = append(p.spans, Span{Text: len(p.out) - p.base, Src: i, SrcLen: j - i, Copied: true})
	p.out = append(p.out, p.src[i:j]...)
}

// put appends text that stands for src[i:j].
func (p *parser) put(text string, i, j int) {
	if text == "" {
		return
	}
	p.spans = append(p.spans, Span{Text: len(p.out) - p.base, Src: i, SrcLen: j - i})
	p.out = append(p.out, text...)
}

// putRune appends r, which stands for src[i:j].
func (p *parser) putRune(r rune, i, j int) {
	p.spans = append(p.spans, Span{Text: len(p.out) - p.base, Src: i, SrcLen: j - i})
	p.out = utf8.AppendRune(p.out, r)
}

// putEntity appends the text of the entity at i and returns its length; 0
// if there is none.
func (p *parser) putEntity(i int) int {
	at := len(p.out) - p.base
	n := p.entity(i)
	if n > 0 {
		p.spans = append(p.spans, Span{Text: at, Src: i, SrcLen: n})
	}
	return n
}

// entities reads plain text with entities.
func (p *parser) entities() {
	from := 0
	for k := nextByte(p.src, 0, '&'); k >= 0; k = nextByte(p.src, k, '&') {
		p.copy(from, k)
		from = k
		if n := p.putEntity(k); n > 0 {
			k += n
			from = k
		} else {
			k++
		}
	}
	p.copy(from, len(p.src))
}

// isJSONObject reports whether src starts as a JSON object does, with a
// brace and a quoted key: a record whose strings may hold HTML, while its
// own line breaks part its fields.
func isJSONObject(src []byte) bool {
	src = bytes.TrimLeft(src, "\ufeff \t\r\n")
	if len(src) == 0 || src[0] != '{' {
		return false
	}
	src = bytes.TrimLeft(src[1:], " \t\r\n")
	return len(src) > 0 && src[0] == '"'
}

// hasStringEscapes reports whether src holds minEscapes \u escapes.
func hasStringEscapes(src []byte) bool {
	n := 0
	for k := bytes.IndexByte(src, '\\'); k >= 0 && n < minEscapes; k = nextByte(src, k+1, '\\') {
		if _, w := stringEscape(src[k:]); w == len(`\u0000`) || w == len(`\ud83d\ude00`) {
			n++
		}
	}
	return n == minEscapes
}

// stringEscapes reads text with the escapes of JSON strings.
func (p *parser) stringEscapes() {
	from := 0
	for k := nextByte(p.src, 0, '\\'); k >= 0; k = nextByte(p.src, k, '\\') {
		r, n := stringEscape(p.src[k:])
		if n == 0 {
			k++
			continue
		}
		p.copy(from, k)
		p.putRune(r, k, k+n)
		k += n
		from = k
	}
	p.copy(from, len(p.src))
}

// stringEscape returns the character that the escape of a JSON string
// that b starts with stands for, and the escape's length; 0 if b starts
// with none. A pair of \u escapes for the two halves of a surrogate pair
// is one escape (\ud83d\ude00 is 😀); a half on its own reads as U+FFFD.
func stringEscape(b []byte) (rune, int) {
	if len(b) < 2 || b[0] != '\\' {
		return 0, 0
	}
	switch b[1] {
	case 'n':
		return '\n', 2
	case 'r':
		return '\r', 2
	case 't':
		return '\t', 2
	case '"', '\\', '/':
		return rune(b[1]), 2
	case 'u':
		r, ok := hex4(b[2:])
		if !ok {
			return 0, 0
		}
		if utf16.IsSurrogate(r) {
			if lo, ok := hex4(b[min(len(b), 8):]); ok && b[6] == '\\' && b[7] == 'u' {
				if pair := utf16.DecodeRune(r, lo); pair != utf8.RuneError {
					return pair, 12
				}
			}
			return utf8.RuneError, 6
		}
		return r, 6
	}
	return 0, 0
}

// hex4 reads the four hexadecimal digits that b starts with.
func hex4(b []byte) (rune, bool) {
	if len(b) < 4 {
		return 0, false
	}
	var r rune
	for _, c := range b[:4] {
		switch {
		case '0' <= c && c <= '9':
			r = r<<4 | rune(c-'0')
		case 'a' <= c|0x20 && c|0x20 <= 'f':
			r = r<<4 | rune(c|0x20-'a'+10)
		default:
			return 0, false
		}
	}
	return r, true
}

// html reads HTML, or escaped HTML.
func (p *parser) html() {
	src := p.src
	for i := 0; i < len(src); {
		c := src[i]
		if p.cdata && c == ']' && bytes.HasPrefix(src[i:], []byte(cdataEnd)) {
			p.cdata = false
			p.noteGap(i, i+len(cdataEnd))
			i += len(cdataEnd)
			continue
		}
		switch {
		case isSpace(c) && p.pre == 0:
			j := i + 1
			for j < len(src) && isSpace(src[j]) {
				j++
			}
			if c == ' ' && j == i+1 && !p.pending() && len(p.out) > p.base && j < len(src) && !p.stops()[src[j]] {
				break // a space between words, which stays as it is
			}
			p.noteGap(i, j)
			p.space = true
			if p.escapes && bytes.IndexByte(src[i:j], '\n') >= 0 {
				// A JSON record's own line breaks stand between its
				// fields, outside its strings, which escape theirs.
				p.block(1, i, j)
			}
			i = j
			continue
		case c == '\\' && p.escapes:
			if r, n := stringEscape(src[i:]); n > 0 {
				if r == '\n' || r == '\r' || r == '\t' {
					p.noteGap(i, i+n) // white space, as a browser lays it out
					p.space = true
				} else {
					p.flush()
					p.putRune(r, i, i+n)
				}
				i += n
				continue
			}
		case c == '<' && !p.escaped, c == '&':
			if n := p.opener(i); n > 0 {
				if j, ok := p.markup(i, n); ok {
					i = j
					continue
				}
			}
			if c == '&' {
				p.flush() // before the entity's text, if it is one
				if n := p.putEntity(i); n > 0 {
					i += n
					continue
				}
			}
		}
		// A run of text up to the next byte that may start something else,
		// with the spaces between its words.
		stop := p.stops()
		j := i + 1
		for j < len(src) {
			if c := src[j]; !stop[c] {
				j++
			} else if c == ' ' && j+1 < len(src) && !stop[src[j+1]] {
				j += 2
			} else {
				break
			}
		}
		if p.cdata {
			if k := bytes.Index(src[i:j], []byte(cdataEnd)); k > 0 {
				j = i + k // the section's end, which is markup
			}
		}
		p.flush()
		p.copy(i, j)
		i = j
	}
}

// The opener of a CDATA section after its '<', and its closer.
const (
	cdataStart = "![CDATA["
	cdataEnd   = "]]>"
)

// stops returns the bytes that may start markup, an entity, the escape of
// a JSON string in HTMLInStrings or white space that the reader does not
// keep as it is.
func (p *parser) stops() *[256]bool {
	switch {
	case p.escaped && p.pre > 0:
		return &stopsEscapedPre
	case p.escaped:
		return &stopsEscaped
	case p.escapes && p.pre > 0:
		return &stopsStringsPre
	case p.escapes:
		return &stopsStrings
	case p.pre > 0:
		return &stopsPre
	}
	return &stopsHTML
}

// The bytes stops returns, by where the reader is.
var (
	stopsHTML       = byteSet("<& \t\n\r\f")
	stopsPre        = byteSet("<&")
	stopsEscaped    = byteSet("& \t\n\r\f")
	stopsEscapedPre = byteSet("&")
	stopsStrings    = byteSet("<& \t\n\r\f\\")
	stopsStringsPre = byteSet("<&\\")
)

// byteSet returns the set of the bytes of s.
func byteSet(s string) (set [256]bool) {
	for i := range len(s) {
		set[s[i]] = true
	}
	return set
}

// isSpace reports whether c is white space in HTML.
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// flush appends the line breaks, tab or space that the markup since the
// last text asks for before the next text; none at the start.
func (p *parser) flush() {
	if len(p.out) > p.base {
		switch {
		case p.lines > 0:
			p.put("\n\n"[:p.lines], p.gap[0], p.gap[1])
		case p.tab:
			p.put("\t", p.gap[0], p.gap[1])
		case p.space:
			p.put(" ", p.gap[0], p.gap[1])
		}
	}
	p.lines, p.tab, p.space = 0, false, false
	if p.h1 == headOpen {
		p.heads.H1.Start = len(p.out) - p.base // text follows
		p.h1 = headIn
	}
	if p.marked == headOpen {
		p.heads.Marked.Start = len(p.out) - p.base
		p.marked = headIn
	}
}

// pending reports whether the markup since the last text asks for line
// breaks, a tab or a space before the next.
func (p *parser) pending() bool {
	return p.lines > 0 || p.tab || p.space
}

// noteGap notes src[i:j] as the markup that what is pending stands for,
// unless it is pending already.
func (p *parser) noteGap(i, j int) {
	if !p.pending() {
		p.gap = [2]int{i, j}
	}
}

// block notes a block boundary of n line breaks, from markup src[i:j].
func (p *parser) block(n, i, j int) {
	p.noteGap(i, j)
	p.lines = min(2, max(p.lines, n))
	p.tab = false
}

// openByte returns the first byte of a tag opener: '<', or '&' in escaped
// HTML.
func (p *parser) openByte() byte {
	if p.escaped {
		return '&'
	}
	return '<'
}

// opener returns the length of the tag opener at i ('<', or &lt; in
// escaped HTML), or 0.
func (p *parser) opener(i int) int {
	if !p.escaped {
		if p.src[i] == '<' {
			return 1
		}
		return 0
	}
	if hasPrefixFold(p.src[i:], "&lt;") {
		return 4
	}
	return 0
}

// closer returns the index of the first tag closer ('>', or &gt; in escaped
// HTML) at or after i, and its length; -1 if there is none before the next
// opener. In HTML it skips quoted attribute values. A tag never holds an
// opener, even in quotes, so that the search from each opener stops at the
// next and reading a text takes time in proportion to its length.
func (p *parser) closer(i int) (int, int) {
	src := p.src
	if p.escaped {
		for ; i < len(src); i++ {
			if src[i] == '&' {
				switch {
				case hasPrefixFold(src[i:], "&gt;"):
					return i, 4
				case hasPrefixFold(src[i:], "&lt;"):
					return -1, 0
				}
			}
		}
		return -1, 0
	}
	var quote byte
	for ; i < len(src); i++ {
		switch c := src[i]; {
		case c == '<':
			return -1, 0 // not a tag: "a < b and c > d"
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return i, 1
		}
	}
	return -1, 0
}

// tagInfo is what tag read.
type tagInfo struct {
	name    [12]byte // in lower case, for names that fit
	n       int      // the length of the name; 0 for one too long to be known
	end     bool     // </name>
	comment bool     // a comment or declaration, which has no name
	cdata   bool     // the opener of a CDATA section, a declaration too
	start   int      // where the tag's content (after its name) starts
	close   int      // where its closer starts
	next    int      // the index after the tag
}

// key returns the tag's name in lower case, empty if it is too long to be
// the name of a known element.
func (t *tagInfo) key() []byte { return t.name[:t.n] }

// tag reads the tag whose opener of length n is at i, and reports whether
// there is one: a name of ASCII letters and digits that starts with a
// letter, after an optional '/'; or a comment or declaration (<!…>, <?…>).
func (p *parser) tag(i, n int) (tagInfo, bool) {
	src := p.src
	j := i + n
	if j >= len(src) {
		return tagInfo{}, false
	}
	if src[j] == '!' || src[j] == '?' {
		return p.declaration(j)
	}
	t := tagInfo{}
	if src[j] == '/' {
		t.end = true
		j++
	}
	k := j
	for k < len(src) && (isLetter(src[k]) || k > j && (isDigit(src[k]) || src[k] == '-' || src[k] == ':')) {
		k++
	}
	if k == j || k < len(src) && !(isSpace(src[k]) || src[k] == '>' || src[k] == '/' || src[k] == '&' && p.escaped) {
		return tagInfo{}, false
	}
	c, m := p.closer(k)
	if c < 0 {
		return tagInfo{}, false
	}
	if k-j <= len(t.name) {
		for q, c := range src[j:k] {
			t.name[q] = c | 0x20 // ASCII letters and digits: lower case
		}
		t.n = k - j
	}
	t.start, t.close, t.next = k, c, c+m
	return t, true
}

// declaration reads a comment or declaration whose '!' or '?' is at j: a
// comment up to "-->", which an unterminated one lacks and runs to the end
// of the text; a declaration (<!DOCTYPE html>, <?xml …?>) up to the first
// closer, without which it is none.
func (p *parser) declaration(j int) (tagInfo, bool) {
	gt := ">"
	if p.escaped {
		gt = "&gt;"
	}
	t := tagInfo{comment: true}
	if bytes.HasPrefix(p.src[j:], []byte(cdataStart)) && !p.escaped {
		// A CDATA section holds text, as job feeds wrap their fields
		// (<title><![CDATA[游戏运营]]></title>): its opener alone is
		// markup, and so is the ]]> that closes it (see parser.html).
		t.next = j + len(cdataStart)
		t.cdata = true
		return t, true
	}
	if bytes.HasPrefix(p.src[j:], []byte("!--")) {
		t.next = len(p.src)
		if k := indexFold(p.src[j+3:], "--"+gt); k >= 0 {
			t.next = j + 3 + k + 2 + len(gt)
		}
		return t, true
	}
	k, n := p.closer(j)
	if k < 0 {
		return tagInfo{}, false
	}
	t.next = k + n
	return t, true
}

// indexFold returns the index of the first s in b, ignoring ASCII case, or
// -1; s starts with a byte that has no case.
func indexFold(b []byte, s string) int {
	for i := 0; ; {
		k := bytes.IndexByte(b[i:], s[0])
		if k < 0 {
			return -1
		}
		if hasPrefixFold(b[i+k:], s) {
			return i + k
		}
		i += k + 1
	}
}

// markup reads the tag whose opener of length n is at i, with the content
// of an element that hides it, and returns the index after it; false if
// there is no tag at i.
func (p *parser) markup(i, n int) (int, bool) {
	t, ok := p.tag(i, n)
	if !ok {
		return 0, false
	}
	name := string(t.key()) // no copy: only compared
	switch {
	case t.comment:
		p.cdata = p.cdata || t.cdata
	case name == "br":
		p.noteGap(i, t.next)
		p.lines = min(2, p.lines+1)
		p.tab = false
	case name == "td" || name == "th":
		if !t.end && p.lines == 0 && len(p.out) > p.base {
			p.noteGap(i, t.next)
			p.tab = true
		}
	case name == "small":
		// Smaller type sets off what follows, as a job card sets the
		// department after the job: <h1>助农主播<small>直播运营部</small></h1>.
		if !t.end && len(p.out) > p.base {
			p.noteGap(i, t.next)
			p.space = true
		}
	case name == "title" && p.xml:
		// A job feed's <title> names the job: text on a line of its own.
		p.block(1, i, t.next)
	case hidden[name] && !t.end:
		next, end := p.skipElement(t)
		if name == "title" && p.title[1] == 0 {
			p.title = [2]int{t.next, end}
		}
		return next, true
	default:
		if b := breaks[name]; b > 0 {
			p.block(b, i, t.next)
			if name == "pre" {
				if t.end {
					p.pre = max(0, p.pre-1)
				} else {
					p.pre++
				}
			}
		}
		if name == "h1" {
			p.heading1(t.end)
		}
		if p.marked < headIn {
			p.markedTitle(t)
		}
	}
	return t.next, true
}

// skipElement returns the index after the end tag of the element that tag t
// starts, and where that end tag starts. A self-closing tag has no content;
// nor, here, has an element without an end tag, whose text is kept rather
// than lost.
func (p *parser) skipElement(t tagInfo) (next, end int) {
	if t.close > t.start && p.src[t.close-1] == '/' || p.unclosed[string(t.key())] {
		return t.next, t.next
	}
	open := p.openByte()
	for k := nextByte(p.src, t.next, open); k >= 0; k = nextByte(p.src, k+1, open) {
		n := p.opener(k)
		if n == 0 || k+n >= len(p.src) || p.src[k+n] != '/' {
			continue
		}
		if e, ok := p.tag(k, n); ok && e.end && bytes.Equal(e.key(), t.key()) {
			return e.next, k
		}
	}
	// Nor is there one after a later start tag: do not look again.
	if p.unclosed == nil {
		p.unclosed = make(map[string]bool)
	}
	p.unclosed[string(t.key())] = true
	return t.next, t.next
}

// entity appends to p.out the text of the entity at i and returns its
// length; 0, with nothing appended, if there is none. In escaped HTML,
// &amp; before the body of an entity is part of it: &amp;nbsp; is a
// no-break space.
func (p *parser) entity(i int) int {
	n := 0
	if p.escaped && hasPrefixFold(p.src[i:], "&amp;") {
		if p.out, n = entityBody(p.out, p.src[i+5:], true); n > 0 {
			return 5 + n
		}
	}
	p.out, n = entity(p.out, p.src[i:], true)
	return n
}

// common are the named entities of job postings, and their text: the
// spaces, quotes, dashes and signs of running text, and the accented
// letters of European names and words.
var common = map[string]string{
	"nbsp": " ", "ensp": " ", "emsp": " ", "thinsp": " ", "amp": "&", "lt": "<", "gt": ">",
	"quot": "\"", "apos": "'", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”",
	"sbquo": "‚", "bdquo": "„", "laquo": "«", "raquo": "»", "ndash": "–", "mdash": "—",
	"hellip": "…", "middot": "·", "bull": "•", "shy": "\u00AD", "zwnj": "\u200C", "zwj": "\u200D",
	"copy": "©", "reg": "®", "trade": "™", "times": "×", "divide": "÷", "plusmn": "±",
	"deg": "°", "euro": "€", "pound": "£", "yen": "¥", "cent": "¢", "sect": "§", "para": "¶",
	"frac12": "½", "frac14": "¼", "frac34": "¾", "sup1": "¹", "sup2": "²", "sup3": "³",
	"rarr": "→", "larr": "←", "uarr": "↑", "darr": "↓", "harr": "↔", "rArr": "⇒", "lArr": "⇐",
	"lsaquo": "‹", "rsaquo": "›", "le": "≤", "ge": "≥", "ne": "≠", "minus": "−", "asymp": "≈",
	"prime": "′", "Prime": "″", "micro": "µ", "ordm": "º", "ordf": "ª", "dagger": "†",
	"check": "✓", "star": "☆", "iexcl": "¡", "iquest": "¿",
	"auml": "ä", "ouml": "ö", "uuml": "ü", "Auml": "Ä", "Ouml": "Ö", "Uuml": "Ü", "szlig": "ß",
	"aacute": "á", "eacute": "é", "iacute": "í", "oacute": "ó", "uacute": "ú", "Eacute": "É",
	"agrave": "à", "egrave": "è", "igrave": "ì", "ograve": "ò", "ugrave": "ù",
	"acirc": "â", "ecirc": "ê", "icirc": "î", "ocirc": "ô", "ucirc": "û",
	"euml": "ë", "iuml": "ï", "yuml": "ÿ", "ccedil": "ç", "Ccedil": "Ç", "ntilde": "ñ",
	"atilde": "ã", "otilde": "õ", "aring": "å", "Aring": "Å", "aelig": "æ", "oslash": "ø", "Oslash": "Ø",
}

// maxEntity bounds the length of an entity, '&' and ';' included.
const maxEntity = 32

// entity appends to dst the text of the entity that b starts with and
// returns it, with the entity's length; 0, with dst as it was, if b does
// not start with one. Entities end with ';'. A no-break space reads as a
// space. A numeric entity that names no character, or NUL, reads as
// U+FFFD. Unless rare is true, only numeric entities and those in common
// are read.
func entity(dst, b []byte, rare bool) ([]byte, int) {
	if len(b) == 0 || b[0] != '&' {
		return dst, 0
	}
	dst, n := entityBody(dst, b[1:], rare)
	if n == 0 {
		return dst, 0
	}
	return dst, 1 + n
}

// entityBody is entity for the bytes after '&'; the length it returns
// counts from b. Unless rare is true, it reads only the common entities,
// which it can read without allocating.
func entityBody(dst, b []byte, rare bool) ([]byte, int) {
	end := bytes.IndexByte(b[:min(len(b), maxEntity)], ';')
	if end < 1 {
		return dst, 0
	}
	body := b[:end]
	if body[0] == '#' {
		return numeric(dst, body[1:], end+1)
	}
	for _, c := range body {
		if !isLetter(c) && !isDigit(c) {
			return dst, 0
		}
	}
	if text, ok := common[string(body)]; ok {
		return append(dst, text...), end + 1
	}
	if !rare || len(body) < 2 || !isLetter(body[0]) {
		return dst, 0 // every named entity has two letters or more
	}
	// UnescapeString also reads the entities that HTML allows without a
	// semicolon where they start a longer word (&not in &notanentity;);
	// the whole must be one entity here.
	s := "&" + string(b[:end+1])
	if u := html.UnescapeString(s); u != s && (!strings.HasSuffix(u, ";") || u == ";") {
		return append(dst, u...), end + 1
	}
	return dst, 0
}

// numeric is entityBody for a numeric entity whose body after '#' is body,
// n bytes long in all.
func numeric(dst, body []byte, n int) ([]byte, int) {
	base := 10
	if len(body) > 0 && (body[0] == 'x' || body[0] == 'X') {
		base, body = 16, body[1:]
	}
	if len(body) == 0 {
		return dst, 0
	}
	r := 0
	for _, c := range body {
		d := 0
		switch {
		case isDigit(c):
			d = int(c - '0')
		case base == 16 && 'a' <= c|0x20 && c|0x20 <= 'f':
			d = int(c|0x20-'a') + 10
		default:
			return dst, 0
		}
		r = min(r*base+d, utf8.MaxRune+1)
	}
	switch {
	case r == 0xA0:
		return append(dst, ' '), n
	case r == 0 || !utf8.ValidRune(rune(r)):
		return utf8.AppendRune(dst, utf8.RuneError), n
	}
	return utf8.AppendRune(dst, rune(r)), n
}

func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }
func isDigit(c byte) bool  { return '0' <= c && c <= '9' }

// hasPrefixFold reports whether b starts with prefix, ignoring ASCII case.
func hasPrefixFold(b []byte, prefix string) bool {
	return len(b) >= len(prefix) && bytes.EqualFold(b[:len(prefix)], []byte(prefix))
}
