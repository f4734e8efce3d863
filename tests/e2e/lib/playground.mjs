import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import WebSocket from 'ws';
import { waitFor } from './ports.mjs';

const cli = createRequire(import.meta.url).resolve('@microsoft/m365agentsplayground/cli.js');

// The Microsoft 365 Agents Playground, driven over its HTTP API; the bot's output is read from its WebSocket.
export class Playground {
  constructor({ port, botEndpoint, configPath, logFile, cwd }) {
    Object.assign(this, { requestedPort: port, botEndpoint, configPath, logFile, cwd });
    this.messages = [];
  }

  async start() {
    const env = { ...process.env, TEAMSAPPTESTER_BROWSER: 'none', M365_AGENTS_PLAYGROUND_CONFIG_PATH: this.configPath, M365_AGENTS_PLAYGROUND_LOGFILE: this.logFile };
    for (const name of ['AUTH_CLIENT_ID', 'AUTH_CLIENT_SECRET', 'AUTH_TENANT_ID', 'BOT_ENDPOINT', 'DEFAULT_CHANNEL_ID', 'HTTP_PROXY', 'HTTPS_PROXY', 'M365_AGENTS_PLAYGROUND_TARGET_SDK']) delete env[name];
    this.process = spawn('node', [cli, '-e', this.botEndpoint, '-c', 'msteams', '--dt', '-p', String(this.requestedPort)], { cwd: this.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    this.process.stdout.on('data', (chunk) => { output += chunk; });
    this.process.stderr.on('data', (chunk) => { output += chunk; });
    const match = await waitFor(() => /Listening on (\d+)/.exec(output), { what: `the playground to listen (output: ${output})` });
    this.port = Number(match[1]);
    this.base = `http://127.0.0.1:${this.port}`;
    await waitFor(async () => (await fetch(`${this.base}/_debug/ping`)).ok, { what: 'playground ping' });
    this.config = (await this.get('/_internal/v1/testConfig')).config;
    this.socket = new WebSocket(`ws://127.0.0.1:${this.port}/_ws_conversation/v1/conversations/stream`);
    this.socket.on('message', (data) => this.messages.push(JSON.parse(String(data))));
    // The log stream also carries what the bot sends to chats the current user is not in.
    this.logs = [];
    this.logSocket = new WebSocket(`ws://127.0.0.1:${this.port}/_ws/log/stream`);
    this.logSocket.on('message', (data) => this.logs.push(String(data)));
    await Promise.all([this.socket, this.logSocket].map((socket) => new Promise((resolve, reject) => { socket.once('open', resolve); socket.once('error', reject); })));
  }

  async stop() {
    this.socket?.close();
    this.logSocket?.close();
    if (this.process && this.process.exitCode === null) {
      this.process.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 300));
    }
  }

  async get(pathname) {
    const response = await fetch(this.base + pathname);
    if (!response.ok) throw new Error(`GET ${pathname} → ${response.status} ${await response.text()}`);
    return await response.json();
  }

  async post(pathname, body) {
    const response = await fetch(this.base + pathname, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const text = await response.text();
    if (!response.ok) throw new Error(`POST ${pathname} → ${response.status} ${text}`);
    return text ? JSON.parse(text) : {};
  }

  get bot() { return this.config.bot; }
  get currentUser() { return this.config.currentUser; }
  user(name) { return this.config.users.find((u) => u.name === name) ?? this.currentUser; }

  // The current user types into a chat; in a group chat or channel the bot is @mentioned, as Teams requires.
  // `members` are users @mentioned at the end of the text ("分派 BD-1001 @李娜").
  async type(conversationId, text, { mention = false, members = [] } = {}) {
    const mentionText = `<at>${this.bot.name}</at>`;
    const mentions = [
      ...(mention ? [{ mentioned: { id: this.bot.id, name: this.bot.name }, text: mentionText }] : []),
      ...members.map((m) => ({ mentioned: { id: m.id, name: m.name }, text: `<at>${m.name}</at>` })),
    ];
    const fullText = [mention ? mentionText : null, text, ...members.map((m) => `<at>${m.name}</at>`)].filter(Boolean).join(' ');
    const body = mentions.length
      ? { from: { id: this.currentUser.id }, text: fullText, textFormat: 'plain', mentions }
      : { from: { id: this.currentUser.id }, text, textFormat: 'plain' };
    const mark = this.messages.length;
    const sent = await this.post(`/_conversation/v1/conversations/${encodeURIComponent(conversationId)}/messages`, body);
    return { mark, conversationId: sent.postConversationId ?? conversationId };
  }

  // Another member speaks (or any member sends what typing cannot, such as a file): the playground posts the
  // activity to the bot unchanged.
  async say(conversationId, user, text, { conversationType, mention = false, members = [], attachments } = {}) {
    const template = await this.get(`/_internal/v1/customActivities/template?conversationId=${encodeURIComponent(conversationId)}`);
    const mentionText = `<at>${this.bot.name}</at>`;
    const memberMentions = members.map((m) => ({ type: 'mention', text: `<at>${m.name}</at>`, mentioned: { id: m.id, name: m.name } }));
    const activity = {
      ...template,
      type: 'message',
      id: crypto.randomUUID(),
      text: [mention ? mentionText : null, text, ...members.map((m) => `<at>${m.name}</at>`)].filter(Boolean).join(' '),
      textFormat: 'plain',
      locale: 'zh-CN',
      from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
      conversation: { ...template.conversation, ...(conversationType ? { conversationType } : {}) },
      entities: [...(mention ? [{ type: 'mention', text: mentionText, mentioned: { id: this.bot.id, name: this.bot.name } }] : []), ...memberMentions],
      channelData: { tenant: { id: this.config.tenantId } },
      ...(attachments ? { attachments } : {}),
    };
    const mark = this.messages.length;
    await this.post('/_internal/v1/customActivities', activity);
    return { mark, conversationId };
  }

  async install(conversationId) {
    const mark = this.messages.length;
    await this.post(`/_debug/conversation/${encodeURIComponent(conversationId)}/installation`, {});
    return { mark, conversationId };
  }

  // A member presses an Action.Execute button on a card message; resolves to the bot's invoke answer {type, value}.
  async press(conversationId, messageId, user, verb, data) {
    return await this.post('/_conversation/v1/invoke', {
      name: 'adaptiveCard/action',
      conversation: { id: conversationId },
      from: { id: user.id },
      replyToId: messageId,
      value: { action: { type: 'Action.Execute', title: verb, verb, data }, trigger: 'manual' },
    });
  }

  // An in-place update (PUT) of a message, seen after the mark, that satisfies the check. Updates are sent after
  // the answer, so one from an earlier change may still arrive first.
  async updateAfter(mark, messageId, check, timeoutMs = 15000) {
    const event = await waitFor(() => this.messages.slice(mark).find((m) =>
      m.action === 'updateMessage' && m.message?.messageId === messageId && check(m.message)), { timeoutMs, what: `an update of message ${messageId}` });
    return event.message;
  }

  // The next message the bot posted into that conversation (or into a thread of it) after the mark.
  async replyAfter({ mark, conversationId }, timeoutMs = 15000) {
    const event = await waitFor(() => this.messages.slice(mark).find((m) =>
      m.action === 'createMessage' && m.message?.from?.id === this.bot.id
      && (m.actionConversationId === conversationId || m.actionConversationId?.startsWith(`${conversationId};`))), { timeoutMs, what: `a bot reply in ${conversationId}` });
    return event.message;
  }
}
