// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package markup

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestDetect(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want Kind
	}{
		{"empty", "", Plain},
		{"plain Chinese", "社群运营专员\n负责社群拉新", Plain},
		{"ampersands that are no entities", "R&D, P&L and AT&T; Q&A", Plain},
		{"comparisons", "a < b and c > d, <5% churn", Plain},
		{"one tag mentioned in a resume", "Frontend developer: I write <div> and flexbox daily", Plain},
		{"two tags mentioned", "Templates with <div> and <span> elements", Plain},
		{"start tags listed", "熟悉 <div>、<span>、<p>、<ul> 等常用标签", Plain},
		{"unknown tags", "<foo> <bar> <baz> <qux>", Plain},
		{"starts with a tag", "<p>Community Manager</p>", HTML},
		{"starts with a tag after white space", "\n  <div>用户运营</div>", HTML},
		{"starts with a doctype", "<!DOCTYPE html><title>x</title>", HTML},
		{"starts with a comment", "<!-- copied --> Community Manager", HTML},
		{"three tags inside", "Community Manager\n<b>About</b> us<br>", HTML},
		{"tags inside, one an end tag", "Community Manager\n<li>Grow <span>our</span> community", HTML},
		{"upper-case tags", "<P>Community Manager</P>", HTML},
		{"escaped", "&lt;p&gt;Community Manager&lt;/p&gt;", EscapedHTML},
		{"escaped with upper-case entities", "&LT;p&GT;社群运营&LT;/p&GT;", EscapedHTML},
		{"escaped tags inside", "Role: &lt;b&gt;CM&lt;/b&gt;&lt;br&gt;", EscapedHTML},
		{"escaped start tags listed", "Tags: &lt;div&gt; &lt;span&gt; &lt;p&gt;", Entities},
		{"exotic entity alone", "x &NotEqualTilde; y", Plain},
		{"entities", "Social&nbsp;Media&nbsp;Manager", Entities},
		{"numeric entity", "Retention&#8217;s owner", Entities},
		{"hex entity", "&#x4E2D;文", Entities},
		{"escaped text without tags", "R&amp;D", Entities},
		{"entity after a false one", "R&D &amp; more", Entities},
		{"unknown entity", "&notanentity; &;", Plain},
		{"entity without semicolon", "&nbsp is not one here", Plain},
		{"JSON escapes", `{"title": "\u7528\u6237\u8fd0\u8425"}`, StringEscapes},
		{"a surrogate pair counts as one", `"\ud83d\ude00 \u7528\u6237"`, StringEscapes},
		{"two escapes are too few", `{"note": "\u7528\u6237 and \n"}`, Plain},
		{"a Windows path", `C:\users\u1\uxyz\new`, Plain},
		{"HTML in a JSON record", `{"d": "<p>\u7528\u6237\u8fd0\u8425</p><p>x</p><br>"}`, HTMLInStrings},
		{"HTML in a JSON record without escapes", "{\n  \"title\": \"Key Account Manager\",\n  \"d\": \"<p>Own the accounts</p><ul><li>JBP</li></ul>\"\n}", HTMLInStrings},
		{"HTML after a brace that opens no record", "{draft} <p>Community Manager</p><br>", HTML},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Detect([]byte(tt.src)); got != tt.want {
				t.Errorf("Detect(%q) = %d, want %d", tt.src, got, tt.want)
			}
		})
	}
}

