//! Markdown (CommonMark with GFM tables) from the output tree.
//!
//! Block structure is written line by line with a stack of line prefixes (`> ` for quotes,
//! indentation for list items); inline content is rendered to a string first, so that
//! headings and table cells can be kept on one line.

use crate::clean::{OutNode, OutTag, OutTree};
use crate::dom::is_space;
use crate::serialize::SOFT_HYPHEN;

/// The article as Markdown.
pub(crate) fn write(tree: &OutTree) -> String {
    let mut w = Writer {
        // Text plus link targets and markers, without HTML's closing tags.
        out: String::with_capacity(tree.written_size(true) * 3 / 4),
        prefixes: Vec::new(),
        first_line_marker: None,
        pending_blank: None,
    };
    w.blocks(tree, 0);
    let end = w.out.trim_end().len();
    w.out.truncate(end);
    w.out.push('\n');
    if w.out.trim().is_empty() {
        w.out.clear();
    }
    w.out
}

struct Writer {
    out: String,
    /// Prefix of every line, innermost last (`"> "`, `"   "`).
    prefixes: Vec<String>,
    /// A list marker to write instead of the innermost prefix on the next line.
    first_line_marker: Option<String>,
    /// A blank line is owed before the next block, at this depth of prefixes: the line that
    /// sets a quote apart from the paragraph before it is outside the quote (a `>` there
    /// would join the two).
    pending_blank: Option<usize>,
}

impl Writer {
    /// Writes one block's lines (already rendered), with prefixes and markers.
    fn lines(&mut self, text: &str) {
        let text = text.trim_matches('\n');
        if text.trim().is_empty() {
            return;
        }
        if let Some(depth) = self.pending_blank.take() {
            if !self.out.is_empty() {
                let prefix = self.prefix_for_blank(depth);
                self.out.push_str(prefix.trim_end());
                self.out.push('\n');
            }
        }
        for line in text.split('\n') {
            let marker = self.first_line_marker.take();
            let n = self.prefixes.len();
            for (i, p) in self.prefixes.iter().enumerate() {
                if i + 1 == n {
                    if let Some(m) = &marker {
                        self.out.push_str(m);
                        continue;
                    }
                }
                self.out.push_str(p);
            }
            self.out.push_str(line.trim_end());
            self.out.push('\n');
        }
    }

    fn prefix_for_blank(&self, depth: usize) -> String {
        // Blank lines inside quotes keep the quote marker; indentation is not needed.
        self.prefixes[..depth.min(self.prefixes.len())]
            .iter()
            .map(|p| if p.starts_with('>') { "> " } else { "" })
            .collect()
    }

    fn blank(&mut self) {
        let depth = self.prefixes.len();
        self.pending_blank = Some(self.pending_blank.map_or(depth, |d| d.min(depth)));
    }

    /// Writes the children of `id` as blocks; runs of inline children form paragraphs.
    fn blocks(&mut self, tree: &OutTree, id: u32) {
        let mut inline_run: Vec<u32> = Vec::new();
        for &c in &tree.nodes[id as usize].children {
            let child = &tree.nodes[c as usize];
            if child.tag.is_block() {
                self.paragraph(tree, &inline_run);
                inline_run.clear();
                self.block(tree, c);
            } else {
                inline_run.push(c);
            }
        }
        self.paragraph(tree, &inline_run);
    }

    fn paragraph(&mut self, tree: &OutTree, ids: &[u32]) {
        let mut s = String::new();
        for &id in ids {
            inline(tree, id, &mut s);
        }
        let s = tidy_inline(&s);
        if !s.is_empty() {
            self.lines(&escape_line_starts(&s));
            self.blank();
        }
    }

