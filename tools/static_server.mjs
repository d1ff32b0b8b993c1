// A small static file server for the built app (build/<dir>/wasm/dist), used by `tools/serve.sh`
// and by the browser tests. It binds to loopback only, sends the right MIME types (the browser
// compiles .wasm while streaming only when it is application/wasm), never caches, so a rebuild is
// picked up on reload (the service worker's cache is what makes the app work offline), and sends
// the app's Content-Security-Policy.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { headerPolicy } from './content_security_policy.mjs';

const mimeTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

// Resolves a URL path inside `root`, refusing anything that would climb out of it.
function resolvePath(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
  const relative = normalize(decoded).replace(/^([/\\])+/, '');
  const full = join(root, relative);
  if (full !== root && !full.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  return full;
}

export function startServer(root, { port = 0, host = '127.0.0.1', log = false } = {}) {
  const server = createServer(async (request, response) => {
    let path = resolvePath(root, request.url || '/');
    try {
      if (path && (await stat(path)).isDirectory()) path = join(path, 'index.html');
      if (!path) throw Object.assign(new Error('bad path'), { code: 'ENOENT' });
      const body = await readFile(path);
      response.writeHead(200, {
        'Content-Type': mimeTypes[extname(path)] || 'application/octet-stream',
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': headerPolicy,
        'Referrer-Policy': 'no-referrer',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
      if (log) console.log(`200 ${request.url}`);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Not found\n');
      if (log) console.log(`404 ${request.url}`);
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve({ server, url: `http://${host}:${address.port}/` });
    });
  });
}

// `node tools/static_server.mjs DIR [PORT]` serves DIR until interrupted.
if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2];
  const port = Number(process.argv[3] || 8080);
  if (!root) {
    console.error('usage: node tools/static_server.mjs DIR [PORT]');
    process.exit(2);
  }
  const { url } = await startServer(normalize(root), { port });
  console.log(`Cadence is being served at ${url} (Ctrl+C to stop)`);
}
