//! Metadata: title, byline, excerpt, site name, dates, language and lead image.
//!
//! Sources, strongest first: JSON-LD (`schema.org` Article types), then `<meta>` tags
//! (Dublin Core, OpenGraph, Twitter, Parse.ly, article:*), then the document itself (`<title>`
//! with the site name split off, `<html lang/dir>`). The precedence between sources follows
//! Readability.js, so that pages give the same metadata in both.

use serde_json::Value;

use crate::dom::{Dom, Ix, Tag};
use crate::text;

/// Everything learned about the page before looking for its content.
#[derive(Debug, Default, Clone)]
pub(crate) struct Metadata {
    pub title: Option<String>,
    pub byline: Option<String>,
    pub excerpt: Option<String>,
    pub site_name: Option<String>,
    pub published_time: Option<String>,
    pub lang: Option<String>,
    pub dir: Option<String>,
    pub lead_image: Option<String>,
    /// `<base href>`, if any.
    pub base_href: Option<String>,
    /// The page's own idea of its URL (`<link rel=canonical>`, `og:url`).
    pub canonical_url: Option<String>,
    /// JSON-LD `articleBody`, when it is long enough to locate the article by.
    pub json_ld_body: Option<String>,
    /// Author names from structured data, to recognise bylines inside the content.
    pub authors: Vec<String>,
    /// The `<title>` element's text, untouched.
    pub document_title: String,
    /// The page's structured data says it is a discussion (a forum thread, a question and
    /// its answers): its posts are its content.
    pub discussion: bool,
    /// The page says it is an article: a JSON-LD article object, or `og:type` "article".
    pub declared_article: bool,
    /// The text of the customer reviews that the structured data gives for a product the
    /// page sells (a `Product`'s `review` items). A review that is the page itself (a
    /// `Review` of its own, a review article) is not among them.
    pub product_reviews: Vec<String>,
    /// The page says it sells something: a JSON-LD `Product` or `ProductGroup`, or an
    /// `og:type` of "product". A shop's page is less often one block of prose to find.
    pub sells: bool,
}

impl Metadata {
    /// The page declares itself a story: an article in og:type or JSON-LD, a date, an author
    /// in the metadata. A byline found in the body by its class name is weaker: on a service
    /// page or a shop's it is often a testimonial's or a review's author.
    pub(crate) fn is_story(&self) -> bool {
        self.declared_article || self.published_time.is_some() || self.byline.is_some()
    }
}

/// `schema.org` types of what a shop sells, whose `review` items are its customers' reviews.
const PRODUCT_TYPES: &[&str] = &["Product", "ProductGroup"];

/// `schema.org` types of pages whose content is a thread of posts.
const DISCUSSION_TYPES: &[&str] = &["DiscussionForumPosting"];

/// JSON-LD bodies shorter than this are teasers, not the article.
const MIN_JSON_LD_BODY_CHARS: usize = 200;

/// What the JSON-LD article object says.
#[derive(Default)]
struct JsonLd {
    title: Option<String>,
    byline: Option<String>,
    authors: Vec<String>,
    excerpt: Option<String>,
    site_name: Option<String>,
    published: Option<String>,
    image: Option<String>,
    body: Option<String>,
}

