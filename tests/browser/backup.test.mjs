// Backups and interop, driven through the UI: a backup downloaded, the store wiped and the backup
// restored through the file picker gives identical data (replace is one undo step, and the data
// before it stays on the device, across a reload); a merge adds without duplicates; a damaged
// file changes nothing and says where; an encrypted backup opens with the right passphrase and
// says plainly when it is wrong; CSV (with a column mapped by hand) and vCard files come in
// through the picker and by drop, with every unusable row listed; the leads and the calendar go
// out as CSV and .ics; the backup-age banner. Screenshots of every screen at DPR 1, 2 and 390x844.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { webcrypto } from 'node:crypto';
import { serveApp, clickLabel as clickWhenStill, locate, saveScreenshot, nextFrame, settle, waitSaved, leadNames, addLead } from './harness.mjs';
import { launchAt, openAppAt, call, typeInto, scrollTo, quickAdd, untilShown, MORNING } from './ui_helpers.mjs';

const fixtures = fileURLToPath(new URL('../data', import.meta.url));
const interop = join(fixtures, 'interop');
let server, baseUrl, workDir;
before(async () => {
  ({ server, url: baseUrl } = await serveApp());
  workDir = await mkdtemp(join(tmpdir(), 'cadence-backup-test-'));
});
after(async () => {
  server.close();
  await rm(workDir, { recursive: true, force: true });
});

const state = (page) => call(page, 'importExport');

// Clicks the widget labelled `label` once it is on screen (a dialog's buttons appear a frame or
// two after its state changes).
async function clickLabel(page, label) {
  await untilShown(page, label);
  return clickWhenStill(page, label);
}

// Waits until the importExport call matches `expected`: each member equal, or for `true`, not empty.
async function waitFor(page, expected, what) {
  try {
    await page.waitForFunction((wanted) => {
      const now = window.cadence.call('importExport');
      return Object.entries(wanted).every(([key, value]) => (value === true ? now[key] !== '' : now[key] === value));
    }, expected, { polling: 50, timeout: 30000 });
  } catch {
    await saveScreenshot(page, `backup-failure-${what.replace(/\W+/g, '-')}`);
    throw new Error(`timed out waiting for ${what}: ${JSON.stringify(await state(page))}`);
  }
}

// Scrolls the current view (up to its top first) until the widget is on screen.
async function reveal(page, label) {
  const size = page.viewportSize();
  const visible = async () => (await page.evaluate((text) => window.cadence.locate(text), label))
    .some((item) => item.visible && item.y >= 0 && item.y + item.h < size.height - 80);
  await nextFrame(page);
  if (await visible()) return;
  await page.mouse.move(size.width / 2, size.height / 2);
  await page.mouse.wheel(0, -20000);
  await nextFrame(page);
  await scrollTo(page, label, { x: size.width / 2, y: size.height / 2, step: Math.round(size.height / 3), tries: 40 });
}

// Opens the combo labelled `combo` and picks `option` in its list.
async function chooseInCombo(page, combo, option) {
  await clickLabel(page, combo);
  let item;
  for (let tries = 0; !item && tries < 50; ++tries) {
    await nextFrame(page);
    item = (await page.evaluate((text) => window.cadence.locate(text), option)).find((found) => found.visible && /Combo/.test(found.window));
  }
  if (!item) await saveScreenshot(page, 'backup-failure-combo');
  assert.ok(item, `the combo "${combo}" offers "${option}": ${JSON.stringify(await page.evaluate((text) => window.cadence.locate(text), option))}`);
  await clickWhenStill(page, option, { inWindow: /Combo/ });
}

// Clicks a button that opens the file dialog and picks `path` in it.
async function pickFile(page, label, path) {
  await reveal(page, label);
  const chooser = page.waitForEvent('filechooser', { timeout: 10000 });
  await clickLabel(page, label);
  await (await chooser).setFiles(path);
}

