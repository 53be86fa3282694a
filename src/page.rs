//! The working state shared by the stages: the indexed tree, what class/id names say about
//! each element, and which subtrees have been removed and why.
//!
//! Removal never mutates the tree: a stage marks the root of a subtree, with a reason, and
//! every later walk skips marked subtrees. Undoing a pass (to retry with looser rules) is
//! restoring the marks.

use std::borrow::Cow;
use std::collections::BTreeMap;

use crate::article::Kind;
use crate::dom::{Dom, Ix, Tag};
use crate::patterns::classes::{self, Hints};
use crate::prose::Prose;
use crate::stats::{Bits, Count, StatsTable};

/// Why a subtree was removed.
#[derive(Debug, Clone)]
pub(crate) struct Record {
    pub ix: Ix,
    pub kind: Kind,
    pub rule: Cow<'static, str>,
    /// Reported in [`Article::removed`](crate::Article::removed) when inside the article.
    /// Scripts, styles and the like are not boilerplate and are not reported.
    pub report: bool,
}

pub(crate) struct Page<'d> {
    dom: &'d Dom,
    hints: Vec<Hints>,
    /// For each node: 0 = kept, k = removed by `records[k - 1]` (set on subtree roots only).
    marks: Vec<u32>,
    records: Vec<Record>,
    /// Nodes the user asked to keep (`keepSelectors`), set on subtree roots.
    protected: Vec<bool>,
    /// Inside a `<table>`, `<pre>` or `<code>`: class names there describe data.
    in_table_or_code: Vec<bool>,
    /// Holds (strictly inside) an element named like an article body.
    holds_body: Vec<bool>,
    /// Inside a `<figure>`: captions and credits there belong to their image.
    in_figure: Vec<bool>,
    /// The page's prose, measured before anything but scripts and the like was removed.
    prose: Prose,
    /// Elements whose names say nothing against them: the page's layout name for its text
    /// blocks (see [`Page::mute_layout_names`]), or the posts of a thread (see
    /// [`Page::mute_thread_names`]).
    muted: Bits,
    /// The page reads as a thread (see [`Page::is_thread`]): its comment-named blocks are
    /// not set aside as furniture.
    thread: bool,
    /// The page's address or structured data says it is a discussion, whatever its posts
    /// are named (see [`Page::discussion`]).
    discussion: bool,
    /// The body's figures as the prose was measured, until the furniture is set aside.
    base_stats: Option<StatsTable<'d>>,
}

/// Fewest posts, each holding prose, that make a thread.
const THREAD_MIN_POSTS: usize = 3;
/// Share of the prose that the posts hold in a thread.
const THREAD_MIN_PROSE_SHARE: f32 = 0.5;

/// A class attribute carried by at least this many separate blocks...
const LAYOUT_NAME_MIN_BLOCKS: u32 = 2;
/// ... that hold at least this share of the page's prose is a layout name.
const LAYOUT_NAME_MIN_PROSE_SHARE: f32 = 0.5;

/// A removal on weak evidence (a name, a `hidden` attribute) may not take this share of the
/// prose of the part of the page it is judged in, or more...
const WEAK_REMOVAL_MAX_PROSE_SHARE: f32 = 0.5;
/// ... once that share is at least this many characters: a paragraph or two may go on a
/// name alone.
const WEAK_REMOVAL_MIN_PROSE: u32 = 500;

/// Most distinct class attributes whose hints [`Page::new`] remembers: a page's recurring
/// ones are a few hundred, and a page of a million unique names should not fill a table with
/// them.
const CLASS_CACHE_MAX_ENTRIES: usize = 4096;

