// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

// Funnel computes a conversion funnel from an events file with the columns
// user_id, event and timestamp (RFC 3339 or Unix seconds; header optional).
//
// Usage:
//
//	go run ./examples/funnel -steps a,b,c [-window 7d] [-order ordered|strict|any]
//		[-format text|markdown|csv|json] [-json] EVENTS.csv
//
// For example:
//
//	go run ./examples/funnel -steps signup,view,add_to_cart,purchase -window 7d testdata/events/shop.csv
//
// The window runs from each user's first-step event; it takes Go durations
// ("36h") or whole days ("7d"). -json is short for -format json.
package main

import (
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/rolemodels/ops/opsroles"
)

func main() {
	steps := flag.String("steps", "", "comma-separated step events, in order")
	window := flag.String("window", "14d", "conversion window: a Go duration or N days (7d)")
	order := flag.String("order", "ordered", "step order: ordered, strict or any")
	format := flag.String("format", "text", "output: text, markdown, csv or json")
	asJSON := flag.Bool("json", false, "same as -format json")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: funnel -steps a,b,c [-window 7d] [-order ordered|strict|any] [-format F] EVENTS.csv")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 || *steps == "" {
		flag.Usage()
		os.Exit(2)
	}
	if *asJSON {
		*format = "json"
	}
	f, err := opsroles.ParseFormat(*format)
	check(err)
	o, err := opsroles.ParseFunnelOrder(*order)
	check(err)
	w, err := parseWindow(*window)
	check(err)
	file, err := os.Open(flag.Arg(0))
	check(err)
	defer file.Close()
	log, err := opsroles.ReadEvents(file)
	check(err)
	funnel, err := log.Funnel(strings.Split(*steps, ","), opsroles.FunnelWindow(w), opsroles.FunnelOrdering(o))
	check(err)
	check(funnel.Render(os.Stdout, f))
}

// parseWindow reads a Go duration or a whole number of days such as "7d".
func parseWindow(s string) (time.Duration, error) {
	if days, ok := strings.CutSuffix(s, "d"); ok {
		n, err := strconv.Atoi(days)
		if err != nil {
			return 0, fmt.Errorf("window %q: %w", s, err)
		}
		return time.Duration(n) * 24 * time.Hour, nil
	}
	return time.ParseDuration(s)
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "funnel:", err)
		os.Exit(1)
	}
}
