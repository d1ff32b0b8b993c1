// The one benchmark command (docs/performance.md): builds Release, measures the core natively
// and as wasm under Node, the storage and the interface in headless Chromium, and the bundle, on
// `cadence generate` data sets (10 touches per lead); prints one report, writes it into
// docs/performance.md and docs/performance.json, and exits non-zero when a budget is missed.
//   node bench/run.mjs [--sizes 1000,10000,100000] [--runs 5] [--no-build] [--no-browser] [--no-write]
import { spawnSync, execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../tools/static_server.mjs';
import { bundleFigures, bundleTable } from './bundle_sizes.mjs';
import { emptyStartFigures, storageFigures, storageTable } from './storage_bench.mjs';
import { interfaceFigures, interfaceTable } from './ui_bench.mjs';
import { checkBudgets, budgetTable } from './budgets.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
};
const flag = (name) => process.argv.includes(`--${name}`);
const sizes = option('sizes', '1000,10000,100000').split(',').map(Number);
const runs = Number(option('runs', '5'));
const buildDir = join(root, 'build/release');
const distDir = join(buildDir, 'wasm/dist');

function step(message) {
  process.stderr.write(`bench: ${message}\n`);
}

// cadence_bench prints one `result {json}` line per measure; the rest is for people.
function coreRun(command, args) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
  return Object.fromEntries(result.stdout.split('\n').filter((line) => line.startsWith('result '))
    .map((line) => JSON.parse(line.slice(7))).map((row) => [row.key, row]));
}

// Native and wasm run twice, native then wasm, then wasm then native, and each measure keeps the
// mean of its two medians (and the lowest min, the highest max). This machine's speed drifts by
// a third within minutes: run once each, one side could be timed in a fast minute and the other
// in a slow one (a ratio of 1.26x in one run and 1.66x in the next, with the same code).
function corePair(leads, args) {
  const native = () => coreRun(join(buildDir, 'bench/cadence_bench'), args);
  const wasm = () => coreRun(process.execPath, [join(buildDir, 'wasm/bench/cadence_bench.js'), ...args]);
  step(`core, ${leads} leads: native, then wasm under Node`);
  const first = { native: native(), wasm: wasm() };
  step(`core, ${leads} leads: wasm under Node, then native`);
  const second = { wasm: wasm(), native: native() }; // properties are evaluated in order
  const merge = (a, b) => Object.fromEntries(Object.keys(a).filter((key) => b[key]).map((key) => [key, {
    ...a[key], median: (a[key].median + b[key].median) / 2,
    min: Math.min(a[key].min, b[key].min), max: Math.max(a[key].max, b[key].max) }]));
  return { native: merge(first.native, second.native), wasm: merge(first.wasm, second.wasm) };
}

function machine() {
  const firstLine = (command, args) => {
    try { return execFileSync(command, args, { encoding: 'utf8' }).split('\n')[0].trim(); } catch { return 'unknown'; }
  };
  return {
    cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version, emscripten: firstLine('emcc', ['--version']), chromium: firstLine('/usr/bin/chromium', ['--version']),
  };
}

if (!flag('no-build')) {
  step('building Release (tools/build.sh)');
  const built = spawnSync('bash', [join(root, 'tools/build.sh')], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const report = { date: new Date().toISOString(), machine: machine(), sizes, runs, core: [], storage: [], interface: [] };
for (const leads of sizes) {
  const args = ['--leads', String(leads), '--touches', String(leads * 10), '--runs', String(runs)];
  report.core.push({ leads, ...corePair(leads, args) });
}
report.bundle = await bundleFigures(distDir);

if (!flag('no-browser')) {
  const { server, url } = await startServer(distDir);
  try {
    step('start in Chromium with nothing stored');
    report.emptyStart = await emptyStartFigures(url);
    for (const leads of sizes) {
      step(`storage in Chromium, ${leads} leads`);
      report.storage.push(await storageFigures(url, leads));
      step(`interface in Chromium, ${leads} leads`);
      report.interface.push(await interfaceFigures(url, leads));
    }
  } finally {
    server.close();
  }
}

report.budgets = checkBudgets(report);
const markdown = renderReport(report);
console.log(markdown);

if (!flag('no-write')) {
  const pagePath = join(root, 'docs/performance.md');
  const page = await readFile(pagePath, 'utf8');
  const begin = '<!-- bench/run.mjs: begin -->', end = '<!-- bench/run.mjs: end -->';
  const block = `${begin}\n${markdown}\n${end}`;
  const next = page.includes(begin) ? page.slice(0, page.indexOf(begin)) + block + page.slice(page.indexOf(end) + end.length)
                                    : page.replace(/\n## /, `\n${block}\n\n## `);
  await writeFile(pagePath, next);
  await writeFile(join(root, 'docs/performance.json'), JSON.stringify(report, null, 2) + '\n');
  step('wrote docs/performance.md and docs/performance.json');
}
const missed = report.budgets.filter((budget) => budget.pass === false);
if (missed.length > 0) {
  step(`${missed.length} budget(s) missed: ${missed.map((budget) => budget.name).join('; ')}`);
  process.exit(1);
}

function renderReport(data) {
  const m = data.machine;
  const lines = [`## Latest run (${data.date.slice(0, 10)})`, '',
    `\`node bench/run.mjs\` on ${m.cpu} (${m.cores} cores, ${m.memoryGiB} GiB), Node ${m.node}, ${m.emscripten}, ${m.chromium}. ` +
    `Each core figure is the mean of two medians of ${data.runs} runs [min–max of all], native and wasm taking turns (native, wasm, wasm, native); data sets from \`cadence generate\` with 10 touches per lead.`, '',
    '### Budgets', '', budgetTable(data.budgets), '', '### Core: native and wasm under Node', '',
    '| leads | measure | native (ms) | wasm (ms) | wasm/native | wasm throughput |', '| ---: | --- | ---: | ---: | ---: | ---: |'];
  const span = (row) => `${row.median.toFixed(2)} [${row.min.toFixed(1)}–${row.max.toFixed(1)}]`;
  for (const { leads, native, wasm } of data.core) {
    for (const [key, nativeRow] of Object.entries(native)) {
      const wasmRow = wasm[key];
      if (!wasmRow) continue;
      const throughput = key === 'csv_import' ? `${Math.round(leads / (wasmRow.median / 1000)).toLocaleString('en-US')} rows/s`
                       : wasmRow.mb > 0 ? `${(wasmRow.mb / (wasmRow.median / 1000)).toFixed(0)} MB/s` : '';
      lines.push(`| ${leads.toLocaleString('en-US')} | ${nativeRow.name} | ${span(nativeRow)} | ${span(wasmRow)} | ${(wasmRow.median / nativeRow.median).toFixed(2)}x | ${throughput} |`);
    }
  }
  if (data.storage.length) lines.push('', '### Storage in Chromium', '', storageTable(data.storage));
  if (data.emptyStart) {
    const e = data.emptyStart;
    lines.push('', `With nothing stored, the first interactive frame comes ${e.coldLoad.toFixed(0)} ms after navigation ` +
               `[${e.coldMin.toFixed(0)}–${e.coldMax.toFixed(0)}] with the browser running, ${e.launchLoad.toFixed(0)} ms right ` +
               'after launching it: the cost of starting the app itself, before any data.');
  }
  if (data.interface.length) lines.push('', '### Interface in Chromium', '', interfaceTable(data.interface));
  lines.push('', '### Bundle', '', bundleTable(data.bundle));
  return lines.join('\n');
}
