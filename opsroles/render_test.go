// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"bytes"
	"encoding/csv"
	"errors"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	tab "github.com/rolemodels/ops/opsroles/internal/table"
)

// loadCatalog loads a catalog of ../testdata/catalogs.
func loadCatalog(t testing.TB, name string) *Catalog {
	t.Helper()
	f, err := os.Open("../testdata/catalogs/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	c, err := Load(f)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// renderLangs are the language choices the golden files cover.
var renderLangs = []struct {
	name string
	tags []language.Tag
}{
	{"zh", []language.Tag{language.SimplifiedChinese}},
	{"zh-Hant", []language.Tag{language.TraditionalChinese}},
	{"en", []language.Tag{language.English}},
	{"zh-en", []language.Tag{language.SimplifiedChinese, language.English}},
}

var formatExt = map[Format]string{
	FormatText: "txt", FormatMarkdown: "md", FormatJSON: "json", FormatCSV: "csv", FormatHTML: "html",
}

func render(t *testing.T, c *Catalog, f Format, opts ...RenderOption) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := c.Render(&b, f, opts...); err != nil {
		t.Fatalf("Render(%s): %v", f, err)
	}
	return b.Bytes()
}

// TestRenderGolden pins every document kind in every format and language
// choice. The catalog is testdata/catalogs/render.txt, not the built-in
// one, so that the golden files change when rendering does, not when the
// catalog grows.
func TestRenderGolden(t *testing.T) {
	c := loadCatalog(t, "render.txt")
	kinds := []struct {
		name string
		opts []RenderOption
	}{
		{"list", nil},
		{"profile", []RenderOption{Profiles(), ForAreas("user-ops")}},
		{"profiles", []RenderOption{Profiles(), ForAreas("community-ops", "ecommerce-ops")}},
		{"posting", []RenderOption{Posting(LevelSenior), ForAreas("user-ops")}},
	}
	for _, k := range kinds {
		for _, f := range Formats() {
			var firstJSON []byte
			for _, l := range renderLangs {
				got := render(t, c, f, append(slices.Clone(k.opts), InLanguages(l.tags...))...)
				name := "render/" + k.name + "-" + l.name + "." + formatExt[f]
				if f == FormatJSON && k.name != "posting" {
					// The catalog export carries every language whatever
					// the choice; one golden file covers them all.
					if firstJSON == nil {
						firstJSON = got
						checkGolden(t, "render/"+k.name+".json", got)
					} else if !bytes.Equal(firstJSON, got) {
						t.Errorf("%s: the JSON export depends on the languages", name)
					}
					continue
				}
				checkGolden(t, name, got)
			}
		}
	}
	// The variants that only some formats have.
	checkGolden(t, "render/list-zh-en-bom.csv", render(t, c, FormatCSV, WithBOM(),
		InLanguages(language.SimplifiedChinese, language.English)))
	checkGolden(t, "render/area-duty-zh-en.csv", render(t, c, FormatCSV, AreaDutyRows(),
		InLanguages(language.SimplifiedChinese, language.English)))
	checkGolden(t, "render/all-profiles-zh-en.csv", render(t, c, FormatCSV, Profiles(),
		InLanguages(language.SimplifiedChinese, language.English)))
	checkGolden(t, "render/list-links-en.html", render(t, c, FormatHTML, InLanguages(language.English),
		LinkAreas(func(id AreaID) string { return "/areas/" + string(id) + "?a=1&b=<2>" })))
	for _, lvl := range []Level{LevelUnknown, LevelIntern, LevelDirector} {
		checkGolden(t, "render/posting-"+lvl.String()+"-zh-Hant-en.md", render(t, c, FormatMarkdown,
			Posting(lvl), ForAreas("strategy-planning"), InLanguages(language.TraditionalChinese, language.English)))
	}
}

// TestSortByName checks the collation of each language: pinyin for
// Simplified Chinese, stroke count for Traditional, alphabetical for
// English. Catalog order is the order of render.txt.
func TestSortByName(t *testing.T) {
	c := loadCatalog(t, "render.txt")
	tests := []struct {
		name string
		opts []RenderOption
		want []string
	}{
		{"catalog order by default", []RenderOption{InLanguages(language.English)},
			[]string{"user-ops", "community-ops", "strategy-planning", "ecommerce-ops"}},
		{"pinyin: ce < dian < she < yong", []RenderOption{SortByName()},
			[]string{"strategy-planning", "ecommerce-ops", "community-ops", "user-ops"}},
		{"strokes: 用 5 < 社 8 < 策 12 < 電 13", []RenderOption{SortByName(), InLanguages(language.TraditionalChinese)},
			[]string{"user-ops", "community-ops", "strategy-planning", "ecommerce-ops"}},
		{"alphabetical, case and hyphen ignored", []RenderOption{SortByName(), InLanguages(language.English)},
			[]string{"community-ops", "ecommerce-ops", "strategy-planning", "user-ops"}},
		{"the first language decides", []RenderOption{SortByName(), InLanguages(language.English, language.SimplifiedChinese)},
			[]string{"community-ops", "ecommerce-ops", "strategy-planning", "user-ops"}},
	}
	for _, tt := range tests {
		out := string(render(t, c, FormatCSV, tt.opts...))
		var got []string
		for _, rec := range strings.Split(out, "\r\n")[1:] {
			if rec != "" {
				got = append(got, strings.Split(rec, ",")[1])
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
	// The tag Render collates Simplified Chinese with gives pinyin order.
	words := []string{"次", "博", "阿", "得"}
	collate.New(language.SimplifiedChinese).SortStrings(words)
	if diff := cmp.Diff([]string{"阿", "博", "次", "得"}, words); diff != "" {
		t.Errorf("zh-Hans collation is not pinyin (-want +got):\n%s", diff)
	}
}

// TestTextColumnsLineUp measures display widths: in every table of a
// bilingual text document, each column starts at the same terminal column
// on every line as the dashes of the rule under the header.
func TestTextColumnsLineUp(t *testing.T) {
	c := loadCatalog(t, "render.txt")
	for _, opts := range [][]RenderOption{
		{InLanguages(language.SimplifiedChinese, language.English)},
		{Profiles(), InLanguages(language.TraditionalChinese, language.English)},
		{Profiles(), InLanguages(language.English, language.SimplifiedChinese)},
	} {
		lines := strings.Split(string(render(t, c, FormatText, opts...)), "\n")
		tables := 0
		for i, l := range lines {
			if !regexp.MustCompile(`^-+(  -+)+$`).MatchString(l) || i == 0 {
				continue
			}
			tables++
			starts := columnStarts(l)
			for _, row := range append([]string{lines[i-1]}, tableRows(lines[i+1:])...) {
				for _, s := range starts[1:] {
					if !cellStartsAt(row, s) {
						t.Errorf("line %q: no column starts at cell %d, where the rule %q has one", row, s, l)
					}
				}
				if tab.Width(row) > tab.Width(l) {
					t.Errorf("line %q is %d cells wide, wider than its rule (%d)", row, tab.Width(row), tab.Width(l))
				}
			}
		}
		if tables == 0 {
			t.Errorf("no table found in the text output")
		}
	}
}

// columnStarts returns the display columns where runs of dashes start.
func columnStarts(rule string) []int {
	var s []int
	for i := range rule {
		if rule[i] == '-' && (i == 0 || rule[i-1] == ' ') {
			s = append(s, i) // the rule is ASCII: bytes are cells
		}
	}
	return s
}

func tableRows(lines []string) []string {
	for i, l := range lines {
		if l == "" {
			return lines[:i]
		}
	}
	return lines
}

// cellStartsAt reports whether a cell of line starts at display column
// col: two spaces before it (or an empty cell), and col not inside a rune.
func cellStartsAt(line string, col int) bool {
	w := 0
	prev := []rune{}
	for _, r := range line {
		if w == col {
			return len(prev) >= 2 && prev[len(prev)-1] == ' ' && prev[len(prev)-2] == ' '
		}
		if w > col {
			return false
		}
		w += tab.RuneWidth(r)
		prev = append(prev, r)
	}
	return w <= col // the line ends before: trailing empty cells
}

func TestNegotiate(t *testing.T) {
	hans, hant, en := language.SimplifiedChinese, language.TraditionalChinese, language.English
	headers := []struct {
		header string
		want   language.Tag
		why    string
	}{
		{"zh-HK", hant, "Hong Kong writes Traditional"},
		{"zh-TW,zh;q=0.9,en;q=0.8", hant, "Taiwan writes Traditional"},
		{"zh-CN,zh;q=0.9", hans, "mainland China writes Simplified"},
		{"zh", hans, "plain zh means Simplified"},
		{"zh-SG", hans, "Singapore writes Simplified"},
		{"fr", en, "a language the catalog lacks gets English"},
		{"fr-CH, fr;q=0.9, de;q=0.7, zh-TW;q=0.5", hant, "the best language the catalog carries wins"},
		{"en;q=0.2, zh-Hans;q=0.8", hans, "quality weights order the choice"},
		{"en-GB", en, "a regional English is English"},
		{"", en, "no header"},
		{"*", en, "any language"},
		{"zh-HK;q=x;;", en, "malformed header falls back, no error"},
		{"\xff\xfe", en, "bytes that are not text"},
	}
	for _, tt := range headers {
		if got := NegotiateAcceptLanguage(tt.header); got != tt.want {
			t.Errorf("%s: NegotiateAcceptLanguage(%q) = %v, want %v", tt.why, tt.header, got, tt.want)
		}
	}
	if got := NegotiateLanguage(language.French, language.MustParse("zh-MO")); got != hant {
		t.Errorf("NegotiateLanguage(fr, zh-MO) = %v, want %v: the second preference is carried", got, hant)
	}
	if got := NegotiateLanguage(); got != en {
		t.Errorf("NegotiateLanguage() = %v, want English", got)
	}
}

func TestParseLanguages(t *testing.T) {
	hans, hant, en := language.SimplifiedChinese, language.TraditionalChinese, language.English
	tests := []struct {
		in      string
		want    []language.Tag
		wantErr error
	}{
		{"zh", []language.Tag{hans}, nil},
		{"zh-Hant", []language.Tag{hant}, nil},
		{"en", []language.Tag{en}, nil},
		{"zh,en", []language.Tag{hans, en}, nil},
		{" en , zh-TW ", []language.Tag{en, hant}, nil},
		{"zh-Hans,zh-Hant,en", []language.Tag{hans, hant, en}, nil},
		{"en-GB", []language.Tag{en}, nil},
		{"fr", nil, ErrUnknownLanguage},
		{"zh,fr", nil, ErrUnknownLanguage},
		{"", nil, ErrUnknownLanguage},
		{"zh,", nil, ErrUnknownLanguage},
		{"!!", nil, ErrUnknownLanguage},
		{"zh,zh-CN", nil, ErrBadValue},
	}
	for _, tt := range tests {
		got, err := ParseLanguages(tt.in)
		if !errors.Is(err, tt.wantErr) {
			t.Errorf("ParseLanguages(%q) error = %v, want %v", tt.in, err, tt.wantErr)
			continue
		}
		if diff := cmp.Diff(tt.want, got, cmp.Comparer(func(a, b language.Tag) bool { return a == b })); diff != "" {
			t.Errorf("ParseLanguages(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestParseFormat(t *testing.T) {
	for _, f := range Formats() {
		got, err := ParseFormat(f.String())
		if err != nil || got != f {
			t.Errorf("ParseFormat(%q) = %v, %v; want %v", f.String(), got, err, f)
		}
	}
	_, err := ParseFormat("pdf")
	if !errors.Is(err, ErrUnknownFormat) || !strings.Contains(err.Error(), "text, markdown, json, csv, html") {
		t.Errorf("ParseFormat(pdf) error = %v; want ErrUnknownFormat listing the formats", err)
	}
}

// failAfter is a writer that accepts n bytes, then fails.
type failAfter struct {
	n       int
	written []byte
}

var errDiskFull = errors.New("disk full")

func (w *failAfter) Write(p []byte) (int, error) {
	k := min(len(p), w.n)
	w.n -= k
	w.written = append(w.written, p[:k]...)
	if k < len(p) {
		return k, errDiskFull
	}
	return k, nil
}

func TestRenderErrors(t *testing.T) {
	c := loadCatalog(t, "render.txt")
	tests := []struct {
		name string
		f    Format
		opts []RenderOption
		want error
	}{
		{"format zero", 0, nil, ErrUnknownFormat},
		{"format out of range", Format(42), nil, ErrUnknownFormat},
		{"language the catalog lacks", FormatText, []RenderOption{InLanguages(language.French)}, ErrUnknownLanguage},
		{"undetermined language", FormatHTML, []RenderOption{InLanguages(language.Und)}, ErrUnknownLanguage},
		{"one language twice", FormatText, []RenderOption{InLanguages(language.SimplifiedChinese, language.MustParse("zh-CN"))}, ErrBadValue},
		{"unknown area", FormatText, []RenderOption{ForAreas("user-ops", "no-such-area")}, ErrUnknownID},
		{"malformed area ID", FormatJSON, []RenderOption{ForAreas("User Ops")}, ErrBadID},
		{"profiles and posting", FormatText, []RenderOption{Profiles(), Posting(LevelSenior)}, ErrBadValue},
		{"invalid level", FormatCSV, []RenderOption{Posting(Level(200))}, ErrBadValue},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		err := c.Render(&b, tt.f, tt.opts...)
		if !errors.Is(err, tt.want) {
			t.Errorf("%s: err = %v, want %v", tt.name, err, tt.want)
		}
		if b.Len() > 0 {
			t.Errorf("%s: %d bytes written despite the error", tt.name, b.Len())
		}
	}
	// A writer that fails: the error comes back, for every format.
	for _, f := range Formats() {
		w := &failAfter{n: 100}
		if err := c.Render(w, f, Profiles()); !errors.Is(err, errDiskFull) {
			t.Errorf("%s to a failing writer: err = %v, want %v", f, err, errDiskFull)
		}
	}
	// The zero option and an empty area list are harmless.
	if err := c.Render(&bytes.Buffer{}, FormatText, RenderOption{}, ForAreas()); err != nil {
		t.Errorf("zero RenderOption: %v", err)
	}
}

func TestForAreas(t *testing.T) {
	c := loadCatalog(t, "render.txt")
	got := string(render(t, c, FormatCSV, ForAreas("ecommerce-ops", "user-ops", "ecommerce-ops")))
	want := "kind,id,name.zh-Hans,summary.zh-Hans,areas\r\n" +
		"area,user-ops,用户运营,围绕用户生命周期做拉新、促活、留存和召回。,\r\n" +
		"area,ecommerce-ops,电商运营,经营线上店铺的商品、流量、活动与转化。,\r\n"
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("areas in catalog order, once each (-want +got):\n%s", diff)
	}
}

// TestHTMLLanguages checks that every cell and span of text says its
// language, that a Traditional summary the catalog lacks is marked as the
// Simplified text it is, and that the page needs nothing from outside.
func TestHTMLLanguages(t *testing.T) {
	c := loadCatalog(t, "render.txt")
	page := string(render(t, c, FormatHTML, Profiles(), ForAreas("user-ops", "ecommerce-ops"),
		InLanguages(language.TraditionalChinese, language.English)))
	if !strings.HasPrefix(page, "<!DOCTYPE html>\n<html lang=\"zh-Hant\">") {
		t.Errorf("page does not start with a doctype and <html lang=zh-Hant>:\n%.100s", page)
	}
	for _, bad := range []string{"<script", "<link", " src=", "url(", "@import", "http:", "https:"} {
		if strings.Contains(page, bad) {
			t.Errorf("page contains %q: it must be self-contained", bad)
		}
	}
	// Every td either holds an ID in <code> or carries a lang.
	for _, m := range regexp.MustCompile(`<td([^>]*)>`).FindAllStringSubmatch(page, -1) {
		if !strings.Contains(m[1], `lang="`) && m[1] != ` class="id"` {
			t.Errorf("cell without lang: %s", m[0])
		}
	}
	for _, want := range []string{
		// user-ops-retention has no Traditional summary: the Simplified
		// one stands in, marked as such.
		`<td lang="zh-Hans">找出流失原因并设计召回动作，提高留存率。</td>`,
		// user-ops-segmentation has one.
		`<td lang="zh-Hant">依價值和活躍度為使用者分層，為每層設計不同的營運動作。</td>`,
		// Markup in the data is text.
		`&lt;b&gt;bold&lt;/b&gt;`,
		`<td lang="en">Listings &amp; product pages</td>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %s", want)
		}
	}
}

func TestCSVReadsBack(t *testing.T) {
	c := loadCatalog(t, "render.txt")
	data := render(t, c, FormatCSV, Profiles(), WithBOM(), InLanguages(language.English, language.SimplifiedChinese))
	if !bytes.HasPrefix(data, []byte("\uFEFF")) {
		t.Fatalf("no BOM")
	}
	recs, err := csv.NewReader(bytes.NewReader(data[3:])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var n int
	for _, k := range Kinds() {
		n += c.Len(k)
	}
	if len(recs) != n+1 {
		t.Errorf("%d records, want a header and one row for each of the %d entities", len(recs), n)
	}
	for _, r := range recs {
		if r[1] == "ab-testing" {
			if want := []string{"method", "ab-testing", "A|B Testing *(split)*",
				`Splits users at random to compare two versions; a \ or | in a name must survive every format.`,
				"A|B 测试", "把用户随机分组，比较两个版本的效果。", "ecommerce-ops"}; !slices.Equal(r, want) {
				t.Errorf("ab-testing row = %q, want %q", r, want)
			}
		}
	}
}
