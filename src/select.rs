//! Choosing the article: a contest between candidates, judged on measured evidence.
//!
//! Generators propose where the article is:
//! - **scored**: Readability-style candidate scoring ([`content::choose`]), tried with
//!   strict rules first and with looser ones while it finds too little (the attempt
//!   ladder). Markup may overrule the scored roots inside it: the element holding the
//!   JSON-LD `articleBody`, or one named as the article body ([`markup_overrules`]);
//! - **article** / **main**: the page's dominant `<article>`, its `<main>`;
//! - **page**: the whole body.
//!
//! Each candidate is cut out as the article would be (furniture set aside, boilerplate
//! stripped, cleaned) and measured. The judge ([`judge`]) is a pure function of those
//! measures: it keeps the scored article unless it fails a plausibility check, and then
//! takes the best alternative. The never-empty invariant lives there, in the one final
//! step, which sees what stripping left of each candidate; so do the three rules that widen
//! a strict article stripping left as a fragment of the page (a gutted page of sections, a
//! short fragment on a page that is no story, prose that conditional cleaning took) to a
//! lenient cut.

use crate::boilerplate;
use crate::clean::{self, OutTag, OutTree};
use crate::content::{self, Flags};
use crate::dom::{Ix, Tag};
use crate::metadata::Metadata;
use crate::options::Options;
use crate::page::{Page, Record};
#[cfg(not(target_arch = "wasm32"))]
use crate::serialize::text::Figures;
use crate::text;

/// Where a candidate article came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Origin {
    /// Candidate scoring.
    Scored,
    /// The element holding the JSON-LD `articleBody`.
    JsonLd,
    /// An element named as the article body (`itemprop=articleBody`, `entry-content`...).
    BodyMarkup,
    /// The page's dominant `<article>` element.
    ArticleElement,
    /// The page's `<main>` element.
    MainElement,
    /// The whole body.
    WholePage,
    /// A copy of the page inside `<noscript>`, for readers without scripts.
    Noscript,
    /// The page's `<main>`, cut out leniently: furniture set aside, hidden elements and
    /// scripts gone, but no boilerplate stripped and no conditional cleaning (a list of
    /// products or stories, which the strict cut takes for link lists and teasers).
    LenientMain,
    /// The whole body, cut out leniently.
    LenientPage,
}

impl Origin {
    /// The name the decision is reported under.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Origin::Scored => "scored",
            Origin::JsonLd => "json-ld",
            Origin::BodyMarkup => "body-markup",
            Origin::ArticleElement => "article",
            Origin::MainElement => "main",
            Origin::WholePage => "page",
            Origin::Noscript => "noscript",
            Origin::LenientMain => "main-lenient",
            Origin::LenientPage => "page-lenient",
        }
    }
}

/// How a markup candidate sits relative to the scored roots.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Placement {
    /// It holds all of them.
    Encloses,
    /// One of them holds it.
    Inside,
    /// Somewhere else in the page.
    Elsewhere,
}

/// A markup candidate replaces the scored roots inside it when it holds at least this
/// share of their text (the tighter container)...
const MARKUP_SHARE_OF_ROOTS: f32 = 0.6;
/// ... and the scored roots inside a markup candidate give way to it when they hold at most
/// this share of its text (they were one fragment of a split article).
const ROOTS_SHARE_OF_MARKUP: f32 = 0.5;
/// Elsewhere in the page, markup overrules scoring only with this many times its text.
const MARKUP_ELSEWHERE_GAIN: u32 = 2;

/// Whether a markup candidate of `markup_chars` characters overrules scored roots of
/// `roots_chars` characters, given where it sits. Markup names the article's container
/// explicitly, but sites also put such names on teasers and wrappers: the text decides.
pub(crate) fn markup_overrules(placement: Placement, markup_chars: u32, roots_chars: u32) -> bool {
    if roots_chars == 0 {
        return markup_chars > 0;
    }
    match placement {
        Placement::Encloses => roots_chars as f32 <= markup_chars as f32 * ROOTS_SHARE_OF_MARKUP,
        Placement::Inside => markup_chars as f32 >= roots_chars as f32 * MARKUP_SHARE_OF_ROOTS,
        Placement::Elsewhere => markup_chars > roots_chars * MARKUP_ELSEWHERE_GAIN,
    }
}

/// When no attempt of the ladder reaches the length threshold, a looser one replaces a
/// stricter one only when it holds this many times its text. A looser attempt keeps what the
/// stricter one removed; on a short page (a podcast post, a notice) that is mostly the
/// footer, tag line and comment count it took off, a few lines more, while real text that a
/// strict rule wrongly dropped is usually the article itself: several times as much.
pub(crate) const LOOSER_ATTEMPT_MIN_GAIN: f32 = 2.0;

/// Which attempt of the ladder wins, from the text lengths of the attempts made, in order
/// (the ladder stops at the first that reaches `threshold`): that one, else the first,
/// replaced by each later one that finds [`LOOSER_ATTEMPT_MIN_GAIN`] times the text of the
/// one it replaces.
pub(crate) fn pick_attempt(chars: &[u32], threshold: u32) -> usize {
    let mut best = 0;
    for (i, &c) in chars.iter().enumerate() {
        if c >= threshold {
            return i;
        }
        if i > 0 && c as f32 > chars[best] as f32 * LOOSER_ATTEMPT_MIN_GAIN {
            best = i;
        }
    }
    best
}

/// What an extraction needs besides the page.
pub(crate) struct Setup<'a> {
    pub meta: &'a Metadata,
    pub options: &'a Options,
    pub settings: &'a clean::OutputSettings<'a>,
    /// Author names from the metadata, to recognise byline lines in the body.
    pub authors: &'a [String],
    /// Records the page held before the first attempt: removals beyond them belong to
    /// attempts and are taken back between them.
    pub base_records: usize,
}

/// Figures a candidate is judged on, read off its cleaned tree and the page's prose. Plain
/// numbers: the judge needs no tree.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct Measure {
    /// Characters of text in the cleaned article.
    pub chars: u32,
    /// Characters of that text inside links.
    pub link_chars: u32,
    /// Paragraphs (`<p>`) in it.
    pub paragraphs: u32,
    /// Characters of text inside paragraphs.
    pub paragraph_chars: u32,
    /// Headings in it.
    pub headings: u32,
    /// List items in it.
    pub list_items: u32,
    /// The page's prose inside the candidate's roots, before stripping.
    pub prose: u32,
    /// All the prose of the page.
    pub page_prose: u32,
    /// All the text of the page, prose or not.
    pub page_text: u32,
    /// The title's heading is inside the candidate or just before it.
    pub near_title: bool,
    /// The page's `<main>` holds the title's heading and none of the candidate's roots
    /// (set for the scored article only).
    pub outside_main: bool,
}

/// One candidate article, cut out and measured.
pub(crate) struct Candidate {
    pub origin: Origin,
    /// The flags of the attempt that made it (alternatives use the strictest).
    pub flags: Flags,
    pub roots: Vec<Ix>,
    pub dir: Option<String>,
    pub byline: Option<String>,
    /// The removals it made on top of the page's base state.
    pub removals: Vec<Record>,
    pub tree: OutTree,
    pub measure: Measure,
}

