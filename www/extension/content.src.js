// Content script (bundled to content.js): on the toolbar button's message, walks the page
// (the tree the browser has parsed, written into one string: no HTML to parse again), sends it
// to the service worker for extraction and shows the article in the reader overlay; a second
// click (or Escape) closes it. No WebAssembly runs here, so page CSPs do not matter.
import { renderReader, isReaderOpen, closeReader } from '../reader.js';
import { walkDocument } from '../walk.js';

chrome.runtime.onMessage.addListener((message) => {
  if (message?.type !== 'declutter:toggle') return;
  if (isReaderOpen(document)) {
    closeReader(document);
    return;
  }
  chrome.runtime
    .sendMessage({ type: 'declutter:extract', page: walkDocument(document) })
    .then((response) => {
      if (response?.error) throw new Error(response.error);
      if (!response?.article?.textContent) {
        notice('No article found on this page.');
        return;
      }
      renderReader(document, response.article);
    })
    .catch((error) => notice(`Reader view failed: ${error.message}`));
});

function notice(text) {
  const box = document.createElement('div');
  box.textContent = text;
  box.setAttribute('role', 'status');
  box.style.cssText =
    'position:fixed;top:1em;right:1em;z-index:2147483647;padding:.6em 1em;background:#222;color:#fff;font:14px system-ui;border-radius:4px';
  document.documentElement.append(box);
  setTimeout(() => box.remove(), 3000);
}