/// Reads the metadata of the page in one pass over its nodes.
pub(crate) fn read(dom: &Dom, use_json_ld: bool) -> Metadata {
    let mut meta = Metadata::default();
    let mut values = MetaValues::default();
    let mut json_ld_scripts: Vec<Ix> = Vec::new();
    let mut first_time: Option<String> = None;
    let mut h1s: Vec<Ix> = Vec::new();
    let mut h2s: Vec<Ix> = Vec::new();
    let mut title_seen = false;
    let mut image_src_link: Option<String> = None;

    for ix in 0..dom.len() as Ix {
        match dom.tag(ix) {
            Tag::Html => {
                meta.lang = meta.lang.take().or_else(|| non_empty(dom.attr(ix, "lang")));
                meta.dir = meta.dir.take().or_else(|| non_empty(dom.attr(ix, "dir")));
            }
            Tag::Title if !title_seen && !inside_svg(dom, ix) => {
                title_seen = true;
                meta.document_title = dom.text_of(ix).trim().to_string();
            }
            Tag::Base if meta.base_href.is_none() => {
                meta.base_href = non_empty(dom.attr(ix, "href"));
            }
            Tag::Meta => values.add(dom, ix),
            Tag::Link => {
                let rel = dom.attr(ix, "rel").unwrap_or("");
                if rel.eq_ignore_ascii_case("image_src") {
                    image_src_link = image_src_link.or_else(|| non_empty(dom.attr(ix, "href")));
                } else if rel.eq_ignore_ascii_case("canonical") && meta.canonical_url.is_none() {
                    meta.canonical_url = non_empty(dom.attr(ix, "href"));
                }
            }
            Tag::Script
                if use_json_ld
                    && dom
                        .attr(ix, "type")
                        .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json")) =>
            {
                json_ld_scripts.push(ix);
            }
            Tag::H1 => h1s.push(ix),
            Tag::H2 => h2s.push(ix),
            Tag::Time if first_time.is_none() => {
                first_time = non_empty(dom.attr(ix, "datetime"));
            }
            _ => {}
        }
        if !meta.discussion
            && dom.tag(ix) != Tag::Text
            && dom
                .attr(ix, "itemtype")
                .is_some_and(|t| DISCUSSION_TYPES.iter().any(|d| t.contains(d)))
        {
            meta.discussion = true;
        }
        if dom.tag(ix) != Tag::Text && first_time.is_none() {
            if let Some(prop) = dom.attr(ix, "itemprop") {
                if prop.split_whitespace().any(|p| p == "datePublished") {
                    first_time = non_empty(dom.attr(ix, "content"))
                        .or_else(|| non_empty(dom.attr(ix, "datetime")));
                }
            }
        }
    }

    // Each script is read once and parsed at most once: for a discussion or product type
    // anywhere in its text (as the page's type, its main entity, an item of a graph: a
    // plain search finds them all), for the first article object (after the loop over the
    // nodes: its name/headline choice consults the <title>, wherever that stands), and for
    // a product's reviews (most pages have none: only a script naming one is parsed for
    // them).
    let mut found: Option<JsonLd> = None;
    for &ix in &json_ld_scripts {
        let raw = dom.text_of_raw(ix);
        if !meta.discussion {
            meta.discussion = DISCUSSION_TYPES
                .iter()
                .any(|d| raw.contains(&format!("\"{d}\"")));
        }
        if !meta.sells {
            meta.sells = PRODUCT_TYPES
                .iter()
                .any(|p| raw.contains(&format!("\"{p}\"")));
        }
        let reviews = raw.contains("\"reviewBody\"");
        if found.is_some() && !reviews {
            continue;
        }
        let Some(parsed) = parse_script(&raw) else {
            continue;
        };
        if found.is_none() {
            found = read_json_ld(&parsed, &meta.document_title);
        }
        if reviews {
            product_reviews(&parsed, false, &mut meta.product_reviews);
        }
    }
    meta.declared_article = found.is_some()
        || values
            .first(&["og:type"])
            .is_some_and(|t| t.eq_ignore_ascii_case("article"));
    meta.sells |= values.first(&["og:type"]).is_some_and(|t| {
        let t = t.trim().to_ascii_lowercase();
        t.strip_prefix("og:").unwrap_or(&t).starts_with("product")
    });
    let mut json_ld = found.unwrap_or_default();
    let v = &values;
    meta.title = json_ld
        .title
        .clone()
        .or_else(|| {
            v.first(&[
                "dc:title",
                "dcterm:title",
                "og:title",
                "weibo:article:title",
                "weibo:webpage:title",
                "title",
                "twitter:title",
                "parsely-title",
            ])
        })
        .or_else(|| {
            let t = title_from_document(dom, &meta.document_title, &h1s, &h2s);
            (!t.is_empty()).then_some(t)
        });
    let article_author = v
        .get("article:author")
        .filter(|a| !a.starts_with("http://") && !a.starts_with("https://"));
    meta.byline = json_ld
        .byline
        .clone()
        .or_else(|| v.first(&["dc:creator", "dcterm:creator", "author", "parsely-author"]))
        .or(article_author);
    meta.excerpt = json_ld.excerpt.clone().or_else(|| {
        v.first(&[
            "dc:description",
            "dcterm:description",
            "og:description",
            "weibo:article:description",
            "weibo:webpage:description",
            "description",
            "twitter:description",
        ])
    });
    meta.site_name = json_ld
        .site_name
        .clone()
        .or_else(|| v.first(&["og:site_name"]));
    meta.published_time = json_ld
        .published
        .clone()
        .or_else(|| v.first(&["article:published_time", "parsely-pub-date"]))
        .or_else(|| {
            v.first(&[
                "dc:date",
                "dcterm:date",
                "date",
                "pubdate",
                "publishdate",
                "sailthru.date",
                "og:published_time",
                "dc:date:issued",
            ])
        })
        .or(first_time);
    meta.lead_image = json_ld
        .image
        .clone()
        .or_else(|| {
            v.first(&[
                "og:image",
                "og:image:url",
                "og:image:secure_url",
                "twitter:image",
                "twitter:image:src",
            ])
        })
        .or(image_src_link);
    meta.json_ld_body = json_ld.body.take();
    if meta.canonical_url.is_none() {
        meta.canonical_url = v.first(&["og:url"]);
    }
    meta.authors = std::mem::take(&mut json_ld.authors);
    if meta.lang.is_none() {
        meta.lang = v.first(&["og:locale", "content-language", "dc:language", "language"]);
    }
    for field in [
        &mut meta.title,
        &mut meta.byline,
        &mut meta.excerpt,
        &mut meta.site_name,
        &mut meta.published_time,
    ] {
        if let Some(s) = field.take() {
            let s = text::collapse(&text::unescape_entities(&s));
            *field = (!s.is_empty()).then_some(s);
        }
    }
    meta
}

