//! HTML serialization of the output tree: every element and attribute comes from the
//! allow-list in `clean`, text and attribute values are escaped.

use crate::clean::{OutTag, OutTree};

/// The article as an HTML fragment: one `<div>` holding the article.
pub(crate) fn write(tree: &OutTree) -> String {
    let mut out = String::with_capacity(tree.written_size(true));
    node(tree, 0, &mut out, false);
    out
}

fn node(tree: &OutTree, id: u32, out: &mut String, in_pre: bool) {
    let n = &tree.nodes[id as usize];
    if n.tag == OutTag::Text {
        escape_text(&n.text, out);
        return;
    }
    out.push('<');
    out.push_str(n.tag.name());
    for (k, v) in &n.attrs {
        out.push(' ');
        out.push_str(k);
        out.push_str("=\"");
        escape_attr(v, out);
        out.push('"');
    }
    out.push('>');
    if n.tag.is_void() {
        return;
    }
    let pre = in_pre || n.tag == OutTag::Pre;
    for &c in &n.children {
        node(tree, c, out, pre);
    }
    out.push_str("</");
    out.push_str(n.tag.name());
    out.push('>');
}

/// Escapes text content. `<` and `&` are enough for text; `>` is escaped too so that the
/// output never contains anything that could close a raw-text context.
pub(crate) fn escape_text(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\u{a0}' => out.push_str("&nbsp;"),
            '\0' => {}
            c => out.push(c),
        }
    }
}

fn escape_attr(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\0' => {}
            c => out.push(c),
        }
    }
}
