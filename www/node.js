// Entry for Node.js (18+): the WebAssembly module is read and instantiated synchronously at
// import, so every function can be called right away.
import { readFileSync } from 'node:fs';
import { initSync } from './pkg/declutter.js';
import { _setReady } from './lib.js';

export * from './lib.js';

initSync({ module: readFileSync(new URL('./pkg/declutter_bg.wasm', import.meta.url)) });
_setReady();

/** Already resolved in Node: the module is loaded at import. */
export const ready = Promise.resolve();

/** For symmetry with the browser entry: the module is already loaded. */
export function initialize() {
  return ready;
}
