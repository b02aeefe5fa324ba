// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles_test

import (
	"bytes"
	"sync"
	"testing"

	"github.com/rolemodels/ops/opsroles"
	"github.com/rolemodels/ops/opsroles/internal/corpus"
)

// The Matcher's speed targets (issue 4): at least 500 MB/s on one core
// with the default catalog, no allocation per document with MatchInto, a
// catalog with 10,000 more terms within 25% of the default, and a regexp
// alternation over the same terms as the baseline, in the same run:
//
//	go test -run '^$' -bench Match -benchmem -count 5 -cpu 1 ./opsroles
//
// Each iteration matches the whole generated corpus (package corpus: about
// 2 MB of resumes and job descriptions in Chinese, English and both), one
// document at a time.

type matchBench struct {
	docs      []corpus.Document
	size      int
	def, big  *opsroles.Matcher
	bigTerms  int // the patterns of big
	baseTerms int // the patterns of def
}

// loadMatchBench generates the corpus from the catalog's own terms and
// builds the two matchers, once for all benchmarks.
var loadMatchBench = sync.OnceValues(func() (*matchBench, error) {
	terms, err := corpus.ReadCatalog("catalog.txt")
	if err != nil {
		return nil, err
	}
	mb := &matchBench{docs: corpus.Generate(corpus.Seed, terms, corpus.Bytes)}
	mb.size = corpus.Size(mb.docs)
	c := opsroles.Default()
	taken := func(t string) bool { _, err := c.Lookup(t); return err == nil }
	big, err := c.Extend(bytes.NewReader(corpus.Synthetic(corpus.Seed, corpus.SyntheticTerms, taken)))
	if err != nil {
		return nil, err
	}
	mb.def, mb.big = opsroles.NewMatcher(c), opsroles.NewMatcher(big)
	mb.baseTerms, mb.bigTerms = len(mb.def.Patterns()), len(mb.big.Patterns())
	return mb, nil
})

func matchBenchInput(b *testing.B) *matchBench {
	mb, err := loadMatchBench()
	if err != nil {
		b.Fatal(err)
	}
	return mb
}

func BenchmarkMatch(b *testing.B) {
	mb := matchBenchInput(b)
	b.Logf("corpus: %d documents, %d bytes; patterns: %d default, %d with the synthetic terms", len(mb.docs), mb.size, mb.baseTerms, mb.bigTerms)
	docs := make([][]byte, len(mb.docs))
	for i, d := range mb.docs {
		docs[i] = d.Text
	}
	b.Run("default/MatchInto", func(b *testing.B) { benchMatchInto(b, mb.def, docs) })
	b.Run("synthetic10k/MatchInto", func(b *testing.B) { benchMatchInto(b, mb.big, docs) })
	// Short documents: the corpus cut at line breaks into pieces of about
	// a kilobyte, a short posting each, where what MatchInto does once per
	// document counts for more.
	short := pieces(mb.docs, 1<<10)
	b.Run("default/MatchInto1KB", func(b *testing.B) { benchMatchInto(b, mb.def, short) })
	// Documents that lost their line breaks, as job-board exports hand
	// them over: the corpus with each line break a space.
	flat := make([][]byte, len(docs))
	for i, d := range docs {
		flat[i] = bytes.ReplaceAll(d, []byte("\n"), []byte(" "))
	}
	b.Run("default/MatchIntoOneLine", func(b *testing.B) { benchMatchInto(b, mb.def, flat) })
	// Documents in HTML, as applicant tracking systems keep postings: each
	// line of the corpus a paragraph, with an entity in it. MB/s counts
	// the markup.
	markup := make([][]byte, len(docs))
	for i, d := range docs {
		lines := bytes.Split(bytes.TrimSpace(d), []byte("\n"))
		markup[i] = append(append([]byte("<div class=\"posting\"><p>"), bytes.Join(lines, []byte("&nbsp;</p>\n<p>"))...), "</p></div>"...)
	}
	b.Run("default/MatchIntoHTML", func(b *testing.B) { benchMatchInto(b, mb.def, markup) })
	b.Run("default/Match", func(b *testing.B) {
		b.SetBytes(int64(mb.size))
		b.ReportAllocs()
		for range b.N {
			for _, d := range docs {
				mb.def.Match(d)
			}
		}
	})
}

// benchMatchInto measures MatchInto over docs with one Result, grown to
// fit before the timer starts.
func benchMatchInto(b *testing.B, m *opsroles.Matcher, docs [][]byte) {
	var r opsroles.Result
	size := 0
	for _, d := range docs {
		m.MatchInto(&r, d)
		size += len(d)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, d := range docs {
			m.MatchInto(&r, d)
		}
	}
}

// BenchmarkMatchRegexp is the baseline: corpus.Alternation of the default
// matcher's patterns, which finds the terms and nothing more (no fold of
// width or script, no scores). It runs over the first 32 KB or so of the
// corpus, because the whole takes minutes per iteration; MB/s compares.
func BenchmarkMatchRegexp(b *testing.B) {
	mb := matchBenchInput(b)
	re := corpus.Alternation(mb.def.Patterns())
	docs := corpus.Head(mb.docs, 32<<10)
	b.SetBytes(int64(corpus.Size(docs)))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, d := range docs {
			re.FindAllIndex(d.Text, -1)
		}
	}
}

// pieces cuts the documents at line breaks into pieces of at least size
// bytes (but for the last of each document), which together hold every
// byte of them.
func pieces(docs []corpus.Document, size int) [][]byte {
	var out [][]byte
	for _, d := range docs {
		text := d.Text
		for len(text) > 0 {
			n := len(text)
			if size < n {
				if k := bytes.IndexByte(text[size:], '\n'); k >= 0 {
					n = size + k + 1
				}
			}
			out = append(out, text[:n])
			text = text[n:]
		}
	}
	return out
}
