// Data written is data kept: edits survive a reload and a browser restart, two tabs never lose
// each other's edits, a full disk keeps edits in memory with a backup offered, the read started
// at page load takes only the current snapshot, and a damaged record is reported instead of
// loaded.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  serveApp, launchBrowser, openApp, waitForData, waitSaved, leadNames, addLead, saveScreenshot, locate, clickLabel,
  nextFrame,
} from './harness.mjs';

let server, baseUrl;
before(async () => { ({ server, url: baseUrl } = await serveApp()); });
after(() => server.close());

async function withProfile(run) {
  const dir = await mkdtemp(join(tmpdir(), 'cadence-profile-'));
  try { await run(dir); } finally { await rm(dir, { recursive: true, force: true }); }
}

test('an edit survives a reload and a whole-browser restart with the same profile', async () => {
  await withProfile(async (profileDir) => {
    let browser = await launchBrowser({ profileDir });
    let { page } = await openApp(browser.context, baseUrl);
    const opened = await waitForData(page);
    assert.equal(opened.state, 'saved');
    assert.equal(opened.writer, true);
    await addLead(page, 'Zoë Ørsted');
    await addLead(page, '山田 花子');
    await waitSaved(page);

    await page.reload();
    await page.evaluate(() => window.cadence.ready);
    await waitForData(page);
    assert.deepEqual(await leadNames(page), ['Zoë Ørsted', '山田 花子']);
    await browser.close();

    browser = await launchBrowser({ profileDir });
    ({ page } = await openApp(browser.context, baseUrl));
    await waitForData(page);
    assert.deepEqual(await leadNames(page), ['Zoë Ørsted', '山田 花子']);
    const storage = await page.evaluate(() => window.cadence.call('storage'));
    assert.equal(storage.problems, 0);
    await browser.close();
  });
});

test('a second tab is read-only until "Use here instead" moves the writer, and no edit is lost', async () => {
  await withProfile(async (profileDir) => {
    const browser = await launchBrowser({ profileDir });
    try {
      const first = (await openApp(browser.context, baseUrl)).page;
      await waitForData(first);
      await addLead(first, 'Written in tab one');
      await waitSaved(first);

      const second = await browser.context.newPage();
      await second.goto(baseUrl);
      await second.evaluate(() => window.cadence.ready);
      await second.evaluate(() => window.cadence.enableLocator());
      const readOnly = await waitForData(second);
      assert.equal(readOnly.state, 'read-only');
      assert.deepEqual(await leadNames(second), ['Written in tab one']);
      await assert.rejects(addLead(second, 'Refused'), /another tab/);
      await saveScreenshot(second, 'storage-read-only-tab');

      // The reader follows the writer's commits.
      await addLead(first, 'Second from tab one');
      await waitSaved(first);
      await second.waitForFunction(() => window.cadence.call('leadNames').length === 2, null, { timeout: 10000 });

      // Edits made just before the hand-over are flushed by the old writer, then the new one edits.
      await addLead(first, 'Last from tab one');
      await clickLabel(second, 'Use here instead');
      await second.waitForFunction(() => window.cadence.call('storage').writer === true, null, { timeout: 15000 });
      await waitForData(second);
      await addLead(second, 'From tab two');
      await waitSaved(second);
      await first.waitForFunction(() => window.cadence.call('storage').state === 'read-only', null, { timeout: 10000 });
      await first.waitForFunction(() => window.cadence.call('leadNames').length === 4, null, { timeout: 10000 });
      const expected = ['Written in tab one', 'Second from tab one', 'Last from tab one', 'From tab two'];
      assert.deepEqual(await leadNames(second), expected);
      assert.deepEqual(await leadNames(first), expected);
    } finally {
      await browser.close();
    }
  });
});

