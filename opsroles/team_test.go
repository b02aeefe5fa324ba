// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"slices"
	"strings"
	"testing"

	"github.com/rolemodels/ops/opsroles/internal/automaton"
)

// TestOtherTeam checks which occurrences name a team the job works with,
// or the job it reports to. The occurrence is the text between « and ».
func TestOtherTeam(t *testing.T) {
	m := NewMatcher(Default())
	checkMarked(t, m, "names a team the job works with", m.otherTeams, []markedCase{
		{"2、与«风控»团队紧密配合，处理羊毛党", true, "与 before"},
		{"与产品、数据、«风控»团队紧密配合", true, "the last of a list, 与 before it"},
		{"与«风控»、新媒体团队对接", true, "the first of a list"},
		{"配合编导与«新媒体运营»团队，参与选题", true, "the nearest cue"},
		{"协调«仓配»团队解决售后问题", true, "协调 before"},
		{"«风控»团队配合产品上线", true, "配合 after the team word"},
		{"6、带领5-8人«用户运营»团队，制定团队目标", false, "带领 before, across digits"},
		{"负责«运营»团队的日常管理", false, "负责 before"},
		{"负责内容与«社群»团队的管理", false, "的管理 after the team word outweighs 与"},
		{"参与«社群运营»团队的周会", false, "参与 is no 与"},
		{"从0搭建«直播»团队", false, "搭建 before"},
		{"公司拥有专业的«直播»团队", false, "no cue"},
		{"擅长策划«热点»，和带领小团队高效产出", false, "a clause ends at the comma"},
		{"«社群运营»、团队管理", false, "the team word starts an item of its own"},
		{"«社群运营»与用户运营", false, "no team word"},
		{"與«行銷»、電商團隊合作", true, "Traditional"},
		{"为所有业务线的«活动运营»同学提供一站式工具", true, "为 before colleagues: the job serves them"},
		{"与«运营»、产品同学对接需求", true, "colleagues are a team"},
		{"作为«社群运营»团队的一员", false, "作为 is no 为"},
		{"Partner with the Community, «Content Operations» and Risk teams.", true, "with, across a list"},
		{"Work closely with our «CRM» team on lifecycle emails", true, "our is passed over"},
		{"Escalate cases to the «trust & safety» team.", true, "to"},
		{"Tableau extracts used by «store operations» and merchandising teams", true, "by"},
		{"Our «BizOps» team sits between the CEO and the cities.", false, "the job's own team"},
		{"You'll join the «live operations» team and plan events.", false, "join"},
		{"You will be responsible for the «Community Operations» team", false, "responsible for"},
		{"Set quality metrics for our «moderation queues» and the vendor review team", false, "the starts a new phrase"},
		{"Worked with engineers.\nThe «Community Operations» team", false, "the clause ends at the line break"},
		{"«Sales Operations» 团队支持亚太区约300名销售代表", false, "a mixed line, no cue"},
		{"«CRM» teammates", false, "teammates is no team word"},
		// A term that holds its own team word.
		{"联合«客户成功团队»开展续费与召回", true, "联合 before a term that ends with 团队"},
		{"带领«客户成功团队»完成续费目标", false, "带领 before it: the job's own"},
		{"Escalate policy questions to the «mod team».", true, "to before a term that ends with team"},
		// Whom an applicant contacts.
		{"报名方式：到门店服务台报名，或电话联系 «门店运营»部 徐主管", true, "或联系 before"},
		{"联系人：«社群运营»经理 王女士", true, "联系人 before"},
		{"负责联系«社群运营»团队的日常管理", false, "联系 alone is work"},
		// The job the job reports to.
		{"Reports to: «Head of Operations», APAC", true, "after reports to"},
		{"Reporting to the «Head of Growth», you will build dashboards.", true, "reporting to, up to the comma"},
		{"Weekly business review presented to the «COO» every Monday.", true, "the audience of a report"},
		{"Other admin tasks assigned by the «Operations Manager».", true, "who hands out the work"},
		{"Reporting to the Head of Growth, you will own «user segmentation».", false, "after the clause"},
		{"汇报对象：«运营总监»", true, "汇报对象"},
		{"| 汇报对象 | «社群运营»经理 |", true, "a table's cell"},
		{"向«运营总监»汇报，负责社群", true, "between 向 and 汇报"},
		{"负责«社群运营»，每周向总监汇报", false, "before the clause of 向"},
		// A director or higher whom the job addresses or works with.
		{"Explain the new process map to our «COO» and the paralegals.", true, "to our, before a chief"},
		{"You'll sit with the «Operations Director» twice a week.", true, "with the, before a director"},
		{"The «Director of Operations» will own the budget.", false, "the job described in the third person"},
		{"As our «COO», you will run the company day to day.", false, "as our: the job itself"},
		{"Work with the «operations manager» on rotas.", false, "a manager is no head"},
		{"定期向管理层汇报«用户增长»数据", false, "after 汇报"},
	})
}

