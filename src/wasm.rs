//! WebAssembly bindings. Converts JS values to the core's types and back; no extraction
//! logic lives here.

use wasm_bindgen::JsCast;
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

/// `extractBytes(bytes, options?)`: like `extract`, for a page as bytes in any encoding,
/// decoded as [`crate::extract_bytes`] decodes it (wasm-bindgen copies the `Uint8Array` in).
#[wasm_bindgen(js_name = extractBytes)]
pub fn extract_bytes_js(bytes: &[u8], options: JsValue) -> Result<JsValue, JsError> {
    let options = options_arg(options)?;
    let article = crate::extract_bytes(bytes, &options).map_err(core_error)?;
    to_js(&article)
}

/// `isProbablyReaderableBytes(bytes)`: `isProbablyReaderable` of a page as bytes, decoded
/// by [`crate::decode_html`].
#[wasm_bindgen(js_name = isProbablyReaderableBytes)]
pub fn is_probably_readerable_bytes_js(bytes: &[u8]) -> bool {
    crate::is_probably_readerable(&crate::decode_html(bytes).0)
}

/// `extractWalked(walked, options?)`: like `extract`, for a page that the package's
/// JavaScript walked in the browser (`www/walk.js`), as [`crate::extract_walked`] reads it.
#[wasm_bindgen(js_name = extractWalked)]
pub fn extract_walked_js(walked: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let walked = walked_arg(walked, "extractWalked")?;
    let options = options_arg(options)?;
    let article = crate::extract_walked(&walked, &options).map_err(core_error)?;
    to_js(&article)
}

/// `isProbablyReaderableWalked(walked)`.
#[wasm_bindgen(js_name = isProbablyReaderableWalked)]
pub fn is_probably_readerable_walked_js(walked: JsValue) -> Result<bool, JsError> {
    let walked = walked_arg(walked, "isProbablyReaderableWalked")?;
    Ok(crate::is_probably_readerable_walked(&walked))
}

fn walked_arg(walked: JsValue, function: &str) -> Result<String, JsError> {
    walked.as_string().ok_or_else(|| {
        JsError::new(&format!(
            "{function}: the first argument must be a walked document (a string), got {}",
            type_of(&walked)
        ))
    })
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
    Options::from_value(json_of(&options, "options")?).map_err(core_error)
}

/// Largest integer a JS number holds exactly (`Number.MAX_SAFE_INTEGER`).
const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;

/// A JS value as the JSON that [`Options::from_value`] reads: what `JSON.stringify` keeps,
/// except that functions, symbols and the like are errors naming the option instead of
/// vanishing. Read by hand rather than through serde-wasm-bindgen's deserializer: the module
/// is about 3 KB smaller gzipped.
fn json_of(value: &JsValue, name: &str) -> Result<serde_json::Value, JsError> {
    use serde_json::{Map, Number, Value};
    if value.is_null() || value.is_undefined() {
        Ok(Value::Null)
    } else if let Some(b) = value.as_bool() {
        Ok(Value::Bool(b))
    } else if let Some(s) = value.as_string() {
        Ok(Value::String(s))
    } else if let Some(n) = value.as_f64() {
        // Whole numbers as integers, as a JSON reader gives them.
        let number = if n.fract() == 0.0 && n.abs() <= MAX_SAFE_INTEGER {
            Some(Number::from(n as i64))
        } else {
            Number::from_f64(n)
        };
        number
            .map(Value::Number)
            .ok_or_else(|| JsError::new(&format!("option {name}: not a finite number")))
    } else if js_sys::Array::is_array(value) {
        js_sys::Array::from(value)
            .iter()
            .map(|v| json_of(&v, name))
            .collect::<Result<Vec<_>, _>>()
            .map(Value::Array)
    } else if value.is_object() && !value.is_function() {
        let mut map = Map::new();
        for entry in js_sys::Object::entries(value.unchecked_ref()).iter() {
            let entry = js_sys::Array::from(&entry);
            let key = entry.get(0).as_string().unwrap_or_default();
            let v = json_of(&entry.get(1), &key)?;
            map.insert(key, v);
        }
        Ok(Value::Object(map))
    } else {
        Err(JsError::new(&format!(
            "option {name}: expected a string, number, boolean or array, got {}",
            type_of(value)
        )))
    }
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
