//! The working state shared by the stages: the indexed tree, what class/id names say about
//! each element, and which subtrees have been removed and why.
//!
//! Removal never mutates the tree: a stage marks the root of a subtree, with a reason, and
//! every later walk skips marked subtrees. Undoing a pass (to retry with looser rules) is
//! restoring the marks.

use std::borrow::Cow;

use crate::article::Kind;
use crate::dom::{Dom, Ix, Tag, collapsed_len};
use crate::patterns::classes::{self, Hints};

/// Why a subtree was removed.
#[derive(Debug, Clone)]
pub(crate) struct Record {
    pub ix: Ix,
    pub kind: Kind,
    pub rule: Cow<'static, str>,
    /// Reported in [`Article::removed`](crate::Article::removed) when inside the article.
    /// Scripts, styles and the like are not boilerplate and are not reported.
    pub report: bool,
}

/// Per-node figures of the kept tree, recomputed after removals.
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
}

pub(crate) struct Page<'d> {
    pub dom: &'d Dom,
    pub hints: Vec<Hints>,
    /// For each node: 0 = kept, k = removed by `records[k - 1]` (set on subtree roots only).
    pub marks: Vec<u32>,
    pub records: Vec<Record>,
    /// Nodes the user asked to keep (`keepSelectors`), set on subtree roots.
    pub protected: Vec<bool>,
    /// Inside a `<table>`, `<pre>` or `<code>`: class names there describe data.
    pub in_table_or_code: Vec<bool>,
    /// Holds (strictly inside) an element named like an article body.
    pub holds_body: Vec<bool>,
    /// Inside a `<figure>`: captions and credits there belong to their image.
    pub in_figure: Vec<bool>,
}

