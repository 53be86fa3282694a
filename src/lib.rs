//! # declutter
//!
//! Turns an article page's HTML into the article alone: title, byline, date, site name,
//! lead image, and the body as safe HTML, plain text and Markdown, without the boilerplate
//! that sits inside article bodies (subscription appeals, share widgets, "Read also" links,
//! author boxes, comment notices, ad labels...). Every piece removed from the article is
//! listed, with the rule that removed it.
//!
//! Two entry points: [`extract`] (and [`extract_bytes`] for undecoded pages) and
//! [`is_probably_readerable`].
//!
//! ```
//! let html = r#"<html><head><title>Storm closes the coast road | The Gazette</title></head>
//! <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
//! <article><h1>Storm closes the coast road</h1>
//! <p>The coast road was closed on Tuesday after a storm brought down trees and power
//! lines along a ten-kilometre stretch, the county council said.</p>
//! <p>Read also: <a href="/floods">Floods expected this weekend</a></p>
//! <p>Crews worked through the night to clear the debris, and the council expects the road
//! to reopen on Thursday, weather permitting, a spokeswoman said.</p>
//! <div class="share-bar"><a href="https://facebook.com/share">Share</a></div>
//! </article></body></html>"#;
//!
//! let options = declutter_article::Options {
//!     url: Some("https://gazette.example/news/storm".into()),
//!     ..Default::default()
//! };
//! let article = declutter_article::extract(html, &options)?;
//! assert_eq!(article.title.as_deref(), Some("Storm closes the coast road"));
//! assert!(article.text_content.contains("Crews worked through the night"));
//! assert!(!article.text_content.contains("Read also"));
//! assert!(article.removed.iter().any(|r| r.kind == declutter_article::Kind::Related));
//! # Ok::<(), declutter_article::Error>(())
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![deny(rustdoc::broken_intra_doc_links)]

#[cfg(feature = "ablation")]
pub mod ablation;
mod article;
mod boilerplate;
mod clean;
mod content;
mod decode;
mod dom;
mod error;
mod metadata;
mod options;
mod page;
mod paged;
mod parse;
mod patterns;
mod prose;
mod readerable;
mod select;
mod selector;
mod serialize;
mod stats;
mod text;
mod urls;

#[cfg(target_arch = "wasm32")]
mod wasm;

#[cfg(all(feature = "platform-parser", not(target_arch = "wasm32")))]
compile_error!(
    "the platform-parser feature is for the WebAssembly build for pages, which parses HTML \
     with the browser's parser; native builds parse with html5ever"
);

pub use article::{Article, Choice, Kind, Removal};
pub use error::Error;
pub use options::{Favor, MarkdownHeader, Options};

use dom::{Dom, Ix, Tag};
use page::Page;
use serialize::text::Figures;

/// Longest text sample kept for a removal, in characters.
const REMOVAL_SAMPLE_CHARS: usize = 100;
/// Reading speed for `reading_time_minutes`, in words per minute (a common average for
/// adults reading non-fiction on screen).
const WORDS_PER_MINUTE: usize = 230;

/// Extracts the article from a page.
///
/// Never panics on any input. Returns an [`Error`] for input that is not a page at all
/// (empty, binary, JSON, over the size limit) and for invalid options; a page with no
/// recognisable article gives an [`Article`] with empty `content`.
///
/// # Examples
/// ```
/// let article = declutter_article::extract("<p>Just one short paragraph.</p>", &Default::default())?;
/// assert_eq!(article.text_content, "Just one short paragraph.");
///
/// let err = declutter_article::extract("   ", &Default::default()).unwrap_err();
/// assert_eq!(err, declutter_article::Error::EmptyInput);
/// # Ok::<(), declutter_article::Error>(())
/// ```
pub fn extract(html: &str, options: &Options) -> Result<Article, Error> {
    options.validate()?;
    parse::check(html, options.max_input_bytes)?;
    extract_from(parse::document(html), options)
}

/// Like [`extract`], for a page that a browser has already parsed, in the walked form that
/// the npm package's JavaScript writes from a live document (`www/walk.js`; see
/// `parse::walked`). `maxInputBytes` applies to the walked form. For the WebAssembly
/// binding, the fuzzer and the benchmarks; not a stable API.
#[doc(hidden)]
pub fn extract_walked(walked: &str, options: &Options) -> Result<Article, Error> {
    options.validate()?;
    if walked.len() > options.max_input_bytes {
        return Err(Error::InputTooLarge {
            size: walked.len(),
            limit: options.max_input_bytes,
        });
    }
    extract_from(parse::walked(walked)?, options)
}

