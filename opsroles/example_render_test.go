// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles_test

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"strings"

	"golang.org/x/text/language"

	"github.com/rolemodels/ops/opsroles"
)

// exampleCatalog is a two-area catalog, small enough for the outputs
// below to stay readable; Default() works the same way.
func exampleCatalog() *opsroles.Catalog {
	c, err := opsroles.Load(strings.NewReader(`
area user-ops
  type: specialty
  zh: 用户运营
  zh-Hant: 用戶營運
  en: User Operations
  summary.zh: 围绕用户生命周期做拉新、促活、留存和召回。
  summary.en: Works the user lifecycle from acquisition to win-back.
  duties: user-ops-retention
  skills: data-analysis
  tools: crm

area community-ops
  type: specialty
  zh: 社群运营
  zh-Hant: 社群營運
  en: Community Operations
  summary.zh: 建设并经营用户社群，维持活跃与口碑。
  summary.en: Builds and runs user communities.
  duties: user-ops-retention
  skills: data-analysis

duty user-ops-retention
  zh: 用户留存
  zh-Hant: 用戶留存
  en: User retention
  summary.zh: 找出流失原因并设计召回动作，提高留存率。
  summary.en: Finds why users leave and wins them back.

skill data-analysis
  zh: 数据分析能力
  zh-Hant: 數據分析能力
  en: Data Analysis
  summary.zh: 能用数据发现问题并给出结论。
  summary.en: Turns data into findings and decisions.

tool crm
  zh: CRM系统
  zh-Hant: CRM系統
  en: CRM System
  summary.zh: 管理客户资料与互动记录的系统。
  summary.en: Keeps customer records.
`))
	if err != nil {
		log.Fatal(err)
	}
	return c
}

// A bilingual role list as aligned text: Chinese and English side by side,
// ordered by pinyin.
func ExampleCatalog_Render() {
	c := exampleCatalog()
	err := c.Render(os.Stdout, opsroles.FormatText,
		opsroles.InLanguages(language.SimplifiedChinese, language.English),
		opsroles.SortByName())
	if err != nil {
		log.Fatal(err)
	}
	// Output:
	// 运营岗位 / Operations roles
	// ===========================
	//
	// ID             名称      类型  简介                                        Name                  Type       Summary
	// -------------  --------  ----  ------------------------------------------  --------------------  ---------  ------------------------------------------------------
	// community-ops  社群运营  专项  建设并经营用户社群，维持活跃与口碑。        Community Operations  Specialty  Builds and runs user communities.
	// user-ops       用户运营  专项  围绕用户生命周期做拉新、促活、留存和召回。  User Operations       Specialty  Works the user lifecycle from acquisition to win-back.
}

// A job-posting draft for a senior specialist, in Markdown.
func ExamplePosting() {
	c := exampleCatalog()
	err := c.Render(os.Stdout, opsroles.FormatMarkdown,
		opsroles.ForAreas("user-ops"),
		opsroles.Posting(opsroles.LevelSenior),
		opsroles.InLanguages(language.SimplifiedChinese, language.English))
	if err != nil {
		log.Fatal(err)
	}
	// Output:
	// # 用户运营 · 资深专员 / User Operations · Senior Specialist
	//
	// 围绕用户生命周期做拉新、促活、留存和召回。
	//
	// Works the user lifecycle from acquisition to win-back.
	//
	// ## 岗位职责 / Responsibilities
	//
	// 1. 找出流失原因并设计召回动作，提高留存率。\
	//    Finds why users leave and wins them back.
	//
	// ## 任职要求 / Requirements
	//
	// 1. 3年以上用户运营相关工作经验\
	//    3+ years of experience in User Operations
	// 2. 数据分析能力：能用数据发现问题并给出结论。\
	//    Data Analysis: Turns data into findings and decisions.
	// 3. 熟练使用CRM系统等工具\
	//    Proficient with tools such as CRM System
}

// CSV for a spreadsheet: one row per area and duty, with a byte-order mark
// so that Excel reads the Chinese.
func ExampleAreaDutyRows() {
	c := exampleCatalog()
	var b bytes.Buffer
	err := c.Render(&b, opsroles.FormatCSV, opsroles.AreaDutyRows(), opsroles.WithBOM(),
		opsroles.InLanguages(language.TraditionalChinese))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%q\n", b.Bytes()[:3])
	fmt.Print(strings.ReplaceAll(b.String()[3:], "\r\n", "\n"))
	// Output:
	// "\ufeff"
	// area,area.name.zh-Hant,duty,duty.name.zh-Hant,duty.summary.zh-Hant
	// user-ops,用戶營運,user-ops-retention,用戶留存,找出流失原因并设计召回动作，提高留存率。
	// community-ops,社群營運,user-ops-retention,用戶留存,找出流失原因并设计召回动作，提高留存率。
}

// The JSON export loads back into an equal catalog; HR systems validate it
// with JSONSchema.
func ExampleLoadJSON() {
	c := exampleCatalog()
	var b bytes.Buffer
	if err := c.Render(&b, opsroles.FormatJSON); err != nil {
		log.Fatal(err)
	}
	back, err := opsroles.LoadJSON(&b)
	if err != nil {
		log.Fatal(err)
	}
	a, _ := back.Area("user-ops")
	fmt.Println(a.Label().Name(language.English), back.Len(opsroles.KindDuty))

	// Problems come with the JSON path and byte offset.
	_, err = opsroles.LoadJSON(strings.NewReader(`{"format": "opsroles-catalog", "version": 1,
  "skills": [{"id": "sql", "name": {"zh-Hans": "SQL", "zh-Hant": "SQL", "en": 42}}]}`))
	fmt.Println(err)
	// Output:
	// User Operations 1
	// opsroles: JSON catalog: 3 problems:
	// 	offset 58: $.skills[0].summary.zh-Hans: skill sql: missing required field
	// 	offset 58: $.skills[0].summary.en: skill sql: missing required field
	// 	offset 123: $.skills[0].name.en: bad value: want a string, got a number
}
