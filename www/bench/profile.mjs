// Where the time goes, by stage: V8's sampling profiler records extractDocument on every
// corpus page in headless Chromium (over the DevTools protocol), or with --node extract(html)
// in Node (the build with html5ever, through node:inspector), and each sample is counted for
// the pipeline stage on its stack and for the kind of work at its leaf.
// Needs the modules built with their function names: KEEP_NAMES=1 scripts/build-wasm.sh.
// Usage: node bench/profile.mjs [PAGES_DIR] [--rounds N] [--top N] [--node]
import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { corpusPages, openBenchPage } from './chromium.mjs';

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv.splice(at, 2)[1] : fallback;
};
const rounds = Number(option('--rounds', 5));
const top = Number(option('--top', 25));
const inNode = argv.includes('--node');
if (inNode) argv.splice(argv.indexOf('--node'), 1);
const { pagesDir, pages } = corpusPages(argv[0]);

const profiles = inNode ? await profileNode() : await profileChromium();

async function profileChromium() {
  const bench = await openBenchPage(pagesDir);
  const { context, page } = bench;
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  const out = [];
  for (const name of pages) {
    try {
      await page.evaluate((url) => window.load(url), bench.corpusUrl(name));
      await cdp.send('Profiler.start');
      await page.evaluate((rounds) => window.repeat(rounds), rounds);
      out.push((await cdp.send('Profiler.stop')).profile);
    } catch (error) {
      console.error(`${name}: ${error.message.split('\n')[0]}`);
    }
  }
  await bench.close();
  return out;
}

async function profileNode() {
  const { extract } = await import('declutter-article');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 50 });
  const decoder = new TextDecoder();
  const out = [];
  for (const name of pages) {
    const html = decoder.decode(readFileSync(`${pagesDir}/${name}`));
    try {
      extract(html);
    } catch {
      continue;
    }
    await session.post('Profiler.start');
    for (let i = 0; i < rounds; i++) extract(html);
    out.push((await session.post('Profiler.stop')).profile);
  }
  session.disconnect();
  return out;
}

// Stages: the outermost frame on the stack that names one.
const STAGES = [
  ['walk (JS)', /^(walk|walkDocument|attributes|text|clean|mark)$/],
  ['arguments and result (JS glue)', /^(passStringToWasm0|getStringFromWasm0|__wbg_|takeObject|addHeapObject|debugString|getObject)/],
  ['build the tree (parse::walked)', /parse::walked|parse::platform/],
  ['parse HTML (html5ever)', /html5ever|markup5ever|parse::sink|parse::html5|parse::nesting/],
  ['metadata', /declutter_article::metadata::/],
  ['never-content, hidden (content::remove_never_content)', /content::remove_never_content/],
  ['select the article (select)', /declutter_article::select::/],
  ['boilerplate outside the winner (label_outside)', /boilerplate::label_outside/],
  ['removals list', /declutter_article::removals/],
  ['write outputs (serialize, Draft::finish)', /serialize::|Draft.*finish/],
  ['result to JS (serde-wasm-bindgen)', /serde_wasm_bindgen|wasm::to_js|Serialize/],
  ['options (wasm::json_of, Options)', /wasm::json_of|wasm::options_arg|options::Options/],
];
// Kinds of work: the leaf frame.
const KINDS = [
  ['allocator (dlmalloc, memcpy)', /dlmalloc|__rust_alloc|__rust_dealloc|__rust_realloc|alloc::raw_vec|memcpy|memmove|memset|RawVec/],
  ['URLs (platform URL class)', /^__wbg_(new|href|protocol)|Url|urls::/],
  ['atoms (string_cache)', /string_cache|Atom/],
  ['string compare, search', /memchr|StrSearcher|str::pattern|core::str|to_lowercase|eq_ignore/],
  ['GC', /^\(garbage collector\)$/],
];

const self = new Map();
const byStage = new Map();
const byKind = new Map();
let total = 0;
for (const profile of profiles) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // Node's inspector session builds the profile while it is still sampling: not our time.
  const inProfiler = (id) => {
    for (; id !== undefined; id = parent.get(id)) if (nodes.get(id).callFrame.url.startsWith('node:inspector')) return true;
    return false;
  };
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    let id = profile.samples[i];
    const leaf = nodes.get(id).callFrame.functionName || '(anonymous)';
    if (leaf === '(idle)' || leaf === '(program)' || inProfiler(id)) continue;
    total += dt;
    self.set(leaf, (self.get(leaf) ?? 0) + dt);
    let stage = null;
    for (; id !== undefined; id = parent.get(id)) {
      const fn = nodes.get(id).callFrame.functionName;
      const found = STAGES.find(([, re]) => re.test(fn));
      if (found) stage = found[0];
    }
    const s = stage ?? `other: ${leaf}`;
    byStage.set(s, (byStage.get(s) ?? 0) + dt);
    const kind = KINDS.find(([, re]) => re.test(leaf))?.[0] ?? 'other';
    byKind.set(kind, (byKind.get(kind) ?? 0) + dt);
  }
}
const table = (title, map, limit = Infinity) => {
  console.log(`\n| ${title} | ms/page | share |\n|---|---|---|`);
  [...map].sort((a, b) => b[1] - a[1]).slice(0, limit).forEach(([k, v]) => {
    console.log(`| ${k} | ${(v / profiles.length / rounds).toFixed(3)} | ${((100 * v) / total).toFixed(1)}% |`);
  });
};
console.log(`${profiles.length} pages, ${rounds} runs each; ${(total / profiles.length / rounds).toFixed(2)} ms/page sampled`);
table('stage (outermost on the stack)', byStage, top);
table('kind of work (leaf)', byKind);
table('function (self time)', self, top);