    fn block(&mut self, tree: &OutTree, id: u32) {
        let n = &tree.nodes[id as usize];
        match n.tag {
            OutTag::H2 | OutTag::H3 | OutTag::H4 | OutTag::H5 | OutTag::H6 => {
                let mut s = String::new();
                for &c in &n.children {
                    inline(tree, c, &mut s);
                }
                let s = tidy_inline(&s).replace('\n', " ");
                if !s.is_empty() {
                    let hashes = "#".repeat(n.tag.heading_level());
                    self.lines(&format!("{hashes} {s}"));
                    self.blank();
                }
            }
            OutTag::P
            | OutTag::Dt
            | OutTag::Dd
            | OutTag::Figcaption
            | OutTag::Summary
            | OutTag::Caption => {
                self.blocks(tree, id);
                self.blank();
            }
            OutTag::Hr => {
                self.lines("---");
                self.blank();
            }
            OutTag::Pre => {
                let mut code = String::new();
                raw_text(tree, id, &mut code);
                let code = code.trim_end_matches('\n').trim_start_matches('\n');
                let fence = fence_for(code);
                let lang = language_of(tree, n);
                self.lines(&format!("{fence}{lang}\n{code}\n{fence}"));
                self.blank();
            }
            OutTag::Blockquote => {
                self.prefixes.push("> ".into());
                self.blocks(tree, id);
                self.prefixes.pop();
                self.blank();
            }
            OutTag::Ul | OutTag::Ol => {
                let ordered = n.tag == OutTag::Ol;
                let mut number: i64 = n.attr("start").and_then(|s| s.parse().ok()).unwrap_or(1);
                let mut first = true;
                for &c in &n.children {
                    let item = &tree.nodes[c as usize];
                    if item.tag != OutTag::Li {
                        // Stray content directly in a list.
                        if item.tag.is_block() {
                            self.block(tree, c);
                        } else {
                            self.paragraph(tree, &[c]);
                        }
                        continue;
                    }
                    let marker = if ordered {
                        format!("{number}. ")
                    } else {
                        "- ".to_string()
                    };
                    number += 1;
                    // Items of a list are tight; the list itself is set apart.
                    if !first {
                        self.pending_blank = None;
                    }
                    first = false;
                    self.prefixes.push(" ".repeat(marker.len()));
                    self.first_line_marker = Some(marker);
                    self.list_item(tree, c);
                    self.first_line_marker = None;
                    self.prefixes.pop();
                }
                self.blank();
            }
            OutTag::Table => self.table(tree, id),
            OutTag::Figure => {
                self.blocks(tree, id);
                self.blank();
            }
            _ => self.blocks(tree, id),
        }
    }

    /// A list item: tight (no blank lines between its paragraphs and the next item).
    fn list_item(&mut self, tree: &OutTree, id: u32) {
        let mut inline_run: Vec<u32> = Vec::new();
        for &c in &tree.nodes[id as usize].children {
            let child = &tree.nodes[c as usize];
            if child.tag.is_block() {
                self.item_paragraph(tree, &inline_run);
                inline_run.clear();
                self.block(tree, c);
                self.pending_blank = None;
            } else {
                inline_run.push(c);
            }
        }
        self.item_paragraph(tree, &inline_run);
        if self.first_line_marker.is_some() {
            // An empty item still shows its marker.
            self.lines("\u{200b}");
        }
    }

    fn item_paragraph(&mut self, tree: &OutTree, ids: &[u32]) {
        let mut s = String::new();
        for &id in ids {
            inline(tree, id, &mut s);
        }
        let s = tidy_inline(&s);
        if !s.is_empty() {
            self.lines(&escape_line_starts(&s));
        }
    }

    /// A GFM table when every cell fits on one line; otherwise each row as a paragraph.
    fn table(&mut self, tree: &OutTree, id: u32) {
        let mut rows: Vec<Vec<String>> = Vec::new();
        let mut header_rows = 0;
        collect_rows(tree, id, &mut rows, &mut header_rows);
        rows.retain(|r| !r.is_empty());
        if rows.is_empty() {
            return;
        }
        let width = rows.iter().map(Vec::len).max().unwrap_or(0);
        let mut s = String::new();
        for (i, row) in rows.iter().enumerate() {
            s.push('|');
            for col in 0..width {
                s.push(' ');
                s.push_str(
                    &row.get(col)
                        .map_or(String::new(), |c| c.replace('|', "\\|")),
                );
                s.push_str(" |");
            }
            s.push('\n');
            if i == 0 {
                s.push('|');
                for _ in 0..width {
                    s.push_str(" --- |");
                }
                s.push('\n');
            }
        }
        let _ = header_rows;
        self.lines(&s);
        self.blank();
    }
}

