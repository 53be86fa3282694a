// Service worker: runs the WebAssembly extractor under the extension's own CSP
// ('wasm-unsafe-eval'), where host pages' policies cannot block it. The content script
// sends the page as the browser holds it (walked, with its URL); the article goes back.
import { ready, extract } from './declutter-article/index.js';

/** Asks the tab's content script to open (or close) the reader. */
async function toggleReader(tabId) {
  await chrome.tabs.sendMessage(tabId, { type: 'declutter:toggle' });
}

chrome.action.onClicked.addListener((tab) => {
  if (tab.id !== undefined) toggleReader(tab.id).catch((e) => console.warn('declutter:', e));
});

chrome.runtime.onMessage.addListener((message, _sender, sendResponse) => {
  if (message?.type !== 'declutter:extract') return false;
  ready
    .then(() => extract(message.page))
    .then(
      (article) => sendResponse({ article }),
      (error) => sendResponse({ error: String(error?.message ?? error) }),
    );
  return true; // the response is sent asynchronously
});

// Reachable from automation (tests) the same way the toolbar button reaches it.
globalThis.toggleReader = toggleReader;
