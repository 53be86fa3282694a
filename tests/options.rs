//! Each option changes what it says it changes.

use declutter_article::{Favor, Kind, Options, extract};

const PAGE: &str = r#"<!DOCTYPE html><html lang="en"><head><title>River levels fall after a week of floods</title></head>
<body><article class="story">
<h1>River levels fall after a week of floods</h1>
<p class="lede intro">Water levels on the lower river fell on Sunday for the first time in a week, the agency said, and roads began to reopen.</p>
<p>Engineers who had watched the embankments day and night said the worst was over, although the ground would stay saturated for weeks and more rain was forecast.</p>
<p><a href="/news/storm-warning">Storm warning issued for the coast tonight</a></p>
<figure class="pic"><img src="/img/river.jpg" alt="The river at dusk"><figcaption>The river at dusk on Sunday.</figcaption></figure>
<p>Residents of the lowest streets returned to clear mud from their homes, helped by <a href="/volunteers">volunteers</a>, and insurers set up a temporary office in the town hall.</p>
<div class="promo-box" data-role="promo"><p>Our reporting on the floods is free to read, thanks to readers like you, so please consider a small contribution today.</p></div>
<p class="keep-me">Schools will reopen on Wednesday, the council said, once the buildings have been checked by its surveyors and the heating repaired.</p>
</article></body></html>"#;

fn run(options: Options) -> declutter_article::Article {
    extract(
        PAGE,
        &Options {
            url: Some("https://news.example/floods".into()),
            ..options
        },
    )
    .expect("extracts")
}

#[test]
fn images_and_links() {
    let full = run(Options::default());
    assert!(
        full.content
            .contains(r#"<img src="https://news.example/img/river.jpg""#)
    );
    assert!(
        full.content
            .contains(r#"<a href="https://news.example/volunteers">"#)
    );
    // Nothing of the article is reported as removed.
    assert!(
        full.removed.iter().all(|r| !r.text.contains("Residents")),
        "{:?}",
        full.removed
    );
    let bare = run(Options {
        keep_images: false,
        keep_links: false,
        ..Default::default()
    });
    assert!(!bare.content.contains("<img"));
    assert!(!bare.content.contains("<a "));
    assert!(
        bare.text_content
            .contains("Residents of the lowest streets")
    );
}

#[test]
fn classes() {
    assert!(!run(Options::default()).content.contains("class="));
    let kept = run(Options {
        keep_classes: true,
        ..Default::default()
    });
    assert!(kept.content.contains(r#"class="keep-me""#));
    let some = run(Options {
        classes_to_preserve: vec!["pic".into()],
        ..Default::default()
    });
    assert!(some.content.contains(r#"<figure class="pic">"#));
    assert!(!some.content.contains("keep-me"));
}

#[test]
fn selectors() {
    let removed = run(Options {
        remove_selectors: vec!["p.keep-me".into()],
        ..Default::default()
    });
    assert!(!removed.text_content.contains("Schools will reopen"));
    assert!(removed.removed.iter().any(|r| r.rule == "removeSelectors"));

    let protected = run(Options {
        keep_selectors: vec!["[data-role=promo]".into()],
        ..Default::default()
    });
    assert!(
        protected
            .text_content
            .contains("consider a small contribution")
    );
    let stripped = run(Options::default());
    assert!(
        !stripped
            .text_content
            .contains("consider a small contribution")
    );
}

#[test]
fn favor_and_strip() {
    let balanced = run(Options::default());
    assert!(!balanced.text_content.contains("Storm warning issued"));
    assert!(balanced.removed.iter().any(|r| r.kind == Kind::Related));
    let recall = run(Options {
        favor: Favor::Recall,
        ..Default::default()
    });
    assert!(recall.text_content.contains("Storm warning issued"));
    let raw = run(Options {
        strip_boilerplate: false,
        ..Default::default()
    });
    // Readability-like: the lone link stays; the promo box still goes, by Readability's own
    // rule (a negative class name), not by declutter's.
    assert!(raw.text_content.contains("Storm warning issued"));
    assert!(
        raw.removed
            .iter()
            .any(|r| r.rule == "negative class weight")
    );
    assert!(!raw.removed.iter().any(|r| r.rule.starts_with("class/id ~")));
}

#[test]
fn limits() {
    let err = extract(
        PAGE,
        &Options {
            max_elements: 5,
            ..Default::default()
        },
    )
    .unwrap_err();
    assert!(err.to_string().contains("maxElements"));
    let short = run(Options {
        char_threshold: 100_000,
        ..Default::default()
    });
    // Nothing reaches the threshold: the longest attempt is kept, still the article.
    assert!(short.text_content.contains("Engineers who had watched"));
}
