// Runs before `npm pack` and `npm publish`: copies the licence texts from the repository root
// into the package, and stops if the WebAssembly modules (both builds) have not been built.
import { copyFileSync, existsSync } from 'node:fs';

const here = new URL('..', import.meta.url);
for (const file of ['pkg/declutter.js', 'pkg/declutter_bg.wasm', 'pkg/declutter_dom.js', 'pkg/declutter_dom_bg.wasm']) {
  if (!existsSync(new URL(file, here))) {
    console.error(`prepack: www/${file} is missing; build it with ./scripts/build-wasm.sh`);
    process.exit(1);
  }
}
for (const file of ['LICENSE-MIT', 'LICENSE-APACHE']) {
  copyFileSync(new URL(`../${file}`, here), new URL(file, here));
}
