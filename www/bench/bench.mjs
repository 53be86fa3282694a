// Speed in a real browser (headless Chromium), on loaded pages, for what an extension does:
// declutter = `outerHTML` of the page + `extract`; Readability.js = `cloneNode` + `parse()`.
// Each corpus page loads in an iframe of bench/index.html, where both libraries stay loaded
// from page to page (as declutter does in an extension's service worker).
// Usage: node bench/bench.mjs [PAGES_DIR] [--rounds N]
// Prints per-engine median and p90 ms/page; the last line holds both medians and the ratio.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../test/server.mjs';

const www = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const roundsAt = argv.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(argv.splice(roundsAt, 2)[1]) : 5;
const pagesDir = argv[0] ?? fileURLToPath(new URL('../../../shared/corpus/scrapinghub/pages/', import.meta.url));
const pages = readdirSync(pagesDir).filter((f) => f.endsWith('.html')).sort();

const server = await startServer({ www, fixtures: www, mounts: { '/corpus/': pagesDir } });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const context = await browser.newContext();
await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());

const times = { declutter: [], readability: [], outerHTML: [], extractOnly: [] };
const page = await context.newPage();
await page.goto(`${server.url}/bench/index.html`);
await page.waitForFunction(() => window.benchReady);
for (const name of pages) {
  try {
    const result = await page.evaluate(
      ([url, rounds]) => window.measure(url, rounds),
      [`${server.url}/corpus/${name}`, rounds],
    );
    for (const key of Object.keys(times)) times[key].push(result[key]);
  } catch (error) {
    console.error(`${name}: ${error.message.split('\n')[0]}`);
  }
}
await browser.close();
await server.close();

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor((s.length - 1) / 2)], p90: s[Math.round((s.length - 1) * 0.9)] };
};
const d = stats(times.declutter);
const r = stats(times.readability);
console.log(`${times.declutter.length} pages, median of ${rounds} runs each (after a warm-up)`);
console.log(`  of which outerHTML: median ${stats(times.outerHTML).median.toFixed(2)} ms; extract alone: median ${stats(times.extractOnly).median.toFixed(2)} ms`);
console.log(`declutter (outerHTML + extract):   median ${d.median.toFixed(2)} ms, p90 ${d.p90.toFixed(2)} ms`);
console.log(`Readability.js (cloneNode + parse): median ${r.median.toFixed(2)} ms, p90 ${r.p90.toFixed(2)} ms`);
console.log(
  `median ms/page: declutter ${d.median.toFixed(2)}, Readability.js ${r.median.toFixed(2)}, ratio ${(r.median / d.median).toFixed(1)}x`,
);
