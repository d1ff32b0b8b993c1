// Helpers for the view tests: a browser in a chosen time zone with the page's clock fixed at a
// chosen instant (so "due now" and quiet hours do not depend on when the test runs), typing
// into fields by label, the read-only automation calls, and recording the links the app opens.
import { chromium } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, openApp, clickLabel, nextFrame, settle } from './harness.mjs';

// Tuesday 24 November 2026, 10:00 in New York: inside working hours, outside quiet hours.
export const MORNING = '2026-11-24T15:00:00Z';
export const ZONE = 'America/New_York';

export async function launchAt({ viewport = { width: 1280, height: 800 }, deviceScaleFactor = 1, timezoneId = ZONE } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'cadence-ui-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: '/usr/bin/chromium', headless: true, args: chromiumArgs, viewport, deviceScaleFactor, timezoneId,
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

// Opens the app with Date.now() fixed at `at` (timers keep running), after its data has loaded.
export async function openAppAt(context, baseUrl, at = MORNING) {
  const page = context.pages()[0] || (await context.newPage());
  await page.clock.setFixedTime(new Date(at));
  const opened = await openApp(context, baseUrl);
  await page.waitForFunction(() => {
    try { return window.cadence.call('storage').state !== 'loading'; } catch { return true; }
  }, null, { polling: 50, timeout: 20000 });
  await nextFrame(page);
  return opened;
}

export const call = (page, name, args) => page.evaluate(([n, a]) => window.cadence.call(n, a), [name, args]);

// Clicks the field, waits until ImGui is editing it (a click takes effect a frame or two later,
// and keys typed before that would go nowhere), then types.
export async function typeInto(page, label, text) {
  await clickLabel(page, label);
  await untilDrawn(page, (name) => window.cadence.locate(name).some((item) => item.active), label,
    `the field "${label}" is being edited`);
  await page.keyboard.type(text);
  await settle(page);
}

// Draws frames until a widget labelled `label` is on screen (or, with shown false, is gone).
export async function untilShown(page, label, shown = true) {
  await untilDrawn(page, ([text, wanted]) => window.cadence.locate(text).some((item) => item.visible) === wanted,
    [label, shown], `"${label}" is ${shown ? 'shown' : 'gone'}`);
}

// Draws frames until `predicate(argument)`, evaluated in the page, holds. What the locator and
// snapshot() report describes the last complete frame, and an idle app draws none by itself.
export async function untilDrawn(page, predicate, argument, what, { frames = 300 } = {}) {
  for (let i = 0; i < frames; ++i) {
    if (await page.evaluate(predicate, argument)) return;
    await nextFrame(page);
  }
  throw new Error(`timed out waiting until ${what}`);
}

// Links the app opens are recorded instead of followed (a tel: link has nowhere to go headless).
export async function recordLinks(page) {
  await page.evaluate(() => {
    window.__openedLinks = [];
    HTMLAnchorElement.prototype.click = function () { window.__openedLinks.push(this.href); };
  });
}
export const openedLinks = (page) => page.evaluate(() => window.__openedLinks);

// Quick add through the UI: the top bar's button, then the fields by label.
export async function quickAdd(page, { name, phone, email }, { open = 'Add lead' } = {}) {
  await clickLabel(page, open);
  await typeInto(page, 'Name', name);
  if (phone) await typeInto(page, 'Phone', phone);
  if (email) await typeInto(page, 'Email', email);
  await clickLabel(page, 'Save lead');
  await waitForLead(page, name);
}

// Waits until the lead is in the data: a button acts on release, a frame after the press, so one
// frame after a click is not always enough under load.
export async function waitForLead(page, name) {
  await page.waitForFunction((added) => window.cadence.call('agenda').items.some((item) => item.leadName === added),
    name, { polling: 50, timeout: 10000 });
}

// Scrolls with the mouse wheel over (x, y) until a widget with this label is on screen.
export async function scrollTo(page, label, { x = 800, y = 500, step = 300, tries = 20 } = {}) {
  for (let i = 0; i < tries; ++i) {
    await nextFrame(page);
    // Visible, and clear of the bottom strip where toasts appear.
    const height = await page.evaluate(() => window.innerHeight);
    const found = (await page.evaluate((text) => window.cadence.locate(text), label))
      .filter((item) => item.visible && item.y + item.h < height - 100);
    if (found.length > 0) return found[0];
    await page.mouse.move(x, y);
    await page.mouse.wheel(0, step);
    await nextFrame(page);
  }
  throw new Error(`"${label}" did not scroll into view`);
}
