//! How much running text each part of the page holds: the yardstick against which removals
//! and candidate articles are judged.
//!
//! Prose is text in paragraph-like runs: a block of inline content, or a run of inline
//! content between blocks, of at least [`MIN_RUN_CHARS`] characters and mostly not links.
//! Menus, buttons, labels and link lists hold little of it; an article, a forum post or a
//! product description holds most of a page's. It is measured once per page, before any
//! furniture is set aside (hidden elements included: scripts reveal some of them), so that
//! a rule about to take most of it can be told so.

use crate::dom::{Ix, Tag};
use crate::page::Page;
use crate::stats::{Stats, StatsTable};
use crate::text::Fnv1a;

/// Shortest run of text counted as prose: Readability's shortest scored paragraph. Shorter
/// runs are captions, labels and buttons.
pub(crate) const MIN_RUN_CHARS: u32 = 25;
/// Least prose (characters) that hidden panels must hold together to be kept: a few
/// paragraphs, not a tooltip.
pub(crate) const MIN_PANELS_PROSE: u32 = 500;
/// A run with this share of its text or more in links is a link list, not prose.
const MAX_RUN_LINK_DENSITY: f32 = 0.5;

#[derive(Clone, Copy)]
struct Row {
    ix: Ix,
    prose: u32,
    unrepeated: u32,
    text: u32,
}

/// Prose characters per element (elements holding none are not stored).
#[derive(Default)]
pub(crate) struct Prose {
    /// For the elements holding prose, in document order: the element, its prose, its
    /// prose in paragraphs that the page does not repeat, and all its text (characters).
    rows: Vec<Row>,
    /// The body's prose, each repeated paragraph counted once.
    distinct: u32,
    /// All the body's text (characters), prose or not.
    text: u32,
}

impl Prose {
    /// Measures the prose under the page's body, as the page stands.
    pub(crate) fn measure(page: &Page<'_>, stats: &StatsTable<'_>) -> Prose {
        let dom = page.dom();
        let body = dom.body;
        // Prose of each node's own runs, then summed up the tree in one backward pass.
        let mut prose = vec![0u32; dom.len()];
        let qualifies = |chars: u32, link_chars: u32| {
            chars >= MIN_RUN_CHARS && (link_chars as f32) < chars as f32 * MAX_RUN_LINK_DENSITY
        };
        // Paragraphs by a hash of their text, to find those a page carries twice (a copy for
        // small screens, hidden by a style sheet): each copy counts for the element holding
        // it, but the page's distinct prose counts it once.
        let mut paragraphs: Vec<(u64, Ix, u32)> = Vec::new();
        for ix in page.walk(body) {
            let tag = dom.tag(ix);
            if tag == Tag::Text || !tag.is_block() {
                continue;
            }
            let s = stats.get(ix);
            if s.blocks == 0 {
                if qualifies(s.chars, s.link_chars) {
                    prose[ix as usize] += s.chars;
                    let mut h = Fnv1a::new();
                    for t in page.walk(ix) {
                        if let Some(text) = dom.text(t) {
                            h.write(text.as_bytes());
                        }
                    }
                    paragraphs.push((h.finish(), ix, s.chars));
                }
                continue;
            }
            // A block mixing inline runs and blocks: each run counts on its own.
            let (mut chars, mut links) = (0, 0);
            for child in dom.children(ix) {
                if page.is_marked(child) {
                    continue;
                }
                let ct = dom.tag(child);
                let cs: Stats = stats.get(child);
                if ct == Tag::Text || (!ct.is_block() && cs.blocks == 0) {
                    chars += cs.chars;
                    links += cs.link_chars;
                } else {
                    if qualifies(chars, links) {
                        prose[ix as usize] += chars;
                    }
                    (chars, links) = (0, 0);
                }
            }
            if qualifies(chars, links) {
                prose[ix as usize] += chars;
            }
        }
        // Paragraphs the page carries more than once: every copy but the first is repeated
        // for the page's distinct prose, and every copy is for the unrepeated prose of the
        // elements holding them.
        paragraphs.sort_unstable();
        let mut repeated = 0u32;
        let mut unrepeated = vec![0u32; dom.len()];
        for (i, &(hash, ix, chars)) in paragraphs.iter().enumerate() {
            let same_before = i > 0 && paragraphs[i - 1].0 == hash;
            let same_after = paragraphs.get(i + 1).is_some_and(|p| p.0 == hash);
            if same_before {
                repeated += chars;
            }
            if !same_before && !same_after {
                unrepeated[ix as usize] += chars;
            }
        }
        // Runs in blocks of mixed content are never repeated.
        for ix in body..dom.end(body) {
            let i = ix as usize;
            if prose[i] > 0 && stats.get(ix).blocks > 0 {
                unrepeated[i] += prose[i];
            }
        }
        for ix in (body + 1..dom.end(body)).rev() {
            if let Some(p) = dom.parent(ix) {
                prose[p as usize] += prose[ix as usize];
                unrepeated[p as usize] += unrepeated[ix as usize];
            }
        }
        let rows = (body..dom.end(body))
            .filter(|&ix| prose[ix as usize] > 0)
            .map(|ix| Row {
                ix,
                prose: prose[ix as usize],
                unrepeated: unrepeated[ix as usize],
                text: stats.get(ix).chars,
            })
            .collect();
        Prose {
            rows,
            distinct: prose[body as usize].saturating_sub(repeated),
            text: stats.get(body).chars,
        }
    }

