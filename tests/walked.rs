//! The walked path (a page a browser has parsed, handed over in the walked form) gives the
//! article of the HTML path: on every fixture page, and on every page of a corpus folder
//! named by `DECLUTTER_WALKED_CORPUS` (e.g. the scrapinghub pages) when it is set.

use declutter_article::{Options, decode_html, extract, extract_walked, walk_html};

/// Pages whose walked article differs from the HTML article, with the first field that
/// differs.
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
                if a != b {
                    let field = a
                        .as_object()
                        .and_then(|o| o.keys().find(|k| a[k.as_str()] != b[k.as_str()]).cloned())
                        .unwrap_or_default();
                    out.push(format!("{name}: {field}"));
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
    println!("{} pages, {} differ", pages.len(), diffs.len());
    assert_eq!(diffs, Vec::<String>::new());
}
