// The chairman's report in the Agents Playground's team channel: an admin registers the channel, a report slot fires
// (through the bot's loopback test hook, as the scheduler would), and one card with the nine sections arrives.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { shown } from './lib/cards.mjs';
import { startSession } from './lib/session.mjs';
import { waitFor } from './lib/ports.mjs';

const headings = ['一、在途任务总数', '二、任务完成情况', '三、销售业绩追踪', '四、重点任务进展（前10个）', '五、重点客户追踪',
  '六、产品运营数据', '七、合作伙伴动态', '八、异常预警', '九、次日任务预告'];

describe('the chairman\'s report in a team channel', () => {
  let session;
  let playground;
  let report;

  before(async () => {
    session = await startSession('report');
    playground = session.playground;
  });

  after(async () => {
    await session?.stop();
  });

  const fire = async (slot) => {
    const response = await fetch(`${session.bot.url}/debug/reports/fire?slot=${encodeURIComponent(slot)}`, { method: 'POST' });
    assert.equal(response.status, 200, await response.clone().text());
    return await response.json();
  };

  test('an admin registers the channel with a command in it', async () => {
    const text = (await playground.replyAfter(await playground.type(session.channel, '/设为汇报频道', { mention: true }))).text;
    assert.match(text, /^✅ 已将本频道设为汇报频道：每天 8、10、12、14、16、18、20、22 点（Asia\/Shanghai）/);
  });

  test('a report slot posts one card with the nine sections into the channel', async () => {
    const li = playground.user('李娜');
    await playground.replyAfter(await playground.say(session.group, li, '认领 BD-003', { mention: true }));
    const mark = playground.messages.length;
    const run = await fire('2026-11-24T10:00:00+08:00');
    assert.equal(run.status, 'Sent');
    const event = await waitFor(() => playground.messages.slice(mark).find((m) => m.action === 'createMessage' && m.message?.messageId === run.activityId),
      { what: 'the report in the channel' });
    assert.equal(event.actionConversationId, session.channel);
    report = event.message;
    const text = shown(event.message);
    assert.match(text, /^北向任务进度日报\n汇报时间: 2026-11-24 10:00\n汇报人: 北向负责人 曹丕/);
    const positions = headings.map((h) => text.indexOf(h));
    assert.ok(positions.every((p) => p > 0), `all nine headings: ${positions}`);
    assert.deepEqual([...positions].sort((a, b) => a - b), positions);
    assert.match(text, /请董事长指示！\n<董事长指示>\n\[提交指示\]$/);
  });

  test('the same slot is not sent twice', async () => {
    const response = await fetch(`${session.bot.url}/debug/reports/fire?slot=${encodeURIComponent('2026-11-24T10:00:00+08:00')}`, { method: 'POST' });
    assert.equal(response.status, 409);
  });

  test('the chairman submits an instruction on the card and its owner gets it in a personal chat', async () => {
    const chairman = playground.currentUser;
    const answer = await playground.press(report.postConversationId ?? session.channel, report.messageId, chairman, 'instruct',
      { instruction: 'BD-003 本周内提交投标文件', lang: 'zh-CN' });
    assert.equal(answer.value, '📝 已记录指示 #1，负责人：李娜，已私信通知。');
    const delivered = await waitFor(() => playground.logs.find((line) => line.includes('董事长指示 #1') && line.includes('BD-003 本周内提交投标文件')),
      { what: 'the instruction in 李娜\'s personal chat (log stream)' });
    assert.match(delivered, /"summary":"董事长指示 #1"/);
    const created = playground.logs.find((line) => line.includes('"activityName":"createConversation"') && line.includes('29:user-li'));
    assert.ok(created, 'the bot opened a personal chat with 李娜');
    assert.match(created, /@test\.user/);
  });

  test('the next report opens with the instruction still open', async () => {
    const mark = playground.messages.length;
    const run = await fire('2026-11-24T12:00:00+08:00');
    const event = await waitFor(() => playground.messages.slice(mark).find((m) => m.action === 'createMessage' && m.message?.messageId === run.activityId),
      { what: 'the 12:00 report' });
    assert.match(shown(event.message), /上次指示 1 项：0 已落实，0 进行中，1 待落实\n+#1 BD-003 本周内提交投标文件（负责人：李娜，待落实）\n一、在途任务总数/);
  });
});
