// The JavaScript API over the WebAssembly core: argument checks, a Readability.js-compatible
// class and the in-page reader. Extraction itself happens in the core.
import * as core from './pkg/declutter.js';
import { renderReader } from './reader.js';

export { renderReader, isReaderOpen, closeReader } from './reader.js';

let loaded = false;

/** @internal Called by the entry module once the WebAssembly module is instantiated. */
export function _setReady() {
  loaded = true;
}

function ensureLoaded(fn) {
  if (!loaded) {
    throw new Error(
      `declutter: ${fn}() was called before the WebAssembly module was loaded; ` +
        'await `ready` (or `initialize()`) first',
    );
  }
}

/**
 * Extracts the article from a page's HTML.
 * @param {string} html
 * @param {object} [options] e.g. `{ url: location.href }`
 */
export function extract(html, options) {
  ensureLoaded('extract');
  if (typeof html !== 'string') {
    throw new TypeError(`declutter: extract() needs a string of HTML, got ${describe(html)}`);
  }
  return core.extract(html, options);
}

/**
 * Extracts the article from a live document (its HTML and URL are read from it).
 * @param {Document} document
 * @param {object} [options]
 */
export function extractDocument(document, options) {
  ensureLoaded('extractDocument');
  if (!document || !document.documentElement) {
    throw new TypeError(`declutter: extractDocument() needs a Document, got ${describe(document)}`);
  }
  return core.extractDocument(document, options);
}

/**
 * Whether the page probably holds an article (Firefox's test for offering reader view).
 * Accepts HTML or a Document.
 * @param {string | Document} page
 */
export function isProbablyReaderable(page) {
  ensureLoaded('isProbablyReaderable');
  if (page && typeof page === 'object' && page.documentElement) {
    page = page.documentElement.outerHTML;
  }
  if (typeof page !== 'string') {
    throw new TypeError(
      `declutter: isProbablyReaderable() needs HTML or a Document, got ${describe(page)}`,
    );
  }
  return core.isProbablyReaderable(page);
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

function describe(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
}
