// The WebAssembly build against the native build, on the same pages: `extract(html)` in Node
// (the package as a user imports it) and `declutter_article::extract` natively (cargo bench
// --bench extract, whose per-page times this script reads or runs). Each page is the best of
// N rounds, after a warm-up, on both sides; the pages are decoded as UTF-8, as the native
// bench decodes them (every scrapinghub page is UTF-8). The two sides take turns, in
// passes (wasm, native, wasm, native...), and each page keeps its best time over all passes:
// on a shared machine whose speed drifts over minutes, both sides then see the same drift.
// Usage: node bench/node.mjs [PAGES_DIR] [--rounds N] [--passes N] [--native TSV]
//   --native: the file written by `cargo bench --bench extract -- PAGES_DIR --save TSV`
//             (without it, this script runs that command itself, from the repository root,
//             once per pass)
// The last line is the ratio of the medians, wasm / native.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from 'declutter-article';

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv.splice(at, 2)[1] : fallback;
};
const rounds = Number(option('--rounds', 5));
let native = option('--native', undefined);
const pagesDir = argv[0] ?? fileURLToPath(new URL('../../../shared/corpus/scrapinghub/pages/', import.meta.url));
const pages = readdirSync(pagesDir).filter((f) => f.endsWith('.html')).sort();

const passes = Number(option('--passes', 2));
const decoder = new TextDecoder();
const htmls = new Map();
for (const name of pages) {
  const html = decoder.decode(readFileSync(join(pagesDir, name)));
  try {
    extract(html);
  } catch {
    continue; // refused natively too (not a page)
  }
  htmls.set(name, html);
}

/** Per page, the best of `rounds` runs of extract() in this process's wasm. */
function wasmPass() {
  const times = new Map();
  for (const [name, html] of htmls) {
    extract(html);
    let best = Infinity;
    for (let i = 0; i < rounds; i++) {
      const start = performance.now();
      extract(html);
      best = Math.min(best, performance.now() - start);
    }
    times.set(name, best);
  }
  return times;
}

/** Per page, the native extraction time, from `file` or from a run of the native bench. */
function nativePass(file) {
  let scratch;
  if (file === undefined) {
    scratch = mkdtempSync(join(tmpdir(), 'declutter-bench-'));
    file = join(scratch, 'native.tsv');
    const repo = fileURLToPath(new URL('../..', import.meta.url));
    execFileSync('cargo', ['bench', '--bench', 'extract', '--', pagesDir, '--rounds', String(rounds), '--save', file], {
      cwd: repo,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  const times = new Map(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split('\t'))
      .map(([name, , extractMs]) => [name, Number(extractMs)]),
  );
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  return times;
}

/** Keeps, per page, the lesser of the times in `best` and in `pass`. */
function keepBest(best, pass) {
  for (const [name, ms] of pass) best.set(name, Math.min(best.get(name) ?? Infinity, ms));
}

const wasm = new Map();
const nativeTimes = new Map();
for (let pass = 0; pass < passes; pass++) {
  keepBest(wasm, wasmPass());
  // A saved native file is read once: it is one pass already.
  if (native === undefined || pass === 0) keepBest(nativeTimes, nativePass(native));
}

const both = [...wasm.keys()].filter((name) => nativeTimes.has(name));
const median = (xs) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1];
const p90 = (xs) => [...xs].sort((a, b) => a - b)[Math.round((xs.length - 1) * 0.9)];
const w = both.map((n) => wasm.get(n));
const n = both.map((n) => nativeTimes.get(n));
const perPage = both.map((name) => wasm.get(name) / nativeTimes.get(name));
console.log(`${both.length} pages, best of ${rounds} rounds each, in ${passes} passes taking turns`);
console.log(`wasm in Node ${process.version}: median ${median(w).toFixed(3)} ms, p90 ${p90(w).toFixed(3)} ms`);
console.log(`native:            median ${median(n).toFixed(3)} ms, p90 ${p90(n).toFixed(3)} ms`);
console.log(`per-page ratio wasm / native: median ${median(perPage).toFixed(2)}x, p90 ${p90(perPage).toFixed(2)}x`);
console.log(`median ms/page: wasm ${median(w).toFixed(3)}, native ${median(n).toFixed(3)}, wasm / native ${(median(w) / median(n)).toFixed(2)}x`);
