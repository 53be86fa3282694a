//! What addresses and titles say about pages: the words that forum and question-and-answer
//! software put in the addresses of threads, the words that end the names forums give
//! themselves in their titles, and the words of the addresses where a site sells
//! subscriptions or takes donations or has readers follow it on a channel. Data, read by
//! [`url_says_discussion`], [`title_says_discussion`], [`url_sells_access`] and
//! [`Address::follows_channel`].

/// Path segments (or their start, before `.` or `-`) that name a thread or a board.
const DISCUSSION_SEGMENTS: &[&str] = &[
    "t",
    "d",
    "thread",
    "threads",
    "showthread",
    "topic",
    "topics",
    "showtopic",
    "viewtopic",
    "discussion",
    "discussions",
    "forum",
    "forums",
    "board",
    "boards",
    "questions",
    "comments",
    "post",
];

/// Path segments that name a code host's issue or change request when a number follows
/// them (`/owner/repo/issues/1873`, `/pull/1902`, `/-/merge_requests/55`): its comments
/// are the discussion. Without the number, "issues" is a magazine's archive or a topic.
const NUMBERED_DISCUSSION_SEGMENTS: &[&str] = &["issues", "pull", "merge_requests"];

/// Host name labels of discussion sites (`forum.example.org`, `community.example.com`).
const DISCUSSION_HOST_LABELS: &[&str] = &[
    "forum",
    "forums",
    "community",
    "discuss",
    "discussions",
    "bbs",
    "boards",
];

/// The host (without "www.") and the path (from its "/", without query or fragment) of an
/// address already lowercased. An address with neither a scheme nor "//" is relative: it
/// has no host, and is all path.
fn split_address(address: &str) -> (&str, &str) {
    let rest = if let Some((_, rest)) = address.split_once("://") {
        rest
    } else if let Some(rest) = address.strip_prefix("//") {
        rest
    } else {
        return ("", without_query(address));
    };
    let (host, path) = rest
        .find(['/', '?', '#'])
        .map_or((rest, ""), |i| rest.split_at(i));
    (
        host.strip_prefix("www.").unwrap_or(host),
        without_query(path),
    )
}

/// An address's part before its query, and its query (without the fragment), when it has
/// one.
fn split_query(address: &str) -> Option<(&str, &str)> {
    address.split('#').next().unwrap_or("").split_once('?')
}

/// `s` up to its query or fragment.
fn without_query(s: &str) -> &str {
    s.split(['?', '#']).next().unwrap_or("")
}

/// True when the URL reads as a discussion's: a forum thread, a question with answers, a
/// story with its comments on a news aggregator.
pub(crate) fn url_says_discussion(url: &str) -> bool {
    let url = url.trim().to_ascii_lowercase();
    let (host, path) = split_address(&url);
    if host
        .split('.')
        .next()
        .is_some_and(|label| DISCUSSION_HOST_LABELS.contains(&label))
    {
        return true;
    }
    let segments: Vec<&str> = path.split('/').collect();
    segments.windows(2).any(|pair| {
        NUMBERED_DISCUSSION_SEGMENTS.contains(&pair[0])
            && !pair[1].is_empty()
            && pair[1].bytes().all(|b| b.is_ascii_digit())
    }) || segments.iter().any(|segment| {
        let word = segment.split(['.', '-']).next().unwrap_or("");
        DISCUSSION_SEGMENTS.contains(&word)
    })
}

/// Last words of a forum's name as its pages' titles give it after the thread's ("… - Japan
/// Forum - Tripadvisor", "… | Docker Community Forums", "… - Straight Dope Message Board"),
/// in the languages of the phrase tables. The first part of a title is the page's own
/// headline and is not read: a story's headline may end in "community".
const DISCUSSION_TITLE_ENDINGS: &[&str] = &[
    "forum",
    "forums",
    "community",
    "communities",
    "message board",
    "message boards",
    "discussion",
    "discussions",
    "bbs",
    "foro",
    "foros",
    "fórum",
    "fóruns",
    "форум",
    "forumu",
    "論壇",
    "论坛",
    "掲示板",
];

/// Characters that separate the parts of a page title (the thread's, the board's, the
/// site's), besides a hyphen or a slash between spaces.
const TITLE_SEPARATORS: &[char] = &['|', '–', '—', '•', '»', '·'];

/// True when a part of the page's title after the first names a forum ("… - Obsidian
/// Forum", "… | AVS Forum"): where the page has no address to read, or one that does not
/// read as a thread's (`ShowTopic`, query strings), the forum names itself.
pub(crate) fn title_says_discussion(title: &str) -> bool {
    let title = title.to_lowercase();
    let mut parts = title
        .split(" - ")
        .flat_map(|part| part.split(" / "))
        .flat_map(|part| part.split(TITLE_SEPARATORS));
    parts.next();
    parts.any(|part| {
        let part = part.trim_end_matches(|c: char| !c.is_alphanumeric());
        DISCUSSION_TITLE_ENDINGS.iter().any(|end| {
            part.strip_suffix(end)
                .is_some_and(|before| before.is_empty() || before.ends_with(' '))
        })
    })
}

