// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

// Roles writes the built-in catalog's operations roles as a role list, role
// profiles or job-posting drafts, in Simplified Chinese, Traditional
// Chinese, English or Chinese and English side by side.
//
// Usage:
//
//	go run ./examples/roles [-lang zh|zh-Hant|en|zh,en] [-format text|markdown|json|csv|html]
//	    [-area ID]... [-sort catalog|name] [-posting] [-level LEVEL] [-bom]
//
// Without -area it writes the list of every area; with -area, the profile
// of each area named; with -posting, a job-posting draft for each (every
// area when no -area is given) at -level. For example:
//
//	go run ./examples/roles -lang zh,en -sort name
//	go run ./examples/roles -format html -area user-ops > user-ops.html
//	go run ./examples/roles -format markdown -area user-ops -posting -level manager
//
// An unknown language, format, sort order, level or area is an error that
// lists the valid choices, with exit status 2.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/rolemodels/ops/opsroles"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// areaFlag collects repeated -area flags.
type areaFlag []opsroles.AreaID

func (a *areaFlag) String() string { return fmt.Sprint(*a) }
func (a *areaFlag) Set(s string) error {
	*a = append(*a, opsroles.AreaID(s))
	return nil
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("roles", flag.ContinueOnError)
	fs.SetOutput(stderr)
	lang := fs.String("lang", "zh", "languages: zh, zh-Hant, en, or a list such as zh,en")
	format := fs.String("format", "text", "output format: text, markdown, json, csv or html")
	sortBy := fs.String("sort", "catalog", "order: catalog or name")
	posting := fs.Bool("posting", false, "write job-posting drafts")
	level := fs.String("level", "unknown", "seniority of the postings: intern, specialist, senior, lead, manager, director, head, chief")
	bom := fs.Bool("bom", false, "start CSV with a UTF-8 byte-order mark, for Excel")
	var areas areaFlag
	fs.Var(&areas, "area", "an area ID; repeat for several")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	usage := func(err error) int {
		fmt.Fprintln(stderr, "roles:", err)
		return 2
	}
	c := opsroles.Default()
	tags, err := opsroles.ParseLanguages(*lang)
	if err != nil {
		return usage(err)
	}
	f, err := opsroles.ParseFormat(*format)
	if err != nil {
		return usage(err)
	}
	opts := []opsroles.RenderOption{opsroles.InLanguages(tags...)}
	switch *sortBy {
	case "catalog":
	case "name":
		opts = append(opts, opsroles.SortByName())
	default:
		return usage(fmt.Errorf("unknown sort order %q (want catalog or name)", *sortBy))
	}
	var lvl opsroles.Level
	if err := lvl.UnmarshalText([]byte(*level)); err != nil {
		return usage(err)
	}
	for _, id := range areas {
		if _, ok := c.Area(id); !ok {
			var valid []string
			for a := range c.Areas() {
				valid = append(valid, string(a.ID()))
			}
			return usage(fmt.Errorf("unknown area %q (want one of %s)", id, strings.Join(valid, ", ")))
		}
	}
	switch {
	case *posting:
		opts = append(opts, opsroles.Posting(lvl))
	case len(areas) > 0:
		opts = append(opts, opsroles.Profiles())
	}
	if len(areas) > 0 {
		opts = append(opts, opsroles.ForAreas(areas...))
	}
	if *bom {
		opts = append(opts, opsroles.WithBOM())
	}
	if err := c.Render(stdout, f, opts...); err != nil {
		fmt.Fprintln(stderr, "roles:", err)
		if errors.Is(err, opsroles.ErrUnknownID) {
			return 2
		}
		return 1
	}
	return 0
}
