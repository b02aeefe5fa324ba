// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package opsroles

import (
	"encoding/json"
	"io"
	"strconv"
	"time"
)

// Render writes the funnel as FormatText or FormatMarkdown (one row per
// step with users, overall and step conversion as percentages, drop-off and
// median time), FormatCSV (the same with fractions and the median in
// seconds) or FormatJSON (the document of MarshalJSON).
func (f *FunnelReport) Render(w io.Writer, format Format) error {
	if format == FormatJSON {
		return writeJSON(w, f)
	}
	rate, dur := percentCell, func(d time.Duration) string { return d.String() }
	if format == FormatCSV {
		rate = fractionCell
		dur = func(d time.Duration) string { return strconv.FormatFloat(d.Seconds(), 'f', -1, 64) }
	}
	header := []string{"step", "event", "users", "conversion", "step_conversion", "drop_off", "median_time"}
	rows := make([][]string, len(f.Steps))
	for i, s := range f.Steps {
		median := ""
		if f.HasMedian(i) {
			median = dur(s.MedianTime)
		}
		rows[i] = []string{strconv.Itoa(i + 1), s.Event, strconv.Itoa(s.Users), rate(s.Conversion),
			rate(s.StepConversion), strconv.Itoa(s.DropOff), median}
	}
	return renderGrid(w, format, header, rows, 2)
}

type funnelJSON struct {
	Mode          *string          `json:"mode"`
	WindowSeconds *float64         `json:"window_seconds"`
	Steps         []funnelStepJSON `json:"steps"`
}

type funnelStepJSON struct {
	Event          string   `json:"event"`
	Users          int      `json:"users"`
	Conversion     float64  `json:"conversion"`
	StepConversion float64  `json:"step_conversion"`
	DropOff        int      `json:"drop_off"`
	MedianSeconds  *float64 `json:"median_seconds"`
}

// MarshalJSON encodes the funnel as
//
//	{"mode":"ordered","window_seconds":604800,"steps":[
//	  {"event":"signup","users":1000,"conversion":1,"step_conversion":1,"drop_off":0,"median_seconds":null},
//	  {"event":"activate","users":400,"conversion":0.4,"step_conversion":0.4,"drop_off":600,"median_seconds":3600}]}
//
// with null for what was not measured: the mode and window of a funnel
// built from counts, and the median where HasMedian is false.
func (f *FunnelReport) MarshalJSON() ([]byte, error) {
	out := funnelJSON{Steps: make([]funnelStepJSON, len(f.Steps))}
	if f.Order != 0 {
		mode, win := f.Order.String(), f.Window.Seconds()
		out.Mode, out.WindowSeconds = &mode, &win
	}
	for i, s := range f.Steps {
		js := funnelStepJSON{Event: s.Event, Users: s.Users, Conversion: s.Conversion,
			StepConversion: s.StepConversion, DropOff: s.DropOff}
		if f.HasMedian(i) {
			sec := s.MedianTime.Seconds()
			js.MedianSeconds = &sec
		}
		out.Steps[i] = js
	}
	return json.Marshal(out)
}
