// Assembles the example extension: copies the package into extension/declutter-article/ and bundles
// the content script (a classic script) with esbuild.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const here = new URL('..', import.meta.url);
const target = new URL('extension/declutter-article/', here);
rmSync(target, { recursive: true, force: true });
mkdirSync(new URL('pkg/', target), { recursive: true });
for (const file of ['index.js', 'lib.js', 'reader.js', 'state.js', 'pkg/declutter.js', 'pkg/declutter_bg.wasm']) {
  cpSync(new URL(file, here), new URL(file, target));
}
await build({
  entryPoints: [new URL('extension/content.src.js', here).pathname],
  bundle: true,
  format: 'iife',
  target: 'chrome110',
  outfile: new URL('extension/content.js', here).pathname,
  logLevel: 'warning',
});
console.log('extension assembled in www/extension/');
