// Browser tests in real headless Chromium (Debian's /usr/bin/chromium, driven by
// playwright-core): the demo page, the Readability-compatible class against the native CLI,
// the reader overlay, the example extension on a page with a strict CSP, and a bundle made
// with esbuild, and every XSS vector of tests/xss/vectors.txt extracted and inserted into a
// live page. The DOM path (live documents walked, not parsed again): the same articles as
// the HTML path on the scrapinghub pages (the corpus in ../shared, or DECLUTTER_CORPUS),
// shadow roots and templates left out, documents that change while they are walked.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, cpSync, readFileSync, readdirSync, writeFileSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'esbuild';

import { startServer } from './server.mjs';

const www = fileURLToPath(new URL('..', import.meta.url));
const repo = fileURLToPath(new URL('../..', import.meta.url));
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
// The scrapinghub pages: DECLUTTER_CORPUS, else the shared corpus beside the repository or
// at its usual place. A clone with neither compares the fixture pages instead (fewer pages,
// the same test); DECLUTTER_CORPUS=fixtures asks for that.
const SHARED_CORPUS = process.env.DECLUTTER_CORPUS === 'fixtures' ? undefined : [
  process.env.DECLUTTER_CORPUS,
  join(repo, '../shared/corpus/scrapinghub/pages'),
  '/work/shared/corpus/scrapinghub/pages',
].find((dir) => dir && existsSync(dir));
const CORPUS = SHARED_CORPUS ?? fixtureCorpus();

/** A folder of the fixture pages, one file each, for when the shared corpus is absent. */
function fixtureCorpus() {
  const dir = mkdtempSync(join(tmpdir(), 'declutter-fixture-corpus-'));
  for (const name of readdirSync(join(repo, 'tests/fixtures'))) {
    const page = join(repo, 'tests/fixtures', name, 'page.html');
    if (existsSync(page)) cpSync(page, join(dir, `${name}.html`));
  }
  return dir;
}
const FIXTURES = ['news-seed', 'blog-wordpress', 'german-news', 'lazy-images', 'tables-and-code', 'russian-windows-1251', 'japanese-shift-jis'];

let server;
let browser;

