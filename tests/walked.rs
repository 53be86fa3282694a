//! The walked path (a page a browser has parsed, handed over in the walked form) gives the
//! article of the HTML path: on every fixture page, and on the pages of a corpus folder named
//! by `DECLUTTER_WALKED_CORPUS` (e.g. the scrapinghub pages) when it is set.
//!
//! The walk leaves out the bodies of scripts (other than JSON-LD), which the HTML path keeps
//! as text. The text is never content, but one stage measures it: a byline candidate is
//! taken only if its raw text, scripts included (as Readability.js measures it), is short.
//! On scrapinghub that changes the byline of two pages (an element holding only a script:
//! "" on the HTML path, none walked; the confidence, which counts a byline, with it) and the
//! rule named for one removal (a heading over a section holding only a script), and nothing
//! else.

use declutter_article::{Options, decode_html, extract, extract_walked, walk_html};

/// Pages whose walked article differs from the HTML article, with each field that differs.
fn differences(pages: &[(String, String)]) -> Vec<String> {
    let mut out = Vec::new();
    for (name, html) in pages {
        let options = Options {
            url: Some("https://news.example/section/story.html".into()),
            ..Options::default()
        };
        let from_html = extract(html, &options);
        let from_walk = extract_walked(&walk_html(html), &options);
        match (from_html, from_walk) {
            (Ok(a), Ok(b)) => {
                let (a, b) = (
                    serde_json::to_value(&a).expect("serializes"),
                    serde_json::to_value(&b).expect("serializes"),
                );
                for (field, value) in a.as_object().into_iter().flatten() {
                    if b.get(field) != Some(value) {
                        out.push(format!("{name}: {field}"));
                    }
                }
            }
            (a, b) => out.push(format!("{name}: {:?} against {:?}", a.err(), b.err())),
        }
    }
    out
}

fn read_pages(dir: &std::path::Path, nested: bool) -> Vec<(String, String)> {
    let mut pages = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = if nested {
            entry.path().join("page.html")
        } else {
            entry.path()
        };
        if path.extension().is_none_or(|e| e != "html") {
            continue;
        }
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        let name = entry.file_name().to_string_lossy().into_owned();
        pages.push((name, decode_html(&bytes).0));
    }
    pages.sort();
    pages
}

#[test]
fn fixture_pages_give_the_same_article_walked() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let pages = read_pages(&dir, true);
    assert!(pages.len() >= 5, "{} fixtures", pages.len());
    assert_eq!(differences(&pages), Vec::<String>::new());
}

#[test]
fn corpus_pages_give_the_same_article_walked() {
    let Some(dir) = std::env::var_os("DECLUTTER_WALKED_CORPUS") else {
        return;
    };
    let pages = read_pages(std::path::Path::new(&dir), false);
    let diffs = differences(&pages);
    println!("{} pages, {} differ: {diffs:?}", pages.len(), diffs.len());
    // textContent never differs; other fields on at most 2% of pages.
    assert!(
        diffs
            .iter()
            .all(|d| !d.ends_with(": textContent") && !d.contains(" against "))
    );
    let mut differing: Vec<&str> = diffs.iter().filter_map(|d| d.split(':').next()).collect();
    differing.dedup();
    assert!(differing.len() * 50 <= pages.len(), "{diffs:?}");
}
