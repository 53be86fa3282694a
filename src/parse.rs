//! Parsing: text to a `scraper` tree, and the checks on input before it.

use std::cell::RefCell;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{
    BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use html5ever::tree_builder::{TreeBuilder, TreeBuilderOpts, TreeSink};
use html5ever::{LocalName, TokenizerResult, local_name};
use scraper::{Html, HtmlTreeSink};

use crate::Error;

/// Parses a whole document as a browser does (scripting on: the content of `<noscript>`
/// stays text, so that a stray unclosed `<noscript>` cannot swallow the page), with the
/// nesting of elements capped at [`MAX_NESTING`] (see [`NestingCap`]).
pub(crate) fn document(html: &str) -> Html {
    let builder = TreeBuilder::new(
        HtmlTreeSink::new(Html::new_document()),
        TreeBuilderOpts::default(),
    );
    let tokenizer = Tokenizer::new(NestingCap::new(builder), TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    // The tokenizer pauses after a script or a `<meta charset>` for the caller to act; the
    // input is already text and no script runs, so it is only resumed.
    while !matches!(tokenizer.feed(&input), TokenizerResult::Done) {}
    tokenizer.end();
    tokenizer.sink.inner.sink.finish()
}

/// Deepest nesting of elements handed to the tree builder. The tree builder looks up the
/// stack of open elements for most tags, so a page nested N deep costs N² (100,000 nested
/// `<div>`s: minutes). Browsers cap the depth for the same reason (Chromium at 512); real
/// articles stay under about 60 levels, and the cleaned output is flattened far below this.
const MAX_NESTING: usize = 256;

/// Sits between tokenizer and tree builder and drops start tags that would nest deeper than
/// [`MAX_NESTING`]: their text still reaches the page, in the deepest element kept. It keeps a
/// light model of the stack of open elements, counting only elements that can nest without
/// limit (not void ones, raw-text ones, or ones whose start closes the previous one of their
/// kind, such as `<p>` and `<li>`). On pages below the cap it changes nothing.
struct NestingCap<S> {
    inner: S,
    open: RefCell<Vec<LocalName>>,
}

impl<S> NestingCap<S> {
    fn new(inner: S) -> Self {
        NestingCap {
            inner,
            open: RefCell::new(Vec::new()),
        }
    }

    /// Updates the model for one tag; false when the tag is to be dropped.
    fn admit(&self, kind: TagKind, name: &LocalName, self_closing: bool) -> bool {
        let mut open = self.open.borrow_mut();
        match kind {
            TagKind::StartTag => {
                if !nests(name) || (self_closing && open.iter().any(is_foreign_root)) {
                    return true;
                }
                if open.len() >= MAX_NESTING {
                    return false;
                }
                open.push(name.clone());
            }
            // Matched as the tree builder matches end tags: the nearest open element of that
            // name, unless a scope boundary (a table, a cell...) comes first.
            TagKind::EndTag => {
                for i in (0..open.len()).rev() {
                    if open[i] == *name {
                        open.truncate(i);
                        break;
                    }
                    if is_scope_boundary(&open[i]) {
                        break;
                    }
                }
            }
        }
        true
    }
}

impl<S: TokenSink> TokenSink for NestingCap<S> {
    type Handle = S::Handle;

    fn process_token(&self, token: Token, line_number: u64) -> TokenSinkResult<S::Handle> {
        if let Token::TagToken(tag) = &token
            && !self.admit(tag.kind, &tag.name, tag.self_closing)
        {
            return TokenSinkResult::Continue;
        }
        self.inner.process_token(token, line_number)
    }

    fn end(&self) {
        self.inner.end()
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.inner
            .adjusted_current_node_present_but_not_in_html_namespace()
    }
}

/// Whether a start tag opens an element that can hold another of its kind, and so can nest
/// without limit. Void and raw-text elements hold no tags; the others listed are closed or
/// ignored by the tree builder when one opens inside another.
fn nests(name: &LocalName) -> bool {
    !matches!(
        *name,
        local_name!("area")
            | local_name!("base")
            | local_name!("basefont")
            | local_name!("bgsound")
            | local_name!("br")
            | local_name!("col")
            | local_name!("embed")
            | local_name!("frame")
            | local_name!("hr")
            | local_name!("img")
            | local_name!("input")
            | local_name!("keygen")
            | local_name!("link")
            | local_name!("meta")
            | local_name!("param")
            | local_name!("source")
            | local_name!("track")
            | local_name!("wbr")
            | local_name!("script")
            | local_name!("style")
            | local_name!("textarea")
            | local_name!("title")
            | local_name!("xmp")
            | local_name!("iframe")
            | local_name!("noembed")
            | local_name!("noframes")
            | local_name!("noscript")
            | local_name!("plaintext")
            | local_name!("html")
            | local_name!("head")
            | local_name!("body")
            | local_name!("p")
            | local_name!("li")
            | local_name!("dd")
            | local_name!("dt")
            | local_name!("option")
            | local_name!("optgroup")
            | local_name!("rb")
            | local_name!("rp")
            | local_name!("rt")
            | local_name!("rtc")
            | local_name!("tr")
            | local_name!("td")
            | local_name!("th")
            | local_name!("tbody")
            | local_name!("thead")
            | local_name!("tfoot")
            | local_name!("caption")
            | local_name!("colgroup")
            | local_name!("a")
            | local_name!("button")
            | local_name!("form")
            | local_name!("nobr")
            | local_name!("select")
    )
}

/// Elements that stop the tree builder's search for the element an end tag closes.
fn is_scope_boundary(name: &LocalName) -> bool {
    matches!(
        *name,
        local_name!("table")
            | local_name!("template")
            | local_name!("marquee")
            | local_name!("object")
            | local_name!("applet")
    ) || is_foreign_root(name)
}

/// Roots of SVG and MathML content, where `<x/>` closes itself.
fn is_foreign_root(name: &LocalName) -> bool {
    matches!(*name, local_name!("svg") | local_name!("math"))
}

/// Parses the text of a `<noscript>` as markup, to find the image that lazy-loading pages
/// keep there. Bounded: only short snippets are parsed.
pub(crate) fn noscript_fragment(text: &str) -> Option<Html> {
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
mod tests {
    use super::*;

    fn max_depth(html: &Html) -> usize {
        html.tree
            .nodes()
            .map(|n| n.ancestors().count())
            .max()
            .unwrap_or(0)
    }

    #[test]
    fn deep_nesting_is_capped_and_keeps_its_text() {
        let page = format!(
            "<body>{}<p>bottom text</p>{}<p>after</p>",
            "<div>".repeat(1000),
            "</div>".repeat(1000)
        );
        let html = document(&page);
        let depth = max_depth(&html);
        assert!(
            depth > MAX_NESTING && depth < MAX_NESTING + 8,
            "depth {depth}"
        );
        let text: String = html.root_element().text().collect();
        assert!(text.contains("bottom text") && text.ends_with("after"));
        // The paragraph after the nesting is back at the top, in <body>.
        let after = html
            .tree
            .nodes()
            .find(|n| n.value().as_text().is_some_and(|t| &**t == "after"))
            .and_then(|n| n.parent())
            .and_then(|p| p.parent())
            .and_then(|b| b.value().as_element().map(|e| e.name().to_string()));
        assert_eq!(after.as_deref(), Some("body"));
    }

    #[test]
    fn elements_that_close_their_kind_do_not_count() {
        // Ten thousand unclosed paragraphs and list items are siblings, not a nesting: the
        // element after them is still parsed.
        let page = format!(
            "<body>{}<ul>{}</ul><div class=end><b>last</b></div>",
            "<p>para".repeat(10_000),
            "<li>item".repeat(10_000)
        );
        let html = document(&page);
        assert!(max_depth(&html) < 10);
        assert!(
            html.tree
                .nodes()
                .any(|n| n.value().as_element().is_some_and(|e| e.name() == "b"))
        );
    }

    #[test]
    fn pages_below_the_cap_parse_as_without_it() {
        let page = "<html><head><meta charset=utf-8><title>t</title><script>var a = '<div>';</script></head>\
            <body><table><tr><td><div>cell<table><tr><td>inner</table></div></table>\
            <svg><g/><g/><path/></svg><p>one<p>two</body></html>";
        assert_eq!(
            document(page).root_element().html(),
            Html::parse_document(page).root_element().html()
        );
    }
}