/// [`is_probably_readerable`] of a walked page (see [`extract_walked`]); false for a form
/// of another version. Not a stable API.
#[doc(hidden)]
pub fn is_probably_readerable_walked(walked: &str) -> bool {
    parse::walked(walked).is_ok_and(|dom| readerable::probably_readerable(&dom))
}

/// The walked form of a page, as the npm package's JavaScript writes it from a browser's
/// document: for tests, fuzzing and benchmarks, which have no browser. Not a stable API.
#[doc(hidden)]
#[cfg(not(target_arch = "wasm32"))]
pub fn walk_html(html: &str) -> String {
    parse::walked::write(&parse::document(html))
}

/// The extraction from the parsed page on.
fn extract_from(dom: Dom, options: &Options) -> Result<Article, Error> {
    if options.max_elements > 0 {
        let count = dom.nodes.iter().filter(|n| n.tag != Tag::Text).count();
        if count > options.max_elements {
            return Err(Error::TooManyElements {
                count,
                limit: options.max_elements,
            });
        }
    }
    let draft = run(&dom, options);
    let mut draft = match noscript_page(&dom, &draft, options) {
        Some(fallback) => fallback,
        None => draft,
    };
    drop(dom);
    // The page's URL for the Markdown's front matter: the caller's, or the page's own
    // canonical URL.
    let canonical_url = draft.meta.canonical_url.take();
    // The parsed page is gone by now: the outputs are written from the cleaned tree alone,
    // which keeps the peak memory of large pages down.
    let mut article = draft.finish();
    serialize::document::add_header(&mut article, options, canonical_url.as_deref());
    Ok(article)
}

/// Like [`extract`], for a page as bytes in an unknown encoding: the encoding is taken from
/// a byte order mark, a `<meta charset>` declaration, or the bytes themselves.
///
/// # Examples
/// ```
/// let latin1 = b"<html><head><meta charset=\"iso-8859-1\"></head><body><p>Gr\xfc\xdfe aus K\xf6ln</p></body></html>";
/// let article = declutter_article::extract_bytes(latin1, &Default::default())?;
/// assert_eq!(article.text_content, "Grüße aus Köln");
/// # Ok::<(), declutter_article::Error>(())
/// ```
pub fn extract_bytes(bytes: &[u8], options: &Options) -> Result<Article, Error> {
    if bytes.len() > options.max_input_bytes {
        return Err(Error::InputTooLarge {
            size: bytes.len(),
            limit: options.max_input_bytes,
        });
    }
    let (text, _) = decode::decode(bytes);
    extract(&text, options)
}

/// Decodes a page given as bytes to text (see [`extract_bytes`] for how the encoding is
/// chosen), and names the encoding used.
///
/// # Examples
/// ```
/// let (text, encoding) = declutter_article::decode_html(b"<meta charset=windows-1251>\xcf\xf0\xe8\xe2\xe5\xf2");
/// assert_eq!(encoding, "windows-1251");
/// assert!(text.ends_with("Привет"));
/// ```
pub fn decode_html(bytes: &[u8]) -> (String, &'static str) {
    let (text, encoding) = decode::decode(bytes);
    (text.into_owned(), encoding)
}

/// Like [`decode_html`], for a page whose transport declared a charset: `charset` is the
/// `charset` parameter of an HTTP `Content-Type` header (e.g. `"windows-1251"`). It comes
/// before the page's own `<meta>` declaration, as in browsers; a byte order mark still
/// comes first, and an unknown label is ignored. Pass the text to [`extract`].
///
/// # Examples
/// ```
/// // The page's template says Latin-1; the server knows better.
/// let page = b"<meta charset=iso-8859-1><p>\xcf\xf0\xe8\xe2\xe5\xf2</p>";
/// let (text, encoding) = declutter_article::decode_html_with_charset(page, "windows-1251");
/// assert_eq!(encoding, "windows-1251");
/// assert!(text.contains("Привет"));
/// ```
pub fn decode_html_with_charset(bytes: &[u8], charset: &str) -> (String, &'static str) {
    let (text, encoding) = decode::decode_declared(bytes, charset);
    (text.into_owned(), encoding)
}

