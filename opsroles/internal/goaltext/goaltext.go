// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

// Package goaltext reads the parts of a goal written in Chinese or English:
// the metric and for whom, the baseline, the target or the change, the unit
// and the deadline. It knows nothing of the catalog; the caller links the
// metric to a KPI.
//
// The text is first normalised (full-width forms, case, Traditional
// characters, thousands separators and Chinese numerals), then read with
// patterns in a fixed order: the deadline first, then a from–to pair, a
// target, a change and a multiple. Spans that a pattern has used are
// blanked so that the 3 of 三个月内 is not also read as a target.
package goaltext

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// ChangeKind says how a requested change is expressed.
type ChangeKind uint8

// The kinds of change.
const (
	NoChange ChangeKind = iota
	Relative            // a fraction of the current value: "by 15%", 增长15%, 翻一番 (1.0)
	Absolute            // in the metric's unit: 提升5个百分点 (5, unit %), "by 2000 users"
)

// Direction is which way the goal moves the metric.
type Direction int8

// The directions.
const (
	Unsaid Direction = 0
	Up     Direction = 1
	Down   Direction = -1
	Hold   Direction = 2 // keep, maintain, 保持, 控制在: a bound rather than a move
)

// A Goal holds the parts found in a goal's text. A part that the text does
// not give is zero, with its Has flag false.
type Goal struct {
	Metric   string // the metric as written, with its audience: 新用户次日留存率
	Audience string // for whom, when the text says: 新用户, new users
	Dir      Direction

	Baseline    float64
	HasBaseline bool
	Target      float64
	HasTarget   bool
	Change      float64 // a fraction for Relative, in Unit for Absolute; negative for a fall
	ChangeKind  ChangeKind
	Unit        string // "%" for percentages and percentage points, a currency or count word, or ""

	Deadline     time.Time // the last day, at midnight in the reference's location
	HasDeadline  bool
	DeadlineText string // the deadline as written
	Chinese      bool   // the goal is written in Chinese
}

// quantity is a number with its multiplier and unit.
const quantity = `([$¥]\s*)?(\d+(?:\.\d+)?)\s*(万|亿|千|w\b|k\b|mn\b|m\b|bn\b|million|billion|thousand)?\s*` +
	`(%|个百分点|百分点|个点|pp\b|percentage points?|percent\b|pts?\b|points?\b|元|块钱|块|美元|美金|dollars?\b|usd\b|rmb\b|分|人|个|单|次|天|小时|分钟|秒|days?\b|hours?\b|minutes?\b|mins?\b|seconds?\b)?`

const (
	zhUp   = `提升|提高|增长|增加|上升|上涨|拉升|拉高|扩大|做大|增至|增到|升至|升到|涨到|涨至|提至|提到|增|涨|升`
	zhDown = `降低|下降|减少|压降|压缩|缩短|缩减|减至|减到|降至|降到|下调|降|减`
	zhHold = `保持|维持|稳定|控制`
	enUp   = `grow|grows|growing|increase|increases|increasing|raise|raising|improve|improving|boost|boosting|lift|lifting|expand|expanding|drive|driving|accelerate|maximi[sz]e|get|take|push|double|doubling|triple|tripling|reach|hit|achieve|attain`
	enDown = `reduce|reducing|decrease|decreasing|cut|cutting|lower|lowering|drop|dropping|decline|shrink|shrinking|halve|halving|minimi[sz]e|bring down|shorten|shortening`
	enHold = `keep|keeping|maintain|maintaining|hold|holding|sustain|stay`
)

var (
	quantityRe = regexp.MustCompile(quantity)
	fromToRe   = regexp.MustCompile(`(?:从|由)\s*` + quantity + `\s*(?:的?水平)?\s*(?:` + zhUp + `|` + zhDown + `)?\s*(?:到|至|为)\s*` + quantity +
		`|\bfrom\s+` + quantity + `\s*(?:to|->|→)\s+` + quantity)
	targetRe = regexp.MustCompile(`(?:(` + zhUp + `|` + zhDown + `|` + zhHold + `)(?:在|到|至|为)|(达到|突破|达成|超过|冲刺|做到|实现|不低于|不少于|高于|不高于|不超过|低于|少于|小于|大于|至少|在|到|至)|` +
		`\b(to|reach(?:es|ing)?|hit|at least|above|over|exceed(?:ing)?|below|under|at most|no more than|surpass(?:ing)?|of|at)\s+(?:least\s+|most\s+|below\s+|above\s+)?)\s*` + quantity)
	changeRe = regexp.MustCompile(`(` + zhUp + `|` + zhDown + `)\s*了?\s*` + quantity + `|\bby\s+` + quantity +
		`|` + quantity + `\s*(?:的)?\s*(increase|growth|lift|improvement|rise|gain|reduction|decrease|drop|decline|cut|more|fewer|less|higher|lower)\b`)
	multipleRe = regexp.MustCompile(`翻(\d+)番|(翻番|翻倍)|(` + zhUp + `)[^\d，。,.]{0,30}?(到|至)?\s*(\d+(?:\.\d+)?)\s*倍|\b(double[sd]?|doubling|triple[sd]?|tripling|quadruple[sd]?|halve[sd]?|halving|cut in half)\b|\b(\d+(?:\.\d+)?)\s*x\b`)
	upRe       = regexp.MustCompile(zhUp + `|达到|突破|达成|做到|实现|冲刺|超过|翻|\b(?:` + enUp + `)\b`)
	downRe     = regexp.MustCompile(zhDown + `|\b(?:` + enDown + `|reduction|fewer|less)\b`)
	holdRe     = regexp.MustCompile(zhHold + `|\b(?:` + enHold + `)\b`)
	verbRe     = regexp.MustCompile(`(?:` + zhUp + `|` + zhDown + `|` + zhHold + `|达到|突破|达成|冲刺|做到|实现|超过)|\b(?:` + enUp + `|` + enDown + `|` + enHold + `)\b`)
	hanRe      = regexp.MustCompile(`\p{Han}`)
)

