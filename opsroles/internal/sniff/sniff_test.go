// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package sniff

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	xunicode "golang.org/x/text/encoding/unicode"
)

func encode(t *testing.T, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encoding %q: %v", s, err)
	}
	return b
}

func TestDecode(t *testing.T) {
	gbk, big5, cp1252 := simplifiedchinese.GBK, traditionalchinese.Big5, charmap.Windows1252
	le := xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM)
	be := xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM)
	tests := []struct {
		name     string
		in       []byte
		want     string
		wantName string
	}{
		{"ASCII is UTF-8", []byte("Operations Manager"), "Operations Manager", UTF8},
		{"UTF-8 with BOM loses the BOM", []byte("\xEF\xBB\xBF用户运营"), "用户运营", UTF8},
		{"UTF-8 with a stray byte keeps the rest", []byte("用户\xff运营专员，负责社群运营和用户增长"), "用户\uFFFD运营专员，负责社群运营和用户增长", UTF8},
		{"UTF-16LE with BOM", append([]byte{0xFF, 0xFE}, encode(t, le, "社群運營")...), "社群運營", UTF16LE},
		{"UTF-16BE with BOM", append([]byte{0xFE, 0xFF}, encode(t, be, "社群运营")...), "社群运营", UTF16BE},
		{"UTF-16LE without BOM, Latin text", encode(t, le, "Community Manager"), "Community Manager", UTF16LE},
		{"UTF-16 with an odd byte at the end", []byte{0xFF, 0xFE, 'a', 0, 'b'}, "a\uFFFD", UTF16LE},
		{"short GBK: two characters", encode(t, gbk, "运营"), "运营", GB18030},
		{"short GBK title", encode(t, gbk, "用户运营专员"), "用户运营专员", GB18030},
		{"GBK with Latin", encode(t, gbk, "电商运营 GMV 提升30%"), "电商运营 GMV 提升30%", GB18030},
		{"short Big5: two characters", encode(t, big5, "營運"), "營運", Big5},
		{"short Big5 title", encode(t, big5, "社群經營專員"), "社群經營專員", Big5},
		{"Big5 sentence", encode(t, big5, "負責門市營運與人員管理，提升業績。"), "負責門市營運與人員管理，提升業績。", Big5},
		{"Windows-1252 French", encode(t, cp1252, "Chloé Dubois\nCommunity Manager, Montréal"), "Chloé Dubois\nCommunity Manager, Montréal", Windows1252},
		{"Windows-1252 German", encode(t, cp1252, "Jürgen Müller – Teamleiter E-Commerce"), "Jürgen Müller – Teamleiter E-Commerce", Windows1252},
		{"Windows-1252 quotes and bullets", encode(t, cp1252, "• Ran “Community Days” for 2,000 members"), "• Ran “Community Days” for 2,000 members", Windows1252},
		{"an accent before a space", encode(t, cp1252, "Café Lumière"), "Café Lumière", Windows1252},
		{"GBK with a Latin name", encode(t, gbk, "Renée 张 用户运营"), "Renée 张 用户运营", GB18030},
		{"empty", nil, "", UTF8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, name := Decode(tt.in)
			if string(got) != tt.want || name != tt.wantName {
				t.Errorf("Decode(% x) = %q, %s; want %q, %s", tt.in, got, name, tt.want, tt.wantName)
			}
		})
	}
}

// TestDecodeDocs decodes the test documents, whose encodings expect.tsv
// gives, and checks the encoding found and that the text is clean.
func TestDecodeDocs(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "testdata", "docs")
	f, err := os.Open(filepath.Join(dir, "expect.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	names := map[string]string{"utf-8": UTF8, "utf-8-bom": UTF8, "utf-16le-bom": UTF16LE, "gb18030": GB18030, "big5": Big5, "windows-1252": Windows1252}
	sc := bufio.NewScanner(f)
	sc.Scan() // header
	n := 0
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		want, ok := names[cols[1]]
		if !ok {
			t.Fatalf("%s: unknown encoding %q in expect.tsv", cols[0], cols[1])
		}
		b, err := os.ReadFile(filepath.Join(dir, cols[0]))
		if err != nil {
			t.Fatal(err)
		}
		text, name := Decode(b)
		if name != want {
			t.Errorf("%s: detected %s, want %s", cols[0], name, want)
		}
		if bytes.ContainsRune(text, utf8.RuneError) || bytes.HasPrefix(text, []byte("\uFEFF")) {
			t.Errorf("%s: decoded text holds U+FFFD or a BOM", cols[0])
		}
		n++
	}
	if n < 60 {
		t.Errorf("only %d documents in expect.tsv", n)
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte("用户运营"))
	f.Add([]byte{0xD4, 0xCB, 0xD3, 0xAA})
	f.Add([]byte{0xFF, 0xFE, 'a', 0})
	f.Add([]byte{0xE7, 0x87, 0x9F, 0xB9, 0x42})
	f.Add([]byte("Montr\xe9al \x93Caf\xe9\x94"))
	f.Fuzz(func(t *testing.T, b []byte) {
		text, name := Decode(b)
		if !utf8.Valid(text) {
			t.Errorf("Decode(% x) as %s returned invalid UTF-8", b, name)
		}
		again, name2 := Decode(b)
		if !bytes.Equal(text, again) || name != name2 {
			t.Errorf("Decode(% x) is not deterministic", b)
		}
	})
}
