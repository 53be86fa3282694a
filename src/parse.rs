//! Parsing: text to a `scraper` tree, and the checks on input before it.

use scraper::Html;

use crate::Error;

/// Parses a whole document as a browser does (scripting on: the content of `<noscript>`
/// stays text, so that a stray unclosed `<noscript>` cannot swallow the page).
pub(crate) fn document(html: &str) -> Html {
    Html::parse_document(html)
}

/// Parses the text of a `<noscript>` as markup, to find the image that lazy-loading pages
/// keep there. Bounded: only short snippets are parsed.
pub(crate) fn noscript_fragment(text: &str) -> Option<Html> {
    /// Longest noscript text parsed; image fallbacks are a few hundred bytes.
    const MAX_NOSCRIPT_BYTES: usize = 4096;
    // Parsed as a document rather than a fragment: the same result for an <img>, and one
    // parser entry point fewer in the WebAssembly build.
    (text.len() <= MAX_NOSCRIPT_BYTES).then(|| Html::parse_document(text))
}

/// Share of control characters (other than whitespace) in the sampled start of an input
/// above which it is binary data, not a page.
const MAX_CONTROL_SHARE: f32 = 0.1;
/// How much of the input is sampled for the binary check.
const SAMPLE_CHARS: usize = 4096;

/// Refuses input that is not worth parsing: empty, over the size limit, binary, or JSON.
pub(crate) fn check(html: &str, max_bytes: usize) -> Result<(), Error> {
    if html.len() > max_bytes {
        return Err(Error::InputTooLarge {
            size: html.len(),
            limit: max_bytes,
        });
    }
    let trimmed = html.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    if trimmed.trim_end().is_empty() {
        return Err(Error::EmptyInput);
    }
    let mut sampled = 0usize;
    let mut control = 0usize;
    for c in trimmed.chars().take(SAMPLE_CHARS) {
        sampled += 1;
        if (c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}')) || c == '\u{fffd}' {
            control += 1;
        }
    }
    if control as f32 > sampled as f32 * MAX_CONTROL_SHARE {
        return Err(Error::NotHtml("it looks like binary data"));
    }
    if trimmed.starts_with(['{', '['])
        && serde_json::from_str::<serde::de::IgnoredAny>(trimmed).is_ok()
    {
        return Err(Error::NotHtml("it is a JSON document"));
    }
    Ok(())
}