/// A quick test of whether the page probably holds an article, as Firefox uses to decide
/// whether to offer its reader view. Much cheaper than [`extract`]: no scoring, no output.
///
/// # Examples
/// ```
/// let para = "<p>".to_string() + &"A sentence of a real article, with some words. ".repeat(12) + "</p>";
/// let page = format!("<html><body>{}</body></html>", para.repeat(3));
/// assert!(declutter_article::is_probably_readerable(&page));
/// assert!(!declutter_article::is_probably_readerable("<ul><li><a href=/>Home</a></li></ul>"));
/// ```
pub fn is_probably_readerable(html: &str) -> bool {
    if parse::check(html, usize::MAX).is_err() {
        return false;
    }
    let dom = parse::document(html);
    readerable::probably_readerable(&dom)
}

/// Parses a page into the tree every stage reads and returns its number of nodes: the floor
/// under an extraction's time and memory, for the benchmarks. Not a stable API.
#[doc(hidden)]
#[cfg(not(target_arch = "wasm32"))]
pub fn parse_only(html: &str) -> usize {
    parse::document(html).len()
}

/// A developer's trace of an extraction: each attempt's flags, chosen roots and length, and
/// every removal (inside the article or not). For debugging heuristics; the format is not
/// stable. Native builds only.
#[doc(hidden)]
#[cfg(not(target_arch = "wasm32"))]
pub fn trace(html: &str, options: &Options) -> Result<String, Error> {
    options.validate()?;
    parse::check(html, options.max_input_bytes)?;
    let dom = parse::document(html);
    let mut log = String::new();
    run_logged(&dom, options, Some(&mut log));
    Ok(log)
}

#[cfg(not(target_arch = "wasm32"))]
fn describe(dom: &Dom, ix: Ix) -> String {
    let Some(name) = dom.name(ix) else {
        return "#text".into();
    };
    let mut s = format!("<{name}");
    for a in ["id", "class", "itemprop", "role"] {
        if let Some(v) = dom.attr(ix, a) {
            s.push_str(&format!(" {a}=\"{}\"", text::sample(v, 60)));
        }
    }
    s.push('>');
    s
}

fn run(dom: &Dom, options: &Options) -> Draft {
    run_logged(dom, options, None)
}

/// Shortest `<noscript>` text read as a page of its own: a served-without-scripts copy of
/// the content is a whole page of markup, not an image fallback or a "please enable
/// JavaScript" line.
const NOSCRIPT_PAGE_MIN_BYTES: usize = 1000;

/// Pages whose body shows nearly nothing until scripts run may carry their content in a
/// `<noscript>` for readers and crawlers without scripts (Discourse and Flarum forums serve
/// the whole thread so). When the article found is shorter than the length threshold, the
/// largest such `<noscript>` is parsed as a page and extracted, with the page's own
/// metadata; its article replaces the first when it holds much more text.
fn noscript_page(dom: &Dom, draft: &Draft, options: &Options) -> Option<Draft> {
    if draft.tree.text_chars() >= options.char_threshold {
        return None;
    }
    let body = dom.body;
    let (_, markup) = (body..dom.end(body))
        .filter(|&ix| dom.tag(ix) == Tag::Noscript)
        .map(|ix| dom.text_of_raw(ix))
        .filter(|t| t.len() >= NOSCRIPT_PAGE_MIN_BYTES && t.contains('<'))
        .map(|t| (t.len(), t))
        .max_by_key(|(len, _)| *len)?;
    let inner = parse::document(&markup);
    let meta = metadata::read(dom, !options.disable_json_ld);
    let mut fallback = run_with(&inner, meta, options, None);
    fallback.chosen = Choice {
        candidate: select::Origin::Noscript.name().to_string(),
        reason: format!(
            "the page shows little without scripts; its <noscript> copy holds the content ({}, {})",
            fallback.chosen.candidate, fallback.chosen.reason
        ),
    };
    (fallback.tree.text_chars() as f32
        > draft.tree.text_chars() as f32 * select::LOOSER_ATTEMPT_MIN_GAIN)
        .then_some(fallback)
}

fn run_logged(dom: &Dom, options: &Options, log: Option<&mut String>) -> Draft {
    let meta = metadata::read(dom, !options.disable_json_ld);
    run_with(dom, meta, options, log)
}

