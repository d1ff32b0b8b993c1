// Offline and installable: after one visit Cadence starts with the server gone, keeps edits made
// offline, passes Chrome's installability check and offers its install button; a new build waits
// until Restart, which saves the last edit first, and the two builds' files never mix.
// The server is really stopped: Playwright's offline mode does not cover the worker's own fetches.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFile, cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../tools/static_server.mjs';
import { stampDist } from '../../tools/stamp_dist.mjs';
import {
  distDir, launchBrowser, openApp, waitForData, waitSaved, leadNames, addLead, saveScreenshot, locate,
} from './harness.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

async function stop(server) {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
}

async function withProfile(run) {
  const dir = await mkdtemp(join(tmpdir(), 'cadence-pwa-'));
  try { await run(dir); } finally { await rm(dir, { recursive: true, force: true }); }
}

// Loads the page at `url` and waits for its first frame; returns the milliseconds it took.
async function bootAt(page, url) {
  const started = Date.now();
  await page.goto(url);
  await page.evaluate(() => window.cadence.ready);
  const elapsed = Date.now() - started;
  await page.evaluate(() => window.cadence.enableLocator());
  return elapsed;
}

// What the worker's cache for this page's build holds: files and bytes.
function cachedBuild(page) {
  return page.evaluate(async () => {
    const cache = await caches.open(`cadence-build-${window.cadence.build}`);
    let bytes = 0;
    const keys = await cache.keys();
    for (const request of keys) bytes += (await (await cache.match(request)).arrayBuffer()).byteLength;
    return { files: keys.length, bytes };
  });
}

test('after one visit Cadence starts with no network, shows the stored data and keeps an offline edit', async () => {
  await withProfile(async (profileDir) => {
    let server = (await startServer(distDir)).server;
    const url = `http://127.0.0.1:${server.address().port}/`;
    let browser = await launchBrowser({ profileDir });
    try {
      const { page, problems } = await openApp(browser.context, url);
      await waitForData(page);
      await addLead(page, 'Met at the open house');
      await waitSaved(page);
      await page.evaluate(() => window.cadence.pwa.controlled());

      const cdp = await browser.context.newCDPSession(page);
      assert.deepEqual((await cdp.send('Page.getInstallabilityErrors')).installabilityErrors, []);
      assert.deepEqual((await cdp.send('Page.getAppManifest')).errors, []);
      await page.waitForFunction(() => window.cadence.pwa.canInstall, null, { timeout: 20000 });
      await page.evaluate(() => window.cadence.showView('settings'));
      await page.mouse.move(640, 500);
      for (let i = 0; i < 8; ++i) await page.mouse.wheel(0, 400); // Install is the last section
      await locate(page, 'Install Cadence');
      await saveScreenshot(page, 'pwa-settings-install');
      const cached = await cachedBuild(page);
      console.log(`precached: ${cached.files} files, ${cached.bytes} bytes`);
      assert.deepEqual(problems.consoleErrors, []);
      assert.deepEqual(problems.foreignRequests, []);
      await browser.close();

      await stop(server);
      server = null;
      browser = await launchBrowser({ profileDir });
      const offline = browser.context.pages()[0];
      const coldStart = await bootAt(offline, url);
      console.log(`offline cold start to the first frame: ${coldStart} ms`);
      // The worker's static routes (web/sw.js): the browser answered the page and its files from
      // the build's cache itself, without running the worker's fetch handler.
      const sources = await offline.evaluate(() => [performance.getEntriesByType('navigation')[0], ...performance.getEntriesByType('resource')]
        .filter((entry) => /(\/|\?v=[0-9a-f]+)$/.test(entry.name))
        .map((entry) => `${entry.name.replace(/^.*\//, '').replace(/\?.*$/, '') || 'page'}: ${entry.workerFinalSourceType}`));
      assert.deepEqual(sources.sort(), ['boot.js', 'cadence.js', 'cadence.wasm', 'install_and_update.js', 'page', 'shell.css',
                                        'snapshot_reader.js'].map((file) => `${file}: cache`));
      await waitForData(offline);
      assert.deepEqual(await leadNames(offline), ['Met at the open house']);
      await addLead(offline, 'Added in the basement');
      await waitSaved(offline);
      await bootAt(offline, url);
      await waitForData(offline);
      assert.deepEqual(await leadNames(offline), ['Met at the open house', 'Added in the basement']);
    } finally {
      await browser.close();
      if (server) await stop(server);
    }
  });
});

