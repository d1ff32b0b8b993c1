// Shared setup of the browser tests: serve the built app, launch Debian's Chromium headless with
// SwiftShader WebGL, watch the console and the network, and find widgets by label through
// window.cadence.locate (the app's test-engine hooks, see src/ui/locator.h).
import { chromium } from 'playwright-core';
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer } from '../../tools/static_server.mjs';

export const distDir = resolve(process.env.CADENCE_DIST || 'build/release/wasm/dist');
export const screenshotDir = resolve(process.env.CADENCE_SCREENSHOTS || 'build/release/screenshots');

// Without the last group Chromium keeps trying to reach Google's services on a closed network.
export const chromiumArgs = [
  '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist', '--no-sandbox',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic',
  '--no-first-run', '--disable-default-apps', '--disable-features=Translate,OptimizationHints,MediaRouter',
];

export async function serveApp() {
  return startServer(distDir);
}

// A browser with a fresh profile (or `profileDir` to test persistence across launches).
export async function launchBrowser({ profileDir, viewport = { width: 1280, height: 800 }, deviceScaleFactor = 1 } = {}) {
  const ownProfile = !profileDir;
  const dir = profileDir || (await mkdtemp(join(tmpdir(), 'cadence-profile-')));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: chromiumArgs,
    viewport,
    deviceScaleFactor,
  });
  return {
    context,
    async close() {
      await context.close();
      if (ownProfile) await rm(dir, { recursive: true, force: true });
    },
  };
}

// Opens the app and records console errors and any request that leaves the local server.
export async function openApp(context, baseUrl, { path = '' } = {}) {
  const page = context.pages()[0] || (await context.newPage());
  const problems = { consoleErrors: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(String(error)));
  const origin = new URL(baseUrl).origin;
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.foreignRequests.push(url);
  });
  await page.goto(baseUrl + path);
  await page.evaluate(() => window.cadence.ready);
  await page.evaluate(() => window.cadence.enableLocator());
  return { page, problems };
}

export async function nextFrame(page) {
  await page.evaluate(() => window.cadence.nextFrame());
}

// The on-screen rectangle of the widget with this label, once it has stayed put for a frame;
// fails clearly when there is none. A window sized to its contents takes its new size a frame
// after they change, and a centred dialog moves with it: a click aimed at where its button was
// drawn that first frame lands beside it (seen about once in 25 imports). With `inWindow`, only
// widgets in a window whose name matches it count.
export async function locate(page, label, { inWindow = /./ } = {}) {
  let previous;
  for (let frame = 0; frame < 60; ++frame) {
    await nextFrame(page);
    const items = await page.evaluate((text) => window.cadence.locate(text), label);
    const visible = items.filter((item) => item.visible && inWindow.test(item.window));
    if (visible.length === 0) throw new Error(`no visible widget labelled "${label}" (found ${items.length} hidden)`);
    const item = visible[0];
    if (previous && ['x', 'y', 'w', 'h'].every((side) => item[side] === previous[side])) return item;
    previous = item;
  }
  return previous;
}

export async function clickLabel(page, label, options) {
  const item = await locate(page, label, options);
  await page.mouse.click(item.centerX, item.centerY);
  await settle(page);
  return item;
}

// Draws frames until the app has applied every input event it received. ImGui 1.86 sees input
// as per-frame state, so a press and its release, or two presses of one key, take a frame each:
// typed text and clicks arrive over several frames, more under load.
export async function settle(page) {
  for (let i = 0; i < 600; ++i) {
    await nextFrame(page);
    if ((await page.evaluate(() => window.cadence.snapshot().pendingInput)) === 0) return;
  }
  throw new Error('the app did not take its input within 600 frames');
}

export async function snapshot(page) {
  await settle(page);
  return page.evaluate(() => window.cadence.snapshot());
}

export async function saveScreenshot(page, name) {
  await mkdir(screenshotDir, { recursive: true });
  await nextFrame(page);
  const path = join(screenshotDir, `${name}.png`);
  const png = await page.screenshot({ path });
  return { path, png };
}

// How many distinct colours a PNG holds (decoded by the browser itself), to tell a drawn frame
// from a blank or flat one.
export async function distinctColours(page, png) {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context2d = canvas.getContext('2d');
    context2d.drawImage(image, 0, 0);
    const pixels = context2d.getImageData(0, 0, image.width, image.height).data;
    const colours = new Set();
    for (let i = 0; i < pixels.length; i += 4 * 7) colours.add((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]);
    return colours.size;
  }, png.toString('base64'));
}

// Waits until the app has opened its stored data (any state but "loading").
export async function waitForData(page) {
  await page.waitForFunction(() => window.cadence.call('storage').state !== 'loading', null, { polling: 50, timeout: 20000 });
  return page.evaluate(() => window.cadence.call('storage'));
}

// Waits until every change is committed to IndexedDB.
export async function waitSaved(page) {
  await page.waitForFunction(() => window.cadence.call('storage').state === 'saved', null, { polling: 20, timeout: 20000 });
}

export async function leadNames(page) {
  return page.evaluate(() => window.cadence.call('leadNames'));
}

export async function addLead(page, name, phone = '+1 555 010 0000') {
  return page.evaluate(([leadName, leadPhone]) => window.cadence.run('addLead', { name: leadName, phone: leadPhone }), [name, phone]);
}
