// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

// Package periods maps instants to calendar periods (days, weeks, months) of
// a time.Location without calling into package time for every instant.
//
// A Calendar covers a span of days fixed when it is built. It stores the
// first instant of each local day in that span, so that finding the day of an
// instant is a division by 24 hours followed by at most a few steps to the
// neighbouring day; days of 23 or 25 hours (daylight saving time) and days
// that do not start at midnight are handled because the steps compare with
// the stored starts rather than assume a length.
package periods

import (
	"errors"
	"time"
)

// Unit is the length of a period.
type Unit uint8

// The units of a Calendar.
const (
	Day Unit = iota + 1
	Week
	Month
)

const msPerDay = 24 * 60 * 60 * 1000

// A Calendar numbers the periods of a span of local days from 0.
type Calendar struct {
	loc      *time.Location
	unit     Unit
	dayStart []int64 // first instant of each day, in Unix milliseconds
	period   []int32 // period number of each day
	first    time.Time
	shift    int // for weeks, the days of period 0 that lie before the span
}

// ErrSpan reports a span too long to tabulate.
var ErrSpan = errors.New("time span too long")

// maxDays bounds the span of a Calendar: 20,000 years of days.
const maxDays = 20000 * 366

// New returns a Calendar whose span runs from the local day holding minMs to
// the local day holding maxMs (Unix milliseconds). Weeks start on weekStart.
func New(minMs, maxMs int64, loc *time.Location, unit Unit, weekStart time.Weekday) (*Calendar, error) {
	if maxMs < minMs {
		maxMs = minMs
	}
	if (maxMs-minMs)/msPerDay > maxDays {
		return nil, ErrSpan
	}
	t0 := time.UnixMilli(minMs).In(loc)
	t1 := time.UnixMilli(maxMs).In(loc)
	y, m, d := t0.Date()
	first := time.Date(y, m, d, 0, 0, 0, 0, loc)
	c := &Calendar{loc: loc, unit: unit, first: first}
	y1, m1, d1 := t1.Date()
	last := time.Date(y1, m1, d1, 0, 0, 0, 0, loc)
	for i := 0; ; i++ {
		day := time.Date(y, m, d+i, 0, 0, 0, 0, loc)
		c.dayStart = append(c.dayStart, day.UnixMilli())
		switch unit {
		case Week:
			if i == 0 {
				c.shift = (int(day.Weekday()) - int(weekStart) + 7) % 7
			}
			c.period = append(c.period, int32((i+c.shift)/7))
		case Month:
			dy, dm, _ := day.Date()
			c.period = append(c.period, int32((dy-y)*12+int(dm)-int(m)))
		default:
			c.period = append(c.period, int32(i))
		}
		if !day.Before(last) {
			break
		}
	}
	return c, nil
}

// Days returns the number of days in the span.
func (c *Calendar) Days() int { return len(c.dayStart) }

// Periods returns the number of periods that hold a day of the span.
func (c *Calendar) Periods() int { return int(c.period[len(c.period)-1]) + 1 }

// Day returns the index of the local day holding ms, clamped to the span.
func (c *Calendar) Day(ms int64) int {
	n := len(c.dayStart)
	i := int((ms - c.dayStart[0]) / msPerDay)
	if ms < c.dayStart[0] || i < 0 {
		return 0
	}
	if i >= n {
		i = n - 1
	}
	for i+1 < n && c.dayStart[i+1] <= ms {
		i++
	}
	for i > 0 && c.dayStart[i] > ms {
		i--
	}
	return i
}

// Period returns the number of the period holding ms, clamped to the span.
func (c *Calendar) Period(ms int64) int32 { return c.period[c.Day(ms)] }

// Start returns the first local day of period p, at midnight (or the first
// instant of that day, where midnight does not exist). For weeks the first
// period may start before the span.
func (c *Calendar) Start(p int) time.Time {
	y, m, d := c.first.Date()
	switch c.unit {
	case Week:
		return time.Date(y, m, d-c.shift+7*p, 0, 0, 0, 0, c.loc)
	case Month:
		return time.Date(y, m+time.Month(p), 1, 0, 0, 0, 0, c.loc)
	}
	return time.Date(y, m, d+p, 0, 0, 0, 0, c.loc)
}
