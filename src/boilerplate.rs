//! Stripping boilerplate from inside the article.
//!
//! Runs on the roots chosen by `content`, in passes:
//! 1. **Named**: elements whose class/id name a kind of boilerplate (share bars, related
//!    lists, author boxes, ad slots...), when they are small enough for the name to be
//!    believed (a wrapper named `has-share-buttons` around the whole article is not a
//!    share bar).
//! 2. **Phrases**: short blocks that say what they are ("Read also: ...", "Comments are
//!    closed", "Support our journalism"); a heading that introduces a boilerplate section
//!    takes the section with it; a small box around a condemned block goes too when the rest
//!    of it speaks of the same thing (the paragraphs of an appeal box talk about journalism
//!    and support).
//! 3. **Metadata lines**: bylines and date lines repeated inside the body.
//! 4. **Conditional cleaning**, after Readability: link-heavy, form-like and image-heavy
//!    blocks with few commas are removed, bottom up.
//!
//! Passes 1 to 3 are declutter's own and run when `Options::strip_boilerplate` is set; the
//! share-widget part of pass 1 and pass 4 are Readability's and always run.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

use crate::article::Kind;
use crate::content::{self, Flags, class_weight};
use crate::dom::{Dom, Ix, Tag};
use crate::options::Favor;
use crate::page::Page;
use crate::patterns::phrases::{self, Mode, PhraseHit};
use crate::patterns::{classes, kinds, pages};
use crate::stats::{Bits, Count, Stats, StatsTable};
use crate::text;

/// What the boilerplate passes need to know besides the page.
pub(crate) struct Context<'a> {
    pub roots: &'a [Ix],
    /// Headings set aside as "related" before scoring (see [`crate::content::Pruned`]).
    pub related_headings: &'a [Ix],
    pub flags: Flags,
    /// Which of declutter's own passes run (Readability's conditional cleaning goes by
    /// `flags`).
    pub stripping: Stripping,
    /// Byline and author names, to recognise byline lines in the body.
    pub authors: Vec<String>,
    /// The article's title, to recognise headings that repeat it.
    pub title: Option<String>,
    /// The customer reviews the page's structured data lists for its product.
    pub product_reviews: &'a [String],
    pub link_density_modifier: f32,
    /// Which way to lean on doubtful blocks.
    pub favor: Favor,
    /// The page says it is a story: an article in og:type or JSON-LD, a date or an author in
    /// its metadata (see [`crate::metadata::Metadata::is_story`]). Some boxes are clutter in a
    /// story and content elsewhere: a video's title over its player is a teaser in a news
    /// story and a section on a product's landing page.
    pub story: bool,
}

/// How much of declutter's own stripping a cut gets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Stripping {
    /// None: the options turned stripping off.
    Off,
    /// The phrase pass alone (a lenient cut): it keeps what names and conditional cleaning
    /// would take, not the blocks that the phrase tables condemn by their words and shape
    /// (appeals, sign-up prompts, "read also" lines, comment prompts).
    Phrases,
    /// Every pass (a strict cut).
    All,
}

/// Prose (characters) from which a form is read as text: a post, not a form's prompt.
const FORM_MAX_PROSE: u32 = 200;

/// True for a form with a box to write in (`<textarea>`): a reply or comment form, with
/// its guidelines and sign-in options, however much it says. Posts are shown as text, never
/// in a writing box. (A form wrapping the whole page, as some frameworks make, holds most
/// of the prose and is not judged by this.)
fn composes(page: &Page<'_>, form: Ix) -> bool {
    let dom = page.dom();
    (form + 1..dom.end(form)).any(|i| dom.tag(i) == Tag::Textarea)
}

/// Longest text (characters) of an element that its class/id name may condemn.
fn named_max_chars(kind: Kind) -> u32 {
    kinds::policy(kind).named_max_chars
}

/// Link density above which a related/navigation block is removed whatever its length.
const LINK_LIST_DENSITY: f32 = 0.5;

/// How many levels up a box may be looked for.
const BOX_MAX_LEVELS: usize = 3;
/// Blocks shorter than this inside a box are buttons and labels: they do not speak against
/// removing the box.
const BOX_SHORT_CHARS: u32 = 40;

/// Most characters beside a condemned call to action in its box for the box to go with it,
/// whatever they say: a title and a line or two of pitch ("Want more? Try the digital
/// edition free for four weeks.") in words no table lists, as long as a sign-up's
/// ([`SIGNUP_PROMPT_MAX_CHARS`]). Two paragraphs of a story beside a button run longer.
const BOX_PITCH_MAX_CHARS: u32 = 300;

/// How far up a date line looks for an enclosing quote.
const QUOTE_LEVELS: usize = 6;

/// Longest line taken for a byline repeated in the body.
const BYLINE_LINE_MAX_CHARS: usize = 150;
/// Longest author bio: a paragraph that opens with the byline's name near the end of the
/// article ("Maria Jensen covers city politics and has worked for the paper since 2015.").
const BIO_MAX_CHARS: u32 = 400;
/// A bio closes the article: no paragraph longer than this follows it (the story's own
/// paragraphs are longer; what follows a bio is tags, links and comments).
const BIO_FOLLOWING_MAX_CHARS: u32 = 150;

/// Readability's "few commas" bound: blocks with this many commas are prose, whatever else.
const PROSE_COMMAS: u32 = 10;

pub(crate) fn strip(page: &mut Page<'_>, ctx: &Context<'_>) {
    let all = ctx.stripping == Stripping::All;
    if all {
        quoted_repeats(page, ctx.roots);
    }
    // Named by the structured data, not guessed: lenient cuts lose them too.
    if ctx.stripping != Stripping::Off && !ctx.product_reviews.is_empty() {
        customer_reviews(page, ctx.roots, ctx.product_reviews);
    }
    if all {
        grid_sidebars(page, ctx.roots);
    }
    let thread = page.thread();
    // Every thread is a discussion.
    let forum = page.discussion();
    for &root in ctx.roots {
        // Read only where a pass needs them: the name pass in a discussion, the conditional
        // cleaning.
        let data_tables =
            (forum || ctx.flags.clean_conditionally).then(|| DataTables::of(page, root));
        // Dropped before the conditional cleaning, which keeps figures of its own: one
        // table per node at a time bounds the peak memory of large pages.
        {
            let stats = page.stats(root);
            let scope = Scope {
                beside: ctx.roots.len() > 1,
                ..Scope::inside(root)
            };
            if all {
                related_headings_set_aside(page, root, ctx.related_headings, &stats);
            }
            named(
                page,
                scope,
                &stats,
                all,
                data_tables.as_ref().filter(|_| forum),
                thread,
            );
            if all {
                formless_signups(page, scope, &stats);
                button_widgets(page, root, &stats);
            }
            if ctx.stripping != Stripping::Off {
                // A root that is one block of text (a paragraph Readability took in beside
                // the article's container) is judged itself: nothing else would read it.
                let phrase_scope = Scope {
                    beside: ctx.roots.len() > 1,
                    root,
                    include_root: ctx.roots.len() > 1 && is_unit(page, root, &stats),
                };
                phrases_pass(page, phrase_scope, &stats, ctx, thread);
            }
            if all {
                metadata_lines(page, scope, &stats, &ctx.authors);
            }
        }
        if let Some(data) = data_tables
            .as_ref()
            .filter(|_| ctx.flags.clean_conditionally)
        {
            clean_conditionally(page, root, ctx, data);
        }
    }
    if all {
        orphan_headings(page, ctx.roots);
        trailing_headings(page, ctx.roots);
        lone_numbers(page, ctx.roots);
        if page.discussion() {
            // Fields first: a panel is known by its fields, counters among them.
            poster_fields(page, ctx.roots);
            post_counters(page, ctx.roots);
            recurring_lines(page, ctx.roots);
        }
        edge_labels(page, ctx.roots);
    }
}

/// Widest grid column (in twelfths) read as a sidebar beside the text's column: a quarter
/// of the row...
const SIDEBAR_MAX_COLUMNS: u8 = 3;
/// ... the text's column being at least this wide (three quarters: a row split 8 and 4 is
/// as often a story beside a box of its own, measured)...
const TEXT_MIN_COLUMNS: u8 = 9;
/// ... and holding at least this many times the sidebar's prose (a sidebar may hold a
/// paragraph: a list's description, an "about" box).
const TEXT_OVER_SIDEBAR_PROSE: u32 = 4;

/// Removes the narrow columns of a grid row (Bootstrap's `col-md-3` beside `col-md-9`)
/// whose wide column holds the text: on wide screens they sit beside the article as a
/// sidebar does (a thread's dates and participants, a list's description, links), whatever
/// their names say. A row of equal columns (cards, a product's picture and details) has no
/// text column and is left alone.
fn grid_sidebars(page: &mut Page<'_>, roots: &[Ix]) {
    let dom = page.dom();
    let mut sidebars = Vec::new();
    for &root in roots {
        // The row of a root that is a column itself (Readability joins a sidebar's column
        // to the text's when it holds a paragraph), then the rows inside the root.
        if let Some(row) = dom.parent(root) {
            narrow_columns(page, row, roots, &mut sidebars);
        }
        for row in page.walk(root) {
            narrow_columns(page, row, roots, &mut sidebars);
        }
    }
    for column in sidebars {
        page.remove(
            column,
            Kind::Clutter,
            "a narrow grid column beside the text's",
            true,
        );
    }
}

/// Pushes to `sidebars` the narrow columns of `row`, inside `roots`, that
/// [`grid_sidebars`] removes.
fn narrow_columns(page: &Page<'_>, row: Ix, roots: &[Ix], sidebars: &mut Vec<Ix>) {
    let dom = page.dom();
    let prose = page.prose();
    let first = sidebars.len();
    let mut text = 0;
    for column in dom.children(row) {
        let Some(width) = dom
            .attr(column, "class")
            .and_then(classes::grid_width)
            .filter(|_| !page.is_marked(column))
        else {
            continue;
        };
        if width >= TEXT_MIN_COLUMNS {
            text = text.max(prose.of(column));
        } else if width <= SIDEBAR_MAX_COLUMNS && roots.iter().any(|&r| dom.contains(r, column)) {
            sidebars.push(column);
        }
    }
    // Only the narrow columns the text's outweighs.
    let mut kept = first;
    for i in first..sidebars.len() {
        let column = sidebars[i];
        if text > 0 && prose.of(column).saturating_mul(TEXT_OVER_SIDEBAR_PROSE) <= text {
            sidebars[kept] = column;
            kept += 1;
        }
    }
    sidebars.truncate(kept);
}

/// Words of a review's opening looked for in the page: enough to tell one review from
/// another, few enough to stay within its first paragraph.
const REVIEW_KEY_WORDS: usize = 12;
/// Most characters of a review's opening looked for: twelve words of English or German.
const REVIEW_KEY_MAX_CHARS: usize = 80;
/// Fewest words of a review recognised by its text: shorter ones ("Love it!") could be
/// anything's.
const REVIEW_KEY_MIN_WORDS: usize = 4;
/// Fewest of the structured data's reviews that must be found in the page before any is
/// removed: one match alone could be a quote in the description.
const MIN_REVIEWS_FOUND: usize = 2;
/// A review's card (its title, author, date, rating and buttons around its text) holds at
/// most this many characters besides the review's text, and at most as many again as the
/// text itself...
const REVIEW_CARD_MAX_EXTRA_CHARS: usize = 300;
/// ... and wraps it in at most this many levels of elements.
const REVIEW_CARD_MAX_LEVELS: usize = 8;
/// Most reviews read from the structured data: a page shows a few tens at a time, and each
/// one read is looked for in every line of the article.
const MAX_REVIEWS_READ: usize = 100;
/// Most review cards removed from one cut (a review may be shown twice: in a summary and in
/// the list): each is checked against the others found.
const MAX_REVIEW_CARDS: usize = 2 * MAX_REVIEWS_READ;

/// Removes the customer reviews that a product page's structured data lists (`reviews`,
/// their texts): the shop's description of the product is its content, what its customers
/// wrote of it is not. Each review found in the page goes with its card, the largest block
/// around it that holds no other review and not much more than the review.
fn customer_reviews(page: &mut Page<'_>, roots: &[Ix], reviews: &[String]) {
    let keys: Vec<(String, usize)> = reviews
        .iter()
        .take(MAX_REVIEWS_READ)
        .filter_map(|r| {
            let mut key = text::word_key(r);
            // The first words: up to the space after the last one taken, and no more
            // characters than as many words take in a language that spaces them (Chinese
            // and Japanese do not: each ideograph counts as a word).
            if let Some((cut, _)) = key.match_indices(' ').nth(REVIEW_KEY_WORDS - 1) {
                key.truncate(cut);
            }
            if let Some((cut, _)) = key.char_indices().nth(REVIEW_KEY_MAX_CHARS) {
                key.truncate(cut);
            }
            (text::word_count(&key) >= REVIEW_KEY_MIN_WORDS).then(|| (key, r.chars().count()))
        })
        .collect();
    if keys.is_empty() {
        return;
    }
    let dom = page.dom();
    // The article's lines, as word keys: the text of each block, by its nearest block
    // ancestor. Matched within words too: a page may set the reviewer's name against the
    // review with no space between ("MichelleI am so pleased").
    let mut lines: Vec<(Ix, String)> = Vec::new();
    for &root in roots {
        for t in page.walk(root) {
            let Some(text) = dom.text(t) else { continue };
            let block = block_of(dom, root, t).unwrap_or(root);
            let key = text::word_key(text);
            if key.is_empty() {
                continue; // spaces or punctuation alone: nothing to add to the line
            }
            match lines.last_mut() {
                Some((b, line)) if *b == block => {
                    line.push(' ');
                    line.push_str(&key);
                }
                _ => lines.push((block, key)),
            }
        }
    }
    // (line, review) for every line holding a review's opening, in document order.
    let mut found: Vec<(Ix, usize)> = Vec::new();
    for (block, line) in &lines {
        if let Some(r) = keys.iter().position(|(k, _)| line.contains(k.as_str())) {
            found.push((*block, r));
            if found.len() == MAX_REVIEW_CARDS {
                break;
            }
        }
    }
    let mut seen = vec![false; keys.len()];
    for &(_, r) in &found {
        seen[r] = true;
    }
    if seen.iter().filter(|&&s| s).count() < MIN_REVIEWS_FOUND {
        return;
    }
    let mut cards: Vec<Ix> = Vec::new();
    for &(line, r) in &found {
        let max_chars = keys[r].1 + keys[r].1.min(REVIEW_CARD_MAX_EXTRA_CHARS);
        let mut card = line;
        for _ in 0..REVIEW_CARD_MAX_LEVELS {
            let Some(p) = dom.parent(card).filter(|_| !roots.contains(&card)) else {
                break;
            };
            let end = dom.end(p);
            let other = found.iter().any(|&(l, o)| o != r && l >= p && l < end);
            if roots.contains(&p) || other || page.text_of(p).chars().count() > max_chars {
                break;
            }
            card = p;
        }
        cards.push(card);
    }
    for card in cards {
        page.remove(
            card,
            Kind::Comments,
            "a customer review the page's structured data lists",
            true,
        );
    }
}

/// A heading whose whole section went (a list of links under "Our guides", the cards under
/// "Other posts you may enjoy"): it introduced boilerplate, whatever its words, and goes
/// with it. A section is what follows the heading up to the next heading of its level or
/// higher; one with nothing in it to begin with (a heading over a heading) is not judged.
fn orphan_headings(page: &mut Page<'_>, roots: &[Ix]) {
    let dom = page.dom();
    for &root in roots {
        let headings: Vec<Ix> = page
            .walk(root)
            .filter(|&ix| ix != root && dom.tag(ix).is_heading())
            .collect();
        for heading in headings {
            if page.is_marked(heading) {
                continue;
            }
            let level = dom.tag(heading).heading_level();
            // The heading may be wrapped (<div class="title"><h3>...</h3></div>).
            let mut anchor = heading;
            while let Some(p) = dom.parent(anchor) {
                if p == root || dom.children(p).filter(|&c| !is_blank(page, c)).count() != 1 {
                    break;
                }
                anchor = p;
            }
            let (mut removed, mut kept) = (false, false);
            // Whether the first block after the heading that shows anything went as links
            // to other pages: the heading announced them ("Other posts you may enjoy").
            let mut opens_with_links = None;
            let mut next = dom.next_sibling(anchor);
            while let Some(n) = next {
                next = dom.next_sibling(n);
                let t = dom.tag(n);
                let opens_section = (t.is_heading() && t.heading_level() <= level)
                    || (t != Tag::Text
                        && (n + 1..dom.end(n)).any(|i| {
                            dom.tag(i).is_heading() && dom.tag(i).heading_level() <= level
                        }));
                if opens_section {
                    break;
                }
                let shows = (n..dom.end(n)).any(|i| dom.has_text(i) || dom.tag(i) == Tag::Img);
                if !shows {
                    continue;
                }
                if page.is_marked(n) {
                    removed = true;
                    opens_with_links = opens_with_links
                        .or(Some(page.removal_of(n).is_some_and(|r| {
                            matches!(r.kind, Kind::Related | Kind::Navigation)
                        })));
                } else if page
                    .walk(n)
                    .any(|i| dom.has_text(i) || dom.tag(i) == Tag::Img)
                {
                    kept = true;
                    opens_with_links = opens_with_links.or(Some(false));
                    break;
                } else {
                    removed = true;
                }
            }
            if opens_with_links == Some(true)
                && page.text_of(heading).chars().count() <= TRAILING_HEADING_MAX_CHARS
            {
                page.remove(
                    anchor,
                    Kind::Related,
                    "heading over a removed list of links",
                    true,
                );
            } else if removed && !kept {
                page.remove(
                    anchor,
                    Kind::Clutter,
                    "heading over a section that was removed",
                    true,
                );
            }
        }
    }
}

/// Words per shingle when telling whether a quote repeats earlier text.
const QUOTE_SHINGLE_WORDS: usize = 4;
/// Share of a quote's shingles that the text before it must already hold for the quote to
/// be a repeat (a reply quoting an earlier post, cut or not).
const QUOTE_REPEAT_SHARE: f32 = 0.8;

/// Quotes of text the page already showed: a forum reply quoting an earlier post ("Jane
/// said: ..."), a pull quote set after the sentence it repeats. Their text recurs on the page
/// and goes with its quote. The page's text before each quote inside the article is read
/// once, as shingles of words.
fn quoted_repeats(page: &mut Page<'_>, roots: &[Ix]) {
    let dom = page.dom();
    let in_roots = |ix: Ix| roots.iter().any(|&r| dom.contains(r, ix));
    if !roots
        .iter()
        .any(|&r| page.walk(r).any(|i| dom.tag(i) == Tag::Blockquote))
    {
        return;
    }
    let Some(end) = roots.iter().map(|&r| dom.end(r)).max() else {
        return;
    };
    let mut seen: BTreeSet<u64> = BTreeSet::new();
    let mut window = Shingler::default();
    let mut quoted = Vec::new();
    let mut repeats = Vec::new();
    let mut ix = dom.body;
    while ix < end {
        if page.is_marked(ix) {
            ix = dom.end(ix);
            continue;
        }
        if dom.tag(ix) == Tag::Blockquote {
            // The quote's own shingles, against what came before it.
            let mut own = Shingler::default();
            quoted.clear();
            for t in page.walk(ix) {
                if let Some(text) = dom.text(t) {
                    own.feed(text, &mut quoted);
                }
            }
            let found = quoted.iter().filter(|h| seen.contains(h)).count();
            if in_roots(ix)
                && !quoted.is_empty()
                && found as f32 >= quoted.len() as f32 * QUOTE_REPEAT_SHARE
            {
                repeats.push(ix);
            }
            seen.extend(quoted.iter().copied());
            window = Shingler::default();
            ix = dom.end(ix);
            continue;
        }
        if let Some(text) = dom.text(ix) {
            quoted.clear();
            window.feed(text, &mut quoted);
            seen.extend(quoted.iter().copied());
        }
        ix += 1;
    }
    for q in repeats {
        page.remove(q, Kind::Clutter, "quotes earlier text of the page", true);
    }
}

/// Hashes of the runs of [`QUOTE_SHINGLE_WORDS`] words of a text fed piece by piece.
#[derive(Default)]
struct Shingler {
    /// Hashes of the last words, oldest first.
    words: [u64; QUOTE_SHINGLE_WORDS],
    count: usize,
}

impl Shingler {
    fn feed(&mut self, text: &str, out: &mut Vec<u64>) {
        for word in text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            let mut h = text::Fnv1a::new();
            for c in word.chars().flat_map(char::to_lowercase) {
                h.write_char(c);
            }
            self.words.rotate_left(1);
            self.words[QUOTE_SHINGLE_WORDS - 1] = h.finish();
            self.count += 1;
            if self.count >= QUOTE_SHINGLE_WORDS {
                let shingle = self
                    .words
                    .iter()
                    .fold(0u64, |acc, &w| acc.rotate_left(13) ^ w);
                out.push(shingle);
            }
        }
    }
}

/// Shortest line whose repetition counts: shorter lines (labels, buttons, a plan's "Free
/// shipping") recur by design, and other passes read them.
const REPEAT_MIN_CHARS: usize = 40;
/// Longest line that a run of repeated lines carries along without breaking: the short
/// headings and labels of the copy ("Intro", "Step 2").
const REPEAT_BRIDGE_MAX_CHARS: usize = 20;
/// Shortest run of repeated lines taken for a copy, in characters and in lines. A template
/// that prints the text twice (a hidden or mobile copy of the story, a post quoted without
/// a quote element, an excerpt box over the text it excerpts) repeats paragraphs in a row;
/// a writer who repeats a sentence, or a page whose cards share one, repeats less.
const REPEATED_RUN_MIN_CHARS: usize = 200;
const REPEATED_RUN_MIN_LINES: usize = 2;

/// What a line of the article is to [`repeated_copies`].
#[derive(Clone, Copy, PartialEq)]
enum Recurrence {
    /// Shown once so far (or too short to tell).
    First,
    /// The second showing of a line shown exactly twice: a copy's.
    Copy,
    /// A line shown three times or more: a menu's dish, a plan's feature, a placeholder.
    /// Text set in every card of a kind is the page's design, not a copy, and it breaks a
    /// run.
    Recurring,
}

