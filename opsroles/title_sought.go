// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"bytes"

	"github.com/rolemodels/ops/opsroles/internal/automaton"
)

// appliedLabels name the job that a candidate applied for or that a
// recruiter contacted the candidate about, as job boards head a resume
// they forward (沟通职位：客户成功经理) and forms ask for it ("Position
// applied for"). It is the employer's job, not necessarily the candidate's:
// a salesperson applies for 客户成功经理, an engineer for "Operations
// Manager" in the belief that it is IT operations. Compared with
// bytes.EqualFold.
var appliedLabels = [][]byte{
	[]byte("沟通职位"), []byte("应聘职位"), []byte("应聘岗位"), []byte("投递职位"), []byte("投递岗位"),
	[]byte("申请职位"), []byte("申请岗位"), []byte("应征职务"), []byte("应征职位"),
	[]byte("position applied for"), []byte("position applied"), []byte("role applied for"),
	[]byte("applied for"), []byte("applying for"), []byte("applied position"),
}

// soughtLabels name the job a candidate seeks, in the candidate's own
// words; compared with bytes.EqualFold.
var soughtLabels = []string{
	"求职意向", "求职目标", "求职岗位", "求职职位", "意向岗位", "意向职位", "期望职位", "期望岗位", "期望职业", "期望从事职业",
	"期望", "目标职位", "目标岗位", "希望职称", "希望职务", "希望职位",
	"desired position", "desired role", "target role", "target position", "target", "objective",
	"angestrebte tätigkeit", "angestrebte position", "gewünschte position", "wunschposition",
}

// heldLabels name the post an employee holds, as an HR form asks for it
// beside the post proposed; compared with bytes.EqualFold.
var heldLabels = [][]byte{
	[]byte("current position"), []byte("current title"), []byte("current role"), []byte("current job title"),
}

// proposedLabels name the post that a transfer or a promotion form
// proposes; compared with bytes.EqualFold.
var proposedLabels = []string{
	"requested position", "requested role", "requested title", "proposed position", "proposed role", "proposed title",
	"new position", "new role", "new title",
}

// labelPairs are the labels whose value gives way to the value of the
// other labels beside it in the top lines: the job a resume was sent for
// to the job its candidate seeks, as the candidate's own words say what
// the candidate does (期望职位：大客户销售 under 沟通职位：客户成功经理),
// and the post an employee holds to the post that a transfer form
// requests ("Current position: Inside Sales Representative" over
// "Requested position: Channel Operations Coordinator").
var labelPairs = [...]struct {
	from [][]byte
	to   []string
}{
	{appliedLabels, soughtLabels},
	{heldLabels, proposedLabels},
}

// preferSought returns the title of a text that names a job under one
// label of a pair of labelPairs and another job under the other:
// text[start:end], the title found, if no label of a pair's first labels
// stands before it on its line; otherwise the value of the first label of
// the pair's second labels in the top maxLabelledLines lines that looks
// like a title, or the title found if there is none. It leaves in *found
// the title words of the title it returns.
func preferSought(text []byte, start, end int, s *automaton.Scratch, found *[]automaton.Match) (int, int) {
	lineStart := bytes.LastIndexByte(text[:start], '\n') + 1
	label := bytes.TrimRight(text[lineStart:start], " \t:：")
	label = label[:bracketStart(label)] // Position applied (via 猎聘):
	for _, pair := range labelPairs {
		if !hasLabelSuffix(label, pair.from) {
			continue
		}
		for pos, lines := 0, 0; pos < len(text) && lines < maxLabelledLines; {
			next := nextLine(text, pos)
			line := text[pos:next]
			if i, j := trimSpace(line); i < j {
				lines++
				if a, b := labelledValue(line, pair.to, false, s, found); a >= 0 && pos+a != start {
					return pos + a, pos + b
				}
			}
			pos = next
		}
		looksLikeTitle(text[start:end], s, found) // its title words again
		return start, end
	}
	return start, end
}

// labelledValue returns the bounds in line of the value of one of
// labels, a label that does not start inside an English word and
// ends in a colon, or, if spaced, in a space without one, up to the next
// field (see fieldEnd), if the value looks like a title; or -1, -1.
func labelledValue(line []byte, labels []string, spaced bool, s *automaton.Scratch, found *[]automaton.Match) (start, end int) {
	for i := 0; i < len(line); i++ {
		if i > 0 && line[i-1] < 0x80 && isASCIIAlnum(line[i-1]) {
			continue // inside a word
		}
		for _, l := range labels {
			if len(line)-i < len(l) || !equalFoldString(line[i:i+len(l)], l) {
				continue
			}
			k := i + len(l)
			for k < len(line) && line[k] == ' ' {
				k++
			}
			switch {
			case bytes.HasPrefix(line[k:], []byte(":")):
				k++
			case bytes.HasPrefix(line[k:], []byte("：")):
				k += len("：")
			case !spaced || k == i+len(l):
				continue
			}
			a, b := trimSpace(line[k:])
			a += k
			b = a + fieldEnd(line[a:k+b])
			if a < b && looksLikeTitle(line[a:b], s, found) {
				return a, b
			}
		}
	}
	return -1, -1
}
