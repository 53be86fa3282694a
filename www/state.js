// Internal to the package (not among its exports): the exports of the WebAssembly build that
// is instantiated, once one is. The entry modules set it; the API calls through it.

let core = null;

export function setCore(exports) {
  core = exports;
}

/** The loaded build's exports, or null before one is loaded. */
export function loadedCore() {
  return core;
}
