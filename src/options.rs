//! Extraction settings.

use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;

use crate::Error;

/// Which way to lean when a block could be article or boilerplate.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Favor {
    /// The default trade-off.
    #[default]
    Balanced,
    /// Drop doubtful blocks: less boilerplate, sometimes a lost paragraph.
    Precision,
    /// Keep doubtful blocks: nothing of the article lost, sometimes some boilerplate.
    Recall,
}

/// What comes before the body in [`Article::markdown`](crate::Article::markdown).
///
/// With a header, the Markdown stands on its own as a saved file: it says what it is.
///
/// # Examples
/// ```
/// use declutter_article::{MarkdownHeader, Options, extract};
/// let html = r#"<html lang="en"><head><title>Tides: a "spring" surprise</title>
/// <meta property="og:site_name" content="The Gazette">
/// <meta name="author" content="Ann Lee"></head>
/// <body><article><p>The highest tide of the year came a week early.</p></article></body></html>"#;
///
/// // The body alone (the default).
/// let body = extract(html, &Options::default())?.markdown;
/// assert_eq!(body, "The highest tide of the year came a week early.\n");
///
/// // A title and a line with byline, site and date.
/// let line = extract(html, &Options { markdown_header: MarkdownHeader::Line, ..Default::default() })?;
/// assert_eq!(
///     line.markdown,
///     "# Tides: a \"spring\" surprise\n\nAnn Lee · The Gazette\n\nThe highest tide of the year came a week early.\n",
/// );
///
/// // YAML front matter instead of the line (every value double-quoted), then the title.
/// let front = extract(html, &Options {
///     markdown_header: MarkdownHeader::FrontMatter,
///     url: Some("https://gazette.example/tides".into()),
///     ..Default::default()
/// })?;
/// assert!(front.markdown.starts_with(
///     "---\ntitle: \"Tides: a \\\"spring\\\" surprise\"\nbyline: \"Ann Lee\"\nsite: \"The Gazette\"\n",
/// ));
/// assert!(front.markdown.contains("language: \"en\"\n"));
/// assert!(front.markdown.contains("url: \"https://gazette.example/tides\"\n---\n\n# Tides"));
/// # Ok::<(), declutter_article::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum MarkdownHeader {
    /// The body alone.
    #[default]
    None,
    /// `# Title`, a line with the byline, site name and date (those present), and the lead
    /// image unless the body already shows it; then the body.
    Line,
    /// YAML front matter (`title`, `byline`, `site`, `date`, `language`, `excerpt`, `url`,
    /// those present, each a double-quoted string), then `# Title` and the lead image as with
    /// [`MarkdownHeader::Line`], then the body. The URL is [`Options::url`], or else the
    /// page's canonical URL (http and https only).
    FrontMatter,
}

/// Settings for [`extract`](crate::extract). Every field has a default; build one with
/// `Options::default()` and struct update syntax, or deserialize it from JSON with the
/// camelCase names below (Readability.js names are accepted where they differ).
///
/// # Defaults
/// No URL, `charThreshold` 500, `nbTopCandidates` 5, images and links kept, classes dropped,
/// no extra selectors, [`Favor::Balanced`], JSON-LD used, boilerplate stripped, input up to
/// 64 MiB, no element limit, Markdown without a header.
///
/// # Examples
/// ```
/// let options = declutter_article::Options {
///     url: Some("https://example.com/news/story.html".into()),
///     keep_images: false,
///     ..Default::default()
/// };
/// let from_json = declutter_article::Options::from_json(
///     r#"{"url": "https://example.com/news/story.html", "keepImages": false}"#,
/// ).unwrap();
/// assert_eq!(options, from_json);
///
/// let err = declutter_article::Options::from_json(r#"{"charThreshold": "many"}"#).unwrap_err();
/// assert!(err.to_string().starts_with("option charThreshold:"));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Options {
    /// The page's URL: relative links and images are resolved against it (a `<base href>` in
    /// the page takes precedence, as in browsers).
    pub url: Option<String>,
    /// An article shorter than this many characters makes the extractor retry with looser
    /// rules (Readability's `charThreshold`). If none reaches it, the strictest result is
    /// kept unless a looser one holds at least twice its text.
    pub char_threshold: usize,
    /// How many top-scoring candidates are compared when looking for the article's container
    /// (Readability's `nbTopCandidates`).
    pub nb_top_candidates: usize,
    /// Keep images and figures.
    pub keep_images: bool,
    /// Keep links (otherwise their text is kept without the link).
    pub keep_links: bool,
    /// Keep `class` attributes in the output HTML.
    pub keep_classes: bool,
    /// Classes kept even when `keep_classes` is off (Readability's `classesToPreserve`).
    pub classes_to_preserve: Vec<String>,
    /// CSS selectors of elements always removed.
    pub remove_selectors: Vec<String>,
    /// CSS selectors of elements never removed as boilerplate.
    pub keep_selectors: Vec<String>,
    /// Precision/recall preference.
    pub favor: Favor,
    /// Ignore JSON-LD structured data (Readability's `disableJSONLD`).
    pub disable_json_ld: bool,
    /// Added to the link-density thresholds used when judging blocks (Readability's
    /// `linkDensityModifier`); between -1 and 1.
    pub link_density_modifier: f32,
    /// Strip boilerplate inside the article (appeals, share widgets, "read also" links...).
    /// Turn off for Readability-like output.
    pub strip_boilerplate: bool,
    /// Inputs larger than this many bytes are refused with [`Error::InputTooLarge`].
    pub max_input_bytes: usize,
    /// Pages with more elements than this are refused with [`Error::TooManyElements`]; 0
    /// means no limit (Readability's `maxElemsToParse`).
    pub max_elements: usize,
    /// What comes before the body in [`Article::markdown`](crate::Article::markdown): nothing,
    /// a title and a byline line, or YAML front matter (see [`MarkdownHeader`]).
    pub markdown_header: MarkdownHeader,
}

