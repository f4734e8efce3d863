// The CRM's first slice in the Agents Playground: a customer added by chat, a visit that counts toward the visitor's
// BD-001 quota, the customer's card, and the chairman's report showing the key customer in 五.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cardOf, flattenCard, sentence, shown } from './lib/cards.mjs';
import { renderCard, schemaErrors } from './lib/renderer.mjs';
import { startSession } from './lib/session.mjs';
import { waitFor } from './lib/ports.mjs';
import * as XLSX from 'xlsx';
import http from 'node:http';

describe('customers and visits in the Agents Playground', () => {
  let session;
  let playground;

  before(async () => {
    session = await startSession('crm');
    playground = session.playground;
  });

  after(async () => {
    await session?.stop();
  });

  const say = async (text) => await playground.replyAfter(await playground.type(session.personal, text));

  test('a customer is added with an alias and a key-customer flag', async () => {
    const text = sentence(await say('客户 新建 中国移动广东公司 通信 省级 华南 重点 别名 广东移动'));
    assert.match(text, /^✅ 已建档 C1 中国移动广东公司（通信 · 省级 · 华南 · 重点客户）/);
  });

  test('a visit by the owner of BD-001 counts toward its quota', async () => {
    sentence(await say('认领 BD-001'));
    const text = sentence(await say('拜访 广东移动 讨论智能客服试点 下一步 12-05 演示'));
    assert.match(text, /✅ 已记录拜访：中国移动广东公司 — 讨论智能客服试点/);
    assert.match(text, /已计入 \[BD-001-2026W48\] 省级运营商拓展：1\/3 家/);
  });

  test('the customer card shows the profile and the visit', async () => {
    const card = shown(await say('客户 广东移动'));
    assert.match(card, /C1 中国移动广东公司/);
    assert.match(card, /讨论智能客服试点 → 下一步（12-05）：演示/);
  });

  test('a typo gets a near suggestion and changes nothing', async () => {
    const text = sentence(await say('拜访 广东移送 讨论'));
    assert.equal(text, '未找到客户「广东移送」。您是不是要找：C1 中国移动广东公司？');
  });

  test('an opportunity is added, advanced, and shown in the funnel', async () => {
    const created = sentence(await say('商机 广东移动 智能客服试点 80万 谈判 预计 11-30'));
    assert.match(created, /^✅ 已录入商机 #1：中国移动广东公司 · 智能客服试点 · 80万（谈判）/);
    assert.equal(sentence(await say('商机 推进 #1 发现')), '商机 #1 现为「谈判」，不能改为「发现」（只能向后推进，或输单）。');
    const funnel = sentence(await say('漏斗'));
    assert.match(funnel, /- 谈判：1条 · 80万 · 赢率 80%/);
    assert.match(funnel, /加权金额 64万/);
  });

  test('a contract and a receipt are registered', async () => {
    assert.equal(sentence(await say('合同 广东移动 50万 11-24 NRT-Chat 1年')), '✅ 已登记合同 #C1：中国移动广东公司 · 50万 · 2026-11-24 签约 · 12个月 · NRT-Chat');
    assert.equal(sentence(await say('回款 #C1 30万')), '✅ 已登记回款 #C1：30万（中国移动广东公司），累计 30万 / 50万，待回 20万 · #R1');
  });

  test('a ticket is opened, taken and resolved, and the customer card lists the contract and the open ticket', async () => {
    assert.equal(sentence(await say('工单 广东移动 智能客服答非所问 紧急')), '✅ 已登记工单 #T1：中国移动广东公司 · 紧急 · 智能客服答非所问 · NRT-Chat。处理：工单 处理 #T1');
    assert.equal(sentence(await say('工单 广东移动 夜间接口超时 低')), '✅ 已登记工单 #T2：中国移动广东公司 · 低 · 夜间接口超时 · NRT-Chat。处理：工单 处理 #T2');
    assert.equal(sentence(await say('工单 处理 #T2')), '✅ 工单 #T2（中国移动广东公司 夜间接口超时）：新建 → 处理中');
    assert.match(sentence(await say('工单 解决 #T2 已扩容')), /^✅ 工单 #T2（中国移动广东公司 夜间接口超时）：处理中 → 已解决/);
    const card = shown(await say('客户 广东移动'));
    assert.match(card, /#C1 · 50万 · 2026-11-24 签约 · 已回 30万 · 待回 20万 · NRT-Chat/);
    assert.match(card, /#T1 · 中国移动广东公司 · 紧急 · 新建 · 智能客服答非所问/);
    assert.doesNotMatch(card, /#T2/);
  });

  test('the targets show the year so far and the month-end forecast', async () => {
    const text = sentence(await say('目标'));
    assert.match(text, /^🎯 2026 年度目标/);
    assert.match(text, /- 合同额：目标 1000万 · 已完成 50万（5\.0%）/);
    assert.match(text, /本月落地预测 114万 = 已签 50万 \+ 商机 64万/);
  });

  test('a partner is added, contacted, and credited with the deal it brought', async () => {
    assert.equal(sentence(await say('伙伴 新建 华为 技术 战略')), '✅ 已登记合作伙伴 #P1 华为（技术 · 战略）\n\n未计入 EC-001 技术伙伴拓展：您名下没有执行中的本期实例（先认领 EC-001）。');
    assert.equal(sentence(await say('伙伴 联系 华为 讨论联合方案')), '✅ 已记录与 #P1 华为 的联系：讨论联合方案');
    assert.match(sentence(await say('商机 广东移动 联合方案 100万 来源 华为')), /^✅ 已录入商机 #2：中国移动广东公司 · 联合方案 · 100万（发现）/);
  });

  test('the report shows the contract and receipt in 三 and the key customer with its last contact in 五', async () => {
    const registered = await playground.replyAfter(await playground.type(session.channel, '/设为汇报频道', { mention: true }));
    assert.match(registered.text, /^✅ 已将本频道设为汇报频道/);
    const mark = playground.messages.length;
    const response = await fetch(`${session.bot.url}/debug/reports/fire?slot=${encodeURIComponent('2026-11-24T12:00:00+08:00')}`, { method: 'POST' });
    assert.equal(response.status, 200, await response.clone().text());
    const run = await response.json();
    const event = await waitFor(() => playground.messages.slice(mark).find((m) => m.action === 'createMessage' && m.message?.messageId === run.activityId),
      { what: 'the report in the channel' });
    const text = shown(event.message);
    const five = text.slice(text.indexOf('五、重点客户追踪'), text.indexOf('六、产品运营数据'));
    assert.match(five, /重点跟进客户\D*1家/);
    assert.match(five, /商务谈判中\D*1家/);
    assert.match(five, /预计签约\D*1家/);
    assert.match(five, /中国移动广东公司 — 最后联系 11-24 .+（0天前）：讨论智能客服试点；下一步 12-05 演示/);
    const three = text.slice(text.indexOf('三、销售业绩追踪'), text.indexOf('四、'));
    assert.match(three, /今日新增合同\D*1个（金额：50万）/);
    assert.match(three, /今日回款\D*30万/);
    assert.doesNotMatch(three, /暂无记录/);
    const six = text.slice(text.indexOf('六、产品运营数据'), text.indexOf('七、'));
    assert.match(six, /NRT-Chat\D*今年合同 1份 50万 · 客户 1家 · 未关闭工单 紧急1 高0 中0 低0 · 本周解决 1/);
    assert.match(six, /续约率\D*暂无数据/);
    const seven = text.slice(text.indexOf('七、'), text.indexOf('八、'));
    assert.match(seven, /合作伙伴总数\D*1家/);
    assert.match(seven, /本周联系\D*1家/);
    assert.match(seven, /伙伴带来的在跟商机\D*1条（100万）/);
  });

  test('the next report shows a new receipt in 三 with ▲ and the overdue receivable in 八', async () => {
    assert.equal(sentence(await say('回款 #C1 10万')), '✅ 已登记回款 #C1：10万（中国移动广东公司），累计 40万 / 50万，待回 10万 · #R2');
    assert.equal(sentence(await say('回款计划 #C1 45万 11-20')), '📅 #C1 中国移动广东公司 回款计划：2026-11-20 45万；合计 45万 / 合同 50万');
    const mark = playground.messages.length;
    const response = await fetch(`${session.bot.url}/debug/reports/fire?slot=${encodeURIComponent('2026-11-24T14:00:00+08:00')}`, { method: 'POST' });
    assert.equal(response.status, 200, await response.clone().text());
    const run = await response.json();
    const event = await waitFor(() => playground.messages.slice(mark).find((m) => m.action === 'createMessage' && m.message?.messageId === run.activityId),
      { what: 'the second report in the channel' });
    const text = shown(event.message);
    const three = text.slice(text.indexOf('三、销售业绩追踪'), text.indexOf('四、'));
    assert.match(three, /今日回款\D*40万 ▲10/);
    assert.match(three, /今日新增合同\D*1个（金额：50万）(?! ▲)/);
    const eight = text.slice(text.indexOf('八、'), text.indexOf('九、'));
    assert.match(eight, /回款逾期：#C1 中国移动广东公司 5万，应于 11-20 到账（已逾期 4 天）/);
  });

  test('an export of the contracts is an .xlsx behind a link on the bot, with the contract as numbers and dates', async () => {
    const text = sentence(await say('导出 合同'));
    const link = /\[下载\]\((?<url>http:\/\/[^)]+)\)/.exec(text);
    assert.ok(link, text);
    assert.match(text, /^📎 合同_20261124\.xlsx（1 行）/);
    const response = await fetch(link.groups.url);
    assert.equal(response.status, 200);
    const workbook = XLSX.read(Buffer.from(await response.arrayBuffer()), { type: 'buffer', cellDates: true });
    const rows = XLSX.utils.sheet_to_json(workbook.Sheets['合同']);
    assert.equal(rows.length, 1);
    const row = rows[0];
    assert.equal(row['合同号'], '#C1');
    assert.equal(row['金额（元）'], 500000);
    assert.equal(row['已回款（元）'], 400000);
    assert.ok(row['签约日期'] instanceof Date, `签约日期 is ${typeof row['签约日期']}`);
    const signed = row['签约日期'];
    assert.deepEqual([signed.getFullYear(), signed.getMonth() + 1, signed.getDate()], [2026, 11, 24]);
  });

  // A form card as a member uses it: each button found on the card last seen, inputs merged into its data.
  const buttonOf = (card, title) => {
    const all = [...(card.actions ?? []), ...(card.actions ?? []).flatMap((a) => a.card?.actions ?? [])];
    return all.find((a) => a.title === title);
  };
  const pressOn = async (message, card, title, inputs = {}) => {
    const button = buttonOf(card, title);
    assert.ok(button, `no "${title}" button on ${flattenCard(card).join(' | ')}`);
    const answer = await playground.press(session.personal, message.messageId, playground.currentUser, button.verb, { ...button.data, ...inputs });
    assert.equal(answer.type, 'application/vnd.microsoft.card.adaptive');
    assert.deepEqual(renderCard(answer.value).problems, []);
    assert.deepEqual(schemaErrors(answer.value), []);
    return answer.value;
  };

  test('a visit is recorded with the form the customer card opens, which refuses a missing summary first', async () => {
    const message = await say('客户 广东移动');
    const form = await pressOn(message, cardOf(message), '记录拜访');
    assert.equal(flattenCard(form)[0], '记录拜访');
    assert.equal(form.body.find((e) => e.id === 'customer').value, 'C1');
    assert.deepEqual(form.body.filter((e) => e.type.startsWith('Input.')).map((e) => e.type), ['Input.Text', 'Input.ChoiceSet', 'Input.Text', 'Input.Date', 'Input.Text']);

    const refused = await pressOn(message, form, '提交', { customer: 'C1', kind: 'Meeting', summary: '' });
    assert.match(flattenCard(refused).join('\n'), /⚠️ 请修正标出的栏目后再提交。[\s\S]*请填写内容。/);

    const saved = await pressOn(message, refused, '提交', { customer: 'C1', kind: 'Meeting', summary: '季度复盘', nextOn: '2026-12-08', nextStep: '报价' });
    const text = flattenCard(saved).join('\n');
    assert.match(text, /^✅ 已记录会议：中国移动广东公司 — 季度复盘/);
    assert.match(text, /下一步（12-08）：报价/);
    assert.equal(saved.actions, undefined);
  });

  test('a deal is edited with its form, and the list shows the new amount', async () => {
    const message = await say('表单 商机 #1');
    const form = cardOf(message);
    assert.equal(flattenCard(form)[0], '编辑商机 #1');
    assert.equal(form.body.find((e) => e.id === 'amount').value, 80);
    const saved = await pressOn(message, form, '保存', { title: '智能客服试点', amount: '120', stage: 'Negotiation', close: '2026-11-30' });
    assert.equal(flattenCard(saved)[0], '✅ 已保存 #1 中国移动广东公司 智能客服试点：修改了金额（万元）');
    assert.match(sentence(await say('商机 列表')), /#1 中国移动广东公司 · 智能客服试点 · 120万 · 谈判/);
  });

  test('a customer list is imported from an .xlsx sent as Teams sends a file: a preview first, then the import on confirmation', async () => {
    const sheet = XLSX.utils.json_to_sheet([
      { 名称: '广西电网', 别名: '广西电网公司', 行业: '能源', 级别: '省级', 区域: '华南', 重点客户: '是' },
      { 名称: '广东移动', 行业: '通信', 级别: '省级' },
      { 名称: '中石化华南', 行业: '汽车' },
      { 名称: '海南电信', 行业: '通信', 级别: '地市' },
    ]);
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, '客户');
    const bytes = XLSX.write(book, { type: 'buffer', bookType: 'xlsx' });
    const server = http.createServer((request, response) => {
      response.writeHead(200, { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
      response.end(bytes);
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${server.address().port}/personal/alex/Documents/客户.xlsx`;
      const attachments = [{
        contentType: 'application/vnd.microsoft.teams.file.download.info', name: '客户.xlsx', contentUrl: url,
        content: { downloadUrl: url, uniqueId: crypto.randomUUID(), fileType: 'xlsx' },
      }];
      const preview = await playground.replyAfter(await playground.say(session.personal, playground.currentUser, '导入 客户', { attachments }));
      const card = cardOf(preview);
      assert.deepEqual(renderCard(card).problems, []);
      assert.deepEqual(schemaErrors(card), []);
      const text = flattenCard(card).join('\n');
      assert.match(text, /^📥 导入预览：客户\.xlsx\n共 4 行：新增 2，重复 1，有误 1/);
      assert.match(text, /第 3 行 广东移动：已有 C1 中国移动广东公司/);
      assert.match(text, /第 4 行 中石化华南：行业「汽车」无法识别/);
      assert.match(sentence(await say('客户 列表')), /（1家）/);

      const done = await pressOn(preview, card, '确认导入 2 行');
      assert.equal(flattenCard(done)[0], '✅ 已从「客户.xlsx」导入 2 行。');
      const list = sentence(await say('客户 列表'));
      assert.match(list, /（3家）/);
      assert.match(list, /C2 广西电网（能源 · 省级 · 华南 · 重点客户）/);
    } finally {
      server.close();
    }
  });
});