/// The outcome of the contest: which candidate won, why, and how sure the judge is.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Verdict {
    /// Index of the winner in the candidates judged.
    pub winner: usize,
    pub reason: &'static str,
}

/// The scored article is plausible when it holds at least this share of the page's prose,
/// both before stripping (its roots) and after (its text). Under it, the article chosen is
/// probably a part of the content (one section of a service page, one post of a thread, the
/// first paragraphs before a run of product boxes) or the wrong block.
const PLAUSIBLE_PROSE_SHARE: f32 = 0.5;
/// A scored article with this much text in paragraphs stands on its own, whatever else the
/// page holds (an archive page with one story opened among the excerpts of others).
const PLAUSIBLE_ARTICLE_CHARS: u32 = 6000;
/// An alternative replaces an implausible scored article when it holds at least this share
/// of the page's prose...
const ALTERNATIVE_MIN_PROSE_SHARE: f32 = 0.6;
/// ... and this many times its text after stripping...
const ALTERNATIVE_MIN_GAIN: f32 = 1.2;
/// ... with at most this share of it in links (a page of link lists is not the article)...
const ALTERNATIVE_MAX_LINK_DENSITY: f32 = 0.2;
/// ... and, when the scored article is written in paragraphs, at least this share of the
/// text it adds in paragraphs too: what a wider container adds beside an article is
/// usually lists of links, teasers and widgets, while the rest of a multi-part page is
/// more paragraphs.
const ALTERNATIVE_MIN_PARAGRAPH_SHARE: f32 = 0.2;
// These were chosen on the `tune` halves of wcxb-dev, scrapinghub, readability-dev and
// snippets-dev over a grid (plausible share 0.4-0.7, alternative share 0.6-0.8, gain
// 1.2-3, link density 0.1-0.3, paragraph share 0-0.5), as the best for wcxb-dev that lowers
// none of the others; the `check` halves moved the same way, and nearby values do nearly
// as well. Wider alternatives (the smallest element holding 70% of the prose, the block
// under the title's heading) were tried too: they lowered readability-dev and leaked more
// boilerplate on snippets-dev for little gain.

impl Measure {
    /// The share of the page's prose the candidate holds: the lesser of what its roots hold
    /// and what is left of it after stripping.
    fn prose_share(&self) -> f32 {
        if self.page_prose == 0 {
            return 1.0;
        }
        let kept = self.prose.min(self.chars);
        kept as f32 / self.page_prose as f32
    }

    fn link_density(&self) -> f32 {
        if self.chars == 0 {
            0.0
        } else {
            self.link_chars as f32 / self.chars as f32
        }
    }
}

/// Whether the scored article stands: it holds enough of the page's prose (see
/// [`PLAUSIBLE_PROSE_SHARE`]), or markup (the JSON-LD `articleBody`, an element named as the
/// article body) placed it, which no measure of the page overrules.
pub(crate) fn plausible(origin: Origin, scored: &Measure) -> bool {
    matches!(origin, Origin::JsonLd | Origin::BodyMarkup)
        || scored.prose_share() >= PLAUSIBLE_PROSE_SHARE
        || scored.paragraph_chars >= PLAUSIBLE_ARTICLE_CHARS
}

/// Whether an alternative should replace an implausible scored article.
pub(crate) fn prefers(scored: &Measure, alternative: &Measure) -> bool {
    let added = alternative.chars.saturating_sub(scored.chars);
    let added_in_paragraphs = alternative
        .paragraph_chars
        .saturating_sub(scored.paragraph_chars);
    alternative.page_prose > 0
        && alternative.prose as f32 >= alternative.page_prose as f32 * ALTERNATIVE_MIN_PROSE_SHARE
        && alternative.chars > 0
        && alternative.chars as f32 >= scored.chars as f32 * ALTERNATIVE_MIN_GAIN
        && alternative.link_density() <= ALTERNATIVE_MAX_LINK_DENSITY
        && (scored.paragraph_chars == 0
            || added_in_paragraphs as f32 >= added as f32 * ALTERNATIVE_MIN_PARAGRAPH_SHARE)
}

/// A scored article away from the title that lies outside the page's `<main>`, while
/// `<main>` holds the title's heading (see [`Measure::outside_main`]), is page chrome that
/// the scoring preferred (a disclaimer, a footer's text, a sidebar's column): `<main>`
/// replaces it when, stripped, it holds at least this much text with few links
/// ([`ALTERNATIVE_MAX_LINK_DENSITY`]). However plausible the scored article's share of the
/// prose: the page's own markup and its title say where the content is.
const MAIN_OVER_CHROME_MIN_CHARS: u32 = 300;
// Chosen on wcxb-dev's `tune` half by replaying the judge over every candidate the trace
// cuts out (300-800 characters): 4 pages change (a disclaimer, a footer's column, a service
// page's sidebar), all for the better on both halves; no other corpus changes.

/// Whether the scored article lies outside `<main>` and away from the title (judged only
/// where the scored article would otherwise stand: an alternative preferred to an
/// implausible one comes first).
pub(crate) fn beside_main(scored: &Measure) -> bool {
    scored.outside_main && !scored.near_title
}

/// Whether `<main>` replaces a scored article [`beside_main`].
fn main_replaces(main: &Measure) -> bool {
    main.near_title
        && main.chars >= MAIN_OVER_CHROME_MIN_CHARS
        && main.link_density() <= ALTERNATIVE_MAX_LINK_DENSITY
}

/// The order alternatives are tried in: the tightest container first.
pub(crate) const ALTERNATIVES: [Origin; 3] = [
    Origin::ArticleElement,
    Origin::MainElement,
    Origin::WholePage,
];

/// A strict article this short is nearly empty: a lenient cut replaces it when it holds
/// [`NEAR_EMPTY_GAIN`] times its text...
const NEAR_EMPTY_CHARS: u32 = 150;
const NEAR_EMPTY_GAIN: f32 = 2.0;
/// ... and one shorter than this has collapsed when a lenient cut holds
/// [`COLLAPSED_GAIN`] times its text: stripping took nearly everything the page shows (a
/// listing of stories or products, whose items read as teasers and link lists).
const COLLAPSED_MAX_CHARS: u32 = 2000;
const COLLAPSED_GAIN: f32 = 10.0;
// Chosen as the other thresholds were, on the `tune` halves (near-empty 0-400 characters,
// gains 1.5-20, collapsed 1000-2000): no other corpus changes, and `check` gained as much.

/// A lenient cut must hold at least this much text to replace the strict article: a body
/// of prose worth reading, not a short notice with the boilerplate the strict cut removed.
const PLAUSIBLE_BODY_CHARS: u32 = 500;