// Clicks (or runs) `action` and returns the file it downloads.
async function download(page, action) {
  const promise = page.waitForEvent('download', { timeout: 20000 });
  await action();
  const file = await promise.catch(async (error) => {
    await saveScreenshot(page, 'backup-failure-download');
    throw error;
  });
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

async function settingsButton(page, label) {
  await call(page, 'showView', { view: 'settings' });
  await reveal(page, label);
  await clickLabel(page, label);
}

function withoutDate(backupText) {
  const backup = JSON.parse(backupText);
  delete backup.exportedAt;
  return backup;
}

async function writeWork(name, text) {
  const path = join(workDir, name);
  await writeFile(path, text);
  return path;
}

// The envelope of docs/backup-format.md ("Encrypted backups"), decrypted independently of the app.
async function decryptEnvelope(envelopeText, passphrase) {
  const envelope = JSON.parse(envelopeText);
  const bytes = (text) => Uint8Array.from(Buffer.from(text, 'base64'));
  const base = await webcrypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  const key = await webcrypto.subtle.deriveKey({ name: 'PBKDF2', salt: bytes(envelope.salt), iterations: envelope.iterations, hash: 'SHA-256' },
    base, { name: 'AES-GCM', length: 256 }, false, ['decrypt']);
  const plain = await webcrypto.subtle.decrypt({ name: 'AES-GCM', iv: bytes(envelope.iv) }, key, bytes(envelope.data));
  return new TextDecoder().decode(plain);
}

async function seedLeads(page) {
  await addLead(page, 'Zoë Ørsted', '+45 32 12 34 56');
  await addLead(page, '山田 花子', '+81 3 1234 5678');
  await quickAdd(page, { name: 'Ana Lopez', email: 'ana@example.com' });
}

test('a backup restored into a wiped store is identical; replace and merge are undoable; a bad file changes nothing', async () => {
  const first = await launchAt();
  let backupText;
  try {
    const { page } = await openAppAt(first.context, baseUrl);
    await seedLeads(page);
    const backup = await download(page, () => settingsButton(page, 'Download backup'));
    assert.equal(backup.name, 'cadence-backup-2026-11-24.json');
    backupText = backup.text;
    assert.deepEqual(JSON.parse(backupText).leads.map((lead) => lead.name), ['Zoë Ørsted', '山田 花子', 'Ana Lopez']);
  } finally {
    await first.close();
  }
  const backupPath = await writeWork('backup.json', backupText);

  // A fresh profile: the store is empty.
  const second = await launchAt();
  try {
    const { page, problems } = await openAppAt(second.context, baseUrl);
    assert.deepEqual(await leadNames(page), []);
    await call(page, 'showView', { view: 'settings' });
    await pickFile(page, 'Restore a backup…', backupPath);
    await waitFor(page, { restore: 'ready' }, 'the restore summary');
    await clickLabel(page, 'Replace my data');
    await waitFor(page, { restore: 'closed' }, 'the replace');
    assert.deepEqual(await leadNames(page), ['Zoë Ørsted', '山田 花子', 'Ana Lopez']);
    assert.equal((await state(page)).safetyCopy.leads, 0);
    const restored = await download(page, () => settingsButton(page, 'Download backup'));
    assert.deepEqual(withoutDate(restored.text), withoutDate(backupText));

    // Replace is one undo step.
    await clickLabel(page, 'Undo');
    await page.waitForFunction(() => window.cadence.call('leadNames').length === 0, null, { timeout: 10000 });
    await clickLabel(page, 'Redo');
    await page.waitForFunction(() => window.cadence.call('leadNames').length === 3, null, { timeout: 10000 });

    // Merge: a newer copy of the same people plus one newcomer adds only the newcomer; Ana gains a phone.
    const incoming = JSON.parse(backupText);
    incoming.leads[2].phones = [{ label: 'work', number: '+1 555 0102', flaggedBad: false }];
    incoming.leads[2].id = 40; // another device numbered her differently: her email still matches
    incoming.touches = incoming.touches.filter((touch) => touch.leadId !== 3);
    incoming.enrollments = incoming.enrollments.filter((enrollment) => enrollment.leadId !== 3);
    incoming.leads.push({ id: 41, name: 'Merged Newcomer', phones: [{ label: 'mobile', number: '+1 555 0177', flaggedBad: false }],
      emails: [], createdAt: '2026-11-20T10:00:00Z' });
    await pickFile(page, 'Restore a backup…', await writeWork('incoming.json', JSON.stringify(incoming)));
    await waitFor(page, { restore: 'ready' }, 'the merge summary');
    await clickLabel(page, 'Merge into my data');
    await waitFor(page, { restore: 'closed' }, 'the merge');
    assert.deepEqual(await leadNames(page), ['Zoë Ørsted', '山田 花子', 'Ana Lopez', 'Merged Newcomer']);
    const ana = await call(page, 'lead', { id: 3 });
    assert.deepEqual(ana.phones.map((phone) => phone.number), ['+1 555 0102']);
    // Merging the same file again adds nothing.
    await pickFile(page, 'Restore a backup…', join(workDir, 'incoming.json'));
    await waitFor(page, { restore: 'ready' }, 'the second merge summary');
    await clickLabel(page, 'Merge into my data');
    await waitFor(page, { restore: 'closed' }, 'the second merge');
    assert.equal((await leadNames(page)).length, 4);
    await clickLabel(page, 'Undo');
    await clickLabel(page, 'Undo');
    await page.waitForFunction(() => window.cadence.call('leadNames').length === 3, null, { timeout: 10000 });

    // A damaged file: the reader's JSON Pointer and reason, and nothing changes.
    const damaged = JSON.parse(backupText);
    damaged.leads[1].stage = 'hott';
    await pickFile(page, 'Restore a backup…', await writeWork('damaged.json', JSON.stringify(damaged)));
    await waitFor(page, { restore: 'problem' }, 'the problem');
    const problem = (await state(page)).restoreProblem;
    assert.match(problem, /\/leads\/1\/stage/);
    assert.match(problem, /hott/);
    assert.match(problem, /Nothing was changed/);
    await clickLabel(page, 'Close');
    assert.deepEqual(await leadNames(page), ['Zoë Ørsted', '山田 花子', 'Ana Lopez']);

    // The data before the restore survives a reload, and returning to it is a replace too.
    await waitSaved(page);
    await page.reload();
    await page.evaluate(() => window.cadence.ready);
    await page.evaluate(() => window.cadence.enableLocator());
    await page.waitForFunction(() => window.cadence.call('storage').state === 'saved', null, { timeout: 20000 });
    assert.deepEqual(await leadNames(page), ['Zoë Ørsted', '山田 花子', 'Ana Lopez']);
    await settingsButton(page, 'Return to the data before the restore');
    await waitFor(page, { restore: 'ready' }, 'the safety copy summary');
    await clickLabel(page, 'Return to this data');
    await waitFor(page, { restore: 'closed' }, 'the return');
    assert.deepEqual(await leadNames(page), []);
    assert.equal((await state(page)).safetyCopy.leads, 3); // the restored data is kept in turn
    assert.deepEqual(problems.consoleErrors, []);
  } finally {
    await second.close();
  }
});

test('an encrypted backup restores with the right passphrase and says plainly when it is wrong', async () => {
  const passphrase = 'correct horse battery staple';
  const first = await launchAt();
  let envelopeText, plainText;
  try {
    const { page } = await openAppAt(first.context, baseUrl);
    await seedLeads(page);
    await call(page, 'showView', { view: 'settings' });
    await reveal(page, 'Backup passphrase new');
    await typeInto(page, 'Backup passphrase new', passphrase);
    await typeInto(page, 'Backup passphrase again', passphrase);
    const encrypted = await download(page, () => clickLabel(page, 'Download encrypted backup'));
    assert.equal(encrypted.name, 'cadence-backup-2026-11-24-encrypted.json');
    envelopeText = encrypted.text;
    plainText = (await download(page, () => settingsButton(page, 'Download backup'))).text;
  } finally {
    await first.close();
  }
  const envelope = JSON.parse(envelopeText);
  assert.equal(envelope.format, 'cadence-backup-encrypted');
  assert.equal(envelope.version, 1);
  assert.equal(envelope.cipher, 'AES-GCM-256');
  assert.equal(envelope.kdf, 'PBKDF2-SHA-256');
  assert.equal(envelope.iterations, 600000);
  assert.equal(Buffer.from(envelope.salt, 'base64').length, 16);
  assert.equal(Buffer.from(envelope.iv, 'base64').length, 12);
  assert.ok(!envelopeText.includes('Ana Lopez') && !envelopeText.includes('ana@example.com'), 'names and emails are not readable');
  // The documented format decrypts without the app.
  assert.deepEqual(withoutDate(await decryptEnvelope(envelopeText, passphrase)), withoutDate(plainText));
  const path = await writeWork('encrypted.json', envelopeText);

  const second = await launchAt();
  try {
    const { page } = await openAppAt(second.context, baseUrl);
    await call(page, 'showView', { view: 'settings' });
    await pickFile(page, 'Restore a backup…', path);
    await waitFor(page, { restore: 'passphrase' }, 'the passphrase prompt');
    await settle(page); // the field takes the keyboard focus as it appears
    await typeInto(page, 'Backup passphrase', 'not the passphrase');
    await clickLabel(page, 'Unlock');
    await waitFor(page, { passphraseProblem: true }, 'the wrong passphrase');
    assert.match((await state(page)).passphraseProblem, /^Wrong passphrase/);
    assert.equal((await state(page)).restore, 'passphrase');
    assert.deepEqual(await leadNames(page), []);
    await typeInto(page, 'Backup passphrase', passphrase);
    await page.keyboard.press('Enter');
    await waitFor(page, { restore: 'ready' }, 'the decrypted summary');
    await clickLabel(page, 'Replace my data');
    await waitFor(page, { restore: 'closed' }, 'the replace');
    assert.deepEqual(await leadNames(page), ['Zoë Ørsted', '山田 花子', 'Ana Lopez']);
  } finally {
    await second.close();
  }
});

test('CSV and vCard files come in through the picker and by drop; leads and the calendar go out as CSV and .ics', async () => {
  const browser = await launchAt();
  try {
    const { page, problems } = await openAppAt(browser.context, baseUrl);
    await clickLabel(page, 'Leads');

    // A Google Contacts export: recognised, imported, the unusable row listed with its line.
    await pickFile(page, 'Import', join(interop, 'google-contacts.csv'));
    await waitFor(page, { contactImport: 'mapping' }, 'the mapping step');
    await clickLabel(page, 'Import 3 rows');
    await waitFor(page, { contactImport: 'done' }, 'the CSV import');
    let result = await state(page);
    assert.equal(result.imported, 2);
    assert.deepEqual(result.rejected, [{ line: 6, reason: 'no phone number or email address' }]);
    await clickLabel(page, 'Close');
    assert.deepEqual(await leadNames(page), ['Ana Lopez', 'Björn Ångström']);

    // A column the importer does not know, mapped by hand.
    await pickFile(page, 'Import', join(interop, 'crm-export.csv'));
    await waitFor(page, { contactImport: 'mapping' }, 'the second mapping step');
    await chooseInCombo(page, 'Column 4', 'Source');
    await clickLabel(page, 'Import 5 rows');
    await waitFor(page, { contactImport: 'done' }, 'the mapped import');
    result = await state(page);
    assert.equal(result.imported, 2);
    assert.deepEqual(result.rejected.map((row) => row.line), [3, 4, 5]);
    assert.match(result.rejected[0].reason, /dev-at-example\.com/);
    assert.match(result.rejected[2].reason, /no phone number or email address/);
    await clickLabel(page, 'Show the imported leads');
    const shown = await call(page, 'leads');
    assert.deepEqual(shown.rows.map((row) => row.name).sort(), ['Cleo Park', 'Gail "G" Moss']);
    const cleo = await call(page, 'lead', { id: shown.rows.find((row) => row.name === 'Cleo Park').id });
    assert.equal(cleo.source, 'Zillow');
    await clickLabel(page, 'clear ids');

    // A phone's vCard file: Ana is already here (same email), the card without a phone or email is listed.
    await pickFile(page, 'Import', join(interop, 'contacts.vcf'));
    await waitFor(page, { contactImport: 'review' }, 'the vCard review');
    await clickLabel(page, 'Import 2 contacts');
    await waitFor(page, { contactImport: 'done' }, 'the vCard import');
    result = await state(page);
    assert.equal(result.imported, 2);
    assert.equal(result.rejected.length, 2);
    assert.equal(result.rejected[0].line, 1);
    assert.match(result.rejected[0].reason, /same email as "Ana Lopez"/);
    assert.match(result.rejected[1].reason, /no phone number or email address/);
    await clickLabel(page, 'Close');
    assert.deepEqual(await leadNames(page), ['Ana Lopez', 'Björn Ångström', 'Cleo Park', 'Gail "G" Moss', 'John Smith', 'Jürgen Müller']);

    // A file dropped onto the window.
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dropped Person\r\nTEL:+1 555 0400\r\nEND:VCARD\r\n'], 'dropped.vcf'));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    });
    await waitFor(page, { contactImport: 'review' }, 'the dropped file');
    await clickLabel(page, 'Import 1 contact');
    await waitFor(page, { contactImport: 'done' }, 'the dropped import');
    await clickLabel(page, 'Close');
    assert.equal((await leadNames(page)).length, 7);

    // CSV export of the Leads view as filtered, then of everything.
    await typeInto(page, 'Search leads', 'Gail');
    let csv = await download(page, () => clickLabel(page, 'Export CSV'));
    assert.equal(csv.name, 'cadence-leads-2026-11-24.csv');
    assert.ok(csv.text.startsWith('\uFEFFName,Phone,Email,Tags,Source,Birthday,Notes,Address,Stage,Temperature,Created\r\n'));
    let lines = csv.text.trim().split('\r\n');
    assert.equal(lines.length, 2);
    assert.match(lines[1], /^"Gail ""G"" Moss",\+1 555 0305,gail@example\.com,,"Sign call, north",/);
    await clickLabel(page, 'Search leads');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await nextFrame(page);
    csv = await download(page, () => clickLabel(page, 'Export CSV'));
    lines = csv.text.trim().split('\r\n');
    assert.equal(lines.length, 8);
    assert.ok(lines.some((line) => line.startsWith('Björn Ångström,+46 70 123 45 67,')));

    // The calendar: upcoming touches and key dates, RFC 5545 line ends, stable UIDs.
    const ics = await download(page, () => settingsButton(page, 'Export calendar (.ics)'));
    assert.equal(ics.name, 'cadence-calendar-2026-11-24.ics');
    assert.ok(ics.text.startsWith('BEGIN:VCALENDAR\r\n'));
    assert.ok(ics.text.trimEnd().endsWith('END:VCALENDAR'));
    assert.ok(!/[^\r]\n/.test(ics.text), 'every line ends in CRLF');
    assert.ok((ics.text.match(/BEGIN:VEVENT/g) || []).length >= 7, 'a touch for each lead at least');
    assert.match(ics.text, /UID:step-\d+-\d+@cadence/);
    assert.match(ics.text, /UID:keydate-1-birthday@cadence/); // Ana's birthday, 14 March
    const again = await download(page, () => settingsButton(page, 'Export calendar (.ics)'));
    const uids = (text) => text.match(/UID:[^\r]+/g).sort();
    assert.deepEqual(uids(again.text), uids(ics.text));
    assert.deepEqual(problems.consoleErrors, []);
  } finally {
    await browser.close();
  }
});

test('a gentle banner asks for a backup once the last one is older than the chosen interval', async () => {
  const browser = await launchAt();
  try {
    const { page } = await openAppAt(browser.context, baseUrl);
    await addLead(page, 'Needs a backup');
    assert.equal((await state(page)).backupReminder, 'not due'); // the weekly clock starts now
    await waitSaved(page);
    const tenDaysAgo = Math.floor(Date.parse(MORNING) / 1000) - 10 * 24 * 3600;
    await page.evaluate((at) => window.localStorage.setItem('cadence.lastBackupAt', String(at)), tenDaysAgo);
    await page.reload();
    await page.evaluate(() => window.cadence.ready);
    await page.evaluate(() => window.cadence.enableLocator());
    await page.waitForFunction(() => window.cadence.call('storage').state !== 'loading', null, { timeout: 20000 });
    await waitFor(page, { backupReminder: 'due' }, 'the reminder');
    await locate(page, 'Download backup now');
    const file = await download(page, () => clickLabel(page, 'Download backup now'));
    assert.equal(JSON.parse(file.text).leads[0].name, 'Needs a backup');
    await waitFor(page, { backupReminder: 'not due' }, 'the reminder to go');
    // The widget list describes the last frame drawn: wait for one without the banner.
    let bannerShown = true;
    for (let tries = 0; bannerShown && tries < 50; ++tries) {
      await nextFrame(page);
      bannerShown = (await page.evaluate(() => window.cadence.locate('Download backup now'))).some((item) => item.visible);
    }
    assert.equal(bannerShown, false, 'the banner goes once a backup is downloaded');
  } finally {
    await browser.close();
  }
});

// Every new screen, on a desktop at DPR 1 and 2 and on a phone.
const layouts = [
  { name: 'dpr1', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
  { name: 'dpr2', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 2 },
  { name: 'phone', viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 },
];
for (const layout of layouts) {
  test(`the backup and import screens (${layout.name})`, async () => {
    const browser = await launchAt({ viewport: layout.viewport, deviceScaleFactor: layout.deviceScaleFactor });
    try {
      const { page, problems } = await openAppAt(browser.context, baseUrl);
      const shot = (name) => saveScreenshot(page, `backup-${name}-${layout.name}`);
      await call(page, 'showView', { view: 'leads' });
      await locate(page, 'Import contacts');
      await shot('leads-empty');
      await addLead(page, 'Zoë Ørsted', '+45 32 12 34 56');
      await shot('leads-actions');

      await call(page, 'showView', { view: 'settings' });
      await reveal(page, 'Export calendar (.ics)');
      await shot('settings');

      await pickFile(page, 'Restore a backup…', join(fixtures, 'backup-v1-small.json'));
      await waitFor(page, { restore: 'ready' }, 'the restore summary');
      await shot('restore-summary');
      await clickLabel(page, 'Cancel');
      await waitFor(page, { restore: 'closed' }, 'the cancelled restore');

      await pickFile(page, 'Restore a backup…', await writeWork(`newer-${layout.name}.json`,
        '{"format":"cadence-backup","version":2,"settings":{}}'));
      await waitFor(page, { restore: 'problem' }, 'the problem');
      assert.match((await state(page)).restoreProblem, /newer Cadence/);
      await shot('restore-problem');
      await clickLabel(page, 'Close');

      await pickFile(page, 'Restore a backup…', await writeWork(`locked-${layout.name}.json`, JSON.stringify({
        format: 'cadence-backup-encrypted', version: 1, cipher: 'AES-GCM-256', kdf: 'PBKDF2-SHA-256', iterations: 1000,
        salt: Buffer.alloc(16, 1).toString('base64'), iv: Buffer.alloc(12, 2).toString('base64'), data: Buffer.alloc(40, 3).toString('base64'),
      })));
      await waitFor(page, { restore: 'passphrase' }, 'the passphrase prompt');
      await settle(page);
      await typeInto(page, 'Backup passphrase', 'a guess');
      await clickLabel(page, 'Unlock');
      await waitFor(page, { passphraseProblem: true }, 'the wrong passphrase');
      await shot('restore-passphrase');
      await clickLabel(page, 'Cancel');

      await pickFile(page, 'Import contacts (CSV or vCard)…', join(interop, 'google-contacts.csv'));
      await waitFor(page, { contactImport: 'mapping' }, 'the mapping step');
      await shot('import-mapping');
      await clickLabel(page, 'Import 3 rows');
      await waitFor(page, { contactImport: 'done' }, 'the import');
      await shot('import-done');
      await clickLabel(page, 'Close');

      await pickFile(page, 'Import contacts (CSV or vCard)…', join(interop, 'contacts.vcf'));
      await waitFor(page, { contactImport: 'review' }, 'the vCard review');
      await shot('import-vcard');
      await clickLabel(page, 'Cancel');

      await page.evaluate((at) => window.localStorage.setItem('cadence.lastBackupAt', String(at)),
        Math.floor(Date.parse(MORNING) / 1000) - 9 * 24 * 3600);
      await page.reload();
      await page.evaluate(() => window.cadence.ready);
      await page.evaluate(() => window.cadence.enableLocator());
      await waitFor(page, { backupReminder: 'due' }, 'the reminder');
      await call(page, 'showView', { view: 'today' });
      await locate(page, 'Download backup now');
      await shot('reminder');
      assert.deepEqual(problems.consoleErrors, []);
    } finally {
      await browser.close();
    }
  });
}