func TestText(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want string
	}{
		{"paragraphs", "<p>One</p><p>Two</p>", "One\n\nTwo"},
		{"blocks", "<div>One</div><div>Two</div>", "One\nTwo"},
		{"nested blocks collapse", "<div><div><p>One</p></div></div>\n\n<div><ul><li>Two</li></ul></div>", "One\n\nTwo"},
		{"list items", "<ul>\n  <li>One</li>\n  <li>Two</li>\n</ul>", "One\nTwo"},
		{"line breaks add up", "One<br>Two<br/><br />Three<br><br><br>Four", "One\nTwo\n\nThree\n\nFour"},
		{"white space collapses", "  Community \n\t Manager  ", "Community Manager"},
		{"a lone space at the end", "<p>Community Manager ", "Community Manager"},
		{"inline tags join", "Com<b>mu</b>nity <span class=\"x\">Manager</span>", "Community Manager"},
		{"space around inline tags", "社群<b> 运营 </b>专员", "社群 运营 专员"},
		{"small type set off", "<h1>助农主播<small>直播运营部</small></h1>", "助农主播 直播运营部"},
		{"table cells", "<table><tr><td>城市</td><td>上海</td></tr><tr><th>经验</th><td>3年</td></tr></table>After", "城市\t上海\n经验\t3年\n\nAfter"},
		{"hidden content", "<head><title>Jobs</title><style>p{}</style></head><script>var a = '<p>';</script><p>Shown</p><noscript>No JS</noscript>", "Shown"},
		{"navigation and sidebars", "<nav><ul><li>Jobs</li><li>About</li></ul></nav><h1>Role</h1><aside><h3>Similar jobs</h3><ul><li>Data Analyst</li></ul></aside><form><select><option>Albania</option></select></form>", "Role"},
		{"hidden element without end tag keeps its text", "<p>One</p><script>Two", "One\n\nTwo"},
		{"self-closing hidden element", "<svg/><p>One</p>", "One"},
		{"comments", "One<!-- it's <p> a comment -->Two<!---->Three", "OneTwoThree"},
		{"unterminated comment", "One<!-- never closed <p>Two", "One"},
		{"declarations", "<?xml version=\"1.0\"?><!DOCTYPE html><p>One</p>", "One"},
		{"CDATA sections hold text", "<job><company><![CDATA[Acme & Co]]></company><description><![CDATA[<p>用户运营</p><p>R&amp;D</p>]]></description></job>", "Acme & Co\n\n用户运营\n\nR&D"},
		{"a job feed's title is text", "<?xml version=\"1.0\"?>\n<jobs><job><title><![CDATA[游戏运营（SLG方向）]]></title><city>广州</city></job></jobs>", "游戏运营（SLG方向）\n广州"},
		{"an unclosed CDATA section runs to the end", "<p>One</p><![CDATA[Two", "One\n\nTwo"},
		{"quoted closers in attributes", "<a title=\"a > b\" href='x>y'>One</a>", "One"},
		{"not tags", "<p>a < b, c<d, x<5 and <>, </ 3></p>", "a < b, c<d, x<5 and <>, </ 3>"},
		{"unclosed tag is text", "<p>One <b", "One <b"},
		{"entities", "<p>R&amp;D &lt;team&gt; &quot;ops&quot; it&#39;s &#x4E2D;&#25991; Social&nbsp;Media</p>", "R&D <team> \"ops\" it's 中文 Social Media"},
		{"named entities beyond the common ones", "<p>caf&eacute; &mdash; &hellip; &euro;5 &middot; &copy;</p>", "café — … €5 · ©"},
		{"bad numeric entities", "<p>&#0;&#xD800;&#99999999;&#xZZ;</p>", "\uFFFD\uFFFD\uFFFD&#xZZ;"},
		{"ampersands", "<p>R&D & P&L;</p>", "R&D & P&L;"},
		{"pre keeps white space", "<pre>a  b\n c</pre><p>x  y</p>", "a  b\n c\n\nx y"},
		{"upper-case tags", "<P>One<BR>Two</P><UL><LI>Three</LI></UL>", "One\nTwo\n\nThree"},
		{"escaped", "&lt;p&gt;&lt;strong&gt;用户运营&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;R&amp;amp;D&amp;nbsp;team&lt;/p&gt;", "用户运营\n\nR&D team"},
		{"escaped attributes", "&lt;a href=&quot;x&quot;&gt;link&lt;/a&gt; text", "link text"},
		{"escaped with a literal bracket", "&lt;p&gt;a < b&lt;/p&gt;", "a < b"},
		{"escaped comment", "&lt;!-- note --&gt;&lt;p&gt;One&lt;/p&gt;", "One"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := []byte(tt.src)
			k := Detect(src)
			if k != HTML && k != EscapedHTML {
				k = HTML
				if strings.Contains(tt.src, "&lt;") {
					k = EscapedHTML
				}
			}
			got, spans, _ := Text(nil, nil, src, k)
			if string(got) != tt.want {
				t.Errorf("Text(%q) = %q, want %q", tt.src, got, tt.want)
			}
			checkMap(t, src, got, spans)
		})
	}
}

