//! What class and id names say about an element.
//!
//! Two families of hints. The first steers the search for the article's container, after
//! Readability's well-tried lists (unlikely, maybe, positive, negative) plus a list of names
//! that sites give their article-body container. The second names the kind of boilerplate an
//! element is, for stripping inside the article. One table per concern.

use std::sync::OnceLock;

use super::Matcher;
use crate::article::Kind;

/// Bit set of hints for one element.
pub(crate) type Hints = u32;

pub(crate) const UNLIKELY: Hints = 1 << 0;
pub(crate) const MAYBE: Hints = 1 << 1;
pub(crate) const POSITIVE: Hints = 1 << 2;
pub(crate) const NEGATIVE: Hints = 1 << 3;
/// Names sites give to the container of the article body itself.
pub(crate) const BODY: Hints = 1 << 4;
/// Screen-reader-only and hidden helpers.
pub(crate) const HIDDEN: Hints = 1 << 5;
/// Figure captions and credits: kept even though they are short.
pub(crate) const CAPTION: Hints = 1 << 6;
/// Bylines, datelines and other article metadata lines.
pub(crate) const META: Hints = 1 << 7;
/// Reference lists and bibliographies: long lists of citations, which outscore a short
/// abstract on scholarly pages but are never the article.
pub(crate) const REFERENCES: Hints = 1 << 26;
/// The panels of disclosure widgets (accordions, collapsible sections, tabs): text a reader
/// opens, hidden until then.
pub(crate) const PANEL: Hints = 1 << 27;
/// Bootstrap's display utility that hides an element (`d-none`): whether a breakpoint shows
/// it again is for the caller to read from the other names.
pub(crate) const DISPLAY_NONE: Hints = 1 << 28;
/// A box of the article's own content set beside its flow, often in an `<aside>`: its key
/// points ("Key takeaways", "TL;DR"), a fact box, a glossary, a pull quote.
pub(crate) const OWN_BOX: Hints = 1 << 29;
/// Readability's byline names: where the author line lives.
pub(crate) const BYLINE: Hints = 1 << 30;
/// Lead paragraphs and standfirsts, which sites often place outside the body container.
pub(crate) const LEAD: Hints = 1 << 31;

const KIND_SHIFT: u32 = 8;
// Kind bits occupy 8..8+18; BYLINE sits above them.
/// The hint bit for a kind of boilerplate.
pub(crate) const fn kind_bit(kind: Kind) -> Hints {
    1 << (KIND_SHIFT + kind_index(kind))
}

const fn kind_index(kind: Kind) -> u32 {
    match kind {
        Kind::Appeal => 0,
        Kind::Newsletter => 1,
        Kind::Share => 2,
        Kind::Controls => 3,
        Kind::Related => 4,
        Kind::AuthorBox => 5,
        Kind::Tags => 6,
        Kind::Breadcrumbs => 7,
        Kind::Comments => 8,
        Kind::Ad => 9,
        Kind::Cookie => 10,
        Kind::Navigation => 11,
        Kind::Metadata => 12,
        Kind::Title => 13,
        Kind::Hidden => 14,
        Kind::Clutter => 15,
        Kind::Credit => 16,
        Kind::Contact => 17,
    }
}

/// Kinds in the order of precedence used when a name matches several (`related-share` is
/// first of all a share widget).
const KIND_ORDER: [Kind; 15] = [
    Kind::Cookie,
    Kind::Comments,
    Kind::Newsletter,
    Kind::Appeal,
    Kind::Share,
    Kind::Controls,
    Kind::AuthorBox,
    Kind::Breadcrumbs,
    Kind::Tags,
    Kind::Related,
    Kind::Ad,
    Kind::Navigation,
    Kind::Hidden,
    Kind::Credit,
    Kind::Clutter,
];

/// Every hint that speaks against an element: furniture, a negative weight, a kind of
/// boilerplate.
pub(crate) const AGAINST: Hints = UNLIKELY | NEGATIVE | (((1 << 18) - 1) << KIND_SHIFT);

/// The boilerplate kind that a set of hints names, if any.
pub(crate) fn kind_of(hints: Hints) -> Option<Kind> {
    KIND_ORDER
        .iter()
        .copied()
        .find(|&k| hints & kind_bit(k) != 0)
}

/// Readability's "unlikely candidates": page furniture that rarely holds the article.
const UNLIKELY_NAMES: &str = "-ad-|\
     ai2html|\
     banner|\
     breadcrumbs|\
     combx|\
     comment|\
     community|\
     cover-wrap|\
     disqus|\
     extra|\
     footer|\
     gdpr|\
     header|\
     legends|\
     menu|\
     related|\
     remark|\
     replies|\
     rss|\
     shoutbox|\
     sidebar|\
     skyscraper|\
     social|\
     sponsor|\
     supplemental|\
     ad-break|\
     agegate|\
     pagination|\
     pager|\
     popup|\
     yom-remote";

