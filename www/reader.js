// The in-page reader: an overlay in a shadow root (page styles cannot reach it), with light
// and dark themes, font size and width controls. Escape closes it. It only renders: the
// article comes from `extract`, whose `content` is already sanitized HTML.

const HOST_ID = 'declutter-reader';
const FONT_SIZES = [14, 16, 18, 20, 22, 26, 30];
const WIDTHS = { narrow: '34em', medium: '42em', wide: '56em' };

const STYLE = `
:host { all: initial; }
.backdrop { position: fixed; inset: 0; z-index: 2147483647; overflow: auto;
  background: var(--bg); color: var(--fg); font: var(--size) / 1.6 Georgia, 'Times New Roman', serif; }
.backdrop.light { --bg: #fbfaf7; --fg: #1d1d1b; --muted: #6b6b66; --link: #0b57d0; --rule: #e3e1da; }
.backdrop.dark { --bg: #1c1d20; --fg: #e6e4df; --muted: #a2a09a; --link: #8ab4f8; --rule: #3a3b40; }
.bar { position: sticky; top: 0; display: flex; gap: .5em; justify-content: flex-end; padding: .6em 1em;
  background: var(--bg); border-bottom: 1px solid var(--rule); font: 14px/1 system-ui, sans-serif; }
.bar button { font: inherit; color: var(--fg); background: transparent; border: 1px solid var(--rule);
  border-radius: 4px; padding: .4em .7em; cursor: pointer; }
article { max-width: var(--width); margin: 2em auto 4em; padding: 0 1.2em; }
h1 { font-size: 1.8em; line-height: 1.2; margin: 0 0 .3em; }
.meta { color: var(--muted); font: .8em/1.4 system-ui, sans-serif; margin-bottom: 2em; }
.body img, .body video { max-width: 100%; height: auto; }
.body figure { margin: 1.5em 0; }
.body figcaption { color: var(--muted); font-size: .85em; }
.body a { color: var(--link); }
.body pre { overflow: auto; padding: .8em; border: 1px solid var(--rule); font-size: .85em; }
.body blockquote { margin: 1em 0; padding-left: 1em; border-left: 3px solid var(--rule); }
.body table { border-collapse: collapse; }
.body td, .body th { border: 1px solid var(--rule); padding: .3em .5em; }
`;

/**
 * Renders `article` over the page of `document`. Returns a handle with `close()`.
 * @param {Document} document
 * @param {object} article the result of `extract`
 * @param {{theme?: 'light'|'dark', fontSize?: number, width?: 'narrow'|'medium'|'wide'}} [settings]
 */
export function renderReader(document, article, settings = {}) {
  document.getElementById(HOST_ID)?.remove();
  const view = document.defaultView;
  const prefersDark = view?.matchMedia?.('(prefers-color-scheme: dark)').matches;
  const state = {
    theme: settings.theme ?? (prefersDark ? 'dark' : 'light'),
    size: nearestIndex(FONT_SIZES, settings.fontSize ?? 18),
    width: settings.width in WIDTHS ? settings.width : 'medium',
  };

  const host = document.createElement('div');
  host.id = HOST_ID;
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const backdrop = document.createElement('div');
  backdrop.className = 'backdrop';
  backdrop.setAttribute('role', 'dialog');
  backdrop.setAttribute('aria-modal', 'true');
  backdrop.setAttribute('aria-label', 'Reader view');

  const bar = document.createElement('div');
  bar.className = 'bar';
  const button = (label, title, onClick) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.title = title;
    b.dataset.action = title.toLowerCase().replace(/\s+/g, '-');
    b.addEventListener('click', onClick);
    bar.append(b);
    return b;
  };
  button('A−', 'Smaller text', () => {
    state.size = Math.max(0, state.size - 1);
    apply();
  });
  button('A+', 'Larger text', () => {
    state.size = Math.min(FONT_SIZES.length - 1, state.size + 1);
    apply();
  });
  button('↔', 'Column width', () => {
    const keys = Object.keys(WIDTHS);
    state.width = keys[(keys.indexOf(state.width) + 1) % keys.length];
    apply();
  });
  button('◐', 'Dark or light', () => {
    state.theme = state.theme === 'dark' ? 'light' : 'dark';
    apply();
  });
  button('✕', 'Close reader', () => close());

  const main = document.createElement('article');
  if (article.lang) main.lang = article.lang;
  if (article.dir) main.dir = article.dir;
  const h1 = document.createElement('h1');
  h1.textContent = article.title || '';
  const meta = document.createElement('div');
  meta.className = 'meta';
  meta.textContent = [article.byline, article.siteName, readingTime(article)].filter(Boolean).join(' · ');
  const body = document.createElement('div');
  body.className = 'body';
  // Sanitized by the core's allow-list serializer: no scripts, handlers or javascript: URLs.
  body.innerHTML = article.content;
  main.append(h1, meta, body);
  backdrop.append(bar, main);
  shadow.append(style, backdrop);

  function apply() {
    backdrop.className = `backdrop ${state.theme}`;
    backdrop.style.setProperty('--size', `${FONT_SIZES[state.size]}px`);
    backdrop.style.setProperty('--width', WIDTHS[state.width]);
  }
  apply();

  const previousOverflow = document.documentElement.style.overflow;
  document.documentElement.style.overflow = 'hidden';
  const onKey = (event) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      close();
    }
  };
  document.addEventListener('keydown', onKey, true);
  (document.body || document.documentElement).append(host);
  backdrop.tabIndex = -1;
  backdrop.focus();

  let open = true;
  function close() {
    if (!open) return;
    open = false;
    document.removeEventListener('keydown', onKey, true);
    document.documentElement.style.overflow = previousOverflow;
    host.remove();
  }
  return {
    article,
    close,
    get isOpen() {
      return open;
    },
  };
}

/** True when a reader overlay is showing in `document`. */
export function isReaderOpen(document) {
  return Boolean(document.getElementById(HOST_ID));
}

/** Closes the reader overlay in `document`, if one is showing. */
export function closeReader(document) {
  const host = document.getElementById(HOST_ID);
  if (!host) return false;
  host.shadowRoot?.querySelector('[data-action="close-reader"]')?.click();
  host.remove();
  return true;
}

function nearestIndex(list, value) {
  let best = 0;
  list.forEach((v, i) => {
    if (Math.abs(v - value) < Math.abs(list[best] - value)) best = i;
  });
  return best;
}

function readingTime(article) {
  const minutes = article.readingTimeMinutes;
  return minutes ? `${minutes} min read` : '';
}
