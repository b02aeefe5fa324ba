// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"errors"
	"fmt"
	"io"
	"math"

	"github.com/rolemodels/ops/opsroles/internal/sniff"
)

// ErrInputTooLarge is wrapped by the error MatchReader returns for an input
// over the matcher's size limit (see WithMaxInput).
var ErrInputTooLarge = errors.New("input too large")

// An InputSizeError reports an input larger than the matcher accepts.
type InputSizeError struct {
	Limit int64 // the limit in bytes; the input had more
}

// Error states the limit and how to raise it.
func (e *InputSizeError) Error() string {
	return fmt.Sprintf("opsroles: %v: more than %d bytes (raise the limit with WithMaxInput)", ErrInputTooLarge, e.Limit)
}

// Unwrap returns ErrInputTooLarge.
func (e *InputSizeError) Unwrap() error { return ErrInputTooLarge }

// MatchReader reads a whole document from r, detects its encoding, decodes
// it to UTF-8 and matches it. It reads UTF-8 with or without a byte-order
// mark, UTF-16 (little- or big-endian, with a byte-order mark or, for text
// with Latin letters, without), GB18030 (and so GBK and GB2312), Big5 and
// Windows-1252 (and so ISO 8859-1), telling them apart by how well each
// reading fits frequent Chinese characters, or accented letters inside
// Latin words ("Montréal", "Müller"). Bytes the encoding cannot read
// become U+FFFD; the byte-order mark is dropped.
//
// The result's Text is the decoded text, which the offsets index, and its
// Encoding names the encoding found. An input over the matcher's limit
// (DefaultMaxInput unless WithMaxInput says otherwise) is not matched: the
// error is an *InputSizeError wrapping ErrInputTooLarge. Errors from r are
// returned wrapped.
func (m *Matcher) MatchReader(r io.Reader) (Result, error) {
	limit := m.maxInput
	if limit <= 0 {
		limit = DefaultMaxInput // the zero Matcher
	}
	read := limit
	if read < math.MaxInt64 {
		read++ // one byte more than allowed tells a too-large input
	}
	b, err := io.ReadAll(io.LimitReader(r, read))
	if err != nil {
		return Result{}, fmt.Errorf("opsroles: reading document: %w", err)
	}
	if int64(len(b)) > limit {
		return Result{}, &InputSizeError{Limit: limit}
	}
	text, enc := sniff.Decode(b)
	res := m.Match(text)
	res.Encoding = enc
	return res, nil
}
