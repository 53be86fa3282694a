//! Parsing by the platform: in the WebAssembly build for pages, markup is parsed by the
//! browser's own HTML parser (`DOMParser`), and the package's walk hands the tree over in
//! the walked form (`walkMarkup` in `www/walk.js`), so that the module carries no parser of
//! its own. A `DOMParser` document has scripting off, so the walk writes a `<noscript>`'s
//! content back as markup: the tree is the one [`super::document`] gives natively.

use wasm_bindgen::prelude::*;

use crate::dom::Dom;

// Resolved from the module's JavaScript glue (www/pkg/), so www/walk.js.
#[wasm_bindgen(raw_module = "../walk.js")]
extern "C" {
    #[wasm_bindgen(catch, js_name = walkMarkup)]
    fn walk_markup(html: &str) -> Result<String, JsValue>;
}

/// Parses a document with the browser's parser. Where there is none (the build for pages
/// loaded in a worker), or should the walk fail, the document is empty.
pub(super) fn document(html: &str) -> Dom {
    walk_markup(html)
        .ok()
        .and_then(|walked| super::walked::build(&walked).ok())
        .unwrap_or_else(super::walked::empty)
}
