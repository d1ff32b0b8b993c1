// Runs the core benchmark natively and as wasm under Node with the same arguments, and prints
// both side by side with the wasm/native ratio (the brief's budget: at most 1.5x).
//   node bench/compare.mjs [build dir] [-- cadence_bench arguments]
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const separator = process.argv.indexOf('--');
const buildDir = resolve(process.argv[2] && process.argv[2] !== '--' ? process.argv[2] : 'build/release');
const benchArgs = separator >= 0 ? process.argv.slice(separator + 1) : [];

function run(command, args) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`);
  }
  process.stderr.write(result.stdout.split('\n').filter((line) => !line.startsWith('result ')).join('\n') + '\n');
  return new Map(result.stdout.split('\n').filter((line) => line.startsWith('result '))
    .map((line) => JSON.parse(line.slice(7))).map((row) => [row.key, row]));
}

console.error(`native (${buildDir}/bench/cadence_bench):`);
const native = run(`${buildDir}/bench/cadence_bench`, benchArgs);
console.error(`wasm under Node (${buildDir}/wasm/bench/cadence_bench.js):`);
const wasm = run(process.execPath, [`${buildDir}/wasm/bench/cadence_bench.js`, ...benchArgs]);

const pad = (text, width) => String(text).padStart(width);
console.log(`| measure | native median (ms) | wasm median (ms) | wasm MB/s | wasm/native |`);
console.log(`| --- | ---: | ---: | ---: | ---: |`);
const ratios = [];
for (const [key, nativeRow] of native) {
  const wasmRow = wasm.get(key);
  if (!wasmRow) continue;
  const ratio = wasmRow.median / nativeRow.median;
  ratios.push(ratio);
  const throughput = wasmRow.mb > 0 ? (wasmRow.mb / (wasmRow.median / 1000)).toFixed(1) : '';
  console.log(`| ${nativeRow.name} | ${pad(nativeRow.median.toFixed(2), 8)} | ${pad(wasmRow.median.toFixed(2), 8)} | ${throughput} | ${ratio.toFixed(2)}x |`);
}
ratios.sort((a, b) => a - b);
console.log(`\nmedian wasm/native ratio: ${ratios[Math.floor(ratios.length / 2)].toFixed(2)}x`);
