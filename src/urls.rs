//! URL parsing and joining. Natively the `url` crate does it; in WebAssembly the platform's
//! own `URL` class does (browsers, workers and Node all have one, implementing the same
//! WHATWG standard), so that the module does not carry a second URL parser.

/// An absolute URL: its serialization and its scheme (lowercase, without the colon).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Absolute {
    pub href: String,
    pub scheme: String,
}

/// True when `input` starts with a scheme (`name:`), i.e. is not a relative reference.
pub(crate) fn has_scheme(input: &str) -> bool {
    let Some(colon) = input.find(':') else {
        return false;
    };
    let scheme = &input[..colon];
    scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::Absolute;

    fn absolute(u: url::Url) -> Absolute {
        Absolute {
            scheme: u.scheme().to_string(),
            href: u.into(),
        }
    }

    pub(crate) fn parse(input: &str) -> Option<Absolute> {
        url::Url::parse(input).ok().map(absolute)
    }

    pub(crate) fn join(base: &str, input: &str) -> Option<Absolute> {
        url::Url::parse(base).ok()?.join(input).ok().map(absolute)
    }
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::Absolute;

    fn absolute(u: web_sys::Url) -> Absolute {
        let protocol = u.protocol();
        Absolute {
            scheme: protocol.trim_end_matches(':').to_ascii_lowercase(),
            href: u.href(),
        }
    }

    pub(crate) fn parse(input: &str) -> Option<Absolute> {
        web_sys::Url::new(input).ok().map(absolute)
    }

    pub(crate) fn join(base: &str, input: &str) -> Option<Absolute> {
        web_sys::Url::new_with_base(input, base).ok().map(absolute)
    }
}

/// Parses an absolute URL.
pub(crate) fn parse(input: &str) -> Option<Absolute> {
    if !has_scheme(input.trim()) {
        return None;
    }
    imp::parse(input)
}

/// Resolves `input` (absolute or relative) against the absolute URL `base`.
pub(crate) fn join(base: &str, input: &str) -> Option<Absolute> {
    imp::join(base, input)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_and_join() {
        assert_eq!(
            parse("HTTPS://Example.com").map(|a| a.href).as_deref(),
            Some("https://example.com/")
        );
        assert_eq!(parse("/relative"), None);
        assert_eq!(
            parse("javascript:alert(1)").map(|a| a.scheme).as_deref(),
            Some("javascript")
        );
        let j = join("https://example.com/a/b.html", "../c.jpg").unwrap();
        assert_eq!(j.href, "https://example.com/c.jpg");
        assert_eq!(j.scheme, "https");
        assert!(has_scheme("mailto:x@y.z"));
        assert!(!has_scheme("a/b:c"));
        assert!(!has_scheme("1http:x"));
    }
}
