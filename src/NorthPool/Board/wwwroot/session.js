// How a board page signs in, shared by the kanban, the dashboard and the tab set-up page.
// - In Teams (the bot has an app id): TeamsJS initializes against the Teams host, the page's language is the Teams
//   locale, and every API call and the live socket carry the SSO token TeamsJS gets (it caches and renews it).
// - Local mode: nothing to sign in to; the kanban acts as the member chosen on the page.
// window.northPoolSession resolves to { mode, lang, authorize(headers) → headers, socketQuery() → '?access_token=…' | '',
// download(href, name) } or rejects after saying why on the page.
'use strict';

window.northPoolSession = (async () => {
  const params = new URLSearchParams(location.search);
  let lang = params.get('lang') ?? '';
  const response = await fetch(`/api/board/session${lang ? `?lang=${encodeURIComponent(lang)}` : ''}`);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const info = await response.json();

  const notice = (text) => {
    const node = document.createElement('p');
    node.className = 'message refused';
    node.setAttribute('role', 'alert');
    node.textContent = text;
    document.body.prepend(node);
  };
  const session = (authorize, socketQuery) => ({
    mode: info.mode,
    lang,
    authorize,
    socketQuery,
    // A link cannot carry the token: fetch the file with it and hand the browser the bytes.
    async download(href, name) {
      const file = await fetch(href, { headers: await authorize({}) });
      if (!file.ok) {
        notice(file.status === 401 ? info.texts.expired : `HTTP ${file.status}`);
        return;
      }
      const url = URL.createObjectURL(await file.blob());
      Object.assign(document.createElement('a'), { href: url, download: name }).click();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
    },
  });

  if (info.mode === 'local') return session(async (headers) => headers, async () => '');

  // TeamsJS is loaded only in Teams: it checks its host against a list it fetches from Microsoft's CDN, which a page
  // in local mode has no business calling.
  await new Promise((resolve) => {
    const script = Object.assign(document.createElement('script'), { src: '/board/teams.min.js' });
    script.addEventListener('load', resolve);
    script.addEventListener('error', resolve);
    document.head.append(script);
  });
  const teams = window.microsoftTeams;
  try {
    if (!teams) throw new Error('TeamsJS is not loaded');
    await Promise.race([teams.app.initialize(), new Promise((_, reject) => setTimeout(() => reject(new Error('no Teams host')), 5000))]);
    const context = await teams.app.getContext();
    if (!lang) lang = context.app?.locale ?? '';
    await teams.authentication.getAuthToken();
  } catch (error) {
    notice(info.texts.signInFailed);
    throw error;
  }
  const token = () => teams.authentication.getAuthToken();
  return session(
    async (headers) => ({ ...headers, Authorization: `Bearer ${await token()}` }),
    async () => `?access_token=${encodeURIComponent(await token())}`);
})();
