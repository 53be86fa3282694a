//! What each kind of boilerplate may take, in one table: how much text its name alone may
//! condemn, how much a heading of its kind takes with it, whether a small box around it goes
//! too, whether prose inside a block so named saves the block, and whether its paragraphs
//! and its name count against the article's candidates. Data, read by [`policy`].

use crate::article::Kind;

/// The rules for one kind of block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Policy {
    /// Longest text (characters) of an element that its class/id name may condemn: beyond
    /// it, the element is a wrapper that happens to carry the name.
    pub named_max_chars: u32,
    /// Longest section (characters) a heading of this kind takes with it ("Related
    /// articles" over a list), when the section is mostly prose...
    pub section_max_chars: u32,
    /// ... and when a third or more of it is links.
    pub linked_section_max_chars: u32,
    /// A small box around a condemned block goes with it when the rest of the box speaks
    /// of the same thing (the paragraphs of an appeal box talk about journalism and
    /// support).
    pub takes_its_box: bool,
    /// A block so named that holds paragraphs of prose not speaking of the kind is kept:
    /// the name is on a wrapper around the story (`<div class="paywall">`).
    pub prose_saves: bool,
    /// A widget of buttons (text size, listening): a block so named whose text is a
    /// sentence is prose that a style class happens to match (`<p class="text-size-large">`
    /// of a page builder).
    pub sentence_saves: bool,
    /// Its paragraphs give no points to the article's candidates: they are about
    /// something else, however long (a comment thread, a donation appeal).
    pub not_article: bool,
    /// Its name lowers a candidate's score, as Readability's negative names do.
    pub weighs_against: bool,
}

/// Every kind, for building masks from the table.
pub(crate) const ALL: [Kind; 18] = [
    Kind::Appeal,
    Kind::Newsletter,
    Kind::Share,
    Kind::Controls,
    Kind::Related,
    Kind::AuthorBox,
    Kind::Contact,
    Kind::Tags,
    Kind::Breadcrumbs,
    Kind::Comments,
    Kind::Ad,
    Kind::Cookie,
    Kind::Navigation,
    Kind::Metadata,
    Kind::Title,
    Kind::Hidden,
    Kind::Credit,
    Kind::Clutter,
];

/// Largest box or section (characters) of a self-contained kind: an author bio, a press
/// contact, a newsletter or donation box is a few sentences.
pub(crate) const BOX_MAX_CHARS: u32 = 1500;
/// Largest section under a heading of a kind of short, link-heavy blocks (tags, share bars,
/// ads).
const SHORT_SECTION_MAX_CHARS: u32 = 600;

const NONE: Policy = Policy {
    named_max_chars: 0,
    section_max_chars: 0,
    linked_section_max_chars: 0,
    takes_its_box: false,
    prose_saves: true,
    sentence_saves: false,
    not_article: false,
    weighs_against: false,
};

