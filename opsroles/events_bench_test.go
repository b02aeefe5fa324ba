// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles_test

import (
	"bytes"
	"fmt"
	"slices"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/rolemodels/ops/opsroles"
	"github.com/rolemodels/ops/opsroles/internal/eventgen"
)

// The benchmark log: 1 million users, 10 million events over 90 days, from
// a fixed seed. It takes a few seconds and about a gigabyte to build, once
// per test process, and only when a benchmark asks for it.
const (
	benchUsers  = 1_000_000
	benchEvents = 10_000_000
	benchDays   = 90
	benchSeed   = 2026
)

var benchStart = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// benchFunnelSteps is the 4-step funnel of the benchmarks.
var benchFunnelSteps = []string{"signup", "view", "add_to_cart", "purchase"}

const benchWindow = 7 * 24 * time.Hour

type eventSet struct {
	events []opsroles.Event
	log    *opsroles.EventLog
}

// makeEvents generates a log and its events as plain structs for the
// map-based baselines.
func makeEvents(users, events, days int) (*eventSet, error) {
	gen := eventgen.Generate(benchSeed, users, events, days, benchStart)
	ids := make([]string, users)
	for u := range ids {
		ids[u] = eventgen.UserID(int32(u))
	}
	s := &eventSet{events: make([]opsroles.Event, len(gen))}
	for i, e := range gen {
		s.events[i] = opsroles.Event{User: ids[e.User], Name: eventgen.Names[e.Name], Time: time.UnixMilli(e.Ms)}
	}
	log, err := opsroles.NewEventLog(slices.Values(s.events))
	s.log = log
	return s, err
}

var benchData = sync.OnceValues(func() (*eventSet, error) { return makeEvents(benchUsers, benchEvents, benchDays) })

func benchSet(b *testing.B) *eventSet {
	set, err := benchData()
	if err != nil {
		b.Fatal(err)
	}
	return set
}

func shanghai(tb testing.TB) *time.Location {
	loc, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		tb.Skip(err)
	}
	return loc
}

