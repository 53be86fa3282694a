//! Finding the article: which part of the page holds the main text.
//!
//! Three kinds of evidence are combined:
//! 1. Candidate scoring, after Readability: every paragraph of text gives points to its
//!    ancestors (more for longer, comma-rich text), class/id names add or subtract weight,
//!    and link-heavy containers are discounted. The best-scoring container wins, and
//!    sibling blocks that look like part of the same article are joined to it.
//! 2. Known containers: elements named like an article body (`articleBody` itemprop,
//!    `entry-content`, `article-body`, ...). When one holds most of the winner's text, the
//!    tighter of the two is taken.
//! 3. Structured data: a JSON-LD `articleBody` is the text of the article as the publisher
//!    sees it. The smallest element that holds most of that text is a strong check on the
//!    container chosen by scoring.
//!
//! Before scoring, page furniture (menus, sidebars, footers, comment areas...) is set aside
//! by name and role; a retry without that step catches pages whose names mislead.

use crate::article::Kind;
use crate::dom::{Ix, Tag};
use crate::metadata::Metadata;
use crate::options::Favor;
use crate::page::Page;
use crate::patterns::classes::{self, Hints};
use crate::patterns::kinds;
use crate::prose;
use crate::select::{self, Origin, Placement};
use crate::stats::{Bits, StatsTable};
use crate::text;

/// Attempt flags, loosened one by one when an attempt finds too little text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Flags {
    /// Set aside elements whose names say "page furniture" before scoring.
    pub strip_unlikely: bool,
    /// Let class/id names weigh on scores.
    pub weight_classes: bool,
    /// Remove link-heavy and form-like blocks from the result (see `boilerplate`).
    pub clean_conditionally: bool,
}

impl Flags {
    pub(crate) const ALL: Flags = Flags {
        strip_unlikely: true,
        weight_classes: true,
        clean_conditionally: true,
    };

    /// The next looser set of flags, if any.
    pub(crate) fn loosen(self) -> Option<Flags> {
        if self.strip_unlikely {
            Some(Flags {
                strip_unlikely: false,
                ..self
            })
        } else if self.weight_classes {
            Some(Flags {
                weight_classes: false,
                ..self
            })
        } else if self.clean_conditionally {
            Some(Flags {
                clean_conditionally: false,
                ..self
            })
        } else {
            None
        }
    }
}

/// The article's place in the page.
#[derive(Debug, Clone)]
pub(crate) struct Content {
    /// Subtrees that make up the article, in document order.
    pub roots: Vec<Ix>,
    /// Which evidence placed them: scoring, or markup that overruled it.
    pub origin: Origin,
    /// Text direction from the article's ancestors.
    pub dir: Option<String>,
    /// The top-scoring candidates and their final scores, best first: for the trace.
    #[cfg(not(target_arch = "wasm32"))]
    pub top: Vec<(Ix, f32)>,
}

/// Paragraphs shorter than this many characters give no points: captions, labels, buttons.
const MIN_PARAGRAPH_CHARS: u32 = 25;
/// How many ancestors a paragraph's points reach (parent, grandparent, and three more at a
/// falling rate).
const SCORE_LEVELS: usize = 5;
/// Points per 100 characters of a paragraph, capped: length counts, but a wall of text
/// should not outweigh many real paragraphs.
const MAX_LENGTH_POINTS: u32 = 3;
/// Weight of a class or id that says "content" (or "sidebar", negatively).
const CLASS_WEIGHT: f32 = 25.0;
/// Extra weight for a container named like an article body (`entry-content`...): those
/// names are specific, unlike "content" alone.
const BODY_WEIGHT: f32 = 25.0;
/// Candidates scoring at least this share of the top one are "close": when several close
/// candidates share an ancestor, the article probably spans that ancestor.
const CLOSE_CANDIDATE_RATIO: f32 = 0.75;
/// How many close candidates must share an ancestor to move up to it.
const MIN_CLOSE_CANDIDATES: usize = 3;
/// Siblings scoring this share of the top candidate are joined to it.
const SIBLING_SCORE_RATIO: f32 = 0.2;
/// Floor of the sibling threshold, so that a weak top candidate does not pull in noise.
const MIN_SIBLING_SCORE: f32 = 10.0;
/// A block named only generically as furniture is set aside when at least this share of
/// its text is links ...
const FURNITURE_MIN_LINK_DENSITY: f32 = 0.3;
/// ... or when it holds less text than this.
const FURNITURE_MAX_PLAIN_CHARS: u32 = 80;
/// A sibling paragraph longer than this (characters) is joined to the article when less
/// than [`SIBLING_PARAGRAPH_LINK_DENSITY`] of it is links; a shorter one when it has no
/// links and ends a sentence. Both from Readability (`_grabArticle`'s sibling loop).
const SIBLING_PARAGRAPH_CHARS: u32 = 80;
const SIBLING_PARAGRAPH_LINK_DENSITY: f32 = 0.25;
/// Link density below which a sibling with the top candidate's class is joined to it.
const SAME_CLASS_MAX_LINK_DENSITY: f32 = 0.25;
/// Longest byline: longer "bylines" are author boxes.
const MAX_BYLINE_CHARS: usize = 100;
/// A JSON-LD body of fewer distinct shingles (a sentence or two) says too little to place
/// the article by. Chosen on the scrapinghub corpus, whose JSON-LD bodies are full texts or
/// a one-line teaser.
const JSON_LD_MIN_SHINGLES: usize = 20;
/// The page must carry at least this share of the JSON-LD body's shingles for them to be
/// evidence at all: below it, the body is another text (a summary, another language).
/// Chosen with the coverage below, on the same corpus.
const JSON_LD_MIN_FOUND: f32 = 0.5;
/// Share of the JSON-LD body's shingles an element must hold to be taken as the article.
const JSON_LD_COVERAGE: f32 = 0.8;

/// The element around the article that readers see as "the article": the nearest
/// `<article>` (or schema.org Article item) holding all roots, else the nearest `<main>`.
/// Removals are reported within it.
pub(crate) fn article_area(page: &Page<'_>, roots: &[Ix]) -> Option<Ix> {
    let dom = page.dom();
    let first = *roots.first()?;
    let holds_all = |a: Ix| roots.iter().all(|&r| dom.contains(a, r));
    let candidates = || {
        std::iter::once(first)
            .chain(dom.ancestors(first))
            .take_while(|&a| a != dom.body && !matches!(dom.tag(a), Tag::Body | Tag::Html))
            .filter(|&a| holds_all(a))
    };
    candidates()
        .find(|&a| is_article_element(page, a))
        .or_else(|| candidates().find(|&a| is_main_element(page, a)))
}

/// An `<article>` element, or an element typed as a schema.org Article or BlogPosting.
pub(crate) fn is_article_element(page: &Page<'_>, ix: Ix) -> bool {
    let dom = page.dom();
    dom.tag(ix) == Tag::Article
        || dom
            .attr(ix, "itemtype")
            .is_some_and(|t| t.contains("Article") || t.contains("BlogPosting"))
}

