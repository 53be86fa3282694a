//! Figures of the kept tree that scoring and cleaning read: how much text a subtree holds, how
//! much of it is in links, how many paragraphs, images, list items...
//!
//! A table of figures is built in one backward pass over the kept subtree of a root. It stores
//! a row only for elements that hold other elements or a long text. Text nodes and elements
//! that hold only short text (most nodes on most pages: spans, links, labels) get their
//! figures computed when asked, from their text children, which is about as cheap as
//! reading a row. On a page of a million one-character elements this is the difference
//! between 52 bytes a node and a fraction of a byte.

use crate::dom::{Dom, Ix, Tag, collapsed_figures};

/// Figures of one node's kept subtree.
#[derive(Clone, Copy, Default, Debug)]
pub(crate) struct Stats {
    /// Characters of text (whitespace runs count as one).
    pub chars: u32,
    /// Characters of text inside links.
    pub link_chars: u32,
    /// Commas (Latin and CJK) in the text.
    pub commas: u32,
    /// `<p>` elements.
    pub paragraphs: u32,
    /// `<img>` elements.
    pub images: u32,
    /// `<li>` elements.
    pub list_items: u32,
    /// Form inputs.
    pub inputs: u32,
    /// Embedded players (`iframe`, `object`, `embed`, `video`, `audio`).
    pub embeds: u32,
    /// Characters of text inside headings.
    pub heading_chars: u32,
    /// Block elements strictly inside.
    pub blocks: u32,
    /// Characters of text inside lists (`ul`, `ol`).
    pub list_chars: u32,
    /// Children that carry inline text (non-blank text nodes, inline elements with text):
    /// an inline element is a block of its own only when it is its parent's sole one.
    pub inline_children: u32,
    /// Characters of text inside "textish" elements (spans, paragraphs, cells, list items,
    /// divs...), as opposed to text sitting directly in the node or in bare links.
    pub textish_chars: u32,
}

impl Stats {
    pub(crate) fn link_density(&self) -> f32 {
        if self.chars == 0 {
            0.0
        } else {
            self.link_chars as f32 / self.chars as f32
        }
    }

    /// Adds a child's figures (`tag` is the child's).
    fn add_child(&mut self, c: &Stats, tag: Tag) {
        self.chars += c.chars;
        self.link_chars += c.link_chars;
        self.commas += c.commas;
        self.paragraphs += c.paragraphs;
        self.images += c.images;
        self.list_items += c.list_items;
        self.inputs += c.inputs;
        self.embeds += c.embeds;
        self.heading_chars += c.heading_chars;
        self.list_chars += c.list_chars;
        self.textish_chars += c.textish_chars;
        // An empty block (a spacer, an icon's wrapper) gives no structure to the text.
        let holds_something = c.chars > 0 || c.images > 0 || c.embeds > 0 || c.inputs > 0;
        self.blocks += c.blocks + u32::from(tag.is_block() && holds_something);
    }
}

/// Text this long gets its element a row: counting it again at every reading would cost
/// more than the row (52 bytes) saves. Shorter text is counted when asked, which keeps
/// pages of tiny elements small.
const ROW_MIN_TEXT_BYTES: usize = 16;

/// How a table counts: for scoring, or for Readability's conditional cleaning (which reads a
/// `<div>` of inline content only as a paragraph, since Readability rewrites such divs as
/// `<p>` before cleaning).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Count {
    Scoring,
    Cleaning,
}

/// One bit per node.
pub(crate) struct Bits(Vec<u64>);

impl Bits {
    pub(crate) fn new(len: usize) -> Bits {
        Bits(vec![0; len.div_ceil(64)])
    }

    pub(crate) fn set(&mut self, ix: Ix) {
        self.0[ix as usize / 64] |= 1 << (ix % 64);
    }

    pub(crate) fn get(&self, ix: Ix) -> bool {
        self.0[ix as usize / 64] & (1 << (ix % 64)) != 0
    }
}

/// Which nodes have a row, and where: a bit per node, and per 64 nodes the number of rows
/// before them, so that a node's row is found with one population count.
struct Slots {
    bits: Bits,
    before: Vec<u32>,
}

impl Slots {
    fn new(bits: Bits) -> (Slots, usize) {
        let mut before = Vec::with_capacity(bits.0.len());
        let mut count = 0u32;
        for word in &bits.0 {
            before.push(count);
            count += word.count_ones();
        }
        (Slots { bits, before }, count as usize)
    }

