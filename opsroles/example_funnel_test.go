// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles_test

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/rolemodels/ops/opsroles"
)

func ExampleEventLog_Funnel() {
	events := `user_id,event,timestamp
u1,signup,2026-01-01T09:00:00+08:00
u1,view,2026-01-01T09:05:00+08:00
u1,purchase,2026-01-01T10:00:00+08:00
u2,signup,2026-01-01T12:00:00+08:00
u2,purchase,2026-01-01T12:30:00+08:00
u2,view,2026-01-01T12:40:00+08:00
u3,signup,2026-01-02T08:00:00+08:00
u3,view,2026-01-09T08:00:00+08:00
`
	log, err := opsroles.ReadEvents(strings.NewReader(events))
	if err != nil {
		fmt.Println(err)
		return
	}
	steps := []string{"signup", "view", "purchase"}
	for _, order := range []opsroles.FunnelOrder{opsroles.OrderedSteps, opsroles.AnyOrder} {
		f, err := log.Funnel(steps, opsroles.FunnelWindow(24*time.Hour), opsroles.FunnelOrdering(order))
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(order)
		f.Render(os.Stdout, opsroles.FormatText)
	}
	// Output:
	// ordered
	// step  event     users  conversion  step_conversion  drop_off  median_time
	// ----  --------  -----  ----------  ---------------  --------  -----------
	// 1     signup        3      100.0%           100.0%         0
	// 2     view          2       66.7%            66.7%         1       22m30s
	// 3     purchase      1       33.3%            50.0%         1        55m0s
	// any
	// step  event     users  conversion  step_conversion  drop_off  median_time
	// ----  --------  -----  ----------  ---------------  --------  -----------
	// 1     signup        3      100.0%           100.0%         0
	// 2     view          2       66.7%            66.7%         1       17m30s
	// 3     purchase      2       66.7%           100.0%         0       32m30s
}

func ExampleFunnelFromCounts() {
	f, err := opsroles.FunnelFromCounts([]string{"visit", "signup", "activate", "pay"}, []int{10000, 1200, 900, 150})
	if err != nil {
		fmt.Println(err)
		return
	}
	i, _ := f.BiggestLeak()
	s := f.Steps[i]
	fmt.Printf("biggest leak: %s, %.1f%% of the previous step converts, %d users lost\n", s.Event, 100*s.StepConversion, s.DropOff)
	fmt.Printf("overall: %.1f%%\n", 100*f.Steps[len(f.Steps)-1].Conversion)
	// Output:
	// biggest leak: signup, 12.0% of the previous step converts, 8800 users lost
	// overall: 1.5%
}