/// Path segments (or their first word, before `-`, `_` or `.`, if longer than three
/// letters) of the pages where a site sells subscriptions or memberships or asks for
/// donations, in the languages of the phrase tables and a few more: what a paywall's or an appeal's button links to, whatever its
/// words ("Jetzt Angebot sichern" to `/abo/digital/`). Generic words ("support", "join",
/// "premium", "contribute") name other pages too and are not listed.
const SELLING_SEGMENTS: &[&str] = &[
    "subscribe",
    "subscription",
    "subscriptions",
    "membership",
    "memberships",
    "donate",
    "donation",
    "donations",
    "abo",
    "abos",
    "abonnement",
    "abonnements",
    "abonnieren",
    "abonneren",
    "abonner",
    "abonnere",
    "spenden",
    "assinatura",
    "assinaturas",
    "assine",
    "suscripcion",
    "suscripciones",
    "suscribete",
    "abbonamento",
    "abbonamenti",
    "abbonati",
    "sostienici",
    "prenumerera",
    "prenumeration",
    "prenumerata",
    "predplatne",
    "predplatit",
    "abonament",
    "abonelik",
    "langganan",
    "podpiska",
];

/// Words for supporting or donating, or for the paid tier, that also open stories'
/// addresses ("/steun-voor-boeren", "/soutien-aux-agriculteurs", "/premium-economy-review"):
/// a selling page's address only as a whole segment ("/podpora", "/apoie/", "/steun-ons",
/// "/premium").
const SELLING_WHOLE_SEGMENTS: &[&str] = &[
    "premium",
    "podpora",
    "podporte",
    "podpořte",
    "wesprzyj",
    "wsparcie",
    "steun",
    "steun-ons",
    "doneer",
    "doneren",
    "spende",
    "soutenir",
    "soutien",
    "donar",
    "dona",
    "apoya",
    "apoyanos",
    "apoie",
    "apoiar",
    "contribute",
    "contribuer",
    "contribuie",
    "sustine",
    "doneaza",
    "tamogatas",
    "tamogatom",
    "tilaa",
    "parama",
    "podrska",
    "podrzi",
    "podpri",
    "toeta",
    "atbalsti",
];

/// Hosts of donation and membership platforms: a button linking to one asks for money.
const SELLING_HOSTS: &[&str] = &[
    "ko-fi.com",
    "patreon.com",
    "buymeacoffee.com",
    "liberapay.com",
    "opencollective.com",
    "steadyhq.com",
    "donorbox.org",
    "givebutter.com",
    "paypal.me",
];

/// [`Address::takes_donations`] of an address lowercased already.
fn takes_donations(href: &str) -> bool {
    SELLING_HOSTS.contains(&split_address(href).0)
}

/// Where a site's readers follow it on a messaging or news app: a host, and the path its
/// channels start with (something must follow it).
const CHANNEL_PREFIXES: &[(&str, &str)] = &[
    ("whatsapp.com", "/channel/"),
    ("t.me", "/"),
    ("telegram.me", "/"),
    ("news.google.com", "/publications/"),
    ("zalo.me", "/"),
    ("pf.kakao.com", "/"),
    ("line.me", "/r/ti/p/"),
    // Viber's invitations carry the channel in the query (`invite.viber.com/?g2=…`).
    ("invite.viber.com", ""),
    // A WhatsApp group's invitation: sites run news groups as well as channels.
    ("chat.whatsapp.com", "/"),
];

/// [`Address::follows_channel`] of an address lowercased already.
fn follows_channel(href: &str) -> bool {
    let (host, path) = split_address(href);
    CHANNEL_PREFIXES
        .iter()
        .any(|(h, prefix)| host == *h && path.starts_with(prefix) && path.len() > prefix.len())
}

/// Hosts of video players embedded in pages (without `www.`): a frame loading one plays a
/// video. A host named `player.…`, `players.…` or `video.…` (a publisher's own player) is
/// one too.
const VIDEO_HOSTS: &[&str] = &[
    "youtube.com",
    "youtube-nocookie.com",
    "player.vimeo.com",
    "dailymotion.com",
    "geo.dailymotion.com",
    "players.brightcove.net",
    "cdn.jwplayer.com",
    "content.jwplatform.com",
    "fast.wistia.net",
    "play.vidyard.com",
    "cdnapisec.kaltura.com",
    "video.ibm.com",
    "rumble.com",
];

/// Words (their starts, lowercased) for minutes after a number in a player's running time:
/// "5 min.", "3 Minuten", "4 minutter", "2 perc", "12 dk", "6 мин", "3 λεπτά", "5 分".
const MINUTE_WORDS: &[&str] = &[
    "min", "perc", "dk", "dakika", "мин", "хв", "λεπτ", "phút", "分", "분", "דק",
];

