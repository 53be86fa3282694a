//! Parsing: text to the indexed tree ([`Dom`]), and the checks on input before it.
//!
//! html5ever tokenizes and builds the tree as a browser would; [`nesting`] caps how deep it
//! may go, and [`sink`] stores it compactly and flattens it into the pre-order index. A
//! document that a browser has already parsed arrives instead in the walked form, which
//! [`walked`](mod@walked) turns into the same index with no tokenizer. The WebAssembly build for pages
//! (the `platform-parser` feature) leaves html5ever out: there the browser's own parser reads
//! markup (`platform`), and hands the tree over in the walked form.

#[cfg(not(feature = "platform-parser"))]
mod nesting;
#[cfg(feature = "platform-parser")]
mod platform;
#[cfg(not(feature = "platform-parser"))]
mod sink;
pub(crate) mod walked;

use crate::Error;
use crate::dom::Dom;

/// Deepest nesting of elements kept. The tree builder looks up the stack of open elements
/// for most tags, so a page nested N deep costs N² (100,000 nested `<div>`s: minutes), and
/// some passes look at a node's ancestors. Browsers cap the depth for the same reason
/// (Chromium at 512); real articles stay under about 60 levels, and the cleaned output is
/// flattened far below this. Applied by [`nesting`] to html5ever's input and by [`walked`](mod@walked)
/// to a walked document.
pub(crate) const MAX_NESTING: usize = 256;

/// Parses a whole document as a browser does (scripting on: the content of `<noscript>`
/// stays text, so that a stray unclosed `<noscript>` cannot swallow the page), with the
/// nesting of elements capped (see [`MAX_NESTING`]).
#[cfg(not(feature = "platform-parser"))]
pub(crate) fn document(html: &str) -> Dom {
    html5::document(html)
}

/// Parses a whole document with the browser's parser (see [`platform`]).
#[cfg(feature = "platform-parser")]
pub(crate) fn document(html: &str) -> Dom {
    platform::document(html)
}

#[cfg(not(feature = "platform-parser"))]
mod html5 {
    use html5ever::TokenizerResult;
    use html5ever::tendril::StrTendril;
    use html5ever::tokenizer::{BufferQueue, Tokenizer, TokenizerOpts};
    use html5ever::tree_builder::{TreeBuilder, TreeBuilderOpts, TreeSink};

    use super::nesting::NestingCap;
    use super::sink;
    use crate::dom::Dom;

    /// Bytes of input handed to the tokenizer at a time: small next to a large page, large
    /// enough that the per-chunk work is lost in the parse.
    pub(super) const FEED_CHUNK_BYTES: usize = 64 * 1024;

    pub(super) fn document(html: &str) -> Dom {
        let builder = TreeBuilder::new(sink::Sink::new(), TreeBuilderOpts::default());
        let tokenizer = Tokenizer::new(NestingCap::new(builder), TokenizerOpts::default());
        let input = BufferQueue::default();
        // The input is fed in chunks: the tokenizer works on its own copy of what it is
        // given, and a chunk's copy is freed once tokenized (unless text nodes share it), so a
        // large page is not held twice.
        let mut rest = html;
        while !rest.is_empty() {
            let mut cut = rest.len().min(FEED_CHUNK_BYTES);
            while !rest.is_char_boundary(cut) {
                cut += 1;
            }
            let (chunk, after) = rest.split_at(cut);
            rest = after;
            input.push_back(StrTendril::from_slice(chunk));
            // The tokenizer pauses after a script or a `<meta charset>` for the caller to
            // act; the input is already text and no script runs, so it is only resumed.
            while !matches!(tokenizer.feed(&input), TokenizerResult::Done) {}
        }
        tokenizer.end();
        tokenizer.sink.inner.sink.finish()
    }
}

/// Builds the index of a document walked by a browser (see [`walked`](mod@walked)).
pub(crate) fn walked(form: &str) -> Result<Dom, Error> {
    walked::build(form)
}

/// Parses the text of a `<noscript>` as markup, to find the image that lazy-loading pages
/// keep there. Bounded: only short snippets are parsed.
pub(crate) fn noscript_fragment(text: &str) -> Option<Dom> {
    /// Longest noscript text parsed; image fallbacks are a few hundred bytes.
    const MAX_NOSCRIPT_BYTES: usize = 4096;
    // Parsed as a document rather than a fragment, by the same entry point as the page: the
    // same result for an <img>, and one copy of the parser in the WebAssembly build.
    (text.len() <= MAX_NOSCRIPT_BYTES).then(|| document(text))
}

/// Share of control characters (other than whitespace) in the sampled start of an input
/// above which it is binary data, not a page.
const MAX_CONTROL_SHARE: f32 = 0.1;
/// How much of the input is sampled for the binary check.
const SAMPLE_CHARS: usize = 4096;

