// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"slices"
	"testing"
)

func TestOtherSpelling(t *testing.T) {
	tests := []struct {
		term, want string
		why        string
	}{
		{"conversion rate optimization", "conversion rate optimisation", "the -ization ending"},
		{"listing optimisation", "listing optimization", "and back"},
		{"ambassador program", "ambassador programme", "a whole word"},
		{"programmatic advertising", "", "program only as a whole word"},
		{"fulfillment center operations", "fulfilment centre operations", "two words of a term"},
		{"prioritize", "prioritise", "a long word in -ize"},
		{"market size", "", "size is no suffix"},
		{"senior manager", "", "no American or British form"},
		{"analyze funnels", "analyse funnels", "-yze"},
		{"运营", "", "Chinese"},
	}
	for _, tt := range tests {
		got, ok := otherSpelling(tt.term)
		if !ok {
			got = ""
		}
		if got != tt.want {
			t.Errorf("otherSpelling(%q) = %q, want %q (%s)", tt.term, got, tt.want, tt.why)
		}
	}
	m := NewMatcher(Default())
	r := m.MatchString("Led a conversion rate optimisation programme for the checkout.")
	found := false
	for _, h := range r.Hits {
		found = found || string(r.Text[h.Start:h.End]) == "conversion rate optimisation"
	}
	if !found {
		t.Errorf("no hit for the British spelling of a catalog term in %q: %+v", r.Text, r.Hits)
	}
}

func TestPlural(t *testing.T) {
	tests := []struct {
		term, want string
		why        string
	}{
		{"community manager", "community managers", "a role"},
		{"channel partner", "channel partners", "a counterpart"},
		{"social media marketing specialist", "social media marketing specialists", "the last word only"},
		{"marketing lead", "", "leads are prospects as often"},
		{"manager", "", "one word: the noun alone names no area"},
		{"community management", "", "no role noun"},
		{"社群运营经理", "", "Chinese"},
	}
	for _, tt := range tests {
		got, ok := plural(tt.term)
		if !ok {
			got = ""
		}
		if got != tt.want {
			t.Errorf("plural(%q) = %q, want %q (%s)", tt.term, got, tt.want, tt.why)
		}
	}
	m := NewMatcher(Default())
	r := m.MatchString("Hired and coached four Community Managers and two Social Media Managers.")
	var got []string
	for _, h := range r.Hits {
		got = append(got, h.Term)
	}
	if want := []string{"community manager", "social media manager"}; !slices.Equal(got, want) {
		t.Errorf("terms found in %q: %q, want %q", r.Text, got, want)
	}
}