// Parse reads a goal, resolving relative deadlines (三个月内, "next month")
// against ref, whose location the deadline takes.
func Parse(src string, ref time.Time) Goal {
	t := normalise(src)
	g := Goal{Chinese: hanRe.MatchString(t.s)}
	s := t.s
	blank := func(i, j int) { s = s[:i] + strings.Repeat(" ", j-i) + s[j:] }

	if d, i, j, ok := findDeadline(s, ref); ok {
		g.Deadline, g.HasDeadline, g.DeadlineText = d, true, strings.TrimSpace(t.span(i, j))
		blank(i, j)
	}
	dirSpan := s // the text with the deadline gone, for the direction words

	if m := fromToRe.FindStringSubmatchIndex(s); m != nil {
		base, target := 0, 4 // the quantities' first groups, less one
		if m[2*(base+2)] < 0 {
			base, target = 8, 12
		}
		g.Baseline, g.HasBaseline = readQuantity(s, m, base, &g.Unit)
		g.Target, g.HasTarget = readQuantity(s, m, target, &g.Unit)
		blank(m[0], m[1])
	}
	if m := multipleRe.FindStringSubmatchIndex(s); m != nil {
		g.ChangeKind = Relative
		switch {
		case m[2] >= 0:
			n, _ := strconv.Atoi(s[m[2]:m[3]])
			g.Change = math.Pow(2, float64(min(n, 30))) - 1
		case m[4] >= 0:
			g.Change = 1
		case m[10] >= 0:
			n, _ := strconv.ParseFloat(s[m[10]:m[11]], 64)
			if m[8] >= 0 { // 提升到3倍: three times the current value
				g.Change = n - 1
			} else { // 提升3倍: the increase is three times the current value
				g.Change = n
			}
			// The metric may stand between the verb and the number
			// (提升GMV三倍): keep it and the verb for what follows.
			m[0] = m[10]
			if m[8] >= 0 {
				m[0] = m[8]
			}
		case m[12] >= 0:
			g.Change = map[byte]float64{'d': 1, 't': 2, 'q': 3, 'h': -0.5, 'c': -0.5}[s[m[12]]]
		case m[14] >= 0:
			n, _ := strconv.ParseFloat(s[m[14]:m[15]], 64)
			g.Change = n - 1
		}
		blank(m[0], m[1])
	}
	if !g.HasTarget {
		if m := targetRe.FindStringSubmatchIndex(s); m != nil {
			g.Target, g.HasTarget = readQuantity(s, m, 3, &g.Unit)
			blank(m[0], m[1])
		}
	}
	if g.ChangeKind == NoChange {
		if m := changeRe.FindStringSubmatchIndex(s); m != nil {
			q := 1
			for _, alt := range []int{1, 5, 9} {
				if m[2*(alt+2)] >= 0 {
					q = alt
					break
				}
			}
			v, _ := readQuantity(s, m, q, &g.Unit)
			unit := ""
			if m[2*(q+4)] >= 0 {
				unit = s[m[2*(q+4)]:m[2*(q+4)+1]]
			}
			g.ChangeKind, g.Change = Absolute, v
			if unit == "%" || unit == "percent" {
				g.ChangeKind, g.Change = Relative, v/100
				if g.Unit == "%" && !g.HasTarget && !g.HasBaseline {
					g.Unit = ""
				}
			}
			blank(m[0], m[1])
		}
	}
	if !g.HasTarget && !g.HasBaseline && g.ChangeKind == NoChange {
		// A bare number after the metric: a target ("DAU 100万", "NPS
		// 50"), or after a verb a change (提升转化率5个百分点).
		if m := quantityRe.FindStringSubmatchIndex(s); m != nil {
			v, _ := readQuantity(s, m, 0, &g.Unit)
			u := ""
			if m[8] >= 0 {
				u = s[m[8]:m[9]]
			}
			verb := findVerb(verbRe, s)
			switch {
			case verb != nil && verb[0] < m[0] && (u == "%" || u == "percent"):
				g.ChangeKind, g.Change = Relative, v/100
				g.Unit = ""
			case verb != nil && verb[0] < m[0] && g.Unit == "%":
				g.ChangeKind, g.Change = Absolute, v
			default:
				g.Target, g.HasTarget = v, true
			}
			blank(m[0], m[1])
		}
	}

	g.Dir = direction(dirSpan)
	if g.ChangeKind != NoChange && g.Dir == Down && g.Change > 0 {
		g.Change = -g.Change
	}
	if g.Dir == Unsaid && g.ChangeKind != NoChange {
		g.Dir = Up
		if g.Change < 0 {
			g.Dir = Down
		}
	}
	if g.Dir == Unsaid && g.HasBaseline && g.HasTarget {
		g.Dir = Up
		if g.Target < g.Baseline {
			g.Dir = Down
		}
	}
	g.Metric, g.Audience = metric(t, s, g.Chinese)
	return g
}

