// Node tests: the package imported by its name, as a user would, on the fixture pages; pages
// as bytes against the native CLI; memory over a long run, deeply nested and huge pages, and
// garbage input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { extract, extractDocument, isProbablyReaderable, Readability, ready, initialize, walkDocument } from 'declutter-article';
// Only for the memory handle: with the module already instantiated by the package, initSync()
// returns the instance's exports (it would throw, given no module, if this were a second copy).
import { initSync } from '../pkg/declutter.js';

const fixtureBytes = (name) => readFileSync(new URL(`../../tests/fixtures/${name}/page.html`, import.meta.url));
const fixture = (name) => fixtureBytes(name).toString('utf8');
/** The native CLI (scripts/test.sh builds it before these tests). */
const cli = process.env.DECLUTTER_CLI ?? fileURLToPath(new URL('../../target/release/declutter', import.meta.url));

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

/** Asserts that the package's article equals the CLI's JSON, field for field. */
function assertSameArticle(article, native, message) {
  assert.deepEqual(article, native, message);
}

/** A short article page around `text`, with `head` in its <head>. */
function latinPage(head, text) {
  const para = `<p>${text} ${'The council will publish the full report on its website next week. '.repeat(4)}</p>`;
  return `<!DOCTYPE html><html><head>${head}<title>Letters from the Rhine</title></head><body><article><h1>Letters</h1>${para.repeat(3)}</article></body></html>`;
}

/** Pages as bytes, each decoded one way: [name, bytes, a text the decoded article holds]. */
function bytePages() {
  const greeting = 'Grüße aus Köln';
  const utf16 = (s) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
  return [
    ['windows-1251, declared by <meta http-equiv>', fixtureBytes('russian-windows-1251'), 'В субботу в центре города открылась новая библиотека.'],
    ['Shift_JIS, declared by <meta charset>', fixtureBytes('japanese-shift-jis'), '新しい歩道橋が、二十日の朝に開通した。'],
    ['UTF-8 with a byte order mark over another declaration', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(latinPage('<meta charset="iso-8859-1">', greeting))]), greeting],
    ['UTF-16LE with a byte order mark', utf16(latinPage('', greeting)), greeting],
    ['undeclared Windows-1252', Buffer.from(latinPage('', greeting), 'latin1'), greeting],
    ['a stale ISO-8859-1 declaration over UTF-8', Buffer.from(latinPage('<meta charset="iso-8859-1">', greeting)), greeting],
    ['UTF-8 declared over Windows-1252 bytes', Buffer.from(latinPage('<meta charset="utf-8">', greeting), 'latin1'), greeting],
    // Node's TextDecoder does not know x-user-defined: the module decodes it itself.
    ['x-user-defined', Buffer.from(latinPage('<meta charset="x-user-defined">', greeting), 'latin1'), 'Gr\uf7fc\uf7dfe aus K\uf7f6ln'],
    // A replacement label (refused by TextDecoder) still ends the search for a charset.
    ['a replacement label before windows-1251', Buffer.from(latinPage('<meta charset="iso-2022-kr"><meta charset="windows-1251">', greeting), 'latin1'), greeting],
  ];
}