/// Text the article already showed, printed again: a run of lines (blocks holding no
/// block with content, by the root's figures; outside tables and code), each the second
/// showing of a line the article shows twice, of at least [`REPEATED_RUN_MIN_CHARS`] and
/// [`REPEATED_RUN_MIN_LINES`] together.
/// The first showing stays. Lines are known by a hash of their text; two passes over them.
/// Run on the winner only, after the contest: a copy is no evidence for or against a
/// candidate. True when a copy went.
pub(crate) fn repeated_copies(page: &mut Page<'_>, roots: &[Ix]) -> bool {
    let dom = page.dom();
    // (line, characters, hash of its text if long enough to count)
    let mut lines: Vec<(Ix, usize, Option<u64>)> = Vec::new();
    for &root in roots {
        let stats = page.stats(root);
        for ix in page.walk(root) {
            if !dom.tag(ix).is_block() || stats.get(ix).blocks > 0 || page.in_table_or_code(ix) {
                continue;
            }
            let text = page.text_of(ix);
            let chars = text.chars().count();
            if chars == 0 {
                continue;
            }
            let hash = (chars >= REPEAT_MIN_CHARS).then(|| {
                let mut h = text::Fnv1a::new();
                h.write(text.as_bytes());
                h.finish()
            });
            lines.push((ix, chars, hash));
        }
    }
    // How many times each text is shown: its run in the sorted hashes.
    let mut hashes: Vec<u64> = lines.iter().filter_map(|&(_, _, h)| h).collect();
    hashes.sort_unstable();
    let shown = |h: u64| hashes.partition_point(|&x| x <= h) - hashes.partition_point(|&x| x < h);
    let mut firsts: BTreeSet<u64> = BTreeSet::new();
    let recurrence: Vec<Recurrence> = lines
        .iter()
        .map(|&(_, _, hash)| match hash {
            Some(h) if shown(h) > 2 => Recurrence::Recurring,
            Some(h) if !firsts.insert(h) => Recurrence::Copy,
            _ => Recurrence::First,
        })
        .collect();
    let mut removed = false;
    let mut k = 0;
    while k < lines.len() {
        if recurrence[k] != Recurrence::Copy {
            k += 1;
            continue;
        }
        let (start, mut last, mut chars, mut count) = (k, k, 0, 0);
        while k < lines.len()
            && (recurrence[k] == Recurrence::Copy
                || (recurrence[k] == Recurrence::First && lines[k].1 <= REPEAT_BRIDGE_MAX_CHARS))
        {
            if recurrence[k] == Recurrence::Copy {
                chars += lines[k].1;
                count += 1;
                last = k;
            }
            k += 1;
        }
        if chars >= REPEATED_RUN_MIN_CHARS && count >= REPEATED_RUN_MIN_LINES {
            for &(ix, _, _) in &lines[start..=last] {
                removed |= page.remove(
                    ix,
                    Kind::Clutter,
                    "repeats text shown earlier in the article",
                    true,
                );
            }
        }
        k = last + 1;
    }
    removed
}

/// Longest counter taken for a lone number: "1,024", "12.5k" is not a number here.
const LONE_NUMBER_MAX_CHARS: usize = 7;

/// A block holding nothing but a number at the very start or end of the article: the
/// count of a like button, a comment bubble or a page counter whose label was an icon
/// ("0", "137"). Inside the text such a block is a table figure or a step number, and stays.
fn lone_numbers(page: &mut Page<'_>, roots: &[Ix]) {
    let (Some(&first), Some(&last)) = (roots.first(), roots.last()) else {
        return;
    };
    let dom = page.dom();
    let is_number = |t: &str| {
        let t = t.trim();
        !t.is_empty()
            && t.chars().count() <= LONE_NUMBER_MAX_CHARS
            && t.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | ' '))
    };
    let edges = [
        (first, page.walk(first).find(|&i| dom.has_text(i))),
        (last, last_kept(page, last, |i| dom.has_text(i))),
    ];
    for (root, edge) in edges {
        let Some(text) = edge else { continue };
        // The block around the text, holding nothing else.
        let Some(block) = block_of(dom, root, text) else {
            continue;
        };
        if !page.in_table_or_code(block)
            && is_short_line(page, block, COUNTER_LINE_MAX_BYTES)
            && is_number(&page.text_of(block))
        {
            page.remove(
                block,
                Kind::Clutter,
                "a lone number at the article's edge",
                true,
            );
        }
    }
}

/// Most labels taken at each edge of the article.
const MAX_EDGE_LABELS: usize = 3;
/// Longest label at an edge (characters): a few words.
const EDGE_LABEL_MAX_CHARS: usize = 40;
/// Longest line with a date taken at the article's start: a name or two, a place, a date
/// and a time.
const EDGE_DATELINE_MAX_CHARS: usize = 80;

/// Short lines that are not sentences at the very start or end of the article, before its
/// first or after its last line of text: a section label ("Promis"), a call to browse
/// ("Viel Spaß beim Stöbern"), a credit ("iStock.com"), a field name left without its value
/// ("Release date:"). Inside the text such a line is a subheading or a caption, and stays;
/// so do a list's last item and a note in parentheses ("(Edited by Jane Doe)").
fn edge_labels(page: &mut Page<'_>, roots: &[Ix]) {
    let (Some(&first), Some(&last)) = (roots.first(), roots.last()) else {
        return;
    };
    let dom = page.dom();
    for at_start in [true, false] {
        let root = if at_start { first } else { last };
        // At the start, where the text is looked for from: past a standfirst once one is
        // passed over.
        let mut from = root;
        let mut past_standfirst = false;
        for _ in 0..MAX_EDGE_LABELS {
            let edge = if at_start {
                page.walk(root).find(|&i| i >= from && dom.has_text(i))
            } else {
                last_kept(page, root, |i| dom.has_text(i))
            };
            let Some(text) = edge else { break };
            let Some(block) = block_of(dom, root, text) else {
                break;
            };
            // List items are the list's, not labels, however short; nor is code (a command,
            // a listing's last lines) or a quote. The walk inside the block comes last, once
            // the block is known to be a short line.
            if dom.tag(block).is_heading()
                || page.titles_prose(block)
                || matches!(
                    dom.tag(block),
                    Tag::Li | Tag::Dd | Tag::Dt | Tag::Blockquote
                )
                || page.in_table_or_code(block)
                || page.in_figure(block)
                || !is_short_line(page, block, LABEL_LINE_MAX_BYTES)
                || page
                    .walk(block)
                    .any(|i| matches!(dom.tag(i), Tag::Pre | Tag::Code | Tag::Kbd | Tag::Samp))
            {
                break;
            }
            // A label beside the text: never the article's only text, nor a line that goes on
            // in something other than text (an equation, a picture).
            let alone = !page
                .walk(root)
                .any(|i| dom.has_text(i) && !dom.contains(block, i));
            let goes_on = page.walk(block).any(|i| {
                matches!(
                    dom.tag(i),
                    Tag::Math | Tag::Img | Tag::Svg | Tag::Picture | Tag::Video | Tag::Other
                )
            });
            // The last line of the article under a heading (or a bold line, as interviews
            // set their questions) is that section's text, however short ("Conclusion" over
            // "Worth the wait").
            let answers = !at_start && follows_heading(page, root, block);
            let line = page.text_of(block);
            let t = line.trim();
            let chars = t.chars().count();
            let sentence = t.ends_with(['.', '!', '?', '"', '”', '»', '。', ')']);
            if alone || goes_on || answers || sentence {
                break;
            }
            // Before the text, a longer line that dates it is the byline and dateline ("Ana
            // López | Sevilla | 14 jun 2026 - 09:12 CEST"), whoever it names.
            let dated = at_start
                && chars <= EDGE_DATELINE_MAX_CHARS
                && phrases::has_date(&phrases::normalize(t));
            let removed = if chars <= EDGE_LABEL_MAX_CHARS && !past_standfirst {
                page.remove(block, Kind::Clutter, "a label at the article's edge", true)
            } else {
                dated
                    && page.remove(
                        block,
                        Kind::Metadata,
                        "a dated line at the article's start",
                        true,
                    )
            };
            if !removed {
                // A standfirst (a line summing the story up, no sentence) may stand between
                // the title and the dateline: it stays, and only a dated line is looked for
                // after it.
                if at_start && !past_standfirst && !dated {
                    past_standfirst = true;
                    from = dom.end(block);
                    continue;
                }
                break;
            }
        }
    }
}

/// Whether the nearest text kept before `block` under `root` is a heading's, or a line set
/// wholly in bold.
fn follows_heading(page: &Page<'_>, root: Ix, block: Ix) -> bool {
    let dom = page.dom();
    let Some(text) = last_kept(page, root, |i| i < block && dom.has_text(i)) else {
        return false;
    };
    let Some(line) = block_of(dom, root, text) else {
        return false;
    };
    dom.tag(line).is_heading()
        || page.walk(line).filter(|&i| dom.has_text(i)).all(|i| {
            dom.ancestors(i)
                .take_while(|&a| a != line)
                .any(|a| matches!(dom.tag(a), Tag::B | Tag::Strong))
        })
}

/// The nearest block around `node` below `root`: the line a text belongs to.
fn block_of(dom: &Dom, root: Ix, node: Ix) -> Option<Ix> {
    dom.ancestors(node)
        .take_while(|&a| a != root)
        .find(|&a| dom.tag(a).is_block())
}

/// The last node under `root` for which `wanted` holds and that is kept: neither it nor an
/// ancestor below the root is marked. Looked for from the end.
fn last_kept(page: &Page<'_>, root: Ix, wanted: impl Fn(Ix) -> bool) -> Option<Ix> {
    let dom = page.dom();
    (root + 1..dom.end(root)).rev().find(|&i| {
        wanted(i)
            && std::iter::once(i)
                .chain(dom.ancestors(i).take_while(|&a| a != root))
                .all(|a| !page.is_marked(a))
    })
}

/// Longest counter line in a thread ("14", "#3", "Posts: 1,204", "12 likes").
const POST_COUNTER_MAX_CHARS: usize = 24;
/// Most words of letters in a counter line: its label ("posts", "likes", "Reaction score").
const POST_COUNTER_MAX_WORDS: usize = 2;

/// A line of a thread that is a number with at most a short label: a vote count, a post's
/// number, its author's post count. Posts are sentences; these are the forum's furniture.
fn is_post_counter(text: &str) -> bool {
    let t = text.trim();
    let words = t
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .count();
    !t.is_empty()
        && t.chars().count() <= POST_COUNTER_MAX_CHARS
        && t.chars().any(|c| c.is_ascii_digit())
        && words <= POST_COUNTER_MAX_WORDS
        && !t.ends_with(['.', '!', '?'])
        // "Judith C(157)": a poster's name with a count of their posts is the post's author.
        && !t.contains('(')
}

/// The lines of a post under `root` (blocks holding no block, neither headings nor in a
/// table or code) of at most `max_bytes` of source text: where a forum sets its counters,
/// labels and buttons. Lines never nest, so removing one leaves the others as found.
fn lines_of<'a>(page: &'a Page<'_>, root: Ix, max_bytes: usize) -> impl Iterator<Item = Ix> + 'a {
    let dom = page.dom();
    page.walk(root).filter(move |&ix| {
        ix != root
            && dom.tag(ix).is_block()
            && !dom.tag(ix).is_heading()
            && !page.in_table_or_code(ix)
            && is_short_line(page, ix, max_bytes)
            && !page.walk(ix).any(|i| i != ix && dom.tag(i).is_block())
    })
}

/// In a thread, the counters set as lines of their own among the posts (see
/// [`is_post_counter`]).
fn post_counters(page: &mut Page<'_>, roots: &[Ix]) {
    let dom = page.dom();
    for &root in roots {
        // A line that links to a member's profile is a name ("GuruMeditation42"), whatever
        // digits it holds.
        let counters: Vec<Ix> = lines_of(page, root, COUNTER_LINE_MAX_BYTES)
            .filter(|&ix| is_post_counter(&page.text_of(ix)) && !names_a_poster(page, ix))
            .collect();
        // A definition list's term whose values were all counters ("Messages" over
        // "1,204") is their label: it goes with them.
        let mut lists: Vec<Ix> = counters
            .iter()
            .filter_map(|&c| dom.parent(c).filter(|&p| dom.tag(p) == Tag::Dl))
            .collect();
        lists.dedup(); // in document order: a list's counters come together
        let mut labels = Vec::new();
        for list in lists {
            counted_terms(page, list, &counters, &mut labels);
        }
        for line in counters {
            page.remove(line, Kind::Comments, "a counter among the posts", true);
        }
        for term in labels {
            page.remove(
                term,
                Kind::Comments,
                "the label of a counter among the posts",
                true,
            );
        }
    }
}

/// Most nodes of a block read for a poster's fields: several fields with their line breaks,
/// the links of their counts and the template's comments between them (MyBB's four fields
/// take 20 nodes). The fields' own test is strict, so a longer block costs only the reading.
const FIELDS_MAX_NODES: Ix = 48;

/// In a discussion, the lines that are nothing but fields about a post's author ("Joined:
/// Feb 2019", "Posts: 116", "Location: Kooskia, ID"; see [`phrases::is_poster_fields`]),
/// and a list's terms that are such a field's label ("Data de Ingresso" over "Jun 2007").
/// Lines in a forum's layout table count: older boards lay their posts out in tables.
///
/// Beside them goes the rest of the author's panel. In a list (`<ul>`, `<dl>`) outside the
/// post's body, every line but the one naming the author: the user title, the rank, the
/// personal text, the fields members make up. Elsewhere only lines shaped as a field
/// ("Primary OS: Fedora").
fn poster_fields(page: &mut Page<'_>, roots: &[Ix]) {
    let dom = page.dom();
    for &root in roots {
        let is_line = |ix: Ix| {
            dom.tag(ix).is_block()
                && is_short_within(page, ix, LABEL_LINE_MAX_BYTES, FIELDS_MAX_NODES)
                && !page.walk(ix).any(|i| i != ix && dom.tag(i).is_block())
        };
        let mut fields = Vec::new();
        let mut labels = Vec::new();
        for ix in page.walk(root) {
            if ix == root || !is_line(ix) {
                continue;
            }
            // Never inside the post's text: a poster's own line ("Location: by the orchard")
            // is what they wrote.
            if in_named_body(page, root, ix) {
                continue;
            }
            let text = phrases::normalize(&page.text_of(ix));
            if phrases::is_poster_fields(&text) {
                fields.push(ix);
            } else if dom.tag(ix) == Tag::Dt && phrases::is_field_label(&text) {
                labels.push(ix);
            }
        }
        let mut lists: Vec<Ix> = fields
            .iter()
            .chain(&labels)
            .filter_map(|&f| dom.parent(f))
            .collect();
        lists.sort_unstable();
        lists.dedup();
        let mut panel = Vec::new();
        let mut custom = Vec::new();
        for list in lists {
            let whole = matches!(dom.tag(list), Tag::Ul | Tag::Ol | Tag::Dl);
            for c in dom.children(list) {
                // Fields are in document order.
                if fields.binary_search(&c).is_ok() || !is_line(c) {
                    continue;
                }
                if whole {
                    if !names_a_poster(page, c) {
                        panel.push(c);
                    }
                } else if phrases::is_field_line(&phrases::normalize(&page.text_of(c))) {
                    custom.push(c);
                }
            }
        }
        for (lines, rule) in [
            (fields, "fields about a post's author"),
            (panel, "in the list of fields about a post's author"),
            (custom, "a field beside the fields about a post's author"),
        ] {
            for line in lines {
                page.remove(line, Kind::AuthorBox, rule, true);
            }
        }
    }
}

/// Whether `ix` holds a link to a member's profile whose text is a name.
fn names_a_poster(page: &Page<'_>, ix: Ix) -> bool {
    let dom = page.dom();
    page.walk(ix)
        .any(|a| dom.tag(a) == Tag::A && is_poster_link(dom, a))
}

/// Whether `ix` lies inside an element named as an article body (a post's text) below
/// `root`.
fn in_named_body(page: &Page<'_>, root: Ix, ix: Ix) -> bool {
    page.dom()
        .ancestors(ix)
        .take_while(|&a| a != root)
        .any(|a| page.hints(a) & classes::BODY != 0)
}

/// Most words of a line read as a post's furniture when it recurs ("Reply with quote",
/// "Join Date: Aug 2008", "Reaction score"): a label, a button, a short field.
const RECURRING_LINE_MAX_WORDS: usize = 4;
/// A line recurs in every post when it is found at least this many times...
const RECURRING_LINE_MIN_COUNT: u32 = 3;
/// ... and at least this share of the times the most repeated line is (the number of posts,
/// as near as the lines tell it): a poster's name recurs in that poster's posts only.
const RECURRING_LINE_MIN_SHARE_OF_MOST: f32 = 0.8;

/// In a discussion, the short lines that recur in nearly every post: the template of a post
/// (its buttons, its author's fields), whatever its words and language. Code and tables are
/// left alone, and so are lines ending a sentence.
fn recurring_lines(page: &mut Page<'_>, roots: &[Ix]) {
    for &root in roots {
        let lines: Vec<(Ix, String)> = lines_of(page, root, LABEL_LINE_MAX_BYTES)
            .filter_map(|ix| {
                // Already whitespace-collapsed and trimmed.
                let text = page.text_of(ix);
                (!text.is_empty()
                    && text.split_whitespace().count() <= RECURRING_LINE_MAX_WORDS
                    && !text.ends_with(['.', '!', '?']))
                .then_some((ix, text))
            })
            .collect();
        // Counted in the map type the page's class cache uses: one instance of its code in
        // the WebAssembly module.
        let mut counts: BTreeMap<&str, u32> = BTreeMap::new();
        for (_, text) in &lines {
            *counts.entry(text.as_str()).or_default() += 1;
        }
        let most = counts.values().copied().max().unwrap_or(0);
        let floor = RECURRING_LINE_MIN_COUNT
            .max((most as f32 * RECURRING_LINE_MIN_SHARE_OF_MOST).ceil() as u32);
        let template: Vec<Ix> = lines
            .iter()
            .filter(|(_, text)| counts.get(text.as_str()).is_some_and(|&n| n >= floor))
            .map(|&(ix, _)| ix)
            .collect();
        for ix in template {
            page.remove(ix, Kind::Comments, "a line repeated in every post", true);
        }
    }
}

/// Adds to `terms` the terms (`<dt>`) of a definition list whose definitions, up to the next
/// term, are all in `counters` (and there is at least one).
fn counted_terms(page: &Page<'_>, list: Ix, counters: &[Ix], terms: &mut Vec<Ix>) {
    let dom = page.dom();
    let items: Vec<Ix> = dom
        .children(list)
        .filter(|&c| matches!(dom.tag(c), Tag::Dt | Tag::Dd))
        .collect();
    for (k, &term) in items.iter().enumerate() {
        if dom.tag(term) != Tag::Dt {
            continue;
        }
        let after = &items[k + 1..];
        let values = after.iter().take_while(|&&i| dom.tag(i) == Tag::Dd).count();
        if values > 0 && after[..values].iter().all(|v| counters.contains(v)) {
            terms.push(term);
        }
    }
}

/// How many headings in a row may be found emptied at the article's end ("Related" over
/// "More from the site").
const MAX_TRAILING_HEADINGS: usize = 3;

/// Longest heading taken for an emptied section's: a few words.
const TRAILING_HEADING_MAX_CHARS: usize = 80;

/// Most words of a line that announces a list or a widget ("See also:", "Lue aiheesta
/// lisää:", "Verwandte Themen auf unserem Blog:"); a longer line ending in a colon is a
/// sentence introducing a quote or a video, which stays even when its embed went.
const ANNOUNCING_LABEL_MAX_WORDS: usize = 5;

/// Most nodes of a line read for a label or a counter.
const SHORT_LINE_MAX_NODES: Ix = 16;
/// Most bytes of text (each text node trimmed: a template's indentation is no text) of a
/// line read for a label of a few words, and for a counter.
const LABEL_LINE_MAX_BYTES: usize = 160;
const COUNTER_LINE_MAX_BYTES: usize = 64;

/// True when the block at `ix` is short enough to be read for a label: checked on the raw
/// text nodes, trimmed at their ends only, so that a paragraph costs a few node visits, not
/// a pass over its text.
fn is_short_line(page: &Page<'_>, ix: Ix, max_bytes: usize) -> bool {
    is_short_within(page, ix, max_bytes, SHORT_LINE_MAX_NODES)
}

/// [`is_short_line`] with a cap of `max_nodes` nodes.
fn is_short_within(page: &Page<'_>, ix: Ix, max_bytes: usize, max_nodes: Ix) -> bool {
    let dom = page.dom();
    let end = dom.end(ix);
    end - ix <= max_nodes
        && (ix..end)
            .map(|i| dom.text(i).map_or(0, |t| t.trim().len()))
            .sum::<usize>()
            <= max_bytes
}

fn is_announcing_label(text: &str) -> bool {
    let t = text.trim_end();
    t.ends_with(':') && text::word_count(t) <= ANNOUNCING_LABEL_MAX_WORDS
}

/// A heading left last in the article, with nothing after it: the section it headed was
/// removed, or is filled in by a script ("More news" over an empty list).
fn trailing_headings(page: &mut Page<'_>, roots: &[Ix]) {
    let Some(&root) = roots.last() else {
        return;
    };
    let dom = page.dom();
    // Content: text, or a picture or player (a heading over an image is a caption).
    let is_content = |i: Ix| {
        dom.has_text(i)
            || matches!(
                dom.tag(i),
                Tag::Img | Tag::Video | Tag::Audio | Tag::Iframe | Tag::Object | Tag::Embed
            )
    };
    for _ in 0..MAX_TRAILING_HEADINGS {
        let Some(last) = last_kept(page, root, is_content) else {
            return;
        };
        // A heading, or a line that announces what follows it ("See also:", "Quellen:")
        // when nothing does. Only the block holding the last text is read, and only when it
        // is a line (a few nodes): reading every enclosing block would read the article.
        let inside = || dom.ancestors(last).take_while(move |&a| a != root);
        let announcing = || {
            inside().find(|&a| dom.tag(a).is_block()).filter(|&line| {
                is_short_line(page, line, LABEL_LINE_MAX_BYTES)
                    && is_announcing_label(&page.text_of(line))
            })
        };
        let Some(heading) = inside()
            .find(|&a| dom.tag(a).is_heading())
            .or_else(announcing)
        else {
            return;
        };
        // The article holds something before it (a heading alone is all there is), and it
        // reads as a heading: a long one is a closing sentence set in large type.
        if page.text_of(heading).chars().count() > TRAILING_HEADING_MAX_CHARS
            || !page
                .walk(root)
                .take_while(|&i| i < heading)
                .any(|i| dom.has_text(i))
        {
            return;
        }
        if !page.remove(
            heading,
            Kind::Clutter,
            "heading or announcing line with nothing after it",
            true,
        ) {
            return;
        }
    }
}

