// Change → page latency: N kanban pages open in headless Chromium, then M moves (claim, release, claim …) of one task
// through the board's API; each page records when its board first shows the task in the new column (a
// MutationObserver in the page), and the latency is that moment minus the moment the move was sent.
//   node bench/board-latency.mjs <bot url> [pages] [changes]
import { launchBrowser } from '../tests/e2e/lib/browser.mjs';

const [url, pagesArg, changesArg] = process.argv.slice(2);
const pageCount = Number(pagesArg ?? 20);
const changes = Number(changesArg ?? 200);
const taskId = 'BD-001-2026W48';
const browser = await launchBrowser();
const pages = [];
for (let i = 0; i < pageCount; i++) {
  const page = await browser.newPage();
  await page.goto(`${url}/kanban`, { waitUntil: 'load' });
  await page.locator(`[data-task="${taskId}"]`).waitFor({ timeout: 30000 });
  await page.evaluate((id) => {
    window.seen = [];
    const column = () => document.querySelector(`[data-task="${id}"]`)?.closest('[data-column]')?.dataset.column;
    let last = column();
    new MutationObserver(() => {
      const now = column();
      if (now && now !== last) window.seen.push({ column: now, at: Date.now() });
      last = now ?? last;
    }).observe(document.getElementById('board'), { childList: true, subtree: true });
  }, taskId);
  pages.push(page);
}
// Let every page's event stream connect.
await new Promise((resolve) => setTimeout(resolve, 1000));

const samples = [];
for (let i = 0; i < changes; i++) {
  const to = i % 2 === 0 ? 'InProgress' : 'Todo';
  const sent = Date.now();
  const response = await fetch(`${url}/api/board/move`, {
    method: 'POST', headers: { 'Content-Type': 'application/json', 'X-NorthPool-Member': '29:user-admin' }, body: JSON.stringify({ taskId, to }),
  });
  if (!response.ok) throw new Error(`move ${i} to ${to}: HTTP ${response.status} ${await response.text()}`);
  for (const page of pages) {
    const handle = await page.waitForFunction(([column, after]) => window.seen.find((s) => s.column === column && s.at >= after)?.at, [to, sent], { timeout: 10000, polling: 10 });
    samples.push((await handle.jsonValue()) - sent);
  }
}
await browser.close();
samples.sort((a, b) => a - b);
const p = (q) => samples[Math.min(samples.length - 1, Math.ceil(q * samples.length) - 1)];
console.log(`change → page over ${changes} changes × ${pageCount} pages (${samples.length} samples): p50 ${p(0.5)} ms, p90 ${p(0.9)} ms, p99 ${p(0.99)} ms, max ${samples.at(-1)} ms`);
