//! What short texts say about a block: boilerplate phrases, per language and per concern.
//!
//! A phrase fires in one of three ways ([`Mode`]):
//! - `Label`: the block says nothing but the phrase, possibly several such labels in a row
//!   and punctuation or counts around them ("Share", "Advertisement", "Comments (12)",
//!   "Facebook Twitter E-mail").
//! - `Lead`: the block starts with the phrase ("Read also: ...", "Subscribe to our ...").
//! - `Anywhere`: the phrase is distinctive enough to condemn a short block wherever it
//!   stands ("comments are closed", "support our journalism").
//! - `Cta`: a call to action ("follow", "download", "síguenos") that condemns a short block
//!   only together with at least two `Platform` names ("Follow us on Facebook and X", "Get
//!   the app for iOS and Android"): either alone is prose. Two platform names in the links
//!   of a short block with little else are a share bar in any language
//!   (`is_share_bar`).
//!
//! Phrases are lowercase. All languages are matched on every page: a German site may well
//! carry an English "Share" button.

use std::sync::OnceLock;

use super::{Matcher, boundary_after};
use crate::article::Kind;

/// How a phrase must sit in a block to fire.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Mode {
    Label,
    Lead,
    Anywhere,
    Cta,
    Platform,
    /// A word that marks a line as a photo credit (see [`has_credit_marker`]); never fires
    /// alone.
    Marker,
    /// The whole text of a link that closes a teaser ("Read more", "Weiterlesen"): see
    /// [`is_read_more`]; never fires alone.
    ReadMore,
    /// The label of a field a forum shows beside each post about its poster ("Joined",
    /// "Posts", "Beiträge"): see [`is_poster_fields`]; never fires alone.
    Field,
}

/// One concern's phrases in one language.
pub(crate) struct Table {
    pub kind: Kind,
    pub mode: Mode,
    /// One phrase per line.
    pub phrases: &'static str,
}

/// A language's tables.
pub(crate) struct Language {
    pub code: &'static str,
    pub tables: &'static [Table],
}

use Kind::*;
use Mode::*;

const fn t(kind: Kind, mode: Mode, phrases: &'static str) -> Table {
    Table {
        kind,
        mode,
        phrases,
    }
}

/// Labels shared by all languages: network names on share buttons, photo agencies in
/// credit lines.
const ANY: Language = Language {
    code: "*",
    tables: &[
        // The credit line of an embedded widget (a booking box, a comment system, a map):
        // "Powered by GetYourGuide. Become a partner." Used in every language.
        t(Clutter, Lead, "powered by"),
        // Words that mark a line as a photo credit wherever they stand in it ("Odermatt in
        // Bormio. © AFP / Marco Bertorello", "Roman Prymula, photo: government archive"), in
        // any language, besides the agency names of the credit table below (which already
        // cover "iStock.com" and "Getty Images").
        t(
            Credit,
            Marker,
            "©|\
                 foto|\
                 fotos|\
                 photo|\
                 photos|\
                 bild|\
                 bildquelle|\
                 image|\
                 credit|\
                 crédit|\
                 quelle|\
                 source|\
                 fuente|\
                 fonte|\
                 zdjęcie|\
                 фото",
        ),
        t(
            Share,
            Platform,
            "facebook|\
                 twitter|\
                 x|\
                 instagram|\
                 telegram|\
                 youtube|\
                 tiktok|\
                 linkedin|\
                 whatsapp|\
                 viber|\
                 pinterest|\
                 snapchat|\
                 threads|\
                 bluesky|\
                 mastodon|\
                 google news|\
                 google actualités|\
                 google noticias|\
                 google notícias|\
                 google nieuws|\
                 google новости|\
                 wiadomości google|\
                 wiadomościach google|\
                 spotify|\
                 apple podcasts|\
                 ios|\
                 android|\
                 app store|\
                 google play",
        ),
        t(
            Credit,
            Label,
            "getty images|\
                 getty|\
                 ap|\
                 ap photo|\
                 ap images|\
                 reuters|\
                 afp|\
                 epa|\
                 dpa|\
                 istock|\
                 istockphoto|\
                 shutterstock|\
                 picture alliance|\
                 picture-alliance|\
                 imago|\
                 imago images|\
                 alamy|\
                 pa|\
                 pa wire|\
                 pa images|\
                 bloomberg|\
                 xinhua|\
                 anadolu|\
                 sipa|\
                 keystone|\
                 ansa|\
                 efe|\
                 pap|\
                 apa|\
                 kna|\
                 epd|\
                 tass|\
                 unsplash",
        ),
        t(
            Share,
            Label,
            "facebook|\
                 twitter|\
                 x|\
                 linkedin|\
                 whatsapp|\
                 telegram|\
                 pinterest|\
                 reddit|\
                 xing|\
                 tumblr|\
                 flipboard|\
                 pocket|\
                 threads|\
                 bluesky|\
                 mastodon|\
                 vk|\
                 vkontakte|\
                 ok|\
                 viber|\
                 messenger|\
                 sms|\
                 rss|\
                 instagram|\
                 youtube|\
                 tiktok|\
                 e-mail|\
                 email|\
                 mail|\
                 whatsapp-kanal|\
                 copy link|\
                 link kopieren",
        ),
    ],
};

const EN: Language = Language {
    code: "en",
    tables: &[
        // The fields a forum shows about a post's author beside the post ("Joined: Feb
        // 2019", "Posts: 116"): see `is_poster_fields`.
        t(
            AuthorBox,
            Field,
            "posts|\
                 threads|\
                 topics|\
                 messages|\
                 joined|\
                 join date|\
                 joined on|\
                 registered|\
                 member since|\
                 reputation|\
                 reputation points|\
                 reaction score|\
                 likes received|\
                 reactions received|\
                 trophy points|\
                 points|\
                 karma|\
                 location|\
                 from|\
                 age",
        ),
        // vBulletin's edit note ("Last edited by …; 01-14-2026 at 09:52 PM.").
        t(Metadata, Lead, "last edited by"),
        // How to cite the page: a reference block for scholars, not the text.
        t(
            Metadata,
            Anywhere,
            "suggested citation|\
                 cite this article|\
                 how to cite this article",
        ),
        // A site pointing readers to its own channel.
        t(
            Share,
            Anywhere,
            "our youtube channel|\
                 our podcast feed",
        ),
        // Shop notices left in the page ("added to your cart").
        t(
            Clutter,
            Anywhere,
            "added to your cart|\
                 added to your basket|\
                 successfully added to",
        ),
        // The text of a link closing a teaser of another page ("… Read more").
        t(
            Related,
            ReadMore,
            "read more|\
                 continue reading|\
                 keep reading|\
                 read on|\
                 read the full story|\
                 full story|\
                 more",
        ),
        // Shop buttons under product mentions.
        t(
            Ad,
            Label,
            "shop now|\
                 buy now",
        ),
        // The site's typo-report feature ("Found a typo? Select it and press Ctrl+Enter"),
        // and its call for tips ("Have a news tip? Email us at ...").
        t(
            Clutter,
            Lead,
            "have a news tip?|\
                 got a news tip?|\
                 have a tip?|\
                 got a tip?|\
                 found a typo?|\
                 found an error?|\
                 found a mistake?|\
                 spotted a typo?|\
                 spotted an error?|\
                 spotted a mistake?|\
                 have you spotted a typo?|\
                 have you spotted an error?|\
                 have you spotted a mistake?|\
                 have you spotted a mistake in this article?|\
                 have you found a typo?|\
                 have you found an error?|\
                 have you found a mistake?|\
                 noticed an error?|\
                 notice an error?|\
                 see an error?|\
                 see a typo?",
        ),
        // Feedback widgets of government and help pages ("Was this page helpful? Yes No"):
        // the question alone on its line (normalized text has lost its final "?"), or
        // opening it.
        t(
            Clutter,
            Label,
            "was this page helpful|\
                 was this article helpful|\
                 was this information helpful|\
                 was this helpful|\
                 is this page useful|\
                 did you find this page helpful|\
                 did you find this article helpful",
        ),
        t(
            Clutter,
            Lead,
            "was this page helpful?|\
                 was this article helpful?|\
                 was this information helpful?|\
                 was this helpful?|\
                 is this page useful?|\
                 did you find this page helpful?|\
                 did you find this article helpful?",
        ),
        t(Clutter, Anywhere, "your feedback helps us improve"),
        // The vote count under an answer or a review ("4 people found this answer helpful").
        t(
            Clutter,
            Anywhere,
            "people found this answer helpful|\
                 person found this answer helpful|\
                 people found this helpful|\
                 person found this helpful",
        ),
        // A question's "me too" counter (Apple's community: "I have this question too
        // (187)"), and a thread's notices about itself: NodeBB's moderation events ("maria
        // moved this topic from General"), bbPress's summary ("This topic has 6 replies, 4
        // voices, and was last updated 2 days ago by …"), a closed thread's line (Apple's),
        // bbPress's attachments for members only.
        t(
            Clutter,
            Anywhere,
            "i have this question too|\
                 moved this topic from|\
                 voices, and was last updated|\
                 this thread has been closed by the system|\
                 you must be logged in to view attached files",
        ),
        // A forum's thanks line under a post (vBulletin's "The Following 3 Users Say Thank
        // You to … For This Useful Post:").
        t(
            Share,
            Anywhere,
            "users say thank you to|user says thank you to",
        ),
        // A forum's line under a thread saying who else is reading it.
        t(
            Clutter,
            Anywhere,
            "users browsing this topic|\
                 users browsing this thread|\
                 users browsing this forum|\
                 users who are viewing this thread|\
                 are viewing this topic|\
                 are viewing this thread",
        ),
        // Placeholders of embeds waiting for consent, and download buttons.
        t(
            Controls,
            Label,
            "external content|\
                 download as pdf|\
                 download pdf",
        ),
        // Press-contact boxes closing press releases: a heading over addresses and phone numbers.
        t(
            Contact,
            Label,
            "press contact|\
                 press contacts|\
                 media contact|\
                 media contacts|\
                 media enquiries|\
                 media inquiries|\
                 press office|\
                 press enquiries|\
                 press inquiries",
        ),
        t(
            Appeal,
            Anywhere,
            "no paywall|\
                 without a paywall|\
                 free of paywalls",
        ),
        // Affiliate disclosures.
        t(
            Ad,
            Anywhere,
            "contains affiliate links|\
                 affiliate links|\
                 we may earn a commission|\
                 we earn a commission|\
                 may earn an affiliate commission|\
                 at no extra cost to you|\
                 at no additional cost to you",
        ),
        // A tip jar on a platform ("you can buy me a coffee on Ko-fi").
        t(Appeal, Anywhere, "on ko-fi|buy me a coffee on"),
        // A prompt to pin the page's picture.
        t(
            Share,
            Anywhere,
            "pin this image|\
                 pin it for later|\
                 pin this for later|\
                 save this pin",
        ),
        // Copyright notices, licence lines (Fandom's under every wiki page) and disclaimers:
        // page furniture, never the story.
        t(
            Clutter,
            Anywhere,
            "all rights reserved|\
                 is not responsible for the opinions|\
                 not responsible for the content of external|\
                 the views expressed by contributors|\
                 opinions expressed by contributors|\
                 are checked by a moderator before they appear|\
                 community content is available under",
        ),
        // The app's pitch closing Indian news stories ("Catch all the latest updates … on
        // the … app", "Catch all the Business News … on Live Mint").
        t(
            Share,
            Anywhere,
            "catch all the latest|catch all the business news|catch all the breaking news",
        ),
        t(
            Share,
            Cta,
            "follow|\
                 download|\
                 subscribe to|\
                 join us on|\
                 find us on|\
                 connect with us|\
                 like us on|\
                 listen on|\
                 watch us on",
        ),
        t(
            Appeal,
            Anywhere,
            "delivered through your letterbox|\
             delivered to your door|\
             to read the full story|\
             to read the full article|\
             continue reading with|\
             read the full story with",
        ),
        t(Metadata, Anywhere, "may be reached at|can be contacted at"),
        t(
            Controls,
            Anywhere,
            "requires javascript|\
             enable javascript|\
             playback is unsupported|\
             your browser does not support|\
             this video is not available",
        ),
        t(
            Comments,
            Anywhere,
            "comments are moderated|\
             comments will be moderated|\
             comments may be moderated|\
             our comment policy|\
             community guidelines",
        ),
        t(
            Ad,
            Label,
            "advert|iklan|anzeige|werbung|publicidad|publicité|reklama|\
             annons|annonse|annonce|reklame|mainos|mainos päättyy|hirdetés|inzerce|reklam|\
             publicitate|reclamă|διαφήμιση|διαφημιση|광고|โฆษณา|publicitat",
        ),
        t(
            Ad,
            Lead,
            "advertisement|sponsored|sponsored by|paid post|anzeige|werbung|publicidad|publicité|reklama",
        ),
        t(
            Credit,
            Lead,
            "photo credits|crédits photos|titelbild|beitragsbild|aufmacherbild|symbolbild",
        ),
        t(
            Metadata,
            Anywhere,
            "contributed to this report|\
                 contributed reporting|\
                 can be reached at|\
                 editing by|\
                 reporting by",
        ),
        t(
            Metadata,
            Lead,
            "additional reporting by|\
                 reporting by|\
                 compiled by|\
                 written by",
        ),
        t(
            Share,
            Anywhere,
            "download the app|\
                 download our app|\
                 get the app|\
                 download the free|\
                 click here to get the|\
                 like this story|\
                 share it with|\
                 share this story with|\
                 if you enjoyed this|\
                 if you liked this|\
                 enjoyed this article",
        ),
        t(
            Appeal,
            Anywhere,
            "would you consider supporting|\
                 consider supporting|\
                 please consider subscribing|\
                 sign up here|\
                 subscribe here",
        ),
        t(
            Credit,
            Lead,
            "photo|\
                 photos|\
                 photograph|\
                 image|\
                 picture|\
                 credit|\
                 credits|\
                 image credit|\
                 photo credit|\
                 image source|\
                 photo by|\
                 photograph by|\
                 image by|\
                 picture by|\
                 illustration by|\
                 photo illustration",
        ),
        t(
            Controls,
            Label,
            "caption|\
             captions",
        ),
        t(
            Related,
            Lead,
            "read also|\
                 also read|\
                 read more|\
                 more from|\
                 recommended|\
                 related|\
                 see also|\
                 you may also like|\
                 you might also like|\
                 you may like|\
                 read next|\
                 up next|\
                 further reading|\
                 more on this|\
                 more stories|\
                 more news|\
                 most read|\
                 most popular|\
                 most commented|\
                 trending|\
                 don't miss|\
                 do not miss|\
                 also see|\
                 related articles|\
                 related stories|\
                 related posts|\
                 related coverage|\
                 related content|\
                 related topics|\
                 more coverage|\
                 keep reading|\
                 continue reading|\
                 also on|\
                 watch:|\
                 read:|\
                 must read|\
                 suggested reading|\
                 recommended for you|\
                 recommended stories|\
                 we recommend|\
                 our picks|\
                 more in|\
                 more about|\
                 latest news|\
                 top stories",
        ),
        t(
            Appeal,
            Anywhere,
            "support our journalism|\
                 support independent journalism|\
                 support quality journalism|\
                 support our work|\
                 support us|\
                 become a member|\
                 becoming a member|\
                 funded by readers|\
                 funded by our readers|\
                 become a subscriber|\
                 become a supporter|\
                 make a donation|\
                 donate now|\
                 donate today|\
                 please donate|\
                 subscribe now|\
                 subscribe today|\
                 subscribe to continue|\
                 subscribers only|\
                 subscriber-only|\
                 for subscribers|\
                 already a subscriber|\
                 already have an account|\
                 unlock this article|\
                 to continue reading|\
                 start your free trial|\
                 give it a few claps|\
                 limited time offer|\
                 unlimited access|\
                 unlimited digital access|\
                 instant access to the full|\
                 access to the full article|\
                 independent journalism needs|\
                 we rely on readers|\
                 reader-funded|\
                 reader-supported",
        ),
        t(
            Newsletter,
            Anywhere,
            "sign up for our newsletter|\
                 sign up for the newsletter|\
                 subscribe to our newsletter|\
                 subscribe to the newsletter|\
                 get our newsletter|\
                 newsletter sign-up|\
                 newsletter signup|\
                 sign up for our|\
                 sign up to our|\
                 signing up for our|\
                 signing up to our|\
                 by signing up, you agree|\
                 by signing up you agree|\
                 by subscribing, you agree|\
                 by subscribing you agree|\
                 sign up for free|\
                 enter your email|\
                 your email address|\
                 delivered to your inbox|\
                 straight to your inbox|\
                 in your inbox|\
                 get the latest|\
                 thank you for signing up|\
                 thanks for signing up",
        ),
        t(
            Share,
            Label,
            "share|\
                 social share|\
                 social sharing|\
                 share this|\
                 share this article|\
                 share this story|\
                 share this post|\
                 share on facebook|\
                 share on twitter|\
                 share on x|\
                 share on linkedin|\
                 share on whatsapp|\
                 share via email|\
                 share via|\
                 tweet|\
                 tweet this|\
                 pin it|\
                 print|\
                 print this|\
                 print article|\
                 print this article|\
                 email this|\
                 email this article|\
                 send|\
                 send by email|\
                 copy|\
                 copy url|\
                 copied|\
                 share article|\
                 follow|\
                 follow us|\
                 comment|\
                 save|\
                 save article|\
                 gift this article|\
                 gift article|\
                 like|\
                 likes|\
                 shares|\
                 follow on google news",
        ),
        t(
            Share,
            Anywhere,
            "subscribe to our channels|\
                 subscribe to our channel|\
                 subscribe to our youtube|\
                 join our whatsapp|\
                 join our telegram|\
                 follow us on facebook|\
                 follow us on twitter|\
                 follow us on instagram|\
                 follow us on linkedin|\
                 follow us on google news|\
                 like us on facebook|\
                 click here to subscribe",
        ),
        t(
            Share,
            Lead,
            "follow us on|\
                 follow us|\
                 subscribe to our channels|\
                 subscribe to our channel|\
                 join our whatsapp|\
                 join our telegram|\
                 share this article|\
                 share this story|\
                 share on|\
                 like us on facebook|\
                 follow @|\
                 follow the author|\
                 click to share|\
                 click to email|\
                 click to print|\
                 for more news follow|\
                 follow our",
        ),
        t(
            Controls,
            Label,
            "text size|\
                 font size|\
                 a a a|\
                 a+ a-|\
                 a- a+|\
                 aa|\
                 listen|\
                 listen to this article|\
                 listen to article|\
                 listen to this story|\
                 audio|\
                 play|\
                 pause|\
                 zoom|\
                 enlarge|\
                 enlarge image|\
                 enlarge photo|\
                 click to enlarge|\
                 view larger image|\
                 expand|\
                 click to expand|\
                 close|\
                 toggle caption|\
                 hide caption|\
                 show caption|\
                 view image|\
                 view gallery|\
                 open gallery|\
                 full screen|\
                 fullscreen|\
                 reading mode|\
                 sort by|\
                 sort comments by",
        ),
        t(
            Controls,
            Lead,
            "listen to this article|\
                 listen to article|\
                 listen to the article|\
                 text size|\
                 this audio is auto-generated|\
                 audio is auto-generated|\
                 voiced by",
        ),
        t(
            AuthorBox,
            Label,
            "about author|\
                 about the author|\
                 about the authors|\
                 author",
        ),
        t(
            AuthorBox,
            Lead,
            "about the author|\
             about author",
        ),
        t(
            Comments,
            Anywhere,
            "share your experience with|\
                 write a review|\
                 be the first to review|\
                 comments are closed|\
                 comments closed|\
                 leave a comment|\
                 leave a reply|\
                 post a comment|\
                 add a comment|\
                 join the conversation|\
                 join the discussion|\
                 show comments|\
                 view comments|\
                 load comments|\
                 commenting is closed|\
                 commenting is disabled|\
                 commenting has been disabled|\
                 comments have been closed|\
                 comments have been disabled|\
                 comments are disabled|\
                 comments are turned off|\
                 comments are off|\
                 you must be logged in to post a comment|\
                 be the first to comment|\
                 no comments yet|\
                 cancel reply|\
                 guests cannot post replies|\
                 you must log in to reply|\
                 you must be logged in to reply|\
                 need to be a registered member to post|\
                 you have to be logged in to comment|\
                 sign up to read all answers|\
                 not open for further replies",
        ),
        // A Q&A site's prompts under the answers.
        t(
            Related,
            Label,
            "explore related questions|\
                 related questions|\
                 hot network questions|\
                 more posts you may like|\
                 similar threads|\
                 similar topics",
        ),
        t(Related, Lead, "not the answer you're looking for?"),
        // A Discourse topic's summary line ("There are 6 replies with an estimated read
        // time of 3 minutes").
        t(
            Metadata,
            Anywhere,
            "replies with an estimated read time of|avec un temps de lecture estimé",
        ),
        // A thread's links to the rest of a nested reply chain, and its answer's badge.
        t(Navigation, Label, "continue this thread"),
        t(Clutter, Label, "best answer"),
        t(
            Clutter,
            Anywhere,
            "start asking to get answers|\
                 find the answer to your question by asking|\
                 see similar questions with these tags",
        ),
        // A forum's notice to first-time visitors.
        t(Clutter, Anywhere, "if this is your first visit"),
        t(
            Comments,
            Label,
            "comments|\
                 comment|\
                 reply|\
                 replies|\
                 discussion|\
                 trackback|\
                 trackbacks|\
                 trackback url|\
                 pingbacks",
        ),
        t(
            Ad,
            Label,
            "advertisement|\
                 advertising|\
                 ad|\
                 ads|\
                 ad feedback|\
                 video ad feedback|\
                 sponsored|\
                 sponsored content|\
                 paid content|\
                 paid post|\
                 promoted|\
                 promoted content|\
                 story continues below advertisement|\
                 article continues below advertisement|\
                 article continues below|\
                 story continues below|\
                 story continues below this ad|\
                 story continues below video|\
                 story continues after advertisement|\
                 article continues after advertisement|\
                 article continues after this ad|\
                 continue reading below|\
                 scroll to continue|\
                 scroll to continue with content|\
                 skip advert|\
                 partner content|\
                 ad feedback|\
                 report ad",
        ),
        t(
            Cookie,
            Anywhere,
            "we use cookies|\
                 this site uses cookies|\
                 this website uses cookies|\
                 use of cookies|\
                 cookie policy|\
                 cookie settings|\
                 accept cookies|\
                 accept all cookies|\
                 manage cookies",
        ),
        t(
            Tags,
            Lead,
            "tags|\
                 tagged|\
                 topics|\
                 filed under|\
                 keywords|\
                 categories",
        ),
        t(
            Navigation,
            Label,
            "previous|\
                 next|\
                 previous article|\
                 next article|\
                 previous post|\
                 next post|\
                 back to top|\
                 skip to content|\
                 skip to main content|\
                 home|\
                 menu|\
                 search|\
                 load more|\
                 show more|\
                 view all|\
                 see all|\
                 more|\
                 next page|\
                 previous page",
        ),
        t(
            Navigation,
            Lead,
            "previous article|\
                 next article|\
                 previous post|\
                 next post|\
                 next story|\
                 you are here|\
                 jump to",
        ),
        t(
            Metadata,
            Lead,
            "published|\
                 updated|\
                 last updated|\
                 posted on|\
                 posted by|\
                 written by|\
                 reporting by|\
                 min read|\
                 minute read|\
                 asked|\
                 answered|\
                 edited|\
                 last edited|\
                 cross-posted to|\
                 answer selected by|\
                 marked as answer|\
                 marked as solution|\
                 solved by|\
                 this discussion was converted from issue",
        ),
        // A code host's timeline events between an issue's comments ("… linked a pull
        // request that will close this issue", "… closed this as completed in 4e9a1c2").
        t(
            Metadata,
            Anywhere,
            "linked a pull request that will close this issue|\
                 closed this as completed|\
                 closed this as not planned|\
                 mentioned this issue|\
                 added a commit that referenced this issue|\
                 self-assigned this|\
                 has been automatically marked as stale|\
                 edited 1 time in total",
        ),
        // A forum's list of who is reading it.
        t(
            Clutter,
            Label,
            "who is online|\
                 who's online|\
                 users online|\
                 members online",
        ),
        t(Metadata, Label, "by"),
    ],
};

