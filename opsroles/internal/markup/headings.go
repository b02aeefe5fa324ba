// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package markup

import (
	"bytes"
	"unicode"
	"unicode/utf8"
)

// This file finds the headings that a page marks without an h1: an element
// whose class names it a job's title, and the page's title element.

// marksJobTitle reports whether attrs, the attributes of a start tag, hold a
// class or id that marks the element as a job's title.
func marksJobTitle(attrs []byte) bool {
	for i := 0; i < len(attrs); {
		if !isLetter(attrs[i]) {
			i++
			continue
		}
		j := i
		for j < len(attrs) && (isLetter(attrs[j]) || isDigit(attrs[j]) || attrs[j] == '-' || attrs[j] == '_' || attrs[j] == ':') {
			j++
		}
		name := attrs[i:j]
		for j < len(attrs) && isSpace(attrs[j]) {
			j++
		}
		if j == len(attrs) || attrs[j] != '=' {
			i = j
			continue
		}
		value, next := attrValue(attrs, j+1)
		if (bytes.EqualFold(name, []byte("class")) || bytes.EqualFold(name, []byte("id"))) && namesJobTitle(value) {
			return true
		}
		i = next
	}
	return false
}

// attrValue returns the attribute value that starts after white space at
// i, quoted with " or ', with &quot; in escaped HTML, or unquoted, and the
// index after it.
func attrValue(attrs []byte, i int) (value []byte, next int) {
	for i < len(attrs) && isSpace(attrs[i]) {
		i++
	}
	quote := ""
	switch {
	case i == len(attrs):
		return nil, i
	case attrs[i] == '"' || attrs[i] == '\'':
		quote = string(attrs[i : i+1])
	case hasPrefixFold(attrs[i:], "&quot;"):
		quote = "&quot;"
	}
	if quote == "" {
		j := i
		for j < len(attrs) && !isSpace(attrs[j]) {
			j++
		}
		return attrs[i:j], j
	}
	i += len(quote)
	k := bytes.Index(attrs[i:], []byte(quote))
	if k < 0 {
		return attrs[i:], len(attrs)
	}
	return attrs[i : i+k], i + k + len(quote)
}

// The words of class names and IDs that mark a job's title: one of the
// job, one of the title, and none of a list or of another part of a
// posting.
var (
	jobWords   = []string{"job", "position", "posting", "vacancy", "opening", "role"}
	titleWords = []string{"title", "tit", "name", "headline"}
	notTitle   = []string{
		"list", "item", "card", "link", "related", "similar", "recommend", "other", "more", "hot",
		"tag", "type", "categ", "filter", "search", "menu", "sub", "label", "desc", "company",
	}
)

// namesJobTitle reports whether a class or id value names a job's title.
func namesJobTitle(v []byte) bool {
	return containsAnyFold(v, jobWords) && containsAnyFold(v, titleWords) && !containsAnyFold(v, notTitle)
}

// containsAnyFold reports whether b holds any of words, which are in lower
// case, ignoring ASCII case.
func containsAnyFold(b []byte, words []string) bool {
	for _, w := range words {
		for i := 0; i+len(w) <= len(b); i++ {
			if hasPrefixFold(b[i:], w) {
				return true
			}
		}
	}
	return false
}

// maxTitleElement bounds the title element that titleLine reads: longer
// ones are not a page's title but a document misread.
const maxTitleElement = 512

