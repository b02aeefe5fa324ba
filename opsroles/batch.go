// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"context"
	"iter"
	"runtime"
)

// batchWindow is how many documents per worker MatchAll keeps in flight:
// enough that a slow document does not idle the other workers, few enough
// that memory stays bounded however long the sequence.
const batchWindow = 4

// MatchAll matches every document of docs on all cores (GOMAXPROCS
// workers) and yields the results in the order of docs, each with a nil
// error. At most a few documents per worker are in flight at once, so
// memory stays bounded however many documents docs yields.
//
// Each result's Text is its document, which must not change until the
// result is yielded: an iterator that reuses one buffer for every document
// (as bufio.Scanner does) must yield copies.
//
// When ctx is done, MatchAll yields a zero Result with ctx.Err() and stops;
// the documents in flight are dropped. Stopping the loop early is fine too.
// Documents are read from docs on the caller's goroutine.
func (m *Matcher) MatchAll(ctx context.Context, docs iter.Seq[[]byte]) iter.Seq2[Result, error] {
	return func(yield func(Result, error) bool) {
		workers := runtime.GOMAXPROCS(0)
		type job struct {
			text []byte
			done chan Result // buffered: a worker never waits on it
		}
		jobs := make(chan job)
		defer close(jobs)
		for range workers {
			go func() {
				for j := range jobs {
					j.done <- m.Match(j.text)
				}
			}()
		}

		// pending holds the jobs in input order; the oldest is yielded first.
		pending := make([]chan Result, 0, workers*batchWindow)
		// next yields the oldest pending result; false stops MatchAll.
		next := func() bool {
			select {
			case res := <-pending[0]:
				copy(pending, pending[1:])
				pending = pending[:len(pending)-1]
				return yield(res, nil)
			case <-ctx.Done():
				yield(Result{}, ctx.Err())
				return false
			}
		}
		for text := range docs {
			if ctx.Err() != nil {
				yield(Result{}, ctx.Err())
				return
			}
			if len(pending) == cap(pending) {
				if !next() {
					return
				}
			}
			j := job{text: text, done: make(chan Result, 1)}
			select {
			case jobs <- j:
				pending = append(pending, j.done)
			case <-ctx.Done():
				yield(Result{}, ctx.Err())
				return
			}
		}
		for len(pending) > 0 {
			if !next() {
				return
			}
		}
	}
}
