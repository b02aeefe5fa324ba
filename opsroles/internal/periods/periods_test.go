// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package periods

import (
	"testing"
	"time"
)

func TestDayAcrossDST(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skip(err)
	}
	// 2026-03-08 has 23 hours in New York, 2026-11-01 has 25.
	start := time.Date(2026, 3, 1, 0, 0, 0, 0, ny)
	end := time.Date(2026, 12, 31, 23, 0, 0, 0, ny)
	c, err := New(start.UnixMilli(), end.UnixMilli(), ny, Day, time.Monday)
	if err != nil {
		t.Fatal(err)
	}
	// Every local hour of the span must land on its local day.
	for tm := start; tm.Before(end); tm = tm.Add(time.Hour) {
		y, m, d := tm.Date()
		want := int(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Sub(time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)).Hours() / 24)
		if got := c.Day(tm.UnixMilli()); got != want {
			t.Fatalf("%v: day %d, want %d", tm, got, want)
		}
	}
}

func TestPeriodsAndStarts(t *testing.T) {
	loc := time.UTC
	from := time.Date(2026, 1, 7, 12, 0, 0, 0, loc) // a Wednesday
	to := time.Date(2026, 3, 2, 0, 0, 0, 0, loc)
	tests := []struct {
		unit      Unit
		periods   int
		at        time.Time
		period    int32
		lastStart string
	}{
		{Day, 55, time.Date(2026, 1, 8, 0, 0, 0, 0, loc), 1, "2026-03-02"},
		{Week, 9, time.Date(2026, 1, 12, 0, 0, 0, 0, loc), 1, "2026-03-02"}, // Monday 01-05 starts week 0
		{Month, 3, time.Date(2026, 2, 28, 23, 0, 0, 0, loc), 1, "2026-03-01"},
	}
	for _, tt := range tests {
		c, err := New(from.UnixMilli(), to.UnixMilli(), loc, tt.unit, time.Monday)
		if err != nil {
			t.Fatal(err)
		}
		if c.Periods() != tt.periods || c.Period(tt.at.UnixMilli()) != tt.period ||
			c.Start(c.Periods()-1).Format(time.DateOnly) != tt.lastStart {
			t.Errorf("unit %d: %d periods, period of %v = %d, last start %v; want %d, %d, %s", tt.unit,
				c.Periods(), tt.at, c.Period(tt.at.UnixMilli()), c.Start(c.Periods()-1), tt.periods, tt.period, tt.lastStart)
		}
	}
}

func TestClampAndSpan(t *testing.T) {
	c, err := New(0, 0, time.UTC, Day, time.Monday)
	if err != nil {
		t.Fatal(err)
	}
	if c.Day(-1e12) != 0 || c.Day(1e12) != 0 || c.Days() != 1 {
		t.Error("instants outside a one-day span should clamp to day 0")
	}
	if _, err := New(0, 1<<62, time.UTC, Day, time.Monday); err != ErrSpan {
		t.Errorf("huge span: %v, want ErrSpan", err)
	}
}
