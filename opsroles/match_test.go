// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"math"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/rolemodels/ops/opsroles/internal/fold"
)

// matchCatalog loads testdata/catalogs/match.txt: a general area whose
// alias 运营 sits inside the other areas' names, two specialties, a
// function area, and entities shared by several areas.
var matchCatalog = sync.OnceValues(func() (*Catalog, error) {
	f, err := os.Open("../testdata/catalogs/match.txt")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Load(f)
})

func testMatcher(t testing.TB, opts ...MatchOption) *Matcher {
	t.Helper()
	c, err := matchCatalog()
	if err != nil {
		t.Fatal(err)
	}
	return NewMatcher(c, opts...)
}

// untitled starts a document with three lines that are no job title, so
// that what follows is body text.
const untitled = "张三\n电话 138\n邮箱 z@example.com\n"

// rawOf inverts the squash of a score: the raw evidence behind it.
func rawOf(score float64) float64 { return -math.Log2(1 - score) }

func TestMatchHits(t *testing.T) {
	m := testMatcher(t)
	user := Ref{KindArea, "user-ops"}
	tests := []struct {
		name, text string
		want       []Hit
	}{
		{"longest term wins over the terms inside it", "招聘用户运营专员",
			[]Hit{{6, 24, "用户运营专员", user, false}}},
		{"Traditional script folds to the Simplified term", "用戶運營",
			[]Hit{{0, 12, "用户运营", user, false}}},
		{"case folds", "Community Manager",
			[]Hit{{0, 17, "community manager", Ref{KindArea, "community-ops"}, false}}},
		{"a line break and spaces match the space of a term", "Community\r\n   Manager",
			[]Hit{{0, 21, "community manager", Ref{KindArea, "community-ops"}, false}}},
		{"a line break inside a Chinese term does not hide it", "会员运\n营",
			[]Hit{{0, 13, "会员运营", user, false}}},
		{"full-width Latin folds", "ＣＲＭ",
			[]Hit{{0, 9, "crm", Ref{KindTool, "crm"}, false}}},
		{"Latin terms need word boundaries", "SCRM2 or scrum or crms", nil},
		{"Chinese next to Latin is a boundary", "DAU提升",
			[]Hit{{0, 3, "dau", Ref{KindKPI, "dau"}, false}}},
		{"an entity linked by two areas is one hit", "漏斗分析",
			[]Hit{{0, 12, "漏斗分析", Ref{KindMethod, "funnel"}, false}}},
		{"invalid bytes are skipped, offsets stay in the input", "\xff社群\xfe",
			[]Hit{{1, 7, "社群", Ref{KindArea, "community-ops"}, false}}},
		{"hits come in text order", "留存 and CRM",
			[]Hit{{0, 6, "留存", Ref{KindDuty, "user-ops-retention"}, false}, {11, 14, "crm", Ref{KindTool, "crm"}, false}}},
		{"empty text", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := m.MatchString(tt.text)
			if diff := cmp.Diff(tt.want, got.Hits, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("MatchString(%q).Hits (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestMatchFound(t *testing.T) {
	m := testMatcher(t)
	got := m.MatchString("Excel、转化漏斗、CRM系统、DAU，再说一次 excel 和 dau")
	type found struct {
		Skills  []SkillID
		Methods []MethodID
		Tools   []ToolID
		KPIs    []KPIID
	}
	want := found{[]SkillID{"excel"}, []MethodID{"funnel"}, []ToolID{"crm"}, []KPIID{"dau"}}
	if diff := cmp.Diff(want, found{got.Skills, got.Methods, got.Tools, got.KPIs}); diff != "" {
		t.Errorf("entities found, each once (-want +got):\n%s", diff)
	}
}

// TestPluralAcronym checks that the plural of an acronym is not taken for
// an acronym that ends in S: purchase orders are no point-of-sale system.
func TestPluralAcronym(t *testing.T) {
	m := NewMatcher(Default())
	tests := []struct {
		text string
		want []ToolID
	}{
		{"Raise POs and chase invoices", nil},
		{"Run the POS and the tills", []ToolID{"pos-system"}},
		{"Run the pos and the tills", []ToolID{"pos-system"}},
		{"Track KPIs and the POS", []ToolID{"pos-system"}},
	}
	for _, tt := range tests {
		if got := m.MatchString(tt.text).Tools; !slices.Equal(got, tt.want) {
			t.Errorf("MatchString(%q).Tools = %v, want %v", tt.text, got, tt.want)
		}
	}
	if got := m.MatchString("Track KPIs").Methods; !slices.Contains(got, "kpi") {
		t.Errorf("MatchString(%q).Methods = %v, want kpi: a plural whose singular is a term stays", "Track KPIs", got)
	}
}

// TestMatchScore checks each rule of the score documented on Result by
// comparing two documents that differ only in what the rule is about.
func TestMatchScore(t *testing.T) {
	m := testMatcher(t, WithThreshold(0))
	score := func(text string, id AreaID) float64 {
		r := m.MatchString(text)
		return r.Score(id)
	}
	raw := func(text string, id AreaID) float64 { return rawOf(score(text, id)) }

	t.Run("a term inside every area's terms weighs less", func(t *testing.T) {
		general, specific := raw(untitled+"运营", "business-ops"), raw(untitled+"社群运营", "community-ops")
		if !(general < specific) {
			t.Errorf("运营 gives %v, 社群运营 %v; want less", general, specific)
		}
		// 运营 could signal all four areas: ln(1+4/4)/ln(1+4).
		if want := math.Log(2) / math.Log(5); math.Abs(general-want) > 1e-9 {
			t.Errorf("运营 gives %v, want the inverse area frequency %v", general, want)
		}
	})
	t.Run("an area's name outweighs its duty, which outweighs a shared method", func(t *testing.T) {
		name, duty, method := raw(untitled+"社群运营", "community-ops"), raw(untitled+"群活动", "community-ops"), raw(untitled+"转化漏斗", "community-ops")
		if !(name > duty && duty > method && method > 0) {
			t.Errorf("area name %v, duty %v, method %v: want strictly decreasing and positive", name, duty, method)
		}
	})
	t.Run("repeats saturate", func(t *testing.T) {
		one := raw(untitled+"社群", "community-ops")
		ten := raw(untitled+""+strings.Repeat("社群。", 10), "community-ops")
		if want := one * 20 / 11; math.Abs(ten-want) > 1e-9 {
			t.Errorf("ten 社群 give %v, want k(1+K)/(k+K) = 20/11 times one (%v)", ten, want)
		}
	})
	t.Run("a title counts twice", func(t *testing.T) {
		inTitle, inBody := raw("社群运营专家\n电话 138\n邮箱 z@example.com", "community-ops"), raw(untitled+"社群运营专家", "community-ops")
		if math.Abs(inTitle-2*inBody) > 1e-9 {
			t.Errorf("in title %v, in body %v; want twice", inTitle, inBody)
		}
	})
	t.Run("the bare noun in a title counts once when the text speaks", func(t *testing.T) {
		for _, title := range []string{"运营专员", "运营经理", "Operations Associate"} {
			inTitle, inBody := raw(title+"\n电话 138\n邮箱 z@example.com\n社群", "business-ops"), raw(untitled+title+"\n社群", "business-ops")
			if inBody == 0 || math.Abs(inTitle-inBody) > 1e-9 {
				t.Errorf("%q in title %v, in body %v, over a text that names an area; want the same, above zero", title, inTitle, inBody)
			}
			alone, inBodyAlone := raw(title+"\n电话 138\n邮箱 z@example.com", "business-ops"), raw(untitled+title, "business-ops")
			if math.Abs(alone-2*inBodyAlone) > 1e-9 {
				t.Errorf("%q in title %v, in body %v, over a text that names none; want twice", title, alone, inBodyAlone)
			}
		}
	})
	t.Run("a title's terms count twice only for the title's area", func(t *testing.T) {
		// The title is a community job; 运营经理 says its level.
		const title = "运营经理（社区方向）"
		inTitle, inBody := raw(title+"\n电话 138\n邮箱 z@example.com", "business-ops"), raw(untitled+title, "business-ops")
		if math.Abs(inTitle-inBody) > 1e-9 {
			t.Errorf("business-ops in title %v, in body %v; want the same", inTitle, inBody)
		}
	})
	t.Run("a title naming another job scales everything down", func(t *testing.T) {
		for _, title := range []string{"Java工程师", "电商美工", "项目经理（土建）", "Registered Nurse"} {
			other, none := raw(title+"\n电话 138\n邮箱 z@example.com\n社群运营", "community-ops"), raw(untitled+"社群运营", "community-ops")
			if math.Abs(other-none*otherTitle) > 1e-9 {
				t.Errorf("under the title %s %v, without title %v; want %v of it", title, other, none, otherTitle)
			}
		}
	})
	t.Run("another profession's title and its daily work scale twice", func(t *testing.T) {
		// A host's title, and a host's work: 讲品, 逼单, 憋单.
		const work = "\n每天讲品4小时，逼单憋单，镜头感好\n社群运营"
		both, titled := raw("带货主播\n电话 138"+work, "community-ops"), raw("带货主播\n电话 138\n社群运营", "community-ops")
		none := raw(untitled+"社群运营", "community-ops")
		if math.Abs(titled-none*otherTitle) > 1e-9 || math.Abs(both-none*otherTitle*otherTitle) > 1e-9 {
			t.Errorf("under a host's title %v, with a host's work %v, without title %v; want %v and %v of it", titled, both, none, otherTitle, otherTitle*otherTitle)
		}
	})
	t.Run("an area that only qualifies another profession does not make it operations", func(t *testing.T) {
		other, body := raw("社群设计师\n电话 138\n邮箱 z@example.com\n社群运营", "community-ops"), raw(untitled+"社群设计师\n社群运营", "community-ops")
		if math.Abs(other-otherTitle*body) > 1e-9 {
			t.Errorf("under the title 社群设计师 %v, the same words in the body %v; want %v of it, the title not doubled", other, body, otherTitle)
		}
		ops, inBody := raw("社群运营顾问\n电话 138\n邮箱 z@example.com", "community-ops"), raw(untitled+"社群运营顾问", "community-ops")
		if math.Abs(ops-2*inBody) > 1e-9 {
			t.Errorf("under the title 社群运营顾问 %v, in the body %v; want twice: an operations noun and area make it operations", ops, inBody)
		}
	})
	t.Run("a title with no profession and no area changes nothing", func(t *testing.T) {
		plain, none := raw("Marketing Executive\n电话 138\n邮箱 z@example.com\n社群运营", "community-ops"), raw(untitled+"社群运营", "community-ops")
		if plain != none {
			t.Errorf("under a title naming no profession %v, without title %v; want equal", plain, none)
		}
	})
	t.Run("function areas need operations context", func(t *testing.T) {
		if got := score(untitled+"数据分析", "data-analysis"); got != 0 {
			t.Errorf("数据分析 alone scores %v, want 0", got)
		}
		// One specialty area name (raw 1) scales function areas by 1/2.
		with := raw(untitled+"数据分析 社群运营", "data-analysis")
		if math.Abs(with-0.5) > 1e-9 {
			t.Errorf("数据分析 beside 社群运营 gives %v, want 0.5", with)
		}
	})
	t.Run("a function area's name that names operations work is context", func(t *testing.T) {
		// The alias weighs 1 and is its own context: 1 × 1/(1+1).
		for _, name := range []string{"运营数据分析", "Operations Analytics"} {
			if got := raw(untitled+name, "data-analysis"); math.Abs(got-0.5) > 1e-9 {
				t.Errorf("%s alone gives %v, want 0.5", name, got)
			}
		}
		// Its duty's words are not: they say nothing of operations.
		if got := score(untitled+"数据看板 dashboards", "data-analysis"); got != 0 {
			t.Errorf("a function area's duty words alone score %v, want 0", got)
		}
	})
}

func TestMatchResultConsistent(t *testing.T) {
	m := testMatcher(t, WithThreshold(0))
	text := "社群运营经理\n负责社群、群活动和话题策划，维护数据看板和报表，用户留存与召回，Excel 和 CRM。社群社群社群"
	r := m.MatchString(text)
	if len(r.Areas) < 3 {
		t.Fatalf("got %d areas, want at least 3: %+v", len(r.Areas), r.Areas)
	}
	for i, a := range r.Areas {
		if i > 0 && r.Areas[i-1].Score < a.Score {
			t.Errorf("area %d (%s %v) ranks below a lower score", i, a.Area, a.Score)
		}
		if a.Score < 0 || a.Score > 1 {
			t.Errorf("%s: score %v outside [0, 1]", a.Area, a.Score)
		}
		var sum float64
		for _, e := range a.Evidence {
			sum += e.Weight
			if got := text[e.Start:e.End]; !spells(got, e.Term) {
				t.Errorf("%s: evidence %q at [%d:%d] is %q in the text", a.Area, e.Term, e.Start, e.End, got)
			}
		}
		if got := squash(sum); math.Abs(got-a.Score) > 1e-9 {
			t.Errorf("%s: evidence weights sum to %v, squashed %v; score is %v", a.Area, sum, got, a.Score)
		}
		var count int
		for _, tw := range a.Explain() {
			count += tw.Count
		}
		if count != len(a.Evidence) {
			t.Errorf("%s: Explain counts %d hits, evidence has %d", a.Area, count, len(a.Evidence))
		}
	}
	if got, want := r.Areas[0].Area, AreaID("community-ops"); got != want {
		t.Errorf("top area %s, want %s", got, want)
	}
}

func TestMatchThreshold(t *testing.T) {
	text := untitled + "社群运营，用户留存"
	all := testMatcher(t, WithThreshold(0)).MatchString(text)
	def := testMatcher(t).MatchString(text)
	none := testMatcher(t, WithThreshold(1)).MatchString(text)
	if len(all.Areas) != 2 {
		t.Errorf("threshold 0: %d areas, want both with evidence", len(all.Areas))
	}
	for _, a := range def.Areas {
		if a.Score < DefaultThreshold {
			t.Errorf("default threshold reports %s at %v", a.Area, a.Score)
		}
	}
	if len(def.Areas) != 1 {
		t.Errorf("default threshold: %d areas, want 1 (user-ops has one duty word only)", len(def.Areas))
	}
	if len(none.Areas) != 0 {
		t.Errorf("threshold 1: %d areas, want none", len(none.Areas))
	}
	if got := testMatcher(t, WithThreshold(-3)).Threshold(); got != 0 {
		t.Errorf("WithThreshold(-3): threshold %v, want clamped to 0", got)
	}
}

// TestMatchIntoAllocsDocs checks that MatchInto allocates nothing, once
// warm, on the documents of testdata/docs, whose shapes reach far more of
// the title's and the scores' rules than TestMatchIntoAllocs's.
func TestMatchIntoAllocsDocs(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("reads every test document; allocations are no race")
	}
	m := NewMatcher(Default())
	var texts [][]byte
	for _, d := range readExpectations(t) {
		res := matchDoc(t, m, d.file)
		texts = append(texts, res.Text, oneLine(res.Text))
	}
	var r Result
	for _, text := range texts {
		m.MatchInto(&r, text)
	}
	for i, text := range texts {
		if allocs := testing.AllocsPerRun(1, func() { m.MatchInto(&r, text) }); allocs != 0 {
			t.Errorf("document %d (%.60q): MatchInto allocates %v times once warm, want 0", i/2, text, allocs)
		}
	}
}

// TestMatchIntoAllocs checks the promise of MatchInto: a warm Result makes
// matching allocation-free.
func TestMatchIntoAllocs(t *testing.T) {
	m := testMatcher(t)
	body := strings.Repeat("负责社群、群活动和话题策划，维护数据看板，用户留存与召回，Excel 和 CRM。\n", 20)
	docs := map[string][]byte{
		"a title line":                            []byte("社群运营经理\n" + body),
		"a resume's labelled title":               []byte("张三\n求职意向：用户运营专员\n" + body),
		"a form's title further down":             []byte("个人简历\n姓名：张三\n电话：138\n邮箱：z\n求职意向：用户运营专员\u3000期望城市：杭州\n" + body),
		"long sentences where titles go":          []byte(body),
		"invalid bytes":                           []byte("\xff\xfe" + body + "\xc3"),
		"Chinese lines, no title, no punctuation": []byte(strings.Repeat("橙意健身 连锁健身与App | 广州 天河 | 7-10K | 1-3年 | 本科\n", 3) + body),
		"a profession in a title":                 []byte("Sales Operations Analyst\n" + body),
		"a plain analyst of operations data":      []byte("Senior Data Analyst, Operations Data\n" + body),
		"a title that names whom it serves":       []byte("Executive Assistant to the COO\n" + body),
		"columns":                                 []byte("2021.07-至今  某母婴品牌\t\t运营主管\n" + body),
		"a direction in the title":                []byte("运营专员（直播方向）\n" + body),
		"company boilerplate":                     []byte("运营专员\n公司简介：\n我们专注品牌营销。\n\n【福利待遇】\n五险一金\n" + body),
		"About and a company's name":              []byte("Community Manager\nAbout Northwind\nWe build software.\n\n" + body),
		"the latest job under Experience":         []byte("Jane Doe\njane@example.com\n\nSummary\nI grow things.\n\nExperience\nAcme Ltd — Director, Growth (2021–now)\n" + body),
		"a dash set off in a title line":          []byte("Acme Marketplace — Operations Specialist\n" + body),
		"a posting on one line":                   []byte("仓库文员（夜班） 4-6K 公司简介：我们是社区新零售企业。岗位职责：" + strings.ReplaceAll(body, "\n", " ")),
		"a bilingual title on one line":           []byte("Senior Community Operations Manager, APAC 高级社群运营经理 | 上海 " + strings.ReplaceAll(body, "\n", " ")),
		"majors and a degree":                     []byte("运营专员\n任职要求：市场营销、电子商务等相关专业；Bachelor's degree in Marketing or a related field.\n" + body),
		"a form's label over its value":           []byte("个人简历\n姓名\n张三\n求职意向\n用户运营专员\n" + body),
		"HTML":                                    []byte("<h1>Community&nbsp;Manager</h1><p>" + strings.ReplaceAll(body, "\n", "<br>") + "&#8217;</p>"),
		"escaped HTML":                            []byte("&lt;p&gt;社群运营&amp;nbsp;专员&lt;/p&gt;&lt;ul&gt;&lt;li&gt;" + body + "&lt;/li&gt;&lt;/ul&gt;"),
		"entities in plain text":                  []byte("Social&nbsp;Media&nbsp;Manager\n" + body),
	}
	var r Result
	for _, text := range docs {
		m.MatchInto(&r, text)
	}
	for name, text := range docs {
		if allocs := testing.AllocsPerRun(20, func() { m.MatchInto(&r, text) }); allocs != 0 {
			t.Errorf("%s: MatchInto allocates %v times per document once warm, want 0", name, allocs)
		}
	}
}

// TestMatchIntoReuse checks that a reused Result carries nothing over from
// the documents, or the matchers, it held before: MatchInto keeps per-term
// counts in it between calls and must leave them clear.
func TestMatchIntoReuse(t *testing.T) {
	m := testMatcher(t)
	tests := []struct {
		name          string
		before, after *Matcher
		first, second string
	}{
		{"another document", m, m, "社群运营\n群活动", "用户运营\n留存召回"},
		{"a repeated term saturates afresh", m, m, untitled + "社群 社群 社群 社群", untitled + "社群 社群"},
		{"no area reported leaves no counts behind", testMatcher(t, WithThreshold(1)), m,
			untitled + "社群 社群 社群", untitled + "社群 留存"},
		{"a matcher with other patterns", NewMatcher(nil), m, "社群运营经理\n负责用户增长和 CRM", "社群运营\n群活动"},
		{"back to the default catalog", m, NewMatcher(nil), "社群运营\n群活动", "社群运营经理\n负责用户增长和 CRM"},
	}
	opt := cmpopts.IgnoreUnexported(Result{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r Result
			tt.before.MatchInto(&r, []byte(tt.first))
			tt.after.MatchInto(&r, []byte(tt.second))
			fresh := tt.after.MatchString(tt.second)
			if diff := cmp.Diff(fresh, r, opt, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("a reused Result differs from a fresh one (-fresh +reused):\n%s", diff)
			}
		})
	}
}

// TestHitTermSpelling checks that a hit names its term as the catalog
// writes it in English or Simplified Chinese, whatever the text's case,
// width or script, and not as the fold has it.
func TestHitTermSpelling(t *testing.T) {
	m := NewMatcher(Default())
	tests := []struct {
		text, want, why string
	}{
		{"关键词覆盖", "关键词覆盖", "the fold reads 覆 as 复, the catalog does not"},
		{"關鍵詞覆蓋", "关键词覆盖", "Traditional text, the Simplified spelling"},
		{"熟练使用ｓｑｌ", "SQL", "the catalog's capitals, not the text's full-width lower case"},
		{"營運長", "营运长", "a term written for Traditional Chinese only shows folded"},
	}
	for _, tt := range tests {
		res := m.MatchString(tt.text)
		i := slices.IndexFunc(res.Hits, func(h Hit) bool { return h.Term == tt.want })
		if i < 0 {
			var got []string
			for _, h := range res.Hits {
				got = append(got, h.Term)
			}
			t.Errorf("%q: hits %q, want one with term %q (%s)", tt.text, got, tt.want, tt.why)
		}
	}
}

// TestMatchDetached checks that Match returns what MatchInto reports, with
// the same scores, and that its results share no memory with each other
// or keep the working memory of matching.
func TestMatchDetached(t *testing.T) {
	m := NewMatcher(Default())
	docs := []string{
		"社群运营经理\n负责社群拉新、群活动策划和用户留存，熟练使用 Excel 和 SQL。",
		"Senior Community Manager\nGrow our Discord community, run events and report on retention and NPS.",
		"Java开发工程师\n负责后端服务开发。",
		"",
	}
	opt := cmpopts.IgnoreUnexported(Result{})
	var kept []Result
	for _, doc := range docs {
		got := m.MatchString(doc)
		var want Result
		m.MatchInto(&want, []byte(doc))
		if diff := cmp.Diff(want, got, opt); diff != "" {
			t.Errorf("%.20q: Match differs from MatchInto (-MatchInto +Match):\n%s", doc, diff)
		}
		for a := range Default().Areas() {
			if id := a.ID(); got.Score(id) != want.Score(id) {
				t.Errorf("%.20q: Score(%s) = %v after Match, %v after MatchInto", doc, id, got.Score(id), want.Score(id))
			}
		}
		if got.found != nil || got.occ != nil || got.pat != nil || got.evidence != nil || got.noted != nil {
			t.Errorf("%.20q: the result of Match keeps working memory", doc)
		}
		kept = append(kept, got)
	}
	// Matching the documents again must not touch the results kept.
	for i, doc := range docs {
		again := m.MatchString(doc)
		if diff := cmp.Diff(again, kept[i], opt); diff != "" {
			t.Errorf("%.20q: a later Match changed an earlier result (-now +earlier):\n%s", doc, diff)
		}
	}
}

// TestRawFloor checks the shortcut of ranking: no raw score under
// rawFloor(t) squashes to t or more, right up to the rounding of squash
// near the threshold, so that skipping such areas changes no result.
func TestRawFloor(t *testing.T) {
	for _, th := range []float64{0, 1e-300, 1e-9, 0.1, DefaultThreshold, 0.5, 0.9, 1 - 1e-9, 1 - 0x1p-52, 1} {
		floor := rawFloor(th)
		if floor < 0 || math.IsNaN(floor) || math.IsInf(floor, 0) {
			t.Errorf("rawFloor(%v) = %v, want a finite raw score", th, floor)
			continue
		}
		// The largest raw score under the floor, and a fine grid below it.
		for x, i := math.Nextafter(floor, 0), 0; x > 0 && i < 1000; x, i = x*(1-1e-4), i+1 {
			if s := squash(x); s > 0 && s >= th {
				t.Errorf("threshold %v: raw %v under floor %v squashes to %v, which is reported", th, x, floor, s)
				break
			}
		}
	}
}

func TestMatcherConcurrent(t *testing.T) {
	m := testMatcher(t)
	docs := []string{"社群运营\n群活动", "用户运营\n留存召回 CRM", "运营经理\n日报", ""}
	want := make([]Result, len(docs))
	for i, d := range docs {
		want[i] = m.MatchString(d)
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var r Result
			for k := 0; k < 50; k++ {
				i := (g + k) % len(docs)
				m.MatchInto(&r, []byte(docs[i]))
				if diff := cmp.Diff(want[i], r, cmpopts.IgnoreUnexported(Result{}), cmpopts.EquateEmpty()); diff != "" {
					t.Errorf("concurrent match of %q differs:\n%s", docs[i], diff)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestPatterns(t *testing.T) {
	m := testMatcher(t)
	p := m.Patterns()
	for _, want := range []string{"用户运营", "community manager", "crm", "营运"} {
		if !slices.Contains(p, want) {
			t.Errorf("Patterns lacks %q", want)
		}
	}
	seen := map[string]bool{}
	for _, s := range p {
		if seen[s] {
			t.Errorf("Patterns repeats %q", s)
		}
		seen[s] = true
		if fold.Words(s) != s {
			t.Errorf("pattern %q is not folded", s)
		}
	}
	p[0] = "changed"
	if m.Patterns()[0] == "changed" {
		t.Error("Patterns returns the matcher's own slice")
	}
}

func TestZeroMatcher(t *testing.T) {
	var m Matcher
	if r := m.MatchString("社群运营经理"); len(r.Areas) != 0 || len(r.Hits) != 0 {
		t.Errorf("the zero Matcher found %+v", r)
	}
	if _, err := m.MatchReader(strings.NewReader("社群运营")); err != nil {
		t.Errorf("the zero Matcher's MatchReader: %v", err)
	}
	if got := m.ClassifyTitle("运营总监"); got != (Title{Level: LevelDirector}) {
		t.Errorf("the zero Matcher classifies 运营总监 as %+v, want a director with no area", got)
	}
}

// TestSalesPay checks that a text offering the pay of a sales job scores
// otherTitle times what the same text scores without it, so that a posting for
// telesales titled 用户运营专员 comes back empty, while the ranking of the
// areas stays as it was.
func TestSalesPay(t *testing.T) {
	m := NewMatcher(Default(), WithThreshold(0))
	tests := []struct {
		plain, sales string
	}{
		{"用户运营专员\n岗位职责：负责用户分层与召回，提升留存。\n薪资：底薪+提成", "用户运营专员\n岗位职责：负责用户分层与召回，提升留存。\n薪资：底薪+高提成"},
		{"用户运营专员\n负责用户分层与召回。\n薪资：底薪4000", "用户运营专员\n负责用户分层与召回。\n薪资：无责底薪4000"},
		{"用户运营专员\n负责用户分层与召回。\n薪资：底薪4000", "用户运营专员\n负责用户分层与召回。\n薪资：底薪4000+首年佣金"},
		{"渠道运营经理\n负责代理商分级与渠道考核。\n薪资：底薪+年终奖", "渠道运营经理\n负责代理商分级与渠道考核。\n薪资：底薪+回款提成"},
		{"商务拓展经理\n负责商户开发与签约。\n福利：五险一金", "商务拓展经理\n负责商户开发与签约。\n福利：五险一金、高额提成（上不封顶）"},
		{"渠道运营经理\n负责代理商分级与渠道考核。\n薪资：底薪+年终奖", "渠道运营经理\n负责代理商分级与渠道考核。\n薪资：底薪+签约提成"},
		{"渠道运营经理\n负责代理商分级与渠道考核。\n薪资：底薪+年终奖", "渠道运营经理\n负责代理商分级与渠道考核。\n薪资：底薪+销售提成+回款奖"},
		{"招商运营经理\n负责园区企业服务与运营。\n薪资：底薪+年终奖", "招商运营经理\n负责园区企业服务与运营。\n薪资：底薪+招商提成"},
		{"渠道运营经理\n负责代理商分级与渠道考核。\n无签约提成，考核门店。", ""},
		{"渠道运营经理\n负责代理商分级与渠道考核。\n这个岗没有签约提成，考核门店。", ""},
		{"渠道运营经理\n负责代理商分级与渠道考核。\n注：本岗位无个人签单提成，考核渠道产出。", ""},
		{"渠道运营经理\n负责代理商分级与渠道考核。\n薪资：底薪+年终奖", "渠道运营经理\n负责代理商分级与渠道考核。\n薪资：底薪+签单提成"},
		{"Community Manager\nRun our Discord and forum, moderation and events.\nPay: base + bonus", "Community Manager\nRun our Discord and forum, moderation and events.\nPay: base + uncapped commission"},
		{"Community Manager\nRun our Discord and forum.\nPay: base + bonus", "Community Manager\nRun our Discord and forum.\nPay: commission only"},
		{"Community Manager\nRun our Discord and forum.\nPay: base + bonus", "Community Manager\nRun our Discord and forum.\nPay: base + uncapped income"},
		{"Community Operations Associate\nResident events and move-in days.\nPay: hourly + bonus", "Community Operations Associate\nResident events and move-in days.\nEarned leasing commissions each quarter"},
		{"Channel Manager\nRun our OTA and agent channels and reduce reliance on high-commission OTAs.", ""},
		{"门店代运营专员\n负责商家美团店铺装修、平台活动报名和外卖运营，提升转化率。\n\n相似职位推荐\n大众点评代运营销售（高提成） 6-20K\n连锁餐饮店长 9-12K", ""},
		{"Community Manager\nRun our Discord and forum, moderation and events.\n\nPeople also viewed\nInside Sales Rep (uncapped commission)", ""},
		// The pay of the next job on a careers page; a section of the
		// job's own pays it.
		{"## 新媒体运营（小红书方向）\n负责品牌小红书和抖音账号的内容规划与发布。\n\n## 招商经理 × 2人\n💰 8K底薪 + 签约提成", ""},
		{"## 新媒体运营（小红书方向）\n负责品牌小红书和抖音账号的内容规划与发布。\n### 薪资福利\n底薪+奖金", "## 新媒体运营（小红书方向）\n负责品牌小红书和抖音账号的内容规划与发布。\n### 薪资福利\n底薪+签约提成"},
	}
	for _, tt := range tests {
		plain, sales := m.MatchString(tt.plain), m.MatchString(tt.sales)
		if tt.sales == "" {
			// The words qualify what follows, or name the pay of
			// other jobs that a job board lists: not this job's.
			if len(plain.Areas) == 0 || plain.Areas[0].Score < DefaultThreshold {
				t.Errorf("%q: areas %v, want one above the threshold", tt.plain, plain.Areas)
			}
			continue
		}
		if len(plain.Areas) == 0 || len(sales.Areas) == 0 {
			t.Errorf("%q or %q found no area", tt.plain, tt.sales)
			continue
		}
		if plain.Areas[0].Area != sales.Areas[0].Area {
			t.Errorf("%q: top area %s, but %s with the pay of a sales job", tt.plain, plain.Areas[0].Area, sales.Areas[0].Area)
		}
		if p, s := plain.Areas[0].Score, sales.Areas[0].Score; p < DefaultThreshold || s >= DefaultThreshold {
			t.Errorf("%q scores %.2f, and %.2f with the pay of a sales job; want at least %.2f, then below it", tt.plain, p, s, DefaultThreshold)
		}
	}
}

// TestOtherDuties checks that a document listing the daily work of another
// job (see otherDutyWords) scores below the threshold, and that fewer such
// words than listsOtherDuties asks under its kind of title, words in the
// title itself or words under a career changer's earlier job leave the
// areas as they were.
func TestOtherDuties(t *testing.T) {
	m := NewMatcher(Default(), WithThreshold(0))
	tests := []struct {
		text  string
		other bool // whether the text describes another job
		why   string
	}{
		{"运营助理\n1. 负责订单和合同的录入和核对，扫描归档\n2. 收发快递，会议室预订\n负责运营部日常事务，配合运营经理推进运营工作", true, "a clerk's work under the bare noun"},
		{"运营助理\n1. 负责订单的录入和核对\n2. 协助策划社群活动，维护用户社群，统计活动数据\n负责运营部日常事务，配合运营经理推进运营工作", false, "one clerk's duty beside operations work"},
		{"招聘岗位\n01 新媒体运营（小红书方向）\n02 出纳\n\n## ▌岗位01：新媒体运营（小红书方向）\n负责小红书账号运营\n## ▌岗位02：出纳\n负责银行对账、报销单据审核，普通话标准，接听电话", false, "the other jobs of a posting of several, under their own numbered labels"},
		{"Teamleiterin Disposition\nFührung von 6 Disponenten im Teilladungsverkehr; Tourenplanung, Auftragserfassung und Kommissionierung im Blick; Kapazitätsplanung der Flotte.", false, "a dispatch team's lead over the dispatchers' work"},
		{"Continuous Improvement Lead\nYou run kaizen events on unit turns, work orders and fair housing complaints across 61 apartment communities; Yardi and RealPage experience a plus.", false, "whoever improves processes by title works on others' work"},
		{"某冷链物流有限公司2026年招聘简章\n\n现招聘以下岗位：\n\n一、运营流程优化专员（运营管理部）\n梳理入库、拣选、出库流程，编写SOP，组织精益改善项目\n\n二、仓库主管（冷冻库）\n负责卸车、装车、叉车作业安排，入库验收和账实核对", false, "a notice's next post under its numbered heading, after the first is described"},
		{"某农商银行招聘公告\n\n一、招聘岗位及人数\n（一）运营主管　3名\n（二）综合柜员　10名\n\n二、岗位职责\n（一）运营主管\n负责网点柜面业务的日常管理，尾箱和重空凭证的管理，每日轧账\n（二）综合柜员\n负责现金存取", true, "the first post's own work, after a list of the posts"},
		{"新媒体运营（小红书方向）\n负责小红书账号运营\n职位：出纳\n负责银行对账、报销单据审核，普通话标准，接听电话", true, "a label without a heading's mark or number heads no other job"},
		{"运营主管\n负责办公用品和固定资产管理、行政费用控制、证照年检\n负责运营部日常事务，推进运营工作", true, "an office manager's work"},
		{"Operations Associate\nPick orders, unload trailers and put away stock; forklift a plus.\nJoin our operations team.", true, "a warehouse hand's work in English"},
		{"Operations Assistant\nCover reception and the switchboard, issue visitor passes and order stationery.\nSupport the operations team.", true, "an office's front desk"},
		{"Operations Executive (Accounts)\nPayable and receivable, supplier statement reconciliation, petty cash and bank reconciliation.\nSupport the operations manager.", true, "a bookkeeper's work under a direction"},
		{"电商运营\n接待顾客咨询，普通话标准，打字速度每分钟60字\n负责店铺运营、活动报名和商品上新", false, "a title that names a specialty keeps it"},
		{"Community Manager\nRun our 300-unit multifamily property: leasing consultants, rent collection, evictions and fair housing compliance.\nBuild community among residents.", true, "a property manager's work outweighs the title"},
		{"Community Manager (Residential)\nOversee leasing, rent collection, resident relations and the property budget. CAM or ARM certification preferred; Yardi required.", true, "an apartment block's manager"},
		{"求职意向：数据运营\n工作经历\n2023.03-至今 某科技公司 数据运营专员\n负责指标体系和数据看板\n2018.07-2023.02 某制造公司 会计\n负责记账凭证、账务处理、应收应付、总账和报税", false, "a career changer's earlier job does not count under a specialty"},
		{"运营专员（打字速度/普通话标准）\n负责店铺运营、活动报名和商品上新，提升转化率", false, "the words in the title do not count"},
		{"负责店铺运营、活动报名和商品上新，打字速度快，普通话标准", false, "two words without a title"},
		{"负责店铺运营、活动报名和商品上新，打字速度快，普通话标准，接听电话", true, "three words without a title"},
		{"岗位职责：\n1. 负责电商店铺的日常视觉设计：主图、详情页、活动banner、海报；\n2. 配合运营部门完成大促活动页面设计；\n3. 维护品牌VI规范，整理设计素材库；\n任职要求：设计类专业，2年以上平面设计经验，请附作品集", true, "a designer's duties without a title"},
		{"淘宝运营助理\n在线接待顾客，促成下单；处理差评沟通；打印快递单；打字速度快\n协助店长上架商品，负责店铺运营和活动报名", true, "a shop's customer service under a specialty"},
		{"淘宝运营助理\n在千牛上接待顾客；物流查询、修改地址；打字每分钟50字\n负责淘宝店铺运营", true, "a shop's customer service: parcels and addresses"},
		{"门店运营 2名\n主要做：点单、做奶茶、切水果、煮珍珠、打扫卫生，晚班收台\n负责门店日常运营", true, "a tea shop's crew under 门店运营"},
		{"Operations Manager\nLine manage the caretakers and cleaners; legionella and asbestos registers, fire risk assessment, the cleaning contract.\nSupport the school's operations.", true, "a school's premises manager"},
		{"运营专员\n每日开园前检查游乐设备，按规程操作大型游乐设施，检查安全压杠是否锁好。\n乐园全年运营。", true, "a theme park's ride operator"},
		{"Operations Lead\nLead our Platform Operations team: Kubernetes, Terraform, error budgets and the on-call roster.\nOperations run payroll for 60,000 businesses; our operations never sleep.", true, "a site reliability engineer's work"},
		{"运营\n负责店铺主图设计、白底图、详情页，产品图抠图调色\n配合运营做大促会场", true, "an online shop's designer under the bare noun"},
		{"电商运营兼美工\n负责主图设计、详情页和店铺首页装修；产品拍摄后抠图\n协助运营主管上新", true, "a designer's work under a title that joins the design to the specialty"},
		{"电商运营\n负责主图设计、详情页和店铺首页装修；产品拍摄后抠图\n协助运营主管上新", false, "under the specialty alone, two phrases are too few"},
		{"Senior Associate\nPublish initiation reports and earnings notes on e-commerce names; SOTP valuation; expert calls with merchants.\nTrack GMV and private-domain operators.", true, "a broker's equity research"},
		{"Site Operations Manager\nLead site engineers and subcontractors through earthworks and civil construction; plant hire and SWMS.\nDrive operations excellence.", true, "a building site's work"},
		{"运营主管\n负责污水厂的运营管理：调整曝气量和加药量，在中控室审核运行记录，控制运营成本。\n保障水厂稳定运营。", true, "a sewage plant's shift lead"},
		{"数据运营专员\n1. 录入和核对每日快递单号，录入系统\n2. 单据的分类、装订和归档\n打字速度每分钟60字以上\n负责数据运营", true, "a data entry clerk under a specialty"},
		{"Operations Analyst\nIT Operations team: ITIL processes, P1 incidents and change tickets in ServiceNow, patching windows.\nOperations reporting.", true, "an IT operations analyst"},
		{"Account Manager, SMB — Growth & Retention\nOwn a book of 450 customers after onboarding: renewals, upsell and cross-sell, expansion revenue, customer health scores and QBRs. This is a quota-carrying role; hit your monthly expansion quota.\nA track record of hitting quota in SaaS.", true, "a seller of renewals and upsells on quota"},
		{"2025年市场化招聘简章（招商运营岗）\n负责园区招商引资，完成年度招商任务；通过陌生拜访、产业链招商推动企业签约入驻。\n负责园区运营。", true, "an industrial park's investment attraction on targets"},
		{"招商运营经理（产业园区）\n制定二期载体年度招商计划，完成招商面积及租金收入指标（年度去化不低于4万平方米）；开展园区带看。\n负责园区运营。", true, "an industrial park's leasing of its buildings"},
		{"招商运营专员（新能源装备产业方向）\n开展产业链招商，以商引商；跟进厂房租赁合同签约，协助注册落户；完成签约面积任务。\n负责园区运营。", true, "an industrial park's investment attraction by its industries"},
		{"客服培训与知识运营主管\n1. 负责客服知识库架构和知识发布机制\n2. 梳理查件、催派、破损理赔等场景的SOP\n3. 维护机器人问答对与知识库的一致性\n4. 建立服务运营SOP，分析工单和质检数据，推动流程优化", false, "a knowledge operations lead names the agents' cases and the chatbot's questions"},
		{"政务云平台运营工程师（驻场）\n1. 负责Linux服务器、中间件的安装配置和性能调优\n2. 配合等保测评，落实安全加固和漏洞修复\n3. 编写运维手册和巡检记录\n负责平台运营", true, "a government cloud's operations engineer keeps the servers"},
		{"Customer Operations Associate\nAnswer inbound calls and chats, about 60 contacts per shift.\nJoin the customer operations team.", true, "an agent under a title of operations support that names the customers"},
		{"Customer Operations Specialist\nOwn the onboarding playbook, health scores and renewals; cover inbound calls at peaks.\nJoin the customer operations team.", false, "one agent's phrase there"},
		{"客服运营专员\n分析询单转化率，制定接待顾客的标准与话术，优化客服流程\n客服运营", false, "a Chinese title of operations support, which names the service"},
		{"Data Operations Associate\nKey in product data from supplier sheets; typing speed of 40 WPM.\nSupport the data operations team.", true, "a clerk under a title of data operations"},
		{"Business Operations Officer\nSettle equity trades through CCASS, clear trade breaks and failed settlements, cash reconciliation against custodian statements.\nSupport the business operations team.", true, "a bank's settlements clerk"},
		{"数据运营专员（AI数据标注）\n1. 在标注平台上对图片拉框、分类，语音转写校对\n2. 每天完成标注任务，标注准确率98%以上，底薪加计件\n3. 配合数据运营推进项目", true, "an annotator's work under a specialty"},
		{"数据运营专员\n负责指标体系、数据看板和埋点规范，跟进标注任务的进度\n支持业务决策", false, "one annotator's word beside data operations work"},
		{"Senior Process Associate - Data Operations\nIndex and extract mortgage documents to the production target; data entry with a typing speed of 35 WPM.\nJoin the data operations team.", true, "a clerk under a senior title of data operations"},
		{"Customer Success Coordinator\nTier 1 support for a telecom account, 80 calls a shift; log notes in the CRM.\nJoin the customer success team.", true, "an agent under a customer success title that names the customers"},
		{"Customer Operations Advisor\nAnswer inbound calls from business customers with a clear telephone manner; explain bills.\nJoin our customer operations team.", true, "an energy supplier's call-centre advisor"},
		{"Client Success Executive\nMake 60 outbound calls daily, pitch ad packages and close deals against a monthly revenue target.\nJoin the client success team.", true, "telesales under a client success title"},
		{"Data Operations Associate\nAnnotate street images with bounding boxes and 3D cuboids; keep inter-annotator agreement above 0.92.\nJoin the data operations team.", true, "an annotator under a title of data operations"},
		{"Community Coordinator (Tenancy Sustainment)\nManage tenants' rent arrears, new tenancy visits and tenancy audits; investigate anti-social behaviour.\nJoin our community team.", true, "a housing association's housing officer"},
		{"贷后运营专员（M1阶段）\n1. 对逾期客户进行电话催收，外呼量每天不低于200通；\n2. 严格遵守催收作业规范，普通话标准。\n负责贷后风险管理与风控策略执行。", true, "a consumer lender's phone collector"},
		{"Customer Operations Advisor\nYou'll be on the phones all day, handling about 50 inbound calls.\nJoin our customer operations team.", true, "a call-centre advisor on the phones"},
		{"售后运营专员\n1. 在店铺后台处理退款退货申请；\n2. 联系快递网点查件、登记理赔，处理小额打款；\n3. 登记每日售后台账。\n负责店铺售后运营。", true, "an online shop's after-sales clerk"},
		{"Customer Operations Associate\nHandle 70-90 inbound calls per shift and tag the correct disposition in Salesforce.\nJoin the customer operations team.", true, "an agent's calls per shift, which the phrase of inbound calls would hide"},
		{"Content Operations Assistant\nCut each interview from a rough cut to a fine cut, with colour grading and colour correction in Premiere.\nSupport the content operations team.", true, "a video editor under a content title"},
		{"用户运营专员\n1. 每天按名单电话回访老客户，回访量不低于120通；\n2. 按回访话术记录客户反馈，普通话标准。\n负责用户运营。", true, "a caller under a user operations title"},
		{"QA Analyst\nWrite test scripts for the web app, run manual testing and test automation in Selenium, and keep defect tracking in Jira.\nJoin the quality team.", true, "a software tester under a quality analyst's title"},
		{"Collection Operations Officer - Two Wheeler Loans\nCollect EMIs through field collection visits; skip tracing and repossession for hard cases.\nWe are hiring an operations officer for our branches. Operations officers follow the SOP and report daily MIS.", true, "a lender's debt collector"},
		{"Operations Analyst - Securities Operations\nPrepare settlement instructions, chase failing trades and run stock reconciliations against custodian statements.\nOperations analyst programme.", true, "a bank's settlements analyst under a specialty"},
		{"Data Operations Associate - Catalog\nEnter product attributes for 300 SKUs per day and tag images for the client's taxonomy.\nJoin the data operations team.", true, "a catalogue's keyer under a title of data operations"},
		{"市场运营专员\n1、邀约意向客户到店看车，带客户试驾，促成交易；\n2、完成个人销售任务，协助办理过户和按揭手续。\n负责市场运营。", true, "a used-car dealer's salesman under a marketing title"},
		{"运营专员\n1. 解答尺码和发货问题，促成顾客下单；\n2. 中差评回访，安抚顾客情绪，引导追评；\n3. 保持3分钟回复率95%以上。\n负责店铺运营。", true, "an online shop's customer service under a generic title"},
		{"招商运营专员（产业园）\n1、负责园区招商，通过以商招商寻找意向企业，完成入驻面积和签约项目数；\n2、介绍租售方案，协助企业办理入园审批。\n负责园区运营。", true, "an industrial park's leasing salesman under an operations title"},
		{"Operations Analyst\nCapture supplier invoices and code them to the right GL accounts; reconcile creditor statements monthly; keep the invoice register; assist with month-end accruals and the creditors age analysis.\nJoin the operations team.", true, "an accounts payable clerk under an operations analyst's title"},
		{"社群运营\n1. 回复团购群里的订单进度查询和配送问题；\n2. 处理退款申请，每天整理售后登记表；\n3. 要求打字快，普通话标准。\n负责社群运营。", true, "a shop's after-sales service under a community title"},
		{"渠道经理\n1. 开发经销商和零售网点，完成年度销售任务及回款指标；\n2. 给经销商下达订货任务，跟进压货、打款、发货；\n3. 负责应收账款管理，按期催收回款，能适应长期跑市场。\n负责渠道开发与经销商管理。", true, "a field salesman's quota, stock pushed on dealers and collections"},
		{"渠道运营经理\n1. 开发县级经销商，完成个人年任务额500万元和回款任务；\n2. 负责辖区货款催收，能适应长期跑市场。\n负责渠道运营与经销商管理。", true, "a field salesman under a channel title"},
		{"Senior Associate, Commercial\nDraft channel partner and franchise network agreements; lead the legal workstream; supervise a paralegal.\nJuris Doctor; member of the Law Society.", true, "a commercial lawyer"},
		{"Customer Operations Specialist\nAnswer inbound calls and billing chats; meet your targets for quality and tickets per hour.\nJoin the customer operations team.", true, "an agent's tickets per hour"},
		{"Operations Manager (m/w/d) Lager\nSchichtleitung in Wareneingang und Kommissionierung, Staplerschein erforderlich.\nAls Operations Manager verantwortest du das operative Geschäft, die Operations KPIs und den Geschäftsbetrieb des Standorts.", true, "a German warehouse's shift lead"},
		{"Customer Operations Specialist (m/w/d)\nAuftragserfassung in SAP SD, Lieferscheine und Gutschriften, Rechnungskorrekturen.\nAls Teil von Customer Operations verantwortest du Service-Prozesse und das Ticketsystem.", true, "a German order clerk"},
		{"营运助理\n- 安排部门会议、预订会议室\n- 处理部门文具、办公用品采购\n负责营运部运营支持工作，整理运营SOP文档，制作运营报表。", true, "an office assistant in Hong Kong's words"},
		{"运营专员\n1. 负责车站行车组织，接发列车，执行行车调度命令；\n2. 按照运行图驾驶电客车，执行出入段作业。\n负责运营管理工作，推进运营工作。", true, "a metro's drivers and station staff"},
		{"Customer Operations Associate – Dutch market\nBookings changes and refunds by phone and e-mail; escalation to 2nd line for complex cases; agent of the month three times.\nJoin the customer operations team.", true, "an agent escalates to the second line"},
		{"Operations Support Officer - Payments\nProcess Faster Payments and CHAPS, clear the payment suspense account and process direct debit indemnity claims.\nSupport the operations team.", true, "a bank's payments clerk"},
		{"Community Operations Assistant\nRun the homeowners association's front desk: gate access cards, amenity bookings, violation letters and the resident portal.\nSupport community operations.", true, "an estate's front office under a community title"},
		{"We run e-commerce fulfilment for regional brands, and our night shift needs a lead who assigns the team to putaway and packing, keeps picking accuracy up, checks forklift licences and hands out the RF scanners.", true, "a fulfilment centre's floor, with no title"},
		{"大模型数据运营专员（SFT语料方向）\n1. 按指引编写问答对（SFT数据）；\n2. 对模型回答打分排序，产出RLHF偏好数据；\n3. 按日完成产量，计件考核。\n负责数据运营工作。", true, "the writers of a language model's training data"},
		{"Operations Coordinator (m/w/d)\nTouren planen, Fahrer einteilen, Frachtraum über Frachtenbörsen (Timocom) einkaufen.\nIm Team Project Operations, mit unserem Business Operations Analyst.", true, "a German haulier's dispatcher"},
		{"Campaign Operations Assistant (Gift Processing)\nOpen and date-stamp the mail, key pledge cards into Raiser's Edge, prepare bank deposits; 10-key by touch.\nSupport the campaign team.", true, "a charity's gift processing under a campaign title"},
		{"Jason Huang\nChannel Account Manager - South China\nQuota-carrying seller: 118% of annual quota in 2023, President's Club twice.\nWork with resellers on sell-through and special pricing; commission plan of 60% quota attainment.", true, "a seller's quota and awards"},
		{"Community Manager - Residential Portfolio\nOversee three homeowner associations: board meetings, dues collection, vendor bids and CC&R violation letters.", true, "an American community association manager"},
		{"Data Operations Associate | Annotation\nDraw keypoints on product photos in CVAT, about 900 tasks per day; review other annotators' boxes.\nJoin the data operations team.", true, "an annotator's tools and daily count"},
		{"Customer Operations Associate\nAnswer about 40 live chats and 25 emails per shift; escalate to Tier 2 by the macro guide.\nJoin the customer operations team.", true, "a chat agent's emails per shift and escalations"},
		{"Customer Operations Associate (Casual)\nYou'll answer inbound phone calls and chats about bookings, by our scripts.\nPrevious call centre experience preferred.", true, "an agent's calls and experience"},
		{"Chief of Staff (Operations)\nRun my inbox and book all travel for the partners.\nKeep the leadership team aligned.", true, "an executive assistant's inbox and travel under a chief of staff's title"},
		{"Chief of Staff (Operations)\nRun the leadership team's weekly operating review, track cross-team commitments and keep the decision log.", false, "a chief of staff who runs the leadership cadence"},
		{"【內部招聘】分行運營主任 Branch Operations Officer — 旺角分行\n負責櫃位現金管理、交易覆核、日終結算及合規檢查，督導櫃員4名", true, "a bank branch's counters, in Hong Kong's words"},
		{"MIS Executive\nPrepare daily MIS for collections: bucket-wise collection efficiency and agency performance reports.\nAutomate reports with Excel macros and Power BI.\n\nJobs you might be interested in\nTelecaller - Collections\nField Collection Officer - Two Wheeler\nData Entry Operator\nSkip Tracing Executive", false, "the other jobs a board's page lists"},
	}
	for _, tt := range tests {
		r := m.MatchString(tt.text)
		if len(r.Areas) == 0 {
			t.Errorf("%s: %q found no area", tt.why, tt.text)
			continue
		}
		if got := r.Areas[0].Score < DefaultThreshold; got != tt.other {
			t.Errorf("%s: %q: top area %s scores %.2f; want it below the threshold %.2f: %v", tt.why, tt.text, r.Areas[0].Area, r.Areas[0].Score, DefaultThreshold, tt.other)
		}
	}
}

// TestDeniedDuties checks that the work of another job that a posting
// says the job does not do does not count as its duties (see dutyDenied).
func TestDeniedDuties(t *testing.T) {
	m := NewMatcher(Default())
	tests := []struct {
		text  string
		other bool // whether the text lists another job's work
		why   string
	}{
		{"Operations Coordinator (Projects)\nRun project set-up, programmes and stage gates for 60 projects.\nWhat you won't be doing: reception, diary management or office supplies.", false, "duties the posting says the job does not do"},
		{"Operations Coordinator\nRun project set-up and stage gates.\nWhat you won't do:\n- reception\n- diary management\n- office supplies", false, "a list under a heading that denies them"},
		{"运营助理\n负责社群运营和活动策划，不负责前台接待、会议室预订和办公用品\n推进运营工作", false, "denied in Chinese"},
		{"Operations Assistant\nCover reception and diary management. Order office supplies; we won't ask you to post on social media.", true, "a cue in another sentence denies nothing before it"},
		{"电商客户运营专员 在线客服 千牛 打字快 无需经验 1、在线接待顾客，解答顾客咨询，促成下单 2、物流查询、修改地址", true, "a cue before a numbered item denies nothing in it"},
		{"Operations Coordinator\nWhat you'll do:\n- reception\n- diary management\n- office supplies", true, "a list under a heading that denies nothing"},
	}
	for _, tt := range tests {
		if got := m.MatchString(tt.text).otherDuties; got != tt.other {
			t.Errorf("%s: %q: lists other duties %v, want %v", tt.why, tt.text, got, tt.other)
		}
	}
}

// TestNotOperations checks that phrases naming other work, which contain an
// operations word, neither count for an area nor let the operations word
// inside them count, while the same word elsewhere still does.
func TestNotOperations(t *testing.T) {
	m := NewMatcher(Default())
	tests := []struct {
		text string
		want bool // whether the text has any hit for business-ops or one of its duties
		why  string
	}{
		{"IT Operations Manager, 8 years running data centres", false, "IT operations is not business operations"},
		{"某某商业运营管理有限公司招聘出纳1名", false, "运营 in the employer's name"},
		{"某市轨道交通集团有限公司运营分公司2026届校园招聘", false, "a railway's operating company"},
		{"负责与三大运营商对接，推进5G套餐落地", false, "运营商 is a telecom carrier"},
		{"推广运营商家庭宽带套餐", false, "a carrier's home broadband, not 运营商家"},
		{"保障地铁运营安全，执行行车调度命令", false, "地铁运营 is running trains"},
		{"求职意向：公交运营公司总经理 / 城市交通运营管理", false, "城市交通运营 runs a city's buses"},
		{"求职意向：产业园区招商运营\n5年园区招商经验：企业入驻洽谈、租赁合同签约", false, "an industrial park's investment attraction"},
		{"Airport Operations Agent: airfield self-inspections, NOTAMs and escorts on the air operations area", false, "an airport's airfield"},
		{"负责运营商家入驻和商家成长", true, "运营商家 is running merchants, not a carrier"},
		{"管理营运资金与现金流预测", false, "营运资金 is working capital"},
		{"Freight Operations Specialist: book shipments, chase carriers, file customs documents", false, "a freight forwarder's desk"},
		{"Emergency Management Operations Officer\nSandoval County Office of Emergency Management\nKeep the emergency operations plan current, and staff the EOC during activations.", false, "a county's emergency management"},
		{"Nursing Operations Supervisor on nights: bed placement and staffing gaps across the units", false, "a hospital's house supervisor"},
		{"Back of House Operations Associate: prep, line and dish at our downtown restaurant", false, "a kitchen's crew"},
		{"Central Kitchen Operations Manager: production schedules, food safety and deliveries to our restaurants", false, "a commissary's production"},
		{"Housekeeping Operations Manager: room attendants, linen and cleanliness inspections across the resort", false, "a hotel's rooms and linen"},
		{"HR Operations Specialist\nManage onboarding paperwork and payroll changes.", false, "HR operations is HR"},
		{"Legal Operations Manager\nManage outside counsel spend.", false, "legal operations is legal work"},
		{"Loan Operations Specialist\nBook new loans in the core banking system.", false, "a bank's back office"},
		{"财务运营专员\n负责费用报销审核和月末结账。", false, "财务运营 is finance"},
		{"Operations Engineering: SRE, NOC and database administration openings", false, "operations engineering is IT work"},
		{"生产运营主管\n负责排产、设备效率和良品率。", false, "生产运营 runs a factory"},
		{"柜面运营主管\n负责柜面业务授权与现金管理。", false, "柜面运营 is a bank's counters"},
		{"基金运营岗（TA/估值方向）\n负责基金估值、份额登记与清算。", false, "基金运营 values funds and keeps their registers"},
		{"Partner, Operations Practice\nLed client engagements in supply chain.", false, "a consulting firm's practice"},
		{"网络安全运营工程师\n负责安全运营中心的告警研判与应急响应。", false, "a security operations centre's work"},
		{"Cybersecurity Operations Analyst II - Security Operations Center (24x7)\nTriage alerts from SIEM and EDR.", false, "likewise in English"},
		{"Emergency Communications Operations Specialist I (911 Call-Taker)", false, "a county's 911 centre"},
		{"Operations Manager for our marketplace", true, "the bare title still counts"},
		{"负责平台运营和商家运营", true, "运营 outside the phrases still counts"},
	}
	area, _ := Default().Area(BusinessOps)
	own := map[Ref]bool{BusinessOps.Ref(): true} // the area and its duties
	for d := range area.Duties() {
		own[d.Ref()] = true
	}
	for _, tt := range tests {
		r := m.MatchString(tt.text)
		got := false
		for _, h := range r.Hits {
			got = got || own[h.Entity]
		}
		if got != tt.want {
			t.Errorf("MatchString(%q): business-ops hit = %v, want %v (%s); hits %v", tt.text, got, tt.want, tt.why, r.Hits)
		}
	}
}

// TestMatchMarkup checks that a document written in HTML, escaped HTML or
// plain text with entities is matched as the text a browser shows, with
// offsets into the markup: each hit's span of the markup holds the markup
// of its term, and the title's span that of the title.
func TestMatchMarkup(t *testing.T) {
	m := NewMatcher(Default())
	tests := []struct {
		name  string
		text  string
		title Title
		// The markup of the title and of the hits of the top area.
		titleText string
		hits      []string
	}{
		{
			name:      "HTML page",
			text:      "<!DOCTYPE html><html><head><title>Careers</title><style>h1{}</style></head><body>\n<h1>Social&nbsp;Media&nbsp;Manager</h1>\n<p>Run our <b>Instagram</b> and TikTok accounts.</p></body></html>",
			title:     Title{"social-media-ops", LevelManager},
			titleText: "Social&nbsp;Media&nbsp;Manager",
			hits:      []string{"Social&nbsp;Media&nbsp;Manager", "Instagram", "TikTok"},
		},
		{
			name:      "HTML fragment in Chinese",
			text:      "<div><p><strong>社群<span>运营</span>专员</strong></p><ul><li>负责社群拉新&amp;社群活跃</li></ul></div>",
			title:     Title{"community-ops", LevelSpecialist},
			titleText: "社群<span>运营</span>专员",
			hits:      []string{"社群<span>运营</span>专员", "社群拉新", "社群活跃"},
		},
		{
			name:      "escaped HTML",
			text:      "&lt;p&gt;&lt;b&gt;用户运营经理&lt;/b&gt;&lt;/p&gt;&lt;p&gt;用户分层&amp;nbsp;与召回&lt;/p&gt;",
			title:     Title{"user-ops", LevelManager},
			titleText: "用户运营经理",
			hits:      []string{"用户运营经理", "用户分层", "召回"},
		},
		{
			name:      "entities in plain text",
			text:      "Community&nbsp;Manager\nGrow our developer&nbsp;community &amp; run meetups.",
			title:     Title{"community-ops", LevelManager},
			titleText: "Community&nbsp;Manager",
			hits:      []string{"Community&nbsp;Manager", "developer&nbsp;community", "meetups"},
		},
		{
			name:      "a JSON record with escapes",
			text:      "{\n  \"id\": 10938475,\n  \"positionName\": \"\\u7528\\u6237\\u8fd0\\u8425\\u7ecf\\u7406\",\n  \"description\": \"\\u8d1f\\u8d23\\u7528\\u6237\\u5206\\u5c42\"\n}",
			title:     Title{"user-ops", LevelManager},
			titleText: `\u7528\u6237\u8fd0\u8425\u7ecf\u7406`,
			hits:      []string{`\u7528\u6237\u8fd0\u8425\u7ecf\u7406`, `\u7528\u6237\u5206\u5c42`},
		},
		{
			name:      "a JSON record's HTML",
			text:      `{"jobTitle": "Community Manager", "description": "<p>Grow our \u201cdeveloper community\u201d</p><ul><li>Run meetups</li></ul>\n<p>\u00a0</p>"}`,
			title:     Title{"community-ops", LevelManager},
			titleText: "Community Manager",
			hits:      []string{"Community Manager", "developer community", "meetups"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := m.MatchString(tt.text)
			if r.Title != tt.title || string(r.Text[r.TitleStart:r.TitleEnd]) != tt.titleText {
				t.Errorf("title %v from %q, want %v from %q", r.Title, r.Text[r.TitleStart:r.TitleEnd], tt.title, tt.titleText)
			}
			if len(r.Areas) == 0 || r.Areas[0].Area != tt.title.Area {
				t.Fatalf("areas %v, want %s first", r.Areas, tt.title.Area)
			}
			var got []string
			for _, e := range r.Areas[0].Evidence {
				got = append(got, string(r.Text[e.Start:e.End]))
			}
			if diff := cmp.Diff(tt.hits, got); diff != "" {
				t.Errorf("evidence of %s (-want +got):\n%s", tt.title.Area, diff)
			}
		})
	}
}

// TestBareTitleWeight checks that the noun of operations with level words
// weighs at most as a term that a sixth of the areas share, and less than
// an area's own name.
func TestBareTitleWeight(t *testing.T) {
	m := NewMatcher(Default(), WithThreshold(0.01))
	n := float64(len(slices.Collect(Default().Areas())))
	most := math.Log(1+bareTitleShare) / math.Log(1+n) // s = n/6
	specific := termWeight(m.MatchString(untitled+"Community Manager"), "community-ops", "community manager")
	for _, tt := range []struct {
		text string
		area AreaID
		term string
	}{
		{"Operations Associate", "business-ops", "operations associate"},
		{"Operations Manager", "business-ops", "operations manager"},
		{"运营专员", "business-ops", "运营专员"},
		// A seller's stores on Amazon and Walmart, or a platform's two
		// sides: the text tells.
		{"Marketplace Operations Manager", "business-ops", "operations manager"},
	} {
		got := termWeight(m.MatchString(untitled+tt.text), tt.area, tt.term)
		if !(got > 0 && got <= most+1e-9 && got < specific) {
			t.Errorf("%s weighs %.3f for %s; want in (0, %.3f], and less than Community Manager's %.3f", tt.text, got, tt.area, most, specific)
		}
	}
}

func TestNamesOperations(t *testing.T) {
	tests := []struct {
		term string
		want bool
	}{
		{"社群运营", true},
		{"营运经理", true},
		{"risk operations", true},
		{"revops", true},
		{"trust & safety", true},
		{"workforce planner", true},
		{"workforce management", true},
		{"workforce analyst", true},
		{"real-time analyst", true},
		{"wfm scheduler", true},
		{"坐席排班", true},
		{"resource planner", false},             // a consultancy's too
		{"strategic workforce planning", false}, // HR's, not a service operation's
		{"workforce", false},
		{"cooperation", false},
		{"data analysis", false},
	}
	for _, tt := range tests {
		if got := namesOperations(tt.term); got != tt.want {
			t.Errorf("namesOperations(%q) = %v, want %v", tt.term, got, tt.want)
		}
	}
}

// TestWorkforcePlannerContext checks that a workforce planner's job is
// operations work by itself: a service centre's posting that never says
// "operations" still reports resource allocation.
func TestWorkforcePlannerContext(t *testing.T) {
	m := NewMatcher(Default())
	for _, text := range []string{
		"Workforce Planner:in Kundendienst (100 %)\n\nIhre Aufgaben\n– Prognose der Anrufvolumen je Kanal und Intervall\n– Erstellung der Einsatzpläne im WFM-Tool\n– Monitoring von Service Level und Auslastung\n",
		// A headline whose title is a workforce management lead's.
		"Workforce Management Lead @ Brightline Contact Solutions | forecasting, scheduling & real-time adherence for 600+ agents across 3 sites | NICE IEX",
		"Teamleiter Workforce Management (m/w/d) Kundenservice – Forecasting, Schichtplanung & Kapazitätssteuerung für 3 Contact-Center-Standorte",
		// A level inside the job's name: "WFM" alone names the work.
		"WFM Sr Analyst – Contact Centre Planning (forecasting, scheduling, intraday) | Manila, Night Shift",
	} {
		r := m.MatchString(text)
		if len(r.Areas) == 0 || r.Areas[0].Area != ResourceAllocation {
			t.Errorf("%q: areas %v, want %s first", text, r.Areas, ResourceAllocation)
		}
	}
}

// TestBossContext checks that a director the job works with or reports to
// weighs like a team for the director's own area, but says as much as the
// job's own title would that the job is in operations: the function areas
// score the same.
func TestBossContext(t *testing.T) {
	m := NewMatcher(Default(), WithThreshold(0))
	const body = "Keep the resourcing plan and the utilization reports for the studio. "
	boss := m.MatchString(untitled + body + "You'll sit with the Operations Director.")
	own := m.MatchString(untitled + body + "The Operations Director sits in the studio.")
	if b, o := scoreOf(boss, ResourceAllocation), scoreOf(own, ResourceAllocation); b == 0 || math.Abs(b-o) > 1e-9 {
		t.Errorf("resource-allocation scores %v beside a boss in operations, %v beside the same words as the job's; want the same, above zero", b, o)
	}
	if b, o := scoreOf(boss, BusinessOps), scoreOf(own, BusinessOps); b >= o {
		t.Errorf("business-ops scores %v for the boss's job, %v for the job's own; want less", b, o)
	}
}

// TestFunctionTitle checks that a title naming a function area by a name
// without a title word counts as evidence of operations, so that the
// function area's terms in the text weigh more than under no title, and
// that titles whose function term holds a title word do not.
func TestFunctionTitle(t *testing.T) {
	m := NewMatcher(Default(), WithThreshold(0))
	body := "\nMapped value streams, ran kaizen events and removed bottlenecks on four lines; standard work for changeovers."
	base := m.MatchString("Katie Lindqvist" + body)
	baseScore := scoreOf(base, "process-optimization")
	tests := []struct {
		title string
		want  bool
	}{
		{"Continuous Improvement Manager", true},
		{"Continuous Improvement Lead", true}, // a catalog term that holds the level word
		{"Real-Time Analyst", true},           // an analyst the catalog names for another function
		{"Data Analyst", false},               // one of many trades
		{"排班与人力规划专员（WFM）", true},
		{"Service Improvement Officer", true},
		{"流程优化经理", true},
		{"Process Excellence Lead", true},
		{"Program Coordinator, Quality Improvement & Patient Flow", true},
		{"客服中心现场管理岗（实时调度）", true}, // the service centre's floor: whose staff are scheduled
		{"客服质检主管", true},          // the checks of the centre's agents
		{"排班调度专员（WFM）", true},     // the agents' rosters
		{"WFM Sr Analyst", true},  // the planning of a service operation's staff, a level inside the job's name
		{"调度专员", false},           // a dispatcher of drivers
		{"运力调度主管", true},          // the dispatchers' lead, who plans the capacity
		{"Dispatch Manager", true},
		{"分拨中心现场主管 / 调度主管", false},                                            // a hub's floor supervisor
		{"Quality Assurance Analyst - Customer Care (Call Monitoring)", true}, // a contact centre's QA
		{"Quality Assurance Analyst", false},                                  // whose software?
		{"Quality Analyst II (EV Charging Hotline)", true},                    // a hotline's QA
		{"Quality Coach", true},                                               // a coach who scores the agents
		{"Operations Coordinator", false},
		{"数据分析师", false},
		{"Performance Analyst", false},
		{"Java开发工程师", false},
		{"流程优化工程师（BPM）", true}, // an engineer of the flow the function's name says
	}
	for _, tt := range tests {
		r := m.MatchString(tt.title + body)
		if r.functionTitle != tt.want {
			t.Errorf("%q: names a function by its own words: %v, want %v", tt.title, r.functionTitle, tt.want)
		}
		if got := scoreOf(r, "process-optimization"); tt.want && got <= baseScore {
			t.Errorf("%q: process-optimization scores %.2f, not above %.2f without the title", tt.title, got, baseScore)
		}
	}
}

// scoreOf returns the score of area a in r, or 0.
func scoreOf(r Result, a AreaID) float64 {
	for _, s := range r.Areas {
		if s.Area == a {
			return s.Score
		}
	}
	return 0
}

// TestTraditionalText checks that a text in Traditional characters reads as
// its Simplified twin: the rules that find and read the title, headings and
// duties compare Simplified words with the text, which the scan's fold does
// not change.
func TestTraditionalText(t *testing.T) {
	m := NewMatcher(Default())
	tests := []struct {
		name                    string
		simplified, traditional string
		title                   Title
		top                     AreaID
	}{
		{
			name:        "a notice's heading over a post's fields",
			simplified:  "济华医院2024年社会招聘公告（第三批）——运营管理部\n\n根据医院发展需要，现面向社会公开招聘工作人员，具体岗位如下：\n\n岗位名称：流程优化专员（门诊方向）\n所在部门：运营管理部\n\n岗位职责：\n（一）梳理患者从预约、挂号、候诊到缴费的全流程，绘制流程图，找出瓶颈；\n（二）运用精益医疗、流程再造等方法，推动流程改进。\n",
			traditional: "濟華醫院2024年社會招聘公告（第三批）——運營管理部\n\n根據醫院發展需要，現面向社會公開招聘工作人員，具體崗位如下：\n\n崗位名稱：流程優化專員（門診方向）\n所在部門：運營管理部\n\n崗位職責：\n（一）梳理患者從預約、掛號、候診到繳費的全流程，繪製流程圖，找出瓶頸；\n（二）運用精益醫療、流程再造等方法，推動流程改進。\n",
			title:       Title{Area: ProcessOptimization, Level: LevelSpecialist},
			top:         ProcessOptimization,
		},
		{
			name:        "a tag before the title, a maintainer's byline after it",
			simplified:  "# 【岗位JD】证券APP增长运营（高级）— 财富科技中心\n\n> 文档维护：财富科技中心 HRBP ｜ 最近更新：2025-02-27\n\n**汇报对象**：增长运营总监\n\n## 你要负责的\n\n1. 拉新裂变：负责老带新活动与裂变玩法，降低获客成本；\n2. 增长实验：设计A/B测试，跟踪CAC与LTV。\n",
			traditional: "# 【崗位JD】證券APP增長運營（高級）— 財富科技中心\n\n> 文檔維護：財富科技中心 HRBP ｜ 最近更新：2025-02-27\n\n**匯報對象**：增長運營總監\n\n## 你要負責的\n\n1. 拉新裂變：負責老帶新活動與裂變玩法，降低獲客成本；\n2. 增長實驗：設計A/B測試，跟蹤CAC與LTV。\n",
			title:       Title{Area: GrowthOps, Level: LevelSenior},
			top:         GrowthOps,
		},
	}
	type reading struct {
		Title           Title
		TitleStart, End int
		Areas           []AreaID
	}
	read := func(text string) reading {
		r := m.MatchString(text)
		got := reading{Title: r.Title, TitleStart: r.TitleStart, End: r.TitleEnd}
		for _, a := range r.Areas {
			got.Areas = append(got.Areas, a.Area)
		}
		return got
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if len(tt.simplified) != len(tt.traditional) {
				t.Fatalf("the twins differ in length: %d and %d bytes", len(tt.simplified), len(tt.traditional))
			}
			want, got := read(tt.simplified), read(tt.traditional)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("the Traditional text reads otherwise than the Simplified (-Simplified +Traditional):\n%s", diff)
			}
			if got.Title != tt.title || len(got.Areas) == 0 || got.Areas[0] != tt.top {
				t.Errorf("title %+v, areas %v; want title %+v and %s first", got.Title, got.Areas, tt.title, tt.top)
			}
		})
	}
}

// TestGenderMarks checks that the marks with which German postings name
// both genders of a job do not split the terms they stand in, that the
// hits index the text as given, and that a colon, star or underscore that
// marks no gender is left alone.
func TestGenderMarks(t *testing.T) {
	m := NewMatcher(Default())
	tests := []struct {
		text string
		hit  string // a term's hit, as the text writes it, or "" for none
		area AreaID // the title's area
	}{
		{"Betriebsleiter:in Systemgastronomie (w/m/d)\nDu führst unser Restaurant.", "Betriebsleiter:in Systemgastronomie", StoreOps},
		{"Qualitätsmanager*in Contact Center (m/w/d)\nDu bewertest Gespräche.", "Qualitätsmanager*in Contact Center", PerformanceEvaluation},
		{"Betriebsleiter_innen Systemgastronomie\nDu führst unser Restaurant.", "Betriebsleiter_innen Systemgastronomie", StoreOps},
		{"Betriebsleiter/-in Systemgastronomie (m/w/d)\nDu führst unser Restaurant.", "Betriebsleiter/-in Systemgastronomie", StoreOps},
		{"Betriebsleiter/in Systemgastronomie\nDu führst unser Restaurant.", "Betriebsleiter/in Systemgastronomie", StoreOps},
		// No gender: a capital before the colon, a letter after the "in".
		{"Betriebsleiter:inaktiv Systemgastronomie\nText.", "", ""},
		{"BETRIEBSLEITER:IN SYSTEMGASTRONOMIE\nText.", "", ""},
		{"Betriebsleiter/in-house Systemgastronomie\nText.", "", ""},
	}
	for _, tt := range tests {
		r := m.MatchString(tt.text)
		var got string
		for _, h := range r.Hits {
			if h.Start == 0 {
				got = string(r.Text[h.Start:h.End])
			}
		}
		if got != tt.hit || r.Title.Area != tt.area {
			t.Errorf("MatchString(%q): hit at 0 %q, title area %q; want %q, %q", tt.text, got, r.Title.Area, tt.hit, tt.area)
		}
	}
}

// TestReferenceCode checks that a term inside a job's reference code names
// nothing, while the same word elsewhere and a term before a code's
// number still count.
func TestReferenceCode(t *testing.T) {
	m := NewMatcher(Default(), WithThreshold(0))
	tests := []struct {
		text string
		term string
		want bool
	}{
		{"Job ref: 221-COO-5174-A", "COO", false},
		{"Reports to the COO.", "COO", true},
		{"Follow SOP-001 for every return.", "SOP", true},
		{"Requisition JR-KPI-22", "KPI", false},
	}
	for _, tt := range tests {
		r := m.MatchString(tt.text)
		found := false
		for _, h := range r.Hits {
			if tt.text[h.Start:h.End] == tt.term {
				found = true
			}
		}
		if found != tt.want {
			t.Errorf("%q: %s found %v, want %v", tt.text, tt.term, found, tt.want)
		}
	}
}

// TestEditorAddress checks that a post's invitation to write to its
// editor (私訊小編) names no social media work, while 小编 elsewhere does.
func TestEditorAddress(t *testing.T) {
	m := NewMatcher(Default(), WithThreshold(0))
	tests := []struct {
		text string
		want bool // whether social-media-ops scores
	}{
		{"想來的請私訊小編或直接到門市找店長填履歷喔～", false},
		{"有兴趣的私信小编，或加小编微信", false},
		{"公众号小编，负责日常推文", true},
	}
	for _, tt := range tests {
		r := m.MatchString(tt.text)
		if got := r.Score(SocialMediaOps) > 0; got != tt.want {
			t.Errorf("%q: social-media-ops scores %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestAcronymInBrackets checks that an acronym in brackets after the
// words it stands for, or the words after their acronym, adds nothing to
// what they say once, while a translation in brackets counts.
func TestAcronymInBrackets(t *testing.T) {
	m := NewMatcher(Default(), WithThreshold(0))
	tests := []struct {
		text, once string
	}{
		{"Prepared the weekly business review (WBR) for leadership.", "Prepared the weekly business review for leadership."},
		{"直播运营，负责提升成交总额（GMV）和观看时长", "直播运营，负责提升成交总额和观看时长"},
		{"Ran the WBR (weekly business review) each Monday.", "Ran the WBR each Monday."},
	}
	for _, tt := range tests {
		got, want := m.MatchString(tt.text), m.MatchString(tt.once)
		if len(got.Areas) == 0 || len(want.Areas) == 0 {
			t.Fatalf("%q or %q: no areas", tt.text, tt.once)
		}
		if g, w := got.Areas[0].Score, want.Areas[0].Score; math.Abs(g-w) > 1e-9 || got.Areas[0].Area != want.Areas[0].Area {
			t.Errorf("%q: %s %.4f, want %s %.4f as in %q", tt.text, got.Areas[0].Area, g, want.Areas[0].Area, w, tt.once)
		}
	}
	// Two names of one method, one a translation: both count.
	both, one := m.MatchString("流程優化經理\n推行精實（Lean）"), m.MatchString("流程優化經理\n推行精實")
	if both.Score(ProcessOptimization) <= one.Score(ProcessOptimization) {
		t.Errorf("精實（Lean） scores %.4f, not more than 精實's %.4f", both.Score(ProcessOptimization), one.Score(ProcessOptimization))
	}
}

// TestRestatedProfession checks that the words of the profession a title
// names, found again in its text, count for no area, while longer terms
// around them still do.
func TestRestatedProfession(t *testing.T) {
	m := NewMatcher(Default(), WithThreshold(0))
	r := m.MatchString("抖音带货主播（珠宝）\n负责直播带货，配合场控和中控讲解商品，参加主播培训。\n要求：一年以上带货主播经验。")
	weights := map[string]float64{}
	for _, a := range r.Areas {
		if a.Area != LivestreamOps {
			continue
		}
		for _, e := range a.Evidence {
			weights[string(r.Text[e.Start:e.End])] += e.Weight
		}
	}
	if w, ok := weights["带货主播"]; !ok || w != 0 {
		t.Errorf("带货主播 weighs %v (found %v), want 0", w, ok)
	}
	if weights["主播培训"] <= 0 || weights["场控"] <= 0 {
		t.Errorf("主播培训 weighs %v and 场控 %v, want both above 0", weights["主播培训"], weights["场控"])
	}
}

// TestTitleOnlyDuty checks that in a short text that is its title and
// nothing more, a duty's words in the title name the job as an area's
// name would, while the same title over a body that names an area weighs
// as before.
func TestTitleOnlyDuty(t *testing.T) {
	m := NewMatcher(Default())
	r := m.MatchString("Sales Operations Intern (Summer 2025) - Chicago, IL")
	if len(r.Areas) == 0 || r.Areas[0].Area != BusinessOps {
		t.Errorf("a title alone: areas %v, want %s first", r.Areas, BusinessOps)
	}
	all := NewMatcher(Default(), WithThreshold(0))
	alone := scoreOf(all.MatchString("Sales Operations Intern"), BusinessOps)
	long := scoreOf(all.MatchString("Sales Operations Intern\n"+strings.Repeat("Our team meets every Monday and shares lunch on Fridays. ", 10)), BusinessOps)
	if alone <= long {
		t.Errorf("business-ops scores %.3f for the title alone, %.3f over a long silent body; want the first higher", alone, long)
	}
}

// TestTitleOnlyFunction checks that a function area's title alone, as an
// HR system's record or a search gives it, reaches the threshold, and that
// the same title over a body that says nothing of the job weighs less.
func TestTitleOnlyFunction(t *testing.T) {
	m := NewMatcher(Default())
	all := NewMatcher(Default(), WithThreshold(0))
	for _, c := range []struct {
		title string
		want  AreaID
	}{
		{"客服质检专员", PerformanceEvaluation},
		{"客服质检专员（呼叫中心QA）｜客户体验中心-质检组｜P3｜成都高新", PerformanceEvaluation},
		{"流程优化专员", ProcessOptimization},
		{"风险管理专员", RiskManagement},
		{"Capacity Planner", ResourceAllocation}, // a planner plans what the function's name says
	} {
		r := m.MatchString(c.title)
		if len(r.Areas) == 0 || r.Areas[0].Area != c.want {
			t.Errorf("%q alone: areas %v, want %s first", c.title, r.Areas, c.want)
		}
		alone := scoreOf(all.MatchString(c.title), c.want)
		long := scoreOf(all.MatchString(c.title+"\n"+strings.Repeat("Our team meets every Monday and shares lunch on Fridays. ", 10)), c.want)
		if alone <= long {
			t.Errorf("%s scores %.3f for %q alone, %.3f over a long silent body; want the first higher", c.want, alone, c.title, long)
		}
	}
}

// TestHeadFirstTitle checks that a title that names its head noun first
// and its specialty after it, as Indian and British postings do, weighs
// at least as the same title in the usual order, and that one whose
// bracket names the field keeps the bracket's area first.
func TestHeadFirstTitle(t *testing.T) {
	m := NewMatcher(Default(), WithThreshold(0))
	for _, c := range []struct {
		headFirst, usual string
		area             AreaID
	}{
		{"Manager – Operations", "Operations Manager", BusinessOps},
		{"Deputy Manager Operations", "Deputy Operations Manager", BusinessOps},
		{"Dy. Manager - Operations", "Operations Manager", BusinessOps},
		{"Senior Executive, Operations (APAC)", "Senior Operations Executive", BusinessOps},
	} {
		h, u := scoreOf(m.MatchString(c.headFirst), c.area), scoreOf(m.MatchString(c.usual), c.area)
		if h < u {
			t.Errorf("%s scores %.3f for %q, %.3f for %q; want at least as much", c.area, h, c.headFirst, u, c.usual)
		}
	}
	r := m.MatchString("Assistant Manager – Operations (Bancassurance Partnerships)\nI run the operating relationship with our partner banks: SLAs, quarterly partner reviews and joint projects.")
	if len(r.Areas) == 0 || r.Areas[0].Area != PartnerOps {
		t.Errorf("a head-first title with its field in brackets: areas %v, want %s first", r.Areas, PartnerOps)
	}
}

// TestShiftOffFloor checks that a generic operations title that names a
// shift is a floor's job where the text names a floor, and not where it
// names other work done in shifts.
func TestShiftOffFloor(t *testing.T) {
	m := NewMatcher(Default())
	for _, c := range []struct {
		text string
		want AreaID // the top area, or "" for none
	}{
		{"Operations Associate (Night Shift)\nReview flagged content in the moderation queue against the community guidelines; escalate trust & safety cases; content moderation accuracy targets.", ContentOps},
		{"Operations Associate (Night Shift)\nPick and pack orders in our fulfillment center, load pallets at the outbound dock and keep the warehouse clean.", ""},
	} {
		if got := topArea(m.MatchString(c.text)); got != c.want {
			t.Errorf("top area of %q = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestOutletOperations checks that 网点运营主管 is a bank branch's counter
// supervisor only where the text is a bank's: a courier's outlets are
// run by operations.
func TestOutletOperations(t *testing.T) {
	m := NewMatcher(Default())
	courier := m.MatchString("网点运营主管（片区）\n捷驿速运｜快递/物流\n1. 负责片区18个加盟网点的运营管理，对派件时效、签收率、有效投诉率等核心KPI负责；\n2. 按月对网点进行运营考核评分与排名，组织网点负责人月度经营分析会；\n3. 推动标准操作规范在网点落地，定期巡查，输出巡查报告。")
	if len(courier.Areas) == 0 {
		t.Errorf("a courier's outlet operations supervisor has no area, want one")
	}
	bank := m.MatchString("网点运营主管\n某农商银行\n1. 负责支行柜面业务的日常管理和复核授权；\n2. 管理柜员的现金、重要空白凭证和印章；\n3. 落实反洗钱和柜面操作风险的检查。")
	if len(bank.Areas) > 0 {
		t.Errorf("a bank branch's counter supervisor has areas %v, want none", bank.Areas[0].Area)
	}
	// A bank's counter supervisor's resume, which seeks the same job
	// under the words of operations: the till boxes, the blank vouchers
	// and the tellers' rota are the counter's.
	resume := m.MatchString("求职意向：银行运营主管 / 会计主管 / 运营管理岗\n\n【工作经历】\n2019.1-2026.2 某农村商业银行 支行 运营主管\n1、负责支行柜面运营管理，管理柜员6人，柜面业务的授权\n2、现金管理：尾箱、金库、ATM加钞的管理，每日轧账，每月重空凭证盘点\n3、柜员排班、轮岗和业务培训")
	if len(resume.Areas) > 0 {
		t.Errorf("a bank counter supervisor's resume has areas %v, want none", resume.Areas[0].Area)
	}
}

// TestTermsTopArea checks that catalog terms which only show in a whole
// match make their area the top one: titles the catalog names for a
// function area, with a level word or none, give it the evidence of
// operations that the text around them lacks; a delivery platform's work
// on its restaurants is business operations, which a payment firm's
// merchant support is not.
func TestTermsTopArea(t *testing.T) {
	m := NewMatcher(Default())
	tests := []struct {
		text string
		want AreaID
	}{
		{"海外风控策略专家（墨西哥）\n负责现金贷产品的准入规则、反欺诈规则和额度策略，监控首逾和迁移率等风险指标。", RiskManagement},
		{"风控策略经理\n负责授信与反欺诈策略，监控资产质量。", RiskManagement},
		{"Merchant Operations Specialist\nManage a portfolio of 300 restaurants and improve their order volume and ratings.\n" +
			"Audit menus and photos, set up merchant-funded promotions, track GMV and cancellation rate.", BusinessOps},
		// A call centre's quality checker, whose major is a marketing
		// term in a field padded as job boards export it.
		{"质检专员\n学    历：大专\n专    业：市场营销\n工作经历\n品质管理部 质检专员\n" +
			"1、每天抽听电销坐席录音50通左右，按质检评分表逐项打分；\n2、发现误导销售等违规行为时开具违规单并跟进整改；\n" +
			"3、按月汇总坐席和班组的质检得分排名，作为坐席绩效考核的依据；\n4、参加每月的质检校准会，修订质检标准。", PerformanceEvaluation},
	}
	for _, tt := range tests {
		if got := topArea(m.MatchString(tt.text)); got != tt.want {
			t.Errorf("top area of %.40q = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestDefaultTerms checks that terms of the default catalog that no other
// test reads are found as the entities they belong to.
func TestDefaultTerms(t *testing.T) {
	m := NewMatcher(Default(), WithThreshold(0))
	tests := []struct {
		text, term string
		entity     Ref
	}{
		{"每月汇总网点考核得分，输出排名。", "网点考核", Ref{KindDuty, "performance-evaluation-appraisal"}},
		{"每日抽听录音40通，按评分表打分。", "抽听录音", Ref{KindDuty, "performance-evaluation-appraisal"}},
		{"Weekly capacity meeting with the schedulers; cover unfilled shifts.", "capacity meeting", Ref{KindDuty, "resource-allocation-capacity"}},
		{"Weekly capacity meeting with the schedulers; cover unfilled shifts.", "unfilled shifts", Ref{KindDuty, "resource-allocation-staffing"}},
	}
	for _, tt := range tests {
		r := m.MatchString(tt.text)
		if !slices.ContainsFunc(r.Hits, func(h Hit) bool { return h.Term == tt.term && h.Entity == tt.entity }) {
			t.Errorf("MatchString(%q) has no hit of %q for %v; hits: %v", tt.text, tt.term, tt.entity, r.Hits)
		}
	}
}

// topArea returns the best area of r, or "" if it reports none.
func topArea(r Result) AreaID {
	if len(r.Areas) == 0 {
		return ""
	}
	return r.Areas[0].Area
}
