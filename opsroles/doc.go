// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

//go:generate go run gen.go

// Package opsroles models operations roles (运营岗位): the areas of
// operations work, the duties, skills, methods, tools and KPIs of each, with
// every name in Simplified Chinese, Traditional Chinese and English. It
// renders bilingual role lists and posting drafts, matches resumes and job
// descriptions to areas, and computes what operations teams measure: SMART
// goals, KPI attainment, funnels and retention.
//
// # The catalog
//
// Default returns the built-in catalog, parsed once from the embedded
// catalog.txt; it is immutable and safe for concurrent use. Load reads a
// catalog of your own in the same format, Catalog.Extend adds areas, aliases
// and links on top of another catalog without changing it, and LoadJSON reads
// the JSON export back. Errors name the line (or JSON path and offset), the
// entity and the field.
//
// An Area is either a function of the job (strategy planning, risk
// management, ...) or a specialty job boards post (user ops, community ops,
// e-commerce ops, ...); see AreaType. It lists its duties, skills, methods,
// tools and KPIs by ID. Every entity has a stable, typed ID (AreaID, DutyID,
// SkillID, MethodID, ToolID, KPIID) with a generated constant: UserOps,
// SMART, KPI, Funnel, Retention, DAU. IDs never change once released; names
// and aliases may grow.
//
// Every entity carries a Label. Label.Name, Label.Summary and Label.Aliases
// take a language.Tag and pick Traditional Chinese for zh-TW, zh-HK, zh-MO and
// zh-Hant, Simplified Chinese for the other Chinese tags and English for the
// rest. Aliases also come in German (Filialleiter, Prozessoptimierung) and
// Dutch (filiaalmanager, procesverbeteraar), for the postings and CVs of
// employers who write in them: Label.Aliases yields them for German and
// Dutch tags, and the Matcher finds them like any other.
//
// Catalog.Lookup resolves any name or alias to its entity, in any of the
// three scripts and regardless of case, full-width forms, compatibility
// forms and surrounding punctuation; a name that two entities share is
// reported as ambiguous rather than guessed.
//
// # Rendering
//
// Catalog.Render writes the role list, role profiles (Profiles) or
// job-posting drafts for a seniority (Posting) as text, Markdown, JSON, CSV
// or HTML, in one language or two side by side (InLanguages), in catalog
// order or collated by name (SortByName). NegotiateAcceptLanguage and
// NegotiateLanguage pick the language to serve; JSONSchema describes the
// JSON export.
//
// # Matching
//
// NewMatcher compiles every name and alias of a catalog into one automaton
// that folds case, width, compatibility forms and Traditional Chinese while
// it scans (and its rules read a text in Traditional characters as its
// Simplified twin), and reads text as people and PDFs lay it out:
// "Social-Media-Manager" and "Community\r\nManager" hold their terms, and
// so do 用户运\n营 and "CRM 运营", while a tab or two spaces keep the
// columns of a Chinese resume apart, a blank line two paragraphs and a
// spaced dash the fields of a title line.
// Matcher.Match ranks the areas a text is about, with scores in [0, 1]
// and the evidence (byte offsets into the input); Result explains the score.
// Matcher.MatchInto reuses a Result so that a loop over documents does not
// allocate, Matcher.MatchReader detects UTF-8, UTF-16, GB18030/GBK, Big5
// and Windows-1252, Matcher.MatchAll matches a sequence of documents on all
// cores in input order, and Matcher.ClassifyTitle gives the area and Level
// of a job title. A match reads the document's title from its first lines,
// a label such as 求职意向, the latest job under a resume's experience
// heading, or the start of a posting that lost its line breaks; a title
// that names its area by a direction or a specialty (运营专员（社群方向）,
// "Growth Director") stands for the catalog's term (Hit.Implied). It weighs
// company boilerplate (公司简介, Benefits) and the names of majors and
// certificates (市场营销相关专业, "a degree in Marketing") at a tenth. A
// posting in HTML, as applicant tracking systems keep them, is read as a
// browser shows it, and a JSON record whose strings escape their
// characters (\u7528\u6237) with them decoded, both with offsets into the
// markup; a job board's page copied whole is read past its menus, and the
// other jobs it lists weigh a tenth too. A Matcher is immutable and safe
// for concurrent use.
//
// # Methods that compute
//
// Catalog.CheckGoal checks a structured Goal against the SMART criteria and
// Catalog.AnalyzeGoal does the same for a goal written as free text, in
// Chinese or English, saying for each criterion what is missing. Attainment
// and Catalog.Scorecard compute KPI attainment against targets, honouring
// each indicator's Direction. ReadEvents reads an event log (user, event,
// time) from CSV with errors that name the line; EventLog.Funnel and
// EventLog.Retention compute conversion funnels and cohort retention over it
// with the semantics of the common product-analytics tools, documented on
// each option.
package opsroles
