// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"encoding/json"
	"time"
)

type goalCheckJSON struct {
	Goal       string                `json:"goal"`
	Metric     *string               `json:"metric"`
	Audience   *string               `json:"audience"`
	Direction  *string               `json:"direction"`
	Baseline   *float64              `json:"baseline"`
	Target     *float64              `json:"target"`
	Change     *float64              `json:"change"`
	ChangeKind *string               `json:"change_kind"`
	Unit       *string               `json:"unit"`
	Deadline   *string               `json:"deadline"`
	KPI        *string               `json:"kpi"`
	Area       *string               `json:"area"`
	Criteria   map[string]bool       `json:"criteria"`
	Reasons    map[string]reasonJSON `json:"reasons"`
	Missing    []string              `json:"missing"`
	Vague      bool                  `json:"vague"`
}

type reasonJSON struct {
	En string `json:"en"`
	Zh string `json:"zh"`
}

func ptr[T any](v T, ok bool) *T {
	if !ok {
		return nil
	}
	return &v
}

// MarshalJSON encodes the check as one object:
//
//	{"goal":"三个月内将新用户次日留存率从30%提升到40%","metric":"新用户次日留存率",
//	 "audience":"新用户","direction":"higher","baseline":30,"target":40,"change":null,
//	 "change_kind":null,"unit":"%","deadline":"2027-02-25","kpi":"retention-rate","area":null,
//	 "criteria":{"specific":true,"measurable":true,"achievable":true,"relevant":true,"time_bound":true},
//	 "reasons":{"specific":{"en":"...","zh":"..."},...},"missing":[],"vague":false}
//
// Parts the goal does not state are null; missing names the criteria that
// fail.
func (gc GoalCheck) MarshalJSON() ([]byte, error) {
	g := gc.Goal
	out := goalCheckJSON{
		Goal:       g.Text,
		Metric:     ptr(g.Metric, g.Metric != ""),
		Audience:   ptr(g.Audience, g.Audience != ""),
		Direction:  ptr(g.Direction.String(), g.Direction != 0),
		Baseline:   ptr(g.Baseline, g.HasBaseline),
		Target:     ptr(g.Target, g.HasTarget),
		Change:     ptr(g.Change, g.ChangeKind != 0),
		ChangeKind: ptr(g.ChangeKind.String(), g.ChangeKind != 0),
		Unit:       ptr(g.Unit, g.Unit != ""),
		Deadline:   ptr(g.Deadline.Format(time.DateOnly), !g.Deadline.IsZero()),
		KPI:        ptr(string(g.KPI), g.KPI != ""),
		Area:       ptr(string(g.Area), g.Area != ""),
		Criteria:   make(map[string]bool, 5),
		Reasons:    make(map[string]reasonJSON, 5),
		Missing:    []string{},
		Vague:      gc.Vague(),
	}
	for _, v := range gc.Verdicts {
		key := v.Criterion.String()
		out.Criteria[key] = v.OK
		out.Reasons[key] = reasonJSON{En: v.reason[0], Zh: v.reason[1]}
		if !v.OK {
			out.Missing = append(out.Missing, key)
		}
	}
	return json.Marshal(out)
}
