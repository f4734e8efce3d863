// Time to first render of the kanban in Debian's headless Chromium, against a bot already running (bench/kanban-render.sh
// starts one on an aged store): each run loads /kanban afresh and reads performance.now() when the first card is in
// the page, i.e. navigation → HTML, script, GET /api/board and drawing. Also times GET /api/board alone.
//   node bench/kanban-render.mjs <bot url> [runs]
import { launchBrowser } from '../tests/e2e/lib/browser.mjs';

const [url, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 20);
const browser = await launchBrowser();
const page = browser.pages()[0] ?? await browser.newPage();
const renders = [];
let cards = 0;
for (let i = 0; i < runs; i++) {
  await page.goto(`${url}/kanban`, { waitUntil: 'commit' });
  await page.locator('[data-task]').first().waitFor({ timeout: 30000 });
  renders.push(await page.evaluate(() => performance.now()));
  cards = await page.locator('[data-task]').count();
}
await browser.close();

const api = [];
for (let i = 0; i < runs * 5; i++) {
  const started = performance.now();
  await (await fetch(`${url}/api/board`)).arrayBuffer();
  api.push(performance.now() - started);
}
const p = (list, q) => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.ceil(q * list.length) - 1)].toFixed(1);
console.log(`kanban first render over ${runs} loads (${cards} cards): p50 ${p(renders, 0.5)} ms, p95 ${p(renders, 0.95)} ms, max ${p(renders, 1)} ms`);
console.log(`GET /api/board over ${api.length} calls: p50 ${p(api, 0.5)} ms, p99 ${p(api, 0.99)} ms`);
