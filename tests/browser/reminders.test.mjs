// Reminders: never asked on first load; offered once the user has logged a touch; a new lead
// that waits five minutes and touches that fall due later raise a system notification; a click
// on it opens that lead in Today. The browser's Notification API is replaced by a recorder (a
// headless browser shows nothing), so the test sees exactly what Cadence asks the system for.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveApp, clickLabel, saveScreenshot, settle } from './harness.mjs';
import { launchAt, openAppAt, call, quickAdd, recordLinks, scrollTo, untilDrawn, MORNING } from './ui_helpers.mjs';

let server, baseUrl;
before(async () => {
  ({ server, url: baseUrl } = await serveApp());
});
after(() => server.close());

function recordNotifications() {
  window.__notifications = [];
  window.__permissionRequests = 0;
  class RecordedNotification {
    constructor(title, options = {}) {
      Object.assign(this, { title, body: options.body, tag: options.tag, onclick: null, onclose: null });
      window.__notifications.push(this);
    }
    close() {}
    static requestPermission() {
      window.__permissionRequests += 1;
      RecordedNotification.permission = 'granted';
      return Promise.resolve('granted');
    }
  }
  RecordedNotification.permission = 'default';
  window.Notification = RecordedNotification;
}

const notifications = (page) =>
  page.evaluate(() => window.__notifications.map(({ title, body, tag }) => ({ title, body, tag })));
const at = (minutes) => new Date(Date.parse(MORNING) + minutes * 60000);

test('reminders: asked at a sensible moment, a waiting new lead and due touches notify, a click opens the lead', async () => {
  const browser = await launchAt();
  try {
    await browser.context.addInitScript(recordNotifications);
    const { page, problems } = await openAppAt(browser.context, baseUrl);
    await recordLinks(page);
    const offered = async () => {
      await settle(page); // the locator publishes a frame's widgets when the next one starts
      return (await page.evaluate(() => window.cadence.locate('Turn on reminders'))).some((item) => item.visible);
    };

    // First load, and a first lead: no prompt yet.
    await quickAdd(page, { name: 'Nikos Pappas', phone: '+30 21 0123 4567' });
    assert.equal(await offered(), false, 'no reminder offer before any touch');
    assert.equal((await call(page, 'snapshot')).reminderOffer, 'waiting for a first touch');
    assert.equal(await page.evaluate(() => window.__permissionRequests), 0);

    // The first logged touch brings the offer; turning it on asks the browser once.
    await clickLabel(page, 'Call');
    await clickLabel(page, 'No answer');
    await untilDrawn(page, () => window.cadence.snapshot().reminderOffer === 'shown', null, 'the offer shows');
    assert.equal(await offered(), true, 'offered after the first touch');
    await saveScreenshot(page, 'reminders-offer');
    await clickLabel(page, 'Turn on reminders');
    await untilDrawn(page, () => window.__permissionRequests === 1, null, 'the browser is asked');
    assert.equal(await offered(), false);
    assert.deepEqual(await notifications(page), [], 'what was already due is not announced');

    // A new lead left alone for six minutes.
    await quickAdd(page, { name: 'Eleni Pappa', phone: '+30 69 1234 5678' });
    const eleni = (await call(page, 'agenda')).items.find((item) => item.leadName === 'Eleni Pappa').leadId;
    await page.clock.setFixedTime(at(4));
    await settle(page);
    assert.deepEqual(await notifications(page), [], 'not before five minutes');
    await page.clock.setFixedTime(at(6));
    await untilDrawn(page, () => window.__notifications.length === 1, null, 'the waiting lead is announced');
    let shown = await notifications(page);
    assert.equal(shown.length, 1);
    assert.equal(shown[0].title, 'Eleni Pappa is waiting');
    assert.equal(shown[0].tag, `cadence-lead-${eleni}`);

    // Clicking it opens Eleni in Today, from another view.
    await clickLabel(page, 'Leads');
    await page.evaluate(() => window.__notifications[0].onclick());
    await untilDrawn(page, (id) => {
      const state = window.cadence.snapshot();
      return state.view === 'today' && state.todaySelectedLead === id;
    }, eleni, 'the click opens the lead in Today');
    const snapshot = await call(page, 'snapshot');
    assert.equal(snapshot.view, 'today');
    assert.equal(snapshot.todaySelectedLead, eleni);

    await saveScreenshot(page, 'reminders-after-click');

    // A touch snoozed for an hour is announced when it falls due again.
    await page.mouse.click(5, 790); // the canvas has the keyboard, no field does
    await page.keyboard.press('j'); // from Eleni (new lead) down to Nikos (due now)
    await untilDrawn(page, () => window.cadence.snapshot().todaySelectedLead === 1, null, 'J moves to Nikos');
    assert.equal((await call(page, 'snapshot')).todaySelectedLead, 1);
    await clickLabel(page, 'Snooze');
    await clickLabel(page, 'In 1 hour');
    await page.clock.setFixedTime(at(65));
    await settle(page);
    await settle(page);
    assert.equal((await notifications(page)).length, 1, 'not before it is due');
    await page.clock.setFixedTime(at(67));
    await untilDrawn(page, () => window.__notifications.length === 2, null, 'the snoozed touch is announced');
    shown = await notifications(page);
    assert.equal(shown.length, 2, JSON.stringify(shown));
    assert.equal(shown[1].title, 'Text Nikos Pappas');
    assert.equal(shown[1].body, 'Touch 2 of 12 is due now.');
    assert.deepEqual(problems.consoleErrors, []);
  } finally {
    await browser.close();
  }
});

test('reminders in Settings: turned on there, off and on again; when off, nothing is announced', async () => {
  const browser = await launchAt();
  try {
    await browser.context.addInitScript(recordNotifications);
    const { page, problems } = await openAppAt(browser.context, baseUrl);
    await page.evaluate(() => window.cadence.showView('settings'));
    const turnOn = await scrollTo(page, 'Turn on reminders');
    await page.mouse.click(turnOn.centerX, turnOn.centerY);
    await untilDrawn(page, () => window.__permissionRequests === 1, null, 'the browser is asked once');
    const toggle = 'Remind me when a touch falls due or a new lead waits five minutes';
    await scrollTo(page, toggle);
    await saveScreenshot(page, 'settings-reminders');
    await clickLabel(page, toggle); // off

    await page.evaluate(() => window.cadence.showView('today'));
    await quickAdd(page, { name: 'Ines Moreau', phone: '+33 1 23 45 67 89' });
    await page.clock.setFixedTime(at(6));
    await settle(page);
    await settle(page);
    assert.deepEqual(await notifications(page), [], 'reminders turned off announce nothing');

    await page.evaluate(() => window.cadence.showView('settings'));
    await scrollTo(page, toggle);
    await clickLabel(page, toggle); // on again
    await page.evaluate(() => window.cadence.showView('today'));
    await quickAdd(page, { name: 'Jonas Berg', phone: '+46 8 123 456 78' });
    await page.clock.setFixedTime(at(12));
    await untilDrawn(page, () => window.__notifications.some((n) => n.title === 'Jonas Berg is waiting'), null,
      'the new lead is announced once reminders are back on');
    assert.deepEqual(problems.consoleErrors, []);
  } finally {
    await browser.close();
  }
});