fn collect_rows(tree: &OutTree, id: u32, rows: &mut Vec<Vec<String>>, header_rows: &mut usize) {
    for &c in &tree.nodes[id as usize].children {
        let n = &tree.nodes[c as usize];
        match n.tag {
            OutTag::Thead | OutTag::Tbody | OutTag::Tfoot => {
                collect_rows(tree, c, rows, header_rows)
            }
            OutTag::Tr => {
                let mut row = Vec::new();
                let mut header = true;
                for &cell in &n.children {
                    let cn = &tree.nodes[cell as usize];
                    if !matches!(cn.tag, OutTag::Td | OutTag::Th) {
                        continue;
                    }
                    header &= cn.tag == OutTag::Th;
                    let mut s = String::new();
                    cell_inline(tree, cell, &mut s);
                    row.push(tidy_inline(&s).replace('\n', " "));
                }
                if header && rows.is_empty() {
                    *header_rows += 1;
                }
                rows.push(row);
            }
            OutTag::Caption => {}
            _ => {}
        }
    }
}

/// Inline rendering of a table cell, blocks flattened to spaces.
fn cell_inline(tree: &OutTree, id: u32, s: &mut String) {
    for &c in &tree.nodes[id as usize].children {
        let n = &tree.nodes[c as usize];
        if n.tag.is_block() {
            s.push(' ');
            cell_inline(tree, c, s);
            s.push(' ');
        } else {
            inline(tree, c, s);
        }
    }
}

fn raw_text(tree: &OutTree, id: u32, s: &mut String) {
    let n = &tree.nodes[id as usize];
    match n.tag {
        OutTag::Text => s.push_str(&n.text),
        OutTag::Br => s.push('\n'),
        _ => {
            for &c in &n.children {
                raw_text(tree, c, s);
            }
        }
    }
}

/// A code fence longer than any run of backticks in the code.
fn fence_for(code: &str) -> String {
    "`".repeat(longest_backtick_run(code).max(2) + 1)
}

fn longest_backtick_run(code: &str) -> usize {
    let mut longest = 0;
    let mut run = 0;
    for c in code.chars() {
        if c == '`' {
            run += 1;
            longest = longest.max(run);
        } else {
            run = 0;
        }
    }
    longest
}

/// `language-xxx` / `lang-xxx` class on a `<pre>` or its `<code>` (when classes are kept).
fn language_of(tree: &OutTree, pre: &OutNode) -> String {
    let mut classes: Vec<&str> = pre.attr("class").into_iter().collect();
    for &c in &pre.children {
        if let Some(cl) = tree.nodes[c as usize].attr("class") {
            classes.push(cl);
        }
    }
    classes
        .iter()
        .flat_map(|c| c.split_whitespace())
        .find_map(|c| {
            c.strip_prefix("language-")
                .or_else(|| c.strip_prefix("lang-"))
        })
        .filter(|l| {
            l.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '+' || c == '-' || c == '#')
        })
        .unwrap_or("")
        .to_string()
}