    fn slot(&self, ix: Ix) -> Option<usize> {
        let (w, b) = (ix as usize / 64, ix % 64);
        let word = self.bits.0[w];
        (word & (1 << b) != 0)
            .then(|| self.before[w] as usize + (word & ((1u64 << b) - 1)).count_ones() as usize)
    }
}

/// Characters (whitespace runs counted once) and commas of a page's texts, counted once for
/// every table built during an extraction (one per attempt, one for cleaning...). Only texts
/// of [`ROW_MIN_TEXT_BYTES`] or more are kept: shorter ones are counted again when asked,
/// which costs about what looking them up would, and keeps a page of a million tiny
/// elements from holding eight bytes for each.
pub(crate) struct TextFigures {
    slots: Slots,
    figures: Vec<(u32, u32)>,
}

impl TextFigures {
    pub(crate) fn new(dom: &Dom) -> TextFigures {
        let mut bits = Bits::new(dom.len());
        let mut figures = Vec::new();
        for ix in 0..dom.len() as Ix {
            let Some(text) = dom.text(ix).filter(|t| t.len() >= ROW_MIN_TEXT_BYTES) else {
                continue;
            };
            // The text of scripts and styles is never counted.
            if dom
                .parent(ix)
                .is_some_and(|p| matches!(dom.tag(p), Tag::Script | Tag::Style))
            {
                continue;
            }
            bits.set(ix);
            figures.push(collapsed_figures(text));
        }
        let (slots, _) = Slots::new(bits);
        TextFigures { slots, figures }
    }

    /// A text node's figures (zero for elements).
    pub(crate) fn get(&self, dom: &Dom, ix: Ix) -> (u32, u32) {
        match self.slots.slot(ix) {
            Some(k) => self.figures[k],
            None => dom.text(ix).map_or((0, 0), collapsed_figures),
        }
    }
}

/// Figures for every node of a root's kept subtree (others read as zero), as they were when
/// the table was built.
pub(crate) struct StatsTable<'d> {
    dom: &'d Dom,
    count: Count,
    /// Nodes of the subtree that were kept when the table was built.
    kept: Bits,
    /// Kept elements holding kept elements or a long text: the nodes with a row.
    slots: Slots,
    rows: Vec<Stats>,
}

