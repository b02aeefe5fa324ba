// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

//go:generate go run gen.go

// Package opsroles models operations roles (运营岗位): the areas of
// operations work, the duties, skills, methods and tools of each, with every
// name in Simplified Chinese, Traditional Chinese and English.
//
// The tour below is completed as the package grows.
//
// # The catalog
//
// Default returns the built-in catalog, parsed once from the embedded
// catalog.txt. Load reads a catalog of your own in the same format and
// Catalog.Extend adds your areas, aliases and links on top of another
// catalog. Every entity has a stable, typed ID (AreaID, SkillID, ...) with a
// generated constant (UserOps, SMART, KPI, Funnel, Retention, ...).
//
// Catalog.Lookup resolves any name or alias, in any of the three scripts and
// regardless of case, width and surrounding punctuation.
package opsroles
