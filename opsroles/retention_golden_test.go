// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"bytes"
	"os"
	"testing"
)

// shopLog reads the README's events file.
func shopLog(t *testing.T) *EventLog {
	t.Helper()
	f, err := os.Open("../testdata/events/shop.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	l, err := ReadEvents(f)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// TestRetentionGolden renders the shop log's retention in every period and
// format; the golden files are what the README and examples/retention show.
func TestRetentionGolden(t *testing.T) {
	l := shopLog(t)
	sh := mustZone(t, "Asia/Shanghai")
	for _, p := range []Period{PeriodDay, PeriodWeek, PeriodMonth} {
		for _, unbounded := range []bool{false, true} {
			opts := []RetentionOption{StartEvent("signup"), RetentionPeriod(p), RetentionIn(sh)}
			name := "retention/shop-" + p.String()
			if unbounded {
				opts = append(opts, RetentionUnbounded())
				name += "-unbounded"
			}
			m, err := l.Retention(opts...)
			if err != nil {
				t.Fatal(err)
			}
			for f, ext := range map[Format]string{FormatText: ".txt", FormatMarkdown: ".md", FormatCSV: ".csv", FormatJSON: ".json"} {
				var buf bytes.Buffer
				if err := m.Render(&buf, f); err != nil {
					t.Fatal(err)
				}
				checkGolden(t, name+ext, buf.Bytes())
			}
		}
	}
}

func TestRetentionRenderHTML(t *testing.T) {
	m, _ := shopLog(t).Retention()
	if err := m.Render(new(bytes.Buffer), FormatHTML); err == nil {
		t.Error("HTML: no error")
	}
}
