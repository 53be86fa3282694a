// A static file server for the browser tests and the benchmark: the package folder at /,
// the fixture pages at /fixtures/, the same pages under a strict Content-Security-Policy at
// /csp/, and any extra folders given as mounts.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

/** Page policy that forbids WebAssembly and inline or foreign scripts. */
export const STRICT_CSP = "script-src 'self'; object-src 'none'";

/**
 * `isolated`: every response carries the headers that make pages cross-origin isolated, where
 * `performance.now()` is precise to 5 µs rather than 100 µs (for the benchmarks).
 */
export function startServer({ www, fixtures, mounts = {}, isolated = false }) {
  const roots = { '/fixtures/': fixtures, '/csp/': fixtures, ...mounts };
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let base = www;
    let rest = path;
    for (const [prefix, dir] of Object.entries(roots)) {
      if (path.startsWith(prefix)) {
        base = dir;
        rest = path.slice(prefix.length - 1);
        break;
      }
    }
    const file = normalize(join(base, rest));
    if (!file.startsWith(normalize(base))) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
      if (path.startsWith('/csp/')) headers['content-security-policy'] = STRICT_CSP;
      if (isolated) {
        headers['cross-origin-opener-policy'] = 'same-origin';
        headers['cross-origin-embedder-policy'] = 'require-corp';
      }
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}