/// A `<main>` element, or an element with the role `main`.
pub(crate) fn is_main_element(page: &Page<'_>, ix: Ix) -> bool {
    let dom = page.dom();
    dom.tag(ix) == Tag::Main || dom.attr(ix, "role").is_some_and(|r| r.trim() == "main")
}

/// Text direction of the article: the nearest `dir` attribute at or above its first root.
pub(crate) fn direction(page: &Page<'_>, roots: &[Ix]) -> Option<String> {
    let dom = page.dom();
    roots
        .first()
        .and_then(|&r| {
            std::iter::once(r)
                .chain(dom.ancestors(r))
                .find_map(|a| dom.attr(a, "dir"))
        })
        .map(|d| d.trim().to_ascii_lowercase())
        .filter(|d| !d.is_empty())
}

/// What the page says about being a discussion, whose posts are its content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Discussion {
    /// Its structured data says it is a forum thread.
    Declared,
    /// Its address reads as a thread's: its structure decides.
    ByAddress,
    No,
}

/// Removes what cannot be article text, whatever the attempt: scripts, styles, forms'
/// controls, hidden elements, and the user's `removeSelectors`. Done once per page.
pub(crate) fn remove_never_content(
    page: &mut Page<'_>,
    removed_by_user: &[Ix],
    discussion: Discussion,
) {
    for &ix in removed_by_user {
        page.remove(ix, Kind::Clutter, "removeSelectors", true);
    }
    let dom = page.dom();
    let mut ix = 0;
    while (ix as usize) < dom.len() {
        let tag = dom.tag(ix);
        if tag == Tag::Text || page.is_marked(ix) {
            ix = if page.is_marked(ix) {
                dom.end(ix)
            } else {
                ix + 1
            };
            continue;
        }
        if tag.is_never_content() && tag != Tag::Head {
            let kind = match tag {
                Tag::Audio | Tag::Video => Kind::Controls,
                _ => Kind::Clutter,
            };
            page.remove(ix, kind, tag_rule(tag), false);
            ix = dom.end(ix);
            continue;
        }
        if tag == Tag::Head {
            ix = dom.end(ix);
            continue;
        }
        ix += 1;
    }
    // Hidden elements go in a second pass, once the prose of the page (hidden or not) is
    // known: a hidden element holding most of it is content that scripts reveal (a
    // streamed-in story, the open tab of a product page), not a closed menu.
    page.measure_prose();
    page.mute_layout_names();
    page.settle_thread(
        discussion == Discussion::Declared,
        discussion == Discussion::ByAddress,
    );
    let body = dom.body;
    let mut found: Vec<(Ix, &'static str)> = Vec::new();
    let end = dom.end(body);
    let mut ix = body;
    while ix < end {
        if page.is_marked(ix) || dom.tag(ix) == Tag::Text {
            ix = if page.is_marked(ix) {
                dom.end(ix)
            } else {
                ix + 1
            };
            continue;
        }
        if let Some(why) = hidden(page, ix) {
            if !page.takes_most_prose(ix, body) {
                found.push((ix, why));
                ix = dom.end(ix);
                continue;
            }
        }
        ix += 1;
    }
    // Hidden blocks that together hold most of the prose are the closed panels of the
    // content (accordions, tabs, "read more" sections that scripts open): the ones holding
    // prose stay, the empty and menu-like ones go.
    // Only text the page does not show elsewhere counts: a hidden copy of the article (for
    // printing, for small screens) is a copy.
    let hidden_prose: u32 = found
        .iter()
        .map(|&(ix, _)| page.prose().unrepeated_of(ix))
        .sum();
    let panels = hidden_prose >= prose::MIN_PANELS_PROSE
        && hidden_prose as f32 >= page.prose().distinct() as f32 * HIDDEN_PANELS_MIN_SHARE;
    for (ix, why) in found {
        let holds_prose = page.prose().unrepeated_of(ix) > 0;
        if !(holds_prose && (panels || is_panel(page, ix))) {
            page.remove(ix, Kind::Hidden, why, true);
        }
    }
}

/// Whether a hidden element is named as, or has the role of, the panel of a disclosure
/// widget (an accordion's answer, a tab's pane): closed until a reader opens it, and part of
/// the page's text when it holds prose the page shows nowhere else.
pub(crate) fn is_panel(page: &Page<'_>, ix: Ix) -> bool {
    page.hints(ix) & classes::PANEL != 0
        || page
            .dom()
            .attr(ix, "role")
            .is_some_and(|r| r.trim().eq_ignore_ascii_case("tabpanel"))
}

/// Hidden blocks holding together this share of the page's prose are its closed panels.
const HIDDEN_PANELS_MIN_SHARE: f32 = 0.5;

fn tag_rule(tag: Tag) -> &'static str {
    match tag {
        Tag::Script => "element <script>",
        Tag::Style => "element <style>",
        Tag::Noscript => "element <noscript>",
        Tag::Template => "element <template>",
        Tag::Iframe => "element <iframe>",
        Tag::Svg => "element <svg>",
        Tag::Button | Tag::Input | Tag::Select | Tag::Option | Tag::Textarea => "form control",
        Tag::Audio | Tag::Video => "media player",
        _ => "non-content element",
    }
}

/// Why an element is hidden from readers, if it is.
fn hidden(page: &Page<'_>, ix: Ix) -> Option<&'static str> {
    let dom = page.dom();
    let name = dom.name(ix)?;
    // AMP overlays (lightboxes, sidebars) are closed until a reader opens them.
    if name.starts_with("amp-lightbox") || name.starts_with("amp-sidebar") {
        return Some("closed AMP overlay");
    }
    for attr in dom.attrs(ix) {
        let value = &*attr.value;
        match &*attr.name {
            "hidden" => return Some("attribute hidden"),
            "aria-hidden" if value.trim() == "true" => {
                // Readability keeps these fallback images; so do we.
                let fallback = dom
                    .attr(ix, "class")
                    .is_some_and(|c| c.contains("fallback-image"));
                // Icons and decorations are often aria-hidden next to real content; only
                // remove hidden containers, not hidden images.
                if !fallback && dom.tag(ix) != Tag::Img {
                    return Some("aria-hidden=true");
                }
            }
            "style" if style_hides(value) => return Some("style display:none"),
            _ => {}
        }
    }
    if page.hints(ix) & classes::DISPLAY_NONE != 0 {
        if let Some(reason) = dom.attr(ix, "class").and_then(display_none_class) {
            return Some(reason);
        }
    }
    if page.hints(ix) & classes::HIDDEN != 0
        && !dom.tag(ix).is_block()
        && !hides_by_name_only(page, ix)
    {
        // Screen-reader-only inline text ("Opens in a new window", "Share on...").
        return Some("class sr-only");
    }
    None
}

/// True when only a custom element's own name speaks of hiding (`<faceplate-hovercard>`):
/// such a component draws its card itself, on hover, and what it holds is the visible
/// trigger (a poster's name), not the card.
fn hides_by_name_only(page: &Page<'_>, ix: Ix) -> bool {
    let dom = page.dom();
    crate::page::custom_name(dom, ix).is_some()
        && ["class", "id"].iter().all(|attr| {
            dom.attr(ix, attr)
                .is_none_or(|v| classes::hints(&v.to_ascii_lowercase()) & classes::HIDDEN == 0)
        })
}

/// The class that hides an element on every screen, as `display: none` in a style does:
/// Webflow's `w-condition-invisible`, or Bootstrap's `d-none` with no breakpoint showing the
/// element again (`d-none d-md-block`, `d-none lg:d-flex`).
fn display_none_class(class: &str) -> Option<&'static str> {
    let mut none = false;
    for token in class.split_ascii_whitespace() {
        if token == "w-condition-invisible" {
            return Some("class w-condition-invisible");
        } else if token == "d-none" {
            none = true;
        } else if (token.starts_with("d-") || token.contains(":d-")) && !token.ends_with("-none") {
            return None;
        }
    }
    none.then_some("class d-none")
}