test('a full disk keeps edits in memory, says so, and the backup download still works', async () => {
  const browser = await launchBrowser();
  try {
    const { page } = await openApp(browser.context, baseUrl);
    await waitForData(page);
    await addLead(page, 'Kept before the failure');
    await waitSaved(page);
    await page.evaluate(() => window.cadence.call('failNextWrite', { name: 'QuotaExceededError' }));
    await addLead(page, 'Edited while the disk is full');
    await page.waitForFunction(() => window.cadence.call('storage').state === 'quota-exceeded', null, { timeout: 10000 });
    assert.deepEqual(await leadNames(page), ['Kept before the failure', 'Edited while the disk is full']);
    await saveScreenshot(page, 'storage-quota-exceeded');

    const downloadPromise = page.waitForEvent('download');
    await clickLabel(page, 'Download backup');
    const download = await downloadPromise;
    assert.match(download.suggestedFilename(), /^cadence-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const backup = JSON.parse(await readFile(await download.path(), 'utf8'));
    assert.deepEqual(backup.leads.map((lead) => lead.name), ['Kept before the failure', 'Edited while the disk is full']);

    await clickLabel(page, 'Try again');
    await waitSaved(page);
    await page.reload();
    await page.evaluate(() => window.cadence.ready);
    await waitForData(page);
    assert.deepEqual(await leadNames(page), ['Kept before the failure', 'Edited while the disk is full']);
  } finally {
    await browser.close();
  }
});

// Keeps what web/boot.js reads early (before cadence_storage.js takes it over), and counts the
// read-only transactions the page's own thread starts.
function watchEarlyReads() {
  window.readOnlyTransactions = 0;
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (names, mode, options) {
    if (mode !== 'readwrite') window.readOnlyTransactions += 1;
    return transaction.call(this, names, mode, options);
  };
  let early;
  Object.defineProperty(window, 'cadenceEarlyStore', {
    configurable: true,
    get() { return early; },
    set(value) {
      early = value;
      window.earlyRanges = value.reads.then((ranges) => ranges.map((range) => (
        { first: range.first, last: range.last, keys: range.keys.slice(), values: range.values.length })));
    },
  });
}

// A page whose store holds a snapshot (the first save writes one) and a journal entry after it.
async function openWithSnapshotAndJournal(context) {
  const { page } = await openApp(context, baseUrl);
  await waitForData(page);
  await addLead(page, 'Kept');
  await waitSaved(page);
  await addLead(page, 'Journaled');
  await waitSaved(page);
  return page;
}

async function reloadAndWait(page) {
  await page.reload();
  await page.evaluate(() => window.cadence.ready);
  return waitForData(page);
}

test('the writer tab opens its store from the one read started at page load, of the current generation only', async () => {
  await withProfile(async (profileDir) => {
    const browser = await launchBrowser({ profileDir });
    try {
      const page = await openWithSnapshotAndJournal(browser.context);
      // Values of an older generation whose deletion never ran, and of a newer one a compaction
      // was still writing: the pointer names neither.
      const foreign = ['snap/000000000000/leads/000000', 'snap/999999999999/leads/000000'];
      await page.evaluate((keys) => new Promise((resolve, reject) => {
        const request = indexedDB.open('cadence');
        request.onsuccess = () => {
          const transaction = request.result.transaction('records', 'readwrite');
          for (const key of keys) transaction.objectStore('records').put(new TextEncoder().encode('not a chunk').buffer, key);
          transaction.oncomplete = () => { request.result.close(); resolve(); };
          transaction.onerror = () => reject(transaction.error);
        };
        request.onerror = () => reject(request.error);
      }), foreign);
      await page.addInitScript(watchEarlyReads);
      const storage = await reloadAndWait(page);
      assert.equal(storage.state, 'saved');
      const ranges = await page.evaluate(() => window.earlyRanges);
      assert.deepEqual(ranges.map((range) => range.first.replace(/\d+/, 'N')), ['meta/current', 'snap/N/', 'journal/N']);
      const [pointer, snapshot, journal] = ranges;
      assert.deepEqual(pointer.keys, ['meta/current']);
      assert.ok(snapshot.keys.length >= 4, snapshot.keys.join(' ')); // the manifest, base, leads, enrollments...
      assert.equal(snapshot.values, snapshot.keys.length);
      for (const key of snapshot.keys) assert.ok(key.startsWith(snapshot.first), key);
      for (const key of foreign) assert.ok(!snapshot.keys.includes(key), key);
      assert.ok(journal.keys.length >= 1, 'the edit is in the journal');
      for (const key of journal.keys) assert.ok(key >= journal.first && key.startsWith('journal/'), key);
      // The store opened from those values alone (read by web/snapshot_reader.js): the page
      // itself started no read-only transaction.
      assert.equal(await page.evaluate(() => window.readOnlyTransactions), 0);
      assert.equal(storage.problems, 0, storage.problemSummary);
      assert.deepEqual(await leadNames(page), ['Kept', 'Journaled']);

      // A second tab cannot write, so another tab may move the pointer and the journal after
      // its early read: it takes only the snapshot from it and reads the rest afresh.
      const second = await browser.context.newPage();
      await second.addInitScript(watchEarlyReads);
      await second.goto(baseUrl);
      await second.evaluate(() => window.cadence.ready);
      const reader = await waitForData(second);
      assert.equal(reader.state, 'read-only');
      const readerRanges = await second.evaluate(() => window.earlyRanges);
      assert.deepEqual(readerRanges.map((range) => range.first.replace(/\d+/, 'N')), ['snap/N/']);
      assert.deepEqual(await leadNames(second), ['Kept', 'Journaled']);
    } finally {
      await browser.close();
    }
  });
});

// Holds back every Web Locks request of the page until the test calls window.openLockGate().
function holdLockRequests() {
  const request = navigator.locks.request.bind(navigator.locks);
  let open;
  const gate = new Promise((resolve) => { open = resolve; });
  window.openLockGate = open;
  navigator.locks.request = (...args) => gate.then(() => request(...args));
}

test('a tab that becomes the writer after its early read takes the journal as it is under the lock', async () => {
  await withProfile(async (profileDir) => {
    const browser = await launchBrowser({ profileDir });
    try {
      const first = await openWithSnapshotAndJournal(browser.context);
      // The second tab's reader reads the snapshot at once, but its page learns only later that
      // it holds the writer lock: meanwhile the first tab writes once more and closes.
      const second = await browser.context.newPage();
      await second.addInitScript(holdLockRequests);
      await second.addInitScript(watchEarlyReads);
      await second.goto(baseUrl);
      await second.evaluate(() => window.cadence.ready);
      await new Promise((resolve) => setTimeout(resolve, 1000)); // the snapshot read is long done
      await addLead(first, 'Written after the early read');
      await waitSaved(first);
      await first.close();
      while ((await second.evaluate(() => navigator.locks.query())).held.length) await nextFrame(second);
      await second.evaluate(() => window.openLockGate());

      const storage = await waitForData(second);
      assert.equal(storage.state, 'saved');
      assert.equal(storage.writer, true);
      const ranges = await second.evaluate(() => window.earlyRanges);
      assert.deepEqual(ranges.map((range) => range.first.replace(/\d+/, 'N')), ['meta/current', 'snap/N/', 'journal/N']);
      assert.ok(ranges[2].keys.length >= 2, ranges[2].keys.join(' ')); // both edits after the snapshot
      assert.deepEqual(await leadNames(second), ['Kept', 'Journaled', 'Written after the early read']);
      await second.reload();
      await second.evaluate(() => window.openLockGate());
      await waitForData(second);
      assert.deepEqual(await leadNames(second), ['Kept', 'Journaled', 'Written after the early read']);
    } finally {
      await browser.close();
    }
  });
});

test('without the reading worker the page reads its data itself, and nothing is lost', async () => {
  await withProfile(async (profileDir) => {
    const browser = await launchBrowser({ profileDir });
    try {
      const page = await openWithSnapshotAndJournal(browser.context);
      await page.addInitScript(watchEarlyReads);
      // A browser that refuses the worker (or a worker script that fails to load).
      await page.addInitScript(() => {
        window.Worker = function () { throw new DOMException('Workers are disabled here', 'SecurityError'); };
      });
      const storage = await reloadAndWait(page);
      assert.equal(storage.state, 'saved');
      assert.deepEqual(await page.evaluate(() => window.earlyRanges), []);
      assert.ok(await page.evaluate(() => window.readOnlyTransactions) >= 1, 'the page read the store itself');
      assert.equal(storage.problems, 0, storage.problemSummary);
      assert.deepEqual(await leadNames(page), ['Kept', 'Journaled']);
      await addLead(page, 'After');
      await waitSaved(page);
      await reloadAndWait(page);
      assert.deepEqual(await leadNames(page), ['Kept', 'Journaled', 'After']);
    } finally {
      await browser.close();
    }
  });
});

test('a damaged record is detected, reported and skipped', async () => {
  await withProfile(async (profileDir) => {
    const browser = await launchBrowser({ profileDir });
    try {
      const { page } = await openApp(browser.context, baseUrl);
      await waitForData(page);
      await addLead(page, 'Intact');
      await waitSaved(page);
      await addLead(page, 'Will be damaged');
      await waitSaved(page);
      // Flip bytes inside the newest journal entry, as a failing disk might.
      const damagedKey = await page.evaluate(() => new Promise((resolve, reject) => {
        const request = indexedDB.open('cadence');
        request.onsuccess = () => {
          const store = request.result.transaction('records', 'readwrite').objectStore('records');
          const keys = store.getAllKeys(IDBKeyRange.bound('journal/', 'journal/~'));
          keys.onsuccess = () => {
            const key = keys.result[keys.result.length - 1];
            const get = store.get(key);
            get.onsuccess = () => {
              const bytes = new Uint8Array(get.result.slice(0));
              bytes[bytes.length - 3] ^= 0x55;
              store.put(bytes.buffer, key).onsuccess = () => resolve(key);
            };
          };
        };
        request.onerror = () => reject(request.error);
      }));
      await page.reload();
      await page.evaluate(() => window.cadence.ready);
      await page.evaluate(() => window.cadence.enableLocator());
      const storage = await waitForData(page);
      assert.equal(storage.problems, 1);
      assert.ok(storage.problemSummary.includes(damagedKey), storage.problemSummary);
      assert.deepEqual(await leadNames(page), ['Intact']);
      await saveScreenshot(page, 'storage-damaged-record');
    } finally {
      await browser.close();
    }
  });
});
