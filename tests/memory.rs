//! Peak heap of one extraction, as a multiple of the input's size, on pages of the shapes
//! `cargo bench --bench scaling` measures at up to 50 MB (here 2 MB, to stay quick in a debug
//! build). A counting allocator wraps the system's; the whole file is one test so that no
//! other test allocates while a page is measured.

mod support {
    pub mod counting_alloc;
    pub mod shapes;
}

use support::counting_alloc::{Counting, peak_of};
use support::shapes::{article, line, nested, text, tiny};

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const SIZE: usize = 2_000_000;

/// The bar: peak heap under 10x the input.
const MAX_PEAK_RATIO: f64 = 10.0;

/// Peak heap above what was in use before, over one extraction (outputs included).
fn peak_ratio(html: &str) -> f64 {
    let (article, peak) = peak_of(|| declutter_article::extract(html, &Default::default()));
    assert!(article.is_ok(), "{:?}", article.err());
    drop(article);
    peak as f64 / html.len() as f64
}

#[test]
fn peak_heap_stays_a_small_multiple_of_the_input() {
    let news = article(SIZE);
    let text = text(SIZE);
    let line = line(SIZE);
    let tiny = tiny(SIZE);
    let nested = nested(SIZE);
    // One bound for every shape, the page of one-character elements included (7 bytes of
    // markup a node: the per-node arrays of the parse and the index decide its peak).
    for (shape, html) in [
        ("news", &news),
        ("text", &text),
        ("line", &line),
        ("nested", &nested),
        ("tiny", &tiny),
    ] {
        let ratio = peak_ratio(html);
        assert!(
            ratio < MAX_PEAK_RATIO,
            "{shape}: peak {ratio:.1}x the input"
        );
    }
}
