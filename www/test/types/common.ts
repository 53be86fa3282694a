// Uses of the package that every project has: no DOM, no Node types.
import {
  extract,
  initialize,
  isProbablyReaderable,
  ready,
  Readability,
  type Article,
  type DocumentLike,
  type Options,
  type Removal,
  type WalkedDocument,
} from 'declutter-article';

export async function run(html: string, bytes: Uint8Array): Promise<string> {
  await ready;
  await initialize();
  const options: Options = { url: 'https://news.example/story', keepImages: false, favor: 'precision' };
  const article: Article = extract(html, options);
  const fromBytes: Article = extract(bytes, options);
  const fromBuffer: Article = extract(bytes.buffer as ArrayBuffer);
  const removed: Removal[] = article.removed;
  const readerable: boolean = isProbablyReaderable(html) && isProbablyReaderable(bytes);
  // What the package reads of a document fits a DOM implementation's document (jsdom's).
  const doc: DocumentLike = { documentElement: { outerHTML: html }, URL: 'https://news.example/story' };
  const parsed = new Readability(doc).parse();
  const title: string | null = parsed ? parsed.title : fromBytes.title;
  // A walked document, as a content script posts it.
  const walked: WalkedDocument = { walked: 'declutter-walk 1', url: 'https://news.example/story' };
  const fromWalk: Article = extract(walked, { keepLinks: false });
  const walkedReaderable: boolean = isProbablyReaderable(walked);
  // @ts-expect-error: a number is not a page
  extract(42);
  // @ts-expect-error: bytes are a Uint8Array, not a Uint16Array
  extract(new Uint16Array(2));
  // @ts-expect-error: favor is one of three words
  extract(html, { favor: 'speed' });
  // @ts-expect-error: a walked document is a string in an object
  extract({ walked: 1, url: '' });
  return `${title} ${removed.length} ${readerable} ${walkedReaderable} ${fromBuffer.wordCount} ${fromWalk.wordCount} ${article.markdown}`;
}
