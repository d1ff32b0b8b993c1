// Finishes dist after cadence.js and cadence.wasm are linked and the icons rendered: copies web/,
// writes index.html from shell.html and sw.js from web/sw.js, both stamped with one build hash.
//
// The build hash covers every file the service worker precaches, so any change gives a new cache
// and a new worker. The page loads each local script and stylesheet as `name?v=<hash>` with an
// integrity hash, and boot.js fetches `cadence.wasm?v=<hash>` with its own: a page can never run
// a cadence.js or cadence.wasm of another build, from the worker's cache or from the network.
//
// Run by src/web/CMakeLists.txt: `node tools/stamp_dist.mjs DIST shell.html web`. The PWA browser
// test imports stampDist to make a second build.
import { createHash } from 'node:crypto';
import { copyFile, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pagePolicy } from './content_security_policy.mjs';

const WORKER_TEMPLATE = 'sw.js';
// Linked by Emscripten, and copied or rendered from assets/icon.svg by CMake, beside what web/ holds.
const BUILT_FILES = ['cadence.js', 'cadence.wasm', 'icon.svg', 'icon-192.png', 'icon-512.png', 'icon-maskable-512.png'];
// A local <script src> or <link rel="stylesheet" href> in the page.
const PAGE_REFERENCE = /(<script\b[^>]*?\bsrc|<link\b[^>]*?\brel="stylesheet"[^>]*?\bhref)="([^"?#:]+)"/g;

const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

export async function stampDist({ distDir, shellFile, webDir }) {
  const webFiles = (await readdir(webDir, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && entry.name !== WORKER_TEMPLATE).map((entry) => entry.name);
  for (const name of webFiles) await copyFile(join(webDir, name), join(distDir, name));
  const shell = await readFile(shellFile, 'utf8');
  const workerTemplate = await readFile(join(webDir, WORKER_TEMPLATE), 'utf8');

  const contents = new Map();
  for (const name of [...new Set([...webFiles, ...BUILT_FILES])].sort()) contents.set(name, await readFile(join(distDir, name)));
  const hash = createHash('sha256').update(shell).update(workerTemplate);
  for (const [name, bytes] of contents) hash.update(`\0${name}\0${bytes.length}\0`).update(bytes);
  const buildHash = hash.digest('hex').slice(0, 12);

  const versioned = new Set(['cadence.wasm', 'snapshot_reader.js']); // boot.js asks for them with ?v=
  let page = shell.replaceAll('@CONTENT_SECURITY_POLICY@', pagePolicy).replaceAll('@BUILD_HASH@', buildHash)
    .replaceAll('@WASM_INTEGRITY@', integrity(contents.get('cadence.wasm')))
    .replace(PAGE_REFERENCE, (match, prefix, name) => {
      if (!contents.has(name)) throw new Error(`shell.html refers to ${name}, which is not in ${distDir}`);
      versioned.add(name);
      return `${prefix}="${name}?v=${buildHash}" integrity="${integrity(contents.get(name))}"`;
    });
  const leftover = page.match(/@[A-Z_]+@/);
  if (leftover) throw new Error(`shell.html has a field stamp_dist.mjs does not know: ${leftover[0]}`);
  await writeFile(join(distDir, 'index.html'), page);

  const precache = [{ url: './', integrity: integrity(page) }];
  for (const [name, bytes] of contents) {
    precache.push({ url: versioned.has(name) ? `${name}?v=${buildHash}` : name, integrity: integrity(bytes) });
  }
  const worker = workerTemplate.replace("'@BUILD_HASH@'", JSON.stringify(buildHash))
    .replace('@PRECACHE@', JSON.stringify(precache, null, 2));
  await writeFile(join(distDir, WORKER_TEMPLATE), worker);

  const precachedBytes = Buffer.byteLength(page) + [...contents.values()].reduce((sum, bytes) => sum + bytes.length, 0);
  return { buildHash, precachedFiles: precache.length, precachedBytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [distDir, shellFile, webDir] = process.argv.slice(2);
  if (!webDir) {
    console.error('usage: node tools/stamp_dist.mjs DIST SHELL_HTML WEB_DIR');
    process.exit(2);
  }
  const { buildHash, precachedFiles, precachedBytes } = await stampDist({ distDir, shellFile, webDir });
  console.log(`stamp_dist: build ${buildHash}, ${precachedFiles} files precached, ${precachedBytes} bytes`);
}