/// True when `text` is a running time, alone or before a note set off by `·` or `|`: a
/// clock ("4:55", "1:02:10", "8:41 Min. · Computerstimme") or a number of minutes ("5
/// min.", "3 Minuten", "5分", "4 phút 30 giây").
pub(crate) fn is_running_time(text: &str) -> bool {
    let t = text.to_lowercase();
    let head = t
        .split(['·', '|'])
        .next()
        .unwrap_or("")
        .trim()
        .trim_end_matches('.');
    let is_minutes = |w: &str| MINUTE_WORDS.iter().any(|m| w.starts_with(m));
    // "4 phút 30 giây": minutes, then seconds.
    let count = |w: &str| (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
    let words: Vec<&str> = head.split_whitespace().collect();
    if let [minutes, unit, seconds, _] = words[..] {
        if count(minutes) && is_minutes(unit) && count(seconds) {
            return true;
        }
    }
    // "8:41 min", "5 min": the amount before a word for minutes.
    let (amount, unit) = match head.rsplit_once(' ') {
        Some((a, u)) if is_minutes(u) => (a.trim_end(), true),
        _ => (head, false),
    };
    let clock = {
        let parts: Vec<&str> = amount.split(':').collect();
        (2..=3).contains(&parts.len())
            && parts[0].len() <= 2
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
            && parts[1..].iter().all(|p| p.len() == 2)
    };
    let digits = amount.chars().take_while(char::is_ascii_digit).count();
    let number = (1..=3).contains(&digits);
    clock
        || (unit && number && digits == amount.len())
        // "5min", "5分": the word set tight against the number.
        || (!unit && number && is_minutes(&amount[digits..]))
}

/// True when `src`, a frame's address, loads a video player (see [`VIDEO_HOSTS`]).
pub(crate) fn url_plays_video(src: &str) -> bool {
    let address = src.trim().to_ascii_lowercase();
    let (host, _) = split_address(&address);
    VIDEO_HOSTS.contains(&host)
        || ["player.", "players.", "video.", "videos."]
            .iter()
            .any(|p| host.starts_with(p))
}

/// Extensions of the files a page offers for download: forms, reports, guides, data. A list
/// of links to such files is the page's attachments ("Downloads", "Useful documents"), not
/// links to other pages; a list of related stories or a menu links to pages.
const DOCUMENT_EXTENSIONS: &[&str] = &[
    "pdf", "doc", "docx", "odt", "rtf", "xls", "xlsx", "ods", "csv", "ppt", "pptx", "odp", "zip",
    "epub",
];

/// Extensions of the pictures a forum post attaches.
const IMAGE_EXTENSIONS: &[&str] = &["jpg", "jpeg", "png", "gif", "webp", "heic", "avif"];

/// Units of a file's size as forum software prints it beside an attachment (French boards
/// write octets: `Ko`, `Kio`).
const SIZE_UNITS: &[&str] = &[
    "b", "bytes", "kb", "kib", "mb", "mib", "gb", "gib", "ko", "mo", "go", "kio", "mio", "gio",
];

/// True for the caption forum software prints under an attached file: its name, then its
/// size in brackets, then perhaps how often it was viewed, in the forum's language
/// ("hydrometer_day14.jpg (112.4 KiB) Viewed 287 times", "plan.pdf (1,2 MB) 97-mal
/// betrachtet"). `line` is normalized (lowercase).
pub(crate) fn is_file_caption(line: &str) -> bool {
    let mut words = line.split(' ');
    let (Some(name), Some(size), Some(unit)) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    let named = has_extension(name, IMAGE_EXTENSIONS) || has_extension(name, DOCUMENT_EXTENSIONS);
    named
        && size.strip_prefix('(').is_some_and(|n| {
            !n.is_empty()
                && n.chars()
                    .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        })
        && unit
            .strip_suffix(')')
            .is_some_and(|u| SIZE_UNITS.contains(&u))
}

/// True when `href` points to a file of one of [`DOCUMENT_EXTENSIONS`] (its path's last
/// segment, before any query or fragment).
pub(crate) fn url_is_document(href: &str) -> bool {
    let path = href.split(['?', '#']).next().unwrap_or("");
    has_extension(path.rsplit('/').next().unwrap_or(""), DOCUMENT_EXTENSIONS)
}

/// True when the file `name` has a stem and one of `extensions` (in any case).
fn has_extension(name: &str, extensions: &[&str]) -> bool {
    name.rsplit_once('.').is_some_and(|(stem, ext)| {
        !stem.is_empty() && extensions.iter().any(|e| ext.eq_ignore_ascii_case(e))
    })
}

/// Where share buttons send the reader: a network's page for posting a link (host without
/// `www.`, and the start of the path). A link there shares the page it sits on, whatever its
/// words ("Envoyer par WhatsApp", "LINEで送る", "Post").
const SHARE_ENDPOINTS: &[(&str, &str)] = &[
    ("facebook.com", "/sharer"),
    ("facebook.com", "/share.php"),
    ("facebook.com", "/dialog/share"),
    ("m.facebook.com", "/sharer"),
    ("twitter.com", "/intent/"),
    ("twitter.com", "/share"),
    ("x.com", "/intent/"),
    ("x.com", "/share"),
    ("linkedin.com", "/sharearticle"),
    ("linkedin.com", "/sharing/"),
    ("linkedin.com", "/shareactive"),
    ("api.whatsapp.com", "/send"),
    ("web.whatsapp.com", "/send"),
    ("wa.me", "/"),
    ("t.me", "/share/"),
    ("telegram.me", "/share/"),
    ("pinterest.com", "/pin/create"),
    ("reddit.com", "/submit"),
    ("bsky.app", "/intent/"),
    ("threads.net", "/intent/"),
    ("threads.com", "/intent/"),
    ("social-plugins.line.me", "/lineit/share"),
    ("line.me", "/r/msg/"),
    ("vk.com", "/share.php"),
    ("connect.ok.ru", "/offer"),
    ("tumblr.com", "/widgets/share"),
    ("tumblr.com", "/share"),
    ("flipboard.com", "/bookmarklet"),
    ("b.hatena.ne.jp", "/entry"),
    ("getpocket.com", "/save"),
    ("news.ycombinator.com", "/submitlink"),
    ("xing.com", "/spi/shares"),
    ("mastodonshare.com", "/"),
];

/// Schemes that open an app's share sheet with the page's address.
const SHARE_SCHEMES: &[&str] = &["whatsapp://send", "fb-messenger://share", "viber://forward"];

/// Query parameters by which a link asks the site itself to open its share dialog for the
/// page: WordPress's sharing buttons (`?share=twitter&nb=1`, any network), Substack's
/// (`?action=share`). A parameter named in the list with any value, or the exact pair.
const SHARE_QUERY: &[&str] = &["share", "action=share"];

/// True when `href` (lowercased) asks the site to open its share dialog ([`SHARE_QUERY`]).
fn opens_share_dialog(href: &str) -> bool {
    split_query(href).is_some_and(|(_, q)| {
        q.split('&').any(|pair| {
            let name = pair.split('=').next().unwrap_or("");
            SHARE_QUERY.contains(&pair)
                || (SHARE_QUERY.contains(&name) && pair.len() > name.len() + 1)
        })
    })
}

/// True when `href` asks the site itself to open its share dialog for the page
/// ([`SHARE_QUERY`]): unlike a network's address, which a story may link to, no story links
/// there, so one such button is a share prompt.
pub(crate) fn url_opens_share_dialog(href: &str) -> bool {
    opens_share_dialog(&href.trim().to_ascii_lowercase())
}

/// [`url_shares_page`] of an address lowercased already.
fn shares_page(href: &str) -> bool {
    if SHARE_SCHEMES.iter().any(|s| href.starts_with(s)) || href.starts_with("mailto:?") {
        return true;
    }
    if opens_share_dialog(href) {
        return true;
    }
    let (host, path) = split_address(href);
    !host.is_empty()
        && SHARE_ENDPOINTS
            .iter()
            .any(|(h, prefix)| host == *h && path.starts_with(prefix))
}

/// Words that name a page where readers report an error in a story or send the newsroom a
/// tip, when a segment of an address is made of four words or fewer ("/fehler-melden/",
/// "/contact/signaler-une-erreur", "/tips-en-correcties", "/zglos-blad"). A story's address
/// is a longer slug.
const REPORT_WORDS: &[&str] = &[
    "correction",
    "corrections",
    "correctie",
    "correcties",
    "korrektur",
    "korrekturen",
    "erreur",
    "erreurs",
    "fehler",
    "fout",
    "fouten",
    "errore",
    "errori",
    "blad",
    "errata",
    "erratum",
    "feedback",
    "rattelse",
    "rettelse",
    "korjaus",
    "rettifica",
    "correccion",
    "correcciones",
    "duzeltme",
    "segnala",
    "signaler",
    "chyba",
    "chybu",
    "hiba",
    "virhe",
    "greska",
    "pogreska",
    "eroare",
];

/// Segments that are a tip line's page only whole. Not a bare "tips": a site's section of
/// advice ("/wohnmobil/tipps/") or a story's slug ("/gardening-tips/") say it too.
const TIP_SEGMENTS: &[&str] = &["newstip", "newstips", "news-tip", "news-tips"];

/// Mailboxes of a newsroom's tip line (`mailto:tips@…`).
const TIP_MAILBOXES: &[&str] = &[
    "tip", "tips", "tipp", "tipps", "newstip", "newstips", "newsdesk",
];

/// Mailboxes of a newsroom as a whole (`redaktion@`, `redactie@`): a line that asks the
/// reader a question and gives one is a prompt to write in ("Ai o informație de interes
/// public? Scrie-ne la redactie@…"); given alone, an address is a contact.
const NEWSROOM_MAILBOXES: &[&str] = &[
    "newsroom",
    "news",
    "redaktion",
    "redaction",
    "redactie",
    "redazione",
    "redaccion",
    "redacao",
    "redakcja",
    "redakce",
    "redaksjon",
    "redaktionen",
    "redaktsiya",
];

/// Most words in a segment naming a report page (see [`REPORT_WORDS`]).
const REPORT_SEGMENT_MAX_WORDS: usize = 4;

/// [`url_takes_reports`] of an address lowercased already.
fn takes_reports(href: &str) -> bool {
    if let Some(mailbox) = mailto_box(href) {
        return is_tip_mailbox(mailbox);
    }
    let (_, path) = split_address(href);
    path.split('/').any(|segment| {
        let words = || segment.split(['-', '_']);
        TIP_SEGMENTS.contains(&segment)
            || (words().count() <= REPORT_SEGMENT_MAX_WORDS
                && words().any(|w| REPORT_WORDS.contains(&w)))
    })
}

/// The mailbox (the part before `@`) a `mailto:` address, lowercased already, writes to.
fn mailto_box(href: &str) -> Option<&str> {
    href.strip_prefix("mailto:")
        .map(|mail| mail.split('@').next().unwrap_or(""))
}

/// The mailboxes (the part before `@`) of the e-mail addresses written in `text`,
/// lowercased: `tips` in "Send a tip to tips@paper.example".
fn mailboxes(text: &str) -> impl Iterator<Item = String> + '_ {
    let local = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '+');
    text.match_indices('@').filter_map(move |(at, _)| {
        let (before, after) = (&text[..at], &text[at + 1..]);
        // A domain follows: a name with a dot in it.
        let domain: &str = after
            .split(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '-')))
            .next()
            .unwrap_or("");
        if !domain.trim_end_matches('.').contains('.') {
            return None;
        }
        let start = before
            .char_indices()
            .rev()
            .take_while(|&(_, c)| local(c))
            .last()
            .map_or(at, |(i, _)| i);
        let name = &before[start..];
        (!name.is_empty()).then(|| name.to_ascii_lowercase())
    })
}

