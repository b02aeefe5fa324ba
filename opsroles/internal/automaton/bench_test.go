// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package automaton

import (
	"slices"
	"sync"
	"testing"

	"github.com/rolemodels/ops/opsroles/internal/corpus"
	"github.com/rolemodels/ops/opsroles/internal/fold"
)

// The benchmarks run on the generated corpus (package corpus) with two
// pattern sets: the terms of the default catalog, and the same terms plus
// 10,000 synthetic ones, which is what a large customer catalog looks like.
// The targets: at least 500 MB/s on one core at the Matcher level
// (so well above that here), the large catalog within 25% of the default,
// no allocations once warm, and a regexp alternation over the same terms as
// the baseline, run beside the engine so that the ratio comes from one run:
//
//	go test -run '^$' -bench . -benchmem -count 5 -cpu 1 ./opsroles/internal/automaton

type benchData struct {
	docs      []corpus.Document
	size      int
	catalog   []string // folded terms of the default catalog
	synthetic []string // catalog plus the synthetic terms
}

// loadBench reads the default catalog from the repository, so that the
// benchmarks follow the catalog as it grows.
var loadBench = sync.OnceValues(func() (*benchData, error) {
	terms, err := corpus.ReadCatalog("../../catalog.txt")
	if err != nil {
		return nil, err
	}
	d := &benchData{docs: corpus.Generate(corpus.Seed, terms, corpus.Bytes)}
	d.size = corpus.Size(d.docs)
	d.catalog = foldAll(nil, terms.All())
	taken := make(map[string]bool)
	for _, p := range d.catalog {
		taken[p] = true
	}
	ext := corpus.Synthetic(corpus.Seed, corpus.SyntheticTerms, func(t string) bool { return taken[fold.Words(t)] })
	synTerms, err := corpus.FromCatalog(ext)
	if err != nil {
		return nil, err
	}
	d.synthetic = foldAll(slices.Clone(d.catalog), synTerms.All())
	return d, nil
})

// foldAll appends to dst the folded terms that it does not hold yet.
func foldAll(dst []string, terms []string) []string {
	seen := make(map[string]bool, len(dst)+len(terms))
	for _, p := range dst {
		seen[p] = true
	}
	for _, t := range terms {
		if p := fold.Words(t); p != "" && !seen[p] {
			seen[p] = true
			dst = append(dst, p)
		}
	}
	return dst
}

func benchInput(b *testing.B) *benchData {
	d, err := loadBench()
	if err != nil {
		b.Fatal(err)
	}
	return d
}

// patternSets are the pattern sets every benchmark runs with.
func patternSets(d *benchData) []struct {
	name     string
	patterns []string
} {
	return []struct {
		name     string
		patterns []string
	}{
		{"catalog", d.catalog},
		{"synthetic10k", d.synthetic},
	}
}

func BenchmarkFind(b *testing.B) {
	d := benchInput(b)
	for _, set := range patternSets(d) {
		b.Run(set.name, func(b *testing.B) {
			a, err := New(set.patterns)
			if err != nil {
				b.Fatal(err)
			}
			var s Scratch
			var dst []Match
			for _, doc := range d.docs {
				dst = a.Find(dst[:0], doc.Text, &s)
			}
			b.SetBytes(int64(d.size))
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				for _, doc := range d.docs {
					dst = a.Find(dst[:0], doc.Text, &s)
				}
			}
		})
	}
}

// BenchmarkRegexp is the baseline, corpus.Alternation of the catalog's
// terms. It runs over the first 32 KB or so of the corpus only, because
// the whole would take minutes per iteration; MB/s makes the two
// comparable.
func BenchmarkRegexp(b *testing.B) {
	d := benchInput(b)
	docs := corpus.Head(d.docs, 32<<10)
	re := corpus.Alternation(d.catalog)
	b.SetBytes(int64(corpus.Size(docs)))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, doc := range docs {
			re.FindAllIndex(doc.Text, -1)
		}
	}
}

// BenchmarkNew measures compiling: time and memory allocated.
func BenchmarkNew(b *testing.B) {
	d := benchInput(b)
	for _, set := range patternSets(d) {
		b.Run(set.name, func(b *testing.B) {
			b.ReportAllocs()
			for range b.N {
				if _, err := New(set.patterns); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