fn style_hides(style: &str) -> bool {
    let s: String = style
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_lowercase();
    s.contains("display:none") || s.contains("visibility:hidden")
}

/// State of one scoring attempt.
struct Scorer<'a, 'd> {
    page: &'a Page<'d>,
    flags: Flags,
    scores: Vec<f32>,
    is_candidate: Bits,
    candidates: Vec<Ix>,
}

/// What setting aside the furniture found, for the later passes of an attempt.
#[derive(Clone, Debug, Default)]
pub(crate) struct Pruned {
    /// The byline found, if any.
    pub byline: Option<String>,
    /// Headings set aside as "related" by their names: the cards under them are to go too
    /// (see `boilerplate::strip`).
    pub related_headings: Vec<Ix>,
}

/// Sets aside page furniture, finds bylines and the title heading: the first pass of an
/// attempt.
pub(crate) fn prune(page: &mut Page<'_>, meta: &Metadata, flags: Flags) -> Pruned {
    let dom = page.dom();
    let body = dom.body;
    let mut byline = None;
    let mut related_headings = Vec::new();
    let mut title_removed = false;
    let title = meta.title.clone().unwrap_or_default();
    // Only the "unlikely" test reads the figures; later attempts, without it, skip the pass.
    let stats = flags
        .strip_unlikely
        .then(|| page.take_base_stats().unwrap_or_else(|| page.stats(body)));
    let mut ix = body;
    let end = dom.end(body);
    while ix < end {
        if page.is_marked(ix) || dom.tag(ix) == Tag::Text {
            ix = if page.is_marked(ix) {
                dom.end(ix)
            } else {
                ix + 1
            };
            continue;
        }
        let tag = dom.tag(ix);
        let hints = page.hints(ix);

        if byline.is_none() && is_byline(page, ix) {
            // Readability measures the raw text here (whitespace and all); so do we, so that
            // both find the same byline.
            let raw = dom.text_of_raw(ix);
            let chars = raw.trim().chars().count();
            if chars > 0 && chars < MAX_BYLINE_CHARS {
                let text = page.text_of(ix);
                byline = Some(byline_text(page, ix, text));
                page.remove(ix, Kind::Metadata, "byline", true);
                ix = dom.end(ix);
                continue;
            }
        }

        if !title_removed && matches!(tag, Tag::H1 | Tag::H2) && !title.is_empty() {
            let text = page.text_of(ix);
            if text::similarity(&title, &text) > text::TITLE_SIMILARITY {
                title_removed = true;
                page.remove(ix, Kind::Title, "heading repeats the title", true);
                ix = dom.end(ix);
                continue;
            }
        }

        if ix != body
            && stats
                .as_ref()
                .is_some_and(|s| is_unlikely(page, ix, tag, hints, s))
        {
            let kind = classes::kind_of(hints).unwrap_or(Kind::Clutter);
            let rule = if hints & classes::UNLIKELY == 0 {
                "role says page furniture"
            } else {
                "class/id says page furniture"
            };
            if page.remove(ix, kind, rule, true) && kind == Kind::Related && tag.is_heading() {
                related_headings.push(ix);
            }
            ix = dom.end(ix);
            continue;
        }
        ix += 1;
    }
    Pruned {
        byline,
        related_headings,
    }
}

fn is_unlikely(page: &Page<'_>, ix: Ix, tag: Tag, hints: Hints, stats: &StatsTable<'_>) -> bool {
    if matches!(
        tag,
        Tag::Body | Tag::A | Tag::Html | Tag::Article | Tag::Main | Tag::Table
    ) {
        return false;
    }
    if hints & classes::BODY != 0 {
        return false;
    }
    // In a thread, the comments are the posts.
    if page.thread() && hints & classes::kind_bit(Kind::Comments) != 0 {
        return false;
    }
    let by_name = hints & classes::UNLIKELY != 0 && hints & classes::MAYBE == 0;
    let by_role = page.dom().attr(ix, "role").is_some_and(|r| {
        classes::ROLE_HINTS
            .iter()
            .any(|(role, h)| *h & classes::UNLIKELY != 0 && r.trim().eq_ignore_ascii_case(role))
    });
    // Readability goes by names and roles only: a <footer> or <aside> may hold the byline.
    if !(by_name || by_role) {
        return false;
    }
    // An alert set between paragraphs of prose is the text's own note: a documentation
    // page's "Warning" box (Bootstrap's `alert` with its role, as Docsy writes it). A
    // banner, a cookie notice or a form's error message stands apart from the prose.
    if page
        .dom()
        .attr(ix, "role")
        .is_some_and(|r| r.trim().eq_ignore_ascii_case("alert"))
        && page.between_prose(ix)
    {
        return false;
    }
    // A heading over a paragraph of prose is the story's subheading whatever its class
    // says ("header-anchor-post" on a newsletter platform's <h2>): a name says what the
    // element is styled as, not where it sits.
    // So is a block holding the heading right before the text it heads (a live blog's
    // `<header class="live-post__header">` with the entry's time and title).
    if by_name
        && !by_role
        && ((tag.is_heading() && page.heads_prose(ix).is_some()) || page.titles_prose(ix))
    {
        return false;
    }
    // A generic furniture name ("header", "menu", "extra") inside a compound name
    // ("card-header", "tab-menu--product") condemns only what looks like furniture: links
    // or a short label. Names of a known kind (comments, sidebar, related...) need no proof.
    if by_name && !by_role && classes::kind_of(hints).is_none() {
        let s = &stats.get(ix);
        if s.link_density() < FURNITURE_MIN_LINK_DENSITY && s.chars >= FURNITURE_MAX_PLAIN_CHARS {
            return false;
        }
    }
    // Never inside tables or code: names there are data. A container that holds a known
    // article body is not furniture, whatever its name; nor is one that holds most of the
    // page's prose on the word of a name alone.
    !page.in_table_or_code(ix)
        && !page.holds_body(ix)
        && (!by_name || by_role || !page.takes_most_prose(ix, page.dom().body))
}

fn is_byline(page: &Page<'_>, ix: Ix) -> bool {
    let dom = page.dom();
    let hints = page.hints(ix);
    hints & classes::BYLINE != 0
        || dom.attr(ix, "rel").is_some_and(|r| r == "author")
        || dom
            .attr(ix, "itemprop")
            .is_some_and(|p| p.contains("author"))
}