impl<'d> StatsTable<'d> {
    /// Lays out a table for the kept subtree of `root` (`kept_nodes`: its nodes that are not
    /// removed, in any order), with every row at zero: [`StatsTable::build`] fills it, or a caller that interleaves
    /// its own decisions with the backward pass (conditional cleaning).
    pub(crate) fn layout(
        dom: &'d Dom,
        root: Ix,
        count: Count,
        kept_nodes: impl Iterator<Item = Ix>,
    ) -> StatsTable<'d> {
        let mut kept = Bits::new(dom.len());
        let mut holds_elements = Bits::new(dom.len());
        for ix in kept_nodes {
            kept.set(ix);
            let needs_row = match dom.tag(ix) {
                Tag::Text => dom.text(ix).is_some_and(|t| t.len() >= ROW_MIN_TEXT_BYTES),
                _ => true,
            };
            if ix != root && needs_row {
                if let Some(p) = dom.parent(ix) {
                    holds_elements.set(p);
                }
            }
        }
        let (slots, rows) = Slots::new(holds_elements);
        StatsTable {
            dom,
            count,
            kept,
            slots,
            rows: vec![Stats::default(); rows],
        }
    }

    /// Fills a table in one backward pass.
    pub(crate) fn build(mut self, root: Ix) -> StatsTable<'d> {
        for ix in (root..self.dom.end(root)).rev() {
            if !self.needs_visit(ix) {
                continue;
            }
            let s = self.own(ix);
            self.store(ix, s);
            if ix != root {
                self.add_to_parent(ix, &s);
            }
        }
        self
    }

    /// Whether a backward pass filling the table visits `ix`: a kept node, other than text
    /// whose parent has no row (such text is counted when its parent is asked for).
    pub(crate) fn needs_visit(&self, ix: Ix) -> bool {
        self.kept.get(ix) && (self.dom.tag(ix) != Tag::Text || self.parent_has_row(ix))
    }

    pub(crate) fn is_kept(&self, ix: Ix) -> bool {
        self.kept.get(ix)
    }

    /// A node's figures.
    pub(crate) fn get(&self, ix: Ix) -> Stats {
        if !self.kept.get(ix) {
            return Stats::default();
        }
        match self.slots.slot(ix) {
            Some(k) => self.rows[k],
            None => self.own(ix),
        }
    }

    /// A node's figures from what its children have added to its row so far (or, for a node
    /// without a row, from its text children) and from its own tag.
    pub(crate) fn own(&self, ix: Ix) -> Stats {
        let dom = self.dom;
        let tag = dom.tag(ix);
        let mut s = match self.slots.slot(ix) {
            Some(k) => self.rows[k],
            None if tag == Tag::Text => {
                let (chars, commas) = dom.text_figures(ix);
                return Stats {
                    chars,
                    commas,
                    ..Stats::default()
                };
            }
            None => {
                let mut s = Stats::default();
                for c in dom.children(ix).filter(|&c| self.kept.get(c)) {
                    let text = dom.text(c).unwrap_or("");
                    let (chars, commas) = dom.text_figures(c);
                    s.chars += chars;
                    s.commas += commas;
                    if !crate::dom::is_blank(text) {
                        s.inline_children += 1;
                    }
                }
                s
            }
        };
        match tag {
            Tag::P => s.paragraphs += 1,
            Tag::Img => s.images += 1,
            Tag::Li => s.list_items += 1,
            Tag::Input | Tag::Textarea | Tag::Select | Tag::Button => s.inputs += 1,
            Tag::Iframe | Tag::Object | Tag::Embed | Tag::Video | Tag::Audio => s.embeds += 1,
            _ => {}
        }
        if self.count == Count::Cleaning && tag == Tag::Div && s.blocks == 0 && s.chars > 0 {
            s.paragraphs += 1;
        }
        if tag == Tag::A {
            // In-page anchors ("#section") are navigation within the article: Readability
            // counts them at 30%. An `<a name>` without `href` marks a place to jump to and
            // links nowhere: its text is plain text.
            s.link_chars = match dom.attr(ix, "href") {
                Some(h) if h.starts_with('#') => s.chars * 3 / 10,
                Some(_) => s.chars,
                None => 0,
            };
        }
        if tag.is_heading() {
            s.heading_chars = s.chars;
        }
        if matches!(tag, Tag::Ul | Tag::Ol) {
            s.list_chars = s.chars;
        }
        if is_textish(tag) {
            s.textish_chars = s.chars;
        }
        s
    }

    /// Keeps a node's final figures (a no-op for nodes without a row).
    pub(crate) fn store(&mut self, ix: Ix, s: Stats) {
        if let Some(k) = self.slots.slot(ix) {
            self.rows[k] = s;
        }
    }

    /// Adds a kept node's figures to its parent's row. A parent without a row computes its
    /// figures from its text children when asked.
    pub(crate) fn add_to_parent(&mut self, ix: Ix, s: &Stats) {
        let dom = self.dom;
        let Some(parent) = dom.parent(ix) else {
            return;
        };
        let Some(k) = self.slots.slot(parent) else {
            return;
        };
        let tag = dom.tag(ix);
        let carries_text = match tag {
            Tag::Text => dom.has_text(ix),
            _ => s.chars > 0 && !tag.is_block() && s.blocks == 0,
        };
        let p = &mut self.rows[k];
        if carries_text {
            p.inline_children += 1;
        }
        p.add_child(s, tag);
    }

    /// Whether a node's parent has a row.
    fn parent_has_row(&self, ix: Ix) -> bool {
        self.dom
            .parent(ix)
            .is_some_and(|p| self.slots.slot(p).is_some())
    }
}

/// Elements whose text Readability counts as "text" when judging a block's text density.
fn is_textish(tag: Tag) -> bool {
    matches!(
        tag,
        Tag::Span
            | Tag::Li
            | Tag::Td
            | Tag::Blockquote
            | Tag::Dl
            | Tag::Div
            | Tag::Img
            | Tag::Ol
            | Tag::P
            | Tag::Pre
            | Tag::Table
            | Tag::Ul
    )
}

#[cfg(test)]
mod tests {
    use crate::article::Kind;
    use crate::dom::Tag;
    use crate::page::Page;