const DE: Language = Language {
    code: "de",
    tables: &[
        // Fields a forum shows about a post's author (see `is_poster_fields`).
        t(
            AuthorBox,
            Field,
            "beiträge|\
                 themen|\
                 registriert|\
                 registriert seit|\
                 mitglied seit|\
                 dabei seit|\
                 wohnort|\
                 ort|\
                 reaktionspunkte|\
                 erhaltene likes|\
                 punkte|\
                 reputation|\
                 alter",
        ),
        // A feedback widget's question under the page ("Was this page helpful?").
        t(
            Clutter,
            Label,
            "war diese seite hilfreich|\
                 war dieser artikel hilfreich|\
                 war diese information hilfreich|\
                 waren diese informationen hilfreich|\
                 ist diese seite hilfreich",
        ),
        t(
            Clutter,
            Lead,
            "war diese seite hilfreich?|\
                 war dieser artikel hilfreich?|\
                 war diese information hilfreich?|\
                 waren diese informationen hilfreich?|\
                 ist diese seite hilfreich?",
        ),
        t(Clutter, Anywhere, "ihr feedback hilft uns"),
        // XenForo's control under a long quote.
        t(Controls, Label, "zum vergrößern anklicken"),
        // A forum's edit note ("Zuletzt geändert von … am …, insgesamt 1-mal geändert.").
        t(
            Metadata,
            Anywhere,
            "insgesamt 1-mal geändert|insgesamt 2-mal geändert",
        ),
        // How to cite the page: a reference block for scholars, not the text.
        t(
            Metadata,
            Anywhere,
            "zitiervorschlag|\
                 zitierhinweis|\
                 diesen artikel zitieren",
        ),
        // A site pointing readers to its own channel.
        t(
            Share,
            Anywhere,
            "unseren youtube-kanal|\
                 unserem youtube-kanal|\
                 unser youtube-kanal",
        ),
        // Shop notices left in the page ("added to your cart").
        t(
            Clutter,
            Anywhere,
            "wurde erfolgreich hinzugefügt|\
                 zum warenkorb hinzugefügt|\
                 in den warenkorb gelegt",
        ),
        // The text of a link closing a teaser of another page ("… Read more").
        t(
            Related,
            ReadMore,
            "weiterlesen|\
                 mehr|\
                 mehr lesen|\
                 artikel lesen|\
                 zum artikel|\
                 ganzen artikel lesen",
        ),
        // Shop buttons under product mentions.
        t(
            Ad,
            Label,
            "zum shop|\
                 jetzt kaufen|\
                 jetzt bestellen",
        ),
        // Placeholders of embeds waiting for consent, and download buttons.
        t(
            Controls,
            Label,
            "externer inhalt|\
                 empfohlener externer inhalt|\
                 externe inhalte",
        ),
        t(Controls, Anywhere, "als pdf herunterladen"),
        // Press-contact boxes closing press releases: a heading over addresses and phone numbers.
        t(
            Contact,
            Label,
            "pressekontakt|\
                 pressekontakte|\
                 medienkontakt|\
                 pressestelle|\
                 kontakt für medienvertreter|\
                 kontakt für journalisten",
        ),
        t(
            Appeal,
            Anywhere,
            "keine bezahlschranke|\
                 ohne bezahlschranke|\
                 gefällt dir unser|\
                 gefällt ihnen unser",
        ),
        // Affiliate disclosures.
        t(
            Ad,
            Anywhere,
            "enthält affiliate links|\
                 enthält affiliate-links|\
                 affiliate-links|\
                 provisionslinks|\
                 provisions-links|\
                 erhalten wir eine provision|\
                 erhalten wir gegebenenfalls eine provision",
        ),
        // Copyright notices and disclaimers: page furniture, never the story.
        t(Clutter, Anywhere, "alle rechte vorbehalten"),
        // The typo-report notice ("Haben Sie einen Fehler gefunden? Schreiben Sie uns.").
        t(
            Clutter,
            Lead,
            "fehler gefunden?|\
                 einen fehler gefunden?|\
                 haben sie einen fehler gefunden?|\
                 haben sie einen fehler im text gefunden?|\
                 fehler im text gefunden?",
        ),
        t(
            Share,
            Cta,
            "folgen sie|\
                 folge|\
                 folgt|\
                 abonnieren sie|\
                 abonniere|\
                 abonniert|\
                 laden sie|\
                 lade dir|\
                 finden sie uns|\
                 besuchen sie uns",
        ),
        t(
            Credit,
            Lead,
            "foto|\
                 fotos|\
                 bild|\
                 bilder|\
                 bildquelle|\
                 quelle|\
                 fotograf|\
                 foto von|\
                 bild von",
        ),
        t(
            Related,
            Lead,
            "lesen sie auch|\
                 lies auch|\
                 auch interessant|\
                 das könnte sie auch interessieren|\
                 das könnte dich auch interessieren|\
                 mehr zum thema|\
                 mehr zu diesem thema|\
                 weitere artikel|\
                 weitere artikel zum thema|\
                 kommentierte artikel|\
                 meistkommentiert|\
                 meistkommentierte artikel|\
                 zum weiterlesen|\
                 weitere nachrichten|\
                 weiterlesen|\
                 weitere themen|\
                 verwandte artikel|\
                 ähnliche artikel|\
                 empfohlene artikel|\
                 empfehlungen|\
                 unsere empfehlungen|\
                 wir empfehlen|\
                 heute empfehlen wir|\
                 meistgelesen|\
                 meistgelesene artikel|\
                 am meisten gelesen|\
                 top-themen|\
                 zum thema|\
                 passend zum thema|\
                 mehr aus|\
                 mehr von|\
                 lesetipp|\
                 lesetipps|\
                 siehe auch|\
                 auch lesenswert|\
                 noch mehr|\
                 neueste artikel|\
                 aktuelle artikel|\
                 beliebte artikel|\
                 das könnte sie interessieren|\
                 weitere beiträge|\
                 ähnliche beiträge|\
                 verwandte beiträge|\
                 mehr dazu|\
                 hier weiterlesen|\
                 jetzt weiterlesen|\
                 zum artikel",
        ),
        t(
            Appeal,
            Anywhere,
            "jetzt abonnieren|\
                 abo abschließen|\
                 jetzt abschließen|\
                 zum abo|\
                 jetzt testen|\
                 gratis testen|\
                 kostenlos testen|\
                 unterstützen sie uns|\
                 unterstützen sie unseren journalismus|\
                 unterstützen sie unabhängigen journalismus|\
                 jetzt unterstützen|\
                 jetzt spenden|\
                 spenden sie|\
                 freiwillig bezahlen|\
                 bereits abonnent|\
                 schon abonnent|\
                 exklusiv für abonnenten|\
                 nur für abonnenten|\
                 plus-artikel|\
                 weiterlesen mit|\
                 mit plus lesen|\
                 sie lesen gern|\
                 journalismus kostet|\
                 unabhängiger journalismus|\
                 jetzt mitglied werden|\
                 mitglied werden",
        ),
        t(
            Newsletter,
            Anywhere,
            "nichts mehr verpassen|\
                 nichts mehr versäumen|\
                 newsletter abonnieren|\
                 zum newsletter|\
                 newsletter bestellen|\
                 jetzt newsletter|\
                 melden sie sich für|\
                 für unseren newsletter|\
                 newsletter anmelden|\
                 newsletter-anmeldung|\
                 ihre e-mail-adresse|\
                 in ihr postfach|\
                 newsletter",
        ),
        t(
            Share,
            Label,
            "teilen|\
                 artikel teilen|\
                 beitrag teilen|\
                 seite teilen|\
                 twittern|\
                 drucken|\
                 artikel drucken|\
                 seite drucken|\
                 versenden|\
                 per e-mail|\
                 per e-mail versenden|\
                 per mail|\
                 e-mail senden|\
                 merken|\
                 artikel merken|\
                 link kopieren|\
                 kopieren|\
                 folgen|\
                 teilen auf facebook|\
                 empfehlen|\
                 weiterleiten|\
                 speichern|\
                 vorlesen|\
                 feedback",
        ),
        t(
            Share,
            Lead,
            "folgen sie uns|\
                 folge uns|\
                 teilen sie|\
                 diesen artikel teilen|\
                 jetzt teilen|\
                 teile diesen|\
                 abonnieren sie unseren kanal|\
                 folgen sie|\
                 auf facebook teilen|\
                 mehr nachrichten aus",
        ),
        t(
            Controls,
            Label,
            "schriftgröße|\
                 textgröße|\
                 schrift|\
                 artikel vorlesen|\
                 anhören|\
                 artikel anhören|\
                 audio|\
                 vergrößern|\
                 bild vergrößern|\
                 zur bildergalerie|\
                 bildergalerie|\
                 vollbild|\
                 schließen",
        ),
        t(
            Controls,
            Lead,
            "artikel anhören|\
                 artikel vorlesen lassen|\
                 diesen artikel anhören|\
                 schriftgröße",
        ),
        t(
            AuthorBox,
            Label,
            "über den autor|\
                 über die autorin|\
                 zur person|\
                 autor|\
                 autorin",
        ),
        t(
            AuthorBox,
            Lead,
            "über den autor|\
                 über die autorin|\
                 zum autor|\
                 zur autorin",
        ),
        t(
            Comments,
            Anywhere,
            "teilen sie uns ihre erfahrungen|\
                 bewertung schreiben|\
                 kommentare sind geschlossen|\
                 kommentarfunktion|\
                 kommentar schreiben|\
                 kommentare schreiben|\
                 kommentieren sie|\
                 jetzt kommentieren|\
                 kommentare anzeigen|\
                 kommentare lesen|\
                 diskutieren sie mit|\
                 zur diskussion|\
                 schreiben sie einen kommentar|\
                 hinterlassen sie einen kommentar|\
                 keine kommentare|\
                 kommentar verfassen|\
                 ihre meinung ist gefragt|\
                 gerne in den kommentaren|\
                 uns in den kommentaren|\
                 es in den kommentaren|\
                 uns in die kommentare|\
                 es in die kommentare",
        ),
        t(
            Comments,
            Label,
            "kommentare|\
                 kommentar|\
                 antworten|\
                 diskussion|\
                 leserkommentare",
        ),
        t(
            Ad,
            Label,
            "anzeige|\
                 werbung|\
                 advertorial|\
                 gesponsert|\
                 sponsored|\
                 promotion|\
                 artikel wird nach der anzeige fortgesetzt|\
                 weiter nach der anzeige|\
                 lesen sie nach der anzeige weiter|\
                 mehr nach der anzeige",
        ),
        t(
            Cookie,
            Anywhere,
            "wir verwenden cookies|\
                 diese website verwendet cookies|\
                 diese webseite verwendet cookies|\
                 verwendung von cookies|\
                 cookie-einstellungen|\
                 cookies akzeptieren|\
                 datenschutzeinstellungen",
        ),
        t(
            Tags,
            Lead,
            "schlagworte|\
                 schlagwörter|\
                 themen|\
                 stichworte|\
                 tags|\
                 kategorien",
        ),
        t(
            Navigation,
            Label,
            "zurück|\
                 zur übersicht|\
                 zurück zur übersicht|\
                 weiter|\
                 nächster artikel|\
                 vorheriger artikel|\
                 nach oben|\
                 zum seitenanfang|\
                 startseite|\
                 mehr anzeigen|\
                 alle anzeigen|\
                 mehr laden|\
                 zur startseite|\
                 zum inhalt springen|\
                 suche|\
                 menü",
        ),
        t(
            Metadata,
            Lead,
            "veröffentlicht am|\
                 aktualisiert am|\
                 zuletzt aktualisiert|\
                 zuletzt geändert von|\
                 zuletzt bearbeitet von|\
                 erschienen am|\
                 stand:|\
                 lesezeit|\
                 min. lesezeit|\
                 minuten lesezeit",
        ),
        // A forum's list of who is reading it.
        t(Clutter, Label, "wer ist online"),
    ],
};

const FR: Language = Language {
    code: "fr",
    tables: &[
        // Fields a forum shows about a post's author (see `is_poster_fields`).
        t(
            AuthorBox,
            Field,
            "messages|\
                 sujets|\
                 inscrit|\
                 inscrit le|\
                 inscription|\
                 membre depuis|\
                 localisation|\
                 lieu|\
                 réputation|\
                 réactions|\
                 points|\
                 âge",
        ),
        // A feedback widget's question under the page ("Was this page helpful?").
        t(
            Clutter,
            Label,
            "cette page vous a-t-elle été utile|\
                 cet article vous a-t-il été utile|\
                 ces informations vous ont-elles été utiles|\
                 cette information vous a-t-elle été utile",
        ),
        t(
            Clutter,
            Lead,
            "cette page vous a-t-elle été utile?|\
                 cet article vous a-t-il été utile?|\
                 ces informations vous ont-elles été utiles?|\
                 cette information vous a-t-elle été utile?",
        ),
        t(Clutter, Anywhere, "votre avis nous aide à améliorer"),
        // XenForo's control under a long quote.
        t(Controls, Label, "cliquez pour agrandir"),
        // A forum's edit note ("Dernière modification par … le …, modifié 1 fois.").
        t(Metadata, Anywhere, "modifié 1 fois|modifié 2 fois"),
        // The line under an ad slot saying the story goes on.
        t(
            Ad,
            Label,
            "la suite après cette publicité|\
                 la suite après la publicité|\
                 l'article continue après la publicité|\
                 suite de l'article après la publicité",
        ),
        // Affiliate disclosures.
        t(
            Ad,
            Anywhere,
            "contient des liens affiliés|\
                 peut contenir des liens affiliés|\
                 liens affiliés|\
                 liens d'affiliation|\
                 lien affilié|\
                 sans aucun surcoût pour vous|\
                 sans surcoût pour vous|\
                 sans frais supplémentaires pour vous",
        ),
        // A prompt to pin the page's picture ("Épinglez cette image sur Pinterest").
        t(Share, Anywhere, "épinglez cette|épinglez-la|épinglez-le"),
        // How to cite the page: a reference block for scholars, not the text.
        t(
            Metadata,
            Anywhere,
            "citer cet article|\
                 pour citer cet article",
        ),
        // A site pointing readers to its own channel.
        t(Share, Anywhere, "notre chaîne youtube"),
        // Shop notices left in the page ("added to your cart").
        t(
            Clutter,
            Anywhere,
            "ajouté au panier|\
                 ajouté à votre panier",
        ),
        // The text of a link closing a teaser of another page ("… Read more").
        t(
            Related,
            ReadMore,
            "lire la suite|\
                 la suite|\
                 lire plus|\
                 lire l'article",
        ),
        // Press-contact boxes closing press releases: a heading over addresses and phone numbers.
        t(
            Contact,
            Label,
            "contact presse|\
                 contacts presse|\
                 relations presse|\
                 service de presse",
        ),
        // Copyright notices and disclaimers: page furniture, never the story.
        t(Clutter, Anywhere, "tous droits réservés"),
        t(
            Share,
            Cta,
            "suivez|\
                 suivez-nous|\
                 retrouvez-nous|\
                 téléchargez|\
                 abonnez-vous|\
                 rejoignez-nous",
        ),
        t(
            Credit,
            Lead,
            "photo|\
                 crédit|\
                 crédits|\
                 crédit photo|\
                 illustration|\
                 photo de",
        ),
        t(
            Related,
            Lead,
            "lire aussi|\
                 à lire aussi|\
                 a lire aussi|\
                 lisez aussi|\
                 voir aussi|\
                 à lire|\
                 sur le même sujet|\
                 dans la même rubrique|\
                 articles liés|\
                 articles similaires|\
                 vous aimerez aussi|\
                 vous pourriez aussi aimer|\
                 à découvrir|\
                 à voir aussi|\
                 les plus lus|\
                 plus de|\
                 recommandé|\
                 nos articles|\
                 en savoir plus|\
                 lire la suite|\
                 lire plus",
        ),
        t(
            Appeal,
            Anywhere,
            "abonnez-vous|\
                 je m'abonne|\
                 déjà abonné|\
                 réservé aux abonnés|\
                 soutenez-nous|\
                 soutenez notre journalisme|\
                 faire un don|\
                 faites un don|\
                 offre d'abonnement|\
                 cet article est réservé",
        ),
        t(
            Newsletter,
            Anywhere,
            "inscrivez-vous à notre newsletter|\
                 recevez notre newsletter|\
                 s'inscrire à la newsletter|\
                 votre adresse e-mail|\
                 votre adresse email",
        ),
        t(
            Share,
            Label,
            "partager|\
                 partager l'article|\
                 partager cet article|\
                 imprimer|\
                 envoyer|\
                 envoyer par e-mail|\
                 copier le lien|\
                 suivre|\
                 sauvegarder|\
                 enregistrer",
        ),
        t(
            Share,
            Lead,
            "suivez-nous|\
                 partagez|\
                 partager sur|\
                 rejoignez-nous",
        ),
        t(
            Controls,
            Label,
            "taille du texte|\
                 écouter|\
                 écouter cet article|\
                 agrandir|\
                 fermer",
        ),
        t(
            Controls,
            Lead,
            "écouter cet article|\
                 écouter l'article",
        ),
        t(
            AuthorBox,
            Lead,
            "à propos de l'auteur|\
             l'auteur",
        ),
        t(
            Comments,
            Anywhere,
            "les commentaires sont fermés|\
                 vous devez être connecté pour répondre|\
                 laisser un commentaire|\
                 ajouter un commentaire|\
                 réagir à cet article|\
                 voir les commentaires",
        ),
        t(
            Comments,
            Label,
            "commentaires|\
                 commentaire|\
                 réagir|\
                 répondre",
        ),
        t(
            Ad,
            Label,
            "publicité|\
                 pub|\
                 sponsorisé|\
                 contenu sponsorisé|\
                 annonce",
        ),
        t(
            Cookie,
            Anywhere,
            "nous utilisons des cookies|\
                 ce site utilise des cookies|\
                 accepter les cookies|\
                 gérer les cookies",
        ),
        t(
            Tags,
            Lead,
            "mots-clés|\
                 mots clés|\
                 tags|\
                 thèmes|\
                 sujets",
        ),
        t(
            Navigation,
            Label,
            "précédent|\
                 suivant|\
                 article précédent|\
                 article suivant|\
                 retour en haut|\
                 accueil",
        ),
        t(
            Metadata,
            Lead,
            "publié le|\
                 mis à jour le|\
                 modifié le|\
                 modifié par|\
                 dernière modification par|\
                 temps de lecture",
        ),
        // A forum's list of who is reading it.
        t(Clutter, Label, "qui est en ligne"),
    ],
};