/// The largest `maxInputBytes` accepted. The parser addresses text and nodes with 32-bit
/// offsets (html5ever's tendrils hold at most 4 GiB; a node takes at least a byte of input),
/// so a page must stay well below 4 GiB; 2 GiB leaves room for the text a page's character
/// references expand to.
const MAX_INPUT_BYTES_LIMIT: usize = 1 << 31;

impl Default for Options {
    fn default() -> Self {
        Options {
            url: None,
            char_threshold: 500,
            nb_top_candidates: 5,
            keep_images: true,
            keep_links: true,
            keep_classes: false,
            classes_to_preserve: Vec::new(),
            remove_selectors: Vec::new(),
            keep_selectors: Vec::new(),
            favor: Favor::Balanced,
            disable_json_ld: false,
            link_density_modifier: 0.0,
            strip_boilerplate: true,
            max_input_bytes: 64 << 20,
            max_elements: 0,
            markdown_header: MarkdownHeader::None,
        }
    }
}

/// The option names accepted in JSON, with the field each one sets.
pub(crate) const KEYS: &[&str] = &[
    "url",
    "charThreshold",
    "nbTopCandidates",
    "keepImages",
    "keepLinks",
    "keepClasses",
    "classesToPreserve",
    "removeSelectors",
    "keepSelectors",
    "favor",
    "disableJsonLd",
    "linkDensityModifier",
    "stripBoilerplate",
    "maxInputBytes",
    "maxElements",
    "markdownHeader",
];

impl Options {
    /// Parses options from a JSON object, e.g. `{"url": "https://...", "keepImages": false}`.
    /// Unknown keys, wrong types and unusable values give [`Error::InvalidOption`] naming the
    /// option.
    pub fn from_json(json: &str) -> Result<Options, Error> {
        let value: Value = serde_json::from_str(json).map_err(|e| Error::UnreadableOptions {
            reason: format!("not valid JSON: {e}"),
        })?;
        Options::from_value(value)
    }

    /// Like [`Options::from_json`], from an already parsed JSON value. `null` gives the
    /// defaults.
    pub fn from_value(value: Value) -> Result<Options, Error> {
        let mut options = Options::default();
        let map = match value {
            Value::Null => return Ok(options),
            Value::Object(map) => map,
            other => {
                return Err(Error::UnreadableOptions {
                    reason: format!("expected an object, got {}", type_name(&other)),
                });
            }
        };
        for (key, value) in map {
            // A null value means "the default", as `undefined` does in JS.
            if value.is_null() {
                if key_name(&key).is_none() {
                    return Err(unknown_key(&key));
                }
                continue;
            }
            let Some(name) = key_name(&key) else {
                return Err(unknown_key(&key));
            };
            match name {
                "url" => options.url = Some(string(name, value)?),
                "charThreshold" => options.char_threshold = count(name, value)?,
                "nbTopCandidates" => options.nb_top_candidates = count(name, value)?,
                "keepImages" => options.keep_images = boolean(name, value)?,
                "keepLinks" => options.keep_links = boolean(name, value)?,
                "keepClasses" => options.keep_classes = boolean(name, value)?,
                "classesToPreserve" => options.classes_to_preserve = strings(name, value)?,
                "removeSelectors" => options.remove_selectors = strings(name, value)?,
                "keepSelectors" => options.keep_selectors = strings(name, value)?,
                "favor" => options.favor = favor(name, value)?,
                "disableJsonLd" => options.disable_json_ld = boolean(name, value)?,
                "linkDensityModifier" => options.link_density_modifier = number(name, value)?,
                "stripBoilerplate" => options.strip_boilerplate = boolean(name, value)?,
                "maxInputBytes" => options.max_input_bytes = count(name, value)?,
                "maxElements" => options.max_elements = count(name, value)?,
                "markdownHeader" => options.markdown_header = markdown_header(name, value)?,
                _ => return Err(unknown_key(&key)),
            }
        }
        options.validate()?;
        Ok(options)
    }