impl<'d> Page<'d> {
    /// The parsed tree.
    pub(crate) fn dom(&self) -> &'d Dom {
        self.dom
    }

    /// What class and id names (and roles) say about `ix`.
    pub(crate) fn hints(&self, ix: Ix) -> Hints {
        self.hints[ix as usize]
    }

    /// Every removal so far, in the order made.
    pub(crate) fn records(&self) -> &[Record] {
        &self.records
    }

    /// Keeps `ix` from every removal (`keepSelectors`).
    pub(crate) fn protect(&mut self, ix: Ix) {
        self.protected[ix as usize] = true;
    }

    /// Inside a `<table>`, `<pre>` or `<code>`: class names there describe data.
    pub(crate) fn in_table_or_code(&self, ix: Ix) -> bool {
        self.in_table_or_code[ix as usize]
    }

    /// Holds (strictly inside) an element named like an article body.
    pub(crate) fn holds_body(&self, ix: Ix) -> bool {
        self.holds_body[ix as usize]
    }

    /// Inside a `<figure>`: captions and credits there belong to their image.
    pub(crate) fn in_figure(&self, ix: Ix) -> bool {
        self.in_figure[ix as usize]
    }

    /// The page's prose (see [`Page::measure_prose`]).
    pub(crate) fn prose(&self) -> &Prose {
        &self.prose
    }

    /// Measures the page's prose as it stands: before anything but scripts and the like
    /// is removed, so that hidden elements count. The figures read for it are kept for the
    /// first setting aside of furniture (see [`Page::take_base_stats`]).
    pub(crate) fn measure_prose(&mut self) {
        let stats = self.stats(self.dom.body);
        self.prose = Prose::measure(self, &stats);
        self.base_stats = Some(stats);
    }

    /// The body's figures read for the prose, once: setting aside the furniture reads them
    /// too, and a table of a large page is not built twice. (Hidden elements count in them,
    /// as they did in the prose.)
    pub(crate) fn take_base_stats(&mut self) -> Option<StatsTable<'d>> {
        self.base_stats.take()
    }

    /// Whether the names of `ix` were muted (a layout name, a thread's posts).
    pub(crate) fn is_muted(&self, ix: Ix) -> bool {
        self.muted.get(ix)
    }

    /// The page reads as a thread whose posts are its content (see [`Page::is_thread`]).
    pub(crate) fn thread(&self) -> bool {
        self.thread
    }

    /// Whether the page is a discussion by its address or structured data, even when its
    /// posts are not named as comments (`message`, `post`, `cooked`): its counter lines are
    /// the forum's furniture, but comment names keep their meaning (a Q&A page's comments
    /// under the answers are still comments).
    pub(crate) fn discussion(&self) -> bool {
        self.discussion
    }

    /// Settles whether the page is a discussion (declared so by its structured data, or by
    /// its address) and whether it is a thread: a discussion whose structure reads as one
    /// ([`Page::is_thread`]). A thread's comment names are muted.
    pub(crate) fn settle_thread(&mut self, declared: bool, by_address: bool) {
        self.discussion = declared || by_address;
        self.thread = declared || (by_address && self.is_thread(self.dom.body));
        if self.thread {
            self.mute_thread_names();
        }
    }

    /// Takes back the reports of wholesale removals that `reopen` selects and still stand,
    /// and unmarks their nodes, so that their pieces can be judged one by one.
    pub(crate) fn reopen(&mut self, reopen: impl Fn(&Record) -> bool) {
        for k in 0..self.records.len() {
            let ix = self.records[k].ix;
            if reopen(&self.records[k]) && self.marks[ix as usize] == k as u32 + 1 {
                self.records[k].report = false;
                self.marks[ix as usize] = 0;
            }
        }
    }

    /// Computes the class/id hints of every element. One pass.
    pub(crate) fn new(dom: &'d Dom) -> Page<'d> {
        let n = dom.len();
        let mut hints = vec![0; n];
        // Hints of the class attributes met so far: most elements share theirs with others
        // (every paragraph, every menu item), and looking a string up in a search tree costs
        // far less than matching it against the tables (a search tree, not a hash table:
        // it adds less to the WebAssembly module). Ids are unique and are matched each time.
        let mut known: BTreeMap<&str, Hints> = BTreeMap::new();
        let mut lowercase = String::new();
        let mut hints_of = |names: &str| {
            lowercase.clear();
            lowercase.push_str(names);
            lowercase.make_ascii_lowercase();
            classes::hints(&lowercase)
        };
        for ix in 0..n as Ix {
            let attrs = dom.attrs(ix);
            let custom = custom_name(dom, ix);
            if attrs.is_empty() && custom.is_none() {
                continue;
            }
            // Names are matched one attribute at a time: no pattern spans two names.
            let mut h = custom.map_or(0, &mut hints_of);
            for attr in attrs {
                let value = &*attr.value;
                match &*attr.name {
                    "id" if dom.tag(ix).is_heading() && is_anchor_slug(value, &dom.text_of(ix)) => {
                    }
                    "id" => h |= hints_of(value),
                    // What a component says a block is (Invision's `memberSignature`,
                    // `replyArea`): a name like a class.
                    "data-role" => h |= hints_of(value),
                    // NodeBB's component paths (`post/signature`, `topic/tags`): a name like
                    // a class, its parts joined as a theme's class would join them.
                    "component" => h |= hints_of(&value.replace('/', "-")),
                    "class" => {
                        h |= match known.get(value) {
                            Some(&found) => found,
                            None => {
                                let found = hints_of(value);
                                if known.len() < CLASS_CACHE_MAX_ENTRIES {
                                    known.insert(value, found);
                                }
                                found
                            }
                        }
                    }
                    "role" => {
                        let role = value.trim().to_ascii_lowercase();
                        h |= classes::ROLE_HINTS
                            .iter()
                            .find(|(r, _)| *r == role)
                            .map_or(0, |(_, h)| *h);
                    }
                    "itemprop" if value.contains("articleBody") => h |= classes::BODY,
                    "itemprop" if value.contains("description") && dom.tag(ix) != Tag::Meta => {
                        h |= classes::LEAD
                    }
                    _ => {}
                }
            }
            hints[ix as usize] = h;
        }
        let mut in_table_or_code = vec![false; n];
        let mut in_figure = vec![false; n];
        for ix in 0..n as Ix {
            if let Some(p) = dom.parent(ix) {
                in_table_or_code[ix as usize] = in_table_or_code[p as usize]
                    || matches!(dom.tag(p), Tag::Table | Tag::Pre | Tag::Code);
                in_figure[ix as usize] = in_figure[p as usize] || dom.tag(p) == Tag::Figure;
            }
        }
        let mut holds_body = vec![false; n];
        for ix in (0..n as Ix).rev() {
            if let Some(p) = dom.parent(ix) {
                if holds_body[ix as usize] || hints[ix as usize] & classes::BODY != 0 {
                    holds_body[p as usize] = true;
                }
            }
        }
        Page {
            dom,
            hints,
            marks: vec![0; n],
            records: Vec::new(),
            protected: vec![false; n],
            in_table_or_code,
            holds_body,
            in_figure,
            prose: Prose::default(),
            muted: Bits::new(n),
            thread: false,
            discussion: false,
            base_stats: None,
        }
    }

    /// On a thread, the posts are the content: "comment", "reply" and "post" names say
    /// nothing against an element.
    fn mute_thread_names(&mut self) {
        let dom = self.dom;
        let comment = classes::kind_bit(Kind::Comments);
        for ix in dom.body..dom.end(dom.body) {
            if self.hints[ix as usize] & comment != 0 {
                self.hints[ix as usize] &= !classes::AGAINST;
                self.muted.set(ix);
            }
        }
    }

    /// True when `root` reads as a thread: at least [`THREAD_MIN_POSTS`] blocks named as
    /// comments, holding prose, hold most of its prose outside its sidebars, menus and
    /// footers. Their names then describe posts,
    /// which are the content (a forum without structured data, a story and its discussion
    /// on a news aggregator), not a comment section beside it.
    pub(crate) fn is_thread(&self, root: Ix) -> bool {
        let dom = self.dom;
        let comment = classes::kind_bit(Kind::Comments);
        let named = |ix: Ix| self.hints[ix as usize] & comment != 0 && self.prose.of(ix) > 0;
        // The prose of the outermost comment-named blocks, and the number of posts: the
        // innermost ones (a list named "comments" holds the posts; a reply nests in a post).
        let (mut prose, mut posts) = (0u32, 0usize);
        let mut outer_end = root;
        // In the same pass, the prose of the outermost sidebars, menus and footers, which is
        // not the page's own (a community's description and rules beside short replies).
        let (mut furniture, mut furniture_end) = (0u32, root);
        for ix in root + 1..dom.end(root) {
            if ix >= furniture_end && matches!(dom.tag(ix), Tag::Aside | Tag::Nav | Tag::Footer) {
                furniture += self.prose.of(ix);
                furniture_end = dom.end(ix);
            }
            if !named(ix) {
                continue;
            }
            if ix >= outer_end {
                prose += self.prose.of(ix);
                outer_end = dom.end(ix);
            }
            if !(ix + 1..dom.end(ix)).any(named) {
                posts += 1;
            }
        }
        let own = self.prose.of(root).saturating_sub(furniture);
        posts >= THREAD_MIN_POSTS && prose as f32 >= own as f32 * THREAD_MIN_PROSE_SHARE
    }

    /// The paragraph right after `heading` (past blank text), when it holds prose: the
    /// heading is then the story's subheading.
    pub(crate) fn heads_prose(&self, heading: Ix) -> Option<Ix> {
        self.element_after(heading)
            .filter(|&n| self.is_prose_paragraph(n))
    }

    /// The element right after `ix` among its siblings, past blank text; none when text
    /// stands between them.
    fn element_after(&self, ix: Ix) -> Option<Ix> {
        self.element_beside(ix, Dom::next_sibling)
    }

    /// [`Page::element_after`], looking the other way.
    fn element_before(&self, ix: Ix) -> Option<Ix> {
        self.element_beside(ix, Dom::prev_sibling)
    }

    fn element_beside(&self, ix: Ix, step: fn(&Dom, Ix) -> Option<Ix>) -> Option<Ix> {
        let dom = self.dom;
        std::iter::successors(step(dom, ix), |&n| step(dom, n))
            .find(|&n| dom.tag(n) != Tag::Text || dom.has_text(n))
            .filter(|&n| dom.tag(n) != Tag::Text)
    }

    /// True when `ix` follows a paragraph of prose and comes before more of the text (a
    /// paragraph of prose, a subheading, code), past blank text.
    pub(crate) fn between_prose(&self, ix: Ix) -> bool {
        let dom = self.dom;
        self.element_before(ix)
            .is_some_and(|n| self.is_prose_paragraph(n))
            && self.element_after(ix).is_some_and(|n| {
                self.is_prose_paragraph(n) || dom.tag(n).is_heading() || dom.tag(n) == Tag::Pre
            })
    }

    /// A `<p>` holding prose.
    fn is_prose_paragraph(&self, ix: Ix) -> bool {
        self.dom.tag(ix) == Tag::P && self.prose.of(ix) > 0
    }

    /// True when `ix`, a `<header>` holding a heading (a post's, with its time and title),
    /// stands right before prose: a paragraph of it, a block that opens with one (the
    /// post's body), or a list whose first item holds one (a live blog's entries under the
    /// blog's title). It is then the title of what follows, not page furniture. (A `<div>`
    /// named a card's header over a paragraph is a shop's or a service's card more often.)
    pub(crate) fn titles_prose(&self, ix: Ix) -> bool {
        let dom = self.dom;
        if dom.tag(ix) != Tag::Header || !(ix + 1..dom.end(ix)).any(|i| dom.tag(i).is_heading()) {
            return false;
        }
        let first_element = |n: Ix| dom.children(n).find(|&c| dom.tag(c) != Tag::Text);
        self.element_after(ix).is_some_and(|n| {
            self.is_prose_paragraph(n)
                || first_element(n).is_some_and(|c| self.is_prose_paragraph(c))
                || (matches!(dom.tag(n), Tag::Ol | Tag::Ul)
                    && first_element(n).is_some_and(|item| {
                        (item..dom.end(item)).any(|i| self.is_prose_paragraph(i))
                    }))
        })
    }

    /// Mutes class names that the page gives to the blocks holding most of its prose: such a
    /// name is how the page lays out its text (`WidgetWrapper`, `c-product-widget`, a
    /// forum's `comment` on every post), whatever word it contains. Needs the prose measured.
    pub(crate) fn mute_layout_names(&mut self) {
        let dom = self.dom;
        let total = self.prose.of(dom.body);
        if total == 0 {
            return;
        }
        // Prose and number of the outermost elements carrying each class attribute that
        // speaks against its element.
        let mut by_class: BTreeMap<&str, (u32, u32)> = BTreeMap::new();
        let mut open: Vec<(&str, Ix)> = Vec::new();
        let comment = classes::kind_bit(Kind::Comments);
        for ix in dom.body..dom.end(dom.body) {
            let h = self.hints[ix as usize];
            // Comment names are judged as a thread (see `mute_thread_names`): the posts of a
            // long thread under a blog post hold most of its prose and are still comments.
            if h & classes::AGAINST == 0 || h & comment != 0 {
                continue;
            }
            let Some(class) = dom.attr(ix, "class").filter(|c| !c.trim().is_empty()) else {
                continue;
            };
            open.retain(|&(_, at)| dom.contains(at, ix));
            if open.iter().any(|&(c, _)| c == class) {
                continue;
            }
            open.push((class, ix));
            let entry = by_class.entry(class).or_default();
            entry.0 += self.prose.of(ix);
            entry.1 += 1;
        }
        let layout: Vec<&str> = by_class
            .into_iter()
            .filter(|&(_, (prose, blocks))| {
                blocks >= LAYOUT_NAME_MIN_BLOCKS
                    && prose as f32 >= total as f32 * LAYOUT_NAME_MIN_PROSE_SHARE
            })
            .map(|(c, _)| c)
            .collect();
        if layout.is_empty() {
            return;
        }
        // The BEM blocks of those names (`promo__` of `promo__item`): the component the
        // page's text is set in, whose other parts (`promo__item--quote`, `promo__bullets`,
        // `promo__image`) are its text too, unless the part's own name speaks against it
        // (`article__share`).
        let blocks: Vec<String> = layout
            .iter()
            .flat_map(|c| c.split_whitespace())
            .filter_map(|t| t.find("__").map(|at| t[..at + 2].to_ascii_lowercase()))
            .collect();
        let part_of_layout = |class: &str| {
            let mut against = false;
            for token in class.split_whitespace() {
                let token = token.to_ascii_lowercase();
                if classes::hints(&token) & classes::AGAINST == 0 {
                    continue;
                }
                against = true;
                let excused = blocks.iter().any(|b| {
                    token
                        .strip_prefix(b.as_str())
                        .is_some_and(|part| classes::hints(part) & classes::AGAINST == 0)
                });
                if !excused {
                    return false;
                }
            }
            against
        };
        for ix in dom.body..dom.end(dom.body) {
            let Some(class) = dom.attr(ix, "class") else {
                continue;
            };
            let mute = layout.contains(&class)
                || (!blocks.is_empty()
                    && self.hints[ix as usize] & classes::AGAINST != 0
                    && dom.attr(ix, "id").is_none_or(|id| {
                        classes::hints(&id.to_ascii_lowercase()) & classes::AGAINST == 0
                    })
                    && part_of_layout(class));
            if mute {
                self.hints[ix as usize] &= !classes::AGAINST;
                self.muted.set(ix);
            }
        }
    }

    /// True when removing `ix` would take most of the prose of `within` (the page's body,
    /// or the article's root): the evidence of a name or a `hidden` attribute is not enough
    /// for that. A theme's wrapper named "comments", a forum's thread named "discussion", a
    /// story that scripts reveal are all the page's content.
    pub(crate) fn takes_most_prose(&self, ix: Ix, within: Ix) -> bool {
        let taken = self.prose.of(ix);
        taken >= WEAK_REMOVAL_MIN_PROSE
            && taken as f32 >= self.prose.of(within) as f32 * WEAK_REMOVAL_MAX_PROSE_SHARE
    }

    /// Marks the subtree at `ix` removed. Returns false (and does nothing) when it is
    /// protected by `keepSelectors` or already removed.
    pub(crate) fn remove(
        &mut self,
        ix: Ix,
        kind: Kind,
        rule: impl Into<Cow<'static, str>>,
        report: bool,
    ) -> bool {
        if self.marks[ix as usize] != 0 || self.protected[ix as usize] {
            return false;
        }
        let rule = rule.into();
        #[cfg(feature = "ablation")]
        if crate::ablation::removal_off(&rule) {
            return false;
        }
        self.records.push(Record {
            ix,
            kind,
            rule,
            report,
        });
        self.marks[ix as usize] = self.records.len() as u32;
        true
    }

    pub(crate) fn is_marked(&self, ix: Ix) -> bool {
        self.marks[ix as usize] != 0
    }

    /// Where the removal of the subtree at `ix` stands among the records, when `ix` is the
    /// root of one: a position to compare with a count read from `records().len()`.
    pub(crate) fn removal_position(&self, ix: Ix) -> Option<usize> {
        (self.marks[ix as usize] as usize).checked_sub(1)
    }

    /// The removal of the subtree at `ix`, when `ix` is the root of one.
    pub(crate) fn removal_of(&self, ix: Ix) -> Option<&Record> {
        let k = self.marks[ix as usize] as usize;
        k.checked_sub(1).and_then(|k| self.records.get(k))
    }

    /// Takes back every removal made since the page had `since` records (a count read from
    /// `records.len()` earlier) and returns them, to be put back with [`Page::reapply`].
    /// Costs what the removals cost, not a copy of the per-node marks.
    pub(crate) fn take_since(&mut self, since: usize) -> Vec<Record> {
        let taken = self.records.split_off(since.min(self.records.len()));
        for r in &taken {
            // Each record marked one node that was unmarked before (`remove` refuses marked
            // ones), so clearing its mark restores that node.
            self.marks[r.ix as usize] = 0;
        }
        taken
    }

    /// Takes back the removals, made since the page had `since` records, of the subtrees
    /// rooted at `roots` (sorted), and returns them; the other removals stand as they were.
    pub(crate) fn spare(&mut self, since: usize, roots: &[Ix]) -> Vec<Record> {
        let (spared, kept): (Vec<Record>, Vec<Record>) = self
            .take_since(since)
            .into_iter()
            .partition(|r| roots.binary_search(&r.ix).is_ok());
        self.reapply(kept);
        spared
    }

    /// Puts back removals returned by [`Page::take_since`], on the state they were taken
    /// from.
    pub(crate) fn reapply(&mut self, taken: Vec<Record>) {
        for r in taken {
            self.records.push(r);
            let k = self.records.len() as u32;
            if let Some(last) = self.records.last() {
                self.marks[last.ix as usize] = k;
            }
        }
    }

    /// Kept nodes of the subtree at `root` in document order (removed subtrees skipped).
    pub(crate) fn walk(&self, root: Ix) -> Walk<'_, 'd> {
        Walk {
            page: self,
            next: root,
            end: self.dom.end(root),
        }
    }

    /// Figures for every kept node inside `root` (others read as zero). One backward pass.
    pub(crate) fn stats(&self, root: Ix) -> StatsTable<'d> {
        StatsTable::layout(self.dom, root, Count::Scoring, self.walk(root)).build(root)
    }

    /// The kept text of a subtree, whitespace-collapsed.
    pub(crate) fn text_of(&self, ix: Ix) -> String {
        let mut s = String::new();
        self.dom.collect_text(ix, &mut s, |i| self.is_marked(i));
        let t = s.trim_end().len();
        s.truncate(t);
        s
    }

    /// Lowercased custom-element name, class and id of an element, for explanations.
    pub(crate) fn names(&self, ix: Ix) -> String {
        let mut s = String::new();
        if let Some(name) = custom_name(self.dom, ix) {
            s.push_str(name);
            s.push(' ');
        }
        for attr in ["class", "id"] {
            if let Some(v) = self.dom.attr(ix, attr) {
                s.push_str(v);
                s.push(' ');
            }
        }
        s.make_ascii_lowercase();
        s
    }
}

