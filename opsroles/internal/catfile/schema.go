// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package catfile

import "slices"

// fieldSpec describes one field key of the format.
type fieldSpec struct {
	key        string
	kinds      []string // nil: every kind
	list       bool     // '|'-separated, repeatable
	ids        bool     // list items are IDs
	required   bool
	extensible bool // allowed in an extend block
	enum       []string
	goIdent    bool
}

func (s *fieldSpec) applies(kind string) bool {
	return s.kinds == nil || slices.Contains(s.kinds, kind)
}

// Field keys of the format. Label fields hold the three written languages of
// a label: "zh" is Simplified Chinese, "zh-Hant" Traditional, "en" English.
// "alias.de" holds German aliases and "alias.nl" Dutch ones, which the
// catalog matches but names no entity in.
const (
	KeyZh            = "zh"
	KeyZhHant        = "zh-Hant"
	KeyEn            = "en"
	KeySummaryZh     = "summary.zh"
	KeySummaryZhHant = "summary.zh-Hant"
	KeySummaryEn     = "summary.en"
	KeyAliasZh       = "alias.zh"
	KeyAliasZhHant   = "alias.zh-Hant"
	KeyAliasEn       = "alias.en"
	KeyAliasDe       = "alias.de"
	KeyAliasNl       = "alias.nl"
	KeyConst         = "const"
	KeyType          = "type"
	KeyDuties        = "duties"
	KeySkills        = "skills"
	KeyMethods       = "methods"
	KeyTools         = "tools"
	KeyKPIs          = "kpis"
	KeyRelated       = "related"
	KeyFormulaZh     = "formula.zh"
	KeyFormulaEn     = "formula.en"
	KeyUnit          = "unit"
	KeyDirection     = "direction"
)

// LinkKeys maps the list fields of an area that name other entities to the
// kind they name.
var LinkKeys = []struct{ Key, Kind string }{
	{KeyDuties, "duty"},
	{KeySkills, "skill"},
	{KeyMethods, "method"},
	{KeyTools, "tool"},
	{KeyKPIs, "kpi"},
	{KeyRelated, "area"},
}

var (
	areaOnly = []string{"area"}
	kpiOnly  = []string{"kpi"}
)

var specs = []fieldSpec{
	{key: KeyZh, required: true},
	{key: KeyZhHant, required: true},
	{key: KeyEn, required: true},
	{key: KeySummaryZh, required: true},
	{key: KeySummaryEn, required: true},
	{key: KeySummaryZhHant},
	{key: KeyAliasZh, list: true, extensible: true},
	{key: KeyAliasZhHant, list: true, extensible: true},
	{key: KeyAliasEn, list: true, extensible: true},
	{key: KeyAliasDe, list: true, extensible: true},
	{key: KeyAliasNl, list: true, extensible: true},
	{key: KeyConst, goIdent: true},
	{key: KeyType, kinds: areaOnly, required: true, enum: []string{"function", "specialty"}},
	{key: KeyDuties, kinds: areaOnly, list: true, ids: true, required: true, extensible: true},
	{key: KeySkills, kinds: areaOnly, list: true, ids: true, required: true, extensible: true},
	{key: KeyMethods, kinds: areaOnly, list: true, ids: true, extensible: true},
	{key: KeyTools, kinds: areaOnly, list: true, ids: true, extensible: true},
	{key: KeyKPIs, kinds: areaOnly, list: true, ids: true, extensible: true},
	{key: KeyRelated, kinds: areaOnly, list: true, ids: true, extensible: true},
	{key: KeyFormulaZh, kinds: kpiOnly, required: true},
	{key: KeyFormulaEn, kinds: kpiOnly, required: true},
	{key: KeyUnit, kinds: kpiOnly, required: true},
	{key: KeyDirection, kinds: kpiOnly, required: true, enum: []string{"higher", "lower", "band"}},
}

func lookupSpec(kind, key string) (*fieldSpec, bool) {
	for i := range specs {
		if specs[i].key == key && specs[i].applies(kind) {
			return &specs[i], true
		}
	}
	return nil, false
}

func fieldNames(kind string) []string {
	var names []string
	for _, s := range specs {
		if s.applies(kind) {
			names = append(names, s.key)
		}
	}
	return names
}
