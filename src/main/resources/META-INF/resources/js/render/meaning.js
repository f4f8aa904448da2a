/*
 * Meaning changes: edits that change what a quote says (a dropped "not", another number, another
 * name), as a callout listing each, and the lookup the word diff uses to outline those edits.
 * Shared by the web page and the browser extension (the build copies this file into the extension).
 *
 * Hooks: [data-testid=meaning-changes] > li[data-type=NEGATION|NUMBER|ENTITY|…|UNSPECIFIED].
 */
import { h } from '../dom.js';

/** Meaning-change type → label. A type not listed is shown capitalised ("QUOTE" → "Quote"). */
export const MEANING_LABELS = Object.freeze({
  NEGATION: 'Negation',
  NUMBER: 'Number',
  ENTITY: 'Name',
});

export function meaningLabel(type) {
  return MEANING_LABELS[type] || (type ? type.charAt(0) + type.slice(1).toLowerCase() : 'Change');
}

/** The callout; `changes` may be empty when the server only says that the meaning changed. */
export function renderMeaningChanges(changes) {
  const list = h('ul', { class: 'meaning__list', 'data-testid': 'meaning-changes' });
  if (!changes.length) list.append(h('li', { 'data-type': 'UNSPECIFIED' }, 'The edits change the meaning of the quote.'));
  for (const c of changes) list.append(h('li', { 'data-type': c.type || 'UNSPECIFIED' }, describeMeaningChange(c)));
  return h('div', { class: 'callout callout--danger meaning', role: 'note' },
    h('p', null, h('strong', null, 'Meaning changed. '), 'These edits change what the quote says, not just how it reads:'),
    list);
}

function describeMeaningChange(change) {
  const printed = (change.attested || '').trim();
  const yours = (change.submitted || '').trim();
  const parts = [h('strong', null, `${meaningLabel(change.type)}: `)];
  if (printed && !yours) parts.push('printed ', h('q', { class: 'meaning__printed' }, printed), ', missing from your version.');
  else if (yours && !printed) parts.push('your version adds ', h('q', { class: 'meaning__yours' }, yours), ', which was not printed.');
  else parts.push('printed ', h('q', { class: 'meaning__printed' }, printed), ', your version ', h('q', { class: 'meaning__yours' }, yours), '.');
  return parts;
}

function normalizeWords(text) {
  return ' ' + String(text || '').toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"')
    .replace(/[^\p{L}\p{N}'\s]+/gu, ' ').replace(/\s+/g, ' ').trim() + ' ';
}

/** The change among `changes` that an edit (submitted words, attested words) belongs to, if any. */
export function findMeaningChange(changes, submitted, attested) {
  const sub = normalizeWords(submitted);
  const att = normalizeWords(attested);
  return changes.find((c) => {
    const cs = normalizeWords(c.submitted).trim();
    const ca = normalizeWords(c.attested).trim();
    return (cs && sub.includes(` ${cs} `)) || (ca && att.includes(` ${ca} `));
  });
}
