//! From the kept parts of the page to a clean output tree.
//!
//! This is the allow-list: only the elements and attributes named here reach the output,
//! whatever the page contained. Elements not on the list are dropped with their content when
//! they are active or chrome (`script`, `iframe`, `form`...), and unwrapped (content kept)
//! otherwise (`span`, `font`, custom elements). URLs are resolved against the page's base and
//! must use an allowed scheme; lazy-loaded images get their real source.
//!
//! The result, [`OutTree`], is what the HTML, text and Markdown serializers read.

use crate::dom::{Dom, Ix, Tag};
use crate::page::Page;
use crate::patterns::classes;
use crate::urls;

/// Elements that can appear in the output.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum OutTag {
    Root,
    Text,
    A,
    Abbr,
    B,
    Blockquote,
    Br,
    Caption,
    Cite,
    Code,
    Dd,
    Del,
    Details,
    Div,
    Dl,
    Dt,
    Em,
    Figcaption,
    Figure,
    H2,
    H3,
    H4,
    H5,
    H6,
    Hr,
    I,
    Img,
    Ins,
    Kbd,
    Li,
    Mark,
    Ol,
    P,
    Pre,
    Q,
    S,
    Samp,
    Small,
    Strong,
    Sub,
    Summary,
    Sup,
    Table,
    Tbody,
    Td,
    Tfoot,
    Th,
    Thead,
    Time,
    Tr,
    U,
    Ul,
    Var,
}

impl OutTag {
    pub(crate) fn name(self) -> &'static str {
        use OutTag::*;
        match self {
            Root | Div => "div",
            Text => "",
            A => "a",
            Abbr => "abbr",
            B => "b",
            Blockquote => "blockquote",
            Br => "br",
            Caption => "caption",
            Cite => "cite",
            Code => "code",
            Dd => "dd",
            Del => "del",
            Details => "details",
            Dl => "dl",
            Dt => "dt",
            Em => "em",
            Figcaption => "figcaption",
            Figure => "figure",
            H2 => "h2",
            H3 => "h3",
            H4 => "h4",
            H5 => "h5",
            H6 => "h6",
            Hr => "hr",
            I => "i",
            Img => "img",
            Ins => "ins",
            Kbd => "kbd",
            Li => "li",
            Mark => "mark",
            Ol => "ol",
            P => "p",
            Pre => "pre",
            Q => "q",
            S => "s",
            Samp => "samp",
            Small => "small",
            Strong => "strong",
            Sub => "sub",
            Summary => "summary",
            Sup => "sup",
            Table => "table",
            Tbody => "tbody",
            Td => "td",
            Tfoot => "tfoot",
            Th => "th",
            Thead => "thead",
            Time => "time",
            Tr => "tr",
            U => "u",
            Ul => "ul",
            Var => "var",
        }
    }

    /// Elements that start a new block of text.
    pub(crate) fn is_block(self) -> bool {
        use OutTag::*;
        matches!(
            self,
            Root | Blockquote
                | Caption
                | Dd
                | Details
                | Div
                | Dl
                | Dt
                | Figcaption
                | Figure
                | H2
                | H3
                | H4
                | H5
                | H6
                | Hr
                | Li
                | Ol
                | P
                | Pre
                | Summary
                | Table
                | Tbody
                | Td
                | Tfoot
                | Th
                | Thead
                | Tr
                | Ul
        )
    }

    /// Elements with no content.
    pub(crate) fn is_void(self) -> bool {
        matches!(self, OutTag::Br | OutTag::Hr | OutTag::Img)
    }

    pub(crate) fn heading_level(self) -> usize {
        match self {
            OutTag::H2 => 2,
            OutTag::H3 => 3,
            OutTag::H4 => 4,
            OutTag::H5 => 5,
            OutTag::H6 => 6,
            _ => 0,
        }
    }
}

