//! How extraction time and memory grow with the size and shape of the input.
//!
//! `cargo bench --bench scaling [-- --max-mb N]` builds pages of several sizes and shapes in
//! memory and prints, for each, the extraction time, the time per MB of input, and the peak
//! heap in use during extraction (counted by a wrapping allocator) as a multiple of the input
//! size, beside the peak of the parse alone (the tree every later pass reads). Time
//! per MB should stay flat as pages grow.
//!
//! Shapes:
//! - `article`: a news page (navigation, an article of paragraphs with links, lists, images
//!   and subheadings, a sidebar, a footer), its article repeated to reach the size;
//! - `text`: one article of long paragraphs, little markup;
//! - `tiny`: elements holding one character each (`<span>x</span>`);
//! - `line`: one paragraph on a single line;
//! - `nested`: `<div>`s nested as deep as the size allows, text at the bottom.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// The system allocator, counting the bytes in use and the highest count since the last reset.
struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is passed on unchanged to the system allocator; only counters are added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: same contract as the caller's.
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            let now = IN_USE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) };
        IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: same contract as the caller's.
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        if !new.is_null() {
            let now = if new_size >= layout.size() {
                IN_USE.fetch_add(new_size - layout.size(), Ordering::Relaxed) + new_size
                    - layout.size()
            } else {
                IN_USE.fetch_sub(layout.size() - new_size, Ordering::Relaxed)
                    - (layout.size() - new_size)
            };
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        new
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const MB: usize = 1_000_000;

fn page(body: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Scaling test \
         page | Example News</title></head><body>{body}</body></html>"
    )
}

/// Repeats `unit` until `target` bytes are reached.
fn repeat_to(unit: &str, target: usize) -> String {
    let mut out = String::with_capacity(target + unit.len());
    while out.len() < target {
        out.push_str(unit);
    }
    out
}

const NEWS_UNIT: &str = "<h2>A subheading in the story</h2>\
<p>The council voted on Tuesday to extend the programme, after a debate that ran late into \
the evening and drew <a href=\"/local/council\">residents from across the district</a>. \
Supporters said the money would keep the service running through the winter.</p>\
<figure><img src=\"/img/photo.jpg\" alt=\"The council chamber\"><figcaption>The council \
chamber on Tuesday.</figcaption></figure>\
<p>Opponents argued that the plan, which costs more than last year's, had not been costed \
properly, and asked for an independent review before any further spending is agreed.</p>\
<ul><li>First point raised in the debate</li><li>Second point, with a \
<a href=\"/more\">link</a></li></ul>\
<blockquote><p>\"We have to get this right for the people who depend on it,\" one member \
said.</p></blockquote>\n";

fn article(size: usize) -> String {
    let chrome = "<header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> \
        <a href=\"/sport\">Sport</a></nav></header>";
    let side = "<aside><h3>Most read</h3><ul><li><a href=\"/a\">One story</a></li>\
        <li><a href=\"/b\">Another story</a></li></ul></aside>\
        <footer><p>Example News, all rights reserved.</p></footer>";
    page(&format!(
        "{chrome}<main><article><h1>The council extends the programme</h1>{}</article></main>{side}",
        repeat_to(NEWS_UNIT, size)
    ))
}

fn text(size: usize) -> String {
    let sentence = "Plain prose goes on and on here, sentence after sentence, with commas. ";
    let para = format!("<p>{}</p>\n", sentence.repeat(60));
    page(&format!(
        "<article><h1>A very long text</h1>{}</article>",
        repeat_to(&para, size)
    ))
}

fn tiny(size: usize) -> String {
    page(&format!("<div>{}</div>", repeat_to("<span>x</span>", size)))
}

fn line(size: usize) -> String {
    page(&format!("<p>{}</p>", repeat_to("word ", size)))
}

fn nested(size: usize) -> String {
    let depth = size / 11;
    format!(
        "{}<p>{}</p>{}",
        "<div>".repeat(depth),
        "Text at the bottom of the nesting, long enough to be read. ".repeat(10),
        "</div>".repeat(depth)
    )
}

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
    let before = IN_USE.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    std::hint::black_box(declutter::parse_only(html));
    PEAK.load(Ordering::Relaxed) - before
}

fn measure(shape: &'static str, html: &str, rounds: usize) -> Row {
    let options = declutter::Options::default();
    let mut best = Duration::MAX;
    let mut peak = 0;
    let mut outcome = String::new();
    for _ in 0..rounds {
        let before = IN_USE.load(Ordering::Relaxed);
        PEAK.store(before, Ordering::Relaxed);
        let start = Instant::now();
        let result = declutter::extract(html, &options);
        let took = start.elapsed();
        peak = PEAK.load(Ordering::Relaxed) - before;
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
