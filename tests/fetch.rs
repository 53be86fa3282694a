//! URLs as inputs, fetched from a server this test starts on the loopback interface:
//! redirects, errors, time and size limits, the charset from `Content-Type`, non-HTML types.
//! Nothing here reaches the internet.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Command, Output};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// Connections the server accepts before it stops: far more than the tests make.
const MAX_CONNECTIONS: usize = 200;

/// An article whose links are relative, so that the URL it is read from shows in the output.
const STORY: &str = r#"<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Ferry timetable changes for the winter | Harbour News</title>
<meta name="author" content="Rosa Marsh"><meta property="og:site_name" content="Harbour News">
<meta property="article:published_time" content="2024-10-28T07:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/ferries/">Ferries</a></nav>
<article><h1>Ferry timetable changes for the winter</h1>
<p>From the first Monday of November the island ferry will sail four times a day instead of
six, the harbour board said, because fewer passengers travel in the dark months and two of
the crew are needed for the refit of the older boat.</p>
<p>The first sailing leaves at seven, the last returns at half past six; the Saturday
market boat keeps its timetable. <a href="winter-timetable.html">The full winter timetable</a>
is posted at both piers.</p>
<p>Islanders asked for a later boat on Fridays, and the board said it would look at the
numbers again in January, when the refit is finished and both boats are back in service.</p>
</article><footer>Harbour News</footer></body></html>"#;

/// The test server's address, started once for all tests.
fn server() -> &'static str {
    static ADDRESS: OnceLock<String> = OnceLock::new();
    ADDRESS.get_or_init(|| {
        let listener = TcpListener::bind("127.0.0.1:0").expect("binds a loopback port");
        let address = format!("http://{}", listener.local_addr().expect("has an address"));
        std::thread::spawn(move || {
            for stream in listener.incoming().take(MAX_CONNECTIONS).flatten() {
                std::thread::spawn(move || serve(stream));
            }
        });
        address
    })
}

/// Answers one request.
fn serve(mut stream: TcpStream) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    let mut reader = BufReader::new(match stream.try_clone() {
        Ok(s) => s,
        Err(_) => return,
    });
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    let mut user_agent = String::new();
    loop {
        let mut line = String::new();
        match reader.read_line(&mut line) {
            Ok(0) | Err(_) => return,
            Ok(_) if line == "\r\n" => break,
            Ok(_) => {
                if let Some((name, value)) = line.split_once(':') {
                    if name.eq_ignore_ascii_case("user-agent") {
                        user_agent = value.trim().to_string();
                    }
                }
            }
        }
    }
    let path = request_line.split(' ').nth(1).unwrap_or("/").to_string();
    let html = "text/html; charset=utf-8";
    let (status, headers, body): (&str, Vec<(&str, String)>, Vec<u8>) = match path.as_str() {
        "/articles/story.html" => ("200 OK", vec![("Content-Type", html.into())], STORY.into()),
        "/old/story" => (
            "301 Moved Permanently",
            vec![("Location", "/articles/story.html".into())],
            Vec::new(),
        ),
        p if p.starts_with("/loop/") => {
            let n: u32 = p[6..].parse().unwrap_or(0);
            let next = format!("/loop/{}", n + 1);
            ("302 Found", vec![("Location", next)], Vec::new())
        }
        "/missing" => (
            "404 Not Found",
            vec![("Content-Type", html.into())],
            b"<h1>Not found</h1>".to_vec(),
        ),
        "/slow" => {
            std::thread::sleep(Duration::from_secs(4));
            ("200 OK", vec![("Content-Type", html.into())], STORY.into())
        }
        "/big" => {
            let filler = "<p>Filler paragraph of an endless page.</p>".repeat(70_000);
            let page = format!("<html><body><article>{filler}</article></body></html>");
            ("200 OK", vec![("Content-Type", html.into())], page.into())
        }
        "/report.pdf" => (
            "200 OK",
            vec![("Content-Type", "application/pdf".into())],
            b"%PDF-1.7".to_vec(),
        ),
        "/russian" | "/russian-undeclared" => {
            // The fixture's bytes (Windows-1251) with a template's stale Latin-1 declaration:
            // only the server's header says what they are.
            let fixture = Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures/russian-windows-1251/page.html");
            let stale = replace_bytes(
                &std::fs::read(fixture).unwrap_or_default(),
                b"charset=windows-1251",
                b"charset=iso-8859-1",
            );
            let content_type = if path == "/russian" {
                "text/html; charset=windows-1251"
            } else {
                "text/html"
            };
            ("200 OK", vec![("Content-Type", content_type.into())], stale)
        }
        "/user-agent" => {
            let page = STORY.replace(
                "Islanders asked",
                &format!("The request came from {user_agent}. Islanders asked"),
            );
            ("200 OK", vec![("Content-Type", html.into())], page.into())
        }
        // The fixtures, as `python3 -m http.server --directory tests/fixtures` serves them
        // for the README's examples.
        p if p.ends_with("/page.html") && !p.contains("..") => {
            let file = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures{p}"));
            match std::fs::read(file) {
                Ok(page) => ("200 OK", vec![("Content-Type", "text/html".into())], page),
                Err(_) => ("404 Not Found", Vec::new(), Vec::new()),
            }
        }
        _ => ("404 Not Found", Vec::new(), Vec::new()),
    };
    let mut head = format!(
        "HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    let _ = stream.write_all(head.as_bytes());
    // A client that stops reading (size limit) makes this fail: that is expected.
    let _ = stream.write_all(&body);
}

