// Today, driven through the UI by widget label: add a lead by typing, see it first in Today, act
// on it (the dialer link is built and percent-encoded), log an outcome in one tap, see the plan
// advance, undo it; keyboard shortcuts; the phone layout.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveApp, clickLabel, locate, saveScreenshot, settle } from './harness.mjs';
import { launchAt, openAppAt, call, typeInto, recordLinks, openedLinks, waitForLead, untilDrawn, untilShown } from './ui_helpers.mjs';

let server, baseUrl;
before(async () => {
  ({ server, url: baseUrl } = await serveApp());
});
after(() => server.close());

async function addLead(page, { name, phone, email }) {
  await clickLabel(page, 'Add lead');
  await typeInto(page, 'Name', name);
  if (phone) await typeInto(page, 'Phone', phone);
  if (email) await typeInto(page, 'Email', email);
}

for (const deviceScaleFactor of [1, 2]) {
  test(`a lead added by typing is first in Today; call, log, advance, undo (DPR ${deviceScaleFactor})`, async () => {
    const browser = await launchAt({ deviceScaleFactor });
    try {
      const { page, problems } = await openAppAt(browser.context, baseUrl);
      await recordLinks(page);
      await saveScreenshot(page, `today-empty-dpr${deviceScaleFactor}`);

      await addLead(page, { name: 'Ana "Bo" Silva & Co', phone: '+1 (555) 010-2030' });
      await saveScreenshot(page, `quick-add-dpr${deviceScaleFactor}`);
      await clickLabel(page, 'Save lead');
      await waitForLead(page, 'Ana "Bo" Silva & Co');

      let agenda = await call(page, 'agenda');
      assert.equal(agenda.items[0].leadName, 'Ana "Bo" Silva & Co');
      assert.equal(agenda.items[0].section, 'new_lead');
      assert.equal(agenda.items[0].channel, 'call');
      assert.equal(agenda.items[0].touchNumber, 1);
      assert.equal(agenda.items[0].touchCount, 12);
      await saveScreenshot(page, `today-new-lead-dpr${deviceScaleFactor}`);

      await clickLabel(page, 'Call');
      await untilDrawn(page, () => window.__openedLinks.length === 1, null, 'Call opens the dialer');
      assert.deepEqual(await openedLinks(page), ['tel:+15550102030']);
      await clickLabel(page, 'No answer');
      const leadId = agenda.items[0].leadId;
      await waitForTouches(page, leadId, 1);
      let lead = await call(page, 'lead', { id: leadId });
      assert.equal(lead.touches.length, 1);
      assert.equal(lead.touches[0].outcome, 'no_answer');
      agenda = await call(page, 'agenda');
      assert.equal(agenda.items[0].channel, 'text', 'the plan moved on to its next touch, a text');
      assert.equal(agenda.items[0].touchNumber, 2);
      await saveScreenshot(page, `today-after-outcome-dpr${deviceScaleFactor}`);

      // The text opens messages with the body filled in and every reserved character encoded.
      await clickLabel(page, 'Text');
      await untilDrawn(page, () => window.__openedLinks.length === 2, null, 'Text opens messages');
      const [, sms] = await openedLinks(page);
      assert.match(sms, /^sms:\+15550102030\?body=/);
      const body = decodeURIComponent(sms.split('?body=')[1]);
      assert.match(body, /^Hi Ana,/);
      assert.ok(!sms.slice(4).includes('&') && !sms.includes('#') && !sms.includes(' '), sms);

      // Undo from the toast restores the call.
      await clickLabel(page, 'Reached');
      await waitForTouches(page, leadId, 2);
      lead = await call(page, 'lead', { id: leadId });
      assert.equal(lead.touches.length, 2);
      assert.equal(lead.stage, 'contacted');
      await clickLabel(page, 'Undo');
      await waitForTouches(page, leadId, 1);
      lead = await call(page, 'lead', { id: leadId });
      assert.equal(lead.touches.length, 1);
      assert.equal(lead.stage, 'new');
      assert.deepEqual(problems.consoleErrors, []);
    } finally {
      await browser.close();
    }
  });
}