/// One node of the output tree.
#[derive(Debug, Clone)]
pub(crate) struct OutNode {
    pub tag: OutTag,
    /// Text content (for `Text` nodes).
    pub text: String,
    /// Allowed attributes, values already sanitized.
    pub attrs: Vec<(&'static str, String)>,
    pub children: Vec<u32>,
    /// The source element's class or id names it a caption (`caption`, `wp-caption-text`).
    pub caption: bool,
}

impl OutNode {
    pub(crate) fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// The cleaned article. Node 0 is the root `<div>`.
#[derive(Debug, Clone)]
pub(crate) struct OutTree {
    pub nodes: Vec<OutNode>,
}

/// Settings of the output that come from the options.
pub(crate) struct OutputSettings<'a> {
    /// The absolute URL relative references resolve against.
    pub base: Option<String>,
    pub keep_images: bool,
    pub keep_links: bool,
    pub keep_classes: bool,
    pub classes_to_preserve: &'a [String],
}

/// What becomes of a page element in the output.
enum Fate {
    Keep(OutTag),
    /// Drop the element, keep its content.
    Unwrap,
    /// A block-level wrapper without meaning of its own: becomes a `<div>`, so that its text
    /// stays apart from its neighbours'.
    Block,
    Drop,
}

fn fate(tag: Tag, settings: &OutputSettings<'_>) -> Fate {
    use Fate::*;
    match tag {
        Tag::A => {
            if settings.keep_links {
                Keep(OutTag::A)
            } else {
                Unwrap
            }
        }
        Tag::Abbr => Keep(OutTag::Abbr),
        Tag::B => Keep(OutTag::B),
        Tag::Blockquote => Keep(OutTag::Blockquote),
        Tag::Br => Keep(OutTag::Br),
        Tag::Caption => Keep(OutTag::Caption),
        Tag::Cite => Keep(OutTag::Cite),
        Tag::Code | Tag::Tt => Keep(OutTag::Code),
        Tag::Dd => Keep(OutTag::Dd),
        Tag::Del | Tag::Strike => Keep(OutTag::Del),
        Tag::Details => Keep(OutTag::Details),
        Tag::Div => Keep(OutTag::Div),
        Tag::Dl => Keep(OutTag::Dl),
        Tag::Dt => Keep(OutTag::Dt),
        Tag::Em => Keep(OutTag::Em),
        Tag::Figcaption => Keep(OutTag::Figcaption),
        Tag::Figure => {
            if settings.keep_images {
                Keep(OutTag::Figure)
            } else {
                Block
            }
        }
        Tag::H1 | Tag::H2 => Keep(OutTag::H2),
        Tag::H3 => Keep(OutTag::H3),
        Tag::H4 => Keep(OutTag::H4),
        Tag::H5 => Keep(OutTag::H5),
        Tag::H6 => Keep(OutTag::H6),
        Tag::Hr => Keep(OutTag::Hr),
        Tag::I => Keep(OutTag::I),
        Tag::Img => {
            if settings.keep_images {
                Keep(OutTag::Img)
            } else {
                Drop
            }
        }
        Tag::Ins => Keep(OutTag::Ins),
        Tag::Kbd => Keep(OutTag::Kbd),
        Tag::Li => Keep(OutTag::Li),
        Tag::Mark => Keep(OutTag::Mark),
        Tag::Ol => Keep(OutTag::Ol),
        Tag::P => Keep(OutTag::P),
        Tag::Pre => Keep(OutTag::Pre),
        Tag::Q => Keep(OutTag::Q),
        Tag::S => Keep(OutTag::S),
        Tag::Samp => Keep(OutTag::Samp),
        Tag::Small => Keep(OutTag::Small),
        Tag::Strong => Keep(OutTag::Strong),
        Tag::Sub => Keep(OutTag::Sub),
        Tag::Summary => Keep(OutTag::Summary),
        Tag::Sup => Keep(OutTag::Sup),
        Tag::Table => Keep(OutTag::Table),
        Tag::Tbody => Keep(OutTag::Tbody),
        Tag::Td => Keep(OutTag::Td),
        Tag::Tfoot => Keep(OutTag::Tfoot),
        Tag::Th => Keep(OutTag::Th),
        Tag::Thead => Keep(OutTag::Thead),
        Tag::Time => Keep(OutTag::Time),
        Tag::Tr => Keep(OutTag::Tr),
        Tag::U => Keep(OutTag::U),
        Tag::Ul | Tag::Menu => Keep(OutTag::Ul),
        Tag::Var => Keep(OutTag::Var),
        Tag::Picture => Unwrap,
        Tag::Article
        | Tag::Section
        | Tag::Main
        | Tag::Header
        | Tag::Footer
        | Tag::Aside
        | Tag::Nav
        | Tag::Address
        | Tag::Center
        | Tag::Hgroup
        | Tag::Fieldset
        | Tag::Legend
        | Tag::Form => Block,
        // Formulas keep their text; MathML markup itself is not on the allow-list.
        Tag::Span | Tag::Font | Tag::Label | Tag::Other | Tag::Wbr | Tag::Math => Unwrap,
        Tag::Text => Unwrap,
        // Everything active, embedded or structural to the document.
        Tag::Script
        | Tag::Style
        | Tag::Template
        | Tag::Noscript
        | Tag::Iframe
        | Tag::Object
        | Tag::Embed
        | Tag::Canvas
        | Tag::Svg
        | Tag::Annotation
        | Tag::Rt
        | Tag::Button
        | Tag::Input
        | Tag::Select
        | Tag::Option
        | Tag::Textarea
        | Tag::Link
        | Tag::Meta
        | Tag::Base
        | Tag::Title
        | Tag::Head
        | Tag::Html
        | Tag::Body
        | Tag::Map
        | Tag::Dialog
        | Tag::Audio
        | Tag::Video
        | Tag::Source => Drop,
    }
}

/// Deepest nesting of elements in the output. Deeper elements are unwrapped into their
/// ancestor at this depth, so that serializers may recurse without risk on any input (pages
/// nest tens of thousands deep; articles never need more than a few dozen levels).
pub(crate) const MAX_OUT_DEPTH: usize = 48;

/// Builds the output tree from the kept parts of `roots`.
/// Shortest text of two inline elements set side by side for them to be read apart: a
/// letter alone is a drop cap or a split word.
const SIDE_BY_SIDE_MIN_CHARS: usize = 2;

/// True when `ix` is an inline element set right after another (no text between them) whose
/// text ends in a word where its own starts with one: `<span>2026</span><span>1h 54m</span>`
/// in a row of figures, two links in a card. Style sheets set such elements apart; their
/// text is read apart, with a space between, so that words do not run together.
fn abuts_previous_word(page: &Page<'_>, ix: Ix) -> bool {
    let dom = page.dom();
    let tag = dom.tag(ix);
    if tag.is_block() || tag == Tag::Text {
        return false;
    }
    let Some(prev) = dom.prev_sibling(ix) else {
        return false;
    };
    if dom.tag(prev) == Tag::Text || dom.tag(prev).is_block() || page.is_marked(prev) {
        return false;
    }
    let (Some(before), Some(after)) = (edge_text(page, prev, true), edge_text(page, ix, false))
    else {
        return false;
    };
    let ends_word = before
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric);
    let starts_word = after.chars().next().is_some_and(char::is_alphanumeric);
    ends_word
        && starts_word
        && before.trim().chars().count() >= SIDE_BY_SIDE_MIN_CHARS
        && after.trim().chars().count() >= SIDE_BY_SIDE_MIN_CHARS
}

