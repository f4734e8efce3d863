// Card buttons in the Agents Playground: two members press Action.Execute buttons on one task card in the group
// chat; the answer is the refreshed card, the card is updated in place for everyone (PUT → updateMessage), a taken
// task refuses the second member on the card, and a chat command elsewhere updates the card posted earlier.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cardOf, findButton, flattenCard, shown } from './lib/cards.mjs';
import { startSession } from './lib/session.mjs';

describe('task card buttons in the Agents Playground', () => {
  let session;
  let playground;
  let li;
  let zhang;
  let card;
  const seen = new Map();

  before(async () => {
    session = await startSession('buttons');
    playground = session.playground;
    li = playground.user('李娜');
    zhang = playground.user('张伟');
    card = await playground.replyAfter(await playground.type(session.group, '查看 PD-002', { mention: true }));
  });

  after(async () => {
    await session?.stop();
  });

  // A member clicks the button with this verb on the card as they last saw it; inputs are merged into its data
  // as a client does. Their view becomes the card the bot answered with.
  const press = async (user, verb, inputs) => {
    const view = seen.get(user.id) ?? cardOf(card);
    const button = findButton(view, verb);
    assert.ok(button, `${user.name} sees no "${verb}" button`);
    const mark = playground.messages.length;
    const answer = await playground.press(session.group, card.messageId, user, verb, { ...button.data, ...inputs });
    assert.equal(answer.type, 'application/vnd.microsoft.card.adaptive');
    seen.set(user.id, answer.value);
    return { mark, text: flattenCard(answer.value).join('\n') };
  };

  test('the card posted in the group chat offers the claim button', () => {
    const text = shown(card);
    assert.match(text, /PD-002-2026M11 · AI产品任务池\nNRT-Code更新\n待分配/);
    assert.match(text, /\[认领\]/);
  });

  test('a member claims with the button; the card answers and is updated in place for everyone', async () => {
    const { mark, text } = await press(li, 'claim', {});
    assert.match(text, /^✅ 已认领 \[PD-002-2026M11\] NRT-Code更新/);
    assert.match(text, /负责人: 李娜/);
    const updated = shown(await playground.updateAfter(mark, card.messageId, (m) => /执行中/.test(shown(m))));
    assert.match(updated, /NRT-Code更新\n执行中\n负责人: 李娜/);
  });

  test('a second member pressing claim on the taken task is refused on the card', async () => {
    // 张伟 still sees the card as it was posted, with its claim button: a stale card.
    const { text } = await press(zhang, 'claim', {});
    assert.match(text, /^\[PD-002-2026M11\] NRT-Code更新 已被 李娜 认领（执行中），您无法再认领。/);
    assert.doesNotMatch(text, /\[完成\]/);
  });

  test('pause with a reason, resume, progress and finish by button', async () => {
    assert.match((await press(li, 'pause', { pauseReason: '等待客户确认需求' })).text, /^⏸️ 已暂停 \[PD-002-2026M11\] NRT-Code更新，原因：等待客户确认需求。/);
    assert.match((await press(li, 'resume', {})).text, /^▶️ 已恢复 \[PD-002-2026M11\]/);
    const progress = await press(li, 'progress', { progress: '80', note: '代码补全模型已上线' });
    assert.match(progress.text, /进度: 80% · 代码补全模型已上线/);
    const finished = await press(li, 'finish', {});
    assert.match(finished.text, /^🎉 已完成 \[PD-002-2026M11\] NRT-Code更新。/);
    const updated = shown(await playground.updateAfter(finished.mark, card.messageId, (m) => /已完成/.test(shown(m))));
    assert.match(updated, /NRT-Code更新\n已完成\n/);
    assert.doesNotMatch(updated, /\[认领\]|\[完成\]/);
  });

  test('a chat command in another conversation updates the card posted earlier', async () => {
    const other = await playground.replyAfter(await playground.type(session.group, '查看 PD-003', { mention: true }));
    const mark = playground.messages.length;
    await playground.replyAfter(await playground.type(session.personal, '认领 PD-003'));
    const updated = shown(await playground.updateAfter(mark, other.messageId, (m) => /执行中/.test(shown(m))));
    assert.match(updated, /NRT-Doc优化\n执行中\n负责人: 王董事长/);
  });
});
