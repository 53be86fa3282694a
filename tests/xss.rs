//! No XSS or mutation-XSS vector gets through extraction.
//!
//! Every vector of `tests/xss/vectors.txt` is put in a realistic article page, twice (between
//! two paragraphs, and inside a paragraph's text), and extracted. The HTML output is parsed
//! again as a browser would parse it when inserting it into a page, and checked against an
//! allow-list of elements and attributes and a list of safe URL schemes; it must also come out
//! the same when parsed and serialized once more (mutation XSS needs markup that changes
//! meaning on a second parse). The Markdown output must carry no raw HTML and no script
//! URLs.
//!
//! The sentinel that every vector would run is `top.__xss=1`; a browser test checks that
//! `window.__xss` stays undefined. This test checks the output's structure, which is what
//! decides whether anything can run: the sentinel may survive as text, in `alt` and `title`,
//! and inside a URL that passed the scheme checks (a path or query is data, not code), but in
//! no other attribute. URLs must be percent-encoded (no raw space, control, quote, angle
//! bracket or backtick), so that none can end a Markdown link early and start markup.
//!
//! A third run of each vector gives the page's URL, so that relative URLs are resolved.

use std::collections::HashSet;

use declutter_article::{Article, Options, extract};
use scraper::{Html, Node};

const VECTORS: &str = include_str!("xss/vectors.txt");

/// What every vector would execute.
const SENTINEL: &str = "top.__xss=1";

/// Elements the output may contain (the allow-list of `src/clean.rs`).
const ELEMENTS: &[&str] = &[
    "a",
    "abbr",
    "b",
    "blockquote",
    "br",
    "caption",
    "cite",
    "code",
    "dd",
    "del",
    "details",
    "div",
    "dl",
    "dt",
    "em",
    "figcaption",
    "figure",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "img",
    "ins",
    "kbd",
    "li",
    "mark",
    "ol",
    "p",
    "pre",
    "q",
    "s",
    "samp",
    "small",
    "strong",
    "sub",
    "summary",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "time",
    "tr",
    "u",
    "ul",
    "var",
];

/// Attributes the output may contain, on any element.
const ATTRIBUTES: &[&str] = &[
    "href", "title", "src", "srcset", "alt", "width", "height", "colspan", "rowspan", "scope",
    "start", "reversed", "value", "datetime", "cite", "lang", "dir", "class",
];

/// Attributes that must never appear, named so that a failure says why.
const FORBIDDEN_ATTRIBUTES: &[&str] = &[
    "style",
    "srcdoc",
    "formaction",
    "action",
    "xlink:href",
    "id",
    "name",
    "form",
    "background",
    "poster",
    "data",
    "autofocus",
    "contenteditable",
    "usemap",
];

/// Attributes holding a URL (or, for `srcset`, a list of them).
const URL_ATTRIBUTES: &[&str] = &[
    "href",
    "src",
    "srcset",
    "poster",
    "cite",
    "background",
    "data",
    "action",
    "formaction",
    "longdesc",
    "lowsrc",
    "dynsrc",
    "ping",
    "codebase",
    "icon",
    "manifest",
];

/// Schemes a URL in the output may have. `tel:` and `ftp:` are on declutter's list of link
/// schemes; neither runs anything in a page.
const SAFE_SCHEMES: &[&str] = &["http", "https", "mailto", "tel", "ftp"];

/// `data:` image types allowed in an image's `src`/`srcset` (raster only: an SVG can carry
/// script when opened on its own).
const DATA_IMAGE_TYPES: &[&str] = &[
    "data:image/png",
    "data:image/jpeg",
    "data:image/jpg",
    "data:image/gif",
    "data:image/webp",
    "data:image/avif",
];

struct Vector {
    name: String,
    payload: String,
}

