// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"strconv"
	"strings"

	"golang.org/x/text/language"
)

// postingExperience is the experience a posting asks for at each level:
// years of work in the area, and of those, years leading a team. The
// numbers are what Chinese job boards commonly ask for; a caller with other
// norms edits the draft.
var postingExperience = [...]struct{ years, leading int }{
	LevelUnknown:    {},
	LevelIntern:     {},
	LevelSpecialist: {years: 1},
	LevelSenior:     {years: 3},
	LevelLead:       {years: 3, leading: 1},
	LevelManager:    {years: 5, leading: 2},
	LevelDirector:   {years: 8, leading: 3},
	LevelHead:       {years: 10, leading: 5},
	LevelChief:      {years: 15, leading: 8},
}

// postingPhrases are the sentence patterns of a posting, in langIndex
// order (English, Simplified, Traditional Chinese). %a is the area's name,
// %n a number, %l a list of names.
var postingPhrases = struct {
	intern, years, leading, methods, tools, kpis [3]string
	listSep, listLast                            [3]string
	nameSep, titleSep                            [3]string
}{
	intern: [3]string{
		"Student or recent graduate interested in %a, able to work at least four days a week",
		"在校生或应届毕业生，对%a有兴趣，每周可实习至少4天",
		"在學生或應屆畢業生，對%a有興趣，每週可實習至少4天",
	},
	years: [3]string{
		"%n+ years of experience in %a",
		"%n年以上%a相关工作经验",
		"%n年以上%a相關工作經驗",
	},
	leading: [3]string{
		", including %n+ years leading a team",
		"，其中%n年以上团队管理经验",
		"，其中%n年以上團隊管理經驗",
	},
	methods: [3]string{
		"Familiar with methods such as %l",
		"熟悉%l等方法",
		"熟悉%l等方法",
	},
	tools: [3]string{
		"Proficient with tools such as %l",
		"熟练使用%l等工具",
		"熟練使用%l等工具",
	},
	kpis: [3]string{
		"Owns metrics such as %l",
		"对%l等指标负责",
		"對%l等指標負責",
	},
	listSep:  [3]string{", ", "、", "、"},
	listLast: [3]string{" and ", "、", "、"},
	nameSep:  [3]string{": ", "：", "："},
	titleSep: [3]string{" · ", " · ", " · "},
}

// phrase fills a posting pattern for language t.
func phrase(pattern [3]string, t language.Tag, area string, n int, list []string) string {
	i := langIndex(t)
	if len(list) > 1 {
		list = append(list[:len(list)-2:len(list)-2], list[len(list)-2]+postingPhrases.listLast[i]+list[len(list)-1])
	}
	return strings.NewReplacer(
		"%a", area,
		"%n", strconv.Itoa(n),
		"%l", strings.Join(list, postingPhrases.listSep[i]),
	).Replace(pattern[i])
}

// A postingItem is one numbered line of a posting, with the entities it
// comes from.
type postingItem struct {
	refs []Ref
	text line // one cell per language
}

type posting struct {
	area             *Area
	title            line
	responsibilities []postingItem
	requirements     []postingItem
}

// names returns the names of es in language t.
func names[E labeled](es []E, t language.Tag) []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.Label().Name(t)
	}
	return out
}

func refs[E labeled](es []E) []Ref {
	out := make([]Ref, len(es))
	for i, e := range es {
		out[i] = e.Ref()
	}
	return out
}

// postings drafts a posting for each selected area. The items keep catalog
// order: the catalog lists an area's main duties and skills first.
func (r *renderer) postings() []posting {
	lvl := r.cfg.level
	exp := postingExperience[lvl]
	catalogOrder := *r
	catalogOrder.col = nil
	var out []posting
	for _, a := range r.areas {
		p := posting{area: a}
		for _, t := range r.langs {
			title := a.label.Name(t)
			if lvl != LevelUnknown {
				title += postingPhrases.titleSep[langIndex(t)] + lvl.Name(t)
			}
			p.title = append(p.title, cell{text: title, lang: t})
		}
		item := func(rs []Ref, text func(t language.Tag) string) postingItem {
			it := postingItem{refs: rs}
			for _, t := range r.langs {
				it.text = append(it.text, cell{text: text(t), lang: t})
			}
			return it
		}
		for _, d := range linked(&catalogOrder, a.Duties(), r.c.Duty) {
			p.responsibilities = append(p.responsibilities, item([]Ref{d.Ref()}, d.label.Summary))
		}
		if kpis := linked(&catalogOrder, a.KPIs(), r.c.KPI); len(kpis) > 0 {
			p.responsibilities = append(p.responsibilities, item(refs(kpis), func(t language.Tag) string {
				return phrase(postingPhrases.kpis, t, "", 0, names(kpis, t))
			}))
		}
		switch {
		case lvl == LevelIntern:
			p.requirements = append(p.requirements, item(nil, func(t language.Tag) string {
				return phrase(postingPhrases.intern, t, a.label.Name(t), 0, nil)
			}))
		case exp.years > 0:
			p.requirements = append(p.requirements, item(nil, func(t language.Tag) string {
				s := phrase(postingPhrases.years, t, a.label.Name(t), exp.years, nil)
				if exp.leading > 0 {
					s += phrase(postingPhrases.leading, t, "", exp.leading, nil)
				}
				return s
			}))
		}
		for _, s := range linked(&catalogOrder, a.Skills(), r.c.Skill) {
			p.requirements = append(p.requirements, item([]Ref{s.Ref()}, func(t language.Tag) string {
				return s.label.Name(t) + postingPhrases.nameSep[langIndex(t)] + s.label.Summary(t)
			}))
		}
		if ms := linked(&catalogOrder, a.Methods(), r.c.Method); len(ms) > 0 {
			p.requirements = append(p.requirements, item(refs(ms), func(t language.Tag) string {
				return phrase(postingPhrases.methods, t, "", 0, names(ms, t))
			}))
		}
		if ts := linked(&catalogOrder, a.Tools(), r.c.Tool); len(ts) > 0 {
			p.requirements = append(p.requirements, item(refs(ts), func(t language.Tag) string {
				return phrase(postingPhrases.tools, t, "", 0, names(ts, t))
			}))
		}
		out = append(out, p)
	}
	return out
}

// postingDoc lays the postings out for text, Markdown and HTML.
func (r *renderer) postingDoc() *document {
	d := &document{lang: r.langs[0], title: r.words(wordPostings)}
	for _, p := range r.postings() {
		pt := part{anchor: string(p.area.id), heading: p.title}
		pt.paras = append(pt.paras, r.summaries(p.area.label)...)
		sec := func(heading Label, items []postingItem) section {
			s := section{heading: r.words(heading)}
			for _, it := range items {
				s.items = append(s.items, it.text)
			}
			return s
		}
		pt.sections = append(pt.sections, sec(wordResponsibles, p.responsibilities), sec(wordRequirements, p.requirements))
		d.parts = append(d.parts, pt)
	}
	return d.finish()
}
