//! Pattern tables and the matcher built from them.
//!
//! The tables are data: [`classes`] maps class/id fragments to hints, [`phrases`] maps short
//! texts, per language, to kinds of boilerplate. Each table is compiled once per process into
//! a byte trie; matching walks the trie from every character of the string, so the cost is
//! the string's length times the depth of the (rare) partial matches, whatever the number of
//! patterns. (An Aho-Corasick automaton would guarantee linear time, but the strings matched
//! here are short class names and blocks of a few hundred characters, and the crate cost 65
//! KB of WebAssembly.)
//!
//! Pattern syntax (both tables): a leading `^` anchors the pattern to the start of a token, a
//! trailing `$` to its end; tokens are separated by anything that is not a letter or digit
//! (`article-body__text` has the tokens `article`, `body`, `text`).

pub(crate) mod classes;
pub(crate) mod kinds;
pub(crate) mod pages;
pub(crate) mod phrases;

/// The entries of a table: one string, entries separated by `|` (written one per line with
/// `|\` line continuations). Tables are text rather than arrays of strings, so that the
/// binary carries no table of pointers.
pub(crate) fn items(list: &'static str) -> impl Iterator<Item = &'static str> {
    list.split('|').map(str::trim).filter(|l| !l.is_empty())
}

/// A trie over a table, remembering each pattern's anchors and value. Stored flat: nodes
/// link to their first child and next sibling, so that building it is one pass over the
/// sorted patterns with no allocation per node (it is built once per process, but a
/// command-line run extracts one page and would otherwise pay for it).
pub(crate) struct Matcher<V> {
    /// Children of the root, by first byte (`NONE` = none): the root is the busiest node.
    root: Box<[u32; 256]>,
    nodes: Vec<Node>,
    entries: Vec<Entry<V>>,
}

const NONE: u32 = u32::MAX;

struct Node {
    byte: u8,
    first_child: u32,
    /// Last child, while building (so that appending is constant time).
    last_child: u32,
    next_sibling: u32,
    /// First pattern ending here (others chained through `Entry::next_same_end`).
    first_end: u32,
}

struct Entry<V> {
    token_start: bool,
    token_end: bool,
    next_same_end: u32,
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
        let mut entries = Vec::new();
        let mut literals: Vec<(&'p [u8], u32)> = Vec::new();
        for (pattern, value) in patterns {
            let token_start = pattern.starts_with('^');
            let token_end = pattern.ends_with('$') && pattern.len() > 1;
            let literal =
                &pattern[usize::from(token_start)..pattern.len() - usize::from(token_end)];
            literals.push((literal.as_bytes(), entries.len() as u32));
            entries.push(Entry {
                token_start,
                token_end,
                next_same_end: NONE,
                value,
            });
        }
        literals.sort_unstable();
        let mut m = Matcher {
            root: Box::new([NONE; 256]),
            nodes: Vec::with_capacity(literals.iter().map(|(l, _)| l.len()).sum()),
            entries,
        };
        // Sorted input: a pattern shares a prefix with the previous one only, and a new
        // child always comes after its parent's existing children (ascending bytes).
        let mut path: Vec<u32> = Vec::new();
        let mut previous: &[u8] = &[];
        for (literal, id) in literals {
            if literal.is_empty() {
                continue;
            }
            let shared = previous
                .iter()
                .zip(literal)
                .take_while(|(a, b)| a == b)
                .count();
            path.truncate(shared);
            for &b in &literal[shared..] {
                let node = m.nodes.len() as u32;
                m.nodes.push(Node {
                    byte: b,
                    first_child: NONE,
                    last_child: NONE,
                    next_sibling: NONE,
                    first_end: NONE,
                });
                match path.last() {
                    None => m.root[b as usize] = node,
                    Some(&parent) => {
                        let p = &mut m.nodes[parent as usize];
                        let last = std::mem::replace(&mut p.last_child, node);
                        if last == NONE {
                            p.first_child = node;
                        } else {
                            m.nodes[last as usize].next_sibling = node;
                        }
                    }
                }
                path.push(node);
            }
            let last = *path.last().expect("non-empty literal has a node");
            m.entries[id as usize].next_same_end = m.nodes[last as usize].first_end;
            m.nodes[last as usize].first_end = id;
            previous = literal;
        }
        m
    }

    fn child(&self, node: Option<u32>, b: u8) -> Option<u32> {
        let mut c = match node {
            None => self.root[b as usize],
            Some(n) => self.nodes[n as usize].first_child,
        };
        while c != NONE {
            let n = &self.nodes[c as usize];
            if n.byte == b {
                return Some(c);
            }
            if n.byte > b {
                return None;
            }
            c = n.next_sibling;
        }
        None
    }

    /// Calls `f` for every match in `haystack` (which must be lowercase) whose anchors hold,
    /// in order of start, then end.
    pub(crate) fn for_each<'m>(&'m self, haystack: &str, mut f: impl FnMut(Hit<'m, V>)) {
        self.each(haystack, &mut f);
    }

    // The scans take the callback as a trait object: one copy of their code per table,
    // not one per caller (each copy of the trie walk costs the WebAssembly module about a
    // kilobyte), at the cost of an indirect call per match, which is rare.
    fn each<'m>(&'m self, haystack: &str, f: &mut dyn FnMut(Hit<'m, V>)) {
        for start in 0..haystack.len() {
            // Patterns are whole UTF-8 strings: a match can only start on a character.
            if haystack.is_char_boundary(start) {
                self.matches_at(haystack, start, f);
            }
        }
    }

    /// Like [`Matcher::for_each`], for matches that start a word only (the character before
    /// them, if any, is not a letter or digit): a scan of text tries each word once instead
    /// of each character.
    pub(crate) fn for_each_at_words<'m>(&'m self, haystack: &str, mut f: impl FnMut(Hit<'m, V>)) {
        self.each_at_words(haystack, &mut f);
    }

    fn each_at_words<'m>(&'m self, haystack: &str, f: &mut dyn FnMut(Hit<'m, V>)) {
        let mut after_word = false;
        for (start, ch) in haystack.char_indices() {
            if !after_word {
                self.matches_at(haystack, start, f);
            }
            // A character of a script without spaces is a word of its own.
            after_word = ch.is_alphanumeric() && !crate::text::is_cjk(ch);
        }
    }

    /// Calls `f` for the matches that start at byte `start` (a character boundary).
    fn matches_at<'m>(&'m self, haystack: &str, start: usize, f: &mut dyn FnMut(Hit<'m, V>)) {
        let bytes = haystack.as_bytes();
        if self.root[bytes[start] as usize] == NONE {
            return;
        }
        let mut node = None;
        for (end, &b) in bytes.iter().enumerate().skip(start) {
            match self.child(node, b) {
                Some(c) => node = Some(c),
                None => break,
            }
            let mut id = node.map_or(NONE, |n| self.nodes[n as usize].first_end);
            while id != NONE {
                let entry = &self.entries[id as usize];
                id = entry.next_same_end;
                if entry.token_start && !boundary_before(haystack, start) {
                    continue;
                }
                // A token may end in digits (`cta3`, `ad-slot-2`): only a letter goes on.
                if entry.token_end
                    && haystack[end + 1..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphabetic)
                {
                    continue;
                }
                f(Hit {
                    start,
                    end: end + 1,
                    value: &entry.value,
                });
            }
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
    // Scripts without spaces (Chinese, Japanese, Korean) have a word boundary between any
    // two of their characters. A digit after a letter starts another word: labels and
    // counters set in adjacent elements run together in the text ("Listen to this
    // article" + "6 min").
    let before = s[..at].chars().next_back();
    s[at..].chars().next().is_none_or(|c| {
        !c.is_alphanumeric()
            || crate::text::is_cjk(c)
            || (c.is_ascii_digit() && before.is_some_and(char::is_alphabetic))
    }) || before.is_some_and(crate::text::is_cjk)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_end_at_spaces_punctuation_and_a_digit_after_a_letter() {
        let text = "listen to this article6 min";
        assert!(boundary_after(text, "listen to this article".len()));
        assert!(boundary_after("share: x", "share".len()));
        assert!(!boundary_after("shares", "share".len()));
        // Digits inside a word of digits, or a letter after a digit, do not end it.
        assert!(!boundary_after("2024th", "2024".len()));
        assert!(!boundary_after("1234", "12".len()));
    }

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

    #[test]
    fn overlapping_and_multibyte_matches() {
        let m = Matcher::new([
            ("lesen sie auch", 1u8),
            ("sie", 2),
            ("größe", 4),
            ("größ", 8),
        ]);
        let mut found = Vec::new();
        m.for_each("bitte lesen sie auch: schriftgröße", |h| {
            found.push((h.start, h.end, *h.value))
        });
        assert_eq!(
            found,
            vec![(6, 20, 1), (12, 15, 2), (29, 35, 8), (29, 36, 4)]
        );
    }
}
