// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package automaton

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/rolemodels/ops/opsroles/internal/corpus"
	"github.com/rolemodels/ops/opsroles/internal/fold"
)

// trickyPatterns exercise every path of Find: CJK terms that share
// prefixes and suffixes, Latin terms with and without word boundaries,
// terms reached through multi-rune folds (ﬁ, ㈱, ⑩, ㎏), spaces and dashes
// that have many spellings, and a long term, which matches across the cuts
// between chains and segments.
var trickyPatterns = []string{
	"运营", "用户运营", "用户运营专员", "户运", "营", "数据分析", "数据", "据分",
	"社群运营", "社区运营", "会员运营", "留存", "召回", "促活", "拉新", "新用户",
	"kpi", "crm", "scrm", "o2o", "b2b", "618", "双11", "c++", "c#", "a/b测试",
	"user ops", "user operations", "community manager", "e commerce", "profile",
	"fi", "(株)", "10", "kg", "ab", "bcd", "cd", "a", "ü", "straße", "σ",
	"member operations management and growth", "growth", "smart原则",
}

// variants returns every rune that folds to the single rune c.
var variants = sync.OnceValue(func() map[rune][]rune {
	m := map[rune][]rune{}
	for r := rune(0); r < utf8.RuneSelf; r++ {
		f := fold.AppendRune(nil, r)
		c, _ := utf8.DecodeRune(f)
		m[c] = append(m[c], r)
	}
	for r, f := range fold.Exceptions() {
		if utf8.RuneCountInString(f) == 1 {
			c, _ := utf8.DecodeRuneInString(f)
			m[c] = append(m[c], r)
		}
	}
	return m
})

// spell writes pattern p with a random spelling of each rune and, now and
// then, an invisible character between runes.
func spell(rng *rand.Rand, sb *strings.Builder, p string) {
	for _, c := range p {
		vs := variants()[c]
		if _, changed := fold.Rune(c); !changed {
			vs = append([]rune{c}, vs...)
		}
		if len(vs) == 0 || rng.IntN(3) == 0 {
			sb.WriteRune(c)
		} else {
			sb.WriteRune(vs[rng.IntN(len(vs))])
		}
		if rng.IntN(40) == 0 {
			sb.WriteString([]string{"\u200b", "\u00ad", "\ufeff", "\u200d"}[rng.IntN(4)])
		}
	}
}

// noise is text around the patterns: separators, letters that join Latin
// words, runes that fold to several runes or to nothing, and invalid UTF-8.
var noise = []string{
	" ", " ", "，", "。", "、", "\n", "\t", "-", "_", "(", ")", "x", "S", "2", "的", "和", "负责",
	"ﬁ", "ﬂ", "㈱", "⑩", "㎏", "Ⅻ", "①", "ＡＢ", "\u3000", "\u00a0", "—", "’",
	"\xff", "\x80", "\xe4\xb8", "\xf0\x9f", "\xed\xa0\x80", "\xc0\xaf", "é", "𝐤𝐩𝐢", "🙂",
	"ж", "\u200b", "\uFDFA", // a word rune no pattern uses, an invisible one, a long fold
}

func randomText(rng *rand.Rand, patterns []string, n int) string {
	var sb strings.Builder
	for sb.Len() < n {
		switch rng.IntN(4) {
		case 0, 1:
			spell(rng, &sb, patterns[rng.IntN(len(patterns))])
		case 2:
			sb.WriteString(noise[rng.IntN(len(noise))])
		default:
			p := []rune(patterns[rng.IntN(len(patterns))])
			spell(rng, &sb, string(p[rng.IntN(len(p)):])) // a pattern's tail
		}
	}
	return sb.String()
}