fn replace_bytes(haystack: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    match haystack.windows(from.len()).position(|w| w == from) {
        Some(at) => [&haystack[..at], to, &haystack[at + from.len()..]].concat(),
        None => haystack.to_vec(),
    }
}

/// Runs the CLI without any proxy settings of the environment, so that requests go to the
/// loopback server directly.
fn declutter(args: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_declutter"));
    for var in [
        "http_proxy",
        "HTTP_PROXY",
        "https_proxy",
        "HTTPS_PROXY",
        "all_proxy",
        "ALL_PROXY",
    ] {
        command.env_remove(var);
    }
    command.args(args).output().expect("runs")
}

fn url(path: &str) -> String {
    format!("{}{path}", server())
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("UTF-8 output")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Asserts a failed run with exactly one line on stderr, `declutter: URL: message`.
fn fails_with(out: &Output, input: &str, message: &str) {
    assert!(!out.status.success(), "{input} should fail");
    let err = stderr(out);
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert_eq!(err.trim_end(), format!("declutter: {input}: {message}"));
}

#[test]
fn a_url_becomes_markdown_with_links_resolved_against_it() {
    let out = declutter(&["--format", "markdown", &url("/articles/story.html")]);
    assert!(out.status.success(), "{}", stderr(&out));
    let md = stdout(&out);
    assert!(
        md.starts_with(
            "# Ferry timetable changes for the winter\n\nRosa Marsh · Harbour News · 2024-10-28\n\n"
        ),
        "{md}"
    );
    assert!(
        md.contains(&format!(
            "[The full winter timetable]({})",
            url("/articles/winter-timetable.html")
        )),
        "{md}"
    );
}

#[test]
fn redirects_are_followed_and_the_final_url_is_the_page_url() {
    let out = declutter(&["--format", "json", &url("/old/story")]);
    assert!(out.status.success(), "{}", stderr(&out));
    let article: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    let content = article["content"].as_str().unwrap_or_default();
    // Resolved against /articles/story.html, where the redirect led, not /old/story.
    assert!(
        content.contains(&format!(
            "href=\"{}\"",
            url("/articles/winter-timetable.html")
        )),
        "{content}"
    );

    // An explicit --url still wins.
    let given = declutter(&[
        "--format",
        "html",
        "--url",
        "https://harbour.example/news/x",
        &url("/old/story"),
    ]);
    assert!(stdout(&given).contains("https://harbour.example/news/winter-timetable.html"));

    let looping = url("/loop/0");
    fails_with(
        &declutter(&["--max-redirects", "3", &looping]),
        &looping,
        "more than 3 redirects",
    );
}

#[test]
fn http_errors_and_other_types_are_one_line() {
    let missing = url("/missing");
    fails_with(&declutter(&[&missing]), &missing, "HTTP 404 Not Found");
    let pdf = url("/report.pdf");
    fails_with(&declutter(&[&pdf]), &pdf, "not HTML (application/pdf)");

    // Nothing listens on port 9 of the loopback interface (discard, never run here).
    let refused = "http://127.0.0.1:9/story.html";
    let out = declutter(&[refused]);
    assert!(!out.status.success());
    assert_eq!(stderr(&out).lines().count(), 1, "{}", stderr(&out));
    assert!(
        stderr(&out).starts_with(&format!("declutter: {refused}: ")),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_slow_server_times_out() {
    let slow = url("/slow");
    let started = Instant::now();
    let out = declutter(&["--timeout", "1", &slow]);
    fails_with(&out, &slow, "timed out after 1 s");
    assert!(
        started.elapsed() < Duration::from_secs(4),
        "gave up in time"
    );
}

#[test]
fn an_oversize_body_is_refused() {
    let big = url("/big");
    // About 3 MB, over a 1 MiB cap.
    fails_with(
        &declutter(&["--max-bytes", "1M", &big]),
        &big,
        "larger than 1048576 bytes (--max-bytes)",
    );
    let out = declutter(&["--max-bytes", "4M", "--format", "json", &big]);
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn the_charset_in_content_type_comes_before_the_page_s_own() {
    let title = "Новая библиотека открылась в центре города";
    let out = declutter(&["--format", "markdown", &url("/russian")]);
    assert!(out.status.success(), "{}", stderr(&out));
    let md = stdout(&out);
    assert!(md.starts_with(&format!("# {title}\n")), "{md}");
    assert!(md.contains("около ста тысяч книг"), "{md}");
    // Without the header the page's stale declaration is all there is: no Cyrillic.
    let undeclared = stdout(&declutter(&[
        "--format",
        "markdown",
        &url("/russian-undeclared"),
    ]));
    assert!(!undeclared.contains(title), "{undeclared}");
}

#[test]
fn the_user_agent_names_the_tool() {
    let out = declutter(&["--format", "text", &url("/user-agent")]);
    let text = stdout(&out);
    let expected = format!(
        "The request came from declutter/{}.",
        env!("CARGO_PKG_VERSION")
    );
    assert!(text.contains(&expected), "{text}");
}

#[test]
fn batches_report_failed_urls_per_input() {
    let good = url("/articles/story.html");
    let missing = url("/missing");
    let out = declutter(&[&good, &missing]);
    assert!(!out.status.success(), "a failed input fails the run");
    let lines: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["url"], good.as_str());
    assert_eq!(lines[0]["title"], "Ferry timetable changes for the winter");
    assert_eq!(lines[1]["url"], missing.as_str());
    assert_eq!(
        lines[1]["error"],
        format!("{missing}: HTTP 404 Not Found").as_str()
    );
}

#[test]
fn the_readme_s_examples_are_real_output() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README.md");
    let mut examples = 0;
    for block in readme.split("```console\n").skip(1) {
        let block = block.split("```").next().unwrap_or_default();
        let (command, shown) = block.split_once('\n').unwrap_or_default();
        let Some(args) = command.strip_prefix("$ declutter ") else {
            continue;
        };
        // The README's server is on port 8000; this test's is wherever it could bind.
        let here = |s: &str| s.replace("http://127.0.0.1:8000", server());
        let args: Vec<String> = args.split(' ').map(here).collect();
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = declutter(&args);
        assert!(out.status.success(), "{command}: {}", stderr(&out));
        // An example may show the first lines only.
        assert!(
            stdout(&out).starts_with(&here(shown)),
            "{command}:\n{}",
            stdout(&out)
        );
        examples += 1;
    }
    assert!(examples >= 2, "the README shows URL-to-Markdown examples");
}
