// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"iter"
	"slices"

	"golang.org/x/text/language"
)

// The written languages every Label carries, in the order of langIndex.
var labelTags = [...]language.Tag{
	language.English,
	language.SimplifiedChinese,
	language.TraditionalChinese,
}

const (
	langEn   = 0
	langHans = 1
	langHant = 2
)

// aliasDe is the index of the German aliases in Label.aliases, after the
// three label languages: German postings and CVs have words of their own
// (Filialleiter, Prozessoptimierung), which the catalog matches without
// naming anything in German.
const aliasDe = 3

// aliasNl is the index of the Dutch aliases, after the German ones: Dutch
// postings and CVs name jobs their own way too (filiaalmanager,
// procesverbeteraar, personeelsplanner).
const aliasNl = 4

// langMatcher picks one of labelTags for any tag. English comes first so
// that it is the fallback for every language the catalog does not carry.
var langMatcher = language.NewMatcher(labelTags[:])

// Languages returns the written languages of every Label: English, Simplified
// Chinese and Traditional Chinese, in that order.
func Languages() []language.Tag {
	return slices.Clone(labelTags[:])
}

// langIndex maps t to the index of the label language that serves it:
// Traditional Chinese for zh-Hant and the regions that write it (zh-TW,
// zh-HK, zh-MO), Simplified Chinese for the rest of Chinese (zh, zh-CN,
// zh-SG, zh-Hans), English for everything else.
func langIndex(t language.Tag) int {
	switch t {
	case language.English, language.AmericanEnglish, language.BritishEnglish, language.Und:
		return langEn
	case language.SimplifiedChinese, language.Chinese:
		return langHans
	case language.TraditionalChinese:
		return langHant
	}
	// With confidence No the matcher returns its default, English, except
	// where it still sees a script preference (yue gets Traditional).
	_, i, _ := langMatcher.Match(t)
	return i
}

// A Label holds the human-readable text of a catalog entity: its name and
// one-line summary in Simplified Chinese, Traditional Chinese and English,
// and its aliases in each and in German.
//
// Methods that take a language.Tag pick the text with golang.org/x/text's
// language matching: zh-TW, zh-HK, zh-MO and zh-Hant get Traditional
// Chinese; zh, zh-CN, zh-SG and zh-Hans get Simplified Chinese; any other tag
// gets English.
//
// The zero Label is empty. Labels are values; the ones a Catalog returns
// share memory with it but offer no way to modify it.
type Label struct {
	names     [3]string
	summaries [3]string
	aliases   [5][]string // in langIndex order, then German (aliasDe) and Dutch (aliasNl)
}

// Name returns the entity's name in the language that best serves t.
func (l Label) Name(t language.Tag) string { return l.names[langIndex(t)] }

// Summary returns the entity's one-line summary in the language that best
// serves t. A Traditional Chinese summary that the catalog does not give
// falls back to the Simplified Chinese one.
func (l Label) Summary(t language.Tag) string {
	i := langIndex(t)
	if l.summaries[i] == "" && i == langHant {
		return l.summaries[langHans]
	}
	return l.summaries[i]
}

// Aliases yields the entity's aliases for the language that best serves t,
// in catalog order. Traditional Chinese yields only the aliases written for
// it (regional terms); the Simplified ones are matched in Traditional script
// anyway. German (de and its regions) yields the German aliases and Dutch
// (nl, and Flemish) the Dutch ones, although Name and Summary serve both
// in English.
func (l Label) Aliases(t language.Tag) iter.Seq[string] {
	switch base, _ := t.Base(); base.String() {
	case "de":
		return slices.Values(l.aliases[aliasDe])
	case "nl":
		return slices.Values(l.aliases[aliasNl])
	}
	return slices.Values(l.aliases[langIndex(t)])
}

// Terms yields every name and alias of the label in all its languages: the
// names first, then the aliases (German last). Duplicates are not removed.
func (l Label) Terms() iter.Seq[string] {
	return func(yield func(string) bool) {
		for t := range l.terms() {
			if !yield(t) {
				return
			}
		}
	}
}

// terms yields what Terms yields, each with whether it is written for
// Traditional Chinese.
func (l Label) terms() iter.Seq2[string, bool] {
	return func(yield func(string, bool) bool) {
		for i, n := range l.names {
			if n != "" && !yield(n, i == langHant) {
				return
			}
		}
		for i, as := range l.aliases {
			for _, a := range as {
				if !yield(a, i == langHant) {
					return
				}
			}
		}
	}
}

// IsZero reports whether l is the zero Label.
func (l Label) IsZero() bool {
	return l.names == [3]string{} && l.summaries == [3]string{} &&
		!slices.ContainsFunc(l.aliases[:], func(as []string) bool { return as != nil })
}
