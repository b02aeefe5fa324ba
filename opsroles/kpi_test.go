// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"golang.org/x/text/language"
)

func TestAttainment(t *testing.T) {
	tests := []struct {
		name           string
		d              Direction
		actual, target float64
		want           float64
	}{
		{"higher on target", HigherIsBetter, 40, 40, 1},
		{"higher short", HigherIsBetter, 30, 40, 0.75},
		{"higher capped", HigherIsBetter, 500, 100, MaxAttainment},
		{"higher negative actual floors at 0", HigherIsBetter, -5, 10, 0},
		{"lower beats target", LowerIsBetter, 4, 5, 1.25},
		{"lower misses", LowerIsBetter, 10, 5, 0.5},
		{"lower zero actual, positive target", LowerIsBetter, 0, 5, MaxAttainment},
		{"lower zero actual, zero target", LowerIsBetter, 0, 0, 1},
		{"lower positive actual, zero target", LowerIsBetter, 3, 0, 0},
	}
	for _, tt := range tests {
		got, err := Attainment(tt.d, tt.actual, tt.target)
		if err != nil || math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("%s: Attainment(%v, %v, %v) = %v, %v; want %v", tt.name, tt.d, tt.actual, tt.target, got, err, tt.want)
		}
	}
}

func TestAttainmentErrors(t *testing.T) {
	tests := []struct {
		name           string
		d              Direction
		actual, target float64
	}{
		{"higher zero target", HigherIsBetter, 1, 0},
		{"lower negative target", LowerIsBetter, 1, -1},
		{"NaN", HigherIsBetter, math.NaN(), 1},
		{"infinite target", LowerIsBetter, 1, math.Inf(1)},
		{"band direction", WithinBand, 1, 1},
		{"zero direction", 0, 1, 1},
	}
	for _, tt := range tests {
		if _, err := Attainment(tt.d, tt.actual, tt.target); !errors.Is(err, ErrTarget) {
			t.Errorf("%s: got %v, want ErrTarget", tt.name, err)
		}
	}
}

func TestBandAttainment(t *testing.T) {
	tests := []struct {
		name                    string
		actual, low, high, want float64
	}{
		{"inside", 100, 90, 110, 1},
		{"on the edge", 110, 90, 110, 1},
		{"below, relative to the low edge", 80, 90, 110, 1 - 10.0/90},
		{"above, relative to the high edge", 121, 90, 110, 0.9},
		{"far off floors at 0", 1000, 90, 110, 0},
		{"zero edge uses the width", -1, 0, 4, 0.75},
		{"point band at zero uses 1", 0.25, 0, 0, 0.75},
		{"negative band", -30, -20, -10, 0.5},
	}
	for _, tt := range tests {
		got, err := BandAttainment(tt.actual, tt.low, tt.high)
		if err != nil || math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("%s: BandAttainment(%v, %v, %v) = %v, %v; want %v", tt.name, tt.actual, tt.low, tt.high, got, err, tt.want)
		}
	}
	if _, err := BandAttainment(1, 5, 4); !errors.Is(err, ErrTarget) {
		t.Errorf("inverted band: got %v, want ErrTarget", err)
	}
}

func TestThresholds(t *testing.T) {
	tests := []struct {
		th   Thresholds
		a    float64
		want Status
	}{
		{Thresholds{}, 0.95, OnTrack},
		{Thresholds{}, 0.94, AtRisk},
		{Thresholds{}, 0.8, AtRisk},
		{Thresholds{}, 0.79, OffTrack},
		{Thresholds{OnTrack: 1}, 0.99, AtRisk},
		{Thresholds{OnTrack: 1, AtRisk: 0.5}, 0.6, AtRisk},
	}
	for _, tt := range tests {
		if got := tt.th.Status(tt.a); got != tt.want {
			t.Errorf("%+v.Status(%v) = %v, want %v", tt.th, tt.a, got, tt.want)
		}
	}
	if got := AtRisk.Name(language.MustParse("zh-TW")); got != "有風險" {
		t.Errorf("AtRisk in zh-TW = %q", got)
	}
}

// bandCatalog extends the mini catalog with a band KPI.
func bandCatalog(t *testing.T) *Catalog {
	t.Helper()
	c := Default()
	ext := `
kpi budget-pace
  zh: 预算消耗进度
  zh-Hant: 預算消耗進度
  en: Budget Pace
  summary.zh: 预算花费与计划的比值。
  summary.en: Spend against plan.
  formula.zh: 实际花费 / 计划花费
  formula.en: actual spend / planned spend
  unit: ratio
  direction: band
`
	c, err := c.Extend(strings.NewReader(ext))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestScorecard(t *testing.T) {
	c := bandCatalog(t)
	pace, _ := c.KPI("budget-pace")
	sc, err := c.Scorecard([]ScoreEntry{
		{KPI: RetentionRate, Actual: 36, Target: 40, Weight: 2},        // 0.9
		{KPI: ChurnRate, Actual: 4, Target: 5, Weight: 1},              // 1.25
		{Indicator: pace, Actual: 1.2, Low: 0.9, High: 1.1, Weight: 1}, // 1 − 0.1/1.1
	}, Thresholds{})
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		ID         KPIID
		Attainment float64
		Status     Status
		Share      float64
	}
	var got []row
	for _, r := range sc.Rows {
		got = append(got, row{r.Indicator.ID(), r.Attainment, r.Status, r.Share})
	}
	band := 1 - 0.1/1.1
	want := []row{{RetentionRate, 0.9, AtRisk, 0.5}, {ChurnRate, 1.25, OnTrack, 0.25}, {"budget-pace", band, AtRisk, 0.25}}
	approx := cmpopts.EquateApprox(0, 1e-9)
	if diff := cmp.Diff(want, got, approx); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(0.5*0.9+0.25*1.25+0.25*band, sc.Score, approx); diff != "" || sc.Status != OnTrack {
		t.Errorf("score %v (%v); diff:\n%s", sc.Score, sc.Status, diff)
	}
}

func TestScorecardEqualWeights(t *testing.T) {
	sc, err := Default().Scorecard([]ScoreEntry{{KPI: DAU, Actual: 50, Target: 100}, {KPI: DAU, Actual: 100, Target: 100}}, Thresholds{})
	if err != nil {
		t.Fatal(err)
	}
	if sc.Score != 0.75 || sc.Status != OffTrack {
		t.Errorf("score %v %v, want 0.75 off track", sc.Score, sc.Status)
	}
}

func TestScorecardErrors(t *testing.T) {
	tests := []struct {
		name    string
		entries []ScoreEntry
		index   int
		target  error
	}{
		{"unknown KPI", []ScoreEntry{{KPI: DAU, Target: 1}, {KPI: "no-such", Target: 1}}, 1, ErrUnknownID},
		{"zero weight beside weights", []ScoreEntry{{KPI: DAU, Target: 1, Weight: 1}, {KPI: DAU, Target: 1}}, 1, ErrWeight},
		{"negative weight", []ScoreEntry{{KPI: DAU, Target: 1, Weight: -1}}, 0, ErrWeight},
		{"bad target", []ScoreEntry{{KPI: DAU, Target: 0}}, 0, ErrTarget},
	}
	for _, tt := range tests {
		_, err := Default().Scorecard(tt.entries, Thresholds{})
		var se *ScoreError
		if !errors.As(err, &se) || se.Index != tt.index || !errors.Is(err, tt.target) {
			t.Errorf("%s: got %v, want a ScoreError at %d wrapping %v", tt.name, err, tt.index, tt.target)
		}
	}
}
