// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

//go:build ignore

// gen.go writes tables.go, the Traditional-to-Simplified Chinese character
// table, from the kSimplifiedVariant field of the Unicode Han Database.
//
// The source is Unihan_Variants.txt from Debian's unicode-data package:
//
//	apt-get install unicode-data
//	go run gen.go [-unihan /usr/share/unicode/Unihan_Variants.txt.bz2]
package main

import (
	"flag"
	"log"
	"os"

	"github.com/rolemodels/ops/opsroles/internal/gen"
)

func main() {
	unihan := flag.String("unihan", gen.DefaultUnihanPath, "Unihan_Variants.txt, plain or .bz2")
	out := flag.String("out", "tables.go", "output file")
	flag.Parse()
	src, err := gen.FoldTables(*unihan)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		log.Fatal(err)
	}
}
