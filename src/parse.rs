//! Parsing: text to a `scraper` tree, and the checks on input before it.

use html5ever::driver::ParseOpts;
use html5ever::tendril::TendrilSink;
use html5ever::tree_builder::TreeBuilderOpts;
use scraper::{Html, HtmlTreeSink};

use crate::Error;

/// Parses a whole document. Scripting is off, as in a reader that runs no scripts: the
/// content of `<noscript>` is parsed as markup, which is where lazy-loading pages keep their
/// real images.
pub(crate) fn document(html: &str) -> Html {
    let opts = ParseOpts {
        tree_builder: TreeBuilderOpts {
            scripting_enabled: false,
            ..Default::default()
        },
        ..Default::default()
    };
    html5ever::driver::parse_document(HtmlTreeSink::new(Html::new_document()), opts).one(html)
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