/// Parses the corpus: a comment block of `//` lines, then records that start with a
/// `#### name` header and run to the next header.
fn vectors() -> Vec<Vector> {
    let mut out: Vec<Vector> = Vec::new();
    let mut lines: Vec<&str> = Vec::new();
    let mut name: Option<&str> = None;
    for line in VECTORS.split('\n') {
        if let Some(n) = line.strip_prefix("#### ") {
            if let Some(prev) = name.take() {
                out.push(record(prev, &lines));
            }
            lines.clear();
            name = Some(n.trim());
        } else if name.is_some() {
            lines.push(line);
        } else {
            assert!(
                line.starts_with("//") || line.trim().is_empty(),
                "line before the first header is not a comment: {line:?}"
            );
        }
    }
    if let Some(prev) = name {
        out.push(record(prev, &lines));
    }
    out
}

fn record(name: &str, lines: &[&str]) -> Vector {
    let mut payload = lines.join("\n");
    while payload.ends_with('\n') {
        payload.pop();
    }
    Vector {
        name: name.to_string(),
        payload,
    }
}

const PARAGRAPHS: [&str; 4] = [
    "The council met on Tuesday evening to discuss the future of the old railway depot, which has stood empty for more than a decade. Residents packed the hall, and many of them had brought drawings, petitions and long lists of questions for the planning committee.",
    "Supporters of the plan argued that a market hall, a small library and workshops for local trades would bring people back to the quarter. Opponents worried about traffic, about the cost of restoring the roof, and about who would pay for the upkeep once the grants ran out.",
    "After three hours of debate the committee agreed to commission a survey of the building before any decision is taken. The survey will look at the state of the brickwork, the iron frame of the main shed and the drainage, which flooded twice last winter.",
    "A final vote is expected in the spring. Until then the depot stays closed, although the council has promised to open it for one weekend in March so that anyone who wants to can walk through the halls and judge the plans for themselves.",
];

/// The page around a vector: the vector between the second and third paragraphs, or inside
/// the second paragraph's text.
fn page(payload: &str, inside: bool) -> String {
    let [p1, p2, p3, p4] = PARAGRAPHS;
    let (second, between) = if inside {
        let cut = p2.find(", a small library").unwrap_or(p2.len() / 2);
        (
            format!("<p>{}{payload}{}</p>", &p2[..cut], &p2[cut..]),
            String::new(),
        )
    } else {
        (format!("<p>{p2}</p>"), payload.to_string())
    };
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Council weighs plans for the old depot</title></head>\n<body>\n<header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/sport\">Sport</a></nav></header>\n<main><article>\n<h1>Council weighs plans for the old depot</h1>\n<p>{p1}</p>\n{second}\n{between}\n<p>{p3}</p>\n<p>{p4}</p>\n</article></main>\n<footer><p>Copyright 2024 The Town Gazette</p></footer>\n</body></html>"
    )
}

/// ASCII whitespace and control characters removed, lowercased: what a browser's URL parser
/// could still read as a scheme, and more.
fn squeeze(s: &str) -> String {
    s.chars()
        .filter(|&c| c > ' ' && c != '\u{7f}')
        .collect::<String>()
        .to_ascii_lowercase()
}

/// Why a URL attribute value is unsafe, if it is.
fn url_problem(element: &str, attr: &str, value: &str) -> Option<String> {
    let v = squeeze(value);
    let scheme_end = v.find(':').filter(|&i| {
        let s = &v[..i];
        s.starts_with(|c: char| c.is_ascii_alphabetic())
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    });
    let Some(end) = scheme_end else {
        return None; // relative
    };
    let scheme = &v[..end];
    if SAFE_SCHEMES.contains(&scheme) {
        return None;
    }
    if scheme == "data"
        && element == "img"
        && matches!(attr, "src" | "srcset")
        && DATA_IMAGE_TYPES
            .iter()
            .any(|t| v.starts_with(t) && v[t.len()..].starts_with([';', ',']))
    {
        return None;
    }
    Some(format!(
        "<{element} {attr}> has scheme {scheme:?}: {value:?}"
    ))
}

