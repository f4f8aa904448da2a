/*
 * The word-level diff: printed wording → your wording, with a legend of the kinds of edit shown.
 * Shared by the web page and the browser extension (the build copies this file into the extension).
 *
 * Every kind of diff entry is one row of DIFF_OPS (how it is drawn, its legend line, whether it can
 * change the meaning); a new op is a new row. Entries whose op names no row are told apart by their
 * fields, so they do not depend on how `op` is spelled: only your words → insert, only printed
 * words → delete, both → replace.
 *
 * Hooks: [data-testid=diff] with ins/del/mark/span children carrying [data-op=insert|delete|replace|
 * elided|style|bracket|gloss]; .diff--meaning + [data-meaning=TYPE] on meaning-changing edits;
 * [data-testid=diff-legend] > li[data-legend=OP] (one per kind shown); [data-testid=diff-identical] when nothing differs.
 */
import { h, srOnly } from '../dom.js';
import { findMeaningChange, meaningLabel } from './meaning.js';

const NO_SPACE_BEFORE = /^[,.;:!?)\]}\u2019\u201d%…]/;

const note = (text) => h('span', { class: 'diff__note' }, text);

/**
 * op → { draw(submitted, attested) → node, legend() → legend item content (null: no legend line),
 * edit: true when the entry changes words and may change the meaning }.
 */
export const DIFF_OPS = Object.freeze({
  equal: {
    draw: (s, a) => h('span', { class: 'diff__equal' }, a || s),
    legend: null,
  },
  insert: {
    draw: (s) => h('ins', { class: 'diff__ins', 'data-op': 'insert' }, srOnly('[added] '), s),
    legend: () => [h('ins', { class: 'diff__ins' }, 'added'), ' words in your quote that were not printed'],
    edit: true,
  },
  delete: {
    draw: (s, a) => h('del', { class: 'diff__del', 'data-op': 'delete' }, srOnly('[missing] '), a),
    legend: () => [h('del', { class: 'diff__del' }, 'missing'), ' printed words your quote leaves out'],
    edit: true,
  },
  replace: {
    draw: (s, a) => h('mark', { class: 'diff__sub', 'data-op': 'replace' },
      h('del', { class: 'diff__del' }, srOnly('[printed] '), a),
      h('span', { class: 'diff__arrow', 'aria-hidden': 'true' }, ' → '),
      h('ins', { class: 'diff__ins' }, srOnly(' [yours] '), s)),
    legend: () => [h('mark', { class: 'diff__sub' }, h('del', { class: 'diff__del' }, 'printed'), ' → ',
      h('ins', { class: 'diff__ins' }, 'yours')), ' words changed'],
    edit: true,
  },
  elided: {
    draw: (s, a) => h('span', { class: 'diff__elided', 'data-op': 'elided', title: 'Left out with an ellipsis' },
      srOnly('[left out with an ellipsis] '), a || s),
    legend: () => [h('span', { class: 'diff__elided' }, 'dimmed'), ' printed words you cut with an ellipsis'],
  },
  style: {
    draw: (s, a) => h('span', { class: 'diff__style', 'data-op': 'style', title: a ? `Printed as “${a}”` : null },
      s || a, a && s && a !== s ? note(` printed as “${a}”`) : null),
    legend: () => [h('span', { class: 'diff__style' }, 'word', note(' printed as …')),
      ' the same word in another house style (not an error)'],
  },
  bracket: {
    draw: (s, a) => h('span', { class: 'diff__bracket', 'data-op': 'bracket', title: 'Editorial bracket' },
      s || a, note(a && s ? ` stands for printed “${a}”` : ' the editor’s mark, not the speaker’s')),
    legend: () => [h('span', { class: 'diff__bracket' }, '[…]'),
      ' an editorial bracket or note ([sic]): the journalist’s words, not an error'],
  },
  gloss: {
    draw: (s, a) => h('span', { class: 'diff__gloss', 'data-op': 'gloss', title: 'The outlet’s own gloss' },
      s || a, note(s ? ` for the outlet’s gloss “${a}”` : ' the outlet’s gloss, left out')),
    legend: () => [h('span', { class: 'diff__gloss' }, '(…)'),
      ' a gloss the outlet printed inside the quote: the outlet’s words, not the speaker’s (not an error)'],
  },
});

/** The row name of a diff entry. */
export function opOf(d) {
  const op = String(d.op || '').toLowerCase();
  if (op !== 'insert' && op !== 'delete' && op !== 'replace' && Object.prototype.hasOwnProperty.call(DIFF_OPS, op)) return op;
  const submitted = (d.submitted || '').trim();
  const attested = (d.attested || '').trim();
  if (op === '' && submitted === attested) return 'equal';
  if (submitted && !attested) return 'insert';
  if (attested && !submitted) return 'delete';
  return 'replace';
}

/** The diff as a figure; `changes` are the match's meaning changes (to outline the edits behind them). */
export function renderDiff(diff, changes) {
  const figure = h('figure', { class: 'diff-figure' },
    h('figcaption', { class: 'diff-figure__caption' }, 'Your quote compared with the printed wording, word by word (punctuation is not compared)'));
  const ops = diff.map(opOf);
  if (ops.every((op) => op === 'equal')) {
    figure.append(h('p', { class: 'diff diff--identical', 'data-testid': 'diff-identical' }, 'Word for word as printed.'));
    return figure;
  }
  const line = h('p', { class: 'diff', 'data-testid': 'diff' });
  diff.forEach((d, i) => {
    const submitted = (d.submitted || '').trim();
    const attested = (d.attested || '').trim();
    const row = DIFF_OPS[ops[i]];
    if (i > 0 && !NO_SPACE_BEFORE.test(attested || submitted)) line.append(' ');
    const node = row.draw(submitted, attested);
    const change = row.edit ? findMeaningChange(changes, submitted, attested) : null;
    if (change) {
      node.classList.add('diff--meaning');
      node.setAttribute('data-meaning', change.type || 'UNSPECIFIED');
      node.setAttribute('title', `Meaning change: ${meaningLabel(change.type).toLowerCase()}`);
    }
    line.append(node);
  });
  figure.append(line, renderLegend(new Set(ops), changes.length > 0));
  return figure;
}

/** A legend for the kinds of edit in `shown`, in the order of DIFF_OPS. */
function renderLegend(shown, withMeaning) {
  return h('ul', { class: 'legend', 'data-testid': 'diff-legend', 'aria-label': 'Legend' },
    Object.entries(DIFF_OPS).filter(([op, row]) => row.legend && shown.has(op)).map(([op, row]) => h('li', { 'data-legend': op }, row.legend())),
    withMeaning ? h('li', { 'data-legend': 'meaning' }, h('span', { class: 'diff__sample diff--meaning' }, 'outlined'), ' an edit that changes the meaning') : null);
}
