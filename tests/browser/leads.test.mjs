// The Leads table and the lead panel, driven through the UI: leads added by typing, sorting by a
// column, search as you type, a temperature filter, a row opens the lead, an edit is saved with validation, the plan
// is paused and resumed, a bulk tag on a selection; the phone layout.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveApp, clickLabel, locate, saveScreenshot, settle } from './harness.mjs';
import { launchAt, openAppAt, call, typeInto, quickAdd, untilDrawn, waitForLead } from './ui_helpers.mjs';

let server, baseUrl;
before(async () => {
  ({ server, url: baseUrl } = await serveApp());
});
after(() => server.close());

const people = [
  { name: 'Ada Lovelace', phone: '+44 20 7946 0018', temperature: 'Hot' },
  { name: 'Grace Hopper', email: 'grace@navy.example.com', temperature: 'Warm' },
  { name: 'Alan Turing', phone: '+44 161 496 0321', temperature: 'Cold' },
  { name: 'Katherine Johnson', phone: '+1 757 555 0142', email: 'kj@nasa.example.gov', temperature: 'Hot' },
];

async function addPeople(page) {
  for (const person of people) {
    await clickLabel(page, 'Add lead');
    await typeInto(page, 'Name', person.name);
    if (person.phone) await typeInto(page, 'Phone', person.phone);
    if (person.email) await typeInto(page, 'Email', person.email);
    await clickLabel(page, person.temperature);
    await clickLabel(page, 'Save lead');
    await waitForLead(page, person.name);
  }
}

async function clearField(page, label) {
  await clickLabel(page, label);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await settle(page);
}

