//! Small text utilities shared by the stages.

use crate::dom::is_space;

/// FNV-1a, fed piece by piece: the stages hash paragraphs and runs of words to find text a
/// page repeats, where a collision only merges two counts, so a simple hash does.
pub(crate) struct Fnv1a(u64);

impl Fnv1a {
    pub(crate) fn new() -> Fnv1a {
        Fnv1a(0xcbf2_9ce4_8422_2325)
    }

    pub(crate) fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.mix(u64::from(b));
        }
    }

    /// Feeds a whole character as one unit (its scalar value), as words are hashed.
    pub(crate) fn write_char(&mut self, c: char) {
        self.mix(u64::from(c));
    }

    fn mix(&mut self, unit: u64) {
        self.0 = (self.0 ^ unit).wrapping_mul(0x0100_0000_01b3);
    }

    pub(crate) fn finish(&self) -> u64 {
        self.0
    }
}

/// Collapses whitespace runs to one space and trims.
pub(crate) fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split(is_space).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Decodes the HTML entities that sites double-escape into metadata: `&amp;`, `&lt;`,
/// `&gt;`, `&quot;`, `&apos;` and numeric ones (the set Readability decodes; others are left
/// as they are).
pub(crate) fn unescape_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        // Entities are short: look for the ';' within the next few characters only.
        let Some(semi) = rest
            .char_indices()
            .take(12)
            .find(|&(_, c)| c == ';')
            .map(|(i, _)| i)
        else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let entity = &rest[1..semi];
        let decoded = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => entity
                .strip_prefix("#x")
                .or_else(|| entity.strip_prefix("#X"))
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| entity.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32)
                .filter(|c| *c != '\0'),
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Similarity (see [`similarity`]) above which two titles are the same title: a heading
/// that repeats the page's title, a JSON-LD name that matches the `<title>`. Readability's
/// threshold for removing a heading that repeats the title.
pub(crate) const TITLE_SIMILARITY: f32 = 0.75;

/// Readability's text similarity: 1 minus the share of `b`'s word text that does not occur
/// among `a`'s words.
pub(crate) fn similarity(a: &str, b: &str) -> f32 {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric() && c != '_')
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let wa = words(a);
    let wb = words(b);
    if wa.is_empty() || wb.is_empty() {
        return 0.0;
    }
    let unique: Vec<&str> = wb
        .iter()
        .filter(|w| !wa.contains(w))
        .map(String::as_str)
        .collect();
    let total = wb.iter().map(|w| w.chars().count() + 1).sum::<usize>() - 1;
    let uniq = if unique.is_empty() {
        0
    } else {
        unique.iter().map(|w| w.chars().count() + 1).sum::<usize>() - 1
    };
    1.0 - uniq as f32 / total as f32
}

/// The first `max` characters of `s` at a word boundary, with an ellipsis when cut.
pub(crate) fn sample(s: &str, max: usize) -> String {
    let s = collapse(s);
    if s.chars().count() <= max {
        return s;
    }
    let cut: String = s.chars().take(max).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > max / 2 => &cut[..i],
        _ => &cut,
    };
    format!("{cut}…")
}

/// `s` as its words, lowercased, one space apart: runs of letters and digits, punctuation
/// and markup left out. Two texts that read the same have the same key, however the page or
/// its structured data spaced, punctuated or escaped them.
pub(crate) fn word_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_alphanumeric() {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            for lower in c.to_lowercase() {
                out.push(lower);
            }
        } else {
            space = true;
        }
    }
    out
}

/// Words in `s`: runs of letters and digits; each CJK ideograph or kana counts as a word,
/// since those scripts do not separate words with spaces.
pub(crate) fn word_count(s: &str) -> usize {
    let mut count = 0;
    let mut in_word = false;
    for c in s.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                count += usize::from(!in_word);
                in_word = true;
            } else if c != '\'' && c != '-' {
                in_word = false;
            }
        } else if is_cjk(c) {
            count += 1;
            in_word = false;
        } else if c.is_alphanumeric() {
            if !in_word {
                count += 1;
                in_word = true;
            }
        } else if c != '\'' && c != '’' && c != '-' {
            in_word = false;
        }
    }
    count
}

pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xAC00..=0xD7AF)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities() {
        assert_eq!(
            unescape_entities("Tom &amp;amp; Jerry &#8217;s &#x27;x&#39; &bogus; & done"),
            "Tom &amp; Jerry ’s 'x' &bogus; & done"
        );
        assert_eq!(
            unescape_entities("& bewerten │ Nestlé"),
            "& bewerten │ Nestlé"
        );
        assert_eq!(unescape_entities("&raquo; ☆☆☆☆☆;"), "&raquo; ☆☆☆☆☆;");
    }

    #[test]
    fn similarity_is_readabilitys() {
        assert!((similarity("the quick fox", "the quick fox") - 1.0).abs() < 1e-6);
        assert!(similarity("the quick fox", "a slow dog") < 0.1);
    }

    #[test]
    fn counting_words() {
        assert_eq!(word_count("It’s a well-known fact, 42 times."), 6);
        assert_eq!(word_count("日本語のテキスト"), 8);
        assert_eq!(word_count("Über-Größe: 3 Straßen, l'été"), 4);
    }

    #[test]
    fn samples_cut_at_words() {
        assert_eq!(sample("one two three four", 9), "one two…");
        assert_eq!(sample("  short  ", 20), "short");
    }
}
