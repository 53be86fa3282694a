//! Writing the output tree as HTML, plain text and Markdown.
//!
//! All three read the same [`OutTree`](crate::clean::OutTree); its depth is bounded by
//! [`MAX_OUT_DEPTH`](crate::clean::MAX_OUT_DEPTH), so they may recurse.

pub(crate) mod html;
pub(crate) mod markdown;
pub(crate) mod text;
