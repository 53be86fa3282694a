// Node tests: the package imported by its name, as a user would, on the fixture pages; memory
// over a long run, deeply nested and huge pages, and garbage input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { extract, isProbablyReaderable, Readability, ready, initialize } from 'declutter-article';
// Only for the memory handle: with the module already instantiated by the package, initSync()
// returns the instance's exports (it would throw, given no module, if this were a second copy).
import { initSync } from '../pkg/declutter.js';

const fixture = (name) =>
  readFileSync(new URL(`../../tests/fixtures/${name}/page.html`, import.meta.url), 'utf8');

test('the module is ready at import in Node', async () => {
  await ready;
  await initialize();
});

test('text is the running prose; textContent also holds figure captions', () => {
  const article = extract(fixture('lazy-images'), {
    url: 'https://coastal.example/features/lighthouse-keepers',
  });
  const caption = 'The brass lamp, polished every morning.';
  assert.ok(article.textContent.includes(caption));
  assert.ok(!article.text.includes(caption));
  assert.ok(article.text.includes('Keeping the brass polished was not vanity'));
  assert.ok(article.text.length < article.textContent.length);
});

test('extracts the seed news story without its clutter', () => {
  const article = extract(fixture('news-seed'), {
    url: 'https://theprint.in/india/cbi-child-sex-racket/767467/',
  });
  assert.match(article.title, /^CBI dismantled child sex racket/);
  assert.equal(article.byline, 'Bismee Taskin');
  assert.equal(article.siteName, 'ThePrint');
  assert.match(article.textContent, /^New Delhi: The Central Bureau of Investigation/);
  assert.ok(article.textContent.includes('(Edited by Sunanda Ranjan)'));
  for (const clutter of ['Read also', 'Support Our Journalism', 'Comments are closed', 'Text Size']) {
    assert.ok(!article.textContent.includes(clutter), clutter);
  }
  const kinds = new Set(article.removed.map((r) => r.kind));
  for (const kind of ['related', 'appeal', 'share', 'comments', 'author-box', 'controls']) {
    assert.ok(kinds.has(kind), `removed has kind ${kind}`);
  }
  assert.equal(article.length, [...article.textContent].length);
  assert.ok(article.wordCount > 600);
  assert.equal(article.leadImageUrl, 'https://static.theprint.in/wp-content/uploads/2021/11/cbi-raids.jpg');
  assert.ok(article.markdown.includes('### Untangling the network'));
});

test('missing metadata is null, not undefined', () => {
  const article = extract('<p>Just one short paragraph of text.</p>');
  assert.equal(article.byline, null);
  assert.equal(article.publishedTime, null);
  assert.equal(article.textContent, 'Just one short paragraph of text.');
});

test('options are applied', () => {
  const html = fixture('lazy-images');
  const withImages = extract(html, { url: 'https://coastal.example/features/x' });
  assert.ok(withImages.content.includes('<img'));
  const without = extract(html, { url: 'https://coastal.example/features/x', keepImages: false });
  assert.ok(!without.content.includes('<img'));
  const keep = extract(fixture('news-seed'), { stripBoilerplate: false });
  assert.ok(keep.textContent.includes('Read also'));
  // Numbers, lists and undefined (the default) arrive as given.
  const tuned = extract(html, {
    url: undefined,
    charThreshold: 100,
    removeSelectors: ['img'],
    classesToPreserve: ['caption'],
  });
  assert.ok(!tuned.content.includes('<img'));
  assert.ok(tuned.textContent.length > 0);
});

test('markdownHeader makes the Markdown a document of its own', () => {
  const html = fixture('news-seed');
  const url = 'https://theprint.in/india/cbi-child-sex-racket/767467/';
  const title = 'CBI dismantled child sex racket “spreads from Pakistan to US, shares videos on social media”';
  assert.match(extract(html, { url }).markdown, /^New Delhi: /);
  const line = extract(html, { url, markdownHeader: 'line' }).markdown;
  assert.ok(line.startsWith(`# ${title}\n\nBismee Taskin · ThePrint · 2021-11-18\n\n![](https://static.theprint.in/`), line);
  const front = extract(html, { url, markdownHeader: 'frontMatter' }).markdown;
  assert.ok(front.startsWith(`---\ntitle: "${title}"\nbyline: "Bismee Taskin"\nsite: "ThePrint"\n`), front);
  assert.ok(front.includes(`\nlanguage: "en-US"\n`), front);
  assert.ok(front.includes(`\nurl: "${url}"\n---\n\n# ${title}\n\n`), front);
  assert.throws(() => extract(html, { markdownHeader: 'yaml' }), /option markdownHeader: "yaml" is not one of none, line, frontMatter/);
});

