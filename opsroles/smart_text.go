// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"fmt"
	"io"
	"strings"
	"time"

	"golang.org/x/text/language"
)

// goalWords label the parts of a goal in WriteText.
var goalWords = map[string]Label{
	"goal":     {names: [3]string{"Goal", "目标", "目標"}},
	"metric":   {names: [3]string{"Metric", "指标", "指標"}},
	"audience": {names: [3]string{"For", "对象", "對象"}},
	"baseline": {names: [3]string{"Baseline", "基线", "基線"}},
	"target":   {names: [3]string{"Target", "目标值", "目標值"}},
	"change":   {names: [3]string{"Change", "变化", "變化"}},
	"deadline": {names: [3]string{"Deadline", "截止", "截止"}},
	"kpi":      {names: [3]string{"KPI", "关键指标", "關鍵指標"}},
	"vague":    {names: [3]string{"Vague: missing", "目标模糊，缺少", "目標模糊，缺少"}},
	"ok":       {names: [3]string{"SMART: all five criteria met", "符合SMART五项标准", "符合SMART五項標準"}},
	"flagged":  {names: [3]string{"Clear, but check", "目标清楚，但需复核", "目標清楚，但需複核"}},
}

// WriteText writes the check for a person: the goal's parts, one line per
// criterion with a mark and the reason, and a closing verdict, in the
// language that best serves t (Chinese reasons for any Chinese tag).
func (gc GoalCheck) WriteText(w io.Writer, t language.Tag) error {
	var b strings.Builder
	g := gc.Goal
	word := func(k string) string { return goalWords[k].Name(t) }
	line := func(k, v string) { fmt.Fprintf(&b, "  %s: %s\n", word(k), v) }
	fmt.Fprintf(&b, "%s: %s\n", word("goal"), g.Text)
	if g.Metric != "" {
		line("metric", g.Metric)
	}
	if g.Audience != "" {
		line("audience", g.Audience)
	}
	if g.HasBaseline {
		line("baseline", quantityText(g.Baseline, g.Unit))
	}
	if g.HasTarget {
		line("target", quantityText(g.Target, g.Unit))
	}
	if g.ChangeKind != 0 {
		line("change", changeText(g))
	}
	if !g.Deadline.IsZero() {
		line("deadline", g.Deadline.Format(time.DateOnly))
	}
	if g.KPI != "" {
		line("kpi", string(g.KPI))
	}
	for _, v := range gc.Verdicts {
		mark := "✓"
		if !v.OK {
			mark = "✗"
		}
		fmt.Fprintf(&b, "  %s %s: %s\n", mark, v.Criterion.Name(t), v.Reason(t))
	}
	var names []string
	for _, c := range gc.Missing() {
		names = append(names, c.Name(t))
	}
	sep := ", "
	if langIndex(t) != langEn {
		sep = "、"
	}
	switch {
	case len(names) == 0:
		fmt.Fprintf(&b, "  %s\n", word("ok"))
	case gc.Vague():
		fmt.Fprintf(&b, "  %s %s\n", word("vague"), strings.Join(names, sep))
	default:
		fmt.Fprintf(&b, "  %s %s\n", word("flagged"), strings.Join(names, sep))
	}
	_, err := io.WriteString(w, b.String())
	return err
}