const ES: Language = Language {
    code: "es",
    tables: &[
        // Fields a forum shows about a post's author (see `is_poster_fields`).
        t(
            AuthorBox,
            Field,
            "mensajes|\
                 temas|\
                 registrado|\
                 registro|\
                 miembro desde|\
                 fecha de ingreso|\
                 ubicación|\
                 reputación|\
                 reacciones|\
                 puntos|\
                 desde|\
                 edad",
        ),
        // A feedback widget's question under the page ("Was this page helpful?").
        t(
            Clutter,
            Label,
            "le ha resultado útil esta información|\
                 te ha resultado útil esta información|\
                 le ha sido útil esta información|\
                 te ha sido útil esta información|\
                 ha sido útil esta página|\
                 le ha resultado útil esta página|\
                 te ha resultado útil esta página|\
                 te ha resultado útil este artículo",
        ),
        t(
            Clutter,
            Lead,
            "le ha resultado útil esta información?|\
                 te ha resultado útil esta información?|\
                 le ha sido útil esta información?|\
                 te ha sido útil esta información?|\
                 ha sido útil esta página?|\
                 le ha resultado útil esta página?|\
                 te ha resultado útil esta página?|\
                 te ha resultado útil este artículo?",
        ),
        t(
            Clutter,
            Anywhere,
            "su opinión nos ayuda a mejorar|\
                 tu opinión nos ayuda a mejorar",
        ),
        // XenForo's control under a long quote; vBulletin's edit note ("Última edición por
        // …; 14/01/2026 a las 21:52.").
        t(Controls, Label, "haz clic para expandir"),
        t(Metadata, Lead, "última edición por"),
        // A forum's edit note ("Última edición por … el …, editado 1 vez en total.").
        t(
            Metadata,
            Anywhere,
            "editado 1 vez en total|editado 2 veces en total",
        ),
        // The line under an ad slot saying the story goes on.
        t(
            Ad,
            Label,
            "la noticia sigue después de la publicidad|\
                 la noticia continúa después de la publicidad|\
                 el artículo continúa después de la publicidad|\
                 continúa después de la publicidad|\
                 sigue leyendo después del anuncio",
        ),
        // A post's reactions in a forum ("A 7 personas les gusta esto").
        t(
            Share,
            Anywhere,
            "les gusta esto|le gusta esto|les gusta esta publicación|le gusta esta publicación",
        ),
        // Affiliate disclosures.
        t(
            Ad,
            Anywhere,
            "contiene enlaces de afiliados|\
                 enlaces de afiliados|\
                 enlaces de afiliado|\
                 enlaces afiliados|\
                 sin coste adicional para ti|\
                 sin costo adicional para ti",
        ),
        // How to cite the page: a reference block for scholars, not the text.
        t(
            Metadata,
            Anywhere,
            "cómo citar este artículo|\
                 citar este artículo",
        ),
        // A site pointing readers to its own channel.
        t(Share, Anywhere, "nuestro canal de youtube"),
        // Shop notices left in the page ("added to your cart").
        t(
            Clutter,
            Anywhere,
            "añadido al carrito|\
                 agregado al carrito",
        ),
        // The text of a link closing a teaser of another page ("… Read more").
        t(
            Related,
            ReadMore,
            "leer más|\
                 leer mas|\
                 seguir leyendo|\
                 sigue leyendo|\
                 ver más|\
                 más",
        ),
        // Press-contact boxes closing press releases: a heading over addresses and phone numbers.
        t(
            Contact,
            Label,
            "contacto de prensa|\
                 contactos de prensa|\
                 contacto para medios|\
                 gabinete de prensa",
        ),
        // Copyright notices and disclaimers: page furniture, never the story.
        t(Clutter, Anywhere, "todos los derechos reservados"),
        t(
            Share,
            Cta,
            "síguenos|\
                 siguenos|\
                 síganos|\
                 sigue|\
                 siga|\
                 descarga|\
                 descargue|\
                 suscríbete|\
                 únete",
        ),
        t(
            Credit,
            Lead,
            "foto|\
                 fotografía|\
                 imagen|\
                 crédito|\
                 foto de",
        ),
        t(
            Related,
            Lead,
            "lee también|\
                 lea también|\
                 leer también|\
                 te puede interesar|\
                 le puede interesar|\
                 puede interesarte|\
                 también te puede interesar|\
                 te recomendamos|\
                 noticias relacionadas|\
                 artículos relacionados|\
                 contenido relacionado|\
                 relacionado|\
                 relacionadas|\
                 más noticias|\
                 lo más leído|\
                 más leídas|\
                 ver también|\
                 sigue leyendo|\
                 leer más|\
                 seguir leyendo|\
                 recomendado|\
                 más sobre|\
                 mira también|\
                 artículos relacionados el nuevo herald",
        ),
        t(
            Appeal,
            Anywhere,
            "cancela cuando quieras|\
                 suscríbase|\
                 suscríbete|\
                 hazte socio|\
                 hazte miembro|\
                 apoya nuestro periodismo|\
                 apoye nuestro periodismo|\
                 exclusivo para suscriptores|\
                 ya eres suscriptor|\
                 ya es suscriptor|\
                 acceso digital ilimitado|\
                 haz una donación|\
                 dona ahora",
        ),
        t(
            Newsletter,
            Anywhere,
            "suscríbete a nuestro boletín|\
                 recibe nuestro boletín|\
                 boletín de noticias|\
                 tu correo electrónico|\
                 newsletter",
        ),
        t(
            Share,
            Label,
            "compartir|\
                 compartir en|\
                 imprimir|\
                 enviar|\
                 enviar por correo|\
                 copiar enlace|\
                 guardar|\
                 seguir",
        ),
        t(
            Share,
            Lead,
            "síguenos|\
                 siguenos|\
                 síganos|\
                 comparte|\
                 compartir en",
        ),
        t(
            Controls,
            Label,
            "tamaño de letra|\
                 tamaño del texto|\
                 escuchar|\
                 escuchar noticia|\
                 ampliar|\
                 cerrar",
        ),
        t(
            Controls,
            Lead,
            "escuchar este artículo|\
                 escuchar artículo|\
                 escuchar noticia",
        ),
        t(
            AuthorBox,
            Lead,
            "sobre el autor|\
             acerca del autor",
        ),
        t(
            Comments,
            Anywhere,
            "los comentarios están cerrados|\
                 deja un comentario|\
                 dejar un comentario|\
                 ver comentarios|\
                 añadir comentario",
        ),
        t(
            Comments,
            Label,
            "comentarios|\
             comentario|\
             responder",
        ),
        t(
            Ad,
            Label,
            "publicidad|\
                 anuncio|\
                 patrocinado|\
                 contenido patrocinado",
        ),
        t(
            Cookie,
            Anywhere,
            "utilizamos cookies|\
                 usamos cookies|\
                 este sitio utiliza cookies|\
                 aceptar cookies|\
                 política de cookies",
        ),
        t(
            Tags,
            Lead,
            "etiquetas|\
                 temas|\
                 tags|\
                 palabras clave",
        ),
        t(
            Navigation,
            Label,
            "anterior|\
                 siguiente|\
                 volver arriba|\
                 inicio",
        ),
        t(
            Metadata,
            Lead,
            "publicado el|\
                 actualizado el|\
                 tiempo de lectura",
        ),
        // An opinion column's disclaimer.
        t(
            Clutter,
            Anywhere,
            "son responsabilidad exclusiva de su autor|\
                 son responsabilidad exclusiva de su autora|\
                 son responsabilidad exclusiva de sus autores",
        ),
        // A login wall's pitch.
        t(
            Appeal,
            Anywhere,
            "crea tu cuenta gratuita|regístrate gratis para",
        ),
    ],
};

const PT: Language = Language {
    code: "pt",
    tables: &[
        // Fields a forum shows about a post's author (see `is_poster_fields`).
        t(
            AuthorBox,
            Field,
            "mensagens|\
                 data de ingresso|\
                 postagens|\
                 tópicos|\
                 registrado|\
                 registrado em|\
                 membro desde|\
                 localização|\
                 reputação|\
                 reações|\
                 pontos|\
                 desde|\
                 idade",
        ),
        // A feedback widget's question under the page ("Was this page helpful?").
        t(
            Clutter,
            Label,
            "esta página foi útil|\
                 esta informação foi útil|\
                 este artigo foi útil|\
                 estas informações foram úteis",
        ),
        t(
            Clutter,
            Lead,
            "esta página foi útil?|\
                 esta informação foi útil?|\
                 este artigo foi útil?|\
                 estas informações foram úteis?",
        ),
        t(
            Clutter,
            Anywhere,
            "a sua opinião ajuda-nos a melhorar|\
                 sua opinião nos ajuda a melhorar",
        ),
        // XenForo's control under a long quote; a Q&A site's prompt under the answers.
        t(Controls, Label, "clique para expandir"),
        t(Related, Lead, "não é a resposta que você está procurando?"),
        // A forum's edit note ("Esta mensagem foi modificada pela última vez a: … por …").
        t(
            Metadata,
            Lead,
            "esta mensagem foi modificada pela última vez",
        ),
        // The line under an ad slot saying the story goes on.
        t(
            Ad,
            Label,
            "continua depois da publicidade|\
                 continua após a publicidade|\
                 a notícia continua após a publicidade|\
                 o texto continua após a publicidade",
        ),
        // Who marked a thread's answer.
        t(Metadata, Lead, "marcado como solução|resolvido por"),
        // Affiliate disclosures.
        t(
            Ad,
            Anywhere,
            "contém links de afiliados|\
                 links de afiliados|\
                 links afiliados|\
                 links de afiliado|\
                 links deste post são de parceiros|\
                 links de parceiros",
        ),
        // A site pointing readers to its own channel.
        t(
            Share,
            Anywhere,
            "nosso canal no youtube|\
                 nosso canal do youtube",
        ),
        // Shop notices left in the page ("added to your cart").
        t(Clutter, Anywhere, "adicionado ao carrinho"),
        // The text of a link closing a teaser of another page ("… Read more").
        t(
            Related,
            ReadMore,
            "leia mais|\
                 ler mais|\
                 continue lendo|\
                 continuar lendo",
        ),
        // Press-contact boxes closing press releases: a heading over addresses and phone numbers.
        t(
            Contact,
            Label,
            "contato para imprensa|\
                 contacto de imprensa|\
                 assessoria de imprensa",
        ),
        // Copyright notices and disclaimers: page furniture, never the story.
        t(Clutter, Anywhere, "todos os direitos reservados"),
        t(
            Share,
            Cta,
            "siga|\
                 sigam|\
                 acompanhe|\
                 baixe|\
                 inscreva-se|\
                 segue",
        ),
        t(
            Credit,
            Lead,
            "foto|\
             imagem|\
             crédito|\
             foto de",
        ),
        t(
            Related,
            Lead,
            "leia também|\
                 leia mais|\
                 veja também|\
                 saiba mais|\
                 você pode gostar|\
                 pode te interessar|\
                 notícias relacionadas|\
                 matérias relacionadas|\
                 artigos relacionados|\
                 relacionadas|\
                 mais lidas|\
                 mais lidos|\
                 recomendado|\
                 continue lendo|\
                 leia ainda|\
                 mais sobre",
        ),
        t(
            Appeal,
            Anywhere,
            "assine já|\
                 assine agora|\
                 já é assinante|\
                 exclusivo para assinantes|\
                 apoie o jornalismo|\
                 apoie nosso jornalismo|\
                 apoie o nosso jornalismo|\
                 apoie o nosso trabalho|\
                 faça uma doação|\
                 seja assinante",
        ),
        // A subscribe button alone: in a sentence the verb is the story's ("que o presidente
        // assine o decreto").
        t(
            Appeal,
            Label,
            "assinar|\
                 assine",
        ),
        t(
            Newsletter,
            Anywhere,
            "assine nossa newsletter|\
                 receba nossa newsletter|\
                 cadastre-se|\
                 seu e-mail|\
                 newsletter",
        ),
        t(
            Share,
            Label,
            "compartilhar|\
                 compartilhe|\
                 imprimir|\
                 enviar|\
                 enviar por e-mail|\
                 copiar link|\
                 salvar|\
                 seguir",
        ),
        t(
            Share,
            Lead,
            "siga-nos|\
                 siga o|\
                 compartilhe|\
                 compartilhar no",
        ),
        t(
            Controls,
            Label,
            "tamanho do texto|\
                 tamanho da letra|\
                 ouvir|\
                 ouça|\
                 ampliar|\
                 fechar",
        ),
        t(
            Controls,
            Lead,
            "ouvir este artigo|\
                 ouça este conteúdo|\
                 ouvir matéria",
        ),
        t(
            AuthorBox,
            Lead,
            "sobre o autor|\
             sobre a autora",
        ),
        t(
            Comments,
            Anywhere,
            "os comentários estão fechados|\
                 aprovados pelo moderador|\
                 comentários são moderados|\
                 comentários serão moderados|\
                 deixe um comentário|\
                 deixe seu comentário|\
                 ver comentários",
        ),
        t(
            Comments,
            Label,
            "comentários|\
             comentário|\
             responder",
        ),
        t(
            Ad,
            Label,
            "publicidade|\
                 anúncio|\
                 patrocinado|\
                 conteúdo patrocinado|\
                 continua depois da publicidade|\
                 continua após a publicidade|\
                 continua após publicidade",
        ),
        t(
            Cookie,
            Anywhere,
            "utilizamos cookies|\
                 usamos cookies|\
                 este site utiliza cookies|\
                 aceitar cookies",
        ),
        t(
            Tags,
            Lead,
            "tags|\
             temas|\
             tópicos|\
             palavras-chave",
        ),
        t(
            Navigation,
            Label,
            "anterior|\
                 próximo|\
                 próxima|\
                 voltar|\
                 voltar ao topo|\
                 início",
        ),
        t(
            Metadata,
            Lead,
            "publicado em|\
                 atualizado em|\
                 tempo de leitura",
        ),
    ],
};

const IT: Language = Language {
    code: "it",
    tables: &[
        // Fields a forum shows about a post's author (see `is_poster_fields`).
        t(
            AuthorBox,
            Field,
            "messaggi|\
                 discussioni|\
                 iscritto|\
                 iscritto il|\
                 registrato|\
                 membro dal|\
                 località|\
                 reputazione|\
                 reazioni|\
                 punti|\
                 età",
        ),
        // A feedback widget's question under the page ("Was this page helpful?").
        t(
            Clutter,
            Label,
            "questa pagina ti è stata utile|\
                 questa pagina è stata utile|\
                 queste informazioni ti sono state utili|\
                 le informazioni di questa pagina sono state utili|\
                 questo articolo ti è stato utile",
        ),
        t(
            Clutter,
            Lead,
            "questa pagina ti è stata utile?|\
                 questa pagina è stata utile?|\
                 queste informazioni ti sono state utili?|\
                 le informazioni di questa pagina sono state utili?|\
                 questo articolo ti è stato utile?",
        ),
        t(Clutter, Anywhere, "il tuo parere ci aiuta a migliorare"),
        // XenForo's control under a long quote.
        t(Controls, Label, "clicca per espandere"),
        // The line under an ad slot saying the story goes on.
        t(
            Ad,
            Label,
            "l'articolo continua dopo la pubblicità|\
                 continua dopo la pubblicità|\
                 l'articolo prosegue dopo la pubblicità",
        ),
        // Affiliate disclosures.
        t(
            Ad,
            Anywhere,
            "contiene link di affiliazione|\
                 link di affiliazione|\
                 link affiliati|\
                 sono di affiliazione|\
                 senza costi aggiuntivi per te",
        ),
        // A site pointing readers to its own channel.
        t(Share, Anywhere, "il nostro canale youtube"),
        // Shop notices left in the page ("added to your cart").
        t(Clutter, Anywhere, "aggiunto al carrello"),
        // The text of a link closing a teaser of another page ("… Read more").
        t(
            Related,
            ReadMore,
            "leggi tutto|\
                 leggi di più|\
                 continua a leggere|\
                 leggi l'articolo",
        ),
        // Press-contact boxes closing press releases: a heading over addresses and phone numbers.
        t(
            Contact,
            Label,
            "contatti stampa|\
                 contatto stampa|\
                 ufficio stampa",
        ),
        // Copyright notices and disclaimers: page furniture, never the story.
        t(Clutter, Anywhere, "tutti i diritti riservati"),
        t(
            Share,
            Cta,
            "seguici|\
                 segui|\
                 scarica|\
                 iscriviti",
        ),
        t(
            Credit,
            Lead,
            "foto|\
             credito|\
             immagine|\
             foto di",
        ),
        t(
            Related,
            Lead,
            "leggi anche|\
                 potrebbe interessarti|\
                 ti potrebbe interessare|\
                 articoli correlati|\
                 notizie correlate|\
                 correlati|\
                 correlate|\
                 i più letti|\
                 più letti|\
                 vedi anche|\
                 leggi di più|\
                 leggi tutto|\
                 consigliati|\
                 altri articoli|\
                 dalla stessa sezione|\
                 approfondisci",
        ),
        t(
            Appeal,
            Anywhere,
            "abbonati ora|\
                 abbonati a|\
                 sei già abbonato|\
                 riservato agli abbonati|\
                 sostieni il nostro giornalismo|\
                 sostienici|\
                 fai una donazione",
        ),
        t(
            Newsletter,
            Anywhere,
            "iscriviti alla newsletter|\
                 ricevi la newsletter|\
                 la tua email|\
                 newsletter",
        ),
        t(
            Share,
            Label,
            "condividi|\
                 condividi su|\
                 stampa|\
                 invia|\
                 invia per email|\
                 copia link|\
                 salva|\
                 segui",
        ),
        t(
            Share,
            Lead,
            "seguici|\
             segui su|\
             condividi",
        ),
        t(
            Controls,
            Label,
            "dimensione testo|\
                 dimensione del testo|\
                 ascolta|\
                 ascolta l'articolo|\
                 ingrandisci|\
                 chiudi",
        ),
        t(
            Controls,
            Lead,
            "ascolta questo articolo|\
                 ascolta l'articolo",
        ),
        t(
            AuthorBox,
            Lead,
            "sull'autore|\
             l'autore",
        ),
        t(
            Comments,
            Anywhere,
            "i commenti sono chiusi|\
                 lascia un commento|\
                 scrivi un commento|\
                 commenti chiusi",
        ),
        t(
            Comments,
            Label,
            "commenti|\
             commento|\
             rispondi",
        ),
        t(
            Ad,
            Label,
            "pubblicità|\
                 annuncio|\
                 sponsorizzato|\
                 contenuto sponsorizzato",
        ),
        t(
            Cookie,
            Anywhere,
            "utilizziamo i cookie|\
                 questo sito utilizza cookie|\
                 accetta i cookie|\
                 usiamo i cookie",
        ),
        t(
            Tags,
            Lead,
            "tag|\
             tags|\
             argomenti|\
             parole chiave",
        ),
        t(
            Navigation,
            Label,
            "precedente|\
                 successivo|\
                 torna su|\
                 home",
        ),
        t(
            Metadata,
            Lead,
            "pubblicato il|\
                 aggiornato il|\
                 pagina aggiornata il|\
                 ultimo aggiornamento|\
                 tempo di lettura",
        ),
        // A forum's edit note ("Ultima modifica di … il …, modificato 1 volta in totale."),
        // the list of who is reading it, its similar topics and its prompt to guests.
        t(Metadata, Lead, "ultima modifica di"),
        t(Metadata, Anywhere, "modificato 1 volta in totale"),
        t(Clutter, Label, "chi c'è in linea"),
        t(Related, Lead, "argomenti simili|discussioni simili"),
        t(
            Comments,
            Anywhere,
            "per rispondere devi essere iscritto|devi essere iscritto per rispondere",
        ),
        // The line over an ad in the story ("Lo spazio che segue è un messaggio promozionale").
        t(
            Ad,
            Anywhere,
            "è un messaggio promozionale|messaggio promozionale",
        ),
    ],
};