for (const deviceScaleFactor of [1, 2]) {
  test(`search, filter, open, edit and bulk-tag leads (DPR ${deviceScaleFactor})`, async () => {
    const browser = await launchAt({ deviceScaleFactor });
    try {
      const { page, problems } = await openAppAt(browser.context, baseUrl);
      await addPeople(page);
      await clickLabel(page, 'Leads');
      let leads = await call(page, 'leads');
      assert.equal(leads.shown, 4);
      await saveScreenshot(page, `leads-table-dpr${deviceScaleFactor}`);

      // A click on a column header sorts by it, even a bare one (move and press at once, as a tap
      // is), and a second one reverses the order; then back to
      // the default order (next due first).
      // (ImGui hands the table its new sort specs in the frame after the click.)
      const byName = ['Ada Lovelace', 'Alan Turing', 'Grace Hopper', 'Katherine Johnson'];
      const inOrder = (names) => JSON.stringify(window.cadence.call('leads').rows.map((r) => r.name)) === JSON.stringify(names);
      await clickLabel(page, 'Name');
      await untilDrawn(page, inOrder, byName, 'the rows are sorted by name');
      await clickLabel(page, 'Name');
      await untilDrawn(page, inOrder, [...byName].reverse(), 'the rows are sorted by name, Z to A');
      await clickLabel(page, 'Next due');

      // Search as you type, over names and phone digits.
      await typeInto(page, 'Search leads', 'hop');
      leads = await call(page, 'leads');
      assert.deepEqual(leads.rows.map((r) => r.name), ['Grace Hopper']);
      await clearField(page, 'Search leads');
      await typeInto(page, 'Search leads', '4960321');
      assert.deepEqual((await call(page, 'leads')).rows.map((r) => r.name), ['Alan Turing']);
      await clearField(page, 'Search leads');

      // Filter by temperature.
      await clickLabel(page, 'Temperature');
      await clickLabel(page, 'Hot');
      await page.keyboard.press('Escape');
      await settle(page);
      leads = await call(page, 'leads');
      assert.deepEqual(leads.rows.map((r) => r.name).sort(), ['Ada Lovelace', 'Katherine Johnson']);
      await saveScreenshot(page, `leads-filtered-dpr${deviceScaleFactor}`);

      // Save the filter as a smart list, clear it, and bring it back with one click.
      await clickLabel(page, 'Save as smart list');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('Hot leads');
      await settle(page);
      await saveScreenshot(page, `leads-save-smart-list-dpr${deviceScaleFactor}`);
      await clickLabel(page, 'Save list');
      assert.deepEqual((await call(page, 'settings')).savedLists, ['Hot leads']);
      await clickLabel(page, 'Clear filters');
      assert.equal((await call(page, 'leads')).shown, 4);
      await clickLabel(page, 'Hot leads');
      leads = await call(page, 'leads');
      assert.deepEqual(leads.rows.map((r) => r.name).sort(), ['Ada Lovelace', 'Katherine Johnson']);
      await saveScreenshot(page, `leads-smart-list-dpr${deviceScaleFactor}`);

      // A row opens the lead; an invalid email is refused, a tag is saved.
      await clickLabel(page, 'Katherine Johnson');
      const opened = (await call(page, 'snapshot')).openLead;
      assert.ok(opened > 0, 'the lead panel is open');
      await typeInto(page, 'Lead tags', 'astronaut');
      await saveScreenshot(page, `lead-panel-dpr${deviceScaleFactor}`);
      await clickLabel(page, 'Save changes');
      let lead = await call(page, 'lead', { id: opened });
      assert.deepEqual(lead.tags, ['astronaut']);

      // Follow-up tab: pause until a day picked on the calendar; the plan resumes by itself then,
      // its steps a week later than before. Then a pause until resumed by hand.
      await clickLabel(page, 'Follow-up');
      await saveScreenshot(page, `lead-plan-dpr${deviceScaleFactor}`);
      const dueBefore = lead.enrollments[0].pending.map((p) => Date.parse(p.due));
      await clickLabel(page, 'Pause');
      await clickLabel(page, 'Next month'); // the calendar opens on November, from tomorrow
      await clickLabel(page, '2026-12-01');
      await saveScreenshot(page, `lead-pause-until-dpr${deviceScaleFactor}`);
      await clickLabel(page, 'Pause until Tue 1 Dec');
      lead = await call(page, 'lead', { id: opened });
      assert.equal(lead.enrollments[0].state, 'paused');
      assert.equal(lead.enrollments[0].resumeAt, '2026-12-01T15:00:00Z');
      await saveScreenshot(page, `lead-paused-dpr${deviceScaleFactor}`);
      await page.clock.setFixedTime(new Date('2026-12-01T15:00:05Z'));
      await settle(page);
      await settle(page);
      lead = await call(page, 'lead', { id: opened });
      assert.equal(lead.enrollments[0].state, 'active');
      assert.equal(lead.enrollments[0].resumeAt, null);
      assert.deepEqual(lead.enrollments[0].pending.map((p) => Date.parse(p.due)),
        dueBefore.map((due) => due + 7 * 86400000));
      await clickLabel(page, 'Pause');
      await clickLabel(page, 'Until I resume it');
      lead = await call(page, 'lead', { id: opened });
      assert.equal(lead.enrollments[0].state, 'paused');
      await clickLabel(page, 'Resume');
      lead = await call(page, 'lead', { id: opened });
      assert.equal(lead.enrollments[0].state, 'active');
      await clickLabel(page, 'Timeline');
      await saveScreenshot(page, `lead-timeline-dpr${deviceScaleFactor}`);
      await clickLabel(page, 'Close lead');

      // Bulk: tick both hot leads (the table moves down when the bulk bar appears), tag them.
      for (let i = 0; i < 2; ++i) {
        await settle(page);
        const ticks = (await page.evaluate(() => window.cadence.locate('tick'))).filter((t) => t.visible);
        assert.equal(ticks.length, 2);
        await page.mouse.click(ticks[i].centerX, ticks[i].centerY);
        await settle(page);
      }
      await typeInto(page, 'Bulk tag', 'vip');
      await saveScreenshot(page, `leads-bulk-dpr${deviceScaleFactor}`);
      await clickLabel(page, 'Tag');
      for (const row of leads.rows) assert.ok((await call(page, 'lead', { id: row.id })).tags.includes('vip'));
      assert.deepEqual(problems.consoleErrors, []);
    } finally {
      await browser.close();
    }
  });
}

test('the leads table and lead page on a phone (390×844)', async () => {
  const browser = await launchAt({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  try {
    const { page } = await openAppAt(browser.context, baseUrl);
    for (const person of people.slice(0, 2)) {
      await clickLabel(page, 'Add lead');
      await typeInto(page, 'Name', person.name);
      if (person.phone) await typeInto(page, 'Phone', person.phone);
      if (person.email) await typeInto(page, 'Email', person.email);
      await clickLabel(page, 'Save lead');
    }
    await clickLabel(page, 'Leads');
    await saveScreenshot(page, 'phone-leads');
    await clickLabel(page, 'Grace Hopper');
    await locate(page, 'Back');
    await saveScreenshot(page, 'phone-lead-page');
    await clickLabel(page, 'Back');
    assert.equal((await call(page, 'snapshot')).openLead, null);
  } finally {
    await browser.close();
  }
});
