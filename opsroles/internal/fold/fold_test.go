// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package fold

import (
	"bytes"
	"os"
	"testing"
	"unicode/utf8"

	"github.com/rolemodels/ops/opsroles/internal/gen"
)

func TestString(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"ASCII upper case", "KPI", "kpi"},
		{"full-width Latin", "ＫＰＩ", "kpi"},
		{"full-width digits and percent", "１０％", "10%"},
		{"Traditional to Simplified", "用戶運營", "用户运营"},
		{"Traditional partner", "合作夥伴", "合作伙伴"},
		{"Simplified stays", "用户运营", "用户运营"},
		{"ideographic space", "Community　Manager", "community manager"},
		{"tab and newline become spaces", "a\tb\nc", "a b c"},
		{"compatibility ligature", "ﬁnance", "finance"},
		{"circled ideograph", "㈱", "(株)"},
		{"hyphen", "E-Commerce", "e commerce"},
		{"unicode hyphen", "e‐commerce", "e commerce"},
		{"em dash", "a—b", "a b"},
		{"curly apostrophe", "Porter’s", "porter's"},
		{"zero-width space vanishes", "用户\u200b运营", "用户运营"},
		{"BOM vanishes", "\ufeffKPI", "kpi"},
		{"mixed script", "ＳＭＡＲＴ原則", "smart原则"},
		{"invalid UTF-8 becomes U+FFFD", "a\xffb", "a\ufffdb"},
		{"Greek lower case", "ΑΒΓ", "αβγ"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := String(tt.in); got != tt.want {
				t.Errorf("String(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestKey(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"surrounding spaces", "  KPI  ", "kpi"},
		{"surrounding Chinese punctuation", "「用户运营」。", "用户运营"},
		{"surrounding full-width brackets", "（ＣＲＭ）", "crm"},
		{"inner spaces collapse", "community \t  manager", "community manager"},
		{"hyphens and dashes are spaces", "Social-Media — Manager", "social media manager"},
		{"no space next to a Chinese character", "CRM 运营 经理", "crm运营经理"},
		{"symbols of names kept", "C++", "c++"},
		{"hash kept", "C#", "c#"},
		{"slash inside kept", "A/B测试", "a/b测试"},
		{"only punctuation", "。，！", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Key(tt.in); got != tt.want {
				t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestRuneAgreesWithString checks that the per-rune fold the matcher
// compiles and the string fold Lookup uses are the same function.
func TestRuneAgreesWithString(t *testing.T) {
	for r, f := range Exceptions() {
		got, ok := Rune(r)
		if !ok || got != f {
			t.Fatalf("Rune(%U) = %q, %v; Exceptions says %q", r, got, ok, f)
		}
		if s := String(string(r)); s != f {
			t.Fatalf("String(%q) = %q, Exceptions says %q", r, s, f)
		}
	}
	for r := rune(0); r < utf8.RuneSelf; r++ {
		got, ok := Rune(r)
		if ok && String(string(r)) != got {
			t.Fatalf("Rune(%U) = %q, String disagrees", r, got)
		}
	}
}

// TestIdempotent checks that folding twice changes nothing, which Lookup
// relies on: catalog terms are folded once when indexed and queries once
// when looked up.
func TestIdempotent(t *testing.T) {
	for r, f := range Exceptions() {
		if g := String(f); g != f {
			t.Errorf("String(String(%U)) = %q, want %q", r, g, f)
		}
	}
}

func FuzzString(f *testing.F) {
	for _, s := range []string{"ＫＰＩ考核", "用戶運營", "ﬁ", "a\xffb", "İstanbul", "\u200b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		once := String(s)
		if !utf8.ValidString(once) {
			t.Fatalf("String(%q) = %q is not valid UTF-8", s, once)
		}
		if twice := String(once); twice != once {
			t.Fatalf("String not idempotent on %q: %q then %q", s, once, twice)
		}
		k := Key(s)
		if Key(k) != k {
			t.Fatalf("Key not idempotent on %q: %q then %q", s, k, Key(k))
		}
	})
}

// TestTables regenerates tables.go from the Unihan database when Debian's
// unicode-data package is installed, and fails when the file is stale.
func TestTables(t *testing.T) {
	if _, err := os.Stat(gen.DefaultUnihanPath); err != nil {
		t.Skipf("Unihan data not installed (apt-get install unicode-data): %v", err)
	}
	want, err := gen.FoldTables(gen.DefaultUnihanPath)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("tables.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("tables.go is stale; run go generate in opsroles/internal/fold")
	}
}

func TestWords(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"runs of spaces", "  community \t  manager ", "community manager"},
		{"hyphens", "Social-Media-Manager", "social media manager"},
		{"no space after a Han character", "用户运\n营 经理", "用户运营经理"},
		{"letter-spaced heading", "用 户 运 营", "用户运营"},
		{"Han before Latin", "运营 KPI", "运营kpi"},
		{"Latin before Han keeps its space", "KPI 考核", "kpi 考核"},
		{"punctuation is not Han", "运营， 社群", "运营, 社群"},
		{"empty", " \n ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Words(tt.in); got != tt.want {
				t.Errorf("Words(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// FuzzWords checks that Words is idempotent and leaves no space where a
// scanner would not read one: at either end, after a space, or after a
// Chinese character.
func FuzzWords(f *testing.F) {
	for _, s := range []string{"用户运\n营 经理", "Social-Media - Manager", " KPI 考核 ", "a\u3000\u3000b", "\x00 x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		w := Words(s)
		if again := Words(w); again != w {
			t.Fatalf("Words(%q) = %q, but Words of that is %q", s, w, again)
		}
		prev := ' '
		for _, r := range w {
			if r == ' ' && (prev == ' ' || IsHan(prev)) {
				t.Fatalf("Words(%q) = %q has a space after %q", s, w, prev)
			}
			prev = r
		}
		if prev == ' ' && w != "" {
			t.Fatalf("Words(%q) = %q ends with a space", s, w)
		}
	})
}
