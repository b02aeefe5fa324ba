// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles_test

import (
	"fmt"

	"golang.org/x/text/language"

	"github.com/rolemodels/ops/opsroles"
)

// A server picks the label language from the Accept-Language header.
func ExampleNegotiateAcceptLanguage() {
	for _, h := range []string{"zh-HK,en;q=0.5", "zh-CN", "fr-FR,fr;q=0.9", "en-GB", "q=;;nonsense"} {
		fmt.Printf("%-16q %v\n", h, opsroles.NegotiateAcceptLanguage(h))
	}
	// Output:
	// "zh-HK,en;q=0.5" zh-Hant
	// "zh-CN"          zh-Hans
	// "fr-FR,fr;q=0.9" en
	// "en-GB"          en
	// "q=;;nonsense"   en
}

// NegotiateLanguage takes the reader's languages in order of preference.
func ExampleNegotiateLanguage() {
	fmt.Println(opsroles.NegotiateLanguage(language.French, language.MustParse("zh-TW")))
	// Output: zh-Hant
}

// ParseLanguages reads a flag such as -lang zh,en strictly.
func ExampleParseLanguages() {
	tags, err := opsroles.ParseLanguages("zh,en")
	fmt.Println(tags, err)
	_, err = opsroles.ParseLanguages("fr")
	fmt.Println(err)
	// Output:
	// [zh-Hans en] <nil>
	// opsroles: unknown language "fr" (the catalog carries zh-Hans, zh-Hant and en)
}
