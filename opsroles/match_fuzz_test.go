// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/rolemodels/ops/opsroles/internal/fold"
	"github.com/rolemodels/ops/opsroles/internal/markup"
)

var fuzzSeeds = []string{
	"用户运营专员\n负责拉新、促活、留存，熟悉SQL和Excel，KPI考核。",
	"Senior Community Manager\nOwn community strategy; moderation; DAU and retention; SCRM2 scrum CRM.",
	"ＫＰＩ ＣＲＭ 社群運營 營運經理 \uFEFF\u200b社群",
	"\xff\xfe社\xe7\xa4群\x80",
	"",
	"运营专员（直播方向）\n公司简介：我们专注私域运营。\n【福利待遇】\n五险一金\n\n岗位职责\n负责社群",
	`{"jobTitle": "\u793e\u7fa4\u8fd0\u8425", "d": "<p>\u7528\u6237\ud83d\ude00 Community\nManager</p><br><br>"}`,
	"Operations Specialist (Community)\nAbout us\nWe run communities.\nWhat you'll do\n- Moderate\nBenefits:",
	"Executive Assistant to the COO\n某母婴品牌  运营主管\tCRM\t运营",
	"Jane\n\n## Experience\nAcme Ltd — Director, Growth (Remote) (2021–now)\n2019 | 运营 某科技公司 社群运营",
	"项目经理（土建） 云启 | 北京 岗位职责：负责施工。任职要求：" + strings.Repeat("本科，熟悉预算。", 40),
	"Teamleiter E-Commerce (m/w/d)\nSeniority level\nAssociate\nJob function\nMarketing",
	"任职要求：市场营销、新媒体等相关专业（CDA证书）；degree in Marketing or a related field. 专业",
	"Sales Operations Analyst, APAC 销售运营分析师 | 上海 " + strings.Repeat("Own the forecast. ", 20),
	"<h1>Social&nbsp;Media&nbsp;Manager</h1><ul><li>社群<b>运营</b></li></ul><script>x</script>&#8217;",
	"&lt;p&gt;&lt;b&gt;用户运营经理&lt;/b&gt;&lt;/p&gt;&lt;p&gt;用户分层&amp;nbsp;与召回&lt;/p&gt;",
	"Community&nbsp;Manager\nR&D &amp; KPI&#x4E2D;",
	"【高级产品经理-B端（运营中台方向）】\n| 岗位名称 | 风控运营专员 | 所属部门 |\n招剪辑师！！【急招】用户运营，坐标上海",
	"文件编号：HR-JD-RM-017\n鲜到家招聘 2024-04-16 发表于上海\n运营支持专员（跨境电商）\nBusiness Analyst – Operations",
	"**郑婉婷**\n女 · 29岁 · 本科（深圳大学 市场营销）· 6年经验\n- **求职意向：** 本地生活KA经理 ｜ 深圳\n## ▌岗位：大客户销售经理**",
	"数港信息丨2024 年招聘：云平台运维工程师、网络安全工程师\n关于星芒 🌟\n\n═══ 招聘岗位 ═══\n一、店铺运营（视觉设计） 5000-8000元 ",
	"Kanokwan S. • Talent Acquisition\n2d • 🌐\nWe're hiring! 📣 Social Media Executive – Bangkok, full time\nCHO / HR VP",
}