/// The byline text: the `itemprop="name"` inside it if there is one, else the whole text.
fn byline_text(page: &Page<'_>, ix: Ix, whole: String) -> String {
    let dom = page.dom();
    for i in ix + 1..dom.end(ix) {
        if dom.attr(i, "itemprop").is_some_and(|p| p.contains("name")) {
            let t = page.text_of(i);
            if !t.is_empty() {
                return t;
            }
        }
    }
    whole
}

/// Scores candidates and chooses the article's roots. `prune` must have run.
pub(crate) fn choose(
    page: &Page<'_>,
    meta: &Metadata,
    flags: Flags,
    nb_top_candidates: usize,
    favor: Favor,
) -> Content {
    let dom = page.dom();
    let body = dom.body;
    let stats = page.stats(body);
    let mut scorer = Scorer {
        page,
        flags,
        scores: vec![0.0; dom.len()],
        is_candidate: Bits::new(dom.len()),
        candidates: Vec::new(),
    };
    scorer.score_paragraphs(&stats);

    // Final scores: discounted by link density.
    for &c in &scorer.candidates {
        let ld = stats.get(c).link_density();
        scorer.scores[c as usize] *= 1.0 - ld;
    }
    let mut top: Vec<Ix> = scorer.candidates.clone();
    top_n(&mut top, nb_top_candidates.max(1), |&c| {
        scorer.scores[c as usize]
    });

    let mut roots = match top.first() {
        Some(&best) if best != body && dom.tag(best) != Tag::Html => {
            let best = scorer.refine(best, &top, &stats);
            let roots = scorer.join_siblings(best, &stats);
            if roots.len() == 1 {
                // Joining look-alike sections widens the article: not when precision is wanted.
                if favor == Favor::Precision {
                    roots
                } else {
                    repeated_sections(page, best, &stats).unwrap_or(roots)
                }
            } else {
                roots
            }
        }
        _ => vec![body],
    };

    // Cross-checks: structured data, then known containers.
    let mut origin = Origin::Scored;
    if let Some(better) = json_ld_container(page, meta, &stats) {
        if better_than_roots(page, &[better], &roots, &stats) {
            roots = vec![better];
            origin = Origin::JsonLd;
        }
    } else if let Some(better) = known_container(page, &stats) {
        if better_than_roots(page, &better, &roots, &stats) {
            roots = better;
            origin = Origin::BodyMarkup;
        }
    }

    if favor != Favor::Precision {
        if let Some((at, lead)) = lead_before(page, &roots, &stats) {
            roots.insert(at, lead);
        }
    }

    let dir = direction(page, &roots);
    Content {
        roots,
        origin,
        dir,
        #[cfg(not(target_arch = "wasm32"))]
        top: top
            .iter()
            .map(|&c| (c, scorer.scores[c as usize]))
            .collect(),
    }
}

impl Scorer<'_, '_> {
    /// Gives every paragraph's points to its ancestors.
    fn score_paragraphs(&mut self, stats: &StatsTable<'_>) {
        let page = self.page;
        let dom = page.dom();
        let body = dom.body;
        // Inside a reference list (citations are sentence-like, and on a scholarly page they
        // outscore a short abstract) or a box named as comments, related stories, an author
        // bio, a newsletter form or an appeal: none of it is the article's paragraphs.
        let mut set_apart_box = Bits::new(dom.len());
        for ix in page.walk(body) {
            let tag = dom.tag(ix);
            if tag == Tag::Text {
                continue;
            }
            let h = page.hints(ix);
            let set_apart = h & (classes::REFERENCES | NOT_ARTICLE_BOXES) != 0
                && h & classes::BODY == 0
                && !page.holds_body(ix);
            if set_apart || dom.parent(ix).is_some_and(|p| set_apart_box.get(p)) {
                set_apart_box.set(ix);
                continue;
            }
            if !tag.is_block() || tag.is_heading() {
                continue;
            }
            let s = stats.get(ix);
            if s.blocks == 0 {
                // A block of inline content only: a paragraph in itself.
                if let Some(parent) = dom.parent(ix) {
                    self.add_paragraph(parent, s.chars, s.commas);
                }
                continue;
            }
            // A block mixing inline runs and blocks: each run is a paragraph inside it.
            let (mut chars, mut commas) = (0, 0);
            for child in dom.children(ix) {
                if page.is_marked(child) {
                    continue;
                }
                // Text, or an inline element holding no blocks.
                let ct = dom.tag(child);
                let s = stats.get(child);
                if ct == Tag::Text || (!ct.is_block() && s.blocks == 0) {
                    chars += s.chars;
                    commas += s.commas;
                } else {
                    self.add_paragraph(ix, chars, commas);
                    chars = 0;
                    commas = 0;
                }
            }
            self.add_paragraph(ix, chars, commas);
        }
    }

