// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

// Package eventgen generates product event logs for benchmarks and tests:
// users who sign up on a day of the span and come back now and then,
// viewing, adding to cart, checking out and buying with falling odds. The
// same seed gives the same log on every machine.
package eventgen

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"time"
)

// Names are the event names, indexed by Event.Name. Every user's first
// event is "signup".
var Names = [...]string{"signup", "login", "view", "add_to_cart", "checkout", "purchase"}

// An Event is one generated event.
type Event struct {
	Ms   int64 // Unix milliseconds
	User int32 // user number; UserID gives its ID
	Name uint8 // index into Names
}

// UserID returns the ID of user number u.
func UserID(u int32) string { return "u" + strconv.Itoa(int(u)) }

// Generate returns exactly events events of users users over days days from
// start, in time order (as an export would list them). Each user signs up
// on a uniformly chosen day and has a share of the events that varies from
// user to user, spread over the rest of the span with more of them early,
// the way activity decays after sign-up. events must be at least users.
func Generate(seed uint64, users, events, days int, start time.Time) []Event {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	out := make([]Event, 0, events)
	span := int64(days) * 24 * 3600 * 1000
	t0 := start.UnixMilli()
	extra := events - users
	mean := float64(extra) / float64(users)
	for u := 0; u < users; u++ {
		signup := t0 + r.Int64N(span)
		out = append(out, Event{Ms: signup, User: int32(u), Name: 0})
		n := min(int(r.ExpFloat64()*mean), extra)
		if u == users-1 {
			n = extra // the last user takes what is left, so the count is exact
		}
		extra -= n
		left := t0 + span - signup
		for i := 0; i < n; i++ {
			// Squaring a uniform number puts more returns soon after
			// sign-up.
			f := r.Float64()
			out = append(out, Event{Ms: signup + int64(f*f*float64(left)), User: int32(u), Name: pickName(r)})
		}
	}
	slices.SortFunc(out, func(a, b Event) int {
		switch {
		case a.Ms < b.Ms:
			return -1
		case a.Ms > b.Ms:
			return 1
		}
		return int(a.User) - int(b.User)
	})
	return out
}

// pickName draws an event name other than signup: views are common,
// purchases rare.
func pickName(r *rand.Rand) uint8 {
	switch p := r.IntN(100); {
	case p < 15:
		return 1 // login
	case p < 60:
		return 2 // view
	case p < 80:
		return 3 // add_to_cart
	case p < 92:
		return 4 // checkout
	}
	return 5 // purchase
}