pub(crate) struct Walk<'p, 'd> {
    page: &'p Page<'d>,
    next: Ix,
    end: Ix,
}

impl Iterator for Walk<'_, '_> {
    type Item = Ix;
    fn next(&mut self) -> Option<Ix> {
        while self.next < self.end {
            let ix = self.next;
            if self.page.is_marked(ix) {
                self.next = self.page.dom.end(ix);
                continue;
            }
            self.next = ix + 1;
            return Some(ix);
        }
        None
    }
}

/// A custom element's name (`<pp-inline-teaser>`, `<social-share>`): it says what the element
/// is, as a class does, so it is read with the class and id.
pub(crate) fn custom_name(dom: &Dom, ix: Ix) -> Option<&str> {
    dom.name(ix).filter(|n| n.contains('-'))
}

/// Words of an anchor id that must also be words of its heading for the id to count as
/// made from the heading's text. Two, so that a single shared word ("comments" in
/// `id="comments-title"`) still reads as a role name.
const ANCHOR_SLUG_MIN_WORDS: usize = 2;

/// True when a heading's `id` is an anchor made from its own text (`id="nav_nur_die_folie"`
/// on "Nur die Folie bleibt zurück", `id="related-work"` on "Related work"): such an id
/// names the section's subject, not the element's role, so its words must not read as
/// "nav" or "related".
fn is_anchor_slug(id: &str, text: &str) -> bool {
    let text = text.to_lowercase();
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    id.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| t.chars().count() >= 3 && words.contains(t))
        .count()
        >= ANCHOR_SLUG_MIN_WORDS
}