/// True when `text` gives a newsroom's address for tips or reports of errors
/// (`tips@…`, `corrections@…`; see [`TIP_MAILBOXES`], [`REPORT_WORDS`]), or, when `asks`
/// (the line asks the reader something), its general address ([`NEWSROOM_MAILBOXES`]).
pub(crate) fn text_gives_tip_address(text: &str, asks: bool) -> bool {
    mailboxes(text)
        .any(|m| is_tip_mailbox(&m) || (asks && NEWSROOM_MAILBOXES.contains(&m.as_str())))
}

fn is_tip_mailbox(name: &str) -> bool {
    REPORT_WORDS.contains(&name) || TIP_MAILBOXES.contains(&name)
}

/// [`url_sells_access`] of an address lowercased already.
fn sells_access(href: &str) -> bool {
    if takes_donations(href) {
        return true;
    }
    let (host, path) = split_address(href);
    // A shop of its own under the site's name: "abo.zeitung.example",
    // "subscribe.paper.example", "abbonamenti.gazzetta.example" (the host's first label, of
    // a host with a site's name after it).
    let first = host.split('.').next().unwrap_or("");
    if host.matches('.').count() >= 2 && SELLING_SEGMENTS.contains(&first) {
        return true;
    }
    // A short word ("abo") only as a whole segment: as the first word of one it may start
    // another ("abo-mountains").
    path.split('/').any(|segment| {
        let word = segment.split(['-', '_', '.']).next().unwrap_or("");
        SELLING_SEGMENTS.contains(&segment)
            || SELLING_WHOLE_SEGMENTS.contains(&segment)
            || (word.chars().count() > 3 && SELLING_SEGMENTS.contains(&word))
    })
}

