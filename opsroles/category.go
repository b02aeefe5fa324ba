// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"bytes"
	"unicode/utf8"
)

// categoryLabels name the field in which a Chinese job board files a
// posting under its own list of jobs: 104's and 1111's 職務類別 (職務類別：
// 資料輸入人員、行政助理), 51job's 职能类别, 智联's 职位类别. The scan folds
// Traditional spellings to these. A public employer's 岗位类别 is no such
// list but the class of post (管理岗, 专业技术岗).
var categoryLabels = []string{"职务类别", "职位类别", "职能类别", "职位分类"}

// maxCategoryBytes bounds the value of a category field.
const maxCategoryBytes = 120

// filedElsewhere reports whether the first category field of the text (see
// categoryLabels) that has a value files the posting under other
// professions only: its categories name another profession (a word of
// titleWords that names one, which no term naming operations work spans)
// and neither a noun of operations titles nor a catalog term (渠道运营,
// 店长) other than one that names other work. The employer picks the
// categories from the board's list, so they say plainly what a title may
// dress up: a 數據營運專員 filed under 資料輸入人員、行政助理 keys in data. A
// profession that the title names too is the title's to weigh (see
// Matcher.classify), and so is a function area that the title names, whose
// work many professions do: a 精益改善项目专员 filed under 工业工程师 improves
// processes.
func (m *Matcher) filedElsewhere(r *Result, text []byte) bool {
	if r.titleArea >= 0 && m.function[r.titleArea] {
		return false // many professions do a function's work: 精益改善项目专员 filed under 工业工程师
	}
	for _, f := range r.found {
		if m.labelKind[f.Pattern] != categoryLabel {
			continue
		}
		i, j := categoryValue(text, f.End)
		if i == j {
			continue // 职能类别： over its value in a page's next element
		}
		return m.namesOtherCategory(r, text, i, j)
	}
	return false
}

// categoryValue returns the bounds of the value of a category field whose
// label ends at byte i: after a colon and spaces, up to the end of the
// line, a tag or maxCategoryBytes, whichever comes first.
func categoryValue(text []byte, i int) (start, end int) {
	for i < len(text) {
		r, n := utf8.DecodeRune(text[i:])
		if r != ':' && r != '：' && r != ' ' && r != '\t' && r != '\u3000' {
			break
		}
		i += n
	}
	end = min(len(text), i+maxCategoryBytes)
	if k := bytes.IndexAny(text[i:end], "\r\n<"); k >= 0 {
		end = i + k
	}
	for end > i && end < len(text) && !utf8.RuneStart(text[end]) {
		end-- // not inside a rune
	}
	return i, end
}

// namesOtherCategory reports whether the category value text[start:end]
// names other professions only (see filedElsewhere).
func (m *Matcher) namesOtherCategory(r *Result, text []byte, start, end int) bool {
	r.categoryFound = findTitleWords(r.categoryFound[:0], text[start:end], &r.titleScratch)
	other := false
	for _, w := range r.categoryFound {
		switch titleWords[w.Pattern].role {
		case roleNoun:
			return false // 营运管理企划, 网路行销企划
		case roleOther:
			if !m.opsTermSpans(r, start, end, start+w.Start, start+w.End) && !titleNames(r, w.Pattern) {
				other = true
			}
		}
	}
	if !other {
		return false
	}
	for _, f := range r.found {
		if f.Start >= end {
			break
		}
		if f.Start >= start && f.End <= end && len(m.contribsOf(f.Pattern)) > 0 && !m.namesOtherWork(f.Pattern) {
			return false // 渠道运营, 社群经营, 店长
		}
	}
	return true
}

// titleNames reports whether the title words found in the title include
// pattern p.
func titleNames(r *Result, p int) bool {
	if r.TitleEnd <= r.TitleStart {
		return false // no title; titleFound holds the last line tried
	}
	for _, w := range r.titleFound {
		if w.Pattern == p {
			return true
		}
	}
	return false
}
