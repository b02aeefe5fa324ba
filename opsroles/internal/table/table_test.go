// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package table

import (
	"bytes"
	"encoding/csv"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestWidth(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want int
	}{
		{"ASCII counts one cell a byte", "user-ops", 8},
		{"Han characters are wide", "用户运营", 8},
		{"full-width Latin is wide", "ＫＰＩ", 6},
		{"half-width katakana is narrow", "ｶﾀｶﾅ", 4},
		{"ideographic punctuation is wide", "，。（）", 8},
		{"mixed script adds up", "SMART原则", 9},
		{"combining accent takes no cell", "e\u0301", 1},
		{"zero-width joiner takes no cell", "a\u200db", 2},
		{"control characters take no cell", "a\tb", 2},
		{"ambiguous width counts as narrow", "·", 1},
		{"empty string", "", 0},
	}
	for _, tt := range tests {
		if got := Width(tt.in); got != tt.want {
			t.Errorf("%s: Width(%q) = %d, want %d", tt.name, tt.in, got, tt.want)
		}
	}
}

var mixedHeader = []string{"ID", "名称", "Name", "Count"}
var mixedRows = [][]string{
	{"user-ops", "用户运营", "User Operations", "12"},
	{"kpi", "KPI考核", "KPIs", "3"},
	{"smart", "SMART原则", "SMART Goals", "140"},
}

func TestTextLinesUp(t *testing.T) {
	var b bytes.Buffer
	if err := Text(&b, mixedHeader, mixedRows, Left, Left, Left, Right); err != nil {
		t.Fatal(err)
	}
	want := "" +
		"ID        名称       Name             Count\n" +
		"--------  ---------  ---------------  -----\n" +
		"user-ops  用户运营   User Operations     12\n" +
		"kpi       KPI考核    KPIs                 3\n" +
		"smart     SMART原则  SMART Goals        140\n"
	if diff := cmp.Diff(want, b.String()); diff != "" {
		t.Errorf("Text (-want +got):\n%s", diff)
	}
	// Each column starts at the same display column on every line.
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	starts := func(line string) []int {
		var s []int
		col, prevSpace, spaces := 0, true, 0
		for _, r := range line {
			if r == ' ' {
				spaces++
			} else {
				if prevSpace && (col == 0 || spaces >= 2) {
					s = append(s, col)
				}
				spaces = 0
			}
			prevSpace = r == ' '
			col += RuneWidth(r)
		}
		return s
	}
	// Rows whose cells hold single spaces are not in this table, so a run
	// of two or more spaces always separates columns.
	first := starts(lines[1])
	for _, l := range lines[2:] {
		got := starts(l)
		if got[0] != first[0] || got[1] != first[1] || got[2] != first[2] {
			t.Errorf("line %q starts its columns at %v, the rule at %v", l, got, first)
		}
		if Width(l) != Width(lines[1]) {
			t.Errorf("line %q is %d cells wide, the rule %d", l, Width(l), Width(lines[1]))
		}
	}
}

func TestTextCells(t *testing.T) {
	tests := []struct {
		name   string
		header []string
		rows   [][]string
		want   string
	}{
		{"line breaks in a cell would break the layout", []string{"a", "b"}, [][]string{{"x\ny", "z"}},
			"a    b\n---  -\nx y  z\n"},
		{"a short row gets empty cells", []string{"a", "b", "c"}, [][]string{{"1"}},
			"a  b  c\n-  -  -\n1\n"},
		{"a long row keeps its extra cells", []string{"a"}, [][]string{{"1", "2"}},
			"a\n-  -\n1  2\n"},
		{"no rows still writes the header", []string{"名称"}, nil,
			"名称\n----\n"},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		if err := Text(&b, tt.header, tt.rows); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(tt.want, b.String()); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
}

func TestMarkdown(t *testing.T) {
	var b bytes.Buffer
	rows := [][]string{
		{"a|b", `back\slash`, "1"},
		{"two\nlines", "*not bold* <b>", "22"},
		{"用户运营", "[link](x)", "3"},
	}
	if err := Markdown(&b, []string{"名称", "Text", "N"}, rows, Left, Left, Right); err != nil {
		t.Fatal(err)
	}
	want := "" +
		"| 名称         | Text                   |   N |\n" +
		"| ------------ | ---------------------- | --: |\n" +
		"| a\\|b         | back\\\\slash            |   1 |\n" +
		"| two<br>lines | \\*not bold\\* &lt;b&gt; |  22 |\n" +
		"| 用户运营     | \\[link\\](x)            |   3 |\n"
	if diff := cmp.Diff(want, b.String()); diff != "" {
		t.Errorf("Markdown (-want +got):\n%s", diff)
	}
	for _, l := range strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n") {
		if unescapedPipes(l) != 4 {
			t.Errorf("line %q has %d unescaped pipes, want 4", l, unescapedPipes(l))
		}
	}
}

