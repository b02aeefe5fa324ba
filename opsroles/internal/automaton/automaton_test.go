// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package automaton

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/rolemodels/ops/opsroles/internal/fold"
)

// found renders a match as "pattern=text[start:end]@start" so that a failing
// case shows what matched where, in the text's own spelling.
func found(a []string, text string, ms []Match) []string {
	var out []string
	for _, m := range ms {
		out = append(out, fmt.Sprintf("%s=%q@%d", a[m.Pattern], text[m.Start:m.End], m.Start))
	}
	return out
}

// repeated is what found gives for n matches of pattern p, each spelled t
// and followed by sep.
func repeated(p, t, sep string, n int) []string {
	var out []string
	for k := range n {
		out = append(out, fmt.Sprintf("%s=%q@%d", p, t, k*len(t+sep)))
	}
	return out
}

func TestFind(t *testing.T) {
	tests := []struct {
		name     string
		patterns []string
		text     string
		want     []string
		why      string
	}{
		{
			name:     "longest wins",
			patterns: []string{"运营", "用户运营", "用户运营专员"},
			text:     "招聘用户运营专员，负责运营",
			want:     []string{`用户运营专员="用户运营专员"@6`, `运营="运营"@33`},
			why:      "a longer term at the same start beats its prefixes, and a suffix inside it is not reported",
		},
		{
			name:     "runs of spaces",
			patterns: []string{"community manager", "ops", "user ops"},
			text:     "Community\r\n  Manager, user\t\u3000ops;  ops",
			want:     []string{`community manager="Community\r\n  Manager"@0`, `user ops="user\t\u3000ops"@22`, `ops="ops"@36`},
			why:      "a run of white space, line breaks included, matches the one space of a pattern, and the match spans it all",
		},
		{
			name:     "a blank line",
			patterns: []string{"live commerce", "live", "commerce media executive", "community manager"},
			text:     "goes live\n\nCommerce Media Executive; Community\r\n\r\nManager; Community\n \nManager",
			want:     []string{`live="live"@5`, `commerce media executive="Commerce Media Executive"@11`},
			why:      "two line breaks in a run of white space (CR LF counts as one), with spaces between them or not, part paragraphs in any script",
		},
		{
			name:     "white space after a Chinese character reads as nothing",
			patterns: []string{"用户运营", "运营", "kpi"},
			text:     "用户运\n营 用 户 运 营　KPI",
			want:     []string{`用户运营="用户运\n营"@0`, `用户运营="用 户 运 营"@14`, `kpi="KPI"@32`},
			why:      "a line break or spaces inside a Chinese term do not hide it, and a match ends before the spaces after it",
		},
		{
			name:     "a space before a Chinese character after another script",
			patterns: []string{"crm运营", "a/b测试", "crm"},
			text:     "CRM 运营, A/B\n测试, CRM运营",
			want:     []string{`crm运营="CRM 运营"@0`, `a/b测试="A/B\n测试"@12`, `crm运营="CRM运营"@24`},
			why:      "writers who set Latin words apart from Chinese text put a space there, and the term is still found",
		},
		{
			name:     "a gap next to a Chinese character",
			patterns: []string{"品牌运营", "运营主管", "品牌", "crm运营", "crm", "社群运营"},
			text:     "某母婴品牌  运营主管\nCRM\t运营\n社群\n\n运营 社群\r\n运营",
			want: []string{`品牌="品牌"@9`, `运营主管="运营主管"@17`, `crm="CRM"@30`,
				`社群运营="社群\r\n运营"@56`},
			why: "two spaces, a tab or two line breaks part columns and paragraphs: no term spans them, but one line break (CR LF too) does not part a term",
		},
		{
			name:     "a dash set off by white space",
			patterns: []string{"marketplace operations", "social media manager", "e commerce", "operations"},
			text:     "Marketplace — Operations\nSocial-Media-Manager, E–Commerce, marketplace -operations",
			want: []string{`operations="Operations"@16`, `social media manager="Social-Media-Manager"@27`,
				`e commerce="E–Commerce"@49`, `operations="operations"@76`},
			why: "a spaced dash parts the fields of a title line; a hyphen or dash between two words joins them",
		},
		{
			name:     "leftmost before longest",
			patterns: []string{"拉新", "新用户运营"},
			text:     "拉新用户运营",
			want:     []string{`拉新="拉新"@0`},
			why:      "the match that starts first wins even if a later one is longer",
		},
		{
			name:     "adjacent",
			patterns: []string{"留存", "召回"},
			text:     "留存召回留存",
			want:     []string{`留存="留存"@0`, `召回="召回"@6`, `留存="留存"@12`},
			why:      "non-overlapping occurrences that touch are all reported",
		},
		{
			name:     "traditional",
			patterns: []string{"用户运营"},
			text:     "資深用戶運營",
			want:     []string{`用户运营="用戶運營"@6`},
			why:      "Traditional characters fold to Simplified while scanning",
		},
		{
			name:     "full width and case",
			patterns: []string{"kpi", "crm"},
			text:     "ＫＰＩ与Crm",
			want:     []string{`kpi="ＫＰＩ"@0`, `crm="Crm"@12`},
			why:      "full-width letters and upper case fold to the pattern",
		},
		{
			name:     "latin next to han",
			patterns: []string{"kpi"},
			text:     "KPI考核与考核KPI",
			want:     []string{`kpi="KPI"@0`, `kpi="KPI"@18`},
			why:      "Han characters do not join a Latin word",
		},
		{
			name:     "inside a latin word",
			patterns: []string{"crm"},
			text:     "SCRM2 scrum crm2 crm_x (CRM)",
			want:     []string{`crm="crm"@17`, `crm="CRM"@24`},
			why:      "a Latin term needs a boundary: letters and digits block it, '_' and brackets do not",
		},
		{
			name:     "boundary only where the pattern is a word",
			patterns: []string{"c++"},
			text:     "c++x xc++",
			want:     []string{`c++="c++"@0`},
			why:      "'+' asks for no boundary after it, but 'c' still asks for one before it",
		},
		{
			name:     "ligature expands",
			patterns: []string{"profile"},
			text:     "Proﬁle",
			want:     []string{`profile="Proﬁle"@0`},
			why:      "a rune that folds to two runes feeds both to the automaton",
		},
		{
			name:     "no match inside one rune's fold",
			patterns: []string{"i", "f"},
			text:     "ﬁ f",
			want:     []string{`f="f"@4`},
			why:      "a match must begin and end on whole input runes",
		},
		{
			name:     "zero width inside",
			patterns: []string{"运营"},
			text:     "运\u200b营\u200b",
			want:     []string{`运营="运\u200b营"@0`},
			why:      "a zero-width space folds to nothing, inside a match; a trailing one is not part of it",
		},
		{
			name:     "zero width does not make a boundary",
			patterns: []string{"crm"},
			text:     "s\u00adcrm \u00adcrm",
			want:     []string{`crm="crm"@9`},
			why:      "the neighbour is taken in the folded text, where the soft hyphen is gone",
		},
		{
			name:     "invalid bytes",
			patterns: []string{"运营", "a"},
			text:     "\xe8运营\xe8\xbfa\xff",
			want:     []string{`运营="运营"@1`, `a="a"@9`},
			why:      "invalid UTF-8 reads as U+FFFD one byte at a time and breaks nothing around it",
		},
		{
			name:     "space variants",
			patterns: []string{"user ops"},
			text:     "USER\u3000OPS, user\tops",
			want:     []string{`user ops="USER\u3000OPS"@0`, `user ops="user\tops"@12`},
			why:      "every Unicode space folds to U+0020",
		},
		{
			name:     "compatibility sequence",
			patterns: []string{"(株)"},
			text:     "㈱",
			want:     []string{`(株)="㈱"@0`},
			why:      "an NFKC expansion of one rune matches as a whole",
		},
		{
			name:     "long expansion",
			patterns: []string{fold.String("\uFDFA")},
			text:     strings.Repeat("\uFDFA ", 40),
			want:     repeated(fold.String("\uFDFA"), "\uFDFA", " ", 40),
			why:      "a rune whose fold is 18 runes long matches as a whole, and grows the scratch space beyond one slot per byte",
		},
		{
			name:     "invalid bytes beyond a segment",
			patterns: []string{"运营"},
			text:     strings.Repeat("\x80", 70000) + "运营",
			want:     []string{`运营="运营"@70000`},
			why:      "a run of continuation bytes longer than a segment is cut anyway, and offsets after it stay right",
		},
		{
			name:     "empty text",
			patterns: []string{"运营"},
			text:     "",
			want:     nil,
			why:      "nothing to find",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := New(tt.patterns)
			if err != nil {
				t.Fatal(err)
			}
			var s Scratch
			got := found(tt.patterns, tt.text, a.Find(nil, []byte(tt.text), &s))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Find(%q) (%s): -want +got\n%s", tt.text, tt.why, diff)
			}
		})
	}
}

