//! Plain text: one blank line between blocks, one line break per `<br>` and table row, a
//! tab between table cells, whitespace collapsed elsewhere (kept in `<pre>`).

use crate::clean::{OutTag, OutTree};
use crate::dom::is_space;
use crate::serialize::SOFT_HYPHEN;

/// Whether figures (an image with its caption and credit) are written.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Figures {
    /// Everything in the tree, as `textContent` in a browser would give it.
    Keep,
    /// Only the running text: a caption describes a picture that plain text cannot show,
    /// and read between paragraphs it breaks the prose ("Protesters in the square on
    /// Tuesday (Image: Getty)"). A figure framing running text (a quote, code, a table, a
    /// list) keeps that text.
    Omit,
}

struct Writer {
    out: String,
    figures: Figures,
    /// Line breaks owed before the next text: 0, 1 (new line) or 2 (blank line).
    pending: u8,
    /// The last character written was a collapsible space.
    space: bool,
}

impl Writer {
    fn request(&mut self, breaks: u8) {
        if !self.out.is_empty() {
            self.pending = self.pending.max(breaks);
        }
    }

    fn flush(&mut self) {
        if self.pending > 0 {
            let trimmed = self.out.trim_end_matches([' ', '\t']).len();
            self.out.truncate(trimmed);
            // Count the line breaks already there (from <br>), add the rest.
            let have = self.out.len() - self.out.trim_end_matches('\n').len();
            for _ in have..self.pending as usize {
                self.out.push('\n');
            }
            self.pending = 0;
            self.space = true;
        }
    }

    /// A forced line break (`<br>`); two in a row make a blank line, never more.
    fn line_break(&mut self) {
        if self.out.is_empty() || self.out.ends_with("\n\n") {
            return;
        }
        let trimmed = self.out.trim_end_matches([' ', '\t']).len();
        self.out.truncate(trimmed);
        self.out.push('\n');
        self.space = true;
    }

    fn text(&mut self, s: &str) {
        for c in s.chars() {
            if c == SOFT_HYPHEN {
                continue;
            }
            if is_space(c) {
                if !self.space && self.pending == 0 && !self.out.is_empty() {
                    self.out.push(' ');
                }
                self.space = true;
            } else {
                self.flush();
                self.out.push(c);
                self.space = false;
            }
        }
    }

    fn raw(&mut self, s: &str) {
        for c in s.chars() {
            if c == '\n' {
                self.out.push('\n');
            } else {
                self.flush();
                self.out.push(c);
            }
        }
        self.space = false;
    }
}

/// The article as plain text.
pub(crate) fn write(tree: &OutTree, figures: Figures) -> String {
    write_into(
        String::with_capacity(tree.written_size(false)),
        tree,
        0,
        figures,
    )
}

/// One node of the tree (and its subtree) as plain text.
pub(crate) fn write_node(tree: &OutTree, id: u32, figures: Figures) -> String {
    write_into(String::new(), tree, id, figures)
}

fn write_into(out: String, tree: &OutTree, id: u32, figures: Figures) -> String {
    let mut w = Writer {
        out,
        figures,
        pending: 0,
        space: true,
    };
    node(tree, id, &mut w, Ctx::Normal);
    let end = w.out.trim_end().len();
    w.out.truncate(end);
    w.out
}

/// A figure that frames running text rather than a picture: a pull quote or testimonial
/// (`<figure><blockquote>`), a code listing, a table or a list, as blog engines wrap them
/// (WordPress's table and quote blocks, static sites' highlighted code). Its text is the
/// article's; only its caption is left out.
fn holds_running_text(tree: &OutTree, figure: u32) -> bool {
    tree.nodes[figure as usize].children.iter().any(|&c| {
        let n = &tree.nodes[c as usize];
        match n.tag {
            OutTag::Blockquote
            | OutTag::Pre
            | OutTag::Table
            | OutTag::Ul
            | OutTag::Ol
            | OutTag::Dl => true,
            OutTag::Figcaption => false,
            _ => holds_running_text(tree, c),
        }
    })
}

#[derive(Clone, Copy, PartialEq)]
enum Ctx {
    Normal,
    Pre,
    /// Inside a table cell: blocks become spaces, rows and cells are laid out by the table.
    Cell,
}

fn node(tree: &OutTree, id: u32, w: &mut Writer, ctx: Ctx) {
    let n = &tree.nodes[id as usize];
    match n.tag {
        OutTag::Text => match ctx {
            Ctx::Pre => w.raw(&n.text),
            _ => w.text(&n.text),
        },
        OutTag::Br => match ctx {
            Ctx::Cell => w.text(" "),
            Ctx::Pre => w.raw("\n"),
            Ctx::Normal => {
                w.flush();
                w.line_break();
            }
        },
        OutTag::Img => {}
        OutTag::Figcaption if w.figures == Figures::Omit => {}
        OutTag::Figure if w.figures == Figures::Omit && !holds_running_text(tree, id) => {}
        OutTag::Tr => {
            w.request(1);
            for (i, &c) in n.children.iter().enumerate() {
                if i > 0 {
                    w.flush();
                    w.out.push('\t');
                    w.space = true;
                }
                node(tree, c, w, Ctx::Cell);
            }
            w.request(1);
        }
        OutTag::Table => {
            w.request(2);
            children(tree, id, w, ctx);
            w.request(2);
        }
        OutTag::Td | OutTag::Th => children(tree, id, w, Ctx::Cell),
        OutTag::Thead | OutTag::Tbody | OutTag::Tfoot => {
            w.request(1);
            children(tree, id, w, ctx);
            w.request(1);
        }
        OutTag::Pre => {
            w.request(2);
            children(tree, id, w, Ctx::Pre);
            w.request(2);
        }
        tag if tag.is_block() => {
            if ctx == Ctx::Cell {
                w.text(" ");
                children(tree, id, w, ctx);
                w.text(" ");
            } else {
                w.request(2);
                children(tree, id, w, ctx);
                w.request(2);
            }
        }
        _ => children(tree, id, w, ctx),
    }
}

fn children(tree: &OutTree, id: u32, w: &mut Writer, ctx: Ctx) {
    for &c in &tree.nodes[id as usize].children {
        node(tree, c, w, ctx);
    }
}
