// The kanban page: draws the board the server sends (texts included, in the viewer's language), moves a card when it
// is dragged to another column (the server runs the command a member would type and answers), and redraws whenever
// the server announces a change, from anywhere, keeping the filters.
'use strict';

const params = new URLSearchParams(location.search);
const state = {
  session: null,
  board: null,
  member: localStorage.getItem('northpool.member') ?? '',
  lang: '',
  // ?owner=me (the 我的任务 tab) starts filtered to the viewer's own tasks.
  filters: { owner: params.get('owner') ?? '', priority: '', period: '' },
  dragging: false,
  stale: false,
};
const $ = (id) => document.getElementById(id);
const el = (tag, attributes = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (key === 'class') node.className = value;
    else if (key.startsWith('data-')) node.setAttribute(key, value);
    else node[key] = value;
  }
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
};
const local = () => state.session.mode === 'local';
const headers = (more = {}) => state.session.authorize(local() && state.member ? { ...more, 'X-NorthPool-Member': state.member } : more);
const refusal = async (response) => (await response.json().catch(() => null))?.message ?? `HTTP ${response.status}`;

async function load() {
  const query = state.lang ? `?lang=${encodeURIComponent(state.lang)}` : '';
  const response = await fetch(`/api/board${query}`, { headers: await headers() });
  if (!response.ok) {
    say(await refusal(response), true);
    return;
  }
  state.board = await response.json();
  if (!state.member) state.member = state.board.viewer.id;
  if (state.filters.owner === 'me') state.filters.owner = state.board.viewer.id;
  // A redraw under a card being dragged would drop it from under the pointer: wait for the drop.
  state.stale = state.dragging;
  if (!state.dragging) render();
}

function say(text, refused) {
  const message = $('message');
  message.textContent = text;
  message.classList.toggle('refused', refused);
  message.hidden = false;
}

function options(select, values, current, all) {
  select.replaceChildren(...(all ? [el('option', { value: '', textContent: all })] : []),
    ...values.map(([value, text]) => el('option', { value, textContent: text, selected: value === current })));
}

function render() {
  const { board } = state;
  const t = board.texts;
  document.documentElement.lang = state.lang || (t.title.startsWith('NorthPool 任务') ? 'zh-CN' : 'en-US');
  document.title = t.title;
  $('title').textContent = t.title;
  $('local').textContent = t.localMode;
  $('local').hidden = !local();
  $('acting').hidden = !local();
  $('actingLabel').textContent = t.actingAs;
  $('ownerLabel').textContent = t['filter.owner'];
  $('priorityLabel').textContent = t['filter.priority'];
  $('periodLabel').textContent = t['filter.period'];
  $('export').textContent = t.export;
  $('dashboard').textContent = t.dashboard;
  const exportQuery = new URLSearchParams({ view: 'kanban', ...Object.fromEntries(Object.entries(state.filters).filter(([, v]) => v)), ...(state.lang ? { lang: state.lang } : {}) });
  $('export').href = `/api/board/export?${exportQuery}`;
  options($('member'), board.members.map((m) => [m.id, m.name]), state.member);
  const owners = [...new Map(board.tasks.filter((x) => x.ownerId).map((x) => [x.ownerId, x.ownerName ?? x.ownerId])).entries()];
  options($('owner'), [['-', t['filter.unowned']], ...owners], state.filters.owner, t['filter.all']);
  options($('priority'), ['P0', 'P1', 'P2', 'P3'].map((p) => [p, p]), state.filters.priority, t['filter.all']);
  const periods = [...new Set(board.tasks.map((x) => x.period).filter(Boolean))].sort();
  options($('period'), periods.map((p) => [p, p]), state.filters.period, t['filter.all']);

  const shown = board.tasks.filter((x) =>
    (!state.filters.owner || (state.filters.owner === '-' ? !x.ownerId : x.ownerId === state.filters.owner))
    && (!state.filters.priority || x.priority === state.filters.priority)
    && (!state.filters.period || x.period === state.filters.period));
  $('board').replaceChildren(...board.pools.map((pool) => lane(pool, shown.filter((x) => x.pool === pool.id))));
}