fn inside_svg(dom: &Dom, ix: Ix) -> bool {
    dom.ancestors(ix).any(|a| dom.tag(a) == Tag::Svg)
}

fn non_empty(s: Option<&str>) -> Option<String> {
    s.map(str::trim).filter(|s| !s.is_empty()).map(String::from)
}

/// `<meta>` values by normalised name, first value kept.
#[derive(Default)]
struct MetaValues {
    entries: Vec<(String, String)>,
}

/// Prefixes of `property` values Readability reads, with the names it reads after them.
const PROPERTY_PREFIXES: &[&str] = &["article", "dc", "dcterm", "og", "twitter"];
const PROPERTY_NAMES: &[&str] = &[
    "author",
    "creator",
    "description",
    "published_time",
    "title",
    "site_name",
    "image",
    "image:url",
    "image:secure_url",
    "image:src",
    "locale",
    "url",
    "type",
];

impl MetaValues {
    fn add(&mut self, dom: &Dom, ix: Ix) {
        let Some(content) = dom.attr(ix, "content").map(str::trim) else {
            return;
        };
        if content.is_empty() {
            return;
        }
        if let Some(property) = dom.attr(ix, "property") {
            // A property attribute may list several space-separated names.
            let mut matched = false;
            for p in property.split_whitespace() {
                if let Some(name) = property_name(p) {
                    self.push(name, content);
                    matched = true;
                }
            }
            if matched {
                return;
            }
        }
        if let Some(name) = dom.attr(ix, "name").or_else(|| dom.attr(ix, "itemprop")) {
            let name: String = name
                .trim()
                .chars()
                .filter(|c| !c.is_whitespace())
                .map(|c| {
                    if c == '.' {
                        ':'
                    } else {
                        c.to_ascii_lowercase()
                    }
                })
                .collect();
            self.push(name, content);
        } else if let Some(equiv) = dom.attr(ix, "http-equiv") {
            self.push(equiv.trim().to_ascii_lowercase(), content);
        }
    }

