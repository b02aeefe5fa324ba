// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/rolemodels/ops/opsroles/internal/periods"
)

// A Period is the length of a retention period: a calendar day, week or
// month in the retention's time zone.
type Period uint8

// The periods of a retention matrix.
const (
	PeriodDay   Period = iota + 1 // local calendar days, midnight to midnight
	PeriodWeek                    // local calendar weeks, Monday first unless WeekStart says otherwise
	PeriodMonth                   // local calendar months
)

var periodNames = [...]string{"", "day", "week", "month"}

// String returns "day", "week" or "month".
func (p Period) String() string {
	if p != 0 && int(p) < len(periodNames) {
		return periodNames[p]
	}
	return fmt.Sprintf("Period(%d)", uint8(p))
}

// ParsePeriod returns the Period that String names.
func ParsePeriod(s string) (Period, error) {
	if i := slices.Index(periodNames[:], s); i > 0 {
		return Period(i), nil
	}
	return 0, fmt.Errorf("opsroles: unknown period %q (want day, week or month)", s)
}

// A RetentionOption shapes the matrix that EventLog.Retention computes.
type RetentionOption func(*retentionConfig)

type retentionConfig struct {
	period    Period
	loc       *time.Location
	unbounded bool
	start     []string
	ret       []string
	cohortOf  func(user string) (time.Time, bool)
	maxN      int
	weekStart time.Weekday
}

// RetentionPeriod sets the period length; the default is PeriodDay.
func RetentionPeriod(p Period) RetentionOption {
	return func(c *retentionConfig) { c.period = p }
}

// RetentionIn sets the time zone whose midnights bound the periods; the
// default is UTC. An event at 23:30 in Shanghai falls on the next UTC day,
// so the zone changes which period an event belongs to.
func RetentionIn(loc *time.Location) RetentionOption {
	return func(c *retentionConfig) { c.loc = loc }
}

// RetentionUnbounded counts a user as retained in period N when they return
// in period N or any later period ("on or after", Amplitude's unbounded
// retention), instead of in period N itself.
func RetentionUnbounded() RetentionOption {
	return func(c *retentionConfig) { c.unbounded = true }
}

// StartEvent sets the events whose first occurrence puts a user in a cohort;
// by default any event does.
func StartEvent(names ...string) RetentionOption {
	return func(c *retentionConfig) { c.start = names }
}

// ReturnEvent sets the events that count as a return; by default any event
// does.
func ReturnEvent(names ...string) RetentionOption {
	return func(c *retentionConfig) { c.ret = names }
}

// CohortDates gives each user's cohort instant instead of the first start
// event, for cohorts defined outside the events (sign-up date in the user
// table, first payment). It is called once per user of the log; users for
// whom it reports false are left out. Events before a user's cohort instant
// are ignored.
func CohortDates(cohortOf func(user string) (time.Time, bool)) RetentionOption {
	return func(c *retentionConfig) { c.cohortOf = cohortOf }
}

// MaxPeriods limits the matrix to periods 0 to n-1; by default it runs to
// the period of the log's last event. A user active only after period n-1
// still counts for every period under RetentionUnbounded.
func MaxPeriods(n int) RetentionOption {
	return func(c *retentionConfig) { c.maxN = n }
}

// WeekStart sets the first day of a week for PeriodWeek; the default is
// Monday, as in ISO 8601 and in Chinese calendars.
func WeekStart(d time.Weekday) RetentionOption {
	return func(c *retentionConfig) { c.weekStart = d }
}

// A RetentionMatrix is a cohort retention table: one row per cohort period
// that has users, and per row the users retained in periods 0, 1, 2 ....
type RetentionMatrix struct {
	Period    Period
	Location  *time.Location
	Unbounded bool
	Cohorts   []Cohort
	// Average is the curve over all cohorts: for each period N, the users
	// retained in N over the users of the cohorts that have reached N, so
	// that bigger cohorts weigh more and young cohorts do not pull the
	// curve down with periods that have not happened yet.
	Average []float64
}

// A Cohort is one row of a RetentionMatrix.
type Cohort struct {
	Start time.Time // the first instant of the cohort's period, in the matrix's Location
	Size  int       // users whose cohort instant falls in that period
	// Retained[N] counts the cohort's users active in period N after their
	// cohort instant (in N or later with RetentionUnbounded). Retained[0]
	// is Size. The slice ends at the last period the log reaches, so
	// younger cohorts have shorter rows.
	Retained []int
}

// Rates returns Retained[N] / Size for each N.
func (c Cohort) Rates() []float64 {
	r := make([]float64, len(c.Retained))
	for i, n := range c.Retained {
		r[i] = float64(n) / float64(c.Size)
	}
	return r
}

// ErrMatrixTooLarge is returned when a retention matrix would need more
// than 50 million cells; MaxPeriods or a longer Period shrinks it.
var ErrMatrixTooLarge = errors.New("opsroles: retention matrix too large")

const maxRetentionCells = 50_000_000

