// Types of declutter-article. They compile with or without the DOM library: DOM types
// (Document, URL, Response...) are looked up on `typeof globalThis` where they are needed, so
// a Node-only project (`lib: ["es2022"]`) finds no missing names in them.

/** The type of the global class `Name` (e.g. `'Document'`) where it is declared, else `Else`. */
type GlobalClass<Name extends string, Else = never> =
  typeof globalThis extends { readonly [K in Name]: { readonly prototype: infer T } } ? T : Else;

/**
 * What the package reads of a document: a DOM `Document` is one, and so is a DOM
 * implementation's document in Node (jsdom's).
 */
export interface DocumentLike {
  readonly documentElement: { readonly outerHTML: string } | null;
  readonly URL: string;
}

/** A document to show the reader in: needs the DOM library (`never` without it). */
export type DomDocument = GlobalClass<'Document'>;

/** What `initialize` can load the module from. */
export type WasmSource =
  | string
  | ArrayBuffer
  | ArrayBufferView
  | GlobalClass<'URL'>
  | GlobalClass<'Request'>
  | GlobalClass<'Response'>
  | (typeof globalThis extends { readonly WebAssembly: { readonly Module: { readonly prototype: infer M } } } ? M : never);

/** A page: its HTML, or its bytes in any encoding (a Buffer is a Uint8Array). */
export type Page = string | Uint8Array | ArrayBuffer;

/** Options of `extract` (all optional). Readability.js names are accepted where they differ. */
export interface Options {
  /** The page's URL, to resolve relative links and images. */
  url?: string;
  /** Below this many characters of text, looser rules are tried. Default 500. */
  charThreshold?: number;
  /** Candidates compared when choosing the article container. Default 5. */
  nbTopCandidates?: number;
  keepImages?: boolean;
  keepLinks?: boolean;
  keepClasses?: boolean;
  classesToPreserve?: string[];
  /** CSS selectors of elements always removed. */
  removeSelectors?: string[];
  /** CSS selectors of elements never removed as boilerplate. */
  keepSelectors?: string[];
  favor?: 'balanced' | 'precision' | 'recall';
  disableJsonLd?: boolean;
  disableJSONLD?: boolean;
  linkDensityModifier?: number;
  /** Strip boilerplate inside the article (appeals, share widgets, "read also"...). Default true. */
  stripBoilerplate?: boolean;
  maxInputBytes?: number;
  maxElements?: number;
  maxElemsToParse?: number;
  /**
   * What `markdown` starts with: `'none'` (the body alone, the default), `'line'` (`# Title`, a
   * byline · site · date line, the lead image) or `'frontMatter'` (YAML front matter, then the title
   * and lead image).
   */
  markdownHeader?: 'none' | 'line' | 'frontMatter';
}

export type Kind =
  | 'appeal' | 'newsletter' | 'share' | 'controls' | 'related' | 'author-box' | 'contact' | 'tags'
  | 'breadcrumbs' | 'comments' | 'ad' | 'cookie' | 'navigation' | 'metadata' | 'title'
  | 'hidden' | 'credit' | 'clutter';

/** A piece of boilerplate removed from the article area. */
export interface Removal {
  /** The rule that fired, e.g. `class/id ~ "share"` or `phrase[en] "read also" (lead)`. */
  rule: string;
  kind: Kind;
  /** The start of its text. */
  text: string;
}

export interface Article {
  title: string | null;
  byline: string | null;
  dir: string | null;
  lang: string | null;
  /** The article as sanitized HTML. */
  content: string;
  /** The article as plain text, one blank line between blocks: all of `content`, figure captions included. */
  textContent: string;
  /** The article's running text: `textContent` without figures (captions, photo credits); a figure framing a quote, table, code or list keeps that text, and an article of figures alone keeps them. */
  text: string;
  length: number;
  excerpt: string | null;
  siteName: string | null;
  publishedTime: string | null;
  leadImageUrl: string | null;
  markdown: string;
  wordCount: number;
  readingTimeMinutes: number;
  removed: Removal[];
  /** Which candidate was taken as the article, and why. */
  chosen: Choice;
  /**
   * How likely it is that `content` is the page's main content, from 0 to 1 (two
   * decimals): an estimate of the chance that it matches the content a person would pick
   * with a word F1 of 0.8 or more. Reader modes may offer their view above a threshold.
   */
  confidence: number;
}

