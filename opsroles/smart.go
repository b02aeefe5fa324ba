// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/rolemodels/ops/opsroles/internal/fold"
	"github.com/rolemodels/ops/opsroles/internal/goaltext"

	"golang.org/x/text/language"
)

// A Goal is an operations goal taken apart: what changes and for whom, by
// how much, by when, and which KPI or area it serves. A part the goal does
// not state is zero (with its Has flag false where zero is a real value).
type Goal struct {
	Text     string // the goal as written, when it was written
	Metric   string // what is measured, as written: 新用户次日留存率, weekly active users
	Audience string // for whom, when said: 新用户, new users

	// Direction is the way the goal moves the metric: HigherIsBetter for
	// a rise (提升, grow), LowerIsBetter for a fall (降低, reduce),
	// WithinBand for keeping it at a level (保持, maintain); zero when the
	// goal does not say.
	Direction Direction

	Baseline    float64 // the value now
	HasBaseline bool
	Target      float64 // the value to reach
	HasTarget   bool
	// Change is the change asked for instead of (or besides) a target:
	// a fraction under RelativeChange (0.15 for "by 15%", 1 for 翻一番),
	// an amount in Unit under AbsoluteChange (5 for 提升5个百分点);
	// negative for a fall.
	Change     float64
	ChangeKind ChangeKind
	Unit       string // "%" (percentages and percentage points), "元", "$", another unit word, or ""

	Deadline time.Time // the last day, at midnight; zero when none
	KPI      KPIID     // the catalog KPI the metric is, when known
	Area     AreaID    // the area the goal belongs to, when known
}

// ChangeKind says how a Goal's Change is expressed.
type ChangeKind uint8

// The kinds of change.
const (
	RelativeChange ChangeKind = iota + 1 // a fraction of the baseline
	AbsoluteChange                       // an amount in the goal's unit
)

// String returns "relative" or "absolute".
func (k ChangeKind) String() string {
	switch k {
	case RelativeChange:
		return "relative"
	case AbsoluteChange:
		return "absolute"
	}
	return fmt.Sprintf("ChangeKind(%d)", uint8(k))
}

// A Criterion is one letter of SMART.
type Criterion uint8

// The SMART criteria, in the order of the acronym.
const (
	Specific Criterion = iota + 1
	Measurable
	Achievable
	Relevant
	TimeBound
)

var criterionWords = [...]Label{
	{},
	{names: [3]string{"specific", "具体", "具體"}},
	{names: [3]string{"measurable", "可衡量", "可衡量"}},
	{names: [3]string{"achievable", "可实现", "可實現"}},
	{names: [3]string{"relevant", "相关", "相關"}},
	{names: [3]string{"time-bound", "有时限", "有時限"}},
}

var criterionKeys = [...]string{"", "specific", "measurable", "achievable", "relevant", "time_bound"}

// String returns the criterion's JSON key: "specific", "measurable",
// "achievable", "relevant" or "time_bound".
func (c Criterion) String() string {
	if c != 0 && int(c) < len(criterionKeys) {
		return criterionKeys[c]
	}
	return fmt.Sprintf("Criterion(%d)", uint8(c))
}

// Name returns the criterion's name in the language that best serves t.
func (c Criterion) Name(t language.Tag) string {
	if c != 0 && int(c) < len(criterionWords) {
		return criterionWords[c].Name(t)
	}
	return c.String()
}

// A Verdict is the result of one SMART criterion.
type Verdict struct {
	Criterion Criterion
	OK        bool
	reason    [2]string // English, Chinese
}

// Reason says why the criterion passed or failed, in Chinese when t asks
// for any Chinese and in English otherwise (as Indicator.Formula does).
func (v Verdict) Reason(t language.Tag) string {
	if langIndex(t) == langEn {
		return v.reason[0]
	}
	return v.reason[1]
}

// A GoalCheck is a goal with a verdict on each SMART criterion.
type GoalCheck struct {
	Goal     Goal
	Verdicts [5]Verdict // Specific, Measurable, Achievable, Relevant, TimeBound
}

// Verdict returns the verdict on criterion c.
func (gc GoalCheck) Verdict(c Criterion) Verdict {
	if c < Specific || c > TimeBound {
		return Verdict{Criterion: c}
	}
	return gc.Verdicts[c-1]
}

// Missing returns the criteria that failed, in SMART order.
func (gc GoalCheck) Missing() []Criterion {
	out := []Criterion{}
	for _, v := range gc.Verdicts {
		if !v.OK {
			out = append(out, v.Criterion)
		}
	}
	return out
}

// Vague reports whether the goal fails to say what, how much or by when:
// it is not Specific, Measurable or Time-bound. A goal that only fails
// Achievable or Relevant is clear but questionable, not vague.
func (gc GoalCheck) Vague() bool {
	return !gc.Verdicts[Specific-1].OK || !gc.Verdicts[Measurable-1].OK || !gc.Verdicts[TimeBound-1].OK
}