/// The rules for `kind`.
pub(crate) const fn policy(kind: Kind) -> Policy {
    match kind {
        Kind::Appeal => Policy {
            // An appeal runs to a few paragraphs.
            named_max_chars: 2000,
            section_max_chars: BOX_MAX_CHARS,
            linked_section_max_chars: BOX_MAX_CHARS,
            takes_its_box: true,
            not_article: true,
            ..NONE
        },
        Kind::Newsletter => Policy {
            named_max_chars: 1000,
            section_max_chars: BOX_MAX_CHARS,
            linked_section_max_chars: BOX_MAX_CHARS,
            takes_its_box: true,
            not_article: true,
            weighs_against: true,
            ..NONE
        },
        Kind::Share => Policy {
            // Readability's bound for share widgets.
            named_max_chars: 500,
            section_max_chars: SHORT_SECTION_MAX_CHARS,
            linked_section_max_chars: SHORT_SECTION_MAX_CHARS,
            ..NONE
        },
        Kind::Controls => Policy {
            named_max_chars: 300,
            sentence_saves: true,
            ..NONE
        },
        Kind::Related => Policy {
            // A "related" box may hold several teasers with their excerpts...
            named_max_chars: 2500,
            // ... but under a "Related" heading, a few lines of prose are the article's
            // own section on related work; only a list of links runs longer.
            section_max_chars: 400,
            linked_section_max_chars: 5000,
            // A related box is links and teasers whatever prose they carry.
            prose_saves: false,
            not_article: true,
            weighs_against: true,
            ..NONE
        },
        Kind::AuthorBox => Policy {
            named_max_chars: BOX_MAX_CHARS,
            section_max_chars: BOX_MAX_CHARS,
            linked_section_max_chars: BOX_MAX_CHARS,
            takes_its_box: true,
            not_article: true,
            weighs_against: true,
            ..NONE
        },
        Kind::Contact => Policy {
            section_max_chars: BOX_MAX_CHARS,
            linked_section_max_chars: BOX_MAX_CHARS,
            ..NONE
        },
        Kind::Tags | Kind::Breadcrumbs => Policy {
            named_max_chars: 600,
            section_max_chars: if matches!(kind, Kind::Tags) {
                SHORT_SECTION_MAX_CHARS
            } else {
                0
            },
            linked_section_max_chars: if matches!(kind, Kind::Tags) {
                SHORT_SECTION_MAX_CHARS
            } else {
                0
            },
            ..NONE
        },
        Kind::Comments => Policy {
            // A comment thread is as long as its readers make it.
            named_max_chars: u32::MAX,
            section_max_chars: u32::MAX,
            linked_section_max_chars: u32::MAX,
            takes_its_box: true,
            prose_saves: false,
            sentence_saves: false,
            not_article: true,
            weighs_against: true,
        },
        Kind::Ad => Policy {
            named_max_chars: 600,
            section_max_chars: SHORT_SECTION_MAX_CHARS,
            linked_section_max_chars: SHORT_SECTION_MAX_CHARS,
            ..NONE
        },
        Kind::Cookie => Policy {
            // Consent notices list their purposes at length.
            named_max_chars: 2000,
            not_article: true,
            weighs_against: true,
            ..NONE
        },
        Kind::Navigation => Policy {
            named_max_chars: 1000,
            // Only a list of links goes with a navigation heading.
            linked_section_max_chars: 5000,
            prose_saves: false,
            ..NONE
        },
        Kind::Metadata => Policy {
            named_max_chars: 200,
            ..NONE
        },
        Kind::Credit => Policy {
            named_max_chars: 150,
            ..NONE
        },
        Kind::Clutter => Policy {
            named_max_chars: 600,
            ..NONE
        },
        Kind::Title | Kind::Hidden => NONE,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table holds what the five scattered rules it replaced held.
    #[test]
    fn the_table_keeps_the_rules() {
        assert_eq!(policy(Kind::Share).named_max_chars, 500);
        assert_eq!(policy(Kind::Comments).named_max_chars, u32::MAX);
        assert_eq!(policy(Kind::Related).section_max_chars, 400);
        assert_eq!(policy(Kind::Navigation).section_max_chars, 0);
        assert_eq!(policy(Kind::Navigation).linked_section_max_chars, 5000);
        assert_eq!(policy(Kind::Breadcrumbs).linked_section_max_chars, 0);
        let boxes: Vec<Kind> = [
            Kind::Appeal,
            Kind::Newsletter,
            Kind::Comments,
            Kind::AuthorBox,
            Kind::Share,
        ]
        .into_iter()
        .filter(|&k| policy(k).takes_its_box)
        .collect();
        assert_eq!(
            boxes,
            [
                Kind::Appeal,
                Kind::Newsletter,
                Kind::Comments,
                Kind::AuthorBox
            ]
        );
        assert!(policy(Kind::Appeal).not_article && !policy(Kind::Appeal).weighs_against);
        assert!(!policy(Kind::Related).prose_saves && policy(Kind::Ad).prose_saves);
    }
}
