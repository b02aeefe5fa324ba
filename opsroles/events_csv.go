// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"encoding/csv"
	"errors"
	"io"
	"strconv"
	"strings"
	"time"
)

// An EventsOption changes how ReadEvents reads a file.
type EventsOption func(*eventsConfig)

type eventsConfig struct {
	skipBad bool
}

// SkipBadRows makes ReadEvents skip a row it cannot read instead of failing;
// the log's Skipped method counts the skipped rows and keeps the first
// errors. A CSV syntax error that leaves the reader unable to go on (such as
// an unterminated quote) still ends the read.
func SkipBadRows() EventsOption { return func(c *eventsConfig) { c.skipBad = true } }

// ReadEvents reads events from CSV with the columns user_id, event and
// timestamp, streaming: it keeps the interned IDs and a compact record per
// event, not the text.
//
// The timestamp is RFC 3339 ("2026-01-01T09:30:00+08:00", fractions of a
// second allowed) or Unix seconds ("1767231000", optionally with a
// fraction). The first row is a header when its fields name the columns:
// user_id (or user, uid, distinct_id, person_id), event (or event_name,
// name) and timestamp (or time, ts, event_time), in any order; the data rows
// then follow the header's order. A UTF-8 byte order mark is ignored.
//
// A row that cannot be read is an *EventError with its line number, unless
// SkipBadRows is given. Empty lines are ignored, as encoding/csv does.
func ReadEvents(r io.Reader, opts ...EventsOption) (*EventLog, error) {
	var cfg eventsConfig
	for _, o := range opts {
		o(&cfg)
	}
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	var (
		b     logBuilder
		skip  SkipReport
		cols  = [3]int{0, 1, 2}
		first = true
	)
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			line := 0
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				line = pe.StartLine
			}
			ee := &EventError{Line: line, Err: err}
			// A field-count error leaves the reader in step; others do not.
			if !cfg.skipBad || !errors.Is(err, csv.ErrFieldCount) {
				return nil, ee
			}
			skip.add(ee)
			continue
		}
		line, _ := cr.FieldPos(0)
		if first {
			first = false
			if len(rec) > 0 {
				rec[0] = strings.TrimPrefix(rec[0], "\uFEFF")
			}
			if c, ok := headerColumns(rec); ok {
				cols = c
				continue
			}
		}
		if len(rec) != 3 {
			ee := &EventError{Line: line, Err: ErrFieldCount}
			if !cfg.skipBad {
				return nil, ee
			}
			skip.add(ee)
			continue
		}
		ms, col, ferr := checkRow(rec, cols)
		if ferr != nil {
			ee := &EventError{Line: line, Column: col, Err: ferr}
			if !cfg.skipBad {
				return nil, ee
			}
			skip.add(ee)
			continue
		}
		if err := b.add(rec[cols[0]], rec[cols[1]], ms, line); err != nil {
			return nil, err
		}
	}
	l := b.finish()
	l.skip = skip
	return l, nil
}

func (s *SkipReport) add(e *EventError) {
	s.Count++
	if len(s.Errors) < MaxSkipErrors {
		s.Errors = append(s.Errors, e)
	}
}

const maxFieldLen = 4096

// checkRow validates a data row and parses its timestamp; on failure it
// returns the 1-based column at fault.
func checkRow(rec []string, cols [3]int) (ms int64, col int, err error) {
	for _, c := range cols {
		if rec[c] == "" {
			return 0, c + 1, ErrEmptyField
		}
		if len(rec[c]) > maxFieldLen {
			return 0, c + 1, ErrFieldLength
		}
	}
	ms, err = parseTimestamp(rec[cols[2]])
	if err != nil {
		return 0, cols[2] + 1, err
	}
	return ms, 0, nil
}

// Unix seconds of 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z.
const (
	minUnix = -62135596800
	maxUnix = 253402300799
)

// parseTimestamp reads RFC 3339 or Unix seconds into Unix milliseconds.
func parseTimestamp(s string) (int64, error) {
	if isUnixSeconds(s) {
		whole, frac, _ := cutByte(s, '.')
		sec, err := strconv.ParseInt(whole, 10, 64)
		if err != nil || sec < minUnix || sec > maxUnix {
			return 0, ErrTimeRange
		}
		ms := sec * 1000
		if frac != "" {
			frac = (frac + "000")[:3]
			f, _ := strconv.Atoi(frac)
			if sec < 0 || whole == "-0" {
				f = -f
			}
			ms += int64(f)
		}
		if ms < minUnix*1000 {
			return 0, ErrTimeRange // a fraction before year 1
		}
		return ms, nil
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return 0, ErrBadTimestamp
	}
	if y := t.UTC().Year(); y < 1 || y > 9999 {
		return 0, ErrTimeRange
	}
	return t.UnixMilli(), nil
}

// isUnixSeconds reports whether s is an optional minus sign, digits and an
// optional fraction of digits.
func isUnixSeconds(s string) bool {
	if len(s) > 0 && s[0] == '-' {
		s = s[1:]
	}
	digits, dot := 0, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case '0' <= c && c <= '9':
			digits++
		case c == '.' && !dot && digits > 0:
			dot = true
		default:
			return false
		}
	}
	return digits > 0 && s[len(s)-1] != '.'
}

func cutByte(s string, c byte) (before, after string, found bool) {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return s[:i], s[i+1:], true
		}
	}
	return s, "", false
}

// headerColumns recognises a header row and returns the position of the
// user, event and timestamp columns in it.
func headerColumns(rec []string) ([3]int, bool) {
	if len(rec) != 3 {
		return [3]int{}, false
	}
	cols := [3]int{-1, -1, -1}
	for i, f := range rec {
		k := -1
		switch strings.ToLower(strings.TrimSpace(f)) {
		case "user_id", "user", "userid", "uid", "distinct_id", "person_id":
			k = 0
		case "event", "event_name", "name", "event_type":
			k = 1
		case "timestamp", "time", "ts", "event_time":
			k = 2
		}
		if k < 0 || cols[k] >= 0 {
			return [3]int{}, false
		}
		cols[k] = i
	}
	return cols, true
}
