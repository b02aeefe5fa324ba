// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

// Lookup resolves names of operations areas, duties, skills, methods, tools
// and KPIs, written in Simplified Chinese, Traditional Chinese or English,
// against the built-in catalog.
//
// Usage:
//
//	go run ./examples/lookup [-json] NAME...
//
// For example:
//
//	go run ./examples/lookup 用户运营 "user operations" ＫＰＩ 用戶運營 SMART原则 焦点小组 Tableau
//
// With -json it prints one JSON object per name. The exit status is 1 if any
// name resolves to nothing or to several entities.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"

	"github.com/rolemodels/ops/opsroles"
	"golang.org/x/text/language"
)

// result is one line of -json output.
type result struct {
	Query  string `json:"query"`
	Kind   string `json:"kind,omitempty"`
	ID     string `json:"id,omitempty"`
	Zh     string `json:"zh,omitempty"`
	ZhHant string `json:"zh_hant,omitempty"`
	En     string `json:"en,omitempty"`
	Error  string `json:"error,omitempty"`
}

func main() {
	asJSON := flag.Bool("json", false, "print one JSON object per name")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: lookup [-json] NAME...")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	c := opsroles.Default()
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	failed := false
	for _, q := range flag.Args() {
		res := result{Query: q}
		ref, err := c.Lookup(q)
		if err != nil {
			failed = true
			res.Error = err.Error()
		} else {
			l, _ := c.Label(ref)
			res.Kind, res.ID = ref.Kind.String(), ref.ID
			res.Zh = l.Name(language.SimplifiedChinese)
			res.ZhHant = l.Name(language.TraditionalChinese)
			res.En = l.Name(language.English)
		}
		switch {
		case *asJSON:
			enc.Encode(res)
		case err != nil:
			fmt.Printf("%s\t%v\n", q, err)
		default:
			fmt.Printf("%s\t%s\t%s / %s / %s\n", q, ref, res.Zh, res.ZhHant, res.En)
		}
	}
	if failed {
		os.Exit(1)
	}
}