/// The URLs of a `srcset`: every whitespace-separated token that is not a descriptor, with
/// commas trimmed (stricter than the standard's split, never laxer).
fn srcset_urls(value: &str) -> Vec<&str> {
    value
        .split(|c: char| c.is_ascii_whitespace())
        .map(|t| t.trim_matches(','))
        .filter(|t| {
            !t.is_empty()
                && !(t.len() > 1
                    && (t.ends_with('w') || t.ends_with('x') || t.ends_with('h'))
                    && t[..t.len() - 1]
                        .chars()
                        .all(|c| c.is_ascii_digit() || c == '.'))
        })
        .collect()
}

/// Checks an HTML fragment as a browser would see it. Returns the problems found.
fn check_html(html: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let fragment = Html::parse_fragment(html);
    let root = fragment.root_element();
    for node in root.descendants().skip(1) {
        match node.value() {
            Node::Element(el) => {
                let name = el.name();
                if &*el.name.ns != "http://www.w3.org/1999/xhtml" {
                    problems.push(format!("<{name}> in namespace {}", &*el.name.ns));
                }
                if !ELEMENTS.contains(&name) {
                    problems.push(format!("element <{name}> is not allowed"));
                }
                for (qual, value) in &el.attrs {
                    let local = &*qual.local;
                    let attr = match &qual.prefix {
                        Some(p) => format!("{}:{local}", &**p),
                        None => local.to_string(),
                    };
                    let value: &str = value;
                    if !qual.ns.is_empty() {
                        problems.push(format!(
                            "<{name}> has namespaced attribute {attr} ({})",
                            &*qual.ns
                        ));
                    }
                    let lower = attr.to_ascii_lowercase();
                    if lower.starts_with("on") {
                        problems.push(format!("<{name}> has event handler {attr}={value:?}"));
                    } else if FORBIDDEN_ATTRIBUTES.contains(&lower.as_str()) {
                        problems.push(format!("<{name}> has attribute {attr}={value:?}"));
                    } else if !ATTRIBUTES.contains(&lower.as_str()) {
                        problems.push(format!(
                            "<{name}> has attribute {attr}={value:?}, not on the allow-list"
                        ));
                    }
                    if matches!(lower.as_str(), "id" | "name") && value.contains("__xss") {
                        problems.push(format!("<{name}> clobbers window.__xss with {attr}"));
                    }
                    if URL_ATTRIBUTES.contains(&lower.as_str()) {
                        let urls = if lower == "srcset" {
                            srcset_urls(value)
                        } else {
                            vec![value]
                        };
                        for u in urls {
                            if let Some(p) = url_problem(name, &lower, u) {
                                problems.push(p);
                            }
                            // Written out raw, these could end the attribute or a Markdown
                            // link and start markup.
                            if u.contains(|c: char| {
                                c <= ' ' || matches!(c, '\u{7f}' | '"' | '<' | '>' | '`')
                            }) {
                                problems.push(format!(
                                    "<{name} {attr}> holds a character that is not percent-encoded: {u:?}"
                                ));
                            }
                        }
                    }
                    // The sentinel may stand in text, in `alt` and `title`, and in a URL that
                    // passed the checks above (as a path or query, data sent to a server).
                    if !matches!(lower.as_str(), "alt" | "title")
                        && !URL_ATTRIBUTES.contains(&lower.as_str())
                        && squeeze(value).contains(SENTINEL)
                    {
                        problems.push(format!("<{name} {attr}> carries the sentinel: {value:?}"));
                    }
                }
            }
            Node::Text(_) => {}
            Node::Comment(c) => problems.push(format!("comment in output: {:?}", &**c)),
            Node::ProcessingInstruction(_) => {
                problems.push("processing instruction in output".into())
            }
            Node::Doctype(_) => problems.push("doctype in output".into()),
            Node::Document | Node::Fragment => {}
        }
    }
    problems
}

/// The serialization of a fragment after a browser-like parse.
fn reserialize(html: &str) -> String {
    Html::parse_fragment(html).root_element().inner_html()
}

