//! WebAssembly bindings (placeholder until the package lands).
