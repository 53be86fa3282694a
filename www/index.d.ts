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
  /** The article's running text: `textContent` without figures (captions, photo credits). */
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
}

/** The fields of Readability.js's `parse()` result. */
export type ReadabilityArticle = Pick<
  Article,
  'title' | 'byline' | 'dir' | 'lang' | 'content' | 'textContent' | 'length' | 'excerpt' | 'siteName' | 'publishedTime'
>;

/** Resolves when the WebAssembly module is loaded (already resolved in Node). */
export const ready: Promise<void>;

/** Loads the WebAssembly module, from a URL, a Response, bytes or a compiled module. */
export function initialize(
  wasm?: string | URL | Request | Response | BufferSource | WebAssembly.Module,
): Promise<void>;

/** Extracts the article from HTML. Throws an Error with a clear message on bad input or options. */
export function extract(html: string, options?: Options): Article;

/** Extracts the article from a live document, using its HTML and URL. */
export function extractDocument(document: Document, options?: Options): Article;

/** Whether the page probably holds an article (Firefox's reader-view test). */
export function isProbablyReaderable(page: string | Document): boolean;

/** Drop-in for Mozilla's Readability class; does not modify the document. */
export class Readability {
  constructor(document: Document, options?: Options & { debug?: boolean; serializer?: unknown; allowedVideoRegex?: RegExp });
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
export function showReader(document?: Document, options?: ReaderSettings & Options): ReaderHandle | null;

/** Shows an already extracted article in the reader overlay. */
export function renderReader(document: Document, article: Article, settings?: ReaderSettings): ReaderHandle;

export function isReaderOpen(document: Document): boolean;
export function closeReader(document: Document): boolean;
