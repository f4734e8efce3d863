// Every card the bot can produce, as written by tests/NorthPool.Tests (CardGalleryTests) to artifacts/cards:
// parsed and rendered by the official adaptivecards renderer with no warning, valid against the Adaptive Card 1.5
// JSON schema, and under Teams' 28 KB.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderCard, schemaErrors } from './lib/renderer.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const folder = process.env.NORTHPOOL_CARD_DIR ?? path.resolve(here, '../../artifacts/cards');
const files = fs.existsSync(folder) ? fs.readdirSync(folder).filter((f) => f.endsWith('.json')).sort() : [];

test('the card gallery was written by the .NET tests', () => {
  assert.ok(files.length >= 100, `expected at least 100 cards in ${folder}; run the xunit tests first (scripts/test.sh does)`);
  for (const prefix of ['task.pooled.', 'task.inprogress.', 'task.paused.', 'task.done.', 'task.cancelled.', 'list.', 'help.']) {
    assert.ok(files.some((f) => f.startsWith(prefix)), `no ${prefix}* card`);
  }
  assert.ok(files.some((f) => f.endsWith('.en-US.json')) && files.some((f) => f.endsWith('.zh-CN.json')));
});

for (const file of files) {
  test(`card ${file}`, () => {
    const raw = fs.readFileSync(path.join(folder, file));
    const json = JSON.parse(raw);
    assert.ok(raw.length < 28 * 1024, `${raw.length} bytes`);
    assert.deepEqual(schemaErrors(json), []);
    const { problems, html, text } = renderCard(json);
    assert.deepEqual(problems, []);
    assert.ok(html.length > 200, 'renders to non-empty HTML');
    for (const line of bodyTexts(json.body)) assert.ok(text.includes(line), `rendered text lacks "${line}"`);
  });
}

// The texts of TextBlocks and the facts in the card body (not those inside Action.ShowCard, shown only on click).
function bodyTexts(elements = []) {
  return elements.flatMap((e) => [
    ...(e.type === 'TextBlock' ? [e.text] : []),
    ...(e.type === 'FactSet' ? e.facts.flatMap((f) => [f.title, f.value]) : []),
    ...bodyTexts(e.items ?? []),
    ...(e.columns ?? []).flatMap((c) => bodyTexts(c.items ?? [])),
  ]);
}

test('a broken card is caught by both checks', () => {
  const broken = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlok', text: 'x' }, { type: 'TextBlock' }] };
  assert.notDeepEqual(schemaErrors(broken), []);
  assert.notDeepEqual(renderCard(broken).problems, []);
});
