// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import "testing"

// TestDeniedJobs checks which occurrences name a job the posting says it
// is not. The occurrence is the text between « and ».
func TestDeniedJobs(t *testing.T) {
	m := NewMatcher(Default())
	checkMarked(t, m, "denied", m.deniedJobs, []markedCase{
		{"This is not a «social media» role.", true, "not a, then the word for a post"},
		{"It's NOT a «social media» posting role (Marketing runs Instagram).", true, "any case, a word between the term and the post"},
		{"This is a strategy role, not a pure «project management» role.", true, "a word between the cue and the term"},
		{"This is not a «social media» or content marketing role.", true, "the first of a list"},
		{"This is not a DevRel or «social media» role.", true, "the last of a list"},
		{"本岗位不是«运营»岗，请想做运营的朋友投递其他职位。", true, "不是, then 岗"},
		{"该职位不是«产品运营»岗。", true, "the same for a specialty"},
		{"说明：非«用户运营»/内容运营类岗位", true, "非, the first of a list"},
		{"说明：非用户运营/«内容运营»类岗位", true, "非, the last of a list"},
		{"这不是纯«文案»岗", true, "a word between the cue and the term"},
		{"You will own our «social media» role in the launch.", false, "no cue"},
		{"Note: sales are not a «KPI» of this role.", false, "the post is another phrase's"},
		{"Not a good fit for the «social media» role? Apply anyway.", false, "too many words between the cue and the term"},
		{"非常欢迎对«运营»岗感兴趣的同学", false, "the 非 of 非常, too far before the term"},
		{"招聘非洲«运营»岗", false, "非洲 is a word of its own"},
		{"这是非纯«文案»岗", true, "非纯"},
		{"负责«社群运营»岗位的招聘", false, "no cue"},
		{"It is not a problem.\nThe «social media» role reports to the CMO.", false, "the cue is in another clause"},
		{"You won't be running any «social media» accounts or reporting on them.", true, "won't be, and the work with no word for a post"},
		{"You will not be managing «social media» or «community» channels.", true, "the work in a list"},
		{"You won't be just posting on «social media»: you'll own the plan.", false, "not only that: the job does more"},
		{"You won't be alone in running «social media».", false, "a denial of something other than the work"},
		{"You won’t be responsible for «social media».", true, "responsible for, after a typographic apostrophe"},
	})
}

// TestMatchDeniedJob checks that a job a posting says it is not says
// little of the job.
func TestMatchDeniedJob(t *testing.T) {
	checkReports(t, NewMatcher(Default()), []areaReport{
		{"Community Manager\nRun our Discord and forum: moderation, events, ambassadors.\nThis is a social media role.", "social-media-ops", true},
		{"Community Manager\nRun our Discord and forum: moderation, events, ambassadors.\nThis is not a social media role.", "social-media-ops", false},
		{"社群运营专员\n负责社群拉新、促活和社群活动。\n本岗位兼做新媒体运营。", "social-media-ops", true},
		{"社群运营专员\n负责社群拉新、促活和社群活动。\n本岗位不是新媒体运营岗。", "social-media-ops", false},
	})
}