// compileAll returns automata over the same patterns that take every path
// of Find: one chain and one segment; four chains as soon as the text is
// long enough; segments of a few bytes, which cut the text everywhere;
// segments of 50 bytes with chains allowed; and segments of 300 bytes, long
// enough for four chains and short enough that most start in the middle of
// a match, where a chain's warm-up may reach back to the segment's start.
func compileAll(t testing.TB, patterns []string) map[string]*Automaton {
	if _, err := New(patterns); err != nil {
		t.Fatal(err)
	}
	variant := func(segment, splitMin int) *Automaton {
		a, err := newAutomaton(patterns)
		if err != nil {
			t.Fatal(err)
		}
		a.segment, a.splitMin = segment, splitMin
		return a
	}
	return map[string]*Automaton{
		"default":            variant(defaultSegment, defaultSplitMin),
		"chains":             variant(defaultSegment, 1),
		"segments":           variant(7, defaultSplitMin),
		"chains-segments":    variant(50, 1),
		"chains-in-segments": variant(300, 1),
	}
}

func TestFindMatchesReference(t *testing.T) {
	sets := map[string][]string{
		"tricky": trickyPatterns,
		"tiny":   {"a", "aa", "aaa", "ab", "ba"},
		"han":    {"运", "运营", "营运", "运运营"},
	}
	for name, patterns := range sets {
		ref := newReference(patterns)
		for budget, a := range compileAll(t, patterns) {
			t.Run(name+"/"+budget, func(t *testing.T) {
				rng := rand.New(rand.NewPCG(1, uint64(len(patterns))))
				var s Scratch
				var rs referenceScratch
				for range 300 {
					text := randomText(rng, patterns, rng.IntN(600))
					want := found(patterns, text, ref.find(nil, []byte(text), &rs))
					got := found(patterns, text, a.Find(nil, []byte(text), &s))
					if diff := cmp.Diff(want, got); diff != "" {
						t.Fatalf("Find(%q): -reference +automaton\n%s", text, diff)
					}
				}
			})
		}
	}
}

// checkFind checks the promises of Find that hold for any input, and that
// it agrees with the reference.
func checkFind(t *testing.T, patterns []string, a *Automaton, ref *reference, text []byte) {
	t.Helper()
	var s Scratch
	got := a.Find(nil, text, &s)
	again := a.Find(nil, text, &s)
	if !slices.Equal(got, again) {
		t.Fatalf("Find(%q) differs between two runs:\n%v\n%v", text, got, again)
	}
	boundary := make([]bool, len(text)+1)
	for i := 0; i < len(text); {
		boundary[i] = true
		_, n := utf8.DecodeRune(text[i:])
		i += n
	}
	boundary[len(text)] = true
	next := 0
	for _, m := range got {
		if m.Start < next || m.End <= m.Start || m.End > len(text) || !boundary[m.Start] || !boundary[m.End] {
			t.Fatalf("Find(%q): bad match %+v after offset %d", text, m, next)
		}
		if m.Pattern < 0 || m.Pattern >= len(patterns) {
			t.Fatalf("Find(%q): bad pattern in %+v", text, m)
		}
		if f := fold.Words(string(text[m.Start:m.End])); !spelling(f, patterns[m.Pattern]) {
			t.Fatalf("Find(%q): match %+v folds to %q, not %q or a spaced variant", text, m, f, patterns[m.Pattern])
		}
		next = m.End
	}
	var rs referenceScratch
	if diff := cmp.Diff(ref.find(nil, text, &rs), got); diff != "" {
		t.Fatalf("Find(%q): -reference +automaton\n%s", text, diff)
	}
}

// spelling reports whether f is pattern p or one of its spaced variants.
func spelling(f, p string) bool {
	all, _ := spacedVariants([]string{p})
	return slices.Contains(all, f)
}

var fuzzAutomata = sync.OnceValue(func() []*Automaton {
	var all []*Automaton
	for _, v := range []struct{ segment, splitMin int }{{defaultSegment, defaultSplitMin}, {defaultSegment, 1}, {5, 1}} {
		a, err := newAutomaton(trickyPatterns)
		if err != nil {
			panic(err)
		}
		a.segment, a.splitMin = v.segment, v.splitMin
		all = append(all, a)
	}
	return all
})

func FuzzFind(f *testing.F) {
	rng := rand.New(rand.NewPCG(7, 7))
	for range 8 {
		f.Add([]byte(randomText(rng, trickyPatterns, 80)))
	}
	f.Add([]byte("招聘用户運營專員，負責ＫＰＩ與SCRM2，proﬁle㈱\xe4\xb8"))
	ref := newReference(trickyPatterns)
	f.Fuzz(func(t *testing.T, text []byte) {
		for _, a := range fuzzAutomata() {
			checkFind(t, trickyPatterns, a, ref, text)
		}
	})
}

