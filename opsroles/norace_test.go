// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

//go:build !race

package opsroles

// raceEnabled reports whether the tests run under the race detector,
// which slows the ones that read every test document tenfold.
const raceEnabled = false
