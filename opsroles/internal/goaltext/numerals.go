// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package goaltext

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/rolemodels/ops/opsroles/internal/fold"
)

// A text is the normalised form of a goal that the patterns run on, with
// the byte offset in the original text of every byte of it, so that a span
// found in the normalised form can be cut from what the user wrote.
type text struct {
	s    string
	orig []int // orig[i] is the offset in the original of s[i]; len(s)+1 entries
	src  string
}

// span returns the original text behind s[i:j].
func (t *text) span(i, j int) string {
	if i >= j {
		return ""
	}
	a, b := t.orig[i], t.orig[j]
	if b < a {
		return ""
	}
	return t.src[a:b]
}

type builder struct {
	out  []byte
	orig []int
}

func (b *builder) add(s string, at int) {
	b.out = append(b.out, s...)
	for range len(s) {
		b.orig = append(b.orig, at)
	}
}

// normalise folds src (full-width to ASCII, lower case, Traditional to
// Simplified), drops the thousands commas of numbers and writes Chinese
// numerals that stand for quantities in digits: 百分之十五 becomes 15%,
// 三个月 becomes 3个月, 两成 becomes 20%.
func normalise(src string) *text {
	var b builder
	for i, r := range src {
		if f, ok := fold.Rune(r); ok {
			b.add(f, i)
		} else {
			b.add(string(r), i)
		}
	}
	b.orig = append(b.orig, len(src))
	t := &text{s: string(b.out), orig: b.orig, src: src}
	t = rewrite(t, dropThousands)
	t = rewrite(t, chineseNumbers)
	return t
}

// rewrite runs f over t.s; f returns, at position i, how many bytes to
// consume and what to write instead (n == 0: copy one rune unchanged).
func rewrite(t *text, f func(s string, i int) (n int, repl string)) *text {
	var b builder
	for i := 0; i < len(t.s); {
		if n, repl := f(t.s, i); n > 0 {
			b.add(repl, t.orig[i])
			i += n
			continue
		}
		_, size := utf8.DecodeRuneInString(t.s[i:])
		b.out = append(b.out, t.s[i:i+size]...)
		b.orig = append(b.orig, t.orig[i:i+size]...)
		i += size
	}
	b.orig = append(b.orig, t.orig[len(t.s)])
	return &text{s: string(b.out), orig: b.orig, src: t.src}
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// dropThousands removes a comma between a digit and three digits that are
// not followed by a fourth: 10,000 becomes 10000.
func dropThousands(s string, i int) (int, string) {
	if s[i] == ',' && i > 0 && isDigit(s[i-1]) && i+3 < len(s) &&
		isDigit(s[i+1]) && isDigit(s[i+2]) && isDigit(s[i+3]) && (i+4 == len(s) || !isDigit(s[i+4])) {
		return 1, ""
	}
	return 0, ""
}

var zhDigits = map[rune]float64{'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
var zhUnits = map[rune]float64{'十': 10, '百': 100, '千': 1000}

func isZhDigit(r rune) bool {
	_, ok := zhDigits[r]
	return ok
}

// formatNumber writes v in the shortest decimal form.
func formatNumber(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

func isZhNumeral(r rune) bool {
	_, d := zhDigits[r]
	_, u := zhUnits[r]
	return d || u || r == '万' || r == '亿' || r == '半' || r == '点'
}

// counters are the characters after which a Chinese numeral is a quantity.
const counters = "个倍番周天日年月季成%点万亿小星期分"

// contexts are the words before which a Chinese numeral is a quantity.
var contexts = []string{"到", "至", "从", "由", "破", "达", "超", "为", "提升", "提高", "增长", "增加", "降低", "下降", "减少", "上涨", "第"}

// chineseNumbers rewrites the Chinese numerals that stand for quantities.
func chineseNumbers(s string, i int) (int, string) {
	if strings.HasPrefix(s[i:], "百分之") {
		n, v, ok := zhNumber(s[i+len("百分之"):])
		if ok {
			return len("百分之") + n, formatNumber(v) + "%"
		}
		return 0, ""
	}
	if strings.HasPrefix(s[i:], "百分") {
		return 0, "" // 百分点, 百分比
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	if !isZhNumeral(r) || r == '点' || r == '万' || r == '亿' {
		return 0, ""
	}
	if i > 0 {
		if p, _ := utf8.DecodeLastRuneInString(s[:i]); isZhNumeral(p) {
			return 0, ""
		}
	}
	n, v, ok := zhNumber(s[i:])
	if !ok {
		return 0, ""
	}
	rest := s[i+n:]
	next, _ := utf8.DecodeRuneInString(rest)
	before := false
	for _, c := range contexts {
		if strings.HasSuffix(strings.TrimRight(s[:i], " "), c) {
			before = true
		}
	}
	if r == '半' && (!strings.HasPrefix(rest, "年") && !strings.HasPrefix(rest, "个月") ||
		strings.HasSuffix(s[:i], "上") || strings.HasSuffix(s[:i], "下")) {
		return 0, "" // 上半年 is the first half, not 0.5 years
	}
	if next == '成' && !strings.ContainsRune("交本功员长熟果绩就品为立", second(rest)) {
		return n + len("成"), formatNumber(v*10) + "%"
	}
	if before || (next != utf8.RuneError && strings.ContainsRune(counters, next)) {
		return n, formatNumber(v)
	}
	return 0, ""
}

// second returns the rune after the first of s.
func second(s string) rune {
	_, size := utf8.DecodeRuneInString(s)
	r, _ := utf8.DecodeRuneInString(s[size:])
	return r
}

// zhNumber reads a Chinese numeral at the start of s: 十五, 两千三百,
// 一万五千, 三点五, 半. It returns the bytes read and the value.
func zhNumber(s string) (n int, v float64, ok bool) {
	var total, section, digit float64
	seenDigit := false
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '半' && i == 0:
			return size, 0.5, true
		case isZhDigit(r):
			digit = zhDigits[r]
			seenDigit = true
		case zhUnits[r] != 0:
			if digit == 0 && !seenDigit {
				digit = 1 // 十五 is 15
			}
			section += digit * zhUnits[r]
			digit, seenDigit = 0, true
		case r == '万' || r == '亿':
			if !seenDigit {
				return finish(i, total+section+digit, seenDigit)
			}
			mult := 1e4
			if r == '亿' {
				mult = 1e8
			}
			total = (total + section + digit) * mult
			section, digit = 0, 0
		case r == '点' && seenDigit:
			// Decimal digits follow one by one: 三点五 is 3.5.
			j := i + size
			frac, scale := 0.0, 0.1
			for j < len(s) {
				d, dsize := utf8.DecodeRuneInString(s[j:])
				dv, ok := zhDigits[d]
				if !ok {
					break
				}
				frac += dv * scale
				scale /= 10
				j += dsize
			}
			if j == i+size {
				return finish(i, total+section+digit, seenDigit)
			}
			return j, total + section + digit + frac, true
		default:
			return finish(i, total+section+digit, seenDigit)
		}
		i += size
	}
	return finish(i, total+section+digit, seenDigit)
}

func finish(n int, v float64, ok bool) (int, float64, bool) { return n, v, ok && n > 0 }
