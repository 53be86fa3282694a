//! The tree builder's sink: html5ever decides the shape of the tree, this module stores it.
//!
//! Nodes live in one arena, addressed by `u32`, with their links in a parallel array that is
//! dropped once the tree is flattened into the pre-order [`Dom`]. An element costs its name,
//! a range of a shared attribute array and its links; a text node its text, which shares
//! the input's buffer where the tokenizer allows it. Comments, doctypes and processing
//! instructions get a node only as long as the tree builder needs a handle for them.

use std::borrow::Cow;
use std::cell::RefCell;

use html5ever::tendril::StrTendril;
use html5ever::tree_builder::{ElemName, ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::{Attribute, LocalName, Namespace, QualName, local_name, ns};

use crate::dom::{Attr, Data, Dom, Ix, NO_PARENT, Node, Space, Tag};
use crate::paged::Paged;

/// Sentinel for "no node" in a link.
const NONE: u32 = u32::MAX;

/// The arena index of the document node.
const DOCUMENT: u32 = 0;

/// The links of one arena node.
#[derive(Clone, Copy)]
struct Links {
    parent: u32,
    first_child: u32,
    last_child: u32,
    prev: u32,
    next: u32,
}

const UNLINKED: Links = Links {
    parent: NONE,
    first_child: NONE,
    last_child: NONE,
    prev: NONE,
    next: NONE,
};

/// The tree as it is being built.
#[derive(Default)]
struct Arena {
    data: Paged<Data>,
    links: Paged<Links>,
    attrs: Vec<Attr>,
}

impl Arena {
    fn push(&mut self, data: Data) -> u32 {
        // Pages are at most 2 GiB (`Options::max_input_bytes`), so fewer than 4 G nodes.
        let ix = self.data.len() as u32;
        self.data.push(data);
        self.links.push(UNLINKED);
        ix
    }

    fn links(&self, ix: u32) -> Links {
        self.links[ix as usize]
    }

    /// Unlinks `child` from its parent and siblings, if it has any.
    fn detach(&mut self, child: u32) {
        let Links {
            parent, prev, next, ..
        } = self.links(child);
        if parent == NONE {
            return;
        }
        if prev == NONE {
            self.links[parent as usize].first_child = next;
        } else {
            self.links[prev as usize].next = next;
        }
        if next == NONE {
            self.links[parent as usize].last_child = prev;
        } else {
            self.links[next as usize].prev = prev;
        }
        let l = &mut self.links[child as usize];
        l.parent = NONE;
        l.prev = NONE;
        l.next = NONE;
    }

    /// Links the unattached `child` into `parent`, before `before` (or last, for `NONE`).
    fn insert(&mut self, parent: u32, child: u32, before: u32) {
        let prev = if before == NONE {
            self.links(parent).last_child
        } else {
            self.links(before).prev
        };
        {
            let l = &mut self.links[child as usize];
            l.parent = parent;
            l.prev = prev;
            l.next = before;
        }
        if prev == NONE {
            self.links[parent as usize].first_child = child;
        } else {
            self.links[prev as usize].next = child;
        }
        if before == NONE {
            self.links[parent as usize].last_child = child;
        } else {
            self.links[before as usize].prev = child;
        }
    }

    /// Adds `text` to the text node `at`, if `at` is one.
    fn merge_text(&mut self, at: u32, text: &StrTendril) -> bool {
        match self.data.get_mut(at as usize) {
            Some(Data::Text(t)) => {
                t.push_tendril(text);
                true
            }
            _ => false,
        }
    }

    /// Inserts a node or text into `parent` before `before` (or last), joining text with a
    /// text node already there, as the tree builder expects.
    fn insert_node_or_text(&mut self, parent: u32, child: NodeOrText<u32>, before: u32) {
        match child {
            NodeOrText::AppendNode(node) => {
                self.detach(node);
                self.insert(parent, node, before);
            }
            NodeOrText::AppendText(text) => {
                let prev = if before == NONE {
                    self.links(parent).last_child
                } else {
                    self.links(before).prev
                };
                if prev == NONE || !self.merge_text(prev, &text) {
                    let node = self.push(Data::Text(text));
                    self.insert(parent, node, before);
                }
            }
        }
    }

    /// Flattens the linked tree into the pre-order index. One iterative walk; the links are
    /// dropped at the end.
    fn into_dom(self) -> Dom {
        let Arena {
            mut data,
            mut links,
            mut attrs,
        } = self;
        // The arrays grew by doubling; what they hold now is all they will hold.
        data.shrink_to_fit();
        links.shrink_to_fit();
        attrs.shrink_to_fit();
        let mut nodes: Vec<Node> = Vec::with_capacity(data.len());
        // Open elements: (arena index, index in `nodes`).
        let mut open: Vec<(u32, Ix)> = Vec::with_capacity(64);
        let mut body = None;
        let mut at = links[DOCUMENT as usize].first_child;
        while at != NONE {
            let l = links[at as usize];
            let tag = match &data[at as usize] {
                Data::Element { name, .. } => Some(Tag::from_name(name)),
                Data::Text(_) => Some(Tag::Text),
                Data::Other => None,
            };
            if let Some(tag) = tag {
                let ix = nodes.len() as Ix;
                if tag == Tag::Body && body.is_none() {
                    body = Some(ix);
                }
                nodes.push(Node {
                    parent: open.last().map_or(NO_PARENT, |&(_, ix)| ix),
                    end: ix + 1,
                    data: at,
                    tag,
                });
                if tag != Tag::Text {
                    open.push((at, ix));
                }
            }
            if l.first_child != NONE {
                at = l.first_child;
                continue;
            }
            // Leave `at` and every ancestor it is the last child of.
            let mut leaving = at;
            loop {
                if open.last().is_some_and(|&(a, _)| a == leaving) {
                    if let Some((_, ix)) = open.pop() {
                        nodes[ix as usize].end = nodes.len() as Ix;
                    }
                }
                let next = links[leaving as usize].next;
                if next != NONE {
                    at = next;
                    break;
                }
                leaving = links[leaving as usize].parent;
                if leaving == DOCUMENT || leaving == NONE {
                    at = NONE;
                    break;
                }
            }
        }
        drop(links);
        Dom::from_parts(nodes, body.unwrap_or(0), data, attrs)
    }
}

/// html5ever's view of the arena.
pub(super) struct Sink(RefCell<Arena>);

impl Sink {
    pub(super) fn new() -> Sink {
        let mut arena = Arena::default();
        arena.push(Data::Other);
        Sink(RefCell::new(arena))
    }
}

/// An element's name as the tree builder asks for it.
#[derive(Debug)]
pub(super) struct Name {
    space: Space,
    local: LocalName,
}

static HTML_NS: Namespace = ns!(html);
static SVG_NS: Namespace = ns!(svg);
static MATHML_NS: Namespace = ns!(mathml);
static NO_NS: Namespace = ns!();

impl ElemName for Name {
    fn ns(&self) -> &Namespace {
        match self.space {
            Space::Html => &HTML_NS,
            Space::Svg => &SVG_NS,
            Space::MathMl => &MATHML_NS,
            Space::Other => &NO_NS,
        }
    }

    fn local_name(&self) -> &LocalName {
        &self.local
    }
}

/// Attributes in no namespace, sorted by name; `xlink:` and `xml:` attributes of SVG and
/// MathML are not read by any stage and are left out.
fn plain_attrs(attrs: Vec<Attribute>) -> impl Iterator<Item = Attr> {
    attrs
        .into_iter()
        .filter(|a| a.name.ns == ns!())
        .map(|a| Attr {
            name: a.name.local,
            value: a.value,
        })
}

impl TreeSink for Sink {
    type Handle = u32;
    type Output = Dom;
    type ElemName<'a> = Name;

    fn finish(self) -> Dom {
        self.0.into_inner().into_dom()
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> u32 {
        DOCUMENT
    }

    fn elem_name<'a>(&'a self, target: &'a u32) -> Name {
        match self.0.borrow().data.get(*target as usize) {
            Some(Data::Element { name, space, .. }) => Name {
                space: *space,
                local: name.clone(),
            },
            // The tree builder asks only about elements.
            _ => Name {
                space: Space::Other,
                local: local_name!(""),
            },
        }
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, _: ElementFlags) -> u32 {
        let mut arena = self.0.borrow_mut();
        let start = arena.attrs.len();
        arena.attrs.extend(plain_attrs(attrs));
        arena.attrs[start..].sort_unstable_by(|a, b| a.name.cmp(&b.name));
        let space = match name.ns {
            ns!(html) => Space::Html,
            ns!(svg) => Space::Svg,
            ns!(mathml) => Space::MathMl,
            _ => Space::Other,
        };
        let template = space == Space::Html && name.local == local_name!("template");
        let attrs = (start as u32, (arena.attrs.len() - start) as u32);
        let element = arena.push(Data::Element {
            name: name.local,
            space,
            attrs,
        });
        if template {
            // The template's contents: a fragment node whose children are the template's.
            let contents = arena.push(Data::Other);
            arena.insert(element, contents, NONE);
        }
        element
    }

    fn create_comment(&self, _text: StrTendril) -> u32 {
        self.0.borrow_mut().push(Data::Other)
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> u32 {
        self.0.borrow_mut().push(Data::Other)
    }

    fn append(&self, parent: &u32, child: NodeOrText<u32>) {
        self.0
            .borrow_mut()
            .insert_node_or_text(*parent, child, NONE);
    }

    fn append_based_on_parent_node(
        &self,
        element: &u32,
        prev_element: &u32,
        child: NodeOrText<u32>,
    ) {
        let mut arena = self.0.borrow_mut();
        let parent = arena.links(*element).parent;
        if parent == NONE {
            arena.insert_node_or_text(*prev_element, child, NONE);
        } else {
            arena.insert_node_or_text(parent, child, *element);
        }
    }

    fn append_doctype_to_document(&self, _: StrTendril, _: StrTendril, _: StrTendril) {}

    fn get_template_contents(&self, target: &u32) -> u32 {
        let arena = self.0.borrow();
        match arena.links(*target).first_child {
            NONE => *target,
            contents => contents,
        }
    }

    fn same_node(&self, x: &u32, y: &u32) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &u32, new_node: NodeOrText<u32>) {
        let mut arena = self.0.borrow_mut();
        let parent = arena.links(*sibling).parent;
        if let NodeOrText::AppendNode(node) = &new_node {
            arena.detach(*node);
        }
        if parent != NONE {
            arena.insert_node_or_text(parent, new_node, *sibling);
        }
    }

    fn add_attrs_if_missing(&self, target: &u32, attrs: Vec<Attribute>) {
        let mut arena = self.0.borrow_mut();
        let Some(&Data::Element {
            attrs: (start, len),
            ..
        }) = arena.data.get(*target as usize)
        else {
            return;
        };
        let (start, end) = (start as usize, (start + len) as usize);
        // The element's attributes are copied to the end of the shared array with the new
        // ones (this happens only for a repeated `<html>` or `<body>` tag).
        let mut merged: Vec<Attr> = arena.attrs[start..end].to_vec();
        for attr in plain_attrs(attrs) {
            if !merged.iter().any(|a| a.name == attr.name) {
                merged.push(attr);
            }
        }
        merged.sort_unstable_by(|a, b| a.name.cmp(&b.name));
        let new_start = arena.attrs.len() as u32;
        let new_len = merged.len() as u32;
        arena.attrs.extend(merged);
        if let Some(Data::Element { attrs, .. }) = arena.data.get_mut(*target as usize) {
            *attrs = (new_start, new_len);
        }
    }

    fn remove_from_parent(&self, target: &u32) {
        self.0.borrow_mut().detach(*target);
    }

    fn reparent_children(&self, node: &u32, new_parent: &u32) {
        let mut arena = self.0.borrow_mut();
        let mut child = arena.links(*node).first_child;
        while child != NONE {
            let next = arena.links(child).next;
            arena.detach(child);
            arena.insert(*new_parent, child, NONE);
            child = next;
        }
    }
}
