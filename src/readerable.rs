//! A cheap test of whether a page holds an article worth a reader view (Readability's
//! `isProbablyReaderable`, with the same defaults), for deciding whether to offer one.

use crate::dom::{Dom, Ix, Tag, collapsed_len};
use crate::patterns::classes;

/// Blocks shorter than this many characters do not count.
const MIN_CONTENT_CHARS: usize = 140;
/// The page is readerable once the square roots of the blocks' excess lengths sum past this.
const MIN_SCORE: f32 = 20.0;

pub(crate) fn probably_readerable(dom: &Dom) -> bool {
    let n = dom.len();
    // Text length of every subtree, and whether a node sits in a list item: two linear
    // passes, so that nested blocks cost nothing extra.
    let mut chars = vec![0u32; n];
    for ix in (0..n as Ix).rev() {
        match dom.tag(ix) {
            Tag::Text => chars[ix as usize] = collapsed_len(dom.text(ix).unwrap_or("")),
            t if t.is_never_content() => chars[ix as usize] = 0,
            _ => {}
        }
        if let Some(p) = dom.parent(ix) {
            chars[p as usize] += chars[ix as usize];
        }
    }
    let mut in_li = vec![false; n];
    for ix in 0..n as Ix {
        if let Some(p) = dom.parent(ix) {
            in_li[ix as usize] = in_li[p as usize] || dom.tag(p) == Tag::Li;
        }
    }
    let mut score = 0.0f32;
    let mut counted = vec![false; n];
    for ix in 0..dom.len() as Ix {
        let tag = dom.tag(ix);
        // Paragraphs, preformatted text, articles, and divs that use <br> as paragraphs.
        let node = match tag {
            Tag::P | Tag::Pre | Tag::Article => ix,
            Tag::Br => match dom.parent(ix) {
                Some(p) if dom.tag(p) == Tag::Div => p,
                _ => continue,
            },
            _ => continue,
        };
        if std::mem::replace(&mut counted[node as usize], true) {
            continue;
        }
        if !visible(dom, node) {
            continue;
        }
        let mut names = String::new();
        for attr in ["class", "id"] {
            if let Some(v) = dom.attr(node, attr) {
                names.push_str(v);
                names.push(' ');
            }
        }
        names.make_ascii_lowercase();
        let hints = classes::hints(&names);
        if hints & classes::UNLIKELY != 0 && hints & classes::MAYBE == 0 {
            continue;
        }
        if dom.tag(node) == Tag::P && in_li[node as usize] {
            continue;
        }
        let len = chars[node as usize] as usize;
        if len < MIN_CONTENT_CHARS {
            continue;
        }
        score += ((len - MIN_CONTENT_CHARS) as f32).sqrt();
        if score > MIN_SCORE {
            return true;
        }
    }
    false
}

fn visible(dom: &Dom, ix: Ix) -> bool {
    if dom.attr(ix, "hidden").is_some() {
        return false;
    }
    if dom
        .attr(ix, "aria-hidden")
        .is_some_and(|v| v.trim() == "true")
        && !dom
            .attr(ix, "class")
            .is_some_and(|c| c.contains("fallback-image"))
    {
        return false;
    }
    !dom.attr(ix, "style").is_some_and(|s| {
        let s: String = s
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        s.contains("display:none") || s.contains("visibility:hidden")
    })
}