/// A strict article shorter than this that holds little of the page's prose (it fails
/// [`plausible`]) and is not written in paragraphs has probably been gutted: the page is
/// built of sections, cards or list items (a service page, a category of products, a front
/// page of teasers), which conditional cleaning takes for widgets one by one, leaving a
/// fragment. A lenient cut that holds most of the page's prose
/// ([`ALTERNATIVE_MIN_PROSE_SHARE`]) and [`GUTTED_GAIN`] times its text replaces it.
const GUTTED_MAX_CHARS: u32 = 3000;
const GUTTED_GAIN: f32 = 3.0;
/// ... "not written in paragraphs": at most this share of its text in `<p>`. A story in
/// paragraphs that stripping shortened lost comment threads, teasers and link lists, which
/// a lenient cut would bring back.
const GUTTED_MAX_PARAGRAPH_SHARE: f32 = 0.3;
// Chosen on the `tune` halves over a grid (gain 2-5, at most 3000-5000 characters,
// paragraph share 0.15-1, link density of the lenient cut 0.3-1): wcxb-dev tune gained
// 0.006 on a plateau (gain 3-4, paragraph share 0.15-0.3, any length cap from 3000 to 5000
// and no cap on the lenient cut's links); without the paragraph condition scrapinghub and
// snippets-dev lost precision on news stories.

/// The lenient cuts tried when the strict article is near-empty or collapsed, tightest
/// first.
pub(crate) const LENIENT: [Origin; 2] = [Origin::LenientMain, Origin::LenientPage];

/// Whether the strict article is short enough that a lenient cut might replace it.
pub(crate) fn may_have_collapsed(strict: &Measure) -> bool {
    strict.chars < COLLAPSED_MAX_CHARS
}

/// A strict article shorter than this that holds little of the page's prose is a fragment
/// (a product's short blurb beside its specifications, one card of a category, the intro
/// of a service page): a lenient cut with [`FRAGMENT_GAIN`] times its text replaces it,
/// whatever that text is written in.
const FRAGMENT_MAX_CHARS: u32 = 1600;
const FRAGMENT_GAIN: f32 = 1.5;
// Chosen on wcxb-dev's `tune` half by replaying the judge over every candidate the trace
// cuts out (at most 1200-2000 characters, gain 1-2, prose share 0.5-0.7): 1600 and 1.5
// lie on a plateau, and the `check` half gained as much on pages of every type.

/// A strict article that kept less than this share of the prose its containers held before
/// stripping has lost most of its prose to stripping: on a service page, a listing or a
/// category, the sections and cards conditional cleaning takes for widgets. The tightest
/// lenient cut replaces it when that holds at least [`PLAUSIBLE_PROSE_SHARE`] of the page's
/// prose and [`STRIPPED_GAIN`] times its text.
const STRIPPED_MAX_KEPT: f32 = 0.7;
const STRIPPED_GAIN: f32 = 1.5;
// Chosen on wcxb-dev's `tune` half by replaying the judge over every candidate the trace
// cuts out (kept share 0.5-0.9, gain 1.1-2, the tightest or any lenient cut, a length cap
// of 3000 characters, 6000 or none): 0.65-0.8 with a gain of 1.5 lie on a plateau, and the
// `check` half gained twice as much. Not in threads, whose stripping takes post furniture
// on purpose.

/// Whether stripping took most of the strict article's prose (see [`STRIPPED_MAX_KEPT`]).
pub(crate) fn may_be_stripped(origin: Origin, strict: &Measure, story: bool, thread: bool) -> bool {
    origin == Origin::Scored
        && !story
        && !thread
        && (strict.chars as f32) < strict.prose as f32 * STRIPPED_MAX_KEPT
}

/// Whether the strict article is a fragment (see [`FRAGMENT_MAX_CHARS`]). Not on a page
/// that reads as a story (`story`: it declares itself an article in `og:type` or JSON-LD,
/// or its metadata give a publication date or an author): a short story among teasers and comments is
/// short, not a fragment, and a lenient cut would bring the teasers back.
pub(crate) fn may_be_fragment(origin: Origin, strict: &Measure, story: bool) -> bool {
    !story && !plausible(origin, strict) && strict.chars < FRAGMENT_MAX_CHARS
}

/// Whether the strict article may have been gutted by stripping (see [`GUTTED_MAX_CHARS`]).
pub(crate) fn may_be_gutted(origin: Origin, strict: &Measure) -> bool {
    !plausible(origin, strict)
        && strict.chars < GUTTED_MAX_CHARS
        && strict.paragraph_chars as f32 <= strict.chars as f32 * GUTTED_MAX_PARAGRAPH_SHARE
}

/// Whether a lenient cut replaces a gutted strict article: it holds most of the page's
/// prose, and several times the text.
fn restores(strict: &Measure, lenient: &Measure) -> bool {
    lenient.page_prose > 0
        && lenient.prose as f32 >= lenient.page_prose as f32 * ALTERNATIVE_MIN_PROSE_SHARE
        && holds_more(strict, lenient, GUTTED_GAIN)
}

/// Whether a lenient cut is a body of prose worth reading ([`PLAUSIBLE_BODY_CHARS`]) with
/// `gain` times the strict article's text: what every rule that widens the article asks.
fn holds_more(strict: &Measure, lenient: &Measure, gain: f32) -> bool {
    lenient.chars >= PLAUSIBLE_BODY_CHARS
        && lenient.chars as f32 >= strict.chars.max(1) as f32 * gain
}

/// Whether a lenient cut replaces the strict article: the never-empty invariant.
fn rescues(strict: &Measure, lenient: &Measure) -> bool {
    let gain = if strict.chars < NEAR_EMPTY_CHARS {
        NEAR_EMPTY_GAIN
    } else {
        COLLAPSED_GAIN
    };
    may_have_collapsed(strict) && holds_more(strict, lenient, gain)
}

/// What the page and the attempt ladder say, besides the measures, about how likely the
/// article is right.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Signals {
    /// The page gives a publication date: it presents itself as a dated piece.
    pub dated: bool,
    /// The page names an author.
    pub bylined: bool,
    /// The strict attempt found too little and a looser one was taken.
    pub loosened: bool,
    /// The page says it sells something (`Metadata::sells`).
    pub sells: bool,
}

// The confidence model: a logistic function of the winner's measures and the signals,
// estimating the probability that the article matches the page's main content with a word
// F1 of at least 0.8. Its weights were fitted (logistic regression, L2, C = 1) on the `tune`
// half of wcxb-dev (735 pages of seven kinds) and checked on the `check` half; the README
// reports how the mean F1 of each band of confidence came out on both. The share of the
// page's text the article holds ranks pages best: an article that is most of what the page
// shows leaves little to have got wrong, while one that is a small part of a page crowded
// with other text could have been another part (ranked by it, the best 60% of pages gain
// half a point of mean F1 on both halves). The `sells` signal was added later by refitting
// on top of the earlier model (its log-odds and the signal, same data and split): the
// earlier weights scaled by 0.927 and a new bias; the top band's mean F1 rose by 0.2 points
// on `tune` and 0.3 on `check`.
/// Weight of the share of the page's prose the article holds.
const W_PROSE_SHARE: f64 = 0.400;
/// Weight of the share of the page's text, prose or not, the article holds.
const W_TEXT_SHARE: f64 = 2.317;
/// Weight of the share of the article's text set in paragraphs.
const W_PARAGRAPH_SHARE: f64 = 1.393;
/// Weight of a publication date.
const W_DATED: f64 = 0.567;
/// Weight of an author's name.
const W_BYLINED: f64 = 0.719;
/// Weight of a loosened attempt (negative: strict rules found too little).
const W_LOOSENED: f64 = -0.409;
/// Weight of a lenient cut (negative: stripping had collapsed).
const W_LENIENT: f64 = -0.464;
/// Weight of a wider container replacing the scored article.
const W_WIDENED: f64 = -0.910;
/// Weight of a page that sells something (negative: a shop's page is product facts,
/// offers and reviews around a description, and which of them is its content is a
/// convention; in the top band of the model without it, such pages averaged 0.71).
const W_SELLS: f64 = -1.027;
const CONFIDENCE_BIAS: f64 = -1.220;

