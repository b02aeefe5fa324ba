// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"errors"
	"fmt"
	"iter"
	"math/bits"
	"slices"
	"time"
)

// A FunnelOrder says how a user's events must line up to pass the steps of
// a funnel. The three orders are PostHog's, with the same names in its
// funnel settings; the conversion window always runs from the time of the
// step-1 event that starts the attempt, and an event exactly at the end of
// the window still counts.
//
//	order        a user reaches step k when, within the window          also known as
//	OrderedSteps steps 1..k happened in this order; other events may    PostHog "Sequential",
//	             come between them                                      Mixpanel/Amplitude default
//	StrictOrder  steps 1..k happened in this order with no other event   PostHog "Strict order",
//	             of that user between them, not even a repeat of a step ClickHouse windowFunnel
//	                                                                     'strict_order'
//	AnyOrder     any k of the steps happened, in any order; step k of    PostHog "Any order",
//	             the report counts users who did at least k of them     Amplitude "any order"
//
// A user may start over: every step-1 event opens a new attempt, and the
// user counts at the furthest step any attempt reaches. Events at the same
// millisecond are taken in input order.
type FunnelOrder uint8

// The funnel orders.
const (
	OrderedSteps FunnelOrder = iota + 1
	StrictOrder
	AnyOrder
)

var funnelOrderNames = [...]string{"", "ordered", "strict", "any"}

// String returns "ordered", "strict" or "any".
func (o FunnelOrder) String() string {
	if o != 0 && int(o) < len(funnelOrderNames) {
		return funnelOrderNames[o]
	}
	return fmt.Sprintf("FunnelOrder(%d)", uint8(o))
}

// ParseFunnelOrder returns the FunnelOrder that String names.
func ParseFunnelOrder(s string) (FunnelOrder, error) {
	if i := slices.Index(funnelOrderNames[:], s); i > 0 {
		return FunnelOrder(i), nil
	}
	return 0, fmt.Errorf("opsroles: unknown funnel order %q (want ordered, strict or any)", s)
}

// DefaultFunnelWindow is the conversion window when FunnelWindow is not
// given: 14 days, PostHog's default.
const DefaultFunnelWindow = 14 * 24 * time.Hour

// MaxFunnelSteps is the largest number of steps a funnel may have.
const MaxFunnelSteps = 32

// A FunnelOption shapes the funnel that EventLog.Funnel computes.
type FunnelOption func(*funnelConfig)

type funnelConfig struct {
	order  FunnelOrder
	window time.Duration
}

// FunnelWindow sets the conversion window, measured from the step-1 event.
func FunnelWindow(d time.Duration) FunnelOption {
	return func(c *funnelConfig) { c.window = d }
}

// FunnelOrdering sets how the steps must line up; the default is
// OrderedSteps.
func FunnelOrdering(o FunnelOrder) FunnelOption {
	return func(c *funnelConfig) { c.order = o }
}

// A FunnelReport is a conversion funnel: how many users reached each step.
type FunnelReport struct {
	Order  FunnelOrder   // zero for a funnel built from counts
	Window time.Duration // zero for a funnel built from counts
	Steps  []FunnelStep

	timed   bool     // whether MedianTime was measured
	users   []string // the log's users, for Reached
	reached []uint8  // steps reached, per user index
}

// A FunnelStep is one step of a FunnelReport.
type FunnelStep struct {
	Event string // the step's event; under AnyOrder step k means "any k of the events"
	Users int    // unique users who reached this step

	Conversion     float64 // Users / users of step 1: overall conversion
	StepConversion float64 // Users / users of the previous step; 1 for step 1
	DropOff        int     // users of the previous step who did not reach this one

	// MedianTime is the median time from the previous step to this one
	// over the users who reached this step, each timed on the attempt that
	// first took them to their furthest step. It is zero for step 1, for a
	// step nobody reached and for funnels built from counts; HasMedian
	// tells these apart from a real zero.
	MedianTime time.Duration
}

// HasMedian reports whether Steps[i].MedianTime was measured.
func (f *FunnelReport) HasMedian(i int) bool {
	return f.timed && i > 0 && i < len(f.Steps) && f.Steps[i].Users > 0
}

// ErrNotAFunnel reports step counts that no funnel of unique users has.
var ErrNotAFunnel = errors.New("not a funnel")

