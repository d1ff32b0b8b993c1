// Storage benchmark in headless Chromium: for stores of 1,000 and 100,000 leads (10 touches
// each, `cadence generate` data), the bytes written and main-thread time per edit, the time to
// compact the whole store into a new snapshot, and the cold load from IndexedDB to the first
// interactive frame. Prints a Markdown table.
//   node bench/storage_bench.mjs [dist dir] [sizes, e.g. 1000,100000]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMainModule, runFromCommandLine } from './browser_bench_main.mjs';
import { launchBrowser } from '../tests/browser/harness.mjs';

const editsPerSize = 25;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function waitIdle(page, timeout = 600000) {
  await page.waitForFunction(() => {
    const storage = window.cadence.call('storage');
    return storage.state === 'saved' && !window.cadence.call('storageTimings').compacting;
  }, null, { polling: 50, timeout });
}

async function openFresh(context, url) {
  const page = context.pages()[0] || (await context.newPage());
  await page.goto(url);
  await page.evaluate(() => window.cadence.ready);
  await page.waitForFunction(() => window.cadence.call('storage').state !== 'loading', null, { polling: 10, timeout: 120000 });
  return page;
}

// When the app's first frame with the data ended, read once the start is long over. Nothing
// touches the page before: Playwright's first call into a page evaluates its own helper script
// there (20-26 ms on the main thread in traces), and polling every 10 ms called into the app,
// both inside the interval being measured.
async function firstFrameWithDataAt(page, leads) {
  await new Promise((resolve) => setTimeout(resolve, 2000 + leads / 50));
  for (let tries = 0; ; ++tries) {
    const at = await page.evaluate(() => (window.cadence.call ? window.cadence.call('storageTimings').firstFrameWithDataAt : 0));
    if (at > 0) return at;
    if (tries === 240) throw new Error('the app drew no frame with its data within a minute');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

// Cold loads: a new browser on the same profile each time, from navigation to the end of the
// first frame drawn with the stored data. The budget's figure is taken with the browser already
// running, as when a user opens the app in a new tab: a page has created a WebGL context first,
// so the GPU process is up. Right after launching Chromium that first context alone takes about
// 0.4 s (SwiftShader starting): that figure is `launchLoad`. Medians, with min and max.
async function measureColdLoads(profileDir, url, runs, leads = 0) {
  const coldLoads = [], launchLoads = [];
  for (let run = 0; run < runs; ++run) {
    for (const warmBrowser of [true, false]) {
      const browser = await launchBrowser({ profileDir });
      const page = browser.context.pages()[0] || (await browser.context.newPage());
      if (warmBrowser) await page.evaluate(() => document.createElement('canvas').getContext('webgl2') !== null);
      await page.goto(url);
      (warmBrowser ? coldLoads : launchLoads).push(await firstFrameWithDataAt(page, leads));
      await browser.close();
    }
  }
  return { coldLoad: median(coldLoads), coldMin: Math.min(...coldLoads), coldMax: Math.max(...coldLoads),
           launchLoad: median(launchLoads) };
}

// The same cold loads with nothing stored: what starting the app costs before any data.
export async function emptyStartFigures(url, { coldLoads: coldRuns = 3 } = {}) {
  const profileDir = await mkdtemp(join(tmpdir(), 'cadence-bench-'));
  try {
    const browser = await launchBrowser({ profileDir });
    await openFresh(browser.context, url); // caches the app, as for the stores
    await browser.close();
    return await measureColdLoads(profileDir, url, coldRuns);
  } finally {
    await rm(profileDir, { recursive: true, force: true });
  }
}

// One store of `leads` generated leads in a fresh profile: bytes and main-thread time per edit,
// the compaction that writes the whole store, and cold loads (a new browser on the same profile,
// the app cached, from navigation to the first frame with the data open).
export async function storageFigures(url, leads, { edits = editsPerSize, coldLoads: coldRuns = 3 } = {}) {
  const profileDir = await mkdtemp(join(tmpdir(), 'cadence-bench-'));
  try {
    let browser = await launchBrowser({ profileDir });
    let page = await openFresh(browser.context, url);
    await page.evaluate((n) => window.cadence.run('generate', { leads: n, touches: n * 10, seed: 7 }), leads);
    await waitIdle(page);
    const compaction = await page.evaluate(() => window.cadence.call('storageTimings').lastCompaction);

    const bytes = [], editMs = [], flushMs = [];
    for (let i = 0; i < edits; ++i) {
      await page.evaluate((name) => window.cadence.run('addLead', { name, phone: '+1 555 000 1234' }), `Bench lead ${i}`);
      await waitIdle(page);
      const timings = await page.evaluate(() => window.cadence.call('storageTimings'));
      bytes.push(timings.lastBatchBytes);
      editMs.push(timings.lastEdit);
      flushMs.push(timings.lastFlush);
    }
    await browser.close();

    const coldLoads = await measureColdLoads(profileDir, url, coldRuns, leads);
    return { leads, bytes: median(bytes), editMs: median(editMs), flushMs: median(flushMs),
             perEditMs: median(editMs.map((ms, i) => ms + flushMs[i])), perEditMaxMs: Math.max(...editMs.map((ms, i) => ms + flushMs[i])),
             bytesMax: Math.max(...bytes), compaction, ...coldLoads };
  } finally {
    await rm(profileDir, { recursive: true, force: true });
  }
}

export function storageTable(rows) {
  const lines = ['| leads | bytes per edit | main thread per edit (ms) | of which apply + journal | of which batch to IndexedDB | full compaction (ms) | cold load to first interactive frame, browser running (ms, median [min–max]) | the same right after launching Chromium (ms, median) |',
                 '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'];
  for (const row of rows)
    lines.push(`| ${row.leads.toLocaleString('en-US')} | ${row.bytes} | ${row.perEditMs.toFixed(2)} | ${row.editMs.toFixed(2)} | ${row.flushMs.toFixed(2)} | ${row.compaction.toFixed(0)} | ${row.coldLoad.toFixed(0)} [${row.coldMin.toFixed(0)}–${row.coldMax.toFixed(0)}] | ${row.launchLoad?.toFixed(0) ?? ''} |`);
  return lines.join('\n');
}

if (isMainModule(import.meta.url)) await runFromCommandLine(storageFigures, storageTable);
