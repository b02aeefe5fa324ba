// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

//go:generate go run ./opsroles/gen.go -dir opsroles

// Package ops is the root of the opsroles module: a model of operations roles
// (运营岗位) for software that reads, writes and compares job descriptions and
// resumes in Chinese and English.
//
// The module holds one library package and a set of example programs. This
// file only documents them; import the library:
//
//	import "github.com/rolemodels/ops/opsroles"
//
// # The library
//
// opsroles has four parts that share one catalog:
//
//   - The catalog. Operations work cut two ways: by function (strategy
//     planning 策略规划, process optimization 流程优化, data analysis 数据分析,
//     risk management 风险管理, ...) and by the specialties job boards post
//     (user ops 用户运营, content ops 内容运营, community ops 社群运营,
//     campaigns 活动运营, e-commerce ops 电商运营, growth, customer success,
//     ...). Each area lists its duties, skills, methods, tools and KPIs. Every
//     entity has a stable typed ID with a generated constant (opsroles.UserOps,
//     opsroles.SMART, opsroles.Funnel) and a name in Simplified Chinese,
//     Traditional Chinese and English, with aliases. The built-in catalog is
//     embedded from one data file, opsroles/catalog.txt; Load and
//     Catalog.Extend read your own.
//
//   - Rendering. Role lists, role profiles and job-posting drafts in zh,
//     zh-Hant, en or two languages side by side, as text, Markdown, JSON, CSV
//     and HTML, with language negotiation and collation from golang.org/x/text.
//
//   - Matching. A Matcher finds the catalog's terms in resume and job text in
//     one pass, folding case, width, compatibility forms and Traditional
//     Chinese while it scans, and ranks the areas the text is about, with the
//     evidence. It reads UTF-8, UTF-16, GB18030/GBK, Big5 and Windows-1252,
//     and classifies job titles with their seniority.
//
//   - Methods that compute: SMART goal checks, KPI attainment, conversion
//     funnels and cohort retention over event streams.
//
// # Example programs
//
// Each directory under examples/ is a short program around one library call:
//
//	examples/lookup     resolve a name or alias in any script to its entity
//	examples/match      rank the operations areas of a resume or job text
//	examples/roles      print role lists, profiles and posting drafts
//	examples/server     serve the role list over HTTP with language negotiation
//	examples/smart      check goals against the SMART criteria
//	examples/funnel     compute a conversion funnel from an events file
//	examples/retention  compute a cohort retention table from an events file
//
// For instance, from the module root:
//
//	go run ./examples/match testdata/docs/zh-resume-private-domain-community.txt
//
// # Data
//
// testdata/ holds the invented resumes, job descriptions, catalogs and event
// files that the examples, the README and the tests share. None of it is a
// real person's resume or a real company's posting.
//
// # Regenerating
//
// The typed ID constants in opsroles/zz_ids.go are generated from
// opsroles/catalog.txt; run go generate after editing the data file. A test
// fails when the two disagree.
package ops
