// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"slices"
	"strings"
	"testing"
)

// TestTermVariants checks the other forms of a catalog term that the
// Matcher searches too: its other spelling, its plural and its form in
// translations from Chinese.
func TestTermVariants(t *testing.T) {
	variants := map[string]func(string) (string, bool){"otherSpelling": otherSpelling, "plural": plural, "translated": translated, "germanASCII": germanASCII, "ampersand": ampersand, "abbreviated": abbreviated, "misspellings": func(p string) (string, bool) {
		forms := misspellings(p)
		return strings.Join(forms, "; "), len(forms) > 0
	}}
	tests := []struct {
		variant, term, want string
		why                 string
	}{
		{"otherSpelling", "conversion rate optimization", "conversion rate optimisation", "the -ization ending"},
		{"otherSpelling", "listing optimisation", "listing optimization", "and back"},
		{"otherSpelling", "ambassador program", "ambassador programme", "a whole word"},
		{"otherSpelling", "programmatic advertising", "", "program only as a whole word"},
		{"otherSpelling", "fulfillment center operations", "fulfilment centre operations", "two words of a term"},
		{"otherSpelling", "prioritize", "prioritise", "a long word in -ize"},
		{"otherSpelling", "market size", "", "size is no suffix"},
		{"otherSpelling", "senior manager", "", "no American or British form"},
		{"otherSpelling", "analyze funnels", "analyse funnels", "-yze"},
		{"otherSpelling", "运营", "", "Chinese"},
		{"otherSpelling", "new cafe openings", "new café openings", "the accent British menus keep"},
		{"plural", "community manager", "community managers", "a role"},
		{"plural", "channel partner", "channel partners", "a counterpart"},
		{"plural", "social media marketing specialist", "social media marketing specialists", "the last word only"},
		{"plural", "marketing lead", "", "leads are prospects as often"},
		{"plural", "manager", "", "one word: the noun alone names no area"},
		{"plural", "community management", "", "no role noun"},
		{"plural", "社群运营经理", "", "Chinese"},
		{"translated", "user operations", "user operation", "运营 translated as a noun of one"},
		{"translated", "operations manager", "operation manager", "the word anywhere in the term"},
		{"translated", "operations", "", "operation alone is no job"},
		{"translated", "community manager", "", "no operations"},
		{"germanASCII", "qualitätsmanagerin kundenservice", "qualitaetsmanagerin kundenservice", "an umlaut"},
		{"germanASCII", "betriebliches vorschlagswesen", "", "no umlaut"},
		{"ampersand", "quality and performance coach", "quality & performance coach", "and as an ampersand in a role"},
		{"ampersand", "trust & safety lead", "trust and safety lead", "and back"},
		{"ampersand", "scheduling and dispatch", "", "a duty keeps the catalog's form"},
		{"ampersand", "community manager", "", "neither"},
		{"germanASCII", "außendienst für kühlgeräte", "aussendienst fuer kuehlgeraete", "ß and several umlauts"},
		{"abbreviated", "performance management", "performance mgmt", "management shortened"},
		{"abbreviated", "management", "", "a word alone keeps it"},
		{"abbreviated", "product manager", "product mgr", "manager shortened"},
		{"abbreviated", "community lead", "", "no such word"},
		{"misspellings", "workforce management", "workforce managment", "the common slip"},
		{"misspellings", "management", "", "a word alone keeps it"},
		{"misspellings", "customer success manager", "customer success manger; customer sucess manager", "one slip at a time"},
		{"misspellings", "community lead", "", "no word that slips"},
		{"otherSpelling", "operations coordinator", "operations co ordinator", "the British hyphen, as the scan reads it"},
	}
	for _, tt := range tests {
		got, ok := variants[tt.variant](tt.term)
		if !ok {
			got = ""
		}
		if got != tt.want {
			t.Errorf("%s(%q) = %q, want %q (%s)", tt.variant, tt.term, got, tt.want, tt.why)
		}
	}
}

// TestMatchTermVariants checks that the Matcher finds catalog terms in
// their other forms, and reports them as the catalog writes them.
func TestMatchTermVariants(t *testing.T) {
	m := NewMatcher(Default())
	tests := []struct {
		text string
		want []string
	}{
		{"Led a conversion rate optimisation programme for the checkout.", []string{"conversion rate optimization"}},
		{"Hired and coached four Community Managers and two Social Media Managers.", []string{"community manager", "social media manager"}},
		{"Responsible for the user operation and community operation of the app.", []string{"User Operations", "Community Operations"}},
		{"New Media Operator wanted; our network operation center runs 24/7.", []string{"new media operator"}},
		{"Lead new café openings across the North of England.", []string{"new cafe openings"}},
		{"Sr. Mgr, Ops Performance Mgmt - APAC", []string{"performance management"}},
		{"Community Manger (Discord & Reddit), Continous Improvement projects on the side", []string{"community manager", "continuous improvement"}},
		{"Marketing Co-ordinator, events and campaigns", []string{"marketing coordinator"}},
		{"Teamleitung Workforce Managment (m/w/d) Kundenservice", []string{"teamleitung workforce management"}},
		{"Referent Geschaeftsprozessmanagement: Ist-Prozesse, Durchlaufzeiten und Verbesserungsvorschlaege.", []string{"geschäftsprozessmanagement", "verbesserungsvorschläge"}},
	}
	for _, tt := range tests {
		r := m.MatchString(tt.text)
		var got []string
		for _, h := range r.Hits {
			if !slices.Contains(got, h.Term) {
				got = append(got, h.Term)
			}
		}
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("terms found in %q: %q, want %q among them", tt.text, got, w)
			}
		}
	}
}