/// Path segments that open the address of a member's profile on forum software, before the
/// member's name or number: XenForo `/members/name.12/`, vBulletin 5 `/member/12-name`,
/// Stack Exchange `/users/12/name`, Reddit `/user/name/`, Discourse, Flarum and Lemmy
/// `/u/name`, Invision `/profile/12-name/`, wpForo `/community/participant/name/`.
const PROFILE_SEGMENTS: &[&str] = &[
    "members",
    "member",
    "users",
    "user",
    "u",
    "profile",
    "profiles",
    "participant",
];

/// Pages under a profile segment that are the visitor's own account, not a member's profile
/// (`/user/login?destination=…` on a "Reply" link).
const ACCOUNT_PAGES: &[&str] = &[
    "login", "logout", "register", "signup", "password", "settings",
];

/// Query pairs (or their names) that ask forum software for a member's profile: phpBB
/// `memberlist.php?mode=viewprofile&u=2`, SMF `index.php?action=profile;u=2`, MyBB
/// `member.php?action=profile&uid=2`, vBulletin 3/4 `member.php?u=2`, Discuz!
/// `home.php?mod=space&uid=2`, old Invision `index.php?showuser=2`. (vBulletin 4's
/// `member.php?5620-name` is read by [`numbered_member`].)
const PROFILE_QUERY: &[&str] = &[
    "mode=viewprofile",
    "action=profile",
    "mod=space",
    "showuser",
];

/// The start of a page name that is a member's profile (MyBB's `/User-name`).
const PROFILE_PAGE_PREFIX: &str = "User-";

/// Search-engine-friendly profile pages, a member's number between a start and an end:
/// MyBB's default (`/user-57.html`) and Discuz!'s (`/space-uid-57.html`).
const NUMBERED_PROFILE_PAGES: &[(&str, &str)] = &[("user-", ".html"), ("space-uid-", ".html")];

/// Pages whose query names a member (`member.php?u=2`, FluxBB's `profile.php?id=2`, Hacker
/// News's `user?id=name`), by one of [`MEMBER_KEYS`].
const MEMBER_SCRIPTS: &[&str] = &["member.php", "profile.php", "user"];

/// The query names under which [`MEMBER_SCRIPTS`] take the member.
const MEMBER_KEYS: &[&str] = &["u", "uid", "userid", "id"];

