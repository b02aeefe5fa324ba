// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"bytes"
	"testing"
	"time"
)

// TestFunnelGolden renders the shop log's 4-step funnel in each order and
// format, as examples/funnel prints it.
func TestFunnelGolden(t *testing.T) {
	l := shopLog(t)
	steps := []string{"signup", "view", "add_to_cart", "purchase"}
	for _, o := range []FunnelOrder{OrderedSteps, StrictOrder, AnyOrder} {
		f, err := l.Funnel(steps, FunnelWindow(7*24*time.Hour), FunnelOrdering(o))
		if err != nil {
			t.Fatal(err)
		}
		for format, ext := range map[Format]string{FormatText: ".txt", FormatMarkdown: ".md", FormatCSV: ".csv", FormatJSON: ".json"} {
			var buf bytes.Buffer
			if err := f.Render(&buf, format); err != nil {
				t.Fatal(err)
			}
			checkGolden(t, "funnel/shop-"+o.String()+ext, buf.Bytes())
		}
	}
	counts, _ := FunnelFromCounts([]string{"visit", "signup", "pay"}, []int{1000, 300, 45})
	var buf bytes.Buffer
	if err := counts.Render(&buf, FormatJSON); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "funnel/counts.json", buf.Bytes())
}