/// Checks the HTML output, then its stability under a parse/serialize round trip.
fn check_content(content: &str) -> Vec<String> {
    let mut problems = check_html(content);
    let s1 = reserialize(content);
    let s2 = reserialize(&s1);
    if s1 != s2 {
        let at = s1
            .bytes()
            .zip(s2.bytes())
            .position(|(a, b)| a != b)
            .unwrap_or(s1.len().min(s2.len()));
        problems.push(format!(
            "output changes on a second parse at byte {at}: {:?} became {:?}",
            snippet(&s1, at),
            snippet(&s2, at)
        ));
    }
    for p in check_html(&s2) {
        problems.push(format!("after a round trip: {p}"));
    }
    problems
}

/// Markdown with code spans and fenced code blocks blanked out (their content is shown as
/// text by any CommonMark renderer). A run of n backticks opens code that the next run of
/// exactly n backticks closes; a run without a closer is literal.
fn markdown_outside_code(md: &str) -> String {
    let chars: Vec<char> = md.chars().collect();
    let mut out = String::with_capacity(md.len());
    let mut i = 0;
    while i < chars.len() {
        let escaped = i > 0 && chars[..i].iter().rev().take_while(|&&c| c == '\\').count() % 2 == 1;
        if chars[i] != '`' || escaped {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let run = chars[i..].iter().take_while(|&&c| c == '`').count();
        let mut j = i + run;
        let mut close = None;
        while j < chars.len() {
            if chars[j] == '`' {
                let r = chars[j..].iter().take_while(|&&c| c == '`').count();
                if r == run {
                    close = Some(j);
                    break;
                }
                j += r;
            } else {
                j += 1;
            }
        }
        match close {
            Some(c) => {
                out.push_str(" CODE ");
                i = c + run;
            }
            None => {
                for _ in 0..run {
                    out.push('`');
                }
                i += run;
            }
        }
    }
    out
}

/// Checks the Markdown output: no raw HTML outside code, no script URLs as link targets.
fn check_markdown(md: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let text = markdown_outside_code(md);
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let escaped = chars[..i].iter().rev().take_while(|&&c| c == '\\').count() % 2 == 1;
        if escaped {
            continue;
        }
        let next = chars.get(i + 1).copied().unwrap_or(' ');
        if c == '<' && (next.is_ascii_alphabetic() || matches!(next, '/' | '!' | '?')) {
            let s: String = chars[i..(i + 60).min(chars.len())].iter().collect();
            problems.push(format!("raw HTML or autolink in Markdown: {s:?}"));
        }
        if c == ']' && next == '(' {
            let target: String = chars[i + 2..].iter().take_while(|&&c| c != ')').collect();
            let t = squeeze(&target);
            for bad in ["javascript:", "vbscript:", "data:text", "data:application"] {
                if t.starts_with(bad) {
                    problems.push(format!("Markdown link target {target:?}"));
                }
            }
        }
    }
    problems
}

/// All checks on one extraction.
fn check_article(article: &Article) -> Vec<String> {
    let mut problems: Vec<String> = check_content(&article.content)
        .into_iter()
        .map(|p| format!("content: {p}"))
        .collect();
    problems.extend(
        check_markdown(&article.markdown)
            .into_iter()
            .map(|p| format!("markdown: {p}")),
    );
    if let Some(lead) = &article.lead_image_url {
        if let Some(p) = url_problem("img", "lead_image_url", lead) {
            problems.push(format!("lead image: {p}"));
        }
    }
    problems
}

fn snippet(s: &str, at: usize) -> String {
    let mut start = at.saturating_sub(80);
    while !s.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (at + 120).min(s.len());
    while !s.is_char_boundary(end) {
        end += 1;
    }
    s[start..end].to_string()
}

/// The part of the output around the first trace of the vector (or the middle of the
/// article, where the vector was).
fn output_snippet(content: &str) -> String {
    let at = ["__xss", "script", "<img", "href="]
        .iter()
        .find_map(|n| content.find(n))
        .unwrap_or(content.len() / 2);
    snippet(content, at)
}

