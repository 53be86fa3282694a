// The package as a user gets it: `npm pack` of www/, installed from the tarball into a fresh
// project (no network: the package has no dependencies). Checks what the tarball holds, ES
// module and CommonJS loading as the README describes them, pages as bytes in legacy
// encodings, and the types with tsc in Node-only and DOM projects.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const www = fileURLToPath(new URL('..', import.meta.url));
const repo = join(www, '..');
const cli = process.env.DECLUTTER_CLI ?? join(repo, 'target/release/declutter');
const fixture = (name) => join(repo, 'tests/fixtures', name, 'page.html');

let dir;
let project;
let packed;

/** Runs node on a file of the fresh project; returns {status, stdout, stderr}. */
function node(args) {
  return spawnSync(process.execPath, args, { cwd: project, encoding: 'utf8' });
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'declutter-package-'));
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: www, encoding: 'utf8' });
  packed = JSON.parse(out.slice(out.indexOf('[')))[0];
  project = join(dir, 'app');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'fresh-app', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', join(dir, packed.filename)], {
    cwd: project,
    stdio: 'pipe',
  });
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the tarball holds the README, both licences, the module, the JavaScript and the types', () => {
  const files = packed.files.map((f) => f.path).sort();
  assert.deepEqual(files, [
    'LICENSE-APACHE',
    'LICENSE-MIT',
    'README.md',
    'index.d.ts',
    'index.js',
    'lib.js',
    'node.js',
    'package.json',
    'pkg/declutter.js',
    'pkg/declutter_bg.wasm',
    'pkg/declutter_dom.js',
    'pkg/declutter_dom_bg.wasm',
    'reader.js',
    'state.js',
    'walk.d.ts',
    'walk.js',
  ]);
  const installed = join(project, 'node_modules/declutter-article');
  for (const licence of ['LICENSE-MIT', 'LICENSE-APACHE']) {
    assert.equal(readFileSync(join(installed, licence), 'utf8'), readFileSync(join(repo, licence), 'utf8'), licence);
  }
  const readme = readFileSync(join(installed, 'README.md'), 'utf8');
  assert.match(readme, /^# declutter-article\n/);
  assert.ok(readme.includes('npm install declutter-article'));
  const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  assert.equal(manifest.license, 'MIT OR Apache-2.0');
  assert.ok(manifest.keywords.includes('readability'));
});

test('the READMEs name the packages to install and import', () => {
  const root = readFileSync(join(repo, 'README.md'), 'utf8');
  for (const line of ['npm install declutter-article', 'cargo add declutter-article', 'cargo install declutter-article', "from 'declutter-article'"]) {
    assert.ok(root.includes(line), `README.md: ${line}`);
  }
  assert.doesNotMatch(root, /npm install declutter\b(?!-)|from 'declutter'/);
});

test('an ES module imports the package and extracts at once', () => {
  writeFileSync(
    join(project, 'esm.mjs'),
    `import * as api from 'declutter-article';
     const article = api.extract('<title>Tide tables</title><p>The tide turns twice a day on this coast, and the tables are printed each week.</p>');
     console.log(JSON.stringify({ keys: Object.keys(api), text: article.textContent }));`,
  );
  const run = node(['esm.mjs']);
  assert.equal(run.status, 0, run.stderr);
  const { keys, text } = JSON.parse(run.stdout);
  assert.ok(keys.includes('extract') && keys.includes('Readability'), keys.join());
  assert.ok(!keys.some((k) => k.startsWith('_')), keys.join());
  assert.equal(text, 'The tide turns twice a day on this coast, and the tables are printed each week.');
});

test('declutter-article/walk is the walk alone: walkDocument, without the WebAssembly module', () => {
  writeFileSync(
    join(project, 'walk.mjs'),
    `import * as walk from 'declutter-article/walk';
     import { JSDOM } from '${join(www, 'node_modules/jsdom/lib/api.js').replaceAll('\\', '/')}';
     const page = walk.walkDocument(new JSDOM('<p>Tides</p>', { url: 'https://news.example/tides' }).window.document);
     const { extract } = await import('declutter-article');
     console.log(JSON.stringify({ extract: 'extract' in walk, walkDocument: typeof walk.walkDocument, url: page.url, text: extract(page).textContent }));`,
  );
  const run = node(['walk.mjs']);
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(JSON.parse(run.stdout), { extract: false, walkDocument: 'function', url: 'https://news.example/tides', text: 'Tides' });
  assert.doesNotMatch(readFileSync(join(www, 'walk.js'), 'utf8'), /^import /m, 'walk.js imports nothing');
});