/// "Related" headings set aside before scoring (by name) leave their cards behind: take the
/// section under each, as the phrase pass does for headings it finds.
fn related_headings_set_aside(
    page: &mut Page<'_>,
    root: Ix,
    headings: &[Ix],
    stats: &StatsTable<'_>,
) {
    let dom = page.dom();
    for &h in headings
        .iter()
        .filter(|&&h| h != root && dom.contains(root, h))
    {
        remove_section(
            page,
            root,
            h,
            Kind::Related,
            "section under a related heading",
            stats,
        );
    }
}

/// Where a pass runs: the elements strictly inside `root`, or (for pieces of the article
/// area outside the article) `root` itself too.
#[derive(Clone, Copy)]
struct Scope {
    root: Ix,
    include_root: bool,
    /// `root` is one of several roots, a block taken in beside the article's container: a
    /// box it holds may be the whole of it (a sign-up box after the text).
    beside: bool,
}

impl Scope {
    fn inside(root: Ix) -> Scope {
        Scope {
            root,
            include_root: false,
            beside: false,
        }
    }
}

/// Visits the kept elements of `scope` top-down; `f` returns true to skip the subtree
/// (because it removed it).
fn top_down(page: &mut Page<'_>, scope: Scope, mut f: impl FnMut(&mut Page<'_>, Ix) -> bool) {
    let dom = page.dom();
    let root = scope.root;
    let end = dom.end(root);
    let mut ix = if scope.include_root { root } else { root + 1 };
    while ix < end {
        if page.is_marked(ix) || dom.tag(ix) == Tag::Text {
            ix = if page.is_marked(ix) {
                dom.end(ix)
            } else {
                ix + 1
            };
            continue;
        }
        if f(page, ix) {
            ix = dom.end(ix);
        } else {
            ix += 1;
        }
    }
}

/// Most characters of text (and of prose), besides the form, in the box around a form that
/// asks for an e-mail address for the box to be the form's prompt: a title, a line of pitch
/// and the fine print ("Get Mill Creek news every weekday morning" / "Sign up for The
/// Morning Brief, our free newsletter…" / "By signing up, you agree to our Terms…"), in any
/// language. A story paragraph beside a form makes its box longer than that.
const SIGNUP_PROMPT_MAX_CHARS: u32 = 300;

/// The box around an e-mail sign-up form (a newsletter, an alert, a login) that holds
/// nothing else but a short prompt, which goes with the form.
fn signup_prompt(page: &Page<'_>, scope: Scope, form: Ix, stats: &StatsTable<'_>) -> Option<Ix> {
    let dom = page.dom();
    if !(form..dom.end(form)).any(|i| asks_for_email(dom, i)) {
        return None;
    }
    let boxed = dom
        .parent(form)
        .filter(|&p| (p != scope.root || scope.beside) && !page.is_marked(p))?;
    let around = stats.get(boxed).chars.saturating_sub(stats.get(form).chars);
    (around <= SIGNUP_PROMPT_MAX_CHARS && page.prose().of(boxed) <= SIGNUP_PROMPT_MAX_CHARS)
        .then_some(boxed)
}

/// True for a field that asks for an e-mail address.
fn asks_for_email(dom: &Dom, ix: Ix) -> bool {
    dom.tag(ix) == Tag::Input
        && (dom
            .attr(ix, "type")
            .is_some_and(|t| t.eq_ignore_ascii_case("email"))
            || ["name", "id", "placeholder", "autocomplete"]
                .iter()
                .any(|a| {
                    dom.attr(ix, a)
                        .is_some_and(|v| v.to_ascii_lowercase().contains("mail"))
                }))
}

/// How many levels above a button its widget's box is looked for: the button's item, the
/// list of buttons, the box with the prompt.
const WIDGET_BOX_MAX_LEVELS: usize = 3;
/// Most characters of text beside its buttons in a widget's box: a label, a question and a
/// counter ("LIVE POLL" / "Who was the player of the game?" / "1,384 votes").
const WIDGET_PROMPT_MAX_CHARS: u32 = 250;

/// The buttons inside `ix` whose words name a network to share on ("WhatsApp", "Facebook",
/// "X"), removed or not (they go as form controls first): a row of them is a share bar
/// made of buttons instead of links, and its label ("Compartilhe esta notícia") goes with it.
fn share_buttons(dom: &Dom, ix: Ix) -> usize {
    (ix + 1..dom.end(ix))
        .filter(|&i| dom.tag(i) == Tag::Button)
        .filter(|&i| {
            phrases::classify(&phrases::normalize(&dom.text_of(i)), 0.0)
                .is_some_and(|hit| hit.kind == Kind::Share && hit.mode == Mode::Label)
        })
        .count()
}

/// Widgets of buttons in the article: a poll, a quiz, a reaction meter. Their buttons go as
/// form controls and leave the prompt behind ("How does this story make you feel?", "Which
/// year did…?"). The largest box within a few levels of two buttons (or radio buttons) or
/// more that holds
/// nothing else but a short prompt that asks something, no link or picture, goes with
/// them. Buttons that open and close a panel (`aria-expanded`, `aria-controls`, tabs) are
/// an accordion's or a tab list's, whose panels are content, and do not count.
fn button_widgets(page: &mut Page<'_>, root: Ix, stats: &StatsTable<'_>) {
    let dom = page.dom();
    // Each box within reach of a button, with the number of buttons it holds.
    let mut reach: BTreeMap<Ix, u32> = BTreeMap::new();
    for ix in root + 1..dom.end(root) {
        // A poll's choices may be radio buttons, with one button to vote.
        let choice = dom.tag(ix) == Tag::Input
            && dom
                .attr(ix, "type")
                .is_some_and(|t| t.eq_ignore_ascii_case("radio"));
        if dom.tag(ix) != Tag::Button && !choice {
            continue;
        }
        let toggles = ["aria-expanded", "aria-controls"]
            .iter()
            .any(|a| dom.attr(ix, a).is_some())
            || dom
                .attr(ix, "role")
                .is_some_and(|r| r.eq_ignore_ascii_case("tab"));
        if toggles {
            continue;
        }
        let mut at = ix;
        for _ in 0..WIDGET_BOX_MAX_LEVELS {
            let Some(p) = dom.parent(at).filter(|&p| p != root) else {
                break;
            };
            *reach.entry(p).or_default() += 1;
            at = p;
        }
    }
    let mut taken: Option<Ix> = None;
    for (&b, &buttons) in &reach {
        if buttons < 2 || taken.is_some_and(|t| dom.contains(t, b)) || page.is_marked(b) {
            continue;
        }
        let s = stats.get(b);
        if s.chars == 0
            || s.chars > WIDGET_PROMPT_MAX_CHARS
            || s.link_chars > 0
            || s.images > 0
            || page.holds_body(b)
            || page.in_table_or_code(b)
        {
            continue;
        }
        let (kind, rule) = if asks(&page.text_of(b)) {
            (Kind::Clutter, "a widget of buttons with its prompt")
        } else if share_buttons(dom, b) >= SHARE_LINKS_MIN {
            (Kind::Share, "buttons naming networks, with their label")
        } else {
            continue;
        };
        if page.remove(b, kind, rule, true) {
            taken = Some(b);
        }
    }
}

/// How many levels above an e-mail field outside a form its box is looked for: the field's
/// own wrappers, the row it shares with its button, the box with the prompt.
const SIGNUP_BOX_MAX_LEVELS: usize = 4;

/// E-mail sign-ups built without a form (a script sends the address): the field and its
/// button go as form controls and leave the prompt behind ("Get the morning briefing in
/// your inbox"). The box around the field that holds nothing but a short prompt goes with
/// it, as [`signup_prompt`] takes a form's.
fn formless_signups(page: &mut Page<'_>, scope: Scope, stats: &StatsTable<'_>) {
    let dom = page.dom();
    let root = scope.root;
    let mut boxes = Vec::new();
    let mut ix = root + 1;
    while ix < dom.end(root) {
        let field = ix;
        ix = if page.is_marked(ix) && dom.tag(ix) != Tag::Input {
            // Gone already, with its form if it had one.
            dom.end(ix)
        } else {
            ix + 1
        };
        if !asks_for_email(dom, field) {
            continue;
        }
        let mut found = None;
        let mut at = field;
        for _ in 0..SIGNUP_BOX_MAX_LEVELS {
            let Some(p) = dom.parent(at).filter(|&p| p != root || scope.beside) else {
                break;
            };
            let s = stats.get(p);
            if page.holds_body(p)
                || s.chars > SIGNUP_PROMPT_MAX_CHARS
                || page.prose().of(p) > SIGNUP_PROMPT_MAX_CHARS
            {
                break;
            }
            if s.chars > 0 {
                found = Some(p);
            }
            if p == root {
                break;
            }
            at = p;
        }
        boxes.extend(found);
    }
    // Outermost first: a box inside one already taken (two fields in one box) goes with it.
    boxes.sort_unstable();
    let mut taken: Option<Ix> = None;
    for b in boxes {
        if taken.is_some_and(|t| dom.contains(t, b)) {
            continue;
        }
        page.remove(b, Kind::Newsletter, "an e-mail field with its prompt", true);
        taken = Some(b);
    }
}

/// Pass 1: boilerplate by class/id name. `forum_tables` holds the root's data tables on a
/// discussion's page, and is `None` elsewhere; `thread` says the posts are the content.
fn named(
    page: &mut Page<'_>,
    scope: Scope,
    stats: &StatsTable<'_>,
    strip: bool,
    forum_tables: Option<&DataTables>,
    thread: bool,
) {
    // Class names inside a table or code describe data. In a discussion, a table that lays
    // out the posts (a forum's legacy skin) shelters nothing: its signatures and ad rows go
    // as they would outside it. (Elsewhere any table still shelters: a link aggregator lays
    // out its comments in tables under comment names.)
    let sheltered = |page: &Page<'_>, ix: Ix| match forum_tables {
        Some(data) => data.inside.get(ix),
        None => page.in_table_or_code(ix),
    };
    top_down(page, scope, |page, ix| {
        // A form is something to fill in (a search box, a sign-up, a comment form, a
        // captcha), not something to read. One holding a fair amount of prose is read (a
        // page wrapped whole in one), and in a thread one holding any (forums that wrap
        // each post in a form); but one with a box to write in is a reply form whatever it
        // says, unless it holds most of the prose.
        if strip
            && page.dom().tag(ix) == Tag::Form
            && !page.in_table_or_code(ix)
            && (page.prose().of(ix) < if thread { 1 } else { FORM_MAX_PROSE }
                || (composes(page, ix) && !page.takes_most_prose(ix, scope.root)))
        {
            if let Some(prompt) = signup_prompt(page, scope, ix, stats) {
                return page.remove(
                    prompt,
                    Kind::Newsletter,
                    "an e-mail sign-up form with its prompt",
                    true,
                );
            }
            return page.remove(ix, Kind::Clutter, "a form", true);
        }
        let hints = page.hints(ix);
        let s = &stats.get(ix);
        // An element named like an article body inside shelters its container, unless the
        // container is named as a signature or a bio and holds less than any article: a
        // forum sets a signature in the same rich-text block as the posts (Invision's
        // `ipsType_richText`).
        // The same holds for an element named both ways (Invision 5's signature,
        // `ipsEntry__signature ipsRichText`).
        let shelters =
            s.chars >= SHELTERED_BODY_MIN_CHARS || classes::kind_of(hints) != Some(Kind::AuthorBox);
        let holds_body = page.holds_body(ix) && shelters;
        if (hints & classes::BODY != 0 && shelters) || holds_body || sheltered(page, ix) {
            return false;
        }
        let tag = page.dom().tag(ix);
        if !strip {
            // Readability's own rule: small elements named "share".
            if hints & classes::kind_bit(Kind::Share) != 0 && s.chars < named_max_chars(Kind::Share)
            {
                return remove_named(page, ix, Kind::Share);
            }
            return false;
        }
        // A subheading over a paragraph of prose is the story's whatever its class says
        // (`<h2 class="promo-heading">` in a theme that names its text blocks so).
        if tag.is_heading() && page.heads_prose(ix).is_some() {
            return false;
        }
        if matches!(tag, Tag::H1 | Tag::H2) && class_weight(page, ix) < 0.0 {
            let kind = classes::kind_of(hints).unwrap_or(Kind::Clutter);
            return page.remove(ix, kind, "heading with negative class weight", true);
        }
        if let Some(kind) = classes::kind_of(hints) {
            if kind == Kind::Comments && thread {
                // In a thread, the comments are the posts.
                return false;
            }
            if kind == Kind::Credit && page.in_figure(ix) {
                // A figure's caption keeps its credit, as reader views show it.
                return false;
            }
            // A list of links to other pages links somewhere: a list named so that holds no
            // link at all is the text's own (a story's bullet points in `article-list`).
            if kind == Kind::Related
                && matches!(tag, Tag::Ul | Tag::Ol)
                && !page.walk(ix).any(|i| page.dom().tag(i) == Tag::A)
            {
                return false;
            }
            if kind == Kind::Related && tag.is_heading() {
                let rule = format!("class/id heading ({})", page.names(ix).trim());
                if remove_section(page, scope.root, ix, kind, &rule, stats) {
                    return true;
                }
            }
            let max = named_max_chars(kind);
            let link_list = matches!(kind, Kind::Related | Kind::Navigation)
                && s.link_density() >= LINK_LIST_DENSITY;
            if (s.chars <= max || link_list)
                && !holds_prose(page, ix, s, kind)
                && !(kinds::policy(kind).sentence_saves && is_sentence(&page.text_of(ix)))
                && !page.takes_most_prose(ix, scope.root)
            {
                if let Some(pitch) = named_call_box(page, scope, ix, kind, stats) {
                    return page.remove(
                        pitch,
                        kind,
                        "a call to action named so, with its box",
                        true,
                    );
                }
                return remove_named(page, ix, kind);
            }
        } else if hints & classes::META != 0
            && hints & classes::CAPTION == 0
            && (s.chars <= named_max_chars(Kind::Metadata)
                || (s.chars <= META_LINKED_MAX_CHARS && s.link_density() >= META_LINKED_DENSITY))
            && s.paragraphs <= 1
            && !matches!(tag, Tag::Article | Tag::Main | Tag::Body | Tag::Figure)
            && !opens_running_text(page, ix, tag, s, stats)
        {
            return page.remove(ix, Kind::Metadata, "class/id says metadata", true);
        } else if page
            .dom()
            .attr(ix, "itemprop")
            .is_some_and(|p| p.contains("author"))
            && (AUTHOR_BOX_MIN_CHARS..=named_max_chars(Kind::AuthorBox)).contains(&s.chars)
        {
            return page.remove(ix, Kind::AuthorBox, "itemprop=author box", true);
        }
        false
    });
}

/// Text a paragraph holds beside an inline element named as metadata for the element to be
/// part of the paragraph: a dateline opening a story ("CAIRO — Gunmen opened fire..."), not
/// a line of byline and date pieces.
const RUNNING_TEXT_MIN_CHARS: u32 = 150;

/// True for an inline element inside a paragraph of running text.
fn opens_running_text(
    page: &Page<'_>,
    ix: Ix,
    tag: Tag,
    s: &Stats,
    stats: &StatsTable<'_>,
) -> bool {
    !tag.is_block()
        && page.dom().parent(ix).is_some_and(|p| {
            let ps = stats.get(p);
            ps.blocks == 0 && ps.chars >= s.chars + RUNNING_TEXT_MIN_CHARS
        })
}

/// A metadata block full of links (tags, categories, author links) may be longer.
const META_LINKED_MAX_CHARS: u32 = 400;
const META_LINKED_DENSITY: f32 = 0.2;
/// An `itemprop=author` element longer than a byline is an author box.
const AUTHOR_BOX_MIN_CHARS: u32 = 150;
/// A named element with this many paragraphs of this much text, none of which speaks of
/// its kind, is article text in a misleadingly named wrapper (`<div class="paywall">`
/// around the story).
const PROSE_MIN_PARAGRAPHS: u32 = 2;
const PROSE_MIN_CHARS: u32 = 400;

/// True when a named element holds prose rather than what its name says.
fn holds_prose(page: &Page<'_>, ix: Ix, s: &Stats, kind: Kind) -> bool {
    if !kinds::policy(kind).prose_saves
        || s.paragraphs < PROSE_MIN_PARAGRAPHS
        || s.chars < PROSE_MIN_CHARS
        || s.link_density() > 0.2
    {
        return false;
    }
    let normalized = phrases::normalize(&page.text_of(ix));
    !phrases::has_keyword(&normalized, kind) && phrases::classify(&normalized, 0.0).is_none()
}

/// The box of a button named as an appeal's or a newsletter's (`<a class="…__cta">`) when
/// its words or its address say so too ("Subscribe now", a link to `/abo/`): the pitch
/// beside it goes with it, as with a button known by its words alone (see
/// [`enclosing_box`]). A name alone is weaker evidence: a shop's "Add to cart" is named
/// "cta" as well.
fn named_call_box(
    page: &Page<'_>,
    scope: Scope,
    ix: Ix,
    kind: Kind,
    stats: &StatsTable<'_>,
) -> Option<Ix> {
    if !matches!(kind, Kind::Appeal | Kind::Newsletter) {
        return None;
    }
    // A donation or sign-up widget (amounts to pick, an address to type, a button): its
    // controls are the call to action, whatever the widget's labels say.
    if holds_controls(page, ix) && stats.get(ix).chars <= WIDGET_MAX_CHARS {
        return enclosing_box(page, scope, ix, kind, stats);
    }
    if stats.get(ix).chars >= BOX_SHORT_CHARS {
        return None;
    }
    let says = || {
        phrases::classify(
            &phrases::normalize(&page.text_of(ix)),
            stats.get(ix).link_density(),
        )
        .is_some_and(|hit| matches!(hit.kind, Kind::Appeal | Kind::Newsletter))
    };
    if !(says() || links_to_selling_page(page, ix)) {
        return None;
    }
    enclosing_box(page, scope, ix, kind, stats)
}

/// Most text of a named widget whose controls make it a call to action: the labels of a few
/// amounts and frequencies, a line of thanks ("One-time Monthly Annually $5 $10 $25 Other").
const WIDGET_MAX_CHARS: u32 = 200;

/// True when `ix` holds a control to fill in or press (`<input>`, `<select>`, `<textarea>`,
/// `<button>`), removed or not.
fn holds_controls(page: &Page<'_>, ix: Ix) -> bool {
    let dom = page.dom();
    (ix + 1..dom.end(ix)).any(|d| {
        matches!(
            dom.tag(d),
            Tag::Input | Tag::Select | Tag::Textarea | Tag::Button
        )
    })
}

fn remove_named(page: &mut Page<'_>, ix: Ix, kind: Kind) -> bool {
    let names = page.names(ix);
    let rule: Cow<'static, str> = match classes::pattern_for(&names, kind) {
        Some(p) => format!("class/id ~ {:?}", p.trim_matches(|c| c == '^' || c == '$')).into(),
        None => "class/id".into(),
    };
    page.remove(ix, kind, rule, true)
}

/// A block whose text is judged on its own: no block elements inside it, and either a block
/// itself or an inline element standing among blocks.
fn is_unit(page: &Page<'_>, ix: Ix, stats: &StatsTable<'_>) -> bool {
    let dom = page.dom();
    if stats.get(ix).blocks > 0 {
        return false;
    }
    let tag = dom.tag(ix);
    if tag.is_block() {
        return true;
    }
    // An inline element standing alone among blocks (not a link inside a line of text):
    // the only run of text in its parent, or one set between blocks (a tag line closing
    // the text between two paragraphs). A link set between blocks is a pull quote or a
    // button: judged by what it holds.
    dom.parent(ix).is_some_and(|p| {
        let ps = stats.get(p);
        ps.blocks > 0 && (ps.inline_children == 1 || (tag != Tag::A && between_blocks(page, ix)))
    })
}

/// True when the nearest siblings of `ix` on both sides that show something (not blank
/// text, not removed) are blocks, or when it opens or closes its parent with a block on the
/// other side: a line of its own (a label over a box's lines, "Anzeige · Unsere
/// Empfehlung" over a product's name and price).
fn between_blocks(page: &Page<'_>, ix: Ix) -> bool {
    let dom = page.dom();
    let side = |step: fn(&Dom, Ix) -> Option<Ix>| {
        nearest_shown(page, ix, step).map(|n| dom.tag(n).is_block())
    };
    match (side(Dom::prev_sibling), side(Dom::next_sibling)) {
        (Some(before), Some(after)) => before && after,
        (None, Some(after)) => after,
        (Some(before), None) => before,
        (None, None) => false,
    }
}

