//! Speed of extraction against the floor set by parsing alone.
//!
//! `cargo bench --bench extract -- [DIR] [--rounds N]` reads every `*.html` page of DIR
//! (default: `../shared/corpus/scrapinghub/pages`), times `scraper`'s parse alone, the full
//! `declutter_article::extract` and the extraction of the page in the walked form (as a
//! browser hands a live page over, `extract_walked`) on each page (the best of N rounds,
//! default 5, after one warm-up), and prints the median and 90th percentile of the per-page
//! times, and the ratio of the medians.
//!
//! `--save FILE` writes each page's times (tab-separated: page, parse ms, extraction ms,
//! walked extraction ms);
//! `--compare FILE` reads such a file from an earlier run and lists the pages whose
//! extraction got more than 20% slower. Each page's extraction time is taken relative to its
//! own parse time in the same run, so that a busier machine does not count as a regression.

use std::path::PathBuf;
use std::time::{Duration, Instant};

fn main() {
    let mut dir = PathBuf::from("../shared/corpus/scrapinghub/pages");
    let mut rounds = 5usize;
    let mut save: Option<PathBuf> = None;
    let mut compare: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--rounds" => rounds = args.next().and_then(|r| r.parse().ok()).unwrap_or(rounds),
            "--save" => save = args.next().map(PathBuf::from),
            "--compare" => compare = args.next().map(PathBuf::from),
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
                Some((p, declutter_article::decode_html(&bytes).0))
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
    let options = declutter_article::Options::default();
    let mut parse_times = Vec::with_capacity(pages.len());
    let mut extract_times = Vec::with_capacity(pages.len());
    let mut walked_times = Vec::with_capacity(pages.len());
    let mut bytes = 0usize;
    for (_, html) in &pages {
        bytes += html.len();
        parse_times.push(best_of(rounds, || {
            std::hint::black_box(scraper::Html::parse_document(html));
        }));
        extract_times.push(best_of(rounds, || {
            let _ = std::hint::black_box(declutter_article::extract(html, &options));
        }));
        let walked = declutter_article::walk_html(html);
        walked_times.push(best_of(rounds, || {
            let _ = std::hint::black_box(declutter_article::extract_walked(&walked, &options));
        }));
    }
    let names: Vec<String> = pages
        .iter()
        .map(|(p, _)| {
            p.file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    if let Some(path) = &save {
        let lines: String = names
            .iter()
            .zip(parse_times.iter().zip(&extract_times).zip(&walked_times))
            .map(|(n, ((p, e), w))| format!("{n}\t{:.4}\t{:.4}\t{:.4}\n", ms(*p), ms(*e), ms(*w)))
            .collect();
        if let Err(e) = std::fs::write(path, lines) {
            eprintln!("cannot write {}: {e}", path.display());
        }
    }
    if let Some(path) = &compare {
        compare_with(path, &names, &parse_times, &extract_times);
    }
    let (pm, p90) = median_p90(&mut parse_times);
    let (em, e90) = median_p90(&mut extract_times);
    let (wm, w90) = median_p90(&mut walked_times);
    let total: Duration = extract_times.iter().sum();
    println!(
        "{} pages, {:.1} MB, best of {rounds} rounds each",
        pages.len(),
        bytes as f64 / 1e6
    );
    println!("                 median ms/page   p90 ms/page");
    println!("parse alone      {:>14.3} {:>13.3}", ms(pm), ms(p90));
    println!("full extraction  {:>14.3} {:>13.3}", ms(em), ms(e90));
    println!("walked page      {:>14.3} {:>13.3}", ms(wm), ms(w90));
    println!(
        "throughput {:.0} MB/s; full extraction median = {:.2}x parse alone",
        bytes as f64 / 1e6 / total.as_secs_f64(),
        em.as_secs_f64() / pm.as_secs_f64()
    );
}

/// Allowed growth of a page's extraction time (relative to its parse time) over the baseline.
const SLOWER_LIMIT: f64 = 1.2;

fn compare_with(path: &PathBuf, names: &[String], parse: &[Duration], extract: &[Duration]) {
    let Ok(text) = std::fs::read_to_string(path) else {
        eprintln!("cannot read {}", path.display());
        return;
    };
    let baseline: std::collections::HashMap<&str, (f64, f64)> = text
        .lines()
        .filter_map(|l| {
            let mut f = l.split('\t');
            let name = f.next()?;
            let p: f64 = f.next()?.parse().ok()?;
            let e: f64 = f.next()?.parse().ok()?;
            Some((name, (p, e)))
        })
        .collect();
    let mut slower = 0;
    let mut compared = 0;
    for (i, name) in names.iter().enumerate() {
        let Some(&(bp, be)) = baseline.get(name.as_str()) else {
            continue;
        };
        compared += 1;
        let (p, e) = (ms(parse[i]), ms(extract[i]));
        let growth = (e / p) / (be / bp);
        if growth > SLOWER_LIMIT {
            slower += 1;
            println!(
                "slower: {name} extraction {be:.3} -> {e:.3} ms (parse {bp:.3} -> {p:.3} ms), x{growth:.2} relative to parse"
            );
        }
    }
    println!(
        "{slower} of {compared} pages more than 20% slower than {}",
        path.display()
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
