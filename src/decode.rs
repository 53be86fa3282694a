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

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// How far into the page to look for a charset declaration. The HTML standard says 1024
/// bytes; real pages put long `<script>` and `<style>` blocks first, so look further.
const PRESCAN_BYTES: usize = 8192;

/// Decodes a page to text, choosing the encoding as described in the module docs. Invalid
/// sequences become U+FFFD; this never fails.
pub(crate) fn decode(bytes: &[u8]) -> (Cow<'_, str>, &'static Encoding) {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        return (text, encoding);
    }
    let declared = prescan(&bytes[..bytes.len().min(PRESCAN_BYTES)]);
    let utf8 = utf8_evidence(bytes);
    let encoding = match declared {
        // UTF-16 declared in an ASCII-compatible page is a lie: the standard says use UTF-8.
        Some(e) if e == encoding_rs::UTF_16LE || e == encoding_rs::UTF_16BE => UTF_8,
        Some(e) if e != UTF_8 && utf8 == Utf8::Clean => UTF_8,
        // Declared UTF-8 over bytes that are plainly not: read them as the legacy default.
        Some(e) if e == UTF_8 && utf8 == Utf8::No => WINDOWS_1252,
        Some(e) => e,
        None if utf8 != Utf8::No => UTF_8,
        None => WINDOWS_1252,
    };
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    (text, encoding)
}

/// Like [`decode`], for a page whose transport declared a charset (the `charset` parameter
/// of an HTTP `Content-Type`): a byte order mark still wins, as in browsers, then the
/// declared charset, before anything the page itself says. A declared single-byte charset
/// over valid, non-ASCII UTF-8 is read as UTF-8, as for a `<meta>` declaration: servers'
/// default charsets go stale as templates do (and so for the multi-byte legacy charsets). An unknown label is ignored, and so is one of
/// the labels the standard maps to the replacement encoding.
pub(crate) fn decode_declared<'a>(
    bytes: &'a [u8],
    label: &str,
) -> (Cow<'a, str>, &'static Encoding) {
    let declared = Encoding::for_label(label.trim().as_bytes());
    match declared {
        // The replacement encoding (labels of encodings unsafe to decode) would turn the page
        // into one U+FFFD: let the page speak instead.
        Some(e) if e != encoding_rs::REPLACEMENT && Encoding::for_bom(bytes).is_none() => {
            let encoding = if e != UTF_8 && utf8_evidence(bytes) == Utf8::Clean {
                UTF_8
            } else {
                e
            };
            let (text, _) = encoding.decode_without_bom_handling(bytes);
            (text, encoding)
        }
        _ => decode(bytes),
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
fn prescan(head: &[u8]) -> Option<&'static Encoding> {
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
            if let Some(encoding) = Encoding::for_label(label) {
                return Some(encoding.output_encoding());
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
        assert_eq!(enc.name(), "windows-1251");
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
        assert_eq!(enc.name(), "windows-1251");
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
        assert_eq!(enc.name(), "GBK");
        assert!(text.contains("中文"), "{text}");
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
