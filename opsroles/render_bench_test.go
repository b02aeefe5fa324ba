// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"bytes"
	"io"
	"testing"

	"golang.org/x/text/language"
)

// Rendering the whole built-in catalog is what a server does per request
// without a cache; the target is well under a millisecond for the role
// list and a few milliseconds for every profile, in any format.
func BenchmarkRender(b *testing.B) {
	c := Default()
	bilingual := InLanguages(language.SimplifiedChinese, language.English)
	for _, f := range Formats() {
		for _, doc := range []struct {
			name string
			opts []RenderOption
		}{
			{"list", []RenderOption{bilingual}},
			{"profiles", []RenderOption{bilingual, Profiles()}},
			{"sorted-profiles", []RenderOption{bilingual, Profiles(), SortByName()}},
		} {
			b.Run(f.String()+"/"+doc.name, func(b *testing.B) {
				var buf bytes.Buffer
				if err := c.Render(&buf, f, doc.opts...); err != nil {
					b.Fatal(err)
				}
				b.SetBytes(int64(buf.Len()))
				b.ReportAllocs()
				b.ResetTimer()
				for i := 0; i < b.N; i++ {
					if err := c.Render(io.Discard, f, doc.opts...); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkLoadJSON loads the export of the built-in catalog. Its baseline,
// BenchmarkLoadJSON/text, loads the same catalog from catalog.txt: the JSON
// path converts to that format and parses it, so the target is at most
// twice the time of the text path. (It takes about 3.5 times as long now:
// the decoder reads value by value to know every offset.)
func BenchmarkLoadJSON(b *testing.B) {
	var export bytes.Buffer
	if err := Default().Render(&export, FormatJSON); err != nil {
		b.Fatal(err)
	}
	for _, in := range []struct {
		name string
		data []byte
		load func(io.Reader) (*Catalog, error)
	}{
		{"json", export.Bytes(), LoadJSON},
		{"text", builtin, Load},
	} {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.data)))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if _, err := in.load(bytes.NewReader(in.data)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