/// How likely it is that the article found is the page's main content, from 0 to 1 (two
/// decimals): see the weights above.
pub(crate) fn confidence(origin: Origin, m: &Measure, s: &Signals) -> f64 {
    if m.chars == 0 {
        return 0.0;
    }
    let paragraph_share = f64::from(m.paragraph_chars) / f64::from(m.chars);
    let text_share = (f64::from(m.chars) / f64::from(m.page_text.max(1))).min(1.0);
    let z = CONFIDENCE_BIAS
        + W_PROSE_SHARE * f64::from(m.prose_share().min(1.0))
        + W_TEXT_SHARE * text_share
        + W_PARAGRAPH_SHARE * paragraph_share
        + if s.dated { W_DATED } else { 0.0 }
        + if s.bylined { W_BYLINED } else { 0.0 }
        + if s.loosened { W_LOOSENED } else { 0.0 }
        + if s.sells { W_SELLS } else { 0.0 }
        + match origin {
            Origin::LenientMain | Origin::LenientPage => W_LENIENT,
            Origin::ArticleElement | Origin::MainElement | Origin::WholePage => W_WIDENED,
            _ => 0.0,
        };
    let p = 1.0 / (1.0 + (-z).exp());
    (p * 100.0).round() / 100.0
}

/// The judge. The scored article (`candidates[0]`) stands unless it is implausible; then
/// the first alternative, in the order of [`ALTERNATIVES`], that [`prefers`] accepts. The
/// strict article so chosen stands unless it is near-empty or collapsed next to a lenient
/// cut of the page ([`LENIENT`]): the article is never empty while the page shows text.
/// It also gives way to a lenient cut when it was gutted ([`may_be_gutted`], [`restores`])
/// or is a short fragment ([`may_be_fragment`]) on a page that is not a `story` (declared
/// an article, dated or signed), and, on a page that is neither a story nor a `thread`, when
/// stripping took most of the prose its containers held ([`may_be_stripped`]).
pub(crate) fn judge(candidates: &[(Origin, Measure)], story: bool, thread: bool) -> Verdict {
    let strict = judge_strict(candidates);
    // With the `ablation` feature, a step of the judge can be switched off to measure it.
    #[cfg(feature = "ablation")]
    let on = |step: &str| !crate::ablation::judge_off(step);
    #[cfg(not(feature = "ablation"))]
    let on = |_: &str| true;
    let (origin, winner) = &candidates[strict.winner];
    if let Some(i) = first_lenient(candidates, |m| on("rescue") && rescues(winner, m)) {
        return Verdict {
            winner: i,
            reason: "stripping left little of what the page shows; this lenient cut holds much more",
        };
    }
    if on("gutted") && may_be_gutted(*origin, winner) {
        if let Some(i) = first_lenient(candidates, |m| restores(winner, m)) {
            return Verdict {
                winner: i,
                reason: "stripping left a fragment of a page built of sections; this lenient cut holds most of its prose",
            };
        }
    }
    if on("fragment") && may_be_fragment(*origin, winner, story) {
        // The tightest lenient cut only: the whole page around a fragment is mostly not
        // the page's content.
        if let Some(i) = tightest_lenient(candidates) {
            if holds_more(winner, &candidates[i].1, FRAGMENT_GAIN) {
                return Verdict {
                    winner: i,
                    reason: "the article is short and holds little of the page's prose; this lenient cut holds more",
                };
            }
        }
    }
    if on("stripped") && may_be_stripped(*origin, winner, story, thread) {
        if let Some(i) = tightest_lenient(candidates) {
            let m = &candidates[i].1;
            if holds_more(winner, m, STRIPPED_GAIN)
                && m.prose as f32 >= m.page_prose as f32 * PLAUSIBLE_PROSE_SHARE
            {
                return Verdict {
                    winner: i,
                    reason: "stripping took most of the prose the article's containers hold; the tightest lenient cut keeps it",
                };
            }
        }
    }
    strict
}

/// The index of the first lenient cut, tightest first ([`LENIENT`] order), that `accepts`.
fn first_lenient(
    candidates: &[(Origin, Measure)],
    accepts: impl Fn(&Measure) -> bool,
) -> Option<usize> {
    LENIENT.iter().find_map(|&lenient| {
        candidates
            .iter()
            .position(|(o, m)| *o == lenient && accepts(m))
    })
}

/// The index of the tightest lenient cut among the candidates, if any was cut out.
fn tightest_lenient(candidates: &[(Origin, Measure)]) -> Option<usize> {
    first_lenient(candidates, |_| true)
}

fn judge_strict(candidates: &[(Origin, Measure)]) -> Verdict {
    let Some(&(origin, scored)) = candidates.first() else {
        return Verdict {
            winner: 0,
            reason: "no candidate",
        };
    };
    #[cfg(feature = "ablation")]
    let plausible =
        |o: Origin, m: &Measure| plausible(o, m) || crate::ablation::judge_off("alternatives");
    #[cfg(feature = "ablation")]
    let beside_main = |m: &Measure| beside_main(m) && !crate::ablation::judge_off("beside-main");
    // The scored article would stand (plausible, or no alternative holds more): unless it
    // is chrome beside `<main>`.
    let main_over_chrome = || {
        beside_main(&scored)
            .then(|| {
                candidates
                    .iter()
                    .position(|(o, m)| *o == Origin::MainElement && main_replaces(m))
            })
            .flatten()
            .map(|i| Verdict {
                winner: i,
                reason: "the scored article lies outside <main>, away from the title; <main> holds the title and text",
            })
    };
    if plausible(origin, &scored) {
        if let Some(v) = main_over_chrome() {
            return v;
        }
        return Verdict {
            winner: 0,
            reason: "the scored article is plausible",
        };
    }
    for alternative in ALTERNATIVES {
        if let Some(i) = candidates
            .iter()
            .position(|(o, m)| *o == alternative && prefers(&scored, m))
        {
            return Verdict {
                winner: i,
                reason: "the scored article holds little of the page's prose; this holds most of it",
            };
        }
    }
    main_over_chrome().unwrap_or(Verdict {
        winner: 0,
        reason: "the scored article holds little of the page's prose, and no alternative more",
    })
}

