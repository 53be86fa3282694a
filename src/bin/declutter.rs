//! `declutter`: the command-line tool. Parses arguments, reads files, prints results; the
//! extraction itself is the library's.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

use clap::{Parser, ValueEnum};
use declutter_article::{Article, Favor, Options};

/// Extract the article from web pages: title, byline, date and a clean body without
/// boilerplate.
///
/// One input prints the article in the chosen format. Several inputs, or a directory
/// (searched for *.html and *.htm files), print one JSON object per line, in input order,
/// each with a "file" field and either the article or an "error".
#[derive(Parser, Debug)]
#[command(name = "declutter", version, about, long_about)]
struct Cli {
    /// HTML files or directories; `-` (the default) reads standard input.
    inputs: Vec<PathBuf>,

    /// The page's URL, to resolve relative links and images. Without it, the page's own
    /// canonical URL is used when it has one.
    #[arg(long)]
    url: Option<String>,

    /// Output format for a single input.
    #[arg(long, short, value_enum, default_value_t = Format::Text)]
    format: Format,

    /// Drop images.
    #[arg(long)]
    no_images: bool,

    /// Drop links (keep their text).
    #[arg(long)]
    no_links: bool,

    /// Keep class attributes in the HTML output.
    #[arg(long)]
    keep_classes: bool,

    /// Keep the boilerplate inside the article (Readability-like output).
    #[arg(long)]
    keep_boilerplate: bool,

    /// Lean towards precision or recall.
    #[arg(long, value_enum)]
    favor: Option<FavorArg>,

    /// Minimum article length in characters before looser rules are tried.
    #[arg(long)]
    char_threshold: Option<usize>,

    /// Any options as a JSON object (camelCase names, as in the JS API); flags given
    /// explicitly override it.
    #[arg(long, value_name = "JSON")]
    options: Option<String>,

    /// Only say whether the page is probably readerable ("true"/"false"; exit code 0/1).
    #[arg(long)]
    readerable: bool,

    /// Print a developer's trace of the extraction instead of the article.
    #[arg(long, hide = true)]
    trace: bool,

    /// Worker threads for several inputs (default: one per core).
    #[arg(long, short)]
    jobs: Option<usize>,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum Format {
    /// The article as safe HTML.
    Html,
    /// The article's running text, without figure captions and credits.
    Text,
    /// The article as Markdown.
    Markdown,
    /// Every field, `textContent` (all text, captions included) as well as `text`.
    Json,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum FavorArg {
    Balanced,
    Precision,
    Recall,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let options = match build_options(&cli) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("declutter: {e}");
            return ExitCode::from(2);
        }
    };
    let inputs = match expand_inputs(&cli.inputs) {
        Ok(i) => i,
        Err(e) => {
            eprintln!("declutter: {e}");
            return ExitCode::FAILURE;
        }
    };
    let batch = inputs.len() > 1 || cli.inputs.iter().any(|p| p.is_dir());
    if batch {
        batch_run(&inputs, &options, cli.jobs)
    } else {
        let input = inputs
            .into_iter()
            .next()
            .unwrap_or_else(|| PathBuf::from("-"));
        single(&input, &options, cli.format, cli.readerable, cli.trace)
    }
}

fn build_options(cli: &Cli) -> Result<Options, declutter_article::Error> {
    let mut options = match &cli.options {
        Some(json) => Options::from_json(json)?,
        None => Options::default(),
    };
    if cli.url.is_some() {
        options.url.clone_from(&cli.url);
    }
    if options.url.as_deref() == Some("") {
        options.url = None;
    }
    if cli.no_images {
        options.keep_images = false;
    }
    if cli.no_links {
        options.keep_links = false;
    }
    if cli.keep_classes {
        options.keep_classes = true;
    }
    if cli.keep_boilerplate {
        options.strip_boilerplate = false;
    }
    if let Some(f) = cli.favor {
        options.favor = match f {
            FavorArg::Balanced => Favor::Balanced,
            FavorArg::Precision => Favor::Precision,
            FavorArg::Recall => Favor::Recall,
        };
    }
    if let Some(t) = cli.char_threshold {
        options.char_threshold = t;
    }
    options.validate()?;
    Ok(options)
}

