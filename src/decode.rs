//! Bytes to text: finding a page's character encoding without HTTP headers.
//!
//! Order of evidence, as browsers use it for a file without a `Content-Type` header: a byte
//! order mark, then a `<meta charset>` or `<meta http-equiv="Content-Type">` declaration near
//! the top of the page, then the bytes themselves (valid UTF-8, or else Windows-1252, the
//! legacy default of most of the web). One correction browsers do not make: a page that
//! declares a legacy charset (windows-125x, ISO-8859-x, GB2312, Big5, Shift_JIS...) but is
//! valid, non-ASCII UTF-8 throughout is read as UTF-8, because that declaration is almost
//! always a stale template or a page saved again: text in a legacy encoding is very rarely
//! valid UTF-8 by chance, least of all over a whole page.
//!
//! The choice is made here, the same way on every platform. Natively `encoding_rs` resolves
//! labels and decodes; in WebAssembly the platform's own `TextDecoder` does (browsers,
//! workers and Node all have one, implementing the same Encoding Standard), because
//! `encoding_rs`'s tables would add some 130 KB to the gzipped module.

use std::borrow::Cow;

/// How far into the page to look for a charset declaration. The HTML standard says 1024
/// bytes; real pages put long `<script>` and `<style>` blocks first, so look further.
const PRESCAN_BYTES: usize = 8192;

// Encodings are named as the Encoding Standard (and `encoding_rs`) spells them.
const UTF_8: &str = "UTF-8";
const UTF_16LE: &str = "UTF-16LE";
const UTF_16BE: &str = "UTF-16BE";
const WINDOWS_1252: &str = "windows-1252";
const REPLACEMENT: &str = "replacement";

/// Every encoding of the standard. In WebAssembly, the names `TextDecoder` gives (in lower
/// case) are looked up here, so that an encoding has the same name on every platform.
#[cfg_attr(not(any(test, target_arch = "wasm32")), allow(dead_code))]
const NAMES: [&str; 40] = [
    UTF_8,
    UTF_16BE,
    UTF_16LE,
    REPLACEMENT,
    "Big5",
    "EUC-JP",
    "EUC-KR",
    "GBK",
    "gb18030",
    "ISO-2022-JP",
    "Shift_JIS",
    "IBM866",
    "ISO-8859-2",
    "ISO-8859-3",
    "ISO-8859-4",
    "ISO-8859-5",
    "ISO-8859-6",
    "ISO-8859-7",
    "ISO-8859-8",
    "ISO-8859-8-I",
    "ISO-8859-10",
    "ISO-8859-13",
    "ISO-8859-14",
    "ISO-8859-15",
    "ISO-8859-16",
    "KOI8-R",
    "KOI8-U",
    "macintosh",
    "windows-874",
    "windows-1250",
    "windows-1251",
    WINDOWS_1252,
    "windows-1253",
    "windows-1254",
    "windows-1255",
    "windows-1256",
    "windows-1257",
    "windows-1258",
    "x-mac-cyrillic",
    "x-user-defined",
];

/// Decodes a page to text, choosing the encoding as described in the module docs, and names
/// the encoding. Invalid sequences become U+FFFD; this never fails.
pub(crate) fn decode(bytes: &[u8]) -> (Cow<'_, str>, &'static str) {
    let (encoding, bom_len) = choose(bytes);
    (imp::decode(encoding, bytes, bom_len), encoding)
}

/// The encoding of a page, and the length of its byte order mark (0 without one).
fn choose(bytes: &[u8]) -> (&'static str, usize) {
    if let Some(bom) = bom(bytes) {
        return bom;
    }
    let declared = prescan(&bytes[..bytes.len().min(PRESCAN_BYTES)]).map(|e| match e {
        // UTF-16 declared in an ASCII-compatible page is a lie, and "replacement" stands for
        // encodings too dangerous to decode: the standard says read UTF-8 for both.
        UTF_16LE | UTF_16BE | REPLACEMENT => UTF_8,
        e => e,
    });
    let utf8 = utf8_evidence(bytes);
    let encoding = match declared {
        Some(e) if e != UTF_8 && utf8 == Utf8::Clean => UTF_8,
        // Declared UTF-8 over bytes that are plainly not: read them as the legacy default.
        Some(UTF_8) if utf8 == Utf8::No => WINDOWS_1252,
        Some(e) => e,
        None if utf8 != Utf8::No => UTF_8,
        None => WINDOWS_1252,
    };
    (encoding, 0)
}