/// Runs the contest on a page whose never-content is already removed, and returns the
/// winner with the verdict. Alternatives are cut out only when the judge may need them.
pub(crate) fn select(
    page: &mut Page<'_>,
    setup: &Setup<'_>,
    mut log: Option<&mut String>,
) -> (Candidate, Verdict, f64) {
    let options = setup.options;
    let mut cache = PruneCache::default();
    let mut flags = Flags::ALL;
    let mut ladder: Vec<Candidate> = Vec::new();
    loop {
        let c = attempt(page, setup, &mut cache, flags, log.as_deref_mut());
        let enough = c.measure.chars as usize >= options.char_threshold;
        ladder.push(c);
        if enough {
            break;
        }
        match flags.loosen() {
            Some(f) => flags = f,
            None => break,
        }
    }
    let lengths: Vec<u32> = ladder.iter().map(|c| c.measure.chars).collect();
    let picked = pick_attempt(&lengths, options.char_threshold as u32);
    let signals = Signals {
        dated: setup.meta.published_time.is_some(),
        bylined: setup.meta.byline.is_some() || ladder[picked].byline.is_some(),
        loosened: picked > 0,
        sells: setup.meta.sells,
    };
    let scored = ladder.swap_remove(picked);
    let story = setup.meta.is_story();

    // Alternatives are cut out only when the scored article is implausible, and then only
    // until one is preferred; a trace cuts them all out, to show them.
    let tracing = log.is_some();
    let mut candidates = vec![scored];
    // Read only where it can matter (see [`beside_main`]): one more look for `<main>`.
    if candidates[0].origin == Origin::Scored && !candidates[0].measure.near_title {
        let dom = page.dom();
        let scored = &candidates[0];
        candidates[0].measure.outside_main =
            generate(page, Origin::MainElement).is_some_and(|main| {
                near_title(page, setup.meta, &main)
                    && scored
                        .roots
                        .iter()
                        .all(|&r| !main.iter().any(|&m| dom.contains(m, r)))
            });
    }
    if !tracing && beside_main(&candidates[0].measure) {
        let need = Need {
            prose: 0,
            text: MAIN_OVER_CHROME_MIN_CHARS,
        };
        if let Some(c) = alternative(
            page,
            setup,
            &mut cache,
            Origin::MainElement,
            &candidates,
            Some(need),
            log.as_deref_mut(),
        ) {
            candidates.push(c);
        }
    }
    if tracing || !plausible(candidates[0].origin, &candidates[0].measure) {
        let scored = candidates[0].measure;
        let need = (!tracing).then_some(Need {
            prose: (scored.page_prose as f32 * ALTERNATIVE_MIN_PROSE_SHARE) as u32,
            text: ((scored.chars as f32 * ALTERNATIVE_MIN_GAIN) as u32).max(1),
        });
        for origin in ALTERNATIVES {
            if let Some(c) = alternative(
                page,
                setup,
                &mut cache,
                origin,
                &candidates,
                need,
                log.as_deref_mut(),
            ) {
                let preferred = prefers(&candidates[0].measure, &c.measure);
                candidates.push(c);
                if preferred && !tracing {
                    break;
                }
            }
        }
    }
    // Lenient cuts, when the strict article may have collapsed.
    let strict = judge_strict(
        &candidates
            .iter()
            .map(|c| (c.origin, c.measure))
            .collect::<Vec<_>>(),
    );
    let (origin, winner) = (
        candidates[strict.winner].origin,
        candidates[strict.winner].measure,
    );
    // A fragment, or an article that stripping took most of, is judged against the
    // tightest lenient cut whatever it holds: every one is cut out.
    let tightest = may_be_fragment(origin, &winner, story)
        || may_be_stripped(origin, &winner, story, page.thread());
    if tracing || tightest || may_have_collapsed(&winner) || may_be_gutted(origin, &winner) {
        // The least any rule of the judge asks of a lenient cut.
        let gain = NEAR_EMPTY_GAIN.min(GUTTED_GAIN);
        let need = (!tracing && !tightest).then_some(Need {
            prose: 0,
            text: PLAUSIBLE_BODY_CHARS.max((winner.chars as f32 * gain) as u32),
        });
        for origin in LENIENT {
            if let Some(c) = alternative(
                page,
                setup,
                &mut cache,
                origin,
                &candidates,
                need,
                log.as_deref_mut(),
            ) {
                candidates.push(c);
            }
        }
    }
    let measures: Vec<(Origin, Measure)> =
        candidates.iter().map(|c| (c.origin, c.measure)).collect();
    let verdict = judge(&measures, story, page.thread());
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(log) = log {
        let w = &measures[verdict.winner].1;
        log.push_str(&format!(
            "verdict: {} ({}), confidence {}, of {}; thread {}\n",
            measures[verdict.winner].0.name(),
            verdict.reason,
            confidence(measures[verdict.winner].0, w, &signals),
            measures.len(),
            page.thread()
        ));
        log.push_str(&format!(
            "features origin={} chars={} links={} pchars={} paras={} prose={} page_prose={} page_text={} near={} headings={} items={} article={} date={} byline={} loosened={} sells={} thread={}\n",
            measures[verdict.winner].0.name(),
            w.chars, w.link_chars, w.paragraph_chars, w.paragraphs, w.prose, w.page_prose, w.page_text,
            u8::from(w.near_title), w.headings, w.list_items,
            u8::from(setup.meta.declared_article),
            u8::from(signals.dated),
            u8::from(signals.bylined),
            u8::from(signals.loosened),
            u8::from(signals.sells),
            u8::from(page.thread())
        ));
    }
    let winner = candidates.swap_remove(verdict.winner);
    let confidence = confidence(winner.origin, &winner.measure, &signals);
    (winner, verdict, confidence)
}

/// One attempt of the ladder: furniture set aside, candidates scored, the article stripped
/// and cleaned, all with `flags`. The page is left as it was.
fn attempt(
    page: &mut Page<'_>,
    setup: &Setup<'_>,
    cache: &mut PruneCache,
    flags: Flags,
    log: Option<&mut String>,
) -> Candidate {
    let options = setup.options;
    let pruned = cache.prune(page, setup, flags);
    let found = content::choose(
        page,
        setup.meta,
        flags,
        options.nb_top_candidates,
        options.favor,
    );
    let tree = cut_out(page, setup, &found.roots, flags, &pruned, true);
    let measure = measure(page, setup, &found.roots, &tree);
    log_candidate(
        log,
        page,
        found.origin,
        flags,
        &found.roots,
        &measure,
        &tree,
    );
    #[cfg(not(target_arch = "wasm32"))]
    let _ = &found.top;
    Candidate {
        origin: found.origin,
        flags,
        removals: page.take_since(setup.base_records),
        roots: found.roots,
        dir: found.dir,
        byline: pruned.byline,
        tree,
        measure,
    }
}

