// Interface benchmark in headless Chromium: with 1,000 and 100,000 leads (10 touches each,
// `cadence generate` data), the main-thread CPU time of a frame on Today and on Leads while
// scrolling the table (median and p99 over 300 frames), and the time the Leads table takes to
// filter after each keystroke of a search typed through the keyboard and to re-sort when a column
// header is clicked, and the frames drawn in 10 s
// without input (an idle app should draw none). Prints a Markdown table.
//   node bench/ui_bench.mjs [dist dir] [sizes, e.g. 1000,100000]
import { join } from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isMainModule, runFromCommandLine } from './browser_bench_main.mjs';
import { launchBrowser, clickLabel } from '../tests/browser/harness.mjs';

const idleSeconds = 10;
const framesPerView = 300;
const editCount = 5;
const query = 'emma gar'; // a first name and the start of a surname: ~170 rows at 100k
const sortColumns = ['Name', 'Name', 'Last touch', 'Plan', 'Next due']; // Name twice: then descending
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const frame = (page) => page.evaluate(() => window.cadence.nextFrame());
const frameTimes = (page, reset = false) => page.evaluate((r) => window.cadence.call('frameTimes', { reset: r }), reset);

async function measureFrames(page, moveBetween) {
  await frameTimes(page, true);
  for (let i = 0; i < framesPerView; ++i) {
    await moveBetween(i);
    await frame(page);
  }
  return frameTimes(page);
}

// Frame CPU time on Today and on Leads while scrolling, the filter time per keystroke, and the
// frames drawn during 10 s without input, with `leads` generated leads.
export async function interfaceFigures(url, leads) {
  const profileDir = await mkdtemp(join(tmpdir(), 'cadence-ui-bench-'));
  const browser = await launchBrowser({ profileDir });
  try {
    const page = browser.context.pages()[0] || (await browser.context.newPage());
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(url);
    await page.evaluate(() => window.cadence.ready);
    await page.evaluate(() => window.cadence.enableLocator()); // the search field is found by label
    await page.waitForFunction(() => window.cadence.call('storage').state !== 'loading', null, { polling: 50, timeout: 120000 });
    await page.evaluate((n) => window.cadence.run('generate', { leads: n, touches: n * 10, seed: 7 }), leads);
    // The store written in full first: a compaction redraws the save indicator as it goes.
    await page.waitForFunction(() => window.cadence.call('storage').state === 'saved' && !window.cadence.call('storageTimings').compacting,
                               null, { polling: 100, timeout: 900000 });

    // Today: the pointer moves over the cards, as when reading down the list.
    await page.evaluate(() => window.cadence.call('showView', { view: 'today' }));
    const today = await measureFrames(page, (i) => page.mouse.move(400, 150 + (i % 40) * 15));

    // Leads: scroll down the table a notch at a time, then back up.
    await clickLabel(page, 'Leads');
    await page.mouse.move(640, 500);
    const table = await measureFrames(page, (i) => page.mouse.wheel(0, i < framesPerView / 2 ? 100 : -100));

    // Search as you type: each keystroke refilters the table; the view reports how long.
    await clickLabel(page, 'Search leads');
    const filterMs = [];
    for (const key of query) {
      await page.keyboard.type(key);
      await frame(page);
      await frame(page);
      filterMs.push((await frameTimes(page)).leadsFilterMs);
    }
    const shown = (await page.evaluate(() => window.cadence.call('leads', { limit: 0 }))).shown;
    // Sort by a column: a click on its header re-sorts every lead (then filters the sorted order).
    for (let i = 0; i < query.length; ++i) await page.keyboard.press('Backspace');
    await frame(page);
    const sortMs = [];
    for (const column of sortColumns) {
      await clickLabel(page, column);
      await frame(page);
      sortMs.push((await frameTimes(page)).leadsFilterMs);
    }
    // An edit while the table is shown (a lead added, as quick add does): the table redoes the
    // changed leads, then sorts and filters again.
    const editMs = [];
    for (let i = 0; i < editCount; ++i) {
      const before = (await page.evaluate(() => window.cadence.call('leads', { limit: 0 }))).shown;
      await page.evaluate((n) => window.cadence.run('addLead', { name: `Bench Edit ${n}`, phone: `+1 555 010 ${1000 + n}` }), i);
      await page.waitForFunction((count) => window.cadence.call('leads', { limit: 0 }).shown > count, before,
                                 { polling: 'raf', timeout: 20000 });
      editMs.push((await frameTimes(page)).leadsFilterMs);
    }
    // Idle: no input for 10 s should draw (almost) no frames.
    await page.mouse.move(5, 790);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const before = await page.evaluate(() => window.cadence.frameCount());
    await new Promise((resolve) => setTimeout(resolve, idleSeconds * 1000));
    const idleFrames = (await page.evaluate(() => window.cadence.frameCount())) - before;
    return { leads, today, table, filterMedian: median(filterMs), filterMax: Math.max(...filterMs), shown,
             sortMedian: median(sortMs), sortMax: Math.max(...sortMs), editMedian: median(editMs),
             editMax: Math.max(...editMs), idleFrames };
  } finally {
    await browser.close();
    await rm(profileDir, { recursive: true, force: true });
  }
}

export function interfaceTable(rows) {
  const lines = [`| leads | Today frame CPU (ms, median / p99) | Leads frame CPU while scrolling (ms, median / p99) | filter per keystroke (ms, median / max of ${query.length}) | rows left by "${query}" | sort by a column (ms, median / max of ${sortColumns.length}) | table after an edit (ms, median / max of ${editCount}) | frames drawn in ${idleSeconds} s idle |`,
                 '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'];
  for (const row of rows)
    lines.push(`| ${row.leads.toLocaleString('en-US')} | ${row.today.medianMs.toFixed(2)} / ${row.today.p99Ms.toFixed(2)} | ${row.table.medianMs.toFixed(2)} / ${row.table.p99Ms.toFixed(2)} | ${row.filterMedian.toFixed(2)} / ${row.filterMax.toFixed(2)} | ${row.shown.toLocaleString('en-US')} | ${row.sortMedian?.toFixed(2) ?? ''} / ${row.sortMax?.toFixed(2) ?? ''} | ${row.editMedian?.toFixed(2) ?? ''} / ${row.editMax?.toFixed(2) ?? ''} | ${row.idleFrames} |`);
  return lines.join('\n');
}

if (isMainModule(import.meta.url)) await runFromCommandLine(interfaceFigures, interfaceTable);
