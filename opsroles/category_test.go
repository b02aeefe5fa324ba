// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import "testing"

// TestFiledElsewhere checks which category fields of job boards file a
// posting under other professions only (see filedElsewhere), and that such
// a posting reports no area.
func TestFiledElsewhere(t *testing.T) {
	m := NewMatcher(Default())
	const body = "\n工作內容：\n1. 於後台系統建立商品資料，負責數據運營與報表\n2. 核對商品資料\n"
	tests := []struct {
		text string
		want bool
		why  string
	}{
		{"數據營運專員（商品資料建檔）" + body + "職務類別：資料輸入人員、行政助理\n", true, "a data entry clerk under a specialty's title"},
		{"门店运营专员\n负责门店运营、陈列和销售\n职位类别：门店店员 / 收银\n", true, "a shop's clerk, in Simplified Chinese"},
		{"數據營運專員（商品資料建檔）" + body + "職務類別：數據分析師、營運管理師\n", false, "a noun of operations titles among the categories"},
		{"區經理\n督導門市營運，訓練店長\n職務類別：餐飲店長、儲備幹部、門市∕店員∕專櫃人員\n", false, "a term of the catalog among the categories"},
		{"精益改善项目专员\n负责精益改善项目和流程优化\n职能类别：工业工程师  生产项目专员/助理\n", false, "a function area that the title names"},
		{"运营开发工程师\n负责运营后台开发\n职能类别：软件工程师\n", false, "the title names the profession itself"},
		{"综合管理岗\n负责运营管理工作\n岗位类别：专业技术岗\n", false, "a public employer's class of post is no category"},
		{"數據營運專員" + body + "職務類別：\n資料輸入人員\n", false, "a label without its value on the line"},
		{"數據營運專員" + body, false, "no category"},
	}
	for _, tt := range tests {
		r := m.MatchString(tt.text)
		if r.filedOther != tt.want {
			t.Errorf("%s: %q: filed elsewhere %v, want %v", tt.why, tt.text, r.filedOther, tt.want)
		}
		if tt.want && len(r.Areas) > 0 {
			t.Errorf("%s: %q: reports %v, want no area", tt.why, tt.text, r.Areas)
		}
	}
}