fn run_with(
    dom: &Dom,
    mut meta: metadata::Metadata,
    options: &Options,
    log: Option<&mut String>,
) -> Draft {
    let mut page = Page::new(dom);
    let removed_by_user = matching(dom, &options.remove_selectors, &dom.marks.remove);
    for ix in matching(dom, &options.keep_selectors, &dom.marks.keep) {
        page.protect(ix);
    }
    let discussion = if meta.discussion {
        content::Discussion::Declared
    } else if options
        .url
        .as_deref()
        .or(meta.canonical_url.as_deref())
        .is_some_and(patterns::pages::url_says_discussion)
        || patterns::pages::title_says_discussion(&meta.document_title)
    {
        content::Discussion::ByAddress
    } else {
        content::Discussion::No
    };
    content::remove_never_content(&mut page, &removed_by_user, discussion);

    // Without a URL from the caller, the page's canonical URL is the best guess of where
    // it lives (only absolute ones are usable).
    let page_url = options.url.as_deref().or(meta.canonical_url.as_deref());
    let base = base_url(page_url, meta.base_href.as_deref());
    let settings = clean::OutputSettings {
        base,
        keep_images: options.keep_images,
        keep_links: options.keep_links,
        keep_classes: options.keep_classes,
        classes_to_preserve: &options.classes_to_preserve,
    };
    let mut authors = meta.authors.clone();
    if let Some(b) = &meta.byline {
        authors.push(b.clone());
    }
    let setup = select::Setup {
        meta: &meta,
        options,
        settings: &settings,
        authors: &authors,
        base_records: page.records().len(),
    };
    let (mut winner, verdict, confidence) = select::select(&mut page, &setup, log);
    page.reapply(winner.removals);
    let named = boilerplate::keep_posters(&mut page, &winner.roots, setup.base_records);
    let copies =
        options.strip_boilerplate && boilerplate::repeated_copies(&mut page, &winner.roots);
    if named || copies {
        winner.tree = clean::build(&page, &winner.roots, &settings);
    }
    let area = content::article_area(&page, &winner.roots);
    if let Some(area) = area {
        if options.strip_boilerplate {
            let ctx = boilerplate::Context {
                roots: &winner.roots,
                related_headings: &[],
                flags: winner.flags,
                stripping: boilerplate::Stripping::All,
                authors: authors.clone(),
                title: meta.title.clone(),
                product_reviews: &meta.product_reviews,
                link_density_modifier: options.link_density_modifier,
                favor: options.favor,
                story: meta.is_story(),
            };
            boilerplate::label_outside(&mut page, area, &ctx);
        }
    }
    let scope = area.map_or_else(|| winner.roots.clone(), |a| vec![a]);
    let lead_image_url = meta
        .lead_image
        .as_deref()
        .and_then(|u| clean::safe_url(u, settings.base.as_deref(), clean::IMAGE_SCHEMES, false));
    Draft {
        removed: removals(&page, &scope),
        chosen: Choice {
            candidate: winner.origin.name().to_string(),
            reason: verdict.reason.to_string(),
        },
        confidence,
        byline: meta.byline.take().or(winner.byline),
        dir: winner.dir.or(meta.dir.take()),
        lead_image_url,
        tree: winner.tree,
        meta,
    }
}

/// Elements matching any of `selectors` (already validated by `Options::validate`), and
/// those a browser marked for them (`marked`, from a walked page), in document order.
fn matching(dom: &Dom, selectors: &[String], marked: &[Ix]) -> Vec<Ix> {
    let lists: Vec<selector::SelectorList> = selectors
        .iter()
        .filter_map(|s| selector::SelectorList::parse(s).ok())
        .collect();
    let mut found: Vec<Ix> = marked.to_vec();
    if !lists.is_empty() {
        found.extend((0..dom.len() as Ix).filter(|&ix| lists.iter().any(|l| l.matches(dom, ix))));
    }
    found.sort_unstable();
    found.dedup();
    found
}

fn base_url(page_url: Option<&str>, base_href: Option<&str>) -> Option<String> {
    let page = page_url.and_then(urls::parse);
    let resolved = match (page, base_href) {
        (Some(p), Some(b)) => urls::join(&p.href, b).or(Some(p)),
        (Some(p), None) => Some(p),
        (None, Some(b)) => urls::parse(b),
        (None, None) => None,
    };
    resolved.map(|u| u.href)
}

/// What an extraction found, before the outputs are written: everything in it is owned, so
/// the parsed page can be dropped first.
#[derive(Default)]
struct Draft {
    meta: metadata::Metadata,
    byline: Option<String>,
    dir: Option<String>,
    lead_image_url: Option<String>,
    tree: clean::OutTree,
    removed: Vec<Removal>,
    chosen: Choice,
    confidence: f64,
}