/// A candidate from another generator, set aside and stripped with the strictest flags.
/// `None` when the generator finds nothing, or only roots a candidate already has.
fn alternative(
    page: &mut Page<'_>,
    setup: &Setup<'_>,
    cache: &mut PruneCache,
    origin: Origin,
    known: &[Candidate],
    need: Option<Need>,
    log: Option<&mut String>,
) -> Option<Candidate> {
    // What the judge would need of it, checked on the page's prose before any cutting: most
    // alternatives are ruled out so, at the cost of a lookup.
    if let Some(need) = need {
        let roots = generate(page, origin)?;
        let prose: u32 = roots.iter().map(|&r| page.prose().of(r)).sum();
        let text: u32 = roots.iter().map(|&r| page.prose().text_of(r)).sum();
        if prose < need.prose || text < need.text {
            return None;
        }
    }
    let lenient = LENIENT.contains(&origin);
    let flags = if lenient {
        Flags {
            clean_conditionally: false,
            ..Flags::ALL
        }
    } else {
        Flags::ALL
    };
    let pruned = cache.prune(page, setup, flags);
    let roots = match generate(page, origin) {
        Some(r)
            if !r.is_empty()
                && !known
                    .iter()
                    .any(|c| c.roots == r && LENIENT.contains(&c.origin) == lenient) =>
        {
            r
        }
        _ => {
            page.take_since(setup.base_records);
            return None;
        }
    };
    let tree = cut_out(page, setup, &roots, flags, &pruned, !lenient);
    let measure = measure(page, setup, &roots, &tree);
    log_candidate(log, page, origin, flags, &roots, &measure, &tree);
    let dir = content::direction(page, &roots);
    Some(Candidate {
        origin,
        flags,
        removals: page.take_since(setup.base_records),
        roots,
        dir,
        byline: pruned.byline,
        tree,
        measure,
    })
}

/// The furniture set aside by `content::prune`, kept for the candidates after the first:
/// it depends on the page and on one flag only (whether "unlikely" names set blocks aside),
/// so it is computed once per value of that flag and put back for the others.
#[derive(Default)]
struct PruneCache {
    /// Per value of `strip_unlikely` (false, true): the removals prune made and its outcome.
    slots: [Option<(Vec<Record>, content::Pruned)>; 2],
}

impl PruneCache {
    /// Sets aside the furniture for `flags` on a page in its base state.
    fn prune(&mut self, page: &mut Page<'_>, setup: &Setup<'_>, flags: Flags) -> content::Pruned {
        let slot = &mut self.slots[usize::from(flags.strip_unlikely)];
        if let Some((records, pruned)) = slot {
            page.reapply(records.clone());
            return pruned.clone();
        }
        let pruned = content::prune(page, setup.meta, flags);
        let records = page.take_since(setup.base_records);
        page.reapply(records.clone());
        *slot = Some((records, pruned.clone()));
        pruned
    }
}

/// Least prose and text (characters, before any cutting) that an alternative's roots must
/// hold for the judge to be able to take it.
#[derive(Clone, Copy)]
struct Need {
    prose: u32,
    text: u32,
}

/// Strips boilerplate from `roots` (declutter's own passes only when `strip`, and the
/// options ask for them; the phrase pass whenever they do) and builds the cleaned tree.
fn cut_out(
    page: &mut Page<'_>,
    setup: &Setup<'_>,
    roots: &[Ix],
    flags: Flags,
    pruned: &content::Pruned,
    strip: bool,
) -> OutTree {
    let options = setup.options;
    let mut names = setup.authors.to_vec();
    if let Some(b) = &pruned.byline {
        names.push(b.clone());
    }
    let ctx = boilerplate::Context {
        roots,
        related_headings: &pruned.related_headings,
        flags,
        stripping: match (options.strip_boilerplate, strip) {
            (false, _) => boilerplate::Stripping::Off,
            (true, false) => boilerplate::Stripping::Phrases,
            (true, true) => boilerplate::Stripping::All,
        },
        authors: names,
        title: setup.meta.title.clone(),
        product_reviews: &setup.meta.product_reviews,
        link_density_modifier: options.link_density_modifier,
        favor: options.favor,
        story: setup.meta.is_story(),
    };
    boilerplate::strip(page, &ctx);
    clean::build(page, roots, setup.settings)
}

/// Reads a candidate's figures.
fn measure(page: &Page<'_>, setup: &Setup<'_>, roots: &[Ix], tree: &OutTree) -> Measure {
    let mut m = Measure {
        prose: roots.iter().map(|&r| page.prose().of(r)).sum(),
        page_prose: page.prose().distinct(),
        page_text: page.prose().page_text(),
        near_title: near_title(page, setup.meta, roots),
        ..Measure::default()
    };
    // Text inside links and paragraphs: the text nodes under each `<a>` and `<p>`.
    const LINK: u8 = 1;
    const PARAGRAPH: u8 = 2;
    let mut inside = vec![0u8; tree.nodes.len()];
    for (i, n) in tree.nodes.iter().enumerate() {
        let mut flags = inside[i];
        match n.tag {
            OutTag::A => flags |= LINK,
            OutTag::P => {
                flags |= PARAGRAPH;
                m.paragraphs += 1;
            }
            OutTag::H2 | OutTag::H3 | OutTag::H4 | OutTag::H5 | OutTag::H6 => m.headings += 1,
            OutTag::Li => m.list_items += 1,
            OutTag::Text => {
                let chars = crate::dom::collapsed_len(&n.text);
                m.chars += chars;
                if flags & LINK != 0 {
                    m.link_chars += chars;
                }
                if flags & PARAGRAPH != 0 {
                    m.paragraph_chars += chars;
                }
            }
            _ => {}
        }
        for &c in &n.children {
            inside[c as usize] = flags;
        }
    }
    m
}

/// True when the heading that repeats the title is inside one of the roots or stands before
/// the first within its parent's block.
fn near_title(page: &Page<'_>, meta: &Metadata, roots: &[Ix]) -> bool {
    let Some(heading) = title_heading(page, meta) else {
        return false;
    };
    let dom = page.dom();
    roots.iter().any(|&r| {
        dom.contains(r, heading)
            || dom
                .parent(r)
                .is_some_and(|p| dom.contains(p, heading) && heading < r)
    })
}

/// The first `<h1>` or `<h2>` of the body whose text repeats the title.
fn title_heading(page: &Page<'_>, meta: &Metadata) -> Option<Ix> {
    let title = meta.title.as_deref().filter(|t| !t.is_empty())?;
    let dom = page.dom();
    (dom.body..dom.end(dom.body)).find(|&ix| {
        matches!(dom.tag(ix), Tag::H1 | Tag::H2)
            && text::similarity(title, &dom.text_of(ix)) > text::TITLE_SIMILARITY
    })
}

/// Share of the prose of the page's `<article>` elements that one of them must hold to be
/// the page's dominant article (a page of teasers has many, none dominant).
const DOMINANT_ARTICLE_SHARE: f32 = 0.6;

