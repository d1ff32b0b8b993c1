// Kill Chromium (SIGKILL to the whole process group) at random moments while edits stream in,
// many times over one profile: the store must always open, hold every edit that had been
// acknowledged as saved, and never a half-applied command.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveApp } from './harness.mjs';
import { startChromium } from './chromium_process.mjs';

const rounds = Number(process.env.CADENCE_CRASH_ROUNDS || 20);
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

test(`${rounds} crashes during a stream of edits lose no acknowledged edit and half-apply nothing`, async () => {
  const profileDir = await mkdtemp(join(tmpdir(), 'cadence-crash-'));
  const random = randomSequence(20261124);
  const acknowledged = new Set();
  const attempted = new Set();
  let totalAdded = 0;
  try {
    for (let round = 1; round <= rounds; ++round) {
      const chromium = await startChromium(profileDir);
      const page = chromium.context.pages()[0] || (await chromium.context.newPage());
      await page.exposeBinding('reportAttempt', (_source, name) => { attempted.add(name); });
      await page.exposeBinding('reportAcknowledged', (_source, names) => { for (const name of names) acknowledged.add(name); });
      await page.goto(baseUrl);
      await page.evaluate(() => window.cadence.ready);
      await page.waitForFunction(() => window.cadence.call('storage').state !== 'loading', null, { polling: 20, timeout: 30000 });

      const storage = await page.evaluate(() => window.cadence.call('storage'));
      assert.equal(storage.state, 'saved', `round ${round}: the store opens writable (${storage.detail})`);
      assert.equal(storage.problems, 0, `round ${round}: no damaged record (${storage.problemSummary})`);
      const stored = new Set(await page.evaluate(() => window.cadence.call('leadNames')));
      for (const name of acknowledged) assert.ok(stored.has(name), `round ${round}: acknowledged "${name}" survived`);
      for (const name of stored) assert.ok(attempted.has(name), `round ${round}: "${name}" was really added`);
      const integrity = await page.evaluate(() => window.cadence.call('integrity'));
      assert.equal(integrity.leadsWithoutNextStep, 0, `round ${round}: every lead has its plan (no half-applied add)`);

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
      await chromium.kill();
      totalAdded = attempted.size;
    }
    assert.ok(acknowledged.size > rounds, `edits were acknowledged along the way (${acknowledged.size} of ${totalAdded})`);
    console.log(`# ${rounds} crashes: ${totalAdded} edits attempted, ${acknowledged.size} acknowledged, all acknowledged ones kept`);
  } finally {
    await rm(profileDir, { recursive: true, force: true });
  }
});