/// Pass 2: phrases.
fn phrases_pass(
    page: &mut Page<'_>,
    scope: Scope,
    stats: &StatsTable<'_>,
    ctx: &Context<'_>,
    thread: bool,
) {
    let (favor, story) = (ctx.favor, ctx.story);
    let root = scope.root;
    // Short blocks seen so far, to catch repeats (a gallery's full and truncated caption, a
    // credit printed twice). A search tree: a gallery can hold tens of thousands of them.
    let mut seen: BTreeSet<String> = BTreeSet::new();
    let mut previous = String::new();
    let mut teasers: Vec<Ix> = Vec::new();
    let mut excerpts: Vec<Ix> = Vec::new();
    let mut headline_lines: Vec<Ix> = Vec::new();
    let mut related_labels: Vec<Ix> = Vec::new();
    top_down(page, scope, |page, ix| {
        let s = &stats.get(ix);
        if s.chars as usize > phrases::ANYWHERE_MAX_CHARS {
            line_break_paragraphs(page, ix, stats);
            return false;
        }
        if s.chars == 0 {
            return false;
        }
        let tag = page.dom().tag(ix);
        // Code is the writer's, whatever words it holds (`Description=Back up photos`).
        if matches!(tag, Tag::Pre | Tag::Code) {
            return true;
        }
        let heading = tag.is_heading();
        if !heading && shares_by_address(page, ix, s) {
            return page.remove(ix, Kind::Share, "links that share the page", true);
        }
        if !heading {
            if let Some(slot) = labelled_ad_slot(page, scope, ix, stats) {
                return page.remove(slot, Kind::Ad, "an ad slot with its label", true);
            }
            if ad_label_opens_lines(page, ix, stats) {
                return page.remove(ix, Kind::Ad, "an ad whose first line is its label", true);
            }
        }
        if story && !heading && player_box(page, ix, s) {
            return page.remove(ix, Kind::Related, "a video player's box", true);
        }
        if story && !heading && read_aloud_box(page, ix, s) {
            return page.remove(
                ix,
                Kind::Controls,
                "a player that reads the article aloud",
                true,
            );
        }
        if !heading && !is_unit(page, ix, stats) {
            return false;
        }
        let text = page.text_of(ix);
        let normalized = phrases::normalize(&text);
        if !heading && normalized.chars().count() >= MIN_REPEAT_CHARS && in_caption(page, ix) {
            let repeat = seen.contains(&normalized)
                || (previous.chars().count() >= MIN_REPEAT_CHARS
                    && (previous.starts_with(&normalized) || normalized.starts_with(&previous)));
            if repeat {
                return page.remove(ix, Kind::Clutter, "repeats an earlier block", true);
            }
            seen.insert(normalized.clone());
        }
        previous.clone_from(&normalized);
        let Some(hit) = phrases::classify(&normalized, s.link_density()) else {
            if let Some((kind, rule, button)) = call_by_address(page, ix, s, &text) {
                // A button goes with its box and the pitch beside it, as a worded call to
                // action does.
                let target = if button {
                    enclosing_box(page, scope, ix, Kind::Appeal, stats).unwrap_or(ix)
                } else {
                    ix
                };
                return page.remove(target, kind, rule, true);
            }
            if is_link_teaser(page, ix, s, &text) {
                teasers.push(ix);
                return true;
            }
            if is_headline_lines(page, ix, s) {
                headline_lines.push(ix);
                return true;
            }
            if ends_in_read_more(page, ix, &normalized) {
                excerpts.push(ix);
                return true;
            }
            // A unit that is not boilerplate: nothing inside it will be either.
            return !heading;
        };
        if hit.kind == Kind::Credit && page.in_figure(ix) {
            return true;
        }
        if !heading && posters_advice(thread, hit, s.chars, s.link_chars) {
            return true;
        }
        // An item of a list the text announces ("The docs that helped me most:") is the
        // writer's, whatever words its links hold ("a newsletter-length first post").
        if tag == Tag::Li
            && page
                .dom()
                .parent(ix)
                .is_some_and(|list| announced(page, list))
        {
            return true;
        }
        // Platforms named in a sentence ("Be sure to visit us on Facebook, Twitter and
        // Instagram.") are the writer's words, not a share bar.
        // So are platforms named in a sentence that asks something of the reader without
        // linking to any of them ("First, download our app, available for iOS and
        // Android."): a call to action links where it sends the reader, or opens its line
        // ("Följ Posten på Facebook och Instagram för fler nyheter.").
        let sentence = text.trim_end().ends_with(['.', '!', '。']);
        let cta_in_sentence = hit.mode == Mode::Cta
            && s.link_chars == 0
            && !opens_a_sentence(&normalized, hit.phrase);
        if sentence && (hit.mode == Mode::Platform || cta_in_sentence) {
            return !heading;
        }
        let rule: Cow<'static, str> = format!(
            "phrase[{}] {:?} ({})",
            hit.lang,
            hit.phrase,
            match hit.mode {
                Mode::Label => "label",
                Mode::Lead => "lead",
                Mode::Anywhere => "anywhere",
                Mode::Cta => "call to action naming platforms",
                Mode::Platform => "links naming platforms",
                Mode::Marker | Mode::ReadMore | Mode::Field => "marker",
            }
        )
        .into();
        // In a thread, a "Comments" label or heading opens the posts: it goes alone.
        let takes_section = !(thread && hit.kind == Kind::Comments);
        if !heading
            && takes_section
            && hit.mode == Mode::Label
            && hit.kind == Kind::Comments
            && s.link_density() < LABEL_MAX_LINK_DENSITY
            && closes_the_article(page, root, ix, stats)
            && remove_section(page, root, ix, hit.kind, &rule, stats)
        {
            return true;
        }
        if heading && is_story_section(page, root, ix, hit.kind, stats) {
            return false;
        }
        // One word that names boilerplate inside a heading over a paragraph of prose ("What
        // This Means for Newsletter Writers?") is the story's subject, not a box's title,
        // which opens with it, is little else ("Newsletter", "Unser Newsletter") or stands
        // over a form ("Abonnieren Sie unseren Newsletter", a line of pitch, the sign-up).
        if heading
            && hit.mode == Mode::Anywhere
            && !hit.phrase.contains(' ')
            && !normalized.starts_with(hit.phrase)
            && text::word_count(&normalized) >= SUBJECT_HEADING_MIN_WORDS
            && page.heads_prose(ix).is_some()
            && !section_has_form(page, ix)
        {
            return false;
        }
        if heading {
            if let Some(card) = titled_card(page, scope, ix, hit.kind, stats) {
                return page.remove(card, hit.kind, format!("{rule}, with its card"), true);
            }
        }
        if heading && takes_section {
            if remove_section(page, root, ix, hit.kind, &rule, stats) {
                return true;
            }
            if hit.mode == Mode::Label && matches!(hit.kind, Kind::Navigation | Kind::Metadata) {
                return false;
            }
        }
        let target = enclosing_box(page, scope, ix, hit.kind, stats).unwrap_or(ix);
        if target == ix && !heading {
            if let Some(section) = heading_led_box(page, ix, hit.kind, stats) {
                let rule = format!("{rule}, with the heading over it");
                for sibling in section {
                    page.remove(sibling, hit.kind, rule.clone(), true);
                }
            }
        }
        // A label that is the phrase alone ("You may also like...", "Related:") announces
        // the links after it.
        if target == ix
            && hit.kind == Kind::Related
            && hit.phrase.trim_end_matches(':') == normalized
        {
            related_labels.push(ix);
        }
        page.remove(target, hit.kind, rule, true);
        true
    });
    // Teasers right after a related label are what it announces: they go whatever their
    // number.
    for label in related_labels {
        let mut next = page.dom().next_sibling(label);
        while let Some(n) = next {
            next = page.dom().next_sibling(n);
            if page.is_marked(n) || is_blank(page, n) {
                continue;
            }
            let pool = [&mut teasers, &mut excerpts, &mut headline_lines]
                .into_iter()
                .find_map(|pool| pool.binary_search(&n).ok().map(|at| (pool, at)));
            let Some((pool, at)) = pool else { break };
            pool.remove(at);
            page.remove(
                n,
                Kind::Related,
                "a link to another story, under a related label",
                true,
            );
        }
    }
    // A few teasers in an article are boilerplate; a page made of them is a list of stories,
    // and they are its content. Headline links, excerpts closed by "read more" and blocks of
    // headlines are judged apart: a page may carry a few of each.
    for (found, rule) in [
        (teasers, "a lone link to another story"),
        (
            excerpts,
            "an excerpt of another story, closed by a read-more link",
        ),
        (headline_lines, "links to other stories, one per line"),
    ] {
        if !keep_teasers(&found, stats, root, favor) {
            for ix in found {
                page.remove(ix, Kind::Related, rule, true);
            }
        }
    }
}

/// Most of a block's text in links makes "Comments" a link to them (a toolbar, a comment
/// count), not the bar over them.
const LABEL_MAX_LINK_DENSITY: f32 = 0.5;

/// Whether what follows `ix` up to the end of its parent holds less text than the root
/// holds before and around it: a bar labelled "Comments" (not a heading element) then
/// opens the thread that closes the article, and the thread goes with it (their headings,
/// "#1 Comment by...", are lower than a bar). A label before most of the text is not one.
fn closes_the_article(page: &Page<'_>, root: Ix, ix: Ix, stats: &StatsTable<'_>) -> bool {
    let dom = page.dom();
    let mut after = 0u32;
    let mut next = dom.next_sibling(ix);
    while let Some(n) = next {
        next = dom.next_sibling(n);
        if !page.is_marked(n) {
            after += stats.get(n).chars;
        }
    }
    after > 0 && after * 2 < stats.get(root).chars
}

/// Whether the teasers found in an article are its content: many of them, holding a fair
/// share of its text.
fn keep_teasers(teasers: &[Ix], stats: &StatsTable<'_>, root: Ix, favor: Favor) -> bool {
    let teaser_chars: u32 = teasers.iter().map(|&t| stats.get(t).chars).sum();
    let total = stats.get(root).chars.max(1);
    match favor {
        Favor::Recall => true,
        Favor::Precision => false,
        Favor::Balanced => {
            teasers.len() > MAX_TEASERS && (teaser_chars as f32) >= total as f32 * TEASER_MAX_SHARE
        }
    }
}

/// A block written as paragraphs parted by blank lines (`text<br><br>text`): each run of
/// inline content between double line breaks is read as a paragraph of its own, and goes
/// when the phrase tables condemn it (a cookie notice or a donation appeal closing a long
/// block). Only the block's own children are looked at; block children end a run.
fn line_break_paragraphs(page: &mut Page<'_>, ix: Ix, stats: &StatsTable<'_>) {
    let dom = page.dom();
    let mut runs: Vec<Vec<Ix>> = vec![Vec::new()];
    let mut breaks = 0;
    let mut parted = false;
    for c in dom.children(ix) {
        if page.is_marked(c) {
            continue;
        }
        let tag = dom.tag(c);
        if tag == Tag::Br {
            breaks += 1;
            continue;
        }
        if is_blank(page, c) {
            continue;
        }
        let ends_run = breaks >= 2 || tag.is_block();
        parted |= breaks >= 2;
        breaks = 0;
        if ends_run && runs.last().is_some_and(|r| !r.is_empty()) {
            runs.push(Vec::new());
        }
        if tag.is_block() {
            continue;
        }
        if let Some(run) = runs.last_mut() {
            run.push(c);
        }
    }
    if !parted {
        return;
    }
    for run in runs {
        let Some(&first) = run.first() else {
            continue;
        };
        let (mut chars, mut link_chars) = (0, 0);
        for &c in &run {
            let s = stats.get(c);
            chars += s.chars;
            link_chars += s.link_chars;
        }
        // Longer runs are prose: no phrase rule fires on them, so their text is not read.
        if chars == 0 || chars as usize > phrases::ANYWHERE_MAX_CHARS {
            continue;
        }
        let mut text = String::new();
        for &c in &run {
            text.push_str(&page.text_of(c));
            text.push(' ');
        }
        let link_ratio = link_chars as f32 / chars as f32;
        let Some(hit) = phrases::classify(&phrases::normalize(&text), link_ratio) else {
            continue;
        };
        if posters_advice(page.thread(), hit, chars, link_chars) {
            continue;
        }
        let rule = format!(
            "phrase[{}] {:?} in a paragraph between line breaks",
            hit.lang, hit.phrase
        );
        // One entry in the removed list, for the run's first node; the rest is recorded
        // under the same rule.
        page.remove(first, hit.kind, rule.clone(), true);
        for &c in &run[1..] {
            page.remove(c, hit.kind, rule.clone(), false);
        }
    }
}

/// True inside image captions and galleries (by element or name, a few levels up): the
/// only place where a repeated block is chrome rather than a refrain or a command shown
/// twice.
fn in_caption(page: &Page<'_>, ix: Ix) -> bool {
    const LEVELS: usize = 4;
    std::iter::once(ix)
        .chain(page.dom().ancestors(ix))
        .take(LEVELS)
        .any(|a| {
            matches!(page.dom().tag(a), Tag::Figure | Tag::Figcaption)
                || page.hints(a) & (classes::CAPTION | classes::kind_bit(Kind::Credit)) != 0
        })
}

/// Up to this many lone-link teasers are removed whatever the size of the article ...
const MAX_TEASERS: usize = 3;
/// ... and more while they hold less than this share of the text; beyond that the page is
/// a list of stories.
const TEASER_MAX_SHARE: f32 = 0.15;
/// Longest lone-link block taken for a teaser: a headline, not a paragraph.
const TEASER_MAX_CHARS: u32 = 160;
/// Share of a teaser's text inside links.
const TEASER_MIN_LINK_DENSITY: f32 = 0.6;
/// A teaser headline has a few words at least ("Contact us" is navigation, not a story).
const TEASER_MIN_WORDS: usize = 3;

/// Longest line taken for its one link to the site's channel: a call and a tagline.
const CHANNEL_LINE_MAX_CHARS: u32 = 160;

/// A call to action known by where its one link leads, whatever its words: the kind, the
/// rule, and whether it is a button (short and all link, so its box and pitch go with it).
/// A button to a page that sells a subscription or takes a donation
/// ([`pages::url_sells_access`]: "Jetzt Angebot sichern" to `/abo/digital/`) is an appeal's;
/// a button or a short line leading to the site's channel on a messaging or news app
/// ([`pages::Address::follows_channel`]) is a call to follow, wherever the link sits in the line
/// ("<a>Únete a nuestro canal de WhatsApp</a> y recibe las noticias al instante."); a
/// short line leading to the page that takes readers' reports of errors and tips
/// ([`pages::url_takes_reports`]) is a prompt to send one; a short line leading to a
/// donation platform ([`pages::Address::takes_donations`]: Ko-fi, Patreon…) is an appeal, wherever
/// the link sits ("Se questo post ti è stato utile, <a>puoi offrirmi un caffè su Ko-fi</a>").
///
/// A short line that gives a newsroom's address for tips or corrections as text
/// ([`pages::text_gives_tip_address`]: "기사제보 tip@…", "Send a tip to tips@…") is such a
/// prompt too, links or not.
fn call_by_address(
    page: &Page<'_>,
    ix: Ix,
    s: &Stats,
    text: &str,
) -> Option<(Kind, &'static str, bool)> {
    if s.chars > CHANNEL_LINE_MAX_CHARS {
        return None;
    }
    let by_link = if s.link_chars == 0 {
        None
    } else {
        call_by_link(page, ix, s, text)
    };
    by_link.or_else(|| {
        let tip_address = || text.contains('@') && pages::text_gives_tip_address(text, asks(text));
        (tip_address() || reports_typos(text)).then_some((Kind::Clutter, REPORT_RULE, false))
    })
}

/// True when `text` asks the reader something and names the key press that sends a typo to
/// the newsroom ("Забелязахте грешка? Маркирайте текста и натиснете Ctrl+Enter"): the
/// feature's prompt in any language. A tutorial's "Press Ctrl+Enter to run the cell." asks
/// nothing.
fn reports_typos(text: &str) -> bool {
    asks(text) && {
        let squeezed: String = text
            .chars()
            .filter(|c| !c.is_whitespace())
            .flat_map(char::to_lowercase)
            .collect();
        squeezed.contains("ctrl+enter")
    }
}

/// True when `phrase` opens `normalized` or a sentence of it: a call to action set after a
/// tagline ("Mis niks uit je eigen buurt. Download de gratis app voor iOS en Android…") opens
/// its sentence as one opening the line does; inside a sentence ("First, download our app,
/// available for iOS and Android") it is the writer's.
fn opens_a_sentence(normalized: &str, phrase: &str) -> bool {
    normalized.match_indices(phrase).any(|(at, _)| {
        let before = normalized[..at].trim_end();
        before.is_empty() || before.ends_with(['.', '!', '?', '。', '！', '？'])
    })
}

/// True when `text` asks the reader something (a question mark in any script).
fn asks(text: &str) -> bool {
    text.contains(['?', '？', '؟'])
}

/// [`call_by_address`] of a short line with links, by where they lead.
fn call_by_link(
    page: &Page<'_>,
    ix: Ix,
    s: &Stats,
    text: &str,
) -> Option<(Kind, &'static str, bool)> {
    let dom = page.dom();
    let mut links = kept_links(page, ix);
    let href = links.next().and_then(|a| dom.attr(a, "href"))?;
    if let Some(second) = links.next() {
        // Two links, both to where readers send reports: "Tipsa oss på <a>tips@…</a>.
        // Hittade du ett fel? <a>Begär rättelse här</a>."
        let reports = |a: Ix| dom.attr(a, "href").is_some_and(pages::url_takes_reports);
        return (links.next().is_none()
            && pages::url_takes_reports(href)
            && reports(second)
            && asks(text))
        .then_some((Kind::Clutter, REPORT_RULE, false));
    }
    let button = s.chars < BOX_SHORT_CHARS && s.link_density() >= TEASER_MIN_LINK_DENSITY;
    let address = pages::Address::new(href);
    if button && address.sells_access() {
        Some((
            Kind::Appeal,
            "a button to a subscription or donation page",
            true,
        ))
    } else if address.takes_donations() {
        Some((
            Kind::Appeal,
            "a line linking to a donation platform",
            button,
        ))
    } else if address.follows_channel() {
        let rule = if button {
            "a button to follow the site on a channel"
        } else {
            "a line linking to the site's channel"
        };
        Some((Kind::Share, rule, button))
    } else if (address.takes_reports()
        && (s.link_density() >= REPORT_LINE_MIN_LINK_DENSITY || asks(text)))
        || (address.mails_newsroom() && asks(text))
    {
        Some((Kind::Clutter, REPORT_RULE, false))
    } else {
        None
    }
}

const REPORT_RULE: &str = "a line asking readers to report an error or send a tip";

/// Share of a short line in its link to a report page for the line to be a prompt ("Zgłoś
/// błąd w artykule"); otherwise it asks a question ("Tippfehler entdeckt? <a>Sagen Sie uns
/// Bescheid</a>"). A story's sentence linking to the paper's corrections does neither.
const REPORT_LINE_MIN_LINK_DENSITY: f32 = 0.5;

/// Most characters of a share bar known by its links' addresses: a label and a row of
/// buttons ("Partager Facebook Envoyer par WhatsApp LinkedIn Par e-mail").
const SHARE_LINKS_MAX_CHARS: u32 = 160;
/// Most characters outside its links: a label ("この記事をシェア", "Teilen:") and a button
/// that copies the address.
const SHARE_LINKS_MAX_OTHER_CHARS: u32 = 40;
/// Fewest links that share the page: one may be a story's link to a post.
const SHARE_LINKS_MIN: usize = 2;
/// Most nodes looked through for them: a bar is a label and a few buttons with their
/// icons. With the parser's cap on nesting, bounds the work on short blocks nested around
/// a large empty subtree to a constant per node.
const SHARE_LINKS_MAX_NODES: Ix = 200;

/// A short block whose links share the page ([`pages::url_shares_page`]: a network's
/// sharing address, an app's share scheme, a `mailto:` with only a subject) is a share bar,
/// whatever its buttons say: at least [`SHARE_LINKS_MIN`] of them, and most of its links;
/// or a lone button that opens the site's own share dialog ("Send this to a friend").
fn shares_by_address(page: &Page<'_>, ix: Ix, s: &Stats) -> bool {
    let dom = page.dom();
    let end = dom.end(ix);
    if s.link_chars == 0
        || s.chars > SHARE_LINKS_MAX_CHARS
        || s.chars - s.link_chars.min(s.chars) > SHARE_LINKS_MAX_OTHER_CHARS
        || end - ix > SHARE_LINKS_MAX_NODES
    {
        return false;
    }
    // Links counted first, addresses read only when there are enough of them: most short
    // blocks hold one link (a list item, the link itself).
    let count = kept_links(page, ix).count();
    if count == 1 && s.link_chars >= s.chars {
        // A button alone: it shares the page when it opens the site's own share dialog.
        return kept_links(page, ix).any(|a| {
            dom.attr(a, "href")
                .is_some_and(pages::url_opens_share_dialog)
        });
    }
    if count < SHARE_LINKS_MIN {
        return false;
    }
    let sharing = kept_links(page, ix)
        .filter(|&a| dom.attr(a, "href").is_some_and(pages::url_shares_page))
        .count();
    sharing >= SHARE_LINKS_MIN && sharing * 2 >= count
}

/// Most characters of a video player's box: a label and the video's title ("VIDEO · Así se
/// vive la falta de agua en el sur de Celaya"), a line under it ("Story continues below
/// video").
const PLAYER_BOX_MAX_CHARS: u32 = 160;
/// Fewest lines beside the player: a label and a title. A player with one line is a figure
/// with its caption.
const PLAYER_BOX_MIN_LINES: usize = 2;
/// Most nodes looked through for the player: a box of a few lines around one frame.
const PLAYER_BOX_MAX_NODES: Ix = 40;

/// A box the size of a player's: a `<div>`, `<section>` or `<aside>` of a few nodes
/// ([`PLAYER_BOX_MAX_NODES`]) and short lines ([`PLAYER_BOX_MAX_CHARS`]), without links or
/// pictures.
fn is_player_sized(page: &Page<'_>, ix: Ix, s: &Stats) -> bool {
    let dom = page.dom();
    s.chars <= PLAYER_BOX_MAX_CHARS
        && s.link_chars == 0
        && s.images == 0
        && dom.end(ix) - ix <= PLAYER_BOX_MAX_NODES
        && matches!(dom.tag(ix), Tag::Div | Tag::Section | Tag::Aside)
}

/// A box holding a video player (a `<video>`, or a frame loading one: see
/// [`pages::url_plays_video`]) and, beside it, only a few short lines without links or
/// pictures: the player's label and title. The player does not reach the reader (frames and
/// media are never content), and its words alone announce a video that is not there.
fn player_box(page: &Page<'_>, ix: Ix, s: &Stats) -> bool {
    if !is_player_sized(page, ix, s) {
        return false;
    }
    let dom = page.dom();
    let end = dom.end(ix);
    let plays = |i: Ix| match dom.tag(i) {
        Tag::Video => true,
        Tag::Iframe | Tag::Embed => ["src", "data-src"]
            .iter()
            .any(|name| dom.attr(i, name).is_some_and(pages::url_plays_video)),
        // The empty box a script loads the player into, named for it
        // (`<div data-video-id="…">`, `VideoEmbed_player__x`).
        Tag::Div | Tag::Span => holds_nothing(dom, i) && names_video(dom, i),
        _ => false,
    };
    if !(ix + 1..end).any(plays) {
        return false;
    }
    // Lines: the children showing text, removed ones too (a "continues below" line may have
    // gone as such already).
    let lines = dom
        .children(ix)
        .filter(|&c| !dom.tag(c).is_never_content() && (c..dom.end(c)).any(|i| dom.has_text(i)))
        .count();
    lines >= PLAYER_BOX_MIN_LINES
}

/// True when an attribute of `ix` names a video, by its name or its value
/// (`data-video-id`, `class="video-player"`).
fn names_video(dom: &Dom, ix: Ix) -> bool {
    dom.attrs(ix).iter().any(|a| {
        a.name.contains("video")
            || (matches!(&*a.name, "class" | "id")
                && a.value.to_ascii_lowercase().contains("video"))
    })
}

