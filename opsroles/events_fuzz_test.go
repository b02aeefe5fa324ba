// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"bytes"
	"encoding/csv"
	"errors"
	"slices"
	"testing"
	"time"
)

// FuzzReadEvents checks that the reader never panics, that its errors carry
// a line, and that what it reads writes back to CSV and reads again the same.
func FuzzReadEvents(f *testing.F) {
	f.Add([]byte("user_id,event,timestamp\nu1,signup,2026-01-01T09:00:00+08:00\nu1,login,1767225600\n"))
	f.Add([]byte("\uFEFFts,name,uid\n1.5,a,x\n-3,b,y\n"))
	f.Add([]byte("\"a,b\",\"q\"\"x\",0\nu,e\n"))
	f.Fuzz(func(t *testing.T, in []byte) {
		for _, skip := range []bool{false, true} {
			var opts []EventsOption
			if skip {
				opts = append(opts, SkipBadRows())
			}
			l, err := ReadEvents(bytes.NewReader(in), opts...)
			if err != nil {
				var ee *EventError
				if !errors.As(err, &ee) || ee.Line < 0 {
					t.Fatalf("error %v is not an *EventError with a line", err)
				}
				continue
			}
			for _, e := range l.Skipped().Errors {
				if e.Line < 1 {
					t.Errorf("skipped row without a line: %v", e)
				}
			}
			var buf bytes.Buffer
			w := csv.NewWriter(&buf)
			for e := range l.All() {
				w.Write([]string{e.User, e.Name, e.Time.Format(time.RFC3339Nano)})
			}
			w.Flush()
			again, err := ReadEvents(&buf)
			if err != nil {
				t.Fatalf("rereading %q: %v", buf.String(), err)
			}
			if !slices.Equal(rows(l), rows(again)) {
				t.Fatalf("round trip changed the events:\n%q\n%q", rows(l), rows(again))
			}
		}
	})
}
