//! The walked form: a document as a browser holds it, handed over without HTML.
//!
//! A browser has already parsed the page it shows; parsing its `outerHTML` again would
//! repeat that work. The package's JavaScript walk (`www/walk.js`) instead writes the live
//! tree into one string, and [`build`] turns that string into the [`Dom`] every stage reads,
//! with no tokenizer and no tree builder: the string is already in document order.
//!
//! The string is a header and segments, each after a NUL (U+0000). A parsed page holds no
//! NUL (the HTML parser drops or replaces it), and the walk replaces any that scripts put
//! in by U+FFFD, so a segment runs to the next NUL. A segment says what comes, and is
//! followed by the segments it takes:
//!
//! | segments | meaning |
//! |---|---|
//! | `<`, name | an element starts (its local name, as the DOM gives it) |
//! | `@`, name, value | an attribute of the element just started |
//! | `!r`, `!k` | the element just started matches `removeSelectors` (`r`) or `keepSelectors` (`k`) |
//! | `'`, text | a text node |
//! | `>` | the innermost open element ends |
//!
//! Kinds and contents are separate segments so that the walk only collects the strings the
//! DOM gives it and joins them once, with no string made per node.
//!
//! What the walk leaves out, as the stages never read it: comments, doctypes, the content
//! of `<template>` (a separate fragment in the DOM), of `<svg>` (drawings, often of many
//! long paths, never content) and of shadow roots, the bodies of `<style>` and of `<script>`
//! other than JSON-LD, attributes in a namespace (`xlink:href`, as html5ever's tree leaves
//! them out too). A `<noscript>` holds its markup as text, as in a
//! browser with scripting on (and as [`super::document`] parses it).
//!
//! [`build`] accepts any string: segments out of place are ignored, elements left open are
//! closed, content after the root element is dropped, and nesting is capped as in the HTML
//! path ([`super::MAX_NESTING`]).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use html5ever::LocalName;
use html5ever::tendril::StrTendril;

use crate::Error;
use crate::dom::{Attr, Data, Dom, Ix, Marks, NO_PARENT, Node, Space, Tag};
use crate::paged::Paged;

/// The first segment of every walked document: the format and its version. `www/walk.js`
/// writes the same.
pub(crate) const HEADER: &str = "declutter-walk 1";

/// Builds the index of a walked document. Fails only when the header is not this version's;
/// any string after it gives a tree.
pub(crate) fn build(form: &str) -> Result<Dom, Error> {
    let body = form.strip_prefix(HEADER).ok_or(Error::WalkFormat)?;
    if body.chars().next().is_some_and(|c| c != '\0') {
        return Err(Error::WalkFormat);
    }
    if u32::try_from(form.len()).is_err() {
        return Err(Error::InputTooLarge {
            size: form.len(),
            limit: u32::MAX as usize,
        });
    }
    Ok(Builder::new(form).run())
}

/// A document with nothing but a root element.
#[cfg(feature = "platform-parser")]
pub(crate) fn empty() -> Dom {
    Builder::new(HEADER).run()
}

/// The tree as it is being built: nodes are pushed in document order, each with its data at
/// the same index.
struct Builder<'f> {
    form: &'f str,
    /// The whole form once, shared by every text and attribute value (no copy of each).
    buffer: StrTendril,
    nodes: Vec<Node>,
    data: Paged<Data>,
    attrs: Vec<Attr>,
    marks: Marks,
    /// Open elements kept, innermost last.
    open: Vec<Ix>,
    /// Open elements dropped for being nested too deep (always the innermost ones).
    dropped: usize,
    /// The element whose attributes and marks may follow (the one just started).
    current: Option<Ix>,
    body: Option<Ix>,
    /// The root element has ended: what follows is not part of the document.
    done: bool,
    /// Element and attribute names met so far, interned once each: a page repeats a few
    /// dozen names thousands of times, and interning hashes the name and searches the
    /// static and dynamic atom sets.
    names: HashMap<&'f str, (LocalName, Tag), BuildHasherDefault<Fnv>>,
}

/// FNV-1a: a fast hash for short keys (names), where the default hasher's resistance to
/// crafted collisions is not needed (a page holds a bounded number of distinct names).
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

impl<'f> Builder<'f> {
    fn new(form: &'f str) -> Self {
        Builder {
            form,
            buffer: StrTendril::from_slice(form),
            nodes: Vec::new(),
            data: Paged::default(),
            attrs: Vec::new(),
            marks: Marks::default(),
            open: Vec::with_capacity(64),
            dropped: 0,
            current: None,
            body: None,
            done: false,
            names: HashMap::default(),
        }
    }

