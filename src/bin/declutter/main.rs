//! `declutter`: the command-line tool. Parses arguments, reads files and fetches URLs,
//! prints or saves results; the extraction itself is the library's.

mod fetch;
mod save;

use std::collections::BTreeMap;
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::Duration;

use clap::{Parser, ValueEnum};
use declutter_article::{Article, Favor, MarkdownHeader, Options};
use indicatif::{ProgressBar, ProgressStyle};

use fetch::Fetcher;
use save::Saver;

/// Batches of at least this many inputs show a progress bar (on a terminal).
const PROGRESS_MIN_INPUTS: usize = 4;

/// Extract the article from web pages: title, byline, date and a clean body without
/// boilerplate.
///
/// Inputs are HTML files, directories (searched for *.html and *.htm files) and http(s)
/// URLs, which are fetched. One input prints the article in the chosen format. Several
/// inputs, or a directory, print one JSON object per line, in input order, each with a
/// "file" (or "url") field and either the article or an "error"; with --output, one file
/// per input instead.
#[derive(Parser, Debug)]
#[command(name = "declutter", version, about, long_about)]
struct Cli {
    /// HTML files, directories or http(s) URLs; `-` (the default) reads standard input.
    inputs: Vec<PathBuf>,

    /// The page's URL, to resolve relative links and images. Without it, a fetched page's
    /// own URL (after redirects) or the page's canonical URL is used.
    #[arg(long)]
    url: Option<String>,

    /// Output format.
    #[arg(long, short, value_enum, default_value_t = Format::Text)]
    format: Format,

    /// Markdown: YAML front matter (title, byline, site, date, language, excerpt, URL)
    /// instead of the byline line.
    #[arg(long, conflicts_with = "no_header")]
    front_matter: bool,

    /// Markdown: the body alone, without the title, byline line and lead image.
    #[arg(long)]
    no_header: bool,

    /// Write one file per input into DIR (created if needed), named from the article's
    /// title with the format's extension, and print each file's path.
    #[arg(long, short, value_name = "DIR", conflicts_with_all = ["readerable", "trace"])]
    output: Option<PathBuf>,

    /// With --output, replace files that exist (without it they are left alone and the
    /// input fails).
    #[arg(long, requires = "output")]
    force: bool,

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

    /// Largest page read, from a file or a URL (the option maxInputBytes); K, M and G
    /// multiply by 1024 [default: 64M].
    #[arg(long, value_name = "BYTES", value_parser = parse_size)]
    max_bytes: Option<usize>,

    /// Seconds a URL may take, from connecting to the last byte, redirects included.
    #[arg(long, value_name = "SECONDS", default_value_t = 20.0, value_parser = parse_seconds)]
    timeout: f64,

    /// Redirects followed for a URL.
    #[arg(long, value_name = "N", default_value_t = 10)]
    max_redirects: u32,

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

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    /// The article as safe HTML.
    Html,
    /// The article's running text, without figure captions and credits.
    Text,
    /// The article as Markdown: `# Title`, a byline line, the lead image, the body.
    Markdown,
    /// Every field, `textContent` (all text, captions included) as well as `text`.
    Json,
}

impl Format {
    fn extension(self) -> &'static str {
        match self {
            Format::Html => "html",
            Format::Text => "txt",
            Format::Markdown => "md",
            Format::Json => "json",
        }
    }
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum FavorArg {
    Balanced,
    Precision,
    Recall,
}

/// `1048576`, `512K`, `10M`, `1G`.
fn parse_size(s: &str) -> Result<usize, String> {
    let (digits, unit) = match s.trim().char_indices().last() {
        Some((i, c)) if c.is_ascii_alphabetic() => (&s.trim()[..i], c.to_ascii_uppercase()),
        _ => (s.trim(), 'B'),
    };
    let shift = match unit {
        'B' => 0,
        'K' => 10,
        'M' => 20,
        'G' => 30,
        _ => return Err(format!("unknown unit {unit:?} (use K, M or G)")),
    };
    let n: usize = digits
        .parse()
        .map_err(|_| format!("{s:?} is not a size such as 1048576, 512K or 10M"))?;
    n.checked_mul(1 << shift)
        .filter(|&n| n > 0)
        .ok_or_else(|| format!("{s:?} is not a usable size"))
}

fn parse_seconds(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(t) if t > 0.0 && t <= 86_400.0 => Ok(t),
        _ => Err(format!(
            "{s:?} is not a number of seconds between 0 and 86400"
        )),
    }
}

/// One command-line input.
enum Input {
    Stdin,
    File(PathBuf),
    Url(String),
}

impl Input {
    fn new(arg: &Path) -> Input {
        match arg.to_str() {
            Some("-") => Input::Stdin,
            Some(s) if fetch::is_url(s) => Input::Url(s.to_string()),
            _ => Input::File(arg.to_path_buf()),
        }
    }

    /// How messages name the input.
    fn name(&self) -> String {
        match self {
            Input::Stdin => "standard input".into(),
            Input::File(path) => path.display().to_string(),
            Input::Url(url) => url.clone(),
        }
    }