    /// A later tag with the same name replaces an earlier one (as in Readability).
    fn push(&mut self, name: String, content: &str) {
        match self.entries.iter_mut().find(|(n, _)| *n == name) {
            Some(entry) => entry.1 = content.to_string(),
            None => self.entries.push((name, content.to_string())),
        }
    }

    fn get(&self, name: &str) -> Option<String> {
        self.entries
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
    }

    fn first(&self, names: &[&str]) -> Option<String> {
        names.iter().find_map(|n| self.get(n))
    }
}

/// `og:title` → `og:title`; `og:article:author` → `article:author` (the first
/// `prefix:name` pair anywhere in the value, as Readability reads it); others → None.
fn property_name(property: &str) -> Option<String> {
    let lower = property.to_ascii_lowercase();
    let parts: Vec<&str> = lower.split(':').map(str::trim).collect();
    for i in 0..parts.len().saturating_sub(1) {
        let prefix = parts[i];
        // Longest known name first ("image:url" before "image").
        let rest = parts[i + 1..].join(":");
        let name = PROPERTY_NAMES
            .iter()
            .filter(|n| rest == **n || rest.starts_with(&format!("{n}:")))
            .max_by_key(|n| n.len());
        if let (true, Some(name)) = (PROPERTY_PREFIXES.contains(&prefix), name) {
            return Some(format!("{prefix}:{name}"));
        }
    }
    None
}

/// `schema.org` types that describe an article (Readability's list).
const ARTICLE_TYPES: &[&str] = &[
    "Article",
    "AdvertiserContentArticle",
    "NewsArticle",
    "AnalysisNewsArticle",
    "AskPublicNewsArticle",
    "BackgroundNewsArticle",
    "OpinionNewsArticle",
    "ReportageNewsArticle",
    "ReviewNewsArticle",
    "Report",
    "SatiricalArticle",
    "ScholarlyArticle",
    "MedicalScholarlyArticle",
    "SocialMediaPosting",
    "BlogPosting",
    "LiveBlogPosting",
    "DiscussionForumPosting",
    "TechArticle",
    "APIReference",
];

fn is_article_type(value: &Value) -> bool {
    match value {
        Value::String(s) => ARTICLE_TYPES.contains(&s.as_str()),
        Value::Array(items) => items.iter().any(is_article_type),
        _ => false,
    }
}

fn is_schema_org(value: &Value) -> bool {
    let ok = |s: &str| {
        let s = s.trim_end_matches('/');
        s == "http://schema.org" || s == "https://schema.org"
    };
    match value {
        Value::String(s) => ok(s),
        Value::Object(map) => map.get("@vocab").and_then(Value::as_str).is_some_and(ok),
        Value::Array(items) => items.iter().any(is_schema_org),
        _ => false,
    }
}

/// A JSON-LD script's value (its text may be wrapped in a CDATA section).
fn parse_script(raw: &str) -> Option<Value> {
    let trimmed = raw
        .trim()
        .trim_start_matches("<![CDATA[")
        .trim_end_matches("]]>")
        .trim();
    serde_json::from_str(trimmed).ok()
}

/// Adds to `out` the text (`reviewBody`) of every review under a product in `value`
/// (`in_product`: `value` is inside one already), at any depth: a `@graph`, a product's
/// `review` list, an offer's. JSON nesting is bounded by the parser's recursion limit.
fn product_reviews(value: &Value, in_product: bool, out: &mut Vec<String>) {
    match value {
        Value::Array(items) => {
            for item in items {
                product_reviews(item, in_product, out);
            }
        }
        Value::Object(map) => {
            let product = in_product || map.get("@type").is_some_and(is_product_type);
            if product {
                if let Some(body) = map.get("reviewBody").and_then(Value::as_str) {
                    out.push(text::unescape_entities(body.trim()));
                }
            }
            for (key, item) in map {
                if key != "reviewBody" {
                    product_reviews(item, product, out);
                }
            }
        }
        _ => {}
    }
}