// Every step waits for its effect on the data or the UI, never for a fixed number of frames: a
// key or a click takes effect a frame or two later, more under load.
test('keyboard: N adds, J/K move, a number key logs, Ctrl+Z undoes, ? shows the shortcuts', async () => {
  const browser = await launchAt();
  try {
    const { page } = await openAppAt(browser.context, baseUrl);
    await recordLinks(page);
    for (const [name, email] of [['Beatrice Dupont', 'bea@example.fr'], ['Eleni Pappa', 'eleni@example.gr']]) {
      await page.mouse.click(640, 500);
      await page.keyboard.press('n');
      await untilShown(page, 'Save lead'); // quick add opens
      await typeInto(page, 'Name', name);
      await typeInto(page, 'Email', email);
      await page.keyboard.press('Enter');
      await waitForLead(page, name);
      await untilShown(page, 'Save lead', false); // quick add closes
    }
    let agenda = await call(page, 'agenda');
    assert.deepEqual(agenda.items.map((i) => i.leadName).slice(0, 2), ['Beatrice Dupont', 'Eleni Pappa']);
    const [bea, eleni] = agenda.items.slice(0, 2).map((item) => item.leadId);
    assert.equal((await call(page, 'lead', { id: eleni })).emails[0].address, 'eleni@example.gr');

    await page.mouse.click(5, 790); // focus the canvas, away from any widget
    await page.keyboard.press('j');
    await waitForSelection(page, eleni, 'J selects the second card');
    await page.keyboard.press('Enter');
    // The plan's first touch is a call, but these leads have only an email: Enter emails instead.
    await untilDrawn(page, () => window.__openedLinks.length === 1, null, 'Enter opens one link');
    const links = await openedLinks(page);
    assert.match(links[0], /^mailto:eleni@example\.gr\?subject=Following%20up%2C%20Eleni&body=Hi%20Eleni%2C/);
    await saveScreenshot(page, 'today-email-instead');

    await page.keyboard.press('k');
    await waitForSelection(page, bea, 'K selects the first card');
    await page.keyboard.press('3'); // the call's third outcome: no answer
    await waitForTouches(page, bea, 1);
    const logged = await call(page, 'lead', { id: bea });
    assert.equal(logged.touches[0].outcome, 'no_answer');
    await page.keyboard.press('Control+z');
    await waitForTouches(page, bea, 0);
    await page.keyboard.press('Shift+?');
    await untilShown(page, 'Got it'); // the help overlay
    await saveScreenshot(page, 'help-overlay');
  } finally {
    await browser.close();
  }
});

async function waitForSelection(page, lead, what) {
  await untilDrawn(page, (id) => window.cadence.snapshot().todaySelectedLead === id, lead, what);
}

async function waitForTouches(page, lead, count) {
  await untilDrawn(page, ([id, n]) => window.cadence.call('lead', { id }).touches.length === n, [lead, count],
    `lead ${lead} has ${count} touches`);
}

test('the phone layout at 390×844: cards in one column, the floating add button, big targets', async () => {
  for (const deviceScaleFactor of [1, 2]) {
    const browser = await launchAt({ viewport: { width: 390, height: 844 }, deviceScaleFactor });
    try {
      const { page } = await openAppAt(browser.context, baseUrl);
      await recordLinks(page);
      await saveScreenshot(page, `phone-today-empty-dpr${deviceScaleFactor}`);
      const fab = await locate(page, 'Add lead');
      assert.ok(fab.w >= 44 && fab.h >= 44, 'the floating add button is a comfortable target');
      await page.mouse.click(fab.centerX, fab.centerY);
      await settle(page);
      await typeInto(page, 'Name', 'Maria Ivanova');
      const keyboard = () => page.evaluate(() => document.getElementById('cadence-text-input').inputMode);
      assert.equal(await keyboard(), 'text', 'a name gets the letters keyboard');
      await typeInto(page, 'Phone', '+7 912 345-67-89');
      assert.equal(await keyboard(), 'tel', 'a phone number gets the digits keyboard');
      await saveScreenshot(page, `phone-quick-add-dpr${deviceScaleFactor}`);
      await clickLabel(page, 'Save lead');
      const action = await locate(page, 'Call');
      assert.ok(action.h >= 44, `the call button is tall enough for a thumb (${action.h})`);
      await saveScreenshot(page, `phone-today-dpr${deviceScaleFactor}`);
    } finally {
      await browser.close();
    }
  }
});
