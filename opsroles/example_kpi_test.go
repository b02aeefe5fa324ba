// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles_test

import (
	"fmt"

	"github.com/rolemodels/ops/opsroles"
	"golang.org/x/text/language"
)

func ExampleAttainment() {
	retention, _ := opsroles.Attainment(opsroles.HigherIsBetter, 36, 40) // 36% against a 40% target
	churn, _ := opsroles.Attainment(opsroles.LowerIsBetter, 4, 5)        // 4% churn against at most 5%
	pace, _ := opsroles.BandAttainment(1.2, 0.9, 1.1)                    // spend pace 1.2, band 0.9–1.1
	var th opsroles.Thresholds                                           // on track ≥ 95%, at risk ≥ 80%
	fmt.Printf("%.2f %v\n%.2f %v\n%.2f %v\n", retention, th.Status(retention), churn, th.Status(churn), pace, th.Status(pace))
	// Output:
	// 0.90 at risk
	// 1.25 on track
	// 0.91 at risk
}

func ExampleCatalog_Scorecard() {
	c := opsroles.Default()
	sc, err := c.Scorecard([]opsroles.ScoreEntry{
		{KPI: opsroles.RetentionRate, Actual: 36, Target: 40, Weight: 2},
		{KPI: opsroles.ChurnRate, Actual: 6, Target: 5, Weight: 1},
		{KPI: opsroles.GMV, Actual: 1.2e6, Target: 1e6, Weight: 1},
	}, opsroles.Thresholds{OnTrack: 1, AtRisk: 0.9})
	if err != nil {
		fmt.Println(err)
		return
	}
	zh := language.SimplifiedChinese
	for _, r := range sc.Rows {
		fmt.Printf("%s\t%.2f\t%.0f%%\t%s\n", r.Indicator.Label().Name(zh), r.Attainment, 100*r.Share, r.Status.Name(zh))
	}
	fmt.Printf("score %.3f, %v\n", sc.Score, sc.Status)
	// Output:
	// 留存率	0.90	50%	有风险
	// 流失率	0.83	25%	落后
	// 商品交易总额	1.20	25%	正常
	// score 0.958, at risk
}