    /// Adds a paragraph's points to `first` and its ancestors.
    fn add_paragraph(&mut self, first: Ix, chars: u32, commas: u32) {
        if chars < MIN_PARAGRAPH_CHARS {
            return;
        }
        let points = 1.0 + commas as f32 + (chars / 100).min(MAX_LENGTH_POINTS) as f32;
        let dom = self.page.dom();
        let mut node = Some(first);
        for level in 0..SCORE_LEVELS {
            let Some(ix) = node else { break };
            if matches!(dom.tag(ix), Tag::Html) || dom.parent(ix).is_none() {
                break;
            }
            if !self.is_candidate.get(ix) {
                self.is_candidate.set(ix);
                self.scores[ix as usize] = self.initial_score(ix);
                self.candidates.push(ix);
            }
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f32 * 3.0,
            };
            self.scores[ix as usize] += points / divider;
            node = dom.parent(ix);
        }
    }

    fn initial_score(&self, ix: Ix) -> f32 {
        let base = match self.page.dom().tag(ix) {
            Tag::Div | Tag::Article | Tag::Main | Tag::Section => 5.0,
            Tag::Pre | Tag::Td | Tag::Blockquote => 3.0,
            Tag::Address
            | Tag::Ol
            | Tag::Ul
            | Tag::Dl
            | Tag::Dd
            | Tag::Dt
            | Tag::Li
            | Tag::Form => -3.0,
            Tag::H1 | Tag::H2 | Tag::H3 | Tag::H4 | Tag::H5 | Tag::H6 | Tag::Th => -5.0,
            _ => 0.0,
        };
        base + self.class_weight(ix)
    }

    /// Readability's class weight: class and id each add or subtract `CLASS_WEIGHT`.
    fn class_weight(&self, ix: Ix) -> f32 {
        if !self.flags.weight_classes {
            return 0.0;
        }
        class_weight(self.page, ix)
    }

    /// Moves the top candidate up when the evidence says the article is larger.
    fn refine(&self, best: Ix, top: &[Ix], stats: &StatsTable<'_>) -> Ix {
        let dom = self.page.dom();
        let body = dom.body;
        let mut best = best;
        let best_score = self.scores[best as usize];

        // A box among the paragraphs of its parent, outscoring them (a sign-up card whose
        // classes hold a word Readability counts for the article, `text-white`, over
        // paragraphs that carry no class): the paragraphs beside it are the article, and
        // their parent holds it.
        if let Some(parent) = dom
            .parent(best)
            .filter(|&p| p != body && dom.tag(p) != Tag::Html)
        {
            let (mut count, mut chars) = (0usize, 0u32);
            for c in dom.children(parent) {
                if c != best && dom.tag(c) == Tag::P && !self.page.is_marked(c) {
                    let s = stats.get(c);
                    if s.chars >= MIN_PARAGRAPH_CHARS
                        && s.link_density() < SIBLING_PARAGRAPH_LINK_DENSITY
                    {
                        count += 1;
                        chars += s.chars;
                    }
                }
            }
            if count >= BOX_AMONG_PARAGRAPHS_MIN
                && chars >= stats.get(best).chars * BOX_AMONG_PARAGRAPHS_GAIN
            {
                best = parent;
            }
        }

        // Several close candidates under one ancestor: the article spans it.
        let close: Vec<Ix> = top
            .iter()
            .skip(1)
            .copied()
            .filter(|&c| self.scores[c as usize] / best_score >= CLOSE_CANDIDATE_RATIO)
            .collect();
        if close.len() >= MIN_CLOSE_CANDIDATES {
            let mut parent = dom.parent(best);
            while let Some(p) = parent {
                if p == body || dom.tag(p) == Tag::Html {
                    break;
                }
                let holding = close.iter().filter(|&&c| dom.contains(p, c)).count();
                if holding >= MIN_CLOSE_CANDIDATES {
                    best = p;
                    break;
                }
                parent = dom.parent(p);
            }
        }

        // Climb while a parent scores better (not too far below the candidate).
        let mut last = self.scores[best as usize];
        let threshold = last / 3.0;
        let mut parent = dom.parent(best);
        while let Some(p) = parent {
            if p == body || dom.tag(p) == Tag::Html {
                break;
            }
            if !self.is_candidate.get(p) {
                parent = dom.parent(p);
                continue;
            }
            let score = self.scores[p as usize];
            if score < threshold {
                break;
            }
            if score > last {
                best = p;
                break;
            }
            last = score;
            parent = dom.parent(p);
        }

        // An only child: take the parent, so that sibling joining sees its neighbours.
        while let Some(p) = dom.parent(best) {
            if p == body || dom.tag(p) == Tag::Html {
                break;
            }
            let element_children = dom
                .children(p)
                .filter(|&c| dom.tag(c) != Tag::Text && !self.page.is_marked(c))
                .count();
            if element_children != 1 {
                break;
            }
            best = p;
        }
        best
    }

    /// The top candidate plus siblings that look like more of the same article.
    fn join_siblings(&self, best: Ix, stats: &StatsTable<'_>) -> Vec<Ix> {
        let page = self.page;
        let dom = page.dom();
        let Some(parent) = dom.parent(best) else {
            return vec![best];
        };
        let best_score = self.scores[best as usize];
        let threshold = MIN_SIBLING_SCORE.max(best_score * SIBLING_SCORE_RATIO);
        let best_class = dom.attr(best, "class").unwrap_or("");
        let mut roots = Vec::new();
        for sib in dom.children(parent) {
            if page.is_marked(sib) {
                continue;
            }
            if sib == best {
                roots.push(sib);
                continue;
            }
            let tag = dom.tag(sib);
            if tag == Tag::Text {
                continue;
            }
            let mut bonus = 0.0;
            if !best_class.is_empty() && dom.attr(sib, "class") == Some(best_class) {
                bonus = best_score * SIBLING_SCORE_RATIO;
            }
            if self.is_candidate.get(sib) && self.scores[sib as usize] + bonus >= threshold {
                roots.push(sib);
                continue;
            }
            // A sibling named like the top candidate, with text that is not a link list, is
            // more of the article even when its paragraphs sit too deep to have scored it.
            if bonus > 0.0 {
                let s = &stats.get(sib);
                if s.chars >= MIN_PARAGRAPH_CHARS && s.link_density() < SAME_CLASS_MAX_LINK_DENSITY
                {
                    roots.push(sib);
                    continue;
                }
            }
            if tag == Tag::P {
                let s = &stats.get(sib);
                let ld = s.link_density();
                if (s.chars > SIBLING_PARAGRAPH_CHARS && ld < SIBLING_PARAGRAPH_LINK_DENSITY)
                    || (s.chars > 0
                        && s.chars <= SIBLING_PARAGRAPH_CHARS
                        && ld == 0.0
                        && ends_sentence(&page.text_of(sib)))
                {
                    roots.push(sib);
                }
            }
        }
        roots
    }
}

/// Paragraphs of its own a top candidate's parent holds, beside it, to be the article
/// instead of it ...
const BOX_AMONG_PARAGRAPHS_MIN: usize = 3;
/// ... holding this many times its text.
const BOX_AMONG_PARAGRAPHS_GAIN: u32 = 3;

/// How many levels above the top candidate repeated sections are looked for.
const SECTION_LEVELS: usize = 3;
/// A repeated section holds prose: some text, few links.
const SECTION_MIN_CHARS: u32 = 100;
const SECTION_MAX_LINK_DENSITY: f32 = 0.3;

/// Page builders cut an article into a row of identical sections (`<div class="block
/// text-block">` ...), each too small to win alone. When the top candidate sits in one of
/// several same-named sibling sections that hold prose, they are all the article.
fn repeated_sections(page: &Page<'_>, best: Ix, stats: &StatsTable<'_>) -> Option<Vec<Ix>> {
    let dom = page.dom();
    // On a discussion's page, forums stripe their posts with alternating names
    // ("windowbg"/"windowbg2", "contentBackground1"/"contentBackground2"): there a name is
    // read without its row's number.
    let striped = page.discussion();
    let first_class = |ix: Ix| {
        dom.attr(ix, "class")
            .and_then(|c| c.split_whitespace().next())
            .map(|t| {
                if striped {
                    t.trim_end_matches(|c: char| c.is_ascii_digit())
                } else {
                    t
                }
            })
    };
    let prose = |ix: Ix| {
        let s = &stats.get(ix);
        s.chars >= SECTION_MIN_CHARS && s.link_density() < SECTION_MAX_LINK_DENSITY
    };
    let mut at = best;
    for _ in 0..SECTION_LEVELS {
        let parent = dom.parent(at)?;
        // Among the body's children, the header, footer and every band of the page share
        // generic names ("container"): there, only the whole class attribute counts.
        let at_top = parent == dom.body;
        if let Some(class) = first_class(at) {
            let tag = dom.tag(at);
            let whole = dom.attr(at, "class");
            let same: Vec<Ix> = dom
                .children(parent)
                .filter(|&c| {
                    !page.is_marked(c)
                        && dom.tag(c) == tag
                        && first_class(c) == Some(class)
                        && (!at_top || dom.attr(c, "class") == whole)
                })
                .collect();
            let with_prose: Vec<Ix> = same.iter().copied().filter(|&c| prose(c)).collect();
            if with_prose.len() >= 2 && with_prose.contains(&at) {
                return Some(with_prose);
            }
        }
        if at_top {
            return None;
        }
        at = parent;
    }
    None
}