// FunnelFromCounts builds a funnel from the number of users at each step,
// as a report or a dashboard gives them. Counts must not be negative and
// must not grow from one step to the next (unique users never do);
// otherwise the error wraps ErrNotAFunnel and names the step.
func FunnelFromCounts(events []string, users []int) (*FunnelReport, error) {
	if len(events) != len(users) {
		return nil, fmt.Errorf("opsroles: funnel: %d events but %d counts", len(events), len(users))
	}
	for i, n := range users {
		switch {
		case n < 0:
			return nil, fmt.Errorf("opsroles: funnel: step %d (%s): %w: negative count %d", i+1, events[i], ErrNotAFunnel, n)
		case i > 0 && n > users[i-1]:
			return nil, fmt.Errorf("opsroles: funnel: step %d (%s): %w: %d users, more than the %d of step %d",
				i+1, events[i], ErrNotAFunnel, n, users[i-1], i)
		}
	}
	f := &FunnelReport{Steps: make([]FunnelStep, len(events))}
	for i := range events {
		f.Steps[i] = FunnelStep{Event: events[i], Users: users[i]}
	}
	f.fillRates()
	return f, nil
}

func (f *FunnelReport) fillRates() {
	for i := range f.Steps {
		s := &f.Steps[i]
		s.Conversion = ratio(s.Users, f.Steps[0].Users)
		s.StepConversion = 1
		if i > 0 {
			prev := f.Steps[i-1].Users
			s.StepConversion = ratio(s.Users, prev)
			s.DropOff = prev - s.Users
		}
	}
}

// ratio returns a/b, and 0 when b is 0: a step after an empty step
// converts nobody.
func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// BiggestLeak returns the index of the step with the lowest StepConversion,
// the step where the largest share of the previous step's users drops out;
// the earliest wins a tie. It reports false when no step loses anyone.
func (f *FunnelReport) BiggestLeak() (int, bool) {
	best, found := 0, false
	for i := 1; i < len(f.Steps); i++ {
		if f.Steps[i].DropOff > 0 && (!found || f.Steps[i].StepConversion < f.Steps[best].StepConversion) {
			best, found = i, true
		}
	}
	return best, found
}

// Reached yields each user of the log with the number of steps they
// reached (0 when they never did step 1), in order of first appearance. It
// yields nothing for a funnel built from counts.
func (f *FunnelReport) Reached() iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		for u, id := range f.users {
			if !yield(id, int(f.reached[u])) {
				return
			}
		}
	}
}

// Funnel computes the funnel of the given step events over the log: the
// unique users reaching each step within the conversion window, in the
// order FunnelOrdering sets (see FunnelOrder), with the median time between
// steps. A step that no event of the log has is reached by nobody.
//
// The work is one pass over the events with no allocation per event.
func (l *EventLog) Funnel(steps []string, opts ...FunnelOption) (*FunnelReport, error) {
	cfg := funnelConfig{order: OrderedSteps, window: DefaultFunnelWindow}
	for _, o := range opts {
		o(&cfg)
	}
	switch {
	case len(steps) == 0:
		return nil, errors.New("opsroles: funnel: no steps")
	case len(steps) > MaxFunnelSteps:
		return nil, fmt.Errorf("opsroles: funnel: %d steps, more than %d", len(steps), MaxFunnelSteps)
	case cfg.window <= 0:
		return nil, fmt.Errorf("opsroles: funnel: window %v is not positive", cfg.window)
	case cfg.order < OrderedSteps || cfg.order > AnyOrder:
		return nil, fmt.Errorf("opsroles: funnel: unknown %v", cfg.order)
	}
	mask := make([]uint32, len(l.names))
	for k, s := range steps {
		if s == "" {
			return nil, fmt.Errorf("opsroles: funnel: step %d has no event name", k+1)
		}
		if cfg.order == AnyOrder && slices.Index(steps, s) != k {
			return nil, fmt.Errorf("opsroles: funnel: step %d repeats %q, which an any-order funnel cannot tell apart", k+1, s)
		}
		if i := l.nameIndex(s); i >= 0 {
			mask[i] |= 1 << k
		}
	}
	r := funnelRun{
		log: l, mask: mask, nsteps: len(steps), window: cfg.window.Milliseconds(),
		strict: cfg.order == StrictOrder, reached: make([]uint8, len(l.users)),
		durs: make([][]int64, len(steps)),
	}
	if cfg.order == AnyOrder {
		r.runAnyOrder()
	} else {
		r.runOrdered()
	}
	f := &FunnelReport{Order: cfg.order, Window: cfg.window, Steps: make([]FunnelStep, len(steps)),
		timed: true, users: l.users, reached: r.reached}
	for u := range l.users {
		for k := 0; k < int(r.reached[u]); k++ {
			f.Steps[k].Users++
		}
	}
	for k, s := range steps {
		f.Steps[k].Event = s
		f.Steps[k].MedianTime = time.Duration(medianInt64(r.durs[k])) * time.Millisecond
	}
	f.fillRates()
	return f, nil
}

