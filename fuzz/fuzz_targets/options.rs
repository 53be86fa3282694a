//! Any text, as options in JSON: parsing either fails with an error naming the option or
//! gives options that `extract` accepts or refuses cleanly, never a panic.
#![no_main]

use declutter_article::{Options, extract};
use libfuzzer_sys::fuzz_target;

const PAGE: &str = "<html><head><title>Fuzzed options | Example</title></head><body>\
    <nav class=menu><a href=/>Home</a></nav><article class=post><h1>Fuzzed options</h1>\
    <p class=lead>A paragraph of the article, long enough to be taken for text, with commas.</p>\
    <div class=share><a href=#>Share</a></div><p id=p2>Another paragraph follows it here.</p>\
    </article></body></html>";

fuzz_target!(|data: &[u8]| {
    let Ok(json) = std::str::from_utf8(data) else {
        return;
    };
    match Options::from_json(json) {
        Ok(options) => {
            let _ = extract(PAGE, &options);
        }
        Err(e) => assert!(!e.to_string().is_empty()),
    }
});