    /// Checks values that have the right type but cannot be used. Called by
    /// [`extract`](crate::extract); call it yourself to report problems early.
    pub fn validate(&self) -> Result<(), Error> {
        let invalid =
            |name: &'static str, reason: String| Err(Error::InvalidOption { name, reason });
        if let Some(url) = &self.url {
            if !url.is_empty() && crate::urls::parse(url).is_none() {
                return invalid("url", format!("{url:?} is not an absolute URL"));
            }
        }
        if self.nb_top_candidates == 0 || self.nb_top_candidates > 1000 {
            return invalid(
                "nbTopCandidates",
                format!("{} is outside 1..=1000", self.nb_top_candidates),
            );
        }
        if self.char_threshold > 10_000_000 {
            return invalid(
                "charThreshold",
                format!("{} is over 10,000,000 characters", self.char_threshold),
            );
        }
        if !(-1.0..=1.0).contains(&self.link_density_modifier) {
            return invalid(
                "linkDensityModifier",
                "must be between -1 and 1".to_string(),
            );
        }
        if self.max_input_bytes == 0 {
            return invalid("maxInputBytes", "must be at least 1".into());
        }
        if self.max_input_bytes > MAX_INPUT_BYTES_LIMIT {
            return invalid(
                "maxInputBytes",
                format!(
                    "{} is over 2 GiB, the most a page can be",
                    self.max_input_bytes
                ),
            );
        }
        for (name, list) in [
            ("removeSelectors", &self.remove_selectors),
            ("keepSelectors", &self.keep_selectors),
        ] {
            for selector in list {
                if let Err(e) = crate::selector::SelectorList::parse(selector) {
                    return invalid(
                        name,
                        format!("{selector:?} is not a valid CSS selector ({e})"),
                    );
                }
            }
        }
        for class in &self.classes_to_preserve {
            if class.is_empty() || class.contains(char::is_whitespace) {
                return invalid(
                    "classesToPreserve",
                    format!("{class:?} is not a single class name"),
                );
            }
        }
        Ok(())
    }
}

impl<'de> Deserialize<'de> for Options {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(deserializer)?;
        Options::from_value(value).map_err(serde::de::Error::custom)
    }
}

/// The canonical name for a key, accepting Readability.js spellings and snake_case.
fn key_name(key: &str) -> Option<&'static str> {
    let canonical = match key {
        "maxElemsToParse" => "maxElements",
        "disableJSONLD" => "disableJsonLd",
        _ => key,
    };
    KEYS.iter()
        .copied()
        .find(|k| *k == canonical || (canonical.contains('_') && camel_eq(k, canonical)))
}

/// `charThreshold` vs `char_threshold`.
fn camel_eq(camel: &str, snake: &str) -> bool {
    let mut c = camel.chars();
    let mut s = snake.chars().peekable();
    while let Some(sc) = s.next() {
        let expected = if sc == '_' {
            match s.next() {
                Some(n) => n.to_ascii_uppercase(),
                None => return false,
            }
        } else {
            sc
        };
        if c.next() != Some(expected) {
            return false;
        }
    }
    c.next().is_none()
}

fn unknown_key(key: &str) -> Error {
    Error::UnknownOption { name: key.into() }
}

// Typed readers for option values. Written out rather than left to serde's derived
// deserializers: their error messages would pull number formatting (some 7 KB) into the
// WebAssembly module for the sake of one message.

fn wrong(name: &'static str, expected: &str, got: &Value) -> Error {
    Error::InvalidOption {
        name,
        reason: format!("expected {expected}, got {}", type_name(got)),
    }
}

fn boolean(name: &'static str, value: Value) -> Result<bool, Error> {
    value
        .as_bool()
        .ok_or_else(|| wrong(name, "a boolean", &value))
}

