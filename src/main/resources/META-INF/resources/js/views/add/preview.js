/*
 * Preview of an article (POST /api/v1/articles/preview): the quotes Verbatim would extract and the
 * cleaned text with them highlighted; nothing is stored.
 *
 * Hooks: #preview-button; #add-preview [data-testid=preview] > [data-testid=preview-count],
 * [data-testid=preview-quotes] > li[data-testid=preview-quote] with [data-testid=preview-speaker],
 * and [data-testid=preview-text] (cleaned text, quotes highlighted); the speaker of each quote can
 * be changed before saving (overrides.js).
 */
import { api, freshSignal, isAbort, toProblem } from '../../api.js';
import { fill, h, joinWith } from '../../dom.js';
import { kindLabel, plural } from '../../format.js';
import { highlightText } from '../../highlight.js';
import { $, announce, announceProblem, setBusy } from '../../page.js';
import { attributionLine } from '../../render/attribution.js';
import { loading } from '../../render/loading.js';
import { articleBody, clearAddErrors, showAddProblem } from './form.js';
import { overrideControls, resetOverrides } from './overrides.js';

export async function runPreview() {
  clearAddErrors();
  const body = articleBody();
  if (!body.text) {
    showAddProblem({ title: 'Nothing to preview', detail: 'Paste the article text first.', errors: [{ field: 'text', message: 'must not be blank' }] });
    return;
  }
  const preview = $('#add-preview');
  const signal = freshSignal('add');
  resetOverrides();
  setBusy(preview, true);
  fill($('#add-status'));
  fill(preview, loading('Extracting quotes…'));
  try {
    const data = await api('articles/preview', { method: 'POST', body, signal });
    fill(preview, renderPreview(data));
    announce(`Preview: ${plural(Array.isArray(data.quotes) ? data.quotes.length : 0, 'quote')} found.`);
  } catch (error) {
    if (isAbort(error)) return;
    fill(preview);
    const problem = toProblem(error);
    showAddProblem(problem);
    announceProblem(problem);
  } finally {
    if (!signal.aborted) setBusy(preview, false);
  }
}

function renderPreview(data) {
  const quotes = Array.isArray(data.quotes) ? data.quotes : [];
  const wrap = h('section', { class: 'card preview', 'aria-labelledby': 'preview-heading' },
    h('h2', { id: 'preview-heading', class: 'h3' }, 'Preview — nothing saved yet'),
    h('p', { 'data-testid': 'preview-count' }, `${plural(quotes.length, 'quote')} would be extracted.`));
  if (quotes.length) {
    wrap.append(h('ol', { class: 'preview__quotes', 'data-testid': 'preview-quotes' }, quotes.map((q, i) => {
      const speaker = h('strong', { 'data-testid': 'preview-speaker' }, q.speaker || 'unknown');
      const located = Number.isInteger(q.start) && Number.isInteger(q.end);
      const [open, fields] = located ? overrideControls(q, i, speaker) : [null, null];
      return h('li', { 'data-testid': 'preview-quote' },
        h('blockquote', null, q.text || ''),
        h('p', { class: 'muted' }, joinWith([
          h('span', null, 'Speaker: ', speaker),
          q.speakerKind && q.speakerKind !== 'PERSON' ? kindLabel(q.speakerKind) : null,
          q.kind === 'FRAGMENT' ? 'fragment' : (q.kind ? 'full quote' : null),
          q.continuesPrevious ? 'continues the previous quote' : null,
          located ? h('a', { href: `#preview-quote-${i}`, 'data-jump': `preview-quote-${i}` }, 'Show in text') : null,
          open,
        ].filter(Boolean), ' · ')),
        q.attribution ? h('p', { class: 'muted attribution-line' }, attributionLine(q.attribution, data.text)) : null,
        fields);
    })));
  }
  if (typeof data.text === 'string' && data.text) {
    const body = h('div', { class: 'article-text', 'data-testid': 'preview-text' });
    highlightText(body, data.text, quotes.map((q, i) => ({ key: String(i), start: q.start, end: q.end, quote: q })),
      (span, slice) => h('mark', { class: 'quote-mark quote-mark--c0', id: `preview-quote-${span.key}`, tabindex: '-1', title: span.quote.speaker ? `Quote by ${span.quote.speaker}` : 'Quote' }, slice));
    wrap.append(h('details', { class: 'preview__text', open: true }, h('summary', null, 'Cleaned text with the quotes highlighted'), body));
  }
  return wrap;
}