    /// A file name for the article when its title gives none: the file's name, or the
    /// URL's last path segment or host.
    fn stem(&self) -> String {
        match self {
            Input::Stdin => String::new(),
            Input::File(path) => path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default(),
            Input::Url(url) => {
                let rest = url.split_once("://").map_or(url.as_str(), |(_, r)| r);
                let path = rest.split(['?', '#']).next().unwrap_or("");
                let last = path.rsplit('/').find(|s| !s.is_empty()).unwrap_or("");
                last.rsplit_once('.')
                    .map_or(last, |(stem, _)| stem)
                    .to_string()
            }
        }
    }
}

/// What every input of a run shares.
struct Run {
    options: Options,
    /// Whether the URL in `options` was given by the user (it then beats a fetched page's).
    url_given: bool,
    fetcher: Fetcher,
}

/// A page's bytes, with what the transport said about them.
struct Loaded {
    bytes: Vec<u8>,
    charset: Option<String>,
    url: Option<String>,
}

impl Run {
    fn load(&self, input: &Input) -> Result<Loaded, String> {
        let file = |bytes| Loaded {
            bytes,
            charset: None,
            url: None,
        };
        match input {
            Input::Stdin => {
                let mut buf = Vec::new();
                std::io::stdin()
                    .read_to_end(&mut buf)
                    .map_err(|e| format!("standard input: {e}"))?;
                Ok(file(buf))
            }
            Input::File(path) => std::fs::read(path)
                .map(file)
                .map_err(|e| format!("{}: {e}", path.display())),
            Input::Url(url) => self.fetcher.get(url).map(|f| Loaded {
                bytes: f.bytes,
                charset: f.charset,
                url: Some(f.url),
            }),
        }
    }

    /// The page as text: the transport's charset first, then what the page says.
    fn decode(page: &Loaded) -> String {
        match &page.charset {
            Some(charset) => declutter_article::decode_html_with_charset(&page.bytes, charset).0,
            None => declutter_article::decode_html(&page.bytes).0,
        }
    }