test('isProbablyReaderable', () => {
  assert.equal(isProbablyReaderable(fixture('news-seed')), true);
  assert.equal(isProbablyReaderable('<ul><li><a href="/">Home</a></li></ul>'), false);
});

test('non-string input is a TypeError with a clear message', () => {
  for (const bad of [undefined, null, 42, {}, ['<p>x</p>']]) {
    assert.throws(() => extract(bad), (e) => e instanceof TypeError && /extract\(\) needs a string of HTML/.test(e.message));
  }
  assert.throws(() => isProbablyReaderable(7), TypeError);
});

test('bad options are errors naming the option', () => {
  const html = '<p>text</p>';
  const cases = [
    [{ colour: 'red' }, /unknown option "colour"/],
    [{ keepImages: 'yes' }, /option keepImages/],
    [{ charThreshold: -1 }, /option charThreshold/],
    [{ url: 'not a url' }, /option url/],
    [{ removeSelectors: ['div['] }, /option removeSelectors/],
    [{ favor: 'speed' }, /option favor/],
    [{ url: () => 'https://x.example/' }, /option url: expected a string, number, boolean or array, got function/],
    [{ charThreshold: NaN }, /option charThreshold: not a finite number/],
    [{ charThreshold: 2.5 }, /option charThreshold/],
    [{ keepSelectors: [Symbol('x')] }, /option keepSelectors/],
    ['fast', /options: expected an object/],
    [[1, 2], /options: expected an object/],
  ];
  for (const [options, message] of cases) {
    assert.throws(() => extract(html, options), (e) => e instanceof Error && message.test(e.message), JSON.stringify(options));
  }
});

test('unusable input is an Error, not a crash', () => {
  assert.throws(() => extract(''), /the input is empty/);
  assert.throws(() => extract('{"a": [1, 2, 3]}'), /does not look like HTML/);
  // The module still works afterwards.
  assert.equal(extract('<p>still alive and well here</p>').textContent, 'still alive and well here');
});

test('Readability needs a document, as the original does', () => {
  assert.throws(() => new Readability('<p>x</p>'), /should be a document object/);
});

const FIXTURES = ['news-seed', 'blog-wordpress', 'german-news', 'lazy-images', 'tables-and-code'];

/** The fixture pages as text (the windows-1251 one decoded from its charset). */
function fixturePages() {
  const pages = FIXTURES.map(fixture);
  const bytes = readFileSync(new URL('../../tests/fixtures/russian-windows-1251/page.html', import.meta.url));
  pages.push(new TextDecoder('windows-1251').decode(bytes));
  return pages;
}

/** Page `i`: a fixture with `i` in its title and paragraphs, and 0-6 extra paragraphs. */
function variant(pages, i) {
  const extra = Array.from({ length: i % 7 }, (_, k) => `<p>Note ${i}.${k}: ${'more words here '.repeat(1 + ((i + k) % 9))}</p>`);
  return pages[i % pages.length]
    .replace(/<title>/, `<title>#${i} `)
    .replace(/<p(\s[^>]*)?>/g, (p) => `${p}[${i}] `)
    .replace(/<\/body>/i, `${extra.join('')}</body>`);
}

test('wasm memory stays flat over 10,000 extractions in one process', (t) => {
  const { memory, __wbindgen_externrefs: externrefs } = initSync();
  assert.ok(memory instanceof WebAssembly.Memory);
  const pages = fixturePages();
  const run = (i) => {
    const article = extract(variant(pages, i), { url: `https://news.example/story/${i}`, keepImages: i % 3 !== 0 });
    assert.ok(article.textContent.includes(`[${i}] `), `page ${i}: text`);
  };
  const started = performance.now();
  for (let i = 0; i < 500; i++) run(i);
  const warm = { memory: memory.buffer.byteLength, externrefs: externrefs.length };
  for (let i = 500; i < 10_000; i++) run(i);
  const end = { memory: memory.buffer.byteLength, externrefs: externrefs.length };
  const seconds = (performance.now() - started) / 1000;
  t.diagnostic(
    `10,000 calls in ${seconds.toFixed(1)} s; wasm memory ${warm.memory} bytes after 500, ${end.memory} after 10,000; ` +
      `externref table ${warm.externrefs} -> ${end.externrefs}`,
  );
  // Wasm memory never shrinks, so a leak shows as growth. A leak of 1 KB per call would add
  // 9.5 MB over the last 9,500 calls; 1 MiB (16 pages of 64 KiB) leaves room for fragmentation.
  assert.ok(end.memory - warm.memory <= 1 << 20, `grew from ${warm.memory} to ${end.memory} bytes`);
  // JS values handed to wasm live in this table; a leaked handle would grow it.
  assert.equal(end.externrefs, warm.externrefs, 'externref table');
});