// A copy of dist with a changed cadence.js, stamped as the build script stamps a real build, plus
// a file under fonts/ that no build precaches (as fonts fetched on demand are).
async function makeSecondBuild() {
  const dir = await mkdtemp(join(tmpdir(), 'cadence-dist-'));
  await cp(distDir, dir, { recursive: true });
  await appendFile(join(dir, 'cadence.js'), '\n// The second build of browser.pwa.\n');
  await mkdir(join(dir, 'fonts'), { recursive: true });
  await writeFile(join(dir, 'fonts', 'on-demand.ttf'), 'not precached');
  const { buildHash } = await stampDist({ distDir: dir, shellFile: join(repoRoot, 'shell.html'), webDir: join(repoRoot, 'web') });
  return { dir, buildHash };
}

test('a new build waits for Restart, which saves the last edit first, then runs alone', async () => {
  const second = await makeSecondBuild();
  let server = (await startServer(distDir)).server;
  const port = server.address().port;
  const url = `http://127.0.0.1:${port}/`;
  const browser = await launchBrowser();
  try {
    const { page } = await openApp(browser.context, url);
    await waitForData(page);
    await page.evaluate(() => window.cadence.pwa.controlled());
    await addLead(page, 'Before the update');
    await waitSaved(page);
    const firstBuild = await page.evaluate(() => window.cadence.build);
    assert.notEqual(firstBuild, second.buildHash);

    await stop(server);
    server = (await startServer(second.dir, { port })).server;
    await page.evaluate(() => window.cadence.pwa.checkForUpdate());
    await page.waitForFunction(() => window.cadence.pwa.updateReady, null, { timeout: 60000 });
    await locate(page, 'Restart');
    assert.equal(await page.evaluate(() => window.cadence.build), firstBuild, 'the old page keeps running');
    await saveScreenshot(page, 'pwa-update-ready');

    // Likely not yet written when Restart is pressed: edits coalesce for 250 ms before a write.
    await addLead(page, 'Edited just before restarting');
    // A bare click, not clickLabel: the page reloads on the release, so waiting for the app to
    // take its input would evaluate in a page that is going away.
    const restart = await locate(page, 'Restart');
    await page.mouse.click(restart.centerX, restart.centerY);
    await page.waitForFunction((build) => window.cadence && window.cadence.build === build, second.buildHash,
      { timeout: 60000, polling: 100 });
    await page.evaluate(() => window.cadence.ready);
    await waitForData(page);
    assert.deepEqual(await leadNames(page), ['Before the update', 'Edited just before restarting']);
    const cacheNames = await page.evaluate(() => caches.keys());
    assert.deepEqual(cacheNames.filter((name) => name.startsWith('cadence-build-')), [`cadence-build-${second.buildHash}`]);

    // A file outside the precache is kept after its first fetch, for offline use.
    assert.equal(await page.evaluate(() => fetch('fonts/on-demand.ttf').then((r) => r.text())), 'not precached');
    await stop(server);
    server = null;
    const offline = await page.evaluate(async (build) => {
      const wasm = await fetch(`cadence.wasm?v=${build}`);
      const missing = await fetch('missing.wasm').then((r) => `HTTP ${r.status} ${r.headers.get('content-type')}`,
        () => 'network error');
      return { wasmType: wasm.headers.get('content-type'), font: await (await fetch('fonts/on-demand.ttf')).text(), missing };
    }, second.buildHash);
    assert.deepEqual(offline, { wasmType: 'application/wasm', font: 'not precached', missing: 'network error' });
  } finally {
    await browser.close();
    if (server) await stop(server);
    await rm(second.dir, { recursive: true, force: true });
  }
});
