//! Fixture-driven tests: every folder under `tests/fixtures/` holds a page (`page.html`,
//! read as bytes so that any encoding can be tested) and `expect.json`, which says what the
//! extraction must give. New cases are new folders; this file does not change.
//!
//! `expect.json` keys (all optional but `keep`):
//! - `url`, `options`: passed to `extract_bytes`;
//! - `title`, `byline`, `siteName`, `publishedTime`, `lang`, `dir`, `leadImageUrl`,
//!   `excerpt`: exact values (`null` for none);
//! - `keep`: snippets that must be in `textContent`, each within one block;
//! - `drop`: snippets that must not be in `textContent`, `text`, `content` or `markdown`;
//! - `figureText`: snippets of figures: in `textContent`, left out of `text`;
//! - `removed`: `{kind, text}` entries that must each match a removal (same kind, text
//!   containing `text`); `removedAbsent`: texts no removal may mention (page chrome outside
//!   the article area is not reported);
//! - `htmlContains` / `htmlExcludes`: snippets of `content`; `markdownContains`: of
//!   `markdown`.

use std::path::Path;

use serde_json::Value;

fn check_case(dir: &Path, failures: &mut Vec<String>) {
    let name = dir.file_name().unwrap().to_string_lossy().to_string();
    let mut fail = |msg: String| failures.push(format!("{name}: {msg}"));
    let bytes = std::fs::read(dir.join("page.html")).expect("page.html");
    let expect: Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("expect.json")).expect("expect.json"),
    )
    .expect("expect.json is JSON");
    let mut options = match expect.get("options") {
        Some(o) => declutter_article::Options::from_value(o.clone()).expect("valid options"),
        None => declutter_article::Options::default(),
    };
    if let Some(url) = expect.get("url").and_then(Value::as_str) {
        options.url = Some(url.to_string());
    }
    let article = match declutter_article::extract_bytes(&bytes, &options) {
        Ok(a) => a,
        Err(e) => return fail(format!("extraction failed: {e}")),
    };
    let json = serde_json::to_value(&article).expect("article serializes");

    for field in [
        "title",
        "byline",
        "siteName",
        "publishedTime",
        "lang",
        "dir",
        "leadImageUrl",
        "excerpt",
    ] {
        if let Some(want) = expect.get(field) {
            let got = &json[field];
            if got != want {
                fail(format!("{field}: expected {want}, got {got}"));
            }
        }
    }

    let blocks: Vec<&str> = article.text_content.split("\n\n").collect();
    for snippet in strings(&expect, "keep") {
        if !blocks.iter().any(|b| b.contains(snippet)) {
            if article.text_content.contains(snippet) {
                fail(format!(
                    "kept, but run together with a neighbouring block: {snippet:?}"
                ));
            } else {
                fail(format!("missing from textContent: {snippet:?}"));
            }
        }
    }
    for snippet in strings(&expect, "drop") {
        for (what, text) in [
            ("textContent", &article.text_content),
            ("text", &article.text),
            ("content", &article.content),
            ("markdown", &article.markdown),
        ] {
            if text.contains(snippet) {
                fail(format!("boilerplate left in {what}: {snippet:?}"));
            }
        }
    }
    let figure_text: Vec<&str> = strings(&expect, "figureText").collect();
    for &snippet in &figure_text {
        if !article.text_content.contains(snippet) {
            fail(format!("figure text missing from textContent: {snippet:?}"));
        }
        if article.text.contains(snippet) {
            fail(format!("figure text left in text: {snippet:?}"));
        }
    }
    // `text` is `textContent` less its figures: every block of it is a block there, and
    // every `keep` snippet that is not figure text is in it.
    for block in article.text.split("\n\n") {
        if !blocks.contains(&block) {
            fail(format!("block of text not in textContent: {block:?}"));
        }
    }
    for snippet in strings(&expect, "keep") {
        if !figure_text.contains(&snippet) && !article.text.contains(snippet) {
            fail(format!("missing from text: {snippet:?}"));
        }
    }
    if let Some(list) = expect.get("removed").and_then(Value::as_array) {
        for want in list {
            let kind = want["kind"].as_str().unwrap_or_default();
            let text = want["text"].as_str().unwrap_or_default();
            let found = article
                .removed
                .iter()
                .any(|r| r.kind.as_str() == kind && r.text.contains(text));
            if !found {
                fail(format!(
                    "no removal of kind {kind} with text {text:?}; removed: {:?}",
                    article
                        .removed
                        .iter()
                        .map(|r| format!("{} / {} / {}", r.kind, r.rule, r.text))
                        .collect::<Vec<_>>()
                ));
            }
        }
    }
    for text in strings(&expect, "removedAbsent") {
        if article.removed.iter().any(|r| r.text.contains(text)) {
            fail(format!(
                "page chrome reported as removed from the article: {text:?}"
            ));
        }
    }
    for snippet in strings(&expect, "htmlContains") {
        if !article.content.contains(snippet) {
            fail(format!("content lacks {snippet:?}"));
        }
    }
    for snippet in strings(&expect, "htmlExcludes") {
        if article.content.contains(snippet) {
            fail(format!("content has {snippet:?}"));
        }
    }
    for snippet in strings(&expect, "markdownContains") {
        if !article.markdown.contains(snippet) {
            fail(format!("markdown lacks {snippet:?}:\n{}", article.markdown));
        }
    }
}

fn strings<'a>(v: &'a Value, key: &str) -> impl Iterator<Item = &'a str> {
    v.get(key)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
}

#[test]
fn fixtures() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut dirs: Vec<_> = std::fs::read_dir(&root)
        .expect("tests/fixtures")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join("expect.json").exists())
        .collect();
    dirs.sort();
    assert!(
        dirs.len() >= 6,
        "expected the fixture set, found {}",
        dirs.len()
    );
    let mut failures = Vec::new();
    for dir in &dirs {
        check_case(dir, &mut failures);
    }
    assert!(
        failures.is_empty(),
        "{} of {} fixtures failed:\n{}",
        failures.len(),
        dirs.len(),
        failures.join("\n")
    );
}