/// Like [`decode`], for a page whose transport declared a charset (the `charset` parameter
/// of an HTTP `Content-Type`): a byte order mark still wins, as in browsers, then the
/// declared charset, before anything the page itself says. A declared legacy charset over
/// valid, non-ASCII UTF-8 is read as UTF-8, as for a `<meta>` declaration: servers' default
/// charsets go stale as templates do. An unknown label is ignored, and so is one of the
/// labels the standard maps to the replacement encoding.
pub(crate) fn decode_declared<'a>(bytes: &'a [u8], label: &str) -> (Cow<'a, str>, &'static str) {
    match imp::for_label(label.trim().as_bytes()) {
        // The replacement encoding (labels of encodings unsafe to decode) would turn the page
        // into one U+FFFD: let the page speak instead.
        Some(e) if e != REPLACEMENT && bom(bytes).is_none() => {
            let encoding = if e != UTF_8 && utf8_evidence(bytes) == Utf8::Clean {
                UTF_8
            } else {
                e
            };
            (imp::decode(encoding, bytes, 0), encoding)
        }
        _ => decode(bytes),
    }
}

/// The encoding a byte order mark names, and its length.
fn bom(bytes: &[u8]) -> Option<(&'static str, usize)> {
    match bytes {
        [0xEF, 0xBB, 0xBF, ..] => Some((UTF_8, 3)),
        [0xFF, 0xFE, ..] => Some((UTF_16LE, 2)),
        [0xFE, 0xFF, ..] => Some((UTF_16BE, 2)),
        _ => None,
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use std::borrow::Cow;

    use encoding_rs::Encoding;

    /// The encoding a charset label names (case and surrounding spaces do not matter).
    pub(super) fn for_label(label: &[u8]) -> Option<&'static str> {
        Encoding::for_label(label).map(Encoding::name)
    }

    /// Decodes `bytes`, whose first `bom_len` bytes are a byte order mark, from the encoding
    /// named `name`.
    pub(super) fn decode<'a>(name: &'static str, bytes: &'a [u8], bom_len: usize) -> Cow<'a, str> {
        let encoding = Encoding::for_label(name.as_bytes()).unwrap_or(encoding_rs::UTF_8);
        encoding.decode_without_bom_handling(&bytes[bom_len..]).0
    }
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use std::borrow::Cow;

    use web_sys::TextDecoder;

    use super::{NAMES, REPLACEMENT};

    /// The one label of x-user-defined, which Node's `TextDecoder` does not know.
    const USER_DEFINED: &str = "x-user-defined";

    /// Labels of the replacement encoding: `TextDecoder` refuses them, as it refuses labels
    /// it does not know, but a declaration of one still ends the search for a charset.
    const REPLACEMENT_LABELS: [&str; 6] = [
        "csiso2022kr",
        "hz-gb-2312",
        "iso-2022-cn",
        "iso-2022-cn-ext",
        "iso-2022-kr",
        "replacement",
    ];

    pub(super) fn for_label(label: &[u8]) -> Option<&'static str> {
        let label = std::str::from_utf8(label)
            .ok()?
            .trim_matches(|c: char| c.is_ascii_whitespace());
        if label.eq_ignore_ascii_case(USER_DEFINED) {
            return Some(USER_DEFINED);
        }
        if REPLACEMENT_LABELS
            .iter()
            .any(|l| label.eq_ignore_ascii_case(l))
        {
            return Some(REPLACEMENT);
        }
        let name = TextDecoder::new_with_label(label).ok()?.encoding();
        NAMES
            .iter()
            .copied()
            .find(|known| known.eq_ignore_ascii_case(&name))
    }

    pub(super) fn decode<'a>(name: &'static str, bytes: &'a [u8], _bom_len: usize) -> Cow<'a, str> {
        if name == USER_DEFINED {
            // ASCII as it is, the other bytes to U+F780..U+F7FF.
            return bytes
                .iter()
                .map(|&b| {
                    if b < 0x80 {
                        char::from(b)
                    } else {
                        char::from_u32(0xF700 + u32::from(b)).unwrap_or('\u{FFFD}')
                    }
                })
                .collect::<String>()
                .into();
        }
        // `TextDecoder` removes a byte order mark of its own encoding at the start: the one
        // found, if any (the encoding was chosen by it); a second one is text, as natively.
        TextDecoder::new_with_label(name)
            .and_then(|decoder| decoder.decode_with_u8_array(bytes))
            .map_or_else(|_| String::from_utf8_lossy(bytes), Cow::Owned)
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Utf8 {
    /// Valid UTF-8 with non-ASCII characters.
    Clean,
    /// ASCII only, or UTF-8 with a few broken sequences (a truncated page, a stray byte).
    Mostly,
    /// Broken sequences and hardly any valid multi-byte ones.
    No,
}

/// Valid multi-byte sequences needed per invalid one to still call the bytes UTF-8.
const UTF8_VALID_PER_INVALID: usize = 4;

/// What the bytes say about being UTF-8. One pass.
fn utf8_evidence(bytes: &[u8]) -> Utf8 {
    let mut rest = bytes;
    let mut multibyte = 0usize;
    let mut invalid = 0usize;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                if invalid == 0 {
                    // The common case, decided without counting.
                    return if s.is_ascii() && multibyte == 0 {
                        Utf8::Mostly
                    } else {
                        Utf8::Clean
                    };
                }
                multibyte += s.bytes().filter(|b| *b >= 0xC0).count();
                break;
            }
            Err(e) => {
                let good = e.valid_up_to();
                multibyte += rest[..good].iter().filter(|b| **b >= 0xC0).count();
                match e.error_len() {
                    // Truncated at the very end: not evidence against UTF-8.
                    None => break,
                    Some(n) => {
                        invalid += 1;
                        rest = &rest[good + n..];
                    }
                }
            }
        }
    }
    match (invalid, multibyte) {
        (0, 0) => Utf8::Mostly,
        (0, _) => Utf8::Clean,
        (i, m) if m >= i * UTF8_VALID_PER_INVALID => Utf8::Mostly,
        _ => Utf8::No,
    }
}