/// The last (`last`) or first non-empty kept text under `ix`.
fn edge_text<'d>(page: &Page<'d>, ix: Ix, last: bool) -> Option<&'d str> {
    let dom = page.dom();
    let texts = page
        .walk(ix)
        .filter_map(|i| dom.text(i))
        .filter(|t| !t.is_empty());
    if last {
        texts.last()
    } else {
        texts.into_iter().next()
    }
}

pub(crate) fn build(page: &Page<'_>, roots: &[Ix], settings: &OutputSettings<'_>) -> OutTree {
    let dom = page.dom();
    let mut tree = OutTree::default();
    // (dom subtree end, out parent) for open elements.
    let mut stack: Vec<(Ix, u32)> = Vec::new();
    for &root in roots {
        let mut ix = root;
        let end = dom.end(root);
        stack.clear();
        while ix < end {
            while let Some(&(open_end, _)) = stack.last() {
                if ix >= open_end {
                    stack.pop();
                } else {
                    break;
                }
            }
            let parent = stack.last().map_or(0, |&(_, p)| p);
            if page.is_marked(ix) {
                ix = dom.end(ix);
                continue;
            }
            let tag = dom.tag(ix);
            if tag == Tag::Text {
                let text = dom.text(ix).unwrap_or("");
                if !text.is_empty() {
                    tree.push_text(parent, text);
                }
                ix += 1;
                continue;
            }
            // The root itself becomes the output root's content.
            let mut f = if ix == root && matches!(tag, Tag::Body | Tag::Html) {
                Fate::Unwrap
            } else {
                fate(tag, settings)
            };
            if stack.len() >= MAX_OUT_DEPTH {
                f = match f {
                    Fate::Block => Fate::Unwrap,
                    Fate::Keep(out) if !out.is_void() => Fate::Unwrap,
                    other => other,
                };
            }
            let named_caption = page.hints(ix) & classes::CAPTION != 0;
            if !matches!(f, Fate::Drop) && abuts_previous_word(page, ix) {
                tree.push_text(parent, " ");
            }
            match f {
                Fate::Drop => {
                    ix = dom.end(ix);
                    continue;
                }
                Fate::Unwrap => {
                    ix += 1;
                }
                Fate::Block => {
                    let node = tree.push(parent, OutTag::Div, Vec::new());
                    tree.nodes[node as usize].caption = named_caption;
                    stack.push((dom.end(ix), node));
                    ix += 1;
                }
                Fate::Keep(out) => {
                    let attrs = match attributes(page, ix, out, settings) {
                        Some(a) => a,
                        None => {
                            // An image without a usable source, a link we will not keep.
                            if out == OutTag::Img {
                                ix = dom.end(ix);
                            } else {
                                ix += 1;
                            }
                            continue;
                        }
                    };
                    let node = tree.push(parent, out, attrs);
                    tree.nodes[node as usize].caption = named_caption;
                    if out.is_void() {
                        ix = dom.end(ix);
                    } else {
                        stack.push((dom.end(ix), node));
                        ix += 1;
                    }
                }
            }
        }
    }
    tree.prune_empty();
    tree.recognize_figures();
    // The tree is kept while later passes run and the outputs are written: give back what
    // the node array's growth by doubling reserved.
    tree.nodes.shrink_to_fit();
    tree
}

/// Longest caption text (characters) that an image wrapper may hold to be taken for a figure.
/// Captions run to a sentence or two; a wrapper with more text beside its picture is a
/// paragraph illustrated, not a figure.
const MAX_CAPTION_CHARS: usize = 300;

/// A tree holding only its root.
impl Default for OutTree {
    fn default() -> Self {
        OutTree {
            nodes: vec![OutNode {
                tag: OutTag::Root,
                text: String::new(),
                attrs: Vec::new(),
                children: Vec::new(),
                caption: false,
            }],
        }
    }
}

