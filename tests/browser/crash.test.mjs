// Kill Chromium (SIGKILL to the whole process group) at random moments while edits stream in,
// many times over one profile: the store must always open, hold every edit that had been
// acknowledged as saved, and never a half-applied command. The store starts with a generated
// data set large enough that a compaction takes several transactions, and every other round
// starts one and kills the browser in the middle of it: the old generation must stay whole.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveApp } from './harness.mjs';
import { startChromium } from './chromium_process.mjs';

const rounds = Number(process.env.CADENCE_CRASH_ROUNDS || 20);
const generatedLeads = 3000; // snapshot chunks hold about 1,000 leads: a compaction spans several
let server, baseUrl;
before(async () => { ({ server, url: baseUrl } = await serveApp()); });
after(() => server.close());

// A deterministic pseudo-random sequence, so a failing run can be replayed.
function randomSequence(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

// What IndexedDB itself holds: how many records, a few keys, and the pointer's text.
function databaseSummary(page) {
  return page.evaluate(() => new Promise((resolve) => {
    const request = indexedDB.open('cadence');
    request.onerror = () => resolve({ error: String(request.error) });
    request.onsuccess = () => {
      const transaction = request.result.transaction('records', 'readonly');
      const keys = transaction.objectStore('records').getAllKeys();
      const pointer = transaction.objectStore('records').get('meta/current');
      transaction.oncomplete = () => {
        request.result.close(); // an open connection would block the app's own upgrade
        resolve({
          records: keys.result.length, firstKeys: keys.result.slice(0, 3), lastKeys: keys.result.slice(-3),
          pointer: pointer.result ? new TextDecoder().decode(pointer.result).slice(0, 160) : null,
        });
      };
    };
  }));
}

async function waitUntilIdle(page) {
  await page.waitForFunction(() => window.cadence.call('storage').state === 'saved' && !window.cadence.call('storageTimings').compacting,
                             null, { polling: 50, timeout: 300000 });
}

test(`${rounds} crashes during a stream of edits lose no acknowledged edit and half-apply nothing`, async () => {
  const profileDir = await mkdtemp(join(tmpdir(), 'cadence-crash-'));
  const random = randomSequence(20261124);
  const acknowledged = new Set();
  const attempted = new Set();
  let generatedNames = [];
  let generatedWithoutNextStep = 0;
  let compactionMs = 0;
  let killedDuringCompaction = 0;
  try {
    for (let round = 1; round <= rounds; ++round) {
      const chromium = await startChromium(profileDir);
      try {
        const page = chromium.context.pages()[0] || (await chromium.context.newPage());
        await page.exposeBinding('reportAttempt', (_source, name) => { attempted.add(name); });
        await page.exposeBinding('reportAcknowledged', (_source, names) => { for (const name of names) acknowledged.add(name); });
        await page.goto(baseUrl);
        await page.evaluate(() => window.cadence.ready);
        await page.waitForFunction(() => window.cadence.call('storage').state !== 'loading', null, { polling: 20, timeout: 30000 });

        if (round === 1) {
          await page.evaluate((leads) => window.cadence.run('generate', { leads, touches: leads * 10, seed: 11 }), generatedLeads);
          await waitUntilIdle(page);
          generatedNames = await page.evaluate(() => window.cadence.call('leadNames'));
          // Generated closed and lost leads rightly have no next step; a half-applied add would add one.
          generatedWithoutNextStep = (await page.evaluate(() => window.cadence.call('integrity'))).leadsWithoutNextStep;
          compactionMs = await page.evaluate(() => window.cadence.call('storageTimings').lastCompaction);
          for (const name of generatedNames) attempted.add(name);
        }

        const storage = await page.evaluate(() => window.cadence.call('storage'));
        assert.equal(storage.state, 'saved', `round ${round}: the store opens writable (${storage.detail})`);
        assert.equal(storage.problems, 0, `round ${round}: no damaged record (${storage.problemSummary})`);
        const stored = new Set(await page.evaluate(() => window.cadence.call('leadNames')));
        if (generatedNames.some((name) => !stored.has(name))) {
          // Seen 4 times in about 26 runs (2026-12-02): the store opened empty and called itself
          // saved. Whether the database still held the records tells the read path from the data.
          console.log(`# round ${round}: ${stored.size} lead names stored, storage ${JSON.stringify(storage)}, ` +
                      `database ${JSON.stringify(await databaseSummary(page))}`);
        }
        for (const name of generatedNames) assert.ok(stored.has(name), `round ${round}: generated "${name}" survived`);
        for (const name of acknowledged) assert.ok(stored.has(name), `round ${round}: acknowledged "${name}" survived`);
        for (const name of stored) assert.ok(attempted.has(name), `round ${round}: "${name}" was really added`);
        const integrity = await page.evaluate(() => window.cadence.call('integrity'));
        assert.equal(integrity.leadsWithoutNextStep, generatedWithoutNextStep, `round ${round}: every added lead has its plan (no half-applied add)`);

        // Stream edits: sometimes one at a time waiting for the save, sometimes bursts that coalesce.
        await page.evaluate(([roundNumber, burstEvery]) => {
          (async () => {
            let pending = [];
            for (let i = 0; ; ++i) {
              const name = `Round ${roundNumber} lead ${i}`;
              await window.reportAttempt(name);
              await window.cadence.run('addLead', { name, phone: `+1 555 ${String(roundNumber).padStart(3, '0')} ${String(i).padStart(4, '0')}` });
              pending.push(name);
              if (i % burstEvery !== 0) continue;
              while (window.cadence.call('storage').state !== 'saved') await new Promise((resolve) => setTimeout(resolve, 5));
              await window.reportAcknowledged(pending);
              pending = [];
            }
          })();
        }, [round, 1 + Math.floor(random() * 4)]);
        await new Promise((resolve) => setTimeout(resolve, 150 + random() * 1350));
        if (round % 2 === 0) {
          // Rewrite the whole store while the edits go on, and kill somewhere inside that.
          const compactionsBefore = await page.evaluate(() => window.cadence.call('storageTimings').compactions);
          await page.evaluate(() => window.cadence.call('compactNow'));
          // On a loaded machine a whole compaction can start and end between two polls.
          await page.waitForFunction((before) => {
            const timings = window.cadence.call('storageTimings');
            return timings.compacting || timings.compactions > before;
          }, compactionsBefore, { polling: 5, timeout: 30000 }).catch(async (error) => {
            const state = await page.evaluate(() => ({ storage: window.cadence.call('storage'), timings: window.cadence.call('storageTimings') }));
            throw new Error(`round ${round}: the compaction asked for never ran (${JSON.stringify(state)}): ${error.message}`);
          });
          await new Promise((resolve) => setTimeout(resolve, random() * compactionMs));
          if (await page.evaluate(() => window.cadence.call('storageTimings').compacting)) ++killedDuringCompaction;
        }
      } finally {
        await chromium.kill();
      }
    }
    // Generated names repeat (a few hundred first and last names), so count the edits' own.
    const editsAttempted = attempted.size - new Set(generatedNames).size;
    assert.ok(acknowledged.size > rounds, `edits were acknowledged along the way (${acknowledged.size} of ${editsAttempted})`);
    if (rounds >= 4) assert.ok(killedDuringCompaction > 0, 'at least one crash came in the middle of a compaction');
    console.log(`# ${rounds} crashes (${killedDuringCompaction} during a ${compactionMs.toFixed(0)} ms compaction of ${generatedNames.length} leads): ` +
                `${editsAttempted} edits attempted, ${acknowledged.size} acknowledged, all acknowledged ones kept`);
  } finally {
    await rm(profileDir, { recursive: true, force: true });
  }
});
