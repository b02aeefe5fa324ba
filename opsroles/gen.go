// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

//go:build ignore

// gen.go writes zz_ids.go, the typed ID constants of every entity of the
// built-in catalog, from catalog.txt. Run it with go generate after editing
// the catalog; TestGeneratedConstants fails while zz_ids.go is stale.
package main

import (
	"flag"
	"log"
	"os"
	"path/filepath"

	"github.com/rolemodels/ops/opsroles/internal/gen"
)

func main() {
	dir := flag.String("dir", ".", "directory of package opsroles")
	flag.Parse()
	catalog, err := os.ReadFile(filepath.Join(*dir, "catalog.txt"))
	if err != nil {
		log.Fatal(err)
	}
	src, err := gen.Constants(catalog, *dir)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(*dir, gen.ConstantsFile), src, 0o644); err != nil {
		log.Fatal(err)
	}
}
