// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

// Retention computes a cohort retention matrix from an events file with the
// columns user_id, event and timestamp (RFC 3339 or Unix seconds; header
// optional).
//
// Usage:
//
//	go run ./examples/retention [-period day|week|month] [-tz Asia/Shanghai] [-unbounded]
//		[-start EVENT] [-return EVENT] [-format text|markdown|csv|json] [-json] EVENTS.csv
//
// For example:
//
//	go run ./examples/retention -start signup -tz Asia/Shanghai testdata/events/shop.csv
//
// Users join the cohort of the period of their first -start event (any event
// by default); -unbounded counts a user in period N who came back in N or
// later. -json is short for -format json.
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/rolemodels/ops/opsroles"
)

func main() {
	period := flag.String("period", "day", "period: day, week or month")
	tz := flag.String("tz", "UTC", "time zone of the period boundaries, such as Asia/Shanghai")
	unbounded := flag.Bool("unbounded", false, "count returns in period N or later")
	start := flag.String("start", "", "event that starts a cohort (default: any event)")
	ret := flag.String("return", "", "event that counts as a return (default: any event)")
	format := flag.String("format", "text", "output: text, markdown, csv or json")
	asJSON := flag.Bool("json", false, "same as -format json")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: retention [-period day|week|month] [-tz ZONE] [-unbounded] [-format F] EVENTS.csv")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	if *asJSON {
		*format = "json"
	}
	f, err := opsroles.ParseFormat(*format)
	check(err)
	p, err := opsroles.ParsePeriod(*period)
	check(err)
	loc, err := time.LoadLocation(*tz)
	check(err)
	opts := []opsroles.RetentionOption{opsroles.RetentionPeriod(p), opsroles.RetentionIn(loc)}
	if *unbounded {
		opts = append(opts, opsroles.RetentionUnbounded())
	}
	if *start != "" {
		opts = append(opts, opsroles.StartEvent(*start))
	}
	if *ret != "" {
		opts = append(opts, opsroles.ReturnEvent(*ret))
	}
	file, err := os.Open(flag.Arg(0))
	check(err)
	defer file.Close()
	log, err := opsroles.ReadEvents(file)
	check(err)
	m, err := log.Retention(opts...)
	check(err)
	check(m.Render(os.Stdout, f))
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "retention:", err)
		os.Exit(1)
	}
}