/// Readability's class weight for an element (class and id counted separately).
pub(crate) fn class_weight(page: &Page<'_>, ix: Ix) -> f32 {
    let dom = page.dom();
    let mut weight = 0.0;
    for attr in ["class", "id"] {
        let Some(v) = dom.attr(ix, attr) else {
            continue;
        };
        if v.is_empty() {
            continue;
        }
        let mut h = classes::hints(&v.to_ascii_lowercase());
        if page.is_muted(ix) {
            h &= !classes::AGAINST;
        }
        if h & classes::NEGATIVE != 0 {
            weight -= CLASS_WEIGHT;
        }
        if h & classes::POSITIVE != 0 {
            weight += CLASS_WEIGHT;
        }
        if h & classes::BODY != 0 {
            weight += BODY_WEIGHT;
        }
        if h & BOILERPLATE_BOXES != 0 && h & classes::NEGATIVE == 0 {
            weight -= CLASS_WEIGHT;
        }
    }
    weight
}

/// Boxes whose names say they hold text that is not the article, however much of it:
/// author bios, related stories, comments, newsletter forms (see
/// [`kinds::Policy::weighs_against`]).
const BOILERPLATE_BOXES: Hints = kinds_where(Rule::WeighsAgainst);

/// Boxes whose paragraphs give no points to the article's candidates: their text is
/// about something else, however long (see [`kinds::Policy::not_article`]).
const NOT_ARTICLE_BOXES: Hints = kinds_where(Rule::NotArticle);

/// Which rule of the kinds' table a mask is built from.
enum Rule {
    WeighsAgainst,
    NotArticle,
}

/// The hint bits of the kinds the table marks with `rule`.
const fn kinds_where(rule: Rule) -> Hints {
    let mut hints = 0;
    let mut i = 0;
    while i < kinds::ALL.len() {
        let kind = kinds::ALL[i];
        let policy = kinds::policy(kind);
        let marked = match rule {
            Rule::WeighsAgainst => policy.weighs_against,
            Rule::NotArticle => policy.not_article,
        };
        if marked {
            hints |= classes::kind_bit(kind);
        }
        i += 1;
    }
    hints
}

/// True for text ending like a sentence (a period followed by a space or the end).
fn ends_sentence(text: &str) -> bool {
    text.contains(". ") || text.trim_end().ends_with('.')
}

/// The element holding most of the page's article text by name (`articleBody`,
/// `entry-content`...), if any holds a fair amount of text; or the named chunks of a body
/// that the page splits across its layout (see below), in document order.
fn known_container(page: &Page<'_>, stats: &StatsTable<'_>) -> Option<Vec<Ix>> {
    let dom = page.dom();
    // Outermost body-named elements (a named element inside another adds nothing).
    let mut named: Vec<(Ix, u32)> = Vec::new();
    for ix in page.walk(dom.body) {
        // A body-named `<body>` (`article-body` among a theme's classes) names the page's
        // template, not a container within it.
        if ix == dom.body || page.hints(ix) & classes::BODY == 0 {
            continue;
        }
        if named.last().is_some_and(|&(n, _)| dom.contains(n, ix)) {
            continue;
        }
        let s = &stats.get(ix);
        named.push((ix, s.chars.saturating_sub(s.link_chars)));
    }
    let &(best, best_chars) = named.iter().max_by_key(|&&(_, c)| c)?;
    if best_chars < MIN_CONTAINER_CHARS {
        return None;
    }
    // The body split into several named chunks (between ads, images, pull quotes): take
    // their common ancestor when the chunks make up most of it.
    let chunks: Vec<(Ix, u32)> = named
        .iter()
        .copied()
        .filter(|&(_, c)| c as f32 >= best_chars as f32 * MIN_CHUNK_SHARE)
        .collect();
    if chunks.len() > 1 {
        let mut common = chunks[0].0;
        for &(c, _) in &chunks[1..] {
            while !dom.contains(common, c) {
                match dom.parent(common) {
                    Some(p) => common = p,
                    None => break,
                }
            }
        }
        let chunk_chars: u32 = chunks.iter().map(|&(_, c)| c).sum();
        let s = &stats.get(common);
        let common_chars = s.chars.saturating_sub(s.link_chars);
        if common != dom.body && chunk_chars as f32 >= common_chars as f32 * CHUNKS_SHARE_OF_COMMON
        {
            return Some(vec![common]);
        }
        // Only the page's body holds the chunks: a CMS closed the
        // article to set a box between its halves at the top of the page ("<article>…
        // </article><div class=insert>…</div><div class=story-body--continued>"). Each
        // chunk large enough to be a body's half is a root, unless a headline stands between
        // two of them: then the next one is another story (an endless page's).
        let halves: Vec<Ix> = chunks
            .iter()
            .filter(|&&(_, c)| c >= MIN_CONTAINER_CHARS * SPLIT_HALF_MIN_CONTAINERS)
            .map(|&(ix, _)| ix)
            .collect();
        let headline_between = |a: Ix, b: Ix| (dom.end(a)..b).any(|i| dom.tag(i) == Tag::H1);
        // A template's hidden copy of the body ("Template item") repeats its paragraphs:
        // halves open with different ones.
        let first_paragraph = |ix: Ix| {
            (ix..dom.end(ix))
                .find(|&i| dom.tag(i) == Tag::P && stats.get(i).chars >= SPLIT_HALF_PARAGRAPH_CHARS)
                .map(|i| dom.text_of(i))
        };
        let openings: Vec<_> = halves.iter().map(|&h| first_paragraph(h)).collect();
        let repeated = openings
            .iter()
            .enumerate()
            .any(|(k, a)| openings[k + 1..].iter().any(|b| a.is_some() && a == b));
        if common == dom.body
            && halves.len() > 1
            && halves.contains(&best)
            && !repeated
            && halves.windows(2).all(|w| !headline_between(w[0], w[1]))
        {
            return Some(halves);
        }
    }
    Some(vec![best])
}

/// A chunk of a body split across the page's layout holds at least this many times
/// [`MIN_CONTAINER_CHARS`]: half a story, not a teaser given the body's name.
const SPLIT_HALF_MIN_CONTAINERS: u32 = 3;
/// The paragraph that opens a half, compared with the other halves' to tell a copy of the
/// body from its continuation: a sentence or two.
const SPLIT_HALF_PARAGRAPH_CHARS: u32 = 80;

/// Keeps the `n` items of highest `key` in `items`, best first (ties: earlier first). A
/// partial selection: candidates number in the thousands, the top in the single digits.
fn top_n(items: &mut Vec<Ix>, n: usize, key: impl Fn(&Ix) -> f32) {
    let mut top: Vec<Ix> = Vec::with_capacity(n + 1);
    for &c in items.iter() {
        let k = key(&c);
        let at = top.iter().position(|t| key(t) < k).unwrap_or(top.len());
        if at < n {
            top.insert(at, c);
            top.truncate(n);
        }
    }
    *items = top;
}