// A markedCase is a text whose occurrence between « and » a test checks:
// want is whether the function under test picks it, why the reason.
type markedCase struct {
	text string
	want bool
	why  string
}

// checkMarked checks that pick, given a text and what m's scan finds in
// it, returns the index of the marked occurrence of each test, or not;
// what says what picking means.
func checkMarked(t *testing.T, m *Matcher, what string, pick func(dst []int, text []byte, found []automaton.Match) []int, tests []markedCase) {
	t.Helper()
	for _, tt := range tests {
		text, found, i := markedOccurrence(m, tt.text)
		if i < 0 {
			t.Errorf("%q: the scan finds no term at «»: %v", tt.text, found)
			continue
		}
		if got := slices.Contains(pick(nil, text, found), i); got != tt.want {
			t.Errorf("%q: %s: %v, want %v (%s)", tt.text, what, got, tt.want, tt.why)
		}
	}
}

// markedOccurrence returns marked without its « and », what m's scan
// finds in it, and the index of the occurrence that stood between « and
// », or -1 if the scan found no term there.
func markedOccurrence(m *Matcher, marked string) ([]byte, []automaton.Match, int) {
	start := strings.Index(marked, "«")
	end := strings.Index(marked, "»") - len("«")
	text := []byte(strings.Replace(strings.Replace(marked, "«", "", 1), "»", "", 1))
	var scratch automaton.Scratch
	found := m.auto.Find(nil, text, &scratch)
	return text, found, slices.IndexFunc(found, func(f automaton.Match) bool { return f.Start == start && f.End == end })
}

// areaReport is a text and whether the matcher reports area for it.
type areaReport struct {
	text string
	area AreaID
	want bool // whether area is reported
}

// checkReports checks that m reports the area of each test, or does not.
func checkReports(t *testing.T, m *Matcher, tests []areaReport) {
	t.Helper()
	for _, tt := range tests {
		r := m.MatchString(tt.text)
		got := slices.ContainsFunc(r.Areas, func(a AreaScore) bool { return a.Area == tt.area })
		if got != tt.want {
			t.Errorf("%q: %s reported %v, want %v; areas %v", tt.text, tt.area, got, tt.want, r.Areas)
		}
	}
}

// TestMatchTeamMentions checks that a team the job works with says little
// of the job, and the job's own team all it says.
func TestMatchTeamMentions(t *testing.T) {
	checkReports(t, NewMatcher(Default()), []areaReport{
		{"用户运营专员\n1、负责用户分层与召回；\n2、与社群运营团队紧密配合，推进拉新活动。", "community-ops", false},
		{"用户运营专员\n1、负责用户分层与召回；\n2、带领社群运营团队，推进拉新活动。", "community-ops", true},
		{"Lifecycle Marketing Manager\nOwn our email and push programs.\nWork closely with the Community Operations team.", "community-ops", false},
		{"Lifecycle Marketing Manager\nOwn our email and push programs.\nYou will lead the Community Operations team.", "community-ops", true},
	})
}