// A GoalOption changes how goals are checked.
type GoalOption func(*goalConfig)

type goalConfig struct {
	maxChange float64
}

// DefaultMaxChange is the sanity bound of Achievable: a goal that asks the
// metric to change by more than 100% of its baseline (more than double it)
// is flagged.
const DefaultMaxChange = 1.0

// WithMaxChange sets the sanity bound of Achievable: the largest relative
// change (0.5 for 50%) that passes without a flag. A goal beyond it fails
// Achievable with a reason; it is flagged for a person to look at, not
// rejected. A bound at or below zero keeps the default.
func WithMaxChange(r float64) GoalOption {
	return func(c *goalConfig) {
		if r > 0 && !math.IsInf(r, 0) {
			c.maxChange = r
		}
	}
}

// AnalyzeGoal reads a goal written in Chinese or English and checks it:
// ParseGoal, then CheckGoal.
func (c *Catalog) AnalyzeGoal(text string, ref time.Time, opts ...GoalOption) GoalCheck {
	return c.CheckGoal(c.ParseGoal(text, ref), ref, opts...)
}

// ParseGoal reads the parts of a goal written in Chinese (Simplified or
// Traditional) or English.
//
// It finds the metric and, when named, the audience; a baseline and a
// target (从30%提升到40%, "from 8% to 5%", 达到100万, "to 25%"); a change
// (增长15%, 提升5个百分点, "by 15%", 两成, 翻一番, "double"); and the
// deadline, resolved against ref into a day in ref's location. Deadlines
// may be dates (2027-06-30, 2027年6月30日, "June 30, 2027"), months (6月底,
// "by June 2027"), quarters and halves ("Q3 2027", 2027年第三季度, 下半年,
// "H1 2027"), years (年底前, 明年, "by 2027", "by year-end") or spans
// (三个月内, 半年内, 两周内, "within 6 weeks", "in the next 90 days",
// 下个月, "next month", 本季度末). A span of months ends on the same day of
// the month (三个月内 from 2026-11-25 is 2027-02-25); a named period ends on
// its last day; a quarter or month without a year is the next one to end.
// Full-width digits, thousands separators, 万 and 亿, and Chinese numerals
// (百分之十五, 两千, 三点五) are read as numbers.
//
// The metric is linked to a catalog KPI when one of the KPI's names or
// aliases (LookupKind with KindKPI) is the metric or is contained in it:
// 新用户次日留存率 links to the retention-rate KPI through its alias
// 次日留存率.
func (c *Catalog) ParseGoal(text string, ref time.Time) Goal {
	p := goaltext.Parse(text, ref)
	g := Goal{
		Text: text, Metric: p.Metric, Audience: p.Audience,
		Baseline: p.Baseline, HasBaseline: p.HasBaseline, Target: p.Target, HasTarget: p.HasTarget,
		Change: p.Change, Unit: p.Unit,
	}
	switch p.Dir {
	case goaltext.Up:
		g.Direction = HigherIsBetter
	case goaltext.Down:
		g.Direction = LowerIsBetter
	case goaltext.Hold:
		g.Direction = WithinBand
	}
	switch p.ChangeKind {
	case goaltext.Relative:
		g.ChangeKind = RelativeChange
	case goaltext.Absolute:
		g.ChangeKind = AbsoluteChange
	}
	if p.HasDeadline {
		g.Deadline = p.Deadline
	}
	g.KPI = c.linkKPI(g.Metric)
	return g
}

// linkKPI returns the KPI that metric names, or the KPI whose longest name
// or alias the metric contains as a whole word.
func (c *Catalog) linkKPI(metric string) KPIID {
	if metric == "" {
		return ""
	}
	if r, err := c.LookupKind(metric, KindKPI); err == nil {
		return KPIID(r.ID)
	}
	key := fold.Key(metric)
	for _, t := range c.kpiTerms {
		if containsWord(key, t.key) {
			return t.id
		}
	}
	return ""
}

// containsWord reports whether term occurs in s without a letter or digit
// of Latin script glued to either end: "cvr" is in "app cvr" and in
// "新客cvr", not in "cvrs".
func containsWord(s, term string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], term)
		if j < 0 {
			return false
		}
		j += i
		end := j + len(term)
		if !(j > 0 && isASCIIAlnum(s[j-1]) && isASCIIAlnum(term[0])) &&
			!(end < len(s) && isASCIIAlnum(s[end]) && isASCIIAlnum(term[len(term)-1])) {
			return true
		}
		i = j + 1
	}
}

func isASCIIAlnum(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9'
}

