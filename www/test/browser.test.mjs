// Browser tests in real headless Chromium (Debian's /usr/bin/chromium, driven by
// playwright-core): the demo page, the Readability-compatible class against the native CLI,
// the reader overlay, the example extension on a page with a strict CSP, and a bundle made
// with esbuild.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, cpSync, readFileSync, writeFileSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
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
const FIXTURES = ['news-seed', 'blog-wordpress', 'german-news', 'lazy-images', 'tables-and-code', 'russian-windows-1251'];

let server;
let browser;

before(async () => {
  server = await startServer({ www, fixtures: join(repo, 'tests/fixtures') });
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

test('Readability class gives the native CLI values on the same pages', async () => {
  const cli = process.env.DECLUTTER_CLI ?? join(repo, 'target/release/declutter');
  assert.ok(existsSync(cli), `native CLI at ${cli} (cargo build --release)`);
  const fields = ['title', 'byline', 'dir', 'lang', 'content', 'textContent', 'length', 'excerpt', 'siteName', 'publishedTime'];
  const page = await newPage();
  for (const name of FIXTURES) {
    const url = `${server.url}/fixtures/${name}/page.html`;
    await page.goto(url);
    const parsed = await page.evaluate(async () => {
      // Absolute: some fixtures have a <base href> elsewhere.
      const { ready, Readability } = await import(`${location.origin}/index.js`);
      await ready;
      return new Readability(document).parse();
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

test('the extension turns a page with a strict CSP into reader view', async () => {
  const extension = join(www, 'extension');
  assert.ok(existsSync(join(extension, 'declutter/pkg/declutter_bg.wasm')), 'extension assembled (npm run build:extension)');
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
    await worker.evaluate(async () => {
      let last;
      for (let i = 0; i < 50; i++) {
        // Without the "tabs" permission tab URLs are hidden: take the active tab, as the
        // toolbar button does.
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        try {
          await globalThis.toggleReader(tab.id);
          return;
        } catch (e) {
          last = e;
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      throw new Error(`content script never answered: ${last}`);
    });
    await page.waitForFunction(() => document.getElementById('declutter-reader')?.shadowRoot?.querySelector('.body'));
    const text = await page.evaluate(() => document.getElementById('declutter-reader').shadowRoot.textContent);
    assert.ok(text.includes('New Delhi: The Central Bureau of Investigation'));
    assert.ok(!text.includes('Support Our Journalism'));
    await page.keyboard.press('Escape');
    assert.equal(await page.evaluate(() => document.getElementById('declutter-reader')), null);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('a bundle built with esbuild runs in the browser', async () => {
  const project = mkdtempSync(join(tmpdir(), 'declutter-bundle-'));
  try {
    mkdirSync(join(project, 'node_modules'));
    symlinkSync(www, join(project, 'node_modules/declutter'), 'dir');
    writeFileSync(
      join(project, 'app.js'),
      `import { ready, extract } from 'declutter';
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
    // The module is fetched next to the bundle (new URL('declutter_bg.wasm', import.meta.url)).
    cpSync(join(www, 'pkg/declutter_bg.wasm'), join(out, 'declutter_bg.wasm'));
    writeFileSync(
      join(out, 'index.html'),
      readFixture('german-news').replace('</body>', '<script type="module" src="app.js"></script></body>'),
    );
    const page = await newPage();
    await page.goto(`${server.url}/test/.bundle/index.html`);
    await page.waitForFunction(() => window.result);
    const title = await page.evaluate(() => window.result.title);
    assert.equal(title, 'Bahnstrecke nach Sturm wieder frei');
    assert.deepEqual(page.errors, []);
    await page.close();
    rmSync(out, { recursive: true, force: true });
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
});

function readFixture(name) {
  return readFileSync(join(repo, 'tests/fixtures', name, 'page.html'), 'utf8');
}