// Retention computes cohort retention over the log.
//
// Each user joins the cohort of the period holding their cohort instant:
// the first StartEvent (any event by default), or the instant CohortDates
// gives. Periods are calendar periods of the chosen Location, numbered from
// the cohort's period, which is period 0; a return in period N is a
// ReturnEvent (any event by default) at or after the cohort instant whose
// local period is N periods after the cohort's. Period 0 counts the whole
// cohort, as PostHog and Amplitude show it.
//
// The work is one pass over the events with no allocation per event.
func (l *EventLog) Retention(opts ...RetentionOption) (*RetentionMatrix, error) {
	cfg := retentionConfig{period: PeriodDay, loc: time.UTC, weekStart: time.Monday}
	for _, o := range opts {
		o(&cfg)
	}
	var unit periods.Unit
	switch cfg.period {
	case PeriodDay:
		unit = periods.Day
	case PeriodWeek:
		unit = periods.Week
	case PeriodMonth:
		unit = periods.Month
	default:
		return nil, fmt.Errorf("opsroles: retention: unknown %v", cfg.period)
	}
	if cfg.loc == nil {
		cfg.loc = time.UTC
	}
	if cfg.maxN < 0 {
		return nil, fmt.Errorf("opsroles: retention: MaxPeriods(%d) is negative", cfg.maxN)
	}
	m := &RetentionMatrix{Period: cfg.period, Location: cfg.loc, Unbounded: cfg.unbounded}
	if len(l.events) == 0 {
		return m, nil
	}
	var cohortMs []int64
	minMs, maxMs := l.minMs, l.maxMs
	if cfg.cohortOf != nil {
		cohortMs = make([]int64, len(l.users))
		for u, id := range l.users {
			t, ok := cfg.cohortOf(id)
			switch {
			case !ok:
				cohortMs[u] = math.MaxInt64
				continue
			case t.UTC().Year() < 1 || t.UTC().Year() > 9999:
				return nil, fmt.Errorf("opsroles: retention: cohort date of user %q: %w", id, ErrTimeRange)
			}
			cohortMs[u] = t.UnixMilli()
			minMs, maxMs = min(minMs, cohortMs[u]), max(maxMs, cohortMs[u])
		}
	}
	cal, err := periods.New(minMs, maxMs, cfg.loc, unit, cfg.weekStart)
	if err != nil {
		return nil, fmt.Errorf("opsroles: retention: %w", err)
	}
	nper := cal.Periods()
	cols := nper
	if cfg.maxN > 0 {
		cols = min(cols, cfg.maxN)
	}
	if nper*cols > maxRetentionCells {
		return nil, fmt.Errorf("%w: %d cohorts × %d periods", ErrMatrixTooLarge, nper, cols)
	}
	isStart := l.nameSet(cfg.start)
	isReturn := l.nameSet(cfg.ret)
	sizes := make([]int, nper)
	counts := make([]int, nper*cols)
	for u := range l.users {
		seg := l.userEvents(u)
		i := 0
		var cms int64
		if cohortMs != nil {
			cms = cohortMs[u]
			if cms == math.MaxInt64 {
				continue
			}
			for i < len(seg) && seg[i].ms < cms {
				i++
			}
		} else {
			for i < len(seg) && !isStart[seg[i].name] {
				i++
			}
			if i == len(seg) {
				continue
			}
			cms = seg[i].ms
		}
		cp := cal.Period(cms)
		sizes[cp]++
		row := counts[int(cp)*cols : int(cp+1)*cols]
		last := int32(0)
		for _, e := range seg[i:] {
			if !isReturn[e.name] {
				continue
			}
			n := cal.Period(e.ms) - cp
			if n <= last {
				continue
			}
			last = n
			if !cfg.unbounded && int(n) < cols {
				row[n]++
			}
		}
		if cfg.unbounded && last > 0 {
			row[min(int(last), cols-1)]++
		}
	}
	var avgNum, avgDen []int
	for p := 0; p < nper; p++ {
		if sizes[p] == 0 {
			continue
		}
		width := min(nper-p, cols)
		ret := make([]int, width)
		copy(ret, counts[p*cols:p*cols+width])
		if cfg.unbounded {
			// Each user was counted once, at their last period; a suffix
			// sum turns that into "in N or later". Users beyond the
			// cohort's last column were counted in it, which is right.
			for n := width - 2; n >= 1; n-- {
				ret[n] += ret[n+1]
			}
		}
		ret[0] = sizes[p]
		m.Cohorts = append(m.Cohorts, Cohort{Start: cal.Start(p), Size: sizes[p], Retained: ret})
		for n, v := range ret {
			if n == len(avgNum) {
				avgNum, avgDen = append(avgNum, 0), append(avgDen, 0)
			}
			avgNum[n] += v
			avgDen[n] += sizes[p]
		}
	}
	m.Average = make([]float64, len(avgNum))
	for n := range avgNum {
		m.Average[n] = float64(avgNum[n]) / float64(avgDen[n])
	}
	return m, nil
}

// nameSet returns a table indexed by event index that is true for the given
// names, or true everywhere when names is empty.
func (l *EventLog) nameSet(names []string) []bool {
	set := make([]bool, len(l.names))
	if len(names) == 0 {
		for i := range set {
			set[i] = true
		}
		return set
	}
	for _, n := range names {
		if i := l.nameIndex(n); i >= 0 {
			set[i] = true
		}
	}
	return set
}

// startLabel formats a cohort's start as a local date.
func (m *RetentionMatrix) startLabel(c Cohort) string {
	return c.Start.In(m.Location).Format(time.DateOnly)
}

func (m *RetentionMatrix) zoneName() string {
	if m.Location == nil {
		return "UTC"
	}
	return m.Location.String()
}
