//! The command-line tool, run as a user runs it.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_declutter"))
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
        .join("page.html")
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("UTF-8 output")
}

#[test]
fn formats() {
    let page = fixture("blog-wordpress");
    let run = |format: &str| {
        let out = bin()
            .args(["--format", format])
            .arg(&page)
            .output()
            .expect("runs");
        assert!(
            out.status.success(),
            "{format}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        stdout(&out)
    };
    let text = run("text");
    assert!(text.starts_with("My neighbour left a sewing machine"));
    assert!(text.contains("\n\nWhat was wrong\n\n"));
    assert!(!text.contains("Sign up for our newsletter"));

    let html = run("html");
    assert!(html.starts_with("<div>"));
    assert!(html.contains("<h2>Timing the hook</h2>"));
    assert!(!html.contains("<script"));

    let md = run("markdown");
    assert!(md.contains("## What was wrong"));

    let json: serde_json::Value = serde_json::from_str(&run("json")).expect("JSON");
    assert_eq!(
        json["title"],
        "Repairing a 1970s sewing machine, one gear at a time"
    );
    assert!(json["removed"].as_array().is_some_and(|r| !r.is_empty()));
    assert!(json["wordCount"].as_u64().is_some_and(|n| n > 100));
}

#[test]
fn url_resolves_links_and_stdin_is_read() {
    let page = std::fs::read(fixture("lazy-images")).expect("fixture");
    let mut child = bin()
        .args([
            "--format",
            "html",
            "--url",
            "https://coastal.example/features/x",
            "-",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawns");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(&page)
        .expect("writes");
    let out = child.wait_with_output().expect("runs");
    assert!(out.status.success());
    assert!(stdout(&out).contains("https://cdn.coastal.example/photos/brass-lamp.jpg"));
}

#[test]
fn several_files_and_directories_give_json_lines_in_order() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let out = bin()
        .arg(&dir)
        .args(["--jobs", "2"])
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert!(lines.len() >= 6);
    let files: Vec<&str> = lines
        .iter()
        .map(|l| l["file"].as_str().unwrap_or(""))
        .collect();
    let mut sorted = files.clone();
    sorted.sort();
    assert_eq!(files, sorted, "output follows input order");
    assert!(lines.iter().all(|l| l["textContent"].is_string()));

    let two = bin()
        .arg(fixture("german-news"))
        .arg(fixture("russian-windows-1251"))
        .output()
        .expect("runs");
    let text = stdout(&two);
    assert_eq!(text.lines().count(), 2);
    assert!(text.contains("Bahnstrecke nach Sturm wieder frei"));
    assert!(text.contains("Новая библиотека"));
}

#[test]
fn unreadable_input_is_a_one_line_error() {
    let out = bin().arg("/no/such/file.html").output().expect("runs");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.starts_with("declutter: /no/such/file.html:"), "{err}");

    let mut child = bin()
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawns");
    drop(child.stdin.take());
    let out = child.wait_with_output().expect("runs");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("the input is empty"));

    let bad = bin()
        .args(["--options", "{\"keepImages\": 1}", "-"])
        .output()
        .expect("runs");
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("option keepImages"));
}

#[test]
fn batch_reports_errors_per_file() {
    let out = bin()
        .arg(fixture("german-news"))
        .arg("/no/such/file.html")
        .output()
        .expect("runs");
    assert!(!out.status.success(), "a failed input fails the run");
    let text = stdout(&out);
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect();
    assert_eq!(lines.len(), 2);
    assert!(lines[0]["title"].is_string());
    assert!(
        lines[1]["error"]
            .as_str()
            .is_some_and(|e| e.contains("/no/such/file.html"))
    );
}

#[test]
fn readerable_flag() {
    let yes = bin()
        .arg("--readerable")
        .arg(fixture("news-seed"))
        .output()
        .expect("runs");
    assert_eq!(stdout(&yes).trim(), "true");
    assert!(yes.status.success());
    let mut child = bin()
        .arg("--readerable")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawns");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"<ul><li><a href=/>Home</a></li></ul>")
        .expect("writes");
    let no = child.wait_with_output().expect("runs");
    assert_eq!(stdout(&no).trim(), "false");
    assert!(!no.status.success());
}

/// A fresh, empty directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("declutter-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("creates a scratch directory");
    dir
}

