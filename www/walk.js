// The walk: a document the browser has parsed, written into one string (the walked form) that
// the WebAssembly core turns into its tree without parsing HTML again. The format is
// documented in the crate (src/parse/walked.rs): a header, then segments separated by NUL:
// a kind, then what it takes: `<` and an element's name (an element starts), `@`, a name and
// a value (an attribute), `!r` / `!k` (the element matches removeSelectors / keepSelectors),
// `'` and a text, `>` (the innermost element ends). Kinds and contents are separate segments,
// so that a string the DOM hands the walk is appended as it is, never escaped.
//
// Left out, as the core never reads them: comments, the content of <template>, of <svg> and of
// shadow roots, the bodies of <style> and of <script> other than JSON-LD, attributes in a
// namespace. A <noscript> is written as its markup, as text: what a page with scripting on
// holds, and what the core parses when it needs it.
//
// This module loads no WebAssembly: a content script can import it alone.

/** The first segment of every walked document (src/parse/walked.rs reads the same). */
export const WALK_HEADER = 'declutter-walk 1';

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;
/** Nodes walked between checks of the output's length. */
const CHECK_EVERY = 4096;
/** Longest walked form by default: the core's default maxInputBytes (64 MiB). */
const DEFAULT_MAX_LENGTH = 64 * 1024 * 1024;

/**
 * A live document as the module reads it: its tree in the walked form and its URL. A plain
 * object of strings, so it can be posted to a worker or sent to an extension's service worker;
 * give it to `extract`.
 * @param {Document} document
 * @param {{removeSelectors?: string[], keepSelectors?: string[], maxInputBytes?: number}} [options]
 *   the selectors are matched here, by the browser (full CSS), and the elements marked
 * @returns {{walked: string, url: string}}
 */
export function walkDocument(document, options = {}) {
  if (!document || typeof document.documentElement !== 'object' || document.documentElement === null) {
    throw new TypeError('declutter: walkDocument() needs a Document with a root element');
  }
  const marks = new Map();
  mark(document, marks, 'removeSelectors', options.removeSelectors, '!r');
  mark(document, marks, 'keepSelectors', options.keepSelectors, '!k');
  const maxLength = typeof options.maxInputBytes === 'number' ? options.maxInputBytes : undefined;
  return { walked: walk(document, { marks, maxLength }), url: String(document.URL ?? '') };
}

/** Adds `segment` to the marks of the elements that `selectors` match in `document`. */
function mark(document, marks, option, selectors, segment) {
  if (selectors === undefined || selectors === null) return;
  if (!Array.isArray(selectors) || !selectors.every((s) => typeof s === 'string')) {
    throw new TypeError(`option ${option}: expected an array of strings`);
  }
  for (const selector of selectors) {
    let found;
    try {
      found = document.querySelectorAll(selector);
    } catch {
      throw new Error(`option ${option}: ${JSON.stringify(selector)} is not a valid CSS selector (the browser cannot parse it)`);
    }
    for (const element of found) {
      const before = marks.get(element);
      if (before === undefined) marks.set(element, [segment]);
      else if (!before.includes(segment)) before.push(segment);
    }
  }
}

/**
 * Walks a document (or any element, as the root) into the walked form.
 * @param {Document | Element} root
 * @param {{marks?: Map<Element, string[]>, maxLength?: number}} [settings] marks: the mark
 *   segments to write after an element's attributes; maxLength: stop with an error past
 *   this many characters (a document that keeps growing while it is walked)
 * @returns {string}
 */
