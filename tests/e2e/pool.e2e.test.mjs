// The pool that lives, in the Agents Playground: a quota task logged to 3/3 and finished, the done list, and the next
// week's instance appearing once the bot's (debug) clock moves on, with last week's open work marked overdue.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sentence, shown } from './lib/cards.mjs';
import { startSession } from './lib/session.mjs';
import { waitFor } from './lib/ports.mjs';

describe('the pool over time', () => {
  let session;
  let playground;
  let personal;

  before(async () => {
    session = await startSession('pool');
    ({ playground, personal } = session);
  });

  after(async () => {
    await session?.stop();
  });

  const reply = async (text) => sentence(await playground.replyAfter(await playground.type(personal, text)));
  const view = async (text) => shown(await playground.replyAfter(await playground.type(personal, text)));

  test('a quota task is logged unit by unit to 3/3 and then finished by its owner', async () => {
    assert.match(await reply('认领 BD-001'), /^✅ 已认领 \[BD-001-2026W48\] 省级运营商拓展/);
    assert.equal(await reply('记录 BD-001 广东移动 拜访'), '📝 已为 [BD-001-2026W48] 省级运营商拓展 记录 1 家（广东移动 拜访），本期 1/3 家。');
    assert.equal(await reply('记录 BD-001 +2 广西移动、海南电信'), '📝 已为 [BD-001-2026W48] 省级运营商拓展 记录 2 家（广西移动、海南电信），本期 3/3 家。');
    const card = await view('查看 BD-001');
    assert.match(card, /本期指标: 3\/3 家/);
    assert.match(card, /记录 \+1，累计 3 · 广西移动、海南电信/);
    assert.match(await reply('完成 BD-001'), /^🎉 已完成 \[BD-001-2026W48\] 省级运营商拓展。/);
  });

  test('a pool lead creates a task and assigns it, and the member gets it in a personal chat the bot opens', async () => {
    const li = playground.user('李娜');
    const zhang = playground.user('张伟');
    const inGroup = async (sent) => sentence(await playground.replyAfter(sent));
    // The admin (王董事长) makes 李娜 the lead of the BD pool, in the group chat where she can be @mentioned.
    assert.equal(await inGroup(await playground.type(session.group, '设为组长 BD', { mention: true, members: [li] })), '✅ 已将 李娜 设为央企BD任务池组长。');
    assert.equal(await inGroup(await playground.say(session.group, li, '新建 BD 拜访广东移动 P1 截止 12-05', { mention: true })),
      '🆕 已新建 [BD-1001] 拜访广东移动（P1，截止 2026-12-05）。认领请发送 “认领 BD-1001”。');
    assert.equal(await inGroup(await playground.say(session.group, zhang, '分派 BD-1001', { mention: true, members: [li] })),
      '只有央企BD组长 李娜或管理员可以分派 [BD-1001] 拜访广东移动。');
    assert.equal(await inGroup(await playground.say(session.group, li, '分派 BD-1001', { mention: true, members: [zhang] })),
      '👤 已将 [BD-1001] 拜访广东移动 分派给 张伟（执行中）。');
    await waitFor(() => playground.logs.find((line) => line.includes('李娜 把 [BD-1001] 拜访广东移动 分派给了您')),
      { what: 'the task card in 张伟\'s personal chat (log stream)' });
    assert.ok(playground.logs.find((line) => line.includes('"activityName":"createConversation"') && line.includes(zhang.id)), 'the bot opened a personal chat with 张伟');
    assert.match(await view('查看 BD-1001'), /负责人: 张伟\n优先级: P1 · 高/);
  });

  test('the done list shows the finished instance', async () => {
    const list = await view('任务 已完成');
    assert.match(list, /^✅ 已完成的任务/);
    assert.match(list, /\[BD-001-2026W48\] 省级运营商拓展\n已完成 · 王董事长 · 3\/3 家/);
  });

  test('a task without a quota refuses a log and says how to report progress', async () => {
    await reply('认领 OP-002');
    assert.equal(await reply('记录 OP-002 周报已发'), '[OP-002-2026W48] 周度分析 没有数量指标，无需记录；更新进度请用：进度 OP-002-2026W48 60% 已拜访3家');
  });

  test('next Monday the new week opens, last week\'s owned work is overdue and still its owner\'s, unclaimed work is closed', async () => {
    await reply('认领 OP-001');
    const refreshed = await session.bot.advanceClock('2026-11-30T00:00:30+08:00');
    assert.ok(refreshed.opened.includes('BD-001-2026W49'), JSON.stringify(refreshed.opened));
    assert.deepEqual([...refreshed.overdue].sort(), ['OP-001-20261124', 'OP-002-2026W48']);
    assert.ok(refreshed.expired.includes('BD-010-2026W48'), JSON.stringify(refreshed.expired));

    const bd = await view('任务 BD');
    assert.match(bd, /\[BD-001-2026W49\] 省级运营商拓展\n待分配 · 0\/3 家\n\[认领\]/);
    const overdue = await view('任务 逾期');
    assert.match(overdue, /\[OP-002-2026W48\] 周度分析\n执行中 · 王董事长 · 0% · ⏰ 逾期/);
    assert.doesNotMatch(overdue, /BD-010/);
    const expired = await view('查看 BD-010-2026W48');
    assert.match(expired, /已取消/);
    assert.match(expired, /期满无人认领，自动关闭/);
    const today = await view('查看 OP-001-1130');
    assert.match(today, /周期: 20261130（停机期间未开启：20261125、20261126、20261127、20261128、20261129）/);
  });

  test('a template with two open instances is listed, and a move picks the one it can apply to', async () => {
    assert.equal(await reply('查看 OP-001'), '“OP-001” 对应多个任务：[OP-001-20261124] 销售日报、[OP-001-20261130] 销售日报。请用任务编号再试一次。');
    assert.match(await reply('认领 OP-001'), /^✅ 已认领 \[OP-001-20261130\] 销售日报/);
    assert.equal(await reply('完成 OP-001'), '“OP-001” 对应多个任务：[OP-001-20261124] 销售日报、[OP-001-20261130] 销售日报。请用任务编号再试一次。');
    assert.match(await reply('完成 OP-001-1124'), /^🎉 已完成 \[OP-001-20261124\] 销售日报/);
  });
});
