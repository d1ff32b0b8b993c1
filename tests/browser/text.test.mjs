// Text in every script, typed through the UI: names in Greek, Cyrillic, CJK and Latin with
// diacritics reach the data through the invisible input that carries the phone keyboard and IMEs,
// draw without tofu (no character in use lacks a glyph, the CJK font arriving on demand from the
// app's own origin), and stay crisp at a larger text size; at phone size the input takes the focus
// while a text field is active.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveApp, launchBrowser, clickLabel, locate, saveScreenshot, settle, waitSaved, addLead } from './harness.mjs';
import { launchAt, openAppAt, call, typeInto, scrollTo, untilDrawn } from './ui_helpers.mjs';

let server, baseUrl;
before(async () => {
  ({ server, url: baseUrl } = await serveApp());
});
after(() => server.close());

const NAMES = ['Ελένη Παπαδοπούλου', 'Мария Иванова', '王伟', 'Zoë Brontë-Øster', 'Nguyễn Thị Hương', '김민준'];

const hiddenInputFocused = (page) => page.evaluate(() => document.activeElement?.id === 'cadence-text-input');

// Until every character in use has a glyph (the fonts fetched on demand have arrived).
async function waitForGlyphs(page) {
  let text;
  for (let i = 0; i < 200; ++i) {
    text = await call(page, 'text');
    if (text.missing.length === 0) return text;
    await page.waitForTimeout(100);
    await settle(page);
  }
  const characters = text.missing.map((name) => String.fromCodePoint(parseInt(name.slice(2), 16))).join('');
  assert.fail(`characters without a glyph: ${characters} (${text.missing.join(' ')})`);
}

test('names in Greek, Cyrillic, CJK and with diacritics, typed in quick add, render without tofu, crisp at DPR 1 and 2', async () => {
  const profileDir = await mkdtemp(join(tmpdir(), 'cadence-text-'));
  try {
    // DPR 1: type the names, and choose the Larger text size.
    let browser = await launchBrowser({ profileDir });
    try {
      const { page, problems } = await openAppAt(browser.context, baseUrl);
      const fontRequests = [];
      page.on('request', (request) => { if (request.url().includes('/fonts/')) fontRequests.push(new URL(request.url()).pathname); });
      let text = await call(page, 'text');
      assert.deepEqual(text.files.map((file) => file.state), ['not_requested', 'not_requested', 'not_requested'],
        'no font is fetched while only Latin is in use');

      // Each name's new glyphs (and, the first time, a font file) arrive with a rebuild of the
      // font atlas between frames; the form is finished once the name is drawn.
      for (const [i, name] of NAMES.entries()) {
        await clickLabel(page, 'Add lead');
        await typeInto(page, 'Name', name);
        await waitForGlyphs(page);
        await typeInto(page, 'Phone', `+1 555 010 20${10 + i}`);
        await clickLabel(page, 'Save lead');
        await page.waitForFunction((added) => window.cadence.call('agenda').items.some((item) => item.leadName === added),
          name, { polling: 50, timeout: 10000 });
      }
      const leads = await call(page, 'leads');
      assert.deepEqual(leads.rows.map((row) => row.name).sort(), [...NAMES].sort());

      text = await waitForGlyphs(page);
      assert.deepEqual(text.files.map((file) => file.state), ['loaded', 'loaded', 'loaded']);
      assert.deepEqual([...new Set(fontRequests)].sort(),
        ['/fonts/inter-regular.otf', '/fonts/inter-semibold.otf', '/fonts/noto-sans-cjk.otf']);
      const cjk = text.files[2];
      console.log(`CJK font: ${cjk.bytes} bytes, fetched in ${Math.round(cjk.loadMs)} ms; atlas ${text.atlas.width}×${text.atlas.height}`);
      assert.equal(text.bodyPixels, 15, 'the body font is rasterised at device pixels');
      await saveScreenshot(page, 'text-today-dpr1');
      await clickLabel(page, 'Leads');
      await saveScreenshot(page, 'text-leads-dpr1');

      // The Larger text size rasterises the fonts at that size (crisp) instead of scaling them.
      await clickLabel(page, 'Settings');
      const larger = await scrollTo(page, 'Larger', { x: 400, y: 500 });
      await page.mouse.click(larger.centerX, larger.centerY);
      // The press and the release take a frame each, and the atlas is rebuilt between frames.
      await page.waitForFunction(() => window.cadence.call('text').bodyPixels !== 15, null, { polling: 50, timeout: 10000 });
      text = await call(page, 'text');
      assert.equal(text.bodyPixels, 15 * 1.3);
      assert.deepEqual(text.missing, []);
      await clickLabel(page, 'Leads');
      await saveScreenshot(page, 'text-leads-larger-dpr1');
      await waitSaved(page);
      assert.deepEqual(problems.consoleErrors, []);
    } finally {
      await browser.context.close();
    }

    // DPR 2, the same profile: the stored names find their glyphs again, at the stored text size.
    browser = await launchBrowser({ profileDir, deviceScaleFactor: 2 });
    try {
      const { page, problems } = await openAppAt(browser.context, baseUrl);
      let text = await waitForGlyphs(page);
      assert.ok(text.used >= 30, `the stored names' characters are in use (${text.used})`);
      assert.equal(text.bodyPixels, 15 * 1.3 * 2);
      await clickLabel(page, 'Leads');
      await saveScreenshot(page, 'text-leads-larger-dpr2');
      await clickLabel(page, 'Settings');
      const normal = await scrollTo(page, 'Default', { x: 400, y: 500 });
      await page.mouse.click(normal.centerX, normal.centerY);
      await page.waitForFunction(() => window.cadence.call('text').bodyPixels !== 15 * 1.3 * 2, null, { polling: 50, timeout: 10000 });
      text = await call(page, 'text');
      assert.equal(text.bodyPixels, 30);
      await clickLabel(page, 'Today');
      await saveScreenshot(page, 'text-today-dpr2');
      assert.deepEqual(problems.consoleErrors, []);
    } finally {
      await browser.context.close();
    }
  } finally {
    await rm(profileDir, { recursive: true, force: true });
  }
});

