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