/// How many levels above the article a lead paragraph is looked for.
const LEAD_LEVELS: usize = 6;
/// A lead paragraph's length, in characters: a sentence or two, not a label, not a page.
const LEAD_CHARS: std::ops::RangeInclusive<u32> = 40..=800;
/// A lead is prose, not a list of links.
const LEAD_MAX_LINK_DENSITY: f32 = 0.3;

/// A lead paragraph (standfirst, chapô, perex...) just before the article's container, which
/// sites often set apart from the body, as the first part of the article: the lead, and the
/// position in `roots` it takes.
fn lead_before(page: &Page<'_>, roots: &[Ix], stats: &StatsTable<'_>) -> Option<(usize, Ix)> {
    let dom = page.dom();
    // The lead goes before the first root that holds paragraphs: a lead image (and its
    // caption) joined to the body may stand before the lead ("featured image, excerpt, body").
    let slot = roots
        .iter()
        .position(|&r| stats.get(r).paragraphs > 0)
        .unwrap_or(0);
    let first = *roots.get(slot)?;
    let mut at = first;
    for _ in 0..LEAD_LEVELS {
        let parent = dom.parent(at)?;
        if parent == dom.body {
            return None;
        }
        // Preceding siblings of `at`, nearest first.
        let before: Vec<Ix> = dom.children(parent).take_while(|&c| c != at).collect();
        for &sib in before.iter().rev() {
            // Already part of the article (a lead image joined to the body).
            if roots
                .iter()
                .any(|&r| dom.contains(sib, r) || dom.contains(r, sib))
            {
                continue;
            }
            let end = dom.end(sib);
            let mut ix = sib;
            while ix < end {
                if page.is_marked(ix) {
                    ix = dom.end(ix);
                    continue;
                }
                let tag = dom.tag(ix);
                // List items, figures and links before the body are teasers and captions;
                // so are articles, unless one holds the page's headline (the article's own
                // header, standing apart from its text).
                let teaser_article =
                    tag == Tag::Article && !(ix..dom.end(ix)).any(|d| dom.tag(d) == Tag::H1);
                if matches!(tag, Tag::Li | Tag::Figure | Tag::A) || teaser_article {
                    ix = dom.end(ix);
                    continue;
                }
                let s = &stats.get(ix);
                if page.hints(ix) & classes::LEAD != 0
                    && tag != Tag::Text
                    && LEAD_CHARS.contains(&s.chars)
                    && s.link_density() < LEAD_MAX_LINK_DENSITY
                    && s.images == 0
                    && (tag.is_heading() || s.heading_chars == 0 || s.heading_chars >= s.chars)
                {
                    // A lead paragraph belongs to the text wherever it stands. A heading-like
                    // dek belongs to it only when it runs straight into the body; followed by
                    // the byline, the date or the lead image it is part of the headline block.
                    let headline_like =
                        tag.is_heading() || s.heading_chars > 0 || is_dek(&page.names(ix));
                    return (!headline_like || adjacent(page, dom.end(ix), first))
                        .then_some((slot, ix));
                }
                ix += 1;
            }
        }
        at = parent;
    }
    None
}

/// Names of the line under a headline (dek, deck, subtitle, subhead), as opposed to a lead
/// paragraph of the text.
fn is_dek(names: &str) -> bool {
    names.split(|c: char| !c.is_ascii_alphanumeric()).any(|t| {
        matches!(
            t,
            "dek" | "deck" | "subtitle" | "subheadline" | "subhead" | "subheading"
        )
    })
}

/// True when nothing readers see (text, images) stands between `from` and `to`, in
/// document order: only whitespace and removed elements.
fn adjacent(page: &Page<'_>, from: Ix, to: Ix) -> bool {
    let dom = page.dom();
    let mut ix = from;
    while ix < to {
        if page.is_marked(ix) && !dom.contains(ix, to) {
            ix = dom.end(ix);
            continue;
        }
        match dom.tag(ix) {
            Tag::Text if dom.has_text(ix) => return false,
            Tag::Img => return false,
            _ => {}
        }
        ix += 1;
    }
    true
}

/// A named container must hold this much non-link text to count.
const MIN_CONTAINER_CHARS: u32 = 200;
/// A second named container counts as a chunk of the same body when it holds at least this
/// share of the largest one's text.
const MIN_CHUNK_SHARE: f32 = 0.1;
/// The chunks must make up this share of their common ancestor's text.
const CHUNKS_SHARE_OF_COMMON: f32 = 0.6;

/// Shingle size for matching page text against the JSON-LD body.
const SHINGLE_WORDS: usize = 4;

fn shingles(text: &str) -> Vec<u64> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    if words.len() < SHINGLE_WORDS {
        return Vec::new();
    }
    words.windows(SHINGLE_WORDS).map(fnv1a).collect()
}

/// FNV-1a over the words of a shingle (a separator byte between words): collisions only
/// blur a count, so a simple hash does.
fn fnv1a(words: &[String]) -> u64 {
    let mut h = text::Fnv1a::new();
    for w in words {
        h.write(w.as_bytes());
        h.write(&[0xff]);
    }
    h.finish()
}

/// The smallest element whose text holds most of the JSON-LD `articleBody`.
fn json_ld_container(page: &Page<'_>, meta: &Metadata, stats: &StatsTable<'_>) -> Option<Ix> {
    let body_text = meta.json_ld_body.as_deref()?;
    // A sorted list searched by bisection: as fast as a hash set here, and no hash table
    // code in the WebAssembly build.
    let mut wanted: Vec<u64> = shingles(body_text);
    wanted.sort_unstable();
    wanted.dedup();
    if wanted.len() < JSON_LD_MIN_SHINGLES {
        return None;
    }
    let dom = page.dom();
    // Matched shingles per leaf block, accumulated upwards.
    let mut matched = vec![0u32; dom.len()];
    let body = dom.body;
    let mut text = String::new();
    for ix in page.walk(body) {
        let tag = dom.tag(ix);
        if tag == Tag::Text || !tag.is_block() {
            continue;
        }
        // Leaf blocks only: blocks without blocks inside.
        if stats.get(ix).blocks > 0 {
            continue;
        }
        text.clear();
        dom.collect_text(ix, &mut text, |i| page.is_marked(i));
        let n = shingles(&text)
            .iter()
            .filter(|h| wanted.binary_search(h).is_ok())
            .count() as u32;
        matched[ix as usize] = n;
    }
    for ix in (body + 1..dom.end(body))
        .rev()
        .filter(|&ix| stats.is_kept(ix))
    {
        if let Some(p) = dom.parent(ix) {
            matched[p as usize] += matched[ix as usize];
        }
    }
    let total = matched[dom.body as usize];
    if (total as f32) < wanted.len() as f32 * JSON_LD_MIN_FOUND {
        // The page does not carry the JSON-LD text (or only a fragment): no evidence.
        return None;
    }
    // Deepest element holding at least JSON_LD_COVERAGE of the matches.
    let need = (total as f32 * JSON_LD_COVERAGE) as u32;
    let mut best = dom.body;
    for ix in page.walk(body) {
        if dom.tag(ix) != Tag::Text && matched[ix as usize] >= need && dom.contains(best, ix) {
            best = ix;
        }
    }
    (best != dom.body).then_some(best)
}