// readQuantity reads the quantity whose groups are q+1 to q+4 of the match
// m (q = 0 for a match of quantityRe itself), and records its unit.
func readQuantity(s string, m []int, q int, unit *string) (float64, bool) {
	g := func(i int) string {
		if m[2*(q+i)] < 0 {
			return ""
		}
		return s[m[2*(q+i)]:m[2*(q+i)+1]]
	}
	cur, num, mult, u := strings.TrimSpace(g(1)), g(2), g(3), g(4)
	v, err := strconv.ParseFloat(num, 64)
	if err != nil || num == "" {
		return 0, false
	}
	switch mult {
	case "万", "w":
		v *= 1e4
	case "亿":
		v *= 1e8
	case "千", "k", "thousand":
		v *= 1e3
	case "m", "mn", "million":
		v *= 1e6
	case "bn", "billion":
		v *= 1e9
	}
	if math.IsInf(v, 0) {
		return 0, false
	}
	switch {
	case cur == "$", u == "美元", u == "美金", u == "usd", strings.HasPrefix(u, "dollar"):
		*unit = "$"
	case cur == "¥", u == "元", u == "块", u == "块钱", u == "rmb":
		*unit = "元"
	case u == "%", u == "percent", strings.Contains(u, "百分点"), u == "个点", u == "pp", strings.HasPrefix(u, "percentage"):
		*unit = "%"
	case u == "" || strings.HasPrefix(u, "pt") || strings.HasPrefix(u, "point"):
		// no unit, or score points: leave what another quantity said
	default:
		if *unit == "" {
			*unit = u
		}
	}
	return v, true
}

// direction reads the goal's verbs: a fall wins over a rise when both are
// there ("reduce churn to below 5% by growing ..." is rare; 降低 is not).
func direction(s string) Direction {
	switch {
	case findVerb(downRe, s) != nil:
		return Down
	case findVerb(upRe, s) != nil:
		return Up
	case findVerb(holdRe, s) != nil:
		return Hold
	}
	return Unsaid
}

// findVerb returns the span of the first match of re in s that is a verb
// and not the start of a metric's name: the 增长 of 增长率 and the 达成
// of 达成率 are not verbs.
func findVerb(re *regexp.Regexp, s string) []int {
	for _, loc := range re.FindAllStringIndex(s, -1) {
		r, _ := utf8.DecodeRuneInString(s[loc[1]:])
		if !strings.ContainsRune("率量额数值比", r) {
			return loc
		}
	}
	return nil
}

