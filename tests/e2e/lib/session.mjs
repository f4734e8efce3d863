// One real bot process and one Agents Playground pointed at it, for a test file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Bot } from './bot.mjs';
import { Playground } from './playground.mjs';
import { freePort } from './ports.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const artifacts = path.resolve(here, '../artifacts');

export async function startSession(name) {
  fs.mkdirSync(artifacts, { recursive: true });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `northpool-${name}-`));
  const bot = new Bot({ port: await freePort(), databasePath: path.join(work, 'northpool.db'), logFile: path.join(artifacts, `${name}.bot.log`) });
  await bot.start();
  const playground = new Playground({
    port: await freePort(),
    botEndpoint: `${bot.url}/api/messages`,
    configPath: path.resolve(here, '../../../scripts/northpool.m365agentsplayground.yml'),
    logFile: path.join(artifacts, `${name}.playground.log`),
    cwd: work,
  });
  await playground.start();
  const config = playground.config;
  const team = config.teams[0];
  return {
    bot,
    playground,
    personal: config.personalChat.id,
    group: config.groupChats[0].id,
    channel: team.channels.find((c) => c.id !== team.id).id,
    async stop() {
      await playground.stop();
      await bot.stop();
    },
  };
}
