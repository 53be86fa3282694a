//! Pattern tables and the matchers built from them.
//!
//! The tables are data: [`classes`] maps class/id fragments to hints, [`phrases`] maps short
//! texts, per language, to kinds of boilerplate. Each table is compiled once per process into
//! an Aho-Corasick automaton, so matching a string costs one pass over it whatever the number
//! of patterns.
//!
//! Pattern syntax (both tables): a leading `^` anchors the pattern to the start of a token, a
//! trailing `$` to its end; tokens are separated by anything that is not a letter or digit
//! (`article-body__text` has the tokens `article`, `body`, `text`).

pub(crate) mod classes;
pub(crate) mod phrases;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

/// An automaton over a table, remembering each pattern's anchors and value.
pub(crate) struct Matcher<V> {
    automaton: AhoCorasick,
    entries: Vec<Entry<V>>,
}

struct Entry<V> {
    token_start: bool,
    token_end: bool,
    value: V,
}

/// One match: byte range in the haystack and the pattern's value.
pub(crate) struct Hit<'m, V> {
    pub start: usize,
    pub end: usize,
    pub value: &'m V,
}

impl<V> Matcher<V> {
    /// Compiles `(pattern, value)` pairs. Patterns must already be lowercase.
    pub(crate) fn new<'p>(patterns: impl IntoIterator<Item = (&'p str, V)>) -> Matcher<V> {
        let mut literals = Vec::new();
        let mut entries = Vec::new();
        for (pattern, value) in patterns {
            let token_start = pattern.starts_with('^');
            let token_end = pattern.ends_with('$') && pattern.len() > 1;
            let literal =
                &pattern[usize::from(token_start)..pattern.len() - usize::from(token_end)];
            literals.push(literal);
            entries.push(Entry {
                token_start,
                token_end,
                value,
            });
        }
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build(&literals)
            // The tables are static and valid: building can only fail on absurd sizes.
            .expect("pattern tables compile");
        Matcher { automaton, entries }
    }

    /// Calls `f` for every match in `haystack` (which must be lowercase) whose anchors hold.
    pub(crate) fn for_each<'m>(&'m self, haystack: &str, mut f: impl FnMut(Hit<'m, V>)) {
        for m in self.automaton.find_overlapping_iter(haystack) {
            let entry = &self.entries[m.pattern().as_usize()];
            if entry.token_start && !boundary_before(haystack, m.start()) {
                continue;
            }
            if entry.token_end && !boundary_after(haystack, m.end()) {
                continue;
            }
            f(Hit {
                start: m.start(),
                end: m.end(),
                value: &entry.value,
            });
        }
    }
}

/// True when the character before `at` is not part of a word (or there is none).
pub(crate) fn boundary_before(s: &str, at: usize) -> bool {
    s[..at]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric())
}

/// True when the character at `at` is not part of a word (or there is none).
pub(crate) fn boundary_after(s: &str, at: usize) -> bool {
    s[at..].chars().next().is_none_or(|c| !c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchors_follow_token_boundaries() {
        let m = Matcher::new([("^ad$", 1u8), ("share", 2), ("^tag", 4)]);
        let hits = |s: &str| {
            let mut bits = 0;
            m.for_each(s, |h| bits |= *h.value);
            bits
        };
        assert_eq!(hits("ad"), 1);
        assert_eq!(hits("top-ad wrapper"), 1);
        assert_eq!(hits("header"), 0);
        assert_eq!(hits("loading"), 0);
        assert_eq!(hits("socialshare"), 2);
        assert_eq!(hits("post-tags"), 4);
        assert_eq!(hits("vintage"), 0);
    }
}