impl Draft {
    /// Writes the outputs.
    fn finish(self) -> Article {
        let Draft {
            meta,
            byline,
            dir,
            lead_image_url,
            tree,
            removed,
            chosen,
            confidence,
        } = self;
        let content = serialize::html::write(&tree);
        let text_content = serialize::text::write(&tree, Figures::Keep);
        // Without figures the prose is all the text: no second pass over the tree.
        let has_figures = tree
            .nodes
            .iter()
            .any(|n| matches!(n.tag, clean::OutTag::Figure | clean::OutTag::Figcaption));
        let text = if has_figures {
            let running = serialize::text::write(&tree, Figures::Omit);
            // An article made of figures alone (a gallery, a grid of product cards) has
            // its text in them: plain text without them would be empty.
            if running.trim().is_empty() {
                text_content.clone()
            } else {
                running
            }
        } else {
            text_content.clone()
        };
        let markdown = serialize::markdown::write(&tree);
        let word_count = text::word_count(&text_content);
        let reading_time_minutes = word_count.div_ceil(WORDS_PER_MINUTE) as u32;
        let excerpt = meta.excerpt.or_else(|| first_paragraph(&tree));
        let lead_image_url = lead_image_url.or_else(|| first_image(&tree));
        Article {
            title: meta.title,
            byline,
            dir,
            lang: meta.lang,
            length: text_content.chars().count(),
            content,
            text_content,
            text,
            excerpt,
            site_name: meta.site_name,
            published_time: meta.published_time,
            lead_image_url,
            markdown,
            word_count,
            reading_time_minutes,
            removed,
            chosen,
            confidence,
        }
    }
}

/// Removals inside the article area, outermost only, in document order.
fn removals(page: &Page<'_>, roots: &[Ix]) -> Vec<Removal> {
    let dom = page.dom();
    let mut records: Vec<&page::Record> = page
        .records()
        .iter()
        .filter(|r| r.report && roots.iter().any(|&root| dom.contains(root, r.ix)))
        .collect();
    records.sort_by_key(|r| r.ix);
    let mut out = Vec::new();
    let mut covered_until: Ix = 0;
    for r in records {
        if r.ix < covered_until {
            continue;
        }
        covered_until = dom.end(r.ix);
        let sample = text::sample(&dom.text_of(r.ix), REMOVAL_SAMPLE_CHARS);
        if sample.is_empty() && r.kind != Kind::Ad {
            continue;
        }
        let sample = if sample.is_empty() {
            dom.name(r.ix)
                .map_or(String::new(), |name| format!("<{name}>"))
        } else {
            sample
        };
        out.push(Removal {
            rule: r.rule.to_string(),
            kind: r.kind,
            text: sample,
        });
    }
    out
}

/// The first paragraph of the article: a `<p>`, or a `<div>` of inline content only (which
/// Readability rewrites as a paragraph before taking its excerpt).
fn first_paragraph(tree: &clean::OutTree) -> Option<String> {
    let p = tree.nodes.iter().position(|n| {
        n.tag == clean::OutTag::P
            || (n.tag == clean::OutTag::Div
                && !n.children.is_empty()
                && n.children
                    .iter()
                    .all(|&c| !tree.nodes[c as usize].tag.is_block()))
    })?;
    let t = serialize::text::write_node(tree, p as u32, Figures::Keep);
    (!t.is_empty()).then_some(t)
}

fn first_image(tree: &clean::OutTree) -> Option<String> {
    tree.nodes
        .iter()
        .find(|n| n.tag == clean::OutTag::Img)
        .and_then(|n| n.attr("src"))
        .filter(|s| s.starts_with("http"))
        .map(String::from)
}

#[cfg(test)]
mod tests {
    /// A short post (under the length threshold, so every attempt is tried) closed by a
    /// footer that only the attempts cleaning conditionally remove.
    const SHORT_POST: &str = "<html><body><div id=\"page\"><article class=\"post\">\
        <h1>Live vom Camp</h1><div class=\"entry-content\"><p>Auch auf dem Camp, das in \
        Berlin stattfand, haben wir live gepodcastet. Zu Gast waren zwei Forscher, die über \
        ihre Eindrücke vom Camp erzählen.</p><p>Download: <a href=\"/koa039.mp3\">mp3</a></p>\
        <footer>Dieser Beitrag erschien in der Rubrik Podcast, aufgenommen mit zwei \
        Mikrofonen in Halle drei von Simon.</footer></div></article></div></body></html>";

    #[test]
    fn a_looser_attempt_must_find_much_more_text_to_replace_a_stricter_one() {
        let a = crate::extract(SHORT_POST, &Default::default()).expect("extracts");
        assert!(a.text.contains("live gepodcastet"), "{}", a.text);
        assert!(!a.text.contains("Rubrik Podcast"), "{}", a.text);
    }
}
