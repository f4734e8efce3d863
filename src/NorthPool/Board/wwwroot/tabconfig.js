// The channel tab's set-up page (the manifest's configurationUrl): the team picks the live dashboard (the default)
// or the kanban, and Teams saves a tab that opens it.
'use strict';

const words = {
  'zh-CN': { title: '添加 NorthPool 标签页', dashboard: '实时看板（各池在途、今日完成、本月合同与回款）', kanban: '任务看板（五列，可拖动）', dashboardTab: 'NorthPool 实时看板', kanbanTab: 'NorthPool 任务看板', outside: '请在 Teams 中添加此标签页。' },
  'en-US': { title: 'Add a NorthPool tab', dashboard: 'Live dashboard (tasks per pool, done today, month contracts and receipts)', kanban: 'Task board (five columns, drag to move)', dashboardTab: 'NorthPool dashboard', kanbanTab: 'NorthPool board', outside: 'Add this tab from Teams.' },
};
const $ = (id) => document.getElementById(id);

async function main() {
  const teams = window.microsoftTeams;
  let locale = new URLSearchParams(location.search).get('lang') ?? '';
  try {
    await Promise.race([teams.app.initialize(), new Promise((_, reject) => setTimeout(() => reject(new Error('no Teams host')), 5000))]);
    locale ||= (await teams.app.getContext()).app?.locale ?? '';
  } catch {
    show(words[locale.toLowerCase().startsWith('en') ? 'en-US' : 'zh-CN']);
    $('message').textContent = words[document.documentElement.lang].outside;
    $('message').hidden = false;
    return;
  }
  const w = words[locale.toLowerCase().startsWith('en') ? 'en-US' : 'zh-CN'];
  show(w);
  const chosen = () => document.querySelector('input[name="view"]:checked').value;
  teams.pages.config.registerOnSaveHandler((save) => {
    const view = chosen();
    const url = `${location.origin}/${view}`;
    teams.pages.config.setConfig({ entityId: `northpool-${view}`, contentUrl: url, websiteUrl: url, suggestedDisplayName: w[`${view}Tab`] })
      .then(() => save.notifySuccess(), (error) => save.notifyFailure(String(error)));
  });
  teams.pages.config.setValidityState(true);
}

function show(w) {
  document.documentElement.lang = w === words['en-US'] ? 'en-US' : 'zh-CN';
  document.title = w.title;
  $('title').textContent = w.title;
  $('dashboardName').textContent = w.dashboard;
  $('kanbanName').textContent = w.kanban;
}

main();
