// The board as a Teams tab, in headless Chromium against the real bot running with an app id: the page signs in
// through TeamsJS (Teams SSO), every call and the live socket carry the token, and the member is the one NorthPool met
// in chat under that Entra object id. The Teams host itself cannot run here, so TeamsJS is replaced by a stand-in
// that answers initialize, getContext and getAuthToken (and the set-up page's pages.config) as Teams would; the token
// it hands out is a real RS256 token that the bot validates against a loopback OpenID endpoint.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { artifacts } from './lib/session.mjs';
import { Bot } from './lib/bot.mjs';
import { launchBrowser } from './lib/browser.mjs';
import { EntraStub, tenant } from './lib/entra.mjs';
import { freePort, waitFor } from './lib/ports.mjs';
import * as XLSX from 'xlsx';

const domain = 'tabs.northpool.test';
const zhang = { id: '29:user-zhang', name: '张伟', objectId: '0a0a0a0a-1111-4000-8000-00000000a001' };
const screenshots = path.join(artifacts, 'screenshots');

// TeamsJS as the tab sees it inside Teams; `token` is what getAuthToken resolves to (or an Error it rejects with).
function teamsStandIn({ token, locale }) {
  return `window.microsoftTeams = {
    app: { initialize: () => Promise.resolve(), getContext: () => Promise.resolve({ app: { locale: ${JSON.stringify(locale)} } }) },
    authentication: { getAuthToken: () => ${token instanceof Error ? `Promise.reject(new Error(${JSON.stringify(token.message)}))` : `Promise.resolve(${JSON.stringify(token)})`} },
    pages: { config: {
      registerOnSaveHandler: (handler) => { window.__save = handler; },
      setValidityState: (valid) => { window.__valid = valid; },
      setConfig: (config) => { window.__config = config; return Promise.resolve(); },
    } },
  };`;
}

