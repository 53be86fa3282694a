// Types of declutter-article/walk: the walk of a live document alone, without the WebAssembly
// module (for content scripts, whose page may forbid WebAssembly).
export type { DocumentLike, WalkedDocument, WalkOptions } from './index.js';
import type { DocumentLike, WalkedDocument, WalkOptions } from './index.js';

/**
 * Reads a live document for extraction elsewhere (a worker, an extension's service worker):
 * give the result to `extract` there. The selectors are matched here, by the browser.
 */
export function walkDocument(document: DocumentLike, options?: WalkOptions): WalkedDocument;