fn is_product_type(value: &Value) -> bool {
    match value {
        Value::String(s) => PRODUCT_TYPES.contains(&s.as_str()),
        Value::Array(items) => items.iter().any(is_product_type),
        _ => false,
    }
}

/// Finds the article object in a JSON-LD script's value and reads it.
fn read_json_ld(parsed: &Value, document_title: &str) -> Option<JsonLd> {
    let article = find_article(parsed)?;
    let mut out = JsonLd::default();
    let name = article.get("name").and_then(Value::as_str).map(str::trim);
    let headline = article
        .get("headline")
        .and_then(Value::as_str)
        .map(str::trim);
    out.title = match (name, headline) {
        (Some(n), Some(h)) if n != h => {
            // Some sites put their own name in "name": take whichever matches the page title.
            let title = title_from_title_text(document_title);
            let name_ok = text::similarity(n, &title) > text::TITLE_SIMILARITY;
            let headline_ok = text::similarity(h, &title) > text::TITLE_SIMILARITY;
            Some(if headline_ok && !name_ok { h } else { n }.to_string())
        }
        (Some(n), _) => Some(n.to_string()),
        (None, Some(h)) => Some(h.to_string()),
        _ => None,
    }
    .filter(|s| !s.is_empty());
    if let Some(author) = article.get("author") {
        let names: Vec<String> = match author {
            Value::Array(items) => items.iter().filter_map(person_name).collect(),
            other => person_name(other).into_iter().collect(),
        };
        if !names.is_empty() {
            out.byline = Some(names.join(", "));
        }
        out.authors = names;
    }
    out.excerpt = article
        .get("description")
        .and_then(Value::as_str)
        .map(|s| s.trim().to_string());
    out.site_name = article
        .get("publisher")
        .and_then(|p| p.get("name"))
        .and_then(Value::as_str)
        .map(|s| s.trim().to_string());
    out.published = article
        .get("datePublished")
        .and_then(Value::as_str)
        .map(|s| s.trim().to_string());
    out.image = article.get("image").and_then(image_url);
    out.body = article
        .get("articleBody")
        .and_then(Value::as_str)
        .filter(|b| b.chars().count() >= MIN_JSON_LD_BODY_CHARS)
        .map(String::from);
    Some(out)
}

fn find_article(parsed: &Value) -> Option<&Value> {
    match parsed {
        Value::Array(items) => items
            .iter()
            .find(|it| it.get("@type").is_some_and(is_article_type))
            .filter(|it| it.get("@context").is_none_or(is_schema_org)),
        Value::Object(map) => {
            if !map.get("@context").is_some_and(is_schema_org) {
                return None;
            }
            match map.get("@type") {
                Some(t) if is_article_type(t) => Some(parsed),
                Some(_) => None,
                None => map
                    .get("@graph")?
                    .as_array()?
                    .iter()
                    .find(|it| it.get("@type").is_some_and(is_article_type)),
            }
        }
        _ => None,
    }
}

fn person_name(value: &Value) -> Option<String> {
    match value {
        Value::Object(map) => map
            .get("name")
            .and_then(Value::as_str)
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty()),
        _ => None,
    }
}

fn image_url(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Value::Object(map) => map
            .get("url")
            .or_else(|| map.get("contentUrl"))
            .and_then(image_url),
        Value::Array(items) => items.iter().find_map(image_url),
        _ => None,
    }
}

/// Separators between a headline and the site name in `<title>`.
const TITLE_SEPARATORS: &[char] = &['|', '-', '–', '—', '\\', '/', '>', '»'];
/// The separators that mark a hierarchy ("Section » Story").
const HIERARCHY_SEPARATORS: &[char] = &['\\', '/', '>', '»'];

fn word_count(s: &str) -> usize {
    s.split_whitespace().count().max(1)
}

