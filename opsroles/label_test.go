// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"encoding/json"
	"errors"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

func TestLabelLanguage(t *testing.T) {
	c := loadMini(t)
	a, _ := c.Area("user-ops")
	l := a.Label()
	tests := []struct {
		tag  string
		want string
		why  string
	}{
		{"zh", "用户运营", "plain Chinese is Simplified"},
		{"zh-CN", "用户运营", "mainland China writes Simplified"},
		{"zh-SG", "用户运营", "Singapore writes Simplified"},
		{"zh-Hans", "用户运营", "explicit script"},
		{"zh-Hans-HK", "用户运营", "the script outranks the region"},
		{"zh-TW", "用戶運營", "Taiwan writes Traditional"},
		{"zh-HK", "用戶運營", "Hong Kong writes Traditional"},
		{"zh-MO", "用戶運營", "Macau writes Traditional"},
		{"zh-Hant", "用戶運營", "explicit script"},
		{"en", "User Operations", "English"},
		{"en-GB", "User Operations", "any English"},
		{"fr", "User Operations", "languages the catalog lacks get English"},
		{"ja", "User Operations", "Japanese is not Chinese"},
		{"und", "User Operations", "no preference"},
	}
	for _, tt := range tests {
		t.Run(tt.tag, func(t *testing.T) {
			if got := l.Name(language.MustParse(tt.tag)); got != tt.want {
				t.Errorf("Name(%s) = %q, want %q (%s)", tt.tag, got, tt.want, tt.why)
			}
		})
	}
}

func TestLabelParts(t *testing.T) {
	c := loadMini(t)
	a, _ := c.Area("user-ops")
	l := a.Label()
	got := map[string][]string{
		"en aliases":    slices.Collect(l.Aliases(language.English)),
		"zh aliases":    slices.Collect(l.Aliases(language.SimplifiedChinese)),
		"hant aliases":  slices.Collect(l.Aliases(language.TraditionalChinese)),
		"de aliases":    slices.Collect(l.Aliases(language.German)),
		"de-CH aliases": slices.Collect(l.Aliases(language.MustParse("de-CH"))),
		"nl aliases":    slices.Collect(l.Aliases(language.Dutch)),
		"nl-BE aliases": slices.Collect(l.Aliases(language.MustParse("nl-BE"))),
		"fr aliases":    slices.Collect(l.Aliases(language.French)),
		"summaries": {l.Summary(language.English), l.Summary(language.SimplifiedChinese),
			l.Summary(language.TraditionalChinese)},
	}
	want := map[string][]string{
		"en aliases":    {"user ops", "member operations"},
		"zh aliases":    {"用户运营专员", "会员运营"},
		"hant aliases":  {"使用者經營"},
		"de aliases":    {"Nutzerbindung"},
		"de-CH aliases": {"Nutzerbindung"},
		"nl aliases":    {"Gebruikersbinding"},
		"nl-BE aliases": {"Gebruikersbinding"},             // Flemish
		"fr aliases":    {"user ops", "member operations"}, // English serves the rest
		"summaries": {"Works the user lifecycle from acquisition to win-back.",
			"围绕用户生命周期做拉新、促活、留存和召回。",
			"围绕用户生命周期做拉新、促活、留存和召回。"}, // no Traditional summary: falls back
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("label (-want +got):\n%s", diff)
	}
	if l.IsZero() || !(Label{}).IsZero() {
		t.Error("IsZero is wrong")
	}
}

func TestIDText(t *testing.T) {
	type doc struct {
		Area  AreaID   `json:"area"`
		Tools []ToolID `json:"tools"`
		Ref   Ref      `json:"ref"`
		Kind  Kind     `json:"kind"`
		Level Level    `json:"level"`
	}
	in := doc{Area: AreaID("user-ops"), Tools: []ToolID{"tableau"}, Ref: MethodID("smart").Ref(), Kind: KindMethod, Level: LevelDirector}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	const want = `{"area":"user-ops","tools":["tableau"],"ref":"method:smart","kind":"method","level":"director"}`
	if string(b) != want {
		t.Errorf("Marshal = %s, want %s", b, want)
	}
	var out doc
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(in, out); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}

	bad := []struct {
		name, json string
		err        error
	}{
		{"unknown area", `{"area":"wizardry"}`, ErrUnknownID},
		{"malformed area", `{"area":"User Ops"}`, ErrBadID},
		{"ID of another kind", `{"area":"tableau"}`, ErrUnknownID},
		{"unknown ref", `{"ref":"tool:nope"}`, ErrUnknownID},
		{"ref without kind", `{"ref":"user-ops"}`, nil},
		{"unknown kind", `{"kind":"role"}`, nil},
		{"unknown level", `{"level":"emperor"}`, nil},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			var d doc
			err := json.Unmarshal([]byte(tt.json), &d)
			if err == nil {
				t.Fatalf("Unmarshal(%s) succeeded", tt.json)
			}
			if tt.err != nil && !errors.Is(err, tt.err) {
				t.Errorf("Unmarshal(%s) error = %v, want %v", tt.json, err, tt.err)
			}
		})
	}
	if _, err := AreaID("Bad ID").MarshalText(); err == nil {
		t.Error("MarshalText accepted a malformed ID")
	}
}

// TestZeroIDText checks that the zero IDs, which mean "none", survive JSON:
// a title with a level and no area must marshal.
func TestZeroIDText(t *testing.T) {
	type doc struct {
		Title Title
		Tool  ToolID `json:"tool"`
		Ref   Ref    `json:"ref"`
	}
	in := doc{Title: Title{Level: LevelManager}}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	const want = `{"Title":{"Area":"","Level":"manager"},"tool":"","ref":""}`
	if string(b) != want {
		t.Errorf("Marshal = %s, want %s", b, want)
	}
	out := doc{Tool: Tableau, Ref: SMART.Ref()}
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(in, out); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}