#[test]
fn the_bundled_sample_s_markdown_starts_with_its_title() {
    // The README's first command.
    let out = bin()
        .args(["--format", "markdown"])
        .arg(fixture("news-seed"))
        .output()
        .expect("runs");
    assert!(out.status.success());
    let md = stdout(&out);
    let title = "CBI dismantled child sex racket “spreads from Pakistan to US, shares videos on \
                 social media”";
    assert!(md.starts_with(&format!("# {title}\n\n")), "{md}");
    let mut blocks = md.split("\n\n").skip(1);
    assert_eq!(
        blocks.next(),
        Some("Bismee Taskin · ThePrint · 2021-11-18"),
        "{md}"
    );
    assert_eq!(
        blocks.next(),
        Some("![](https://static.theprint.in/wp-content/uploads/2021/11/cbi-raids.jpg)")
    );
    assert!(
        blocks
            .next()
            .is_some_and(|b| b.starts_with("New Delhi: The Central Bureau")),
        "{md}"
    );

    // --no-header: the body alone, as the library's default.
    let bare = bin()
        .args(["--format", "markdown", "--no-header"])
        .arg(fixture("news-seed"))
        .output()
        .expect("runs");
    assert!(stdout(&bare).starts_with("New Delhi: The Central Bureau"));
}

#[test]
fn a_lead_image_already_in_the_body_is_not_repeated() {
    let out = bin()
        .args([
            "--format",
            "markdown",
            "--url",
            "https://coastal.example/features/x",
        ])
        .arg(fixture("lazy-images"))
        .output()
        .expect("runs");
    let md = stdout(&out);
    let json = bin()
        .args([
            "--format",
            "json",
            "--url",
            "https://coastal.example/features/x",
        ])
        .arg(fixture("lazy-images"))
        .output()
        .expect("runs");
    let article: serde_json::Value = serde_json::from_str(&stdout(&json)).expect("JSON");
    let lead = article["leadImageUrl"].as_str().expect("a lead image");
    assert_eq!(md.matches(&format!("]({lead})")).count(), 1, "{md}");
    // The JSON's markdown field stays the body alone unless asked.
    assert!(!article["markdown"].as_str().unwrap_or("#").starts_with('#'));
}