/// True when `href` leads to a member's profile page on forum software ([`PROFILE_SEGMENTS`],
/// [`PROFILE_QUERY`], [`MEMBER_SCRIPTS`], [`NUMBERED_PROFILE_PAGES`]): the link a post
/// carries on its poster's name.
pub(crate) fn url_is_profile(href: &str) -> bool {
    // MyBB's search-engine-friendly addresses (`/User-name`), in their own case: a page
    // named `user-guide` is no member's.
    let (_, raw_path) = split_address(href.trim());
    if raw_path.split('/').any(|s| {
        s.strip_prefix(PROFILE_PAGE_PREFIX)
            .is_some_and(|n| !n.is_empty())
    }) {
        return true;
    }
    let href = href.trim().to_ascii_lowercase();
    let (_, path) = split_address(&href);
    if path.split('/').any(|s| {
        NUMBERED_PROFILE_PAGES.iter().any(|&(prefix, suffix)| {
            s.strip_prefix(prefix)
                .and_then(|n| n.strip_suffix(suffix))
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        })
    }) {
        return true;
    }
    let by_path = path
        .split('/')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .windows(2)
        .any(|w| PROFILE_SEGMENTS.contains(&w[0]) && !ACCOUNT_PAGES.contains(&w[1]));
    if by_path {
        return true;
    }
    let Some((before, query)) = split_query(&href) else {
        return false;
    };
    let pairs = || query.split(['&', ';']);
    pairs().any(|pair| {
        PROFILE_QUERY.contains(&pair)
            || PROFILE_QUERY.contains(&pair.split('=').next().unwrap_or(""))
    }) || (before
        .rsplit('/')
        .next()
        .is_some_and(|page| MEMBER_SCRIPTS.contains(&page))
        && (pairs().any(|pair| MEMBER_KEYS.contains(&pair.split('=').next().unwrap_or("")))
            || numbered_member(query)))
}

/// vBulletin 4's friendly query on its member script, the member's number then their name
/// (`member.php?5620-octagon_overdrive`).
fn numbered_member(query: &str) -> bool {
    let (number, rest) = query.split_at(query.bytes().take_while(u8::is_ascii_digit).count());
    !number.is_empty() && (rest.is_empty() || rest.starts_with('-'))
}

/// A link's address, lowercased once for the checks a line of text asks of it (see
/// `boilerplate::call_by_address`, which asks up to four).
pub(crate) struct Address(String);

impl Address {
    pub(crate) fn new(href: &str) -> Address {
        Address(href.trim().to_ascii_lowercase())
    }

    /// See [`url_sells_access`].
    pub(crate) fn sells_access(&self) -> bool {
        sells_access(&self.0)
    }

    /// True when the address leads to a donation or membership platform (see
    /// [`SELLING_HOSTS`]).
    pub(crate) fn takes_donations(&self) -> bool {
        takes_donations(&self.0)
    }

    /// True when the address leads to a channel where readers follow the site (see
    /// [`CHANNEL_PREFIXES`]): a WhatsApp or Telegram channel, a Google News publication.
    pub(crate) fn follows_channel(&self) -> bool {
        follows_channel(&self.0)
    }

    /// See [`url_takes_reports`].
    pub(crate) fn takes_reports(&self) -> bool {
        takes_reports(&self.0)
    }

    /// True when the address mails a newsroom's general mailbox (see
    /// [`NEWSROOM_MAILBOXES`]).
    pub(crate) fn mails_newsroom(&self) -> bool {
        mailto_box(&self.0).is_some_and(|mailbox| NEWSROOM_MAILBOXES.contains(&mailbox))
    }
}

/// True when `href` shares the page (see [`SHARE_ENDPOINTS`], [`SHARE_SCHEMES`]), or
/// mails it: a `mailto:` without an addressee, only a subject or a body.
pub(crate) fn url_shares_page(href: &str) -> bool {
    shares_page(&href.trim().to_ascii_lowercase())
}

/// True when `href` leads to a page, or an address, where readers report an error or send
/// a tip (see [`REPORT_WORDS`], [`TIP_SEGMENTS`]): `mailto:corrections@…` too.
pub(crate) fn url_takes_reports(href: &str) -> bool {
    Address::new(href).takes_reports()
}

/// True when `href` leads to a page that sells a subscription or membership or takes a
/// donation (see [`SELLING_SEGMENTS`], [`SELLING_HOSTS`]).
pub(crate) fn url_sells_access(href: &str) -> bool {
    Address::new(href).sells_access()
}

#[cfg(test)]
mod tests {
    use super::{
        Address, is_file_caption, is_running_time, text_gives_tip_address, title_says_discussion,
        url_plays_video, url_says_discussion, url_sells_access, url_shares_page, url_takes_reports,
    };