    /// A name as an atom, with the tag it names.
    fn name(&mut self, name: &'f str) -> (LocalName, Tag) {
        self.names
            .entry(name)
            .or_insert_with(|| {
                let atom = LocalName::from(name);
                let tag = Tag::from_name(&atom);
                (atom, tag)
            })
            .clone()
    }

    /// A segment of the form, as a tendril sharing the form's buffer.
    fn slice(&self, segment: &str) -> StrTendril {
        // The segment is a slice of the form: its offset is the distance between the two.
        let start = segment.as_ptr() as usize - self.form.as_ptr() as usize;
        self.buffer
            .try_subtendril(start as u32, segment.len() as u32)
            .unwrap_or_default()
    }

    fn run(mut self) -> Dom {
        let form = self.form;
        let mut segments = form[HEADER.len()..].split('\0');
        // What comes before the first NUL: nothing (checked by `build`).
        segments.next();
        while let Some(kind) = segments.next() {
            if self.done {
                break;
            }
            match kind {
                "<" => match segments.next() {
                    Some(name) => self.open_element(name),
                    None => break,
                },
                "@" => match (segments.next(), segments.next()) {
                    (Some(name), Some(value)) => {
                        let name = self.name(name).0;
                        let value = self.slice(value);
                        self.add_attr(name, value);
                    }
                    _ => break,
                },
                "'" => match segments.next() {
                    Some(text) if !text.is_empty() => {
                        let text = self.slice(text);
                        self.push_text(text);
                    }
                    Some(_) => {}
                    None => break,
                },
                ">" => self.close_element(),
                "!r" | "!k" => self.mark(kind),
                _ => {}
            }
        }
        self.finish()
    }

    fn parent(&self) -> Ix {
        self.open.last().copied().unwrap_or(NO_PARENT)
    }

    fn open_element(&mut self, name: &'f str) {
        self.end_attributes();
        if self.open.is_empty() && !self.nodes.is_empty() {
            // A second root: nothing after the root element belongs to the document.
            self.done = true;
            return;
        }
        if self.dropped > 0 || self.open.len() >= super::MAX_NESTING {
            self.dropped += 1;
            self.current = None;
            return;
        }
        let ix = self.nodes.len() as Ix;
        let (name, tag) = self.name(name);
        if tag == Tag::Body && self.body.is_none() {
            self.body = Some(ix);
        }
        self.nodes.push(Node {
            parent: self.parent(),
            end: ix + 1,
            data: ix,
            tag,
        });
        let start = self.attrs.len() as u32;
        self.data.push(Data::Element {
            name,
            // The namespace matters only to the tree builder, which a walked document does
            // not go through.
            space: Space::Html,
            attrs: (start, 0),
        });
        self.open.push(ix);
        self.current = Some(ix);
    }

    fn add_attr(&mut self, name: LocalName, value: StrTendril) {
        let Some(ix) = self.current else {
            return;
        };
        self.attrs.push(Attr { name, value });
        if let Some(Data::Element { attrs, .. }) = self.data.get_mut(ix as usize) {
            attrs.1 += 1;
        }
    }

    /// Sorts the attributes of the element just started by name (as the index keeps them),
    /// keeping the first of any repeated name (as the HTML parser does).
    fn end_attributes(&mut self) {
        let Some(ix) = self.current.take() else {
            return;
        };
        let Some(Data::Element { attrs: range, .. }) = self.data.get_mut(ix as usize) else {
            return;
        };
        let (start, len) = (range.0 as usize, range.1 as usize);
        if len < 2 {
            return;
        }
        let own = &mut self.attrs[start..start + len];
        own.sort_by(|a, b| a.name.cmp(&b.name));
        let mut kept = 1;
        for i in 1..len {
            if own[i].name != own[kept - 1].name {
                own.swap(kept, i);
                kept += 1;
            }
        }
        self.attrs.truncate(start + kept);
        range.1 = kept as u32;
    }

    fn mark(&mut self, which: &str) {
        let Some(ix) = self.current else {
            return;
        };
        match which {
            "!r" => self.marks.remove.push(ix),
            _ => self.marks.keep.push(ix),
        }
    }

    fn push_text(&mut self, text: StrTendril) {
        self.end_attributes();
        // Text outside the root element has no place in the tree.
        if self.open.is_empty() {
            return;
        }
        let ix = self.nodes.len() as Ix;
        self.nodes.push(Node {
            parent: self.parent(),
            end: ix + 1,
            data: ix,
            tag: Tag::Text,
        });
        self.data.push(Data::Text(text));
    }

