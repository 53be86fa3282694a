//! A flat, pre-order index over the parsed tree.
//!
//! Every later stage works on this index instead of walking a linked tree: a node is a
//! `u32`, its subtree is the range `ix..end`, its parent is one load away. That makes "is
//! this inside that?" a comparison, lets a stage visit a subtree without recursion (the
//! WebAssembly stack is small and pages can nest 100,000 deep), and lets removal be a flag on
//! a subtree's root rather than a mutation of the tree.
//!
//! The index owns the page's data: element names, attributes (one shared array) and text
//! (tendrils that share the input's buffer where they can). It is built by the parser's
//! sink (`parse::sink`), which holds the tree only as long as html5ever can still move nodes,
//! or from a document a browser walked (`parse::walked`).

use std::cell::OnceCell;

use html5ever::LocalName;
use html5ever::tendril::StrTendril;

use crate::paged::Paged;
use crate::stats::TextFigures;

/// Index of a node in [`Dom::nodes`] (pre-order position).
pub(crate) type Ix = u32;

/// Sentinel parent of the root.
pub(crate) const NO_PARENT: Ix = Ix::MAX;

/// The elements the extractor reasons about. Everything else is [`Tag::Other`] and is judged
/// by its content alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Tag {
    Text,
    A,
    Abbr,
    /// MathML `<annotation>` / `<annotation-xml>`: the source of a formula, not its text.
    Annotation,
    Address,
    Article,
    Aside,
    Audio,
    B,
    Base,
    Blockquote,
    Body,
    Br,
    Button,
    Canvas,
    Caption,
    Center,
    Cite,
    Code,
    Dd,
    Del,
    Details,
    Dialog,
    Div,
    Dl,
    Dt,
    Em,
    Embed,
    Fieldset,
    Figcaption,
    Figure,
    Font,
    Footer,
    Form,
    H1,
    H2,
    H3,
    H4,
    H5,
    H6,
    Head,
    Header,
    Hgroup,
    Hr,
    Html,
    I,
    Iframe,
    Img,
    Input,
    Ins,
    Kbd,
    Label,
    Legend,
    Li,
    Link,
    Main,
    Map,
    Mark,
    Math,
    Menu,
    Meta,
    Nav,
    Noscript,
    Object,
    Ol,
    Option,
    P,
    Picture,
    Pre,
    Q,
    /// Ruby annotations (`<rt>`, `<rp>`): pronunciation guides, not text.
    Rt,
    S,
    Samp,
    Script,
    Section,
    Select,
    Small,
    Source,
    Span,
    Strike,
    Strong,
    Style,
    Sub,
    Summary,
    Sup,
    Svg,
    Table,
    Tbody,
    Td,
    Template,
    Textarea,
    Tfoot,
    Th,
    Thead,
    Time,
    Title,
    Tr,
    Tt,
    U,
    Ul,
    Var,
    Video,
    Wbr,
    Other,
}

impl Tag {
    pub(crate) fn from_name(name: &str) -> Tag {
        use Tag::*;
        match name {
            "a" => A,
            "abbr" => Abbr,
            "annotation" | "annotation-xml" => Annotation,
            "address" => Address,
            "article" => Article,
            "aside" => Aside,
            "audio" => Audio,
            "b" => B,
            "base" => Base,
            "blockquote" => Blockquote,
            "body" => Body,
            "br" => Br,
            "button" => Button,
            "canvas" => Canvas,
            "caption" => Caption,
            "center" => Center,
            "cite" => Cite,
            "code" => Code,
            "dd" => Dd,
            "del" => Del,
            "details" => Details,
            "dialog" => Dialog,
            "div" => Div,
            "dl" => Dl,
            "dt" => Dt,
            "em" => Em,
            "embed" => Embed,
            "fieldset" => Fieldset,
            "figcaption" => Figcaption,
            "figure" => Figure,
            "font" => Font,
            "footer" => Footer,
            "form" => Form,
            "h1" => H1,
            "h2" => H2,
            "h3" => H3,
            "h4" => H4,
            "h5" => H5,
            "h6" => H6,
            "head" => Head,
            "header" => Header,
            "hgroup" => Hgroup,
            "hr" => Hr,
            "html" => Html,
            "i" => I,
            "iframe" => Iframe,
            "img" => Img,
            "input" => Input,
            "ins" => Ins,
            "kbd" => Kbd,
            "label" => Label,
            "legend" => Legend,
            "li" => Li,
            "link" => Link,
            "main" => Main,
            "map" => Map,
            "mark" => Mark,
            "math" => Math,
            "menu" => Menu,
            "meta" => Meta,
            "nav" => Nav,
            "noscript" => Noscript,
            "object" => Object,
            "ol" => Ol,
            "option" => Option,
            "p" => P,
            "picture" => Picture,
            "pre" => Pre,
            "q" => Q,
            "rt" | "rp" => Rt,
            "s" => S,
            "samp" => Samp,
            "script" => Script,
            "section" => Section,
            "select" => Select,
            "small" => Small,
            "source" => Source,
            "span" => Span,
            "strike" => Strike,
            "strong" => Strong,
            "style" => Style,
            "sub" => Sub,
            "summary" => Summary,
            "sup" => Sup,
            "svg" => Svg,
            "table" => Table,
            "tbody" => Tbody,
            "td" => Td,
            "template" => Template,
            "textarea" => Textarea,
            "tfoot" => Tfoot,
            "th" => Th,
            "thead" => Thead,
            "time" => Time,
            "title" => Title,
            "tr" => Tr,
            "tt" => Tt,
            "u" => U,
            "ul" => Ul,
            "var" => Var,
            "video" => Video,
            "wbr" => Wbr,
            _ => Other,
        }
    }

