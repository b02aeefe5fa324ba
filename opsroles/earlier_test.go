// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"math"
	"strings"
	"testing"
)

// TestEarlierJobs checks where a resume's earlier jobs are found to start.
func TestEarlierJobs(t *testing.T) {
	m := NewMatcher(Default())
	tests := []struct {
		name, text string
		want       string // the line the earlier jobs start at, or "" for none
	}{
		{"latest first, in Chinese", "张三\n\n工作经历\n2021.03 - 至今  某公司  社群运营\n- 负责社群\n2018.07 - 2021.02  某电商  电商运营\n- 负责店铺\n", "2018.07 - 2021.02  某电商  电商运营"},
		{"latest first, in English", "Jane Doe\n\nExperience\nCommunity Manager, Acme | Jan 2021 – Present\n- Ran the forum\nE-commerce Manager, Shopco | Mar 2018 – Dec 2020\n- Ran the store\n", "E-commerce Manager, Shopco | Mar 2018 – Dec 2020"},
		{"dates on lines of their own", "Jane Doe\n\nWork Experience\n2022 - now\nAcme\nCommunity Manager\n2019 - 2022\nShopco\nE-commerce Manager\n", "2019 - 2022"},
		{"an emoji before the heading", "张三\n\n### 💼 工作经历\n**数据运营专员** ｜ 2022.06 – 至今\n- 负责报表\n**数据录入文员** ｜ 2020.09 – 2022.05\n- 负责录入\n", "**数据录入文员** ｜ 2020.09 – 2022.05"},
		{"an emoji joined by a zero-width joiner", "张三\n\n### 👩\u200d💼 工作经历\n**数据运营专员** ｜ 2022.06 – 至今\n- 负责报表\n**数据录入文员** ｜ 2020.09 – 2022.05\n- 负责录入\n", "**数据录入文员** ｜ 2020.09 – 2022.05"},
		{"each job dated on the line under it", "Pieter-Jan\n\n## Werkervaring\n\n### Sales Operations Analist — Floorex\n*09/2022 – heden*\n- Salesforce\n\n### Junior Data Analist — Lindemans\n*07/2020 – 08/2022*\n- Power BI\n", "### Junior Data Analist — Lindemans"},
		{"dated under it, months by name", "Jane Doe\n\nExperience\nRevenue Operations Analyst, Kestrel\nSep 2022 – Present\n- Pipeline\nSales Development Rep, Boxwood\nMar 2019 – Aug 2022\n- Calls\n", "Sales Development Rep, Boxwood"},
		{"each job dated on the line over it", "Sabine\n\nBerufserfahrung\n**08/2016 – heute**\nTeamleiterin Planung\n- Dienstpläne\n**03/2012 – 07/2016**\nSachbearbeiterin\n", "**03/2012 – 07/2016**"},
		{"the oldest job first", "张三\n\n工作经历\n2016.07 - 2018.02  某电商  电商运营\n2018.03 - 至今  某公司  社群运营\n", ""},
		{"one job", "张三\n\n工作经历\n2021.03 - 至今  某公司  社群运营\n- 2023年负责社群\n", ""},
		{"no experience heading", "张三\n2021.03 - 至今  某公司  社群运营\n2018.07 - 2021.02  某电商  电商运营\n", ""},
		{"a year is no range", "张三\n\n工作经历\n2021.03 - 至今  某公司  社群运营\n- 2023年双11活动\n- 20230号项目\n", ""},
	}
	var r Result
	for _, tt := range tests {
		m.MatchInto(&r, []byte(tt.text))
		got := r.earlier
		switch {
		case tt.want == "" && got != -1:
			t.Errorf("%s: earlier jobs at %d (%q), want none", tt.name, got, tt.text[got:])
		case tt.want != "" && (got < 0 || !strings.HasPrefix(tt.text[got:], tt.want)):
			t.Errorf("%s: earlier jobs at %d, want at %q", tt.name, got, tt.want)
		}
	}
}

// TestEarlierJobsWeight checks that a term under a resume's earlier job
// weighs earlierWeight of what it weighs under the latest one.
func TestEarlierJobsWeight(t *testing.T) {
	m := NewMatcher(Default(), WithThreshold(0.01))
	const head = "张三\n\n工作经历\n2021.03 - 至今  某公司  运营专员\n"
	const middle = "2018.07 - 2021.02  某公司  运营专员\n"
	latest := m.MatchString(head + "- 负责天猫店铺运营\n" + middle + "- 负责日常工作\n")
	earlier := m.MatchString(head + "- 负责日常工作\n" + middle + "- 负责天猫店铺运营\n")
	l, e := termWeight(latest, "ecommerce-ops", "天猫店铺运营"), termWeight(earlier, "ecommerce-ops", "天猫店铺运营")
	if l == 0 || math.Abs(e-earlierWeight*l) > 1e-9 {
		t.Errorf("天猫店铺运营 weighs %.4f under the latest job and %.4f under an earlier one; want the second %.2f of the first", l, e, earlierWeight)
	}
}

