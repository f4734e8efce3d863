// The Teams app package: manifest.json and its en-US localization validate against the official v1.30 schemas,
// the icons have the sizes and transparency Teams asks for, and the packager zips a flat package with the app id.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { unzipSync } from 'fflate';
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

test('the app offers 我的任务 and the kanban as personal tabs and the dashboard as a channel tab, signed in with Teams SSO', () => {
  const manifest = readJson(path.join(manifestDir, 'manifest.json'));
  const english = readJson(path.join(manifestDir, 'en-us.json'));
  assert.deepEqual(manifest.staticTabs.map((t) => [t.entityId, t.name, t.contentUrl && new URL(t.contentUrl).pathname + new URL(t.contentUrl).search]),
    [['mytasks', '我的任务', '/kanban?owner=me'], ['kanban', '任务看板', '/kanban'], ['conversations', undefined, undefined]]);
  assert.deepEqual([english['staticTabs[0].name'], english['staticTabs[1].name']], ['My tasks', 'Task board']);
  assert.deepEqual(manifest.configurableTabs.map((t) => [new URL(t.configurationUrl).pathname, t.scopes, t.context]), [['/tab-config', ['team'], ['channelTab']]]);
  assert.match(manifest.webApplicationInfo.resource, /^api:\/\/northpool\.example\.com\/0{8}-/);
});

test('the packager fills in the app id and the domain everywhere, zips the files flat, and the result validates', () => {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'northpool-manifest-')), 'package.zip');
  const appId = '11111111-2222-3333-4444-555555555555';
  execFileSync('node', [path.join(manifestDir, 'build-package.mjs'), '--app-id', appId, '--domain', 'bot.contoso.com', '--version', '1.0.1', '--out', out]);

  const entries = unzipSync(fs.readFileSync(out));
  assert.deepEqual(Object.keys(entries).sort(), ['color.png', 'en-us.json', 'manifest.json', 'outline.png']);
  const manifest = JSON.parse(Buffer.from(entries['manifest.json']).toString('utf8'));
  assert.deepEqual([manifest.id, manifest.bots[0].botId, manifest.version, manifest.validDomains], [appId, appId, '1.0.1', ['bot.contoso.com']]);
  assert.deepEqual(manifest.webApplicationInfo, { id: appId, resource: `api://bot.contoso.com/${appId}` });
  const urls = [...manifest.staticTabs.flatMap((t) => [t.contentUrl, t.websiteUrl]), ...manifest.configurableTabs.map((t) => t.configurationUrl)].filter(Boolean);
  assert.equal(urls.length, 5);
  for (const url of urls) assert.equal(new URL(url).origin, 'https://bot.contoso.com');
  assert.deepEqual(validator(manifestSchema)(manifest), []);
  assert.deepEqual(Buffer.from(entries['color.png']), fs.readFileSync(path.join(manifestDir, 'color.png')));
});

test('the packager refuses a missing or placeholder app id or domain', () => {
  const packager = path.join(manifestDir, 'build-package.mjs');
  for (const args of [[], ['--app-id', 'not-a-guid'], ['--app-id', '00000000-0000-0000-0000-000000000000', '--domain', 'bot.contoso.com']]) {
    assert.throws(() => execFileSync('node', [packager, ...args], { stdio: 'pipe' }), /--app-id must be/);
  }
  for (const domain of [null, 'https://bot.contoso.com', 'bot.contoso.com/tabs', 'northpool.example.com']) {
    const args = ['--app-id', '11111111-2222-3333-4444-555555555555', ...(domain ? ['--domain', domain] : [])];
    assert.throws(() => execFileSync('node', [packager, ...args], { stdio: 'pipe' }), /--domain must be/);
  }
});
