import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { waitFor } from './ports.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const configuration = process.env.NORTHPOOL_CONFIGURATION ?? 'Release';
export const botDll = path.join(repo, 'src/NorthPool/bin', configuration, 'net10.0/NorthPool.dll');

// The real NorthPool process on a loopback port with its own LiteDB file: in local mode (no AppId) by default, or with
// the settings a test passes as `teams` (an app id and where its keys come from) instead.
export class Bot {
  static clockStart = '2026-11-24T09:00:00+08:00';

  constructor({ port, databasePath, logFile, teams = null }) {
    this.port = port;
    this.databasePath = databasePath;
    this.logFile = logFile;
    this.teams = teams;
    this.url = `http://127.0.0.1:${port}`;
  }

  async start() {
    if (!fs.existsSync(botDll)) throw new Error(`${botDll} is missing: build the solution in ${configuration} first`);
    const log = fs.openSync(this.logFile, 'a');
    const mode = this.teams ?? [
      '--BotFramework:AllowUnauthenticatedLocalRequests=true',
      // 导入 fetches a file from the test's own HTTP server on loopback, as it would from SharePoint in Teams.
      '--Imports:AllowedHosts:0=127.0.0.1',
      // A fixed start (Tuesday of ISO week 48, 09:00 in Shanghai) so instance ids are the same on any day.
      `--Debug:ClockStart=${Bot.clockStart}`,
    ];
    this.process = spawn('dotnet', [
      botDll,
      `--Urls=${this.url}`,
      `--Storage:DatabasePath=${this.databasePath}`,
      '--NorthPool:Admins:0=29:user-chairman',
      '--Reports:ChairmanIds:0=29:user-chairman',
      ...mode,
    ], { cwd: path.dirname(botDll), stdio: ['ignore', log, log] });
    this.exited = new Promise((resolve) => this.process.once('exit', (code) => resolve(code)));
    await waitFor(async () => (await fetch(`${this.url}/healthz`)).ok, { what: 'the bot to answer /healthz' });
  }

  // Moves the bot's debug clock forward and runs the pool refresh, as the scheduler would at that time.
  async advanceClock(to) {
    const response = await fetch(`${this.url}/debug/clock/advance?to=${encodeURIComponent(to)}`, { method: 'POST' });
    if (!response.ok) throw new Error(`advancing the clock failed: ${response.status}`);
    return response.json();
  }

  async stop() {
    if (!this.process || this.process.exitCode !== null) return;
    this.process.kill('SIGTERM');
    await Promise.race([this.exited, new Promise((r) => setTimeout(r, 10000))]);
    if (this.process.exitCode === null) this.process.kill('SIGKILL');
  }
}