    // Kept a call of its own: scripts/work-per-page.sh counts each page's instructions
    // between its entry and its exit.
    #[inline(never)]
    fn extract(&self, input: &Input) -> Result<Article, String> {
        let page = self.load(input)?;
        let name = || input.name();
        match (&page.url, self.url_given) {
            (Some(url), false) => {
                let options = Options {
                    url: Some(url.clone()),
                    ..self.options.clone()
                };
                declutter_article::extract(&Run::decode(&page), &options)
            }
            _ if page.charset.is_some() => {
                declutter_article::extract(&Run::decode(&page), &self.options)
            }
            _ => declutter_article::extract_bytes(&page.bytes, &self.options),
        }
        .map_err(|e| format!("{}: {e}", name()))
    }
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
    let run = Run {
        url_given: options.url.is_some(),
        fetcher: Fetcher::new(
            Duration::from_secs_f64(cli.timeout),
            cli.max_redirects,
            options.max_input_bytes,
        ),
        options,
    };
    let batch = inputs.len() > 1 || cli.inputs.iter().any(|p| p.is_dir());
    if let Some(dir) = &cli.output {
        save_all(&inputs, &run, dir, &cli)
    } else if batch {
        json_lines(&inputs, &run, cli.jobs)
    } else {
        let input = inputs.into_iter().next().unwrap_or(Input::Stdin);
        single(&input, &run, &cli)
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
    if let Some(n) = cli.max_bytes {
        options.max_input_bytes = n;
    }
    // Markdown output is a document of its own unless asked otherwise; the flags also shape
    // the `markdown` field of JSON output.
    if cli.front_matter {
        options.markdown_header = MarkdownHeader::FrontMatter;
    } else if cli.no_header {
        options.markdown_header = MarkdownHeader::None;
    } else if cli.format == Format::Markdown && options.markdown_header == MarkdownHeader::None {
        options.markdown_header = MarkdownHeader::Line;
    }
    options.validate()?;
    Ok(options)
}

/// Inputs named on the command line, with directories replaced by the HTML files in them.
fn expand_inputs(args: &[PathBuf]) -> Result<Vec<Input>, String> {
    let mut out = Vec::new();
    for arg in args {
        let input = Input::new(arg);
        if matches!(input, Input::File(_)) && arg.is_dir() {
            let mut found = Vec::new();
            collect_html(arg, &mut found).map_err(|e| format!("{}: {e}", arg.display()))?;
            found.sort();
            out.extend(found.into_iter().map(Input::File));
        } else {
            out.push(input);
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

fn single(input: &Input, run: &Run, cli: &Cli) -> ExitCode {
    if cli.readerable || cli.trace {
        let page = match run.load(input) {
            Ok(p) => p,
            Err(e) => {
                eprintln!("declutter: {e}");
                return ExitCode::FAILURE;
            }
        };
        let text = Run::decode(&page);
        if cli.readerable {
            let yes = declutter_article::is_probably_readerable(&text);
            println!("{yes}");
            return if yes {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            };
        }
        return match declutter_article::trace(&text, &run.options) {
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
    let out = run
        .extract(input)
        .and_then(|article| render(&article, cli.format));
    match out {
        Ok(out) => {
            if std::io::stdout().lock().write_all(out.as_bytes()).is_err() {
                return ExitCode::FAILURE;
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("declutter: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The article in `format`, ending with one line break.
fn render(article: &Article, format: Format) -> Result<String, String> {
    let out = match format {
        Format::Html => article.content.clone(),
        Format::Text => article.text.clone(),
        Format::Markdown => article.markdown.clone(),
        Format::Json => serde_json::to_string_pretty(article).map_err(|e| e.to_string())?,
    };
    Ok(format!("{}\n", out.trim_end()))
}

/// One JSON line for an input.
fn json_line(input: &Input, result: Result<Article, String>) -> String {
    let key = match input {
        Input::Url(_) => "url",
        Input::Stdin | Input::File(_) => "file",
    };
    let name = serde_json::Value::String(input.name());
    let mut line = serde_json::Map::new();
    line.insert(key.into(), name);
    match result {
        Ok(article) => match serde_json::to_value(&article) {
            Ok(serde_json::Value::Object(mut map)) => line.append(&mut map),
            Ok(_) | Err(_) => {
                line.insert("error".into(), "could not serialize the article".into());
            }
        },
        Err(e) => {
            line.insert("error".into(), e.into());
        }
    }
    serde_json::Value::Object(line).to_string()
}

/// Several inputs without --output: one JSON line each, in input order. Exit status 1 when
/// any input failed.
fn json_lines(inputs: &[Input], run: &Run, jobs: Option<usize>) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    let mut failed = false;
    for_each_result(inputs, run, jobs, |bar, input, result| {
        failed |= result.is_err();
        let line = json_line(input, result);
        bar.suspend(|| writeln!(stdout, "{line}").is_ok())
    });
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// --output: one file per input, its path printed; errors one line each on stderr. Exit
/// status 1 when any input failed.
fn save_all(inputs: &[Input], run: &Run, dir: &Path, cli: &Cli) -> ExitCode {
    let mut saver = match Saver::new(dir, cli.format.extension(), cli.force) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("declutter: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut stdout = std::io::stdout().lock();
    let mut failed = false;
    for_each_result(inputs, run, cli.jobs, |bar, input, result| {
        let saved = result.and_then(|article| {
            let contents = render(&article, cli.format)?;
            let title = article.title.as_deref().unwrap_or("");
            saver
                .save(&[title, &input.stem()], &contents)
                .map_err(|e| format!("{}: {e}", input.name()))
        });
        bar.suspend(|| match saved {
            Ok(path) => writeln!(stdout, "{}", path.display()).is_ok(),
            Err(e) => {
                failed = true;
                eprintln!("declutter: {e}");
                true
            }
        })
    });
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Extracts every input on worker threads (they take inputs in turn) and hands the results
/// to `each` on this thread in input order, as soon as each can be. `each` returns false to
/// stop. A progress bar counts the inputs done on stderr, when it is a terminal and there
/// are at least [`PROGRESS_MIN_INPUTS`]; `each` prints through the bar's `suspend`.
fn for_each_result<F>(inputs: &[Input], run: &Run, jobs: Option<usize>, mut each: F)
where
    F: FnMut(&ProgressBar, &Input, Result<Article, String>) -> bool,
{
    let workers = jobs
        .or_else(|| std::thread::available_parallelism().ok().map(|n| n.get()))
        .unwrap_or(1)
        .clamp(1, 64)
        .min(inputs.len().max(1));
    let bar = progress_bar(inputs.len());
    let next = AtomicUsize::new(0);
    let (tx, rx) = mpsc::channel::<(usize, Result<Article, String>)>();
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let tx = tx.clone();
            let next = &next;
            scope.spawn(move || {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(input) = inputs.get(i) else { break };
                    if tx.send((i, run.extract(input))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        let mut pending = BTreeMap::new();
        let mut next_out = 0;
        for (i, result) in rx {
            bar.inc(1);
            pending.insert(i, result);
            while let Some(result) = pending.remove(&next_out) {
                if !each(&bar, &inputs[next_out], result) {
                    // Workers stop at their next send.
                    next.store(inputs.len(), Ordering::Relaxed);
                    return;
                }
                next_out += 1;
            }
        }
    });
    bar.finish();
}

fn progress_bar(len: usize) -> ProgressBar {
    if len < PROGRESS_MIN_INPUTS || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(len as u64);
    if let Ok(style) =
        ProgressStyle::with_template("{bar:30} {pos}/{len} pages · {per_sec:1} · ETA {eta}")
    {
        bar.set_style(style);
    }
    // Redrawn twice a second even while a slow input holds every worker.
    bar.enable_steady_tick(Duration::from_millis(500));
    bar
}
