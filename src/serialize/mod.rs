//! Writing the output tree as HTML, plain text and Markdown, and the Markdown's header.
//!
//! All three read the same [`OutTree`](crate::clean::OutTree); its depth is bounded by
//! [`MAX_OUT_DEPTH`](crate::clean::MAX_OUT_DEPTH), so they may recurse.

pub(crate) mod document;
pub(crate) mod html;
pub(crate) mod markdown;
pub(crate) mod text;

/// Soft hyphens are hyphenation hints for a renderer: invisible on the page, in plain text
/// and Markdown they only cut words apart (for search, copying, comparison). The HTML
/// output keeps them.
pub(crate) const SOFT_HYPHEN: char = '\u{ad}';

#[cfg(test)]
mod tests {
    #[test]
    fn soft_hyphens_leave_text_and_markdown_but_stay_in_html() {
        let para = "Schon im Mit\u{ad}tel\u{ad}al\u{ad}ter war der St. Mag&shy;da&shy;le&shy;ner \
                    das Aushängeschild der Südtiroler Weinwirtschaft, weithin gelobt und \
                    getrunken, von Bozen bis weit über die Alpen.";
        let html = format!("<article><p>{para}</p><p>{para}</p><p>{para}</p></article>");
        let a = crate::extract(&html, &crate::Options::default()).expect("extracts");
        for out in [&a.text, &a.text_content, &a.markdown] {
            assert!(out.contains("Mittelalter war der St. Magdalener"), "{out}");
            assert!(!out.contains('\u{ad}'), "{out}");
        }
        assert!(a.content.contains("Mit\u{ad}tel") || a.content.contains("Mit&shy;tel"));
    }
}