// genericMetrics are words that name no metric: "improve performance".
var genericMetrics = map[string]bool{
	"业绩": true, "效果": true, "表现": true, "数据": true, "体验": true, "用户体验": true, "质量": true, "效率": true,
	"运营": true, "业务": true, "指标": true, "各项指标": true, "整体表现": true, "增长": true, "影响力": true,
	"performance": true, "results": true, "things": true, "numbers": true, "metrics": true, "kpis": true,
	"business": true, "growth": true, "the business": true, "outcomes": true, "experience": true, "quality": true,
}

// vagueWords are words that add nothing specific; a metric made only of
// them ("make things better") names no metric.
var vagueWords = map[string]bool{
	"make": true, "things": true, "thing": true, "better": true, "stuff": true, "everything": true, "more": true,
	"good": true, "great": true, "overall": true, "general": true, "the": true, "our": true, "it": true, "do": true,
	"well": true, "improve": true, "all": true, "a": true, "lot": true, "of": true,
}

// isGeneric reports whether a metric phrase names no particular metric.
func isGeneric(metric string) bool {
	key := fold.Key(metric)
	if genericMetrics[key] {
		return true
	}
	for _, w := range strings.Fields(key) {
		if !vagueWords[w] && !genericMetrics[w] {
			return false
		}
	}
	return true
}

// CheckGoal checks a goal against the SMART criteria, with ref as today:
//
//   - Specific: the goal names a metric, and not only a general word such
//     as 业绩 or "performance".
//   - Measurable: it has a metric and a target or an amount of change.
//   - Achievable: the numbers are possible and sane: a percentage target
//     lies within 0–100%, the target lies on the side of the baseline the
//     goal's direction says, and the relative change (target against
//     baseline, or the change itself) is within the WithMaxChange bound
//     (DefaultMaxChange unless set). A goal with no number cannot be judged
//     and fails.
//   - Relevant: the goal is tied to the catalog: its KPI or its area is
//     one of c's.
//   - Time-bound: it has a deadline after ref's day.
//
// Each verdict carries its reason in English and Chinese.
func (c *Catalog) CheckGoal(g Goal, ref time.Time, opts ...GoalOption) GoalCheck {
	cfg := goalConfig{maxChange: DefaultMaxChange}
	for _, o := range opts {
		o(&cfg)
	}
	gc := GoalCheck{Goal: g}
	gc.Verdicts[0] = checkSpecific(g)
	gc.Verdicts[1] = checkMeasurable(g)
	gc.Verdicts[2] = checkAchievable(g, cfg)
	gc.Verdicts[3] = c.checkRelevant(g)
	gc.Verdicts[4] = checkTimeBound(g, ref)
	return gc
}

func verdict(c Criterion, ok bool, en, zh string) Verdict {
	return Verdict{Criterion: c, OK: ok, reason: [2]string{en, zh}}
}

func checkSpecific(g Goal) Verdict {
	m := strings.TrimSpace(g.Metric)
	switch {
	case m == "":
		return verdict(Specific, false, "does not say which metric should change", "没有说明要改变哪个指标")
	case isGeneric(m):
		return verdict(Specific, false, fmt.Sprintf("%q is too general to name a metric", m), fmt.Sprintf("“%s”过于笼统，不是一个具体指标", m))
	case g.Audience != "":
		return verdict(Specific, true, fmt.Sprintf("names the metric %q for %s", m, g.Audience), fmt.Sprintf("指明了指标“%s”和对象“%s”", m, g.Audience))
	}
	return verdict(Specific, true, fmt.Sprintf("names the metric %q", m), fmt.Sprintf("指明了指标“%s”", m))
}

func checkMeasurable(g Goal) Verdict {
	switch {
	case strings.TrimSpace(g.Metric) == "":
		return verdict(Measurable, false, "has no metric to measure", "没有可衡量的指标")
	case g.HasTarget:
		return verdict(Measurable, true, "target "+quantityText(g.Target, g.Unit), "目标值"+quantityText(g.Target, g.Unit))
	case g.ChangeKind != 0:
		return verdict(Measurable, true, "change of "+changeText(g), "变化幅度"+changeText(g))
	}
	return verdict(Measurable, false, "gives no target value or amount of change", "没有目标值或变化幅度")
}

func quantityText(v float64, unit string) string {
	s := formatFloat(v)
	switch unit {
	case "", "%":
		return s + unit
	case "$":
		return "$" + s
	}
	return s + " " + unit
}

func changeText(g Goal) string {
	sign := ""
	if g.Change > 0 {
		sign = "+"
	}
	if g.ChangeKind == RelativeChange {
		return sign + formatFloat(100*g.Change) + "%"
	}
	if g.Unit == "%" {
		return sign + formatFloat(g.Change) + " pp"
	}
	return sign + quantityText(g.Change, g.Unit)
}

func formatFloat(v float64) string {
	return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.4f", v), "0"), ".")
}