// funnelRun holds the state of one Funnel computation.
type funnelRun struct {
	log     *EventLog
	mask    []uint32 // per event index, the steps it matches
	nsteps  int
	window  int64 // ms
	strict  bool
	reached []uint8
	durs    [][]int64 // per step, the times from the previous step, ms

	// chains[k][0..k] are the step times of the latest attempt that has
	// reached step k; the latest start leaves the most window to go on.
	chains [MaxFunnelSteps][MaxFunnelSteps]int64
	best   [MaxFunnelSteps]int64
	buf    []logEvent // AnyOrder: a user's step events, name holding the step
}

func (r *funnelRun) runOrdered() {
	l := r.log
	for u := range l.users {
		var live uint32 // bit k: chains[k] holds an attempt at step k
		reached := 0
		for _, e := range l.userEvents(u) {
			m := r.mask[e.name]
			if m == 0 {
				if r.strict {
					live = 0
				}
				continue
			}
			// Highest step first, so that an event matching two steps
			// does not extend an attempt it has just started.
			var set uint32
			for mm := m; mm != 0; {
				k := 31 - bits.LeadingZeros32(mm)
				mm &^= 1 << k
				if k == 0 {
					r.chains[0][0] = e.ms
					set |= 1
					continue
				}
				if live&(1<<(k-1)) != 0 && e.ms-r.chains[k-1][0] <= r.window {
					copy(r.chains[k][:k], r.chains[k-1][:k])
					r.chains[k][k] = e.ms
					set |= 1 << k
				}
			}
			if r.strict {
				live = set
			} else {
				live |= set
			}
			if set != 0 {
				if top := 32 - bits.LeadingZeros32(set); top > reached {
					reached = top
					copy(r.best[:top], r.chains[top-1][:top])
				}
			}
		}
		r.record(u, reached)
	}
}

func (r *funnelRun) runAnyOrder() {
	l := r.log
	for u := range l.users {
		buf := r.buf[:0]
		for _, e := range l.userEvents(u) {
			if m := r.mask[e.name]; m != 0 {
				buf = append(buf, logEvent{ms: e.ms, name: int32(bits.TrailingZeros32(m))})
			}
		}
		r.buf = buf
		var counts [MaxFunnelSteps]int32
		distinct, reached, j := 0, 0, 0
		for i := range buf {
			for j < len(buf) && buf[j].ms-buf[i].ms <= r.window {
				if counts[buf[j].name] == 0 {
					distinct++
				}
				counts[buf[j].name]++
				j++
			}
			if distinct > reached {
				reached = distinct
				// The first event of each step in the window, in time order.
				var seen uint32
				n := 0
				for _, e := range buf[i:j] {
					if seen&(1<<e.name) == 0 {
						seen |= 1 << e.name
						r.best[n] = e.ms
						n++
					}
				}
			}
			if reached == r.nsteps {
				break
			}
			if counts[buf[i].name]--; counts[buf[i].name] == 0 {
				distinct--
			}
		}
		r.record(u, reached)
	}
}

// record stores the steps user u reached and the times between them.
func (r *funnelRun) record(u, reached int) {
	r.reached[u] = uint8(reached)
	for k := 1; k < reached; k++ {
		r.durs[k] = append(r.durs[k], r.best[k]-r.best[k-1])
	}
}

// medianInt64 returns the median of xs, the mean of the two middle values
// for an even count, and 0 for none. It sorts xs.
func medianInt64(xs []int64) int64 {
	if len(xs) == 0 {
		return 0
	}
	slices.Sort(xs)
	n := len(xs)
	if n%2 == 1 {
		return xs[n/2]
	}
	a, b := xs[n/2-1], xs[n/2]
	return a + (b-a)/2
}