test('deeply nested pages extract in the wasm build', (t) => {
  const text =
    'After three hours of debate the committee agreed to commission a survey of the building before any decision is taken.';
  const depth = 100_000;
  const pages = {
    'nested <div>s': '<div>'.repeat(depth) + `<p>${text}</p>` + '</div>'.repeat(depth),
    'nested <span><b> pairs': '<span><b>'.repeat(depth) + `<p>${text}</p>` + '</b></span>'.repeat(depth),
  };
  for (const [name, body] of Object.entries(pages)) {
    const html = `<!DOCTYPE html><html><head><title>Deep</title></head><body>${body}</body></html>`;
    const started = performance.now();
    const article = extract(html, { url: 'https://news.example/story' });
    const ms = performance.now() - started;
    assert.ok(article.textContent.includes(text), `${name}: the paragraph is in textContent`);
    assert.ok(ms < 5000, `${name}: ${ms.toFixed(0)} ms`);
    t.diagnostic(`${depth.toLocaleString('en')} ${name}: ${ms.toFixed(0)} ms`);
  }
});

test('huge pages give a result or an Error, not a crash', { timeout: 120_000 }, (t) => {
  const para =
    '<p>The council met on Tuesday evening to discuss the future of the old railway depot, which has stood empty for more than a decade.</p>';
  const pages = {
    // One line of 10 MB: paragraphs with no newline between them.
    '10 MB on a single line': `<!DOCTYPE html><html><head><title>Long</title></head><body><article>${para.repeat(
      Math.ceil(10e6 / para.length),
    )}</article></body></html>`,
    '1,000,000 tiny elements': `<!DOCTYPE html><html><head><title>Many</title></head><body><article>${para}<div>${'<span>x</span>'.repeat(
      1_000_000,
    )}</div></article></body></html>`,
  };
  const { memory } = initSync();
  for (const [name, html] of Object.entries(pages)) {
    const started = performance.now();
    let article;
    let error;
    try {
      article = extract(html, { url: 'https://news.example/story' });
    } catch (e) {
      error = e;
    }
    const ms = performance.now() - started;
    let outcome;
    if (error === undefined) {
      assert.equal(typeof article?.textContent, 'string', name);
      assert.ok(article.textContent.includes('old railway depot'), `${name}: the paragraph is in textContent`);
      outcome = `${article.textContent.length} characters of text`;
    } else {
      assert.ok(error instanceof Error && error.message.trim().length > 0, `${name}: threw ${error}`);
      assert.doesNotMatch(error.message, /unreachable|RuntimeError|out of bounds/, name);
      outcome = `Error: ${error.message}`;
    }
    const mib = (memory.buffer.byteLength / 2 ** 20).toFixed(0);
    t.diagnostic(`${name} (${(html.length / 1e6).toFixed(1)} MB): ${outcome} in ${ms.toFixed(0)} ms; wasm memory ${mib} MiB`);
  }
  assert.equal(extract('<p>still alive and well here</p>').textContent, 'still alive and well here');
});

test('garbage input is a result or an Error with a message, never a crash', () => {
  let everyByte = '';
  for (let b = 0; b < 256; b++) everyByte += String.fromCharCode(b);
  const inputs = [
    ['every byte value in one string', everyByte],
    ...Array.from({ length: 256 }, (_, b) => [`byte ${b}`, String.fromCharCode(b)]),
    ['lone surrogates', '\uD800 a \uDC00 b \uDBFF\uDBFF c \uDFFF\uD800 <p>\uD83D text \uDE00</p>\uD800'],
    ['lone surrogates only', '\uDFFF\uD800'.repeat(500)],
    ['1000 NULs', '\u0000'.repeat(1000)],
    ['a JSON document', JSON.stringify({ title: '<p>x</p>', items: [1, 2, { html: '<div>y</div>' }], ok: true }, null, 2)],
  ];
  const outcomes = new Map();
  for (const [name, input] of inputs) {
    let article;
    let error;
    try {
      article = extract(input);
    } catch (e) {
      error = e;
    }
    if (error === undefined) {
      assert.ok(article && typeof article === 'object', `${name}: got ${article}`);
      assert.equal(typeof article.textContent, 'string', name);
      outcomes.set(name, 'result');
    } else {
      assert.ok(error instanceof Error, `${name}: threw ${error}`);
      assert.ok(error.message.trim().length > 0, `${name}: an empty message`);
      assert.doesNotMatch(error.message, /unreachable|RuntimeError|out of bounds/, name);
      outcomes.set(name, error.message);
    }
  }
  assert.match(outcomes.get('every byte value in one string'), /does not look like HTML/);
  assert.match(outcomes.get('1000 NULs'), /does not look like HTML/);
  assert.match(outcomes.get('a JSON document'), /JSON document/);
  assert.equal(extract('<p>still alive and well here</p>').textContent, 'still alive and well here');
});