    /// Elements that start a new block of text: text on either side of them never runs
    /// together, and they bound a "paragraph" for scoring.
    pub(crate) fn is_block(self) -> bool {
        use Tag::*;
        matches!(
            self,
            Address
                | Article
                | Aside
                | Blockquote
                | Body
                | Caption
                | Center
                | Dd
                | Details
                | Dialog
                | Div
                | Dl
                | Dt
                | Fieldset
                | Figcaption
                | Figure
                | Footer
                | Form
                | H1
                | H2
                | H3
                | H4
                | H5
                | H6
                | Header
                | Hgroup
                | Hr
                | Html
                | Legend
                | Li
                | Main
                | Menu
                | Nav
                | Ol
                | P
                | Pre
                | Section
                | Summary
                | Table
                | Tbody
                | Td
                | Tfoot
                | Th
                | Thead
                | Tr
                | Ul
        )
    }

    pub(crate) fn is_heading(self) -> bool {
        matches!(
            self,
            Tag::H1 | Tag::H2 | Tag::H3 | Tag::H4 | Tag::H5 | Tag::H6
        )
    }

    /// Heading level 1..=6, or 0 for anything else.
    pub(crate) fn heading_level(self) -> u8 {
        match self {
            Tag::H1 => 1,
            Tag::H2 => 2,
            Tag::H3 => 3,
            Tag::H4 => 4,
            Tag::H5 => 5,
            Tag::H6 => 6,
            _ => 0,
        }
    }

    /// Elements whose content is never article text, whatever it looks like.
    pub(crate) fn is_never_content(self) -> bool {
        use Tag::*;
        matches!(
            self,
            Head | Script
                | Style
                | Template
                | Noscript
                | Iframe
                | Object
                | Embed
                | Canvas
                | Svg
                | Annotation
                | Rt
                | Button
                | Input
                | Select
                | Option
                | Textarea
                | Link
                | Meta
                | Base
                | Title
                | Map
                | Dialog
                | Audio
                | Video
        )
    }
}

/// The namespace of an element, as far as the tree builder needs to know it (the build
/// without html5ever has none).
#[cfg_attr(feature = "platform-parser", allow(dead_code))]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Space {
    Html,
    Svg,
    MathMl,
    Other,
}

/// One attribute (in no namespace).
#[derive(Clone, Debug)]
pub(crate) struct Attr {
    pub name: LocalName,
    pub value: StrTendril,
}

/// What a node holds.
#[cfg_attr(feature = "platform-parser", allow(dead_code))]
pub(crate) enum Data {
    Element {
        name: LocalName,
        space: Space,
        /// Start and length of the element's attributes in [`Dom`]'s attribute array, sorted
        /// by name.
        attrs: (u32, u32),
    },
    Text(StrTendril),
    /// The document, a comment, a processing instruction, a template's contents: nodes the
    /// tree builder needs a handle for and no stage reads.
    Other,
}