// The atlas is rebuilt (every glyph rasterised again, 40-70 ms) only when that adds glyphs: a
// character whose font file is still on its way waits for the file instead of rebuilding twice.
test('a new script costs one atlas rebuild, once its font file has arrived', async () => {
  const browser = await launchAt();
  try {
    const { page, problems } = await openAppAt(browser.context, baseUrl);
    const rebuildsFor = async (name) => {
      const before = (await call(page, 'text')).atlasBuilds;
      await addLead(page, name);
      await waitForGlyphs(page);
      await settle(page);
      return (await call(page, 'text')).atlasBuilds - before;
    };
    assert.equal(await rebuildsFor('Zoë Brontë-Øster'), 0, 'Latin with diacritics is in the embedded fonts');
    assert.equal(await rebuildsFor('Ελένη Παπαδοπούλου'), 1, 'Greek waits for the rest of Inter');
    assert.equal(await rebuildsFor('Мария Иванова'), 1, 'Cyrillic, with the rest of Inter here, is built at once');
    assert.equal(await rebuildsFor('Ελένη Νικολάου'), 0, 'Greek again needs nothing new');
    assert.equal(await rebuildsFor('王伟'), 1, 'Chinese waits for the CJK font');
    assert.deepEqual(problems.consoleErrors, []);
  } finally {
    await browser.context.close();
  }
});

test('the invisible input: no double typing, on-screen keyboard edits, IME composition', async () => {
  const browser = await launchAt();
  try {
    const { page } = await openAppAt(browser.context, baseUrl);
    await clickLabel(page, 'Add lead');
    await clickLabel(page, 'Name');
    assert.ok(await hiddenInputFocused(page), 'the input holds the focus while the field is active');
    // Keys with a key code (a desktop keyboard) and text inserted without one (off a US layout).
    await page.keyboard.type('Zoë Brontëx');
    await page.keyboard.press('Backspace');
    // An on-screen keyboard's Backspace arrives as an edit of the input, with no key code.
    await page.keyboard.insertText('yz');
    await page.evaluate(() => document.execCommand('delete'));
    await page.evaluate(() => document.execCommand('delete'));
    // An IME composes ("wang") and then commits "王".
    const cdp = await browser.context.newCDPSession(page);
    await page.keyboard.insertText(' ');
    await cdp.send('Input.imeSetComposition', { text: 'wang', selectionStart: 4, selectionEnd: 4 });
    await settle(page);
    await cdp.send('Input.insertText', { text: '王' });
    await settle(page);
    await waitForGlyphs(page); // 王 brings the CJK font and an atlas rebuild first
    await clickLabel(page, 'Phone');
    await page.keyboard.type('+1 555 010 3000');
    await clickLabel(page, 'Save lead');
    await page.waitForFunction(() => window.cadence.call('agenda').items.length > 0, null, { polling: 50, timeout: 10000 });
    const leads = await call(page, 'leads');
    assert.deepEqual(leads.rows.map((row) => row.name), ['Zoë Brontë 王']);
    assert.ok(!(await hiddenInputFocused(page)), 'the input lets go once no field is active');
  } finally {
    await browser.close();
  }
});

test('at phone size the invisible input takes the focus for a text field', async () => {
  const browser = await launchAt({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  try {
    const { page } = await openAppAt(browser.context, baseUrl);
    assert.ok(!(await hiddenInputFocused(page)), 'no keyboard while no text field is active');
    const fab = await locate(page, 'Add lead');
    await page.mouse.click(fab.centerX, fab.centerY);
    await settle(page);
    // Quick add starts in its Name field: the input has the focus, so the keyboard is up. The
    // button acts on release, and the form takes the focus a frame or two after it opens.
    await untilDrawn(page, () => document.activeElement?.id === 'cadence-text-input', null,
      'the active Name field focuses the input');
    const field = await locate(page, 'Name');
    const box = await page.evaluate(() => document.getElementById('cadence-text-input').getBoundingClientRect().toJSON());
    assert.ok(box.top >= field.y - 2 && box.top <= field.y + field.h, `the input sits on the field (${box.top} vs ${field.y})`);
    await page.keyboard.type('Мария');
    await saveScreenshot(page, 'text-phone-quick-add-dpr2');
    await clickLabel(page, 'Cancel');
    assert.ok(!(await hiddenInputFocused(page)), 'closing the form lets the keyboard go');
  } finally {
    await browser.close();
  }
});
