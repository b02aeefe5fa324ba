// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package fold

import (
	"bytes"
	"testing"
	"unicode/utf8"
)

func TestSimplify(t *testing.T) {
	tests := []struct {
		name, in, want string
		changed        bool
	}{
		{"Traditional", "崗位職責：用戶運營", "岗位职责：用户运营", true},
		{"mixed with ASCII", "Ops 營運專員 (Taipei)", "Ops 营运专员 (Taipei)", true},
		{"Simplified stays", "岗位职责：用户运营", "", false},
		{"ASCII stays", "Operations Manager", "", false},
		{"empty", "", "", false},
		// Full-width forms fold to ASCII, one byte: Simplify leaves
		// them, as it keeps every offset.
		{"full-width stays", "ＫＰＩ運營", "ＫＰＩ运营", true},
		{"compatibility ideograph", "\uF900運", "岂运", true}, // U+F900 is 豈, whose Simplified form is 岂
		{"invalid bytes stay", "\xff運\xe7\x87", "\xff运\xe7\x87", true},
		{"truncated rune at the end", "運\xe7", "运\xe7", true},
		{"beyond the BMP stays", "𠀀運", "𠀀运", true},
		{"surrogate encoding stays", "\xed\xa0\x80運", "\xed\xa0\x80运", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			prefix := []byte("kept:")
			got, changed := Simplify(bytes.Clone(prefix), []byte(tt.in))
			if changed != tt.changed {
				t.Fatalf("Simplify(%q) changed = %v, want %v", tt.in, changed, tt.changed)
			}
			want := "kept:" + tt.want
			if string(got) != want {
				t.Errorf("Simplify(%q) = %q, want %q", tt.in, got, want)
			}
		})
	}
}

// FuzzSimplify checks that Simplify keeps every offset, replaces only
// runes whose fold is the rune it writes, and leaves nothing for a second
// pass.
func FuzzSimplify(f *testing.F) {
	for _, s := range []string{"崗位職責", "Ops 營運", "\xff運\xe7", "ＫＰＩ", "用户运营"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out, changed := Simplify(nil, []byte(s))
		if !changed {
			if len(out) != 0 {
				t.Fatalf("Simplify(%q) appended %q but reports no change", s, out)
			}
			out = []byte(s)
		}
		if len(out) != len(s) {
			t.Fatalf("Simplify(%q) = %q, of another length", s, out)
		}
		for i := 0; i < len(s); {
			r, n := utf8.DecodeRuneInString(s[i:])
			g, m := utf8.DecodeRune(out[i:])
			switch {
			case r == g && (r != utf8.RuneError || n == m):
			case n == 3 && m == 3:
				if f, ok := Rune(r); !ok || f != string(g) {
					t.Fatalf("Simplify(%q) wrote %q for %q at %d, whose fold is %q", s, g, r, i, f)
				}
			default:
				t.Fatalf("Simplify(%q) = %q: byte %d differs", s, out, i)
			}
			i += n
		}
		if _, again := Simplify(nil, out); again {
			t.Fatalf("Simplify(%q) = %q, which Simplify changes again", s, out)
		}
		// The scan that skips four runes at a time must miss none.
		set := &simplifiedTable().set
		for i, r := range string(out) {
			if r < 1<<16 && utf8.RuneLen(r) == 3 && set[r>>6]&(1<<(r&63)) != 0 && string(out[i:i+3]) == string(r) {
				t.Fatalf("Simplify(%q) = %q, which keeps %q at %d", s, out, r, i)
			}
		}
	})
}

// BenchmarkSimplify measures the pass that looks for Traditional characters
// over a Simplified text, which it leaves, and the copy it makes of a
// Traditional one.
func BenchmarkSimplify(b *testing.B) {
	simplified := bytes.Repeat([]byte("岗位职责：负责用户运营与社群运营，搭建会员体系，提升7日留存率（D7）与GMV；熟练使用SQL、Excel。\n"), 200)
	traditional := bytes.Repeat([]byte("崗位職責：負責用戶運營與社群運營，搭建會員體系，提升7日留存率（D7）與GMV；熟練使用SQL、Excel。\n"), 200)
	english := bytes.Repeat([]byte("Own the onboarding funnel and D7 retention; run A/B tests in Amplitude and report weekly KPIs to the COO.\n"), 200)
	for _, bb := range []struct {
		name string
		text []byte
	}{{"Simplified", simplified}, {"Traditional", traditional}, {"English", english}} {
		b.Run(bb.name, func(b *testing.B) {
			var dst []byte
			b.SetBytes(int64(len(bb.text)))
			b.ReportAllocs()
			for range b.N {
				dst, _ = Simplify(dst[:0], bb.text)
			}
		})
	}
}