func unescapedPipes(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '|':
			n++
		}
	}
	return n
}

func TestCSV(t *testing.T) {
	rows := [][]string{{"user-ops", "用户运营, \"会员\""}, {"x", "two\nlines"}}
	for _, bom := range []bool{false, true} {
		var b bytes.Buffer
		if err := CSV(&b, []string{"id", "name"}, rows, bom); err != nil {
			t.Fatal(err)
		}
		data := b.Bytes()
		if got := bytes.HasPrefix(data, []byte("\uFEFF")); got != bom {
			t.Errorf("bom=%v: output starts with a BOM: %v", bom, got)
		}
		recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\uFEFF")))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		want := append([][]string{{"id", "name"}}, rows...)
		if diff := cmp.Diff(want, recs); diff != "" {
			t.Errorf("bom=%v: CSV does not read back (-want +got):\n%s", bom, diff)
		}
		if !bytes.Contains(data, []byte("\r\n")) {
			t.Errorf("bom=%v: want CRLF line ends as RFC 4180 has them", bom)
		}
	}
}

// failWriter fails after n bytes.
type failWriter struct{ n int }

var errFull = errors.New("disk full")

func (w *failWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		k := w.n
		w.n = 0
		return k, errFull
	}
	w.n -= len(p)
	return len(p), nil
}

func TestWriteErrors(t *testing.T) {
	big := make([][]string, 2000)
	for i := range big {
		big[i] = []string{"用户运营", "User Operations"}
	}
	writers := map[string]func(w *failWriter) error{
		"text":     func(w *failWriter) error { return Text(w, mixedHeader, big) },
		"markdown": func(w *failWriter) error { return Markdown(w, mixedHeader, big) },
		"csv":      func(w *failWriter) error { return CSV(w, mixedHeader, big, false) },
		"csv bom":  func(w *failWriter) error { return CSV(w, mixedHeader, big, true) },
	}
	for name, write := range writers {
		for _, n := range []int{0, 1, 5000} {
			if err := write(&failWriter{n: n}); !errors.Is(err, errFull) {
				t.Errorf("%s failing after %d bytes: err = %v, want %v", name, n, err, errFull)
			}
		}
	}
}

// FuzzText: any cells give a table whose lines are all as wide as the rule
// under the header, or narrower where trailing cells are empty.
func FuzzText(f *testing.F) {
	f.Add("用户运营", "User Ops", "ＫＰＩ\n", "e\u0301")
	f.Add("", "|", "\t", "\x00")
	f.Fuzz(func(t *testing.T, a, b, c, d string) {
		var buf bytes.Buffer
		if err := Text(&buf, []string{a, b}, [][]string{{c, d}, {d}, {a, b, c}}, Right); err != nil {
			t.Fatal(err)
		}
		if err := Markdown(&bytes.Buffer{}, []string{a, b}, [][]string{{c, d}}); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
		if len(lines) != 5 {
			t.Fatalf("%d lines, want 5:\n%s", len(lines), buf.String())
		}
		rule := Width(lines[1])
		for _, l := range lines {
			if Width(l) > rule {
				t.Errorf("line %q is %d cells, the rule %d", l, Width(l), rule)
			}
		}
	})
}
