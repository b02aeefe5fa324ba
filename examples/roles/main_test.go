// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		code       int
		stdout     string // a substring of the output
		stderrHint string // a substring of the error
	}{
		{"default is the Simplified Chinese list as text", nil, 0, "运营岗位\n", ""},
		{"bilingual Markdown profile", []string{"-lang", "zh,en", "-format", "markdown", "-area", "user-ops"}, 0, "# 用户运营 / User Operations", ""},
		{"posting", []string{"-lang", "en", "-area", "user-ops", "-posting", "-level", "manager"}, 0, "User Operations · Manager", ""},
		{"JSON export", []string{"-format", "json"}, 0, `"format": "opsroles-catalog"`, ""},
		{"CSV with BOM", []string{"-format", "csv", "-bom"}, 0, "\uFEFFkind,id,", ""},
		{"unknown language lists the choices", []string{"-lang", "fr"}, 2, "", "zh-Hans, zh-Hant and en"},
		{"unknown format lists the choices", []string{"-format", "pdf"}, 2, "", "text, markdown, json, csv, html"},
		{"unknown area lists the choices", []string{"-area", "no-such-area"}, 2, "", "user-ops"},
		{"unknown sort order", []string{"-sort", "size"}, 2, "", "catalog or name"},
		{"unknown level", []string{"-posting", "-level", "boss"}, 2, "", "manager"},
		{"unknown flag", []string{"-colour"}, 2, "", "flag provided but not defined"},
	}
	for _, tt := range tests {
		var out, errb bytes.Buffer
		code := run(tt.args, &out, &errb)
		if code != tt.code {
			t.Errorf("%s: exit %d, want %d (stderr %q)", tt.name, code, tt.code, errb.String())
		}
		if !strings.Contains(out.String(), tt.stdout) {
			t.Errorf("%s: stdout lacks %q:\n%.300s", tt.name, tt.stdout, out.String())
		}
		if !strings.Contains(errb.String(), tt.stderrHint) {
			t.Errorf("%s: stderr %q lacks %q", tt.name, errb.String(), tt.stderrHint)
		}
		if code != 0 && out.Len() > 0 {
			t.Errorf("%s: failed but wrote %d bytes to stdout", tt.name, out.Len())
		}
	}
}
