// Entry for browsers, bundlers, extensions and workers. The WebAssembly module starts
// loading at import, from next to this file (no top-level await, so service workers can
// import this file); `await ready` before the first call. Where the module lives elsewhere,
// `await initialize(source)` instead (a URL, a Response, bytes or a compiled
// WebAssembly.Module).
//
// Two builds of the module: pages, which have the browser's HTML parser (DOMParser), load
// the build without one of its own (pkg/declutter_dom_bg.wasm: smaller, and live documents
// never need it); workers and service workers, which have none, load the build with
// html5ever (pkg/declutter_bg.wasm), as Node does. Both extract the same articles.
import initDom, * as domBuild from './pkg/declutter_dom.js';
import initFull, * as fullBuild from './pkg/declutter.js';
import { loadedCore, setCore } from './state.js';

export * from './lib.js';

const DOM_BUILD = { init: initDom, exports: domBuild, file: 'declutter_dom_bg.wasm' };
const FULL_BUILD = { init: initFull, exports: fullBuild, file: 'declutter_bg.wasm' };
const hasParser = () => typeof DOMParser === 'function';

const load = (build, source) =>
  build.init(source === undefined ? undefined : { module_or_path: source }).then(() => setCore(build.exports));

/** Resolves when `extract` and friends can be called (the module loaded from next to this file). */
export const ready = load(hasParser() ? DOM_BUILD : FULL_BUILD);
// Failures surface through `ready` and through the next call; never as an unhandled rejection.
ready.catch(() => {});

let fromSource;

/**
 * Loads the module from `source` unless it is already loaded, once; without a source, or once
 * loaded, returns the load that succeeded or `ready`. Either build may be given: the one
 * given is recognised by what it imports (the build for pages needs DOMParser).
 */
export function initialize(source) {
  if (source === undefined || loadedCore() !== null) return fromSource ?? ready;
  fromSource ??= compile(source)
    .then((module) => load(buildOf(module), module))
    .catch((error) => {
      fromSource = undefined; // another source may be tried
      throw error;
    });
  return fromSource;
}

/** The build a compiled module is: the one for pages imports the walk (walkMarkup of walk.js). */
function buildOf(module) {
  const dom = WebAssembly.Module.imports(module).some((entry) => entry.name.startsWith('__wbg_walkMarkup_'));
  if (dom && !hasParser()) {
    throw new Error(
      `declutter: ${DOM_BUILD.file} is the build for pages, which reads HTML with DOMParser; ` +
        `where there is none (workers, service workers) load ${FULL_BUILD.file}`,
    );
  }
  return dom ? DOM_BUILD : FULL_BUILD;
}

/** Compiles a module from what `initialize` accepts. */
async function compile(source) {
  if (source instanceof WebAssembly.Module) return source;
  if (typeof source === 'string' || source instanceof URL || (typeof Request === 'function' && source instanceof Request)) {
    source = fetch(source);
  }
  source = await source;
  if (typeof Response === 'function' && source instanceof Response) {
    if (!source.ok) throw new Error(`declutter: the module could not be fetched: HTTP ${source.status} ${source.url}`);
    const streaming = source.headers.get('content-type')?.startsWith('application/wasm');
    if (streaming && typeof WebAssembly.compileStreaming === 'function') return WebAssembly.compileStreaming(source);
    return WebAssembly.compile(await source.arrayBuffer());
  }
  return WebAssembly.compile(source);
}
