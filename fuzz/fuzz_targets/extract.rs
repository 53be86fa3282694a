//! Any bytes, as a page: `extract_bytes` (decoding included), `extract` on the decoded text
//! with a page URL and each preference, and the readerable check must return, never panic.
#![no_main]

use declutter_article::{Favor, Options, decode_html, extract, extract_bytes, is_probably_readerable};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = extract_bytes(data, &Options::default());
    let (text, _) = decode_html(data);
    let _ = is_probably_readerable(&text);
    // The first byte picks options, so that the other code paths are reached too.
    let options = Options {
        url: Some("https://news.example/section/story.html".into()),
        favor: match data.first().map(|b| b % 3) {
            Some(0) => Favor::Precision,
            Some(1) => Favor::Recall,
            _ => Favor::Balanced,
        },
        strip_boilerplate: data.first().is_none_or(|b| b & 4 == 0),
        keep_classes: data.first().is_some_and(|b| b & 8 != 0),
        char_threshold: 20,
        ..Options::default()
    };
    let _ = extract(&text, &options);
});