// relativeChange returns the change the goal asks for as a fraction of the
// baseline, when the goal says enough to know it.
func relativeChange(g Goal) (float64, bool) {
	switch {
	case g.HasBaseline && g.HasTarget && g.Baseline != 0:
		return (g.Target - g.Baseline) / math.Abs(g.Baseline), true
	case g.ChangeKind == RelativeChange:
		return g.Change, true
	case g.ChangeKind == AbsoluteChange && g.HasBaseline && g.Baseline != 0:
		return g.Change / math.Abs(g.Baseline), true
	}
	return 0, false
}

func checkAchievable(g Goal, cfg goalConfig) Verdict {
	if !g.HasTarget && g.ChangeKind == 0 {
		return verdict(Achievable, false, "cannot be judged without a target", "没有目标值，无法判断能否实现")
	}
	if g.Unit == "%" && g.HasTarget && (g.Target < 0 || g.Target > 100) {
		return verdict(Achievable, false, fmt.Sprintf("a target of %s%% is outside 0–100%%", formatFloat(g.Target)),
			fmt.Sprintf("目标%s%%超出了0–100%%的范围", formatFloat(g.Target)))
	}
	if g.HasBaseline && g.HasTarget {
		if g.Direction == HigherIsBetter && g.Target < g.Baseline {
			return verdict(Achievable, false, "the target is below the baseline, but the goal is to raise the metric", "目标值低于基线，但目标是提升该指标")
		}
		if g.Direction == LowerIsBetter && g.Target > g.Baseline {
			return verdict(Achievable, false, "the target is above the baseline, but the goal is to lower the metric", "目标值高于基线，但目标是降低该指标")
		}
	}
	r, ok := relativeChange(g)
	if !ok {
		return verdict(Achievable, true, "no baseline to compare the target with; nothing looks impossible", "没有基线可比较，目标本身没有明显不合理之处")
	}
	pct := formatFloat(math.Round(1000*r)/10) + "%"
	if r > 0 {
		pct = "+" + pct
	}
	bound := formatFloat(100*cfg.maxChange) + "%"
	if r < -1 {
		return verdict(Achievable, false, fmt.Sprintf("a change of %s would take the metric below zero", pct), fmt.Sprintf("变化%s会使指标低于零", pct))
	}
	if math.Abs(r) > cfg.maxChange {
		return verdict(Achievable, false,
			fmt.Sprintf("a change of %s is beyond the %s sanity bound: flagged for review against past results", pct, bound),
			fmt.Sprintf("变化幅度%s超过了%s的合理性上限，请对照历史数据复核", pct, bound))
	}
	return verdict(Achievable, true, fmt.Sprintf("a change of %s is within the %s sanity bound", pct, bound),
		fmt.Sprintf("变化幅度%s在%s的合理范围内", pct, bound))
}

func (c *Catalog) checkRelevant(g Goal) Verdict {
	if g.KPI != "" {
		if k, ok := c.KPI(g.KPI); ok {
			return verdict(Relevant, true,
				fmt.Sprintf("measures the KPI %s (%s)", k.Label().Name(language.English), k.ID()),
				fmt.Sprintf("对应关键指标“%s”（%s）", k.Label().Name(language.SimplifiedChinese), k.ID()))
		}
	}
	if g.Area != "" {
		if a, ok := c.Area(g.Area); ok {
			return verdict(Relevant, true,
				fmt.Sprintf("belongs to the area %s (%s)", a.Label().Name(language.English), a.ID()),
				fmt.Sprintf("属于领域“%s”（%s）", a.Label().Name(language.SimplifiedChinese), a.ID()))
		}
	}
	if g.Metric == "" {
		return verdict(Relevant, false, "names no metric to tie to a KPI or area", "没有指标，无法关联到关键指标或领域")
	}
	return verdict(Relevant, false, fmt.Sprintf("%q is not a KPI of the catalog and no area is linked", g.Metric),
		fmt.Sprintf("“%s”不是目录中的关键指标，也没有关联领域", g.Metric))
}

func checkTimeBound(g Goal, ref time.Time) Verdict {
	if g.Deadline.IsZero() {
		return verdict(TimeBound, false, "has no deadline", "没有截止时间")
	}
	d := g.Deadline.Format(time.DateOnly)
	y, m, day := ref.Date()
	today := time.Date(y, m, day, 0, 0, 0, 0, g.Deadline.Location())
	if !g.Deadline.After(today) {
		return verdict(TimeBound, false, "the deadline "+d+" has passed", "截止时间"+d+"已过")
	}
	days := int(math.Round(g.Deadline.Sub(today).Hours() / 24))
	return verdict(TimeBound, true, fmt.Sprintf("deadline %s, %d days away", d, days), fmt.Sprintf("截止时间%s，还有%d天", d, days))
}
