// Assembles the example extension: copies the package into extension/declutter-article/ and bundles
// the content script (a classic script) with esbuild.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const here = new URL('..', import.meta.url);
const target = new URL('extension/declutter-article/', here);
rmSync(target, { recursive: true, force: true });
mkdirSync(new URL('pkg/', target), { recursive: true });
// The service worker has no DOMParser: it loads the build with html5ever (pkg/declutter_bg.wasm);
// the glue of the build for pages comes along as index.js imports it, not its module.
const files = ['index.js', 'lib.js', 'reader.js', 'state.js', 'walk.js', 'pkg/declutter.js', 'pkg/declutter_bg.wasm', 'pkg/declutter_dom.js'];
for (const file of files) {
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