// TestNewestJob checks that a resume whose sought job is operations work
// but whose newest job is the front line's or a craft's names no area by
// its title (see newestJobIsOther), and that a newest job of operations, an
// employer's name, a longer job or an engineer's keep the title's area.
// newestCase is a row of TestNewestJob: the lines that name a resume's
// newest job, and the area its title keeps.
type newestCase struct {
	newest string // the first lines under the experience heading
	area   string // the title's area: "" when the newest job is another profession's
}

func TestNewestJob(t *testing.T) {
	m := NewMatcher(Default())
	// check matches head, each row's lines and tail, and compares the
	// title's area.
	check := func(head, tail string, tests []newestCase) {
		t.Helper()
		for _, tt := range tests {
			r := m.MatchString(head + tt.newest + tail)
			if got := string(r.Title.Area); got != tt.area {
				t.Errorf("newest job %q: title area %q, want %q", tt.newest, got, tt.area)
			}
		}
	}
	check("张三\n求职意向：直播运营\n\n工作经历\n", "\n- 负责直播间的日常工作\n", []newestCase{
		{"2022.05 至今　某电商公司　带货主播（直播运营部）", ""},
		{"2021.03 - 至今  某传媒公司  短视频剪辑", ""},
		{"2021.03 - 至今  某科技公司  电话客服", ""},
		{"2022.05 至今　某电商公司　直播运营专员", "livestream-ops"},
		{"2022.05 至今　某某汽车销售服务有限公司", "livestream-ops"}, // the employer's name
		{"2022.05 至今　某传媒公司　高级主播经纪", "livestream-ops"}, // an agent of hosts
		{"电话客服专员 / 2020.09 - 至今", ""},                 // the job before its dates
		{"2019.07 - 至今    某外语培训学校    少儿英语教师", ""},
		{"2021.07 - 至今\n某电子商务有限公司\n客服专员（电商运营部）", ""},            // the job on a line after
		{"客服组长 | 2022.03-2024.06", "livestream-ops"},            // the agents' lead
		{"寿光某农业科技有限公司    带货主播\n2022.05-2025.09", ""},            // the employer, the job, then the dates
		{"【2019.08 – 至今】绵阳某汽车销售服务有限公司（4S店）\n销售顾问 → 高级销售顾问", ""}, // the employer beside the dates
		{"2017.07 – 至今　遵义市某三甲医院　内分泌科　护师", ""},
		{"某玩具有限公司\n电商运营部 · 仓储组\n仓库管理员（仓管）\n2020.03 - 至今", ""}, // the department, then the job
		{"某商场 · 某运动品牌（加盟店）\n导购/店员\n2021.03 - 2024.09", ""},    // the job on a line before its dates
		{"2017年9月——2024年7月　某公立初级中学\n岗位：初中语文教师 / 班主任", ""},     // a level word in the school's name, a label before the job
		{"**某三甲医院　内分泌科　责任护士（护师）**\n2017.07 — 至今", ""},
		{"2022/11 ~ 仍在職\n某衣著 屏東太平洋門市（服飾連鎖）\n門市人員（正職）", ""},                    // Taiwan's word for now, the shop's line before the job
		{"2024.03-至今 | 某某呼叫服务有限公司 | 呼叫中心话务员 | 4000-6000元/月", ""},              // a call centre's agent, in a field between the employer and the pay
		{"2024.03-至今 | 某某网络科技有限公司 | 社群运营专员 | 6000-8000元/月", "livestream-ops"}, // an operations job there keeps the title's area
		{"**拾光整合行銷有限公司** ｜ 社群行銷部 美編設計\n2022/05 – 現在", ""},                     // the employer and the job before the dates, the department before the job
	})
	check("Jane Doe\nTarget role: Community Coordinator\n\nExperience\n", "\n- Ran the weekly events for members\n", []newestCase{
		{"Head Barista - Ironbark & Oat Coffee Co., West End    2021 - now", ""},
		{"**Sales Associate & Key Holder** — Ridgeline Sports, Columbus, OH", ""},
		{"### Bookkeeper — Mlazi Coastal Accounting Services, Durban North", ""},
		{"**Order Picker / Material Handler** — NorthBay Distribution Centre, Mississauga, ON", ""}, // the first of two jobs names the main one
		{"Warehouse Operative (Picker/Packer) - Shannonside Distribution Ltd - 2019 to now", ""},    // the kind in brackets
		{"**Call Centre Agent (Claims Registration)** — Sentinel Shield Insurance · *Feb 2022 – present*", ""},
		{"### Secondary School Teacher III — Matina Crossing National High School", ""}, // a grade after the noun
		{"Community Coordinator - Ironbark & Oat Coffee Co.    2021 - now", "community-ops"},
		{"Loomgrid Software, Inc. - Austin, TX", "community-ops"},                                // the employer first
		{"### Senior Software Engineer — Pallet & Pine", "community-ops"},                        // an engineer may do part of the work
		{"Customer Support Team Lead, Tier 1 | Fernleaf Home | 2021 - present", "community-ops"}, // the centre's lead
	})
	// A heading drawn between rules, longer than a heading but for them.
	if r := m.MatchString("张三\n求职意向：直播运营\n\n━━━━━━━━ 工作经历 ━━━━━━━━\n\n2021.03 - 至今  某科技公司  电话客服\n"); r.Title.Area != "" {
		t.Errorf("an agent under a ruled heading: title area %q, want none", r.Title.Area)
	}
	// A career changer may head the old trade's jobs with its name.
	r := m.MatchString("Jane Doe\nTarget role: Community Coordinator\n\n## Teaching Experience\n\n**Classroom Teacher, Grade 5/6** — Des Pins Gris School\n- Ran the weekly events for members\n")
	if r.Title.Area != "" {
		t.Errorf("a teacher under Teaching Experience: title area %q, want none", r.Title.Area)
	}
	// A candidate who says that they change careers is the job they
	// seek, whatever the newest job.
	check("張雅婷\n希望職務：電商營運專員（轉職中）\n\n工作經歷\n", "\n・負責應收應付帳款與月結\n", []newestCase{
		{"鼎泰機械股份有限公司｜會計專員｜2020/03～至今", "ecommerce-ops"},
	})
	check("Jane Doe\nTarget role: Community Coordinator (career change)\n\nExperience\n", "\n- Ran the weekly events for members\n", []newestCase{
		{"### Bookkeeper — Mlazi Coastal Accounting Services, Durban North", "community-ops"},
	})
	// A German CV dates its jobs first, open ranges up to "heute" or
	// from "seit".
	check("Lena Fischer\nWunschposition: Community Managerin\n\nBerufserfahrung\n\n", "\n- Betreuung der Instagram-Seite und der Community\n\n09/2018 – 02/2021   Ausbildung\n", []newestCase{
		{"03/2021 – heute   Verkäuferin, Modehaus Krämer GmbH, Kassel", ""},
		{"seit 03/2021 | Erzieherin | Kita Sonnenschein, Bremen", ""},
		{"**seit 10/2019** · **Kundenberater Inbound (Callcenter)**", ""},         // the noun first, its field after
		{"seit 09/2020 · Mediengestalter Digital und Print", ""},                  // and in German, the field after the noun
		{"**08/2016 – heute**\n**Gymnasiallehrerin Deutsch und Geschichte**", ""}, // the dates on a line of their own
		{"03/2018 – heute   Fachkraft für Lagerlogistik", ""},                     // the stockroom's trained hand
		{"03/2021 – heute   Community Managerin, Modehaus Krämer GmbH, Kassel", "community-ops"},
	})
}

func TestRangeSpan(t *testing.T) {
	tests := []struct {
		line  string
		year  int
		dates string // the range as the line writes it
	}{
		{"2021.03 - 至今  某电商公司  运营专员", 2021, "2021.03 - 至今"},
		{"Mar 2018 – Dec 2020 | Acme", 2018, "2018 – Dec 2020"},
		{"03/2021 – heute   Verkäuferin", 2021, "2021 – heute"},
		{"seit 03/2022 Teamleiterin", 2022, "seit 03/2022"},
		{"Seit 2019: Projektkoordinator", 2019, "Seit 2019"},
		{"Gegründet 2019, 40 Mitarbeiter", -1, ""},
	}
	for _, tt := range tests {
		year, a, b := rangeSpan([]byte(tt.line))
		var dates string
		if a >= 0 {
			dates = tt.line[a:b]
		}
		if year != tt.year || dates != tt.dates {
			t.Errorf("rangeSpan(%q) = %d, %q; want %d, %q", tt.line, year, dates, tt.year, tt.dates)
		}
	}
}