before(async () => {
  server = await startServer({ www, fixtures: join(repo, 'tests/fixtures'), mounts: { '/corpus/': CORPUS } });
  browser = await chromium.launch({ executablePath, headless: true, args });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A page that only talks to our server. */
async function newPage(context = browser) {
  const page = await context.newPage();
  await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.errors = errors;
  return page;
}

test('the demo extracts a sample and lists what it removed', async () => {
  const page = await newPage();
  await page.goto(`${server.url}/demo/index.html`);
  await page.waitForFunction(() => document.getElementById('status').textContent === 'ready');
  await page.selectOption('#sample', 'news-seed');
  await page.waitForFunction(() => document.getElementById('status').dataset.ms !== undefined);
  const reader = await page.evaluate(() => document.getElementById('reader').shadowRoot.textContent);
  assert.ok(reader.includes('New Delhi: The Central Bureau of Investigation'));
  assert.ok(!reader.includes('Support Our Journalism'));
  const rows = await page.$$eval('#removed tbody tr', (trs) =>
    trs.map((tr) => [...tr.children].map((td) => td.textContent)),
  );
  const kinds = new Set(rows.map((r) => r[0]));
  for (const kind of ['appeal', 'related', 'share', 'comments', 'author-box']) assert.ok(kinds.has(kind), kind);
  assert.ok(rows.every((r) => r[1].length > 0 && r[2].length > 0), 'each removal has a rule and a text');
  const status = await page.textContent('#status');
  assert.match(status, /^\d+\.\d ms · \d+ words · \d+ removals$/);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('Readability class, and extract() of the page as bytes, give the native CLI values on the same pages', async () => {
  const cli = process.env.DECLUTTER_CLI ?? join(repo, 'target/release/declutter');
  assert.ok(existsSync(cli), `native CLI at ${cli} (cargo build --release)`);
  const fields = ['title', 'byline', 'dir', 'lang', 'content', 'textContent', 'length', 'excerpt', 'siteName', 'publishedTime'];
  const page = await newPage();
  for (const name of FIXTURES) {
    const url = `${server.url}/fixtures/${name}/page.html`;
    await page.goto(url);
    const [parsed, fromBytes] = await page.evaluate(async () => {
      // Absolute: some fixtures have a <base href> elsewhere.
      const { ready, Readability, extract } = await import(`${location.origin}/index.js`);
      await ready;
      const bytes = new Uint8Array(await (await fetch(location.href)).arrayBuffer());
      return [new Readability(document).parse(), extract(bytes, { url: location.href })];
    });
    const native = JSON.parse(
      execFileSync(cli, ['--format', 'json', '--url', url, join(repo, 'tests/fixtures', name, 'page.html')], {
        encoding: 'utf8',
      }),
    );
    assert.deepEqual(Object.keys(parsed), fields, `${name}: field names`);
    for (const field of fields) {
      assert.deepEqual(parsed[field], native[field], `${name}: ${field}`);
    }
    // The bytes are decoded by the browser's TextDecoder, the encoding chosen as natively.
    assert.deepEqual(fromBytes, native, `${name}: extract(bytes)`);
  }
  const empty = await page.evaluate(async () => {
    const { Readability } = await import('/index.js');
    const doc = new DOMParser().parseFromString('<html><body><nav></nav></body></html>', 'text/html');
    return new Readability(doc).parse();
  });
  assert.equal(empty, null, 'nothing article-like gives null');
  await page.close();
});

test('the reader overlay opens over the page and closes with Escape', async () => {
  const page = await newPage();
  await page.goto(`${server.url}/fixtures/blog-wordpress/page.html`);
  const title = await page.evaluate(async () => {
    const { ready, showReader } = await import('/index.js');
    await ready;
    const handle = showReader(document, { theme: 'dark', fontSize: 20 });
    const host = document.getElementById('declutter-reader');
    return host.shadowRoot.querySelector('h1').textContent;
  });
  assert.equal(title, 'Repairing a 1970s sewing machine, one gear at a time');
  const shown = await page.evaluate(() => {
    const root = document.getElementById('declutter-reader').shadowRoot;
    return {
      text: root.querySelector('.body').textContent,
      dark: root.querySelector('.backdrop').classList.contains('dark'),
      size: root.querySelector('.backdrop').style.getPropertyValue('--size'),
    };
  });
  assert.ok(shown.text.includes('It was the varnish.'));
  assert.ok(!shown.text.includes('Sign up for our newsletter'));
  assert.equal(shown.dark, true);
  assert.equal(shown.size, '20px');
  // Controls work.
  await page.evaluate(() =>
    document.getElementById('declutter-reader').shadowRoot.querySelector('[data-action="larger-text"]').click(),
  );
  assert.equal(
    await page.evaluate(() =>
      document.getElementById('declutter-reader').shadowRoot.querySelector('.backdrop').style.getPropertyValue('--size'),
    ),
    '22px',
  );
  await page.keyboard.press('Escape');
  assert.equal(await page.evaluate(() => document.getElementById('declutter-reader')), null);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('the extension turns a page with a strict CSP into reader view, from the walked page; click-to-reader time', async (t) => {
  const extension = join(www, 'extension');
  assert.ok(existsSync(join(extension, 'declutter-article/pkg/declutter_bg.wasm')), 'extension assembled (npm run build:extension)');
  const profile = mkdtempSync(join(tmpdir(), 'declutter-ext-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [...args, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const page = await context.newPage();
    await page.goto(`${server.url}/csp/news-seed/page.html`);
    const csp = await page.evaluate(async () => {
      try {
        await WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
        return 'wasm allowed';
      } catch (e) {
        return 'wasm blocked';
      }
    });
    assert.equal(csp, 'wasm blocked', 'the test page really forbids WebAssembly');
    // Wait until the content script is in the page, then do what the toolbar button does.
    await page.waitForFunction(() => document.readyState === 'complete');
    await page.bringToFront();
    // The page notes when the reader appears (a clock shared with the worker: timeOrigin + now).
    await page.evaluate(() => {
      new MutationObserver(() => {
        if (document.getElementById('declutter-reader') && !window.__shownAt) window.__shownAt = performance.timeOrigin + performance.now();
      }).observe(document.documentElement, { childList: true, subtree: true });
    });
    await worker.evaluate(() => {
      chrome.runtime.onMessage.addListener((message) => {
        globalThis.lastMessage = message;
      });
    });
    const clickToReader = async () => {
      await page.evaluate(() => {
        window.__shownAt = 0;
      });
      const clickedAt = await worker.evaluate(async () => {
        let last;
        for (let i = 0; i < 50; i++) {
          // Without the "tabs" permission tab URLs are hidden: take the active tab, as the
          // toolbar button does.
          const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
          const at = performance.timeOrigin + performance.now();
          try {
            await globalThis.toggleReader(tab.id);
            return at;
          } catch (e) {
            last = e;
            await new Promise((r) => setTimeout(r, 100));
          }
        }
        throw new Error(`content script never answered: ${last}`);
      });
      await page.waitForFunction(() => window.__shownAt > 0, null, { polling: 'raf' });
      return (await page.evaluate(() => window.__shownAt)) - clickedAt;
    };
    const first = await clickToReader();
    const text = await page.evaluate(() => document.getElementById('declutter-reader').shadowRoot.textContent);
    assert.ok(text.includes('New Delhi: The Central Bureau of Investigation'));
    assert.ok(!text.includes('Support Our Journalism'));
    // The content script sent the page walked, not its HTML.
    const sent = await worker.evaluate(() => globalThis.lastMessage);
    assert.equal(sent.type, 'declutter:extract');
    assert.deepEqual(Object.keys(sent.page), ['walked', 'url']);
    assert.ok(sent.page.walked.startsWith('declutter-walk 1\0<\0html'));
    assert.equal(sent.html, undefined);
    await page.keyboard.press('Escape');
    assert.equal(await page.evaluate(() => document.getElementById('declutter-reader')), null);
    const again = [];
    for (let i = 0; i < 5; i++) {
      again.push(await clickToReader());
      await page.keyboard.press('Escape');
    }
    again.sort((a, b) => a - b);
    t.diagnostic(
      `click to reader on news-seed under a strict CSP: ${first.toFixed(1)} ms the first time (the service worker ` +
        `loads the module), then median ${again[2].toFixed(1)} ms (${again.map((x) => x.toFixed(1)).join(', ')})`,
    );
    assert.ok(first > 0 && again[2] > 0 && again[2] < 2000, 'measured');
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('a bundle built with esbuild runs in the browser, with the module next to it or elsewhere', async () => {
  const project = mkdtempSync(join(tmpdir(), 'declutter-bundle-'));
  try {
    mkdirSync(join(project, 'node_modules'));
    symlinkSync(www, join(project, 'node_modules/declutter-article'), 'dir');
    writeFileSync(
      join(project, 'app.js'),
      `import { ready, extract } from 'declutter-article';
       await ready;
       window.result = extract(document.documentElement.outerHTML, { url: location.href });`,
    );
    const out = join(www, 'test/.bundle');
    rmSync(out, { recursive: true, force: true });
    await build({
      entryPoints: [join(project, 'app.js')],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      outfile: join(out, 'app.js'),
      absWorkingDir: project,
      logLevel: 'warning',
    });
    // A page loads the build for pages, fetched next to the bundle
    // (new URL('declutter_dom_bg.wasm', import.meta.url)), and nothing else.
    cpSync(join(www, 'pkg/declutter_dom_bg.wasm'), join(out, 'declutter_dom_bg.wasm'));
    writeFileSync(
      join(out, 'index.html'),
      readFixture('german-news').replace('</body>', '<script type="module" src="app.js"></script></body>'),
    );
    const page = await newPage();
    const fetched = [];
    page.on('request', (request) => request.url().endsWith('.wasm') && fetched.push(new URL(request.url()).pathname));
    await page.goto(`${server.url}/test/.bundle/index.html`);
    await page.waitForFunction(() => window.result);
    const title = await page.evaluate(() => window.result.title);
    assert.equal(title, 'Bahnstrecke nach Sturm wieder frei');
    assert.deepEqual(fetched, ['/test/.bundle/declutter_dom_bg.wasm']);
    assert.deepEqual(page.errors, []);
    await page.close();
    rmSync(out, { recursive: true, force: true });

    // The module kept elsewhere: initialize(url) loads it from there; either build works in a
    // page (the one given is recognised), and the walk of the live page as well as HTML.
    writeFileSync(
      join(project, 'elsewhere.js'),
      `import { initialize, extract, extractDocument } from 'declutter-article';
       await initialize(new URL(new URLSearchParams(location.search).get('module'), location.href));
       window.result = [extract(document.documentElement.outerHTML, { url: location.href }), extractDocument(document)];`,
    );
    await build({
      entryPoints: [join(project, 'elsewhere.js')],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      outfile: join(out, 'elsewhere.js'),
      absWorkingDir: project,
      logLevel: 'warning',
    });
    writeFileSync(
      join(out, 'index.html'),
      readFixture('german-news').replace('</body>', '<script type="module" src="elsewhere.js"></script></body>'),
    );
    for (const module of ['/pkg/declutter_dom_bg.wasm', '/pkg/declutter_bg.wasm']) {
      const elsewhere = await newPage();
      await elsewhere.goto(`${server.url}/test/.bundle/index.html?module=${module}`);
      await elsewhere.waitForFunction(() => window.result);
      const titles = await elsewhere.evaluate(() => window.result.map((a) => a.title));
      assert.deepEqual(titles, ['Bahnstrecke nach Sturm wieder frei', 'Bahnstrecke nach Sturm wieder frei'], module);
      assert.deepEqual(elsewhere.errors, [], module);
      await elsewhere.close();
    }
    rmSync(out, { recursive: true, force: true });
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
});

/**
 * Pages of the scrapinghub corpus whose article from the live document differs from the one
 * html5ever gives for its outerHTML, with the fields that differ and why. textContent is the
 * same on every page.
 */
const KNOWN_DOM_DIFFERENCES = {
  // The walk leaves out the bodies of scripts (never content). One stage reads them: a byline
  // candidate is taken only when its raw text, scripts included, is short (as Readability.js
  // measures it). Here the candidate holds only a script: its byline is "" from HTML, none
  // walked; the confidence counts a byline.
  '11ea381ad92b5448cf66eae62f52ac565361a244c8881615fc6a7bb523cc0c32.html': ['byline', 'confidence'],
  'cc03ddb5ef7d5f1fdb8a87f5e6dfd058a2a70acedf2551655a898dc5c18eb79e.html': ['byline', 'confidence'],
  // The same: "Popular on IndieWire" is removed with the section under it, which holds only a
  // script. From HTML the rule named is "heading over a section that was removed"; walked, the
  // section is empty and the rule is "heading or announcing line with nothing after it".
  '3d8f3404cf975af824d7866b7679bc45189c3eea6adb32f0a125a0904b1abbb2.html': ['removed'],
  // The live tree is not the one its HTML parses to: a script put an <iframe> in <head>, which
  // re-parsing moves into <body>. The page's prose is measured over a slightly different
  // tree, and the judge gives another reason for the same article ("the scored article is
  // plausible" walked; "holds little of the page's prose, and no alternative more" from HTML).
  '88c328b68b038a625b4b3f8c322215caa30b0e88af0754bd71056ffc15c7b4b7.html': ['chosen'],
  // The same (the live tree, after its scripts ran, is not the one its outerHTML parses to):
  // the article is identical, but the page around it is measured slightly apart, and this
  // page's confidence sits at a rounding boundary: 0.78 walked, 0.77 from HTML (0.78 from the
  // saved file natively).
  '5caf91b8a4423735f866b089d2611ea14503584cf3b6f487c6d26eb7b9521fca.html': ['confidence'],
};

test('in a worker (no DOMParser) the module with html5ever loads, and extract(html) gives the article the page gets', async () => {
  const page = await newPage();
  const fetched = [];
  page.on('request', (request) => request.url().endsWith('.wasm') && fetched.push(new URL(request.url()).pathname));
  await page.goto(`${server.url}/fixtures/german-news/page.html`);
  const result = await page.evaluate(async () => {
    const html = document.documentElement.outerHTML;
    const source = `
      import { ready, extract, extractDocument } from '${location.origin}/index.js';
      self.onmessage = async ({ data }) => {
        try {
          await ready;
          const article = extract(data.html, { url: data.url });
          const walked = extract(data.walked);
          let documentError = null;
          try { extractDocument({}); } catch (e) { documentError = e.constructor.name; }
          postMessage({ parser: typeof DOMParser, title: article.title, text: article.textContent, walkedText: walked.textContent, documentError });
        } catch (e) {
          postMessage({ error: String(e) });
        }
      };`;
    const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })), { type: 'module' });
    const { ready, extract, walkDocument } = await import('/index.js');
    await ready;
    const inPage = extract(html, { url: location.href });
    const answer = new Promise((resolve) => {
      worker.onmessage = ({ data }) => resolve(data);
    });
    worker.postMessage({ html, url: location.href, walked: walkDocument(document) });
    const fromWorker = await answer;
    worker.terminate();
    return { inPage: { title: inPage.title, text: inPage.textContent }, fromWorker };
  });
  assert.equal(result.fromWorker.error, undefined, result.fromWorker.error);
  assert.equal(result.fromWorker.parser, 'undefined', 'a worker has no DOMParser');
  assert.equal(result.fromWorker.title, 'Bahnstrecke nach Sturm wieder frei');
  assert.equal(result.fromWorker.title, result.inPage.title);
  assert.equal(result.fromWorker.text, result.inPage.text, 'html5ever in the worker, DOMParser in the page: the same text');
  assert.equal(result.fromWorker.walkedText, result.inPage.text, 'a page walked in the page, extracted in the worker');
  assert.equal(result.fromWorker.documentError, 'TypeError');
  assert.deepEqual(fetched.sort(), ['/pkg/declutter_bg.wasm', '/pkg/declutter_dom_bg.wasm'], 'the page loads one build, the worker the other');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('on a live page removeSelectors and keepSelectors are full CSS, matched by the browser', async () => {
  const page = await newPage();
  await page.goto(`${server.url}/fixtures/german-news/page.html`);
  const result = await page.evaluate(async () => {
    const { ready, extractDocument, extract, Readability } = await import('/index.js');
    await ready;
    const plain = extractDocument(document).textContent;
    // :has(), a sibling combinator, :not() and :nth-of-type: none of them in the HTML subset.
    const options = {
      removeSelectors: ['.artikel-text p:has(+ .anzeige)', '.artikel-text > p:nth-of-type(2):not(.none)'],
      keepSelectors: ['.artikel-text > p ~ div.box'],
    };
    const cut = extractDocument(document, options);
    let subsetError = null;
    try {
      extract(document.documentElement.outerHTML, options);
    } catch (e) {
      subsetError = e.message;
    }
    let syntaxError = null;
    try {
      extractDocument(document, { removeSelectors: ['p:::nope'] });
    } catch (e) {
      syntaxError = e.message;
    }
    const readability = new Readability(document, { removeSelectors: options.removeSelectors }).parse().textContent;
    return { plain, cut: cut.textContent, rules: cut.removed.map((r) => r.rule), subsetError, syntaxError, readability };
  });
  const pendler = 'Pendler mussten seit Montag auf Busse ausweichen';
  const seit = 'Seit Mittwochmorgen ist die Strecke wieder befahrbar';
  assert.ok(result.plain.includes(pendler) && result.plain.includes(seit));
  assert.ok(!result.cut.includes(pendler), 'p:has(+ .anzeige) removed the paragraph before the ad');
  assert.ok(!result.cut.includes(seit), ':nth-of-type(2):not() removed the second paragraph');
  assert.ok(result.cut.includes('Die Bahn kündigte an'), 'the rest stays');
  assert.ok(result.rules.includes('removeSelectors'));
  assert.ok(!result.readability.includes(pendler), 'the Readability class passes them on');
  assert.match(result.subsetError ?? '', /option removeSelectors: ".artikel-text p:has\(\+ .anzeige\)" is not a valid CSS selector/);
  assert.match(result.syntaxError ?? '', /option removeSelectors: "p:::nope" is not a valid CSS selector \(the browser cannot parse it\)/);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('the DOM path gives the article of the HTML path on the scrapinghub pages', async (t) => {
  if (!SHARED_CORPUS) t.diagnostic(`no scrapinghub corpus found: comparing the fixture pages in ${CORPUS}`);
  const names = readdirSync(CORPUS).filter((f) => f.endsWith('.html')).sort();
  const page = await newPage();
  await page.goto(`${server.url}/test/blank.html`);
  // The page's build (no html5ever) and, beside it, the build with html5ever: extract() of
  // the outerHTML there is the HTML path exactly as natively.
  await page.evaluate(async () => {
    const api = await import('/index.js');
    await api.ready;
    const full = await import('/pkg/declutter.js');
    await full.default({ module_or_path: '/pkg/declutter_bg.wasm' });
    window.paths = { api, full };
  });
  const results = [];
  for (const name of names) {
    const result = await page.evaluate(async (url) => {
      const frame = document.createElement('iframe');
      document.body.append(frame);
      await new Promise((resolve) => {
        frame.onload = resolve;
        frame.src = url;
      });
      const doc = frame.contentDocument;
      // A page that navigated its frame away (to a blocked address) is not comparable.
      if (!doc?.documentElement || !doc.URL.includes('/corpus/')) {
        frame.remove();
        return null;
      }
      const { api, full } = window.paths;
      const html = doc.documentElement.outerHTML;
      const walked = api.extractDocument(doc);
      const fromHtml = full.extract(html, { url: doc.URL });
      const fromDomParser = api.extract(html, { url: doc.URL });
      frame.remove();
      const differing = (a, b) => Object.keys(b).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
      return { walked: differing(walked, fromHtml), domParser: differing(fromDomParser, fromHtml) };
    }, `${server.url}/corpus/${name}`);
    if (result) results.push({ name, ...result });
  }
  await page.close();
  assert.ok(results.length >= (SHARED_CORPUS ? 170 : names.length), `${results.length} pages loaded`);
  const textDiffers = results.filter((r) => r.walked.includes('textContent')).map((r) => r.name);
  assert.ok(textDiffers.length * 100 <= results.length, `textContent differs on ${textDiffers.join(', ')}`);
  const unexplained = results
    .filter((r) => r.walked.length > 0)
    .filter((r) => JSON.stringify(r.walked) !== JSON.stringify(KNOWN_DOM_DIFFERENCES[r.name]))
    .map((r) => `${r.name}: ${r.walked.join(', ')}`);
  assert.deepEqual(unexplained, [], 'every difference is listed, with its fields, in KNOWN_DOM_DIFFERENCES');
  // extract(html) in a page parses with DOMParser (the page build has no html5ever).
  const domParserText = results.filter((r) => r.domParser.includes('textContent')).map((r) => r.name);
  assert.ok(domParserText.length * 100 <= results.length, `extract(html) textContent differs on ${domParserText.join(', ')}`);
  const identical = results.filter((r) => r.walked.length === 0).length;
  t.diagnostic(
    `${results.length} pages: textContent identical on ${results.length - textDiffers.length}; every field identical on ${identical}, ` +
      `${results.length - identical} differ as listed; extract(outerHTML) with DOMParser differs from html5ever's in some field on ` +
      `${results.filter((r) => r.domParser.length > 0).length} (textContent on ${domParserText.length})`,
  );
});

test('shadow roots and <template> content are left out of a live page, not crashed on', async () => {
  const page = await newPage();
  await page.goto(`${server.url}/test/blank.html`);
  const para = (i) =>
    `<p>Paragraph ${i} of the story: the council met on Tuesday evening to discuss the future of the old railway depot, which has stood empty for more than a decade.</p>`;
  const html =
    '<!DOCTYPE html><html><head><title>Depot plans | Gazette</title></head><body><main><article><h1>Depot plans</h1>' +
    para(1) +
    '<section-box><template shadowrootmode="open"><p>DECLARATIVE SHADOW TEXT</p><slot></slot></template>' +
    para(2) +
    '</section-box>' +
    '<template id="card"><p>TEMPLATE TEXT <template><p>NESTED TEMPLATE TEXT</p></template></p></template>' +
    '<div id="host"></div><div id="closed"></div>' +
    para(3) +
    para(4) +
    '</article></main></body></html>';
  const result = await page.evaluate(async (html) => {
    document.open();
    document.write(html);
    document.close();
    document.getElementById('host').attachShadow({ mode: 'open' }).innerHTML = '<p>OPEN SHADOW TEXT</p><div><p>deeper</p></div>';
    document.getElementById('closed').attachShadow({ mode: 'closed' }).innerHTML = '<p>CLOSED SHADOW TEXT</p>';
    // A template whose element (not its content) was given children by a script.
    document.getElementById('card').append(document.createTextNode('TEMPLATE CHILD TEXT'));
    const { ready, extractDocument, walkDocument, isProbablyReaderable } = await import('/index.js');
    await ready;
    const full = await import('/pkg/declutter.js');
    await full.default({ module_or_path: '/pkg/declutter_bg.wasm' });
    const article = extractDocument(document);
    return {
      text: article.textContent,
      fromHtml: full.extract(document.documentElement.outerHTML, { url: location.href }).textContent,
      walked: walkDocument(document).walked,
      readerable: isProbablyReaderable(document),
      declarative: Boolean(document.querySelector('section-box').shadowRoot),
    };
  }, html);
  assert.equal(result.declarative, true, 'the declarative shadow root was attached');
  for (const i of [1, 2, 3, 4]) assert.ok(result.text.includes(`Paragraph ${i} of the story`), `paragraph ${i} (light DOM, slotted too)`);
  for (const hidden of ['SHADOW TEXT', 'TEMPLATE', 'deeper']) {
    assert.ok(!result.walked.includes(hidden), `${hidden} is not walked`);
    assert.ok(!result.text.includes(hidden), hidden);
  }
  assert.equal(result.text, result.fromHtml, 'the same text as from the outerHTML');
  assert.equal(result.readerable, true);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a document that changes while it is walked gives an article or a clear error, never a hang', async () => {
  const page = await newPage();
  await page.goto(`${server.url}/fixtures/news-seed/page.html`);
  const result = await page.evaluate(async () => {
    const { ready, extractDocument } = await import('/index.js');
    await ready;
    const before = extractDocument(document).textContent;
    const original = Element.prototype.getAttributeNames;
    const run = (mutate, options) => {
      let calls = 0;
      Element.prototype.getAttributeNames = function () {
        mutate(this, ++calls);
        return original.call(this);
      };
      try {
        return { text: extractDocument(document, options).textContent };
      } catch (error) {
        return { error: String(error.message) };
      } finally {
        Element.prototype.getAttributeNames = original;
      }
    };
    const paragraphs = () => [...document.querySelectorAll('article p, .entry-content p, p')];
    const out = {};
    // Mutations between walks, as a live page makes them (a ticker, lazy images): each walk
    // sees a consistent document.
    const ticker = document.createElement('div');
    document.body.prepend(ticker);
    let tick = 0;
    const timer = setInterval(() => {
      ticker.textContent = `tick ${++tick}`;
      ticker.append(document.createElement('span'));
    }, 0);
    const texts = [];
    for (let i = 0; i < 20; i++) {
      texts.push(extractDocument(document).textContent.length);
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    clearInterval(timer);
    ticker.remove();
    out.ticks = tick;
    out.tickerTexts = texts;
    // Elements removed and moved around the one being walked: its next sibling goes, the
    // element itself is detached, a later paragraph moves into <head>, new ones are added.
    // Outside <body> and inside the article, a few times each.
    const walkedCalls = [];
    out.shuffled = run((element, calls) => {
      walkedCalls.push(element.localName);
      if (calls > 400) return;
      const inArticle = element.closest('article, .entry-content');
      if (calls % 7 === 0 && !inArticle) element.nextElementSibling?.remove();
      if (calls % 11 === 0 && !inArticle && element.parentNode && !['html', 'head', 'body'].includes(element.localName)) element.remove();
      if (calls % 13 === 0) {
        const list = paragraphs();
        if (list.length > 3) document.head.append(list[list.length - 1]);
      }
      if (calls % 17 === 0) document.body.append(Object.assign(document.createElement('p'), { className: 'added', textContent: 'Added while walked.' }));
    });
    out.walkedCalls = walkedCalls.length;
    // A document that keeps growing as it is walked: each element walked adds another.
    out.growing = run((element) => {
      document.body.append(Object.assign(document.createElement('div'), { className: 'grows', textContent: 'x' }));
    }, { maxInputBytes: 2_000_000 });
    out.before = before;
    out.after = extractDocument(document).textContent;
    return out;
  });
  assert.equal(result.shuffled.error, undefined, result.shuffled.error);
  assert.ok(result.walkedCalls > 20, `the document changed while it was walked (${result.walkedCalls} hooks ran)`);
  assert.ok(result.shuffled.text.length > 500, `an article from the shuffled document: ${result.shuffled.text.slice(0, 200)}`);
  assert.ok(result.shuffled.text.startsWith('New Delhi: The Central Bureau of Investigation'), result.shuffled.text.slice(0, 200));
  assert.ok(result.before.startsWith('New Delhi: The Central Bureau of Investigation'));
  assert.match(result.growing.error ?? '', /over 2000000 characters as walked \(option maxInputBytes\); it may have kept growing while it was read/);
  assert.ok(result.ticks > 0, 'the ticker ran between walks');
  assert.ok(result.tickerTexts.every((n) => n > 500), `every walk between mutations gives the article: ${result.tickerTexts}`);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('no XSS vector runs when its extracted article is inserted into a live page', async (t) => {
  const vectors = readVectors();
  assert.ok(vectors.length >= 300, `${vectors.length} vectors`);
  // As tests/xss.rs does: each vector between the second and third paragraphs, and inside the
  // second paragraph's text.
  const cases = vectors.flatMap((v) => [
    { name: `${v.name} (between paragraphs)`, html: xssArticlePage(v.payload, false) },
    { name: `${v.name} (inside a paragraph)`, html: xssArticlePage(v.payload, true) },
  ]);
  const context = await browser.newContext();
  try {
    // Control: the same harness sees a handler that runs, a clobbering element, and the
    // markup its checks forbid, so a vector that got through would fail this test.
    const control = await newPage(context);
    await control.goto(`${server.url}/test/blank.html`);
    await control.evaluate(installXssHarness);
    await control.evaluate(() =>
      window.renderArticle('control', {
        title: 'control',
        byline: null,
        excerpt: null,
        content: '<p><img src="x" onerror="top.__xss=1"><a href="javascript:void 0">a</a><svg></svg></p>',
      }),
    );
    await control.waitForFunction(() => window.__xss === 1);
    const seen = await control.evaluate(() => ({ sentinel: window.sentinel(), report: window.inspectArticles() }));
    assert.deepEqual(seen.sentinel, { value: '1', hits: ['control'] }, 'the sentinel names the article that ran it');
    assert.ok(seen.report.problems.some((p) => p.includes('onerror')), 'the check sees event handlers');
    assert.ok(seen.report.problems.some((p) => p.includes('javascript:')), 'the check sees script links');
    assert.ok(seen.report.problems.some((p) => p.includes('<svg>')), 'the check sees <svg>');
    await control.close();
    const clobbered = await newPage(context);
    await clobbered.goto(`${server.url}/test/blank.html`);
    await clobbered.evaluate(installXssHarness);
    await clobbered.evaluate(() =>
      window.renderArticle('clobber', { title: '', byline: null, excerpt: null, content: '<a id="__xss">x</a>' }),
    );
    const clobber = await clobbered.evaluate(() => window.sentinel());
    assert.deepEqual(clobber, { value: '[object HTMLAnchorElement]', hits: [] }, 'the check sees a clobbering element');
    await clobbered.close();

    const page = await newPage(context);
    const dialogs = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      dialog.dismiss().catch(() => {});
    });
    await page.goto(`${server.url}/test/blank.html`);
    const start = page.url();
    const navigations = [];
    page.on('framenavigated', (frame) => navigations.push(frame.url()));
    const popups = [];
    context.on('page', (p) => popups.push(p.url()));
    await page.evaluate(installXssHarness);
    const run = await page.evaluate(async (cases) => {
      const { ready, extract } = await import('/index.js');
      await ready;
      const errors = [];
      const lost = [];
      for (const { name, html } of cases) {
        let article;
        try {
          article = extract(html, { url: 'https://news.example/story' });
        } catch (e) {
          errors.push(`${name}: ${e}`);
          continue;
        }
        // A vector may swallow the rest of the page (an unclosed <script> or <plaintext>).
        if (!article.textContent.includes('railway depot')) lost.push(name);
        window.renderArticle(name, article);
      }
      return { errors, lost };
    }, cases);
    assert.deepEqual(run.errors, [], 'every page extracts');
    // Time for image errors, animations, focus, timers and frames to fire.
    await page.waitForTimeout(1500);
    const report = await page.evaluate(() => window.inspectArticles());
    const sentinel = await page.evaluate(() => window.sentinel());
    const href = await page.evaluate(() => location.href);
    assert.equal(report.articles, cases.length, 'every article is in the page');
    assert.ok(report.links > 0 && report.elements > cases.length * 6, 'the articles have content');
    assert.deepEqual(sentinel.hits, [], 'no vector ran top.__xss=1');
    assert.equal(sentinel.value, 'undefined', 'window.__xss is not defined (nor clobbered)');
    assert.deepEqual(report.problems, []);
    assert.equal(href, start, 'the page did not navigate');
    assert.equal(page.url(), start);
    assert.deepEqual(navigations, [], 'no frame navigated');
    assert.equal(page.frames().length, 1, 'no frame was created');
    assert.deepEqual(popups, [], 'no window was opened');
    assert.deepEqual(dialogs, [], 'no dialog was opened');
    assert.deepEqual(page.errors, [], 'no script from the vectors ran (and threw)');
    t.diagnostic(
      `${vectors.length} vectors, ${cases.length} extractions, ${report.elements} elements and ` +
        `${report.links} links inserted: 0 got through (${run.lost.length} lost the first paragraph)`,
    );
    await page.close();
  } finally {
    await context.close();
  }
});

/** The vectors of tests/xss/vectors.txt, parsed as tests/xss.rs parses them. */
function readVectors() {
  const text = readFileSync(join(repo, 'tests/xss/vectors.txt'), 'utf8');
  const vectors = [];
  let current = null;
  const finish = () => {
    if (current) vectors.push({ name: current.name, payload: current.lines.join('\n').replace(/\n+$/, '') });
  };
  for (const line of text.split('\n')) {
    if (line.startsWith('#### ')) {
      finish();
      current = { name: line.slice(5).trim(), lines: [] };
    } else if (current) {
      current.lines.push(line);
    } else {
      assert.ok(line.startsWith('//') || line.trim() === '', `line before the first header: ${line}`);
    }
  }
  finish();
  return vectors;
}

const XSS_PARAGRAPHS = [
  'The council met on Tuesday evening to discuss the future of the old railway depot, which has stood empty for more than a decade. Residents packed the hall, and many of them had brought drawings, petitions and long lists of questions for the planning committee.',
  'Supporters of the plan argued that a market hall, a small library and workshops for local trades would bring people back to the quarter. Opponents worried about traffic, about the cost of restoring the roof, and about who would pay for the upkeep once the grants ran out.',
  'After three hours of debate the committee agreed to commission a survey of the building before any decision is taken. The survey will look at the state of the brickwork, the iron frame of the main shed and the drainage, which flooded twice last winter.',
  'A final vote is expected in the spring. Until then the depot stays closed, although the council has promised to open it for one weekend in March so that anyone who wants to can walk through the halls and judge the plans for themselves.',
];

/** The article page of tests/xss.rs around a vector. */
function xssArticlePage(payload, inside) {
  const [p1, p2, p3, p4] = XSS_PARAGRAPHS;
  let second = `<p>${p2}</p>`;
  let between = payload;
  if (inside) {
    const found = p2.indexOf(', a small library');
    const cut = found >= 0 ? found : Math.floor(p2.length / 2);
    second = `<p>${p2.slice(0, cut)}${payload}${p2.slice(cut)}</p>`;
    between = '';
  }
  return (
    '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Council weighs plans for the old depot</title></head>\n' +
    '<body>\n<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>\n' +
    `<main><article>\n<h1>Council weighs plans for the old depot</h1>\n<p>${p1}</p>\n${second}\n${between}\n<p>${p3}</p>\n<p>${p4}</p>\n` +
    '</article></main>\n<footer><p>Copyright 2024 The Town Gazette</p></footer>\n</body></html>'
  );
}

/**
 * Runs in the page: `renderArticle(name, article)` shows an article as a reader view would
 * (its HTML as innerHTML of an element in the document, its title, byline and excerpt as
 * text), and `inspectArticles()` lists what the inserted articles hold that could run script.
 * While articles are inserted, `top.__xss=1` is caught by an accessor on EventTarget.prototype,
 * which records the article whose element ran it. `sentinel()` removes the accessor (in
 * Chromium it would hide DOM clobbering: a window's named properties are looked up after its
 * whole prototype chain), defines `window.__xss` if anything ran, and reads it plainly.
 */
function installXssHarness() {
  const hits = [];
  let stored;
  Object.defineProperty(EventTarget.prototype, '__xss', {
    configurable: true,
    get() {
      return stored;
    },
    set(value) {
      const from = window.event?.target?.closest?.('[data-case]')?.dataset.case;
      hits.push(from ?? `unknown: ${new Error().stack}`);
      stored = value;
    },
  });
  window.sentinel = () => {
    delete EventTarget.prototype.__xss;
    if (hits.length) window.__xss = stored;
    const value = window.__xss;
    return {
      value: value === undefined || typeof value !== 'object' ? String(value) : Object.prototype.toString.call(value),
      hits,
    };
  };
  window.renderArticle = (name, article) => {
    const box = document.createElement('section');
    box.dataset.case = name;
    document.body.append(box);
    const title = document.createElement('h1');
    const byline = document.createElement('p');
    const excerpt = document.createElement('p');
    const content = document.createElement('div');
    box.append(title, byline, excerpt, content);
    title.textContent = article.title ?? '';
    byline.textContent = article.byline ?? '';
    excerpt.textContent = article.excerpt ?? '';
    content.innerHTML = article.content;
  };
  window.inspectArticles = () => {
    const XHTML = 'http://www.w3.org/1999/xhtml';
    const FORBIDDEN = ['script', 'iframe', 'object', 'embed', 'base', 'meta', 'form', 'svg', 'math'];
    const ALSO = ['style', 'link', 'template', 'frame', 'frameset', 'applet', 'noscript', 'portal'];
    const SCHEMES = ['http:', 'https:', 'mailto:', 'tel:', 'ftp:'];
    const IMAGE = /^data:image\/(png|jpeg|jpg|gif|webp|avif)[;,]/i;
    const problems = [];
    let elements = 0;
    let links = 0;
    const boxes = document.querySelectorAll('[data-case]');
    for (const box of boxes) {
      const name = box.dataset.case;
      for (const el of box.querySelectorAll('*')) {
        elements++;
        const tag = el.localName;
        if (el.namespaceURI !== XHTML) problems.push(`${name}: <${tag}> in namespace ${el.namespaceURI}`);
        if (FORBIDDEN.includes(tag) || ALSO.includes(tag)) problems.push(`${name}: <${tag}>`);
        for (const { name: attr, value } of el.attributes) {
          if (/^on/i.test(attr)) problems.push(`${name}: <${tag} ${attr}=${JSON.stringify(value)}>`);
          if (/^(id|name)$/i.test(attr) && value.includes('__xss')) problems.push(`${name}: <${tag} ${attr}=${value}>`);
        }
        if (tag === 'a' && el.hasAttribute('href')) {
          links++;
          if (!SCHEMES.includes(el.protocol) && !el.getAttribute('href').startsWith('#')) {
            problems.push(`${name}: link to ${el.getAttribute('href')}`);
          }
        }
        if (el.hasAttribute('src')) {
          const src = new URL(el.getAttribute('src'), document.baseURI);
          if (!['http:', 'https:'].includes(src.protocol) && !(tag === 'img' && IMAGE.test(src.href))) {
            problems.push(`${name}: <${tag} src=${el.getAttribute('src')}>`);
          }
        }
      }
    }
    const frames = document.querySelectorAll('iframe, frame, object, embed').length + window.frames.length;
    if (frames) problems.push(`${frames} frames or plugins in the document`);
    return { articles: boxes.length, elements, links, problems };
  };
}

function readFixture(name) {
  return readFileSync(join(repo, 'tests/fixtures', name, 'page.html'), 'utf8');
}
