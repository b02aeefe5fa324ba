// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSubjects(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // the names of majors and certificates, in order
	}{
		{"a list of majors with its qualifiers", "本科及以上学历，市场营销、电子商务等相关专业优先", []string{"市场营销、电子商务等相关"}},
		{"a major before the degree", "教育背景：某大学 市场营销专业 本科", []string{"市场营销"}},
		{"Traditional Chinese 科系", "行銷、廣告相關科系畢業", []string{"行銷、廣告相關"}},
		{"a Latin major in Chinese text", "Computer Science专业优先", []string{"Computer Science"}},
		{"a space parts Chinese phrases", "熟悉用户运营 市场营销专业优先", []string{"市场营销"}},
		{"a certificate with its abbreviation", "持有金融数据分析师（CDA）证书者优先", []string{"持有金融数据分析师（CDA）"}},
		{"专业 as an adjective", "具备专业的文案能力，用户运营专业能力强", nil},
		{"a degree in English, up to the field", "Bachelor's degree in Marketing, Communications or a related field, and 3+ years in social media.",
			[]string{"Marketing, Communications or a related field"}},
		{"up to a digit", "BA in Economics 2019; community manager since", []string{"Economics"}},
		{"up to the end of the line", "Master of Science in Business Analytics\nGrowth Manager", []string{"Science in Business Analytics"}},
		{"a certification in English", "Certificate in Digital Marketing (2021)", []string{"Digital Marketing"}},
		{"a resume's field", "学历：本科\n专业：电子商务\n学校：某大学", []string{"电子商务"}},
		{"a field padded to line up its colon", "学    历：大专              专    业：  市场营销    政治面貌：群众", []string{"市场营销"}},
		{"padded with ideographic spaces", "专\u3000\u3000业：新媒体运营|学校：某学院", []string{"新媒体运营"}},
		{"a padded certificate field", "证  书：PMP、CDA数据分析师\n", []string{"PMP、CDA数据分析师"}},
		{"no colon after the padded label", "专  业能力强，负责用户运营", nil},
		{"no major", "负责社群运营与活动策划", nil},
	}
	m := NewMatcher(Default())
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, lightRanges(m, tt.text)); diff != "" {
			t.Errorf("%s: %q: ranges (-want +got):\n%s", tt.name, tt.text, diff)
		}
	}
}
