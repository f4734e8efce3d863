// The live dashboard: tiles for today's and the CRM's figures against their targets, ECharts bars for the pools,
// the done-per-day line and the deal funnel, and the open warnings; redrawn whenever the server announces a change.
'use strict';

let session = null;
let lang = '';
const $ = (id) => document.getElementById(id);
const charts = {};
let texts = {};

function chart(id, option) {
  if (!window.echarts) return;
  charts[id] ??= window.echarts.init($(id), null, { renderer: 'canvas' });
  charts[id].setOption({ animation: false, ...option }, true);
}

function tile(name, value, target, below) {
  const node = document.createElement('div');
  node.className = `tile${value === null ? ' nodata' : ''}${below ? ' below' : ''}`;
  node.dataset.name = name;
  node.innerHTML = '<div class="name"></div><div class="value"></div><div class="target"></div>';
  node.querySelector('.name').textContent = name;
  node.querySelector('.value').textContent = value ?? texts.noData;
  node.querySelector('.target').textContent = target ?? '';
  return node;
}

async function load() {
  const response = await fetch(`/api/dashboard${lang ? `?lang=${encodeURIComponent(lang)}` : ''}`, { headers: await session.authorize({}) });
  if (!response.ok) {
    $('status').textContent = (await response.json().catch(() => null))?.message ?? `HTTP ${response.status}`;
    return;
  }
  const d = await response.json();
  texts = d.texts;
  document.title = texts.title;
  $('title').textContent = texts.title;
  $('kanban').textContent = texts.kanban;
  $('export').textContent = texts.export;
  $('export').href = `/api/board/export?view=dashboard${lang ? `&lang=${encodeURIComponent(lang)}` : ''}`;
  $('kanban').href = `/kanban${lang ? `?lang=${encodeURIComponent(lang)}` : ''}`;
  for (const id of ['inFlight', 'donePerDay', 'funnel', 'warnings']) $(`${id}Title`).textContent = texts[id];
  const wan = (v) => (v === null || v === undefined ? null : `${v}${texts.wan}`);
  const t = d.today;
  $('tiles').replaceChildren(
    tile(texts.inFlightTotal, String(t.inFlight), `${texts.target} ≥ ${t.inFlightTarget}`, t.inFlight < t.inFlightTarget),
    tile(`${texts.today}${texts.new}`, String(t.new)),
    tile(`${texts.today}${texts.done}`, String(t.done), `${texts.target} ≥ ${t.doneTarget}`, t.done < t.doneTarget),
    tile(texts.rate, `${t.ratePercent}%`, `${texts.target} ≥ ${t.rateTargetPercent}%`, t.ratePercent < t.rateTargetPercent),
    tile(texts.month, wan(d.monthContractsWan), `${texts.target} ${d.monthTargetWan}${texts.wan}`, d.monthContractsWan !== null && d.monthContractsWan < d.monthTargetWan),
    tile(texts.receipts, wan(d.receiptsThisWeekWan)),
    tile(texts.active, d.activeCustomers === null ? null : String(d.activeCustomers)),
    tile(texts.renewal, d.renewalRatePercent === null ? null : `${d.renewalRatePercent}%`),
    tile(texts.partners, d.partners === null ? null : String(d.partners)));
  chart('inFlight', {
    grid: { left: 80, right: 32, top: 8, bottom: 24 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: d.inFlight.map((b) => b.name), inverse: true },
    series: [{ type: 'bar', data: d.inFlight.map((b) => b.value), label: { show: true, position: 'right' }, itemStyle: { color: '#4f52b2' } }],
  });
  chart('donePerDay', {
    grid: { left: 32, right: 16, top: 8, bottom: 24 },
    xAxis: { type: 'category', data: d.donePerDay.map((b) => b.name) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'line', data: d.donePerDay.map((b) => b.value), areaStyle: {}, markLine: { silent: true, symbol: 'none', data: [{ yAxis: t.doneTarget }] } }],
  });
  chart('funnel', d.funnel.length === 0
    ? { title: { text: texts.noData, left: 'center', top: 'middle', textStyle: { fontSize: 14, color: '#5f6673' } }, series: [] }
    : { series: [{ type: 'funnel', sort: 'none', left: 8, right: 8, top: 8, bottom: 8, label: { formatter: (p) => `${p.name} ${p.data.count} · ${p.data.amount}${texts.wan}` },
      data: d.funnel.map((b, i) => ({ name: b.name, value: d.funnel.length - i, count: b.value, amount: b.amountWan })) }] });
  const warnings = d.warnings.length === 0 ? [texts.noWarnings] : d.warnings;
  $('warnings').replaceChildren(...warnings.map((w) => Object.assign(document.createElement('li'), { textContent: w })));
}

let reloading = null;
function listen() {
  window.northPoolLive(() => {
    clearTimeout(reloading);
    reloading = setTimeout(load, 300);
  }, (live) => { $('status').textContent = (live ? texts.live : texts.offline) ?? ''; }, session.socketQuery);
}

window.addEventListener('resize', () => Object.values(charts).forEach((c) => c.resize()));
$('export').addEventListener('click', (e) => {
  if (session.mode === 'local') return;
  e.preventDefault();
  session.download($('export').href, `${texts.title}.xlsx`);
});
window.northPoolSession.then(async (s) => {
  session = s;
  lang = s.lang;
  await load();
  listen();
});
