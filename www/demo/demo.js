import { ready, extract } from '../index.js';

const $ = (id) => document.getElementById(id);
const status = $('status');

ready.then(
  () => {
    $('run').disabled = false;
    status.textContent = 'ready';
  },
  (error) => {
    status.textContent = `could not load the WebAssembly module: ${error.message}`;
  },
);

$('sample').addEventListener('change', async (event) => {
  const name = event.target.value;
  if (!name) return;
  const response = await fetch(`samples/${name}.html`);
  $('html').value = await response.text();
  $('url').value = `https://example.com/${name}/`;
  await ready;
  run();
});

$('run').addEventListener('click', run);

for (const tab of document.querySelectorAll('.tabs button')) {
  tab.addEventListener('click', () => {
    for (const t of document.querySelectorAll('.tabs button, .pane')) t.classList.remove('active');
    tab.classList.add('active');
    $(tab.dataset.tab).classList.add('active');
  });
}

function run() {
  const html = $('html').value;
  const options = { stripBoilerplate: $('strip').checked };
  if ($('url').value) options.url = $('url').value;
  let article;
  const start = performance.now();
  try {
    article = extract(html, options);
  } catch (error) {
    status.textContent = error.message;
    return;
  }
  const ms = performance.now() - start;
  status.textContent = `${ms.toFixed(1)} ms · ${article.wordCount} words · ${article.removed.length} removals`;
  status.dataset.ms = ms.toFixed(3);
  showArticle(article);
  showRemoved(article.removed);
  $('markdown').textContent = article.markdown;
}

function showArticle(article) {
  const pane = $('reader');
  pane.replaceChildren();
  const root = pane.attachShadow ? pane.shadowRoot ?? pane.attachShadow({ mode: 'open' }) : pane;
  const style = document.createElement('style');
  style.textContent = `:host { display: block; font: 17px/1.6 Georgia, serif; }
    h1 { font-size: 1.6em; line-height: 1.2; } .meta { color: #666; font: 13px system-ui; }
    img { max-width: 100%; height: auto; } figcaption { color: #666; font-size: .85em; }`;
  const h1 = document.createElement('h1');
  h1.textContent = article.title ?? '';
  const meta = document.createElement('p');
  meta.className = 'meta';
  meta.textContent = [article.byline, article.siteName, article.publishedTime].filter(Boolean).join(' · ');
  const body = document.createElement('div');
  body.className = 'body';
  body.innerHTML = article.content; // sanitized by the core's allow-list serializer
  root.replaceChildren(style, h1, meta, body);
}

function showRemoved(removed) {
  $('removed-count').textContent = `(${removed.length})`;
  const rows = removed.map((r) => {
    const tr = document.createElement('tr');
    for (const [cls, value] of [['kind', r.kind], ['rule', r.rule], ['text', r.text]]) {
      const td = document.createElement('td');
      td.className = cls;
      td.textContent = value;
      tr.append(td);
    }
    return tr;
  });
  document.querySelector('#removed tbody').replaceChildren(...rows);
}
