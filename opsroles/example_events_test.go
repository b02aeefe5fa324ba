// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles_test

import (
	"fmt"
	"strings"

	"github.com/rolemodels/ops/opsroles"
)

func ExampleReadEvents() {
	events := `user_id,event,timestamp
u1,signup,2026-01-01T09:00:00+08:00
u1,view,1767229500
u2,signup,yesterday
u2,view,2026-01-01T10:00:00Z
`
	_, err := opsroles.ReadEvents(strings.NewReader(events))
	fmt.Println(err)

	log, err := opsroles.ReadEvents(strings.NewReader(events), opsroles.SkipBadRows())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(log.Len(), "events of", log.Users(), "users; skipped", log.Skipped().Count)
	for e := range log.All() {
		fmt.Println(e.User, e.Name, e.Time.Format("2006-01-02 15:04"))
	}
	// Output:
	// opsroles: events: line 4, field 3: timestamp is neither RFC 3339 nor Unix seconds
	// 3 events of 2 users; skipped 1
	// u1 signup 2026-01-01 01:00
	// u1 view 2026-01-01 01:05
	// u2 view 2026-01-01 10:00
}