func ExampleAutomaton_Find() {
	patterns := []string{fold.String("用户运营"), fold.String("KPI")}
	a, err := New(patterns)
	if err != nil {
		panic(err)
	}
	text := []byte("資深用戶運營，負責ＫＰＩ")
	var s Scratch
	for _, m := range a.Find(nil, text, &s) {
		fmt.Printf("%s at %d: %s\n", patterns[m.Pattern], m.Start, text[m.Start:m.End])
	}
	// Output:
	// 用户运营 at 6: 用戶運營
	// kpi at 27: ＫＰＩ
}

// TestFindMatchesReferenceOnCorpus compares Find with the reference on
// realistic text and the whole default catalog, where the automaton has
// tens of thousands of states and every path of the scan is taken many
// times over.
func TestFindMatchesReferenceOnCorpus(t *testing.T) {
	terms, err := corpus.ReadCatalog("../../catalog.txt")
	if err != nil {
		t.Fatal(err)
	}
	patterns := foldAll(nil, terms.All())
	a, err := New(patterns)
	if err != nil {
		t.Fatal(err)
	}
	ref := newReference(patterns)
	var s Scratch
	var rs referenceScratch
	matches := 0
	for _, doc := range corpus.Generate(corpus.Seed, terms, 256<<10) {
		want := ref.find(nil, doc.Text, &rs)
		got := a.Find(nil, doc.Text, &s)
		if diff := cmp.Diff(found(patterns, string(doc.Text), want), found(patterns, string(doc.Text), got)); diff != "" {
			t.Fatalf("%s: -reference +automaton\n%s", doc.Name, diff)
		}
		matches += len(got)
	}
	if matches == 0 {
		t.Fatal("no matches in the corpus: the comparison proves nothing")
	}
}

// TestFindRunsOfSpaces checks runs of white space, which read as one space,
// against the reference: runs inside and between multi-word patterns, long
// enough to fill the warm-up of a chain and to cross the cuts between
// chains and segments.
func TestFindRunsOfSpaces(t *testing.T) {
	patterns := []string{"community manager", "user ops", "user operations", "a b c", "b c", "ops", "kpi", "运营kpi", "kpi 运营", "社群运营", "用户运营专员", "运营",
		"a/b测试", "kpi考核", "kpi 考核", "crm运营", "app推送", "4p营销组合", "smart原则"}
	ref := newReference(patterns)
	spaces := []string{" ", "\t", "\n", "\r\n", "\u3000", "\u00a0", "\u200b"}
	for budget, a := range compileAll(t, patterns) {
		t.Run(budget, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(3, 3))
			var s Scratch
			var rs referenceScratch
			for range 300 {
				var sb strings.Builder
				for sb.Len() < 2000 {
					p := patterns[rng.IntN(len(patterns))]
					if rng.IntN(4) == 0 {
						p = noise[rng.IntN(len(noise))]
					}
					// Words of the pattern, and a Chinese character after
					// another script, each after a run of spaces now and
					// then.
					prev := rune(-1) // no rune of the pattern yet
					for _, r := range p {
						if r == ' ' {
							prev = r
							continue
						}
						run := rng.IntN(2) == 0
						switch {
						case prev == ' ':
							run = true // the pattern's own space
						case prev >= 0 && !fold.IsHan(prev) && !fold.IsHan(r):
							run = false // inside a word
						}
						for n := 1 + rng.IntN([]int{2, 5, 300}[rng.IntN(3)]); run && n > 0; n-- {
							sb.WriteString(spaces[rng.IntN(len(spaces))])
						}
						spell(rng, &sb, string(r))
						prev = r
					}
				}
				text := sb.String()
				want := found(patterns, text, ref.find(nil, []byte(text), &rs))
				got := found(patterns, text, a.Find(nil, []byte(text), &s))
				if diff := cmp.Diff(want, got); diff != "" {
					t.Fatalf("Find(%q): -reference +automaton\n%s", text, diff)
				}
			}
		})
	}
}
