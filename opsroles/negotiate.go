// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"errors"
	"fmt"
	"strings"

	"golang.org/x/text/language"
)

// ErrUnknownLanguage is wrapped by the errors of ParseLanguages and Render
// for a language that no Label carries.
var ErrUnknownLanguage = errors.New("unknown language")

// NegotiateLanguage returns the label language (one of Languages) that best
// serves a reader who prefers tags, in order of preference, as
// golang.org/x/text/language's matcher decides: zh-TW, zh-HK and zh-Hant get
// Traditional Chinese, zh, zh-CN and zh-SG Simplified Chinese, and a reader
// whose languages the catalog does not carry, or who gives none, English.
func NegotiateLanguage(tags ...language.Tag) language.Tag {
	_, i, conf := langMatcher.Match(tags...)
	if conf == language.No {
		i = langEn
	}
	return labelTags[i]
}

// NegotiateAcceptLanguage is NegotiateLanguage for the value of an HTTP
// Accept-Language header, with its quality weights. A header that is empty
// or malformed gets English rather than an error: a server should still
// answer a browser that sends nonsense.
func NegotiateAcceptLanguage(header string) language.Tag {
	tags, _, err := language.ParseAcceptLanguage(header)
	if err != nil {
		return language.English
	}
	return NegotiateLanguage(tags...)
}

// ParseLanguages parses a comma-separated list of BCP 47 tags, such as
// "zh", "zh-Hant", "en" or "zh,en", into the label languages they ask for,
// in the order given: the form a command-line flag or a ?lang= parameter
// takes. Each tag must be served by a label language with at least some
// confidence (zh-TW is Traditional Chinese, en-GB is English); a tag the
// catalog does not carry, such as fr, or a tag given twice is an error
// wrapping ErrUnknownLanguage or ErrBadValue that lists the valid choices.
func ParseLanguages(s string) ([]language.Tag, error) {
	var out []language.Tag
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		t, err := language.Parse(part)
		if err != nil {
			return nil, fmt.Errorf("opsroles: %w %q (want zh, zh-Hant, en or a comma-separated list such as zh,en)", ErrUnknownLanguage, part)
		}
		lt, err := labelLanguage(t)
		if err != nil {
			return nil, err
		}
		for _, o := range out {
			if o == lt {
				return nil, fmt.Errorf("opsroles: %w: language %q asks for %s twice", ErrBadValue, s, lt)
			}
		}
		out = append(out, lt)
	}
	return out, nil
}

// labelLanguage returns the label language that serves t, or an error when
// none does: unlike NegotiateLanguage, a caller who named a language gets it
// or hears why not.
func labelLanguage(t language.Tag) (language.Tag, error) {
	_, i, conf := langMatcher.Match(t)
	if conf == language.No {
		return language.Und, fmt.Errorf("opsroles: %w %q (the catalog carries zh-Hans, zh-Hant and en)", ErrUnknownLanguage, t)
	}
	return labelTags[i], nil
}
