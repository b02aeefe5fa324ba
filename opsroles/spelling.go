// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"slices"
	"strings"
)

// English postings and resumes spell the same words the American way or
// the British way (optimization and optimisation, program and programme,
// fulfillment and fulfilment, cafe and café), and the catalog spells each
// term one way.
// The Matcher searches every English term in the other spelling too, as the
// fold makes 營運 match 运营. It also searches the plural of the terms that
// name a role, which the catalog writes in the singular: a resume "managed
// four community managers", a posting works "with our channel partners".
// And it searches the forms that translations from Chinese give the terms
// of operations (运营): "user operation", "operation manager", German
// terms without their umlauts (see germanASCII), and "&" for "and".

// spellingPairs are the American and British forms of word endings and of
// whole words, as folded terms hold them (lower case).
var spellingPairs = [...]struct {
	us, uk string
	whole  bool // the whole word, not its ending
}{
	{"ization", "isation", false}, {"izations", "isations", false},
	{"izing", "ising", false}, {"ized", "ised", false}, {"izes", "ises", false},
	{"yze", "yse", false}, {"yzing", "ysing", false}, {"yzed", "ysed", false},
	{"behavior", "behaviour", true}, {"behaviors", "behaviours", true}, {"behavioral", "behavioural", true},
	{"program", "programme", true}, {"programs", "programmes", true},
	{"center", "centre", true}, {"centers", "centres", true},
	{"fulfillment", "fulfilment", true}, {"catalog", "catalogue", true},
	{"coordinator", "co ordinator", true}, {"coordinators", "co ordinators", true}, {"coordination", "co ordination", true}, // co-ordinator, as the scan reads the hyphen
	{"enroll", "enrol", true}, {"enrollment", "enrolment", true},
	{"license", "licence", true}, {"canceled", "cancelled", true}, {"canceling", "cancelling", true},
	// And with the accent that British menus and signs keep.
	{"cafe", "café", true}, {"cafes", "cafés", true},
}

// minIzeWord is the shortest word whose ending "ize" is a suffix that
// British English may spell "ise": optimize and organize, not size or prize.
const minIzeWord = 7

// otherSpelling returns term, a folded catalog term, with each of its
// English words in the other spelling where spellingPairs or the ending
// -ize give one, and false if no word changes.
func otherSpelling(term string) (string, bool) {
	words := strings.Split(term, " ")
	changed := false
	for k, w := range words {
		if v, ok := otherWord(w); ok {
			words[k], changed = v, true
		}
	}
	if !changed {
		return term, false
	}
	return strings.Join(words, " "), true
}

// otherWord returns w in the other spelling, and false if it has none.
func otherWord(w string) (string, bool) {
	for _, p := range spellingPairs {
		for k, f := range [...][2]string{{p.us, p.uk}, {p.uk, p.us}} {
			if k == 1 && !p.whole && !strings.HasPrefix(p.uk, "isation") {
				// Back from British endings only for nouns in -isation:
				// a word in -ising may be spelt so in both (advertising).
				continue
			}
			switch {
			case p.whole && w == f[0]:
				return f[1], true
			case !p.whole && strings.HasSuffix(w, f[0]) && len(w) > len(f[0])+2:
				return w[:len(w)-len(f[0])] + f[1], true
			}
		}
	}
	if len(w) >= minIzeWord && strings.HasSuffix(w, "ize") {
		return w[:len(w)-3] + "ise", true
	}
	return "", false
}

// roleNouns are the last words of catalog terms that name a role or a
// counterpart, whose plural means the same people. "lead" is not one of
// them: "marketing leads" are prospects more often than people who lead
// marketing.
var roleNouns = map[string]string{
	"manager": "managers", "specialist": "specialists", "analyst": "analysts",
	"coordinator": "coordinators", "director": "directors", "associate": "associates",
	"executive": "executives", "strategist": "strategists", "officer": "officers",
	"planner": "planners", "representative": "representatives", "moderator": "moderators",
	"editor": "editors", "marketer": "marketers", "consultant": "consultants",
	"administrator": "administrators", "owner": "owners", "partner": "partners",
}

// ampersandRoles are the last words of terms that name a role besides
// roleNouns, which ampersand reads too.
var ampersandRoles = [...]string{"lead", "leader", "coach", "head", "advisor", "adviser"}

// plural returns term, a folded catalog term of two words or more, with its
// last word in the plural if that word is a role noun, and false if not.
func plural(term string) (string, bool) {
	i := strings.LastIndexByte(term, ' ')
	if i < 0 {
		return term, false
	}
	p, ok := roleNouns[term[i+1:]]
	if !ok {
		return term, false
	}
	return term[:i+1] + p, true
}

