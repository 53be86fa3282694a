//! How much running text each part of the page holds: the yardstick against which removals
//! and candidate articles are judged.
//!
//! Prose is text in paragraph-like runs: a block of inline content, or a run of inline
//! content between blocks, of at least [`MIN_RUN_CHARS`] characters and mostly not links.
//! Menus, buttons, labels and link lists hold little of it; an article, a forum post or a
//! product description holds most of a page's. It is measured once per page, before any
//! furniture is set aside (hidden elements included: scripts reveal some of them), so that
//! a rule about to take most of it can be told so.

use std::collections::{BTreeMap, BTreeSet};

use crate::dom::{Ix, Tag};
use crate::page::Page;
use crate::stats::Stats;

/// Shortest run of text counted as prose: Readability's shortest scored paragraph. Shorter
/// runs are captions, labels and buttons.
pub(crate) const MIN_RUN_CHARS: u32 = 25;
/// A run with this share of its text or more in links is a link list, not prose.
const MAX_RUN_LINK_DENSITY: f32 = 0.5;

/// Prose characters per element (elements holding none are not stored).
#[derive(Default)]
pub(crate) struct Prose {
    totals: BTreeMap<Ix, u32>,
    /// The body's prose, each repeated paragraph counted once.
    distinct: u32,
}

impl Prose {
    /// Measures the prose under the page's body, as the page stands.
    pub(crate) fn measure(page: &Page<'_>) -> Prose {
        let dom = page.dom;
        let body = dom.body;
        let stats = page.stats(body);
        let mut runs: Vec<(Ix, u32)> = Vec::new();
        let mut push = |at: Ix, chars: u32, link_chars: u32| {
            if chars >= MIN_RUN_CHARS && (link_chars as f32) < chars as f32 * MAX_RUN_LINK_DENSITY {
                runs.push((at, chars));
            }
        };
        // Paragraphs already met, by a hash of their text: a page that carries its text twice
        // (a copy for small screens, hidden by a style sheet) holds it once. Each copy counts
        // for the element holding it, but the page's distinct prose counts it once.
        let mut seen: BTreeSet<u64> = BTreeSet::new();
        let mut repeated = 0u32;
        let mut text = String::new();
        for ix in page.walk(body) {
            let tag = dom.tag(ix);
            if tag == Tag::Text || !tag.is_block() {
                continue;
            }
            let s = stats.get(ix);
            if s.blocks == 0 {
                if s.chars >= MIN_RUN_CHARS {
                    text.clear();
                    dom.collect_text(ix, &mut text, |i| page.is_marked(i));
                    if !seen.insert(fnv1a(text.as_bytes())) {
                        repeated += s.chars;
                    }
                }
                push(ix, s.chars, s.link_chars);
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
                    push(ix, chars, links);
                    (chars, links) = (0, 0);
                }
            }
            push(ix, chars, links);
        }
        let mut totals: BTreeMap<Ix, u32> = BTreeMap::new();
        for (at, chars) in runs {
            *totals.entry(at).or_default() += chars;
            for a in dom.ancestors(at) {
                *totals.entry(a).or_default() += chars;
            }
        }
        let distinct = totals
            .get(&body)
            .copied()
            .unwrap_or(0)
            .saturating_sub(repeated);
        Prose { totals, distinct }
    }

    /// The page's prose with each repeated paragraph counted once: what a reader reads.
    pub(crate) fn distinct(&self) -> u32 {
        self.distinct
    }

    /// Prose characters inside `ix` (the element's own runs included).
    pub(crate) fn of(&self, ix: Ix) -> u32 {
        self.totals.get(&ix).copied().unwrap_or(0)
    }
}

/// FNV-1a: collisions only merge two paragraphs' counts, so a simple hash does.
fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
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
        let prose = Prose::measure(&page);
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
