// The JavaScript API over the WebAssembly core: argument checks, a Readability.js-compatible
// class and the in-page reader. Extraction itself happens in the core.
import * as core from './pkg/declutter.js';
import { renderReader } from './reader.js';
import { isLoaded } from './state.js';

export { renderReader, isReaderOpen, closeReader } from './reader.js';

function ensureLoaded(fn) {
  if (!isLoaded()) {
    throw new Error(
      `declutter: ${fn}() was called before the WebAssembly module was loaded; ` +
        'await `ready` (or `initialize()`) first',
    );
  }
}

/**
 * Extracts the article from a page: its HTML as a string, or its bytes in any encoding
 * (a Uint8Array, such as a Buffer, or an ArrayBuffer), decoded as the command-line tool
 * decodes files: a byte order mark, a `<meta charset>`, or the bytes themselves.
 * @param {string | Uint8Array | ArrayBuffer} page
 * @param {object} [options] e.g. `{ url: location.href }`
 */
export function extract(page, options) {
  ensureLoaded('extract');
  if (typeof page === 'string') return core.extract(page, options);
  const bytes = asBytes(page);
  if (bytes) return core.extractBytes(bytes, options);
  throw new TypeError(
    `declutter: extract() needs a page as a string of HTML or as bytes (a Uint8Array or Buffer), got ${describe(page)}` +
      (isDocument(page) ? '; extractDocument() takes a document' : ''),
  );
}

/**
 * Extracts the article from a live document (its HTML and URL are read from it).
 * @param {Document} document
 * @param {object} [options]
 */
export function extractDocument(document, options) {
  ensureLoaded('extractDocument');
  if (!isDocument(document)) {
    throw new TypeError(`declutter: extractDocument() needs a Document, got ${describe(document)}`);
  }
  return core.extractDocument(document, options);
}

/**
 * Whether the page probably holds an article (Firefox's test for offering reader view).
 * Accepts what `extract` accepts, or a Document.
 * @param {string | Uint8Array | ArrayBuffer | Document} page
 */
export function isProbablyReaderable(page) {
  ensureLoaded('isProbablyReaderable');
  if (typeof page === 'string') return core.isProbablyReaderable(page);
  const bytes = asBytes(page);
  if (bytes) return core.isProbablyReaderableBytes(bytes);
  if (isDocument(page)) return core.isProbablyReaderable(page.documentElement.outerHTML);
  throw new TypeError(
    'declutter: isProbablyReaderable() needs a page as a string of HTML, as bytes (a Uint8Array or Buffer) ' +
      `or as a Document, got ${describe(page)}`,
  );
}

/** Readability.js options that have no meaning here and are accepted silently. */
const READABILITY_ONLY_OPTIONS = ['debug', 'serializer', 'allowedVideoRegex'];

/** The fields of Readability.js's `parse()` result, in its order. */
const READABILITY_FIELDS = [
  'title',
  'byline',
  'dir',
  'lang',
  'content',
  'textContent',
  'length',
  'excerpt',
  'siteName',
  'publishedTime',
];

/**
 * A drop-in for Mozilla's `Readability`: `new Readability(document, options).parse()`
 * returns the same fields (or `null` when nothing article-like is found). Unlike the
 * original it leaves the document untouched, so there is no need to clone it first.
 */
export class Readability {
  constructor(document, options = {}) {
    if (!document || !document.documentElement) {
      throw new Error('First argument to Readability constructor should be a document object.');
    }
    this._document = document;
    this._options = {};
    for (const [key, value] of Object.entries(options || {})) {
      if (!READABILITY_ONLY_OPTIONS.includes(key)) this._options[key] = value;
    }
  }

  parse() {
    const article = extractDocument(this._document, this._options);
    if (!article.textContent) return null;
    const result = {};
    for (const field of READABILITY_FIELDS) result[field] = article[field];
    return result;
  }
}

/**
 * Shows the article of `document` in a reader overlay on top of the page (in a shadow root,
 * so page styles do not leak in). Escape or the close button closes it.
 * @param {Document} [document]
 * @param {object} [options] reader settings (`theme`, `fontSize`, `width`) and extraction
 *   options (anything `extract` accepts)
 * @returns {{close(): void, article: object} | null} null when no article was found
 */
export function showReader(document = globalThis.document, options = {}) {
  const { theme, fontSize, width, ...extractOptions } = options;
  const article = extractDocument(document, extractOptions);
  if (!article.textContent) return null;
  return renderReader(document, article, { theme, fontSize, width });
}

/** The bytes of a Uint8Array (a Buffer is one) or an ArrayBuffer; null for anything else. */
function asBytes(value) {
  if (ArrayBuffer.isView(value)) {
    return Object.prototype.toString.call(value) === '[object Uint8Array]' ? value : null;
  }
  return value instanceof ArrayBuffer ? new Uint8Array(value) : null;
}

function isDocument(value) {
  return typeof value === 'object' && value !== null && Boolean(value.documentElement);
}

/** What a value is, for error messages: "a Buffer", "an ArrayBuffer", "a number", "null". */
function describe(value) {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  if (typeof value !== 'object') return withArticle(typeof value);
  let name;
  try {
    name = Object.getPrototypeOf(value)?.constructor?.name;
  } catch {
    // A proxy may refuse; fall back to "an object".
  }
  return name && name !== 'Object' ? withArticle(name) : 'an object';
}

function withArticle(word) {
  return `${/^[aeio]/i.test(word) ? 'an' : 'a'} ${word}`;
}