/// Names that rescue an "unlikely" element: it may still be the article.
const MAYBE_NAMES: &str = "and|\
     article|\
     body|\
     column|\
     content|\
     main|\
     mathjax|\
     shadow";

/// Names that raise a candidate's score.
const POSITIVE_NAMES: &str = "article|\
     body|\
     content|\
     entry|\
     hentry|\
     h-entry|\
     main|\
     page|\
     pagination|\
     post|\
     text|\
     blog|\
     story";

/// Names that lower a candidate's score: Readability's list, except that "media" counts
/// only where a name starts with it (`media-caption`, `has-media`), not at the end of a
/// longer word (`leafmedia`, a layout name around article text).
const NEGATIVE_NAMES: &str = "-ad-|\
     hidden|\
     ^hid$|\
     banner|\
     combx|\
     comment|\
     com-|\
     contact|\
     footer|\
     gdpr|\
     masthead|\
     ^media|\
     meta|\
     outbrain|\
     promo|\
     related|\
     scroll|\
     share|\
     shoutbox|\
     sidebar|\
     skyscraper|\
     sponsor|\
     shopping|\
     tags|\
     widget";

/// Names of article-body containers across common CMSs and news sites.
const BODY_NAMES: &str = "articlebody|\
     field-name-body|\
     article-body|\
     article_body|\
     article-content|\
     article_content|\
     articlecontent|\
     article-text|\
     article_text|\
     articletext|\
     article__body|\
     article__content|\
     article__text|\
     story-body|\
     storybody|\
     story-content|\
     story-text|\
     entry-content|\
     entry_content|\
     entry-body|\
     post-content|\
     post_content|\
     postcontent|\
     post-body|\
     post_body|\
     postbody|\
     post-text|\
     post-entry|\
     body-text|\
     bodytext|\
     main-text|\
     td-post-content|\
     c-entry-content|\
     rich-text|\
     richtext|\
     field-body|\
     field--name-body|\
     news-text|\
     newstext|\
     content-body|\
     text-content|\
     ^page-content$|\
     single-content|\
     blog-content|\
     blogpost-content|\
     artikel-text|\
     ^artikel$|\
     texto|\
     contenido|\
     materia";

const HIDDEN_NAMES: &str = "rollover|\
     tooltip|\
     popover|\
     hovercard|\
     sr-only|\
     screen-reader|\
     screenreader|\
     visually-hidden|\
     visuallyhidden|\
     ^hidden$|\
     ^hide$|\
     offscreen|\
     a11y-only|\
     show-for-sr|\
     element-invisible|\
     u-hidden";

/// Names of the panels of disclosure widgets: an accordion's answers, a collapsible
/// section, a tab's pane ("accordian" as sites misspell it).
const PANEL_NAMES: &str = "accordion|\
     accordian|\
     collapsible|\
     tabpanel|\
     tab-panel|\
     tab-pane|\
     tabs-panel|\
     tabs__panel";

/// Frameworks' classes for `display: none`: Bootstrap's `d-none` (whether a breakpoint shows
/// the element again is read from the other names, `d-md-block`, by the caller) and
/// Webflow's `w-condition-invisible`, which its stylesheet hides on every screen (a CMS
/// field the template shows under a condition the page does not meet; sites leave a second
/// copy of the story in such blocks).
const DISPLAY_NONE_NAMES: &str = "^d-none$|^w-condition-invisible$";

/// Names of image captions, in the languages sites name them in (didascalia, légende,
/// Bildunterschrift, pie de foto, epígrafe).
const CAPTION_NAMES: &str = "caption|\
     figcaption|\
     legend|\
     ^wp-caption|\
     ^dida$|\
     didascalia|\
     bildunterschrift|\
     pie-de-foto|\
     pie_foto|\
     piefoto|\
     epigrafe";

/// Names of lead paragraphs (standfirst, chapô, perex, bajada...).
const LEAD_NAMES: &str = "^lead$|\
     ^deck$|\
     -deck$|\
     ^dek$|\
     ^subtitle|\
     -subtitle$|\
     ^subhead|\
     ^lead-|\
     -lead$|\
     _lead$|\
     ^leadtext|\
     ^lede|\
     ^intro|\
     -intro$|\
     ^teaser$|\
     teaser-text|\
     excerpt|\
     standfirst|\
     ^chapo|\
     ^chapeau|\
     perex|\
     bajada|\
     entradilla|\
     ^sapo$|\
     ^abstract|\
     ^summary|\
     subheadline|\
     sub-headline";

/// Names of a box of the article's own content ([`OWN_BOX`]).
const OWN_BOX_NAMES: &str = "takeaways|\
     key-points|\
     keypoints|\
     key_points|\
     key-facts|\
     keyfacts|\
     ^tldr|\
     at-a-glance|\
     infobox|\
     info-box|\
     factbox|\
     fact-box|\
     glossary|\
     pull-quote|\
     pullquote";

