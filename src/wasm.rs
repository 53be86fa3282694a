//! WebAssembly bindings. Converts JS values to the core's types and back; no extraction
//! logic lives here.

use wasm_bindgen::prelude::*;

use crate::{Article, Error, Options};

/// Installs the panic hook once, when the module is instantiated, so that a panic shows its
/// message in the console instead of an opaque `unreachable`.
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

/// `extract(html, options?)`: the article as a plain object (Readability.js field names,
/// `null` for missing values).
#[wasm_bindgen(js_name = extract)]
pub fn extract_js(html: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let html = html_arg(html, "extract")?;
    let options = options_arg(options)?;
    let article = crate::extract(&html, &options).map_err(core_error)?;
    to_js(&article)
}

/// `isProbablyReaderable(html)`.
#[wasm_bindgen(js_name = isProbablyReaderable)]
pub fn is_probably_readerable_js(html: JsValue) -> Result<bool, JsError> {
    let html = html_arg(html, "isProbablyReaderable")?;
    Ok(crate::is_probably_readerable(&html))
}

/// `extractDocument(document, options?)`: extracts from a live page, taking its HTML and its
/// URL (unless `options.url` is given).
#[wasm_bindgen(js_name = extractDocument)]
pub fn extract_document(
    document: &web_sys::Document,
    options: JsValue,
) -> Result<JsValue, JsError> {
    let root = document
        .document_element()
        .ok_or_else(|| JsError::new("extractDocument: the document has no root element"))?;
    let html = root.outer_html();
    let mut options = options_arg(options)?;
    if options.url.is_none() {
        options.url = document.url().ok().filter(|u| u.starts_with("http"));
    }
    let article = crate::extract(&html, &options).map_err(core_error)?;
    to_js(&article)
}

fn html_arg(html: JsValue, function: &str) -> Result<String, JsError> {
    html.as_string().ok_or_else(|| {
        JsError::new(&format!(
            "{function}: the first argument must be a string of HTML, got {}",
            type_of(&html)
        ))
    })
}

fn options_arg(options: JsValue) -> Result<Options, JsError> {
    if options.is_undefined() || options.is_null() {
        return Ok(Options::default());
    }
    if !options.is_object() || js_sys::Array::is_array(&options) {
        return Err(JsError::new(&format!(
            "options: expected an object, got {}",
            type_of(&options)
        )));
    }
    let value: serde_json::Value = serde_wasm_bindgen::from_value(options)
        .map_err(|e| JsError::new(&format!("options: {e}")))?;
    Options::from_value(value).map_err(core_error)
}

fn to_js(article: &Article) -> Result<JsValue, JsError> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(article, &serializer).map_err(|e| JsError::new(&e.to_string()))
}

fn core_error(e: Error) -> JsError {
    JsError::new(&e.to_string())
}

fn type_of(v: &JsValue) -> String {
    if v.is_null() {
        "null".into()
    } else if js_sys::Array::is_array(v) {
        "an array".into()
    } else {
        v.js_typeof()
            .as_string()
            .unwrap_or_else(|| "a value".into())
    }
}