    /// The page's prose with each repeated paragraph counted once: what a reader reads.
    pub(crate) fn distinct(&self) -> u32 {
        self.distinct
    }

    /// All the text of the page's body (characters), prose or not: menus, lists and
    /// labels included.
    pub(crate) fn page_text(&self) -> u32 {
        self.text
    }

    fn row(&self, ix: Ix) -> Option<&Row> {
        self.rows
            .binary_search_by_key(&ix, |r| r.ix)
            .ok()
            .map(|i| &self.rows[i])
    }

    /// Prose characters inside `ix` (the element's own runs included).
    pub(crate) fn of(&self, ix: Ix) -> u32 {
        self.row(ix).map_or(0, |r| r.prose)
    }

    /// Prose characters inside `ix` in paragraphs that appear nowhere else on the page.
    pub(crate) fn unrepeated_of(&self, ix: Ix) -> u32 {
        self.row(ix).map_or(0, |r| r.unrepeated)
    }

    /// All the text inside `ix` when the prose was measured, for an element holding prose
    /// (else 0): what any cut of it can hold at most.
    pub(crate) fn text_of(&self, ix: Ix) -> u32 {
        self.row(ix).map_or(0, |r| r.text)
    }
}

#[cfg(test)]
mod tests {
    use super::Prose;
    use crate::page::Page;

    #[test]
    fn prose_counts_paragraphs_not_menus() {
        let dom = crate::parse::document(
            "<body><ul id=m><li><a href=/a>A link to a section of the site</a></li>\
             <li><a href=/b>Another link to a section of the site</a></li></ul>\
             <div id=t><p>A paragraph of the article, long enough to count.</p>\
             <p>Short.</p>Loose text between blocks, also long enough.<p>x</p></div></body>",
        );
        let page = Page::new(&dom);
        let prose = Prose::measure(&page, &page.stats(dom.body));
        let find = |id| {
            (0..dom.len() as u32)
                .find(|&ix| dom.attr(ix, "id") == Some(id))
                .unwrap()
        };
        assert_eq!(prose.of(find("m")), 0);
        let first = "A paragraph of the article, long enough to count.".len() as u32;
        let loose = "Loose text between blocks, also long enough.".len() as u32;
        assert_eq!(prose.of(find("t")), first + loose);
        assert_eq!(prose.of(dom.body), first + loose);
    }
}
