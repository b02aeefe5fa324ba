// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"errors"
	"fmt"
	"iter"
	"math"
	"slices"
	"strings"
	"time"
)

// An Event is one action of one user at one instant: a row of an events
// file, or a record of the caller's own store fed to NewEventLog.
type Event struct {
	User string    // the user's ID, as the product stores it
	Name string    // the event's name, such as "signup" or "purchase"
	Time time.Time // when it happened
}

// An EventLog holds events ready for funnels and retention: every user ID
// and event name is interned once, and the events are grouped by user and
// sorted by time, so that the analyses run over integer indexes in one pass.
// Events at the same millisecond keep their input order.
//
// Timestamps are kept to the millisecond. An EventLog is immutable and safe
// for concurrent use; build one with NewEventLog or ReadEvents.
type EventLog struct {
	users  []string // user index → ID, in order of first appearance
	names  []string // event index → name, in order of first appearance
	nameIx map[string]int32
	start  []int32 // user u's events are events[start[u]:start[u+1]]
	events []logEvent
	minMs  int64
	maxMs  int64
	skip   SkipReport
}

// logEvent is one event of the log: its name index and its time in Unix
// milliseconds. The user is implied by its position.
type logEvent struct {
	ms   int64
	name int32
}

// Errors that an *EventError wraps.
var (
	ErrFieldCount    = errors.New("want 3 fields: user_id,event,timestamp")
	ErrEmptyField    = errors.New("empty field")
	ErrBadTimestamp  = errors.New("timestamp is neither RFC 3339 nor Unix seconds")
	ErrTimeRange     = errors.New("timestamp outside the years 1 to 9999")
	ErrFieldLength   = errors.New("field longer than 4096 bytes")
	ErrTooManyEvents = errors.New("more than 2,147,483,647 events")
)

// An EventError reports an event that cannot be read.
type EventError struct {
	Line   int   // 1-based line of the CSV file, or position in the sequence given to NewEventLog
	Column int   // 1-based field, 0 when the whole row is at fault
	Err    error // one of the Err* errors of this file, or the CSV syntax error
}

// Error returns "opsroles: events: line N, field M: problem".
func (e *EventError) Error() string {
	if e.Column > 0 {
		return fmt.Sprintf("opsroles: events: line %d, field %d: %v", e.Line, e.Column, e.Err)
	}
	return fmt.Sprintf("opsroles: events: line %d: %v", e.Line, e.Err)
}

// Unwrap returns the cause.
func (e *EventError) Unwrap() error { return e.Err }

// A SkipReport counts the rows that ReadEvents skipped under SkipBadRows and
// keeps the errors of the first few.
type SkipReport struct {
	Count  int           // rows skipped
	Errors []*EventError // the first MaxSkipErrors of them, in line order
}

// MaxSkipErrors is the number of skipped rows whose errors a SkipReport keeps.
const MaxSkipErrors = 100

// Skipped returns the rows that ReadEvents skipped; it is empty unless the
// log was read with SkipBadRows.
func (l *EventLog) Skipped() SkipReport { return l.skip }

// Len returns the number of events.
func (l *EventLog) Len() int { return len(l.events) }

// Users returns the number of distinct users.
func (l *EventLog) Users() int { return len(l.users) }

// EventNames yields each distinct event name once, in order of first
// appearance.
func (l *EventLog) EventNames() iter.Seq[string] { return slices.Values(l.names) }

// Span returns the times of the earliest and the latest event, both zero
// for an empty log.
func (l *EventLog) Span() (first, last time.Time) {
	if len(l.events) == 0 {
		return time.Time{}, time.Time{}
	}
	return time.UnixMilli(l.minMs), time.UnixMilli(l.maxMs)
}

// All yields every event, grouped by user and in time order within a user,
// with times in UTC.
func (l *EventLog) All() iter.Seq[Event] {
	return func(yield func(Event) bool) {
		for u, user := range l.users {
			for _, e := range l.events[l.start[u]:l.start[u+1]] {
				if !yield(Event{User: user, Name: l.names[e.name], Time: time.UnixMilli(e.ms).UTC()}) {
					return
				}
			}
		}
	}
}

