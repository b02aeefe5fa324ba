// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"runtime"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

var batchTexts = []string{"社群运营经理\n群活动", "用户运营\n留存召回 CRM", "运营经理\n日报", "", "Community Manager, moderation", "数据看板 DAU"}

// numbered yields n documents drawn from batchTexts, each tagged with its
// number so that a result out of order shows, and counts how many it gave.
func numbered(n int, pulled *int) iter.Seq[[]byte] {
	return func(yield func([]byte) bool) {
		for i := 0; n < 0 || i < n; i++ {
			*pulled++
			if !yield([]byte(fmt.Sprintf("%s\n#%d", batchTexts[i%len(batchTexts)], i))) {
				return
			}
		}
	}
}

func TestMatchAllOrder(t *testing.T) {
	m := testMatcher(t)
	var pulled int
	i := 0
	for res, err := range m.MatchAll(context.Background(), numbered(500, &pulled)) {
		if err != nil {
			t.Fatal(err)
		}
		want := m.Match([]byte(fmt.Sprintf("%s\n#%d", batchTexts[i%len(batchTexts)], i)))
		if diff := cmp.Diff(want, res, cmpopts.IgnoreUnexported(Result{}), cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("result %d differs from Match (-want +got):\n%s", i, diff)
		}
		// Bounded memory: the batch never reads far ahead of what it yields.
		if ahead := pulled - (i + 1); ahead > runtime.GOMAXPROCS(0)*batchWindow+1 {
			t.Fatalf("after %d results MatchAll has read %d documents ahead", i+1, ahead)
		}
		i++
	}
	if i != 500 {
		t.Errorf("got %d results, want 500", i)
	}
}

func TestMatchAllCancel(t *testing.T) {
	m := testMatcher(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var pulled, ok int
	var errs []error
	for _, err := range m.MatchAll(ctx, numbered(-1, &pulled)) {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if ok++; ok == 20 {
			cancel()
		}
	}
	if len(errs) != 1 || !errors.Is(errs[0], context.Canceled) {
		t.Errorf("errors %v, want one context.Canceled", errs)
	}
	if ok < 20 {
		t.Errorf("got %d results before the error, want at least 20", ok)
	}

	done, cancel2 := context.WithCancel(context.Background())
	cancel2()
	for res, err := range m.MatchAll(done, numbered(3, &pulled)) {
		if !errors.Is(err, context.Canceled) || len(res.Areas) != 0 {
			t.Errorf("with a done context: %v and %d areas, want context.Canceled and a zero Result", err, len(res.Areas))
		}
	}
}

func TestMatchAllStopsWorkers(t *testing.T) {
	m := testMatcher(t)
	before := runtime.NumGoroutine()
	var pulled int
	n := 0
	for range m.MatchAll(context.Background(), numbered(1000, &pulled)) {
		if n++; n == 3 {
			break
		}
	}
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if got := runtime.NumGoroutine(); got > before {
		t.Errorf("%d goroutines after breaking out of MatchAll, %d before", got, before)
	}
}
