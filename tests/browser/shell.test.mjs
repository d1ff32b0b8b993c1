// The app shell in a real browser: it loads cleanly, draws, switches views by label, edits text
// with the system clipboard, and draws nothing while idle.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  serveApp, launchBrowser, openApp, clickLabel, snapshot, saveScreenshot, distinctColours, settle,
} from './harness.mjs';

const views = ['Today', 'Leads', 'Plans', 'Templates', 'Health', 'Settings'];
let server, baseUrl;

before(async () => {
  ({ server, url: baseUrl } = await serveApp());
});
after(() => server.close());

test('the page loads with no console errors, no foreign requests, and draws a real first frame', async () => {
  const browser = await launchBrowser();
  try {
    const { page, problems } = await openApp(browser.context, baseUrl);
    const version = await page.evaluate(() => window.cadence.version);
    assert.match(version, /^\d+\.\d+\.\d+/);
    const { png } = await saveScreenshot(page, 'shell-first-frame');
    assert.ok((await distinctColours(page, png)) > 20, 'the first frame is not one flat colour');
    assert.deepEqual(problems.consoleErrors, []);
    assert.deepEqual(problems.foreignRequests, []);
  } finally {
    await browser.close();
  }
});

for (const deviceScaleFactor of [1, 2]) {
  test(`clicking each view's tab by label shows that view (DPR ${deviceScaleFactor})`, async () => {
    const browser = await launchBrowser({ deviceScaleFactor });
    try {
      const { page } = await openApp(browser.context, baseUrl);
      const canvasSize = await page.evaluate(() => {
        const canvas = document.getElementById('canvas');
        return { width: canvas.width, cssWidth: canvas.getBoundingClientRect().width };
      });
      assert.equal(canvasSize.width, Math.round(canvasSize.cssWidth * deviceScaleFactor), 'backing store follows DPR');
      for (const view of [...views].reverse()) {
        await clickLabel(page, view);
        assert.equal((await snapshot(page)).view, view.toLowerCase());
        await saveScreenshot(page, `view-${view.toLowerCase()}-dpr${deviceScaleFactor}`);
      }
    } finally {
      await browser.close();
    }
  });
}

test('the narrow phone layout puts the tabs at the bottom and they still switch views', async () => {
  const browser = await launchBrowser({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3 });
  try {
    const { page } = await openApp(browser.context, baseUrl);
    const tab = await clickLabel(page, 'Health');
    assert.ok(tab.y > 844 - 80, `tab bar at the bottom (y=${tab.y})`);
    assert.equal((await snapshot(page)).view, 'health');
    await saveScreenshot(page, 'phone-health');
  } finally {
    await browser.close();
  }
});

test('the canvas follows a window resize', async () => {
  const browser = await launchBrowser();
  try {
    const { page } = await openApp(browser.context, baseUrl);
    await page.setViewportSize({ width: 900, height: 600 });
    await settle(page);
    const width = await page.evaluate(() => document.getElementById('canvas').width);
    assert.equal(width, 900);
    const tab = await clickLabel(page, 'Settings');
    assert.ok(tab.x + tab.w <= 900);
  } finally {
    await browser.close();
  }
});

test('typing, copy and paste round-trip between a text field and the system clipboard', async () => {
  const browser = await launchBrowser();
  try {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { page } = await openApp(browser.context, baseUrl);
    await clickLabel(page, 'Leads');
    await clickLabel(page, 'Search leads');
    await page.keyboard.type('Ada Lovelace');
    await settle(page);
    assert.equal((await snapshot(page)).leadsSearch, 'Ada Lovelace');

    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+C');
    await settle(page);
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'Ada Lovelace');

    await page.keyboard.press('Backspace');
    await settle(page);
    assert.equal((await snapshot(page)).leadsSearch, '');

    await page.keyboard.press('Control+V');
    await settle(page);
    assert.equal((await snapshot(page)).leadsSearch, 'Ada Lovelace');

    // Text copied in another application arrives through the browser's paste event.
    await page.evaluate(() => navigator.clipboard.writeText('Zoë Ørsted, Ελένη'));
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+V');
    await settle(page);
    assert.equal((await snapshot(page)).leadsSearch, 'Zoë Ørsted, Ελένη');
    await saveScreenshot(page, 'leads-search-pasted');
  } finally {
    await browser.close();
  }
});

test('an idle app draws no frames', async () => {
  const browser = await launchBrowser();
  try {
    const { page } = await openApp(browser.context, baseUrl);
    // Opening the stored data and the browser's storage estimate each draw a frame: let them land.
    await page.waitForFunction(() => window.cadence.call('storage').state === 'saved');
    await page.mouse.move(5, 400);
    await page.waitForTimeout(1000);
    const before = await page.evaluate(() => window.cadence.frameCount());
    await page.waitForTimeout(1500);
    const afterIdle = await page.evaluate(() => window.cadence.frameCount());
    assert.equal(afterIdle, before, 'no frame was drawn during 1.5 s without input');
  } finally {
    await browser.close();
  }
});
