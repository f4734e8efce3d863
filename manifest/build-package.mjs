#!/usr/bin/env node
// Builds the Teams app package: fills in the bot's app id (and optionally its domain and version) and zips
// manifest.json, the localization file and the two icons flat, as Teams requires.
//   node manifest/build-package.mjs --app-id <guid> [--domain bot.example.com] [--version 1.0.1] [--out file.zip]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const guid = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

function parseArgs(argv) {
  const args = { domain: null, version: null, out: path.join(here, 'build', 'northpool.zip') };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    if (!['app-id', 'domain', 'version', 'out'].includes(key) || argv[i + 1] === undefined) fail(`unknown or incomplete option ${argv[i]}`);
    args[key] = argv[i + 1];
  }
  if (!args['app-id'] || !guid.test(args['app-id']) || /^0{8}-/.test(args['app-id'])) fail('--app-id must be the bot\'s Entra application id (a GUID)');
  if (args.version && !/^\d+\.\d+\.\d+$/.test(args.version)) fail('--version must look like 1.2.3');
  return args;
}

function fail(message) {
  console.error(`build-package: ${message}`);
  process.exit(2);
}

export function buildManifest({ appId, domain, version }) {
  const manifest = JSON.parse(fs.readFileSync(path.join(here, 'manifest.json'), 'utf8'));
  manifest.id = appId;
  manifest.bots[0].botId = appId;
  if (domain) manifest.validDomains = [domain];
  if (version) manifest.version = version;
  return manifest;
}

// A minimal ZIP writer (deflate, no folders): enough for four small files.
export function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const compressed = zlib.deflateRawSync(data);
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(0x0800, 6); local.writeUInt16LE(8, 8);
    local.writeUInt32LE(0, 10); local.writeUInt32LE(crc, 14); local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(data.length, 22); local.writeUInt16LE(nameBytes.length, 26); local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10); central.writeUInt32LE(0, 12); central.writeUInt32LE(crc, 16); central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(data.length, 24); central.writeUInt16LE(nameBytes.length, 28); central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, compressed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + compressed.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(entries.length, 8); end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const args = parseArgs(process.argv.slice(2));
  const manifest = buildManifest({ appId: args['app-id'], domain: args.domain, version: args.version });
  const files = [
    { name: 'manifest.json', data: Buffer.from(JSON.stringify(manifest, null, 2)) },
    { name: 'en-us.json', data: fs.readFileSync(path.join(here, 'en-us.json')) },
    { name: 'color.png', data: fs.readFileSync(path.join(here, 'color.png')) },
    { name: 'outline.png', data: fs.readFileSync(path.join(here, 'outline.png')) },
  ];
  fs.mkdirSync(path.dirname(args.out), { recursive: true });
  fs.writeFileSync(args.out, zip(files));
  console.log(`Teams app package written to ${args.out} (app id ${args['app-id']}, version ${manifest.version})`);
}