func TestTextStringEscapes(t *testing.T) {
	tests := []struct {
		name string
		src  string
		kind Kind
		want string
	}{
		{"characters", `"\u7528\u6237\u8FD0\u8425"`, StringEscapes, `"用户运营"`},
		{"a surrogate pair", `\ud83d\ude00!`, StringEscapes, "😀!"},
		{"a lone half", `\ud83d \ude00x`, StringEscapes, "\uFFFD \uFFFDx"},
		{"white space and quotes", `a\nb\tc\r\"d\" e\/f`, StringEscapes, "a\nb\tc\r\"d\" e/f"},
		{"an escaped backslash before u", `\\u7528 \u12 \x`, StringEscapes, `\u7528 \u12 \x`},
		{"after a space in HTML", `<p>our \u201cdev\u201d x\u2019s</p><br><br>`, HTMLInStrings, "our “dev” x’s"},
		{"in HTML", `<p>\u7528\u6237\n\u8fd0\u8425</p><p>R&amp;D</p>`, HTMLInStrings, "用户 运营\n\nR&D"},
		{"a record's lines, around HTML", "{\n  \"title\": \"Ops Lead\",\n  \"d\": \"<p>\\u7528\\u6237\\n\\u8fd0\\u8425</p><br><br>\"\n}", HTMLInStrings, "{\n\"title\": \"Ops Lead\",\n\"d\": \"\n\n用户 运营\n\n\"\n}"},
		{"not in HTML that holds no JSON", `<p>\u7528\n</p>`, HTML, `\u7528\n`},
	}
	for _, tt := range tests {
		src := []byte(tt.src)
		got, spans, _ := Text(nil, nil, src, tt.kind)
		if string(got) != tt.want {
			t.Errorf("%s: Text(%q) = %q, want %q", tt.name, src, got, tt.want)
		}
		checkMap(t, src, got, spans)
	}
}

func TestTextEntities(t *testing.T) {
	src := []byte("Social&nbsp;Media <b>Manager</b>\n  R&D &amp; P&L")
	got, spans, _ := Text(nil, nil, src, Entities)
	if want := "Social Media <b>Manager</b>\n  R&D & P&L"; string(got) != want {
		t.Errorf("Text = %q, want %q", got, want)
	}
	checkMap(t, src, got, spans)
}