func TestFindNoPatterns(t *testing.T) {
	a, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	var s Scratch
	if got := a.Find(nil, []byte("用户运营 KPI ﬁ\u200b\xff"), &s); len(got) != 0 {
		t.Errorf("Find with no patterns = %v, want nothing", got)
	}
}

func TestFindAppends(t *testing.T) {
	a, err := New([]string{"运营"})
	if err != nil {
		t.Fatal(err)
	}
	var s Scratch
	dst := []Match{{Pattern: 7, Start: 1, End: 2}}
	got := a.Find(dst, []byte("运营"), &s)
	want := []Match{{Pattern: 7, Start: 1, End: 2}, {Pattern: 0, Start: 0, End: 6}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Find kept dst's matches? -want +got\n%s", diff)
	}
}

func TestNewErrors(t *testing.T) {
	tests := []struct {
		name     string
		patterns []string
		want     string // part of the message
	}{
		{"empty", []string{"a", ""}, "pattern 1 is empty"},
		{"duplicate", []string{"a", "b", "a"}, "pattern 2 (\"a\") repeats pattern 0"},
		{"invalid utf-8", []string{"\xff"}, "pattern 0 (\"\\xff\") is not valid UTF-8"},
		{"replacement char", []string{"a\uFFFD"}, "pattern 0 (\"a\uFFFD\") contains U+FFFD"},
		{"leading space", []string{"kpi", " crm"}, "pattern 1 (\" crm\") has a space at either end"},
		{"trailing space", []string{"crm "}, "pattern 0 (\"crm \") has a space at either end"},
		{"run of spaces", []string{"user  ops"}, "pattern 0 (\"user  ops\") has a space at either end, two in a row"},
		{"space after a Chinese character", []string{"运营 kpi"}, "pattern 0 (\"运营 kpi\") has a space at either end, two in a row or one after a Chinese character"},
		{"too many runes", []string{manyRunes(MaxRunes + 1)}, "the patterns use 65533 distinct runes other than the space, more than 65532"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(tt.patterns)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("New(%q) = %v, want an error containing %q", tt.patterns, err, tt.want)
			}
		})
	}
}

// manyRunes returns a string of n distinct runes.
func manyRunes(n int) string {
	var sb strings.Builder
	for r := rune(0x4E00); n > 0; r++ {
		if r == 0x9FFF {
			r = 0x20000 // on to the supplementary ideographs
		}
		sb.WriteRune(r)
		n--
	}
	return sb.String()
}

func TestLen(t *testing.T) {
	a, err := New([]string{fold.String("KPI"), fold.String("用戶運營")})
	if err != nil {
		t.Fatal(err)
	}
	if a.Len() != 2 {
		t.Errorf("Len() = %d, want 2", a.Len())
	}
}

func TestFindAllocs(t *testing.T) {
	a, err := New([]string{"运营", "kpi", "用户运营"})
	if err != nil {
		t.Fatal(err)
	}
	text := []byte(strings.Repeat("负责用户运营与KPI考核，ＫＰＩ提升。", 50))
	var s Scratch
	dst := a.Find(nil, text, &s)
	allocs := testing.AllocsPerRun(20, func() { dst = a.Find(dst[:0], text, &s) })
	if allocs != 0 {
		t.Errorf("Find with grown dst and scratch: %v allocs, want 0", allocs)
	}
}
