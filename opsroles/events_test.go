// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// ev builds an Event from an RFC 3339 time, for hand-written logs.
func ev(user, name, ts string) Event {
	t, err := time.Parse(time.RFC3339, ts)
	if err != nil {
		panic(err)
	}
	return Event{User: user, Name: name, Time: t}
}

// logOf builds an EventLog from events, failing the test on error.
func logOf(t testing.TB, events ...Event) *EventLog {
	t.Helper()
	l, err := NewEventLog(slices.Values(events))
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// rows lists a log's events as "user name time" strings in log order.
func rows(l *EventLog) []string {
	var out []string
	for e := range l.All() {
		out = append(out, e.User+" "+e.Name+" "+e.Time.Format(time.RFC3339Nano))
	}
	return out
}

func TestReadEvents(t *testing.T) {
	tests := []struct {
		name string
		why  string
		in   string
		want []string
	}{
		{
			name: "header and RFC 3339",
			why:  "the documented format; offsets are normalised to UTC",
			in:   "user_id,event,timestamp\nu1,signup,2026-01-01T09:00:00+08:00\nu1,login,2026-01-02T01:00:00Z\n",
			want: []string{"u1 signup 2026-01-01T01:00:00Z", "u1 login 2026-01-02T01:00:00Z"},
		},
		{
			name: "no header, unix seconds",
			why:  "the header row is optional and Unix seconds are the other timestamp form",
			in:   "u1,signup,1767225600\nu2,signup,1767225600.25\n",
			want: []string{"u1 signup 2026-01-01T00:00:00Z", "u2 signup 2026-01-01T00:00:00.25Z"},
		},
		{
			name: "header in another order with BOM",
			why:  "spreadsheets write a BOM and exports order columns their own way",
			in:   "\uFEFFtimestamp,Event,distinct_id\n2026-01-01T00:00:00Z,view,u9\n",
			want: []string{"u9 view 2026-01-01T00:00:00Z"},
		},
		{
			name: "grouped by user, sorted by time, ties in input order",
			why:  "the analyses walk each user's events in time order",
			in:   "u2,b,10\nu1,z,30\nu2,a,5\nu1,y,20\nu1,x,20\n",
			want: []string{
				"u2 a 1970-01-01T00:00:05Z", "u2 b 1970-01-01T00:00:10Z",
				"u1 y 1970-01-01T00:00:20Z", "u1 x 1970-01-01T00:00:20Z", "u1 z 1970-01-01T00:00:30Z",
			},
		},
		{
			name: "quoted fields",
			why:  "IDs and names may hold commas and quotes",
			in:   "\"a,b\",\"say \"\"hi\"\"\",0\n",
			want: []string{`a,b say "hi" 1970-01-01T00:00:00Z`},
		},
		{
			name: "empty file",
			why:  "an empty export is an empty log, not an error",
			in:   "",
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := ReadEvents(strings.NewReader(tt.in))
			if err != nil {
				t.Fatalf("%s: %v", tt.why, err)
			}
			if diff := cmp.Diff(tt.want, rows(l)); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.why, diff)
			}
		})
	}
}

func TestReadEventsErrors(t *testing.T) {
	tests := []struct {
		name       string
		why        string
		in         string
		line, col  int
		target     error
		skipped    int
		keptEvents int
	}{
		{"bad timestamp", "a date without a time is not RFC 3339",
			"user_id,event,timestamp\nu1,a,1\nu1,b,2026-01-01\n", 3, 3, ErrBadTimestamp, 1, 1},
		{"empty user", "an event must name its user",
			"u1,a,1\n,b,2\nu2,c,3\n", 2, 1, ErrEmptyField, 1, 2},
		{"field count", "a row must have exactly three fields",
			"u1,a,1\nu1,b\n", 2, 0, ErrFieldCount, 1, 1},
		{"year out of range", "Unix seconds beyond year 9999 cannot be a time",
			"u1,a,999999999999999\n", 1, 3, ErrTimeRange, 1, 0},
		{"huge field", "a field larger than 4 KiB is not an ID",
			"u1," + strings.Repeat("x", 5000) + ",1\n", 1, 2, ErrFieldLength, 1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadEvents(strings.NewReader(tt.in))
			var ee *EventError
			if !errors.As(err, &ee) {
				t.Fatalf("%s: got %v, want an *EventError", tt.why, err)
			}
			if ee.Line != tt.line || ee.Column != tt.col || !errors.Is(err, tt.target) {
				t.Errorf("%s: got line %d column %d (%v), want line %d column %d (%v)",
					tt.why, ee.Line, ee.Column, err, tt.line, tt.col, tt.target)
			}
			l, err := ReadEvents(strings.NewReader(tt.in), SkipBadRows())
			if err != nil {
				t.Fatalf("SkipBadRows: %v", err)
			}
			rep := l.Skipped()
			if rep.Count != tt.skipped || l.Len() != tt.keptEvents {
				t.Errorf("SkipBadRows: skipped %d, kept %d; want %d, %d", rep.Count, l.Len(), tt.skipped, tt.keptEvents)
			}
			if len(rep.Errors) == 0 || rep.Errors[0].Line != tt.line {
				t.Errorf("SkipBadRows: report %+v does not name line %d", rep, tt.line)
			}
		})
	}
}

func TestReadEventsUnterminatedQuote(t *testing.T) {
	// A syntax error that loses the row boundaries ends the read even when
	// bad rows are skipped: skipping could swallow the rest of the file.
	_, err := ReadEvents(strings.NewReader("u1,a,1\n\"u2,b,2\n"), SkipBadRows())
	var ee *EventError
	if !errors.As(err, &ee) || ee.Line != 2 {
		t.Fatalf("got %v, want an *EventError on line 2", err)
	}
}

func TestNewEventLogErrors(t *testing.T) {
	good := ev("u", "a", "2026-01-01T00:00:00Z")
	tests := []struct {
		name string
		ev   Event
		col  int
		err  error
	}{
		{"empty user", Event{Name: "a", Time: good.Time}, 1, ErrEmptyField},
		{"empty name", Event{User: "u", Time: good.Time}, 2, ErrEmptyField},
		{"zero time", Event{User: "u", Name: "a"}, 3, ErrEmptyField},
		{"year 10000", Event{User: "u", Name: "a", Time: time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)}, 3, ErrTimeRange},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := NewEventLog(slices.Values([]Event{good, tt.ev}))
			var ee *EventError
			if !errors.As(err, &ee) || ee.Line != 2 || ee.Column != tt.col || !errors.Is(err, tt.err) {
				t.Errorf("got %v, want position 2, field %d, %v", err, tt.col, tt.err)
			}
		})
	}
}

func TestEventLogAccessors(t *testing.T) {
	l := logOf(t, ev("u1", "a", "2026-01-02T00:00:00Z"), ev("u2", "b", "2026-01-01T00:00:00Z"), ev("u1", "b", "2026-01-03T00:00:00Z"))
	first, last := l.Span()
	got := []any{l.Len(), l.Users(), slices.Collect(l.EventNames()), first.UTC().Format(time.DateOnly), last.UTC().Format(time.DateOnly)}
	want := []any{3, 2, []string{"a", "b"}, "2026-01-01", "2026-01-03"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("accessors (-want +got):\n%s", diff)
	}
}
