// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"fmt"
	"strconv"

	"golang.org/x/text/language"
)

// A Level is the seniority of a job, from intern to chief operating officer.
// The zero Level, LevelUnknown, means that a title does not say.
type Level uint8

// Levels in ascending seniority.
const (
	LevelUnknown    Level = iota // the title does not say
	LevelIntern                  // 实习生, intern
	LevelSpecialist              // 专员, 助理; specialist, assistant, associate, coordinator
	LevelSenior                  // 高级, 资深, 专家; senior
	LevelLead                    // 主管, 组长; lead, supervisor
	LevelManager                 // 经理; manager
	LevelDirector                // 总监; director
	LevelHead                    // 负责人, 副总裁; head, vice president
	LevelChief                   // 首席运营官; chief operating officer (COO)
)

var levelCodes = [...]string{"unknown", "intern", "specialist", "senior", "lead", "manager", "director", "head", "chief"}

// levelLabels hold the names of the levels: English, Simplified and
// Traditional Chinese.
var levelLabels = [...]Label{
	{names: [3]string{"Unspecified", "未注明", "未註明"}},
	{names: [3]string{"Intern", "实习生", "實習生"}},
	{names: [3]string{"Specialist", "专员", "專員"}},
	{names: [3]string{"Senior Specialist", "资深专员", "資深專員"}},
	{names: [3]string{"Lead", "主管", "主管"}},
	{names: [3]string{"Manager", "经理", "經理"}},
	{names: [3]string{"Director", "总监", "總監"}},
	{names: [3]string{"Head / Vice President", "负责人 / 副总裁", "負責人 / 副總裁"}},
	{names: [3]string{"Chief Operating Officer", "首席运营官", "首席營運官"}},
}

// Levels returns every level above LevelUnknown, in ascending seniority.
func Levels() []Level {
	return []Level{LevelIntern, LevelSpecialist, LevelSenior, LevelLead, LevelManager, LevelDirector, LevelHead, LevelChief}
}

func (l Level) valid() bool { return int(l) < len(levelCodes) }

// String returns the level's code: "unknown", "intern", "specialist",
// "senior", "lead", "manager", "director", "head" or "chief".
func (l Level) String() string {
	if l.valid() {
		return levelCodes[l]
	}
	return "Level(" + strconv.Itoa(int(l)) + ")"
}

// Name returns the level's name in the language that best serves t, as
// Label.Name picks it.
func (l Level) Name(t language.Tag) string {
	if !l.valid() {
		return l.String()
	}
	return levelLabels[l].Name(t)
}

// MarshalText implements encoding.TextMarshaler with the level's code.
func (l Level) MarshalText() ([]byte, error) {
	if !l.valid() {
		return nil, fmt.Errorf("opsroles: invalid %s", l)
	}
	return []byte(levelCodes[l]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler; it accepts the codes
// that String returns.
func (l *Level) UnmarshalText(b []byte) error {
	for i, c := range levelCodes {
		if c == string(b) {
			*l = Level(i)
			return nil
		}
	}
	return fmt.Errorf("opsroles: unknown level %q (want one of %v)", b, levelCodes)
}