/// The card an appeal's or a newsletter's title heads: the small box around the heading
/// (up to [`BOX_MAX_LEVELS`] up, not the body's) whose other text is a pitch
/// ([`BOX_PITCH_MAX_CHARS`]) and a button ("Support local journalism" · two lines · "I
/// support"), whatever the pitch says. Without a button the heading's section is read as
/// usual: the story may go on under it.
fn titled_card(
    page: &Page<'_>,
    scope: Scope,
    heading: Ix,
    kind: Kind,
    stats: &StatsTable<'_>,
) -> Option<Ix> {
    if !matches!(kind, Kind::Appeal | Kind::Newsletter) {
        return None;
    }
    let dom = page.dom();
    let title = stats.get(heading).chars;
    let mut at = heading;
    for _ in 0..BOX_MAX_LEVELS {
        let p = dom.parent(at)?;
        if (p == scope.root && !scope.beside)
            || page.holds_body(p)
            || stats.get(p).chars.saturating_sub(title) > BOX_PITCH_MAX_CHARS
        {
            return None;
        }
        if holds_button(page, p, stats) {
            return Some(p);
        }
        at = p;
    }
    None
}

/// True when `ix` holds a button: a kept link, or a `<button>`, of a few words
/// ([`BOX_SHORT_CHARS`]) that stands in the box itself or is all its block says.
fn holds_button(page: &Page<'_>, ix: Ix, stats: &StatsTable<'_>) -> bool {
    let dom = page.dom();
    (ix + 1..dom.end(ix)).any(|i| {
        matches!(dom.tag(i), Tag::A | Tag::Button) && !page.is_marked(i) && {
            let s = stats.get(i);
            s.chars > 0
                && s.chars < BOX_SHORT_CHARS
                && dom
                    .parent(i)
                    .is_some_and(|up| up == ix || stats.get(up).chars == s.chars)
        }
    })
}

/// A box of a few short lines without links or pictures that holds a play control (a
/// `<button>`, an `<audio>`, an element named for playing: `ico-play`) and a running time
/// ("4:55", "5 min."): a player reading the article aloud, whatever its label says ("Lyt
/// til artiklen", "Escuchá la nota"). A podcast's player in a story is announced by the
/// story's own sentences, which stay.
fn read_aloud_box(page: &Page<'_>, ix: Ix, s: &Stats) -> bool {
    if !is_player_sized(page, ix, s) {
        return false;
    }
    let dom = page.dom();
    let end = dom.end(ix);
    let control = |i: Ix| match dom.tag(i) {
        Tag::Button | Tag::Audio => true,
        Tag::Text => false,
        // "ico-play", "sv-audio__play"; not "display-6".
        _ => ["class", "id"].iter().any(|name| {
            dom.attr(i, name).is_some_and(|v| {
                v.to_ascii_lowercase()
                    .split_whitespace()
                    .any(|t| t.contains("play") && !t.contains("display"))
            })
        }),
    };
    // The control first: reading names is cheaper than reading every line's text.
    (ix + 1..end).any(control)
        && (ix + 1..end)
            .any(|c| dom.tag(c) != Tag::Text && pages::is_running_time(&page.text_of(c)))
}

/// True when a kept link inside `ix` leads to a page that sells a subscription or takes a
/// donation ([`pages::url_sells_access`]).
fn links_to_selling_page(page: &Page<'_>, ix: Ix) -> bool {
    let dom = page.dom();
    kept_links(page, ix).any(|a| dom.attr(a, "href").is_some_and(pages::url_sells_access))
}

/// The links inside `ix` (itself included) that are not removed.
fn kept_links<'a>(page: &'a Page<'_>, ix: Ix) -> impl Iterator<Item = Ix> + 'a {
    let dom = page.dom();
    (ix..dom.end(ix)).filter(move |&i| dom.tag(i) == Tag::A && !page.is_marked(i))
}

/// A block that is nothing but a link to another page, worded like a headline: "Read:
/// <a>Storm closes coast road</a>" without the label. Sentences (ending in a period),
/// lines of lists (a list of one item is a block) and table cells are left alone; so are
/// e-mail addresses and bare URLs.
fn is_link_teaser(page: &Page<'_>, ix: Ix, s: &Stats, text: &str) -> bool {
    let tag = page.dom().tag(ix);
    if matches!(
        tag,
        Tag::Td
            | Tag::Th
            | Tag::Dd
            | Tag::Dt
            | Tag::Figcaption
            | Tag::Caption
            | Tag::Pre
            | Tag::Code
    ) || page.in_figure(ix)
        || s.chars > TEASER_MAX_CHARS
        || (s.link_density() < TEASER_MIN_LINK_DENSITY && !is_labelled_link(s, text))
        // Last: the only check that looks beyond the block.
        || (tag == Tag::Li && !is_lone_item(page, ix))
    {
        return false;
    }
    let t = text.trim();
    !t.ends_with('.')
        && !is_numbered(t)
        && !t.contains('@')
        && !t.starts_with("http")
        && !t.starts_with("www.")
        && text::word_count(t) >= TEASER_MIN_WORDS
}

/// Longest label before a colon that introduces a link ("あわせて読みたい：", "延伸阅读："),
/// in characters.
const LINK_LABEL_MAX_CHARS: usize = 12;

/// A short label in a script without spaces (Chinese, Japanese, Korean), a colon, then a
/// link of a headline's words that runs to the end of the block: a "read also" line. In
/// such scripts a headline takes few characters, about as many as the label, so the link
/// holds about half the text, under the teaser's link density, which an alphabetic "Read
/// also: ..." line passes. (In alphabetic scripts the same shape is as often content:
/// "Source code: Lib/json/tool.py", "Pictured: ...", "Company in focus: ...".)
fn is_labelled_link(s: &Stats, text: &str) -> bool {
    let Some((label, rest)) = text.trim().split_once([':', '：']) else {
        return false;
    };
    let rest = rest.trim();
    label.chars().any(text::is_cjk)
        && label.chars().count() <= LINK_LABEL_MAX_CHARS
        && text::word_count(rest) >= TEASER_MIN_WORDS
        && s.link_chars >= crate::dom::collapsed_len(rest)
}

/// Text numbered as an entry of a ranked or ordered list ("4. Northwestern Kellogg", "12)
/// ..."): a listicle's entry title, which links to its subject, not a teaser for another story.
fn is_numbered(t: &str) -> bool {
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&digits)
        && matches!(t.as_bytes().get(digits), Some(b'.' | b')'))
        && t.as_bytes().get(digits + 1) == Some(&b' ')
}

/// A list item with no sibling item shown, in a list set between blocks that are not lists,
/// after neither a heading nor a line that introduces it ("a few we love:"): a block set as
/// a one-line list, as a teaser link between paragraphs often is, not a line of a list an
/// editor split into many, nor a section's only entry.
fn is_lone_item(page: &Page<'_>, ix: Ix) -> bool {
    let dom = page.dom();
    let is_list = |n: Ix| matches!(dom.tag(n), Tag::Ul | Tag::Ol);
    dom.parent(ix).is_some_and(|list| {
        is_list(list)
            && dom
                .children(list)
                .filter(|&c| dom.tag(c) == Tag::Li && !page.is_marked(c))
                .take(2)
                .count()
                == 1
            && nearest_shown(page, list, Dom::next_sibling).is_some_and(|n| !is_list(n))
            && nearest_shown(page, list, Dom::prev_sibling).is_some_and(|n| {
                !is_list(n)
                    && !dom.tag(n).is_heading()
                    && !page.text_of(n).trim_end().ends_with(':')
            })
    })
}

/// The nearest sibling of `ix`, in the direction of `step`, that shows something.
fn nearest_shown(page: &Page<'_>, ix: Ix, step: fn(&Dom, Ix) -> Option<Ix>) -> Option<Ix> {
    let dom = page.dom();
    std::iter::successors(step(dom, ix), |&n| step(dom, n))
        .find(|&n| !page.is_marked(n) && !is_blank(page, n))
}

/// Share of a block's text in links for its lines to be headlines.
const HEADLINE_LINES_MIN_LINK_DENSITY: f32 = 0.8;
/// Fewest links, one per line, in a block of headlines.
const HEADLINE_LINES_MIN_LINKS: usize = 2;

/// A paragraph of links to other stories set one per line ("Macron mocks the protests
/// \[INSIGHT\]<br>NBA decides on the China game \[VIDEO\]"): a list of teasers without a list.
/// Lines of a list (`<li>`) are the list's business, and a sentence with links in it is not
/// made of lines.
fn is_headline_lines(page: &Page<'_>, ix: Ix, s: &Stats) -> bool {
    let dom = page.dom();
    if s.link_density() < HEADLINE_LINES_MIN_LINK_DENSITY
        || s.chars as usize > phrases::ANYWHERE_MAX_CHARS
        || matches!(dom.tag(ix), Tag::Li | Tag::Td | Tag::Th | Tag::Dd | Tag::Dt)
    {
        return false;
    }
    // Links and line breaks among the block's descendants, in order: each link must start a
    // line (the first, or after a break).
    let mut links = 0;
    let mut line_open = true;
    for i in page.walk(ix).skip(1) {
        match dom.tag(i) {
            Tag::Br => line_open = true,
            Tag::A if dom.attr(i, "href").is_some() => {
                if !line_open {
                    return false;
                }
                links += 1;
                line_open = false;
            }
            _ => {}
        }
    }
    links >= HEADLINE_LINES_MIN_LINKS
}

/// Text a read-more teaser holds before its link, at least: a line of excerpt. A block that
/// is the label alone is left to the phrase tables.
const READ_MORE_MIN_EXCERPT_CHARS: usize = 20;

/// A teaser of another page: an excerpt closed by a "read more" link ("Mammut signs Adam
/// Ondra… Weiterlesen", "[czytaj więcej]"). The blocks reaching here are short (see
/// `phrases::ANYWHERE_MAX_CHARS`); in-page links and captions do not count.
fn ends_in_read_more(page: &Page<'_>, ix: Ix, normalized: &str) -> bool {
    let dom = page.dom();
    if page.in_figure(ix) || matches!(dom.tag(ix), Tag::Figcaption | Tag::Caption) {
        return false;
    }
    let Some(link) = page.walk(ix).filter(|&i| dom.tag(i) == Tag::A).last() else {
        return false;
    };
    let href = dom.attr(link, "href").unwrap_or("").trim();
    if href.is_empty() || href.starts_with('#') || href.starts_with("javascript:") {
        return false;
    }
    let label = phrases::normalize(&page.text_of(link));
    !label.is_empty()
        && normalized.len() >= label.len() + READ_MORE_MIN_EXCERPT_CHARS
        && normalized.ends_with(&label)
        && phrases::is_read_more(&label)
}

/// Shortest block checked for repeats: short labels ("Photo", "Share") legitimately recur.
const MIN_REPEAT_CHARS: usize = 30;

/// Share of a section's text in links from which it is a list of links, which a heading may
/// take in full (see [`kinds::Policy::linked_section_max_chars`]).
const LINKED_SECTION_DENSITY: f32 = 0.3;

/// The largest section (in characters) a heading of `kind` takes with it.
fn section_max_chars(kind: Kind, link_density: f32) -> u32 {
    let policy = kinds::policy(kind);
    if link_density >= LINKED_SECTION_DENSITY {
        policy.linked_section_max_chars
    } else {
        policy.section_max_chars
    }
}

/// What follows a heading up to the next heading of its level or higher.
struct Section {
    /// The heading, or the wrapper that holds nothing but it.
    anchor: Ix,
    /// The kept siblings after the anchor that make up the section.
    nodes: Vec<Ix>,
    chars: u32,
    link_chars: u32,
    /// The section runs to the end of the anchor's parent.
    reached_end: bool,
}

fn section_under(page: &Page<'_>, root: Ix, heading: Ix, stats: &StatsTable<'_>) -> Section {
    let dom = page.dom();
    let level = dom.tag(heading).heading_level();
    // The heading may be wrapped (<div class="title"><h3>Related</h3></div>): the section
    // is the wrapper's following siblings.
    let mut anchor = heading;
    while let Some(p) = dom.parent(anchor) {
        if p == root
            || dom
                .children(p)
                .filter(|&c| !page.is_marked(c) && !is_blank(page, c))
                .count()
                != 1
        {
            break;
        }
        anchor = p;
    }
    let mut section = Section {
        anchor,
        nodes: Vec::new(),
        chars: 0,
        link_chars: 0,
        reached_end: true,
    };
    let mut next = dom.next_sibling(anchor);
    while let Some(n) = next {
        next = dom.next_sibling(n);
        if page.is_marked(n) {
            continue;
        }
        let t = dom.tag(n);
        // Headings inside cards (list items, nested articles) are the cards' titles, not
        // the start of the next section.
        let holds_heading = t != Tag::Text
            && (n + 1..dom.end(n)).any(|i| {
                dom.tag(i).is_heading()
                    && dom.tag(i).heading_level() <= level
                    && !dom
                        .ancestors(i)
                        .take_while(|&a| a != n)
                        .chain(std::iter::once(n))
                        .any(|a| matches!(dom.tag(a), Tag::Li | Tag::Article))
            });
        if (t.is_heading() && t.heading_level() <= level) || holds_heading {
            section.reached_end = false;
            break;
        }
        let s = stats.get(n);
        section.chars += s.chars;
        section.link_chars += s.link_chars;
        section.nodes.push(n);
    }
    section
}

/// True when a form or a field follows `heading` before the next heading of its level or
/// higher, removed already or not: the heading is a sign-up's title.
fn section_has_form(page: &Page<'_>, heading: Ix) -> bool {
    let dom = page.dom();
    let level = dom.tag(heading).heading_level();
    let mut next = dom.next_sibling(heading);
    while let Some(n) = next {
        let t = dom.tag(n);
        if t.is_heading() && t.heading_level() <= level {
            return false;
        }
        if (n..dom.end(n)).any(|i| matches!(dom.tag(i), Tag::Form | Tag::Input)) {
            return true;
        }
        next = dom.next_sibling(n);
    }
    false
}

/// Fewest words in a heading for one word in it to be its subject rather than its title.
const SUBJECT_HEADING_MIN_WORDS: usize = 4;

/// Fewest paragraphs of story prose under a heading that make it a story's heading.
const STORY_SECTION_MIN_PARAGRAPHS: usize = 2;

/// A paragraph longer than this that speaks of the heading's kind is the story's telling of
/// it ("The campaign began with a half-page appeal in the parish newsletter, …"), not a
/// box's pitch: a line or two ("Start your day with the stories that matter, delivered
/// before 7am.") under a title, with the fine print in a line of its own.
const STORY_PARAGRAPH_MIN_CHARS: u32 = 200;

/// True when the section under a heading opens with the story's own prose: paragraphs
/// ending like sentences, without a link, a picture, a list or a form, none speaking of the
/// heading's kind unless longer than a pitch. A heading over such a section ("Comments from
/// residents", "Share of the budget", or "How a parish newsletter became a fundraising
/// machine" over the story of one) is the story's, whatever its words, even when a box set
/// into the text follows its paragraphs; a comment thread, a list of related links or a
/// sign-up box looks otherwise.
fn is_story_section(
    page: &Page<'_>,
    root: Ix,
    heading: Ix,
    kind: Kind,
    stats: &StatsTable<'_>,
) -> bool {
    let dom = page.dom();
    let section = section_under(page, root, heading, stats);
    let mut paragraphs = 0;
    for &n in &section.nodes {
        match dom.tag(n) {
            Tag::Text if is_blank(page, n) => continue,
            Tag::P => {}
            _ => break,
        }
        let s = stats.get(n);
        let text = page.text_of(n);
        if s.link_chars > 0
            || s.images > 0
            || s.inputs > 0
            || !ends_sentence(&text)
            || (s.chars <= STORY_PARAGRAPH_MIN_CHARS
                && phrases::has_keyword(&phrases::normalize(&text), kind))
        {
            return false;
        }
        paragraphs += 1;
    }
    paragraphs >= STORY_SECTION_MIN_PARAGRAPHS
}

/// True for text that reads as a sentence: it ends like one, in at least
/// [`phrases::SENTENCE_MIN_WORDS`] words.
fn is_sentence(text: &str) -> bool {
    ends_sentence(text) && text::word_count(text) >= phrases::SENTENCE_MIN_WORDS
}

/// True for text ending like a sentence.
fn ends_sentence(text: &str) -> bool {
    text.trim_end()
        .ends_with(['.', '!', '?', '"', '”', '»', '。', '！', '？'])
}

/// A heading such as "Related articles" or "About the author": removes it and the siblings
/// after it up to the next heading of the same or a higher level, when they fit the kind.
fn remove_section(
    page: &mut Page<'_>,
    root: Ix,
    heading: Ix,
    kind: Kind,
    rule: &str,
    stats: &StatsTable<'_>,
) -> bool {
    let dom = page.dom();
    let Section {
        anchor,
        nodes: mut section,
        mut chars,
        mut link_chars,
        mut reached_end,
    } = section_under(page, root, heading, stats);
    // Where the story goes on inside the section, for the kinds whose section is set in
    // the story's flow: "Related stories" over a list of links in the middle of the story
    // (the list is the section, the paragraphs after it are the story's); "Sign up for our
    // newsletter" over its prompt and form with no box around them.
    let story = match kind {
        Kind::Related | Kind::Navigation => links_then_prose(page, &section, stats),
        Kind::Newsletter | Kind::Appeal => story_resumes(page, &section, kind, stats),
        _ => None,
    };
    if let Some(story) = story {
        for &n in &section[story..] {
            let s = stats.get(n);
            chars -= s.chars;
            link_chars -= s.link_chars;
        }
        section.truncate(story);
        reached_end = false;
    }
    let ld = if chars == 0 {
        0.0
    } else {
        link_chars as f32 / chars as f32
    };
    if section.is_empty() {
        return false;
    }
    if chars > section_max_chars(kind, ld) {
        // Too long for a plain related section, unless it opens with a row of story cards:
        // then the heading and the cards go.
        let cards = if kind == Kind::Related {
            leading_cards(page, &section, stats)
        } else {
            0
        };
        if cards < MIN_CARDS {
            return false;
        }
        page.remove(anchor, kind, rule.to_string(), true);
        for &n in &section[..cards] {
            page.remove(n, kind, format!("card under {rule}"), true);
        }
        return true;
    }
    // A box that opens with the heading and holds nothing but its section goes as one.
    if let Some(parent) = dom.parent(anchor) {
        let first = dom
            .children(parent)
            .find(|&c| !page.is_marked(c) && !is_blank(page, c));
        if reached_end && parent != root && first == Some(anchor) && !page.holds_body(parent) {
            page.remove(parent, kind, rule.to_string(), true);
            return true;
        }
    }
    page.remove(anchor, kind, rule.to_string(), true);
    for n in section {
        page.remove(n, kind, format!("section under {rule}"), true);
    }
    true
}

/// Where the section under an appeal's or a newsletter's heading gives way to the story: the
/// first block past the short ones (buttons, labels) that neither names the concern (no
/// keyword of its kind) nor is condemned by a phrase. An appeal or a sign-up prompt talks
/// of readers, journalism, e-mail and inboxes; a paragraph that does not is the story's.
fn story_resumes(
    page: &Page<'_>,
    section: &[Ix],
    kind: Kind,
    stats: &StatsTable<'_>,
) -> Option<usize> {
    let dom = page.dom();
    section.iter().position(|&n| {
        let s = stats.get(n);
        s.chars >= BOX_SHORT_CHARS && s.inputs == 0 && !dom.tag(n).is_heading() && {
            let normalized = phrases::normalize(&page.text_of(n));
            !phrases::has_keyword(&normalized, kind)
                && phrases::classify(&normalized, s.link_density()).is_none()
        }
    })
}

/// Where a section that opens with links (lists, lines of links) turns to prose: the
/// first paragraph after them that ends like a sentence. A paragraph of sentences with
/// links in them is prose too: a section of those is the page's own.
fn links_then_prose(page: &Page<'_>, section: &[Ix], stats: &StatsTable<'_>) -> Option<usize> {
    let dom = page.dom();
    let mut links = 0;
    for (k, &n) in section.iter().enumerate() {
        if dom.tag(n) == Tag::Text && is_blank(page, n) {
            continue;
        }
        let sentence = dom.tag(n) == Tag::P && ends_sentence(&page.text_of(n));
        if !sentence && stats.get(n).link_density() >= LINKED_SECTION_DENSITY {
            links += 1;
            continue;
        }
        return (sentence && links > 0).then_some(k);
    }
    None
}

/// How many of a section's first elements are story cards: siblings with the same tag and
/// first class (any `<article>`s), each holding a link or an image.
fn leading_cards(page: &Page<'_>, section: &[Ix], stats: &StatsTable<'_>) -> usize {
    let dom = page.dom();
    let first_class = |ix: Ix| {
        dom.attr(ix, "class")
            .and_then(|c| c.split_whitespace().next())
    };
    let mut items = section.iter().copied().filter(|&c| dom.tag(c) != Tag::Text);
    let Some(first) = items.next() else { return 0 };
    let (tag0, class0) = (dom.tag(first), first_class(first));
    let is_card = |c: Ix| {
        let s = &stats.get(c);
        dom.tag(c) == tag0
            && (first_class(c) == class0 || tag0 == Tag::Article)
            && (s.link_chars > 0 || s.images > 0)
    };
    if !is_card(first) {
        return 0;
    }
    // Count in `section` positions (text nodes between cards included).
    let mut count = 0;
    for (i, &c) in section.iter().enumerate() {
        if dom.tag(c) == Tag::Text {
            continue;
        }
        if !is_card(c) {
            return if count >= MIN_CARDS { i } else { 0 };
        }
        count += 1;
    }
    if count >= MIN_CARDS { section.len() } else { 0 }
}

/// Fewest cards that make a row.
const MIN_CARDS: usize = 2;

fn is_blank(page: &Page<'_>, ix: Ix) -> bool {
    page.dom().tag(ix) == Tag::Text && page.dom().text(ix).is_some_and(crate::dom::is_blank)
}

/// Most characters of a row of buttons that takes its box along when one of them leads to
/// a page selling a subscription: two buttons and a word between them.
const BUTTON_ROW_MAX_CHARS: u32 = 2 * BOX_SHORT_CHARS;

