// Reads what a bot message shows: its text, or the texts, facts, input labels and button titles of its card.
const nested = ['body', 'items', 'columns', 'facts', 'actions', 'card', 'inlines', 'rows', 'cells'];

export function flattenCard(node) {
  if (Array.isArray(node)) return node.flatMap(flattenCard);
  if (!node || typeof node !== 'object') return [];
  const lines = [];
  if (typeof node.title === 'string' && typeof node.value === 'string') lines.push(`${node.title}: ${node.value}`);
  else if (typeof node.title === 'string') lines.push(`[${node.title}]`);
  if (typeof node.label === 'string') lines.push(`<${node.label}>`);
  if (typeof node.text === 'string') lines.push(node.text);
  for (const key of nested) if (key in node) lines.push(...flattenCard(node[key]));
  return lines;
}

export function cardOf(message) {
  const attachment = message.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
  return attachment?.content ?? null;
}

// A text reply's text, or a card reply's lines joined by newlines.
export function shown(message) {
  const card = cardOf(message);
  return card ? flattenCard(card).join('\n') : message.text;
}

// What the bot said in one sentence: the text, or the notice at the top of the card.
export function sentence(message) {
  const card = cardOf(message);
  return card ? flattenCard(card)[0] : message.text;
}

// The Action.Execute button with this verb anywhere on the card (inside Action.ShowCard forms too), as a client sees it.
export function findButton(card, verb) {
  for (const action of card.actions ?? []) {
    if (action.type === 'Action.Execute' && action.verb === verb) return action;
    if (action.type === 'Action.ShowCard') {
      const inner = findButton(action.card, verb);
      if (inner) return inner;
    }
  }
  for (const element of card.body ?? []) {
    const nested = element.type === 'ActionSet' ? findButton({ actions: element.actions }, verb) : null;
    if (nested) return nested;
  }
  return null;
}
