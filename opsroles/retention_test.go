// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func mustZone(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Skipf("no time zone data for %s: %v", name, err)
	}
	return loc
}

// row is a cohort as the tests compare it.
type row struct {
	Start    string
	Size     int
	Retained []int
}

func rowsOf(m *RetentionMatrix) []row {
	var out []row
	for _, c := range m.Cohorts {
		out = append(out, row{m.startLabel(c), c.Size, c.Retained})
	}
	return out
}

// shanghaiUsers probes the day boundary of Asia/Shanghai (UTC+8): events
// between 16:00 and 24:00 UTC fall on the next local day.
func shanghaiUsers(t *testing.T) *EventLog {
	return logOf(t,
		// u1: signs up Jan 1 09:00 local, back Jan 2 00:30 local (still
		// Jan 1 in UTC) and Jan 3 10:00 local.
		ev("u1", "signup", "2026-01-01T01:00:00Z"), ev("u1", "view", "2026-01-01T16:30:00Z"), ev("u1", "view", "2026-01-03T02:00:00Z"),
		// u2: signs up Jan 1 23:30 local, back 40 minutes later, Jan 2 local.
		ev("u2", "signup", "2026-01-01T15:30:00Z"), ev("u2", "view", "2026-01-01T16:10:00Z"),
		// u3: signs up Jan 2, back Jan 3.
		ev("u3", "signup", "2026-01-02T03:00:00Z"), ev("u3", "view", "2026-01-03T03:00:00Z"),
		// u4: browsed on Dec 31 before signing up on Jan 2: the earlier
		// event neither makes a cohort nor counts as a return.
		ev("u4", "view", "2025-12-31T10:00:00Z"), ev("u4", "signup", "2026-01-02T05:00:00Z"),
		// u5: never signs up: in no cohort.
		ev("u5", "view", "2026-01-02T05:00:00Z"),
		// u6: signs up Jan 1, skips Jan 2, back Jan 3: bounded and
		// unbounded retention differ on day 1.
		ev("u6", "signup", "2026-01-01T02:00:00Z"), ev("u6", "view", "2026-01-03T01:00:00Z"),
	)
}

func TestRetentionDays(t *testing.T) {
	l := shanghaiUsers(t)
	sh := mustZone(t, "Asia/Shanghai")
	tests := []struct {
		name    string
		why     string
		opts    []RetentionOption
		want    []row
		average []float64
	}{
		{"shanghai", "u1 and u2 return on local day 1; u6 only on day 2",
			[]RetentionOption{RetentionIn(sh)},
			[]row{{"2026-01-01", 3, []int{3, 2, 2}}, {"2026-01-02", 2, []int{2, 1}}},
			[]float64{1, 3.0 / 5, 2.0 / 3}},
		{"shanghai unbounded", "u6, back on day 2, also counts for day 1",
			[]RetentionOption{RetentionIn(sh), RetentionUnbounded()},
			[]row{{"2026-01-01", 3, []int{3, 3, 2}}, {"2026-01-02", 2, []int{2, 1}}},
			[]float64{1, 4.0 / 5, 2.0 / 3}},
		{"utc", "in UTC the returns of u1 and u2 at 16:xx are still day 0",
			[]RetentionOption{},
			[]row{{"2026-01-01", 3, []int{3, 0, 2}}, {"2026-01-02", 2, []int{2, 1}}},
			[]float64{1, 1.0 / 5, 2.0 / 3}},
		{"max periods", "MaxPeriods cuts the columns",
			[]RetentionOption{RetentionIn(sh), MaxPeriods(2)},
			[]row{{"2026-01-01", 3, []int{3, 2}}, {"2026-01-02", 2, []int{2, 1}}},
			[]float64{1, 3.0 / 5}},
		{"max periods unbounded", "a return beyond the last column still counts as on or after it",
			[]RetentionOption{RetentionIn(sh), MaxPeriods(2), RetentionUnbounded()},
			[]row{{"2026-01-01", 3, []int{3, 3}}, {"2026-01-02", 2, []int{2, 1}}},
			[]float64{1, 4.0 / 5}},
		{"return event", "only signups count as returns, and nobody signs up twice",
			[]RetentionOption{RetentionIn(sh), ReturnEvent("signup")},
			[]row{{"2026-01-01", 3, []int{3, 0, 0}}, {"2026-01-02", 2, []int{2, 0}}},
			[]float64{1, 0, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := l.Retention(append([]RetentionOption{StartEvent("signup")}, tt.opts...)...)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, rowsOf(m)); diff != "" {
				t.Errorf("%s: cohorts (-want +got):\n%s", tt.why, diff)
			}
			if diff := cmp.Diff(tt.average, m.Average); diff != "" {
				t.Errorf("%s: average (-want +got):\n%s", tt.why, diff)
			}
		})
	}
}