// titleLines returns the lines of the text (or cells of a table) that the
// content of the page's first title element holds as whole words, with no
// letter or digit next to either end: "Community Manager" in "Job
// Application for Community Manager at Acme", but not 运营 in 招聘运营专员.
// They come in the order they stand in the title, the longest first where
// two start at the same place, and the same text only once; runs of white
// space in the title read as one space, and its entities are decoded.
func (p *parser) titleLines() (lines [maxTitleCandidates]Range) {
	from, to := p.title[0], p.title[1]
	if to <= from || to-from > maxTitleElement {
		return lines
	}
	// Decode the title after the text, and drop it once read.
	n := len(p.out)
	defer func() { p.out = p.out[:n] }()
	space := true // at the start: drop leading white space
	for i := from; i < to; {
		c := p.src[i]
		if c == '&' {
			if k := p.entity(i); k > 0 {
				i += k
				space = false
				continue
			}
		}
		i++
		if isSpace(c) {
			if !space {
				p.out = append(p.out, ' ')
			}
			space = true
			continue
		}
		p.out = append(p.out, c)
		space = false
	}
	title := bytes.TrimSpace(p.out[n:])
	text := p.out[p.base:n]
	var at [maxTitleCandidates]int // where each of lines stands in title
	found := 0
	for i := 0; i < len(text); {
		j := lineEnd(text, i)
		a, b := i, j
		i = j + 1
		for a < b && isSpace(text[a]) {
			a++
		}
		for b > a && isSpace(text[b-1]) {
			b--
		}
		if b == a || b-a > len(title) {
			continue
		}
		k := indexWords(title, text[a:b])
		if k < 0 {
			// A Chinese page puts the job and its pay on one line:
			// 前端开发工程师（运营中台方向） 30-50k·16薪.
			if b = a + hanFieldLen(text[a:b]); b == a {
				continue
			}
			if k = indexWords(title, text[a:b]); k < 0 {
				continue
			}
		}
		// Insert it in order, unless it is there already.
		q := 0
		for q < found && (at[q] < k || at[q] == k && lines[q].End-lines[q].Start > b-a) {
			q++
		}
		if q < found && at[q] == k && lines[q].End-lines[q].Start == b-a || q == len(lines) {
			continue
		}
		found = min(found+1, len(lines))
		copy(at[q+1:found], at[q:found-1])
		copy(lines[q+1:found], lines[q:found-1])
		at[q], lines[q] = k, Range{a, b}
	}
	return lines
}

// indexWords returns the index of the first w in s with no letter or digit
// next to it, or -1; but for 招聘 and the like after it, as Chinese job
// boards title a posting's page: 【前端开发工程师（运营中台方向）招聘】_杭州….
func indexWords(s, w []byte) int {
	for i := 0; i+len(w) <= len(s); {
		k := bytes.Index(s[i:], w)
		if k < 0 {
			return -1
		}
		k += i
		before, _ := utf8.DecodeLastRune(s[:k])
		after, _ := utf8.DecodeRune(s[k+len(w):])
		if (k == 0 || !isWordRune(before)) && (k+len(w) == len(s) || !isWordRune(after) || hiring(s[k+len(w):])) {
			return k
		}
		_, n := utf8.DecodeRune(s[k:])
		i = k + n
	}
	return -1
}

// hanFieldLen returns the length of line's first field where a space after
// a Chinese character ends it, or a digit right after one when the page's
// spans ran the pay into the job (短视频剪辑师6-10k), or 0 if none does.
func hanFieldLen(line []byte) int {
	for i := 1; i < len(line); i++ {
		if (line[i] == ' ' && !breadcrumbAfter(line[i:]) || '0' <= line[i] && line[i] <= '9') && line[i-1] >= utf8.RuneSelf {
			if r, _ := utf8.DecodeLastRune(line[:i]); unicode.Is(unicode.Han, r) || r == '）' {
				return i
			}
		}
	}
	return 0
}

// breadcrumbAfter reports whether s, after a field, starts with white
// space and a separator of a trail of links (社会招聘 > 直播运营).
func breadcrumbAfter(s []byte) bool {
	s = bytes.TrimLeft(s, " ")
	return bytes.HasPrefix(s, []byte(">")) || bytes.HasPrefix(s, []byte("›")) || bytes.HasPrefix(s, []byte("»")) || bytes.HasPrefix(s, []byte("/"))
}

// hiring reports whether s starts with a word that announces hiring.
func hiring(s []byte) bool {
	for _, w := range [...]string{"招聘", "急聘", "诚聘", "徵才", "招募"} {
		if bytes.HasPrefix(s, []byte(w)) {
			return true
		}
	}
	return false
}

// isWordRune reports whether r is a letter or a digit.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