    #[test]
    fn profiles_of_forum_software_are_known_by_address() {
        for href in [
            "https://forum.example.org/members/herbwise.1877/",
            "/member/12-herbwise",
            "https://gardening.stackexchange.com/users/123/herbwise",
            "/u/herbwise",
            "/profile/12-herbwise/",
            "./memberlist.php?mode=viewprofile&u=2",
            "index.php?action=profile;u=2",
            "member.php?u=2",
            "member.php?action=profile&uid=2",
            "home.php?mod=space&uid=2",
            "https://forum.example.com.br/User-OverclockerDoNordeste",
            "https://forum.example.pl/user-5530.html",
            "space-uid-240117.html",
            "member.php?5620-Octagon_Overdrive",
            "user?id=kernel_panicked",
            "https://forum.example.org/profile.php?id=2",
            "https://www.example.es/comunidad/participant/jlbarrena/",
        ] {
            assert!(super::url_is_profile(href), "{href}");
        }
        for href in [
            "https://forum.example.org/threads/herbs.4242/",
            "/members/",
            "/u",
            "https://news.example.org/2026/user-guide",
            "member.php",
            "/membership/join",
            "viewtopic.php?t=2&u=3",
            "/user/login?destination=/node/7#comment-3",
            "/user-guide",
            "/space-uid-guide.html",
            "member.php?do=register",
            "/user-guide.html",
            "/user-.html",
            "/adduser?id=2",
            "item?id=45921837",
        ] {
            assert!(!super::url_is_profile(href), "{href}");
        }
    }

    #[test]
    fn running_times_are_clocks_or_minutes() {
        for t in [
            "4:55",
            " 1:02:10 ",
            "5 min.",
            "3 Minuten",
            "4 minutter",
            "12 dk",
            "5分",
            "8:41 Min. · Computerstimme",
            "4 phút 30 giây",
            "3 min 20 s",
        ] {
            assert!(is_running_time(t), "{t}");
        }
        for t in [
            "4:5",
            "2025",
            "5 minutes ago",
            "12:30 Uhr",
            "min",
            "1 comment",
            "Play",
            "Diesen Text vorlesen lassen 8:41 Min.",
            "5 min to the station · 2 km",
            "Listen · 4:05",
            "Bus 5 min 30 later",
        ] {
            assert!(!is_running_time(t), "{t}");
        }
    }

    #[test]
    fn tip_addresses_are_read_from_text() {
        for (text, asks) in [
            (
                "기사제보 및 보도자료 tip@hanbitilbo.co.kr / 카카오톡 채널",
                false,
            ),
            ("Send a tip to our newsroom at Tips@Example.co.za.", false),
            ("Fehler entdeckt? korrektur@zeitung.example", false),
            ("Ai o informație? Scrie-ne la redactie@ziar.example", true),
        ] {
            assert!(text_gives_tip_address(text, asks), "{text}");
        }
        for (text, asks) in [
            ("Write to redactie@ziar.example.", false),
            ("Reach Ann at ann.cole@allotments.example?", true),
            ("tips@localhost or @tips on social media", true),
            ("@ alone, and tips@ with nothing after it", true),
        ] {
            assert!(!text_gives_tip_address(text, asks), "{text}");
        }
    }

    #[test]
    fn report_addresses_are_recognised() {
        for href in [
            "/fehler-melden/?id=18827364",
            "/contact/erreur/?article=20260304",
            "/newstips/",
            "https://shannoncourier.ie/corrections/?post=58814",
            "/info/complaints-and-corrections",
            "/korrektur?artikel=vier-tage-woche",
            "/tips-en-correcties",
            "/zglos-blad?id=1042271",
            "/feedback?typ=fehler",
            "mailto:corrections@example.ph?subject=Correction",
            "mailto:tips@example.nl",
            "/rattelse",
            "/melde-fehler?id=4",
        ] {
            assert!(url_takes_reports(href), "{href}");
        }
        for href in [
            "/gardening-tips/",
            "/wohnmobil/tipps/stellplatz-radar",
            "/markets/stock-market-correction-deepens-as-tech-shares-slide",
            "/cricket/ind-vs-eng-3rd-odi-report-101770699420.html",
            "mailto:news@example.com",
            "/2026/01/the-error-that-cost-the-council-a-million/",
            "/en-US/docs/Web/API/WebSocket/error_event",
        ] {
            assert!(!url_takes_reports(href), "{href}");
        }
    }

    #[test]
    fn share_addresses_are_recognised() {
        for href in [
            "https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.com",
            "https://www.facebook.com/sharer.php?u=x",
            "https://x.com/intent/post?url=x",
            "https://twitter.com/intent/tweet?text=x",
            "https://www.linkedin.com/shareArticle?mini=true&url=x",
            "https://api.whatsapp.com/send?text=x",
            "whatsapp://send?text=x",
            "https://social-plugins.line.me/lineit/share?url=x",
            "mailto:?subject=A%20story&body=x",
            "https://t.me/share/url?url=x",
            "https://blog.example/2025/11/a-post/?share=twitter&nb=1",
            "https://news.substack.com/p/a-post?utm_source=substack&utm_content=share&action=share",
        ] {
            assert!(url_shares_page(href), "{href}");
        }
        for href in [
            "https://www.facebook.com/examplenews",
            "https://x.com/examplenews",
            "https://www.linkedin.com/company/example",
            "mailto:news@example.com",
            "https://t.me/examplenews",
            "/share-prices/today",
            "https://example.com/sharer",
            "https://example.com/markets?share=",
            "https://example.com/p/a-post?utm_content=share",
            "https://example.com/search?q=share",
        ] {
            assert!(!url_shares_page(href), "{href}");
        }
    }

