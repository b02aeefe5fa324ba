// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/rolemodels/ops/opsroles/internal/automaton"
)

func TestBoilerplate(t *testing.T) {
	long := "公司简介\n" + strings.Repeat("我们是一家公司。\n", 25) + "岗位要求很高"
	filler := strings.Repeat("负责社群拉新与活跃，", 12) // a long line's worth
	tests := []struct {
		name string
		text string
		want []string // the boilerplate, in order
	}{
		{"a posting on one line: a label after a space heads the text up to the next job heading",
			"仓库文员 4-6K 公司简介：我们是社区新零售企业，专注私域运营。岗位职责：" + filler,
			[]string{"我们是社区新零售企业，专注私域运营。"}},
		{"a label at the start of a long line: its text ends at a job heading",
			"公司简介：我们专注品牌营销。Responsibilities: " + filler,
			[]string{"我们专注品牌营销。"}},
		{"at most maxInlineBytes of a long line",
			"公司简介：" + strings.Repeat("我们是一家公司。", 100),
			[]string{string([]rune(strings.Repeat("我们是一家公司。", 100))[:maxInlineBytes/3])}},
		{"a label inside a sentence of a long line heads nothing",
			filler + "我们提供：" + filler, nil},
		{"a label in a short line, no colon after it", "运营\n关于我们 福利待遇 五险一金", nil},
		{"a label with its text on the line", "运营专员\n公司简介：我们专注品牌营销。\n岗位职责：负责社群。",
			[]string{"我们专注品牌营销。"}},
		{"a heading, then a paragraph up to a blank line", "运营专员\n\n公司简介\n我们专注品牌营销，\n服务数百家品牌。\n\n负责社群运营。",
			[]string{"我们专注品牌营销，\n服务数百家品牌。"}},
		{"a job heading ends it without a blank line", "Ops Lead\nAbout us\nWe build software for retailers.\nWhat you'll do\n- Own the pipeline.",
			[]string{"We build software for retailers."}},
		{"a bracketed heading and a list", "运营\n【福利待遇】\n五险一金\n带薪年假\n【任职要求】\n本科",
			[]string{"五险一金\n带薪年假"}},
		{"the hours, with the peak days that change them", "客服质检专员\n【工作时间】\n早9晚6，大促期间（618、双11）需配合轮值。\n\n【福利待遇】\n五险一金",
			[]string{"早9晚6，大促期间（618、双11）需配合轮值。", "五险一金"}},
		{"a job board's list of other jobs", "客服专员\n岗位职责：接听电话。\n\n相似职位推荐\n用户运营（会员）  8千-1.2万\n社群运营专员  6-9千\n\n版权所有",
			[]string{"用户运营（会员）  8千-1.2万\n社群运营专员  6-9千"}},
		{"and in English", "Warehouse Associate\nPick orders.\n\nPeople also viewed\nOperations Coordinator · Acme\n",
			[]string{"Operations Coordinator · Acme"}},
		{"a decorated English heading with its colon", "Ops\n## Benefits:\n- Health insurance\n- 401(k)\n\nApply now.",
			[]string{"- Health insurance\n- 401(k)"}},
		{"Traditional Chinese, full-width colon", "營運專員\n公司簡介：我們是連鎖茶飲品牌。\n工作內容：門市營運",
			[]string{"我們是連鎖茶飲品牌。"}},
		{"at most maxBoilerplateLines lines", long,
			[]string{strings.TrimSuffix(strings.Repeat("我们是一家公司。\n", maxBoilerplateLines), "\n")}},
		{"About and the company's name", "Ops Lead\nAbout Northwind Analytics:\nNorthwind builds forecasting software.\nWe have 180 employees.\n\nWhat you'll do\n- Own the pipeline.",
			[]string{"Northwind builds forecasting software.\nWe have 180 employees."}},
		{"关于 and the company's name, decorated", "行政专员\n\n关于星芒 🌟\n\n星芒传媒是一家 MCN 机构，提供直播带货代运营。\n\n岗位职责",
			[]string{"星芒传媒是一家 MCN 机构，提供直播带货代运营。"}},
		{"关于 the job is the posting", "运营专员\n关于岗位\n负责社群运营。", nil},
		{"关于 in a sentence", "运营专员\n关于薪资待遇面议。\n负责社群运营。", nil},
		{"关于 before a sentence", "运营专员\n关于我们的直播间，你会负责排品。\n负责社群运营。", nil},
		{"About the job is the posting", "About the job\nWe are hiring a community manager.", nil},
		{"About you is the candidate", "Ops Lead\nAbout you\nYou love communities.", nil},
		{"about in a sentence", "Ops Lead\nTell us about Northwind in your letter.\nWe build software.", nil},
		{"a sentence that starts with a label word", "运营\n公司简介的撰写由我负责。", nil},
		{"the facts LinkedIn lists under a posting", "Account Manager\nOwn a book of accounts.\n\nSeniority level\nAssociate\nEmployment type\nFull-time\nJob function\nBusiness Development and Sales\nIndustries\nSoftware Development\n\nSee who you know",
			[]string{"Associate", "Full-time", "Business Development and Sales", "Software Development"}},
		{"a heading between rules", "运营\n━━ 公司福利 ━━\n五险一金\n\n负责社群", []string{"五险一金"}},
		{"a job board's company block", "运营专员\n公司信息\n某某生鲜，前置仓300家\n\n职位信息\n负责社群", []string{"某某生鲜，前置仓300家"}},
		{"a German heading in an English posting", "Community Manager (m/w/d)\nWir bieten:\n- Hybrid work\n- Urban Sports Club\n\nDein Profil", []string{"- Hybrid work\n- Urban Sports Club"}},
		{"no boilerplate", "社群运营\n负责社群拉新。", nil},
		{"a resume's experience is no boilerplate", "Jane Doe\n\nExperience\nCommunity Manager, Acme\n- Grew the forum\n\n工作经历\n社群运营", nil},
		{"a heading at the very end", "社群运营\nAbout us", nil},
		{"a numbered heading", "跨境运营\n\n一、公司介绍\n\n我们是跨境电商大卖。\n\n二、招聘岗位\n亚马逊运营", []string{"我们是跨境电商大卖。"}},
		{"a list's number before a heading", "Producer\n\n3. Out of scope for this role\n- Live operations after launch\n- Community and monetization\n\n4. KPIs\n- Milestones on time",
			[]string{"- Live operations after launch\n- Community and monetization"}},
		{"a role profile's working relationships", "商业化运营经理\n\n五、工作关系\n内部：产品、客户成功、销售、财务\n外部：云市场、代理商\n\n六、任职资格\n3年以上", []string{"内部：产品、客户成功、销售、财务\n外部：云市场、代理商"}},
		{"a numbered line that names no heading", "运营\n1. 负责社群拉新与活跃\n2. 公司简介的撰写", nil},
	}
	m := NewMatcher(Default())
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, lightRanges(m, tt.text)); diff != "" {
			t.Errorf("%s: boilerplate (-want +got):\n%s", tt.name, diff)
		}
	}
}

// lightRanges returns the non-empty ranges of text whose terms weigh
// little: company boilerplate, majors and certificates.
func lightRanges(m *Matcher, text string) []string {
	var got []string
	var s automaton.Scratch
	b := []byte(text)
	for _, r := range m.boilerplate(nil, b, m.auto.Find(nil, b, &s)) {
		if r.end > r.start {
			got = append(got, text[r.start:r.end])
		}
	}
	return got
}

// TestBoilerplateWeighsLess checks that terms in the company's description
// weigh less than the same terms in the job's.
func TestBoilerplateWeighsLess(t *testing.T) {
	m := NewMatcher(Default())
	const about = "我们是一家专注于用户增长与品牌营销的互联网公司。"
	inJob := m.MatchString("岗位职责：\n" + about)
	inAbout := m.MatchString("公司简介：\n" + about)
	for _, id := range []AreaID{GrowthOps, MarketingOps} {
		job, company := inJob.Score(id), inAbout.Score(id)
		if !(company < job && job >= m.Threshold() && company < m.Threshold()) {
			t.Errorf("%s: %.2f as the job's words, %.2f as the company's; want the company's under the threshold %.2f and the job's over it",
				id, job, company, m.Threshold())
		}
	}
}