/// One node of the index.
pub(crate) struct Node {
    pub parent: Ix,
    /// One past the last node of this node's subtree.
    pub end: Ix,
    /// Where the node's [`Data`] is.
    pub data: u32,
    pub tag: Tag,
}

/// The pre-order index of a parsed document.
pub(crate) struct Dom {
    pub nodes: Vec<Node>,
    /// `<body>`, or the root element when the page has none.
    pub body: Ix,
    data: Paged<Data>,
    attrs: Vec<Attr>,
    /// The figures of the page's texts, counted on first use (see [`TextFigures`]).
    text_figures: OnceCell<TextFigures>,
    /// Elements that the caller's selectors matched before the page reached the index.
    pub marks: Marks,
}

/// Elements named by `removeSelectors` and `keepSelectors`, when a browser matched them (with
/// full CSS) on the live page and marked them in the walked form (`parse::walked`). Empty for
/// a page parsed from HTML, whose selectors are matched on the index (`selector`).
#[derive(Default)]
pub(crate) struct Marks {
    pub remove: Vec<Ix>,
    pub keep: Vec<Ix>,
}

/// A `<button>` that is all a heading holds is the heading's text: an accordion's header
/// (the ARIA pattern `<h3><button aria-expanded>Question?</button></h3>`) opens its panel
/// with it. Read as a `<span>`, it is no form control to remove. A button beside a
/// heading's own words ("Copy item path") stays a control.
fn heading_buttons_as_text(dom: &mut Dom) {
    for i in 0..dom.nodes.len() {
        let ix = i as Ix;
        if dom.nodes[i].tag != Tag::Button {
            continue;
        }
        let Some(heading) = dom.parent(ix).filter(|&p| dom.tag(p).is_heading()) else {
            continue;
        };
        let alone = (heading + 1..dom.end(heading))
            .filter(|&n| !dom.contains(ix, n))
            .all(|n| dom.text(n).is_none_or(is_blank));
        if alone {
            dom.nodes[i].tag = Tag::Span;
        }
    }
}

impl Dom {
    /// Assembles the index from its parts; `nodes` must be in document order, each with the
    /// end of its subtree (see `parse::sink`).
    pub(crate) fn from_parts(
        nodes: Vec<Node>,
        body: Ix,
        data: Paged<Data>,
        attrs: Vec<Attr>,
    ) -> Dom {
        let mut dom = Dom {
            nodes,
            body,
            data,
            attrs,
            text_figures: OnceCell::new(),
            marks: Marks::default(),
        };
        heading_buttons_as_text(&mut dom);
        dom
    }

    /// A text node's characters (whitespace runs counted once) and commas; zero for
    /// elements.
    pub(crate) fn text_figures(&self, ix: Ix) -> (u32, u32) {
        self.text_figures
            .get_or_init(|| TextFigures::new(self))
            .get(self, ix)
    }

    /// True for a text node holding more than whitespace.
    pub(crate) fn has_text(&self, ix: Ix) -> bool {
        self.text(ix).is_some_and(|t| !is_blank(t))
    }

    fn data(&self, ix: Ix) -> &Data {
        &self.data[self.nodes[ix as usize].data as usize]
    }

    pub(crate) fn len(&self) -> usize {
        self.nodes.len()
    }

    pub(crate) fn tag(&self, ix: Ix) -> Tag {
        self.nodes[ix as usize].tag
    }

    pub(crate) fn parent(&self, ix: Ix) -> Option<Ix> {
        let p = self.nodes[ix as usize].parent;
        (p != NO_PARENT).then_some(p)
    }

    pub(crate) fn end(&self, ix: Ix) -> Ix {
        self.nodes[ix as usize].end
    }

    /// True when `inner` is `outer` or lies inside it.
    pub(crate) fn contains(&self, outer: Ix, inner: Ix) -> bool {
        inner >= outer && inner < self.end(outer)
    }

    /// The local name of an element; `None` for text.
    pub(crate) fn name(&self, ix: Ix) -> Option<&str> {
        match self.data(ix) {
            Data::Element { name, .. } => Some(name),
            _ => None,
        }
    }

    pub(crate) fn is_element(&self, ix: Ix) -> bool {
        matches!(self.data(ix), Data::Element { .. })
    }

    /// The attributes of an element, sorted by name (empty for text).
    pub(crate) fn attrs(&self, ix: Ix) -> &[Attr] {
        match self.data(ix) {
            &Data::Element {
                attrs: (start, len),
                ..
            } => &self.attrs[start as usize..(start + len) as usize],
            _ => &[],
        }
    }