/// The roots a generator proposes, on the page as it stands after furniture is set aside.
fn generate(page: &Page<'_>, origin: Origin) -> Option<Vec<Ix>> {
    let dom = page.dom();
    let body = dom.body;
    let kept = |ix: Ix| !page.is_marked(ix) && !dom.ancestors(ix).any(|a| page.is_marked(a));
    match origin {
        Origin::ArticleElement => {
            let articles: Vec<Ix> = (body..dom.end(body))
                .filter(|&ix| content::is_article_element(page, ix) && kept(ix))
                .collect();
            let outermost: Vec<Ix> = articles
                .iter()
                .copied()
                .filter(|&a| !articles.iter().any(|&b| b != a && dom.contains(b, a)))
                .collect();
            let total: u32 = outermost.iter().map(|&a| page.prose().of(a)).sum();
            let best = outermost.into_iter().max_by_key(|&a| page.prose().of(a))?;
            (page.prose().of(best) > 0
                && page.prose().of(best) as f32 >= total as f32 * DOMINANT_ARTICLE_SHARE)
                .then(|| vec![best])
        }
        Origin::MainElement | Origin::LenientMain => (body..dom.end(body))
            .find(|&ix| content::is_main_element(page, ix) && kept(ix) && page.prose().of(ix) > 0)
            .map(|m| vec![m]),
        Origin::WholePage | Origin::LenientPage => Some(vec![body]),
        _ => None,
    }
}

