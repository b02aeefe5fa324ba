// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"errors"
	"maps"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// funnelUsers is a log whose users each probe one rule of the funnel
// orders; the want tables below were worked out by hand from it.
func funnelUsers(t *testing.T) *EventLog {
	return logOf(t,
		// u1: a, b, c ten minutes apart: converts fully in every order.
		ev("u1", "a", "2026-01-01T00:00:00Z"), ev("u1", "b", "2026-01-01T00:10:00Z"), ev("u1", "c", "2026-01-01T00:20:00Z"),
		// u2: another event between a and b: breaks only StrictOrder.
		ev("u2", "a", "2026-01-01T00:00:00Z"), ev("u2", "x", "2026-01-01T00:05:00Z"), ev("u2", "b", "2026-01-01T00:10:00Z"),
		// u3: b before a: ordered funnels stop at a; any order takes all three.
		ev("u3", "b", "2026-01-01T00:00:00Z"), ev("u3", "a", "2026-01-01T00:10:00Z"), ev("u3", "c", "2026-01-01T00:20:00Z"),
		// u4: b two hours after a: outside the one-hour window.
		ev("u4", "a", "2026-01-01T00:00:00Z"), ev("u4", "b", "2026-01-01T02:00:00Z"),
		// u5: a second attempt converts where the first ran out of window.
		ev("u5", "a", "2026-01-01T00:00:00Z"), ev("u5", "a", "2026-01-01T01:30:00Z"), ev("u5", "b", "2026-01-01T01:40:00Z"),
		// u6: only c: no step 1 in order; one of the steps in any order.
		ev("u6", "c", "2026-01-01T00:00:00Z"),
		// u7: a and b in the same millisecond (input order wins), c exactly
		// at the end of the window, which is inclusive.
		ev("u7", "a", "2026-01-01T00:00:00Z"), ev("u7", "b", "2026-01-01T00:00:00Z"), ev("u7", "c", "2026-01-01T01:00:00Z"),
	)
}

func TestFunnelOrders(t *testing.T) {
	l := funnelUsers(t)
	type step struct {
		Users  int
		Median time.Duration
	}
	tests := []struct {
		order   FunnelOrder
		why     string
		want    []step
		reached map[string]int
	}{
		{OrderedSteps, "u2 passes despite x; u3 and u4 stop at a; u5 passes on its second attempt",
			[]step{{6, 0}, {4, 10 * time.Minute}, {2, 35 * time.Minute}},
			map[string]int{"u1": 3, "u2": 2, "u3": 1, "u4": 1, "u5": 2, "u6": 0, "u7": 3}},
		{StrictOrder, "as ordered, but x stops u2 at a",
			[]step{{6, 0}, {3, 10 * time.Minute}, {2, 35 * time.Minute}},
			map[string]int{"u1": 3, "u2": 1, "u3": 1, "u4": 1, "u5": 2, "u6": 0, "u7": 3}},
		{AnyOrder, "step k counts users with k distinct steps; u3 takes all three from b; u6 has one",
			[]step{{7, 0}, {5, 10 * time.Minute}, {3, 10 * time.Minute}},
			map[string]int{"u1": 3, "u2": 2, "u3": 3, "u4": 1, "u5": 2, "u6": 1, "u7": 3}},
	}
	for _, tt := range tests {
		t.Run(tt.order.String(), func(t *testing.T) {
			f, err := l.Funnel([]string{"a", "b", "c"}, FunnelWindow(time.Hour), FunnelOrdering(tt.order))
			if err != nil {
				t.Fatal(err)
			}
			var got []step
			for _, s := range f.Steps {
				got = append(got, step{s.Users, s.MedianTime})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.why, diff)
			}
			if diff := cmp.Diff(tt.reached, maps.Collect(f.Reached())); diff != "" {
				t.Errorf("Reached (-want +got):\n%s", diff)
			}
		})
	}
}

func TestFunnelRepeatedStep(t *testing.T) {
	// One event may not serve as two steps of the same attempt: a single
	// view reaches step 1 of view→view, two views reach step 2.
	l := logOf(t,
		ev("once", "view", "2026-01-01T00:00:00Z"),
		ev("twice", "view", "2026-01-01T00:00:00Z"), ev("twice", "view", "2026-01-01T00:01:00Z"),
	)
	for _, order := range []FunnelOrder{OrderedSteps, StrictOrder} {
		f, err := l.Funnel([]string{"view", "view"}, FunnelOrdering(order))
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(map[string]int{"once": 1, "twice": 2}, maps.Collect(f.Reached())); diff != "" {
			t.Errorf("%v (-want +got):\n%s", order, diff)
		}
	}
	if _, err := l.Funnel([]string{"view", "view"}, FunnelOrdering(AnyOrder)); err == nil {
		t.Error("any order with a repeated step: no error")
	}
}

