// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"bufio"
	"cmp"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// docExpectation is one line of testdata/docs/expect.tsv.
type docExpectation struct {
	file, encoding string
	expect         []AreaID // nil for a document that is not about operations
	note           string
}

func readExpectations(t *testing.T) []docExpectation {
	t.Helper()
	f, err := os.Open("../testdata/docs/expect.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []docExpectation
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		if line == 1 {
			continue // header
		}
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) != 4 {
			t.Fatalf("expect.tsv:%d: want 4 tab-separated columns, got %d", line, len(cols))
		}
		d := docExpectation{file: cols[0], encoding: cols[1], note: cols[3]}
		if cols[2] != "none" {
			for _, id := range strings.Split(cols[2], ",") {
				d.expect = append(d.expect, AreaID(id))
			}
		}
		out = append(out, d)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// matchDoc returns what m finds in testdata/docs/file, read with
// MatchReader.
func matchDoc(t *testing.T, m *Matcher, file string) Result {
	t.Helper()
	f, err := os.Open(filepath.Join("../testdata/docs", file))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	res, err := m.MatchReader(f)
	if err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	return res
}

// TestMatchQuality measures the matcher on the invented resumes and job
// descriptions of testdata/docs: top-1 accuracy (the best area is one of
// the expected ones) must reach 90%, top-3 recall (the primary expected
// area is among the first three) 97%, and no document that is not about
// operations may report an area. It measures them as written and on one
// line, as a job board's export or a form field that drops line breaks
// hands them over. -v prints the confusion. Under the race detector it
// reads a sample of the documents (see raceSample).
func TestMatchQuality(t *testing.T) {
	t.Run("as written", func(t *testing.T) { checkQuality(t, nil) })
	t.Run("on one line", func(t *testing.T) { checkQuality(t, oneLine) })
}

// raceSample is the share of the documents, one in raceSample, that
// TestMatchQuality reads under the race detector. It matches one document
// at a time, so the detector has no concurrency to watch there, only code
// to slow down some twentyfold; the run without it reads them all.
const raceSample = 20

// everyNth returns every nth of docs, from the first.
func everyNth(docs []docExpectation, n int) []docExpectation {
	var out []docExpectation
	for i := 0; i < len(docs); i += n {
		out = append(out, docs[i])
	}
	return out
}

// oneLine returns text with every line break replaced by a space.
func oneLine(text []byte) []byte {
	return []byte(strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(string(text)))
}

// checkQuality runs TestMatchQuality on the documents, each first
// reshaped by reshape unless it is nil.
func checkQuality(t *testing.T, reshape func([]byte) []byte) {
	m := NewMatcher(Default())
	all := NewMatcher(Default(), WithThreshold(0))
	var worstNone, weakestTop float64 = 0, 1
	docs := readExpectations(t)
	if raceEnabled {
		docs = everyNth(docs, raceSample)
	}
	var ops, top1, top3 int
	confusion := map[[2]AreaID]int{}
	for _, d := range docs {
		res := matchDoc(t, m, d.file)
		if reshape != nil {
			res = m.Match(reshape(res.Text))
		}
		var got []string
		for i, a := range res.Areas {
			if i == 5 {
				break
			}
			got = append(got, fmt.Sprintf("%s %.2f", a.Area, a.Score))
		}
		if d.expect == nil {
			if below := all.Match(res.Text); len(below.Areas) > 0 {
				worstNone = max(worstNone, below.Areas[0].Score)
			}
			if len(res.Areas) > 0 {
				t.Errorf("%s (not operations) reports %v", d.file, got)
			}
			t.Logf("none  %-50s %v", d.file, got)
			continue
		}
		ops++
		var first AreaID
		if len(res.Areas) > 0 {
			first = res.Areas[0].Area
			weakestTop = min(weakestTop, res.Areas[0].Score)
		}
		mark := "MISS"
		for _, e := range d.expect {
			if e == first {
				top1++
				mark = "ok"
			}
		}
		for i := 0; i < len(res.Areas) && i < 3; i++ {
			if res.Areas[i].Area == d.expect[0] {
				top3++
				break
			}
		}
		confusion[[2]AreaID{d.expect[0], first}]++
		t.Logf("%-4s %-50s want %v got %v title=%v", mark, d.file, d.expect, got, res.Title)
	}
	acc := float64(top1) / float64(ops)
	recall := float64(top3) / float64(ops)
	t.Logf("%d operations documents: top-1 accuracy %.1f%%, top-3 recall %.1f%%", ops, 100*acc, 100*recall)
	t.Logf("margins: the best area of any other document scores %.2f, the weakest top area %.2f; the threshold is %.2f",
		worstNone, weakestTop, m.Threshold())
	keys := slices.SortedFunc(maps.Keys(confusion), func(x, y [2]AreaID) int {
		return cmp.Or(cmp.Compare(x[0], y[0]), cmp.Compare(x[1], y[1]))
	})
	t.Log("confusion (expected primary area → top area reported: documents):")
	for _, k := range keys {
		got := string(k[1])
		if got == "" {
			got = "(none)"
		}
		t.Logf("  %-24s → %-24s %d", k[0], got, confusion[k])
	}
	if acc < 0.90 {
		t.Errorf("top-1 accuracy %.1f%%, want at least 90%%", 100*acc)
	}
	if recall < 0.97 {
		t.Errorf("top-3 recall %.1f%%, want at least 97%%", 100*recall)
	}
}
