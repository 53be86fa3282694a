// Entry for Node.js: the WebAssembly module (the build with html5ever: Node has no HTML
// parser of its own) is read and instantiated synchronously at import, so every function can
// be called right away.
import { readFileSync } from 'node:fs';
import * as fullBuild from './pkg/declutter.js';
import { setCore } from './state.js';

export * from './lib.js';

fullBuild.initSync({ module: readFileSync(new URL('./pkg/declutter_bg.wasm', import.meta.url)) });
setCore(fullBuild);

/** Already resolved in Node: the module is loaded at import. */
export const ready = Promise.resolve();

/** For symmetry with the browser entry: the module is already loaded. */
export function initialize() {
  return ready;
}