impl OutTree {
    fn push(&mut self, parent: u32, tag: OutTag, attrs: Vec<(&'static str, String)>) -> u32 {
        let id = self.nodes.len() as u32;
        self.nodes.push(OutNode {
            tag,
            text: String::new(),
            attrs,
            children: Vec::new(),
            caption: false,
        });
        self.nodes[parent as usize].children.push(id);
        id
    }

    fn push_text(&mut self, parent: u32, text: &str) {
        // Merge with a preceding text sibling (unwrapped spans leave runs of text nodes).
        if let Some(&last) = self.nodes[parent as usize].children.last() {
            if self.nodes[last as usize].tag == OutTag::Text {
                self.nodes[last as usize].text.push_str(text);
                return;
            }
        }
        let id = self.push(parent, OutTag::Text, Vec::new());
        self.nodes[id as usize].text.push_str(text);
    }

    /// Removes elements left without text or media (empty wrappers, emptied lists), bottom
    /// up, keeping table structure intact. Node ids are children-after-parent, so a reverse
    /// scan sees children first.
    fn prune_empty(&mut self) {
        let n = self.nodes.len();
        let mut has_content = vec![false; n];
        let mut has_space = vec![false; n];
        for id in (0..n).rev() {
            let node = &self.nodes[id];
            let own = match node.tag {
                OutTag::Text => node.text.chars().any(|c| !crate::dom::is_space(c)),
                OutTag::Img | OutTag::Hr | OutTag::Br => true,
                OutTag::Td | OutTag::Th => true,
                _ => false,
            };
            has_content[id] = own || node.children.iter().any(|&c| has_content[c as usize]);
            has_space[id] = (node.tag == OutTag::Text && !node.text.is_empty())
                || node.children.iter().any(|&c| has_space[c as usize]);
        }
        for id in 1..n {
            // An empty element still keeps the words on either side of it apart
            // ("country<strong> </strong>and", "end.<div></div>Next"): it becomes a space.
            if !has_content[id]
                && self.nodes[id].tag != OutTag::Text
                && (has_space[id] || self.nodes[id].tag.is_block())
            {
                let node = &mut self.nodes[id];
                node.tag = OutTag::Text;
                node.text = " ".into();
                node.attrs.clear();
                node.children.clear();
                has_space[id] = true;
            }
        }
        for id in 0..n {
            let keep: Vec<u32> = self.nodes[id]
                .children
                .iter()
                .copied()
                .filter(|&c| {
                    has_content[c as usize]
                        || (self.nodes[c as usize].tag == OutTag::Text
                            && !self.nodes[c as usize].text.is_empty())
                })
                .collect();
            self.nodes[id].children = keep;
        }
    }

    /// Turns image wrappers into figures: a `<div>` holding nothing but a picture and a short
    /// text that names a photo credit ("Odermatt in Bormio. © AFP") is a figure built without
    /// `<figure>`, so it becomes one, its text the caption. Readers then style it as one, and
    /// the plain text leaves it out like any other figure. Children come after their parent,
    /// so one reverse scan sums each subtree.
    fn recognize_figures(&mut self) {
        let n = self.nodes.len();
        let mut chars = vec![0usize; n];
        let mut images = vec![false; n];
        // A heading makes a slide or a section of its own, however short: not a caption.
        let mut headings = vec![false; n];
        for id in (0..n).rev() {
            let node = &self.nodes[id];
            chars[id] = match node.tag {
                OutTag::Text => node.text.trim().chars().count(),
                _ => node.children.iter().map(|&c| chars[c as usize]).sum(),
            };
            images[id] =
                node.tag == OutTag::Img || node.children.iter().any(|&c| images[c as usize]);
            headings[id] =
                node.tag.heading_level() > 0 || node.children.iter().any(|&c| headings[c as usize]);
        }
        for id in 1..n {
            if self.nodes[id].tag != OutTag::Div
                || !images[id]
                || headings[id]
                || !(1..=MAX_CAPTION_CHARS).contains(&chars[id])
            {
                continue;
            }
            // Text beside the picture in the same link, or loose in the wrapper (not in a
            // block of its own): the wrapper is a paragraph, not a figure.
            let loose = self.nodes[id].children.iter().any(|&c| {
                chars[c as usize] > 0
                    && (images[c as usize] || !self.nodes[c as usize].tag.is_block())
            });
            // Otherwise all the wrapper's text is in blocks without pictures: the caption,
            // when it names a credit or is named a caption.
            let named = self.nodes[id]
                .children
                .iter()
                .any(|&c| chars[c as usize] > 0 && self.nodes[c as usize].caption);
            if loose || !(named || self.credited(id)) {
                continue;
            }
            self.nodes[id].tag = OutTag::Figure;
            for k in 0..self.nodes[id].children.len() {
                let c = self.nodes[id].children[k] as usize;
                if chars[c] > 0 && matches!(self.nodes[c].tag, OutTag::Div | OutTag::P) {
                    self.nodes[c].tag = OutTag::Figcaption;
                }
            }
        }
        // A picture's wrapper followed by a credited caption paragraph: the paragraph moves
        // into the wrapper, which becomes the figure. (Ids stay children-after-parent and in
        // document order: the caption came right after the wrapper's subtree.)
        for parent in 0..n {
            let kids = std::mem::take(&mut self.nodes[parent].children);
            let mut kept: Vec<u32> = Vec::with_capacity(kids.len());
            // The last picture wrapper kept, while only blank text has followed it.
            let mut pic: Option<usize> = None;
            for c in kids {
                let cu = c as usize;
                let tag = self.nodes[cu].tag;
                if tag == OutTag::Text && chars[cu] == 0 {
                    kept.push(c);
                    continue;
                }
                if let Some(p) = pic.take() {
                    if matches!(tag, OutTag::P | OutTag::Div)
                        && !images[cu]
                        && !headings[cu]
                        && (1..=MAX_CAPTION_CHARS).contains(&chars[cu])
                        && (self.nodes[cu].caption || self.credited(cu))
                    {
                        self.nodes[p].tag = OutTag::Figure;
                        self.nodes[p].children.push(c);
                        self.nodes[cu].tag = OutTag::Figcaption;
                        continue;
                    }
                }
                pic = (matches!(tag, OutTag::Div | OutTag::Figure) && images[cu] && chars[cu] == 0)
                    .then_some(cu);
                kept.push(c);
            }
            self.nodes[parent].children = kept;
        }
    }

    /// True when the text of node `id` names a photo credit.
    fn credited(&self, id: usize) -> bool {
        let text = crate::serialize::text::write_node(
            self,
            id as u32,
            crate::serialize::text::Figures::Keep,
        );
        crate::patterns::phrases::has_credit_marker(&text)
    }

    /// Bytes the tree's text and (when `markup`) its tags and attributes take written out,
    /// before escaping: the size the serializers reserve, so that a large article's output
    /// is not grown by doubling (which can leave up to half of it unused).
    pub(crate) fn written_size(&self, markup: bool) -> usize {
        self.nodes
            .iter()
            .map(|n| {
                let tags = if markup && n.tag != OutTag::Text {
                    2 * n.tag.name().len()
                        + 5
                        + n.attrs
                            .iter()
                            .map(|(k, v)| k.len() + v.len() + 4)
                            .sum::<usize>()
                } else {
                    1
                };
                n.text.len() + tags
            })
            .sum()
    }

    /// Total visible text length, for comparing attempts.
    pub(crate) fn text_chars(&self) -> usize {
        self.nodes
            .iter()
            .filter(|n| n.tag == OutTag::Text)
            .map(|n| crate::dom::collapsed_len(&n.text) as usize)
            .sum()
    }
}

/// Schemes allowed in links.
const LINK_SCHEMES: &[&str] = &["http", "https", "mailto", "tel", "ftp"];
/// Schemes allowed for images (plus `data:image/...` raster types).
pub(crate) const IMAGE_SCHEMES: &[&str] = &["http", "https"];
/// `data:` image types allowed in `src` (no SVG: it can carry script when opened directly).
const DATA_IMAGE_TYPES: &[&str] = &[
    "data:image/png",
    "data:image/jpeg",
    "data:image/jpg",
    "data:image/gif",
    "data:image/webp",
    "data:image/avif",
];

/// Stands in for the page's URL when checking that a relative reference resolves at all.
const PLACEHOLDER_BASE: &str = "https://placeholder.invalid/";

/// Resolves and vets a URL. `None` when it cannot be used safely. The result is percent-encoded
/// where it could otherwise end an attribute, open a tag or break a Markdown link (see
/// [`encode_unsafe`]).
pub(crate) fn safe_url(
    raw: &str,
    base: Option<&str>,
    schemes: &[&str],
    allow_data_image: bool,
) -> Option<String> {
    // Browsers strip leading/trailing C0 controls and spaces, and tabs/newlines anywhere.
    let cleaned: String = raw
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    if cleaned.is_empty() {
        return None;
    }
    let lower = cleaned.to_ascii_lowercase();
    if lower.starts_with("data:") {
        return (allow_data_image
            && DATA_IMAGE_TYPES
                .iter()
                .any(|t| lower.starts_with(t) && lower[t.len()..].starts_with([';', ','])))
        .then(|| encode_unsafe(&cleaned));
    }
    if cleaned.starts_with('#') {
        // In-page anchors stay as they are (they point into the article itself).
        return Some(encode_unsafe(&cleaned));
    }
    let resolved = if urls::has_scheme(&cleaned) {
        urls::parse(&cleaned)?
    } else if let Some(base) = base {
        urls::join(base, &cleaned)?
    } else {
        // No base to resolve against: keep the relative reference, which cannot carry a
        // scheme of its own (a colon before the first slash would make it one), if it
        // resolves at all (`//javascript:x` names a host with a port no browser accepts).
        let before_path = cleaned.split(['/', '?', '#']).next().unwrap_or("");
        if before_path.contains(':') || urls::join(PLACEHOLDER_BASE, &cleaned).is_none() {
            return None;
        }
        return Some(encode_unsafe(&cleaned));
    };
    schemes
        .contains(&resolved.scheme.as_str())
        .then(|| encode_unsafe(&resolved.href))
}

/// Percent-encodes the characters that the URL standard itself encodes in fragments (controls,
/// space, `"`, `<`, `>`, `` ` ``), wherever they are. The URL parser leaves them raw in
/// opaque paths (`mailto:<x>`), relative references are kept as written when there is no
/// base, and data URLs are not parsed at all; raw, they would end a Markdown link early and
/// turn what follows into markup (`[a](#x\u{c}<script>...)`). Existing escapes are kept.
fn encode_unsafe(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        if c <= ' ' || matches!(c, '\u{7f}' | '"' | '<' | '>' | '`') {
            out.push_str(&format!("%{:02X}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// Splits a `srcset` into (URL, descriptors) candidates, as the HTML standard does: a URL
/// runs to the next whitespace (commas inside it are part of it, trailing ones end it),
/// descriptors run to the next comma.
fn srcset_candidates(raw: &str) -> Vec<(&str, &str)> {
    let mut out = Vec::new();
    let mut rest = raw;
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == ',');
        if rest.is_empty() {
            return out;
        }
        let url_end = rest
            .find(|c: char| c.is_ascii_whitespace())
            .unwrap_or(rest.len());
        let url = &rest[..url_end];
        let trimmed = url.trim_end_matches(',');
        if trimmed.len() < url.len() {
            // "a.jpg, b.jpg": the comma closed the candidate.
            out.push((trimmed, ""));
            rest = &rest[url_end..];
            continue;
        }
        rest = &rest[url_end..];
        let desc_end = rest.find(',').unwrap_or(rest.len());
        out.push((url, rest[..desc_end].trim()));
        rest = &rest[desc_end..];
    }
}

/// Srcset with every URL vetted and resolved; `None` when nothing usable remains.
fn safe_srcset(raw: &str, base: Option<&str>) -> Option<String> {
    let mut out = Vec::new();
    for (u, descriptors) in srcset_candidates(raw) {
        let Some(u) = safe_url(u, base, IMAGE_SCHEMES, false) else {
            continue;
        };
        // Only width and density descriptors ("640w", "2x") pass.
        let descriptor: Vec<&str> = descriptors
            .split_whitespace()
            .filter(|d| {
                d.len() > 1
                    && (d.ends_with('w') || d.ends_with('x'))
                    && d[..d.len() - 1]
                        .chars()
                        .all(|c| c.is_ascii_digit() || c == '.')
            })
            .collect();
        if descriptor.is_empty() {
            out.push(u);
        } else {
            out.push(format!("{u} {}", descriptor.join(" ")));
        }
    }
    (!out.is_empty()).then(|| out.join(", "))
}

/// Attribute names that lazy-loading scripts use for the real image.
const LAZY_SRC_ATTRS: &[&str] = &[
    "data-src",
    "data-lazy-src",
    "data-original",
    "data-url",
    "data-lazy",
    "data-orig-file",
    "data-full-src",
    "data-hi-res-src",
    "data-img-src",
    "data-image",
    "data-actualsrc",
    "data-echo",
    "data-original-src",
];
const LAZY_SRCSET_ATTRS: &[&str] = &["data-srcset", "data-lazy-srcset", "data-original-set"];

/// A `src` that only stands in for a lazily loaded image.
fn is_placeholder(src: &str) -> bool {
    let s = src.trim().to_ascii_lowercase();
    if s.is_empty() || s == "#" || s == "about:blank" {
        return true;
    }
    if s.starts_with("data:") {
        // Tiny inline images (1x1 GIFs, blank SVGs) are placeholders; Readability uses 133
        // bytes as the bound for base64 payloads.
        return s.len() < 133 + 30 || s.starts_with("data:image/svg");
    }
    [
        "placeholder",
        "blank.gif",
        "spacer.gif",
        "pixel.gif",
        "transparent.gif",
        "lazy-load",
        "lazyload",
        "grey.gif",
        "1x1",
        "loading.gif",
    ]
    .iter()
    .any(|p| s.contains(p))
}

/// True when a value looks like an image URL (used to find unlisted lazy attributes).
fn looks_like_image_url(v: &str) -> bool {
    let v = v.trim().to_ascii_lowercase();
    !v.contains(char::is_whitespace)
        && [".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif"]
            .iter()
            .any(|ext| v.contains(ext))
}

fn attributes(
    page: &Page<'_>,
    ix: Ix,
    out: OutTag,
    settings: &OutputSettings<'_>,
) -> Option<Vec<(&'static str, String)>> {
    let dom = page.dom();
    let base = settings.base.as_deref();
    let mut attrs: Vec<(&'static str, String)> = Vec::new();
    match out {
        OutTag::A => {
            if let Some(href) = dom.attr(ix, "href") {
                match safe_url(href, base, LINK_SCHEMES, false) {
                    Some(u) => attrs.push(("href", u)),
                    // javascript: and friends: keep the text, drop the link.
                    None => return None,
                }
            }
            if let Some(t) = dom.attr(ix, "title") {
                attrs.push(("title", t.to_string()));
            }
        }
        OutTag::Img => {
            let (src, srcset) = image_source(dom, ix, base)?;
            if let Some(s) = src {
                attrs.push(("src", s));
            }
            if let Some(s) = srcset {
                attrs.push(("srcset", s));
            }
            for name in ["alt", "title", "width", "height"] {
                if let Some(v) = dom.attr(ix, name) {
                    let ok = match name {
                        "width" | "height" => {
                            v.trim().chars().all(|c| c.is_ascii_digit()) && !v.trim().is_empty()
                        }
                        _ => true,
                    };
                    if ok {
                        attrs.push((name, v.trim().to_string()));
                    }
                }
            }
        }
        OutTag::Td | OutTag::Th => {
            for name in ["colspan", "rowspan"] {
                if let Some(v) = dom.attr(ix, name) {
                    if v.trim().parse::<u16>().is_ok() {
                        attrs.push((name, v.trim().to_string()));
                    }
                }
            }
            if out == OutTag::Th {
                if let Some(v) = dom.attr(ix, "scope") {
                    if matches!(v.trim(), "row" | "col" | "rowgroup" | "colgroup") {
                        attrs.push(("scope", v.trim().to_string()));
                    }
                }
            }
        }
        OutTag::Ol => {
            if let Some(v) = dom.attr(ix, "start") {
                if v.trim().parse::<i64>().is_ok() {
                    attrs.push(("start", v.trim().to_string()));
                }
            }
            if dom.attr(ix, "reversed").is_some() {
                attrs.push(("reversed", String::new()));
            }
        }
        OutTag::Li => {
            if let Some(v) = dom.attr(ix, "value") {
                if v.trim().parse::<i64>().is_ok() {
                    attrs.push(("value", v.trim().to_string()));
                }
            }
        }
        OutTag::Time => {
            // A date, time or duration ("2024-05-01T10:00:00+02:00", "PT2H 30M"), nothing else.
            if let Some(v) = dom.attr(ix, "datetime") {
                let v = v.trim();
                if !v.is_empty()
                    && v.len() <= 64
                    && v.chars().all(|c| {
                        c.is_ascii_alphanumeric() || matches!(c, '-' | ':' | '.' | '+' | ' ')
                    })
                {
                    attrs.push(("datetime", v.to_string()));
                }
            }
        }
        OutTag::Abbr => {
            if let Some(v) = dom.attr(ix, "title") {
                attrs.push(("title", v.to_string()));
            }
        }
        OutTag::Blockquote | OutTag::Q | OutTag::Del | OutTag::Ins => {
            if let Some(v) = dom.attr(ix, "cite") {
                if let Some(u) = safe_url(v, base, IMAGE_SCHEMES, false) {
                    attrs.push(("cite", u));
                }
            }
        }
        _ => {}
    }
    for name in ["lang", "dir"] {
        if let Some(v) = dom.attr(ix, name) {
            let v = v.trim();
            let ok = match name {
                "dir" => matches!(v, "ltr" | "rtl" | "auto"),
                _ => {
                    !v.is_empty()
                        && v.len() <= 35
                        && v.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                }
            };
            if ok {
                attrs.push((name, v.to_string()));
            }
        }
    }
    if let Some(class) = dom.attr(ix, "class") {
        let kept: Vec<&str> = class
            .split_ascii_whitespace()
            .filter(|c| {
                settings.keep_classes || settings.classes_to_preserve.iter().any(|p| p == c)
            })
            .collect();
        if !kept.is_empty() {
            attrs.push(("class", kept.join(" ")));
        }
    }
    Some(attrs)
}

/// The real source of an image: its `src` unless that is a placeholder, then lazy-loading
/// attributes, then a `<noscript>` copy next to it, then `<source>` siblings in a
/// `<picture>`. `None` when no usable source is found.
fn image_source(dom: &Dom, ix: Ix, base: Option<&str>) -> Option<(Option<String>, Option<String>)> {
    let mut src = dom
        .attr(ix, "src")
        .filter(|s| !is_placeholder(s))
        .and_then(|s| safe_url(s, base, IMAGE_SCHEMES, true));
    let mut srcset = dom.attr(ix, "srcset").and_then(|s| safe_srcset(s, base));
    if src.is_none() {
        src = LAZY_SRC_ATTRS
            .iter()
            .find_map(|a| dom.attr(ix, a))
            .and_then(|s| safe_url(s, base, IMAGE_SCHEMES, false));
    }
    if srcset.is_none() {
        srcset = LAZY_SRCSET_ATTRS
            .iter()
            .find_map(|a| dom.attr(ix, a))
            .and_then(|s| safe_srcset(s, base));
    }
    if src.is_none() {
        // Any other attribute holding an image URL.
        src = dom
            .attrs(ix)
            .iter()
            .filter(|a| !matches!(&*a.name, "src" | "srcset" | "alt" | "title"))
            .map(|a| &*a.value)
            .find(|v| looks_like_image_url(v))
            .and_then(|v| safe_url(v, base, IMAGE_SCHEMES, false));
    }
    if src.is_none() && srcset.is_none() {
        if let Some((s, ss)) = noscript_copy(dom, ix, base) {
            src = s;
            srcset = ss;
        }
    }
    if src.is_none() && srcset.is_none() {
        // <picture><source srcset=...><img></picture>
        if let Some(parent) = dom.parent(ix).filter(|&p| dom.tag(p) == Tag::Picture) {
            srcset = dom
                .children(parent)
                .filter(|&c| dom.tag(c) == Tag::Source)
                .find_map(|c| dom.attr(c, "srcset").or_else(|| dom.attr(c, "data-srcset")))
                .and_then(|s| safe_srcset(s, base));
        }
    }
    if src.is_none() {
        // Browsers need a src; take the first srcset candidate.
        src = srcset
            .as_deref()
            .and_then(|s| srcset_candidates(s).first().map(|(u, _)| u.to_string()));
    }
    src.as_ref()?;
    Some((src, srcset))
}

/// The image inside a `<noscript>` that follows `ix` (or its wrapper), as lazy-loading
/// scripts write them.
fn noscript_copy(
    dom: &Dom,
    ix: Ix,
    base: Option<&str>,
) -> Option<(Option<String>, Option<String>)> {
    let mut at = ix;
    for _ in 0..3 {
        let mut next = dom.next_sibling(at);
        // Skip whitespace text.
        while let Some(n) = next {
            if dom.tag(n) == Tag::Text && dom.text(n).is_some_and(crate::dom::is_blank) {
                next = dom.next_sibling(n);
            } else {
                break;
            }
        }
        if let Some(n) = next.filter(|&n| dom.tag(n) == Tag::Noscript) {
            let fragment = crate::parse::noscript_fragment(&dom.text_of_raw(n))?;
            let img = (0..fragment.len() as Ix).find(|&i| fragment.tag(i) == Tag::Img)?;
            let src = fragment
                .attr(img, "src")
                .filter(|s| !is_placeholder(s))
                .and_then(|s| safe_url(s, base, IMAGE_SCHEMES, true));
            let srcset = fragment
                .attr(img, "srcset")
                .and_then(|s| safe_srcset(s, base));
            return Some((src, srcset));
        }
        at = dom.parent(at)?;
        if !matches!(dom.tag(at), Tag::Picture | Tag::Span | Tag::A | Tag::Div) {
            return None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An article page with `extra` between its second and third paragraphs.
    fn article_with(extra: &str) -> crate::Article {
        let para = "The council met on Tuesday evening and voted to reopen the old market hall, \
                    which has stood empty since the floods of the spring, for traders next month.";
        let html = format!(
            "<html><body><article><h1>Market hall to reopen</h1><p>{para}</p><p>{para}</p>\
             {extra}<p>{para}</p></article></body></html>"
        );
        crate::extract(&html, &crate::Options::default()).expect("extracts")
    }

    #[test]
    fn image_wrapper_with_credit_becomes_a_figure() {
        let a = article_with(
            "<div class=\"img-inline\"><a href=\"/big.jpg\"><img src=\"https://x.example/m.jpg\"></a>\
             <div class=\"img-text\"><span>The hall in 1910. © AFP / Jane Roe</span></div></div>",
        );
        assert!(
            a.content.contains("<figure><a href") && a.content.contains("<figcaption>"),
            "{}",
            a.content
        );
        assert!(a.text_content.contains("The hall in 1910."));
        assert!(!a.text.contains("The hall in 1910."), "{}", a.text);
    }

    #[test]
    fn credited_caption_after_a_picture_joins_it() {
        let a = article_with(
            "<div><a href=\"https://x.example/big.jpg\"><img src=\"https://x.example/m.jpg\"></a></div>\n\
             <p>Traders at the opening in 1910. © AFP / Jane Roe</p>",
        );
        assert!(
            a.content.contains("</a><figcaption>Traders at the opening"),
            "{}",
            a.content
        );
        assert!(!a.text.contains("Traders at the opening"), "{}", a.text);
        // Without a credit it is a paragraph after a picture.
        let b = article_with(
            "<div><img src=\"https://x.example/m.jpg\"></div><p>Traders have waited since May.</p>",
        );
        assert!(b.text.contains("Traders have waited since May."));
    }

    #[test]
    fn caption_named_by_its_class_makes_a_figure() {
        let a = article_with(
            "<div class=\"img-box\"><img src=\"https://x.example/m.jpg\">\
             <div class=\"img-box__caption\">Traders at the opening in 1910</div></div>",
        );
        assert!(
            a.content.contains("<figure><img") && a.content.contains("<figcaption>Traders"),
            "{}",
            a.content
        );
        assert!(!a.text.contains("Traders at the opening"), "{}", a.text);
        // A caption-named paragraph right after a picture's wrapper joins it.
        let b = article_with(
            "<div><img src=\"https://x.example/m.jpg\"></div>\
             <p class=\"wp-caption-text\">Traders at the opening in 1910</p>",
        );
        assert!(b.content.contains("<figcaption>Traders"), "{}", b.content);
    }

    #[test]
    fn image_wrapper_without_credit_or_with_a_heading_stays() {
        for extra in [
            // Text beside a picture, but no credit: a paragraph illustrated.
            "<div><img src=\"https://x.example/m.jpg\"><p>Traders have waited since May.</p></div>",
            // A slide: heading and text under a credited picture.
            "<div><img src=\"https://x.example/m.jpg\"><div><h2>Stalls</h2><p>Forty stalls. \
             Photo: Jane Roe</p></div></div>",
        ] {
            let a = article_with(extra);
            assert!(!a.content.contains("<figure>"), "{}", a.content);
            assert_eq!(a.text, a.text_content);
        }
    }

    #[test]
    fn urls_are_vetted() {
        let b = Some("https://example.com/news/a.html");
        assert_eq!(
            safe_url("../img/x.jpg", b, IMAGE_SCHEMES, false).as_deref(),
            Some("https://example.com/img/x.jpg")
        );
        assert_eq!(
            safe_url("javascript:alert(1)", b, LINK_SCHEMES, false),
            None
        );
        assert_eq!(
            safe_url(" java\tscript:alert(1)", b, LINK_SCHEMES, false),
            None
        );
        assert_eq!(
            safe_url("JaVaScRiPt:alert(1)", None, LINK_SCHEMES, false),
            None
        );
        assert_eq!(safe_url("vbscript:x", None, LINK_SCHEMES, false), None);
        assert_eq!(
            safe_url("data:text/html,<script>", b, LINK_SCHEMES, false),
            None
        );
        assert_eq!(
            safe_url("data:image/svg+xml,<svg onload=x>", b, IMAGE_SCHEMES, true),
            None
        );
        assert!(safe_url("data:image/png;base64,AAAA", b, IMAGE_SCHEMES, true).is_some());
        assert_eq!(
            safe_url("/a/b", None, LINK_SCHEMES, false).as_deref(),
            Some("/a/b")
        );
        assert_eq!(
            safe_url("#section", b, LINK_SCHEMES, false).as_deref(),
            Some("#section")
        );
        // What could end a Markdown link or open a tag is percent-encoded, wherever it is.
        assert_eq!(
            safe_url("#s\u{c}<script>", b, LINK_SCHEMES, false).as_deref(),
            Some("#s%0C%3Cscript%3E")
        );
        assert_eq!(
            safe_url("page\u{b}<b x=\"`\">", None, LINK_SCHEMES, false).as_deref(),
            Some("page%0B%3Cb%20x=%22%60%22%3E")
        );
        assert_eq!(
            safe_url("mailto:<a>@example.com", None, LINK_SCHEMES, false).as_deref(),
            Some("mailto:%3Ca%3E@example.com")
        );
        assert_eq!(
            safe_url("/a%20b", None, LINK_SCHEMES, false).as_deref(),
            Some("/a%20b")
        );
        // A relative reference that cannot resolve is dropped.
        assert_eq!(
            safe_url("//javascript:alert(1)", None, LINK_SCHEMES, false),
            None
        );
        assert_eq!(
            safe_url("//cdn.example/a.jpg", None, IMAGE_SCHEMES, false).as_deref(),
            Some("//cdn.example/a.jpg")
        );
    }

    #[test]
    fn srcset_is_rewritten() {
        let base: Option<String> = Some("https://example.com/".into());
        assert_eq!(
            safe_srcset("a.jpg 1x, javascript:x 2x, b.jpg 640w", base.as_deref()).as_deref(),
            Some("https://example.com/a.jpg 1x, https://example.com/b.jpg 640w")
        );
        assert_eq!(
            safe_srcset(
                "https://cdn.example/w_100,h_50/a.jpg 100w,https://cdn.example/b.jpg 2x",
                base.as_deref()
            )
            .as_deref(),
            Some("https://cdn.example/w_100,h_50/a.jpg 100w, https://cdn.example/b.jpg 2x")
        );
    }
}
