// Plans, Templates, Health and Settings, driven through the UI by widget label: edit a plan and
// see its preview change, preview a template on a real lead (a missing value is shown, then
// filled once Settings has your name), open Health and follow a card to the leads behind it,
// switch to the dark theme; phone layouts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveApp, clickLabel, locate, saveScreenshot, settle } from './harness.mjs';
import { launchAt, openAppAt, call, typeInto, quickAdd, scrollTo } from './ui_helpers.mjs';

let server, baseUrl;
before(async () => {
  ({ server, url: baseUrl } = await serveApp());
});
after(() => server.close());

for (const deviceScaleFactor of [1, 2]) {
  test(`plans, templates, health and settings (DPR ${deviceScaleFactor})`, async () => {
    const browser = await launchAt({ deviceScaleFactor });
    try {
      const { page, problems } = await openAppAt(browser.context, baseUrl);
      await quickAdd(page, { name: 'Ana Silva', phone: '+1 555 010 2030' });
      await quickAdd(page, { name: 'Bo Chen', email: 'bo@example.com' });

      // Plans: the new-lead plan is shown first; adding a step adds a date to the preview.
      await clickLabel(page, 'Plans');
      let preview = await call(page, 'planPreview');
      assert.equal(preview.rows.length, 12, 'a warm lead gets 12 touches');
      assert.equal(preview.rows[0].due, '2026-11-24T15:00:00Z', 'the first call is due at once');
      await saveScreenshot(page, `plans-dpr${deviceScaleFactor}`);
      await clickLabel(page, 'Add step');
      preview = await call(page, 'planPreview');
      assert.equal(preview.rows.length, 13);
      assert.equal(preview.rows[12].dayOffset, 22);
      await scrollTo(page, 'Cold');
      await clickLabel(page, 'Cold');
      await saveScreenshot(page, `plans-preview-dpr${deviceScaleFactor}`);
      assert.equal((await call(page, 'planPreview')).rows.length, 8, 'cold leads get the lighter plan (+1 new step)');
      await scrollTo(page, 'Save plan', { step: -300 });
      await clickLabel(page, 'Save plan');
      const plans = await call(page, 'plans');
      assert.equal(plans[0].steps.length, 13);

      // Templates: add the starters, preview on a real lead, a missing value shows.
      await clickLabel(page, 'Templates');
      await saveScreenshot(page, `templates-empty-dpr${deviceScaleFactor}`);
      await clickLabel(page, 'Add the starter templates');
      await page.waitForFunction(() => window.cadence.call('templatePreview').text !== '', null,
        { polling: 50, timeout: 10000 }); // the button acts on release, a frame after the press
      let tpl = await call(page, 'templatePreview');
      assert.match(tpl.text, /^Hi Ana, this is \{agent_name\}/);
      assert.deepEqual(tpl.missing, ['agent_name']);
      await scrollTo(page, '{first_name}');
      await clickLabel(page, '{first_name}');
      tpl = await call(page, 'templatePreview');
      assert.match(tpl.text, /Ana$/, 'the merge field went in and renders for the lead');
      await saveScreenshot(page, `templates-dpr${deviceScaleFactor}`);

      // Settings: your name fills {agent_name}.
      await clickLabel(page, 'Settings');
      await typeInto(page, 'Your name', 'Sam Carter');
      await clickLabel(page, 'Save settings');
      await page.waitForFunction(() => window.cadence.call('settings').userName !== '', null,
        { polling: 50, timeout: 10000 }); // the button acts on release, a frame after the press
      assert.equal((await call(page, 'settings')).userName, 'Sam Carter');
      await saveScreenshot(page, `settings-dpr${deviceScaleFactor}`);
      await clickLabel(page, 'Templates');
      tpl = await call(page, 'templatePreview');
      assert.match(tpl.text, /^Hi Ana, this is Sam Carter/);
      assert.deepEqual(tpl.missing, []);

      // Health: numbers against targets; a card opens the leads behind it.
      await clickLabel(page, 'Health');
      await saveScreenshot(page, `health-dpr${deviceScaleFactor}`);
      await clickLabel(page, 'Never contacted');
      assert.equal((await call(page, 'snapshot')).view, 'leads');
      assert.equal((await call(page, 'leads')).shown, 2);

      // Dark theme.
      await clickLabel(page, 'Settings');
      await clickLabel(page, 'Dark');
      await clickLabel(page, 'Today');
      await saveScreenshot(page, `today-dark-dpr${deviceScaleFactor}`);
      await clickLabel(page, 'Settings');
      await clickLabel(page, 'Light');
      assert.deepEqual(problems.consoleErrors, []);
    } catch (error) {
      throw error;
    } finally {
      await browser.close();
    }
  });
}

test('plans, templates, health and settings on a phone (390×844)', async () => {
  const browser = await launchAt({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  try {
    const { page } = await openAppAt(browser.context, baseUrl);
    const fab = await locate(page, 'Add lead');
    await page.mouse.click(fab.centerX, fab.centerY);
    await settle(page);
    await typeInto(page, 'Name', 'Ana Silva');
    await typeInto(page, 'Phone', '+1 555 010 2030');
    await clickLabel(page, 'Save lead');
    for (const view of ['Plans', 'Templates', 'Health', 'Settings']) {
      await clickLabel(page, view);
      await saveScreenshot(page, `phone-${view.toLowerCase()}`);
    }
    await clickLabel(page, 'Plans');
    await clickLabel(page, 'New lead — relentless 21 days');
    await locate(page, 'All plans');
    await saveScreenshot(page, 'phone-plan-editor');
  } finally {
    await browser.close();
  }
});