// TestMap checks that runs of the text map to the markup they were read
// from.
// TestHeadings checks the headings that Text returns, with a prefix in dst
// to check the offsets.
func TestHeadings(t *testing.T) {
	tests := []struct {
		name, src         string
		kind              Kind
		h1, marked, title string // title: the lines of Headings.Title, joined with " / "
	}{
		{"a page", "<header><a href=/>Jobs</a></header>\n<h1 class=\"title\">  E-Commerce&nbsp;Manager </h1><p>Body</p>", HTML, "E-Commerce Manager", "", ""},
		{"inline tags inside", "<h1>Head <b>of</b> Growth</h1>", HTML, "Head of Growth", "", ""},
		{"an empty h1 first", "<h1></h1><h1><img src=logo.png></h1><div><h1>Growth Lead</h1></div>", HTML, "Growth Lead", "", ""},
		{"the first only", "<h1>Community Manager</h1><h1>Benefits</h1>", HTML, "Community Manager", "", ""},
		{"upper case", "<H1>Ops Lead</H1>", HTML, "Ops Lead", "", ""},
		{"no end tag", "<p>x</p><h1>Ops Lead", HTML, "Ops Lead", "", ""},
		{"escaped", "&lt;h1&gt;Social Media Executive&lt;/h1&gt;&lt;p&gt;x&lt;/p&gt;", EscapedHTML, "Social Media Executive", "", ""},
		{"no h1", "<h2>About</h2><p>Text</p>", HTML, "", "", ""},
		{"h1 in a hidden element", "<script>'<h1>x</h1>'</script><p>Text</p>", HTML, "", "", ""},
		{"entities only", "<h1>A&amp;B</h1>", Entities, "", "", ""},
		{"plain", "<h1>A</h1>", Plain, "", "", ""},

		{"a job-name div", `<ul class="menu"><li>首页</li></ul><div class="job-name">高级运维工程师（SRE）</div><div>上海</div>`, HTML, "", "高级运维工程师（SRE）", ""},
		{"the first line only", `<div class=jobtit>运营专员<br>杭州</div>`, HTML, "", "运营专员", ""},
		{"an id, in camel case", `<p>x</p><span id='jobTitle'>Growth Lead</span>`, HTML, "", "Growth Lead", ""},
		{"inside a wrapper", `<div class="posting-headline"><h2>Community Manager</h2><div>Berlin</div></div>`, HTML, "", "Community Manager", ""},
		{"an empty one first", `<div class="job-title"></div><p>Body</p><div class="position-name">Ops Lead</div>`, HTML, "", "Ops Lead", ""},
		{"a list's classes", `<div class="related-jobs"><div class="job-card-name">Other Job</div></div><p>Body</p>`, HTML, "", "", ""},
		{"a link", `<a class="job-title" href="/2">Other Job</a><p>Body</p>`, HTML, "", "", ""},
		{"a list item", `<ul><li class="job-name">Other Job</li></ul>`, HTML, "", "", ""},
		{"other classes", `<div class="block-title">岗位职责</div><div class="title">上海</div><div class="name">某公司</div>`, HTML, "", "", ""},
		{"with an h1 too", `<div class="job-title">Ops Lead</div><h1>Ops Lead</h1>`, HTML, "Ops Lead", "Ops Lead", ""},
		{"escaped quotes", `&lt;div class=&quot;job-title&quot;&gt;Ops Lead&lt;/div&gt;`, EscapedHTML, "", "Ops Lead", ""},

		{"title element", "<html><head><title>直播运营（抖音美妆） - 杭州某电子商务有限公司 - 社会招聘</title></head><body><div>社会招聘 &gt; 直播运营（抖音美妆）</div><div class=t>直播运营（抖音美妆）</div><div>杭州某电子商务有限公司</div></body></html>", HTML, "", "", "直播运营（抖音美妆） / 杭州某电子商务有限公司"},
		{"whole words", "<title>Job Application for Community Manager at Acme</title><p>Communit</p><p>Community Manager</p><p>anager at</p><p>Application f</p>", HTML, "", "", "Community Manager"},
		{"the longest at a place", "<title>Ops Lead, EMEA - Acme</title><p>Ops Lead</p><p>Ops Lead, EMEA</p>", HTML, "", "", "Ops Lead, EMEA / Ops Lead"},
		{"no letter next to it", "<title>招聘运营专员</title><p>运营专员</p>", HTML, "", "", ""},
		{"but 招聘 after it", "<title>【前端开发工程师（运营中台方向）招聘】_杭州前端开发招聘-某聘</title><p>前端开发工程师（运营中台方向）</p>", HTML, "", "", "前端开发工程师（运营中台方向）"},
		{"a Chinese line's first field", "<title>【用户运营招聘】_某公司</title><div>首页 &gt; 用户运营</div><div><span>用户运营</span> <span>15-25K</span></div>", HTML, "", "", "用户运营"},
		{"a Chinese line's pay run into the job", "<title>【短视频剪辑师招聘_长沙短视频剪辑师招聘_6-10k】-某网</title><div>首页</div><div><span>短视频剪辑师</span><span>6-10k</span></div>", HTML, "", "", "短视频剪辑师"},
		{"entities and spaces", "<title>\n  Trust &amp;  Safety&nbsp;Lead  \n</title><p>Trust &amp; Safety Lead</p>", HTML, "", "", "Trust & Safety Lead"},
		{"a table cell", "<title>Data Analyst | Acme</title><table><tr><td>Job</td><td>Data Analyst</td></tr></table>", HTML, "", "", "Data Analyst"},
		{"once each", "<title>Ops Lead - Acme</title><p>Acme</p><p>Ops Lead</p><p>Ops Lead</p>", HTML, "", "", "Ops Lead / Acme"},
		{"the first title element", "<title>Ops Lead</title><title>Acme</title><p>Acme</p><p>Ops Lead</p>", HTML, "", "", "Ops Lead"},
		{"title without text", "<title></title><p>Ops Lead</p>", HTML, "", "", ""},
		{"escaped title", "&lt;title&gt;Ops Lead&lt;/title&gt;&lt;p&gt;Ops Lead&lt;/p&gt;", EscapedHTML, "", "", "Ops Lead"},
	}
	for _, tt := range tests {
		text, _, h := Text([]byte("prefix"), nil, []byte(tt.src), tt.kind)
		text = text[len("prefix"):]
		var titles []string
		for _, r := range h.Title {
			if r.End > r.Start {
				titles = append(titles, string(text[r.Start:r.End]))
			}
		}
		got := []string{string(text[h.H1.Start:h.H1.End]), string(text[h.Marked.Start:h.Marked.End]), strings.Join(titles, " / ")}
		if diff := cmp.Diff([]string{tt.h1, tt.marked, tt.title}, got); diff != "" {
			t.Errorf("%s: headings of %q (-want +got, h1, marked, title):\n%s", tt.name, tt.src, diff)
		}
	}
}