    pub(crate) fn text(&self, ix: Ix) -> Option<&str> {
        match self.data(ix) {
            Data::Text(t) => Some(t),
            _ => None,
        }
    }

    /// An attribute of an element, by exact (lowercase) name.
    pub(crate) fn attr(&self, ix: Ix, name: &str) -> Option<&str> {
        self.attrs(ix)
            .iter()
            .find(|a| &*a.name == name)
            .map(|a| &*a.value)
    }

    /// Iterates the element children of `ix`... and text children, in order.
    pub(crate) fn children(&self, ix: Ix) -> Children<'_> {
        Children {
            dom: self,
            next: ix + 1,
            end: self.end(ix),
        }
    }

    /// The next sibling of `ix`, if any.
    pub(crate) fn next_sibling(&self, ix: Ix) -> Option<Ix> {
        let parent = self.parent(ix)?;
        let next = self.end(ix);
        (next < self.end(parent)).then_some(next)
    }

    /// The previous sibling of `ix`, if any: the node just before it in document order,
    /// or that node's ancestor below their common parent. O(depth).
    pub(crate) fn prev_sibling(&self, ix: Ix) -> Option<Ix> {
        let parent = self.parent(ix)?;
        let mut at = ix.checked_sub(1)?;
        if at == parent {
            return None;
        }
        while let Some(p) = self.parent(at) {
            if p == parent {
                return Some(at);
            }
            at = p;
        }
        None
    }

    /// Ancestors of `ix`, nearest first (not including `ix`).
    pub(crate) fn ancestors(&self, ix: Ix) -> Ancestors<'_> {
        Ancestors {
            dom: self,
            next: self.nodes[ix as usize].parent,
        }
    }

    /// Appends the whitespace-collapsed text of the subtree at `ix`, skipping subtrees for
    /// which `skip` holds. Block boundaries become a single space.
    pub(crate) fn collect_text(&self, ix: Ix, out: &mut String, skip: impl Fn(Ix) -> bool) {
        let end = self.end(ix);
        let mut i = ix;
        while i < end {
            if skip(i) {
                i = self.end(i);
                continue;
            }
            let node = &self.nodes[i as usize];
            match node.tag {
                Tag::Text => push_collapsed(out, self.text(i).unwrap_or("")),
                t if t.is_block() || t == Tag::Br => push_space(out),
                t if t.is_never_content() && i != ix => {
                    i = node.end;
                    continue;
                }
                _ => {}
            }
            i += 1;
        }
    }

    /// The text of a subtree exactly as written (for scripts and similar raw-text elements).
    pub(crate) fn text_of_raw(&self, ix: Ix) -> String {
        let mut s = String::new();
        for i in ix..self.end(ix) {
            if let Some(t) = self.text(i) {
                s.push_str(t);
            }
        }
        s
    }

    /// The whitespace-collapsed, trimmed text of a subtree.
    /// True when the text of the subtree at `ix` holds at most `max` characters (whitespace
    /// runs counted once, as [`Dom::text_figures`] counts them). Reads no further than that.
    pub(crate) fn text_len_within(&self, ix: Ix, max: u32) -> bool {
        let mut n = 0;
        for t in ix..self.end(ix) {
            n += self.text_figures(t).0;
            if n > max {
                return false;
            }
        }
        true
    }

    pub(crate) fn text_of(&self, ix: Ix) -> String {
        let mut s = String::new();
        self.collect_text(ix, &mut s, |_| false);
        let trimmed = s.trim_end().len();
        s.truncate(trimmed);
        s
    }
}

pub(crate) struct Children<'d> {
    dom: &'d Dom,
    next: Ix,
    end: Ix,
}

impl Iterator for Children<'_> {
    type Item = Ix;
    fn next(&mut self) -> Option<Ix> {
        if self.next >= self.end {
            return None;
        }
        let ix = self.next;
        self.next = self.dom.end(ix);
        Some(ix)
    }
}

pub(crate) struct Ancestors<'d> {
    dom: &'d Dom,
    next: Ix,
}

impl Iterator for Ancestors<'_> {
    type Item = Ix;
    fn next(&mut self) -> Option<Ix> {
        if self.next == NO_PARENT {
            return None;
        }
        let ix = self.next;
        self.next = self.dom.nodes[ix as usize].parent;
        Some(ix)
    }
}

