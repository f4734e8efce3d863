// The Teams app package: manifest.json and its en-US localization validate against the official v1.30 schemas,
// the icons have the sizes and transparency Teams asks for, and the packager zips a flat package with the app id.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const manifestDir = path.resolve(here, '../../manifest');
const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

// The published schemas use regexes JavaScript refuses in unicode mode; compile them without it.
function validator(schema) {
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return (data) => (validate(data) ? [] : validate.errors.map((e) => `${e.instancePath} ${e.message}`));
}

const manifestSchema = readJson(path.join(here, 'schemas/teams-manifest.schema.json'));
const localizationSchema = readJson(require.resolve('@microsoft/app-manifest/build/json-schemas/teams/v1.30/MicrosoftTeams.Localization.schema.json'));

function png(file) {
  const data = fs.readFileSync(file);
  assert.equal(data.subarray(1, 4).toString(), 'PNG');
  const width = data.readUInt32BE(16);
  const height = data.readUInt32BE(20);
  const colorType = data[25];
  let idat = Buffer.alloc(0);
  for (let at = 8; at < data.length;) {
    const length = data.readUInt32BE(at);
    if (data.toString('latin1', at + 4, at + 8) === 'IDAT') idat = Buffer.concat([idat, data.subarray(at + 8, at + 8 + length)]);
    at += 12 + length;
  }
  const raw = zlib.inflateSync(idat);
  const stride = width * 4 + 1;
  const pixel = (x, y) => [...raw.subarray(y * stride + 1 + x * 4, y * stride + 1 + x * 4 + 4)];
  return { width, height, colorType, pixel };
}

function unzipNames(buffer) {
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  const entries = {};
  for (let i = 0; i < count; i++) {
    const nameLength = buffer.readUInt16LE(at + 28);
    const extra = buffer.readUInt16LE(at + 30);
    const comment = buffer.readUInt16LE(at + 32);
    const localOffset = buffer.readUInt32LE(at + 42);
    const compressedSize = buffer.readUInt32LE(at + 20);
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    const localStart = localOffset + 30 + buffer.readUInt16LE(localOffset + 26) + buffer.readUInt16LE(localOffset + 28);
    entries[name] = zlib.inflateRawSync(buffer.subarray(localStart, localStart + compressedSize));
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

test('manifest.json validates against the official Teams v1.30 schema', () => {
  assert.deepEqual(validator(manifestSchema)(readJson(path.join(manifestDir, 'manifest.json'))), []);
});

test('the bot is offered in personal, team and group chat scopes with zh-CN commands', () => {
  const manifest = readJson(path.join(manifestDir, 'manifest.json'));
  assert.deepEqual(manifest.bots[0].scopes, ['personal', 'team', 'groupChat']);
  assert.equal(manifest.localizationInfo.defaultLanguageTag, 'zh-cn');
  assert.deepEqual(manifest.bots[0].commandLists[0].commands.map((c) => c.title).slice(0, 3), ['认领', '暂停', '恢复']);
  assert.ok(manifest.validDomains.length > 0);
});

test('the en-US localization validates and translates every command', () => {
  const manifest = readJson(path.join(manifestDir, 'manifest.json'));
  const english = readJson(path.join(manifestDir, 'en-us.json'));
  assert.deepEqual(validator(localizationSchema)(english), []);
  manifest.bots[0].commandLists[0].commands.forEach((_, i) => {
    assert.ok(english[`bots[0].commandLists[0].commands[${i}].title`], `command ${i} has an English title`);
    assert.ok(english[`bots[0].commandLists[0].commands[${i}].description`], `command ${i} has an English description`);
  });
});

test('color.png is 192x192 with a fully transparent background', () => {
  const icon = png(path.join(manifestDir, 'color.png'));
  assert.deepEqual([icon.width, icon.height, icon.colorType], [192, 192, 6]);
  for (const [x, y] of [[0, 0], [191, 0], [0, 191], [191, 191], [20, 96]]) assert.equal(icon.pixel(x, y)[3], 0, `pixel ${x},${y} is transparent`);
  assert.equal(icon.pixel(96, 60)[3], 255);
});

test('outline.png is 32x32, white on a transparent background', () => {
  const icon = png(path.join(manifestDir, 'outline.png'));
  assert.deepEqual([icon.width, icon.height, icon.colorType], [32, 32, 6]);
  let white = 0;
  for (let y = 0; y < 32; y++) {
    for (let x = 0; x < 32; x++) {
      const [r, g, b, a] = icon.pixel(x, y);
      assert.ok(a === 0 || (r === 255 && g === 255 && b === 255 && a === 255), `pixel ${x},${y} is white or transparent`);
      if (a) white++;
    }
  }
  assert.ok(white > 50);
  assert.equal(icon.pixel(0, 0)[3], 0);
});

test('the packager fills in the app id and zips the files flat', () => {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'northpool-manifest-')), 'package.zip');
  const appId = '11111111-2222-3333-4444-555555555555';
  execFileSync('node', [path.join(manifestDir, 'build-package.mjs'), '--app-id', appId, '--domain', 'bot.contoso.com', '--version', '1.0.1', '--out', out]);

  const entries = unzipNames(fs.readFileSync(out));
  assert.deepEqual(Object.keys(entries).sort(), ['color.png', 'en-us.json', 'manifest.json', 'outline.png']);
  const manifest = JSON.parse(entries['manifest.json']);
  assert.deepEqual([manifest.id, manifest.bots[0].botId, manifest.version, manifest.validDomains], [appId, appId, '1.0.1', ['bot.contoso.com']]);
  assert.deepEqual(validator(manifestSchema)(manifest), []);
  assert.deepEqual(entries['color.png'], fs.readFileSync(path.join(manifestDir, 'color.png')));
});

test('the packager refuses a missing or placeholder app id', () => {
  for (const args of [[], ['--app-id', 'not-a-guid'], ['--app-id', '00000000-0000-0000-0000-000000000000']]) {
    assert.throws(() => execFileSync('node', [path.join(manifestDir, 'build-package.mjs'), ...args], { stdio: 'pipe' }), /--app-id must be/);
  }
});