// checkResult checks what must hold for any Result of any text.
func checkResult(t *testing.T, m *Matcher, text []byte, r *Result) {
	t.Helper()
	boundary := make([]bool, len(text)+1)
	for i := 0; i < len(text); {
		boundary[i] = true
		_, n := utf8.DecodeRune(text[i:])
		i += n
	}
	boundary[len(text)] = true
	kind := markup.Detect(text)
	if r.TitleEnd > r.TitleStart && (r.TitleStart < 0 || r.TitleEnd > len(text) || !boundary[r.TitleStart] || !boundary[r.TitleEnd]) {
		t.Fatalf("title [%d, %d) is not a run of whole runes of the %d-byte text", r.TitleStart, r.TitleEnd, len(text))
	}
	for _, h := range r.Hits {
		if h.Start < 0 || h.End > len(text) || h.Start >= h.End || !boundary[h.Start] || !boundary[h.End] {
			t.Fatalf("hit %+v is not a run of whole runes of the %d-byte text", h, len(text))
		}
		if h.Implied {
			// The title stands for its term: it spans the title, up to
			// where the title's job ends.
			if h.Start != r.TitleStart || h.End > r.TitleEnd || r.Title.Area == "" {
				t.Fatalf("implied hit %+v is not the title [%d, %d) of area %q", h, r.TitleStart, r.TitleEnd, r.Title.Area)
			}
			continue
		}
		got := text[h.Start:h.End]
		if kind != markup.Plain {
			// A hit in markup spells its term as the browser shows it.
			got, _, _ = markup.Text(nil, nil, got, kind)
		}
		if !spells(string(got), h.Term) {
			t.Fatalf("hit %+v: the text there folds to %q", h, got)
		}
	}
	for i, a := range r.Areas {
		if !(a.Score >= m.Threshold() && a.Score <= 1) {
			t.Fatalf("area %s scores %v; want in [threshold %v, 1]", a.Area, a.Score, m.Threshold())
		}
		if i > 0 && r.Areas[i-1].Score < a.Score {
			t.Fatalf("areas out of order: %v before %v", r.Areas[i-1].Score, a.Score)
		}
		for _, e := range a.Evidence {
			if !(e.Weight >= 0) {
				t.Fatalf("evidence %+v has a negative weight", e)
			}
		}
	}
}

func FuzzMatch(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	m := NewMatcher(Default())
	var reused Result
	f.Fuzz(func(t *testing.T, text []byte) {
		r := m.Match(text)
		checkResult(t, m, text, &r)
		again := m.Match(bytes.Clone(text))
		m.MatchInto(&reused, text)
		opts := []cmp.Option{cmpopts.IgnoreUnexported(Result{}), cmpopts.EquateEmpty(), cmpopts.IgnoreFields(Result{}, "Text")}
		if diff := cmp.Diff(r, again, opts...); diff != "" {
			t.Fatalf("two matches of the same text differ:\n%s", diff)
		}
		if diff := cmp.Diff(r, reused, opts...); diff != "" {
			t.Fatalf("MatchInto into a used Result differs from Match:\n%s", diff)
		}
		// The text as a title: the same answer twice, and an area of the
		// catalog or none.
		line := string(text[:min(len(text), 200)])
		title := m.ClassifyTitle(line)
		if again := m.ClassifyTitle(line); again != title {
			t.Fatalf("ClassifyTitle(%q) gives %v, then %v", line, title, again)
		}
		if _, ok := m.areaIndex[title.Area]; title.Area != "" && !ok {
			t.Fatalf("ClassifyTitle(%q) gives area %q, not in the catalog", line, title.Area)
		}
		LooksLikeTitle(line)
	})
}

func FuzzMatchReader(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	f.Add([]byte{0xFF, 0xFE, 0x3E, 0x79, 0xA4, 0x7F})
	f.Add([]byte{0xC9, 0xE7, 0xC8, 0xBA, 0xD4, 0xCB, 0xD3, 0xAA}) // 社群运营 in GBK
	f.Add([]byte{0xAA, 0xC0, 0xB8, 0x73, 0xC0, 0xE7, 0xB9, 0x42}) // 社群營運 in Big5
	const limit = 4096
	m := testMatcher(f, WithMaxInput(limit))
	f.Fuzz(func(t *testing.T, in []byte) {
		r, err := m.MatchReader(bytes.NewReader(in))
		if len(in) > limit {
			if !errors.Is(err, ErrInputTooLarge) {
				t.Fatalf("%d bytes over a %d-byte limit: error %v", len(in), limit, err)
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		if !utf8.Valid(r.Text) {
			t.Fatalf("decoded text is not valid UTF-8 (%s)", r.Encoding)
		}
		checkResult(t, m, r.Text, &r)
		again, _ := m.MatchReader(bytes.NewReader(in))
		if again.Encoding != r.Encoding || !bytes.Equal(again.Text, r.Text) || len(again.Hits) != len(r.Hits) {
			t.Fatal("two reads of the same input differ")
		}
	})
}

// spells reports whether text is a spelling of the folded term that the
// matcher finds: it has the lookup key (fold.Key) of one of the forms the
// matcher searches for the term, its other spelling and plurals included
// ("Ops Analysts" for "ops analyst"); the key also drops the space that the
// matcher allows before a Chinese character after another script ("CRM
// 运营" for crm运营).
func spells(text, term string) bool {
	key := fold.Key(text)
	for _, f := range spellingsOf(fold.Words(term)) {
		if key == fold.Key(f) {
			return true
		}
	}
	return false
}