/// Appends `text` to `out` with every run of whitespace collapsed to one space; a leading
/// run is dropped when `out` is empty or already ends in a space.
pub(crate) fn push_collapsed(out: &mut String, text: &str) {
    let mut in_space = out.is_empty() || out.ends_with(' ');
    // Runs of non-space characters are copied whole: most text is words of plain ASCII.
    let mut run = 0;
    for (i, ch) in text.char_indices() {
        if is_space(ch) {
            out.push_str(&text[run..i]);
            if !in_space {
                out.push(' ');
                in_space = true;
            }
            run = i + ch.len_utf8();
        } else {
            in_space = false;
        }
    }
    out.push_str(&text[run..]);
}

fn push_space(out: &mut String) {
    if !out.is_empty() && !out.ends_with(' ') {
        out.push(' ');
    }
}

/// Whitespace as HTML rendering treats it, plus the no-break and zero-width spaces that
/// pages use as filler.
pub(crate) fn is_space(ch: char) -> bool {
    ch.is_whitespace() || ch == '\u{200b}' || ch == '\u{feff}'
}

/// `char::is_whitespace` on an ASCII byte: tab, line feed, vertical tab, form feed, carriage
/// return, space (`u8::is_ascii_whitespace` leaves out the vertical tab).
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t'..=b'\r')
}

/// Whether `text` is empty or whitespace only (as `str::trim` sees it). Reads ASCII a byte
/// at a time: most blank text is the indentation between tags.
pub(crate) fn is_blank(text: &str) -> bool {
    match text.bytes().position(|b| !is_ascii_space(b)) {
        None => true,
        Some(i) if text.as_bytes()[i].is_ascii() => false,
        Some(i) => text[i..].trim_start().is_empty(),
    }
}

/// Number of characters of `text` once whitespace runs are collapsed (leading/trailing
/// whitespace counted as at most one space each). Cheap: no allocation.
pub(crate) fn collapsed_len(text: &str) -> u32 {
    collapsed_figures(text).0
}

/// Characters of `text` once whitespace runs are collapsed (as [`collapsed_len`]), and its
/// commas, in one pass that reads plain ASCII a byte at a time and decodes only other
/// characters. Commas are the Latin, CJK (`，`, `、`), Arabic (`،`) and Myanmar (`၊`) ones,
/// and a space between two words of a script that parts its clauses with spaces and has no
/// comma (Thai, Lao, Khmer): Readability scores paragraphs by their commas, and without
/// this a Thai story's paragraphs score as one-sentence lines.
pub(crate) fn collapsed_figures(text: &str) -> (u32, u32) {
    let bytes = text.as_bytes();
    let (mut chars, mut commas) = (0u32, 0u32);
    let mut in_space = false;
    // The last character before the current run of spaces parts clauses with spaces.
    let mut after_clause_script = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let (space, comma) = if b.is_ascii() {
            i += 1;
            let space = is_ascii_space(b);
            if !space {
                after_clause_script = false;
            }
            (space, b == b',')
        } else {
            let ch = text[i..].chars().next().unwrap_or(' ');
            i += ch.len_utf8();
            let space = is_space(ch);
            let mut comma = matches!(ch, '\u{ff0c}' | '\u{3001}' | '\u{60c}' | '\u{104a}');
            if !space {
                let clause_script = parts_clauses_with_spaces(ch);
                comma |= clause_script && in_space && after_clause_script;
                after_clause_script = clause_script;
            }
            (space, comma)
        };
        chars += u32::from(!(space && in_space));
        commas += u32::from(comma);
        in_space = space;
    }
    (chars, commas)
}

