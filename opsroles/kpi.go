// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"errors"
	"fmt"
	"math"

	"golang.org/x/text/language"
)

// MaxAttainment caps every attainment at 200%, so that one KPI far beyond
// its target cannot carry a whole scorecard, and so that a lower-is-better
// KPI that reaches zero has a finite attainment.
const MaxAttainment = 2.0

// ErrTarget is wrapped by the errors of targets and values that attainment
// cannot be computed for: NaN or infinite numbers, a higher-is-better target
// at or below zero, a negative lower-is-better target, a band whose low end
// is above its high end.
var ErrTarget = errors.New("invalid target")

// Attainment returns how far actual goes toward target for a KPI that is
// better in direction d, as a fraction (1 is exactly on target), capped to
// the range 0 to MaxAttainment:
//
//	HigherIsBetter  actual / target          the target must be above zero
//	LowerIsBetter   target / actual          an actual at or below zero beats any
//	                                         target above zero (MaxAttainment) and
//	                                         meets a target of zero (1)
//
// For WithinBand use BandAttainment; Attainment returns an error for it.
func Attainment(d Direction, actual, target float64) (float64, error) {
	if !finite(actual) || !finite(target) {
		return 0, fmt.Errorf("opsroles: %w: actual %v, target %v", ErrTarget, actual, target)
	}
	var a float64
	switch d {
	case HigherIsBetter:
		if target <= 0 {
			return 0, fmt.Errorf("opsroles: %w: higher-is-better target %v is not above zero (use a band)", ErrTarget, target)
		}
		a = actual / target
	case LowerIsBetter:
		switch {
		case target < 0:
			return 0, fmt.Errorf("opsroles: %w: lower-is-better target %v is below zero (use a band)", ErrTarget, target)
		case actual <= 0 && target == 0:
			a = 1
		case actual <= 0:
			a = MaxAttainment
		default:
			a = target / actual
		}
	case WithinBand:
		return 0, fmt.Errorf("opsroles: %w: a band KPI needs BandAttainment", ErrTarget)
	default:
		return 0, fmt.Errorf("opsroles: %w: unknown %v", ErrTarget, d)
	}
	return clampAttainment(a), nil
}

// BandAttainment returns the attainment of a KPI that should stay within
// [low, high]: 1 inside the band (edges included), and outside it 1 minus
// the distance to the nearer edge relative to that edge's magnitude (or to
// the band's width when that edge is 0, or to 1 when both are), floored at
// 0. So for the band [90, 110], 80 attains 1 − 10/90 ≈ 0.89 and 121 attains
// 1 − 11/110 = 0.9.
func BandAttainment(actual, low, high float64) (float64, error) {
	if !finite(actual) || !finite(low) || !finite(high) || low > high {
		return 0, fmt.Errorf("opsroles: %w: actual %v, band [%v, %v]", ErrTarget, actual, low, high)
	}
	var edge float64
	switch {
	case actual < low:
		edge = low
	case actual > high:
		edge = high
	default:
		return 1, nil
	}
	scale := math.Abs(edge)
	if scale == 0 {
		scale = high - low
	}
	if scale == 0 {
		scale = 1
	}
	return clampAttainment(1 - math.Abs(actual-edge)/scale), nil
}

func finite(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }

func clampAttainment(a float64) float64 { return max(0, min(a, MaxAttainment)) }

// A Status says whether a KPI or a scorecard is where it should be.
type Status uint8

// The statuses, from best to worst.
const (
	OnTrack Status = iota + 1
	AtRisk
	OffTrack
)

var statusWords = [...]Label{
	{},
	{names: [3]string{"on track", "正常", "正常"}},
	{names: [3]string{"at risk", "有风险", "有風險"}},
	{names: [3]string{"off track", "落后", "落後"}},
}

// String returns "on track", "at risk" or "off track".
func (s Status) String() string {
	if s != 0 && int(s) < len(statusWords) {
		return statusWords[s].Name(language.English)
	}
	return fmt.Sprintf("Status(%d)", uint8(s))
}

// Name returns the status in the language that best serves t, as
// Label.Name chooses it.
func (s Status) Name(t language.Tag) string {
	if s != 0 && int(s) < len(statusWords) {
		return statusWords[s].Name(t)
	}
	return s.String()
}

