// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

// Match reads resumes or job descriptions and prints the areas of
// operations work each is about, ranked, with the evidence: the catalog
// terms found, how often, and what each adds to the score. When the text
// has a job title (a posting's first line, a resume's line under the name)
// it also prints the title's area and level.
//
// Usage:
//
//	go run ./examples/match [-lang zh|zh-Hant|en] [-json] [-top N] [FILE...]
//
// With no FILE it reads standard input. Files may be UTF-8, UTF-16, GBK,
// GB18030, Big5 or Windows-1252. For example:
//
//	go run ./examples/match testdata/docs/zh-jd-senior-user-ops-manager.txt
//
// With -json it prints one JSON object per input:
//
//	{"file":"...","encoding":"gb18030","title":{"area":"user-ops","level":"senior"},
//	 "areas":[{"id":"user-ops","zh":"用户运营","en":"User Operations","score":0.82,
//	 "hits":[{"start":10,"end":22,"term":"用户运营","entity":"area:user-ops"}]}]}
//
// "title" is absent when no title was found, and its "area" null when the
// title names no area (项目经理（土建）is a manager, of nothing in the
// catalog). The exit status is 1 if an input could not be read, 2 for bad
// flags.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/rolemodels/ops/opsroles"
	"golang.org/x/text/language"
)

type jsonDoc struct {
	File     string     `json:"file"`
	Encoding string     `json:"encoding"`
	Title    *jsonTitle `json:"title,omitempty"`
	Areas    []jsonArea `json:"areas"`
}

type jsonTitle struct {
	Area  *opsroles.AreaID `json:"area"` // null when the title names no area
	Level opsroles.Level   `json:"level"`
}

type jsonArea struct {
	ID    opsroles.AreaID `json:"id"`
	Zh    string          `json:"zh"`
	En    string          `json:"en"`
	Score float64         `json:"score"`
	Hits  []jsonHit       `json:"hits"`
}

type jsonHit struct {
	Start   int          `json:"start"`
	End     int          `json:"end"`
	Term    string       `json:"term"`
	Entity  opsroles.Ref `json:"entity"`
	Implied bool         `json:"implied,omitempty"` // the title, standing for the term
}

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

// run is the program: it reads standard input from stdin when no file is
// named, and returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("match", flag.ContinueOnError)
	flags.SetOutput(stderr)
	lang := flags.String("lang", "zh", "language of names in text output: zh, zh-Hant or en")
	asJSON := flags.Bool("json", false, "print one JSON object per input")
	top := flags.Int("top", 5, "print at most `N` areas per input")
	flags.Usage = func() {
		fmt.Fprintln(stderr, "usage: match [-lang zh|zh-Hant|en] [-json] [-top N] [FILE...]")
		flags.PrintDefaults()
	}
	if err := flags.Parse(args); err != nil {
		return 2
	}
	tag, err := language.Parse(*lang)
	if err != nil {
		fmt.Fprintln(stderr, "match: -lang:", err)
		return 2
	}
	if *top < 0 {
		fmt.Fprintln(stderr, "match: -top must not be negative")
		return 2
	}
	m := opsroles.NewMatcher(opsroles.Default())
	files := flags.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}
	status := 0
	for i, name := range files {
		res, err := matchFile(m, name, stdin)
		if err != nil {
			fmt.Fprintln(stderr, "match:", err)
			status = 1
			continue
		}
		res.Areas = res.Areas[:min(len(res.Areas), *top)]
		if *asJSON {
			if err := printJSON(stdout, m.Catalog(), name, res); err != nil {
				fmt.Fprintln(stderr, "match:", err)
				status = 1
			}
			continue
		}
		if i > 0 {
			fmt.Fprintln(stdout)
		}
		printText(stdout, m.Catalog(), tag, name, res)
	}
	return status
}

