// The command line the browser benchmarks share: `node bench/<name>.mjs [dist dir] [sizes]`
// serves the built app, measures each data set in turn and prints the Markdown table.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer } from '../tools/static_server.mjs';

export const isMainModule = (metaUrl) => process.argv[1] && metaUrl === pathToFileURL(process.argv[1]).href;

export async function runFromCommandLine(figuresFor, table) {
  const distDir = resolve(process.argv[2] || 'build/release/wasm/dist');
  const sizes = (process.argv[3] || '1000,100000').split(',').map(Number);
  const { server, url } = await startServer(distDir);
  const rows = [];
  try {
    for (const leads of sizes) rows.push(await figuresFor(url, leads));
  } finally {
    server.close();
  }
  console.log(table(rows));
}