const RU: Language = Language {
    code: "ru",
    tables: &[
        // Fields a forum shows about a post's author (see `is_poster_fields`).
        t(
            AuthorBox,
            Field,
            "сообщения|\
                 сообщений|\
                 темы|\
                 регистрация|\
                 зарегистрирован|\
                 откуда|\
                 репутация|\
                 баллы|\
                 возраст",
        ),
        // A forum post's edit note and its readers' thanks.
        t(Metadata, Lead, "последний раз редактировалось"),
        // phpBB's count of edits closing that note ("…, всего редактировалось 1 раз").
        t(Metadata, Anywhere, "всего редактировалось"),
        t(Share, Lead, "за это сообщение автора"),
        // The text of a link closing a teaser of another page ("… Read more").
        t(
            Related,
            ReadMore,
            "читать далее|\
                 читать дальше|\
                 подробнее",
        ),
        // Copyright notices and disclaimers: page furniture, never the story.
        t(Clutter, Anywhere, "все права защищены"),
        // The site's typo-report feature ("Нашли ошибку? Выделите текст и нажмите
        // Ctrl+Enter"), opening its line: a question to the reader, not the story's.
        t(
            Clutter,
            Lead,
            "нашли ошибку?|\
                 нашли опечатку?|\
                 заметили ошибку?",
        ),
        t(
            Share,
            Cta,
            "подписывайтесь|\
                 следите|\
                 подпишитесь|\
                 скачайте|\
                 читайте нас",
        ),
        t(
            Credit,
            Lead,
            "фото|\
                 фотография|\
                 источник фото|\
                 иллюстрация",
        ),
        t(
            Related,
            Lead,
            "читайте также|\
                 читать также|\
                 смотрите также|\
                 см. также|\
                 также читайте|\
                 по теме|\
                 похожие статьи|\
                 похожие новости|\
                 другие новости|\
                 самое читаемое|\
                 популярное|\
                 рекомендуем|\
                 вам может быть интересно|\
                 новости по теме|\
                 материалы по теме|\
                 еще по теме|\
                 ещё по теме|\
                 читать далее|\
                 подробнее",
        ),
        // A Q&A site's prompt under the answers (Stack Exchange's, as "Not the answer
        // you're looking for?" in English).
        t(Related, Lead, "всё ещё ищете ответ?|все еще ищете ответ?"),
        t(
            Appeal,
            Anywhere,
            "подпишитесь|\
                 оформите подписку|\
                 поддержите нас|\
                 поддержать редакцию|\
                 поддержите независимую журналистику|\
                 пожертвовать|\
                 только для подписчиков",
        ),
        t(
            Newsletter,
            Anywhere,
            "подпишитесь на рассылку|\
                 подписаться на рассылку|\
                 ваш e-mail|\
                 ваш email",
        ),
        t(
            Share,
            Label,
            "поделиться|\
                 распечатать|\
                 печать|\
                 отправить|\
                 скопировать ссылку|\
                 сохранить|\
                 подписаться",
        ),
        t(
            Share,
            Lead,
            "подписывайтесь на|\
                 следите за нами|\
                 поделиться в|\
                 мы в соцсетях",
        ),
        t(
            Controls,
            Label,
            "размер шрифта|\
                 слушать|\
                 прослушать|\
                 увеличить|\
                 закрыть",
        ),
        t(
            Controls,
            Lead,
            "слушать статью|\
             прослушать статью",
        ),
        t(
            AuthorBox,
            Lead,
            "об авторе|\
             автор",
        ),
        t(
            Comments,
            Anywhere,
            "комментарии закрыты|\
                 оставить комментарий|\
                 оставьте комментарий|\
                 добавить комментарий|\
                 показать комментарии",
        ),
        t(
            Comments,
            Label,
            "комментарии|\
             комментарий|\
             ответить",
        ),
        t(
            Ad, Lead,
            // The advertiser's registration token that Russian law requires beside an ad
            // ("Реклама. ООО «…». erid: 2SDnje…").
            "erid",
        ),
        t(
            Ad,
            Label,
            "реклама|\
                 на правах рекламы|\
                 спонсорский материал|\
                 партнерский материал",
        ),
        t(
            Cookie,
            Anywhere,
            "мы используем cookie|\
                 мы используем файлы cookie|\
                 сайт использует cookie|\
                 использует файлы cookie",
        ),
        t(
            Tags,
            Lead,
            "теги|\
             метки|\
             темы|\
             ключевые слова",
        ),
        t(
            Navigation,
            Label,
            "назад|\
                 далее|\
                 предыдущая|\
                 следующая|\
                 наверх|\
                 главная",
        ),
        t(
            Metadata,
            Lead,
            "опубликовано|\
                 обновлено|\
                 автор:|\
                 время чтения",
        ),
    ],
};

const HI: Language = Language {
    code: "hi",
    tables: &[
        // The text of a link closing a teaser of another page ("… Read more").
        t(
            Related,
            ReadMore,
            "और पढ़ें|\
                 आगे पढ़ें",
        ),
        t(
            Credit,
            Lead,
            "फोटो|\
             तस्वीर|\
             फोटो साभार",
        ),
        t(
            Related,
            Lead,
            "यह भी पढ़ें|\
                 ये भी पढ़ें|\
                 इसे भी पढ़ें|\
                 यह भी देखें|\
                 ये भी देखें|\
                 और पढ़ें|\
                 संबंधित खबरें|\
                 संबंधित ख़बरें|\
                 संबंधित लेख|\
                 सम्बंधित खबरें|\
                 अन्य खबरें|\
                 ज्यादा पढ़ी गई|\
                 सबसे ज्यादा पढ़ी गई|\
                 पढ़ें:|\
                 पढ़ें|\
                 देखें:",
        ),
        t(
            Appeal,
            Anywhere,
            "सब्सक्राइब करें|\
                 सदस्यता लें|\
                 हमारी पत्रकारिता का समर्थन करें|\
                 समर्थन करें|\
                 दान करें",
        ),
        t(
            Newsletter,
            Anywhere,
            "न्यूज़लेटर|\
             न्यूजलेटर|\
             अपना ईमेल",
        ),
        t(
            Share,
            Label,
            "शेयर करें|\
             शेयर|\
             साझा करें|\
             प्रिंट|\
             ईमेल",
        ),
        t(
            Share,
            Lead,
            "हमें फॉलो करें|\
                 फॉलो करें|\
                 हमसे जुड़ें|\
                 हमारे चैनल",
        ),
        t(
            Controls,
            Label,
            "टेक्स्ट का आकार|\
                 फ़ॉन्ट का आकार|\
                 सुनें|\
                 इस खबर को सुनें",
        ),
        t(
            Controls,
            Lead,
            "इस खबर को सुनें|\
             यह खबर सुनें|\
             लेख सुनें",
        ),
        t(
            AuthorBox,
            Lead,
            "लेखक के बारे में|\
             लेखक",
        ),
        t(
            Comments,
            Anywhere,
            "टिप्पणियाँ बंद हैं|\
                 टिप्पणी करें|\
                 कमेंट करें",
        ),
        t(
            Comments,
            Label,
            "टिप्पणियाँ|\
             टिप्पणी|\
             कमेंट",
        ),
        t(
            Ad,
            Label,
            "विज्ञापन|\
             एडवरटाइजमेंट",
        ),
        t(
            Cookie,
            Anywhere,
            "कुकीज़ का उपयोग|\
             कुकीज का उपयोग",
        ),
        t(
            Tags,
            Lead,
            "टैग|\
             टैग्स",
        ),
        t(
            Metadata,
            Lead,
            "प्रकाशित|\
             अपडेट|\
             द्वारा",
        ),
    ],
};

const PL: Language = Language {
    code: "pl",
    tables: &[
        // Fields a forum shows about a post's author (see `is_poster_fields`).
        t(
            AuthorBox,
            Field,
            "posty|\
                 wiadomości|\
                 tematy|\
                 wątki|\
                 dołączył|\
                 dołączyła|\
                 rejestracja|\
                 zarejestrowany|\
                 lokalizacja|\
                 skąd|\
                 reputacja|\
                 reakcje|\
                 punkty|\
                 wiek",
        ),
        // A feedback widget's question under the page ("Was this page helpful?").
        t(
            Clutter,
            Label,
            "czy ta strona była pomocna|\
                 czy ten artykuł był pomocny|\
                 czy te informacje były pomocne|\
                 czy informacje na tej stronie były pomocne",
        ),
        t(
            Clutter,
            Lead,
            "czy ta strona była pomocna?|\
                 czy ten artykuł był pomocny?|\
                 czy te informacje były pomocne?|\
                 czy informacje na tej stronie były pomocne?",
        ),
        // XenForo's control under a long quote.
        t(Controls, Label, "kliknij, aby rozwinąć"),
        // Affiliate disclosures.
        t(
            Ad,
            Anywhere,
            "zawiera linki afiliacyjne|\
                 linki afiliacyjne|\
                 linki partnerskie|\
                 linków partnerskich|\
                 linków afiliacyjnych",
        ),
        // The text of a link closing a teaser of another page ("… Read more").
        t(
            Related,
            ReadMore,
            "czytaj więcej|\
                 czytaj dalej|\
                 więcej",
        ),
        // Press-contact boxes closing press releases: a heading over addresses and phone numbers.
        t(
            Contact,
            Label,
            "kontakt dla mediów|\
                 kontakt dla prasy|\
                 biuro prasowe",
        ),
        t(
            Cookie,
            Anywhere,
            "korzystamy z cookies|\
                 korzystamy z plików cookie|\
                 wykorzystujemy pliki cookie|\
                 używamy cookies",
        ),
        // Copyright notices and disclaimers: page furniture, never the story.
        t(Clutter, Anywhere, "wszelkie prawa zastrzeżone"),
        t(
            Share,
            Cta,
            "obserwuj|\
                 śledź|\
                 pobierz|\
                 dołącz",
        ),
        t(
            Credit,
            Lead,
            "fot.|\
             fot|\
             zdjęcie|\
             źródło",
        ),
        t(
            Related,
            Lead,
            "czytaj też|\
                 czytaj także|\
                 zobacz też|\
                 zobacz także|\
                 polecamy|\
                 przeczytaj także|\
                 przeczytaj też|\
                 podobne artykuły|\
                 powiązane artykuły|\
                 najczęściej czytane|\
                 czytaj więcej|\
                 więcej na ten temat",
        ),
        t(
            Appeal,
            Anywhere,
            "wesprzyj nas|\
                 zostań subskrybentem|\
                 wykup subskrypcję|\
                 tylko dla subskrybentów|\
                 wesprzyj",
        ),
        t(
            Newsletter,
            Anywhere,
            "zapisz się do newslettera|\
                 zapisz się na newsletter|\
                 twój adres e-mail|\
                 newsletter",
        ),
        t(
            Share,
            Label,
            "udostępnij|\
                 drukuj|\
                 wyślij|\
                 kopiuj link|\
                 obserwuj",
        ),
        t(
            Share,
            Lead,
            "obserwuj nas|\
             śledź nas|\
             udostępnij",
        ),
        t(
            Controls,
            Label,
            "rozmiar tekstu|\
                 posłuchaj|\
                 odsłuchaj|\
                 powiększ|\
                 zamknij",
        ),
        t(
            Comments,
            Anywhere,
            "komentarze są wyłączone|\
                 dodaj komentarz|\
                 napisz komentarz|\
                 zobacz komentarze",
        ),
        t(
            Comments,
            Label,
            "komentarze|\
             komentarz|\
             odpowiedz",
        ),
        t(
            Ad,
            Label,
            "reklama|\
                 dalsza część artykułu pod reklamą|\
                 artykuł sponsorowany|\
                 materiał partnera|\
                 materiał sponsorowany",
        ),
        t(
            Cookie,
            Anywhere,
            "używamy plików cookie|\
                 ta strona używa plików cookie|\
                 ta strona korzysta z plików cookie|\
                 ta strona korzysta z plików cookies|\
                 plików cookies|\
                 pliki cookie",
        ),
        t(
            Tags,
            Lead,
            "tagi|\
             tematy|\
             słowa kluczowe",
        ),
        t(
            Navigation,
            Label,
            "poprzedni|\
                 następny|\
                 wróć do góry|\
                 powrót do góry|\
                 strona główna",
        ),
        // A forum's edit note ("Ostatnio edytowany przez … dnia …, w całości edytowany 1
        // raz"), its list of who is reading it and its statistics, its similar topics.
        t(Metadata, Lead, "ostatnio edytowany przez"),
        t(
            Metadata,
            Anywhere,
            "łącznie edytowany 1 raz|łącznie edytowany 2 razy",
        ),
        t(Clutter, Label, "kto jest online"),
        t(Clutter, Anywhere, "naszym forum przegląda|statystyki forum"),
        t(Related, Lead, "podobne tematy"),
    ],
};

const NL: Language = Language {
    code: "nl",
    tables: &[
        // Fields a forum shows about a post's author (see `is_poster_fields`).
        t(
            AuthorBox,
            Field,
            "berichten|\
                 onderwerpen|\
                 lid sinds|\
                 geregistreerd|\
                 woonplaats|\
                 locatie|\
                 reputatie|\
                 reactiescore|\
                 punten|\
                 leeftijd",
        ),
        // A feedback widget's question under the page ("Was this page helpful?").
        t(
            Clutter,
            Label,
            "was deze pagina nuttig|\
                 was deze informatie nuttig|\
                 was dit artikel nuttig|\
                 heeft deze pagina u geholpen|\
                 heeft deze informatie u geholpen",
        ),
        t(
            Clutter,
            Lead,
            "was deze pagina nuttig?|\
                 was deze informatie nuttig?|\
                 was dit artikel nuttig?|\
                 heeft deze pagina u geholpen?|\
                 heeft deze informatie u geholpen?",
        ),
        t(Clutter, Anywhere, "uw feedback helpt ons"),
        // A forum's edit note ("Laatst bijgewerkt door … op …, 1 keer totaal gewijzigd.").
        t(
            Metadata,
            Anywhere,
            "1 keer totaal gewijzigd|2 keer totaal gewijzigd",
        ),
        // Affiliate disclosures.
        t(
            Ad,
            Anywhere,
            "bevat affiliate links|\
                 affiliatelinks|\
                 affiliate-links",
        ),
        // The text of a link closing a teaser of another page ("… Read more").
        t(
            Related,
            ReadMore,
            "lees meer|\
                 lees verder|\
                 meer",
        ),
        // Press-contact boxes closing press releases: a heading over addresses and phone numbers.
        t(
            Contact,
            Label,
            "perscontact|\
                 persinformatie|\
                 persvoorlichting",
        ),
        // Copyright notices and disclaimers: page furniture, never the story.
        t(Clutter, Anywhere, "alle rechten voorbehouden"),
        t(
            Share,
            Cta,
            "volg|\
                 download|\
                 abonneer",
        ),
        t(
            Credit,
            Lead,
            "foto|\
             beeld",
        ),
        t(
            Related,
            Lead,
            "lees ook|\
                 lees meer|\
                 bekijk ook|\
                 gerelateerde artikelen|\
                 meer over|\
                 meest gelezen|\
                 aanbevolen",
        ),
        t(
            Appeal,
            Anywhere,
            "word abonnee|\
                 neem een abonnement|\
                 steun ons|\
                 doneer nu|\
                 alleen voor abonnees",
        ),
        t(
            Newsletter,
            Anywhere,
            "schrijf je in voor de nieuwsbrief|\
                 meld je aan voor|\
                 nieuwsbrief|\
                 je e-mailadres",
        ),
        t(
            Share,
            Label,
            "delen|\
                 deel|\
                 printen|\
                 afdrukken|\
                 mailen|\
                 kopieer link|\
                 volgen",
        ),
        t(
            Share,
            Lead,
            "volg ons|\
             deel dit artikel",
        ),
        t(
            Controls,
            Label,
            "tekstgrootte|\
                 lettergrootte|\
                 luister|\
                 beluister|\
                 vergroten|\
                 sluiten",
        ),
        t(
            Comments,
            Anywhere,
            "reacties zijn gesloten|\
                 reageren is niet meer mogelijk|\
                 reageren is gesloten|\
                 plaats een reactie|\
                 laat een reactie achter|\
                 je moet ingelogd zijn om een antwoord te plaatsen|\
                 log in om te reageren",
        ),
        // A forum post's edit note.
        t(Metadata, Lead, "bericht bewerkt door"),
        t(
            Comments,
            Label,
            "reacties|\
             reactie|\
             reageer",
        ),
        t(
            Ad,
            Label,
            "advertentie|\
             gesponsord|\
             reclame",
        ),
        t(
            Cookie,
            Anywhere,
            "wij gebruiken cookies|\
                 we gebruiken cookies|\
                 deze website gebruikt cookies",
        ),
        t(
            Tags,
            Lead,
            "tags|\
             onderwerpen|\
             trefwoorden",
        ),
        t(
            Navigation,
            Label,
            "vorige|\
                 volgende|\
                 terug naar boven",
        ),
    ],
};

const SV: Language = Language {
    code: "sv",
    tables: &[
        // Fields a forum shows about a post's author (see `is_poster_fields`).
        t(
            AuthorBox,
            Field,
            "inlägg|\
                 trådar|\
                 medlem sedan|\
                 registrerad|\
                 gick med|\
                 ort|\
                 rykte|\
                 poäng|\
                 ålder",
        ),
        // A feedback widget's question under the page ("Was this page helpful?").
        t(
            Clutter,
            Label,
            "var sidan till hjälp|\
                 var informationen till hjälp|\
                 var den här sidan till hjälp|\
                 hittade du det du letade efter",
        ),
        t(
            Clutter,
            Lead,
            "var sidan till hjälp?|\
                 var informationen till hjälp?|\
                 var den här sidan till hjälp?|\
                 hittade du det du letade efter?",
        ),
        // Affiliate disclosures.
        t(
            Ad,
            Anywhere,
            "innehåller affiliatelänkar|\
                 affiliatelänkar|\
                 annonslänkar",
        ),
        t(Related, ReadMore, "läs mer|läs hela artikeln"),
        t(Clutter, Anywhere, "alla rättigheter förbehållna"),
        // The typo-report notice and the call for tips.
        t(
            Clutter,
            Lead,
            "hittat ett fel?|\
                 har du hittat ett fel?|\
                 har du hittat ett fel i texten?|\
                 har du ett tips?|\
                 har du ett nyhetstips?",
        ),
        t(Share, Cta, "följ|ladda ner|prenumerera"),
        t(Credit, Lead, "foto|bild"),
        t(
            Related,
            Lead,
            "läs också|\
                 läs även|\
                 läs mer|\
                 relaterade artiklar|\
                 relaterat|\
                 mer om|\
                 mest läst|\
                 rekommenderat",
        ),
        t(
            Appeal,
            Anywhere,
            "stöd vår journalistik|\
                 stöd oss|\
                 bli prenumerant|\
                 bli medlem|\
                 för prenumeranter|\
                 swisha en gåva",
        ),
        t(
            Newsletter,
            Anywhere,
            "prenumerera på vårt nyhetsbrev|\
                 anmäl dig till vårt nyhetsbrev|\
                 nyhetsbrev|\
                 din e-postadress",
        ),
        t(
            Share,
            Label,
            "dela|\
                 dela artikeln|\
                 skriv ut|\
                 mejla|\
                 kopiera länk",
        ),
        t(Share, Lead, "följ oss|dela artikeln"),
        t(
            Controls,
            Label,
            "textstorlek|\
                 teckenstorlek|\
                 lyssna|\
                 lyssna på artikeln|\
                 stäng",
        ),
        t(
            Comments,
            Anywhere,
            "kommentarsfunktionen är stängd|\
                 kommentarerna är stängda|\
                 skriv en kommentar|\
                 lämna en kommentar",
        ),
        t(Comments, Label, "kommentarer|kommentera"),
        t(
            AuthorBox,
            Lead,
            "om skribenten|om författaren|om journalisten",
        ),
        t(Ad, Label, "annons|sponsrat|reklam"),
        t(
            Cookie,
            Anywhere,
            "vi använder cookies|\
                 den här webbplatsen använder cookies|\
                 godkänner du att vi använder cookies",
        ),
        t(Tags, Lead, "taggar|ämnen|nyckelord"),
        t(Navigation, Label, "föregående|nästa|till toppen"),
        // A forum post's edit note ("Senast redigerad av … Anledning: …"); phpBB's runs
        // past a metadata line's length with the name and date, and ends with the count.
        t(Metadata, Lead, "senast redigerad av"),
        // A page's dates and who answers for it ("Senast uppdaterad: 3 november 2025",
        // "Sidansvarig: Barn- och utbildningsförvaltningen").
        t(
            Metadata,
            Lead,
            "publicerad|\
                 uppdaterad|\
                 senast uppdaterad|\
                 senast ändrad|\
                 sidansvarig",
        ),
        t(
            Metadata,
            Anywhere,
            "redigerad totalt 1 gång|redigerad totalt 2 gånger",
        ),
    ],
};