func matchFile(m *opsroles.Matcher, name string, stdin io.Reader) (opsroles.Result, error) {
	if name == "-" {
		return m.MatchReader(stdin)
	}
	f, err := os.Open(name)
	if err != nil {
		return opsroles.Result{}, err
	}
	defer f.Close()
	res, err := m.MatchReader(f)
	if err != nil {
		return res, fmt.Errorf("%s: %w", name, err)
	}
	return res, nil
}

func printJSON(w io.Writer, c *opsroles.Catalog, name string, res opsroles.Result) error {
	doc := jsonDoc{File: name, Encoding: res.Encoding, Areas: []jsonArea{}}
	if !res.Title.IsZero() {
		doc.Title = &jsonTitle{Level: res.Title.Level}
		if res.Title.Area != "" {
			doc.Title.Area = &res.Title.Area
		}
	}
	for _, a := range res.Areas {
		l, _ := c.Label(a.Area.Ref())
		ja := jsonArea{
			ID: a.Area, Zh: l.Name(language.SimplifiedChinese), En: l.Name(language.English),
			Score: math.Round(a.Score*100) / 100, Hits: []jsonHit{},
		}
		for _, e := range a.Evidence {
			ja.Hits = append(ja.Hits, jsonHit{e.Start, e.End, e.Term, e.Entity, e.Implied})
		}
		doc.Areas = append(doc.Areas, ja)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(doc)
}

func printText(w io.Writer, c *opsroles.Catalog, tag language.Tag, name string, res opsroles.Result) {
	name2 := func(r opsroles.Ref) string {
		l, _ := c.Label(r)
		return l.Name(tag)
	}
	if name == "-" {
		name = "standard input"
	}
	fmt.Fprintf(w, "%s (%s)\n", name, res.Encoding)
	if !res.Title.IsZero() {
		area := "-"
		if res.Title.Area != "" {
			area = name2(res.Title.Area.Ref())
		}
		level := ""
		if res.Title.Level != opsroles.LevelUnknown {
			level = ", " + res.Title.Level.Name(tag)
		}
		fmt.Fprintf(w, "title  %s → %s%s\n", readable(res.Text[res.TitleStart:res.TitleEnd]), area, level)
	}
	if len(res.Areas) == 0 {
		fmt.Fprintln(w, "no operations area")
		return
	}
	for i, a := range res.Areas {
		fmt.Fprintf(w, "%d. %s  %s  %.2f\n", i+1, name2(a.Area.Ref()), a.Area, a.Score)
		terms := a.Explain()
		shown := len(terms)
		for j, t := range terms {
			if j == 6 || t.Weight < 0.005 {
				shown = j
				break
			}
		}
		// Each term as the text has it, on one line (a term may span a
		// line break, 用户运\n营), in a column as wide as the widest.
		seen := make([]string, shown)
		width := 18
		for j, t := range terms[:shown] {
			seen[j] = strings.Join(strings.Fields(readable(res.Text[t.First.Start:t.First.End])), " ")
			width = max(width, columns(seen[j]))
		}
		for j, t := range terms[:shown] {
			fmt.Fprintf(w, "     %-*s ×%-2d +%.2f  %s %s\n", width-columns(seen[j])+utf8.RuneCountInString(seen[j]), seen[j], t.Count, t.Weight, t.Entity.Kind, name2(t.Entity))
		}
		switch n := len(terms) - shown; n {
		case 0:
		case 1:
			fmt.Fprintf(w, "     … 1 more term\n")
		default:
			fmt.Fprintf(w, "     … %d more terms\n", n)
		}
	}
}

// readable returns text from the input as a reader wants to see it: with
// the escapes of a JSON record's strings decoded (\u7528\u6237 is 用户), as
// the matcher read them.
func readable(text []byte) string {
	if bytes.Contains(text, []byte(`\u`)) {
		if s, err := strconv.Unquote(`"` + strings.ReplaceAll(string(text), `"`, `\"`) + `"`); err == nil {
			return s
		}
	}
	return string(text)
}

// columns returns how many columns s takes in a terminal, where Chinese
// characters and other wide runes take two.
func columns(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r >= 0x1100 {
			n++
		}
	}
	return n
}