export function walk(root, settings = {}) {
  const top = root.nodeType === ELEMENT ? root : root.documentElement;
  if (!top) return WALK_HEADER;
  const marks = settings.marks && settings.marks.size > 0 ? settings.marks : null;
  const maxLength = settings.maxLength ?? DEFAULT_MAX_LENGTH;
  // The form is built by appending to one string: V8 keeps the pieces as a rope and flattens
  // it once, when the string reaches the module (about 15% faster over the scrapinghub pages
  // than collecting the pieces in an array and joining them).
  let out = WALK_HEADER;
  // Open elements, innermost last, and the next sibling each had when the walk reached it.
  // The walk climbs by this stack, not by parentNode, so that what it writes stays well
  // formed even if the document changes under it (page code can run inside the walk: a
  // page may wrap DOM methods).
  const open = [];
  const nexts = [];
  let node = top;
  let next = null;
  let count = 0;
  for (;;) {
    let child = null;
    // Only elements have a local name (and reading it spares a nodeType call for them).
    const name = node.localName;
    const element = name !== undefined;
    if (element) {
      // Read before anything that could run page code for this element (see below).
      next = node.nextSibling;
      out += '\0<\0' + name;
      if (node.hasAttributes()) out += attributes(node);
      if (marks !== null) {
        const mark = marks.get(node);
        if (mark !== undefined) out += '\0' + mark.join('\0');
      }
      switch (name) {
        case 'script':
          if (isJsonLd(node)) out += text(node.textContent);
          break;
        case 'style':
        case 'template':
        case 'svg':
          break;
        case 'noscript':
          // Text on a page with scripting on; elements in a document parsed with scripting off
          // (DOMParser), which innerHTML writes back as markup.
          out += text(node.innerHTML);
          break;
        default:
          child = node.firstChild;
      }
      if (child === null) out += '\0>';
    } else {
      const type = node.nodeType;
      if (type === TEXT || type === CDATA) out += text(node.data);
    }
    if (child !== null) {
      open.push(node);
      nexts.push(next);
      node = child;
    } else {
      // Leave this node, and every open element it was the last child of. An element's next
      // sibling is the one it had when the walk reached it: if page code removed or moved
      // the element meanwhile, the walk goes on from where it was.
      let after = element ? next : node.nextSibling;
      for (;;) {
        if (open.length === 0) return out;
        if (after !== null) break;
        open.pop();
        after = nexts.pop();
        out += '\0>';
      }
      node = after;
    }
    if (++count % CHECK_EVERY === 0 && out.length > maxLength) {
      throw new Error(
        `declutter: the document is over ${maxLength} characters as walked (option maxInputBytes); ` +
          'it may have kept growing while it was read',
      );
    }
  }
}

/**
 * Parses markup with the browser's parser and walks it: how the build of the module for pages,
 * which has no HTML parser of its own, reads HTML. Called by the module.
 * @param {string} html
 * @returns {string}
 */
export function walkMarkup(html) {
  return walk(new DOMParser().parseFromString(html, 'text/html'));
}

/**
 * An element's attributes in no namespace, as segments. Read by name (getAttributeNames and
 * getAttribute: about 40% faster over a page than the `attributes` list, whose entries are
 * objects made on demand). Only an element outside HTML can carry an attribute in a namespace
 * from the parser (`xlink:href`, `xml:lang`, `xmlns`, all starting with "x"). All others are
 * kept, even those the core never reads (`data-*`, `aria-*`): selectors given to `extract`
 * with a walked document are matched on them.
 */
function attributes(element) {
  const names = element.getAttributeNames();
  let out = '';
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    if (name.charCodeAt(0) === 120 && inNamespace(element, name)) continue;
    out += '\0@\0' + name + '\0' + clean(element.getAttribute(name));
  }
  return out;
}

function inNamespace(element, name) {
  return element.namespaceURI !== HTML_NS && element.getAttributeNode(name)?.namespaceURI !== null;
}

/** A text segment (nothing for empty text). */
function text(data) {
  return data.length === 0 ? '' : "\0'\0" + clean(data);
}

/** NUL separates segments: one in the content (which only a script can put there) becomes U+FFFD. */
function clean(value) {
  return value.indexOf('\0') === -1 ? value : value.replaceAll('\0', '\uFFFD');
}

function isJsonLd(script) {
  const type = script.getAttribute('type');
  return type !== null && type.trim().toLowerCase() === 'application/ld+json';
}
