// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestRunText(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		stdin  string
		code   int
		stdout []string // substrings of the output, in order
		stderr string   // a substring of the error output
	}{
		{"a shipped resume", []string{"../../testdata/docs/zh-resume-private-domain-community.txt"}, "", 0,
			[]string{"(utf-8)", "1. 私域运营  private-domain-ops"}, ""},
		{"a GBK file in English", []string{"-lang", "en", "../../testdata/docs/mixed-resume-ecommerce.gbk.txt"}, "", 0,
			[]string{"(gb18030)", "E-commerce Operations"}, ""},
		{"standard input", nil, "社群运营经理\n负责社群拉新和促活。\n", 0,
			[]string{"standard input (utf-8)", "title  社群运营经理 → 社群运营, 经理", "1. 社群运营"}, ""},
		{"not operations", nil, "Java开发工程师\n负责后端服务开发，熟悉Spring Boot、MySQL和Redis。\n", 0,
			[]string{"no operations area"}, ""},
		{"a term cut by a line break shows on one line", nil, "用户运营专员\n负责会员\n权益和用户召回。\n", 0,
			[]string{"     会员 权益 "}, ""},
		{"a title without a level", nil, "社群运营\n负责社群拉新和促活。\n", 0,
			[]string{"title  社群运营 → 社群运营\n"}, ""},
		{"a missing file", []string{"no-such-file.txt"}, "", 1, nil, "no-such-file.txt"},
		{"a bad language", []string{"-lang", "!!"}, "", 2, nil, "-lang"},
		{"a negative -top", []string{"-top", "-1"}, "", 2, nil, "-top"},
		{"an unknown flag", []string{"-colour"}, "", 2, nil, "flag provided but not defined"},
	}
	for _, tt := range tests {
		var out, errb bytes.Buffer
		code := run(tt.args, strings.NewReader(tt.stdin), &out, &errb)
		if code != tt.code {
			t.Errorf("%s: exit %d, want %d (stderr %q)", tt.name, code, tt.code, errb.String())
		}
		rest := out.String()
		for _, s := range tt.stdout {
			i := strings.Index(rest, s)
			if i < 0 {
				t.Errorf("%s: stdout lacks %q (in order):\n%s", tt.name, s, out.String())
				break
			}
			rest = rest[i+len(s):]
		}
		if !strings.Contains(errb.String(), tt.stderr) {
			t.Errorf("%s: stderr %q lacks %q", tt.name, errb.String(), tt.stderr)
		}
	}
}

// TestRunJSON checks the documented JSON shape: one object per input,
// a title whose area is null when it names none, hits as offsets into the
// decoded text.
func TestRunJSON(t *testing.T) {
	stdin := "项目经理（土建）\n负责施工进度与质量管理。\n"
	var out, errb bytes.Buffer
	if code := run([]string{"-json", "-top", "1", "-", "../../testdata/docs/zh-jd-senior-user-ops-manager.txt"}, strings.NewReader(stdin), &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("got %d lines, want one per input:\n%s", len(lines), out.String())
	}
	var docs []map[string]any
	for _, l := range lines {
		var d map[string]any
		if err := json.Unmarshal([]byte(l), &d); err != nil {
			t.Fatalf("%v: %s", err, l)
		}
		docs = append(docs, d)
	}
	want := map[string]any{
		"file": "-", "encoding": "utf-8",
		"title": map[string]any{"area": nil, "level": "manager"},
		"areas": []any{},
	}
	if diff := cmp.Diff(want, docs[0]); diff != "" {
		t.Errorf("construction title (-want +got):\n%s", diff)
	}
	d := docs[1]
	if d["title"] == nil || d["title"].(map[string]any)["area"] != "user-ops" {
		t.Errorf("title = %v, want area user-ops", d["title"])
	}
	areas := d["areas"].([]any)
	if len(areas) != 1 {
		t.Fatalf("-top 1 gave %d areas", len(areas))
	}
	a := areas[0].(map[string]any)
	if a["id"] != "user-ops" || a["zh"] != "用户运营" || a["en"] != "User Operations" {
		t.Errorf("area = %v", a)
	}
	hits := a["hits"].([]any)
	if len(hits) == 0 {
		t.Fatal("no hits")
	}
	h := hits[0].(map[string]any)
	for _, k := range []string{"start", "end", "term", "entity"} {
		if _, ok := h[k]; !ok {
			t.Errorf("hit lacks %q: %v", k, h)
		}
	}
}