/// Appends one candidate to a trace, with its text for studying the judge. The WebAssembly
/// build carries no tracing code.
#[cfg_attr(target_arch = "wasm32", allow(unused_variables))]
fn log_candidate(
    log: Option<&mut String>,
    page: &Page<'_>,
    origin: Origin,
    flags: Flags,
    roots: &[Ix],
    m: &Measure,
    tree: &OutTree,
) {
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(log) = log {
        let dom = page.dom();
        log.push_str(&format!(
            "candidate {} {flags:?}: {} chars, {} in links, {} paragraphs, prose {} of {}, near title {}, pchars={} headings={} items={}\n",
            origin.name(),
            m.chars,
            m.link_chars,
            m.paragraphs,
            m.prose,
            m.page_prose,
            m.near_title,
            m.paragraph_chars,
            m.headings,
            m.list_items
        ));
        for &r in roots {
            log.push_str(&format!(
                "  root #{r}..{} {}\n",
                dom.end(r),
                crate::describe(dom, r)
            ));
        }
        for rec in page.records() {
            log.push_str(&format!(
                "  removed #{} {} [{}] {}: {}\n",
                rec.ix,
                crate::describe(dom, rec.ix),
                rec.kind,
                rec.rule,
                text::sample(&dom.text_of(rec.ix), 80)
            ));
        }
        let text = crate::serialize::text::write(tree, Figures::Omit);
        log.push_str(&format!(
            "  text {}\n",
            serde_json::to_string(&text).unwrap_or_default()
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ladder_takes_the_first_attempt_long_enough() {
        assert_eq!(pick_attempt(&[900], 500), 0);
        assert_eq!(pick_attempt(&[100, 600], 500), 1);
        assert_eq!(pick_attempt(&[100, 150, 120, 130], 500), 0);
        // A looser attempt must find much more to replace a stricter one...
        assert_eq!(pick_attempt(&[100, 199, 150, 300], 500), 3);
        assert_eq!(pick_attempt(&[100, 201, 300, 400], 500), 1);
        assert_eq!(pick_attempt(&[100, 201, 300, 450], 500), 3);
        // ... and an empty one is replaced by anything.
        assert_eq!(pick_attempt(&[0, 10, 5], 500), 1);
    }

    /// The judge on a page that does not declare itself an article.
    fn judge(candidates: &[(Origin, Measure)]) -> Verdict {
        super::judge(candidates, false, false)
    }

    fn measure(chars: u32, paragraph_chars: u32, prose: u32, page_prose: u32) -> Measure {
        Measure {
            chars,
            paragraph_chars,
            prose,
            page_prose,
            page_text: page_prose,
            ..Measure::default()
        }
    }

    #[test]
    fn main_holding_the_title_replaces_chrome_beside_it() {
        // A disclaimer outside <main>, away from the title, holding most of the prose.
        let chrome = Measure {
            outside_main: true,
            ..measure(1400, 1400, 1480, 2460)
        };
        let main = Measure {
            near_title: true,
            ..measure(780, 370, 790, 2460)
        };
        let v = judge(&[(Origin::Scored, chrome), (Origin::MainElement, main)]);
        assert_eq!(v.winner, 1, "{v:?}");
        // Not when <main> holds too little text, or mostly links...
        let thin = Measure {
            near_title: true,
            ..measure(200, 200, 200, 2460)
        };
        assert_eq!(
            judge(&[(Origin::Scored, chrome), (Origin::MainElement, thin)]).winner,
            0
        );
        let links = Measure {
            link_chars: 600,
            ..main
        };
        assert_eq!(
            judge(&[(Origin::Scored, chrome), (Origin::MainElement, links)]).winner,
            0
        );
        // ... nor when the scored article is by the title or inside <main>.
        for scored in [
            Measure {
                near_title: true,
                ..chrome
            },
            Measure {
                outside_main: false,
                ..chrome
            },
        ] {
            assert_eq!(
                judge(&[(Origin::Scored, scored), (Origin::MainElement, main)]).winner,
                0
            );
        }
    }

    #[test]
    fn the_judge_keeps_a_plausible_article_and_widens_an_implausible_one() {
        // The scored article holds most of the page's prose: it stands.
        let scored = measure(3000, 2800, 3000, 4000);
        let main = measure(3900, 3600, 3900, 4000);
        let v = judge(&[(Origin::Scored, scored), (Origin::MainElement, main)]);
        assert_eq!(v.winner, 0);
        // One section of four: the <main> holding them all replaces it.
        let scored = measure(900, 850, 900, 4000);
        let v = judge(&[(Origin::Scored, scored), (Origin::MainElement, main)]);
        assert_eq!(v.winner, 1);
        // ... unless markup placed it.
        let v = judge(&[(Origin::BodyMarkup, scored), (Origin::MainElement, main)]);
        assert_eq!(v.winner, 0);
        // A wider cut that adds link lists and widgets, not paragraphs, does not.
        let noisy = measure(3900, 900, 3900, 4000);
        let v = judge(&[(Origin::Scored, scored), (Origin::MainElement, noisy)]);
        assert_eq!(v.winner, 0);
    }

    #[test]
    fn the_judge_never_leaves_the_article_empty_when_a_lenient_cut_shows_text() {
        let empty = measure(40, 0, 0, 0);
        let lenient = measure(2400, 300, 0, 0);
        let v = judge(&[(Origin::Scored, empty), (Origin::LenientPage, lenient)]);
        assert_eq!(v.winner, 1);
        // A short notice keeps its text when the lenient cut adds only a few lines.
        let notice = measure(300, 300, 300, 450);
        let v = judge(&[
            (Origin::Scored, notice),
            (Origin::LenientPage, measure(460, 460, 450, 450)),
        ]);
        assert_eq!(v.winner, 0);
    }

    #[test]
    fn the_judge_restores_a_page_of_sections_that_stripping_gutted() {
        // A service page: 2,500 characters left of 7,900 of prose, none in paragraphs; the
        // lenient cut holds the sections.
        let gutted = measure(2500, 0, 7500, 7900);
        let lenient = measure(10_000, 0, 7700, 7900);
        let v = judge(&[(Origin::Scored, gutted), (Origin::LenientMain, lenient)]);
        assert_eq!(v.winner, 1);
        assert!(v.reason.contains("sections"), "{}", v.reason);
        // Not a story in paragraphs (dated or signed): what stripping took from it were
        // widgets.
        let story = measure(2500, 2000, 7500, 7900);
        let v = super::judge(
            &[(Origin::Scored, story), (Origin::LenientMain, lenient)],
            true,
            false,
        );
        assert_eq!(v.winner, 0);
        // On a story, which the rule for stripped articles leaves alone, the rule for gutted
        // ones alone decides: not for a long article, nor one holding most of the page's
        // prose...
        let judge = |c: &[(Origin, Measure)]| super::judge(c, true, false);
        let long = measure(7000, 0, 20_000, 20_000);
        let v = judge(&[
            (Origin::Scored, long),
            (Origin::LenientMain, measure(24_000, 0, 20_000, 20_000)),
        ]);
        assert_eq!(v.winner, 0);
        let whole = measure(2500, 0, 2500, 2600);
        let v = judge(&[
            (Origin::Scored, whole),
            (Origin::LenientMain, measure(9000, 0, 2600, 2600)),
        ]);
        assert_eq!(v.winner, 0);
        // ... nor for a lenient cut that adds too little, or misses the page's prose.
        let v = judge(&[
            (Origin::Scored, gutted),
            (Origin::LenientMain, measure(6000, 0, 7700, 7900)),
        ]);
        assert_eq!(v.winner, 0);
        let v = judge(&[
            (Origin::Scored, gutted),
            (Origin::LenientMain, measure(10_000, 0, 3000, 7900)),
        ]);
        assert_eq!(v.winner, 0);
    }

    #[test]
    fn the_judge_widens_a_short_fragment_unless_the_page_is_a_story() {
        // A product page: a 700-character blurb in paragraphs, the specifications and
        // reviews elsewhere.
        let blurb = measure(700, 650, 700, 4000);
        let lenient = measure(3000, 900, 3500, 4000);
        let v = judge(&[(Origin::Scored, blurb), (Origin::LenientMain, lenient)]);
        assert_eq!(v.winner, 1);
        assert!(v.reason.contains("short"), "{}", v.reason);
        // A news brief among teasers and comments, on a page declared an article: it stands.
        let v = super::judge(
            &[(Origin::Scored, blurb), (Origin::LenientMain, lenient)],
            true,
            false,
        );
        assert_eq!(v.winner, 0);
        // Not when the lenient cut adds little, nor for an article holding the page's prose.
        let v = judge(&[
            (Origin::Scored, blurb),
            (Origin::LenientMain, measure(900, 800, 900, 4000)),
        ]);
        assert_eq!(v.winner, 0);
        let whole = measure(1400, 1300, 1400, 1500);
        let v = judge(&[(Origin::Scored, whole), (Origin::LenientMain, lenient)]);
        assert_eq!(v.winner, 0);
    }

    #[test]
    fn the_judge_restores_prose_that_stripping_took() {
        // A service page in paragraphs: the scored block's containers held 6,000
        // characters of prose, stripping left 2,500; the tightest lenient cut keeps 5,800.
        let stripped = measure(2500, 2000, 6000, 6500);
        let lenient = measure(5800, 4500, 6000, 6500);
        let both = [(Origin::Scored, stripped), (Origin::LenientMain, lenient)];
        let v = judge(&both);
        assert_eq!(v.winner, 1);
        assert!(v.reason.contains("stripping took"), "{}", v.reason);
        // The tightest lenient cut, not the whole page's.
        let v = judge(&[
            (Origin::Scored, stripped),
            (Origin::LenientMain, lenient),
            (Origin::LenientPage, measure(9000, 5000, 6500, 6500)),
        ]);
        assert_eq!(v.winner, 1);
        // Not on a story (what stripping took from a dated or signed piece is boilerplate),
        // nor in a thread, nor where markup placed the article.
        assert_eq!(super::judge(&both, true, false).winner, 0);
        assert_eq!(super::judge(&both, false, true).winner, 0);
        let v = judge(&[
            (Origin::BodyMarkup, stripped),
            (Origin::LenientMain, lenient),
        ]);
        assert_eq!(v.winner, 0);
        // Not when stripping left most of the prose, when the lenient cut adds too little,
        // or when it holds little of the page's prose.
        let kept = measure(4500, 4000, 6000, 6500);
        let v = judge(&[
            (Origin::Scored, kept),
            (Origin::LenientMain, measure(7000, 4500, 6000, 6500)),
        ]);
        assert_eq!(v.winner, 0);
        let v = judge(&[
            (Origin::Scored, stripped),
            (Origin::LenientMain, measure(3500, 3000, 6000, 6500)),
        ]);
        assert_eq!(v.winner, 0);
        let v = judge(&[
            (Origin::Scored, stripped),
            (Origin::LenientMain, measure(5800, 4500, 3000, 6500)),
        ]);
        assert_eq!(v.winner, 0);
    }

    #[test]
    fn confidence_follows_the_evidence() {
        let signals = Signals {
            dated: true,
            bylined: true,
            loosened: false,
            sells: false,
        };
        let full = confidence(Origin::Scored, &measure(5000, 4800, 5000, 5200), &signals);
        let part = confidence(Origin::Scored, &measure(1000, 900, 1000, 5200), &signals);
        let rescued = confidence(
            Origin::LenientPage,
            &measure(5000, 500, 1000, 5200),
            &Signals::default(),
        );
        assert!(full > 0.8 && full <= 1.0, "{full}");
        assert!(part < full && rescued < part, "{part} {rescued}");
        // The same article on a page crowded with other text (menus, lists, teasers) is
        // less certain to be the page's content.
        let crowded = Measure {
            page_text: 20_000,
            ..measure(5000, 4800, 5000, 5200)
        };
        let crowded = confidence(Origin::Scored, &crowded, &signals);
        assert!(crowded < full, "{crowded} {full}");
        // The same article on a shop's page is less certain to be what the page is for.
        let shop = Signals {
            sells: true,
            ..signals
        };
        let shop = confidence(Origin::Scored, &measure(5000, 4800, 5000, 5200), &shop);
        assert!(shop < full, "{shop} {full}");
        assert_eq!(
            confidence(Origin::Scored, &Measure::default(), &signals),
            0.0
        );
    }

    #[test]
    fn markup_overrules_scoring_on_its_text() {
        use Placement::*;
        // A body container around a fragment of it.
        assert!(markup_overrules(Encloses, 1000, 400));
        assert!(!markup_overrules(Encloses, 1000, 600));
        // A tighter container holding most of the scored text.
        assert!(markup_overrules(Inside, 700, 1000));
        assert!(!markup_overrules(Inside, 500, 1000));
        // Elsewhere, only with much more text.
        assert!(markup_overrules(Elsewhere, 2001, 1000));
        assert!(!markup_overrules(Elsewhere, 1500, 1000));
        assert!(markup_overrules(Elsewhere, 1, 0));
    }
}