/// Whether `candidate` (from a known container or structured data) should replace the
/// scored roots: the judgement is [`select::markup_overrules`], on the texts' lengths and
/// how the two sit in the tree.
fn better_than_roots(
    page: &Page<'_>,
    candidate: &[Ix],
    roots: &[Ix],
    stats: &StatsTable<'_>,
) -> bool {
    let dom = page.dom();
    let roots_chars: u32 = roots.iter().map(|&r| stats.get(r).chars).sum();
    let cand_chars = candidate.iter().map(|&c| stats.get(c).chars).sum();
    let placement = if roots
        .iter()
        .all(|&r| candidate.iter().any(|&c| dom.contains(c, r)))
    {
        Placement::Encloses
    } else if roots
        .iter()
        .any(|&r| candidate.iter().any(|&c| dom.contains(r, c)))
    {
        Placement::Inside
    } else {
        Placement::Elsewhere
    };
    select::markup_overrules(placement, cand_chars, roots_chars)
}

#[cfg(test)]
mod tests {
    /// A scholarly page: a short abstract in the article, a long list of citations after it.
    fn scholarly_page(list_names: &str) -> String {
        let citation = "Doe J, Roe R, et al. Influenza vaccination of schoolchildren, a \
                        cohort study, with costs. J Infect Dis. 2009;170:679-86.";
        let items: String = (0..40)
            .map(|i| format!("<li>{i}. {citation}</li>"))
            .collect();
        format!(
            "<html><body><div class=\"article-body\"><section><h2>Abstract</h2>\
             <p>Vaccinating elderly persons against influenza is thought to reduce hospital \
             stays and deaths, but observational studies may be biased.</p>\
             <p>We compared regions with different vaccination rates over fifteen years, \
             using records of hospital admissions and deaths in each season.</p></section>\
             <section><h2>References</h2><div {list_names}><ol>{items}</ol></div></section>\
             </div></body></html>"
        )
    }

    #[test]
    fn a_reference_list_is_not_chosen_as_the_article() {
        let a = crate::extract(&scholarly_page("class=\"references\""), &Default::default())
            .expect("extracts");
        assert!(a.text.contains("Vaccinating elderly persons"), "{}", a.text);
        // Without the name, the citations outscore the abstract (which is why the name is
        // looked at).
        let a = crate::extract(&scholarly_page("class=\"list\""), &Default::default())
            .expect("extracts");
        assert!(
            !a.text.contains("Vaccinating elderly persons"),
            "{}",
            a.text
        );
    }

    #[test]
    fn paragraphs_of_an_appeal_box_do_not_choose_the_article() {
        let html = "<html><body><div id=\"page\"><h1>Parteien</h1><div class=\"text\">\
            <p><em>Weil es zu viele sind und viele nur in wenigen Ländern antreten, haben wir \
            uns auf die größten beschränkt, wie in der Karte zu sehen ist.</em></p></div>\
            <div class=\"cta-box\"><p>Wir sind gemeinnützig und unabhängig, wir finanzieren \
            uns durch Spenden, durch Abos, durch Beiträge unserer Leser, und durch nichts \
            sonst. Unterstütze unsere Arbeit, abonniere das Magazin, gedruckt oder als E-Paper, \
            ab 19,90 Euro im Jahr, oder spende, damit wir weiter schreiben können, was andere \
            nicht schreiben.</p></div></div><div id=\"footer\"><p>Impressum</p></div>\
            </body></html>";
        let a = crate::extract(html, &Default::default()).expect("extracts");
        assert!(a.text.contains("Weil es zu viele sind"), "{}", a.text);
        assert!(!a.text.contains("gemeinnützig"), "{}", a.text);
    }

    /// A news page whose standfirst is a heading inside a box named "lead", with an empty
    /// ad slot between it and the text.
    fn page_with_heading_lead(between: &str) -> String {
        format!(
            "<html><body><div class=\"nav\"><a href=\"/\">Home</a></div><div class=\"page\">\
             <h1>Le ministre et la réforme</h1><div class=\"article-lead\"><h2>Chargé de \
             porter la réforme, le ministre a su gagner la confiance du président.</h2></div>\
             {between}<div class=\"text\"><p>Face à la forte mobilisation contre la réforme, \
             le haut-commissaire porte ce projet coûte que coûte, avec le soutien du chef \
             de l'Etat et grâce à son expérience politique.</p><p>Venu de l'ancien parti, \
             fondé par un président, il avait déjà montré son rapport de force par le passé \
             en sachant s'imposer, disent ses anciens amis.</p></div></div></body></html>"
        )
    }

    #[test]
    fn a_lead_box_holding_a_heading_joins_the_text_it_runs_into() {
        let opts = Default::default();
        let next_to_body = page_with_heading_lead("<div class=\"ad-slot\"><div></div></div>");
        let a = crate::extract(&next_to_body, &opts).expect("extracts");
        assert!(
            a.text.starts_with("Chargé de porter la réforme"),
            "{}",
            a.text
        );
        // Followed by the date, it belongs to the headline block, as other deks do.
        let before_date = page_with_heading_lead("<p>Publié le 12 décembre 2019, à 10h</p>");
        let a = crate::extract(&before_date, &opts).expect("extracts");
        assert!(!a.text.contains("Chargé de porter"), "{}", a.text);
    }

    #[test]
    fn a_lead_in_the_article_header_is_found_past_an_article_element() {
        let page = |header: &str| {
            format!(
                "<html><body><div class=\"wrapper\"><section class=\"head\"><{header}><h1>Boric vuelve a \
                 Magallanes</h1><div class=\"bajada\"><p>El Mandatario se reunirá en Punta \
                 Arenas con las autoridades locales y luego viajará a Puerto Natales.</p></div>\
                 </{header}></section><section class=\"main\"><div class=\"cuerpo\"><p>El \
                 Presidente viaja este miércoles a su región natal en su segundo viaje oficial \
                 al interior del país, tras la visita que en abril realizó al norte.</p><p>Boric \
                 se desplaza a un territorio amigo, al que representó durante dos periodos \
                 como diputado, y donde obtuvo la mayoría de los votos.</p></div></section>\
                 <section class=\"more\"><article><h2>Otra noticia</h2><div class=\"bajada\">\
                 <p>Un resumen de otra noticia del día, con su propia bajada y su enlace.</p>\
                 </div></article></section></div></body></html>"
            )
        };
        let opts = Default::default();
        for header in ["article", "header"] {
            let a = crate::extract(&page(header), &opts).expect("extracts");
            assert!(
                a.text.starts_with("El Mandatario se reunirá"),
                "{header}: {}",
                a.text
            );
            assert!(!a.text.contains("Un resumen de otra noticia"), "{}", a.text);
        }
    }
}
