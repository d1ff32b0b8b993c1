// Browser throughput of the contact import and the CSV export at scale, through the real UI:
// a generated CSV of N leads (default 100,000) is picked in Leads › Import, mapped, imported,
// then exported again with Leads › Export CSV. Prints the figures docs/performance.md records.
//
//   node tools/interop_throughput.mjs [leads]     (after building cadence_wasm; run from the root)
import { readFile, writeFile, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveApp, openApp, nextFrame } from '../tests/browser/harness.mjs';
import { launchAt } from '../tests/browser/ui_helpers.mjs';

const count = Number(process.argv[2] || 100000);
const dir = await mkdtemp(join(tmpdir(), 'cadence-throughput-'));
const lines = ['Name,Phone,Email,Tags,Source,Birthday,Notes'];
for (let i = 0; i < count; ++i) {
  const month = 1 + (i % 12), day = 1 + (i % 28);
  lines.push(`Lead ${i} Müller,+1 555 ${String(1000000 + i).slice(1)},lead${i}@example.com,"buyer; open house",Zillow,` +
    `1980-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')},"Note for ${i}, with a comma"`);
}
const csvPath = join(dir, `leads-${count}.csv`);
await writeFile(csvPath, lines.join('\r\n') + '\r\n');
const csvBytes = (await stat(csvPath)).size;

const { server, url } = await serveApp();
const browser = await launchAt();
const seconds = (ms) => (ms / 1000).toFixed(2);
const importState = (page) => page.evaluate(() => window.cadence.call('importExport'));
async function waitFor(page, key, value, timeout = 600000) {
  await page.waitForFunction(([k, v]) => window.cadence.call('importExport')[k] === v, [key, value], { polling: 20, timeout });
}
async function click(page, label) {
  let item;
  for (let tries = 0; !item && tries < 100; ++tries) {
    await nextFrame(page);
    item = (await page.evaluate((text) => window.cadence.locate(text), label)).find((found) => found.visible);
  }
  if (!item) throw new Error(`no "${label}" on screen`);
  await page.mouse.click(item.centerX, item.centerY);
}
try {
  const { page, problems } = await openApp(browser.context, url);
  page.on('crash', () => console.log('the page crashed'));
  process.on('exit', () => { if (problems.consoleErrors.length) console.log(problems.consoleErrors.slice(0, 5).join('\n')); });
  await page.waitForFunction(() => window.cadence.call('storage').state === 'saved', null, { timeout: 20000 });
  await page.evaluate(() => window.cadence.showView('leads'));

  const chooser = page.waitForEvent('filechooser');
  await click(page, 'Import');
  const picked = Date.now();
  await (await chooser).setFiles(csvPath);
  await waitFor(page, 'contactImport', 'mapping');
  const mapped = Date.now();
  await page.evaluate(() => window.cadence.call('frameTimes', { reset: true }));
  await click(page, `Import ${count.toLocaleString('en-US').replace(/,/g, '')} rows`);
  const started = Date.now();
  await waitFor(page, 'contactImport', 'importing');
  const converted = Date.now();
  const conversionFrames = await page.evaluate(() => window.cadence.call('frameTimes'));
  await waitFor(page, 'contactImport', 'done');
  const imported = Date.now();
  const result = await importState(page);
  if (result.imported !== count) throw new Error(`imported ${result.imported} of ${count}: ${JSON.stringify(result.rejected.slice(0, 3))}`);
  await page.waitForFunction(() => window.cadence.call('storage').state === 'saved', null, { timeout: 600000, polling: 100 });
  const saved = Date.now();
  await click(page, 'Close');

  const download = page.waitForEvent('download', { timeout: 600000 });
  const exportStarted = Date.now();
  await click(page, 'Export CSV');
  const file = await download;
  const exported = Date.now();
  const exportBytes = (await readFile(await file.path())).length;

  // A backup of all of it, restored with Replace over itself (the safety copy is written first).
  await page.evaluate(() => window.cadence.showView('settings'));
  await page.mouse.move(640, 400);
  for (let i = 0; i < 3; ++i) await page.mouse.wheel(0, 300); // down to "Backups & import"
  const backupDownload = page.waitForEvent('download', { timeout: 600000 });
  backupDownload.catch(() => {});
  const backupStarted = Date.now();
  await click(page, 'Download backup');
  const backupFile = await backupDownload;
  const backupPath = await backupFile.path();
  const backupDone = Date.now();
  const backupBytes = (await stat(backupPath)).size;
  const restoreChooser = page.waitForEvent('filechooser');
  await click(page, 'Restore a backup…');
  const restorePicked = Date.now();
  await (await restoreChooser).setFiles(backupPath);
  await waitFor(page, 'restore', 'ready');
  const restoreShown = Date.now();
  await click(page, 'Replace my data');
  const replaceStarted = Date.now();
  await waitFor(page, 'restore', 'closed');
  const replaced = Date.now();

  console.log(`leads: ${count}, CSV ${(csvBytes / 1e6).toFixed(1)} MB`);
  console.log(`picked -> mapping step shown (read, decode, parse, guess): ${seconds(mapped - picked)} s`);
  console.log(`converting rows in slices: ${seconds(converted - started)} s, frames ${conversionFrames.frames}, ` +
    `median ${conversionFrames.medianMs.toFixed(1)} ms, p99 ${conversionFrames.p99Ms.toFixed(1)} ms, max ${conversionFrames.maxMs.toFixed(1)} ms`);
  console.log(`ImportLeads command (one frame, "Importing…" drawn first): ${seconds(imported - converted)} s`);
  console.log(`click Import -> done: ${seconds(imported - started)} s = ${Math.round(count / ((imported - started) / 1000))} leads/s`);
  console.log(`done -> saved in IndexedDB: ${seconds(saved - imported)} s`);
  console.log(`export CSV of ${count} leads (click -> download): ${seconds(exported - exportStarted)} s, ${(exportBytes / 1e6).toFixed(1)} MB`);
  console.log(`download backup (click -> file): ${seconds(backupDone - backupStarted)} s, ${(backupBytes / 1e6).toFixed(1)} MB`);
  console.log(`restore: picked -> summary shown (read, parse, check): ${seconds(restoreShown - restorePicked)} s`);
  console.log(`restore: Replace -> done (safety copy stored, ReplaceWorkspace): ${seconds(replaced - replaceStarted)} s`);
} catch (error) {
  console.error('failed:', error.message);
  process.exitCode = 1;
} finally {
  await browser.close();
  server.close();
  await rm(dir, { recursive: true, force: true });
}
