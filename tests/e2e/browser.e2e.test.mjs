// The Agents Playground's own UI in headless Chromium: a member types commands and clicks a card button; the task,
// list and report cards render with content at desktop and phone width, screenshots land in artifacts/screenshots,
// and the UI reports no card warning.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { artifacts, startSession } from './lib/session.mjs';
import { launchBrowser } from './lib/browser.mjs';

const screenshots = path.join(artifacts, 'screenshots');

describe('cards in the Agents Playground UI (headless Chromium)', () => {
  let session;
  let browser;
  let page;

  before(async () => {
    fs.mkdirSync(screenshots, { recursive: true });
    session = await startSession('browser');
    browser = await launchBrowser();
    page = browser.pages()[0] ?? await browser.newPage();
    await page.goto(`http://localhost:${session.playground.port}`, { waitUntil: 'load' });
    await page.locator('[data-lexical-editor="true"]').first().waitFor({ timeout: 30000 });
  });

  after(async () => {
    await browser?.close();
    await session?.stop();
  });

  const type = async (text) => {
    const before = await page.locator('.ac-adaptiveCard').count();
    const editor = page.locator('[data-lexical-editor="true"]').first();
    await editor.click();
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => document.querySelectorAll('.ac-adaptiveCard').length > n, before, { timeout: 15000 });
    return page.locator('.ac-adaptiveCard').last();
  };

  const assertRendered = async (card, expected) => {
    const text = await card.innerText();
    const box = await card.boundingBox();
    assert.ok(box && box.height > 60 && box.width > 150, `card box ${JSON.stringify(box)}`);
    for (const line of expected) assert.ok(text.includes(line), `card shows "${line}"; it shows: ${text}`);
  };

  // A card taller than the window would sit under the Playground's sticky header: grow the window to fit it.
  const shoot = async (card, name) => {
    const size = page.viewportSize();
    const box = await card.boundingBox();
    if (box && box.height + 200 > size.height) {
      await page.setViewportSize({ width: size.width, height: Math.ceil(box.height) + 400 });
      await page.waitForTimeout(300);
    }
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(screenshots, `${name}.page.png`) });
    await card.screenshot({ path: path.join(screenshots, `${name}.card.png`) });
    await page.setViewportSize(size);
  };

  test('the task card renders and its claim button updates it in place', async () => {
    const card = await type('查看 BD-001');
    await assertRendered(card, ['省级运营商拓展', '待分配', '负责人', '认领']);
    await card.getByRole('button', { name: '认领' }).click();
    await page.waitForFunction(() => [...document.querySelectorAll('.ac-adaptiveCard')].some((c) => c.innerText.includes('已认领')), null, { timeout: 15000 });
    const updated = page.locator('.ac-adaptiveCard', { hasText: '已认领' }).last();
    await assertRendered(updated, ['✅ 已认领 [BD-001-2026W48] 省级运营商拓展', '执行中', '王董事长', '暂停', '完成']);
    await shoot(updated, 'task-card.desktop');
  });

  test('the list card renders at desktop width', async () => {
    const card = await type('任务 BD');
    await assertRendered(card, ['央企BD任务池', '[BD-001-2026W48] 省级运营商拓展', '第 1/2 页', '下一页']);
    await shoot(card, 'list-card.desktop');
  });

  test('the report card renders its nine sections at desktop width', async () => {
    const card = await type('汇报');
    await assertRendered(card, ['北向任务进度日报', '一、在途任务总数', '四、重点任务进展（前10个）', '八、异常预警', '九、次日任务预告', '请董事长指示！', '提交指示']);
    await shoot(card, 'report-card.desktop');
  });

  test('no card rendered empty and the UI reported no card warning', async () => {
    const texts = await page.locator('.ac-adaptiveCard').allInnerTexts();
    assert.ok(texts.length >= 1);
    for (const text of texts) assert.ok(text.trim().length > 10, `an empty card: "${text}"`);
    const body = await page.locator('body').innerText();
    assert.match(body, /Log Panel/);
    assert.doesNotMatch(body, /Warning:|not supported yet/i);
  });

  test('both cards render at phone width', async () => {
    // A phone-sized window opened afresh: the Playground folds its chat list away; its log panel would cover the chat.
    const phone = await browser.newPage();
    await phone.setViewportSize({ width: 400, height: 860 });
    await phone.goto(`http://localhost:${session.playground.port}`, { waitUntil: 'load' });
    await phone.locator('[data-lexical-editor="true"]').first().waitFor({ timeout: 30000 });
    await phone.getByTitle('Hide log panel').evaluate((button) => button.click());
    page = phone;

    const task = await type('查看 BD-001');
    await assertRendered(task, ['省级运营商拓展', '执行中', '王董事长', '完成']);
    await shoot(task, 'task-card.phone');
    const list = await type('我的');
    await assertRendered(list, ['[BD-001-2026W48] 省级运营商拓展', '完成']);
    await shoot(list, 'list-card.phone');
    const report = await type('汇报');
    await assertRendered(report, ['北向任务进度日报', '一、在途任务总数', '九、次日任务预告', '请董事长指示！']);
    await shoot(report, 'report-card.phone');
    for (const card of [task, list, report]) {
      const overflow = await card.evaluate((element) => element.scrollWidth - element.clientWidth);
      assert.ok(overflow <= 1, `the card's content overflows it by ${overflow}px`);
    }
  });
});