/// Files named on the command line, with directories replaced by the HTML files in them.
fn expand_inputs(inputs: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    for input in inputs {
        if input.is_dir() {
            let mut found = Vec::new();
            collect_html(input, &mut found).map_err(|e| format!("{}: {e}", input.display()))?;
            found.sort();
            out.extend(found);
        } else {
            out.push(input.clone());
        }
    }
    Ok(out)
}

fn collect_html(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    // An explicit stack, not recursion: directory trees can be deep.
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d)? {
            let path = entry?.path();
            if path.is_dir() {
                stack.push(path);
            } else if path
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"))
            {
                out.push(path);
            }
        }
    }
    Ok(())
}

fn read_input(path: &Path) -> Result<Vec<u8>, String> {
    if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| format!("standard input: {e}"))?;
        Ok(buf)
    } else {
        std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))
    }
}

fn single(
    path: &Path,
    options: &Options,
    format: Format,
    readerable: bool,
    trace: bool,
) -> ExitCode {
    let bytes = match read_input(path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("declutter: {e}");
            return ExitCode::FAILURE;
        }
    };
    if readerable {
        let (text, _) = declutter_article::decode_html(&bytes);
        let yes = declutter_article::is_probably_readerable(&text);
        println!("{yes}");
        return if yes {
            ExitCode::SUCCESS
        } else {
            ExitCode::FAILURE
        };
    }
    if trace {
        let (text, _) = declutter_article::decode_html(&bytes);
        return match declutter_article::trace(&text, options) {
            Ok(t) => {
                print!("{t}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("declutter: {e}");
                ExitCode::FAILURE
            }
        };
    }
    let article = match declutter_article::extract_bytes(&bytes, options) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("declutter: {}: {e}", display_name(path));
            return ExitCode::FAILURE;
        }
    };
    let out = match format {
        Format::Html => article.content,
        Format::Text => article.text,
        Format::Markdown => article.markdown,
        Format::Json => match serde_json::to_string_pretty(&article) {
            Ok(j) => j,
            Err(e) => {
                eprintln!("declutter: {e}");
                return ExitCode::FAILURE;
            }
        },
    };
    let mut stdout = std::io::stdout().lock();
    if writeln!(stdout, "{}", out.trim_end()).is_err() {
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

fn display_name(path: &Path) -> String {
    if path.as_os_str() == "-" {
        "standard input".into()
    } else {
        path.display().to_string()
    }
}

/// One JSON line for a file.
fn json_line(path: &Path, result: Result<Article, String>) -> String {
    let file = serde_json::Value::String(display_name(path));
    let value = match result {
        Ok(article) => match serde_json::to_value(&article) {
            Ok(serde_json::Value::Object(mut map)) => {
                let mut ordered = serde_json::Map::new();
                ordered.insert("file".into(), file);
                ordered.append(&mut map);
                serde_json::Value::Object(ordered)
            }
            Ok(_) | Err(_) => {
                serde_json::json!({"file": file, "error": "could not serialize the article"})
            }
        },
        Err(e) => serde_json::json!({"file": file, "error": e}),
    };
    value.to_string()
}

/// Several inputs: workers take files in turn; results are printed in input order as soon
/// as they can be. Exit status 1 when any input failed.
fn batch_run(inputs: &[PathBuf], options: &Options, jobs: Option<usize>) -> ExitCode {
    let workers = jobs
        .or_else(|| std::thread::available_parallelism().ok().map(|n| n.get()))
        .unwrap_or(1)
        .clamp(1, 64)
        .min(inputs.len().max(1));
    let next = AtomicUsize::new(0);
    let (tx, rx) = mpsc::channel::<(usize, String, bool)>();
    let mut failed = false;
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let tx = tx.clone();
            let next = &next;
            scope.spawn(move || {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(path) = inputs.get(i) else { break };
                    let result = read_input(path).and_then(|bytes| {
                        declutter_article::extract_bytes(&bytes, options).map_err(|e| e.to_string())
                    });
                    let ok = result.is_ok();
                    if tx.send((i, json_line(path, result), ok)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        let mut pending: BTreeMap<usize, String> = BTreeMap::new();
        let mut next_out = 0;
        let mut stdout = std::io::stdout().lock();
        for (i, line, ok) in rx {
            failed |= !ok;
            pending.insert(i, line);
            while let Some(line) = pending.remove(&next_out) {
                if writeln!(stdout, "{line}").is_err() {
                    return;
                }
                next_out += 1;
            }
        }
    });
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
