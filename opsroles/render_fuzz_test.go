// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"bytes"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// FuzzParseLanguages: never panics; what it accepts are label languages,
// each once, that Render takes.
func FuzzParseLanguages(f *testing.F) {
	for _, s := range []string{"zh", "zh-Hant", "en", "zh,en", "zh-TW, en-GB", "fr", "", ",", "zh,zh", "x-private", "en-u-co-phonebk"} {
		f.Add(s)
	}
	c := loadCatalog(f, "mini.txt")
	f.Fuzz(func(t *testing.T, s string) {
		tags, err := ParseLanguages(s)
		if err != nil {
			return
		}
		seen := map[language.Tag]bool{}
		for _, tag := range tags {
			if tag != language.English && tag != language.SimplifiedChinese && tag != language.TraditionalChinese || seen[tag] {
				t.Fatalf("ParseLanguages(%q) = %v: not distinct label languages", s, tags)
			}
			seen[tag] = true
		}
		if err := c.Render(&bytes.Buffer{}, FormatText, InLanguages(tags...)); err != nil {
			t.Fatalf("Render rejects what ParseLanguages accepts (%q): %v", s, err)
		}
	})
}

// FuzzNegotiateAcceptLanguage: any header gets a label language.
func FuzzNegotiateAcceptLanguage(f *testing.F) {
	for _, s := range []string{"zh-HK,en;q=0.5", "fr", "", "*", ";;q=x", "zh-Hant-TW;q=1.0, en;q=0.1", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, h string) {
		switch got := NegotiateAcceptLanguage(h); got {
		case language.English, language.SimplifiedChinese, language.TraditionalChinese:
		default:
			t.Fatalf("NegotiateAcceptLanguage(%q) = %v, not a label language", h, got)
		}
	})
}

// FuzzRender renders a catalog built from the fuzzer's names in every
// format: never a panic, always valid UTF-8, and the names survive.
func FuzzRender(f *testing.F) {
	f.Add("用户运营", "User | Ops <b>", "zh,en", uint8(1))
	f.Add("a\nb", "`*_[]\\", "zh-Hant", uint8(2))
	f.Add("", "x", "en", uint8(3))
	f.Fuzz(func(t *testing.T, zh, en, langs string, kind uint8) {
		tags, err := ParseLanguages(langs)
		if err != nil {
			return
		}
		// Build through JSON so that any text the catalog can hold is tried.
		var b bytes.Buffer
		_ = encodeJSON(&b, map[string]any{
			"format": exportFormat, "version": exportVersion,
			"areas": []any{map[string]any{"id": "a", "type": "specialty",
				"name":    map[string]string{"zh-Hans": zh, "zh-Hant": zh, "en": en},
				"summary": map[string]string{"zh-Hans": zh, "zh-Hant": "", "en": en},
				"duties":  []string{"d"}, "skills": []string{"s"}}},
			"duties": []any{map[string]any{"id": "d", "name": map[string]string{"zh-Hans": zh + "1", "zh-Hant": zh + "1", "en": en + "1"},
				"summary": map[string]string{"zh-Hans": zh, "zh-Hant": zh, "en": en}}},
			"skills": []any{map[string]any{"id": "s", "name": map[string]string{"zh-Hans": zh + "2", "zh-Hant": zh + "2", "en": en + "2"},
				"summary": map[string]string{"zh-Hans": zh, "zh-Hant": zh, "en": en}}},
		})
		c, err := LoadJSON(&b)
		if err != nil {
			return
		}
		opts := []RenderOption{InLanguages(tags...), SortByName()}
		switch kind % 3 {
		case 1:
			opts = append(opts, Profiles())
		case 2:
			opts = append(opts, Posting(Level(kind%9)))
		}
		for _, f := range Formats() {
			var out bytes.Buffer
			if err := c.Render(&out, f, opts...); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			if !utf8.Valid(out.Bytes()) {
				t.Fatalf("%s: output is not UTF-8", f)
			}
			if f == FormatCSV && !bytes.Contains(out.Bytes(), []byte("d")) {
				t.Fatalf("CSV lost the rows")
			}
		}
	})
}