func TestFunnelFromCounts(t *testing.T) {
	f, err := FunnelFromCounts([]string{"visit", "signup", "activate", "pay"}, []int{1000, 400, 300, 60})
	if err != nil {
		t.Fatal(err)
	}
	want := []FunnelStep{
		{Event: "visit", Users: 1000, Conversion: 1, StepConversion: 1},
		{Event: "signup", Users: 400, Conversion: 0.4, StepConversion: 0.4, DropOff: 600},
		{Event: "activate", Users: 300, Conversion: 0.3, StepConversion: 0.75, DropOff: 100},
		{Event: "pay", Users: 60, Conversion: 0.06, StepConversion: 0.2, DropOff: 240},
	}
	if diff := cmp.Diff(want, f.Steps); diff != "" {
		t.Errorf("steps (-want +got):\n%s", diff)
	}
	// The leak is the lowest step conversion (pay, 20%), not the most users
	// lost (signup, 600).
	if i, ok := f.BiggestLeak(); !ok || i != 3 {
		t.Errorf("BiggestLeak = %d, %v; want 3, true", i, ok)
	}
	if f.HasMedian(1) {
		t.Error("a funnel from counts has no medians")
	}
}

func TestFunnelFromCountsErrors(t *testing.T) {
	tests := []struct {
		name   string
		events []string
		users  []int
		want   string
	}{
		{"growing", []string{"a", "b"}, []int{10, 11}, "step 2 (b)"},
		{"negative", []string{"a"}, []int{-1}, "step 1 (a)"},
	}
	for _, tt := range tests {
		_, err := FunnelFromCounts(tt.events, tt.users)
		if !errors.Is(err, ErrNotAFunnel) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: got %v, want ErrNotAFunnel naming %q", tt.name, err, tt.want)
		}
	}
	if _, err := FunnelFromCounts([]string{"a"}, []int{1, 2}); err == nil {
		t.Error("mismatched lengths: no error")
	}
}

func TestFunnelNoLeak(t *testing.T) {
	f, _ := FunnelFromCounts([]string{"a", "b"}, []int{5, 5})
	if _, ok := f.BiggestLeak(); ok {
		t.Error("a funnel that loses nobody has no leak")
	}
	empty, _ := FunnelFromCounts([]string{"a", "b"}, []int{0, 0})
	if empty.Steps[1].Conversion != 0 {
		t.Errorf("conversion after an empty step = %v, want 0", empty.Steps[1].Conversion)
	}
}

func TestFunnelErrors(t *testing.T) {
	l := funnelUsers(t)
	tests := []struct {
		name  string
		steps []string
		opts  []FunnelOption
	}{
		{"no steps", nil, nil},
		{"empty step", []string{"a", ""}, nil},
		{"zero window", []string{"a"}, []FunnelOption{FunnelWindow(0)}},
		{"bad order", []string{"a"}, []FunnelOption{FunnelOrdering(9)}},
		{"too many steps", make([]string, MaxFunnelSteps+1), nil},
	}
	for _, tt := range tests {
		if _, err := l.Funnel(tt.steps, tt.opts...); err == nil {
			t.Errorf("%s: no error", tt.name)
		}
	}
}

func TestFunnelUnknownStep(t *testing.T) {
	// A step no event has is a real answer (nobody did it), not an error.
	f, err := funnelUsers(t).Funnel([]string{"a", "nope"})
	if err != nil {
		t.Fatal(err)
	}
	if f.Steps[1].Users != 0 || f.HasMedian(1) {
		t.Errorf("step 2 = %+v, want no users and no median", f.Steps[1])
	}
}

func TestParseFunnelOrder(t *testing.T) {
	for _, o := range []FunnelOrder{OrderedSteps, StrictOrder, AnyOrder} {
		if got, err := ParseFunnelOrder(o.String()); err != nil || got != o {
			t.Errorf("ParseFunnelOrder(%q) = %v, %v", o, got, err)
		}
	}
	if _, err := ParseFunnelOrder("sequential"); err == nil {
		t.Error("ParseFunnelOrder(sequential): no error")
	}
}
