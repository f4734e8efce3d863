// The board's live channel, shared by the kanban and the dashboard: a WebSocket that announces every committed task
// and CRM change, reopened after a pause when it drops. onChange gets {kind, taskId | record}; onStatus gets true
// when connected, false when not. query() gives the socket's query string (the Teams token, when signed in).
'use strict';

window.northPoolLive = function listen(onChange, onStatus, query = async () => '') {
  let delay = 500;
  const open = async () => {
    let suffix = '';
    try {
      suffix = await query();
    } catch {
      // No token now (Teams is reconnecting): try again after the pause, like a dropped socket.
      onStatus(false);
      setTimeout(open, delay);
      delay = Math.min(delay * 2, 10000);
      return;
    }
    const socket = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/api/board/events${suffix}`);
    socket.addEventListener('message', (e) => {
      const message = JSON.parse(e.data);
      if (message.kind === 'open') {
        delay = 500;
        onStatus(true);
      } else {
        onChange(message);
      }
    });
    socket.addEventListener('close', () => {
      onStatus(false);
      setTimeout(open, delay);
      delay = Math.min(delay * 2, 10000);
    });
  };
  open();
};