describe('the board as a Teams tab (Teams SSO)', () => {
  let entra;
  let bot;
  let browser;
  const consoleErrors = [];

  const say = async (text, from) => {
    const response = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${entra.channelToken()}` },
      body: JSON.stringify({
        type: 'message', id: crypto.randomUUID(), text, locale: 'zh-CN', channelId: 'msteams', serviceUrl: entra.serviceUrl,
        from: { id: from.id, name: from.name, aadObjectId: from.objectId }, recipient: { id: '28:bot', name: 'NorthPool' },
        conversation: { id: `a:1personal-${from.id}`, conversationType: 'personal', tenantId: tenant }, channelData: { tenant: { id: tenant } },
      }),
    });
    assert.equal(response.status, 200);
  };

  const openTab = async (url, teams) => {
    const page = await browser.newPage();
    page.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(`${url}: ${message.text()}`); });
    page.on('pageerror', (error) => consoleErrors.push(`${url}: ${error}`));
    await page.route('**/board/teams.min.js', (route) => route.fulfill({ contentType: 'text/javascript', body: teamsStandIn(teams) }));
    await page.goto(`${bot.url}${url}`, { waitUntil: 'load' });
    return page;
  };

  before(async () => {
    fs.mkdirSync(screenshots, { recursive: true });
    entra = await new EntraStub().start();
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'northpool-teams-tab-'));
    bot = new Bot({ port: await freePort(), databasePath: path.join(work, 'northpool.db'), logFile: path.join(artifacts, 'teams-tab.bot.log'), teams: entra.botSettings(domain) });
    await bot.start();
    browser = await launchBrowser();
    // Zhang speaks to NorthPool in Teams once; from then on their tab token names a member NorthPool knows.
    await say('帮助', zhang);
    await waitFor(async () => (await fetch(`${bot.url}/api/board`, { headers: { Authorization: `Bearer ${entra.tabToken(zhang.objectId, domain)}` } })).ok,
      { what: 'the bot to learn who 张伟 is from the chat turn' });
  });

  after(async () => {
    await browser?.close();
    await bot?.stop();
    await entra?.stop();
  });

  test('without a token the API answers 401, and a stranger\'s valid token 403', async () => {
    assert.equal((await fetch(`${bot.url}/api/board`)).status, 401);
    const stranger = await fetch(`${bot.url}/api/board`, { headers: { Authorization: `Bearer ${entra.tabToken('0c0c0c0c-3333-4000-8000-000000000777', domain)}` } });
    assert.equal(stranger.status, 403);
  });

  test('the kanban signs in through TeamsJS, speaks the Teams locale, acts as 张伟 without a member picker, and a drag claims for them', async () => {
    const page = await openTab('/kanban', { token: entra.tabToken(zhang.objectId, domain), locale: 'en-US' });
    await page.locator('[data-task]').first().waitFor({ timeout: 15000 });
    assert.equal(await page.locator('#title').innerText(), 'NorthPool task board');
    assert.equal(await page.locator('#local').isHidden(), true);
    assert.equal(await page.locator('#acting').isHidden(), true);
    await page.locator('#status', { hasText: 'Live' }).waitFor({ timeout: 5000 });

    const card = page.locator('[data-pool="BD"] [data-column="Todo"] [data-task]').first();
    const taskId = await card.getAttribute('data-task');
    await card.dragTo(page.locator('[data-pool="BD"] [data-column="InProgress"]'), { targetPosition: { x: 40, y: 16 } });
    await page.locator('#message:not([hidden])').waitFor();
    assert.match(await page.locator('#message').innerText(), new RegExp(`^✅ .*\\[${taskId}\\]`));
    await page.locator(`[data-pool="BD"] [data-column="InProgress"] [data-task="${taskId}"]`).waitFor({ timeout: 5000 });

    // The 我的任务 tab is the kanban filtered to the signed-in member.
    const mine = await openTab('/kanban?owner=me', { token: entra.tabToken(zhang.objectId, domain), locale: 'zh-CN' });
    await mine.locator(`[data-task="${taskId}"]`).waitFor({ timeout: 15000 });
    assert.equal(await mine.locator('#owner').inputValue(), zhang.id);
    assert.deepEqual(await mine.locator('[data-task]').evaluateAll((nodes) => nodes.map((n) => n.dataset.task)), [taskId]);
    await mine.setViewportSize({ width: 400, height: 900 });
    await mine.screenshot({ path: path.join(screenshots, 'teams-mytasks.400.png') });

    // The export cannot be a plain link (it needs the token): the page fetches it and hands the browser the file.
    const [download] = await Promise.all([mine.waitForEvent('download'), mine.locator('#export').click()]);
    const rows = XLSX.utils.sheet_to_json(XLSX.read(fs.readFileSync(await download.path()), { type: 'buffer' }).Sheets['看板']);
    assert.deepEqual(rows.map((r) => r['编号']), [taskId]);
    await page.close();
    await mine.close();
  });

  test('the dashboard signs in the same way and draws its figures', async () => {
    const page = await openTab('/dashboard', { token: entra.tabToken(zhang.objectId, domain), locale: 'zh-CN' });
    await page.locator('.tile').first().waitFor({ timeout: 15000 });
    assert.match(await page.locator('#tiles').innerText(), /在途总数/);
    await page.screenshot({ path: path.join(screenshots, 'teams-dashboard.1280.png'), fullPage: true });
    await page.close();
  });

  test('when Teams cannot give a token the page says so and shows nothing', async () => {
    const page = await openTab('/kanban', { token: new Error('consent required'), locale: 'zh-CN' });
    await page.locator('[role="alert"]').waitFor({ timeout: 10000 });
    assert.match(await page.locator('[role="alert"]').innerText(), /无法通过 Teams 登录/);
    assert.equal(await page.locator('[data-task]').count(), 0);
    await page.close();
    // The refusal is the page's own doing, not an error in it.
    consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !e.includes('consent required')));
  });

  test('the channel tab\'s set-up page saves the dashboard (or the kanban) as the tab', async () => {
    const page = await openTab('/tab-config', { token: 'unused', locale: 'en-US' });
    await page.waitForFunction(() => window.__valid === true);
    assert.match(await page.locator('#dashboardName').innerText(), /^Live dashboard/);
    await page.evaluate(() => new Promise((resolve) => window.__save({ notifySuccess: resolve, notifyFailure: resolve })));
    const saved = await page.evaluate(() => window.__config);
    assert.deepEqual(saved, { entityId: 'northpool-dashboard', contentUrl: `${bot.url}/dashboard`, websiteUrl: `${bot.url}/dashboard`, suggestedDisplayName: 'NorthPool dashboard' });
    await page.close();
  });

  test('the browser console has no errors', () => {
    assert.deepEqual(consoleErrors, []);
  });
});