func TestMap(t *testing.T) {
	tests := []struct {
		name string
		src  string
		kind Kind
		run  string // a run of the text
		want string // the markup it maps to
	}{
		{"copied", "<p>用户<b>运营</b>专员</p>", HTML, "用户", "用户"},
		{"across inline tags", "<p>用户<b>运营</b>专员</p>", HTML, "用户运营专员", "用户<b>运营</b>专员"},
		{"across an entity", "<h1>Social&nbsp;Media&nbsp;Manager</h1>", HTML, "Social Media Manager", "Social&nbsp;Media&nbsp;Manager"},
		{"ending in an entity", "<p>it&#39;s &mdash; done</p>", HTML, "it's —", "it&#39;s &mdash;"},
		{"starting at an entity", "<p>x &ldquo;ops&rdquo;</p>", HTML, "“ops”", "&ldquo;ops&rdquo;"},
		{"across collapsed white space", "<p>Community \n\t Manager</p>", HTML, "Community Manager", "Community \n\t Manager"},
		{"across a line break", "<li>One</li>\n<li>Two</li>", HTML, "One\nTwo", "One</li>\n<li>Two"},
		{"escaped", "&lt;p&gt;社群&amp;nbsp;运营&lt;/p&gt;", EscapedHTML, "社群 运营", "社群&amp;nbsp;运营"},
		{"entities only", "A&amp;B <b>", Entities, "A&B <b>", "A&amp;B <b>"},
		{"plain", "用户运营", Plain, "运营", "运营"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := []byte(tt.src)
			text, spans, _ := Text([]byte("prefix"), nil, src, tt.kind)
			text = text[len("prefix"):]
			i := bytes.Index(text, []byte(tt.run))
			if i < 0 {
				t.Fatalf("text %q does not hold %q", text, tt.run)
			}
			start, end := spans.Start(i), spans.End(i+len(tt.run))
			if got := tt.src[start:end]; got != tt.want {
				t.Errorf("%q maps to %q, want %q", tt.run, got, tt.want)
			}
			checkMap(t, src, text, spans)
		})
	}
}

// checkMap checks that spans map text to src: they cover the text in
// order, their sources are in src and in order, and a copied span is its
// source.
func checkMap(t *testing.T, src, text []byte, spans Map) {
	t.Helper()
	at, from := 0, 0
	for k, s := range spans {
		if s.Text != at && !(k > 0 && s.Text > at) {
			t.Fatalf("span %d starts at %d of the text, want %d", k, s.Text, at)
		}
		if s.Src < from || s.SrcLen < 0 || s.Src+s.SrcLen > len(src) {
			t.Fatalf("span %d has source [%d, %d) after %d in %d bytes", k, s.Src, s.Src+s.SrcLen, from, len(src))
		}
		end := len(text)
		if k+1 < len(spans) {
			end = spans[k+1].Text
		}
		if s.Text >= end {
			t.Fatalf("span %d is empty: text [%d, %d)", k, s.Text, end)
		}
		if s.Copied && !bytes.Equal(text[s.Text:end], src[s.Src:s.Src+s.SrcLen]) {
			t.Fatalf("copied span %d: text %q, source %q", k, text[s.Text:end], src[s.Src:s.Src+s.SrcLen])
		}
		at, from = end, s.Src+s.SrcLen
	}
	if at != len(text) {
		t.Fatalf("spans cover %d of %d bytes of text", at, len(text))
	}
}

