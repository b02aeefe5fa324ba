// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"bytes"
	"encoding/json"
	"testing"

	"golang.org/x/text/language"
)

// goldenGoals are goals as operations people write them, in both
// languages; their analyses are kept in golden files so that a change to
// the analyser shows up in review.
var goldenGoals = []string{
	"三个月内将新用户次日留存率从30%提升到40%",
	"Grow weekly active users by 15% before the end of Q3 2027",
	"提升用户满意度",
	"年底前把DAU提升到100万",
	"Q3前GMV翻一番",
	"下个月复购率提升两成",
	"半年内客诉率降低百分之二十",
	"Reduce churn rate from 8% to 5% within 6 weeks",
	"Increase D7 retention to 25% by next month",
	"Double MAU by 2027",
	"2027年6月30日前将NPS提升至50分",
	"提升付费转化率5个百分点",
	"Reach 10,000 paying users by June 30, 2027",
	"Cut CAC by $5 this quarter",
	"本季度末前，社群活跃度提高到３０％",
	"兩週內將用戶留存率提升到40%",
	"两周内将投诉率控制在1%以内",
	"In the next 90 days, lift activation rate from 20% to 30%",
	"到2027年底，私域GMV突破1.5亿元",
	"Improve NPS to 45 by H1 2027",
	"明年上半年GMV做到2000万",
	"Keep churn below 3% this year",
	"３个月内ＤＡＵ达到１０万",
	"提升业绩",
	"make things better",
	"将留存率从40%提升到30%",
	"Raise CSAT to 120% by March",
	"下个月把APP的CVR提升到5%",
	"9月底前实现GMV同比增长30%",
	"本月内将工单SLA达成率保持在98%以上",
	"到明年3月，社群月活跃会员数增长50%",
	"Lower CAC to under $20 by EOY",
	"Achieve an NPS of 60 by Q4 2027",
	"Boost 30-day retention by 5 points by the end of the year",
}

func TestGoalsGolden(t *testing.T) {
	c := Default()
	var js, zh, en bytes.Buffer
	enc := json.NewEncoder(&js)
	enc.SetEscapeHTML(false)
	for _, g := range goldenGoals {
		gc := c.AnalyzeGoal(g, goalRef)
		if err := enc.Encode(gc); err != nil {
			t.Fatal(err)
		}
		for _, out := range []struct {
			buf *bytes.Buffer
			tag language.Tag
		}{{&zh, language.SimplifiedChinese}, {&en, language.English}} {
			if err := gc.WriteText(out.buf, out.tag); err != nil {
				t.Fatal(err)
			}
			out.buf.WriteString("\n")
		}
	}
	checkGolden(t, "smart/goals.jsonl", js.Bytes())
	checkGolden(t, "smart/goals.zh.txt", zh.Bytes())
	checkGolden(t, "smart/goals.en.txt", en.Bytes())
}