#[cfg(test)]
mod tests {
    use super::Page;
    use crate::article::Kind;
    use crate::dom::Tag;

    #[test]
    fn removals_taken_back_and_reapplied_keep_their_reasons() {
        let dom = crate::parse::document("<body><div>a</div><p>b</p><span>c</span></body>");
        let find = |tag| {
            (0..dom.len() as u32)
                .find(|&ix| dom.tag(ix) == tag)
                .unwrap()
        };
        let (div, p, span) = (find(Tag::Div), find(Tag::P), find(Tag::Span));
        let mut page = Page::new(&dom);
        assert!(page.remove(div, Kind::Ad, "base", true));
        let base = page.records.len();

        // One attempt removes the paragraph, and is taken back.
        assert!(page.remove(p, Kind::Related, "first attempt", true));
        let first = page.take_since(base);
        assert!(!page.is_marked(p) && page.is_marked(div));
        assert_eq!(page.records.len(), base);

        // Another removes the span, and is taken back too.
        assert!(page.remove(span, Kind::Share, "second attempt", true));
        let second = page.take_since(base);
        assert!(!page.is_marked(span));
        assert_eq!(second.len(), 1);

        // The first is the one kept: its node and its reason come back, the second's do not.
        page.reapply(first);
        assert!(page.is_marked(div) && page.is_marked(p) && !page.is_marked(span));
        let rules: Vec<&str> = page.records.iter().map(|r| &*r.rule).collect();
        assert_eq!(rules, ["base", "first attempt"]);
        assert_eq!(page.marks[p as usize] as usize, page.records.len());
    }