function lane(pool, tasks) {
  const t = state.board.texts;
  return el('section', { class: 'lane', 'data-pool': pool.id },
    el('h2', { textContent: `${pool.name}（${tasks.length}）` }),
    el('div', { class: 'columns' }, ...state.board.columns.map((column) => {
      const here = tasks.filter((x) => x.column === column.id);
      const cell = el('div', { class: 'column', 'data-column': column.id },
        el('h3', { textContent: `${column.name} ${here.length}` }),
        ...(here.length ? here.map(card) : [el('p', { class: 'empty', textContent: t.empty })]));
      cell.addEventListener('dragover', (e) => { e.preventDefault(); cell.classList.add('over'); });
      cell.addEventListener('dragleave', () => cell.classList.remove('over'));
      cell.addEventListener('drop', (e) => {
        e.preventDefault();
        cell.classList.remove('over');
        const id = e.dataTransfer.getData('text/plain');
        if (id) move(id, column.id);
      });
      return cell;
    })));
}

function card(task) {
  const t = state.board.texts;
  const meta = [task.ownerName ?? t['filter.unowned'], task.priority, task.due ? `${t.due} ${task.due}` : null, task.quota ? `${t.quota} ${task.quota}` : null]
    .filter(Boolean).join(' · ');
  const node = el('article', { class: `card ${task.priority}`, draggable: true, 'data-task': task.id },
    el('div', { class: 'id', textContent: task.id }), el('div', { class: 'name', textContent: task.title }), el('div', { class: 'meta', textContent: meta }),
    task.flag ? el('div', { class: 'flag', textContent: task.flag }) : null);
  node.addEventListener('dragstart', (e) => {
    state.dragging = true;
    e.dataTransfer.setData('text/plain', task.id);
  });
  node.addEventListener('dragend', () => {
    state.dragging = false;
    if (state.stale) load();
  });
  return node;
}

async function move(taskId, to) {
  const task = state.board.tasks.find((x) => x.id === taskId);
  if (!task || task.column === to) return;
  const reason = to === 'FollowUp' ? window.prompt(state.board.texts.pauseReason) : null;
  if (to === 'FollowUp' && !reason) return;
  const response = await fetch('/api/board/move', {
    method: 'POST',
    headers: await headers({ 'Content-Type': 'application/json' }),
    body: JSON.stringify({ taskId, to, reason }),
  });
  const result = await response.json().catch(() => ({ moved: false, message: `HTTP ${response.status}` }));
  say(result.message, !result.moved);
  if (result.moved && result.task) {
    state.board.tasks = state.board.tasks.map((x) => (x.id === taskId ? result.task : x));
    render();
  }
}

let reloading = null;
function listen() {
  window.northPoolLive((change) => {
    if (change.kind !== 'task') return;
    clearTimeout(reloading);
    reloading = setTimeout(load, 100);
  }, (live) => { $('status').textContent = (live ? state.board?.texts.live : state.board?.texts.offline) ?? ''; }, state.session.socketQuery);
}

$('member').addEventListener('change', (e) => {
  state.member = e.target.value;
  localStorage.setItem('northpool.member', state.member);
  load();
});
for (const name of ['owner', 'priority', 'period']) {
  $(name).addEventListener('change', (e) => {
    state.filters[name] = e.target.value;
    render();
  });
}
$('export').addEventListener('click', (e) => {
  if (local()) return;
  e.preventDefault();
  state.session.download($('export').href, `${state.board.texts.title}.xlsx`);
});
window.northPoolSession.then(async (session) => {
  state.session = session;
  state.lang = session.lang;
  await load();
  listen();
});