#[test]
fn no_vector_gets_through() {
    let vectors = vectors();
    let with_url = Options {
        url: Some("https://www.example.com/news/2024/depot.html".into()),
        ..Options::default()
    };
    let runs: [(&str, bool, &Options); 3] = [
        ("between paragraphs", false, &Options::default()),
        ("inside a paragraph", true, &Options::default()),
        ("between paragraphs, page URL given", false, &with_url),
    ];
    let mut failures = Vec::new();
    let mut lost = Vec::new();
    for v in &vectors {
        for (how, inside, options) in runs {
            let html = page(&v.payload, inside);
            let article = match extract(&html, options) {
                Ok(a) => a,
                Err(e) => {
                    failures.push(format!("{} ({how}): extraction failed: {e}", v.name));
                    continue;
                }
            };
            if !article.text_content.contains("railway depot") {
                // A vector may swallow the rest of the page (an unclosed `<script>` or
                // `<plaintext>`); the output is checked all the same.
                lost.push(format!("{} ({how})", v.name));
            }
            let problems = check_article(&article);
            if !problems.is_empty() {
                failures.push(format!(
                    "{} ({how}):\n    {}\n    output: {:?}",
                    v.name,
                    problems.join("\n    "),
                    output_snippet(&article.content)
                ));
            }
        }
    }
    if !lost.is_empty() {
        eprintln!(
            "{} extractions lost the article's first paragraph: {}",
            lost.len(),
            lost.join(", ")
        );
    }
    assert!(
        failures.is_empty(),
        "{} of {} extractions let something through:\n{}",
        failures.len(),
        vectors.len() * runs.len(),
        failures.join("\n")
    );
}

/// Decodes standard base64 (for checking the corpus's `data:` payloads).
fn base64_decode(s: &str) -> Option<Vec<u8>> {
    let mut bits = 0u32;
    let mut n = 0;
    let mut out = Vec::new();
    for c in s.bytes().take_while(|&c| c != b'=') {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        };
        bits = (bits << 6) | u32::from(v);
        n += 6;
        if n >= 8 {
            n -= 8;
            out.push((bits >> n) as u8);
        }
    }
    Some(out)
}

#[test]
fn corpus_is_large_and_well_formed() {
    let vectors = vectors();
    let names: HashSet<&str> = vectors.iter().map(|v| v.name.as_str()).collect();
    assert_eq!(names.len(), vectors.len(), "vector names are not unique");
    let payloads: HashSet<&str> = vectors.iter().map(|v| v.payload.as_str()).collect();
    assert_eq!(
        payloads.len(),
        vectors.len(),
        "vector payloads are not unique"
    );
    assert!(vectors.len() >= 150, "only {} vectors", vectors.len());
    for v in &vectors {
        assert!(
            !v.name.is_empty()
                && v.name.split('-').all(|w| !w.is_empty()
                    && w.bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())),
            "name {:?} is not kebab-case",
            v.name
        );
        assert!(!v.payload.trim().is_empty(), "{}: empty payload", v.name);
        // Every vector carries the sentinel: in clear, encoded, or in a base64 payload.
        let lower = v.payload.to_ascii_lowercase();
        let in_base64 = lower.match_indices("base64,").any(|(at, _)| {
            let rest = &v.payload[at + "base64,".len()..];
            let b64: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '/' | '='))
                .collect();
            base64_decode(&b64).is_some_and(|d| String::from_utf8_lossy(&d).contains(SENTINEL))
        });
        assert!(
            v.payload.contains("__xss") || in_base64,
            "{}: no sentinel in {:?}",
            v.name,
            v.payload
        );
    }
}

