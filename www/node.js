// Entry for Node.js: the WebAssembly module is read and instantiated synchronously at
// import, so every function can be called right away.
import { readFileSync } from 'node:fs';
import { initSync } from './pkg/declutter.js';
import { setLoaded } from './state.js';

export * from './lib.js';

initSync({ module: readFileSync(new URL('./pkg/declutter_bg.wasm', import.meta.url)) });
setLoaded();

/** Already resolved in Node: the module is loaded at import. */
export const ready = Promise.resolve();

/** For symmetry with the browser entry: the module is already loaded. */
export function initialize() {
  return ready;
}
