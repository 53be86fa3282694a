// Internal to the package (not among its exports): whether the WebAssembly module is
// instantiated. The entry modules set it; the API checks it.

let loaded = false;

export function setLoaded() {
  loaded = true;
}

export function isLoaded() {
  return loaded;
}