const TR: Language = Language {
    code: "tr",
    tables: &[
        t(
            Related,
            ReadMore,
            "devamını oku|haberin devamı|devamı için tıklayın",
        ),
        t(Clutter, Anywhere, "tüm hakları saklıdır"),
        t(Share, Cta, "takip edin|takip et|indirin"),
        t(
            Related,
            Lead,
            "ilginizi çekebilir|\
                 bunlar da ilginizi çekebilir|\
                 ilgili haberler|\
                 benzer haberler|\
                 ilgili içerikler|\
                 en çok okunanlar|\
                 daha fazla haber",
        ),
        t(Appeal, Anywhere, "abone olun|abone ol|bize destek olun"),
        t(
            Newsletter,
            Anywhere,
            "bültenimize abone olun|e-bültenimize abone olun|e-posta adresiniz",
        ),
        t(
            Share,
            Label,
            "paylaş|paylaşın|bu haberi paylaş|yazdır|linki kopyala",
        ),
        t(Share, Lead, "bizi takip edin"),
        t(Controls, Label, "yazı boyutu|haberi dinle|sesli dinle"),
        t(
            Comments,
            Anywhere,
            "yorum yapmak için giriş yapın|\
                 ilk yorumu siz yapın|\
                 yorumlar kapalı|\
                 yorum yazın",
        ),
        t(Comments, Label, "yorumlar|yorum|yorum yap"),
        t(AuthorBox, Lead, "yazar hakkında"),
        t(Ad, Label, "reklam|sponsorlu|haberin devamı"),
        t(
            Cookie,
            Anywhere,
            "çerez kullanıyoruz|çerezler kullanıyoruz|çerez politikası",
        ),
        t(Tags, Lead, "etiketler|anahtar kelimeler"),
        t(Navigation, Label, "önceki haber|sonraki haber|başa dön"),
    ],
};

const ID: Language = Language {
    code: "id",
    tables: &[
        t(Related, ReadMore, "baca selengkapnya|selengkapnya"),
        t(Clutter, Anywhere, "hak cipta dilindungi undang-undang"),
        t(Share, Cta, "ikuti|unduh|gabung|bergabung"),
        t(
            Related,
            Lead,
            "baca juga|\
                 artikel terkait|\
                 berita terkait|\
                 terpopuler|\
                 pilihan editor|\
                 rekomendasi untuk anda",
        ),
        t(
            Appeal,
            Anywhere,
            "dukung jurnalisme|berlangganan sekarang|berita tanpa iklan|coba gratis",
        ),
        t(
            Newsletter,
            Anywhere,
            "berlangganan newsletter|daftar newsletter|alamat email anda",
        ),
        t(
            Share,
            Label,
            "bagikan|bagikan artikel ini|salin tautan|salin link|cetak",
        ),
        t(Share, Lead, "ikuti kami"),
        t(Controls, Label, "ukuran teks|ukuran huruf"),
        t(
            Ad,
            Anywhere,
            "scroll untuk melanjutkan membaca|scroll to continue with content",
        ),
        t(Ad, Label, "iklan"),
        t(Comments, Anywhere, "tulis komentar|berikan komentar"),
        t(Comments, Label, "komentar"),
        t(AuthorBox, Lead, "tentang penulis"),
        t(Tags, Lead, "topik terkait|kata kunci"),
        t(Navigation, Label, "sebelumnya|selanjutnya"),
    ],
};

// Japanese and Chinese write without spaces: the matcher takes each of their characters for
// a word (see `patterns::boundary_after`), so a phrase matches inside a run of text.
const JA: Language = Language {
    code: "ja",
    tables: &[
        // A forum's line under a thread saying who else is reading it.
        t(
            Clutter,
            Anywhere,
            "このトピックを閲覧中のユーザー|このスレッドを閲覧中のユーザー",
        ),
        // A Q&A page's label over the answer the asker chose.
        t(Clutter, Label, "ベストアンサーに選ばれた回答"),
        t(Related, ReadMore, "続きを読む|もっと見る"),
        t(
            Related,
            Lead,
            "あわせて読みたい|\
                 併せて読みたい|\
                 関連記事|\
                 こちらもおすすめ|\
                 おすすめ記事|\
                 よく読まれている記事",
        ),
        t(
            Appeal,
            Anywhere,
            "支援する|\
                 ご支援をお願い|\
                 有料会員|\
                 会員登録",
        ),
        t(
            Newsletter,
            Anywhere,
            "ニュースレター|メールマガジン|メルマガ",
        ),
        t(Share, Label, "シェア|この記事をシェアする|ツイート|印刷"),
        t(Share, Lead, "フォロー|チャンネル登録"),
        t(Controls, Label, "文字サイズ|文字の大きさ|音声で聴く"),
        t(
            Comments,
            Anywhere,
            "コメントは受け付けていません|\
                 コメントを書く|\
                 コメントする",
        ),
        t(Comments, Label, "コメント"),
        t(AuthorBox, Lead, "この記事を書いた人|著者について|執筆者"),
        t(Ad, Lead, "広告|スポンサー"),
        // The disclosure Japan's rules on stealth marketing (2023) put atop a blog post.
        t(
            Ad,
            Anywhere,
            "アフィリエイト広告が含まれています|\
                 アフィリエイト広告を利用しています|\
                 プロモーションが含まれています|\
                 プロモーションを含みます",
        ),
        t(Cookie, Anywhere, "クッキーを使用"),
        t(Tags, Lead, "タグ|キーワード"),
    ],
};

const ZH: Language = Language {
    code: "zh",
    tables: &[
        // A forum post's edit note ("本帖最后由 … 于 … 编辑").
        t(Metadata, Lead, "本帖最后由"),
        // Fields a forum shows about a post's author (see `is_poster_fields`).
        t(
            AuthorBox,
            Field,
            "积分|\
                 積分|\
                 帖子|\
                 主题|\
                 主題|\
                 注册时间|\
                 註冊時間|\
                 最后登录|\
                 最後登錄|\
                 在线时间|\
                 在線時間|\
                 威望|\
                 金钱|\
                 金錢|\
                 贡献|\
                 貢獻",
        ),
        t(Related, ReadMore, "阅读全文|閱讀全文|查看更多"),
        t(
            Related,
            Lead,
            "延伸阅读|\
                 延伸閱讀|\
                 相关文章|\
                 相關文章|\
                 相关阅读|\
                 相關閱讀|\
                 推荐阅读|\
                 推薦閱讀|\
                 热门文章|\
                 熱門文章|\
                 相关帖子|\
                 相關帖子|\
                 相关主题|\
                 相關主題",
        ),
        t(
            Appeal,
            Anywhere,
            "支持我们|\
                 支持我們|\
                 赞助我们|\
                 成为会员|\
                 成為會員",
        ),
        t(
            Newsletter,
            Anywhere,
            "订阅我们的新闻通讯|新闻通讯|電子報|订阅邮件",
        ),
        t(Share, Label, "分享|分享本文|分享到|打印"),
        t(Share, Lead, "关注我们|關注我們|追踪我们|追蹤我們"),
        t(Controls, Label, "字号|字體大小|字体大小"),
        t(
            Comments,
            Anywhere,
            "评论已关闭|評論已關閉|发表评论|發表評論",
        ),
        t(Comments, Label, "评论|評論|留言"),
        t(AuthorBox, Lead, "关于作者|關於作者|作者简介|作者簡介"),
        t(Ad, Lead, "广告|廣告|赞助|贊助"),
        t(Cookie, Anywhere, "我们使用cookie|我們使用cookie"),
        t(Tags, Lead, "标签|標籤|关键词|關鍵詞"),
    ],
};

/// All languages, in the order their tables are listed in explanations.
const VI: Language = Language {
    code: "vi",
    tables: &[
        t(Related, ReadMore, "xem tiếp|đọc tiếp"),
        t(Clutter, Anywhere, "bản quyền thuộc về"),
        t(Share, Cta, "theo dõi|tải ứng dụng|tải app"),
        t(
            Related,
            Lead,
            "xem thêm|\
                 đọc thêm|\
                 tin liên quan|\
                 bài liên quan|\
                 có thể bạn quan tâm|\
                 tin cùng chuyên mục|\
                 đọc nhiều nhất|\
                 tin mới nhất",
        ),
        t(
            Appeal,
            Anywhere,
            "ủng hộ chúng tôi|ủng hộ tòa soạn|đăng ký thành viên|đăng ký gói|đọc không quảng cáo|cần độc giả đồng hành",
        ),
        t(
            Newsletter,
            Anywhere,
            "đăng ký nhận bản tin|nhận bản tin|địa chỉ email của bạn",
        ),
        t(
            Share,
            Label,
            "chia sẻ|chia sẻ bài viết|sao chép liên kết|in bài viết",
        ),
        t(Share, Lead, "theo dõi chúng tôi"),
        t(Controls, Label, "cỡ chữ|nghe bài viết|nghe đọc bài"),
        t(
            Comments,
            Anywhere,
            "viết bình luận|gửi bình luận|bình luận đã đóng|hãy là người đầu tiên bình luận",
        ),
        t(Comments, Label, "bình luận|ý kiến bạn đọc"),
        t(AuthorBox, Lead, "về tác giả"),
        t(Ad, Label, "quảng cáo|tài trợ"),
        t(Cookie, Anywhere, "sử dụng cookie|chính sách cookie"),
        t(Tags, Lead, "từ khóa|thẻ|chủ đề"),
        t(Navigation, Label, "bài trước|bài tiếp theo|về đầu trang"),
    ],
};

const AR: Language = Language {
    code: "ar",
    tables: &[
        t(Clutter, Anywhere, "جميع الحقوق محفوظة"),
        t(
            Share,
            Cta,
            "تابعونا|تابعنا|حمل تطبيق|حمّل تطبيق|انضم إلى|انضموا إلى",
        ),
        t(
            Related,
            Lead,
            "اقرأ أيضا|\
                 اقرأ أيضاً|\
                 إقرأ أيضا|\
                 إقرأ أيضاً|\
                 شاهد أيضا|\
                 شاهد أيضاً|\
                 أخبار ذات صلة|\
                 مواضيع ذات صلة|\
                 مقالات ذات صلة|\
                 قد يهمك|\
                 الأكثر قراءة",
        ),
        t(Appeal, Anywhere, "ادعم الصحافة|ادعمنا|ادعموا|اشترك الآن"),
        t(
            Newsletter,
            Anywhere,
            "اشترك في النشرة|النشرة البريدية|بريدك الإلكتروني",
        ),
        t(
            Share,
            Label,
            "شارك|مشاركة|شارك المقال|شارك الخبر|انسخ الرابط|طباعة",
        ),
        t(Share, Lead, "تابعونا على|تابعنا على"),
        t(Controls, Label, "حجم الخط|استمع إلى المقال|استمع للمقال"),
        t(
            Comments,
            Anywhere,
            "أضف تعليقك|اترك تعليقا|اترك تعليقاً|التعليقات مغلقة|كن أول من يعلق",
        ),
        t(Comments, Label, "التعليقات|تعليقات"),
        t(AuthorBox, Lead, "عن الكاتب|نبذة عن الكاتب"),
        t(Ad, Label, "إعلان|اعلان|محتوى مدعوم|برعاية"),
        t(Cookie, Anywhere, "ملفات تعريف الارتباط"),
        t(Tags, Lead, "الوسوم|كلمات مفتاحية|الكلمات المفتاحية"),
        t(Navigation, Label, "المقال السابق|المقال التالي"),
    ],
};

const UK: Language = Language {
    code: "uk",
    tables: &[
        t(Clutter, Anywhere, "усі права захищені|всі права захищено"),
        t(Share, Cta, "підписуйтесь|підписуйтеся|стежте|завантажуйте"),
        t(
            Related,
            Lead,
            "читайте також|\
                 також читайте|\
                 дивіться також|\
                 пов'язані новини|\
                 схожі новини|\
                 найпопулярніше",
        ),
        t(
            Appeal,
            Anywhere,
            "підтримайте нас|підтримати редакцію|підтримайте редакцію|\
                 підтримайте незалежну журналістику|стати патроном",
        ),
        t(
            Newsletter,
            Anywhere,
            "підпишіться на розсилку|наша розсилка|ваша електронна пошта",
        ),
        t(Share, Label, "поділитися|поширити|копіювати посилання|друк"),
        t(
            Share,
            Lead,
            "підписуйтесь на нас|слідкуйте за нами|стежте за нами",
        ),
        t(
            Controls,
            Label,
            "розмір шрифту|слухати статтю|прослухати статтю",
        ),
        t(
            Comments,
            Anywhere,
            "коментування закрито|залиште коментар|додати коментар",
        ),
        t(Comments, Label, "коментарі|коментар"),
        t(AuthorBox, Lead, "про автора"),
        t(Ad, Label, "партнерський матеріал|на правах реклами"),
        t(Clutter, Lead, "помітили помилку?|знайшли помилку?"),
        t(
            Cookie,
            Anywhere,
            "використовуємо файли cookie|ми використовуємо cookie",
        ),
        t(Tags, Lead, "теги|мітки"),
    ],
};

const FI: Language = Language {
    code: "fi",
    tables: &[
        t(
            Related,
            ReadMore,
            "lue lisää|lue koko juttu|jatka lukemista",
        ),
        t(Clutter, Anywhere, "kaikki oikeudet pidätetään"),
        t(Share, Cta, "seuraa|lataa|liity"),
        t(
            Related,
            Lead,
            "lue myös|\
                 lue lisää|\
                 aiheesta lisää|\
                 aiheesta muualla|\
                 katso myös|\
                 luetuimmat|\
                 suosittelemme",
        ),
        t(
            Appeal,
            Anywhere,
            "tilaa nyt|vain tilaajille|tule tilaajaksi|oletko jo tilaaja|tue journalismia",
        ),
        t(
            Newsletter,
            Anywhere,
            "tilaa uutiskirje|tilaa uutiskirjeemme|sähköpostiosoitteesi",
        ),
        t(
            Share,
            Label,
            "jaa|jaa juttu|jaa artikkeli|kopioi linkki|tulosta",
        ),
        t(Share, Lead, "seuraa meitä"),
        t(
            Controls,
            Label,
            "kuuntele|kuuntele juttu|kuuntele artikkeli|tekstin koko",
        ),
        t(Controls, Lead, "kuuntele juttu|kuuntele artikkeli"),
        t(
            Controls,
            Anywhere,
            "kuuntele tämä artikkeli|kuuntele tämä juttu|ääneen luettuna",
        ),
        t(
            Ad,
            Anywhere,
            "juttu jatkuu mainoksen jälkeen|artikkeli jatkuu mainoksen jälkeen",
        ),
        t(Ad, Label, "mainos|mainos päättyy|kaupallinen yhteistyö"),
        t(
            Comments,
            Anywhere,
            "kommentointi on suljettu|kirjaudu kommentoidaksesi",
        ),
        t(Comments, Label, "kommentit|kommentoi|keskustelu"),
        t(AuthorBox, Lead, "kirjoittajasta"),
        t(Cookie, Anywhere, "käytämme evästeitä|evästeasetukset"),
        t(Tags, Lead, "aiheet|avainsanat"),
        t(Navigation, Label, "edellinen|seuraava"),
    ],
};

const HU: Language = Language {
    code: "hu",
    tables: &[
        t(Related, ReadMore, "tovább olvasom|olvass tovább"),
        t(Clutter, Anywhere, "minden jog fenntartva"),
        t(Share, Cta, "kövesse|kövessen|kövess|töltse le|csatlakozzon"),
        t(
            Related,
            Lead,
            "kapcsolódó|\
                 kapcsolódó cikkek|\
                 ezt is ajánljuk|\
                 olvassa el ezt is|\
                 ez is érdekelheti|\
                 legolvasottabb|\
                 további cikkek",
        ),
        t(
            Appeal,
            Anywhere,
            "támogasson minket|támogassa a munkánkat|fizessen elő|csak előfizetőknek|már előfizető",
        ),
        t(
            Newsletter,
            Anywhere,
            "iratkozzon fel hírlevelünkre|iratkozz fel hírlevelünkre|hírlevél feliratkozás",
        ),
        t(Share, Label, "megosztás|megosztom|link másolása|nyomtatás"),
        t(Share, Lead, "kövessen minket|kövess minket"),
        t(Controls, Label, "cikk meghallgatása|betűméret"),
        t(Ad, Anywhere, "a cikk a hirdetés után folytatódik"),
        t(Ad, Label, "szponzorált|támogatott tartalom"),
        t(
            Comments,
            Anywhere,
            "a hozzászóláshoz be kell jelentkeznie|a hozzászóláshoz jelentkezzen be",
        ),
        t(Comments, Label, "hozzászólások|hozzászólás|kommentek"),
        t(AuthorBox, Lead, "a szerzőről"),
        t(Cookie, Anywhere, "sütiket használunk|sütiket használ"),
        t(Tags, Lead, "címkék"),
        t(Navigation, Label, "előző|következő"),
    ],
};

const CS: Language = Language {
    code: "cs",
    tables: &[
        // Fields a forum shows about a post's author (see `is_poster_fields`).
        t(
            AuthorBox,
            Field,
            "příspěvky|\
                 témata|\
                 registrován|\
                 registrace|\
                 bydliště|\
                 reputace|\
                 body|\
                 věk",
        ),
        t(
            Related,
            ReadMore,
            "číst dál|pokračovat ve čtení|celý článek",
        ),
        t(Clutter, Anywhere, "všechna práva vyhrazena"),
        t(Share, Cta, "sledujte|stáhněte|přidejte se"),
        t(
            Related,
            Lead,
            "čtěte také|\
                 čtěte též|\
                 přečtěte si také|\
                 související články|\
                 související|\
                 mohlo by vás zajímat|\
                 nejčtenější",
        ),
        t(
            Appeal,
            Anywhere,
            "podpořte nás|předplaťte si|staňte se předplatitelem|jen pro předplatitele",
        ),
        t(
            Newsletter,
            Anywhere,
            "přihlaste se k odběru|odebírejte newsletter|váš e-mail",
        ),
        t(
            Share,
            Label,
            "sdílet|sdílejte|sdílet článek|kopírovat odkaz|vytisknout",
        ),
        t(Share, Lead, "sledujte nás"),
        t(Controls, Label, "poslechněte si článek|velikost písma"),
        t(
            Ad,
            Anywhere,
            "článek pokračuje pod reklamou|pokračování článku pod reklamou",
        ),
        t(Ad, Label, "reklamní sdělení"),
        t(
            Comments,
            Anywhere,
            "diskuse je uzavřena|diskuze je uzavřena",
        ),
        t(Comments, Label, "diskuse|diskuze|komentáře"),
        t(AuthorBox, Lead, "o autorovi"),
        t(
            Cookie,
            Anywhere,
            "používáme cookies|používáme soubory cookie",
        ),
        t(Tags, Lead, "témata|štítky"),
        t(Navigation, Label, "předchozí|další"),
    ],
};

const EL: Language = Language {
    code: "el",
    tables: &[
        t(Related, ReadMore, "διαβάστε περισσότερα|συνέχεια"),
        t(Clutter, Anywhere, "με επιφύλαξη παντός δικαιώματος"),
        t(Share, Cta, "ακολουθήστε|κατεβάστε"),
        t(
            Related,
            Lead,
            "διαβάστε επίσης|\
                 διαβάστε ακόμη|\
                 δείτε επίσης|\
                 σχετικά άρθρα|\
                 σχετικές ειδήσεις|\
                 τα πιο δημοφιλή|\
                 δημοφιλή",
        ),
        t(
            Appeal,
            Anywhere,
            "στηρίξτε|στηρίξτε μας|κάνω δωρεά|κάντε δωρεά|γίνετε συνδρομητής|μόνο για συνδρομητές",
        ),
        t(
            Newsletter,
            Anywhere,
            "εγγραφείτε στο newsletter|γραφτείτε στο newsletter|εγγραφή στο newsletter",
        ),
        t(
            Share,
            Label,
            "κοινοποίηση|μοιραστείτε|αντιγραφή συνδέσμου|εκτύπωση",
        ),
        t(Share, Lead, "ακολουθήστε μας"),
        t(Controls, Label, "ακούστε το άρθρο|μέγεθος γραμματοσειράς"),
        t(
            Ad,
            Anywhere,
            "το άρθρο συνεχίζεται παρακάτω|συνεχίζεται μετά τη διαφήμιση",
        ),
        t(Ad, Label, "χορηγούμενο|χορηγούμενο περιεχόμενο"),
        t(Comments, Anywhere, "συνδεθείτε για να σχολιάσετε"),
        t(Comments, Label, "σχόλια"),
        t(AuthorBox, Lead, "σχετικά με τον συντάκτη"),
        t(Cookie, Anywhere, "χρησιμοποιούμε cookies"),
        t(Tags, Lead, "ετικέτες"),
        t(Navigation, Label, "προηγούμενο|επόμενο"),
    ],
};

// Korean is written with spaces between words: its phrases match as the others do.
const KO: Language = Language {
    code: "ko",
    tables: &[
        // The copyright line closing every story ("ⓒ 신문, 무단전재 및 재배포 금지").
        t(
            Clutter,
            Anywhere,
            "무단전재 및 재배포 금지|무단 전재 및 재배포 금지|무단전재-재배포 금지|무단 전재-재배포 금지",
        ),
        t(
            Related,
            Lead,
            "관련기사|관련 기사|함께 볼만한 기사|많이 본 뉴스|많이 본 기사|추천 기사",
        ),
        t(Newsletter, Anywhere, "뉴스레터 구독|뉴스레터를 구독"),
        t(Share, Label, "공유하기|공유|인쇄|글자 크기|글자크기"),
        t(Controls, Label, "기사 듣기|음성으로 듣기"),
        t(Comments, Label, "댓글"),
    ],
};