/// Refuses input that is not worth parsing: empty, over the size limit, binary, or JSON.
pub(crate) fn check(html: &str, max_bytes: usize) -> Result<(), Error> {
    if html.len() > max_bytes {
        return Err(Error::InputTooLarge {
            size: html.len(),
            limit: max_bytes,
        });
    }
    let trimmed = html.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    if trimmed.trim_end().is_empty() {
        return Err(Error::EmptyInput);
    }
    let mut sampled = 0usize;
    let mut control = 0usize;
    for c in trimmed.chars().take(SAMPLE_CHARS) {
        sampled += 1;
        if (c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}')) || c == '\u{fffd}' {
            control += 1;
        }
    }
    if control as f32 > sampled as f32 * MAX_CONTROL_SHARE {
        return Err(Error::NotHtml("it looks like binary data"));
    }
    if trimmed.starts_with(['{', '['])
        && serde_json::from_str::<serde::de::IgnoredAny>(trimmed).is_ok()
    {
        return Err(Error::NotHtml("it is a JSON document"));
    }
    Ok(())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::dom::Ix;

    /// The tree as text, one node per line: indentation for depth, then the element name
    /// with its attributes, or the text.
    pub(crate) fn outline(dom: &Dom) -> String {
        let mut out = String::new();
        for ix in 0..dom.len() as Ix {
            let depth = dom.ancestors(ix).count();
            out.push_str(&"  ".repeat(depth));
            match dom.name(ix) {
                Some(name) => {
                    out.push_str(name);
                    for a in dom.attrs(ix) {
                        out.push_str(&format!(" {}={:?}", &*a.name, &*a.value));
                    }
                }
                None => out.push_str(&format!("{:?}", dom.text(ix).unwrap_or(""))),
            }
            out.push('\n');
        }
        out
    }

    /// The same outline from `scraper`'s tree, built by html5ever with `scraper`'s own sink
    /// and no nesting cap: the reference the compact sink is held to.
    pub(crate) fn scraper_outline(page: &str) -> String {
        use scraper::Node;
        let html = scraper::Html::parse_document(page);
        let mut out = String::new();
        for node in html.tree.root().descendants() {
            let depth = node
                .ancestors()
                .filter(|a| matches!(a.value(), Node::Element(_)))
                .count();
            match node.value() {
                Node::Element(el) => {
                    out.push_str(&"  ".repeat(depth));
                    out.push_str(el.name());
                    for (name, value) in el.attrs.iter().filter(|(n, _)| n.ns.is_empty()) {
                        out.push_str(&format!(" {}={:?}", &*name.local, &**value));
                    }
                }
                Node::Text(t) => {
                    out.push_str(&"  ".repeat(depth));
                    out.push_str(&format!("{:?}", &**t));
                }
                _ => continue,
            }
            out.push('\n');
        }
        out
    }

    #[test]
    fn input_fed_in_chunks_parses_as_a_whole() {
        use html5::FEED_CHUNK_BYTES;
        // Chunk boundaries falling inside a multi-byte character, a CR LF pair, a tag, an
        // entity and a comment: the tree is the one the whole input gives.
        let filler = |n: usize| "é".repeat(n / 2);
        let mut cases = Vec::new();
        for (i, tricky) in ["é", "\r\n", "<b class=\"x\">", "&eacute;", "<!-- c -->"]
            .into_iter()
            .enumerate()
        {
            for shift in 0..4 {
                let head = format!("<body><p>{}", filler(FEED_CHUNK_BYTES - 9 - 2 * i));
                let pad = "a".repeat(shift);
                cases.push(format!("{head}{pad}{tricky}tail</p><p>{}</p>", filler(100)));
            }
        }
        for page in &cases {
            assert_eq!(outline(&document(page)), scraper_outline(page));
        }
    }

    #[test]
    fn builds_the_tree_html5ever_prescribes() {
        // Foster parenting, the adoption agency, implied and repeated tags, templates,
        // foreign content, attributes merged from a second <body>, text joined across
        // removed nodes.
        let pages = [
            "<table><tr><td>cell</td></tr>stray text<b>bold</b></table>after",
            "<p><b>one<i>two</b>three</i>four</p><a href=x><div>block in link</a>tail</div>",
            "<body class=a><p>x</p><body id=b class=c><p>y</p>",
            "<template><p>in template</p></template><p>out</p>",
            "<svg viewBox='0 0 1 1'><a xlink:href=#x><text>svg</text></a></svg><math><mi>x</mi></math>",
            "<ul><li>one<li>two<ul><li>inner</ul></ul><dl><dt>t<dd>d</dl>",
            "<table><caption>c</caption><colgroup><col></colgroup><tbody><tr><th>h<td>d</table>",
            "<select><option>a<option>b</select><textarea><b>raw</b></textarea><noscript><img src=n.jpg></noscript>",
            "<div>a<!-- comment -->b</div><?pi x?><p>text &amp; entities &eacute;</p>",
            "<frameset><frame></frameset>",
            "",
        ];
        for page in pages {
            assert_eq!(outline(&document(page)), scraper_outline(page), "{page}");
        }
        let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let mut seen = 0;
        for entry in std::fs::read_dir(fixtures).into_iter().flatten().flatten() {
            let Ok(bytes) = std::fs::read(entry.path().join("page.html")) else {
                continue;
            };
            let (page, _) = crate::decode::decode(&bytes);
            assert_eq!(
                outline(&document(&page)),
                scraper_outline(&page),
                "{:?}",
                entry.path()
            );
            seen += 1;
        }
        assert!(seen >= 5, "fixtures found: {seen}");
    }

    #[test]
    fn json_and_binary_are_refused() {
        assert!(check("{\"a\": [1, 2]}", usize::MAX).is_err());
        assert!(check("\u{1}\u{2}\u{3}\u{4}\u{5}", usize::MAX).is_err());
        assert!(check("<p>fine</p>", usize::MAX).is_ok());
    }
}