impl<'d> Page<'d> {
    /// Computes the class/id hints of every element. One pass.
    pub(crate) fn new(dom: &'d Dom) -> Page<'d> {
        let n = dom.len();
        let mut hints = vec![0; n];
        let mut names = String::new();
        for ix in 0..n as Ix {
            let attrs = dom.attrs(ix);
            if attrs.is_empty() {
                continue;
            }
            names.clear();
            let mut role_hints = 0;
            for attr in attrs {
                let value = &*attr.value;
                match &*attr.name {
                    "class" | "id" => {
                        names.push_str(value);
                        names.push(' ');
                    }
                    "role" => {
                        let role = value.trim().to_ascii_lowercase();
                        role_hints |= classes::ROLE_HINTS
                            .iter()
                            .find(|(r, _)| *r == role)
                            .map_or(0, |(_, h)| *h);
                    }
                    "itemprop" if value.contains("articleBody") => role_hints |= classes::BODY,
                    "itemprop" if value.contains("description") && dom.tag(ix) != Tag::Meta => {
                        role_hints |= classes::LEAD
                    }
                    _ => {}
                }
            }
            let mut h = role_hints;
            if !names.is_empty() {
                names.make_ascii_lowercase();
                h |= classes::hints(&names);
            }
            hints[ix as usize] = h;
        }
        let mut in_table_or_code = vec![false; n];
        let mut in_figure = vec![false; n];
        for ix in 0..n as Ix {
            if let Some(p) = dom.parent(ix) {
                in_table_or_code[ix as usize] = in_table_or_code[p as usize]
                    || matches!(dom.tag(p), Tag::Table | Tag::Pre | Tag::Code);
                in_figure[ix as usize] = in_figure[p as usize] || dom.tag(p) == Tag::Figure;
            }
        }
        let mut holds_body = vec![false; n];
        for ix in (0..n as Ix).rev() {
            if let Some(p) = dom.parent(ix) {
                if holds_body[ix as usize] || hints[ix as usize] & classes::BODY != 0 {
                    holds_body[p as usize] = true;
                }
            }
        }
        Page {
            dom,
            hints,
            marks: vec![0; n],
            records: Vec::new(),
            protected: vec![false; n],
            in_table_or_code,
            holds_body,
            in_figure,
        }
    }

    /// Marks the subtree at `ix` removed. Returns false (and does nothing) when it is
    /// protected by `keepSelectors` or already removed.
    pub(crate) fn remove(
        &mut self,
        ix: Ix,
        kind: Kind,
        rule: impl Into<Cow<'static, str>>,
        report: bool,
    ) -> bool {
        if self.marks[ix as usize] != 0 || self.protected[ix as usize] {
            return false;
        }
        self.records.push(Record {
            ix,
            kind,
            rule: rule.into(),
            report,
        });
        self.marks[ix as usize] = self.records.len() as u32;
        true
    }

    pub(crate) fn is_marked(&self, ix: Ix) -> bool {
        self.marks[ix as usize] != 0
    }

    /// Takes back every removal made since the page had `since` records (a count read from
    /// `records.len()` earlier) and returns them, to be put back with [`Page::reapply`].
    /// Costs what the removals cost, not a copy of the per-node marks.
    pub(crate) fn take_since(&mut self, since: usize) -> Vec<Record> {
        let taken = self.records.split_off(since.min(self.records.len()));
        for r in &taken {
            // Each record marked one node that was unmarked before (`remove` refuses marked
            // ones), so clearing its mark restores that node.
            self.marks[r.ix as usize] = 0;
        }
        taken
    }

    /// Puts back removals returned by [`Page::take_since`], on the state they were taken
    /// from.
    pub(crate) fn reapply(&mut self, taken: Vec<Record>) {
        for r in taken {
            self.records.push(r);
            let k = self.records.len() as u32;
            if let Some(last) = self.records.last() {
                self.marks[last.ix as usize] = k;
            }
        }
    }

    /// Kept nodes of the subtree at `root` in document order (removed subtrees skipped).
    pub(crate) fn walk(&self, root: Ix) -> Walk<'_, 'd> {
        Walk {
            page: self,
            next: root,
            end: self.dom.end(root),
        }
    }

    /// Figures for every kept node inside `root` (others stay zero). One backward pass.
    pub(crate) fn stats(&self, root: Ix) -> Vec<Stats> {
        let dom = self.dom;
        let mut stats = vec![Stats::default(); dom.len()];
        let kept: Vec<Ix> = self.walk(root).collect();
        for &ix in kept.iter().rev() {
            let tag = dom.tag(ix);
            let i = ix as usize;
            match tag {
                Tag::Text => {
                    (stats[i].chars, stats[i].commas) = text_figures(dom.text(ix).unwrap_or(""));
                }
                Tag::P => stats[i].paragraphs += 1,
                Tag::Img => stats[i].images += 1,
                Tag::Li => stats[i].list_items += 1,
                Tag::Input | Tag::Textarea | Tag::Select | Tag::Button => stats[i].inputs += 1,
                Tag::Iframe | Tag::Object | Tag::Embed | Tag::Video | Tag::Audio => {
                    stats[i].embeds += 1
                }
                _ => {}
            }
            if tag == Tag::A {
                stats[i].link_chars = stats[i].chars;
                // In-page anchors ("#section") are navigation within the article: Readability
                // counts them at 30%.
                if dom.attr(ix, "href").is_some_and(|h| h.starts_with('#')) {
                    stats[i].link_chars = stats[i].chars * 3 / 10;
                }
            }
            if tag.is_heading() {
                stats[i].heading_chars = stats[i].chars;
            }
            if matches!(tag, Tag::Ul | Tag::Ol) {
                stats[i].list_chars = stats[i].chars;
            }
            if is_textish(tag) {
                stats[i].textish_chars = stats[i].chars;
            }
            if ix == root {
                continue;
            }
            let Some(parent) = dom.parent(ix) else {
                continue;
            };
            let s = stats[i];
            let carries_text = match tag {
                Tag::Text => dom.text(ix).is_some_and(|t| !t.trim().is_empty()),
                _ => s.chars > 0 && !tag.is_block() && s.blocks == 0,
            };
            let p = &mut stats[parent as usize];
            if carries_text {
                p.inline_children += 1;
            }
            p.chars += s.chars;
            p.link_chars += s.link_chars;
            p.commas += s.commas;
            p.paragraphs += s.paragraphs;
            p.images += s.images;
            p.list_items += s.list_items;
            p.inputs += s.inputs;
            p.embeds += s.embeds;
            p.heading_chars += s.heading_chars;
            p.list_chars += s.list_chars;
            p.textish_chars += s.textish_chars;
            p.blocks += s.blocks + u32::from(tag.is_block());
        }
        stats
    }

    /// The kept text of a subtree, whitespace-collapsed.
    pub(crate) fn text_of(&self, ix: Ix) -> String {
        let mut s = String::new();
        self.dom.collect_text(ix, &mut s, |i| self.is_marked(i));
        let t = s.trim_end().len();
        s.truncate(t);
        s
    }

    /// Lowercased class and id of an element, for explanations.
    pub(crate) fn names(&self, ix: Ix) -> String {
        let mut s = String::new();
        for attr in ["class", "id"] {
            if let Some(v) = self.dom.attr(ix, attr) {
                s.push_str(v);
                s.push(' ');
            }
        }
        s.make_ascii_lowercase();
        s
    }
}

/// Characters (whitespace runs counted once) and commas (Latin and CJK) of a text node.
pub(crate) fn text_figures(text: &str) -> (u32, u32) {
    let commas = text
        .chars()
        .filter(|&c| c == ',' || c == '，' || c == '、')
        .count() as u32;
    (collapsed_len(text), commas)
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

pub(crate) struct Walk<'p, 'd> {
    page: &'p Page<'d>,
    next: Ix,
    end: Ix,
}

impl Iterator for Walk<'_, '_> {
    type Item = Ix;
    fn next(&mut self) -> Option<Ix> {
        while self.next < self.end {
            let ix = self.next;
            if self.page.is_marked(ix) {
                self.next = self.page.dom.end(ix);
                continue;
            }
            self.next = ix + 1;
            return Some(ix);
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::Page;
    use crate::article::Kind;
    use crate::dom::Tag;

    #[test]
    fn removals_taken_back_and_reapplied_keep_their_reasons() {
        let dom = crate::parse::document("<body><div>a</div><p>b</p><span>c</span></body>");
        let find = |tag| {
            (0..dom.len() as u32)
                .find(|&ix| dom.tag(ix) == tag)
                .unwrap()
        };
        let (div, p, span) = (find(Tag::Div), find(Tag::P), find(Tag::Span));
        let mut page = Page::new(&dom);
        assert!(page.remove(div, Kind::Ad, "base", true));
        let base = page.records.len();

        // One attempt removes the paragraph, and is taken back.
        assert!(page.remove(p, Kind::Related, "first attempt", true));
        let first = page.take_since(base);
        assert!(!page.is_marked(p) && page.is_marked(div));
        assert_eq!(page.records.len(), base);

        // Another removes the span, and is taken back too.
        assert!(page.remove(span, Kind::Share, "second attempt", true));
        let second = page.take_since(base);
        assert!(!page.is_marked(span));
        assert_eq!(second.len(), 1);

        // The first is the one kept: its node and its reason come back, the second's do not.
        page.reapply(first);
        assert!(page.is_marked(div) && page.is_marked(p) && !page.is_marked(span));
        let rules: Vec<&str> = page.records.iter().map(|r| &*r.rule).collect();
        assert_eq!(rules, ["base", "first attempt"]);
        assert_eq!(page.marks[p as usize] as usize, page.records.len());
    }
}
