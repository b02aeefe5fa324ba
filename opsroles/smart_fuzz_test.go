// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzAnalyzeGoal checks that any text yields a check that encodes as JSON,
// whose metric is cut from the text and whose deadline is a real day.
func FuzzAnalyzeGoal(f *testing.F) {
	for _, s := range []string{
		"三个月内将新用户次日留存率从30%提升到40%",
		"Grow weekly active users by 15% before the end of Q3 2027",
		"提升用户满意度", "年底前GMV翻两番", "半年内客诉率降低百分之二十",
		"Reduce churn rate from 8% to 5% within 6 weeks", "３个月内ＤＡＵ达到１０万",
		"2027年6月30日前将NPS提升至50分", "明年上半年GMV做到2000万", "by Q1, grow revenue per user by 10%",
	} {
		f.Add(s)
	}
	c := Default()
	f.Fuzz(func(t *testing.T, text string) {
		gc := c.AnalyzeGoal(text, goalRef)
		if _, err := json.Marshal(gc); err != nil {
			t.Fatalf("%q: JSON: %v", text, err)
		}
		if m := gc.Goal.Metric; m != "" && utf8.ValidString(text) {
			if !strings.Contains(strings.Join(strings.Fields(text), " "), m) {
				t.Errorf("%q: metric %q is not part of the text", text, m)
			}
		}
		if d := gc.Goal.Deadline; !d.IsZero() && (d.Year() < 1 || d.Year() > 9999) {
			t.Errorf("%q: deadline %v", text, d)
		}
		if len(gc.Missing()) == 0 && gc.Vague() {
			t.Errorf("%q: vague with nothing missing", text)
		}
	})
}
