// Uses with the DOM library: live documents, the reader overlay, loading the module by URL.
import {
  extractDocument,
  initialize,
  isProbablyReaderable,
  Readability,
  showReader,
  renderReader,
  closeReader,
  isReaderOpen,
  type ReaderHandle,
  type WalkedDocument,
} from 'declutter-article';
import { walkDocument } from 'declutter-article/walk';

export async function run(): Promise<void> {
  await initialize(new URL('declutter_dom_bg.wasm', import.meta.url));
  await initialize(await fetch('/declutter_bg.wasm'));
  const article = extractDocument(document, { keepLinks: false, removeSelectors: ['aside:has(form)'] });
  // What a content script sends to a service worker.
  const page: WalkedDocument = walkDocument(document, { keepSelectors: ['.byline ~ p'] });
  postMessage(page);
  const handle: ReaderHandle = renderReader(document, article, { theme: 'dark', width: 'wide' });
  handle.close();
  const reader = showReader(document, { fontSize: 20, url: location.href });
  reader?.close();
  const parsed = new Readability(document.cloneNode(true) as Document).parse();
  console.log(parsed?.title, isProbablyReaderable(document), isReaderOpen(document), closeReader(document));
}