/// Readability's byline names.
const BYLINE_NAMES: &str = "byline|\
     author|\
     dateline|\
     writtenby|\
     p-author|\
     ^autor|\
     ^auteur";

const META_NAMES: &str = "byline|\
     dateline|\
     ^author$|\
     ^author-name|\
     author-date|\
     ^authors$|\
     ^date$|\
     ^dates$|\
     timestamp|\
     publish-date|\
     published-date|\
     pubdate|\
     post-date|\
     posted-on|\
     entry-meta|\
     entry-date|\
     post-meta|\
     postmeta|\
     article-meta|\
     article-info|\
     articleinfo|\
     story-meta|\
     meta-info|\
     ^meta$|\
     reading-time|\
     read-time|\
     readtime|\
     updated|\
     lastedit|\
     last-edit|\
     last_edit|\
     edit-note|\
     editnote|\
     edited-by|\
     editedby|\
     post-edited|\
     post__edit|\
     ^pstatus$|\
     post_edit|\
     edited_post|\
     userextras";

/// Boilerplate kinds by name. The first table per kind; order inside a table does not matter.
const KIND_NAMES: &[(Kind, &str)] = &[
    (
        Kind::Share,
        "share|\
             sharing|\
             social|\
             sociable|\
             addthis|\
             addtoany|\
             a2a_kit|\
             shariff|\
             sharethis|\
             follow-us|\
             followus|\
             follow-buttons|\
             socialmedia|\
             soc-links|\
             ^print$|\
             print-link|\
             email-link|\
             mail-link|\
             ^tools$|\
             article-tools|\
             story-tools|\
             artikel-tools|\
             teilen|\
             republication|\
             republish",
    ),
    // XenForo sets "Click to expand..." under a long quote in `bbCodeBlock-expandLink`,
    // in the board's language.
    (
        Kind::Controls,
        "^rating|\
     star-rating|\
     text-size|\
             textsize|\
             text-resize|\
             font-size|\
             fontsize|\
             font-resize|\
             fontresize|\
             resize-text|\
             listen|\
             audio-player|\
             audioplayer|\
             speechkit|\
             text-to-speech|\
             texttospeech|\
             read-aloud|\
             readaloud|\
             ^tts|\
             beyondwords|\
             trinity-player|\
             video-player|\
             expandlink",
    ),
    (
        Kind::Related,
        "related|\
             recommend|\
             more-from|\
             morefrom|\
             more-stories|\
             more-articles|\
             more-news|\
             also-read|\
             alsoread|\
             read-also|\
             readalso|\
             see-also|\
             seealso|\
             read-next|\
             next-post|\
             nextstory|\
             next-story|\
             readnext|\
             read-more-links|\
             up-next|\
             upnext|\
             outbrain|\
             taboola|\
             ob-widget|\
             yarpp|\
             jp-relatedposts|\
             crp_related|\
             most-read|\
             mostread|\
             most-popular|\
             mostpopular|\
             trending|\
             popular-posts|\
             further-reading|\
             inline-links|\
             inline-teaser|\
             teaser-inline|\
             teaser--inline|\
             story-links|\
             lesen-sie-auch|\
             savoir-plus|\
             savoir_plus|\
             lire-aussi|\
             leggi-anche|\
             lee-tambien|\
             leia-tambem|\
             czytaj-takze|\
             weitere-artikel|\
             mehr-zum-thema|\
             mehrzumthema|\
             ^teaser-list|\
             article-list",
    ),
    (
        Kind::Newsletter,
        "newsletter|\
             news-letter|\
             signup|\
             sign-up|\
             subscribe|\
             mailchimp|\
             mc4wp|\
             ^optin|\
             opt-in|\
             email-capture|\
             inline-signup",
    ),
    (
        Kind::Appeal,
        "donat|\
             paywall|\
             pay-wall|\
             membership|\
             support-us|\
             supportus|\
             support-box|\
             sostieni|\
             supportbox|\
             support-journalism|\
             support-appeal|\
             donation-appeal|\
             reader-appeal|\
             support-message|\
             contribution|\
             subscription|\
             regwall|\
             piano-|\
             tp-container|\
             premium-teaser|\
             plus-teaser|\
             abo-teaser|\
             ^abo-|\
             upsell|\
             ^cta$|\
             ^cta-|\
             -cta$|\
             -cta-|\
             call-to-action|\
             calltoaction",
    ),
    (
        Kind::AuthorBox,
        "author-bio|\
             authorbio|\
             author-box|\
             authorbox|\
             author_box|\
             about-author|\
             about-the-author|\
             aboutauthor|\
             author-info|\
             authorinfo|\
             author-card|\
             author-profile|\
             author-details|\
             author-description|\
             author-wrap|\
             message-signature|\
             signaturecontainer|\
             __signature|\
             post-signature|\
             postsignature|\
             user-signature|\
             membersignature|\
             usertitle|\
             user-title|\
             ^profile-rank$|\
             ^membergroup$|\
             ^postgroup$|\
             user_sign_|\
             user_sign$|\
             ^signature$|\
             bio-box|\
             biobox|\
             ^bio$|\
             contributor-bio",
    ),
    (
        Kind::Tags,
        "^tags|\
             ^tag$|\
             tag-list|\
             taglist|\
             tagcloud|\
             tag-cloud|\
             tags-links|\
             post-tags|\
             entry-tags|\
             article-tags|\
             story-tags|\
             ^keywords|\
             ^topics|\
             topic-list|\
             ^schlagworte|\
             ^themen",
    ),
    (
        Kind::Breadcrumbs,
        "breadcrumb|\
         crumbs",
    ),
    // Besides disclaimers and embeds' placeholders: a forum's furniture around the posts
    // (who is online, prompts to guests, the board's rules box).
    (
        Kind::Clutter,
        "disclaimer|\
             ^ai2html|\
             affiliate|\
             third-party|\
             thirdparty|\
             embed-placeholder|\
             embed__placeholder|\
             consent-placeholder|\
             online-list|\
             onlinelist|\
             whos-online|\
             whosonline|\
             who-is-online|\
             users-online|\
             online-users|\
             members-online|\
             login-prompt|\
             loginprompt|\
             guest-prompt|\
             guestprompt|\
             guest-reply|\
             guestteaser|\
             guest-teaser|\
             guestbox|\
             guest-box|\
             replyplaceholder|\
             reply-placeholder|\
             ^ratelog|\
             position-in-thread|\
             ^rules$|\
             forum-rules|\
             board-rules",
    ),
    (
        Kind::Credit,
        "^credit|\
             -credit|\
             _credit|\
             photocredit|\
             imagecredit|\
             ^copyright$|\
             image-copyright|\
             photo-copyright|\
             bildquelle|\
             bildnachweis|\
             ^source-image",
    ),
    // vBulletin 4 sets each post of a thread in `<li class="postbitlegacy postcontainer">`.
    (
        Kind::Comments,
        "comment|\
             disqus|\
             ^respond|\
             replies|\
             ^discussion|\
             kommentar|\
             coral-|\
             talk-stream|\
             lia-message-view|\
             ^postcontainer$",
    ),
    // WordPress's Ad Inserter numbers its blocks (`code-block code-block-3`); a bare
    // "code-block" is a documentation page's code. XenForo's ads manager (Siropu) names its
    // units and the sponsored posts it sets among a thread's posts `sam…`.
    (
        Kind::Ad,
        "^ad$|\
             house-creative|\
             samcodeunit|\
             sambannerunit|\
             samunitwrapper|\
             samsponsored|\
             ^samitem$|\
             ^code-block-0|\
             ^code-block-1|\
             ^code-block-2|\
             ^code-block-3|\
             ^code-block-4|\
             ^code-block-5|\
             ^code-block-6|\
             ^code-block-7|\
             ^code-block-8|\
             ^code-block-9|\
             ^ads$|\
             ^ad-|\
             ^ad_|\
             -ad$|\
             _ad$|\
             -ad-|\
             -ads-|\
             advert|\
             adsbygoogle|\
             adslot|\
             ad-slot|\
             adunit|\
             ad-unit|\
             ^adbox|\
             ad-container|\
             adcontainer|\
             ad-wrapper|\
             dfp|\
             gpt-ad|\
             google-ad|\
             ^sponsor|\
             anzeige|\
             werbung|\
             ^banner|\
             commercial|\
             ^promo|\
             native-ad|\
             teads",
    ),
    (
        Kind::Cookie,
        "cookie|\
             gdpr|\
             dsgvo|\
             consent|\
             privacy-banner",
    ),
    (
        Kind::Navigation,
        "^nav$|\
             ^navbar|\
             ^navbox|\
             navigation|\
             ^menu|\
             -menu$|\
             pagination|\
             ^pager|\
             skip-link|\
             skiplink|\
             ^skip$|\
             prev-next|\
             post-navigation|\
             nav-links|\
             ^jump-to",
    ),
];

