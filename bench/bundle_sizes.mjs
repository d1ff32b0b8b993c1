// What the browser downloads: every file of the built app, raw and gzipped, and the total needed
// for the first frame (the page, its scripts and styles, cadence.js and cadence.wasm with the
// fonts embedded in it). The fonts in fonts/ load only when a name needs them (other scripts).
//   node bench/bundle_sizes.mjs [dist dir]
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const firstFrameFiles = ['index.html', 'boot.js', 'snapshot_reader.js', 'install_and_update.js', 'shell.css', 'cadence.js', 'cadence.wasm'];

async function filesUnder(dir, prefix = '') {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = prefix + entry.name;
    if (entry.isDirectory()) found.push(...(await filesUnder(join(dir, entry.name), path + '/')));
    else found.push(path);
  }
  return found;
}

export async function bundleFigures(distDir) {
  const files = [];
  for (const path of (await filesUnder(distDir)).sort()) {
    const bytes = await readFile(join(distDir, path));
    files.push({ path, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, firstFrame: firstFrameFiles.includes(path) });
  }
  const sum = (list, key) => list.reduce((total, file) => total + file[key], 0);
  const first = files.filter((file) => file.firstFrame);
  const fonts = files.filter((file) => file.path.startsWith('fonts/'));
  return {
    files,
    firstFrame: { raw: sum(first, 'raw'), gzip: sum(first, 'gzip') },
    onDemandFonts: { raw: sum(fonts, 'raw'), gzip: sum(fonts, 'gzip') },
    total: { raw: sum(files, 'raw'), gzip: sum(files, 'gzip') },
  };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;

export function bundleTable(bundle) {
  const lines = ['| file | raw | gzipped | needed for the first frame |', '| --- | ---: | ---: | :---: |'];
  for (const file of bundle.files)
    if (file.firstFrame || file.path.startsWith('fonts/'))
      lines.push(`| ${file.path} | ${kb(file.raw)} | ${kb(file.gzip)} | ${file.firstFrame ? 'yes' : 'on demand'} |`);
  lines.push(`| **first frame** | ${kb(bundle.firstFrame.raw)} | **${kb(bundle.firstFrame.gzip)}** | |`);
  lines.push(`| fonts on demand | ${kb(bundle.onDemandFonts.raw)} | ${kb(bundle.onDemandFonts.gzip)} | |`);
  lines.push(`| all ${bundle.files.length} files | ${kb(bundle.total.raw)} | ${kb(bundle.total.gzip)} | |`);
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(bundleTable(await bundleFigures(resolve(process.argv[2] || 'build/release/wasm/dist'))));
}