test('pages as bytes (Buffer, Uint8Array, ArrayBuffer) are decoded as the CLI decodes them', (t) => {
  assert.ok(existsSync(cli), `native CLI at ${cli} (cargo build --release)`);
  const dir = mkdtempSync(join(tmpdir(), 'declutter-bytes-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const url = 'https://news.example/story';
  bytePages().forEach(([name, bytes, expected], i) => {
    const file = join(dir, `${i}.html`);
    writeFileSync(file, bytes);
    const native = JSON.parse(execFileSync(cli, ['--format', 'json', '--url', url, file], { encoding: 'utf8' }));
    const article = extract(bytes, { url });
    assert.ok(article.textContent.includes(expected), `${name}: ${article.textContent.slice(0, 80)}`);
    assertSameArticle(article, native, name);
    const copy = new Uint8Array(bytes);
    assertSameArticle(extract(copy, { url }), native, `${name} (Uint8Array)`);
    assertSameArticle(extract(copy.buffer, { url }), native, `${name} (ArrayBuffer)`);
    const readerable = spawnSync(cli, ['--readerable', file], { encoding: 'utf8' }).stdout.trim();
    assert.equal(String(isProbablyReaderable(bytes)), readerable, `${name}: readerable`);
  });
});

test('input that is neither HTML nor bytes is a TypeError naming what it got', () => {
  const cases = [
    [undefined, 'undefined'],
    [null, 'null'],
    [42, 'a number'],
    [{}, 'an object'],
    [['<p>x</p>'], 'an array'],
    [new Uint16Array(4), 'a Uint16Array'],
    [new DataView(new ArrayBuffer(4)), 'a DataView'],
    [Promise.resolve('<p>x</p>'), 'a Promise'],
    [new Blob(['<p>x</p>']), 'a Blob'],
  ];
  for (const [bad, got] of cases) {
    const message = `declutter: extract() needs a page as a string of HTML, as bytes (a Uint8Array or Buffer) or as a walked document, got ${got}`;
    assert.throws(() => extract(bad), (e) => e instanceof TypeError && e.message === message, got);
    assert.throws(() => isProbablyReaderable(bad), (e) => e instanceof TypeError && e.message.endsWith(`, got ${got}`), got);
  }
});

test('the module exports the documented API and nothing internal', async () => {
  const api = await import('declutter-article');
  assert.deepEqual(Object.keys(api).sort(), [
    'Readability',
    'closeReader',
    'extract',
    'extractDocument',
    'initialize',
    'isProbablyReaderable',
    'isReaderOpen',
    'ready',
    'renderReader',
    'showReader',
    'walkDocument',
  ]);
});

test('an unknown option is named once', () => {
  assert.throws(
    () => extract('<p>text</p>', { url: 'https://news.example/a', bogus: true }),
    (e) =>
      e instanceof Error &&
      e.message.startsWith('unknown option "bogus" (known options: url, charThreshold, ') &&
      e.message.split('bogus').length === 2,
  );
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

test('Readability works in Node on a jsdom document, as the README shows', async () => {
  const { JSDOM } = await import('jsdom');
  const url = 'https://theprint.in/india/cbi-child-sex-racket/767467/';
  const html = fixture('news-seed');
  const parsed = new Readability(new JSDOM(html, { url }).window.document).parse();
  const article = extract(html, { url });
  assert.match(parsed.title, /^CBI dismantled child sex racket/);
  for (const field of ['title', 'byline', 'siteName', 'publishedTime', 'lang', 'textContent', 'excerpt']) {
    assert.deepEqual(parsed[field], article[field], field);
  }
});

test('a walked document (jsdom) gives the article of its HTML, and walkDocument output posts as plain data', async () => {
  const { JSDOM } = await import('jsdom');
  for (const name of ['news-seed', 'blog-wordpress', 'german-news', 'lazy-images', 'tables-and-code']) {
    const url = `https://news.example/${name}`;
    const html = fixture(name);
    const { document } = new JSDOM(html, { url }).window;
    const fromHtml = extract(html, { url });
    const walked = walkDocument(document);
    assert.deepEqual(Object.keys(walked), ['walked', 'url']);
    assert.equal(walked.url, url);
    assert.ok(walked.walked.startsWith('declutter-walk 1\0<\0html'), name);
    // What a content script sends: structured-cloned, then extracted elsewhere.
    const sent = structuredClone(walked);
    const results = [extractDocument(document), extract(sent), extract(walked, { url })];
    for (const article of results) assert.equal(article.textContent, fromHtml.textContent, `${name}: textContent`);
    assertSameArticle(results[0], fromHtml, name);
    assert.equal(isProbablyReaderable(document), isProbablyReaderable(html), `${name}: readerable`);
    assert.equal(isProbablyReaderable(walked), isProbablyReaderable(html), `${name}: readerable walked`);
  }
});

test('on a walked document selectors are full CSS, matched by the DOM; on HTML the documented subset', async () => {
  const { JSDOM } = await import('jsdom');
  const html = fixture('news-seed');
  const { document } = new JSDOM(html, { url: 'https://theprint.in/x' }).window;
  const lead = 'New Delhi: The Central Bureau of Investigation';
  assert.ok(extractDocument(document).textContent.includes(lead));
  // :first-of-type and :not() are beyond the core's subset.
  const selector = 'p:first-of-type:not(.none)';
  const removed = extractDocument(document, { removeSelectors: [selector] });
  assert.ok(!removed.textContent.startsWith(lead), removed.textContent.slice(0, 80));
  assert.ok(removed.removed.some((r) => r.rule === 'removeSelectors'));
  assert.throws(() => extract(html, { removeSelectors: [selector] }), /option removeSelectors: "p:first-of-type:not\(.none\)" is not a valid CSS selector/);
  assert.throws(() => extractDocument(document, { removeSelectors: ['p:::x'] }), /^Error: option removeSelectors: "p:::x" is not a valid CSS selector/);
  assert.throws(() => extractDocument(document, { keepSelectors: 'p' }), /option keepSelectors: expected an array of strings/);
  // Options that are not an object are reported by the core, as for extract().
  assert.throws(() => extractDocument(document, 'url'), /options: expected an object, got string/);
});

test('a walked document from another version, or a broken one, is an Error, not a crash', () => {
  assert.throws(() => extract({ walked: 'declutter-walk 0\0<html', url: '' }), /not in the format this version reads/);
  const broken = extract({ walked: "declutter-walk 1\0>\0@\0x\0<\0html\0<\0body\0<\0p\0'\0loose text\0!r\0>\0>\0<\0p\0@", url: 'about:blank' });
  assert.equal(broken.textContent, 'loose text');
  assert.throws(() => extract({ walked: 42 }), TypeError);
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
