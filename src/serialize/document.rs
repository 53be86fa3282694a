//! The Markdown as a document on its own: what goes before the body (see
//! [`MarkdownHeader`]).

use crate::Article;
use crate::options::{MarkdownHeader, Options};
use crate::serialize::markdown::{escape_inline, escape_line_starts, escape_url};

const HEX_DIGITS: &[u8; 16] = b"0123456789ABCDEF";

/// Separates the fields of the byline line.
const LINE_SEPARATOR: &str = " · ";

/// Puts the header that `options.markdown_header` asks for before `article.markdown`. The
/// front matter's URL is the caller's, or else the page's canonical URL (used when http(s)).
// Not inlined, nor the helpers below: the WebAssembly module is smaller so (measured).
#[inline(never)]
pub(crate) fn add_header(article: &mut Article, options: &Options, canonical_url: Option<&str>) {
    let header = options.markdown_header;
    if header == MarkdownHeader::None {
        return;
    }
    let url = (options.url.as_deref())
        .or(canonical_url)
        .filter(|u| u.starts_with("http"));
    let body = article.markdown.as_str();
    let front_matter = header == MarkdownHeader::FrontMatter;
    let mut out = String::new();
    let mut line = String::new();
    if front_matter {
        out.push_str("---\n");
    }
    for (i, (key, value)) in [
        ("title", &article.title),
        ("byline", &article.byline),
        ("site", &article.site_name),
        ("date", &article.published_time),
        ("language", &article.lang),
        ("excerpt", &article.excerpt),
    ]
    .into_iter()
    .enumerate()
    {
        let Some(value) = present(value.as_deref()) else {
            continue;
        };
        if front_matter {
            field(key, value, &mut out);
        } else if (1..=3).contains(&i) {
            if !line.is_empty() {
                line.push_str(LINE_SEPARATOR);
            }
            escape_inline(if i == 3 { day_of(value) } else { value }, &mut line);
        }
    }
    if front_matter {
        if let Some(url) = url {
            field("url", url, &mut out);
        }
        out.push_str("---\n\n");
    }
    if let Some(title) = present(article.title.as_deref()) {
        out.push_str("# ");
        escape_inline(title, &mut out);
        // A `#` at the end could close the heading: escaped, it is text.
        if out.ends_with('#') {
            out.insert(out.len() - 1, '\\');
        }
        out.push_str("\n\n");
    }
    if !line.is_empty() {
        out.push_str(&escape_line_starts(&line));
        out.push_str("\n\n");
    }
    if let Some(image) = (article.lead_image_url.as_deref()).filter(|_| options.keep_images) {
        let link = "](".to_string() + &escape_url(image) + ")\n\n";
        // The body shows it already when it links the same URL.
        if !body.contains(&link[..link.len() - 2]) {
            out.push_str("![");
            out.push_str(&link);
        }
    }
    out.push_str(body);
    // As the body alone: ends with one line break, or is empty when there is nothing.
    out.truncate(out.trim_end().len());
    if !out.is_empty() {
        out.push('\n');
    }
    article.markdown = out;
}

/// A field's value, trimmed, unless it is missing or blank.
fn present(value: Option<&str>) -> Option<&str> {
    value.map(str::trim).filter(|v| !v.is_empty())
}

/// `key: "value"` and a line break.
fn field(key: &str, value: &str, out: &mut String) {
    out.push_str(key);
    out.push_str(": ");
    yaml_string(value, out);
    out.push('\n');
}

/// The day of an ISO 8601 time (`2021-11-20T09:30:00+05:30` gives `2021-11-20`); other
/// forms as given.
#[inline(never)]
fn day_of(time: &str) -> &str {
    match time.as_bytes().get(10) {
        Some(b'T') => &time[..10],
        _ => time,
    }
}

