// The real NorthPool bot against the real Microsoft 365 Agents Playground: personal chat, group chat and channel,
// two different members, and a restart of the bot that keeps the state.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sentence, shown } from './lib/cards.mjs';
import { startSession } from './lib/session.mjs';

describe('NorthPool in the Agents Playground', () => {
  let bot;
  let playground;
  let personal;
  let group;
  let channel;
  let li;
  let zhang;

  let session;

  before(async () => {
    session = await startSession('chat');
    ({ bot, playground, personal, group, channel } = session);
    li = playground.user('李娜');
    zhang = playground.user('张伟');
  });

  after(async () => {
    await session?.stop();
  });

  // The reply's sentence (text, or the notice on a card) and everything it shows.
  const reply = async (sent) => sentence(await playground.replyAfter(sent));
  const view = async (sent) => shown(await playground.replyAfter(sent));

  test('installing in the personal chat gets a Chinese welcome', async () => {
    const text = await reply(await playground.install(personal));
    assert.match(text, /您好，我是 NorthPool 任务池助手/);
  });

  test('help lists the commands', async () => {
    const text = await view(await playground.type(personal, '帮助'));
    assert.match(text, /NorthPool 任务池命令/);
    assert.match(text, /认领 BD-001/);
  });

  test('claim in Chinese in the personal chat', async () => {
    const text = await reply(await playground.type(personal, '认领 BD-001'));
    assert.equal(text, '✅ 已认领 [BD-001-2026W48] 省级运营商拓展，状态：执行中。完成后发送 “完成 BD-001-2026W48”。');
  });

  test('a second member claiming the same task in the group chat is refused', async () => {
    const text = await reply(await playground.say(group, li, '认领 BD-001', { mention: true }));
    assert.equal(text, '[BD-001-2026W48] 省级运营商拓展 已被 王董事长 认领（执行中），您无法再认领。');
  });

  test('claim in English in the group chat, typed with full-width characters and a short id', async () => {
    const text = await reply(await playground.say(group, li, '／claim ｂｄ２', { mention: true }));
    assert.match(text, /^✅ Claimed \[BD-002-2026M11\] 集团客户拓展\. State: In progress\./);
  });

  test('claim by Chinese title in a channel thread', async () => {
    const text = await reply(await playground.type(channel, '认领 省级电网', { mention: true }));
    assert.match(text, /^✅ 已认领 \[BD-010-2026W48\] 省级电网拓展/);
  });

  test('another member in the channel cannot pause a task they do not own', async () => {
    const text = await reply(await playground.say(channel, zhang, '暂停 BD-010 等待反馈', { mention: true }));
    assert.equal(text, '只有负责人 王董事长可以暂停 [BD-010-2026W48] 省级电网拓展。');
  });

  test('pause without a reason is refused', async () => {
    const text = await reply(await playground.type(personal, '暂停 BD-001'));
    assert.equal(text, '暂停需要填写原因，例如：暂停 BD-001-2026W48 等待客户反馈');
  });

  test('pause, resume, progress and finish', async () => {
    assert.match(await reply(await playground.type(personal, '暂停 BD-001 等待客户反馈')), /^⏸️ 已暂停 \[BD-001-2026W48\] 省级运营商拓展，原因：等待客户反馈。/);
    assert.match(await reply(await playground.type(personal, '恢复 BD-001')), /^▶️ 已恢复 \[BD-001-2026W48\] 省级运营商拓展，状态：执行中。/);
    assert.equal(await reply(await playground.type(personal, '进度 BD-001 60% 本周拜访8家，完成6家')), '📈 [BD-001-2026W48] 省级运营商拓展 进度已更新为 60% · 本周拜访8家，完成6家。');
    assert.equal(await reply(await playground.type(personal, '完成 BD-001')), '🎉 已完成 [BD-001-2026W48] 省级运营商拓展。辛苦了！');
  });

  test('an illegal move names the state and the allowed moves', async () => {
    const text = await reply(await playground.type(personal, '恢复 BD-001'));
    assert.equal(text, '无法恢复 [BD-001-2026W48] 省级运营商拓展：当前状态为 “已完成”。当前可执行：无（任务已结束）。');
  });

  test('list shows a pool', async () => {
    const text = await view(await playground.type(personal, '任务 BD'));
    assert.match(text, /^📋 央企BD任务池\n/);
    assert.match(text, /\[BD-010-2026W48\] 省级电网拓展\n执行中 · 王董事长 · 0\/3 家\n\[完成\]/);
    assert.match(text, /第 1\/2 页 · 共 14 个/);
    assert.doesNotMatch(text, /\[BD-001-2026W48\]/);
  });

  test('mine lists the member\'s own open tasks', async () => {
    const text = await view(await playground.type(personal, '我的'));
    assert.equal(text, '👤 您负责的任务（1 个）\n执行中\n[BD-010-2026W48] 省级电网拓展\n执行中 · 王董事长 · 0/3 家\n[完成]\n第 1/1 页 · 共 1 个');
  });

  test('an unknown command gets a did-you-mean', async () => {
    const text = await reply(await playground.type(personal, '认岭 BD-003'));
    assert.equal(text, '未知命令 “认岭”。您是不是想输入 “认领”？发送 “帮助” 查看全部命令。');
  });

  test('an unknown id gets the nearest ids', async () => {
    const text = await reply(await playground.type(personal, 'claim BD-099'));
    assert.equal(text, 'No task matches "BD-099". Did you mean: [BD-031] 商机跟踪, [BD-030] 商机发现, [BD-022] 石化行业解决方案?');
  });

  test('a restart of the bot keeps the state', async () => {
    await bot.stop();
    await bot.start();
    const text = await view(await playground.type(personal, '查看 BD-010'));
    assert.match(text, /省级电网拓展\n执行中\n负责人: 王董事长/);
    assert.match(text, /王董事长 认领：待分配 → 执行中/);
    const done = await view(await playground.type(personal, '查看 BD-001'));
    assert.match(done, /省级运营商拓展\n已完成\n/);
  });
});
