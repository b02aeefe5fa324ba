// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package corpus

import (
	"regexp"
	"slices"
	"strings"
)

// The benchmarks of the engine and of the matcher run on the same corpus,
// so that their figures compare: Generate(Seed, terms, Bytes) with the
// default catalog's terms, and a large catalog with SyntheticTerms more.
const (
	Seed           = 20260525
	Bytes          = 2 << 20
	SyntheticTerms = 10000
)

// Alternation returns the baseline the benchmarks measure the matcher
// against: one case-insensitive regexp that alternates the terms, longest
// first, so that its leftmost-first matching prefers the longest term, as
// the matcher does. It folds case only, not width or script.
func Alternation(terms []string) *regexp.Regexp {
	sorted := slices.Clone(terms)
	slices.SortStableFunc(sorted, func(x, y string) int { return len(y) - len(x) })
	for i, t := range sorted {
		sorted[i] = regexp.QuoteMeta(t)
	}
	return regexp.MustCompile("(?i)" + strings.Join(sorted, "|"))
}

// Head returns the first documents of docs that hold at least n bytes, or
// all of them: the baseline is too slow for the whole corpus.
func Head(docs []Document, n int) []Document {
	size := 0
	for i, d := range docs {
		if size >= n {
			return docs[:i]
		}
		size += len(d.Text)
	}
	return docs
}
