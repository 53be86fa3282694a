// Entry for browsers, bundlers, extensions and workers. The WebAssembly module starts
// loading at import, from next to this file (no top-level await, so service workers can
// import this file); `await ready` before the first call. Where the module lives elsewhere,
// `await initialize(source)` instead (a URL, a Response, bytes or a compiled
// WebAssembly.Module).
import init from './pkg/declutter.js';
import { isLoaded, setLoaded } from './state.js';

export * from './lib.js';

const load = (source) => init(source === undefined ? undefined : { module_or_path: source }).then(() => setLoaded());

/** Resolves when `extract` and friends can be called (the module loaded from next to this file). */
export const ready = load();
// Failures surface through `ready` and through the next call; never as an unhandled rejection.
ready.catch(() => {});

let fromSource;

/**
 * Loads the module from `source` unless it is already loaded, once; without a source, or once
 * loaded, returns the load that succeeded or `ready`.
 */
export function initialize(source) {
  if (source === undefined || isLoaded()) return fromSource ?? ready;
  fromSource ??= load(source).catch((error) => {
    fromSource = undefined; // another source may be tried
    throw error;
  });
  return fromSource;
}