// Words around a metric that say nothing about it.
var (
	zhLead  = []string{"我们", "我", "团队", "本部门", "部门", "公司", "今年", "目标是", "目标", "要", "需要", "争取", "力争", "计划", "希望", "努力", "全力", "将", "把", "使", "让", "推动", "帮助", "持续", "进一步", "大幅", "显著", "有效", "整体", "在", "的", "于"}
	zhTrail = []string{"的", "了", "方面", "以上", "以下", "以内", "左右", "上下", "水平", "同比", "环比"}
	enLead  = []string{"we", "will", "want", "to", "our", "the", "my", "goal", "is", "aim", "plan", "need", "should", "must", "let's", "lets", "i", "team"}
	enStop  = regexp.MustCompile(`\b(?:by|from|to|before|within|in|over|during|until|through|at|above|below|under|for|among|across|so|while|and then|with|of at least)\b|[,;:.!?()]`)
	zhStop  = regexp.MustCompile(`从|由|到|至|为|在|，|。|、|；|：|！|？|\(|\)|,|;|!|\?`)

	zhAudience = regexp.MustCompile(`^((?:新|老|付费|活跃|高价值|沉默|流失|回流|新注册|注册|核心|种子|私域|社群|vip|企业|中小|女性|男性|学生|年轻|下沉市场|海外|新老)(?:用户|客户|会员|商家|买家|卖家|粉丝|门店|达人|主播|创作者)|会员|商家|新客|老客|粉丝|门店|达人|主播|创作者|买家|卖家)的?(.+)$`)
	enAudience = regexp.MustCompile(`\b(?:for|among|of|from|across)\s+((?:[a-z0-9-]+\s+){0,3}(?:users|customers|members|buyers|sellers|merchants|creators|subscribers|visitors|players|accounts|clients|shoppers|stores))\b`)
	enAudLead  = regexp.MustCompile(`^((?:new|returning|existing|paying|paid|free|active|trial|enterprise|smb|mobile|ios|android|web|first-time)[- ](?:users?|customers?|members?|buyers?|subscribers?|visitors?|players?))'?s?\s+(.+)$`)
)

// metric finds the metric phrase in s, the normalised text with the
// quantities and the deadline blanked, and returns it cut from the
// original text, with the audience the phrase names.
func metric(t *text, s string, chinese bool) (string, string) {
	loc := findVerb(verbRe, s)
	var spans [][2]int
	if loc != nil {
		spans = append(spans, [2]int{0, loc[0]}, [2]int{loc[1], len(s)})
	} else {
		spans = append(spans, [2]int{0, len(s)})
	}
	for _, sp := range spans {
		i, j := sp[0], sp[1]
		if chinese {
			i, j = trimZh(s, i, j)
		} else {
			i, j = trimEn(s, i, j)
		}
		if i >= j || !meaningful(s[i:j]) {
			continue
		}
		phrase := strings.Join(strings.Fields(t.span(i, j)), " ")
		norm := strings.Join(strings.Fields(s[i:j]), " ")
		if chinese {
			if m := zhAudience.FindStringSubmatch(norm); m != nil && len([]rune(m[2])) >= 2 {
				return phrase, m[1]
			}
			return phrase, ""
		}
		aud := ""
		if m := enAudience.FindStringSubmatch(s); m != nil {
			aud = strings.Join(strings.Fields(m[1]), " ")
		} else if m := enAudLead.FindStringSubmatch(norm); m != nil && strings.TrimSpace(m[2]) != "" {
			aud = m[1]
		}
		return phrase, aud
	}
	return "", ""
}

// meaningful reports whether s holds a letter or a Han character.
func meaningful(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) }) >= 0
}

// trimZh narrows s[i:j] to the metric: it stops at the first preposition
// or punctuation after some text and drops filler words at both ends.
func trimZh(s string, i, j int) (int, int) {
	for changed := true; changed; {
		changed = false
		for i < j && (s[i] == ' ') {
			i++
		}
		for _, w := range zhLead {
			if strings.HasPrefix(s[i:j], w) && len(s[i:j]) > len(w) {
				i += len(w)
				changed = true
			}
		}
		if loc := zhStop.FindStringIndex(s[i:j]); loc != nil && loc[0] == 0 {
			i += loc[1]
			changed = true
		}
	}
	if loc := zhStop.FindStringIndex(s[i:j]); loc != nil {
		j = i + loc[0]
	}
	if k := strings.Index(s[i:j], "  "); k > 0 {
		j = i + k
	}
	for changed := true; changed; {
		changed = false
		for i < j && s[j-1] == ' ' {
			j--
		}
		for _, w := range zhTrail {
			if strings.HasSuffix(s[i:j], w) && len(s[i:j]) > len(w) {
				j -= len(w)
				changed = true
			}
		}
	}
	return i, j
}

// trimEn narrows s[i:j] to the metric words: up to the first preposition
// or punctuation, without leading pronouns and auxiliaries.
func trimEn(s string, i, j int) (int, int) {
	for {
		for i < j && s[i] == ' ' {
			i++
		}
		k := i
		for k < j && s[k] != ' ' {
			k++
		}
		w := s[i:k]
		if w == "" || !contains(enLead, w) || k == j {
			break
		}
		i = k
	}
	if loc := enStop.FindStringIndex(s[i:j]); loc != nil {
		j = i + loc[0]
	}
	if k := strings.Index(s[i:j], "  "); k > 0 {
		j = i + k
	}
	for i < j && s[j-1] == ' ' {
		j--
	}
	for _, a := range []string{"the ", "our ", "a ", "an "} {
		if strings.HasPrefix(s[i:j], a) {
			i += len(a)
		}
	}
	return i, j
}

func contains(list []string, w string) bool {
	for _, x := range list {
		if x == w {
			return true
		}
	}
	return false
}