// NewEventLog builds an EventLog from a sequence of events. An event with an
// empty user or name, a zero Time or a time outside the years 1 to 9999 is an
// *EventError whose Line is the event's 1-based position in the sequence.
func NewEventLog(events iter.Seq[Event]) (*EventLog, error) {
	var b logBuilder
	line := 0
	for e := range events {
		line++
		if err := b.addEvent(e, line); err != nil {
			return nil, err
		}
	}
	return b.finish(), nil
}

func (b *logBuilder) addEvent(e Event, line int) error {
	switch {
	case e.User == "":
		return &EventError{Line: line, Column: 1, Err: ErrEmptyField}
	case e.Name == "":
		return &EventError{Line: line, Column: 2, Err: ErrEmptyField}
	case e.Time.IsZero():
		return &EventError{Line: line, Column: 3, Err: ErrEmptyField}
	case e.Time.UTC().Year() < 1 || e.Time.UTC().Year() > 9999:
		return &EventError{Line: line, Column: 3, Err: ErrTimeRange}
	}
	return b.add(e.User, e.Name, e.Time.UnixMilli(), line)
}

// logBuilder collects events in input order before finish groups them.
type logBuilder struct {
	userIx map[string]int32
	users  []string
	nameIx map[string]int32
	names  []string
	user   []int32
	ev     []logEvent

	lastUser int32 // index of the previous event's user
}

// add appends one event. An ID seen for the first time is cloned, so that
// the log does not pin the reader's buffers.
// intern returns the index of s in list, appending a clone of s to list and
// index when it is new.
func intern(index map[string]int32, list *[]string, s string) int32 {
	if i, ok := index[s]; ok {
		return i
	}
	i := int32(len(*list))
	s = strings.Clone(s)
	*list = append(*list, s)
	index[s] = i
	return i
}

func (b *logBuilder) add(user, name string, ms int64, line int) error {
	if len(b.ev) == math.MaxInt32 {
		return &EventError{Line: line, Err: ErrTooManyEvents}
	}
	if b.userIx == nil {
		b.userIx = make(map[string]int32)
		b.nameIx = make(map[string]int32)
	}
	// Exports often list a user's events together: skip the map then.
	u := b.lastUser
	if len(b.users) == 0 || user != b.users[u] {
		u = intern(b.userIx, &b.users, user)
		b.lastUser = u
	}
	n := intern(b.nameIx, &b.names, name)
	b.user = append(b.user, u)
	b.ev = append(b.ev, logEvent{ms: ms, name: n})
	return nil
}

// finish groups the events by user with a counting sort, which keeps input
// order within a user, then sorts each user's events by time where they are
// not sorted already.
func (b *logBuilder) finish() *EventLog {
	l := &EventLog{users: b.users, names: b.names, nameIx: b.nameIx}
	if l.nameIx == nil {
		l.nameIx = map[string]int32{}
	}
	l.start = make([]int32, len(b.users)+1)
	for _, u := range b.user {
		l.start[u+1]++
	}
	for i := 1; i < len(l.start); i++ {
		l.start[i] += l.start[i-1]
	}
	l.events = make([]logEvent, len(b.ev))
	next := slices.Clone(l.start[:len(b.users)])
	l.minMs, l.maxMs = math.MaxInt64, math.MinInt64
	for i, e := range b.ev {
		u := b.user[i]
		l.events[next[u]] = e
		next[u]++
		l.minMs = min(l.minMs, e.ms)
		l.maxMs = max(l.maxMs, e.ms)
	}
	if len(b.ev) == 0 {
		l.minMs, l.maxMs = 0, 0
	}
	for u := range b.users {
		seg := l.events[l.start[u]:l.start[u+1]]
		if !slices.IsSortedFunc(seg, cmpTime) {
			slices.SortStableFunc(seg, cmpTime)
		}
	}
	return l
}

func cmpTime(a, b logEvent) int {
	switch {
	case a.ms < b.ms:
		return -1
	case a.ms > b.ms:
		return 1
	}
	return 0
}

// nameIndex returns the index of an event name, or -1 when no event has it.
func (l *EventLog) nameIndex(name string) int32 {
	if i, ok := l.nameIx[name]; ok {
		return i
	}
	return -1
}

// userEvents returns the events of user u in time order.
func (l *EventLog) userEvents(u int) []logEvent {
	return l.events[l.start[u]:l.start[u+1]]
}
