// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles_test

import (
	"fmt"
	"os"
	"slices"
	"time"

	"github.com/rolemodels/ops/opsroles"
)

func ExampleEventLog_Retention() {
	shanghai, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		fmt.Println(err)
		return
	}
	at := func(s string) time.Time { t, _ := time.Parse(time.RFC3339, s); return t }
	log, err := opsroles.NewEventLog(slices.Values([]opsroles.Event{
		{User: "u1", Name: "signup", Time: at("2026-01-01T09:00:00+08:00")},
		{User: "u1", Name: "view", Time: at("2026-01-02T23:30:00+08:00")}, // still Jan 2 in Shanghai
		{User: "u2", Name: "signup", Time: at("2026-01-01T20:00:00+08:00")},
		{User: "u2", Name: "view", Time: at("2026-01-03T10:00:00+08:00")},
		{User: "u3", Name: "signup", Time: at("2026-01-02T10:00:00+08:00")},
		{User: "u3", Name: "view", Time: at("2026-01-03T00:10:00+08:00")},
	}))
	if err != nil {
		fmt.Println(err)
		return
	}
	m, err := log.Retention(opsroles.StartEvent("signup"), opsroles.RetentionIn(shanghai))
	if err != nil {
		fmt.Println(err)
		return
	}
	m.Render(os.Stdout, opsroles.FormatMarkdown)
	m, _ = log.Retention(opsroles.StartEvent("signup"), opsroles.RetentionIn(shanghai), opsroles.RetentionUnbounded())
	fmt.Println("unbounded:", m.Cohorts[0].Retained)
	// Output:
	// | cohort     | size |  day 0 |  day 1 | day 2 |
	// | ---------- | ---: | -----: | -----: | ----: |
	// | 2026-01-01 |    2 | 100.0% |  50.0% | 50.0% |
	// | 2026-01-02 |    1 | 100.0% | 100.0% |       |
	// | average    |    3 | 100.0% |  66.7% | 50.0% |
	// unbounded: [2 2 1]
}
