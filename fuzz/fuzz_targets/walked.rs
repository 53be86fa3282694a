//! Any text as a walked document (the form the npm package's JavaScript writes from a live
//! page): the tree builder and the extraction after it must return, never panic. Even first
//! bytes give the text after the header as it is (any segments, in any order); odd ones read
//! it as HTML and walk the parsed page first, so that well-formed documents are reached too.
#![no_main]

use declutter_article::{Options, extract_walked, is_probably_readerable_walked, walk_html};
use libfuzzer_sys::fuzz_target;

const HEADER: &str = "declutter-walk 1";

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    let walked = if first % 2 == 0 {
        format!("{HEADER}{text}")
    } else {
        walk_html(&text)
    };
    let options = Options {
        url: Some("https://news.example/section/story.html".into()),
        char_threshold: 20,
        ..Options::default()
    };
    let _ = extract_walked(&walked, &options);
    let _ = is_probably_readerable_walked(&walked);
});
