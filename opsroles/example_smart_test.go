// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles_test

import (
	"fmt"
	"os"
	"time"

	"github.com/rolemodels/ops/opsroles"
	"golang.org/x/text/language"
)

func ExampleCatalog_AnalyzeGoal() {
	today := time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)
	c := opsroles.Default()
	check := c.AnalyzeGoal("三个月内将新用户次日留存率从30%提升到40%", today)
	g := check.Goal
	fmt.Println(g.Metric, g.Audience, g.Baseline, g.Target, g.Unit, g.Deadline.Format(time.DateOnly), g.KPI)
	fmt.Println(check.Verdict(opsroles.Achievable).Reason(language.English))

	vague := c.AnalyzeGoal("提升用户满意度", today)
	fmt.Println(vague.Vague(), vague.Missing())
	// Output:
	// 新用户次日留存率 新用户 30 40 % 2027-02-25 retention-rate
	// a change of +33.3% is within the 100% sanity bound
	// true [measurable achievable time_bound]
}

func ExampleCatalog_CheckGoal() {
	today := time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)
	goal := opsroles.Goal{
		Metric: "churn rate", KPI: opsroles.ChurnRate, Direction: opsroles.LowerIsBetter,
		Baseline: 8, HasBaseline: true, Target: 2, HasTarget: true, Unit: "%",
		Deadline: time.Date(2027, 3, 31, 0, 0, 0, 0, time.UTC),
	}
	// A 75% cut passes a 100% bound but not a 50% one: it is flagged.
	check := opsroles.Default().CheckGoal(goal, today, opsroles.WithMaxChange(0.5))
	for _, v := range check.Verdicts {
		fmt.Printf("%-12s %-5v %s\n", v.Criterion.Name(language.English), v.OK, v.Reason(language.SimplifiedChinese))
	}
	// Output:
	// specific     true  指明了指标“churn rate”
	// measurable   true  目标值2%
	// achievable   false 变化幅度-75%超过了50%的合理性上限，请对照历史数据复核
	// relevant     true  对应关键指标“流失率”（churn-rate）
	// time-bound   true  截止时间2027-03-31，还有126天
}

func ExampleGoalCheck_WriteText() {
	today := time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)
	check := opsroles.Default().AnalyzeGoal("Grow podcast downloads by 15% before the end of Q3 2027", today)
	check.WriteText(os.Stdout, language.English)
	// Output:
	// Goal: Grow podcast downloads by 15% before the end of Q3 2027
	//   Metric: podcast downloads
	//   Change: +15%
	//   Deadline: 2027-09-30
	//   ✓ specific: names the metric "podcast downloads"
	//   ✓ measurable: change of +15%
	//   ✓ achievable: a change of +15% is within the 100% sanity bound
	//   ✗ relevant: "podcast downloads" is not a KPI of the catalog and no area is linked
	//   ✓ time-bound: deadline 2027-09-30, 309 days away
	//   Clear, but check relevant
}