/// The largest small box around a condemned block whose other blocks speak of the same
/// thing (appeals, newsletter and comment boxes, author boxes).
fn enclosing_box(
    page: &Page<'_>,
    scope: Scope,
    unit: Ix,
    kind: Kind,
    stats: &StatsTable<'_>,
) -> Option<Ix> {
    let root = scope.root;
    if kind == Kind::Related {
        return links_box(page, root, unit, stats);
    }
    if kind == Kind::Ad {
        return ad_slot(page, scope, unit, stats).or_else(|| ad_card(page, scope, unit, stats));
    }
    if !kinds::policy(kind).takes_its_box {
        return None;
    }
    let dom = page.dom();
    // A short link of an appeal or a newsletter is a call to action: its box goes with the
    // pitch beside it, whatever the pitch says.
    let unit_stats = stats.get(unit);
    // So is a row of buttons one of which sells a subscription ("Jetzt um 1 Euro testen ·
    // Bereits Abonnent? Hier einloggen").
    let call_to_action = matches!(kind, Kind::Appeal | Kind::Newsletter)
        && unit_stats.link_density() >= LINK_LIST_DENSITY
        && (unit_stats.chars < BOX_SHORT_CHARS
            || (unit_stats.chars < BUTTON_ROW_MAX_CHARS && links_to_selling_page(page, unit)));
    let mut best = None;
    let mut at = unit;
    for _ in 0..BOX_MAX_LEVELS {
        let Some(p) = dom.parent(at) else { break };
        if (p == root && !scope.beside)
            || stats.get(p).chars > kinds::BOX_MAX_CHARS
            || page.holds_body(p)
        {
            break;
        }
        let pitch = call_to_action
            && stats.get(p).chars.saturating_sub(unit_stats.chars) <= BOX_PITCH_MAX_CHARS;
        if !pitch && !box_speaks_of(page, p, unit, kind, stats) {
            break;
        }
        best = Some(p);
        if p == root {
            break;
        }
        at = p;
    }
    best
}

/// Most characters of text an ad slot's box holds beside its label: one line telling the
/// reader where the story goes on ("Artikel wird unterhalb fortgesetzt", "Lees verder onder
/// de advertentie", "Ciąg dalszy tekstu pod reklamą"). A sentence of the story runs longer.
const AD_SLOT_LINE_MAX_CHARS: u32 = 50;

/// The box of an ad slot around its label: the label's parent (or grandparent) when it
/// holds an empty element, the slot the ad is loaded into, and beside the label at most one
/// short line without links (a product card's "Buy now" sits among several lines: a name,
/// a price).
fn ad_slot(page: &Page<'_>, scope: Scope, label: Ix, stats: &StatsTable<'_>) -> Option<Ix> {
    let dom = page.dom();
    let own = stats.get(label);
    let mut at = label;
    for _ in 0..AD_SLOT_MAX_LEVELS {
        let p = dom
            .parent(at)
            .filter(|&p| p != scope.root || scope.beside)?;
        // No name test (`holds_body`): the bound on its text keeps the box from being the
        // article's, and a slot's parts are often named after the article they sit in
        // (`iklan-dalam-artikel__label`, `article-ad__slot`).
        let s = stats.get(p);
        if s.chars.saturating_sub(own.chars) > AD_SLOT_LINE_MAX_CHARS
            || s.link_chars > own.link_chars
        {
            return None;
        }
        // The slot: an empty box, removed or not (it may have gone as such already).
        // Scripts, styles and line breaks beside the label are neither slot nor line: a
        // walked live page and parsed HTML differ in what a script holds.
        let empty = |c: Ix| holds_nothing(dom, c);
        let others = || {
            dom.children(p)
                .filter(|&c| c != at && !dom.tag(c).is_never_content() && dom.tag(c) != Tag::Br)
        };
        // A frame is never content, so not among the others: looked for on its own.
        let slot = dom
            .children(p)
            .any(|c| c != at && is_slot_box(dom.tag(c)) && empty(c));
        let lines = others().filter(|&c| !empty(c)).count();
        if lines > 1 {
            return None;
        }
        if slot {
            return Some(p);
        }
        if p == scope.root {
            return None;
        }
        at = p;
    }
    None
}

/// Most characters of a card that an ad label opens: a product's name, a price, a button.
/// A sentence or two of story runs longer.
const AD_CARD_MAX_CHARS: u32 = 240;

/// The card an ad label opens ("Anzeige · Unsere Empfehlung" over a product's name, its
/// price and "Zum Angebot"): the label's parent (or grandparent) when the label is its first
/// line, it holds a link (words or a banner), and none of its lines is a sentence of prose.
/// A product card without a label is a review's content; with one, it is paid for.
fn ad_card(page: &Page<'_>, scope: Scope, label: Ix, stats: &StatsTable<'_>) -> Option<Ix> {
    let dom = page.dom();
    let mut at = label;
    let mut best = None;
    for _ in 0..AD_SLOT_MAX_LEVELS {
        let Some(p) = dom.parent(at).filter(|&p| p != scope.root || scope.beside) else {
            break;
        };
        let s = stats.get(p);
        if s.chars > AD_CARD_MAX_CHARS || page.holds_body(p) {
            break;
        }
        // The label opens the box: nothing shown stands before it.
        if nearest_shown(page, at, Dom::prev_sibling).is_some()
            || (p..dom.end(p)).any(|i| dom.text(i).is_some_and(is_sentence))
        {
            break;
        }
        // Where the ad leads: a link of words, or a banner's picture.
        if s.link_chars > 0
            || (p..dom.end(p)).any(|i| dom.tag(i) == Tag::A && dom.attr(i, "href").is_some())
        {
            best = Some(p);
        }
        if p == scope.root {
            break;
        }
        at = p;
    }
    best
}

/// True when `ix` is a block of lines parted by line breaks, no longer than an ad card,
/// whose first line is an ad label alone ("ADVERTISEMENT<br><a><img></a><br>Sunday carvery
/// every week at the hotel"): the label says what the lines under it are. It must hold a
/// link (where an ad leads) and no sentence of prose.
fn ad_label_opens_lines(page: &Page<'_>, ix: Ix, stats: &StatsTable<'_>) -> bool {
    let dom = page.dom();
    let s = stats.get(ix);
    let end = dom.end(ix);
    // Cheap tests first: this runs on every short block.
    if s.chars > AD_CARD_MAX_CHARS
        || s.blocks > 0
        || !dom.children(ix).any(|c| dom.tag(c) == Tag::Br)
        || !(ix..end).any(|i| dom.tag(i) == Tag::A)
        || (ix..end).any(|i| dom.text(i).is_some_and(is_sentence))
    {
        return false;
    }
    // The first line: what comes before the first line break.
    let line: String = dom
        .children(ix)
        .take_while(|&c| dom.tag(c) != Tag::Br)
        .map(|c| page.text_of(c) + " ")
        .collect();
    let normalized = phrases::normalize(&line);
    !normalized.is_empty()
        && phrases::classify(&normalized, 0.0).is_some_and(|hit| {
            hit.kind == Kind::Ad
                && matches!(hit.mode, Mode::Label | Mode::Lead)
                && normalized.trim_end_matches(':') == hit.phrase
        })
}

/// A block that is an ad slot whose label is its first line ("REKLAMA", then the empty
/// slot, then "Ciąg dalszy tekstu pod reklamą"), set inline so that the label is no block
/// of its own: the block, when [`ad_slot`] takes it from its label.
fn labelled_ad_slot(page: &Page<'_>, scope: Scope, ix: Ix, stats: &StatsTable<'_>) -> Option<Ix> {
    let dom = page.dom();
    // Cheap tests first: this runs on every short block. The slot is a child with no text,
    // picture or player.
    let slot_child = |c: Ix| {
        let s = stats.get(c);
        let tag = dom.tag(c);
        is_slot_box(tag) && s.chars == 0 && s.images == 0 && (s.embeds == 0 || tag == Tag::Iframe)
    };
    if stats.get(ix).chars > AD_SLOT_LINE_MAX_CHARS * 2 || !dom.children(ix).any(slot_child) {
        return None;
    }
    let label = dom
        .children(ix)
        .find(|&c| !page.is_marked(c) && (c..dom.end(c)).any(|i| dom.has_text(i)))?;
    let text = phrases::normalize(&page.text_of(label));
    let hit = phrases::classify(&text, 0.0)?;
    // The label alone: a lead phrase with nothing after it is a label too.
    (hit.kind == Kind::Ad && matches!(hit.mode, Mode::Label | Mode::Lead))
        .then(|| ad_slot(page, scope, label, stats))
        .flatten()
        .filter(|&slot| slot == ix)
}

/// True when `ix` holds no text and no picture, the bodies of scripts and the like aside (a
/// walked live page has none; parsed HTML has them). A frame is what an ad is loaded into
/// (`<iframe title="Reklama" src="about:blank">`), not a picture: a slot may hold one.
fn holds_nothing(dom: &Dom, ix: Ix) -> bool {
    let end = dom.end(ix);
    let mut i = ix;
    while i < end {
        let tag = dom.tag(i);
        if tag == Tag::Img {
            return false;
        }
        if i != ix && tag.is_never_content() {
            i = dom.end(i);
            continue;
        }
        if dom.has_text(i) {
            return false;
        }
        i += 1;
    }
    true
}

/// The elements an ad is loaded into: a box (`<div id="ad-mr-1">`, AdSense's `<ins>`), or
/// the frame itself (`<iframe src="https://ads.…/serve?slot=inread_1">` beside the label).
fn is_slot_box(tag: Tag) -> bool {
    matches!(
        tag,
        Tag::Div | Tag::Ins | Tag::Section | Tag::Aside | Tag::Iframe
    )
}

/// How far above its label an ad slot's box is looked for: the label in a span of its
/// own, in a header row.
const AD_SLOT_MAX_LEVELS: usize = 2;

/// Share of the text beside a "Related" label that must be in links for the label's box to
/// be a list of links, whatever its markup (bare links, one per line, no list element).
const LABELLED_LINKS_MIN_DENSITY: f32 = 0.9;

/// The largest small box around a "Related" label whose text beside the label is links
/// ("Mehr zum Thema" over three story links set as bare anchors): the label announced them.
fn links_box(page: &Page<'_>, root: Ix, label: Ix, stats: &StatsTable<'_>) -> Option<Ix> {
    let dom = page.dom();
    let own = stats.get(label);
    if own.chars >= BOX_SHORT_CHARS {
        return None;
    }
    let mut best = None;
    let mut at = label;
    for _ in 0..BOX_MAX_LEVELS {
        let Some(p) = dom.parent(at) else { break };
        let s = stats.get(p);
        if p == root || s.chars > kinds::BOX_MAX_CHARS || page.holds_body(p) {
            break;
        }
        let rest = s.chars.saturating_sub(own.chars);
        let rest_links = s.link_chars.saturating_sub(own.link_chars);
        if rest == 0 || (rest_links as f32) < rest as f32 * LABELLED_LINKS_MIN_DENSITY {
            break;
        }
        best = Some(p);
        at = p;
    }
    best
}

/// Most blocks between a heading and the condemned block it leads, in a box without walls.
const HEADING_BOX_MAX_BLOCKS: usize = 3;

/// The box without walls around a condemned block (an appeal or sign-up set in the article's
/// flow, its box unwrapped): the heading before it that speaks of the same thing, the blocks
/// between them, each short or speaking of it, and the short buttons after it that speak of
/// it ("Support our journalism"). The blocks are siblings; nothing else bounds them, so
/// every one must speak of the concern, the heading too. The unit itself is not listed.
fn heading_led_box(
    page: &Page<'_>,
    unit: Ix,
    kind: Kind,
    stats: &StatsTable<'_>,
) -> Option<Vec<Ix>> {
    if !kinds::policy(kind).takes_its_box {
        return None;
    }
    let dom = page.dom();
    let speaks = |ix: Ix, short_ok: bool| -> bool {
        let s = stats.get(ix);
        if dom.tag(ix) == Tag::Text || s.blocks > 0 || s.chars == 0 {
            return false;
        }
        if short_ok && s.chars < BOX_SHORT_CHARS {
            return true;
        }
        // Without walls, only the concern's own words extend the box: a phrase of another
        // kind (a tag line after the appeal's button) is not part of it, as it may be inside
        // a box's walls (box_speaks_of).
        let normalized = phrases::normalize(&page.text_of(ix));
        phrases::has_keyword(&normalized, kind)
            || phrases::classify(&normalized, s.link_density()).is_some_and(|h| h.kind == kind)
    };
    let mut section = Vec::new();
    let mut at = unit;
    let mut heading = None;
    for _ in 0..=HEADING_BOX_MAX_BLOCKS {
        let prev = nearest_shown(page, at, Dom::prev_sibling)?;
        if dom.tag(prev).is_heading() {
            heading = Some(prev);
            break;
        }
        if !speaks(prev, true) {
            return None;
        }
        section.push(prev);
        at = prev;
    }
    let heading = heading?;
    if !speaks(heading, false) {
        return None;
    }
    section.push(heading);
    let mut at = unit;
    while let Some(next) = nearest_shown(page, at, Dom::next_sibling) {
        if dom.tag(next).is_heading()
            || stats.get(next).chars >= BOX_SHORT_CHARS
            || !speaks(next, false)
        {
            break;
        }
        section.push(next);
        at = next;
    }
    Some(section)
}

/// True when every text block of `container` other than `unit` is short, a heading, or
/// holds a keyword of `kind`.
fn box_speaks_of(
    page: &Page<'_>,
    container: Ix,
    unit: Ix,
    kind: Kind,
    stats: &StatsTable<'_>,
) -> bool {
    let dom = page.dom();
    let mut ix = container + 1;
    let end = dom.end(container);
    while ix < end {
        if page.is_marked(ix) || ix == unit {
            ix = dom.end(ix);
            continue;
        }
        let tag = dom.tag(ix);
        if tag == Tag::Text {
            if dom.parent(ix) == Some(container)
                && dom
                    .text(ix)
                    .is_some_and(|t| t.trim().chars().count() >= BOX_SHORT_CHARS as usize)
            {
                return false;
            }
            ix += 1;
            continue;
        }
        let s = &stats.get(ix);
        if s.blocks == 0 {
            if s.chars >= BOX_SHORT_CHARS && !tag.is_heading() {
                // A post's text beside its "Reply" button is the post, even when it says
                // "comment" ("the two-week comment period is over"): a comment box's own
                // lines (a prompt, the rules, a count) are shorter. (An appeal's pitch and
                // an author's bio are prose that speaks of their kind, and their box goes.)
                if kind == Kind::Comments
                    && s.chars > BOX_PITCH_MAX_CHARS
                    && s.link_density() < LABEL_MAX_LINK_DENSITY
                {
                    return false;
                }
                let normalized = phrases::normalize(&page.text_of(ix));
                if !phrases::has_keyword(&normalized, kind)
                    && phrases::classify(&normalized, s.link_density()).is_none()
                {
                    return false;
                }
            }
            ix = dom.end(ix);
            continue;
        }
        ix += 1;
    }
    true
}

/// Most text (characters) of a removed block that gives back its poster's name in a
/// thread: a poster's panel (a name, a rank, a join date, a post count), not a post.
const POSTER_PANEL_MAX_CHARS: u32 = 300;
/// Longest poster's name, in characters and in words: a name, not a sentence.
const POSTER_NAME_MAX_CHARS: usize = 40;
const POSTER_NAME_MAX_WORDS: usize = 4;

/// In a thread, who wrote each post and when stays, as reader views of forums show it: a
/// removed block inside `roots` (a poster's panel taken as link-dense, as metadata, as a
/// byline) that holds a link to a member's profile gives back that link and nothing else,
/// and one that holds the post's date ([`is_post_date`]) gives back that date, on a page
/// where a name came back; the rest (rank, join date, post count) stays removed, by the
/// rule that took it.
/// Only removals made since the page had `since` records are reconsidered: what the page
/// never shows (hidden blocks, scripts) stays out. Run on the winner only, after the
/// contest: names are no evidence for or against a candidate. True when a name came back.
pub(crate) fn keep_posters(page: &mut Page<'_>, roots: &[Ix], since: usize) -> bool {
    // A page that is a discussion by its address but whose posts are not named as
    // comments (phpBB's `post`) gets its names back too, but not from comments: there,
    // comments are comments (under a Q&A site's answers), and their authors go with them.
    // (Every thread is a discussion.)
    let thread = page.thread();
    if !page.discussion() {
        return false;
    }
    let dom = page.dom();
    let mut names: Vec<Ix> = Vec::new();
    let mut spare: Vec<Ix> = Vec::new();
    let mut last_poster: Option<Ix> = None;
    for &root in roots {
        let end = dom.end(root);
        let mut ix = root;
        while ix < end {
            let tag = dom.tag(ix);
            if tag != Tag::A && tag != Tag::Time {
                ix += 1;
                continue;
            }
            // The removals hiding the link, nearest first; a link on show needs nothing.
            let hiding: Vec<Ix> = std::iter::once(ix)
                .chain(dom.ancestors(ix).take_while(|&a| a > root))
                .filter(|&a| page.is_marked(a))
                .collect();
            let givable = hiding.last().is_some_and(|&outer| {
                dom.text_len_within(outer, POSTER_PANEL_MAX_CHARS)
                    && hiding.iter().all(|&a| {
                        page.removal_position(a).is_some_and(|at| {
                            at >= since
                                && !matches!(
                                    page.records()[at].kind,
                                    Kind::Hidden | Kind::Ad | Kind::Cookie
                                )
                                && (thread || page.records()[at].kind != Kind::Comments)
                        })
                    })
            });
            let poster = givable && tag == Tag::A && is_poster_link(dom, ix);
            // A post's date, in a `<time>`. (Dates in links to the post, phpBB's, were
            // measured too: wcxb-dev tune +0.11, check -0.04.)
            let date = givable && tag == Tag::Time && is_post_date(dom, ix);
            // One name per panel (a panel links its avatar, its name and its counts to the
            // profile), and one per post where a page repeats the panel for phones.
            let repeated = || {
                last_poster.is_some_and(|last| {
                    hiding
                        .last()
                        .is_some_and(|&outer| dom.contains(outer, last))
                        || dom.text_of(last).trim() == dom.text_of(ix).trim()
                })
            };
            if date || (poster && !repeated()) {
                names.push(ix);
                spare.extend(hiding);
                if poster {
                    last_poster = Some(ix);
                }
                ix = dom.end(ix);
            } else {
                // A link to the post may hold its date (XenForo's).
                ix += 1;
            }
        }
    }
    // Dates come back beside names only: alone, they are no thread's.
    if last_poster.is_none() {
        return false;
    }
    spare.sort_unstable();
    spare.dedup();
    // A node is on the way down to a name when a name lies inside it (names are in
    // document order). Each removal taken back is walked by itself; one nested in another
    // is left to its own walk, so that its parts keep their own rule.
    let holds_name = |at: Ix| {
        names
            .get(names.partition_point(|&n| n <= at))
            .is_some_and(|&n| n < dom.end(at))
    };
    for r in page.spare(since, &spare) {
        let end = dom.end(r.ix);
        let mut at = r.ix;
        while at < end {
            if names.binary_search(&at).is_ok() || (at != r.ix && spare.binary_search(&at).is_ok())
            {
                at = dom.end(at);
            } else if holds_name(at) {
                at += 1;
            } else {
                page.remove(at, r.kind, r.rule.clone(), r.report);
                at = dom.end(at);
            }
        }
    }
    true
}

/// True for a `<time>` element that dates a post: a date and time alone, neither after a
/// field's label ("Joined: <time>Feb 2019</time>" dates the poster, not the post) nor an
/// item of a list or a description (the fields of a poster's panel, a join date among
/// them, labelled or not) unless it links (to the post: XenForo lists a post's date and
/// its number as the items of a line).
fn is_post_date(dom: &Dom, time: Ix) -> bool {
    let labelled = dom
        .prev_sibling(time)
        .and_then(|before| dom.text(before))
        .is_some_and(|t| t.trim_end().ends_with(':'));
    // Up to the nearest block: a link on the way, then what the block is.
    let mut linked = false;
    let mut field = false;
    for a in dom.ancestors(time) {
        let tag = dom.tag(a);
        if tag.is_block() {
            field = !linked && matches!(tag, Tag::Li | Tag::Dd);
            break;
        }
        linked |= tag == Tag::A;
    }
    !labelled && !field && phrases::is_date_line(&phrases::normalize(&dom.text_of(time)))
}

/// True for a link to a member's profile whose text is a name.
fn is_poster_link(dom: &Dom, a: Ix) -> bool {
    if !dom.attr(a, "href").is_some_and(pages::url_is_profile) {
        return false;
    }
    let text = dom.text_of(a);
    let name = text.trim();
    // A name has letters, more than an avatar's initial, and is no count ("2.8k posts",
    // "14 Badges") and no label ("Reply").
    (2..=POSTER_NAME_MAX_CHARS).contains(&name.chars().count())
        && name.split_whitespace().count() <= POSTER_NAME_MAX_WORDS
        && name.chars().any(char::is_alphabetic)
        && !name.starts_with(|c: char| c.is_ascii_digit())
        && phrases::classify(&phrases::normalize(name), 1.0).is_none()
}

/// Pass 3: byline and date lines inside the body.
fn metadata_lines(page: &mut Page<'_>, scope: Scope, stats: &StatsTable<'_>, authors: &[String]) {
    let authors: Vec<String> = authors
        .iter()
        .map(|a| phrases::author_name(&phrases::normalize(a)).to_string())
        .filter(|a| a.chars().count() >= 4)
        .collect();
    top_down(page, scope, |page, ix| {
        let s = &stats.get(ix);
        // Past a byline's length only a bio is looked for, which needs an author's name.
        let limit = if authors.is_empty() {
            BYLINE_LINE_MAX_CHARS as u32
        } else {
            BIO_MAX_CHARS
        };
        if s.chars == 0 || s.chars > limit || !is_unit(page, ix, stats) {
            return false;
        }
        let normalized = phrases::normalize(&page.text_of(ix));
        if s.chars as usize > BYLINE_LINE_MAX_CHARS {
            return remove_bio(page, scope.root, ix, &normalized, &authors, stats);
        }
        // Quoted posts (embedded tweets) end with their own date: that is quoted text.
        let quoted = page
            .dom()
            .ancestors(ix)
            .take(QUOTE_LEVELS)
            .any(|a| page.dom().tag(a) == Tag::Blockquote);
        if !quoted && phrases::is_date_line(&normalized) {
            return page.remove(ix, Kind::Metadata, "date line", true);
        }
        if pages::is_file_caption(&normalized) {
            return page.remove(ix, Kind::Metadata, "an attached file's name and size", true);
        }
        // "About Jane Doe" over the byline's author: an author box.
        if page.dom().tag(ix).is_heading()
            && authors.iter().any(|a| phrases::is_about(&normalized, a))
        {
            let rule = "heading 'about' the author";
            if remove_section(page, scope.root, ix, Kind::AuthorBox, rule, stats) {
                return true;
            }
        }
        for author in &authors {
            if let Some(at) = normalized.find(author.as_str()) {
                // The line is mostly the name ("By Jane Doe", "Jane Doe, Reuters | 3 min").
                let rest = normalized.chars().count() - author.chars().count();
                if at <= 12 && rest <= 60 {
                    if let Some(card) = bio_under_name(page, scope.root, ix, rest, stats) {
                        let rule = "a bio of the byline's author, under the name";
                        return page.remove(card, Kind::AuthorBox, rule, true);
                    }
                    return page.remove(ix, Kind::Metadata, "byline line", true);
                }
            }
        }
        remove_bio(page, scope.root, ix, &normalized, &authors, stats);
        true
    });
}