/// Roles (ARIA `role` attribute) and the hints they imply.
pub(crate) const ROLE_HINTS: &[(&str, Hints)] = &[
    ("navigation", UNLIKELY | kind_bit(Kind::Navigation)),
    ("menu", UNLIKELY | kind_bit(Kind::Navigation)),
    ("menubar", UNLIKELY | kind_bit(Kind::Navigation)),
    ("complementary", UNLIKELY),
    ("banner", UNLIKELY),
    ("contentinfo", UNLIKELY),
    ("search", UNLIKELY | kind_bit(Kind::Navigation)),
    ("alert", UNLIKELY),
    ("alertdialog", UNLIKELY),
    ("dialog", UNLIKELY),
    ("toolbar", kind_bit(Kind::Share)),
    // A tooltip's text shows on hovering its control: "This question shows research effort".
    ("tooltip", UNLIKELY | kind_bit(Kind::Controls)),
    ("doc-subtitle", 0),
];

/// Names of reference lists.
const REFERENCE_NAMES: &str = "references|\
     reference-list|\
     bibliography|\
     citation-list";

/// The compiled class/id matcher: each pattern with its hint and its own text (to explain a
/// removal).
pub(crate) fn matcher() -> &'static Matcher<(Hints, &'static str)> {
    static MATCHER: OnceLock<Matcher<(Hints, &'static str)>> = OnceLock::new();
    MATCHER.get_or_init(|| {
        let simple: [(&'static str, Hints); 14] = [
            (REFERENCE_NAMES, REFERENCES),
            (LEAD_NAMES, LEAD),
            (OWN_BOX_NAMES, OWN_BOX),
            (BYLINE_NAMES, BYLINE),
            (UNLIKELY_NAMES, UNLIKELY),
            (MAYBE_NAMES, MAYBE),
            (POSITIVE_NAMES, POSITIVE),
            (NEGATIVE_NAMES, NEGATIVE),
            (BODY_NAMES, BODY),
            (HIDDEN_NAMES, HIDDEN),
            (CAPTION_NAMES, CAPTION),
            (META_NAMES, META),
            (PANEL_NAMES, PANEL),
            (DISPLAY_NONE_NAMES, DISPLAY_NONE),
        ];
        let plain = simple
            .iter()
            .flat_map(|(names, hint)| super::items(names).map(move |n| (n, (*hint, n))));
        let kinds = KIND_NAMES
            .iter()
            .flat_map(|(kind, names)| super::items(names).map(move |n| (n, (kind_bit(*kind), n))));
        Matcher::new(plain.chain(kinds))
    })
}

/// Hints for a lowercase class/id string.
pub(crate) fn hints(names: &str) -> Hints {
    let mut bits = 0;
    matcher().for_each(&meaningful(names), |hit| bits |= hit.value.0);
    bits
}

/// Names page builders give every block whatever it holds: Elementor wraps each text,
/// heading and image in `elementor-widget-wrap` / `elementor-widget-container`. They say
/// nothing about the block, and their "widget" is not a sidebar widget. (The names that say
/// what a block is, such as `elementor-widget-share-buttons`, still count, by their type:
/// see [`ELEMENTOR_WIDGET_TYPE`].) A text block's type, `text-editor`, would read as
/// Readability's positive "text": it says nothing either.
const STRUCTURAL_NAMES: &[&str] = &[
    "elementor-widget",
    "elementor-widget-wrap",
    "elementor-widget-container",
    "elementor-widget-text-editor",
];

/// The prefix every entry of [`STRUCTURAL_NAMES`] shares: one search rules them all out for
/// the elements (nearly all) that have none.
const STRUCTURAL_PREFIX: &str = "elementor-widget";

/// The prefix of an Elementor widget's type (`elementor-widget-icon-box`).
const ELEMENTOR_WIDGET_TYPE: &str = "elementor-widget-";

/// Prefixes of names that describe what an element *has*, not what it *is*: a blog post
/// marked `has-comments` (Squarespace) or `has-post-thumbnail` (WordPress) is the post, not
/// a comment box or an image.
const STATE_PREFIXES: &[&str] = &["has-", "has_", "no-", "with-"];

/// Ends of names that hide an element only somewhere else or only for a while, so that
/// Readability's negative "hidden" in them says nothing about the block: Shopify's Dawn
/// theme marks a product's description `quick-add-hidden` (left out of the quick-add
/// pop-up, shown on the product's page), and lazy loaders mark a block `lazy-hidden` until
/// it scrolls into view. (Drupal's `field--label-hidden`, a field whose label is hidden, was
/// measured too: it is on the teaser boxes beside a story as much as on the story's body,
/// and the negative weight takes more of those than of bodies.)
const CONDITIONALLY_HIDDEN: &[&str] = &["quick-add-hidden", "lazy-hidden"];

/// True for a name in [`CONDITIONALLY_HIDDEN`].
fn hidden_elsewhere(token: &str) -> bool {
    token.ends_with("-hidden") && CONDITIONALLY_HIDDEN.iter().any(|end| token.ends_with(end))
}

/// Names that say who may read a block, not what it is: TownNews BLOX, the publishing
/// system of many local newspapers, wraps a story's body in `subscriber-premium`, its
/// opening paragraphs (the preview that readers without a subscription see) in
/// `subscriber-preview` and the rest in `subscriber-only`. Their "subscribe" is no sign-up
/// box.
const ACCESS_NAMES: &[&str] = &[
    "subscriber-preview",
    "subscriber-premium",
    "subscriber-only",
];

/// Breakpoints of Bootstrap's grid, narrowest first: a column's class names its width (of
/// [`GRID_COLUMNS`]) from a breakpoint up (`col-sm-12 col-md-3`: the whole row on phones, a
/// quarter of it from tablets on).
const GRID_BREAKPOINTS: &[&str] = &["sm", "md", "lg", "xl", "xxl"];
/// The columns of a Bootstrap row.
const GRID_COLUMNS: u8 = 12;

/// The width of a Bootstrap grid column (`col-md-3`, `col-4`) on wide screens, in twelfths:
/// the one its widest breakpoint gives.
pub(crate) fn grid_width(classes: &str) -> Option<u8> {
    let mut widest: Option<(usize, u8)> = None;
    for token in classes.split_ascii_whitespace() {
        let Some(rest) = token.strip_prefix("col-") else {
            continue;
        };
        let (at, number) = match rest.split_once('-') {
            Some((bp, n)) => match GRID_BREAKPOINTS.iter().position(|&b| b == bp) {
                Some(i) => (i + 1, n),
                None => continue,
            },
            None => (0, rest),
        };
        let Ok(width) = number.parse::<u8>() else {
            continue;
        };
        if (1..=GRID_COLUMNS).contains(&width) && widest.is_none_or(|(w, _)| at >= w) {
            widest = Some((at, width));
        }
    }
    widest.map(|(_, width)| width)
}

/// Display values that a breakpoint variant can give an element that is `hidden` by
/// default (`hidden md:block`): such an element shows on most screens.
const SHOWN_DISPLAYS: &[&str] = &[
    "block",
    "flex",
    "grid",
    "inline",
    "inline-block",
    "inline-flex",
    "table",
    "contents",
];

/// True for a utility-class token with a variant (`md:hidden`, `print:break-inside-avoid`,
/// `hover:underline`) or an arbitrary value (`pt-[0.75em]`, `w-1/2`, `@lg:text-2xl`): utility
/// frameworks describe looks with them, and their words ("print", "hidden") name no part
/// of the page.
fn is_utility(token: &str) -> bool {
    token.contains([':', '[', '/', '@', '('])
        || (token.starts_with(['o', 's'])
            && LAYOUT_UTILITY_PREFIXES.iter().any(|p| token.starts_with(p)))
        || position_of(token, b"scrollbar", b'b').is_some()
        || is_type_scale(token)
}

/// Where `part` starts in `token`, `rare` being a byte of `part` few names hold ('z' of
/// "size"): class names are short and this runs on every one of every element, so a test
/// for that byte rules most out before the plain scan, which has none of the setup of
/// `str::find`'s searcher.
fn position_of(token: &str, part: &[u8], rare: u8) -> Option<usize> {
    let bytes = token.as_bytes();
    if bytes.len() < part.len() || !bytes.contains(&rare) {
        return None;
    }
    bytes.windows(part.len()).position(|w| w == part)
}

/// A step of a type scale (`text-size-large`, `font-size__x-large`, `text-size-16`): how big
/// a block's letters are, said of any block, where the words "text-size" and "font-size"
/// otherwise name the buttons that change it (`text-size-controls`).
fn is_type_scale(token: &str) -> bool {
    // One search per token: this runs on every class name of every element.
    let Some(at) = position_of(token, b"size", b'z') else {
        return false;
    };
    let stem = token[..at].strip_suffix('-').unwrap_or(&token[..at]);
    if !(stem.ends_with("text") || stem.ends_with("font")) {
        return false;
    }
    let rest = token[at + "size".len()..].trim_start_matches(['-', '_']);
    rest.starts_with(|c: char| c.is_ascii_digit())
        || TYPE_SIZES.iter().any(|size| {
            rest.strip_prefix(size)
                .is_some_and(|after| !after.starts_with(|c: char| c.is_ascii_alphabetic()))
        })
}

/// The steps of a type scale, as utility classes name them.
const TYPE_SIZES: &[&str] = &[
    "xx-small", "x-small", "xxsmall", "xsmall", "small", "medium", "regular", "normal", "large",
    "x-large", "xx-large", "xlarge", "xxlarge", "tiny", "huge", "xxs", "xs", "sm", "md", "lg",
    "xl", "xxl", "s", "m", "l",
];

/// Utility classes that set how a box clips or scrolls (`overflow-hidden`, `scroll-mt-2`,
/// `snap-x`, `hide-scrollbar`): layout, said of any block, where Readability's negative
/// words "hidden" and "scroll" would count them against the article.
const LAYOUT_UTILITY_PREFIXES: &[&str] = &[
    "overflow-",
    "scroll-m",
    "scroll-p",
    "scroll-smooth",
    "scroll-auto",
    "snap-",
];

/// `names` without the tokens that say nothing about what the element is: page builders'
/// structural names, state descriptors, utility-framework variants; and without `hidden`
/// when a breakpoint variant shows the element.
fn meaningful(names: &str) -> std::borrow::Cow<'_, str> {
    // Most attributes hold no such token: one pass over the tokens tells.
    let needs_filter = names.split_ascii_whitespace().any(|t| {
        is_utility(t)
            || t.starts_with(STRUCTURAL_PREFIX)
            || STATE_PREFIXES.iter().any(|p| t.starts_with(p))
            || ACCESS_NAMES.contains(&t)
            || hidden_elsewhere(t)
    });
    if !needs_filter {
        return names.into();
    }
    let shown_at_some_width = names.split_ascii_whitespace().any(|t| {
        is_utility(t)
            && t.rsplit(':')
                .next()
                .is_some_and(|display| SHOWN_DISPLAYS.contains(&display))
    });
    let mut kept = String::with_capacity(names.len());
    for token in names.split_ascii_whitespace() {
        let said_nothing = STRUCTURAL_NAMES.contains(&token)
            || ACCESS_NAMES.contains(&token)
            || STATE_PREFIXES.iter().any(|p| token.starts_with(p))
            || is_utility(token)
            || hidden_elsewhere(token)
            || (shown_at_some_width && token == "hidden");
        if said_nothing {
            continue;
        }
        // An Elementor widget's type says what the block is (`share-buttons`, `icon-box`);
        // "widget" says nothing.
        let token = token
            .strip_prefix(ELEMENTOR_WIDGET_TYPE)
            .filter(|t| !t.is_empty())
            .unwrap_or(token);
        kept.push_str(token);
        kept.push(' ');
    }
    kept.into()
}

/// The first pattern of kind `kind` that matches `names`, for explaining a removal.
pub(crate) fn pattern_for(names: &str, kind: Kind) -> Option<&'static str> {
    let bit = kind_bit(kind);
    let mut found = None;
    matcher().for_each(&meaningful(names), |hit| {
        if found.is_none() && hit.value.0 & bit != 0 {
            found = Some(hit.value.1);
        }
    });
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grid_widths_are_read_at_the_widest_breakpoint() {
        assert_eq!(grid_width("col-sm-12 col-md-3"), Some(3));
        assert_eq!(grid_width("col-lg-8 col-12"), Some(8));
        assert_eq!(grid_width("col-4"), Some(4));
        assert_eq!(grid_width("col-md-auto col"), None);
        assert_eq!(grid_width("col-md-13 collapse col-x-2"), None);
    }

    /// `Page::new` matches each class and id attribute on its own, which gives the hints of
    /// the names written together only while no pattern spans two names.
    #[test]
    fn no_pattern_spans_two_names() {
        let m = matcher();
        assert!(m.entries.len() > 100);
        for e in &m.entries {
            assert!(!e.value.1.contains(char::is_whitespace), "{:?}", e.value.1);
        }
        assert_eq!(
            hints("share-bar post-tags"),
            hints("share-bar") | hints("post-tags")
        );
    }

    /// "media" names a media element (player, caption, gallery) when a name starts with it;
    /// at the end of a longer word it is a layout name around article text (CNN's
    /// `el__leafmedia--sourced-paragraph` holds the first paragraph).
    #[test]
    fn media_counts_against_a_block_only_as_a_word_start() {
        for name in [
            "media-caption",
            "media__video--demand",
            "cd--has-media",
            "media",
        ] {
            assert!(hints(name) & NEGATIVE != 0, "{name}");
        }
        for name in [
            "el__leafmedia el__leafmedia--sourced-paragraph",
            "embeddedmediacaption",
        ] {
            assert_eq!(hints(name) & NEGATIVE, 0, "{name}");
        }
    }

    /// An Elementor widget's type says what it is; its "widget" says nothing against it.
    #[test]
    fn an_elementor_widget_is_named_by_its_type() {
        let step = "elementor-element elementor-widget elementor-widget-icon-box";
        assert_eq!(hints(step) & AGAINST, 0, "{step}");
        let share = "elementor-element elementor-widget elementor-widget-share-buttons";
        assert_eq!(kind_of(hints(share)), Some(Kind::Share));
    }

    #[test]
    fn names_map_to_kinds() {
        assert_eq!(kind_of(hints("social-share-buttons")), Some(Kind::Share));
        assert_eq!(kind_of(hints("jp-relatedposts")), Some(Kind::Related));
        // Captions named in the site's language.
        for name in ["dida", "foto-didascalia", "bildunterschrift", "pie-de-foto"] {
            assert!(hints(name) & CAPTION != 0, "{name}");
        }
        assert_eq!(hints("didactic") & CAPTION, 0);
        // "Read also" boxes named in the site's language.
        for name in [
            "savoir_plus_block",
            "bloc-lire-aussi",
            "box-leggi-anche",
            "box teaser teaser--inline",
            "nextstory",
        ] {
            assert_eq!(kind_of(hints(name)), Some(Kind::Related), "{name}");
        }
        assert_eq!(kind_of(hints("author-bio clearfix")), Some(Kind::AuthorBox));
        assert_eq!(kind_of(hints("top-ad")), Some(Kind::Ad));
        // A call to action, abbreviated or spelled out (a recipe card's "Tried this recipe?
        // Tag us!").
        assert_eq!(kind_of(hints("footer-cta")), Some(Kind::Appeal));
        assert_eq!(
            kind_of(hints("wprm-call-to-action wprm-call-to-action-simple")),
            Some(Kind::Appeal)
        );
        // An ad inserter's numbered blocks are ads; a documentation site's code blocks are
        // code.
        assert_eq!(kind_of(hints("code-block code-block-3")), Some(Kind::Ad));
        assert_eq!(kind_of(hints("code-block code-block-12")), Some(Kind::Ad));
        assert_eq!(
            kind_of(hints("code-block no-frame show-copy-on-hover")),
            None
        );
        assert_eq!(kind_of(hints("code-block__dom6m dark__abmo7")), None);
        // Chart labels laid over a picture of the chart, however much text they hold.
        assert_eq!(
            kind_of(hints("ai2html ai2html-box-v5")),
            Some(Kind::Clutter)
        );
        assert_eq!(kind_of(hints("header shadow loading")), None);
        assert_eq!(kind_of(hints("comments-area")), Some(Kind::Comments));
        assert_eq!(
            kind_of(hints("sharedaddy sd-sharing-enabled")),
            Some(Kind::Share)
        );
    }

    #[test]
    fn structural_names_share_the_prefix() {
        assert!(
            STRUCTURAL_NAMES
                .iter()
                .all(|n| n.starts_with(STRUCTURAL_PREFIX))
        );
    }

    #[test]
    fn page_builder_structure_says_nothing() {
        assert_eq!(
            hints("elementor-element elementor-widget elementor-widget-text-editor ") & NEGATIVE,
            0
        );
        assert_eq!(hints("elementor-widget-container ") & NEGATIVE, 0);
        // What a block is still counts.
        assert_eq!(
            kind_of(hints("elementor-widget elementor-widget-share-buttons ")),
            Some(Kind::Share)
        );
        assert_ne!(hints("widget widget_recent_entries ") & NEGATIVE, 0);
    }

    #[test]
    fn state_and_utility_tokens_name_nothing() {
        // A Squarespace post "has comments": it is the post, not its comments.
        let post = "blogitem hentry category-garden post-type-text has-comments";
        assert_eq!(kind_of(hints(post)), None);
        assert!(hints(post) & UNLIKELY == 0);
        // Utility variants: "print:" and "md:" describe looks, not parts of the page.
        assert_eq!(
            kind_of(hints(
                "mx-auto max-w-3xl print:break-inside-avoid decoration-primary/6"
            )),
            None
        );
        assert_eq!(hints("hidden md:block") & NEGATIVE, 0);
        // A plain "hidden" still counts, and so do real names beside utilities.
        assert_ne!(hints("hidden") & NEGATIVE, 0);
        // Hidden elsewhere (in a quick-add pop-up) is no sign.
        assert_eq!(
            hints("product__description rte quick-add-hidden") & NEGATIVE,
            0
        );
        assert_ne!(hints("is-hidden") & NEGATIVE, 0);
        assert_eq!(kind_of(hints("md:flex share-bar")), Some(Kind::Share));
        // Adobe's core components are all named cmp-*: no consent banner is meant.
        assert_eq!(kind_of(hints("cmp-container cmp-text")), None);
        // Clipping and scrolling utilities are layout: not "hidden", not "scroll".
        for layout in [
            "flex flex-col gap-30 overflow-hidden",
            "group mt-2 flex scroll-mt-2 flex-col",
            "carousel__window hide-scrollbar",
            "flex snap-x overflow-x-auto",
        ] {
            assert_eq!(hints(layout) & AGAINST, 0, "{layout}");
        }
        // A step of a type scale is a style; the buttons that change the size are controls.
        for style in [
            "text-size-large",
            "text-size-regular-v2 text-color-black-4",
            "title font-size__x-large",
            "uui-text-size-small-6",
            "text-size-16",
        ] {
            assert_eq!(kind_of(hints(style)), None, "{style}");
        }
        for control in ["text-size-controls", "font-size", "article-textsize"] {
            assert_eq!(kind_of(hints(control)), Some(Kind::Controls), "{control}");
        }
        // Beside them, names that count still do.
        assert_ne!(hints("sidebar overflow-hidden") & NEGATIVE, 0);
        assert_ne!(hints("infinite-scroll") & NEGATIVE, 0);
    }

    #[test]
    fn body_containers_are_recognised() {
        assert!(hints("td-post-content tagdiv-type") & BODY != 0);
        assert!(hints("article__body") & BODY != 0);
        assert!(hints("sidebar-content") & BODY == 0);
    }

    #[test]
    fn explanations_name_the_pattern() {
        assert_eq!(pattern_for("post-share-bar", Kind::Share), Some("share"));
    }
}
