// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/rolemodels/ops/opsroles"
	"golang.org/x/text/language"
)

// The built-in catalog is parsed once and shared; typed constants name its
// entities.
func ExampleDefault() {
	c := opsroles.Default()
	a, _ := c.Area(opsroles.UserOps)
	fmt.Println(a.ID(), a.Type())
	fmt.Println(a.Label().Name(language.SimplifiedChinese), "/", a.Label().Name(language.English))
	for id := range a.Methods() {
		if id == opsroles.Funnel || id == opsroles.Retention {
			m, _ := c.Method(id)
			fmt.Println("uses", m.Label().Name(language.English))
		}
	}
	// Output:
	// user-ops specialty
	// 用户运营 / User Operations
	// uses Conversion Funnel
	// uses Retention Analysis
}

// Lookup resolves names and aliases in any script, ignoring case, width and
// surrounding punctuation.
func ExampleCatalog_Lookup() {
	c := opsroles.Default()
	for _, name := range []string{"用戶運營", "ＫＰＩ", "  SMART原则。", "焦点小组", "tableau"} {
		ref, err := c.Lookup(name)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s → %s\n", name, ref)
	}
	_, err := c.Lookup("区块链")
	fmt.Println(errors.Is(err, opsroles.ErrNotFound))
	// Output:
	// 用戶運營 → area:user-ops
	// ＫＰＩ → method:kpi
	//   SMART原则。 → method:smart
	// 焦点小组 → method:focus-group
	// tableau → tool:tableau
	// true
}

// A Label picks its text for any language tag: Traditional Chinese for
// Taiwan, Hong Kong and Macau, Simplified for the rest of Chinese, English
// for everything else.
func ExampleLabel_Name() {
	a, _ := opsroles.Default().Area(opsroles.CommunityOps)
	for _, tag := range []string{"zh-CN", "zh-TW", "zh-HK", "zh-SG", "en-US", "de"} {
		fmt.Printf("%-5s %s\n", tag, a.Label().Name(language.MustParse(tag)))
	}
	// Output:
	// zh-CN 社群运营
	// zh-TW 社群經營
	// zh-HK 社群經營
	// zh-SG 社群运营
	// en-US Community Operations
	// de    Community Operations
}

// Load validates a catalog of your own and reports every problem with its
// line, entity and field.
func ExampleLoad() {
	const catalog = `
area growth-lab
  type: specialty
  zh: 增长实验室
  zh-Hant: 增長實驗室
  en: Growth Lab
  summary.zh: 用实验推动增长。
  summary.en: Drives growth through experiments.
  duties: growth-lab-tests
  skills: statistics
`
	_, err := opsroles.Load(strings.NewReader(catalog))
	var problems opsroles.CatalogErrors
	if errors.As(err, &problems) {
		for _, p := range problems {
			fmt.Println(p)
		}
	}
	fmt.Println(errors.Is(err, opsroles.ErrUnknownID))
	// Output:
	// line 9: area growth-lab: field "duties": unknown ID: no duty "growth-lab-tests" in the catalog
	// line 10: area growth-lab: field "skills": unknown ID: no skill "statistics" in the catalog
	// true
}

// Extend adds aliases, links and entities of your own to the built-in
// catalog without changing it.
func ExampleCatalog_Extend() {
	const ext = `
extend area user-ops
  alias.zh: 会员增长官
`
	c, err := opsroles.Default().Extend(strings.NewReader(ext))
	if err != nil {
		fmt.Println(err)
		return
	}
	ref, _ := c.Lookup("会员增长官")
	fmt.Println(ref)
	_, err = opsroles.Default().Lookup("会员增长官")
	fmt.Println(errors.Is(err, opsroles.ErrNotFound))
	// Output:
	// area:user-ops
	// true
}
