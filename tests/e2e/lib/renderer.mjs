// The official Adaptive Cards renderer (npm adaptivecards) in a jsdom window, and the Adaptive Card 1.5 schema.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));

const dom = new JSDOM('<!doctype html><html><body></body></html>');
// jsdom has no layout, so no innerText; the renderer writes every text through it.
Object.defineProperty(dom.window.HTMLElement.prototype, 'innerText', {
  get() { return this.textContent; },
  set(value) { this.textContent = value; },
  configurable: true,
});
for (const name of Object.getOwnPropertyNames(dom.window)) {
  if (!(name in globalThis) && /^(HTML|SVG|Node|Element|Event|Document|Text|getComputedStyle|navigator|DOMParser|MutationObserver)/.test(name)) {
    globalThis[name] = dom.window[name];
  }
}
globalThis.window ??= dom.window;
globalThis.document ??= dom.window.document;
const AC = require('adaptivecards/dist/adaptivecards.js');
// Plain text is what a renderer without a markdown library shows; say so instead of warning on every card.
AC.AdaptiveCard.onProcessMarkdown = (_text, result) => { result.didProcess = false; };

// Parse (no warnings or errors), validate properties (none) and render to non-empty HTML.
export function renderCard(json) {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  card.parse(json, context);
  const problems = [];
  for (let i = 0; i < context.eventCount; i++) problems.push(`parse: ${context.getEventAt(i).message}`);
  for (const event of card.validateProperties().validationEvents) problems.push(`validate: ${event.message}`);
  const element = card.render();
  return { problems, html: element?.outerHTML ?? '', text: element?.textContent ?? '' };
}

// The published 1.5 schema with its known flaws fixed in memory (shared/schemas/README.md): the renderers read
// Table.firstRowAsHeaders (plural), "rtl?" is a typo for "rtl", and its draft-06 root still names itself with the
// draft-04 "id", which Ajv 8 refuses.
function schema() {
  const published = JSON.parse(fs.readFileSync(path.join(here, '../schemas/adaptive-card.json'), 'utf8'));
  published.$id = published.id;
  delete published.id;
  const table = published.definitions.Table.properties;
  table.firstRowAsHeaders = table.firstRowAsHeader;
  for (const name of ['Container', 'TableCell']) {
    const properties = published.definitions[name].properties;
    if (properties['rtl?']) {
      properties.rtl = properties['rtl?'];
      delete properties['rtl?'];
    }
  }
  return published;
}

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
const validateSchema = ajv.compile(schema());

export function schemaErrors(json) {
  return validateSchema(json) ? [] : validateSchema.errors.map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
}