#[test]
fn checker_catches_unsafe_output() {
    let bad: &[(&str, &str)] = &[
        (
            "<div><img src=x onerror=top.__xss=1></div>",
            "event handler",
        ),
        ("<div><a href=\"jav&#x09;ascript:x\">a</a></div>", "scheme"),
        ("<div><a href=\" JAVASCRIPT:x\">a</a></div>", "scheme"),
        ("<div><a href=\"&#1;javascript:x\">a</a></div>", "scheme"),
        ("<div><a href=\"vbscript:x\">a</a></div>", "scheme"),
        ("<div><a href=\"data:text/html,x\">a</a></div>", "scheme"),
        (
            "<div><q cite=\"data:image/png;base64,AAAA\">a</q></div>",
            "scheme",
        ),
        ("<div><img src=\"data:image/svg+xml,x\"></div>", "scheme"),
        (
            "<div><img srcset=\"a.jpg 1x, javascript:x 2x\"></div>",
            "scheme",
        ),
        ("<div><script>top.__xss=1</script></div>", "not allowed"),
        ("<div><svg><a href=/x>a</a></svg></div>", "namespace"),
        ("<div><math><mi>x</mi></math></div>", "namespace"),
        ("<div><iframe srcdoc=x></iframe></div>", "not allowed"),
        ("<div><p style=\"color:red\">x</p></div>", "style"),
        ("<div><p id=__xss>x</p></div>", "clobbers"),
        ("<div><img name=\"__xss\" src=a.jpg></div>", "clobbers"),
        (
            "<div><a href=\"/x\" target=_blank>x</a></div>",
            "allow-list",
        ),
        (
            "<div><time datetime=\"top.__xss=1\">x</time></div>",
            "sentinel",
        ),
        ("<div><!-- x --></div>", "comment"),
        (
            "<div><a href=\"#x&#12;<script>\">x</a></div>",
            "percent-encoded",
        ),
        ("<div><a href='/x\"y'>x</a></div>", "percent-encoded"),
        (
            "<div><form><math><mtext></form><form><mglyph><style></math><img src onerror=top.__xss=1></div>",
            "",
        ),
    ];
    for (html, expect) in bad {
        let problems = check_content(html);
        assert!(
            problems.iter().any(|p| p.contains(expect)),
            "checker missed {expect:?} in {html}: {problems:?}"
        );
    }
    // Mutation: markup that changes on a second parse is caught.
    let unstable = "<div><form><div></form><form><p>x</p></form></div></div>";
    assert!(
        !check_content(unstable).is_empty(),
        "checker missed an unstable fragment"
    );
    let bad_md: &[&str] = &[
        "[a](javascript:top.__xss=1)",
        "[a]( JaVa\tScRiPt:x)",
        "[a](data:text/html;base64,PHNjcmlwdD4=)",
        "text <script>top.__xss=1</script>",
        "text <img src=x onerror=top.__xss=1>",
        "[x](#\u{c}<script>top.__xss=1</script>)",
        "`a`<img src=x onerror=top.__xss=1>`",
        "<javascript:top.__xss=1>",
    ];
    for md in bad_md {
        assert!(!check_markdown(md).is_empty(), "checker missed {md:?}");
    }
    // Safe output passes.
    let good = "<div><p lang=\"en\">Text &lt;script&gt;top.__xss=1 <a href=\"https://a.example/x?q=1\" title=\"&quot;top.__xss=1\">a</a> <a href=\"/rel\">b</a> <a href=\"mailto:x@y.example\">m</a></p><img src=\"data:image/png;base64,AAAA\" srcset=\"https://a.example/a.jpg 1x, b.jpg 2x\" alt=\"&quot;&gt;&lt;img onerror=top.__xss=1&gt;\"></div>";
    assert_eq!(check_content(good), Vec::<String>::new());
    let good_md = "Text \\<script\\>top.__xss=1 `<script>top.__xss=1</script>` and ``a`<b>`` [a](https://a.example/x) ![i](data:image/png;base64,AAAA)\n\n```\n<script>top.__xss=1</script>\n```\n";
    assert_eq!(check_markdown(good_md), Vec::<String>::new());
}