// Thai writes words without spaces: its phrases are matched where a block starts, as its
// ad lines and labels stand alone.
const TH: Language = Language {
    code: "th",
    tables: &[
        t(
            Ad,
            Anywhere,
            "เนื้อหาข่าวยังมีต่อด้านล่าง|เนื้อหายังมีต่อด้านล่าง|บทความยังมีต่อด้านล่าง",
        ),
        t(Related, Lead, "ข่าวที่เกี่ยวข้อง|อ่านเพิ่มเติม|ข่าวยอดนิยม"),
    ],
};

const CA: Language = Language {
    code: "ca",
    tables: &[
        t(
            Ad,
            Anywhere,
            "segueix llegint sota aquest espai publicitari|\
                 la notícia continua després de la publicitat|\
                 continua després de la publicitat",
        ),
        t(
            Related,
            Lead,
            "també et pot interessar|\
                 notícies relacionades|\
                 llegeix també|\
                 el més llegit|\
                 més notícies",
        ),
        t(
            Newsletter,
            Anywhere,
            "subscriu-te al butlletí|subscriu-te a la newsletter|rep el butlletí",
        ),
        t(
            Appeal,
            Anywhere,
            "fes-te subscriptor|fes-te'n subscriptor|dona suport al periodisme",
        ),
        t(Share, Label, "comparteix|comparteix-ho|copia l'enllaç"),
        t(Comments, Label, "comentaris"),
        t(Cookie, Anywhere, "utilitzem galetes"),
    ],
};

pub(crate) const LANGUAGES: &[Language] = &[
    ANY, EN, DE, FR, ES, PT, IT, RU, HI, PL, NL, SV, FI, HU, CS, TR, ID, VI, AR, UK, JA, ZH, EL,
    KO, TH, CA,
];

/// Agency names this short are words in some language ("pa nos planeta", "ap" in Dutch):
/// they mark a credit only when written in capitals ("AFP", "PA").
const SHORT_AGENCY_CHARS: usize = 4;

/// True when `text` names a photo credit: a credit marker or a photo agency as a word of its
/// own, short agency names in capitals.
pub(crate) fn has_credit_marker(text: &str) -> bool {
    let lower = text.to_lowercase();
    let mut found = false;
    matcher().for_each_at_words(&lower, |hit| {
        let v = hit.value;
        found |= (v.mode == Mode::Marker
            || (v.kind == Credit
                && v.lang == ANY.code
                && v.mode == Mode::Label
                && v.phrase.len() > SHORT_AGENCY_CHARS))
            && boundary_after(&lower, hit.end);
    });
    found
        || text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| {
                (2..=SHORT_AGENCY_CHARS).contains(&w.len())
                    && w.chars().all(|c| c.is_ascii_uppercase())
            })
            .any(|w| agencies().any(|a| a.eq_ignore_ascii_case(w)))
}

/// The photo agencies of the shared credit table.
fn agencies() -> impl Iterator<Item = &'static str> {
    ANY.tables
        .iter()
        .filter(|t| t.kind == Credit && t.mode == Mode::Label)
        .flat_map(|t| super::items(t.phrases))
}

/// True when a link's text (already [`normalize`]d) is all a "read more" label, in any
/// language: the link that closes a teaser of another page.
pub(crate) fn is_read_more(normalized: &str) -> bool {
    is_all_one(normalized, Mode::ReadMore)
}

/// True when a phrase of `mode` is the whole of `normalized`.
fn is_all_one(normalized: &str, mode: Mode) -> bool {
    let mut found = false;
    matcher().for_each_at_words(normalized, |hit| {
        found |= hit.value.mode == mode && hit.start == 0 && hit.end == normalized.len();
    });
    found
}

/// Longest value of a poster's field ("Feb 2019", "Kooskia, ID", "1,204"): a place or a
/// date, not a sentence.
const FIELD_VALUE_MAX_CHARS: usize = 48;

/// True when a line (already [`normalize`]d) is nothing but fields about a post's author,
/// each a [`Mode::Field`] label, a colon and a short value: "Joined: Feb 2019", "Posts: 116
/// Threads: 23 Joined: Feb 2019 Reputation: 7". One field of another name ("Primary OS:")
/// keeps the line: forums let their members add fields of their own, and the rule asks for
/// every label to be known so that a line of a post never reads as one.
pub(crate) fn is_poster_fields(normalized: &str) -> bool {
    // Where each known label followed by a colon starts and where its value starts.
    let mut labels: Vec<(usize, usize)> = Vec::new();
    matcher().for_each_at_words(normalized, |hit| {
        if hit.value.mode != Mode::Field {
            return;
        }
        let rest = normalized[hit.end..].trim_start();
        if let Some((0, colon)) = first_colon(rest) {
            let value_start = normalized.len() - rest.len() + colon;
            // The longest label at a start ("join date" over "join").
            match labels.last_mut() {
                Some(last) if last.0 == hit.start => last.1 = last.1.max(value_start),
                _ => labels.push((hit.start, value_start)),
            }
        }
    });
    if labels.first().is_none_or(|&(start, _)| start != 0) {
        return false;
    }
    let mut at = 0;
    while at < labels.len() {
        let value_start = labels[at].1;
        // The next label whose start lies after this value's start ends the value.
        let next = labels[at + 1..]
            .iter()
            .position(|&(start, _)| start > value_start)
            .map(|i| at + 1 + i);
        let end = next.map_or(normalized.len(), |n| labels[n].0);
        let value = normalized[value_start..end].trim();
        if value.is_empty()
            || value.chars().count() > FIELD_VALUE_MAX_CHARS
            || labels_another_field(value)
        {
            return false;
        }
        match next {
            Some(n) => at = n,
            None => break,
        }
    }
    true
}

/// True when a line (already [`normalize`]d) is all one [`Mode::Field`] label ("Posts",
/// "Data de ingresso"): a list's term over its value.
pub(crate) fn is_field_label(normalized: &str) -> bool {
    is_all_one(normalized, Mode::Field)
}

/// Most words of a field's label that no table knows ("Primary OS", "Guest OSses").
const FIELD_LABEL_MAX_WORDS: usize = 3;

/// True when a line (already [`normalize`]d) is shaped as one field: a label of at most
/// [`FIELD_LABEL_MAX_WORDS`] words, a colon, and a short value. Any label: only lines beside
/// [`is_poster_fields`] lines are read so.
pub(crate) fn is_field_line(normalized: &str) -> bool {
    let Some((at, colon)) = first_colon(normalized) else {
        return false;
    };
    let label = normalized[..at].trim();
    let value = normalized[at + colon..].trim();
    let words = label.split_whitespace().count();
    (1..=FIELD_LABEL_MAX_WORDS).contains(&words)
        && label.chars().any(char::is_alphabetic)
        && !value.is_empty()
        && value.chars().count() <= FIELD_VALUE_MAX_CHARS
        && !labels_another_field(value)
}

/// Whether a field's value holds the colon of another field ("116 primary os: mac"), one
/// not between digits as a time's ("16:09").
fn labels_another_field(value: &str) -> bool {
    let bytes = value.as_bytes();
    let mut from = 0;
    while let Some((at, colon)) = first_colon(&value[from..]) {
        let at = from + at;
        let digit_before = at > 0 && bytes[at - 1].is_ascii_digit();
        let digit_after = bytes.get(at + colon).is_some_and(u8::is_ascii_digit);
        if !(digit_before && digit_after) {
            return true;
        }
        from = at + colon;
    }
    false
}

/// Where the first colon of `s` is (a plain one or a full-width one, as CJK text writes
/// it) and its length in bytes.
fn first_colon(s: &str) -> Option<(usize, usize)> {
    s.char_indices()
        .find(|&(_, c)| c == ':' || c == '：')
        .map(|(at, c)| (at, c.len_utf8()))
}

/// What a phrase match says about a block.
#[derive(Clone, Copy, Debug)]
pub(crate) struct PhraseHit {
    pub kind: Kind,
    pub mode: Mode,
    pub lang: &'static str,
    pub phrase: &'static str,
}

/// Share of a block's text in links from which a call to action naming one platform, which
/// closes the block, condemns it: the call itself is the link.
const CTA_ONE_PLATFORM_MIN_LINK_RATIO: f32 = 0.4;

/// Longest block (in characters) that a `Lead` phrase may condemn: beyond this, a block that
/// happens to open with "Related" or "Published" is prose.
pub(crate) const LEAD_MAX_CHARS: usize = 220;
/// Longest block that an `Anywhere` phrase may condemn: an appeal paragraph is a few
/// sentences, an article paragraph that quotes "subscribe now" is longer.
pub(crate) const ANYWHERE_MAX_CHARS: usize = 400;
/// Longest block that a one-word `Anywhere` phrase may condemn without opening it: a line
/// ("Our newsletter: the day's stories in your inbox"), not a sentence of prose.
pub(crate) const ONE_WORD_MAX_CHARS: usize = 100;
/// Fewest words of a sentence of prose: a one-word phrase in a line shorter than this
/// ("Our newsletter: the day's stories") may condemn it; in a longer one without links
/// ("The Guardian added 680,000 newsletter subscribers in a year") it is the story's word.
pub(crate) const SENTENCE_MIN_WORDS: usize = 9;
/// Longest block that can consist of labels only.
pub(crate) const LABEL_MAX_CHARS: usize = 120;

fn matcher() -> &'static Matcher<PhraseHit> {
    static MATCHER: OnceLock<Matcher<PhraseHit>> = OnceLock::new();
    MATCHER.get_or_init(|| {
        let mut all = Vec::new();
        for lang in LANGUAGES {
            for table in lang.tables {
                for phrase in super::items(table.phrases) {
                    all.push((
                        phrase,
                        PhraseHit {
                            kind: table.kind,
                            mode: table.mode,
                            lang: lang.code,
                            phrase,
                        },
                    ));
                }
            }
        }
        Matcher::new(all.iter().map(|(p, h)| (*p, *h)))
    })
}

/// Lowercases, collapses whitespace and plain-types apostrophes; drops leading and trailing
/// characters that are not letters or digits (bullets, arrows, colons, brackets).
pub(crate) fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for ch in text.chars() {
        if ch.is_whitespace() || ch == '\u{a0}' || ch == '\u{200b}' {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        if ch.is_ascii() {
            out.push(ch.to_ascii_lowercase());
            continue;
        }
        // Turkish dotted capital I lowercases to "i" and a combining dot: plain "i" here, as
        // the tables write it ("İlginizi çekebilir").
        if ch == '\u{130}' {
            out.push('i');
            continue;
        }
        // Typographic apostrophes match the tables' plain one ("Don’t miss", "l’auteur").
        if matches!(ch, '\u{2019}' | '\u{2018}' | '\u{02bc}') {
            out.push('\'');
            continue;
        }
        for lower in ch.to_lowercase() {
            out.push(lower);
        }
    }
    let end = out
        .rfind(|c: char| c.is_alphanumeric())
        .map_or(0, |i| i + out[i..].chars().next().map_or(1, char::len_utf8));
    out.truncate(end);
    let start = out.find(|c: char| c.is_alphanumeric()).unwrap_or(end);
    out.drain(..start);
    out
}

/// Words that open a byline before the name ("By Jane Doe", "von Jane Doe", "par Jean
/// Dupont"), per language: en, de, fr, es/pt, it, nl, pl.
const BYLINE_WORDS: &[&str] = &["by", "von", "par", "por", "di", "door", "przez"];

/// An author's name as written in a byline, without the word that introduces it.
pub(crate) fn author_name(normalized_byline: &str) -> &str {
    match normalized_byline.split_once(' ') {
        Some((first, rest)) if BYLINE_WORDS.contains(&first) => rest,
        _ => normalized_byline,
    }
}

/// What heads an author box before the author's name ("About Jane Doe", "Über Jane Doe"),
/// per language: en, de, fr, es/pt, it, nl. Languages that decline the name after the
/// preposition (Polish "O Janie", Russian "Об Анне") are left out: the name would not match.
const ABOUT_PERSON: &[&str] = &[
    "about",
    "über",
    "à propos de",
    "a propos de",
    "sobre",
    "acerca de",
    "su",
    "informazioni su",
    "over",
];

/// Whether a (normalized) heading is "About" and the (normalized) name, as author boxes
/// are headed.
pub(crate) fn is_about(normalized: &str, name: &str) -> bool {
    normalized
        .strip_suffix(name)
        .and_then(|head| head.strip_suffix(' '))
        .is_some_and(|word| ABOUT_PERSON.contains(&word))
}

/// Characters that, right after a `Lead` phrase, mark it as a label ("Read also: ...").
const LEAD_SEPARATORS: &[char] = &[':', '-', '–', '—', '|', '»', '›', '>', '→', '/', '•', '·'];

/// Share of a block's text in links from which a `Lead` phrase needs no separator: "Lesen
/// Sie auch <a>Die Bahn streikt</a>" is a teaser even without a colon.
const LEAD_LINK_RATIO: f32 = 0.5;

/// Longest block that a comment phrase condemns wherever it stands in it.
const SHORT_NOTICE_CHARS: usize = 120;

/// Longest metadata line ("Updated 12 Nov 2019, 10:14") that a `Lead` phrase followed by a
/// number may condemn.
const META_LINE_MAX_CHARS: usize = 80;

/// Fewest words before an appeal's or a newsletter's phrase, in its own sentence, for the
/// phrase to be that sentence's words rather than a call to the reader (a credit line or a
/// comment notice is no call, and keeps its own rules): an appeal or a sign-up line opens
/// with its call, or with a few words before it ("Get the best of local news delivered to
/// your inbox"), while a story names the same act deep in a sentence about someone else
/// ("the Forest Service has urged homeowners to sign up for free wildfire-readiness
/// assessments").
const PROSE_WORDS_BEFORE_PHRASE: usize = 10;

/// True when at least [`PROSE_WORDS_BEFORE_PHRASE`] words precede byte `at` of `text` in
/// the sentence that holds it.
fn deep_in_sentence(text: &str, at: usize) -> bool {
    let before = &text[..at];
    // The sentence starts after the last mark that ends one (marks of any width in bytes).
    let start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, '.' | '!' | '?' | ':' | ';' | '。' | '！' | '？'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    crate::text::word_count(&before[start..]) >= PROSE_WORDS_BEFORE_PHRASE
}

/// Characters of a script without spaces from which a phrase counts as several words
/// (a clause: "コメントは受け付けていません"); a shorter one is a word ("ニュースレター"),
/// which a story may use.
const CJK_CLAUSE_MIN_CHARS: usize = 8;

/// True for a phrase of several words: spaced, or a clause of a script without spaces.
fn several_words(phrase: &str) -> bool {
    phrase.contains(' ')
        || phrase.chars().filter(|&c| crate::text::is_cjk(c)).count() >= CJK_CLAUSE_MIN_CHARS
}

/// True when byte `at` of `text` starts a sentence after the first: only spaces separate it
/// from the mark that ends the one before.
fn opens_sentence(text: &str, at: usize) -> bool {
    at > 0
        && text[..at]
            .trim_end()
            .ends_with(['.', '!', '?', '。', '！', '？'])
}

/// Classifies a block of text (already [`normalize`]d). `link_ratio` is the share of the
/// block's characters that sit inside links.
pub(crate) fn classify(normalized: &str, link_ratio: f32) -> Option<PhraseHit> {
    if normalized.is_empty() {
        return None;
    }
    let chars = normalized.chars().count();
    let mut lead: Option<PhraseHit> = None;
    let mut anywhere: Option<PhraseHit> = None;
    // The first call to action, and where it starts.
    let mut cta: Option<(PhraseHit, usize)> = None;
    // The first platform named, and whether a different one follows.
    let mut platform: Option<PhraseHit> = None;
    let mut platforms = false;
    // Where platforms are named, to count the words besides them (a share bar).
    let mut platform_spans: Vec<(usize, usize)> = Vec::new();
    // Label matches, to test whether labels cover every letter of the block.
    let mut labels: Vec<(usize, usize, PhraseHit)> = Vec::new();
    // A share call ("follow us on") opening a later sentence of the block, and where.
    let mut closing_call: Option<(PhraseHit, usize)> = None;
    matcher().for_each_at_words(normalized, |hit| {
        let v = *hit.value;
        // Phrases are whole words or word sequences (matches start at words); one that ends
        // in punctuation ("read:") carries its own end boundary.
        let ends_in_punct = v.phrase.ends_with(|c: char| !c.is_alphanumeric());
        if !(ends_in_punct || boundary_after(normalized, hit.end)) {
            return;
        }
        match v.mode {
            // Comment notices open their block or are the whole of it; in a longer block the
            // words are a description ("... where readers leave a comment").
            // A single word ("newsletter") condemns a short line, one it opens, or one with
            // links (a sign-up form's line, a "posted in" line); inside a sentence of prose
            // without links it is a story's word ("residents who signed up for the library's
            // newsletter..."). A link does not make a paragraph longer than a lead a sign-up
            // line: it is the story's link ("… ein E-Mail-Newsletter, der über Sperrungen
            // berichtet. Einen ähnlichen Ansatz hatte man bereits <a>beim Deichbau</a> …").
            Mode::Anywhere
                if chars <= ANYWHERE_MAX_CHARS
                    && (v.kind != Kind::Comments || hit.start == 0 || chars <= SHORT_NOTICE_CHARS)
                    && ((link_ratio > 0.0 && chars <= LEAD_MAX_CHARS)
                        || !matches!(v.kind, Kind::Newsletter | Kind::Appeal)
                        || !deep_in_sentence(normalized, hit.start))
                    && (several_words(v.phrase)
                        || hit.start == 0
                        || link_ratio > 0.0
                        || (chars <= ONE_WORD_MAX_CHARS
                            && crate::text::word_count(normalized) < SENTENCE_MIN_WORDS)) =>
            {
                anywhere.get_or_insert(v);
            }
            // A block that is mostly links may run longer: "Don't miss" over three story
            // links is a teaser list however long their titles.
            Mode::Lead
                if hit.start == 0
                    && (chars <= LEAD_MAX_CHARS
                        || (link_ratio >= LEAD_LINK_RATIO && chars <= ANYWHERE_MAX_CHARS)) =>
            {
                let rest = normalized[hit.end..].trim_start();
                let fires = ends_in_punct
                    || rest.is_empty()
                    || rest.starts_with(LEAD_SEPARATORS)
                    || link_ratio >= LEAD_LINK_RATIO
                    || (v.kind == Kind::Metadata
                        && chars <= META_LINE_MAX_CHARS
                        && rest.contains(|c: char| c.is_ascii_digit()))
                    // "Photo by Jane Doe", "Reporting by Jane Doe": a phrase of several words
                    // opening a short line needs no colon.
                    || (matches!(v.kind, Kind::Credit | Kind::Metadata | Kind::Share | Kind::Newsletter | Kind::Appeal | Kind::Controls)
                        && chars <= META_LINE_MAX_CHARS
                        && v.phrase.contains(' '));
                // Prefer the longest lead phrase, for the explanation.
                if fires && lead.is_none_or(|l| l.phrase.len() < v.phrase.len()) {
                    lead = Some(v);
                }
            }
            Mode::Lead
                if v.kind == Kind::Share
                    && chars <= LEAD_MAX_CHARS
                    && closing_call.is_none()
                    && opens_sentence(normalized, hit.start) =>
            {
                closing_call = Some((v, hit.start));
            }
            Mode::Label if chars <= LABEL_MAX_CHARS => labels.push((hit.start, hit.end, v)),
            // "Follow-up", "download-speed": a compound, not a call. The first call counts.
            Mode::Cta
                if cta.is_none()
                    && chars <= LEAD_MAX_CHARS
                    && !normalized[hit.end..].starts_with('-') =>
            {
                cta = Some((v, hit.start));
            }
            Mode::Platform if chars <= LEAD_MAX_CHARS => {
                match platform {
                    None => platform = Some(v),
                    Some(first) => platforms |= first.phrase != v.phrase,
                }
                platform_spans.push((hit.start, hit.end));
            }
            _ => {}
        }
    });
    if let Some(hit) = anywhere.or(lead) {
        return Some(hit);
    }
    if let Some((hit, _)) = cta.filter(|_| platforms) {
        return Some(hit);
    }
    // One platform closing a call to action that is largely a link ("Want more? Follow the
    // Courier on Google News."), or closing a linked call that opens its line before a
    // tagline ("Folgen Sie dem Boten auch auf WhatsApp – die wichtigsten Meldungen direkt
    // aufs Handy"): where the call sends the reader. A sentence going on after the platform
    // ("Follow the council on YouTube, where every meeting is streamed.") is the writer's.
    if let (Some((hit, at)), [(start, end)]) = (cta, platform_spans.as_slice()) {
        if at < *start
            && link_ratio >= CTA_ONE_PLATFORM_MIN_LINK_RATIO
            && (!normalized[*end..].contains(char::is_alphanumeric)
                || (at == 0 && normalized[*end..].trim_start().starts_with(LEAD_SEPARATORS)))
        {
            return Some(hit);
        }
    }
    // A short block closing on the site's call to follow it on a platform ("Dziękujemy, że
    // przeczytałaś/eś nasz artykuł do końca. Bądź na bieżąco! Obserwuj nas w Wiadomościach
    // Google."): the thanks before the call are its pitch. The call must name the platform
    // last; a story's sentence goes on after it.
    if let Some((hit, at)) = closing_call {
        if platform_spans
            .iter()
            .any(|&(start, end)| start > at && !normalized[end..].contains(char::is_alphanumeric))
        {
            return Some(hit);
        }
    }
    if platforms && is_share_bar(normalized, chars, link_ratio, &platform_spans) {
        return platform;
    }
    labels_cover(normalized, &mut labels).or_else(|| signature(normalized))
}