    #[test]
    fn a_heading_id_made_from_its_own_words_is_not_a_role_name() {
        use super::is_anchor_slug;
        assert!(is_anchor_slug(
            "nav_nur_die_folie__1",
            "Nur die Folie bleibt zurück"
        ));
        assert!(is_anchor_slug("related-work", "Related work"));
        assert!(!is_anchor_slug("comments-title", "3 Comments"));
        assert!(!is_anchor_slug("nav-main", "Menu"));

        let html = "<html><body><article><h1>Lithium aus dem Schredder</h1><p>Die Zellen \
            werden zerkleinert, getrocknet und gesiebt, bis Metalle und Kunststoffe getrennt \
            vorliegen, schreiben die Forscher in ihrem Bericht.</p>\
            <h3 id=\"nav_nur_die_folie__1\">Nur die Folie bleibt zurück</h3><p>Am Ende \
            bleibt nur die Folie zurück, der Rest geht zurück in die Produktion neuer \
            Batterien, ohne dass die Zellen vorher entladen werden müssen.</p>\
            <h3 id=\"nav-links\">Mehr</h3></article></body></html>";
        let a = crate::extract(html, &Default::default()).expect("extracts");
        assert!(a.text.contains("Nur die Folie bleibt zurück"), "{}", a.text);
    }

    #[test]
    fn a_custom_element_is_named_by_its_tag() {
        let dom = crate::parse::document(
            "<body><article><p>x</p><pp-inline-teaser><p>y</p></pp-inline-teaser></article></body>",
        );
        let teaser = (0..dom.len() as u32)
            .find(|&ix| dom.name(ix) == Some("pp-inline-teaser"))
            .unwrap();
        let page = Page::new(&dom);
        assert_eq!(page.names(teaser).trim(), "pp-inline-teaser");
        assert_eq!(
            crate::patterns::classes::kind_of(page.hints[teaser as usize]),
            Some(Kind::Related)
        );
    }
}
