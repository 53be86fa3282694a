// The JavaScript API over the WebAssembly core: argument checks, the walk of live documents,
// a Readability.js-compatible class and the in-page reader. Extraction itself happens in the
// core, in whichever build the entry module loaded (see index.js and node.js).
import { renderReader } from './reader.js';
import { loadedCore } from './state.js';
import { walk, walkDocument } from './walk.js';

export { renderReader, isReaderOpen, closeReader } from './reader.js';
export { walkDocument } from './walk.js';

/** The loaded build's exports; throws a clear error before one is loaded. */
function core(fn) {
  const loaded = loadedCore();
  if (loaded === null) {
    throw new Error(
      `declutter: ${fn}() was called before the WebAssembly module was loaded; ` +
        'await `ready` (or `initialize()`) first',
    );
  }
  return loaded;
}

/**
 * Extracts the article from a page: its HTML as a string, its bytes in any encoding (a
 * Uint8Array, such as a Buffer, or an ArrayBuffer), decoded as the command-line tool decodes
 * files (a byte order mark, a `<meta charset>`, or the bytes themselves), or a document walked
 * by `walkDocument` (for instance in a content script, extracted in a service worker).
 * @param {string | Uint8Array | ArrayBuffer | {walked: string, url: string}} page
 * @param {object} [options] e.g. `{ url: location.href }`
 */
export function extract(page, options) {
  const loaded = core('extract');
  if (typeof page === 'string') return loaded.extract(page, options);
  const bytes = asBytes(page);
  if (bytes) return loaded.extractBytes(bytes, options);
  if (isWalked(page)) return loaded.extractWalked(page.walked, withUrl(options, page.url));
  throw new TypeError(
    `declutter: extract() needs a page as a string of HTML, as bytes (a Uint8Array or Buffer) or as a walked document, got ${describe(page)}` +
      (isDocument(page) ? '; extractDocument() takes a document' : ''),
  );
}

/**
 * Extracts the article from a live document, reading the tree the browser has already
 * parsed (no HTML is parsed again) and its URL. `removeSelectors` and `keepSelectors` are
 * matched by the browser: any CSS it supports.
 * @param {Document} document
 * @param {object} [options]
 */
export function extractDocument(document, options) {
  const loaded = core('extractDocument');
  if (!isDocument(document)) {
    throw new TypeError(`declutter: extractDocument() needs a Document, got ${describe(document)}`);
  }
  if (!isWalkable(document)) {
    // Only an outerHTML to read (an object shaped like a document, not a DOM).
    return loaded.extract(document.documentElement.outerHTML, withUrl(options, document.URL));
  }
  if (!isOptionsObject(options)) return loaded.extractWalked(walk(document), options); // the core says why
  const { removeSelectors, keepSelectors, ...rest } = options ?? {};
  const page = walkDocument(document, { removeSelectors, keepSelectors, maxInputBytes: rest.maxInputBytes });
  return loaded.extractWalked(page.walked, withUrl(rest, page.url));
}

/**
 * Whether the page probably holds an article (Firefox's test for offering reader view).
 * Accepts what `extract` accepts, or a Document.
 * @param {string | Uint8Array | ArrayBuffer | Document | {walked: string, url: string}} page
 */
export function isProbablyReaderable(page) {
  const loaded = core('isProbablyReaderable');
  if (typeof page === 'string') return loaded.isProbablyReaderable(page);
  const bytes = asBytes(page);
  if (bytes) return loaded.isProbablyReaderableBytes(bytes);
  if (isWalked(page)) return loaded.isProbablyReaderableWalked(page.walked);
  if (isDocument(page)) {
    return isWalkable(page)
      ? loaded.isProbablyReaderableWalked(walk(page))
      : loaded.isProbablyReaderable(page.documentElement.outerHTML);
  }
  throw new TypeError(
    'declutter: isProbablyReaderable() needs a page as a string of HTML, as bytes (a Uint8Array or Buffer), ' +
      `as a Document or as a walked document, got ${describe(page)}`,
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

/** A document whose tree can be walked (a DOM's, not only an object with an outerHTML). */
function isWalkable(document) {
  return typeof document.documentElement.nodeType === 'number';
}

/** Options as an object, or none; anything else is left for the core to report. */
function isOptionsObject(options) {
  return options === undefined || options === null || (typeof options === 'object' && !Array.isArray(options));
}

/** What `walkDocument` returns: `{walked, url}`. */
function isWalked(value) {
  return typeof value === 'object' && value !== null && typeof value.walked === 'string';
}

/** The options, with the document's URL as `url` when none is given and it is a web address. */
function withUrl(options, url) {
  if (!isOptionsObject(options)) return options; // the core reports what is wrong with them
  if (options?.url !== undefined && options?.url !== null) return options;
  if (typeof url !== 'string' || !url.startsWith('http')) return options;
  return { ...options, url };
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