#[test]
fn front_matter_is_yaml_that_keeps_colons_and_quotes() {
    let dir = scratch("front-matter");
    let page = dir.join("page.html");
    let title = r#"Budget 2025: the "hard" choices in 'C:\budget' and the #1 worry"#;
    let byline = "O'Brien: staff writer";
    let excerpt = "- Starts like a list: has colons, 'quotes', \"double quotes\" & a #hash.";
    let html = format!(
        r#"<html lang="en-GB"><head><title>{t} | The Ledger</title>
        <meta property="og:title" content="{t}">
        <meta property="og:site_name" content="The Ledger">
        <meta name="author" content="{b}">
        <meta name="description" content="{e}">
        <meta property="article:published_time" content="2025-03-01T10:00:00Z">
        <link rel="canonical" href="https://ledger.example/budget-2025">
        </head><body><article><p>{p}</p><p>{p}</p></article></body></html>"#,
        t = title.replace('"', "&quot;"),
        b = byline,
        e = excerpt.replace('"', "&quot;"),
        p = "The chancellor set out the spending plans for the year, with cuts to some \
             departments and more money for schools and hospitals than expected."
    );
    std::fs::write(&page, html).expect("writes the page");
    let out = bin()
        .args(["--format", "markdown", "--front-matter"])
        .arg(&page)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let md = stdout(&out);
    let rest = md.strip_prefix("---\n").expect("starts with front matter");
    let (yaml, body) = rest.split_once("\n---\n").expect("front matter ends");
    let docs = yaml_rust2::YamlLoader::load_from_str(yaml).expect("valid YAML");
    let doc = &docs[0];
    let field = |key: &str| doc[key].as_str().map(String::from);
    assert_eq!(field("title").as_deref(), Some(title));
    assert_eq!(field("byline").as_deref(), Some(byline));
    assert_eq!(field("site").as_deref(), Some("The Ledger"));
    assert_eq!(field("date").as_deref(), Some("2025-03-01T10:00:00Z"));
    assert_eq!(
        field("url").as_deref(),
        Some("https://ledger.example/budget-2025")
    );
    assert_eq!(field("language").as_deref(), Some("en-GB"));
    assert_eq!(field("excerpt").as_deref(), Some(excerpt));
    // Then the title as a heading (Markdown-escaped), not the byline line.
    assert!(
        body.starts_with(
            "\n# Budget 2025: the \"hard\" choices in 'C:\\\\budget' and the #1 worry\n\nThe chancellor"
        ),
        "{body}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn output_dir_gets_one_file_per_input_named_from_the_title() {
    let dir = scratch("output");
    let out_dir = dir.join("articles");
    let run = |force: bool| {
        let mut cmd = bin();
        cmd.args(["--format", "markdown", "--output"])
            .arg(&out_dir)
            .arg(fixture("german-news"))
            .arg(fixture("german-news"))
            .arg(fixture("russian-windows-1251"));
        if force {
            cmd.arg("--force");
        }
        cmd.output().expect("runs")
    };
    let first = run(false);
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let written: Vec<PathBuf> = stdout(&first).lines().map(PathBuf::from).collect();
    let names: Vec<&str> = written
        .iter()
        .map(|p| p.file_name().and_then(|n| n.to_str()).unwrap_or(""))
        .collect();
    assert_eq!(
        names,
        [
            "bahnstrecke-nach-sturm-wieder-frei.md",
            "bahnstrecke-nach-sturm-wieder-frei-2.md",
            "новая-библиотека-открылась-в-центре-города.md",
        ]
    );
    let german = std::fs::read_to_string(&written[0]).expect("written");
    assert!(german.starts_with("# Bahnstrecke nach Sturm wieder frei\n"));
    assert_eq!(
        std::fs::read_to_string(&written[1]).ok().as_deref(),
        Some(german.as_str())
    );
    // Nothing on stdout but the paths: no JSON lines.
    assert!(stdout(&first).lines().all(|l| l.ends_with(".md")));

    // Again: every file exists, nothing is overwritten, each input fails on its own line.
    std::fs::write(&written[0], "kept").expect("writes");
    let second = run(false);
    assert!(!second.status.success());
    let err = String::from_utf8_lossy(&second.stderr).into_owned();
    assert_eq!(err.lines().count(), 3, "{err}");
    assert!(
        err.lines()
            .all(|l| l.ends_with("exists (--force replaces it)")),
        "{err}"
    );
    assert_eq!(
        std::fs::read_to_string(&written[0]).ok().as_deref(),
        Some("kept")
    );

    let forced = run(true);
    assert!(forced.status.success());
    assert_eq!(
        std::fs::read_to_string(&written[0]).ok().as_deref(),
        Some(german.as_str())
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn output_files_take_the_format_s_extension() {
    let dir = scratch("extensions");
    for (format, extension) in [("text", "txt"), ("html", "html"), ("json", "json")] {
        let out = bin()
            .args(["--format", format, "-o"])
            .arg(&dir)
            .arg(fixture("blog-wordpress"))
            .output()
            .expect("runs");
        assert!(out.status.success(), "{format}");
        let path = PathBuf::from(stdout(&out).trim());
        assert_eq!(
            path.file_stem().and_then(|n| n.to_str()),
            Some("repairing-a-1970s-sewing-machine-one-gear-at-a-time")
        );
        assert_eq!(path.extension().and_then(|e| e.to_str()), Some(extension));
        let contents = std::fs::read_to_string(&path).expect("written");
        assert!(contents.contains("Timing the hook"), "{format}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_progress_bar_shows_on_a_terminal_only() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    // Not a terminal: stderr stays empty, stdout is the JSON lines.
    let piped = bin().arg(&dir).output().expect("runs");
    assert!(piped.status.success());
    assert!(
        piped.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&piped.stderr)
    );
    let inputs = stdout(&piped).lines().count();
    assert!(inputs >= 4, "enough inputs for a progress bar");

    // A terminal (util-linux's `script` gives the command one): stdout to a file.
    let scratch = scratch("progress");
    let lines = scratch.join("out.jsonl");
    let command = format!(
        "{} {} > {}",
        env!("CARGO_BIN_EXE_declutter"),
        dir.display(),
        lines.display()
    );
    let out = Command::new("script")
        .args(["--quiet", "--return", "--command", &command, "/dev/null"])
        .env("TERM", "xterm")
        .stdin(Stdio::null())
        .output()
        .expect("`script` (util-linux) runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let screen = String::from_utf8_lossy(&out.stdout);
    assert!(screen.contains(&format!("{inputs}/{inputs}")), "{screen:?}");
    assert!(screen.contains("ETA"), "{screen:?}");
    assert_eq!(
        std::fs::read_to_string(&lines).ok().as_deref(),
        Some(stdout(&piped).as_str()),
        "stdout is the same either way"
    );
    let _ = std::fs::remove_dir_all(&scratch);
}