/// A share bar names platforms in links ("Compartir este artículo Facebook X E-mail",
/// "Dela artikeln: Facebook, LinkedIn", "この記事をシェアする"), with at most this many other
/// letters and digits (its label, in any language, and "E-mail" or "Print")...
const SHARE_BAR_MAX_OTHER_CHARS: usize = 32;
/// ... at least this share of its text in links...
const SHARE_BAR_MIN_LINK_RATIO: f32 = 0.3;
/// ... and no more text than a label and its buttons.
const SHARE_BAR_MAX_CHARS: usize = LABEL_MAX_CHARS;

/// Whether a block naming two platforms or more is a share or follow bar: short, partly
/// links, and nothing but the platforms and a few words. Needs no phrase of its language:
/// platform names are the same in all of them. A sentence that mentions Facebook and X is
/// longer or not in links; one closed by a full stop is the writer's, which the caller
/// tells (normalized text has lost its punctuation).
fn is_share_bar(normalized: &str, chars: usize, link_ratio: f32, spans: &[(usize, usize)]) -> bool {
    if chars > SHARE_BAR_MAX_CHARS || link_ratio < SHARE_BAR_MIN_LINK_RATIO {
        return false;
    }
    let letters = |s: &str| s.chars().filter(|c| c.is_alphanumeric()).count();
    let mut other = 0;
    let mut from = 0;
    for &(start, end) in spans {
        if start >= from {
            other += letters(&normalized[from..start]);
            from = end;
        }
    }
    other += letters(&normalized[from.min(normalized.len())..]);
    other <= SHARE_BAR_MAX_OTHER_CHARS
}

/// Longest agency signature line ("aja/PAP", "dpa/lnw/mb").
const SIGNATURE_MAX_CHARS: usize = 32;
/// Longest editor's initials in a signature.
const INITIALS_MAX_CHARS: usize = 4;

/// A news agency's signature closing a story: the agency and the editors' initials, joined
/// by slashes ("aja/PAP", "dpa/mb"). Labels alone do not cover it: initials are not words.
fn signature(normalized: &str) -> Option<PhraseHit> {
    if normalized.len() > SIGNATURE_MAX_CHARS || !normalized.contains('/') {
        return None;
    }
    let mut agency = None;
    for part in normalized.split('/') {
        let part = part.trim();
        if part.is_empty() || !part.chars().all(char::is_alphabetic) {
            return None;
        }
        match agencies().find(|&a| a == part) {
            Some(a) => {
                agency.get_or_insert(a);
            }
            None if part.chars().count() <= INITIALS_MAX_CHARS => {}
            None => return None,
        }
    }
    agency.map(|phrase| PhraseHit {
        kind: Credit,
        mode: Mode::Label,
        lang: ANY.code,
        phrase,
    })
}

