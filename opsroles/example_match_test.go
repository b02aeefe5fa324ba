// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles_test

import (
	"bytes"
	"context"
	"fmt"
	"slices"

	"github.com/rolemodels/ops/opsroles"
	"golang.org/x/text/encoding/simplifiedchinese"
)

func ExampleMatcher_Match() {
	m := opsroles.NewMatcher(opsroles.Default())
	res := m.Match([]byte(`社群运营经理
岗位职责：
1. 搭建并运营用户社群，策划社群活动，提升社群活跃与留存；
2. 招募和培养社群KOC，沉淀用户口碑。`))
	fmt.Println("title:", res.Title.Area, res.Title.Level)
	for _, a := range res.Areas {
		fmt.Printf("%s %.2f\n", a.Area, a.Score)
		for _, t := range a.Explain()[:2] {
			fmt.Printf("  %s ×%d (%s)\n", t.Term, t.Count, t.Entity)
		}
	}
	// Output:
	// title: community-ops manager
	// community-ops 0.94
	//   社群运营 ×1 (area:community-ops)
	//   社群 ×2 (area:community-ops)
}

// Text copied from a PDF or typed with spaces still holds its terms: a line
// break inside a Chinese word, a hyphenated title, a space after a Latin
// word. A resume's columns stay apart: no term spans the two spaces after
// 品牌. The hits show what the text has, and the term each stands for.
func ExampleMatcher_MatchString_layout() {
	m := opsroles.NewMatcher(opsroles.Default())
	res := m.MatchString("负责会员运\n营，Social-Media-Manager，CRM 运营\n2021.07-至今  某母婴品牌  运营主管")
	for _, h := range res.Hits {
		fmt.Printf("%q → %s\n", res.Text[h.Start:h.End], h.Term)
	}
	// Output:
	// "会员运\n营" → 会员运营
	// "Social-Media-Manager" → social media manager
	// "CRM 运营" → CRM运营
	// "运营主管" → 运营主管
}

// German postings are read in their own words: the compounds and feminine
// forms of their titles, and the German aliases of the catalog.
func ExampleMatcher_MatchString_german() {
	m := opsroles.NewMatcher(opsroles.Default())
	res := m.MatchString(`Projektkoordinator:in (m/w/d) Filialexpansion

Ihre Aufgaben:
- Projektplanung und Meilensteine für die Neueröffnungen unserer Filialen
- Statusberichte an den Lenkungsausschuss, Projektbudget im Blick`)
	fmt.Println("title:", res.Title.Area, res.Title.Level)
	for _, a := range res.Areas {
		fmt.Printf("%s %.2f\n", a.Area, a.Score)
	}
	// Output:
	// title: project-ops specialist
	// project-ops 0.96
}

// A title may name its area without a catalog term: by a direction, or
// by level words around a specialty. It then stands for the term, and the
// hit says so.
func ExampleMatcher_MatchString_impliedTitle() {
	m := opsroles.NewMatcher(opsroles.Default())
	for _, text := range []string{"Growth Director", "运营专员（社群方向）"} {
		res := m.MatchString(text)
		for _, h := range res.Hits {
			if h.Implied {
				fmt.Printf("%s stands for %q (%s)\n", text[h.Start:h.End], h.Term, h.Entity)
			}
		}
		fmt.Printf("  %s %.2f\n", res.Areas[0].Area, res.Areas[0].Score)
	}
	// Output:
	// Growth Director stands for "growth manager" (area:growth-ops)
	//   growth-ops 0.75
	// 运营专员（社群方向） stands for "社群运营" (area:community-ops)
	//   community-ops 0.86
}

// A posting in HTML, as applicant tracking systems keep them, is read as a
// browser shows it: its heading is the title, and the entity no longer
// splits the term. The offsets index the markup that was passed in.
func ExampleMatcher_Match_html() {
	m := opsroles.NewMatcher(opsroles.Default())
	res := m.MatchString(`<div class="posting"><h2>Social&nbsp;Media Manager</h2>
<p>Own our <b>Instagram</b> and TikTok accounts &amp; the content calendar.</p></div>`)
	fmt.Printf("title: %s %s from %q\n", res.Title.Area, res.Title.Level, res.Text[res.TitleStart:res.TitleEnd])
	for _, e := range res.Areas[0].Evidence {
		fmt.Printf("%s %q\n", e.Term, res.Text[e.Start:e.End])
	}
	// Output:
	// title: social-media-ops manager from "Social&nbsp;Media Manager"
	// social media manager "Social&nbsp;Media Manager"
	// Instagram "Instagram"
	// TikTok "TikTok"
}

func ExampleMatcher_MatchReader() {
	// A resume saved by an older Windows program, in GBK.
	gbk, _ := simplifiedchinese.GBK.NewEncoder().String("电商运营专员\n负责天猫店铺运营，策划大促活动，提升GMV与转化率。")
	m := opsroles.NewMatcher(opsroles.Default())
	res, err := m.MatchReader(bytes.NewReader([]byte(gbk)))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(res.Encoding, res.Areas[0].Area)
	h := res.Hits[0]
	fmt.Printf("%q at [%d:%d] of the decoded text\n", res.Text[h.Start:h.End], h.Start, h.End)
	// Output:
	// gb18030 ecommerce-ops
	// "电商运营专员" at [0:18] of the decoded text
}

func ExampleMatcher_ClassifyTitle() {
	m := opsroles.NewMatcher(opsroles.Default())
	for _, title := range []string{"Senior Community Manager", "运营总监", "用户运营实习生", "資深營運專員", "COO", "Java开发工程师"} {
		t := m.ClassifyTitle(title)
		fmt.Printf("%s: %q %s\n", title, t.Area, t.Level)
	}
	// Output:
	// Senior Community Manager: "community-ops" manager
	// 运营总监: "business-ops" director
	// 用户运营实习生: "user-ops" intern
	// 資深營運專員: "business-ops" senior
	// COO: "business-ops" chief
	// Java开发工程师: "" unknown
}

func ExampleMatcher_MatchAll() {
	m := opsroles.NewMatcher(opsroles.Default())
	docs := [][]byte{
		[]byte("直播运营\n负责抖音直播间的排品、场控与复盘。"),
		[]byte("Customer Success Manager\nOwn renewals and QBRs for enterprise accounts."),
		[]byte("护士\n负责病房护理与医嘱执行。"),
	}
	for res, err := range m.MatchAll(context.Background(), slices.Values(docs)) {
		if err != nil {
			fmt.Println(err)
			return
		}
		if len(res.Areas) == 0 {
			fmt.Println("no operations area")
			continue
		}
		fmt.Println(res.Areas[0].Area)
	}
	// Output:
	// livestream-ops
	// customer-success
	// no operations area
}
