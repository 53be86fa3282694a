// Speed in a real browser (headless Chromium), on loaded pages, from the live document to the
// article, each library at its best: declutter = `extractDocument(document)` (the page walked
// and extracted, nothing parsed again); Readability.js = `new Readability(document.cloneNode(true)).parse()`.
// Each corpus page loads in an iframe of bench/index.html, where both libraries stay loaded
// from page to page. Also shown: the parts of extractDocument, and extract() of outerHTML.
// Usage: node bench/bench.mjs [PAGES_DIR] [--rounds N]
// Prints per-engine median and p90 ms/page; the last line is the median, over the pages, of
// the ratio Readability.js / extractDocument, both measured in the same run.
import { corpusPages, openBenchPage } from './chromium.mjs';

const argv = process.argv.slice(2);
const roundsAt = argv.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(argv.splice(roundsAt, 2)[1]) : 5;
const { pagesDir, pages } = corpusPages(argv[0]);
const bench = await openBenchPage(pagesDir);
const { page } = bench;

const times = { declutter: [], readability: [], walk: [], extractWalked: [], outerHTML: [], extractHtml: [], ratio: [] };
if (!(await page.evaluate(() => window.crossOriginIsolated))) console.error('not cross-origin isolated: timings are rounded to 0.1 ms');
for (const name of pages) {
  try {
    const result = await page.evaluate(
      ([url, rounds]) => window.measure(url, rounds),
      [bench.corpusUrl(name), rounds],
    );
    result.ratio = result.readability / result.declutter;
    for (const key of Object.keys(times)) times[key].push(result[key]);
  } catch (error) {
    console.error(`${name}: ${error.message.split('\n')[0]}`);
  }
}
await bench.close();

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor((s.length - 1) / 2)], p90: s[Math.round((s.length - 1) * 0.9)] };
};
const ms = (x) => x.toFixed(3);
const d = stats(times.declutter);
const r = stats(times.readability);
console.log(`${times.declutter.length} pages, median of ${rounds} runs each (after a warm-up)`);
console.log(`  extractDocument's parts: walk median ${ms(stats(times.walk).median)} ms, extract(walked) median ${ms(stats(times.extractWalked).median)} ms`);
console.log(`  for comparison, outerHTML ${ms(stats(times.outerHTML).median)} ms + extract(html) ${ms(stats(times.extractHtml).median)} ms (medians)`);
console.log(`declutter extractDocument(document):       median ${ms(d.median)} ms, p90 ${ms(d.p90)} ms`);
console.log(`Readability.js (cloneNode + parse):        median ${ms(r.median)} ms, p90 ${ms(r.p90)} ms`);
console.log(`ratio of the medians ${(r.median / d.median).toFixed(2)}x; per page ratio p10 ${stats(times.ratio.map((x) => -x)).p90 * -1 > 0 ? (-stats(times.ratio.map((x) => -x)).p90).toFixed(2) : '?'}x`);
console.log(`median per-page ratio Readability.js / extractDocument: ${stats(times.ratio).median.toFixed(2)}x`);
