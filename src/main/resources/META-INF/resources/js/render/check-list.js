/*
 * A page check (POST /api/v1/check) as a list: a summary line, then every quote in text order with
 * its verdict badge and label (verdict.js), who the page says spoke, the explanation, the first
 * appearance, and a link to the quote's check in the Verbatim web client, where its sources are
 * listed. Shared by the web page's check view and the extension's page panel (the build copies this
 * file into the extension); marks.js marks the same quotes in the text.
 *
 * Hooks: [data-testid=check-list] > [data-testid=check-summary], [data-testid=check-quotes] >
 * li[data-verdict][data-index] holding [data-testid=check-verdict] (the code),
 * [data-testid=check-quote], [data-testid=check-speaker], [data-testid=check-sources-link],
 * [data-testid=check-show] (shows the mark in the text) and .check-item--attention for quotes the
 * answer's summary lists as needing attention.
 */
import { h } from '../dom.js';
import { formatDate, plural } from '../format.js';
import { clientLink } from './link.js';
import { renderBadge, VERDICTS, verdictOf } from './verdict.js';

/** One sentence about the check, for a live region and the summary line. */
export function checkSummary(answer) {
  const s = (answer && answer.summary) || {};
  const found = Number(s.quotesFound) || 0;
  if (!found) return 'No quotations found in this text.';
  const counts = Object.keys(VERDICTS)
    .filter((code) => s.byVerdict && s.byVerdict[code])
    .map((code) => `${s.byVerdict[code]} ${code.replace('_', ' ').toLowerCase()}`);
  const attention = Array.isArray(s.attention) ? s.attention.length : 0;
  return `${plural(found, 'quote', 'quotes')} checked: ${counts.join(', ')}`
    + (attention ? `; ${attention} need${attention === 1 ? 's' : ''} attention.` : '.')
    + (s.unchecked ? ` ${s.unchecked} not checked (limits).` : '');
}

function firstAppearance(first) {
  if (!first || !first.outlet) return null;
  return h('p', { class: 'check-item__first muted', 'data-testid': 'check-first' },
    'First printed by ', h('strong', null, first.outlet), first.date ? ` on ${formatDate(first.date)}` : '');
}

function item(quote, index, attention, { links, onShow }) {
  const verdict = verdictOf(quote.verdict);
  const speaker = quote.speaker && quote.speaker.name ? quote.speaker.name : null;
  const sources = clientLink(links, { q: quote.text, speaker: speaker && quote.speaker.claimed ? speaker : '' },
    quote.sourceCount ? `Sources in Verbatim (${quote.sourceCount})` : 'Check in Verbatim',
    { 'data-testid': 'check-sources-link' });
  let show = null;
  if (onShow) {
    show = h('button', { class: 'link-button', type: 'button', 'data-testid': 'check-show' }, 'Show in text');
    show.addEventListener('click', () => onShow(index));
  }
  return h('li', {
    class: `check-item check-item--${verdict.css}${attention ? ' check-item--attention' : ''}`,
    'data-verdict': verdict.code, 'data-index': String(index),
  },
  h('p', { class: 'check-item__head' }, renderBadge(verdict, 'check-verdict'), ' ',
    h('span', { class: 'check-item__label' }, verdict.label),
    attention ? h('span', { class: 'pill check-item__attention' }, 'needs attention') : null),
  h('blockquote', { class: 'check-item__quote', 'data-testid': 'check-quote' }, quote.text),
  h('p', { class: 'check-item__speaker muted', 'data-testid': 'check-speaker' },
    speaker ? `As said by ${speaker}` : 'Speaker not named on the page'),
  quote.explanation ? h('p', { class: 'check-item__explanation' }, quote.explanation) : null,
  firstAppearance(quote.firstAppearance),
  h('p', { class: 'check-item__actions' }, sources, sources && show ? ' · ' : null, show));
}

/**
 * The list. options.links: link.js links (the web page's own, or the extension's to its server);
 * options.onShow(index): called by each quote's "Show in text" button (left out when not given).
 */
export function renderCheckList(answer, { links, onShow = null } = {}) {
  const quotes = Array.isArray(answer && answer.quotes) ? answer.quotes : [];
  const attention = new Set((answer && answer.summary && answer.summary.attention) || []);
  return h('section', { class: 'check-list', 'data-testid': 'check-list', 'aria-label': 'Quotes on this page' },
    h('p', { class: 'check-list__summary', 'data-testid': 'check-summary' }, checkSummary(answer)),
    quotes.length ? h('ol', { class: 'check-list__quotes', 'data-testid': 'check-quotes' },
      quotes.map((q, i) => item(q, i, attention.has(i), { links, onShow }))) : null);
}