// translated returns the form that translations from Chinese give term,
// a folded catalog term of two words or more with the word "operations"
// (运营): with "operation" for it ("user operation", "operation
// manager"), and false for other terms: "operation" alone is no job.
// The catalog lists the translations that call the job an operator ("new
// media operator") where no other trade uses them: a data operator keys
// in data, a business operator owns one.
func translated(term string) (string, bool) {
	words := strings.Split(term, " ")
	k := slices.Index(words, "operations")
	if k < 0 || len(words) == 1 {
		return term, false
	}
	words[k] = "operation"
	return strings.Join(words, " "), true
}

// spellingsOf returns the forms of the folded term p that a matcher
// searches: p, its other spelling (optimisation for optimization), the
// plural of each (community managers), and the forms that translations
// from Chinese give terms of operations (see translated), German without
// umlauts (see germanASCII), "&" for "and" (see ampersand) and "mgmt" and
// "mgr" for "management" and "manager" (see abbreviated).
func spellingsOf(p string) []string {
	forms := []string{p}
	if v, ok := otherSpelling(p); ok {
		forms = append(forms, v)
	}
	for _, f := range forms[:len(forms):len(forms)] {
		if pl, ok := plural(f); ok {
			forms = append(forms, pl)
		}
	}
	if v, ok := translated(p); ok {
		forms = append(forms, v)
	}
	if v, ok := germanASCII(p); ok {
		forms = append(forms, v)
	}
	if v, ok := ampersand(p); ok {
		forms = append(forms, v)
	}
	if v, ok := abbreviated(p); ok {
		forms = append(forms, v)
	}
	return append(forms, misspellings(p)...)
}

// abbreviated returns p, a folded term of more than one word, with its
// words "management" and "manager" written "mgmt" and "mgr", as titles and
// classified ads shorten them ("Sr. Mgr, Ops Performance Mgmt", "OPS MGR -
// COURIER BRANCH"), and false if it has neither.
func abbreviated(p string) (string, bool) {
	return replaceWords(p, func(w string) string {
		switch w {
		case "management":
			return "mgmt"
		case "manager":
			return "mgr"
		}
		return w
	})
}

// slips are the misspellings that postings, headlines and resumes make
// most of the words of operations titles, each the word and its slip:
// "Teamleitung Workforce Managment", "Community Manger", "Continous
// Improvement Lead", "Customer Sucess Manager".
var slips = [...][2]string{
	{"management", "managment"}, {"manager", "manger"}, {"continuous", "continous"}, {"success", "sucess"},
}

// misspellings returns the forms of p, a folded term of more than one
// word, with one of the words of slips misspelt as its slip, one form for
// each slip the term's words can make: a text that misspells one word of a
// term rarely misspells another.
func misspellings(p string) []string {
	var forms []string
	for _, slip := range slips {
		if v, ok := replaceWords(p, func(w string) string {
			if w == slip[0] {
				return slip[1]
			}
			return w
		}); ok {
			forms = append(forms, v)
		}
	}
	return forms
}

// replaceWords returns p, a folded term, with each of its words w written
// as form(w), and whether any changed. A term of one word stays: a word
// alone is too short a context to take a variant for it.
func replaceWords(p string, form func(w string) string) (string, bool) {
	words := strings.Split(p, " ")
	if len(words) == 1 {
		return p, false
	}
	changed := false
	for k, w := range words {
		if f := form(w); f != w {
			words[k], changed = f, true
		}
	}
	if !changed {
		return p, false
	}
	return strings.Join(words, " "), true
}

// ampersand returns p, a folded term that names a role, with its " and "
// written " & " or its " & " written " and ", and false if it has neither
// or names no role: a "Quality & Performance Coach" is a "quality and
// performance coach". Other terms keep the form the catalog gives them:
// a plumber's "Scheduling & Dispatch" is not the "scheduling and
// dispatch" of a service centre's staff.
func ampersand(p string) (string, bool) {
	last := p[strings.LastIndexByte(p, ' ')+1:]
	if _, role := roleNouns[last]; !role && !slices.Contains(ampersandRoles[:], last) {
		return p, false
	}
	switch {
	case strings.Contains(p, " & "):
		return strings.ReplaceAll(p, " & ", " and "), true
	case strings.Contains(p, " and "):
		return strings.ReplaceAll(p, " and ", " & "), true
	}
	return p, false
}

// germanASCII returns p, a folded term, with its umlauts written as
// systems without them write them (ä ae, ö oe, ü ue) and ß as ss, which
// Swiss German always writes; and false if p has none: a CV exported as
// ASCII names a "Qualitaetsmanager", a Swiss posting "Aussendienst".
func germanASCII(p string) (string, bool) {
	if !strings.ContainsAny(p, "äöüß") {
		return p, false
	}
	return strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss").Replace(p), true
}