/// Removes the box of `ix` (with its heading, such as "About the author") when `ix` is a
/// bio of the byline's author: a paragraph that opens with the name, in a box of its own,
/// closing the article. Names, unlike the tables' phrases, are the same in every language.
fn remove_bio(
    page: &mut Page<'_>,
    root: Ix,
    ix: Ix,
    normalized: &str,
    authors: &[String],
    stats: &StatsTable<'_>,
) -> bool {
    if page.dom().tag(ix).is_heading()
        || !authors.iter().any(|a| opens_with_name(normalized, a))
        || !ends_the_story(page, root, ix, stats)
    {
        return false;
    }
    // Set apart in a box of its own (with a heading, a photo, links): a paragraph among the
    // story's that opens with the author's name is the story's (on a company's blog the
    // author is often the company).
    let Some(target) = enclosing_box(page, Scope::inside(root), ix, Kind::AuthorBox, stats) else {
        return false;
    };
    page.remove(
        target,
        Kind::AuthorBox,
        "a bio of the byline's author",
        true,
    )
}

/// Most characters beside the author's name on a line that is the name alone (the title of
/// an author's card): "Jane Doe", "Jane Doe ›".
const NAME_LINE_MAX_OTHER_CHARS: usize = 3;

/// The author's card when `name`, a line holding the byline's name alone, is its title: the
/// next block beside it is a paragraph no longer than a bio ("Ylä-Savon Viestin toimittaja,
/// joka seuraa…") that closes the story, and they share a box of their own (see
/// [`remove_bio`], which finds a bio that opens with the name).
fn bio_under_name(
    page: &Page<'_>,
    root: Ix,
    name: Ix,
    other_chars: usize,
    stats: &StatsTable<'_>,
) -> Option<Ix> {
    if other_chars > NAME_LINE_MAX_OTHER_CHARS {
        return None;
    }
    let next = nearest_shown(page, name, Dom::next_sibling)?;
    let s = stats.get(next);
    if s.chars as usize <= BYLINE_LINE_MAX_CHARS / 2
        || s.chars > BIO_MAX_CHARS
        || !is_unit(page, next, stats)
        || !ends_the_story(page, root, next, stats)
    {
        return None;
    }
    enclosing_box(page, Scope::inside(root), next, Kind::AuthorBox, stats)
        .filter(|&card| page.dom().contains(card, name))
}

/// Whether `normalized` opens with the author's name, followed by more words.
fn opens_with_name(normalized: &str, author: &str) -> bool {
    normalized
        .strip_prefix(author)
        .is_some_and(|rest| rest.starts_with(' '))
}

/// Whether no paragraph longer than [`BIO_FOLLOWING_MAX_CHARS`] follows `ix` in `root`: the
/// story is over (unlike [`closes_the_article`], which weighs the siblings after a block).
fn ends_the_story(page: &Page<'_>, root: Ix, ix: Ix, stats: &StatsTable<'_>) -> bool {
    let dom = page.dom();
    let mut at = dom.end(ix);
    let end = dom.end(root);
    while at < end {
        if page.is_marked(at) {
            at = dom.end(at);
            continue;
        }
        if dom.tag(at) == Tag::P && stats.get(at).chars > BIO_FOLLOWING_MAX_CHARS {
            return false;
        }
        at += 1;
    }
    true
}

/// Labels what the article area holds besides the article (the title block, controls,
/// share bars, tag lists, author boxes around the body): by the same rules as inside the
/// body, and whatever they do not name as "outside the article body". The labels only serve
/// [`Article::removed`](crate::Article::removed); none of it is in the output anyway.
pub(crate) fn label_outside(page: &mut Page<'_>, area: Ix, ctx: &Context<'_>) {
    let dom = page.dom();
    let roots = ctx.roots;
    // Furniture set aside wholesale before scoring ("element <footer>", "class/id says page
    // furniture") is looked at again piece by piece, for a more precise account.
    page.reopen(|r| {
        r.report
            && r.kind == Kind::Clutter
            && dom.contains(area, r.ix)
            && r.ix != area
            && !roots
                .iter()
                .any(|&root| dom.contains(root, r.ix) || dom.contains(r.ix, root))
    });
    let mut pieces = Vec::new();
    let end = dom.end(area);
    let mut ix = area + 1;
    while ix < end {
        // Removed already, or part of the article itself.
        if page.is_marked(ix) || roots.iter().any(|&r| dom.contains(r, ix)) {
            ix = dom.end(ix);
            continue;
        }
        if roots.iter().any(|&r| dom.contains(ix, r)) {
            ix += 1;
            continue;
        }
        pieces.push(ix);
        ix = dom.end(ix);
    }
    let stats = page.stats(area);
    for piece in pieces {
        if stats.get(piece).chars == 0 {
            continue;
        }
        let scope = Scope {
            root: piece,
            include_root: true,
            beside: false,
        };
        named(page, scope, &stats, true, None, false);
        phrases_pass(page, scope, &stats, ctx, false);
        metadata_lines(page, scope, &stats, &ctx.authors);
        // What no rule named: every remaining block with text.
        top_down(page, scope, |page, ix| {
            let s = &stats.get(ix);
            if s.chars == 0 {
                return true;
            }
            if ix == piece && s.blocks == 0 || ix != piece && is_unit(page, ix, &stats) {
                let tag = page.dom().tag(ix);
                if tag.is_heading()
                    && ctx.title.as_deref().is_some_and(|t| {
                        text::similarity(t, &page.text_of(ix)) > text::TITLE_SIMILARITY
                    })
                {
                    return page.remove(ix, Kind::Title, "heading repeats the title", true);
                }
                let kind = classes::kind_of(page.hints(ix)).unwrap_or(Kind::Clutter);
                return page.remove(ix, kind, "outside the article body", true);
            }
            false
        });
    }
}

/// Readability's data tables under a root, and the nodes inside one or inside code: class
/// names there describe data. Read once per root, in one pass: a table's test reads its
/// markup only, so removals do not change it and every pass over the root can share it.
struct DataTables {
    tables: Bits,
    inside: Bits,
}

impl DataTables {
    fn of(page: &Page<'_>, root: Ix) -> DataTables {
        let dom = page.dom();
        let mut tables = Bits::new(dom.len());
        let mut inside = Bits::new(dom.len());
        for ix in page.walk(root) {
            if dom.tag(ix) == Tag::Table && is_data_table(page, ix) {
                tables.set(ix);
            }
            if let Some(p) = dom.parent(ix) {
                if inside.get(p)
                    || (dom.tag(p) == Tag::Table && tables.get(p))
                    || matches!(dom.tag(p), Tag::Code | Tag::Pre)
                {
                    inside.set(ix);
                }
            }
        }
        DataTables { tables, inside }
    }
}

/// Readability's data-table test: tables with headers, captions or enough cells hold data,
/// not layout.
pub(crate) fn is_data_table(page: &Page<'_>, table: Ix) -> bool {
    let dom = page.dom();
    if dom.attr(table, "role").is_some_and(|r| r == "presentation") {
        return false;
    }
    if dom.attr(table, "datatable").is_some_and(|d| d == "0") {
        return false;
    }
    // A summary describes the table to those who cannot see it, in words; one token of
    // letters and digits is an identifier (Discuz sets `summary="pid9301744"` on each post's
    // layout table).
    if dom
        .attr(table, "summary")
        .is_some_and(|s| !is_identifier(s))
    {
        return true;
    }
    let end = dom.end(table);
    let mut rows = 0u32;
    let mut cols = 0u32;
    let mut ix = table + 1;
    while ix < end {
        let tag = dom.tag(ix);
        match tag {
            Tag::Table => return false,
            Tag::Caption if dom.end(ix) > ix + 1 => return true,
            Tag::Thead | Tag::Tfoot | Tag::Th => return true,
            Tag::Other => {
                if matches!(dom.name(ix), Some("col" | "colgroup")) {
                    return true;
                }
            }
            Tag::Tr => {
                rows += 1;
                let cells: u32 = dom
                    .children(ix)
                    .filter(|&c| matches!(dom.tag(c), Tag::Td | Tag::Th))
                    .map(|c| {
                        dom.attr(c, "colspan")
                            .and_then(|v| v.trim().parse().ok())
                            .unwrap_or(1u32)
                            .clamp(1, 1000)
                    })
                    .sum();
                cols = cols.max(cells);
            }
            _ => {}
        }
        ix += 1;
    }
    rows >= 10 || cols > 4 || rows * cols > 10
}

/// One token of ASCII letters, digits, `-` and `_`, holding both letters and digits
/// ("pid9301744", "post_12"): an identifier, not words.
fn is_identifier(s: &str) -> bool {
    let s = s.trim();
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        && s.bytes().any(|b| b.is_ascii_digit())
        && s.bytes().any(|b| b.is_ascii_alphabetic())
}

/// Ad and loading labels that condemn a block that says nothing else (Readability's lists).
const AD_WORDS: &[&str] = &[
    "ad",
    "advertising",
    "advertisement",
    "pub",
    "publicité",
    "werb",
    "werbung",
    "广告",
    "реклама",
    "anuncio",
];
const LOADING_WORDS: &[&str] = &["loading", "正在加载", "загрузка", "chargement", "cargando"];

/// Pass 4: Readability's conditional cleaning, bottom up, in one backward pass that
/// recomputes the figures of each block from its kept children.
fn clean_conditionally(page: &mut Page<'_>, root: Ix, ctx: &Context<'_>, data: &DataTables) {
    let dom = page.dom();
    let mut stats = StatsTable::layout(dom, root, Count::Cleaning, page.walk(root));
    let (protected_inside, data_table) = (&data.inside, &data.tables);
    let mut holds_data_table = Bits::new(dom.len());
    // Sums are rebuilt from the kept children as removals happen.
    for ix in (root..dom.end(root)).rev() {
        if !stats.needs_visit(ix) {
            continue;
        }
        let tag = dom.tag(ix);
        let s = stats.own(ix);
        stats.store(ix, s);
        if ix != root
            && tag != Tag::Text
            && is_cleaned_tag(tag)
            && !protected_inside.get(ix)
            && !holds_data_table.get(ix)
            && !(tag == Tag::Table && data_table.get(ix))
        {
            if ctx.stripping == Stripping::All && is_link_list(page, ix, tag, &stats) {
                let kind = classes::kind_of(page.hints(ix)).unwrap_or(Kind::Related);
                if page.remove(ix, kind, "list of links to other pages", true) {
                    continue;
                }
            }
            if let Some(reason) = should_remove(page, root, ix, tag, &s, ctx) {
                let hints = page.hints(ix);
                let kind = classes::kind_of(hints).unwrap_or(Kind::Clutter);
                if page.remove(ix, kind, reason, true) {
                    continue;
                }
            }
        }
        if ix != root {
            if let Some(p) = dom.parent(ix) {
                if holds_data_table.get(ix) || (tag == Tag::Table && data_table.get(ix)) {
                    holds_data_table.set(p);
                }
            }
            stats.add_to_parent(ix, &s);
        }
    }
}

/// How far the precision/recall preference moves Readability's link-density thresholds: a
/// tenth of the text in links either way.
fn favor_link_density(favor: Favor) -> f32 {
    match favor {
        Favor::Balanced => 0.0,
        Favor::Precision => -0.1,
        Favor::Recall => 0.1,
    }
}

/// A share as a whole percentage (integer formatting only: float formatting would cost the
/// WebAssembly build a float printer).
fn percent(share: f32) -> u32 {
    (share * 100.0).round() as u32
}

/// Share of a list item's text inside links for the item to count as "just a link".
const LINK_ITEM_DENSITY: f32 = 0.8;

/// A list whose every item is a link to another page ("More stories", "Most read"). Lists of
/// in-page anchors (tables of contents) do not count: their links weigh less.
fn is_link_list(page: &Page<'_>, ix: Ix, tag: Tag, stats: &StatsTable<'_>) -> bool {
    if !matches!(tag, Tag::Ul | Tag::Ol) {
        return false;
    }
    let dom = page.dom();
    let mut items = 0;
    for c in dom.children(ix) {
        if page.is_marked(c) || dom.tag(c) != Tag::Li {
            continue;
        }
        let s = &stats.get(c);
        if s.chars == 0 {
            continue;
        }
        if s.link_density() < LINK_ITEM_DENSITY {
            return false;
        }
        items += 1;
    }
    // A list of files to download is the page's attachments, whatever its density; a list
    // the text announces ("Official sources for the day:") is the writer's.
    items >= 2 && !links_to_documents(page, ix) && !announced(page, ix)
}

/// Characters of link text under `ix` in lists the text announces ([`announced`]).
fn announced_link_chars(page: &Page<'_>, ix: Ix) -> u32 {
    let dom = page.dom();
    let (mut total, mut i, end) = (0, ix + 1, dom.end(ix));
    while i < end {
        if page.is_marked(i) {
            i = dom.end(i);
            continue;
        }
        if matches!(dom.tag(i), Tag::Ul | Tag::Ol) && announced(page, i) {
            total += (i..dom.end(i))
                .filter(|&a| dom.tag(a) == Tag::A)
                .map(|a| page.text_of(a).chars().count() as u32)
                .sum::<u32>();
            i = dom.end(i);
            continue;
        }
        i += 1;
    }
    total
}

/// Fewest words of a line announcing a list: a short label ("Read also:") is no sentence.
const ANNOUNCING_MIN_WORDS: usize = 4;

/// True when the paragraph or line just before `ix` announces it: a line of the text ending
/// in a colon that no phrase table reads as boilerplate.
fn announced(page: &Page<'_>, ix: Ix) -> bool {
    let dom = page.dom();
    let mut prev = dom.prev_sibling(ix);
    while let Some(p) = prev {
        let tag = dom.tag(p);
        if page.is_marked(p) || tag == Tag::Br || (tag == Tag::Text && !dom.has_text(p)) {
            prev = dom.prev_sibling(p);
            continue;
        }
        // A paragraph, or a line of text before a break (a forum post's markup).
        if !matches!(tag, Tag::P | Tag::Text) {
            return false;
        }
        let text = page.text_of(p);
        let text = text.trim_end();
        return text.ends_with([':', '：'])
            && text::word_count(text) >= ANNOUNCING_MIN_WORDS
            && phrases::classify(&phrases::normalize(text), 0.0).is_none();
    }
    false
}

/// True when a link under `ix` points to a file to download ([`pages::url_is_document`]).
fn links_to_documents(page: &Page<'_>, ix: Ix) -> bool {
    let dom = page.dom();
    page.walk(ix)
        .any(|d| dom.tag(d) == Tag::A && dom.attr(d, "href").is_some_and(pages::url_is_document))
}

fn is_cleaned_tag(tag: Tag) -> bool {
    matches!(
        tag,
        Tag::Form | Tag::Fieldset | Tag::Table | Tag::Ul | Tag::Div | Tag::Aside | Tag::Footer
    )
}

/// Fewest characters of a block holding an element named like an article body for that
/// name to shelter it from its own name: a signature or a bio is a line or two; the
/// shortest brief runs to a few sentences.
const SHELTERED_BODY_MIN_CHARS: u32 = 200;

/// In a thread, a block holding this much prose (characters) is a post's text, whatever
/// share of it its links take: a poster's sentences around the links they recommend. A
/// signature is a line or two.
const POST_MIN_PROSE: u32 = 120;

/// In a thread, a line of a post that tells the reader to sign up or to give, at a post's
/// length and without a link, is a poster's advice ("Piccolo consiglio pratico: iscriviti
/// alla newsletter della Granfondo, perché a fine giugno mandano le date delle chiusure…"):
/// the forum's own prompts sit in boxes beside the posts, short and with their buttons.
fn posters_advice(thread: bool, hit: PhraseHit, chars: u32, link_chars: u32) -> bool {
    thread
        && hit.mode == Mode::Anywhere
        && matches!(hit.kind, Kind::Newsletter | Kind::Appeal)
        && chars >= POST_MIN_PROSE
        && link_chars == 0
}

/// Readability's checks, with the reason that fired.
fn should_remove(
    page: &Page<'_>,
    root: Ix,
    ix: Ix,
    tag: Tag,
    s: &Stats,
    ctx: &Context<'_>,
) -> Option<Cow<'static, str>> {
    // Asides and footers inside the article are always asides and footers, except a box of
    // the article's own content (its key points, a fact box, a pull quote).
    if matches!(tag, Tag::Aside | Tag::Footer) && page.hints(ix) & classes::OWN_BOX == 0 {
        return Some(
            if tag == Tag::Aside {
                "element <aside>"
            } else {
                "element <footer>"
            }
            .into(),
        );
    }
    // Pure inline divs are paragraphs: judged by the phrase pass, not here.
    if tag == Tag::Div && s.blocks == 0 {
        return None;
    }
    let weight = if ctx.flags.weight_classes {
        class_weight(page, ix)
    } else {
        0.0
    };
    // A disclosure panel's state ("accordion-panel-hidden", "collapsed") is no verdict on
    // what it holds: one holding prose the page shows nowhere else is content, as it is
    // when hidden (content::remove_never_content).
    if weight < 0.0
        && !page.takes_most_prose(ix, root)
        && !(content::is_panel(page, ix) && page.prose().unrepeated_of(ix) > 0)
    {
        return Some("negative class weight".into());
    }
    if s.commas >= PROSE_COMMAS {
        return None;
    }
    let is_list = matches!(tag, Tag::Ul | Tag::Ol)
        || (s.chars > 0 && s.list_chars as f32 / s.chars as f32 > 0.9);
    let p = s.paragraphs as i64;
    let img = s.images as i64;
    let li = s.list_items as i64 - 100;
    let input = s.inputs as i64;
    let heading_density = if s.chars == 0 {
        0.0
    } else {
        s.heading_chars as f32 / s.chars as f32
    };
    let modifier = ctx.link_density_modifier + favor_link_density(ctx.favor);
    let mut link_density = s.link_density();
    // Links in a list the text announces are the writer's ("Some reading that helped me:"
    // over three links in a forum post): they say nothing about the block holding them.
    // Looked for only when the links would condemn the block.
    if !is_list && link_density > 0.2 + modifier {
        let own = s.link_chars.saturating_sub(announced_link_chars(page, ix));
        link_density = own as f32 / s.chars.max(1) as f32;
    }
    let text_density = if s.chars == 0 {
        0.0
    } else {
        s.textish_chars as f32 / s.chars as f32
    };
    let in_figure = page
        .dom()
        .ancestors(ix)
        .take(8)
        .any(|a| page.dom().tag(a) == Tag::Figure);

    if s.chars < 30 {
        let t = page.text_of(ix).to_lowercase();
        let t = t.trim().trim_end_matches('…').trim_end_matches("...");
        if AD_WORDS.contains(&t) {
            return Some("advertisement label".into());
        }
        if LOADING_WORDS.contains(&t) {
            return Some("loading placeholder".into());
        }
    }
    // Readability also removes a block with more images than paragraphs (outside figures);
    // on pages nobody tuned for that is a gallery, a product's pictures or a card with its
    // caption as often as furniture, and furniture with images is caught by its links and
    // names: measured without it, wcxb-dev gains on both halves.
    let reason: Option<String> = if !is_list && li > p {
        Some(format!(
            "list items outside a list (li={}, p={p})",
            li + 100
        ))
    } else if input > p / 3 {
        Some(format!("form-like (inputs={input}, p={p})"))
    } else if !is_list
        && !in_figure
        && heading_density < 0.9
        && s.chars < 25
        && (img == 0 || img > 2)
        && link_density > 0.0
    {
        Some("short and linked".into())
    } else if !is_list
        && weight < 25.0
        && link_density > 0.2 + modifier
        && !(page.thread() && page.prose().of(ix) >= POST_MIN_PROSE)
    {
        Some(format!(
            "link-dense block ({}% of its text in links)",
            percent(link_density)
        ))
    } else if weight >= 25.0 && link_density > 0.5 + modifier {
        Some(format!(
            "mostly links ({}% of its text in links)",
            percent(link_density)
        ))
    } else if (s.embeds == 1 && s.chars < 75) || s.embeds > 1 {
        Some("embed with little text".into())
    } else if img == 0 && text_density == 0.0 {
        Some("no useful content".into())
    } else {
        None
    };
    let reason = reason?;
    if is_list {
        // Simple lists of images stay.
        let dom = page.dom();
        let items: Vec<Ix> = dom
            .children(ix)
            .filter(|&c| dom.tag(c) != Tag::Text && !page.is_marked(c))
            .collect();
        let complex = items
            .iter()
            .any(|&c| dom.children(c).filter(|&g| dom.tag(g) != Tag::Text).count() > 1);
        if !complex && s.list_items > 0 && img == s.list_items as i64 {
            return None;
        }
    }
    Some(reason.into())
}

#[cfg(test)]
mod tests {
    use super::is_numbered;
    use crate::article::Kind;

    /// Asserts that the article's removed list has an entry for which `what` holds.
    fn assert_removed(a: &crate::Article, what: impl Fn(&crate::Removal) -> bool) {
        assert!(a.removed.iter().any(what), "{:?}", a.removed);
    }

    /// A paragraph of the story and its closing line, around the boxes under test.
    const RENT: &str = "<p>Die Händler zahlen im ersten Jahr keine Miete, danach die Hälfte \
                        des üblichen Satzes, wie der Stadtrat festlegte.</p>";
    const HOURS: &str = "<p>Geöffnet wird werktags ab sieben Uhr, samstags bis vier Uhr.</p>";
    /// An appeal in German, its words inflected (Lokaljournalismus, Leserinnen, Unterstützen).
    const APPEAL: &str = "<p>Unabhängiger Lokaljournalismus steht unter Druck, weil die \
                          Werbeeinnahmen sinken und Redaktionen schrumpfen.</p>\
                          <p>Damit wir weiter berichten können, sind wir auf Leserinnen und \
                          Leser wie Sie angewiesen. Unterstützen Sie uns schon ab zwei Euro im \
                          Monat.</p>";

