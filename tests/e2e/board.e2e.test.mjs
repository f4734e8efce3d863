// The kanban page and the dashboard in headless Chromium, beside the real bot and the Agents Playground: the five columns per pool, a
// drag that claims a task through the same command path as chat (and the task's chat card updating in place), a chat
// command moving the card on the open page, a refused drag changing nothing, phone and desktop screenshots, and a
// console without errors.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { artifacts, startSession } from './lib/session.mjs';
import { launchBrowser } from './lib/browser.mjs';
import { cardOf, flattenCard } from './lib/cards.mjs';
import { waitFor } from './lib/ports.mjs';
import * as XLSX from 'xlsx';

const screenshots = path.join(artifacts, 'screenshots');
const latencies = path.join(artifacts, 'board-latency.txt');

describe('the kanban page (headless Chromium)', () => {
  let session;
  let playground;
  let browser;
  let page;
  const consoleErrors = [];

  before(async () => {
    fs.mkdirSync(screenshots, { recursive: true });
    session = await startSession('board');
    playground = session.playground;
    browser = await launchBrowser();
    page = browser.pages()[0] ?? await browser.newPage();
    // A refused drag is answered 403 by design, which Chromium logs as a failed load; every other error counts.
    page.on('console', (message) => {
      const refusedMove = message.text().startsWith('Failed to load resource') && message.location().url.endsWith('/api/board/move');
      if (message.type() === 'error' && !refusedMove) consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(String(error)));
    await page.goto(`${session.bot.url}/kanban`, { waitUntil: 'load' });
    await page.locator('[data-task]').first().waitFor({ timeout: 15000 });
  });

  after(async () => {
    await browser?.close();
    await session?.stop();
  });

  // The card as the page shows it, in a pool's lane and a column.
  const cardIn = (pool, column, taskId) => page.locator(`[data-pool="${pool}"] [data-column="${column}"] [data-task="${taskId}"]`);
  // Chooses who the page acts as and waits for the board it then reloads, so a drag never starts on a page about to
  // be redrawn.
  const actAs = async (id) => {
    await Promise.all([page.waitForResponse((r) => new URL(r.url()).pathname === '/api/board'), page.selectOption('#member', id)]);
    await page.waitForTimeout(50);
  };
  // Drops near the top of the column: its middle may be below the window in a tall lane, and a scroll once the
  // drag has begun would start it from another card.
  const dragToColumn = async (card, pool, column) =>
    await card.dragTo(page.locator(`[data-pool="${pool}"] [data-column="${column}"]`), { targetPosition: { x: 40, y: 16 } });
  const asMember = async (id, taskId, to) => await fetch(`${session.bot.url}/api/board/move`, {
    method: 'POST', headers: { 'Content-Type': 'application/json', 'X-NorthPool-Member': id }, body: JSON.stringify({ taskId, to }),
  });

  test('the board shows the plan\'s five columns in every pool, in Chinese, with the local-mode banner', async () => {
    const lane = page.locator('[data-pool="BD"]');
    assert.deepEqual(await lane.locator('.column h3').allInnerTexts().then((t) => t.map((x) => x.replace(/\s*\d+$/, ''))), ['待办', '执行中', '客户跟进', '已完成', '异常']);
    assert.equal(await cardIn('BD', 'Todo', 'BD-001-2026W48').count(), 1);
    assert.match(await cardIn('BD', 'Todo', 'BD-001-2026W48').innerText(), /省级运营商拓展[\s\S]*P2 · 截止 2026-11-29 23:59 · 指标 0\/3 家/);
    assert.match(await page.locator('#local').innerText(), /本地模式/);
    await page.screenshot({ path: path.join(screenshots, 'kanban.1280.png'), fullPage: false });
  });

  test('dragging a task to 执行中 claims it for the member the page acts as, and its chat card updates in place', async () => {
    const shown = await playground.replyAfter(await playground.type(session.personal, '查看 BD-001-2026W48'));
    assert.match(flattenCard(cardOf(shown)).join('\n'), /待分配/);
    await actAs(playground.currentUser.id);

    const mark = playground.messages.length;
    const started = Date.now();
    await dragToColumn(cardIn('BD', 'Todo', 'BD-001-2026W48'), 'BD', 'InProgress');
    await page.locator('#message:not([hidden])').waitFor();
    assert.match(await page.locator('#message').innerText(), /^✅ 已认领 \[BD-001-2026W48\] 省级运营商拓展/);
    await cardIn('BD', 'InProgress', 'BD-001-2026W48').waitFor({ timeout: 5000 });
    const updated = await playground.updateAfter(mark, shown.messageId, (m) => flattenCard(cardOf(m)).join('\n').includes('负责人: 王董事长'), 5000);
    fs.appendFileSync(latencies, `drag → chat card updated: ${Date.now() - started} ms\n`);
    assert.match(flattenCard(cardOf(updated)).join('\n'), /执行中/);
  });

  test('a command typed in the Agents Playground moves the card on the open page', async () => {
    const started = Date.now();
    await playground.type(session.personal, '认领 BD-002-2026M11');
    await cardIn('BD', 'InProgress', 'BD-002-2026M11').waitFor({ timeout: 5000 });
    fs.appendFileSync(latencies, `chat command → card moved on the page: ${Date.now() - started} ms\n`);
    assert.equal(await cardIn('BD', 'Todo', 'BD-002-2026M11').count(), 0);
  });

  test('a member dragging somebody else\'s task to 已完成 is refused on the page and nothing changes', async () => {
    assert.equal((await asMember('29:user-zhang', 'BD-003-2026Q4', 'InProgress')).status, 200);
    assert.equal((await asMember('29:user-li', 'BD-010-2026W48', 'InProgress')).status, 200);
    await page.locator('#member option[value="29:user-li"]').waitFor({ state: 'attached' });
    await actAs('29:user-li');
    await cardIn('BD', 'InProgress', 'BD-003-2026Q4').waitFor();

    await dragToColumn(cardIn('BD', 'InProgress', 'BD-003-2026Q4'), 'BD', 'Done');
    await page.locator('#message.refused').waitFor();
    assert.match(await page.locator('#message').innerText(), /^只有负责人 .+可以完成 \[BD-003-2026Q4\]/);
    assert.equal(await cardIn('BD', 'InProgress', 'BD-003-2026Q4').count(), 1);
    const board = await (await fetch(`${session.bot.url}/api/board`)).json();
    assert.equal(board.tasks.find((t) => t.id === 'BD-003-2026Q4').state, 'InProgress');
  });

  test('the export button downloads the kanban as filtered on the page', async () => {
    await page.selectOption('#owner', '29:user-zhang');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export').click()]);
    assert.match(download.suggestedFilename(), /^看板_\d{8}\.xlsx$/);
    const book = XLSX.read(fs.readFileSync(await download.path()), { type: 'buffer' });
    const rows = XLSX.utils.sheet_to_json(book.Sheets['看板']);
    assert.deepEqual(rows.map((r) => r['编号']), ['BD-003-2026Q4']);
    await page.selectOption('#owner', '');
  });

  test('at phone width the columns stack and the page still works; the console has no errors', async () => {
    await page.setViewportSize({ width: 400, height: 900 });
    await page.waitForTimeout(200);
    const columns = await page.locator('[data-pool="BD"] .column').evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().width));
    assert.ok(columns.every((w) => w > 300), `column widths ${columns}`);
    await page.screenshot({ path: path.join(screenshots, 'kanban.400.png'), fullPage: false });
    await page.setViewportSize({ width: 1280, height: 900 });
    assert.deepEqual(consoleErrors, []);
  });

  test('another site\'s page cannot drive the board', async () => {
    const response = await fetch(`${session.bot.url}/api/board/move`, {
      method: 'POST', headers: { 'Content-Type': 'application/json', 'X-NorthPool-Member': '29:user-chairman', Origin: 'http://evil.example' },
      body: JSON.stringify({ taskId: 'BD-020-2026M11', to: 'InProgress' }),
    });
    assert.equal(response.status, 403);
    const board = await waitFor(async () => (await fetch(`${session.bot.url}/api/board`)).json());
    assert.equal(board.tasks.find((t) => t.id === 'BD-020-2026M11').state, 'Pooled');
  });

  test('the dashboard draws its charts from the bundled ECharts, says 暂无数据 where the CRM has none, and counts a task finished in chat within a moment', async () => {
    const dashboard = await browser.newPage();
    const errors = [];
    dashboard.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
    dashboard.on('pageerror', (error) => errors.push(String(error)));
    await dashboard.goto(`${session.bot.url}/dashboard`, { waitUntil: 'load' });
    await dashboard.locator('#inFlight canvas').waitFor({ timeout: 15000 });
    await dashboard.locator('#donePerDay canvas').waitFor();
    const tile = (name) => dashboard.locator(`.tile[data-name="${name}"] .value`);
    assert.equal(await tile('活跃客户').innerText(), '暂无数据');
    assert.equal(await tile('今日完成').innerText(), '0');
    assert.match(await dashboard.locator('.tile[data-name="今日完成"] .target').innerText(), /目标 ≥ 6/);

    const started = Date.now();
    await playground.type(session.personal, '完成 BD-002-2026M11');
    await dashboard.waitForFunction(() => document.querySelector('.tile[data-name="今日完成"] .value')?.textContent === '1', null, { timeout: 5000 });
    fs.appendFileSync(latencies, `chat finish → dashboard count: ${Date.now() - started} ms\n`);

    await dashboard.screenshot({ path: path.join(screenshots, 'dashboard.1280.png'), fullPage: true });
    await dashboard.setViewportSize({ width: 400, height: 900 });
    await dashboard.waitForTimeout(300);
    const widths = await dashboard.locator('figure').evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().right));
    assert.ok(widths.every((right) => right <= 400), `figures end at ${widths}: wider than the phone`);
    await dashboard.screenshot({ path: path.join(screenshots, 'dashboard.400.png'), fullPage: true });
    assert.deepEqual(errors, []);
    await dashboard.close();
  });
});
