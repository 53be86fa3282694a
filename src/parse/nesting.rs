//! A filter between html5ever's tokenizer and tree builder that caps how deep elements nest.

use std::cell::RefCell;

use html5ever::tokenizer::{TagKind, Token, TokenSink, TokenSinkResult};
use html5ever::{LocalName, local_name};

use super::MAX_NESTING;

/// Sits between tokenizer and tree builder and drops start tags that would nest deeper than
/// [`MAX_NESTING`]: their text still reaches the page, in the deepest element kept. It keeps a
/// light model of the stack of open elements, counting only elements that can nest without
/// limit (not void ones, raw-text ones, or ones whose start closes the previous one of their
/// kind, such as `<p>` and `<li>`). On pages below the cap it changes nothing.
pub(super) struct NestingCap<S> {
    pub(super) inner: S,
    open: RefCell<Vec<LocalName>>,
}

impl<S> NestingCap<S> {
    pub(super) fn new(inner: S) -> Self {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dom::{Dom, Ix, Tag};
    use crate::parse::{document, tests::outline, tests::scraper_outline};

    fn max_depth(dom: &Dom) -> usize {
        (0..dom.len() as Ix)
            .map(|ix| dom.ancestors(ix).count())
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
        let dom = document(&page);
        let depth = max_depth(&dom);
        assert!(
            depth > MAX_NESTING && depth < MAX_NESTING + 8,
            "depth {depth}"
        );
        let text = dom.text_of_raw(0);
        assert!(text.contains("bottom text") && text.ends_with("after"));
        // The paragraph after the nesting is back at the top, in <body>.
        let after = (0..dom.len() as Ix)
            .find(|&ix| dom.text(ix) == Some("after"))
            .and_then(|t| dom.parent(t))
            .and_then(|p| dom.parent(p));
        assert_eq!(after.map(|b| dom.tag(b)), Some(Tag::Body));
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
        let dom = document(&page);
        assert!(max_depth(&dom) < 10);
        assert!((0..dom.len() as Ix).any(|ix| dom.tag(ix) == Tag::B));
    }

    #[test]
    fn pages_below_the_cap_parse_as_without_it() {
        let page = "<html><head><meta charset=utf-8><title>t</title><script>var a = '<div>';</script></head>\
            <body><table><tr><td><div>cell<table><tr><td>inner</table></div></table>\
            <svg><g/><g/><path/></svg><p>one<p>two</body></html>";
        assert_eq!(outline(&document(page)), scraper_outline(page));
    }
}