fn string(name: &'static str, value: Value) -> Result<String, Error> {
    match value {
        Value::String(s) => Ok(s),
        other => Err(wrong(name, "a string", &other)),
    }
}

fn count(name: &'static str, value: Value) -> Result<usize, Error> {
    value
        .as_u64()
        .and_then(|n| usize::try_from(n).ok())
        .ok_or_else(|| match value {
            Value::Number(_) => Error::InvalidOption {
                name,
                reason: "expected a whole number of at least 0".into(),
            },
            _ => wrong(name, "a whole number", &value),
        })
}

fn number(name: &'static str, value: Value) -> Result<f32, Error> {
    value
        .as_f64()
        .map(|n| n as f32)
        .ok_or_else(|| wrong(name, "a number", &value))
}

fn strings(name: &'static str, value: Value) -> Result<Vec<String>, Error> {
    match value {
        Value::Array(items) => items
            .into_iter()
            .map(|item| match item {
                Value::String(s) => Ok(s),
                other => Err(wrong(name, "an array of strings", &other)),
            })
            .collect(),
        other => Err(wrong(name, "an array of strings", &other)),
    }
}

fn favor(name: &'static str, value: Value) -> Result<Favor, Error> {
    match value.as_str() {
        Some("balanced") => Ok(Favor::Balanced),
        Some("precision") => Ok(Favor::Precision),
        Some("recall") => Ok(Favor::Recall),
        Some(other) => Err(Error::InvalidOption {
            name,
            reason: format!("\"{other}\" is not one of balanced, precision, recall"),
        }),
        None => Err(wrong(name, "a string", &value)),
    }
}

fn markdown_header(name: &'static str, value: Value) -> Result<MarkdownHeader, Error> {
    match value.as_str() {
        Some("none") => Ok(MarkdownHeader::None),
        Some("line") => Ok(MarkdownHeader::Line),
        Some("frontMatter") => Ok(MarkdownHeader::FrontMatter),
        Some(other) => Err(Error::InvalidOption {
            name,
            reason: format!("\"{other}\" is not one of none, line, frontMatter"),
        }),
        None => Err(wrong(name, "a string", &value)),
    }
}

fn type_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readability_names_and_snake_case_are_accepted() {
        let o = Options::from_json(
            r#"{"maxElemsToParse": 10, "disableJSONLD": true, "char_threshold": 7}"#,
        )
        .unwrap();
        assert_eq!(o.max_elements, 10);
        assert!(o.disable_json_ld);
        assert_eq!(o.char_threshold, 7);
    }

    #[test]
    fn errors_name_the_option() {
        let cases = [
            (r#"{"keepImages": 3}"#, "option keepImages:"),
            (r#"{"colour": 3}"#, "unknown option \"colour\""),
            (r#"{"url": "not a url"}"#, "option url:"),
            (r#"{"nbTopCandidates": 0}"#, "option nbTopCandidates:"),
            (r#"{"charThreshold": -5}"#, "option charThreshold:"),
            (
                r#"{"removeSelectors": ["div["]}"#,
                "option removeSelectors:",
            ),
            (r#"{"favor": "speed"}"#, "option favor:"),
            (r#"{"markdownHeader": "yaml"}"#, "option markdownHeader:"),
            (r#"{"markdownHeader": true}"#, "option markdownHeader:"),
            (r#"{"maxInputBytes": 4294967296}"#, "option maxInputBytes:"),
            (r#"[1, 2]"#, "options: expected an object, got an array"),
            ("{", "options: not valid JSON"),
        ];
        for (json, expected) in cases {
            let err = Options::from_json(json).unwrap_err().to_string();
            assert!(err.contains(expected), "{json}: {err}");
            assert!(!err.contains("option options"), "{json}: {err}");
        }
    }

    #[test]
    fn an_unknown_option_is_named_once() {
        let err = Options::from_json(r#"{"url": null, "bogus": 1}"#).unwrap_err();
        assert_eq!(
            err,
            Error::UnknownOption {
                name: "bogus".into()
            }
        );
        let message = err.to_string();
        assert!(
            message.starts_with("unknown option \"bogus\" (known options: url, charThreshold,"),
            "{message}"
        );
        assert_eq!(message.matches("bogus").count(), 1, "{message}");
    }

    #[test]
    fn null_means_default() {
        assert_eq!(Options::from_json("null").unwrap(), Options::default());
        assert_eq!(
            Options::from_json(r#"{"url": null}"#).unwrap(),
            Options::default()
        );
    }
}