/// Finds the encoding declared by a `<meta>` tag in `head`.
fn prescan(head: &[u8]) -> Option<&'static str> {
    let lower: Vec<u8> = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(pos) = find(&lower[from..], b"<meta") {
        let start = from + pos + 5;
        let end = lower[start..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(lower.len(), |p| start + p);
        let tag = &lower[start..end];
        if let Some(label) = charset_in(tag) {
            if let Some(encoding) = imp::for_label(label) {
                return Some(encoding);
            }
        }
        from = end;
    }
    None
}

/// The value after `charset=` in a meta tag's attributes (covers both `charset="x"` and
/// `content="text/html; charset=x"`).
fn charset_in(tag: &[u8]) -> Option<&[u8]> {
    let at = find(tag, b"charset")? + 7;
    let rest = &tag[at..];
    let rest = trim_start(rest);
    let rest = trim_start(rest.strip_prefix(b"=")?);
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let len = rest
        .iter()
        .position(|&b| {
            matches!(
                b,
                b'"' | b'\'' | b';' | b' ' | b'/' | b'>' | b'\t' | b'\n' | b'\r'
            )
        })
        .unwrap_or(rest.len());
    (len > 0).then(|| &rest[..len])
}

fn trim_start(s: &[u8]) -> &[u8] {
    let n = s.iter().take_while(|b| b.is_ascii_whitespace()).count();
    &s[n..]
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_transport_charset_comes_before_the_page_s_own() {
        // Windows-1251 bytes in a page whose template declares Latin-1.
        let bytes = b"<meta charset=iso-8859-1><p>\xcf\xf0\xe8\xe2\xe5\xf2</p>";
        let (text, enc) = decode_declared(bytes, "windows-1251");
        assert_eq!(enc, "windows-1251");
        assert!(text.contains("Привет"), "{text}");
        assert_eq!(decode(bytes).0, decode_declared(bytes, "no-such-charset").0);
        // A server default of Latin-1 over a UTF-8 page, and a byte order mark, are not
        // believed over the bytes.
        assert_eq!(
            decode_declared("<p>Grüße</p>".as_bytes(), "iso-8859-1").1,
            UTF_8
        );
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice("é".as_bytes());
        assert_eq!(decode_declared(&bom, "windows-1251").0, "é");
    }

    #[test]
    fn bom_wins() {
        let mut bytes = vec![0xEF, 0xBB, 0xBF];
        bytes.extend_from_slice("<meta charset=iso-8859-1>é".as_bytes());
        let (text, enc) = decode(&bytes);
        assert_eq!(enc, UTF_8);
        assert!(text.ends_with('é'));
    }

    #[test]
    fn meta_charset_is_used() {
        let bytes = b"<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1251'></head><body>\xcf\xf0\xe8\xe2\xe5\xf2</body>";
        let (text, enc) = decode(bytes);
        assert_eq!(enc, "windows-1251");
        assert!(text.contains("Привет"));
    }

    #[test]
    fn undeclared_latin1_falls_back_to_windows_1252() {
        let (text, enc) = decode(b"<p>Gr\xfc\xdfe</p>");
        assert_eq!(enc, WINDOWS_1252);
        assert!(text.contains("Grüße"));
    }

    #[test]
    fn stale_single_byte_declaration_over_utf8_bytes() {
        let page = "<meta charset=\"iso-8859-1\"><p>Grüße</p>";
        let (text, enc) = decode(page.as_bytes());
        assert_eq!(enc, UTF_8);
        assert!(text.contains("Grüße"));
    }

    #[test]
    fn stale_multi_byte_declaration_over_utf8_bytes() {
        for charset in ["gb2312", "big5", "shift_jis", "euc-kr", "windows-1251"] {
            let page = format!("<meta charset=\"{charset}\"><p>新华社北京电 Привет — 서울</p>");
            let (text, enc) = decode(page.as_bytes());
            assert_eq!(enc, UTF_8, "{charset}");
            assert!(
                text.contains("新华社北京电 Привет — 서울"),
                "{charset}: {text}"
            );
        }
        // Real GB2312 bytes (not valid UTF-8) keep their declaration.
        let (text, enc) = decode(b"<meta charset=gb2312><p>\xd6\xd0\xce\xc4</p>");
        assert_eq!(enc, "GBK");
        assert!(text.contains("中文"), "{text}");
    }

    #[test]
    fn a_second_byte_order_mark_is_text() {
        let mut bytes = vec![0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF];
        bytes.extend_from_slice(b"<p>x</p>");
        let (text, enc) = decode(&bytes);
        assert_eq!(enc, UTF_8);
        assert_eq!(text, "\u{FEFF}<p>x</p>");
    }

    #[test]
    fn utf16_and_replacement_declarations_read_as_utf8() {
        for label in ["utf-16", "UTF-16LE", "iso-2022-kr", "hz-gb-2312"] {
            let page = format!("<meta charset={label}><p>Gr\u{fc}\u{df}e</p>");
            let (text, enc) = decode(page.as_bytes());
            assert_eq!(enc, UTF_8, "{label}");
            assert!(text.contains("Grüße"), "{label}");
        }
    }

    #[test]
    fn labels_resolve_to_names() {
        for (label, name) in [
            ("latin1", WINDOWS_1252),
            (" Shift_JIS ", "Shift_JIS"),
            ("x-sjis", "Shift_JIS"),
            ("cp1251", "windows-1251"),
            ("gb2312", "GBK"),
            ("x-user-defined", "x-user-defined"),
        ] {
            assert_eq!(imp::for_label(label.as_bytes()), Some(name), "{label}");
        }
        assert_eq!(imp::for_label(b"no-such-charset"), None);
    }

    /// The table of names (used in WebAssembly, where `encoding_rs` is not linked) holds the
    /// standard's 40 encodings under `encoding_rs`'s names.
    #[test]
    fn names_are_encoding_rs_names() {
        let mut seen = std::collections::HashSet::new();
        for name in NAMES {
            let encoding = encoding_rs::Encoding::for_label(name.as_bytes())
                .unwrap_or_else(|| panic!("{name} is no label"));
            assert_eq!(encoding.name(), name);
            assert!(seen.insert(name), "{name} twice");
        }
    }

    #[test]
    fn truncated_utf8_stays_utf8() {
        let mut bytes = "<p>Grüße, süß</p>".as_bytes().to_vec();
        bytes.extend_from_slice(&[0xE2, 0x82]);
        let (text, enc) = decode(&bytes);
        assert_eq!(enc, UTF_8);
        assert!(text.contains("Grüße"));
    }

    #[test]
    fn utf8_declaration_over_latin1_bytes() {
        let (text, enc) = decode(b"<meta charset=utf-8><p>Gr\xfc\xdfe aus K\xf6ln</p>");
        assert_eq!(enc, WINDOWS_1252);
        assert!(text.contains("Grüße aus Köln"));
    }
}
