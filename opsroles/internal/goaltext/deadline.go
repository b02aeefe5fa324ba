// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package goaltext

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// A deadlineRule recognises one way of writing a deadline and resolves it
// against the reference date. resolve returns false when the match is not a
// date after all (a month 13, a quarter 5).
type deadlineRule struct {
	re      *regexp.Regexp
	resolve func(m []string, ref time.Time) (time.Time, bool)
}

const (
	numRe   = `(\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a couple of|a few)`
	monthRe = `(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?`
)

var enNumbers = map[string]float64{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a couple of": 2, "a few": 3}

func parseNum(s string) float64 {
	if v, ok := enNumbers[s]; ok {
		return v
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return math.NaN()
	}
	return v
}

var monthNames = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
	"september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
	"jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

func date(y int, m time.Month, d int, loc *time.Location) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, loc)
}

// validDate reports whether y-m-d names a real day.
func validDate(y, m, d int) bool {
	if y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 {
		return false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t.Day() == d
}

func endOfMonth(y int, m time.Month, loc *time.Location) time.Time { return date(y, m+1, 0, loc) }

func endOfQuarter(y, q int, loc *time.Location) time.Time {
	return endOfMonth(y, time.Month(3*q), loc)
}

// upcoming returns the end of a period in the reference year, or in the
// next year when that end has already passed: "Q1" said in November means
// next year's.
func upcoming(ref time.Time, end func(y int) time.Time) time.Time {
	t := end(ref.Year())
	if t.Before(today(ref)) {
		t = end(ref.Year() + 1)
	}
	return t
}

func today(ref time.Time) time.Time { return date(ref.Year(), ref.Month(), ref.Day(), ref.Location()) }

// addSpan adds n units to ref's date: whole months and years keep the day
// of the month (三个月内 from 11-25 is 02-25); fractions fall back to days.
func addSpan(ref time.Time, n float64, unit string) (time.Time, bool) {
	if math.IsNaN(n) || n <= 0 || n > 1000 {
		return time.Time{}, false
	}
	d := today(ref)
	whole := n == math.Trunc(n)
	switch unit {
	case "d":
		return d.AddDate(0, 0, int(math.Ceil(n))), true
	case "w":
		return d.AddDate(0, 0, int(math.Ceil(7*n))), true
	case "m":
		if whole {
			return d.AddDate(0, int(n), 0), true
		}
		return d.AddDate(0, 0, int(math.Ceil(30*n))), true
	case "q":
		return addSpan(ref, 3*n, "m")
	case "y":
		if whole {
			return d.AddDate(int(n), 0, 0), true
		}
		return addSpan(ref, 12*n, "m")
	}
	return time.Time{}, false
}

// unitOf maps the words of a span to d, w, m, q or y.
func unitOf(w string) string {
	switch {
	case strings.HasPrefix(w, "day"), w == "天", w == "日":
		return "d"
	case strings.HasPrefix(w, "week"), w == "周", w == "星期", w == "个星期", w == "礼拜", w == "个礼拜":
		return "w"
	case strings.HasPrefix(w, "month"), w == "个月", w == "月":
		return "m"
	case strings.HasPrefix(w, "quarter"), w == "个季度", w == "季度":
		return "q"
	case strings.HasPrefix(w, "year"), w == "年":
		return "y"
	}
	return ""
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// relativePeriodEnd resolves "this/next month|quarter|year|week" and their
// Chinese forms to the last day of that period.
func relativePeriodEnd(ref time.Time, which int, unit string) (time.Time, bool) {
	d := today(ref)
	loc := ref.Location()
	switch unit {
	case "w":
		// Weeks run Monday to Sunday.
		toSunday := (7 - int(d.Weekday())) % 7
		return d.AddDate(0, 0, toSunday+7*which), true
	case "m":
		return endOfMonth(d.Year(), d.Month()+time.Month(which), loc), true
	case "q":
		q := (int(d.Month())-1)/3 + 1 + which
		return endOfMonth(d.Year(), time.Month(3*q), loc), true
	case "y":
		return date(d.Year()+which, 12, 31, loc), true
	}
	return time.Time{}, false
}

var zhRelative = map[string]int{"本": 0, "这": 0, "这个": 0, "当": 0, "今": 0, "下": 1, "下个": 1, "下一个": 1, "下一": 1, "明": 1}

// deadlineRules are tried in order; the first that matches wins, so the
// more specific forms come first.
var deadlineRules = []deadlineRule{
	// 2027-02-25, 2027/2/25, 2027.2.25, 2027年2月25日
	{regexp.MustCompile(`(\d{4})(?:[-/.]|年)(\d{1,2})(?:[-/.]|月)(\d{1,2})[日号]?(?:之前|以前|前|为止|截止)?`),
		func(m []string, ref time.Time) (time.Time, bool) {
			y, mo, d := atoi(m[1]), atoi(m[2]), atoi(m[3])
			return date(y, time.Month(mo), d, ref.Location()), validDate(y, mo, d)
		}},
	// June 30, 2027 / june 30th 2027
	{regexp.MustCompile(monthRe + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})`),
		func(m []string, ref time.Time) (time.Time, bool) {
			y, mo, d := atoi(m[3]), int(monthNames[m[1]]), atoi(m[2])
			return date(y, time.Month(mo), d, ref.Location()), validDate(y, mo, d)
		}},
	// 30 June 2027
	{regexp.MustCompile(`(\d{1,2})(?:st|nd|rd|th)?\s+` + monthRe + `,?\s+(\d{4})`),
		func(m []string, ref time.Time) (time.Time, bool) {
			y, mo, d := atoi(m[3]), int(monthNames[m[2]]), atoi(m[1])
			return date(y, time.Month(mo), d, ref.Location()), validDate(y, mo, d)
		}},
	// Q3 2027, end of Q3 2027, 2027 Q3, 2027年Q3, 2027年第三季度, 2027年三季度末
	{regexp.MustCompile(`(\d{4})\s*年?\s*(?:q([1-4])|第?([1-4])季度)(?:末|底)?(?:之前|以前|前)?`),
		func(m []string, ref time.Time) (time.Time, bool) {
			return endOfQuarter(atoi(m[1]), atoi(m[2]+m[3]), ref.Location()), atoi(m[1]) >= 1
		}},
	{regexp.MustCompile(`(?:(?:by|before|in|until|through)\s+)?(?:the\s+)?(?:end\s+of\s+)?q([1-4])(?:\s+of)?\s*(?:fy)?[\s']*(\d{4}|\d{2})\b`),
		func(m []string, ref time.Time) (time.Time, bool) {
			y := atoi(m[2])
			if y < 100 {
				y += 2000
			}
			return endOfQuarter(y, atoi(m[1]), ref.Location()), true
		}},
	// H1 2027, 2027年上半年
	{regexp.MustCompile(`(?:(?:by|before|in)\s+(?:the\s+)?(?:end\s+of\s+)?)?h([12])\s*(\d{4})`),
		func(m []string, ref time.Time) (time.Time, bool) {
			return endOfMonth(atoi(m[2]), time.Month(6*atoi(m[1])), ref.Location()), true
		}},
	{regexp.MustCompile(`(\d{4})年?(上|下)半年(?:末|底)?(?:之前|以前|前)?`),
		func(m []string, ref time.Time) (time.Time, bool) {
			h := 1
			if m[2] == "下" {
				h = 2
			}
			return endOfMonth(atoi(m[1]), time.Month(6*h), ref.Location()), true
		}},
	// 2027年6月底, 2027年6月
	{regexp.MustCompile(`(\d{4})年(\d{1,2})月(?:底|末|份)?(?:之前|以前|前)?`),
		func(m []string, ref time.Time) (time.Time, bool) {
			mo := atoi(m[2])
			return endOfMonth(atoi(m[1]), time.Month(mo), ref.Location()), mo >= 1 && mo <= 12
		}},
	// 2027年底, 2027年内, 2027年
	{regexp.MustCompile(`(\d{4})年(?:底|末|年底|年末|内|之内|以内)?(?:之前|以前|前)?`),
		func(m []string, ref time.Time) (time.Time, bool) {
			return date(atoi(m[1]), 12, 31, ref.Location()), true
		}},
	// end of June 2027, by June 2027
	{regexp.MustCompile(`(?:(?:by|before|in|until)\s+)?(?:the\s+)?(?:end\s+of\s+)?` + monthRe + `,?\s+(\d{4})`),
		func(m []string, ref time.Time) (time.Time, bool) {
			return endOfMonth(atoi(m[2]), monthNames[m[1]], ref.Location()), true
		}},
	// within 6 weeks, in the next 90 days, over the next two months, in 3 months
	{regexp.MustCompile(`(?:within|in|over|during)\s+(?:the\s+)?(?:next\s+|coming\s+)?` + numRe + `\s+(days?|weeks?|months?|quarters?|years?)`),
		func(m []string, ref time.Time) (time.Time, bool) {
			return addSpan(ref, parseNum(m[1]), unitOf(m[2]))
		}},
	{regexp.MustCompile(`(?:within|in|over)\s+(?:the\s+)?next\s+(day|week|month|quarter|year)`),
		func(m []string, ref time.Time) (time.Time, bool) { return addSpan(ref, 1, unitOf(m[1])) }},
	{regexp.MustCompile(`(?:within|in)\s+(?:half\s+a\s+year|six\s+months)`),
		func(m []string, ref time.Time) (time.Time, bool) { return addSpan(ref, 6, "m") }},
	// 三个月内, 6周内, 90天之内, 半年内, 未来3个月
	{regexp.MustCompile(`(?:未来|接下来的?)?(\d+(?:\.\d+)?)\s*(个月|个季度|季度|个星期|星期|个礼拜|礼拜|周|天|日|年)(?:内|之内|以内|时间)`),
		func(m []string, ref time.Time) (time.Time, bool) {
			return addSpan(ref, parseNum(m[1]), unitOf(m[2]))
		}},
	{regexp.MustCompile(`(?:未来|接下来的?)(\d+(?:\.\d+)?)\s*(个月|个季度|个星期|周|天|年)`),
		func(m []string, ref time.Time) (time.Time, bool) {
			return addSpan(ref, parseNum(m[1]), unitOf(m[2]))
		}},
	// by end of year, by year-end, by EOY, this year
	{regexp.MustCompile(`(?:by|before|until)?\s*(?:the\s+)?(?:end\s+of\s+(?:the\s+|this\s+)?year|year[- ]end|eoy)`),
		func(m []string, ref time.Time) (time.Time, bool) { return relativePeriodEnd(ref, 0, "y") }},
	{regexp.MustCompile(`(?:by|before|until)?\s*(?:the\s+)?end\s+of\s+(?:the\s+)?(this|next)\s+(week|month|quarter|year)`),
		func(m []string, ref time.Time) (time.Time, bool) {
			return relativePeriodEnd(ref, b2i(m[1] == "next"), unitOf(m[2]))
		}},
	{regexp.MustCompile(`(?:by|before|until)?\s*(?:the\s+)?end\s+of\s+(?:the\s+)?(month|quarter|week)`),
		func(m []string, ref time.Time) (time.Time, bool) { return relativePeriodEnd(ref, 0, unitOf(m[1])) }},
	{regexp.MustCompile(`\b(this|next)\s+(week|month|quarter|year)`),
		func(m []string, ref time.Time) (time.Time, bool) {
			return relativePeriodEnd(ref, b2i(m[1] == "next"), unitOf(m[2]))
		}},
	// by Q3, in Q3, end of Q3: the coming Q3
	{regexp.MustCompile(`(?:(?:by|before|in|until)\s+)?(?:the\s+)?(?:end\s+of\s+)?\bq([1-4])\b`),
		func(m []string, ref time.Time) (time.Time, bool) {
			q := atoi(m[1])
			return upcoming(ref, func(y int) time.Time { return endOfQuarter(y, q, ref.Location()) }), true
		}},
	// 第三季度末前, Q3前, 三季度
	{regexp.MustCompile(`(?:第?([1-4])季度|q([1-4]))(?:末|底)?(?:之前|以前|前)?`),
		func(m []string, ref time.Time) (time.Time, bool) {
			q := atoi(m[1] + m[2])
			return upcoming(ref, func(y int) time.Time { return endOfQuarter(y, q, ref.Location()) }), true
		}},
	// end of June, by June
	{regexp.MustCompile(`(?:by|before|until|in|end\s+of)\s+(?:the\s+end\s+of\s+)?` + monthRe + `\b`),
		func(m []string, ref time.Time) (time.Time, bool) {
			mo := monthNames[m[1]]
			return upcoming(ref, func(y int) time.Time { return endOfMonth(y, mo, ref.Location()) }), true
		}},
	// by 2027
	{regexp.MustCompile(`(?:by|before|in|until|end\s+of)\s+(?:the\s+end\s+of\s+)?((?:19|20)\d{2})\b`),
		func(m []string, ref time.Time) (time.Time, bool) {
			return date(atoi(m[1]), 12, 31, ref.Location()), true
		}},
	// 6月底前, 6月30日前, 12月
	{regexp.MustCompile(`(\d{1,2})月(\d{1,2})[日号](?:之前|以前|前)?`),
		func(m []string, ref time.Time) (time.Time, bool) {
			mo, d := atoi(m[1]), atoi(m[2])
			if !validDate(ref.Year(), mo, d) && !validDate(ref.Year()+1, mo, d) {
				return time.Time{}, false
			}
			return upcoming(ref, func(y int) time.Time { return date(y, time.Month(mo), d, ref.Location()) }), true
		}},
	{regexp.MustCompile(`(\d{1,2})月(?:底|末|份)(?:之前|以前|前)?`),
		func(m []string, ref time.Time) (time.Time, bool) {
			mo := atoi(m[1])
			return upcoming(ref, func(y int) time.Time { return endOfMonth(y, time.Month(mo), ref.Location()) }), mo >= 1 && mo <= 12
		}},
	// 明年3月, 今年12月底, 明年3月15日
	{regexp.MustCompile(`(今年|明年|本年)(\d{1,2})月(?:(\d{1,2})[日号])?(?:底|末|份)?`),
		func(m []string, ref time.Time) (time.Time, bool) {
			y, mo := ref.Year()+b2i(m[1] == "明年"), atoi(m[2])
			if m[3] != "" {
				d := atoi(m[3])
				return date(y, time.Month(mo), d, ref.Location()), validDate(y, mo, d)
			}
			return endOfMonth(y, time.Month(mo), ref.Location()), mo >= 1 && mo <= 12
		}},
	// 到3月, 3月份: the coming March, to its end
	{regexp.MustCompile(`(?:到|至|在)(\d{1,2})月(?:底|末|份)?|(\d{1,2})月份`),
		func(m []string, ref time.Time) (time.Time, bool) {
			mo := atoi(m[1] + m[2])
			return upcoming(ref, func(y int) time.Time { return endOfMonth(y, time.Month(mo), ref.Location()) }), mo >= 1 && mo <= 12
		}},
	// 上半年, 下半年, 明年上半年
	{regexp.MustCompile(`(今年|明年)?(上|下)半年`),
		func(m []string, ref time.Time) (time.Time, bool) {
			y := ref.Year() + b2i(m[1] == "明年")
			h := 1 + b2i(m[2] == "下")
			if m[1] == "" {
				return upcoming(ref, func(y int) time.Time { return endOfMonth(y, time.Month(6*h), ref.Location()) }), true
			}
			return endOfMonth(y, time.Month(6*h), ref.Location()), true
		}},
	// 年底前, 年内, 今年, 明年底
	{regexp.MustCompile(`(今|本|明|当)?年(?:底|末|内|之内|以内)|(今|明)年`),
		func(m []string, ref time.Time) (time.Time, bool) {
			return relativePeriodEnd(ref, b2i(m[1] == "明" || m[2] == "明"), "y")
		}},
	// 本月底, 下个月, 下周, 本季度末, 下季度
	{regexp.MustCompile(`(本|这个?|当|今|下一?个?)(月|周|星期|季度)(?:底|末|内|之内)?`),
		func(m []string, ref time.Time) (time.Time, bool) {
			which, ok := zhRelative[m[1]]
			if !ok {
				return time.Time{}, false
			}
			return relativePeriodEnd(ref, which, unitOf(m[2]))
		}},
	{regexp.MustCompile(`月(?:底|末)(?:之前|以前|前)?`),
		func(m []string, ref time.Time) (time.Time, bool) { return relativePeriodEnd(ref, 0, "m") }},
	{regexp.MustCompile(`季度(?:末|底)(?:之前|以前|前)?`),
		func(m []string, ref time.Time) (time.Time, bool) { return relativePeriodEnd(ref, 0, "q") }},
}

// deadlineTail is what may follow a Chinese deadline: 年底前, Q3之前.
var deadlineTail = regexp.MustCompile(`^\s*(?:结束)?(?:之前|以前|前|为止|截止|完成)?`)

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// findDeadline returns the first deadline rule that matches s, resolved
// against ref, with the byte span of the match.
func findDeadline(s string, ref time.Time) (t time.Time, start, end int, ok bool) {
	for _, r := range deadlineRules {
		for _, loc := range r.re.FindAllStringSubmatchIndex(s, -1) {
			m := make([]string, len(loc)/2)
			for i := range m {
				if loc[2*i] >= 0 {
					m[i] = s[loc[2*i]:loc[2*i+1]]
				}
			}
			if t, ok := r.resolve(m, ref); ok && t.Year() >= 1 && t.Year() <= 9999 {
				end := loc[1]
				if tail := deadlineTail.FindStringIndex(s[end:]); tail != nil {
					end += tail[1]
				}
				return t, loc[0], end, true
			}
		}
	}
	return time.Time{}, 0, 0, false
}