/// True when label matches, chosen greedily left to right (longest first), cover every
/// letter of `text`; digits and punctuation may stand between them ("Comments (12)").
fn labels_cover(text: &str, labels: &mut [(usize, usize, PhraseHit)]) -> Option<PhraseHit> {
    if labels.is_empty() {
        return None;
    }
    // Matches arrive ordered by start, then by end: longest first within a start is all
    // the greedy cover needs.
    for group in labels.chunk_by_mut(|a, b| a.0 == b.0) {
        group.reverse();
    }
    let mut pos = 0;
    let mut first = None;
    let mut i = 0;
    loop {
        // Skip non-letters.
        let rest = &text[pos..];
        let skip = rest
            .char_indices()
            .find(|(_, c)| c.is_alphabetic())
            .map_or(rest.len(), |(i, _)| i);
        pos += skip;
        if pos >= text.len() {
            return first;
        }
        while i < labels.len() && labels[i].0 < pos {
            i += 1;
        }
        if i < labels.len() && labels[i].0 == pos {
            first.get_or_insert(labels[i].2);
            pos = labels[i].1;
        } else {
            return None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(text: &str) -> Option<Kind> {
        classify(&normalize(text), 0.0).map(|h| h.kind)
    }

    #[test]
    fn lines_saying_the_story_goes_on_after_an_ad() {
        for text in [
            "La suite après cette publicité",
            "La noticia sigue después de la publicidad",
            "L'articolo continua dopo la pubblicità",
            "A notícia continua após a publicidade",
        ] {
            assert_eq!(kind(text), Some(Ad), "{text}");
        }
    }

    #[test]
    fn affiliate_notices_pin_prompts_and_tip_jars() {
        for text in [
            "Certains liens de cet article sont affiliés : je touche une petite commission, \
             sans aucun surcoût pour vous.",
            "Alcuni link in questa pagina sono di affiliazione: riceviamo una piccola percentuale.",
            "As an affiliate, I earn from qualifying purchases at no extra cost to you.",
        ] {
            assert_eq!(kind(text), Some(Ad), "{text}");
        }
        assert_eq!(
            kind("Vous préparez votre voyage ? Épinglez cette image sur Pinterest"),
            Some(Share)
        );
        assert_eq!(kind("Loved the trail? Pin it for later!"), Some(Share));
        assert_eq!(
            kind("If this saved you an afternoon, buy me a coffee on Ko-fi."),
            Some(Appeal)
        );
    }

    #[test]
    fn citation_boxes_and_more_calls_to_subscribe() {
        assert_eq!(
            kind("SUGGESTED CITATION Sauer, Heiko: Experts in the crisis, 2020/4/09"),
            Some(Metadata)
        );
        assert_eq!(
            kind("Zitiervorschlag: Roe, S. (2021): Die Markthalle."),
            Some(Metadata)
        );
        assert_eq!(kind("2023 nichts mehr versäumen!"), Some(Newsletter));
        assert_eq!(
            kind("By signing up, you agree to receive recurring automated SMS marketing messages."),
            Some(Newsletter)
        );
        assert_eq!(
            kind("Periodismo que incomoda. Cancela cuando quieras."),
            Some(Appeal)
        );
    }

    #[test]
    fn own_channels_and_shop_notices() {
        assert_eq!(
            kind("¡Mira lo que tiene nuestro canal de YouTube!"),
            Some(Share)
        );
        assert_eq!(kind("Abonniert unseren YouTube-Kanal"), Some(Share));
        assert_eq!(
            kind("Der Artikel wurde erfolgreich hinzugefügt."),
            Some(Clutter)
        );
        assert_eq!(kind("1 item added to your cart"), Some(Clutter));
        // Someone else's channel is news.
        assert_eq!(
            kind("The minister posted the video on her YouTube channel."),
            None
        );
    }

    #[test]
    fn headings_over_lists_of_stories() {
        assert_eq!(kind("Weitere Artikel zum Thema"), Some(Related));
        assert_eq!(kind("Kommentierte Artikel"), Some(Related));
        assert_eq!(kind("Most commented"), Some(Related));
    }

    #[test]
    fn back_links() {
        assert_eq!(kind("Voltar"), Some(Navigation));
        assert_eq!(kind("Zurück zur Übersicht"), Some(Navigation));
        assert_eq!(kind("Voltar para casa foi difícil, disse ela."), None);
    }

    #[test]
    fn share_bar_labels() {
        assert_eq!(kind("Social Share"), Some(Share));
        assert_eq!(kind("Enlarge Image"), Some(Controls));
        assert_eq!(kind("Share this article"), Some(Share));
        assert_eq!(kind("Social sharing is how the video spread."), None);
    }

    #[test]
    fn widget_credit_lines() {
        let credit = normalize("Powered by GetYourGuide. Werden Sie Partner.");
        assert_eq!(classify(&credit, 1.0).map(|h| h.kind), Some(Clutter));
        assert_eq!(kind("Powered by: Disqus"), Some(Clutter));
        // A sentence that opens with the words is prose.
        assert_eq!(
            kind("Powered by a new hybrid engine, the car reaches 200 km/h"),
            None
        );
    }

    #[test]
    fn read_more_labels_are_whole_link_texts() {
        for label in [
            "Read more",
            "Weiterlesen",
            "mehr",
            "Lire la suite",
            "[czytaj więcej]",
        ] {
            assert!(is_read_more(&normalize(label)), "{label}");
        }
        // Part of a longer text, or a word that only starts like one, is not the label.
        assert!(!is_read_more(&normalize("Read more about the council")));
        assert!(!is_read_more(&normalize("mehrere")));
        // The label alone classifies as nothing: it only marks a teaser's end.
        assert_eq!(kind("mehr"), None);
    }

    #[test]
    fn poster_fields_are_known_labels_with_short_values() {
        for line in [
            "Joined: Feb 2019",
            "Posts: 116 Threads: 23 Joined: Feb 2019 Reputation: 7",
            "Join Date: Aug 2008",
            "Location: Kooskia, ID",
            "Beiträge: 1.204",
            "Inscrit le : 12 mars 2021",
            "Mensajes: 88 Ubicación: Valencia",
            "Posty: 37 Wątki: 5 Dołączył: wrz 2023 Reputacja: 6",
            "Wiadomości: 6 418",
        ] {
            assert!(is_poster_fields(&normalize(line)), "{line}");
        }
        for line in [
            // A field the forum's members made up keeps the line.
            "Primary OS: Mac OS X",
            "Posts: 116 Primary OS: Mac OS X",
            // A label without its value, a value as long as a sentence, a line of a post.
            "Posts:",
            "Location: we met at the old cider mill past the bridge, the one with the red roof",
            "Re: Turning off all LEDs",
            "I joined: the club took me in last spring",
        ] {
            assert!(!is_poster_fields(&normalize(line)), "{line}");
        }
        // Never a phrase rule of its own.
        assert_eq!(kind("joined"), None);
        // Any label has the shape of a field; a sentence with a colon does not.
        assert!(is_field_line(&normalize("Primary OS: Mac OS X")));
        assert!(is_field_line(&normalize(
            "Moto: Honda CRF1100L Africa Twin ES"
        )));
        assert!(!is_field_line(&normalize(
            "My advice to everyone here: water the beds before sunrise, never at noon"
        )));
        assert!(!is_field_line(&normalize("Posts:")));
    }

    #[test]
    fn author_boxes_are_headed_by_about_and_the_name() {
        assert_eq!(author_name("von simon dückert"), "simon dückert");
        assert_eq!(author_name("jane doe"), "jane doe");
        assert!(is_about("über simon dückert", "simon dückert"));
        assert!(is_about("about jane doe", "jane doe"));
        assert!(is_about("à propos de jean dupont", "jean dupont"));
        // Another word before the name, or the name alone, is not an author box heading.
        assert!(!is_about("interview with jane doe", "jane doe"));
        assert!(!is_about("jane doe", "jane doe"));
        assert!(!is_about("about jane doe's new book", "jane doe"));
    }

    #[test]
    fn normalize_trims_symbols_and_case() {
        assert_eq!(normalize("  » Read ALSO:\n now "), "read also: now");
        assert_eq!(normalize("•••"), "");
        assert_eq!(normalize("Don’t miss"), "don't miss");
        assert_eq!(normalize("« ÜBER UNS »"), "über uns");
        assert_eq!(normalize("Ἀθῆναι!"), "ἀθῆναι");
        assert_eq!(normalize("\u{a0}ABC\u{200b}\u{200b}DEF "), "abc def");
        assert_eq!(normalize("İlginizi Çekebilir"), "ilginizi çekebilir");
    }

    #[test]
    fn modes() {
        assert_eq!(kind("Read also: Married at 13, assaulted"), Some(Related));
        assert_eq!(kind("Comments are closed."), Some(Comments));
        assert_eq!(
            kind("Всё ещё ищете ответ? Посмотрите другие вопросы с метками python"),
            Some(Related)
        );
        assert_eq!(kind("Senast uppdaterad: 3 november 2025"), Some(Metadata));
        assert_eq!(
            kind(
                "Последний раз редактировалось RA3DX 12 мар 2025, 10:15, всего редактировалось 1 раз."
            ),
            Some(Metadata)
        );
        assert_eq!(
            kind("Sidansvarig: Barn- och utbildningsförvaltningen"),
            Some(Metadata)
        );
        assert_eq!(
            kind("Нашли ошибку? Выделите текст и нажмите Ctrl+Enter"),
            Some(Clutter)
        );
        assert_eq!(
            kind("Found a typo? Select it and press Ctrl+Enter."),
            Some(Clutter)
        );
        assert_eq!(
            kind("Have a news tip? Email us at tips@courier.example or call 555-0142."),
            Some(Clutter)
        );
        // Asked inside the story, the question is the story's.
        assert_eq!(
            kind("The auditors found an error? No: they found three, and the mayor knew."),
            None
        );
        // A call to action naming one platform goes when it is the link that closes its line;
        // the same words unlinked, or the platform inside the sentence, are the writer's.
        let linked = |text: &str, ratio: f32| classify(&normalize(text), ratio).map(|h| h.kind);
        let follow = "Want more local stories like this? Follow the Courier on Google News.";
        assert_eq!(linked(follow, 0.5), Some(Share));
        let tagged =
            "Folgen Sie dem Boten auch auf WhatsApp – die wichtigsten Meldungen aufs Handy.";
        assert_eq!(linked(tagged, 0.45), Some(Share));
        assert_eq!(linked(follow, 0.0), None);
        assert_eq!(
            linked(
                "Follow the council on YouTube, where every meeting is streamed.",
                0.5
            ),
            None
        );
        // A sentence ended by a full-width mark (three bytes) before an appeal's words: the
        // words after it open their own sentence (found by fuzzing: a slice inside the mark).
        let text = "市议会周三批准了新市场。sign up for our newsletter";
        assert!(!deep_in_sentence(text, text.find("sign").unwrap_or(0)));
        // A feedback widget's question, alone or before its buttons; the story's question
        // stays.
        assert_eq!(kind("Was this page helpful?"), Some(Clutter));
        assert_eq!(kind("Was this page helpful? Yes No"), Some(Clutter));
        assert_eq!(
            kind("Was this plan helpful? The auditors thought not, and said so in March."),
            None
        );
        // An ad's registration token (Russia).
        assert_eq!(kind("erid: 2SDnjeQ4x7Z"), Some(Ad));
        // A player's label with its duration beside it, run together in the text.
        assert_eq!(kind("Listen to this article6 min"), Some(Controls));
        assert_eq!(kind("Listen to this article 6 min"), Some(Controls));
        // A subscribe button alone goes; the verb in a story's sentence stays.
        assert_eq!(kind("Assinar"), Some(Appeal));
        assert_eq!(
            kind("O governo quer que o presidente assine o decreto ainda hoje."),
            None
        );
        // The same notice, as other sites word it.
        for notice in [
            "Comments are turned off for this article.",
            "Comments have been disabled for this post.",
            "Commenting is disabled on this story",
        ] {
            assert_eq!(kind(notice), Some(Comments), "{notice}");
        }
        assert_eq!(kind("Support our journalism"), Some(Appeal));
        assert_eq!(kind("Text size:"), Some(Controls));
        assert_eq!(kind("Click to expand..."), Some(Controls));
        assert_eq!(kind("About Author"), Some(AuthorBox));
        assert_eq!(kind("Advertisement"), Some(Ad));
        // The ad label of the Nordic, Finnish, Hungarian, Czech and Turkish press.
        for label in [
            "Annons",
            "ANNONSE",
            "Reklame",
            "Mainos",
            "Hirdetés",
            "Inzerce",
            "Reklam",
        ] {
            assert_eq!(kind(label), Some(Ad), "{label}");
        }
        assert_eq!(kind("Share: Facebook Twitter E-Mail"), Some(Share));
        assert_eq!(kind("Comments (12)"), Some(Comments));
        assert_eq!(kind("Lesen Sie auch: Die Bahn streikt"), Some(Related));
        assert_eq!(kind("Heute empfehlen wir"), Some(Related));
        assert_eq!(kind("Читайте также: новости"), Some(Related));
        assert_eq!(kind("यह भी पढ़ें: खबर"), Some(Related));
        assert_eq!(
            kind(
                "© 2019 Associated Press. All Rights Reserved. This material may not be published."
            ),
            Some(Clutter)
        );
        assert_eq!(
            kind("Community content is available under CC-BY-SA unless otherwise noted."),
            Some(Clutter)
        );
        assert_eq!(kind("Anzeige, enthält Affiliate Links"), Some(Ad));
        assert_eq!(kind("aja/PAP"), Some(Credit));
        assert_eq!(kind("Externer Inhalt"), Some(Controls));
        assert_eq!(kind("Dieses Skript als PDF herunterladen"), Some(Controls));
        assert_eq!(kind("Zum Shop"), Some(Ad));
        assert_eq!(kind("CONTINUA DEPOIS DA PUBLICIDADE"), Some(Ad));
        assert_eq!(kind("Trackback URL"), Some(Comments));
        assert_eq!(kind("Sort by"), Some(Controls));
        assert_eq!(kind("Sort by price to find the cheapest"), None);
        assert_eq!(kind("dpa/lnw/mb"), Some(Credit));
        assert_eq!(kind("and/or"), None);
        assert_eq!(kind("Warschau/Brüssel"), None);
        assert_eq!(
            kind("Zachęcamy do odwiedzin naszej strony. Informujemy, że korzystamy z cookies."),
            Some(Cookie)
        );
    }

    #[test]
    fn long_lead_blocks_need_links() {
        let teasers = normalize(&format!(
            "Don't miss {}",
            "Plague warning: health agency names eight deadly diseases [INSIGHT] ".repeat(4)
        ));
        assert!(teasers.chars().count() > LEAD_MAX_CHARS);
        assert_eq!(classify(&teasers, 0.9).map(|h| h.kind), Some(Related));
        assert_eq!(classify(&teasers, 0.0).map(|h| h.kind), None);
    }

    #[test]
    fn credit_markers() {
        assert!(has_credit_marker(
            "Marco Odermatt in Bormio. © AFP / Marco Bertorello"
        ));
        assert!(has_credit_marker(
            "Roman Prymula, photo: government archive"
        ));
        assert!(has_credit_marker("(mlharing / iStock.com)"));
        assert!(has_credit_marker("The hall in 1910 (PA)"));
        // Short agency names only in capitals: "pa" is a word in Papiamento and Spanish.
        assert!(!has_credit_marker(
            "conscientisa tocante amor pa nos planeta"
        ));
        assert!(!has_credit_marker("The hall in 1910, before the floods."));
    }

    #[test]
    fn calls_to_action_need_two_platforms() {
        assert_eq!(
            kind("Follow The Gleaner on Twitter and Instagram @JamaicaGleaner."),
            Some(Share)
        );
        assert_eq!(
            kind("Siguenos en Telegram, Instagram, Facebook y Twitter para recibir todo"),
            Some(Share)
        );
        assert_eq!(
            kind("For the latest stories download the Nationnews apps for iOS and Android."),
            Some(Share)
        );
        // One platform, or platforms without a call, or a compound: prose.
        assert_eq!(kind("Follow the money, said the senator on Twitter."), None);
        assert_eq!(
            kind("Facebook and Instagram went down for six hours on Monday."),
            None
        );
        assert_eq!(
            kind("Follow-up studies of Facebook and Instagram users found no effect."),
            None
        );
        assert_eq!(
            kind("Download the full report on how Twitter, and then Twitter again, changed."),
            None
        );
    }

    #[test]
    fn prose_is_left_alone() {
        assert_eq!(
            kind("The related question is whether the court will agree."),
            None
        );
        assert_eq!(
            kind("Share prices fell sharply on Monday after the announcement."),
            None
        );
        assert_eq!(kind("Facebook said it would appeal."), None);
        let long = "People who read also tend to write. ".repeat(10);
        assert_eq!(kind(&long), None);
        assert_eq!(
            kind("Related to this, the court will rule next week."),
            None
        );
        assert_eq!(
            kind("Von der Leyen sagte am Montag, sie werde kandidieren."),
            None
        );
        assert_eq!(
            kind("Factors that contribute to the crisis were many."),
            None
        );
        assert_eq!(
            kind("Wir empfehlen, die Fenster nachts geschlossen zu halten."),
            None
        );
        assert_eq!(kind("We recommend that you keep the receipt."), None);
    }

    #[test]
    fn question_and_answer_dates_are_metadata() {
        assert_eq!(kind("asked Oct 16, 2023 at 9:40"), Some(Metadata));
        assert_eq!(kind("answered Mar 28, 2014 at 22:52"), Some(Metadata));
        assert_eq!(kind("edited Jan 4, 2024 at 13:16"), Some(Metadata));
        // A sentence that opens with the word, without a date, is prose.
        assert_eq!(kind("Asked about the plan, the mayor said no."), None);
    }

    #[test]
    fn a_short_block_closing_on_a_call_to_follow_the_site_goes() {
        assert_eq!(
            kind(
                "Dziękujemy, że przeczytałaś/eś nasz artykuł do końca. Bądź na bieżąco! \
                 Obserwuj nas w Wiadomościach Google."
            ),
            Some(Share)
        );
        assert_eq!(
            kind("Thanks for reading to the end. Follow us on Google News."),
            Some(Share)
        );
        // The call must close the block with the platform: a sentence that goes on is the
        // story's, and so is a call that opens no sentence of its own.
        assert_eq!(
            kind(
                "Thanks for reading. Follow us on YouTube, where the council streams its meetings."
            ),
            None
        );
        assert_eq!(
            kind("Plakaty ratusza mówiły obserwuj nas w Wiadomościach Google przez całą zimę."),
            None
        );
    }

    #[test]
    fn feedback_questions_go_in_every_language_listed() {
        for q in [
            "¿Le ha resultado útil esta información?",
            "War diese Seite hilfreich?",
            "Cette page vous a-t-elle été utile ?",
            "Questa pagina ti è stata utile?",
            "Esta página foi útil?",
            "Was deze informatie nuttig?",
            "Czy ta strona była pomocna?",
            "Var sidan till hjälp?",
        ] {
            assert_eq!(kind(q), Some(Clutter), "{q}");
        }
        assert_eq!(
            kind("Su opinión nos ayuda a mejorar los contenidos de la web municipal."),
            Some(Clutter)
        );
        // A story's sentence asking whether something was useful stays.
        assert_eq!(
            kind(
                "Para los vecinos, la pregunta es si esta información ha sido útil o llega tarde."
            ),
            None
        );
    }

    #[test]
    fn a_clause_without_spaces_fires_inside_its_line() {
        // Japan's affiliate disclosure, after a mark and the words that open it.
        assert_eq!(
            kind("※この記事にはアフィリエイト広告が含まれています。"),
            Some(Ad)
        );
        // A one-word phrase of such a script inside a sentence is the story's word.
        assert_eq!(
            kind("毎週届くメルマガを楽しみにしている読者も多いと、編集長は話した。"),
            None
        );
    }

    #[test]
    fn a_forums_line_on_who_reads_the_thread_goes() {
        assert_eq!(
            kind("The Following 3 Users Say Thank You to ShrimpTankSteve For This Useful Post:"),
            Some(Share)
        );
        assert_eq!(
            kind("Users browsing this topic: 0 Members and 3 Guests are viewing this topic."),
            Some(Clutter)
        );
        assert_eq!(
            kind("このトピックを閲覧中のユーザー： 会員 0人、ゲスト 4人"),
            Some(Clutter)
        );
    }

    #[test]
    fn a_one_word_phrase_condemns_a_line_not_a_sentence() {
        // A line that names the newsletter goes ...
        assert_eq!(kind("Get the free newsletter"), Some(Newsletter));
        assert_eq!(
            kind("Newsletter: the day in five minutes"),
            Some(Newsletter)
        );
        // ... and so does one with a link in it, a sign-up form's line.
        assert_eq!(
            classify(
                &normalize("The week's best reads, every Friday, in one newsletter"),
                0.3
            )
            .map(|h| h.kind),
            Some(Newsletter)
        );
        // A sentence of a story about newsletters stays.
        assert_eq!(
            kind("The Guardian US added 680,000 newsletter subscribers in a single year."),
            None
        );
        assert_eq!(
            kind("If you're writing a newsletter today, here's what I'd think about:"),
            None
        );
        // The site's own sign-up call stays a call, however long.
        assert_eq!(
            kind("Never miss the latest news by signing up to our free daily newsletter"),
            Some(Newsletter)
        );
    }
}

/// Words that, without condemning a block alone, show that it belongs with a condemned
/// neighbour: the paragraphs of an appeal box talk about journalism and support, those of a
/// newsletter box about e-mail and inboxes. Per concern; all languages together.
const KEYWORDS: &[(Kind, &str)] = &[
    (
        Appeal,
        "journalism|\
             journalist|\
             journalists|\
             support|\
             supporting|\
             subscribe|\
             subscriber|\
             subscribers|\
             subscription|\
             donate|\
             donation|\
             donations|\
             reader|\
             readers|\
             independent|\
             member|\
             members|\
             membership|\
             contribute|\
             contribution|\
             pay|\
             paywall|\
             free press|\
             news media|\
             premium|\
             trial|\
             offer|\
             access|\
             fund|\
             funding|\
             journalismus|\
             unterstützen|\
             unterstützung|\
             spende|\
             spenden|\
             leser|\
             leserinnen|\
             abo|\
             abonnement|\
             abonnieren|\
             abonnent|\
             zahlen|\
             bezahlen|\
             unabhängig|\
             unabhängigen|\
             journalisme|\
             soutenir|\
             soutien|\
             abonné|\
             abonnement|\
             don|\
             lecteurs|\
             periodismo|\
             apoyar|\
             apoyo|\
             suscripción|\
             suscriptor|\
             jornalismo|\
             apoiar|\
             assinatura|\
             assinante|\
             lectores|\
             leitores|\
             giornalismo|\
             sostenere|\
             abbonamento|\
             lettori|\
             журналистика|\
             журналистику|\
             поддержать|\
             поддержите|\
             подписка|\
             читатели|\
             पत्रकारिता|\
             समर्थन|\
             सब्सक्राइब|\
             dziennikarstwo|\
             wesprzyj|\
             journalistiek|\
             steun|\
             abonnement|\
             *journalis*|\
             *dziennikar*|\
             *giornalis*|\
             *periodis*|\
             *jornalis*|\
             *журналист*|\
             support*|\
             unterstütz*|\
             soutien*|\
             souten*|\
             apoy*|\
             apoi*|\
             sosten*|\
             steun*|\
             stöd*|\
             wespr*|\
             wspar*|\
             поддерж*|\
             reader*|\
             leser*|\
             lecteur*|\
             lector*|\
             leitor*|\
             lettor*|\
             lezer*|\
             läsar*|\
             czyteln*|\
             читател*|\
             independ*|\
             indépendan*|\
             unabhängig*|\
             niezależn*|\
             onafhankelijk*|\
             oberoende*|\
             независим*|\
             subscri*|\
             suscri*|\
             abonn*|\
             abbonam*|\
             prenumer*|\
             donat*|\
             spende*|\
             *支援*|\
             *報道*|\
             *ジャーナリズム*|\
             *読者*|\
             *支持*|\
             *读者*|\
             *讀者*|\
             *新闻*|\
             *新聞*|\
             *报道*",
    ),
    (
        Newsletter,
        "newsletter|\
             newsletters|\
             email|\
             e-mail|\
             inbox|\
             sign up|\
             signup|\
             subscribe|\
             briefing|\
             daily|\
             weekly|\
             delivered|\
             privacy|\
             unsubscribe|\
             postfach|\
             anmelden|\
             abonnieren|\
             boletín|\
             correo|\
             nieuwsbrief|\
             рассылка|\
             newsletter*|\
             nieuwsbrie*|\
             nyhetsbrev*|\
             subscri*|\
             suscri*|\
             abonn*|\
             iscriv*|\
             inscri*|\
             prenumer*|\
             zapis*|\
             inbox*|\
             postfach*|\
             inkorg*|\
             skrzynk*",
    ),
    (
        Comments,
        "comment|\
             comments|\
             reply|\
             replies|\
             discussion|\
             login|\
             log in|\
             sign in|\
             kommentar|\
             kommentare|\
             commentaire|\
             commentaires|\
             comentario|\
             comentarios|\
             comentário|\
             commento|\
             commenti|\
             комментарий|\
             комментарии|\
             comment*|\
             kommentar*|\
             comentar*|\
             comentár*|\
             komentarz*|\
             reacties|\
             reageren|\
             коммент*",
    ),
    (
        AuthorBox,
        "author|\
             writes|\
             writer|\
             journalist|\
             editor|\
             correspondent|\
             reporter|\
             based in|\
             covers|\
             columnist|\
             autor|\
             autorin|\
             redakteur|\
             redakteurin|\
             korrespondent|\
             auteur|\
             rédacteur|\
             periodista|\
             jornalista|\
             giornalista|\
             автор|\
             корреспондент|\
             लेखक|\
             संवाददाता|\
             autor*|\
             auteur*|\
             autrice|\
             autore|\
             skribent*|\
             redakt*|\
             rédact*|\
             correspond*|\
             korrespond*|\
             reporter*|\
             *journalis*|\
             *dziennikar*|\
             *giornalis*|\
             *periodis*|\
             *jornalis*",
    ),
];

/// A keyword as the tables write it: a whole word ("readers"), the stem of a word
/// ("czyteln*": czytelnik, czytelników...) or a part of one ("*journalis*": Lokaljournalismus).
/// Stems and parts carry the evidence across inflections and compounds, which whole words
/// miss in most languages but English.
fn keyword_entries() -> impl Iterator<Item = (Kind, &'static str, KeywordMatch)> {
    KEYWORDS.iter().flat_map(|(kind, words)| {
        super::items(words).map(move |w| match (w.strip_prefix('*'), w.strip_suffix('*')) {
            (Some(inner), Some(_)) => (*kind, inner.trim_end_matches('*'), KeywordMatch::Part),
            (None, Some(stem)) => (*kind, stem, KeywordMatch::Stem),
            _ => (*kind, w, KeywordMatch::Word),
        })
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum KeywordMatch {
    Word,
    Stem,
    Part,
}

fn keyword_matcher() -> &'static Matcher<(Kind, KeywordMatch)> {
    static MATCHER: OnceLock<Matcher<(Kind, KeywordMatch)>> = OnceLock::new();
    MATCHER.get_or_init(|| {
        Matcher::new(
            keyword_entries()
                .filter(|&(_, _, how)| how != KeywordMatch::Part)
                .map(|(kind, w, how)| (w, (kind, how))),
        )
    })
}

/// True when `normalized` holds a keyword of `kind`: a whole word, a word its stem opens, or
/// a word holding its part.
pub(crate) fn has_keyword(normalized: &str, kind: Kind) -> bool {
    let mut found = false;
    keyword_matcher().for_each_at_words(normalized, |hit| {
        let (k, how) = *hit.value;
        if k == kind && (how == KeywordMatch::Stem || boundary_after(normalized, hit.end)) {
            found = true;
        }
    });
    found
        || keyword_parts()
            .iter()
            .any(|&(k, part)| k == kind && normalized.contains(part))
}

fn keyword_parts() -> &'static [(Kind, &'static str)] {
    static PARTS: OnceLock<Vec<(Kind, &'static str)>> = OnceLock::new();
    PARTS.get_or_init(|| {
        keyword_entries()
            .filter(|&(_, _, how)| how == KeywordMatch::Part)
            .map(|(kind, part, _)| (kind, part))
            .collect()
    })
}

/// Month and weekday names (full and abbreviated), per language: a date line names one, or
/// writes the date in digits.
#[rustfmt::skip]
const CALENDAR_WORDS: &str = "segunda|\
     terça|\
     quarta|\
     quinta|\
     sexta|\
     feira|\
     sábado|\
     domingo|\
     lunes|\
     martes|\
     miércoles|\
     jueves|\
     viernes|\
     lunedì|\
     martedì|\
     mercoledì|\
     giovedì|\
     venerdì|\
     sabato|\
     domenica|\
     maandag|\
     dinsdag|\
     woensdag|\
     donderdag|\
     vrijdag|\
     zaterdag|\
     zondag|\
     january|\
     february|\
     march|\
     april|\
     may|\
     june|\
     july|\
     august|\
     september|\
     october|\
     november|\
     december|\
     jan|\
     feb|\
     mar|\
     apr|\
     jun|\
     jul|\
     aug|\
     sep|\
     sept|\
     oct|\
     nov|\
     dec|\
     monday|\
     tuesday|\
     wednesday|\
     thursday|\
     friday|\
     saturday|\
     sunday|\
     mon|\
     tue|\
     wed|\
     thu|\
     fri|\
     sat|\
     sun|\
     januar|\
     jänner|\
     februar|\
     märz|\
     mai|\
     juni|\
     juli|\
     oktober|\
     dezember|\
     montag|\
     dienstag|\
     mittwoch|\
     donnerstag|\
     freitag|\
     samstag|\
     sonntag|\
     janvier|\
     février|\
     mars|\
     avril|\
     juin|\
     juillet|\
     août|\
     septembre|\
     octobre|\
     novembre|\
     décembre|\
     lundi|\
     mardi|\
     mercredi|\
     jeudi|\
     vendredi|\
     samedi|\
     dimanche|\
     enero|\
     febrero|\
     marzo|\
     abril|\
     mayo|\
     junio|\
     julio|\
     agosto|\
     septiembre|\
     octubre|\
     noviembre|\
     diciembre|\
     janeiro|\
     fevereiro|\
     março|\
     maio|\
     junho|\
     julho|\
     setembro|\
     outubro|\
     novembro|\
     dezembro|\
     gennaio|\
     febbraio|\
     aprile|\
     maggio|\
     giugno|\
     luglio|\
     settembre|\
     ottobre|\
     dicembre|\
     januari|\
     februari|\
     maart|\
     mei|\
     augustus|\
     stycznia|\
     lutego|\
     marca|\
     kwietnia|\
     maja|\
     czerwca|\
     lipca|\
     sierpnia|\
     września|\
     października|\
     listopada|\
     grudnia";

/// The small words around dates and times ("Updated on ... at 10:14 am ET").
#[rustfmt::skip]
const DATE_FILLER_WORDS: &str = "às|\
     a|\
     las|\
     à|\
     am|\
     pm|\
     a.m|\
     p.m|\
     gmt|\
     utc|\
     est|\
     edt|\
     pst|\
     pdt|\
     cet|\
     cest|\
     ist|\
     bst|\
     et|\
     pt|\
     updated|\
     published|\
     posted|\
     on|\
     at|\
     last|\
     modified|\
     ago|\
     hours|\
     hour|\
     minutes|\
     minute|\
     days|\
     day|\
     min|\
     read|\
     reading|\
     time|\
     and|\
     of|\
     the|\
     uhr|\
     aktualisiert|\
     veröffentlicht|\
     am|\
     um|\
     stand|\
     vor|\
     stunden|\
     minuten|\
     lesezeit|\
     erstellt|\
     zuletzt|\
     publié|\
     le|\
     à|\
     mis|\
     jour|\
     h|\
     de|\
     del|\
     el|\
     em|\
     actualizado|\
     publicado|\
     atualizado|\
     pubblicato|\
     aggiornato|\
     alle|\
     il";

/// True when `s` writes a date in digits: `19.11.2019`, `2019-11-19`, `11/19/2019`.
fn has_numeric_date(s: &str) -> bool {
    let b = s.as_bytes();
    let digits_at = |i: usize| b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    let mut i = 0;
    while i < b.len() {
        let d1 = digits_at(i);
        if d1 == 0 {
            i += 1;
            continue;
        }
        let mut j = i + d1;
        let mut groups = vec![d1];
        while groups.len() < 3 && j + 1 < b.len() && matches!(b[j], b'.' | b'-' | b'/') {
            let d = digits_at(j + 1);
            if d == 0 {
                break;
            }
            groups.push(d);
            j += 1 + d;
        }
        // d.m.y / m/d/y (day and month of one or two digits, year of two or four) or y-m-d.
        let small = |g: usize| g == 1 || g == 2;
        let plausible = groups.len() == 3
            && ((small(groups[0]) && small(groups[1]) && matches!(groups[2], 2 | 4))
                || (groups[0] == 4 && small(groups[1]) && small(groups[2])));
        if plausible {
            return true;
        }
        i = j.max(i + 1);
    }
    false
}

/// A line that says nothing but a date or time ("Updated: Nov. 19, 2019 10:14 AM ET").
/// The calendar words and the date filler words, sorted for lookup. Built once: every
/// short block of an article is checked for a date line, word by word.
fn word_lists() -> &'static (WordList, WordList) {
    static LISTS: OnceLock<(WordList, WordList)> = OnceLock::new();
    LISTS.get_or_init(|| {
        (
            WordList::new(CALENDAR_WORDS),
            WordList::new(DATE_FILLER_WORDS),
        )
    })
}

/// A list of words, sorted for lookup by bisection. Kept as the pattern matcher keeps its
/// literals (bytes, with a number beside them): the module for pages then carries one
/// sort for both, not two.
struct WordList(Vec<(&'static [u8], u32)>);

impl WordList {
    fn new(list: &'static str) -> WordList {
        let mut words: Vec<(&'static [u8], u32)> =
            super::items(list).map(|w| (w.as_bytes(), 0)).collect();
        words.sort_unstable();
        words.dedup();
        WordList(words)
    }

    fn contains(&self, word: &str) -> bool {
        self.0
            .binary_search_by(|&(w, _)| w.cmp(word.as_bytes()))
            .is_ok()
    }
}

/// Whether a line (already [`normalize`]d) gives a full date anywhere in it: a year with a
/// month or weekday name ("14 jun 2026"), or a date in digits ("12.05.2026").
pub(crate) fn has_date(normalized: &str) -> bool {
    let (calendar, _) = word_lists();
    let mut year = false;
    let mut calendar_word = false;
    for token in normalized.split(|c: char| !c.is_alphanumeric()) {
        if token.len() == 4 && (token.starts_with("19") || token.starts_with("20")) {
            year |= token.bytes().all(|b| b.is_ascii_digit());
        } else {
            calendar_word |= calendar.contains(token);
        }
    }
    (year && calendar_word) || has_numeric_date(normalized)
}

pub(crate) fn is_date_line(normalized: &str) -> bool {
    /// Longest date line, in characters.
    const MAX_CHARS: usize = 80;
    /// A date and a time have at most this many numbers (day, year, hours, minutes);
    /// phone numbers and scores have more.
    const MAX_NUMBERS: usize = 5;
    if normalized.is_empty() || normalized.chars().count() > MAX_CHARS {
        return false;
    }
    let (calendar, filler) = word_lists();
    let mut numbers = 0;
    for token in normalized.split(|c: char| !(c.is_alphanumeric() || c == '.')) {
        let token = token.trim_matches('.');
        if token.is_empty() {
            continue;
        }
        if token.chars().all(|c| c.is_ascii_digit() || c == '.') {
            numbers += token.split('.').filter(|t| !t.is_empty()).count();
            continue;
        }
        // "10h30", "2pm", "3rd"
        if token.chars().next().is_some_and(|c| c.is_ascii_digit())
            && token.trim_start_matches(|c: char| c.is_ascii_digit()).len() <= 2
        {
            numbers += 1;
            continue;
        }
        if !calendar.contains(token) && !filler.contains(token) {
            return false;
        }
    }
    // Every word a date's or a filler's: the line is a date if it gives one.
    numbers <= MAX_NUMBERS && has_date(normalized)
}

#[cfg(test)]
mod keyword_tests {
    use super::*;

    #[test]
    fn a_line_with_a_date_in_it() {
        assert!(has_date(&normalize(
            "Ana López | Sevilla | 14 jun 2026 - 09:12 CEST"
        )));
        assert!(has_date(&normalize("Von Jonas Feld, 12.05.2026")));
        // A year alone, or a name alone, is no date.
        assert!(!has_date(&normalize("Best of 2026: our readers' picks")));
        assert!(!has_date(&normalize("Jonas Feld, Hamburg")));
    }

    #[test]
    fn date_lines() {
        assert!(is_date_line(&normalize(
            "Updated: Nov. 19, 2019 10:14 AM ET"
        )));
        assert!(is_date_line(&normalize("19.11.2019, 10:14 Uhr")));
        assert!(is_date_line(&normalize("Published on 3 March 2021")));
        assert!(!is_date_line(&normalize("In 2019 the company lost money")));
        assert!(!is_date_line(&normalize("Nov. 19")));
        assert!(!is_date_line(&normalize("+81 158-23-2012")));
        assert!(is_date_line(&normalize(
            "sexta-feira, 22 de outubro de 2010 às 20:13"
        )));
        assert!(is_date_line(&normalize("2019-11-19 10:14")));
        assert!(!is_date_line(&normalize("Score: 2019 and 2020")));
    }

    #[test]
    fn keywords() {
        assert!(has_keyword(
            &normalize("The best of journalism is shrinking."),
            Appeal
        ));
        assert!(!has_keyword(&normalize("The river rose again."), Appeal));
        // Stems and parts of words: inflections and compounds.
        assert!(has_keyword(
            &normalize("liczymy na czytelników takich jak Ty"),
            Appeal
        ));
        assert!(has_keyword(
            &normalize("Unabhängiger Lokaljournalismus"),
            Appeal
        ));
        assert!(!has_keyword(&normalize("Der Fluss stieg wieder."), Appeal));
    }
}