/// Byte positions of " X " where X is a separator.
fn separator_positions(title: &str) -> Vec<(usize, char)> {
    let chars: Vec<(usize, char)> = title.char_indices().collect();
    let mut out = Vec::new();
    for w in chars.windows(3) {
        if w[0].1 == ' ' && w[2].1 == ' ' && TITLE_SEPARATORS.contains(&w[1].1) {
            out.push((w[0].0, w[1].1));
        }
    }
    out
}

/// The headline part of a `<title>`, without headings to consult.
fn title_from_title_text(title: &str) -> String {
    let seps = separator_positions(title);
    match seps.last() {
        Some(&(pos, _)) => title[..pos].trim().to_string(),
        None => title.trim().to_string(),
    }
}

/// Readability's title heuristic: split the site name off `<title>`, consulting headings.
fn title_from_document(dom: &Dom, original: &str, h1s: &[Ix], h2s: &[Ix]) -> String {
    let original = text::collapse(original);
    let mut current = original.clone();
    let mut had_hierarchy = false;
    let seps = separator_positions(&original);
    if let Some(&(last, _)) = seps.last() {
        had_hierarchy = seps.iter().any(|(_, c)| HIERARCHY_SEPARATORS.contains(c));
        current = original[..last].to_string();
        if word_count(&current) < 3 {
            // Too short: drop the first part instead.
            let first = original.find(TITLE_SEPARATORS).map_or(0, |i| {
                i + original[i..].chars().next().map_or(1, char::len_utf8)
            });
            current = original[first..].to_string();
        }
    } else if original.contains(": ") {
        let exact_heading = h1s
            .iter()
            .chain(h2s)
            .any(|&h| dom.text_of(h).trim() == original.trim());
        if !exact_heading {
            let after_last = original.rfind(':').map_or(0, |i| i + 1);
            current = original[after_last..].to_string();
            if word_count(&current) < 3 {
                let after_first = original.find(':').map_or(0, |i| i + 1);
                current = original[after_first..].to_string();
            } else if word_count(&original[..original.find(':').unwrap_or(0)]) > 5 {
                current = original.clone();
            }
        }
    } else if original.chars().count() > 150 || original.chars().count() < 15 {
        if let [only] = h1s {
            current = dom.text_of(*only);
        }
    }
    let current = text::collapse(current.trim());
    let count = word_count(&current);
    let original_words = original
        .replace(TITLE_SEPARATORS, "")
        .split_whitespace()
        .count();
    if count <= 4 && (!had_hierarchy || count + 1 != original_words) {
        return original;
    }
    current
}

#[cfg(test)]
mod tests {
    use super::*;
    fn meta_of(page: &str) -> Metadata {
        let dom = crate::parse::document(page);
        read(&dom, true)
    }

    #[test]
    fn og_type_article_declares_an_article() {
        let page = |og: &str| {
            format!(
                "<html><head><title>T</title><meta property=\"og:type\" content=\"{og}\">\
                 </head><body></body></html>"
            )
        };
        assert!(meta_of(&page("article")).declared_article);
        assert!(!meta_of(&page("website")).declared_article);
        assert!(!meta_of("<html><head><title>T</title></head></html>").declared_article);
    }