    fn close_element(&mut self) {
        self.end_attributes();
        if self.dropped > 0 {
            self.dropped -= 1;
            return;
        }
        let Some(ix) = self.open.pop() else {
            return;
        };
        self.nodes[ix as usize].end = self.nodes.len() as Ix;
        if self.open.is_empty() {
            self.done = true;
        }
    }

    fn finish(mut self) -> Dom {
        self.end_attributes();
        while !self.open.is_empty() {
            self.close_element();
        }
        if self.nodes.is_empty() {
            // Every stage expects a root element.
            self.open_element("html");
            self.close_element();
        }
        self.data.shrink_to_fit();
        self.attrs.shrink_to_fit();
        let mut dom = Dom::from_parts(self.nodes, self.body.unwrap_or(0), self.data, self.attrs);
        dom.marks = self.marks;
        dom
    }
}

#[cfg(not(target_arch = "wasm32"))]
/// Writes the walked form of a parsed document, following the rules of `www/walk.js`: for
/// tests, fuzzing seeds and the benchmarks, which have no browser.
pub(crate) fn write(dom: &Dom) -> String {
    let mut out = String::with_capacity(dom.len() * 16);
    out.push_str(HEADER);
    let clean = |text: &str| text.replace('\0', "\u{fffd}");
    let mut ix: Ix = 0;
    // Ends of the open elements, innermost last.
    let mut open: Vec<Ix> = Vec::new();
    while (ix as usize) < dom.len() {
        while open.last().is_some_and(|&end| ix >= end) {
            open.pop();
            out.push_str("\0>");
        }
        let Some(name) = dom.name(ix) else {
            let text = dom.text(ix).unwrap_or("");
            if !text.is_empty() {
                out.push_str("\0'\0");
                out.push_str(&clean(text));
            }
            ix += 1;
            continue;
        };
        out.push_str("\0<\0");
        out.push_str(name);
        for a in dom.attrs(ix) {
            out.push_str("\0@\0");
            out.push_str(&a.name);
            out.push('\0');
            out.push_str(&clean(&a.value));
        }
        let end = dom.end(ix);
        let inner = match dom.tag(ix) {
            Tag::Script if is_json_ld(dom, ix) => Some(dom.text_of_raw(ix)),
            Tag::Script | Tag::Style | Tag::Template | Tag::Svg => Some(String::new()),
            Tag::Noscript => Some(dom.text_of_raw(ix)),
            _ => None,
        };
        match inner {
            Some(text) => {
                if !text.is_empty() {
                    out.push_str("\0'\0");
                    out.push_str(&clean(&text));
                }
                out.push_str("\0>");
                ix = end;
            }
            None => {
                open.push(end);
                ix += 1;
            }
        }
    }
    for _ in open {
        out.push_str("\0>");
    }
    out
}

