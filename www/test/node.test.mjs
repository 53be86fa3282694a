// Node tests: the package imported by its name, as a user would, on the fixture pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { extract, isProbablyReaderable, Readability, ready, initialize } from 'declutter';

const fixture = (name) =>
  readFileSync(new URL(`../../tests/fixtures/${name}/page.html`, import.meta.url), 'utf8');

test('the module is ready at import in Node', async () => {
  await ready;
  await initialize();
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
