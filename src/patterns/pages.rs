//! What a page's address says about its kind: the words that forum and question-and-answer
//! software put in the addresses of threads. Data, read by [`url_says_discussion`].

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

/// True when the URL reads as a discussion's: a forum thread, a question with answers, a
/// story with its comments on a news aggregator.
pub(crate) fn url_says_discussion(url: &str) -> bool {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let host = host.to_ascii_lowercase();
    if host
        .split('.')
        .next()
        .is_some_and(|label| DISCUSSION_HOST_LABELS.contains(&label))
    {
        return true;
    }
    let path = path
        .split(['?', '#'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    path.split('/').any(|segment| {
        let word = segment.split(['.', '-']).next().unwrap_or("");
        DISCUSSION_SEGMENTS.contains(&word)
    })
}

#[cfg(test)]
mod tests {
    use super::url_says_discussion;

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
        ] {
            assert!(url_says_discussion(url), "{url}");
        }
        for url in [
            "https://www.example.com/2015/07/organic-pest-control-garden/",
            "https://example.com/blog/how-much-to-charge-for-yoga-class",
            "https://example.com/news/topical-story",
            "https://example.com/",
            "not a url",
        ] {
            assert!(!url_says_discussion(url), "{url}");
        }
    }
}
