//! Speed of extraction against the floor set by parsing alone.
//!
//! `cargo bench --bench extract -- [DIR] [--rounds N]` reads every `*.html` page of DIR
//! (default: `../shared/corpus/scrapinghub/pages`), times `scraper`'s parse alone and the
//! full `declutter::extract` on each page (the best of N rounds, default 5, after one
//! warm-up), and prints the median and 90th percentile of the per-page times for both, and
//! the ratio of the medians.

use std::path::PathBuf;
use std::time::{Duration, Instant};

fn main() {
    let mut dir = PathBuf::from("../shared/corpus/scrapinghub/pages");
    let mut rounds = 5usize;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--rounds" => rounds = args.next().and_then(|r| r.parse().ok()).unwrap_or(rounds),
            // Cargo passes this to every bench binary.
            "--bench" => {}
            other => dir = PathBuf::from(other),
        }
    }
    let mut pages: Vec<(PathBuf, String)> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "html"))
            .filter_map(|p| {
                let bytes = std::fs::read(&p).ok()?;
                Some((p, declutter::decode_html(&bytes).0))
            })
            .collect(),
        Err(e) => {
            eprintln!("cannot read {}: {e}", dir.display());
            std::process::exit(1);
        }
    };
    pages.sort();
    if pages.is_empty() {
        eprintln!("no .html pages in {}", dir.display());
        std::process::exit(1);
    }
    let options = declutter::Options::default();
    let mut parse_times = Vec::with_capacity(pages.len());
    let mut extract_times = Vec::with_capacity(pages.len());
    let mut bytes = 0usize;
    for (_, html) in &pages {
        bytes += html.len();
        parse_times.push(best_of(rounds, || {
            std::hint::black_box(scraper::Html::parse_document(html));
        }));
        extract_times.push(best_of(rounds, || {
            let _ = std::hint::black_box(declutter::extract(html, &options));
        }));
    }
    let (pm, p90) = median_p90(&mut parse_times);
    let (em, e90) = median_p90(&mut extract_times);
    let total: Duration = extract_times.iter().sum();
    println!(
        "{} pages, {:.1} MB, best of {rounds} rounds each",
        pages.len(),
        bytes as f64 / 1e6
    );
    println!("                 median ms/page   p90 ms/page");
    println!("parse alone      {:>14.3} {:>13.3}", ms(pm), ms(p90));
    println!("full extraction  {:>14.3} {:>13.3}", ms(em), ms(e90));
    println!(
        "throughput {:.0} MB/s; full extraction median = {:.2}x parse alone",
        bytes as f64 / 1e6 / total.as_secs_f64(),
        em.as_secs_f64() / pm.as_secs_f64()
    );
}

fn best_of(rounds: usize, mut f: impl FnMut()) -> Duration {
    f();
    (0..rounds.max(1))
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn median_p90(times: &mut [Duration]) -> (Duration, Duration) {
    times.sort();
    let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
    (at(0.5), at(0.9))
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}
