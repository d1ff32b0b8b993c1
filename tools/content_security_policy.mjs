// The app's Content-Security-Policy, in one place: tools/static_server.mjs sends it as a header
// and tools/stamp_dist.mjs writes it into the page's <meta http-equiv>, so a host that cannot set
// headers still gets it. Only the app's own origin is allowed. WebAssembly compilation needs
// 'wasm-unsafe-eval' (Emscripten 3.1.6's output uses no eval or new Function, so plain 'unsafe-eval'
// is not needed); data: images are for screenshots decoded by tests, blob: for backup downloads.
const directives = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
];

export const pagePolicy = directives.join('; ');
// frame-ancestors only works as a header (a <meta> copy is ignored with a console error).
export const headerPolicy = `${pagePolicy}; frame-ancestors 'none'`;