// dayNumber numbers the local calendar day of t.
func dayNumber(t time.Time, loc *time.Location) int {
	y, m, d := t.In(loc).Date()
	return int(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// mapRetention is the retention an analyst would write with maps: the
// first signup per user, then a set of (user, day) returns. It returns the
// cohort sizes and the users retained per (cohort day, day N), bounded or
// unbounded.
func mapRetention(events []opsroles.Event, loc *time.Location, unbounded bool) (sizes map[int]int, retained map[[2]int]int) {
	first := map[string]time.Time{}
	for _, e := range events {
		if e.Name != "signup" {
			continue
		}
		if t, ok := first[e.User]; !ok || e.Time.Before(t) {
			first[e.User] = e.Time
		}
	}
	sizes = map[int]int{}
	for _, t := range first {
		sizes[dayNumber(t, loc)]++
	}
	type userDay struct {
		user string
		n    int
	}
	seen := map[userDay]bool{}
	last := map[string]int{}
	retained = map[[2]int]int{}
	for _, e := range events {
		c, ok := first[e.User]
		if !ok || e.Time.Before(c) {
			continue
		}
		cd := dayNumber(c, loc)
		n := dayNumber(e.Time, loc) - cd
		if n == 0 {
			continue
		}
		if unbounded {
			last[e.User] = max(last[e.User], n)
			continue
		}
		if !seen[userDay{e.User, n}] {
			seen[userDay{e.User, n}] = true
			retained[[2]int{cd, n}]++
		}
	}
	for u, n := range last {
		for k := 1; k <= n; k++ {
			retained[[2]int{dayNumber(first[u], loc), k}]++
		}
	}
	return sizes, retained
}

// mapFunnel is the ordered funnel an analyst would write with maps: group
// the events per user, sort them, and from every first-step event walk
// forward greedily within the window.
func mapFunnel(events []opsroles.Event, steps []string, window time.Duration) []int {
	byUser := map[string][]opsroles.Event{}
	for _, e := range events {
		byUser[e.User] = append(byUser[e.User], e)
	}
	counts := make([]int, len(steps))
	for _, evs := range byUser {
		sort.SliceStable(evs, func(i, j int) bool { return evs[i].Time.Before(evs[j].Time) })
		best := 0
		for i, e := range evs {
			if e.Name != steps[0] {
				continue
			}
			k := 1
			for _, f := range evs[i+1:] {
				if f.Time.Sub(e.Time) > window || k == len(steps) {
					break
				}
				if f.Name == steps[k] {
					k++
				}
			}
			best = max(best, k)
		}
		for k := 0; k < best; k++ {
			counts[k]++
		}
	}
	return counts
}

// TestAgainstMapBaselines runs the benchmark code on a small log and checks
// that the library and the map-based baselines agree.
func TestAgainstMapBaselines(t *testing.T) {
	set, err := makeEvents(3000, 30000, 30)
	if err != nil {
		t.Fatal(err)
	}
	loc := shanghai(t)
	for _, unbounded := range []bool{false, true} {
		opts := []opsroles.RetentionOption{opsroles.StartEvent("signup"), opsroles.RetentionIn(loc)}
		if unbounded {
			opts = append(opts, opsroles.RetentionUnbounded())
		}
		m, err := set.log.Retention(opts...)
		if err != nil {
			t.Fatal(err)
		}
		gotSizes, gotRet := map[int]int{}, map[[2]int]int{}
		for _, c := range m.Cohorts {
			cd := dayNumber(c.Start, loc)
			gotSizes[cd] = c.Size
			for n, v := range c.Retained[1:] {
				if v > 0 {
					gotRet[[2]int{cd, n + 1}] = v
				}
			}
		}
		wantSizes, wantRet := mapRetention(set.events, loc, unbounded)
		if diff := cmp.Diff(wantSizes, gotSizes); diff != "" {
			t.Errorf("unbounded=%v: sizes (-map +library):\n%s", unbounded, diff)
		}
		if diff := cmp.Diff(wantRet, gotRet); diff != "" {
			t.Errorf("unbounded=%v: retained (-map +library):\n%s", unbounded, diff)
		}
	}
	f, err := set.log.Funnel(benchFunnelSteps, opsroles.FunnelWindow(benchWindow))
	if err != nil {
		t.Fatal(err)
	}
	var got []int
	for _, s := range f.Steps {
		got = append(got, s.Users)
	}
	want := mapFunnel(set.events, benchFunnelSteps, benchWindow)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("funnel (-map +library):\n%s", diff)
	}
	if got[3] == 0 || got[3] == got[0] {
		t.Errorf("funnel %v: the generated log should convert some users but not all", got)
	}
}

// runBench times fn, run once per iteration over the benchmark log, and
// reports the events processed per second.
func runBench(b *testing.B, events int, fn func() error) {
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := fn(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(events)*float64(b.N)/b.Elapsed().Seconds(), "events/s")
}

func BenchmarkRetention(b *testing.B) {
	set, loc := benchSet(b), shanghai(b)
	runBench(b, set.log.Len(), func() error {
		_, err := set.log.Retention(opsroles.StartEvent("signup"), opsroles.RetentionIn(loc))
		return err
	})
}

func BenchmarkRetentionMap(b *testing.B) {
	set, loc := benchSet(b), shanghai(b)
	runBench(b, len(set.events), func() error {
		mapRetention(set.events, loc, false)
		return nil
	})
}

func BenchmarkFunnel(b *testing.B) {
	set := benchSet(b)
	runBench(b, set.log.Len(), func() error {
		_, err := set.log.Funnel(benchFunnelSteps, opsroles.FunnelWindow(benchWindow))
		return err
	})
}

func BenchmarkFunnelMap(b *testing.B) {
	set := benchSet(b)
	runBench(b, len(set.events), func() error {
		mapFunnel(set.events, benchFunnelSteps, benchWindow)
		return nil
	})
}

// BenchmarkNewEventLog measures what the analyses above start from:
// interning and grouping the events, done once per log.
func BenchmarkNewEventLog(b *testing.B) {
	set := benchSet(b)
	runBench(b, len(set.events), func() error {
		_, err := opsroles.NewEventLog(slices.Values(set.events))
		return err
	})
}

// BenchmarkReadEvents measures reading an events CSV of 1 million rows in
// time order, RFC 3339 timestamps, into a log.
func BenchmarkReadEvents(b *testing.B) {
	set, err := makeEvents(100_000, 1_000_000, benchDays)
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	buf.WriteString("user_id,event,timestamp\n")
	for _, e := range set.events {
		fmt.Fprintf(&buf, "%s,%s,%s\n", e.User, e.Name, e.Time.UTC().Format(time.RFC3339))
	}
	b.SetBytes(int64(buf.Len()))
	runBench(b, len(set.events), func() error {
		_, err := opsroles.ReadEvents(bytes.NewReader(buf.Bytes()))
		return err
	})
}
