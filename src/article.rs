//! What an extraction returns.

use serde::Serialize;

/// The article found in a page.
///
/// Field names follow Mozilla Readability.js (`title`, `byline`, `content`, `textContent`, ...)
/// when serialized, so that code written against Readability's `parse()` result reads this one
/// unchanged; the fields after `publishedTime` are declutter's own.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Article {
    /// The article's headline.
    pub title: Option<String>,
    /// Author line, e.g. "By Jane Doe".
    pub byline: Option<String>,
    /// Text direction of the page (`ltr`, `rtl`), from `<html dir>` or the body.
    pub dir: Option<String>,
    /// Language of the page, from `<html lang>` or metadata.
    pub lang: Option<String>,
    /// The article body as safe HTML: a `<div>` holding allow-listed elements only.
    pub content: String,
    /// The article body as plain text: one blank line between blocks. Holds everything in
    /// `content`, figure captions included, as a browser's `textContent` would, less soft
    /// hyphens (hyphenation hints that would cut words apart).
    pub text_content: String,
    /// The article's running text: `text_content` without figures (their captions and
    /// photo credits); a figure framing running text (a quote, a table, code, a list) keeps
    /// that text, less its caption; an article of figures alone keeps them. This is what
    /// `declutter --format text` prints, for uses that want the prose alone: indexing,
    /// summarising, reading aloud.
    pub text: String,
    /// Length of `text_content` in characters.
    pub length: usize,
    /// A short summary: the page's description, or the first paragraph.
    pub excerpt: Option<String>,
    /// Name of the publication.
    pub site_name: Option<String>,
    /// Publication time as given by the page (usually ISO 8601).
    pub published_time: Option<String>,
    /// Absolute URL of the lead image.
    pub lead_image_url: Option<String>,
    /// The article body as Markdown: the body alone, or with
    /// [`Options::markdown_header`](crate::Options::markdown_header) a document on its own
    /// (`# Title`, then a byline line or YAML front matter, and the lead image).
    pub markdown: String,
    /// Number of words in `text_content` (CJK characters count one each).
    pub word_count: usize,
    /// Estimated reading time at 230 words a minute, at least 1 for a non-empty article.
    pub reading_time_minutes: u32,
    /// Every piece of boilerplate removed from the article area, in document order.
    pub removed: Vec<Removal>,
    /// Which candidate was taken as the article, and why.
    pub chosen: Choice,
    /// How likely it is that `content` is the page's main content, from 0 to 1, in two
    /// decimals: an estimate of the chance that it matches the content a person would pick
    /// with a word F1 of 0.8 or more. A reader mode may offer its view only above some
    /// value, a pipeline send pages below it to another tool or a person. Fitted on a set
    /// of modern web pages of seven kinds: the README gives how it is calibrated.
    pub confidence: f64,
}

/// The decision that placed the article: which generator proposed it and why the judge took
/// it (see [`Article::chosen`]).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Choice {
    /// The candidate taken: `scored` (candidate scoring), `json-ld` (the element holding the
    /// JSON-LD `articleBody`), `body-markup` (an element named as the article body),
    /// `article` (the page's `<article>`), `main` (its `<main>`), `page` (the whole body),
    /// `main-lenient` or `page-lenient` (the same, stripped by the phrase tables alone, when the
    /// strict cut left nearly nothing) or `noscript` (the page's copy for readers without
    /// scripts).
    pub candidate: String,
    /// Why it was taken over the others.
    pub reason: String,
}

/// One piece of boilerplate removed from the article, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Removal {
    /// The rule that fired, e.g. `class ~ "share"` or `phrase[en] "read also"`.
    pub rule: String,
    /// What kind of boilerplate it was judged to be.
    pub kind: Kind,
    /// The start of its text (at most about 100 characters), or the element's name when it
    /// had no text.
    pub text: String,
}

/// Kinds of boilerplate declutter removes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Kind {
    /// Subscription, donation and "support our journalism" appeals; paywall prompts.
    Appeal,
    /// Newsletter sign-up prompts.
    Newsletter,
    /// Share widgets, "follow us", print and e-mail buttons.
    Share,
    /// Text-size controls, "listen to this article", audio and video player chrome.
    Controls,
    /// "Read also", "Related", "More from", "Recommended" links and lists.
    Related,
    /// Author bio boxes.
    AuthorBox,
    /// Press-contact boxes: a heading over names, addresses and phone numbers.
    Contact,
    /// Tag and topic lists.
    Tags,
    /// Breadcrumb trails.
    Breadcrumbs,
    /// Comment sections and notices such as "Comments are closed".
    Comments,
    /// Ad slots and "Advertisement" labels.
    Ad,
    /// Cookie and consent notices.
    Cookie,
    /// Menus, pagination, skip links and other navigation.
    Navigation,
    /// Bylines, dates and similar lines repeated from the metadata.
    Metadata,
    /// A heading repeating the article title.
    Title,
    /// Elements hidden from readers.
    Hidden,
    /// Photo credits, and caption chrome repeated around images.
    Credit,
    /// Link lists, forms and other blocks judged not to be article text.
    Clutter,
}

impl Kind {
    /// The name used in JSON output, e.g. `"author-box"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Appeal => "appeal",
            Kind::Newsletter => "newsletter",
            Kind::Share => "share",
            Kind::Controls => "controls",
            Kind::Related => "related",
            Kind::AuthorBox => "author-box",
            Kind::Contact => "contact",
            Kind::Tags => "tags",
            Kind::Breadcrumbs => "breadcrumbs",
            Kind::Comments => "comments",
            Kind::Ad => "ad",
            Kind::Cookie => "cookie",
            Kind::Navigation => "navigation",
            Kind::Metadata => "metadata",
            Kind::Title => "title",
            Kind::Hidden => "hidden",
            Kind::Credit => "credit",
            Kind::Clutter => "clutter",
        }
    }
}

/// Serialized as [`Kind::as_str`] (one table of names for JSON and display).
impl Serialize for Kind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