/// Writes `value` as a YAML double-quoted scalar: `\` and `"` escaped, and as `\uXXXX` every
/// character YAML does not allow as is (controls), or would read as a line break (line feed,
/// NEL, the line and paragraph separators), and the byte order mark.
#[inline(never)]
fn yaml_string(value: &str, out: &mut String) {
    out.push('"');
    for c in value.chars() {
        let code = c as u32;
        if c == '"' || c == '\\' {
            out.push('\\');
            out.push(c);
        } else if c.is_control()
            || code == 0x2028
            || code == 0x2029
            || code == 0xfeff
            || (0xfffe..=0xffff).contains(&code)
        {
            out.push_str("\\u");
            for shift in [12, 8, 4, 0] {
                out.push(HEX_DIGITS[(code >> shift & 0xF) as usize] as char);
            }
        } else {
            out.push(c);
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The Markdown of `article` with `header`.
    fn write(article: &Article, header: MarkdownHeader, url: Option<&str>, images: bool) -> String {
        let mut article = article.clone();
        let options = Options {
            markdown_header: header,
            url: url.map(String::from),
            keep_images: images,
            ..Default::default()
        };
        add_header(&mut article, &options, None);
        article.markdown
    }

    #[test]
    fn the_canonical_url_stands_in_for_the_caller_s() {
        let options = Options {
            markdown_header: MarkdownHeader::FrontMatter,
            ..Default::default()
        };
        let front = |options: &Options, canonical| {
            let mut a = Article::default();
            add_header(&mut a, options, canonical);
            a.markdown
        };
        let canonical = Some("https://gazette.example/a");
        assert_eq!(
            front(&options, canonical),
            "---\nurl: \"https://gazette.example/a\"\n---\n"
        );
        assert_eq!(front(&options, Some("/a")), "---\n---\n");
        let given = Options {
            url: Some("https://gazette.example/b".into()),
            ..options.clone()
        };
        assert!(front(&given, canonical).contains("/b\""));
    }

    fn article() -> Article {
        Article {
            title: Some("Storm: the \"worst\" in #10 years #".into()),
            byline: Some("By Ann Lee".into()),
            site_name: Some("The Gazette".into()),
            published_time: Some("2024-03-02T08:15:00Z".into()),
            lang: Some("en".into()),
            excerpt: Some("Line one\nline two\u{2028}\\ and\ta tab".into()),
            lead_image_url: Some("https://img.example/storm (1).jpg".into()),
            markdown: "The storm came at night.\n".into(),
            ..Default::default()
        }
    }

    #[test]
    fn line_header() {
        let md = write(&article(), MarkdownHeader::Line, None, true);
        assert_eq!(
            md,
            "# Storm: the \"worst\" in #10 years \\#\n\n\
             By Ann Lee · The Gazette · 2024-03-02\n\n\
             ![](https://img.example/storm%20%281%29.jpg)\n\n\
             The storm came at night.\n"
        );
        let no_image = write(&article(), MarkdownHeader::Line, None, false);
        assert!(!no_image.contains("!["), "{no_image}");
    }

    #[test]
    fn the_lead_image_is_not_repeated() {
        let mut a = article();
        a.markdown = "![Storm](https://img.example/storm%20%281%29.jpg)\n\nText.\n".into();
        let md = write(&a, MarkdownHeader::Line, None, true);
        assert_eq!(md.matches("storm%20%281%29.jpg").count(), 1, "{md}");
    }

    #[test]
    fn only_present_fields() {
        let a = Article {
            site_name: Some("  ".into()),
            published_time: Some("Tuesday".into()),
            markdown: "Body.\n".into(),
            ..Default::default()
        };
        assert_eq!(
            write(&a, MarkdownHeader::Line, None, true),
            "Tuesday\n\nBody.\n"
        );
        assert_eq!(
            write(&a, MarkdownHeader::FrontMatter, None, true),
            "---\ndate: \"Tuesday\"\n---\n\nBody.\n"
        );
        assert_eq!(write(&a, MarkdownHeader::None, None, true), "Body.\n");
        let empty = Article::default();
        assert_eq!(write(&empty, MarkdownHeader::Line, None, true), "");
    }

    #[test]
    fn a_byline_that_looks_like_a_list_item_stays_text() {
        let a = Article {
            byline: Some("- staff".into()),
            markdown: "Body.\n".into(),
            ..Default::default()
        };
        assert!(write(&a, MarkdownHeader::Line, None, true).starts_with("\\- staff\n"));
    }

    #[test]
    fn front_matter_is_quoted() {
        let md = write(
            &article(),
            MarkdownHeader::FrontMatter,
            Some("https://gazette.example/a?b=1&c=2#x"),
            true,
        );
        assert_eq!(
            md,
            "---\n\
             title: \"Storm: the \\\"worst\\\" in #10 years #\"\n\
             byline: \"By Ann Lee\"\n\
             site: \"The Gazette\"\n\
             date: \"2024-03-02T08:15:00Z\"\n\
             language: \"en\"\n\
             excerpt: \"Line one\\u000Aline two\\u2028\\\\ and\\u0009a tab\"\n\
             url: \"https://gazette.example/a?b=1&c=2#x\"\n\
             ---\n\n\
             # Storm: the \"worst\" in #10 years \\#\n\n\
             ![](https://img.example/storm%20%281%29.jpg)\n\n\
             The storm came at night.\n"
        );
    }
}
