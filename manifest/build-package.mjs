#!/usr/bin/env node
// Builds the Teams app package: fills in the bot's app id and the public host it is served from (the tabs' URLs, the
// SSO resource api://<domain>/<app id>, validDomains), optionally the version, and zips manifest.json, the
// localization file and the two icons flat, as Teams requires (with fflate from npm).
//   node manifest/build-package.mjs --app-id <guid> --domain bot.example.com [--version 1.0.1] [--out file.zip]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const here = path.dirname(fileURLToPath(import.meta.url));
const guid = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const hostName = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$/i;
// The placeholder host manifest.json is written with.
const placeholderDomain = 'northpool.example.com';

function parseArgs(argv) {
  const args = { domain: null, version: null, out: path.join(here, 'build', 'northpool.zip') };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    if (!['app-id', 'domain', 'version', 'out'].includes(key) || argv[i + 1] === undefined) fail(`unknown or incomplete option ${argv[i]}`);
    args[key] = argv[i + 1];
  }
  if (!args['app-id'] || !guid.test(args['app-id']) || /^0{8}-/.test(args['app-id'])) fail('--app-id must be the bot\'s Entra application id (a GUID)');
  if (!args.domain || !hostName.test(args.domain) || args.domain === placeholderDomain) fail('--domain must be the public host name the bot is served from, such as northpool.contoso.com (no scheme or path)');
  if (args.version && !/^\d+\.\d+\.\d+$/.test(args.version)) fail('--version must look like 1.2.3');
  return args;
}

function fail(message) {
  console.error(`build-package: ${message}`);
  process.exit(2);
}

export function buildManifest({ appId, domain, version }) {
  const manifest = JSON.parse(fs.readFileSync(path.join(here, 'manifest.json'), 'utf8'));
  const onDomain = (url) => {
    const u = new URL(url);
    if (u.host === placeholderDomain) u.host = domain;
    return u.toString();
  };
  manifest.id = appId;
  manifest.bots[0].botId = appId;
  for (const tab of manifest.staticTabs ?? []) {
    if (tab.contentUrl) tab.contentUrl = onDomain(tab.contentUrl);
    if (tab.websiteUrl) tab.websiteUrl = onDomain(tab.websiteUrl);
  }
  for (const tab of manifest.configurableTabs ?? []) tab.configurationUrl = onDomain(tab.configurationUrl);
  manifest.validDomains = [domain];
  manifest.webApplicationInfo = { id: appId, resource: `api://${domain}/${appId}` };
  if (version) manifest.version = version;
  return manifest;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const args = parseArgs(process.argv.slice(2));
  const manifest = buildManifest({ appId: args['app-id'], domain: args.domain, version: args.version });
  const files = {
    'manifest.json': Buffer.from(JSON.stringify(manifest, null, 2)),
    'en-us.json': fs.readFileSync(path.join(here, 'en-us.json')),
    'color.png': fs.readFileSync(path.join(here, 'color.png')),
    'outline.png': fs.readFileSync(path.join(here, 'outline.png')),
  };
  fs.mkdirSync(path.dirname(args.out), { recursive: true });
  fs.writeFileSync(args.out, zipSync(files, { level: 9 }));
  console.log(`Teams app package written to ${args.out} (app id ${args['app-id']}, https://${args.domain}, version ${manifest.version})`);
}
