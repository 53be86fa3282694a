//! The one error type of the crate.

/// Why an extraction could not produce an article.
///
/// Pages that merely look odd never produce an error: they give a best-effort [`Article`]
/// (possibly with little content). Errors are for input that cannot be read at all and for
/// options that make no sense.
///
/// [`Article`]: crate::Article
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// The input holds no HTML markup or text at all.
    #[error("the input is empty")]
    EmptyInput,
    /// The input is larger than [`Options::max_input_bytes`](crate::Options::max_input_bytes).
    #[error("the input is {size} bytes, over the limit of {limit} bytes (option maxInputBytes)")]
    InputTooLarge {
        /// Size of the input in bytes.
        size: usize,
        /// The configured limit.
        limit: usize,
    },
    /// The input is not a web page (binary data, or a JSON document).
    #[error("the input does not look like HTML: {0}")]
    NotHtml(&'static str),
    /// The document has more elements than
    /// [`Options::max_elements`](crate::Options::max_elements).
    #[error("the page has {count} elements, over the limit of {limit} (option maxElements)")]
    TooManyElements {
        /// Number of elements in the page.
        count: usize,
        /// The configured limit.
        limit: usize,
    },
    /// A walked document (the form in which the npm package hands over a page the browser
    /// has parsed) that is not in the format this version reads: written by another version
    /// of the package's JavaScript.
    #[error("the walked document is not in the format this version reads (declutter-walk 1)")]
    WalkFormat,
    /// The options are not an object (or, as JSON, not valid JSON).
    #[error("options: {reason}")]
    UnreadableOptions {
        /// What is wrong with them.
        reason: String,
    },
    /// An option that does not exist.
    #[error("unknown option {name:?} (known options: {})", crate::options::KEYS.join(", "))]
    UnknownOption {
        /// The name as given.
        name: String,
    },
    /// An option has a value that cannot be used.
    #[error("option {name}: {reason}")]
    InvalidOption {
        /// The option's name as written in JSON/JS (camelCase).
        name: &'static str,
        /// What is wrong with it.
        reason: String,
    },
}