    /// Long texts are counted once and kept; short ones and scripts are not kept, and every
    /// text reads the same either way.
    #[test]
    fn text_figures_keep_long_texts() {
        let long = "A sentence long enough, with two commas, to be kept.";
        let dom = crate::parse::document(&format!(
            "<p>a, b</p><p>{long}</p><script>var x = [1, 2, 3, 4, 5, 6, 7];</script>"
        ));
        let figures = super::TextFigures::new(&dom);
        assert_eq!(figures.figures, vec![(long.len() as u32, 2)]);
        let texts: Vec<(u32, u32)> = (0..dom.len() as crate::dom::Ix)
            .filter(|&i| dom.tag(i) == Tag::Text)
            .map(|i| (figures.get(&dom, i), dom.text_figures(i)))
            .map(|(a, b)| {
                assert_eq!(a, b);
                a
            })
            .collect();
        assert_eq!(texts, vec![(4, 1), (long.len() as u32, 2), (30, 6)]);
    }

    #[test]
    fn figures_of_nodes_with_and_without_rows_add_up() {
        let dom = crate::parse::document(
            "<body><div id=a><p>One, two.</p><ul><li><a href=/x>Link text</a></li>\
             <li>Plain item</li></ul><span>ad</span></div><p>Outside</p></body>",
        );
        let first = |tag| {
            (0..dom.len() as u32)
                .find(|&ix| dom.tag(ix) == tag)
                .unwrap()
        };
        let (div, p, ul, a, span) = (
            first(Tag::Div),
            first(Tag::P),
            first(Tag::Ul),
            first(Tag::A),
            first(Tag::Span),
        );
        let mut page = Page::new(&dom);
        assert!(page.remove(span, Kind::Ad, "test", true));
        let stats = page.stats(div);

        // A paragraph of text only has no row: its figures come from its text.
        let ps = stats.get(p);
        assert_eq!(
            (ps.chars, ps.commas, ps.paragraphs, ps.inline_children),
            (9, 1, 1, 1)
        );
        assert_eq!(stats.get(p + 1).chars, 9, "the text node itself");
        // A link holding text only: all of it is link text.
        assert_eq!(stats.get(a).link_chars, 9);
        // A list has a row, summed from its items.
        let us = stats.get(ul);
        assert_eq!((us.chars, us.link_chars, us.list_items), (19, 9, 2));
        assert_eq!(us.list_chars, 19);
        // The root: everything kept inside it, the removed span left out.
        let ds = stats.get(div);
        assert_eq!((ds.chars, ds.paragraphs, ds.list_items), (28, 1, 2));
        assert_eq!(ds.blocks, 4, "p, ul and two li");
        // Removed and outside nodes read as zero.
        assert_eq!(stats.get(span).chars, 0);
        assert_eq!(stats.get(dom.body).chars, 0);
    }

    #[test]
    fn only_anchors_with_a_target_make_link_text() {
        let dom = crate::parse::document(
            "<body><div><p><a href=/story>To another page</a></p><p><a href=#part>To a \
             part</a></p><p><a name=part>A place to jump to</a></p></div></body>",
        );
        let links: Vec<u32> = (0..dom.len() as u32)
            .filter(|&ix| dom.tag(ix) == Tag::A)
            .collect();
        let page = Page::new(&dom);
        let stats = page.stats(dom.body);
        let link_chars: Vec<u32> = links.iter().map(|&a| stats.get(a).link_chars).collect();
        // All of it, 30% of an in-page jump, none of a named anchor.
        assert_eq!(link_chars, [15, 9 * 3 / 10, 0]);
    }

    #[test]
    fn empty_blocks_give_no_structure() {
        // A table cell of a layout: an icon's empty wrapper beside the cell's label.
        let dom = crate::parse::document(
            "<body><table><tr><td><span><div class=icon></div>Weitere Artikel</span></td>\
             <td><div>Text</div></td></tr></table></body>",
        );
        let cells: Vec<u32> = (0..dom.len() as u32)
            .filter(|&ix| dom.tag(ix) == Tag::Td)
            .collect();
        let page = Page::new(&dom);
        let stats = page.stats(dom.body);
        assert_eq!(stats.get(cells[0]).blocks, 0, "the label is a line of text");
        assert_eq!(stats.get(cells[1]).blocks, 1);
    }
}
