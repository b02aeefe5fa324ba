// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

// Server serves the built-in catalog's operations roles over HTTP:
//
//	/                          the role list, as an HTML page
//	/areas/{id}                the role profile of an area
//	/areas/{id}/posting        a job-posting draft (?level=manager and so on)
//	/catalog.json              the JSON export
//	/catalog.schema.json       its JSON Schema
//
// Pages are in the language the browser asks for with Accept-Language
// (zh-TW and zh-HK get Traditional Chinese, zh Simplified, anything else
// English), or in the languages of a ?lang= parameter such as ?lang=zh,en.
//
// Usage:
//
//	go run ./examples/server [-addr 127.0.0.1:8080]
package main

import (
	"bytes"
	"errors"
	"flag"
	"log"
	"net/http"
	"net/url"
	"strings"

	"golang.org/x/text/language"

	"github.com/rolemodels/ops/opsroles"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:8080", "address to listen on")
	flag.Parse()
	log.Printf("serving on http://%s/", *addr)
	log.Fatal(http.ListenAndServe(*addr, newHandler(opsroles.Default())))
}

func newHandler(c *opsroles.Catalog) http.Handler {
	mux := http.NewServeMux()
	page := func(w http.ResponseWriter, r *http.Request, f opsroles.Format, opts ...opsroles.RenderOption) {
		tags, err := languages(r)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		var buf bytes.Buffer
		err = c.Render(&buf, f, append(opts, opsroles.InLanguages(tags...))...)
		switch {
		case errors.Is(err, opsroles.ErrUnknownID), errors.Is(err, opsroles.ErrBadID):
			http.Error(w, err.Error(), http.StatusNotFound)
			return
		case err != nil:
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		w.Header().Set("Content-Type", f.ContentType())
		w.Header().Set("Content-Language", tags[0].String())
		w.Header().Set("Vary", "Accept-Language")
		w.Write(buf.Bytes())
	}
	// lang carries the ?lang= parameter from page to page.
	lang := func(r *http.Request) string {
		if l := r.URL.Query().Get("lang"); l != "" {
			return "?lang=" + url.QueryEscape(l)
		}
		return ""
	}
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		q := lang(r)
		page(w, r, opsroles.FormatHTML, opsroles.LinkAreas(func(id opsroles.AreaID) string {
			return "/areas/" + url.PathEscape(string(id)) + q
		}))
	})
	mux.HandleFunc("GET /areas/{id}", func(w http.ResponseWriter, r *http.Request) {
		page(w, r, opsroles.FormatHTML, opsroles.Profiles(), opsroles.ForAreas(opsroles.AreaID(r.PathValue("id"))))
	})
	mux.HandleFunc("GET /areas/{id}/posting", func(w http.ResponseWriter, r *http.Request) {
		var lvl opsroles.Level
		if s := r.URL.Query().Get("level"); s != "" {
			if err := lvl.UnmarshalText([]byte(s)); err != nil {
				http.Error(w, err.Error(), http.StatusBadRequest)
				return
			}
		}
		page(w, r, opsroles.FormatHTML, opsroles.Posting(lvl), opsroles.ForAreas(opsroles.AreaID(r.PathValue("id"))))
	})
	mux.HandleFunc("GET /catalog.json", func(w http.ResponseWriter, r *http.Request) {
		page(w, r, opsroles.FormatJSON)
	})
	mux.HandleFunc("GET /catalog.schema.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/schema+json")
		w.Write(opsroles.JSONSchema())
	})
	return mux
}

// languages returns the languages of ?lang=, else the one Accept-Language
// negotiates.
func languages(r *http.Request) ([]language.Tag, error) {
	if l := strings.TrimSpace(r.URL.Query().Get("lang")); l != "" {
		return opsroles.ParseLanguages(l)
	}
	return []language.Tag{opsroles.NegotiateAcceptLanguage(r.Header.Get("Accept-Language"))}, nil
}
