//! An append-only array stored in fixed-size pages, for the parser's per-node arrays.
//!
//! A `Vec` that grows by doubling holds up to twice what it needs, and copies everything at
//! each growth. On a page of a million tiny elements those arrays are most of the memory an
//! extraction takes, so they grow a page at a time instead: never more than one page of
//! slack, and nothing copied. The first page grows like a `Vec`, so that a small document
//! (a `<noscript>` fragment) does not pay for a whole page.

use std::ops::{Index, IndexMut};

/// Entries per page: a power of two, so that an index splits with a shift and a mask. Large
/// enough that the page table (one `Vec` header per page) stays under 1% of the entries.
const PAGE: usize = 1024;

pub(crate) struct Paged<T> {
    pages: Vec<Vec<T>>,
    len: usize,
}

impl<T> Default for Paged<T> {
    fn default() -> Self {
        Paged {
            pages: Vec::new(),
            len: 0,
        }
    }
}

impl<T> Paged<T> {
    // Read by html5ever's sink, which the build without html5ever leaves out.
    #[cfg_attr(feature = "platform-parser", allow(dead_code))]
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    pub(crate) fn push(&mut self, value: T) {
        match self.pages.last_mut() {
            Some(page) if page.len() < PAGE => page.push(value),
            _ => {
                let mut page = if self.pages.is_empty() {
                    Vec::new()
                } else {
                    Vec::with_capacity(PAGE)
                };
                page.push(value);
                self.pages.push(page);
            }
        }
        self.len += 1;
    }

    #[cfg_attr(feature = "platform-parser", allow(dead_code))]
    pub(crate) fn get(&self, i: usize) -> Option<&T> {
        self.pages.get(i / PAGE).and_then(|p| p.get(i % PAGE))
    }

    pub(crate) fn get_mut(&mut self, i: usize) -> Option<&mut T> {
        self.pages
            .get_mut(i / PAGE)
            .and_then(|p| p.get_mut(i % PAGE))
    }

    /// Gives back the first page's growth slack (later pages have none).
    pub(crate) fn shrink_to_fit(&mut self) {
        if let Some(first) = self.pages.first_mut() {
            first.shrink_to_fit();
        }
        self.pages.shrink_to_fit();
    }
}

impl<T> Index<usize> for Paged<T> {
    type Output = T;

    fn index(&self, i: usize) -> &T {
        &self.pages[i / PAGE][i % PAGE]
    }
}

impl<T> IndexMut<usize> for Paged<T> {
    fn index_mut(&mut self, i: usize) -> &mut T {
        &mut self.pages[i / PAGE][i % PAGE]
    }
}

#[cfg(test)]
mod tests {
    use super::{PAGE, Paged};

    #[test]
    fn holds_what_was_pushed_across_pages() {
        let mut a = Paged::default();
        let n = PAGE * 2 + 7;
        for i in 0..n {
            a.push(i);
        }
        assert_eq!(a.len(), n);
        assert!((0..n).all(|i| a[i] == i && a.get(i) == Some(&i)));
        assert_eq!(a.get(n), None);
        a[PAGE] = 0;
        *a.get_mut(PAGE + 1).unwrap() = 0;
        assert_eq!((a[PAGE], a[PAGE + 1], a[PAGE + 2]), (0, 0, PAGE + 2));
        // Pages after the first are allocated at their full size, never more.
        assert_eq!(a.pages.len(), 3);
        assert!(a.pages[1..].iter().all(|p| p.capacity() == PAGE));
    }
}
