// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"github.com/rolemodels/ops/opsroles"
)

func testHandler(t *testing.T) http.Handler {
	t.Helper()
	data, err := os.ReadFile("../../testdata/catalogs/render.txt")
	if err != nil {
		t.Fatal(err)
	}
	c, err := opsroles.Load(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return newHandler(c)
}

func TestHandler(t *testing.T) {
	h := testHandler(t)
	tests := []struct {
		name, path, acceptLang string
		code                   int
		contentType, lang      string
		body                   string // a substring of the body
	}{
		{"list in Traditional for Hong Kong", "/", "zh-HK,en;q=0.5", 200, "text/html; charset=utf-8", "zh-Hant",
			`<a href="/areas/user-ops">用戶營運</a>`},
		{"list in English for French", "/", "fr-FR", 200, "text/html; charset=utf-8", "en", `<html lang="en">`},
		{"malformed header gets English", "/", ";;q=zz", 200, "text/html; charset=utf-8", "en", "User Operations"},
		{"?lang= wins and is kept in links", "/?lang=zh,en", "zh-TW", 200, "text/html; charset=utf-8", "zh-Hans",
			`<a href="/areas/user-ops?lang=zh%2Cen">用户运营</a>`},
		{"profile page", "/areas/user-ops", "zh-CN", 200, "text/html; charset=utf-8", "zh-Hans", "<h1><span lang=\"zh-Hans\">用户运营</span></h1>"},
		{"posting page", "/areas/user-ops/posting?level=manager&lang=en", "", 200, "text/html; charset=utf-8", "en", "years of experience in User Operations"},
		{"JSON export", "/catalog.json", "", 200, "application/json", "en", `"format": "opsroles-catalog"`},
		{"schema", "/catalog.schema.json", "", 200, "application/schema+json", "", `"$schema"`},
		{"unknown area", "/areas/no-such-area", "", 404, "text/plain; charset=utf-8", "", "no area"},
		{"malformed area ID", "/areas/NO%20SUCH", "", 404, "text/plain; charset=utf-8", "", "kebab-case"},
		{"unknown ?lang=", "/?lang=fr", "", 400, "text/plain; charset=utf-8", "", "unknown language"},
		{"unknown level", "/areas/user-ops/posting?level=boss", "", 400, "text/plain; charset=utf-8", "", "unknown level"},
		{"unknown path", "/nothing", "", 404, "text/plain; charset=utf-8", "", "404"},
	}
	for _, tt := range tests {
		req := httptest.NewRequest("GET", tt.path, nil)
		if tt.acceptLang != "" {
			req.Header.Set("Accept-Language", tt.acceptLang)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != tt.code {
			t.Errorf("%s: status %d, want %d (%s)", tt.name, rec.Code, tt.code, rec.Body)
		}
		if got := rec.Header().Get("Content-Type"); got != tt.contentType {
			t.Errorf("%s: Content-Type %q, want %q", tt.name, got, tt.contentType)
		}
		if got := rec.Header().Get("Content-Language"); got != tt.lang {
			t.Errorf("%s: Content-Language %q, want %q", tt.name, got, tt.lang)
		}
		if !strings.Contains(rec.Body.String(), tt.body) {
			t.Errorf("%s: body lacks %q:\n%.400s", tt.name, tt.body, rec.Body)
		}
	}
}

func TestHandlerJSONLoads(t *testing.T) {
	rec := httptest.NewRecorder()
	testHandler(t).ServeHTTP(rec, httptest.NewRequest("GET", "/catalog.json", nil))
	if _, err := opsroles.LoadJSON(rec.Body); err != nil {
		t.Errorf("the served export does not load: %v", err)
	}
	rec = httptest.NewRecorder()
	testHandler(t).ServeHTTP(rec, httptest.NewRequest("GET", "/catalog.schema.json", nil))
	if !json.Valid(rec.Body.Bytes()) {
		t.Errorf("the served schema is not JSON")
	}
}