    #[test]
    fn a_product_in_structured_data_or_og_type_says_the_page_sells() {
        let og = |t: &str| {
            format!(
                "<html><head><title>T</title><meta property=\"og:type\" content=\"{t}\">\
                 </head><body></body></html>"
            )
        };
        assert!(meta_of(&og("product")).sells);
        assert!(meta_of(&og("og:product")).sells);
        assert!(meta_of(&og("product.item")).sells);
        assert!(!meta_of(&og("article")).sells);
        let ld = |json: &str| {
            format!(
                "<html><head><title>T</title><script type=\"application/ld+json\">{json}\
                 </script></head><body></body></html>"
            )
        };
        assert!(
            meta_of(&ld(
                r#"{"@graph":[{"@type":"WebPage"},{"@type": "Product","name":"K2"}]}"#
            ))
            .sells
        );
        assert!(meta_of(&ld(r#"{"@type":"ProductGroup","name":"K2"}"#)).sells);
        assert!(
            !meta_of(&ld(
                r#"{"@type":"NewsArticle","headline":"Product recall"}"#
            ))
            .sells
        );
    }

    #[test]
    fn json_ld_first_then_meta() {
        let m = meta_of(
            r#"<html lang="en"><head><title>Big storm hits coast - Daily Planet</title>
            <meta property="og:title" content="OG title">
            <meta property="og:site_name" content="Daily Planet">
            <meta name="author" content="Meta Author">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
              "headline":"Big storm hits coast","author":[{"@type":"Person","name":"Lois Lane"},{"name":"Clark Kent"}],
              "datePublished":"2024-05-01T10:00:00Z","image":{"url":"https://img.example/a.jpg"}}</script>
            </head><body></body></html>"#,
        );
        assert_eq!(m.title.as_deref(), Some("Big storm hits coast"));
        assert_eq!(m.byline.as_deref(), Some("Lois Lane, Clark Kent"));
        assert_eq!(m.site_name.as_deref(), Some("Daily Planet"));
        assert_eq!(m.published_time.as_deref(), Some("2024-05-01T10:00:00Z"));
        assert_eq!(m.lead_image.as_deref(), Some("https://img.example/a.jpg"));
        assert_eq!(m.lang.as_deref(), Some("en"));
    }

    #[test]
    fn site_name_is_split_off_the_title() {
        let m = meta_of("<title>Why the river flooded again this spring | The Gazette</title>");
        assert_eq!(
            m.title.as_deref(),
            Some("Why the river flooded again this spring")
        );
        let m = meta_of("<title>News » World » Talks on ceasefire resume in Cairo</title>");
        // Too few words would be left: Readability keeps the whole title.
        assert_eq!(
            m.title.as_deref(),
            Some("News » World » Talks on ceasefire resume in Cairo")
        );
    }

    #[test]
    fn graph_and_entities() {
        let m = meta_of(
            r#"<script type="application/ld+json">{"@context":"http://schema.org/","@graph":[
              {"@type":"WebSite","name":"Site"},{"@type":"BlogPosting","name":"Tom &amp; Jerry"}]}</script>"#,
        );
        assert_eq!(m.title.as_deref(), Some("Tom & Jerry"));
    }

    #[test]
    fn broken_json_ld_is_ignored() {
        let m = meta_of(
            r#"<title>A perfectly ordinary headline here</title><script type="application/ld+json">{"@context": </script>"#,
        );
        assert_eq!(
            m.title.as_deref(),
            Some("A perfectly ordinary headline here")
        );
    }

    #[test]
    fn a_products_reviews_are_listed_a_review_page_is_not() {
        let script = |json: &str| format!(r#"<script type="application/ld+json">{json}</script>"#);
        // In a product, in a graph, in a product group's variant: listed, entities decoded.
        let m = meta_of(&script(
            r#"{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},
              {"@type":"ProductGroup","hasVariant":[{"@type":"Product","review":[
                {"@type":"Review","reviewBody":"Solid &amp; easy to assemble."}]}]},
              {"@type":["Product","Thing"],"review":{"@type":"Review","reviewBody":"Fits nicely."}}]}"#,
        ));
        assert_eq!(
            m.product_reviews,
            ["Solid & easy to assemble.", "Fits nicely."]
        );
        // A review that is the page (a review article of a product), or a business's: none.
        for json in [
            r#"{"@context":"https://schema.org","@type":"Review","reviewBody":"The K2 is a fine keyboard.",
               "itemReviewed":{"@type":"Product","name":"K2"}}"#,
            r#"{"@context":"https://schema.org","@type":"MovingCompany",
               "review":[{"@type":"Review","reviewBody":"They moved us in a day."}]}"#,
        ] {
            assert!(meta_of(&script(json)).product_reviews.is_empty(), "{json}");
        }
    }
}