/// Renders inline content (and, defensively, anything else) to Markdown.
fn inline(tree: &OutTree, id: u32, s: &mut String) {
    let n = &tree.nodes[id as usize];
    match n.tag {
        OutTag::Text => escape_inline(&n.text, s),
        OutTag::Br => s.push_str("\\\n"),
        OutTag::Em | OutTag::I | OutTag::Cite | OutTag::Var => wrap(tree, id, s, "*"),
        OutTag::Strong | OutTag::B => wrap(tree, id, s, "**"),
        OutTag::Del | OutTag::S => wrap(tree, id, s, "~~"),
        OutTag::Code | OutTag::Kbd | OutTag::Samp => {
            let mut code = String::new();
            raw_text(tree, id, &mut code);
            let code = code.replace('\n', " ");
            if !code.trim().is_empty() {
                let ticks = "`".repeat(longest_backtick_run(&code) + 1);
                let pad = if code.starts_with('`') || code.ends_with('`') {
                    " "
                } else {
                    ""
                };
                s.push_str(&format!("{ticks}{pad}{code}{pad}{ticks}"));
            }
        }
        OutTag::A => {
            let mut label = String::new();
            for &c in &n.children {
                inline(tree, c, &mut label);
            }
            let label = tidy_inline(&label);
            match n.attr("href") {
                Some(href) if !label.is_empty() => {
                    s.push_str(&format!("[{label}]({})", escape_url(href)));
                }
                _ => s.push_str(&label),
            }
        }
        OutTag::Img => {
            if let Some(src) = n.attr("src") {
                let mut alt = String::new();
                escape_inline(n.attr("alt").unwrap_or(""), &mut alt);
                s.push_str(&format!("![{}]({})", alt.trim(), escape_url(src)));
            }
        }
        _ if n.tag.is_block() => {
            s.push(' ');
            for &c in &n.children {
                inline(tree, c, s);
            }
            s.push(' ');
        }
        _ => {
            for &c in &n.children {
                inline(tree, c, s);
            }
        }
    }
}

/// `*text*`, with the delimiters outside any surrounding spaces (CommonMark requires it).
fn wrap(tree: &OutTree, id: u32, s: &mut String, delim: &str) {
    let mut inner = String::new();
    for &c in &tree.nodes[id as usize].children {
        inline(tree, c, &mut inner);
    }
    let trimmed = inner.trim_matches(|c: char| is_space(c));
    if trimmed.is_empty() {
        s.push_str(&inner);
        return;
    }
    if inner.starts_with(|c: char| is_space(c)) {
        s.push(' ');
    }
    s.push_str(delim);
    s.push_str(trimmed);
    s.push_str(delim);
    if inner.ends_with(|c: char| is_space(c)) {
        s.push(' ');
    }
}

pub(super) fn escape_inline(text: &str, s: &mut String) {
    let mut space = false;
    for c in text.chars() {
        if c == SOFT_HYPHEN {
            continue;
        }
        if is_space(c) && c != '\u{a0}' {
            if !space {
                s.push(' ');
            }
            space = true;
            continue;
        }
        space = false;
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|') {
            s.push('\\');
        }
        s.push(c);
    }
}

pub(super) fn escape_url(url: &str) -> String {
    url.replace(' ', "%20")
        .replace('(', "%28")
        .replace(')', "%29")
}

/// Collapses spaces and trims each line of rendered inline content.
fn tidy_inline(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, line) in s.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let mut space = false;
        for c in line.trim_matches(|c: char| c == ' ').chars() {
            if c == ' ' {
                if !space {
                    out.push(' ');
                }
                space = true;
            } else {
                out.push(c);
                space = false;
            }
        }
    }
    out.trim_matches(|c: char| c == ' ' || c == '\n')
        .to_string()
}

/// Escapes what would start a block construct at the beginning of a line: headings, quotes,
/// list markers, thematic breaks.
pub(super) fn escape_line_starts(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for (i, line) in s.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let digits = line.chars().take_while(char::is_ascii_digit).count();
        let after_digits = &line[digits..];
        if line.starts_with(['#', '+', '-', '=', '~']) {
            out.push('\\');
            out.push_str(line);
        } else if digits > 0
            && digits < 10
            && (after_digits.starts_with(". ") || after_digits.starts_with(") "))
        {
            out.push_str(&line[..digits]);
            out.push('\\');
            out.push_str(after_digits);
        } else {
            out.push_str(line);
        }
    }
    out
}
