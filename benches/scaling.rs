//! How extraction time and memory grow with the size and shape of the input.
//!
//! `cargo bench --bench scaling [-- --max-mb N]` builds pages of several sizes and shapes in
//! memory and prints, for each, the extraction time, the time per MB of input, and the peak
//! heap in use during extraction (counted by a wrapping allocator) as a multiple of the input
//! size, beside the peak of the parse alone (the tree every later pass reads). Time
//! per MB should stay flat as pages grow.
//!
//! The shapes (a news page, plain text, one-character elements, one line, deep nesting) are
//! described in `tests/support/shapes.rs`.

use std::time::{Duration, Instant};

#[path = "../tests/support/counting_alloc.rs"]
mod counting_alloc;
#[path = "../tests/support/shapes.rs"]
mod shapes;

use counting_alloc::{Counting, peak_of};
use shapes::{article, line, nested, text, tiny};

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const MB: usize = 1_000_000;

/// Builds a page of about the given size.
type Shape = fn(usize) -> String;

struct Row {
    shape: &'static str,
    bytes: usize,
    took: Duration,
    peak: usize,
    parse_peak: usize,
    outcome: String,
}

/// Peak heap of the parse alone (the tree every later pass reads): the floor under the
/// extraction's peak.
fn parse_peak(html: &str) -> usize {
    peak_of(|| std::hint::black_box(declutter_article::parse_only(html))).1
}

fn measure(shape: &'static str, html: &str, rounds: usize) -> Row {
    let options = declutter_article::Options::default();
    let mut best = Duration::MAX;
    let mut peak = 0;
    let mut outcome = String::new();
    for _ in 0..rounds {
        let start = Instant::now();
        let (result, used) = peak_of(|| declutter_article::extract(html, &options));
        let took = start.elapsed();
        peak = used;
        outcome = match &result {
            Ok(a) => format!("{} words", a.word_count),
            Err(e) => format!("error: {e}"),
        };
        drop(result);
        best = best.min(took);
    }
    Row {
        shape,
        bytes: html.len(),
        took: best,
        peak,
        parse_peak: parse_peak(html),
        outcome,
    }
}

fn main() {
    let mut max_mb = 50usize;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--max-mb" {
            max_mb = args.next().and_then(|v| v.parse().ok()).unwrap_or(max_mb);
        }
    }
    let sizes: Vec<usize> = [MB / 10, MB, 10 * MB, 50 * MB]
        .into_iter()
        .filter(|&s| s <= max_mb * MB)
        .collect();
    let shapes: [(&'static str, Shape); 5] = [
        ("article", article),
        ("text", text),
        ("tiny", tiny),
        ("line", line),
        ("nested", nested),
    ];
    println!(
        "{:<8} {:>9} {:>10} {:>9} {:>12} {:>12}  outcome",
        "shape", "input MB", "ms", "ms/MB", "peak/input", "parse alone"
    );
    for (name, build) in shapes {
        for &size in &sizes {
            let html = build(size);
            // Small pages are timed as the best of several runs; large ones once.
            let rounds = if size <= MB { 5 } else { 1 };
            let row = measure(name, &html, rounds);
            let mb = row.bytes as f64 / MB as f64;
            let ms = row.took.as_secs_f64() * 1000.0;
            println!(
                "{:<8} {:>9.1} {:>10.1} {:>9.1} {:>11.1}x {:>12}  {}",
                row.shape,
                mb,
                ms,
                ms / mb,
                row.peak as f64 / row.bytes as f64,
                if row.parse_peak == 0 {
                    "-".to_string()
                } else {
                    format!("{:.1}x", row.parse_peak as f64 / row.bytes as f64)
                },
                row.outcome
            );
        }
    }
}
