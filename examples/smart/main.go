// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

// Smart checks operations goals written in Chinese or English against the
// SMART criteria: specific, measurable, achievable, relevant, time-bound.
//
// Usage:
//
//	go run ./examples/smart [-lang zh|en] [-json] [-ref 2026-11-25] [-max-change 1] "GOAL"...
//
// For example:
//
//	go run ./examples/smart "三个月内将新用户次日留存率从30%提升到40%" \
//		"Grow weekly active users by 15% before the end of Q3 2027" 提升用户满意度
//
// Relative deadlines (三个月内, "next month") count from -ref, today by
// default. With -json it prints one JSON object per goal, one per line.
// The exit status is 1 if any goal is vague.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/rolemodels/ops/opsroles"
	"golang.org/x/text/language"
)

func main() {
	lang := flag.String("lang", "zh", "language of the reasons: zh or en")
	asJSON := flag.Bool("json", false, "print one JSON object per goal")
	refDate := flag.String("ref", "", "reference date for relative deadlines, YYYY-MM-DD (default today)")
	maxChange := flag.Float64("max-change", opsroles.DefaultMaxChange, "largest relative change that passes Achievable (1 = 100%)")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: smart [-lang zh|en] [-json] [-ref YYYY-MM-DD] GOAL...")
		flag.PrintDefaults()
	}
	flag.Parse()
	tag, err := language.Parse(*lang)
	if flag.NArg() == 0 || err != nil {
		flag.Usage()
		os.Exit(2)
	}
	ref := time.Now()
	if *refDate != "" {
		if ref, err = time.ParseInLocation(time.DateOnly, *refDate, time.Local); err != nil {
			fmt.Fprintln(os.Stderr, "smart: -ref:", err)
			os.Exit(2)
		}
	}
	c := opsroles.Default()
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	vague := false
	for i, goal := range flag.Args() {
		check := c.AnalyzeGoal(goal, ref, opsroles.WithMaxChange(*maxChange))
		vague = vague || check.Vague()
		if *asJSON {
			err = enc.Encode(check)
		} else {
			if i > 0 {
				fmt.Println()
			}
			err = check.WriteText(os.Stdout, tag)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "smart:", err)
			os.Exit(1)
		}
	}
	if vague {
		os.Exit(1)
	}
}
