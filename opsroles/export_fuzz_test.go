// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"bytes"
	"errors"
	"testing"
)

// FuzzLoadJSON: LoadJSON never panics, reports every failure as
// JSONErrors or a read error with offsets inside the input, and whatever it
// accepts exports and loads back equal.
func FuzzLoadJSON(f *testing.F) {
	f.Add(exportJSON(f, loadCatalog(f, "mini.txt")))
	f.Add([]byte(`{"format": "opsroles-catalog", "version": 1}`))
	f.Add([]byte(`{"format": "opsroles-catalog", "version": 1, "skills": [{"id": "sql", "name": {"zh-Hans": "SQL", "zh-Hant": "SQL", "en": "SQL"}, "summary": {"zh-Hans": "查询", "zh-Hant": "", "en": "Queries"}, "aliases": {"zh-Hans": [], "zh-Hant": [], "en": ["structured query language"]}}]}`))
	f.Add([]byte(`{"areas": [{"id": 1, "name": [], "duties": {}}], "version": "1"}`))
	f.Add([]byte("\uFEFF{\"format\": \"opsroles-catalog\", \"version\": 1, \"tools\": [{\"id\": \"a\"}, {\"id\": \"a\"}]}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := LoadJSON(bytes.NewReader(data))
		if err != nil {
			var list JSONErrors
			if !errors.As(err, &list) || len(list) == 0 {
				t.Fatalf("error is not a non-empty JSONErrors: %v", err)
			}
			for _, e := range list {
				if e.Offset < 0 || e.Offset > int64(len(data)) {
					t.Errorf("offset %d outside the %d-byte input: %v", e.Offset, len(data), e)
				}
			}
			return
		}
		again, err := LoadJSON(bytes.NewReader(exportJSON(t, c)))
		if err != nil {
			t.Fatalf("the export of an accepted catalog does not load: %v", err)
		}
		if diff := catalogDiff(c, again); diff != "" {
			t.Errorf("round trip (-want +got):\n%s", diff)
		}
	})
}
