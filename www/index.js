// Entry for browsers, bundlers, extensions and workers. The WebAssembly module starts
// loading at import (no top-level await, so service workers can import this file);
// `await ready` before the first call, or call `initialize(wasm)` to supply the module
// yourself (a URL, a Response, bytes or a compiled WebAssembly.Module).
import init from './pkg/declutter.js';
import { setLoaded } from './state.js';

export * from './lib.js';

let loading;

/** Loads the WebAssembly module once; later calls return the same promise. */
export function initialize(wasm) {
  loading ??= init(wasm === undefined ? undefined : { module_or_path: wasm }).then(() => {
    setLoaded();
  });
  return loading;
}

/** Resolves when `extract` and friends can be called. */
export const ready = initialize();
// Failures surface through `ready` and through the next call; never as an unhandled rejection.
ready.catch(() => {});
