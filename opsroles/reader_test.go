// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"testing/iotest"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

func TestMatchReader(t *testing.T) {
	m := testMatcher(t)
	gbk, _ := simplifiedchinese.GBK.NewEncoder().String("社群运营经理\n负责社群和群活动，提升日活。")
	big5, _ := traditionalchinese.Big5.NewEncoder().String("社群運營經理\n負責社群和群活動，提升日活。")
	tests := []struct {
		name, in, enc string
	}{
		{"GBK", gbk, "gb18030"},
		{"Big5", big5, "big5"},
		{"UTF-8 with BOM", "\uFEFF社群运营经理\n负责社群和群活动，提升日活。", "utf-8"},
		{"UTF-16LE", "\xFF\xFE" + utf16le("社群运营经理\n负责社群和群活动，提升日活。"), "utf-16le"},
	}
	want := m.MatchString("社群运营经理\n负责社群和群活动，提升日活。")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := m.MatchReader(strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if res.Encoding != tt.enc {
				t.Errorf("Encoding = %q, want %q", res.Encoding, tt.enc)
			}
			if len(res.Hits) != len(want.Hits) || len(res.Areas) == 0 || res.Areas[0].Area != "community-ops" {
				t.Errorf("got %d hits and areas %+v; want %d hits, community-ops first", len(res.Hits), res.Areas, len(want.Hits))
			}
			if res.Title != want.Title {
				t.Errorf("Title = %+v, want %+v", res.Title, want.Title)
			}
			for _, h := range res.Hits {
				if got := string(res.Text[h.Start:h.End]); !spells(got, h.Term) {
					t.Errorf("hit %q at [%d:%d] of the decoded text reads %q", h.Term, h.Start, h.End, got)
				}
			}
		})
	}
}

func utf16le(s string) string {
	var b []byte
	for _, r := range s { // the test strings are in the Basic Multilingual Plane
		b = append(b, byte(r), byte(r>>8))
	}
	return string(b)
}

func TestMatchReaderLimit(t *testing.T) {
	m := testMatcher(t, WithMaxInput(12))
	if _, err := m.MatchReader(strings.NewReader("用户运营")); err != nil {
		t.Errorf("an input of exactly the limit: %v", err)
	}
	_, err := m.MatchReader(strings.NewReader("用户运营!"))
	if !errors.Is(err, ErrInputTooLarge) {
		t.Fatalf("an input over the limit: error %v, want ErrInputTooLarge", err)
	}
	var se *InputSizeError
	if !errors.As(err, &se) || se.Limit != 12 {
		t.Errorf("error %#v, want an *InputSizeError with Limit 12", err)
	}
	if !strings.Contains(err.Error(), "12 bytes") {
		t.Errorf("error %q does not name the limit", err)
	}
	if got := testMatcher(t, WithMaxInput(0)).maxInput; got != DefaultMaxInput {
		t.Errorf("WithMaxInput(0) sets the limit to %d, want the default %d", got, DefaultMaxInput)
	}
}

func TestMatchReaderError(t *testing.T) {
	boom := errors.New("disk on fire")
	_, err := testMatcher(t).MatchReader(iotest.ErrReader(boom))
	if !errors.Is(err, boom) {
		t.Errorf("error %v does not wrap the reader's error", err)
	}
}

func TestMatchReaderInvalidBytes(t *testing.T) {
	in := []byte("社群运营\xff\xfe经理")
	res, err := testMatcher(t).MatchReader(bytes.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if res.Encoding != "utf-8" || !bytes.Contains(res.Text, []byte("\uFFFD\uFFFD")) {
		t.Errorf("got %s %q; want utf-8 with each bad byte replaced", res.Encoding, res.Text)
	}
}
