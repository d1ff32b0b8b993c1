// Chromium as a process the test owns, so that it can be killed like a crash (SIGKILL to the
// whole process group) rather than closed politely. Playwright attaches over the DevTools
// protocol.
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { chromiumArgs } from './harness.mjs';

export async function startChromium(profileDir) {
  const child = spawn('/usr/bin/chromium', [
    ...chromiumArgs, '--headless=new', `--user-data-dir=${profileDir}`, '--remote-debugging-port=0',
    '--window-size=1280,800', 'about:blank',
  ], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  const endpoint = await new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error('Chromium did not start within 20 s')), 20000);
    child.stderr.on('data', (chunk) => {
      text += chunk;
      const match = text.match(/DevTools listening on (ws:\/\/\S+)/);
      if (match) { clearTimeout(timer); resolve(match[1]); }
    });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`Chromium exited with ${code}`)); });
  });
  child.stderr.resume();
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0];
  return {
    browser,
    context,
    // A crash: no unload, no flush, nothing but what IndexedDB had committed.
    // Safe to call again (a failed round kills in its cleanup too).
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
      await exited;
      await browser.close().catch(() => {});
    },
  };
}
