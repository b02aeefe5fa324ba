// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package goaltext

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// ref is a Wednesday: the relative deadlines below were resolved by hand
// against it.
var ref = time.Date(2026, 11, 25, 15, 0, 0, 0, time.UTC)

// parts is the subset of Goal a case checks, with the deadline as a date.
type parts struct {
	Metric, Audience string
	Dir              Direction
	Baseline, Target *float64
	Change           float64
	Kind             ChangeKind
	Unit             string
	Deadline         string
}

func f(v float64) *float64 { return &v }

func partsOf(g Goal) parts {
	p := parts{Metric: g.Metric, Audience: g.Audience, Dir: g.Dir, Change: g.Change, Kind: g.ChangeKind, Unit: g.Unit}
	if g.HasBaseline {
		p.Baseline = f(g.Baseline)
	}
	if g.HasTarget {
		p.Target = f(g.Target)
	}
	if g.HasDeadline {
		p.Deadline = g.Deadline.Format(time.DateOnly)
	}
	return p
}

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		why  string
		want parts
	}{
		{"三个月内将新用户次日留存率从30%提升到40%", "the issue's example: span, audience, from–to",
			parts{Metric: "新用户次日留存率", Audience: "新用户", Dir: Up, Baseline: f(30), Target: f(40), Unit: "%", Deadline: "2027-02-25"}},
		{"Grow weekly active users by 15% before the end of Q3 2027", "the issue's English example: relative change, quarter",
			parts{Metric: "weekly active users", Dir: Up, Change: 0.15, Kind: Relative, Deadline: "2027-09-30"}},
		{"提升用户满意度", "the issue's vague example: a metric and nothing else",
			parts{Metric: "用户满意度", Dir: Up}},
		{"年底前把DAU提升到100万", "年底前 and 万",
			parts{Metric: "DAU", Dir: Up, Target: f(1e6), Deadline: "2026-12-31"}},
		{"Q3前GMV翻一番", "a quarter without a year that has passed means next year's; 翻一番 doubles",
			parts{Metric: "GMV", Dir: Up, Change: 1, Kind: Relative, Deadline: "2027-09-30"}},
		{"下个月复购率提升两成", "两成 is 20%; next month ends on its last day",
			parts{Metric: "复购率", Dir: Up, Change: 0.2, Kind: Relative, Deadline: "2026-12-31"}},
		{"半年内客诉率降低百分之二十", "百分之二十 and a fall",
			parts{Metric: "客诉率", Dir: Down, Change: -0.2, Kind: Relative, Deadline: "2027-05-25"}},
		{"Reduce churn rate from 8% to 5% within 6 weeks", "an English from–to fall",
			parts{Metric: "churn rate", Dir: Down, Baseline: f(8), Target: f(5), Unit: "%", Deadline: "2027-01-06"}},
		{"Increase D7 retention to 25% by next month", "a target with 'to'",
			parts{Metric: "D7 retention", Dir: Up, Target: f(25), Unit: "%", Deadline: "2026-12-31"}},
		{"Double MAU by 2027", "double, and a bare year",
			parts{Metric: "MAU", Dir: Up, Change: 1, Kind: Relative, Deadline: "2027-12-31"}},
		{"2027年6月30日前将NPS提升至50分", "a Chinese date and a score",
			parts{Metric: "NPS", Dir: Up, Target: f(50), Unit: "分", Deadline: "2027-06-30"}},
		{"提升付费转化率5个百分点", "percentage points are an absolute change (百分点 is no numeral)",
			parts{Metric: "付费转化率", Dir: Up, Change: 5, Kind: Absolute, Unit: "%"}},
		{"reach 10,000 paying users by June 30, 2027", "thousands separator, metric after the number",
			parts{Metric: "paying users", Dir: Up, Target: f(10000), Deadline: "2027-06-30"}},
		{"Cut CAC by $5 this quarter", "a currency change and the current quarter",
			parts{Metric: "CAC", Dir: Down, Change: -5, Kind: Absolute, Unit: "$", Deadline: "2026-12-31"}},
		{"本季度末前，社群活跃度提高到３０％", "full-width digits and percent sign",
			parts{Metric: "社群活跃度", Dir: Up, Target: f(30), Unit: "%", Deadline: "2026-12-31"}},
		{"將用戶留存率提升到40%", "Traditional Chinese: the metric keeps the writer's script",
			parts{Metric: "用戶留存率", Dir: Up, Target: f(40), Unit: "%"}},
		{"两周内将投诉率控制在1%以内", "控制在 … 以内 is a bound",
			parts{Metric: "投诉率", Dir: Hold, Target: f(1), Unit: "%", Deadline: "2026-12-09"}},
		{"In the next 90 days, lift activation rate from 20% to 30%", "a span in days, deadline first",
			parts{Metric: "activation rate", Dir: Up, Baseline: f(20), Target: f(30), Unit: "%", Deadline: "2027-02-23"}},
		{"到2027年底，私域GMV突破1.5亿元", "亿 with a currency",
			parts{Metric: "私域GMV", Dir: Up, Target: f(1.5e8), Unit: "元", Deadline: "2027-12-31"}},
		{"Improve NPS to 45 by H1 2027", "a half year",
			parts{Metric: "NPS", Dir: Up, Target: f(45), Deadline: "2027-06-30"}},
		{"Get DAU/MAU stickiness above 0.25 by end of next quarter", "a ratio target and next quarter",
			parts{Metric: "DAU/MAU stickiness", Dir: Up, Target: f(0.25), Deadline: "2027-03-31"}},
		{"下周前将首响时长缩短到30秒", "next week ends on Sunday",
			parts{Metric: "首响时长", Dir: Down, Target: f(30), Unit: "秒", Deadline: "2026-12-06"}},
		{"Raise average order value from $40 to $48 by March 31, 2027", "currency before the number",
			parts{Metric: "average order value", Dir: Up, Baseline: f(40), Target: f(48), Unit: "$", Deadline: "2027-03-31"}},
		{"用户数增长15%", "a change right after the verb, no deadline",
			parts{Metric: "用户数", Dir: Up, Change: 0.15, Kind: Relative}},
		{"Within 6 weeks, boost engagement rate by 3 percentage points", "points in English",
			parts{Metric: "engagement rate", Dir: Up, Change: 3, Kind: Absolute, Unit: "%", Deadline: "2027-01-06"}},
		{"明年上半年GMV做到2000万", "明年上半年",
			parts{Metric: "GMV", Dir: Up, Target: f(2e7), Deadline: "2027-06-30"}},
		{"Keep churn below 3% this year", "keep … below is a bound",
			parts{Metric: "churn", Dir: Hold, Target: f(3), Unit: "%", Deadline: "2026-12-31"}},
		{"３个月内ＤＡＵ达到１０万", "full-width everything",
			parts{Metric: "ＤＡＵ", Dir: Up, Target: f(1e5), Deadline: "2027-02-25"}},
		{"11月底前完成", "a month that has not ended yet is this year's",
			parts{Deadline: "2026-11-30"}},
		{"by Q1, grow revenue per user by 10%", "a bare quarter ahead",
			parts{Metric: "revenue per user", Dir: Up, Change: 0.1, Kind: Relative, Deadline: "2027-03-31"}},
		{"提升GMV三倍", "提升N倍 adds N times the baseline",
			parts{Metric: "GMV", Dir: Up, Change: 3, Kind: Relative}},
		{"GMV提升到3倍", "提升到N倍 makes it N times the baseline",
			parts{Metric: "GMV", Dir: Up, Change: 2, Kind: Relative}},
		{"9月底前实现GMV同比增长30%", "同比 qualifies the change, not the metric",
			parts{Metric: "GMV", Dir: Up, Change: 0.3, Kind: Relative, Deadline: "2027-09-30"}},
		{"Q4结束前将ARPU从25元提升至30元", "结束前 after a quarter; yuan on both numbers",
			parts{Metric: "ARPU", Dir: Up, Baseline: f(25), Target: f(30), Unit: "元", Deadline: "2026-12-31"}},
		{"本月内将工单SLA达成率保持在98%以上", "the 达成 of 达成率 is part of the metric, not a verb",
			parts{Metric: "工单SLA达成率", Dir: Hold, Target: f(98), Unit: "%", Deadline: "2026-11-30"}},
		{"到明年3月，社群月活跃会员数增长50%", "a month of next year",
			parts{Metric: "社群月活跃会员数", Dir: Up, Change: 0.5, Kind: Relative, Deadline: "2027-03-31"}},
		{"到3月份付费率达到5%", "a month without a year is the coming one",
			parts{Metric: "付费率", Dir: Up, Target: f(5), Unit: "%", Deadline: "2027-03-31"}},
		{"Lower CAC to under $20 by EOY", "under a currency amount, end of year",
			parts{Metric: "CAC", Dir: Down, Target: f(20), Unit: "$", Deadline: "2026-12-31"}},
		{"Hit 1M MAU by December", "M for million, a month name",
			parts{Metric: "MAU", Dir: Up, Target: f(1e6), Deadline: "2026-12-31"}},
		{"Achieve an NPS of 60 by Q4 2027", "'of' before the target",
			parts{Metric: "NPS", Dir: Up, Target: f(60), Deadline: "2027-12-31"}},
		{"", "empty text", parts{}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, partsOf(Parse(tt.in, ref))); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.why, diff)
			}
		})
	}
}