/** The decision that placed the article. */
export interface Choice {
  /**
   * `scored`, `json-ld`, `body-markup`, `article`, `main`, `page`, `main-lenient`,
   * `page-lenient` or `noscript`.
   */
  candidate: string;
  /** Why it was taken over the others. */
  reason: string;
}

/** The fields of Readability.js's `parse()` result. */
export type ReadabilityArticle = Pick<
  Article,
  'title' | 'byline' | 'dir' | 'lang' | 'content' | 'textContent' | 'length' | 'excerpt' | 'siteName' | 'publishedTime'
>;

/**
 * Resolves when the WebAssembly module is loaded from next to the package's JavaScript, as it
 * starts to be at import (already resolved in Node).
 */
export const ready: Promise<void>;

/**
 * Loads the WebAssembly module from elsewhere (a URL, a Response, bytes or a compiled module),
 * unless it is already loaded; await it instead of `ready`. Without a source, the same as
 * `ready`. In Node the module is always already loaded.
 */
export function initialize(source?: WasmSource): Promise<void>;

/**
 * A live document as the module reads it (what `walkDocument` returns): the tree the browser
 * has parsed, written into one string, and the document's URL. Plain strings, so it can be
 * posted to a worker or sent to an extension's service worker, and extracted there.
 */
export interface WalkedDocument {
  readonly walked: string;
  readonly url: string;
}

/** Options of `walkDocument`. */
export interface WalkOptions {
  /** CSS selectors (any the browser supports) of elements always removed. */
  removeSelectors?: string[];
  /** CSS selectors (any the browser supports) of elements never removed as boilerplate. */
  keepSelectors?: string[];
  /** Largest walked document, in characters. Default 64 MiB. */
  maxInputBytes?: number;
}

/**
 * Extracts the article from a page given as HTML, as bytes (decoded as the CLI decodes
 * files: byte order mark, `<meta charset>`, or the bytes themselves) or as a walked document
 * (its URL is used unless `options.url` is given). Throws a TypeError for other input and an
 * Error with a clear message for unusable pages or options.
 */
export function extract(page: Page | WalkedDocument, options?: Options): Article;

/**
 * Extracts the article from a live document: the tree the browser has already parsed is read
 * as it is (no HTML is parsed again), with the document's URL unless `options.url` is given.
 * `removeSelectors` and `keepSelectors` may use any CSS the browser supports.
 */
export function extractDocument(document: DocumentLike, options?: Options): Article;

/**
 * Reads a live document for extraction elsewhere (a worker, an extension's service worker):
 * give the result to `extract`. Loads no WebAssembly; `declutter-article/walk` exports it
 * alone, for content scripts. The selectors are matched here, by the browser.
 */
export function walkDocument(document: DocumentLike, options?: WalkOptions): WalkedDocument;

/** Whether the page probably holds an article (Firefox's reader-view test). */
export function isProbablyReaderable(page: Page | DocumentLike | WalkedDocument): boolean;

/**
 * Drop-in for Mozilla's Readability class; does not modify the document. In Node it needs a
 * DOM implementation's document, e.g. `new JSDOM(html, { url }).window.document`.
 */
export class Readability {
  constructor(document: DocumentLike, options?: Options & { debug?: boolean; serializer?: unknown; allowedVideoRegex?: RegExp });
  parse(): ReadabilityArticle | null;
}

export interface ReaderSettings {
  theme?: 'light' | 'dark';
  fontSize?: number;
  width?: 'narrow' | 'medium' | 'wide';
}

export interface ReaderHandle {
  article: Article;
  close(): void;
  readonly isOpen: boolean;
}

/** Extracts the article of `document` and shows it in a reader overlay (Escape closes). */
export function showReader(document?: DomDocument, options?: ReaderSettings & Options): ReaderHandle | null;

/** Shows an already extracted article in the reader overlay. */
export function renderReader(document: DomDocument, article: Article, settings?: ReaderSettings): ReaderHandle;

export function isReaderOpen(document: DomDocument): boolean;
export function closeReader(document: DomDocument): boolean;
