//! Fetching a page over HTTP(S) for the command-line tool: redirects, a time limit, a size
//! cap, the charset the server declares, and errors that fit on one line.

use std::time::Duration;

use ureq::ResponseExt;

/// How the tool introduces itself to servers: its name and version.
const USER_AGENT: &str = concat!("declutter/", env!("CARGO_PKG_VERSION"));

/// What the tool asks for: HTML first, anything else as a last resort (so that a server
/// that negotiates answers with its HTML variant).
const ACCEPT: &str = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1";

/// Whether a command-line input names a page on the web rather than a file.
pub fn is_url(input: &str) -> bool {
    let scheme = input.split_once("://").map(|(s, _)| s);
    scheme.is_some_and(|s| s.eq_ignore_ascii_case("http") || s.eq_ignore_ascii_case("https"))
}

/// A fetched page.
pub struct Fetched {
    /// The body, decompressed, as the server sent it.
    pub bytes: Vec<u8>,
    /// The `charset` parameter of the `Content-Type` header, if any.
    pub charset: Option<String>,
    /// The URL the page came from, after redirects.
    pub url: String,
}

/// Settings for fetching, shared by every input of a run.
pub struct Fetcher {
    agent: ureq::Agent,
    timeout: Duration,
    max_redirects: u32,
    max_bytes: usize,
}

impl Fetcher {
    /// A fetcher that gives up on a page after `timeout` (all of it: connecting, redirects,
    /// the body), follows at most `max_redirects` redirects and reads at most `max_bytes`.
    pub fn new(timeout: Duration, max_redirects: u32, max_bytes: usize) -> Fetcher {
        let agent = ureq::Agent::config_builder()
            .timeout_global(Some(timeout))
            .max_redirects(max_redirects)
            .user_agent(USER_AGENT)
            .accept(ACCEPT)
            // Error statuses are reported by `get` itself, with the status line.
            .http_status_as_error(false)
            .build()
            .new_agent();
        Fetcher {
            agent,
            timeout,
            max_redirects,
            max_bytes,
        }
    }

    /// Fetches `url`. The error is one line that starts with the URL, e.g.
    /// `https://example.com/a: HTTP 404 Not Found`.
    pub fn get(&self, url: &str) -> Result<Fetched, String> {
        self.try_get(url).map_err(|e| format!("{url}: {e}"))
    }

    fn try_get(&self, url: &str) -> Result<Fetched, String> {
        let mut response = self.agent.get(url).call().map_err(|e| self.describe(e))?;
        let status = response.status();
        if !status.is_success() {
            return Err(match status.canonical_reason() {
                Some(reason) => format!("HTTP {} {reason}", status.as_u16()),
                None => format!("HTTP {}", status.as_u16()),
            });
        }
        let final_url = response.get_uri().to_string();
        let body = response.body_mut();
        if let Some(mime) = body.mime_type() {
            if !is_html(mime) {
                return Err(format!("not HTML ({mime})"));
            }
        }
        let charset = body.charset().map(str::to_string);
        if body
            .content_length()
            .is_some_and(|n| n > self.max_bytes as u64)
        {
            return Err(self.too_large());
        }
        let bytes = body
            .with_config()
            .limit(self.max_bytes as u64)
            .read_to_vec()
            .map_err(|e| self.describe(e))?;
        Ok(Fetched {
            bytes,
            charset,
            url: final_url,
        })
    }

    fn too_large(&self) -> String {
        format!("larger than {} bytes (--max-bytes)", self.max_bytes)
    }

    fn describe(&self, error: ureq::Error) -> String {
        match error {
            ureq::Error::Timeout(_) => format!("timed out after {} s", self.timeout.as_secs_f64()),
            ureq::Error::BodyExceedsLimit(_) => self.too_large(),
            ureq::Error::TooManyRedirects => {
                format!("more than {} redirects", self.max_redirects)
            }
            ureq::Error::HostNotFound => "host not found".into(),
            ureq::Error::ConnectionFailed => "could not connect".into(),
            ureq::Error::BadUri(_) => "not a valid URL".into(),
            ureq::Error::Io(e) => e.to_string(),
            other => other.to_string(),
        }
    }
}

/// HTML's media types (the parameters, such as the charset, already removed).
fn is_html(mime: &str) -> bool {
    mime.eq_ignore_ascii_case("text/html") || mime.eq_ignore_ascii_case("application/xhtml+xml")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_told_from_files() {
        assert!(is_url("https://example.com/a"));
        assert!(is_url("HTTP://example.com"));
        assert!(!is_url("ftp://example.com/a.html"));
        assert!(!is_url("pages/https.html"));
        assert!(!is_url("-"));
    }
}