#[cfg(not(target_arch = "wasm32"))]
/// A `<script>` of structured data, whose text the metadata stage reads (the walk keeps
/// it; other scripts' text is left out).
fn is_json_ld(dom: &Dom, ix: Ix) -> bool {
    dom.attr(ix, "type")
        .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::tests::outline;

    /// The outline of a parsed page with what the walk leaves out taken out: template
    /// contents, and the text of styles and of scripts other than JSON-LD.
    fn walked_outline(page: &str) -> String {
        outline(&build(&write(&crate::parse::document(page))).expect("builds"))
    }

    #[test]
    fn a_walked_page_builds_the_tree_of_the_parsed_page() {
        let pages = [
            "<p>a<b>b</b></p><div><i>c</i></div>",
            "<table><tr><td>cell</td></tr>stray text<b>bold</b></table>after",
            "<body class=a><p>x</p><body id=b class=c><p>y</p>",
            "<math><mi>x</mi></math><svg viewBox='0 0 1 1'></svg>",
            "<div>a<!-- comment -->b</div><p data-x=\"'<>&amp;\" title=''>text &amp; entities &eacute;</p>",
            "<noscript><img src=n.jpg></noscript><p>after</p>",
            "<script type='application/ld+json'>{\"@type\": \"NewsArticle\"}</script><p>x</p>",
            "",
        ];
        for page in pages {
            let dom = crate::parse::document(page);
            let rebuilt = build(&write(&dom)).expect("builds");
            assert_eq!(outline(&rebuilt), outline(&dom), "{page}");
            assert_eq!(rebuilt.body, dom.body, "{page}");
        }
        let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let mut seen = 0;
        for entry in std::fs::read_dir(fixtures).into_iter().flatten().flatten() {
            let Ok(bytes) = std::fs::read(entry.path().join("page.html")) else {
                continue;
            };
            let (page, _) = crate::decode::decode(&bytes);
            let dom = crate::parse::document(&page);
            let form = write(&dom);
            let rebuilt = build(&form).expect("builds");
            // Only script and style bodies differ: the walk leaves them out.
            let skipped = |d: &Dom| {
                (0..d.len() as Ix)
                    .filter(|&ix| d.text(ix).is_some())
                    .filter(|&ix| {
                        !d.ancestors(ix).any(|a| {
                            matches!(d.tag(a), Tag::Style | Tag::Template | Tag::Svg)
                                || (d.tag(a) == Tag::Script && !is_json_ld(d, a))
                        })
                    })
                    .map(|ix| d.text(ix).unwrap_or("").to_string())
                    .collect::<Vec<_>>()
            };
            assert_eq!(skipped(&rebuilt), skipped(&dom), "{:?}", entry.path());
            assert_eq!(rebuilt.tag(rebuilt.body), Tag::Body, "{:?}", entry.path());
            assert!(form.len() < page.len() + 1000, "{:?}", entry.path());
            seen += 1;
        }
        assert!(seen >= 5, "fixtures found: {seen}");
    }

    #[test]
    fn script_and_style_bodies_and_template_contents_are_left_out() {
        let out = walked_outline(
            "<style>p{}</style><script>var a = 1;</script><template><p>t</p></template><p>kept</p>",
        );
        assert!(!out.contains("p{}") && !out.contains("var a") && !out.contains("\"t\""));
        assert!(out.contains("\"kept\""), "{out}");
    }

    #[test]
    fn attributes_are_sorted_and_the_first_of_a_name_kept() {
        let form = format!(
            "{HEADER}\0<\0html\0<\0body\0<\0p\0@\0title\0one\0@\0class\0c\0@\0title\0two\0'\0x"
        );
        let dom = build(&form).expect("builds");
        let p = (0..dom.len() as Ix)
            .find(|&i| dom.tag(i) == Tag::P)
            .expect("a p");
        let names: Vec<&str> = dom.attrs(p).iter().map(|a| &*a.name).collect();
        assert_eq!(names, ["class", "title"]);
        assert_eq!(dom.attr(p, "title"), Some("one"));
        assert_eq!(dom.text_of(p), "x");
    }

    #[test]
    fn marks_name_the_element_just_started() {
        let form = format!(
            "{HEADER}\0<\0html\0<\0body\0<\0div\0@\0class\0ad\0!r\0'\0x\0>\0<\0p\0!k\0'\0y"
        );
        let dom = build(&form).expect("builds");
        let find = |tag| (0..dom.len() as Ix).find(|&i| dom.tag(i) == tag);
        assert_eq!(dom.marks.remove, [find(Tag::Div).expect("div")]);
        assert_eq!(dom.marks.keep, [find(Tag::P).expect("p")]);
    }

    #[test]
    fn any_string_after_the_header_gives_a_tree() {
        assert_eq!(build("<html>").err(), Some(Error::WalkFormat));
        assert_eq!(
            build("declutter-walk 10\0<html").err(),
            Some(Error::WalkFormat)
        );
        for rest in [
            "",
            "\0",
            "\0'text before any element\0>\0>",
            "\0@orphan\0value",
            "\0<html\0@a",
            "\0<html\0'a\0>\0<second root\0'b",
            "\0!r\0!k\0<\0<\0<\0>",
            "\0<html\0<body\0'é\0'\0''\0<p\0@x\0",
        ] {
            let dom = build(&format!("{HEADER}{rest}")).expect("builds");
            assert!(dom.len() >= 1, "{rest:?}");
            assert!(dom.is_element(0), "{rest:?}");
            assert_eq!(dom.end(0) as usize, dom.len(), "{rest:?}: one root");
            assert!(dom.body < dom.len() as Ix);
        }
    }

    #[test]
    fn nesting_is_capped_and_keeps_the_text() {
        let mut form = format!("{HEADER}\0<\0html\0<\0body");
        for _ in 0..1000 {
            form.push_str("\0<\0div");
        }
        form.push_str("\0'\0bottom");
        for _ in 0..1000 {
            form.push_str("\0>");
        }
        form.push_str("\0<\0p\0'\0after");
        let dom = build(&form).expect("builds");
        let depth = (0..dom.len() as Ix)
            .map(|ix| dom.ancestors(ix).count())
            .max()
            .unwrap_or(0);
        assert_eq!(depth, crate::parse::MAX_NESTING);
        let text = dom.text_of(dom.body);
        assert!(text.contains("bottom") && text.ends_with("after"), "{text}");
        let after = (0..dom.len() as Ix).find(|&ix| dom.text(ix) == Some("after"));
        let parent = after
            .and_then(|t| dom.parent(t))
            .and_then(|p| dom.parent(p));
        assert_eq!(parent, Some(dom.body));
    }
}