    /// A blog post by Simon Roe ("von Simon Roe" in its byline) with a box at its end.
    fn post_with(tail: &str) -> crate::Article {
        let para = "Der Stadtrat hat am Dienstagabend beschlossen, die alte Markthalle wieder \
                    zu öffnen, die seit dem Hochwasser im Frühjahr leer steht, für Händler ab \
                    dem kommenden Monat, wie die Verwaltung mitteilte.";
        let html = format!(
            "<html><head><meta name=\"author\" content=\"von Simon Roe\"></head><body><article>\
             <h1>Markthalle öffnet wieder</h1><p>{para}</p><p>{para}</p><p>{para}</p>{tail}\
             </article></body></html>"
        );
        crate::extract(&html, &crate::Options::default()).expect("extracts")
    }

    #[test]
    fn about_the_author_by_name_heads_an_author_box() {
        let bio = "Leiter der Lokalredaktion und seit 2004 im Haus, schreibt über Stadtpolitik.";
        let a = post_with(&format!("<h3>Über Simon Roe</h3><p>{bio}</p>"));
        assert!(!a.text.contains("Leiter der Lokalredaktion"), "{}", a.text);
        assert_removed(&a, |r| {
            r.kind == Kind::AuthorBox && r.text.contains("Über Simon Roe")
        });
        // "About" someone else is a section of the article.
        let a = post_with(&format!("<h3>Über Anna Berg</h3><p>{bio}</p>"));
        assert!(a.text.contains("Leiter der Lokalredaktion"), "{}", a.text);
    }

    #[test]
    fn an_excerpt_closed_by_read_more_goes_unless_the_page_is_made_of_them() {
        let excerpt = "Die Stadtwerke erhöhen zum Jahreswechsel die Preise für Fernwärme,                        wie der Vorstand am Montag ankündigte…";
        let a = post_with(&format!(
            "<p>{excerpt} <a href=\"/stadtwerke-preise\">Weiterlesen</a></p>"
        ));
        assert!(!a.text.contains("Stadtwerke erhöhen"), "{}", a.text);
        assert_removed(&a, |r| {
            r.kind == Kind::Related && r.rule.contains("read-more") && r.text.contains("Stadtwerke")
        });
        // A link to a place in the page, or one that is not the block's end, is not a teaser.
        let a = post_with(&format!(
            "<p>{excerpt} <a href=\"#mehr\">Weiterlesen</a></p>"
        ));
        assert!(a.text.contains("Stadtwerke erhöhen"), "{}", a.text);
        let a = post_with(&format!(
            "<p>{excerpt} <a href=\"/preise\">Weiterlesen</a> bei den Stadtwerken.</p>"
        ));
        assert!(a.text.contains("Stadtwerke erhöhen"), "{}", a.text);
        // A page of such excerpts is a list of stories: they are its content.
        let list: String = (0..6)
            .map(|i| format!("<p>{excerpt} Folge {i}. <a href=\"/folge-{i}\">Weiterlesen</a></p>"))
            .collect();
        let a = post_with(&list);
        assert!(a.text.contains("Folge 5"), "{}", a.text);
    }

    #[test]
    fn a_heading_left_last_with_nothing_after_it_goes() {
        let a = post_with("<h2>Mehr Nachrichten</h2><ul class=\"teaser-loader\"></ul>");
        assert!(!a.text.contains("Mehr Nachrichten"), "{}", a.text);
        assert_removed(&a, |r| {
            r.rule == "heading or announcing line with nothing after it"
                && r.text == "Mehr Nachrichten"
        });
        // So does a short line announcing a list that is not there.
        let a =
            post_with("<p><strong>Die Fotos vom Markt:</strong></p><div class=\"gallery\"></div>");
        assert!(!a.text.contains("Die Fotos vom Markt"), "{}", a.text);
        // A sentence introducing an embed stays, as the embed may be shown elsewhere.
        let a = post_with("<p>So sah der Umzug der Händler am Samstag aus:</p>");
        assert!(a.text.contains("So sah der Umzug"), "{}", a.text);
        // Over a picture, or followed by text, a heading stays; so does a closing sentence
        // set as a heading.
        let a = post_with("<h2>Das Rathaus</h2><img src=\"/rathaus.jpg\" alt=\"\">");
        assert!(a.text.contains("Das Rathaus"), "{}", a.text);
        let a = post_with("<h2>Wie es weitergeht</h2><p>Der Markt öffnet im Mai.</p>");
        assert!(a.text.contains("Wie es weitergeht"), "{}", a.text);
        let closing = "Alle Stände und viele weitere findet ihr auf dem Wochenmarkt am \
                       Rathausplatz, jeden Samstag ab acht Uhr morgens!";
        let a = post_with(&format!("<h3>{closing}</h3>"));
        assert!(a.text.contains("Alle Stände"), "{}", a.text);
    }

    #[test]
    fn links_under_a_related_label_go_however_many() {
        let links: String = [
            "Neue Buslinie zum Bahnhof ab Juni",
            "Der Wochenmarkt zieht um",
            "Stadtfest lockt tausende Besucher",
            "Hallenbad schließt für Sanierung",
            "Bürgermeisterwahl im Herbst",
        ]
        .iter()
        .enumerate()
        .map(|(i, t)| format!("<p><a href=\"/story-{i}\">{t}</a></p>"))
        .collect();
        let a = post_with(&format!("<p>Lesen Sie auch:</p>{links}"));
        assert!(!a.text.contains("Wochenmarkt zieht"), "{}", a.text);
        assert_removed(&a, |r| {
            r.rule == "a link to another story, under a related label"
                && r.text == "Bürgermeisterwahl im Herbst"
        });
        // Without the label, five of them are a large share of this short post: they stay.
        let a = post_with(&links);
        assert!(a.text.contains("Wochenmarkt zieht"), "{}", a.text);
        // The label announces the links right after it, not links after other text.
        let a = post_with(&format!(
            "<p>Lesen Sie auch:</p><p>Die Verwaltung prüft weitere Standorte für den \
             Markt, sagte ein Sprecher der Stadt am Mittwoch.</p>{links}"
        ));
        assert!(a.text.contains("Wochenmarkt zieht"), "{}", a.text);
    }

    #[test]
    fn code_or_a_quote_closing_the_article_is_no_edge_label() {
        let a = post_with("<pre><code>temp = 250\nsteam = true</code></pre>");
        assert!(a.text.contains("steam = true"), "{}", a.text);
        let a = post_with("<p>Install it with <code>make install</code></p>");
        assert!(a.text.contains("make install"), "{}", a.text);
        let a = post_with("<blockquote>Bleibt alle gesund</blockquote>");
        assert!(a.text.contains("Bleibt alle gesund"), "{}", a.text);
        // A short line closing the article is still a label.
        let a = post_with("<div>Mehr zum Thema</div>");
        assert!(!a.text.contains("Mehr zum Thema"), "{}", a.text);
    }

    #[test]
    fn a_short_last_line_under_a_heading_or_a_bold_question_is_its_text() {
        let a = post_with("<h2>Fazit</h2><p>Das Warten lohnt sich</p>");
        assert!(
            a.text.contains("Fazit\n\nDas Warten lohnt sich"),
            "{}",
            a.text
        );
        let a = post_with("<p><strong>Und jetzt?</strong></p><p>Mehr Brot</p>");
        assert!(a.text.contains("Mehr Brot"), "{}", a.text);
        // After a paragraph, the same line is a label.
        let a = post_with("<p>Mehr Brot</p>");
        assert!(!a.text.contains("Mehr Brot"), "{}", a.text);
    }

    #[test]
    fn an_email_sign_up_form_takes_its_prompt_in_any_language() {
        // No name says "newsletter", no phrase table knows Swedish: the form tells.
        let a = post_with(
            "<div><p>Få dagens viktigaste nyheter i din inkorg varje morgon</p><form>\
             <input type=\"email\" placeholder=\"din@adress.se\"><button>OK</button></form>\
             </div><p>Die Händler zahlen im ersten Jahr keine Miete, danach die Hälfte.</p>",
        );
        assert!(!a.text.contains("inkorg"), "{}", a.text);
        assert!(a.text.contains("keine Miete"), "{}", a.text);
        assert_removed(&a, |r| r.rule == "an e-mail sign-up form with its prompt");
        // A form asking for no address (a search box) leaves the text around it.
        let a = post_with(
            "<div><p>Suche im Archiv der Stadt</p><form><input type=\"search\"></form></div>\
             <p>Die Händler zahlen im ersten Jahr keine Miete, danach die Hälfte.</p>",
        );
        assert!(a.text.contains("Suche im Archiv"), "{}", a.text);
    }

    #[test]
    fn related_links_set_mid_story_take_no_paragraph_after_them() {
        let a = post_with(
            "<h3>Mehr zum Thema</h3><ul><li><a href=\"/a\">Hochwasser: Stadt wartet auf \
             Hilfe</a></li><li><a href=\"/b\">Rat beschließt den Haushalt</a></li></ul>\
             <p>Die Händler zahlen im ersten Jahr keine Miete, danach die Hälfte.</p>\
             <p>Geöffnet wird werktags ab sieben Uhr, samstags bis vier Uhr.</p>",
        );
        assert!(!a.text.contains("Rat beschließt"), "{}", a.text);
        assert!(a.text.contains("keine Miete"), "{}", a.text);
        assert!(a.text.contains("samstags bis vier Uhr"), "{}", a.text);
    }

    #[test]
    fn a_one_item_list_of_a_link_between_paragraphs_is_a_teaser() {
        let a = post_with(&format!(
            "<ul><li><a href=\"/hochwasser\">Alles zum Hochwasser in der Stadt \
             (frei lesbar)</a></li></ul>{RENT}"
        ));
        assert!(!a.text.contains("Alles zum Hochwasser"), "{}", a.text);
        assert_removed(&a, |r| r.text.contains("Alles zum Hochwasser"));
        assert!(a.text.contains("keine Miete"), "{}", a.text);
        // A list an editor split into one-item lists, introduced by a line, stays whole.
        let a = post_with(&format!(
            "<p>Drei Bücher, die wir mögen:</p><ul><li><a href=\"/a\">Kochen mit Gemüse \
             aus dem Garten</a></li></ul><ul><li><a href=\"/b\">Backen ohne Zucker für \
             jeden Tag</a></li></ul>{RENT}"
        ));
        assert!(a.text.contains("Kochen mit Gemüse"), "{}", a.text);
        assert!(a.text.contains("Backen ohne Zucker"), "{}", a.text);
    }

    #[test]
    fn the_story_goes_on_after_a_sign_up_heading_set_in_its_flow() {
        let a = post_with(
            "<h3>Abonnieren Sie unseren Newsletter</h3>\
             <p>Die wichtigsten Nachrichten des Tages jeden Morgen in Ihrem Postfach.</p>\
             <form><input type=\"email\"><button>Anmelden</button></form>\
             <p>Der Umbau soll im Frühjahr beginnen, die ersten Händler könnten noch vor Ende \
             des nächsten Jahres einziehen, wenn die Genehmigung erteilt wird.</p>",
        );
        assert!(!a.text.contains("Abonnieren Sie"), "{}", a.text);
        assert!(!a.text.contains("Postfach"), "{}", a.text);
        assert!(
            a.text.contains("Der Umbau soll im Frühjahr beginnen"),
            "{}",
            a.text
        );
    }

    #[test]
    fn a_bio_opening_with_the_author_s_name_goes_with_its_box() {
        let bio = "Simon Roe cubre la política municipal y trabaja en el periódico desde 2015.";
        let a = post_with(&format!(
            "<div><h4>Sobre el periodista</h4><p>{bio}</p></div>"
        ));
        assert!(!a.text.contains("cubre la política"), "{}", a.text);
        assert!(!a.text.contains("Sobre el periodista"), "{}", a.text);
        assert_removed(&a, |r| r.kind == Kind::AuthorBox && r.rule.contains("bio"));
        // Among the story's paragraphs, a paragraph that opens with the name is the story's.
        let a = post_with(&format!("<p>{bio}</p>"));
        assert!(a.text.contains("cubre la política"), "{}", a.text);
    }

    #[test]
    fn an_appeal_box_goes_whole_though_its_words_are_inflected() {
        let a = post_with(&format!(
            "{RENT}<div><h3>Warum Lokaljournalismus Ihre Hilfe braucht</h3>{APPEAL}</div>{HOURS}"
        ));
        assert!(!a.text.contains("Werbeeinnahmen"), "{}", a.text);
        assert!(
            !a.text.contains("Lokaljournalismus Ihre Hilfe"),
            "{}",
            a.text
        );
        assert!(a.text.contains("samstags bis vier Uhr"), "{}", a.text);
    }

    #[test]
    fn an_appeal_in_the_story_s_flow_takes_the_heading_that_leads_it() {
        // No box: the heading, the paragraph between and the appeal stand in the story's flow.
        let a = post_with(&format!(
            "{RENT}<h3>Warum Lokaljournalismus Ihre Hilfe braucht</h3>{APPEAL}{HOURS}"
        ));
        assert!(!a.text.contains("Werbeeinnahmen"), "{}", a.text);
        assert!(!a.text.contains("Ihre Hilfe braucht"), "{}", a.text);
        assert!(a.text.contains("samstags bis vier Uhr"), "{}", a.text);
        assert_removed(&a, |r| {
            r.kind == Kind::Appeal && r.rule.ends_with("with the heading over it")
        });
        // A heading that does not speak of the appeal leads a section of the story.
        let a = post_with(&format!("{RENT}<h3>Die Öffnungszeiten</h3>{APPEAL}{HOURS}"));
        assert!(a.text.contains("Die Öffnungszeiten"), "{}", a.text);
        assert!(a.text.contains("Werbeeinnahmen"), "{}", a.text);
    }

    #[test]
    fn a_row_of_pictures_with_its_caption_stays() {
        let a = post_with(&format!(
            "<div><div><img src=\"/halle-1.jpg\" alt=\"\"><img src=\"/halle-2.jpg\" alt=\"\">\
             <img src=\"/halle-3.jpg\" alt=\"\"></div><p>Die Halle nach dem Umbau, vom \
             Marktplatz aus gesehen.</p></div>{HOURS}"
        ));
        assert!(a.text.contains("vom Marktplatz aus gesehen"), "{}", a.text);
        assert!(a.content.contains("halle-2.jpg"), "{}", a.content);
    }

    #[test]
    fn a_bar_of_platform_links_goes_in_any_language() {
        let a = post_with(&format!(
            "{RENT}<div>Jaa artikkeli <a href=\"https://facebook.com/s\">Facebook</a> \
             <a href=\"https://x.com/s\">X</a> <a href=\"mailto:?\">Sähköposti</a></div>\
             <div>この記事をシェアする <a href=\"https://facebook.com/s\">Facebook</a> \
             <a href=\"https://x.com/s\">X</a></div>\
             <p>Das Video lief auf <a href=\"https://facebook.com/m\">Facebook</a> und \
             <a href=\"https://instagram.com/m\">Instagram</a>.</p>{HOURS}"
        ));
        assert!(!a.text.contains("Jaa artikkeli"), "{}", a.text);
        assert!(!a.text.contains("シェア"), "{}", a.text);
        assert_removed(&a, |r| {
            r.rule.contains("links naming platforms") && r.text.contains("Jaa")
        });
        // A sentence naming the platforms is the writer's.
        assert!(a.text.contains("Das Video lief auf Facebook"), "{}", a.text);
        assert!(a.text.contains("samstags bis vier Uhr"), "{}", a.text);
    }

    #[test]
    fn a_read_also_line_in_a_script_without_spaces_is_a_teaser() {
        let a = post_with(
            "<p>市議会は水曜日の夜、旧バス車庫の跡地に屋内市場を建設する計画を可決し、\
             地区の将来をめぐる2年にわたる議論に決着をつけた。</p>\
             <p><strong>あわせて読みたい：</strong><a href=\"/depot\">車庫移転の理由</a></p>\
             <p>計画には23人の議員が賛成し、11人が反対した。市場には40の売り場が入る。</p>\
             <p>延伸阅读: <a href=\"/schools\">学校等待维修</a></p>\
             <p>Company in focus: <a href=\"/outsystems\">OutSystems Platform</a></p>\
             <p>工事は春に始まる予定で、最初の出店者は来年末までに入居できる見通しだ。</p>",
        );
        assert!(!a.text.contains("車庫移転の理由"), "{}", a.text);
        assert!(!a.text.contains("学校等待维修"), "{}", a.text);
        assert_removed(&a, |r| {
            r.text.contains("あわせて読みたい") && r.rule == "a lone link to another story"
        });
        // The same shape in an alphabetic script is as often content.
        assert!(a.text.contains("OutSystems Platform"), "{}", a.text);
        assert!(
            a.text.contains("屋内市場") && a.text.contains("来年末"),
            "{}",
            a.text
        );
    }

    #[test]
    fn a_numbered_entry_of_a_ranked_list_is_not_a_teaser() {
        let a = post_with(&format!(
            "{RENT}<h3><a href=\"/schulen/mannheim\">4. Mannheim Business School</a></h3>{RENT}\
             <p><a href=\"/hochwasser\">Alles zum Hochwasser in der Stadt</a></p>{RENT}"
        ));
        assert!(a.text.contains("4. Mannheim Business School"), "{}", a.text);
        assert!(!a.text.contains("Alles zum Hochwasser"), "{}", a.text);
        assert!(is_numbered("12) Zwölf") && is_numbered("4. Kellogg"));
        assert!(
            !is_numbered("2025. Jahr")
                && !is_numbered("4.5 Sterne")
                && !is_numbered("Top 4. Liste")
        );
    }

    #[test]
    fn a_paragraph_of_headlines_one_per_line_goes() {
        let a = post_with(
            "<p><a href=\"/macron\">China furious at Macron for his jibe about the protests \
             in the city</a>&nbsp;[INSIGHT]<br><a href=\"/nba\">Lakers vs Nets: the NBA makes \
             its final decision on the game amid the turmoil</a>&nbsp;[VIDEO]<br>\
             <a href=\"/army\">City threatened with a military intervention</a> [REACTION]</p>",
        );
        assert!(!a.text.contains("furious at Macron"), "{}", a.text);
        assert_removed(&a, |r| r.rule == "links to other stories, one per line");
        // A sentence with two links in it is not made of lines.
        let a = post_with(
            "<p><a href=\"/rat\">Der Stadtrat</a> und <a href=\"/markt\">die Händler</a> \
             einigten sich.</p>",
        );
        assert!(a.text.contains("einigten sich"), "{}", a.text);
    }

    #[test]
    fn a_tag_line_set_between_paragraphs_is_judged_alone() {
        // The article also holds loose text, so the tag line is not its only inline run.
        let a = post_with(
            "<strong>Tags<br><a href=\"/tag/markt\">markthalle</a>, <a href=\"/tag/stadt\">\
             stadtrat</a>, <a href=\"/tag/hochwasser\">hochwasser</a></strong>\
             <p>ATENÇÃO: Comentários com textos ofensivos não serão aprovados pelo moderador.</p>\
             Ein loser Satz am Ende, ohne Absatz.",
        );
        assert!(!a.text.contains("markthalle, stadtrat"), "{}", a.text);
        assert_removed(&a, |r| r.kind == Kind::Tags);
        assert!(!a.text.contains("moderador"), "{}", a.text);
        assert!(a.text.contains("Ein loser Satz"), "{}", a.text);
    }

    #[test]
    fn a_dateline_opening_the_text_stays() {
        let story = "Gunmen opened fire on visitors at the country's most renowned museum on \
                     Wednesday, killing at least 19 people, in an assault that threatened the \
                     fragile stability of the country.";
        let a = post_with(&format!(
            "<p class=\"byline\">By Erin Cunningham</p>\
             <p><span class=\"dateline\">CAIRO —</span> {story}</p>\
             <div class=\"post-meta\"><span class=\"dateline\">March 18, 2015</span></div>"
        ));
        assert!(a.text.contains("CAIRO — Gunmen opened fire"), "{}", a.text);
        // A dateline on a line of its own is metadata.
        assert!(!a.text.contains("March 18, 2015"), "{}", a.text);
    }

    #[test]
    fn a_lone_number_at_the_edge_is_a_counter() {
        let a = post_with("<div class=\"likes\"><span class=\"icon\"></span><div>0</div></div>");
        assert!(!a.text.trim_end().ends_with('0'), "{}", a.text);
        assert_removed(&a, |r| r.rule == "a lone number at the article's edge");
        // Inside the text, a number in a block of its own stays (a step, a figure).
        let a = post_with("<p>3</p><p>Die Halle öffnet im Mai, sagt die Stadt.</p>");
        assert!(a.text.contains("\n3\n"), "{}", a.text);
    }

    #[test]
    fn paragraphs_parted_by_blank_lines_are_judged_one_by_one() {
        let story = "Die Händler haben sich in einer Genossenschaft zusammengeschlossen, die \
                     den Betrieb der Halle übernimmt und die Miete mit der Stadt aushandelt, \
                     sagte ihr Sprecher am Mittwoch vor dem Rathaus.";
        let appeal = "Gefällt dir unser Magazin? Wir haben uns entschieden, keine \
                      Bezahlschranke einzuführen.";
        let a = post_with(&format!(
            "<p>{story}<br><br>{story}<br><br><b>{appeal}</b></p>"
        ));
        assert!(!a.text.contains("Gefällt dir"), "{}", a.text);
        assert!(a.text.contains("Genossenschaft"), "{}", a.text);
        assert_removed(&a, |r| {
            r.kind == Kind::Appeal && r.rule.contains("between line breaks")
        });
        // A single line break does not part paragraphs: the block is judged whole (and is
        // too long to be an appeal).
        let a = post_with(&format!("<p>{story}<br>{story}<br><b>{appeal}</b></p>"));
        assert!(a.text.contains("Gefällt dir"), "{}", a.text);
    }

    #[test]
    fn a_comments_bar_takes_the_thread_after_it() {
        let thread = "<div class=\"titlebar\">Kommentare</div><div><h3>#1 Kommentar von \
                      Naru</h3>26. März 2004, 16:19<p>Danke für dieses Kapitel!</p></div>";
        let a = post_with(thread);
        assert!(!a.text.contains("Danke für dieses Kapitel"), "{}", a.text);
        assert_removed(&a, |r| {
            r.kind == Kind::Comments
                && r.rule.starts_with("section under")
                && r.text.contains("Danke")
        });
        // Before most of the text, the same bar is not taken for the thread's.
        let a = post_with("");
        let html = a
            .content
            .replacen("<p>", "<div class=\"titlebar\">Kommentare</div><p>", 1);
        let again = crate::extract(&html, &crate::Options::default()).expect("extracts");
        assert_eq!(
            again.text.matches("Der Stadtrat hat").count(),
            3,
            "{}",
            again.text
        );
    }
}