// Thresholds turn an attainment into a Status: OnTrack at or above
// OnTrack, AtRisk at or above AtRisk, OffTrack below. A zero field takes its
// default, so the zero Thresholds means 95% and 80%.
type Thresholds struct {
	OnTrack float64 // default 0.95
	AtRisk  float64 // default 0.80
}

// Status returns the status of an attainment.
func (th Thresholds) Status(attainment float64) Status {
	on, risk := th.OnTrack, th.AtRisk
	if on == 0 {
		on = 0.95
	}
	if risk == 0 {
		risk = 0.80
	}
	switch {
	case attainment >= on:
		return OnTrack
	case attainment >= risk:
		return AtRisk
	}
	return OffTrack
}

// A ScoreEntry is one KPI of a scorecard with its actual value and target.
type ScoreEntry struct {
	KPI       KPIID      // a KPI of the catalog; its Direction applies
	Indicator *Indicator // used instead of KPI when set, such as a KPI of an extended catalog
	Actual    float64
	Target    float64 // for HigherIsBetter and LowerIsBetter
	Low, High float64 // the band, for WithinBand
	// Weight is the entry's share of the score. When every entry has
	// weight 0 the entries weigh the same; otherwise every weight must be
	// above 0.
	Weight float64
}

// A ScoreRow is one scored entry of a Scorecard.
type ScoreRow struct {
	Indicator  *Indicator
	Entry      ScoreEntry
	Attainment float64
	Status     Status
	Share      float64 // the entry's weight over the sum of weights
}

// A Scorecard is a weighted set of KPI attainments.
type Scorecard struct {
	Rows   []ScoreRow
	Score  float64 // the weighted mean of the attainments
	Status Status  // the status of Score
}

// A ScoreError reports a scorecard entry that cannot be scored.
type ScoreError struct {
	Index int   // 0-based position of the entry
	KPI   KPIID // the entry's KPI
	Err   error // wraps ErrUnknownID, ErrTarget or ErrWeight
}

// Error names the entry by position and KPI, and the problem.
func (e *ScoreError) Error() string {
	return fmt.Sprintf("opsroles: scorecard entry %d (%s): %v", e.Index, e.KPI, e.Err)
}

// Unwrap returns the cause.
func (e *ScoreError) Unwrap() error { return e.Err }

// ErrWeight is wrapped by a ScoreError for a weight that is negative, NaN or
// infinite, or zero beside entries with weights.
var ErrWeight = errors.New("invalid weight")

// Scorecard scores the entries against their targets, each by the
// direction of its KPI (Attainment, BandAttainment), and weighs them into
// one score. The first entry that cannot be scored is a *ScoreError.
func (c *Catalog) Scorecard(entries []ScoreEntry, th Thresholds) (*Scorecard, error) {
	weighted := false
	for _, e := range entries {
		weighted = weighted || e.Weight != 0
	}
	sc := &Scorecard{Rows: make([]ScoreRow, len(entries))}
	total := 0.0
	for i, e := range entries {
		k := e.Indicator
		if k == nil {
			var ok bool
			if k, ok = c.KPI(e.KPI); !ok {
				return nil, &ScoreError{i, e.KPI, fmt.Errorf("%w: no KPI %q in the catalog", ErrUnknownID, e.KPI)}
			}
		}
		w := e.Weight
		switch {
		case !weighted:
			w = 1
		case !finite(w) || w <= 0:
			return nil, &ScoreError{i, k.ID(), fmt.Errorf("%w: %v", ErrWeight, w)}
		}
		var a float64
		var err error
		if k.Direction() == WithinBand {
			a, err = BandAttainment(e.Actual, e.Low, e.High)
		} else {
			a, err = Attainment(k.Direction(), e.Actual, e.Target)
		}
		if err != nil {
			return nil, &ScoreError{i, k.ID(), err}
		}
		sc.Rows[i] = ScoreRow{Indicator: k, Entry: e, Attainment: a, Status: th.Status(a), Share: w}
		total += w
	}
	for i := range sc.Rows {
		sc.Rows[i].Share /= total
		sc.Score += sc.Rows[i].Share * sc.Rows[i].Attainment
	}
	if len(entries) > 0 {
		sc.Status = th.Status(sc.Score)
	}
	return sc, nil
}