func FuzzText(f *testing.F) {
	for _, s := range []string{
		"<p>Community&nbsp;Manager</p><ul><li>社群运营</li></ul>",
		"&lt;p&gt;用户运营&amp;nbsp;专员&lt;/p&gt;",
		"Social&nbsp;Media &#x4E2D; &#99999999; R&D",
		"<table><tr><td>a</td><td>b</td></tr></table><pre> x\n y</pre>",
		"<script>'</script>'<!-- -- ><p>x",
		"<a href=\"x>y\">z</a><p",
		"<h1></h1><h1> Growth&amp;Ops </h1><h1>x",
		`{"t": "\u7528\u6237\ud83d\ude00\ud83d \n\"\\u"}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		k := Detect(src)
		for _, kind := range []Kind{k, Plain, Entities, HTML, EscapedHTML, StringEscapes, HTMLInStrings} {
			text, spans, h := Text(nil, nil, src, kind)
			checkMap(t, src, text, spans)
			for _, r := range append([]Range{h.H1, h.Marked}, h.Title[:]...) {
				if r.Start < 0 || r.Start > r.End || r.End > len(text) || r != (Range{}) && (kind == Plain || kind == Entities || kind == StringEscapes) {
					t.Fatalf("Text(%q, %d): heading %+v in a text of %d bytes", src, kind, h, len(text))
				}
			}
			if kind == Plain && !bytes.Equal(text, src) {
				t.Fatalf("plain text changed: %q", text)
			}
			if utf8.Valid(src) && !utf8.Valid(text) {
				t.Fatalf("Text(%q, %d) = %q, not UTF-8", src, kind, text)
			}
			prev := 0
			for i := range text {
				if !utf8.RuneStart(text[i]) {
					continue
				}
				s, e := spans.Start(i), spans.End(i+1)
				if s < prev || s > e || e > len(src) {
					t.Fatalf("byte %d of %q maps to [%d, %d) after %d", i, text, s, e, prev)
				}
				prev = s
			}
		}
	})
}

// BenchmarkText reads a posting in HTML, and inputs built to make a naive
// reader go back over the text again and again: start tags of hidden
// elements that never end, tags and declarations that never close.
func BenchmarkText(b *testing.B) {
	posting := strings.Repeat("<h3>What you&#8217;ll do</h3><ul><li>Run our <b>community</b> on Discord &amp; Slack</li><li>Plan&nbsp;meetups</li></ul>\n", 1000)
	for _, bm := range []struct{ name, src string }{
		{"posting", posting},
		{"unclosed scripts", strings.Repeat("<script>x ", 100_000)},
		{"unclosed tags", "<a " + strings.Repeat("\"<a '", 100_000)},
		{"unclosed declarations", strings.Repeat("<!x ", 100_000)},
		{"escaped unclosed tags", strings.Repeat("&lt;a b ", 100_000)},
		{"escaped unclosed scripts", strings.Repeat("&lt;script&gt;x ", 100_000)},
	} {
		b.Run(bm.name, func(b *testing.B) {
			src := []byte(bm.src)
			var text []byte
			var spans Map
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for range b.N {
				text, spans, _ = Text(text[:0], spans[:0], src, Detect(src))
			}
		})
	}
}

// TestCursor checks that a Cursor maps offsets as a search of the map
// does, whether they go up, down or jump.
func TestCursor(t *testing.T) {
	src := []byte(strings.Repeat("<p>社群&nbsp;<b>运营</b> and &amp; more  text</p>\n<li>x</li>", 20))
	text, spans, _ := Text(nil, nil, src, HTML)
	// want finds the span by reading the map from its start.
	want := func(i int) Span {
		k := 0
		for k+1 < len(spans) && spans[k+1].Text <= i {
			k++
		}
		return spans[k]
	}
	var order []int
	for i := range len(text) {
		order = append(order, i) // up
	}
	for i := len(text) - 1; i >= 0; i -= 7 {
		order = append(order, i) // down
	}
	for i := 0; i < len(text); i += 97 {
		order = append(order, i, len(text)-1-i) // jumps
	}
	c := spans.Cursor()
	for _, i := range order {
		s := want(i)
		start := s.Src
		if s.Copied {
			start += i - s.Text
		}
		if got := c.Start(i); got != start {
			t.Fatalf("Cursor.Start(%d) = %d, want %d", i, got, start)
		}
		s = want(i)
		end := s.Src + s.SrcLen
		if s.Copied {
			end = s.Src + i + 1 - s.Text
		}
		if got := c.End(i + 1); got != end {
			t.Fatalf("Cursor.End(%d) = %d, want %d", i+1, got, end)
		}
	}
}