func TestRetentionAnyEventCohort(t *testing.T) {
	// Without StartEvent the first event of any kind starts the cohort:
	// u4's browsing on Dec 31 makes a cohort of its own.
	m, err := shanghaiUsers(t).Retention(RetentionIn(mustZone(t, "Asia/Shanghai")))
	if err != nil {
		t.Fatal(err)
	}
	want := []row{{"2025-12-31", 1, []int{1, 0, 1, 0}}, {"2026-01-01", 3, []int{3, 2, 2}}, {"2026-01-02", 2, []int{2, 1}}}
	if diff := cmp.Diff(want, rowsOf(m)); diff != "" {
		t.Errorf("cohorts (-want +got):\n%s", diff)
	}
}

func TestRetentionDSTWeeks(t *testing.T) {
	// New York moves to daylight saving time on Sunday 2026-03-08. The week
	// of Monday 2026-03-02 ends at 04:00 UTC on 03-09, not 05:00 as seven
	// days of 24 hours from its EST midnight would have it.
	ny := mustZone(t, "America/New_York")
	l := logOf(t,
		ev("sun", "signup", "2026-03-02T15:00:00Z"), ev("sun", "view", "2026-03-09T03:30:00Z"), // Sunday 23:30 EDT: week 0
		ev("mon", "signup", "2026-03-02T15:00:00Z"), ev("mon", "view", "2026-03-09T04:30:00Z"), // Monday 00:30 EDT: week 1
	)
	m, err := l.Retention(StartEvent("signup"), RetentionPeriod(PeriodWeek), RetentionIn(ny))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]row{{"2026-03-02", 2, []int{2, 1}}}, rowsOf(m)); diff != "" {
		t.Errorf("cohorts (-want +got):\n%s", diff)
	}
	// With Sunday weeks both returns fall in the week of 03-08.
	m, err = l.Retention(StartEvent("signup"), RetentionPeriod(PeriodWeek), RetentionIn(ny), WeekStart(time.Sunday))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]row{{"2026-03-01", 2, []int{2, 2}}}, rowsOf(m)); diff != "" {
		t.Errorf("Sunday weeks (-want +got):\n%s", diff)
	}
}

func TestRetentionDSTMonths(t *testing.T) {
	// Berlin leaves summer time on 2026-10-25; 2026-10-31T23:30Z is already
	// November 1 there (CET, UTC+1), 22:30Z is still October.
	berlin := mustZone(t, "Europe/Berlin")
	l := logOf(t,
		ev("nov", "signup", "2026-09-15T10:00:00Z"), ev("nov", "view", "2026-10-31T23:30:00Z"),
		ev("oct", "signup", "2026-09-15T10:00:00Z"), ev("oct", "view", "2026-10-31T22:30:00Z"),
	)
	m, err := l.Retention(StartEvent("signup"), RetentionPeriod(PeriodMonth), RetentionIn(berlin))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]row{{"2026-09-01", 2, []int{2, 1, 1}}}, rowsOf(m)); diff != "" {
		t.Errorf("cohorts (-want +got):\n%s", diff)
	}
}

func TestRetentionCohortDates(t *testing.T) {
	sh := mustZone(t, "Asia/Shanghai")
	l := logOf(t,
		ev("u", "view", "2026-01-01T02:00:00Z"), // before the cohort date: ignored
		ev("u", "view", "2026-01-02T02:00:00Z"), // day 0
		ev("u", "view", "2026-01-03T02:00:00Z"), // day 1
		ev("z", "view", "2026-01-02T02:00:00Z"), // no cohort date: left out
	)
	dates := map[string]time.Time{"u": time.Date(2026, 1, 2, 0, 0, 0, 0, sh), "late": time.Date(2026, 2, 1, 0, 0, 0, 0, sh)}
	m, err := l.Retention(RetentionIn(sh), CohortDates(func(user string) (time.Time, bool) {
		d, ok := dates[user]
		return d, ok
	}))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]row{{"2026-01-02", 1, []int{1, 1}}}, rowsOf(m)); diff != "" {
		t.Errorf("cohorts (-want +got):\n%s", diff)
	}
}

func TestRetentionEdges(t *testing.T) {
	empty := logOf(t)
	m, err := empty.Retention()
	if err != nil || len(m.Cohorts) != 0 || len(m.Average) != 0 {
		t.Errorf("empty log: %+v, %v", m, err)
	}
	l := logOf(t, ev("u", "a", "2026-01-01T00:00:00Z"))
	for name, opts := range map[string][]RetentionOption{
		"bad period":       {RetentionPeriod(0)},
		"negative periods": {MaxPeriods(-1)},
		"bad cohort date": {CohortDates(func(string) (time.Time, bool) {
			return time.Date(12000, 1, 1, 0, 0, 0, 0, time.UTC), true
		})},
	} {
		if _, err := l.Retention(opts...); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestParsePeriod(t *testing.T) {
	for _, p := range []Period{PeriodDay, PeriodWeek, PeriodMonth} {
		if got, err := ParsePeriod(p.String()); err != nil || got != p {
			t.Errorf("ParsePeriod(%q) = %v, %v", p, got, err)
		}
	}
	if _, err := ParsePeriod("year"); err == nil {
		t.Error("ParsePeriod(year): no error")
	}
}