/// Thai, Lao and Khmer write no spaces between words and part clauses and sentences with
/// one, where other scripts put a comma or a full stop.
fn parts_clauses_with_spaces(ch: char) -> bool {
    matches!(ch as u32, 0x0E00..=0x0EFF | 0x1780..=0x17FF)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_ranges_cover_subtrees() {
        let dom = crate::parse::document("<p>a<b>b</b></p><div><i>c</i></div>");
        let p = (0..dom.len() as Ix)
            .find(|&i| dom.tag(i) == Tag::P)
            .unwrap();
        let b = (0..dom.len() as Ix)
            .find(|&i| dom.tag(i) == Tag::B)
            .unwrap();
        let i_el = (0..dom.len() as Ix)
            .find(|&i| dom.tag(i) == Tag::I)
            .unwrap();
        assert!(dom.contains(p, b));
        assert!(!dom.contains(p, i_el));
        assert_eq!(dom.text_of(p), "ab");
        assert_eq!(dom.children(p).count(), 2);
        assert_eq!(dom.ancestors(b).next(), Some(p));
    }

    #[test]
    fn siblings_both_ways() {
        let dom = crate::parse::document("<div><p>a<b>deep <i>er</i></b></p>t<span>s</span></div>");
        let find = |tag| (0..dom.len() as Ix).find(|&ix| dom.tag(ix) == tag).unwrap();
        let (p, span) = (find(Tag::P), find(Tag::Span));
        let text = dom.next_sibling(p).unwrap();
        assert_eq!(dom.text(text), Some("t"));
        assert_eq!(dom.prev_sibling(span), Some(text));
        assert_eq!(
            dom.prev_sibling(text),
            Some(p),
            "past the paragraph's subtree"
        );
        assert_eq!(dom.prev_sibling(p), None);
        assert_eq!(dom.next_sibling(span), None);
    }

    #[test]
    fn text_of_separates_blocks() {
        let dom = crate::parse::document("<div><p>one</p><p>two</p>  three </div>");
        assert_eq!(dom.text_of(dom.body), "one two three");
    }

    /// Thai parts its clauses with spaces where other scripts put commas; Arabic has a comma
    /// of its own. A space between Thai and Latin text, or inside Latin text, is no comma.
    #[test]
    fn commas_of_scripts_without_a_latin_comma() {
        let thai = "ค่าฝุ่นสูงขึ้นอีกครั้ง ท้องฟ้าถูกปกคลุม  ประชาชนสวมหน้ากาก";
        assert_eq!(collapsed_figures(thai).1, 2);
        assert_eq!(collapsed_figures("ค่าฝุ่น PM2.5 สูงขึ้น").1, 0);
        assert_eq!(collapsed_figures("الماء، والكهرباء، والغاز").1, 2);
        assert_eq!(collapsed_figures("plain words here").1, 0);
    }

    #[test]
    fn collapsed_len_counts_runs_once() {
        assert_eq!(collapsed_len("a  b\n\tc"), 5);
        assert_eq!(collapsed_len(""), 0);
    }

    /// The byte-at-a-time counts agree with counting character by character, on ASCII and
    /// on other scripts, spaces (no-break, ideographic, zero-width) and commas.
    #[test]
    fn collapsed_figures_match_a_char_count() {
        let reference = |text: &str| {
            let mut collapsed = String::new();
            let mut in_space = false;
            for ch in text.chars() {
                if !(is_space(ch) && in_space) {
                    collapsed.push(if is_space(ch) { ' ' } else { ch });
                }
                in_space = is_space(ch);
            }
            let commas = text
                .chars()
                .filter(|c| matches!(c, ',' | '，' | '、' | '،' | '၊'))
                .count();
            (collapsed.chars().count() as u32, commas as u32)
        };
        for text in [
            "",
            " ",
            "\u{b}\u{c}",
            "  Hello,   world ,\r\n",
            "a\u{a0}\u{a0}b\u{200b}c\u{feff}",
            "東京、大阪，名古屋\u{3000}\u{3000}です",
            "Зе́ленский,  — «цитата»\u{2009}\u{202f}x",
            "\u{85}\u{1680}\u{2028}end",
        ] {
            assert_eq!(collapsed_figures(text), reference(text), "{text:?}");
        }
    }

    #[test]
    fn blank_is_what_trim_empties() {
        for text in [
            "",
            " \n\t ",
            "\u{b}\u{c}\r",
            "\n \u{a0}\u{3000}",
            "  a ",
            "\n\u{200b}",
            "\u{a0}x",
        ] {
            assert_eq!(is_blank(text), text.trim().is_empty(), "{text:?}");
        }
    }

    #[test]
    fn push_collapsed_joins_runs() {
        let mut out = String::new();
        push_collapsed(&mut out, "  Hello \n\t world\u{a0}");
        assert_eq!(out, "Hello world ");
        push_collapsed(&mut out, " again  ok");
        assert_eq!(out, "Hello world again ok");
        let mut out = String::from("x");
        push_collapsed(&mut out, "\u{3000}東京");
        assert_eq!(out, "x 東京");
    }
}