test('CommonJS: require() works where Node can require ES modules, and fails with ERR_REQUIRE_ESM where it cannot, as the README says', (t) => {
  const manifest = JSON.parse(readFileSync(join(www, 'package.json'), 'utf8'));
  const readme = readFileSync(join(www, 'README.md'), 'utf8');
  // The versions that can require() ES modules, in engines and in the README.
  assert.equal(manifest.engines.node, '^20.19.0 || >=22.12.0');
  assert.ok(readme.includes("const { extract } = require('declutter-article'); // CommonJS, Node 20.19+ and 22.12+"));
  assert.ok(readme.includes('`ERR_REQUIRE_ESM`') && readme.includes("`await import('declutter-article')`"));

  writeFileSync(
    join(project, 'cjs.cjs'),
    `const { extract } = require('declutter-article');
     console.log(extract('<p>The ferry leaves at nine and returns before the evening tide comes in.</p>').textContent);`,
  );
  const run = node(['cjs.cjs']);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout.trim(), 'The ferry leaves at nine and returns before the evening tide comes in.');
  assert.equal(run.stderr, '', 'no warning');

  // A Node that cannot require ES modules, as Node 18 and 20.0-20.18 are.
  if (!process.allowedNodeEnvironmentFlags.has('--no-experimental-require-module')) {
    t.skip('this Node cannot turn require(esm) off');
    return;
  }
  const old = node(['--no-experimental-require-module', 'cjs.cjs']);
  assert.notEqual(old.status, 0);
  assert.match(old.stderr, /ERR_REQUIRE_ESM/);
  writeFileSync(
    join(project, 'cjs-import.cjs'),
    `import('declutter-article').then(({ extract }) =>
       console.log(extract('<p>The ferry leaves at nine and returns before the evening tide comes in.</p>').textContent));`,
  );
  const dynamic = node(['--no-experimental-require-module', 'cjs-import.cjs']);
  assert.equal(dynamic.status, 0, dynamic.stderr);
  assert.equal(dynamic.stdout.trim(), 'The ferry leaves at nine and returns before the evening tide comes in.');
});

test('extract(Buffer) reads a windows-1251 page and a Shift_JIS page as the CLI does', () => {
  assert.ok(existsSync(cli), `native CLI at ${cli} (cargo build --release)`);
  writeFileSync(
    join(project, 'bytes.mjs'),
    `import { readFileSync } from 'node:fs';
     import { extract, isProbablyReaderable } from 'declutter-article';
     const page = readFileSync(process.argv[2]);
     console.log(JSON.stringify({ article: extract(page, { url: process.argv[3] }), readerable: isProbablyReaderable(page) }));`,
  );
  const cases = [
    ['russian-windows-1251', 'Новая библиотека открылась в центре города', 'фонд библиотеки составляет около ста тысяч книг'],
    ['japanese-shift-jis', null, '橋の両端にはエレベーターが設けられ、車いすやベビーカーでも渡ることができる。'],
  ];
  for (const [name, title, sentence] of cases) {
    const url = `https://news.example/${name}`;
    const run = node(['bytes.mjs', fixture(name), url]);
    assert.equal(run.status, 0, run.stderr);
    const { article, readerable } = JSON.parse(run.stdout);
    if (title) assert.equal(article.title, title, name);
    assert.ok(article.textContent.includes(sentence), `${name}: ${article.textContent.slice(0, 60)}`);
    const native = JSON.parse(execFileSync(cli, ['--format', 'json', '--url', url, fixture(name)], { encoding: 'utf8' }));
    assert.deepEqual(article, native, name);
    const nativeReaderable = spawnSync(cli, ['--readerable', fixture(name)], { encoding: 'utf8' }).stdout.trim();
    assert.equal(String(readerable), nativeReaderable, `${name}: readerable`);
  }
});

/** TypeScript projects: [name, compiler options, files]. */
const TS_PROJECTS = [
  ['Node-only, node16', { module: 'node16', moduleResolution: 'node16', lib: ['es2022'], types: ['node'] }, ['common.ts', 'node.ts']],
  ['Node-only, bundler', { module: 'esnext', moduleResolution: 'bundler', lib: ['es2022'], types: ['node'] }, ['common.ts', 'node.ts']],
  ['no DOM nor @types/node, node16', { module: 'node16', moduleResolution: 'node16', lib: ['es2022'], types: [] }, ['common.ts']],
  ['DOM, node16', { module: 'node16', moduleResolution: 'node16', lib: ['es2022', 'dom'], types: [] }, ['common.ts', 'dom.ts']],
  ['DOM, bundler', { module: 'esnext', moduleResolution: 'bundler', lib: ['es2022', 'dom'], types: [] }, ['common.ts', 'dom.ts']],
];

test('types: tsc --noEmit passes in Node-only and DOM projects (node16 and bundler resolution; TypeScript 5.9 and 7)', () => {
  for (const file of readdirSync(join(www, 'test/types'))) copyFileSync(join(www, 'test/types', file), join(project, file));
  const compilers = ['typescript', 'typescript-7'].map((name) => join(www, 'node_modules', name, 'bin/tsc'));
  TS_PROJECTS.forEach(([name, options, files], i) => {
    const config = `tsconfig.${i}.json`;
    const compilerOptions = {
      strict: true,
      skipLibCheck: false,
      noEmit: true,
      target: 'es2022',
      typeRoots: [join(www, 'node_modules/@types')],
      ...options,
    };
    writeFileSync(join(project, config), JSON.stringify({ compilerOptions, files }));
    for (const tsc of compilers) {
      const version = execFileSync(process.execPath, [tsc, '--version'], { encoding: 'utf8' }).trim();
      const run = node([tsc, '--noEmit', '-p', config]);
      assert.equal(run.status, 0, `${name} (${version}):\n${run.stdout}${run.stderr}`);
    }
  });
});