    #[test]
    fn video_players_are_recognised() {
        for src in [
            "https://www.youtube.com/embed/dQw4w9WgXcQ",
            "//player.vimeo.com/video/1",
            "https://players.brightcove.net/1/default_default/index.html?videoId=2",
            "https://player.elmirador.example/embed/v/98812?autoplay=0",
            "https://video.gundem.example/embed/330911",
        ] {
            assert!(url_plays_video(src), "{src}");
        }
        for src in [
            "https://www.google.com/maps/embed?pb=1",
            "about:blank",
            "/embed/poll/7",
            "https://example.com/player.html",
        ] {
            assert!(!url_plays_video(src), "{src}");
        }
    }

    #[test]
    fn channel_addresses_are_recognised() {
        for href in [
            "https://whatsapp.com/channel/0029VaWNx",
            "https://www.whatsapp.com/channel/0029Va",
            "https://t.me/examplenews",
            "https://news.google.com/publications/CAAqBwgKMKvC0gsw",
            "https://invite.viber.com/?g2=AQBexample",
        ] {
            assert!(Address::new(href).follows_channel(), "{href}");
        }
        for href in [
            "https://wa.me/15551234567",
            "https://news.google.com/",
            "https://t.me/",
            "https://example.com/channel/news",
            "/t.me/x",
        ] {
            assert!(!Address::new(href).follows_channel(), "{href}");
        }
    }

    #[test]
    fn selling_addresses_are_recognised() {
        for href in [
            "/abo/digital/?utm_source=artikel",
            "/abonneren/?utm_campaign=paywall",
            "https://www.example.cz/predplatne/?zdroj=clanek",
            "https://ko-fi.com/strademinori",
            "https://example.com/subscribe-now",
            "//example.org/donate",
            "/podpora?utm_source=clanek",
            "/apoie/",
            "/steun-ons",
            "https://example.com/contribute?ref=article-end",
            "https://abbonamenti.gazzetta.example/offerta-digitale/",
            "https://caribe.example/apoyanos/",
            "https://www.example.cz/premium?utm_source=web&utm_medium=inarticle",
        ] {
            assert!(url_sells_access(href), "{href}");
        }
        for href in [
            "/landkreis/bruecken-id18512077.html",
            "/support/contact",
            "https://example.com/news/subscribers-up-this-year",
            "https://example.com/abo-mountains/hiking",
            "/2026/03/donar-kebab-stall-wins-award",
            "/travel/premium-economy-review-2026",
            "https://abo.example/",
            "#",
        ] {
            assert!(!url_sells_access(href), "{href}");
        }
    }

    #[test]
    fn forums_name_themselves_in_titles() {
        for title in [
            "Tips from a first time Japan visitor - Japan Forum - Tripadvisor",
            "Confusing resolver structure - Docker Desktop - Docker Community Forums",
            "The best movies of 2024 - Cafe Society - Straight Dope Message Board",
            "Replacement Projector Recommendations 2024 | AVS Forum",
            "YouTube auto dubbed - Brave Community",
            "Что взять в поход? - Туристический форум",
            "What happened with Arch Linux ISO in 2024 / Arch Discussion / Arch Linux Forums",
        ] {
            assert!(title_says_discussion(title), "{title}");
        }
        for title in [
            // A headline is not read, however it ends.
            "Flooding shakes a tight-knit community - The Courier",
            "Community",
            "Why forums still matter",
            // A name that merely contains the word.
            "Spring sale | Forumshop",
            "City hall renovation - Community News",
        ] {
            assert!(!title_says_discussion(title), "{title}");
        }
    }

    #[test]
    fn thread_addresses_are_recognised() {
        for url in [
            "https://forum.example.org/t/best-budget-headphones/40024",
            "https://www.example.com/threads/2024-led-liftgate-lights.1797645/",
            "https://community.example.com/topic/1571202-editing-pc-build/",
            "https://example.com/forum/viewtopic.php?t=361697",
            "https://old.example.com/r/science/comments/1rku5x9/hair/",
            "https://example.stackexchange.com/questions/964/how-to-book",
            "https://example.com/thread-222085.html",
            "https://github.com/owner/repo/issues/1873",
            "https://gitlab.example.com/group/repo/-/merge_requests/55",
        ] {
            assert!(url_says_discussion(url), "{url}");
        }
        for url in [
            "https://www.example.com/2015/07/organic-pest-control-garden/",
            "https://example.com/blog/how-much-to-charge-for-yoga-class",
            "https://example.com/news/topical-story",
            "https://magazine.example.com/issues/2025-03/the-long-winter",
            "https://example.org/issues/climate",
            "https://example.com/",
            "not a url",
        ] {
            assert!(!url_says_discussion(url), "{url}");
        }
    }
    #[test]
    fn file_captions_are_recognised() {
        for line in [
            "hydrometer_day14.jpg (112.4 kib) viewed 287 times",
            "rio240_overzicht.jpg (284.6 kib) 212 keer bekeken",
            "servo_halterung.jpg (184,6 kb) 97-mal betrachtet",
            "plan.pdf (1.2 mb)",
            "copeaux_chene.jpg (184.22 kio) consulté 312 fois",
        ] {
            assert!(is_file_caption(line), "{line}");
        }
        for line in [
            "the report.pdf (in german) explains the plan",
            "version 2.0 (2024) is out",
            "photo.jpg (12 photos) from the trip",
            "hydrometer_day14.jpg",
        ] {
            assert!(!is_file_caption(line), "{line}");
        }
    }
}
