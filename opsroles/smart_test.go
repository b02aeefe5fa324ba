// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

var goalRef = time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)

// okOf lists the criteria that pass, as the JSON keys.
func okOf(gc GoalCheck) map[string]bool {
	m := map[string]bool{}
	for _, v := range gc.Verdicts {
		m[v.Criterion.String()] = v.OK
	}
	return m
}

func criteria(s, m, a, r, tb bool) map[string]bool {
	return map[string]bool{"specific": s, "measurable": m, "achievable": a, "relevant": r, "time_bound": tb}
}

func TestCheckGoal(t *testing.T) {
	deadline := time.Date(2027, 2, 25, 0, 0, 0, 0, time.UTC)
	full := Goal{Metric: "次日留存率", Direction: HigherIsBetter, Baseline: 30, HasBaseline: true,
		Target: 40, HasTarget: true, Unit: "%", Deadline: deadline, KPI: RetentionRate}
	tests := []struct {
		name   string
		why    string
		edit   func(g *Goal)
		opts   []GoalOption
		want   map[string]bool
		reason string // a fragment of the failing or deciding reason, in English
	}{
		{"complete", "every part given", func(*Goal) {}, nil, criteria(true, true, true, true, true), "+33.3%"},
		{"no metric", "nothing to be specific or measurable about", func(g *Goal) { g.Metric, g.KPI = "", "" }, nil,
			criteria(false, false, true, false, true), "which metric"},
		{"generic metric", "业绩 names no metric", func(g *Goal) { g.Metric, g.KPI = "业绩", "" }, nil,
			criteria(false, true, true, false, true), "too general"},
		{"no numbers", "measurable needs a target or change; achievable cannot be judged",
			func(g *Goal) { g.HasTarget, g.HasBaseline = false, false }, nil, criteria(true, false, false, true, true), "without a target"},
		{"beyond the bound", "30% → 70% is +133%, flagged", func(g *Goal) { g.Target = 70 }, nil,
			criteria(true, true, false, true, true), "beyond the 100%"},
		{"bound raised", "the same goal passes a 150% bound", func(g *Goal) { g.Target = 70 }, []GoalOption{WithMaxChange(1.5)},
			criteria(true, true, true, true, true), "within the 150%"},
		{"impossible percentage", "a rate cannot pass 100%", func(g *Goal) { g.Target = 120 }, nil,
			criteria(true, true, false, true, true), "outside 0–100%"},
		{"wrong side", "raising the metric to below its baseline", func(g *Goal) { g.Target = 20 }, nil,
			criteria(true, true, false, true, true), "below the baseline"},
		{"below zero", "a fall of more than 100%", func(g *Goal) {
			*g = Goal{Metric: "CAC", KPI: CAC, Direction: LowerIsBetter, Change: -1.5, ChangeKind: RelativeChange, Deadline: deadline}
		}, nil, criteria(true, true, false, true, true), "below zero"},
		{"absolute change", "5 points on a 30% baseline is +16.7%", func(g *Goal) {
			g.HasTarget, g.Change, g.ChangeKind = false, 5, AbsoluteChange
		}, nil, criteria(true, true, true, true, true), "+16.7%"},
		{"unknown KPI", "a KPI ID the catalog lacks is not relevant", func(g *Goal) { g.KPI = "no-such-kpi" }, nil,
			criteria(true, true, true, false, true), "not a KPI"},
		{"area instead of KPI", "an area ties the goal to the catalog", func(g *Goal) { g.KPI, g.Area = "", UserOps }, nil,
			criteria(true, true, true, true, true), "belongs to the area"},
		{"no deadline", "not time-bound", func(g *Goal) { g.Deadline = time.Time{} }, nil,
			criteria(true, true, true, true, false), "no deadline"},
		{"past deadline", "a deadline on the reference day has passed", func(g *Goal) {
			g.Deadline = time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)
		}, nil, criteria(true, true, true, true, false), "has passed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := full
			tt.edit(&g)
			gc := Default().CheckGoal(g, goalRef, tt.opts...)
			if diff := cmp.Diff(tt.want, okOf(gc)); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.why, diff)
			}
			var reasons []string
			for _, v := range gc.Verdicts {
				reasons = append(reasons, v.Reason(language.English))
				if v.Reason(language.Chinese) == "" || v.Reason(language.English) == v.Reason(language.Chinese) {
					t.Errorf("%v: no separate Chinese reason", v.Criterion)
				}
			}
			if all := strings.Join(reasons, " | "); !strings.Contains(all, tt.reason) {
				t.Errorf("%s: reasons %q do not mention %q", tt.why, all, tt.reason)
			}
		})
	}
}

func TestAnalyzeGoal(t *testing.T) {
	tests := []struct {
		text    string
		why     string
		kpi     KPIID
		missing []Criterion
		vague   bool
	}{
		{"三个月内将新用户次日留存率从30%提升到40%", "complete; linked through the alias 次日留存率", RetentionRate, []Criterion{}, false},
		{"Grow weekly active users by 15% before the end of Q3 2027", "complete; linked through the English name of WAU", WAU, []Criterion{}, false},
		{"Grow podcast downloads by 15% before the end of Q3 2027", "clear, but no KPI of the catalog measures podcast downloads", "", []Criterion{Relevant}, false},
		{"提升用户满意度", "the issue's vague goal: no number, no deadline", CSAT, []Criterion{Measurable, Achievable, TimeBound}, true},
		{"提升業績", "Traditional input; a general word", "", []Criterion{Specific, Measurable, Achievable, Relevant, TimeBound}, true},
		{"Reduce churn rate from 8% to 5% within 6 weeks", "an English fall", ChurnRate, []Criterion{}, false},
		{"年底前GMV翻两番", "+300% is flagged, not rejected", GMV, []Criterion{Achievable}, false},
		{"下个月把APP的CVR提升到5%", "a Latin alias inside a longer metric", ConversionRate, []Criterion{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			gc := Default().AnalyzeGoal(tt.text, goalRef)
			got := []any{gc.Goal.KPI, gc.Missing(), gc.Vague()}
			if diff := cmp.Diff([]any{tt.kpi, tt.missing, tt.vague}, got); diff != "" {
				t.Errorf("%s: [KPI, missing, vague] (-want +got):\n%s", tt.why, diff)
			}
		})
	}
}

func TestGoalCheckJSON(t *testing.T) {
	gc := Default().AnalyzeGoal("三个月内将新用户次日留存率从30%提升到40%", goalRef)
	b, err := json.Marshal(gc)
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	want := map[string]any{
		"goal": "三个月内将新用户次日留存率从30%提升到40%", "metric": "新用户次日留存率", "audience": "新用户",
		"direction": "higher", "baseline": 30.0, "target": 40.0, "change": nil, "change_kind": nil, "unit": "%",
		"deadline": "2027-02-25", "kpi": "retention-rate", "area": nil,
		"criteria": map[string]any{"specific": true, "measurable": true, "achievable": true, "relevant": true, "time_bound": true},
		"missing":  []any{}, "vague": false,
	}
	delete(got, "reasons")
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("JSON (-want +got):\n%s", diff)
	}
}

func TestCriterionNames(t *testing.T) {
	got := []string{TimeBound.String(), TimeBound.Name(language.English), TimeBound.Name(language.SimplifiedChinese),
		Achievable.Name(language.MustParse("zh-HK")), Criterion(9).String()}
	want := []string{"time_bound", "time-bound", "有时限", "可實現", "Criterion(9)"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
