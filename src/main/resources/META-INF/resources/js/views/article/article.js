/*
 * The article view: an article's text with every quote highlighted in place (a colour per
 * speaker), and its quotes in text order with links to the text and to a check.
 *
 * Hooks: #article-heading [data-testid=article-title], [data-testid=article-meta],
 * [data-testid=article-text] with mark[data-testid=article-quote][data-quote-id] (id="quote-<id>";
 * the one named by `&quote=` has .quote-mark--target), [data-testid=article-quotes] > li (jump
 * links a[data-jump], [data-testid=attribution] from render/attribution.js, the correction form of
 * correct.js), [data-testid=speaker-legend].
 */
import { api } from '../../api.js';
import { externalLink, fill, h, joinWith } from '../../dom.js';
import { plural, timeEl } from '../../format.js';
import { highlightText } from '../../highlight.js';
import { $, announce, loadInto } from '../../page.js';
import { appHref, SAME_PAGE, speakerLink } from '../../render/link.js';
import { attributionLine } from '../../render/attribution.js';
import { renderProblem } from '../../render/problem.js';
import { setTitle, validId } from '../../router.js';
import { loadAllQuotes } from './quotes.js';
import { speakerColours } from './colours.js';
import { correctionControls } from './correct.js';

export async function show(params) {
  const id = validId(params.get('id'));
  const target = validId(params.get('quote'));
  const heading = $('#article-heading');
  const details = $('#article-details');
  if (!id) {
    heading.textContent = 'Article';
    fill(details, renderProblem({ title: 'No article chosen', detail: 'The link has no valid article id.' }));
    return;
  }
  await loadInto(details, 'article', 'Loading article…', async (signal) => {
    const [article, quotes] = await Promise.all([api(`articles/${id}`, { signal }), loadAllQuotes(id, signal)]);
    heading.textContent = article.title || 'Untitled article';
    setTitle(heading.textContent);
    const colours = speakerColours(quotes);
    const body = h('div', { class: 'article-text', 'data-testid': 'article-text' });
    const marks = highlightText(body, typeof article.text === 'string' ? article.text : '',
      quotes.map((q) => ({ key: String(q.id), start: q.startOffset, end: q.endOffset, quote: q })),
      (span, slice) => h('mark', {
        class: `quote-mark quote-mark--c${colours.of(span.quote)}`,
        id: `quote-${span.key}`,
        'data-testid': 'article-quote',
        'data-quote-id': span.key,
        title: span.quote.speaker ? `Quote by ${span.quote.speaker}` : 'Quote',
        tabindex: '-1',
      }, slice));

    fill(details, renderMeta(article, quotes), colours.legend(),
      h('h2', { class: 'visually-hidden' }, 'Text'), body,
      h('h2', { class: 'h3' }, `Quotes in this article (${quotes.length})`),
      quotes.length ? renderQuoteIndex(quotes, marks, article.text, (updated) => {
        const again = new URLSearchParams(params);
        again.set('quote', String(updated.id));
        show(again).then(() => announce(`Correction saved: ${updated.speaker || 'unknown'}.`));
      }) : h('p', { class: 'muted', 'data-testid': 'empty' }, 'No quotes were extracted from this article.'));
    announce(`${article.title || 'Article'} loaded, ${plural(quotes.length, 'quote')} highlighted.`);

    const mark = target ? marks.get(target) : null;
    if (mark) {
      mark.classList.add('quote-mark--target');
      window.setTimeout(() => { mark.scrollIntoView({ block: 'center' }); }, 0);
    }
  }, () => { heading.textContent = 'Article'; });
}

function renderMeta(article, quotes) {
  return h('p', { class: 'article-meta muted', 'data-testid': 'article-meta' }, joinWith([
    h('strong', null, article.outlet || 'Unknown outlet'),
    timeEl(article.publishedAt),
    article.author ? `by ${article.author}` : null,
    plural(quotes.length, 'quote'),
    externalLink(article.url, 'Original article'),
  ].filter(Boolean), ' · '));
}

/** The article's speakers, once each, in order of their first quote. */
function speakersOf(quotes) {
  const seen = new Map();
  for (const q of quotes) if (q.speakerId != null && !seen.has(q.speakerId)) seen.set(q.speakerId, { id: q.speakerId, name: q.speaker });
  return [...seen.values()];
}

/**
 * The quotes in text order, each with a jump to its mark, a link to check it, how its speaker was
 * decided and a form to correct it.
 */
function renderQuoteIndex(quotes, marks, text, onCorrected) {
  const speakers = speakersOf(quotes);
  return h('ol', { class: 'article-quotes', 'data-testid': 'article-quotes' }, quotes.map((q) => {
    const mark = marks.get(String(q.id));
    const [correctButton, correctForm] = correctionControls(q, speakers, onCorrected);
    return h('li', { 'data-quote-id': q.id },
      h('blockquote', null, q.text || ''),
      h('p', { class: 'muted' }, joinWith([
        speakerLink(SAME_PAGE, q.speakerId, q.speaker),
        q.kind === 'FRAGMENT' ? 'fragment' : null,
        mark ? h('a', { href: `#${mark.id}`, class: 'jump', 'data-jump': mark.id }, 'Show in text') : h('span', null, 'not located in the text'),
        h('a', { href: appHref({ q: q.text, speaker: q.speaker }) }, 'Verify'),
        correctButton,
      ].filter(Boolean), ' · ')),
      q.attribution ? h('p', { class: 'muted attribution-line' }, attributionLine(q.attribution, text)) : null,
      correctForm);
  }));
}
