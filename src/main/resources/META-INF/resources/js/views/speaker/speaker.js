/*
 * The speaker view: a speaker's kind, names (aliases) and quote count, then their quotes a page
 * at a time.
 *
 * Hooks: #speaker-heading [data-testid=speaker-name], [data-testid=speaker-kind],
 * [data-testid=aliases] > li, [data-testid=speaker-quote-count]; the quotes in #speaker-quotes
 * (a quote list and pager, lists.js).
 */
import { api } from '../../api.js';
import { fill, h } from '../../dom.js';
import { kindLabel, plural } from '../../format.js';
import { PAGE_SIZE, renderPager, renderQuoteList } from '../../lists.js';
import { $, announce, loadInto } from '../../page.js';
import { renderProblem } from '../../render/problem.js';
import { appHref } from '../../render/link.js';
import { pageParam, setTitle, validId } from '../../router.js';

export async function show(params) {
  const id = validId(params.get('id'));
  const heading = $('#speaker-heading');
  const details = $('#speaker-details');
  const quotes = $('#speaker-quotes');
  fill(quotes);
  if (!id) {
    heading.textContent = 'Speaker';
    fill(details, renderProblem({ title: 'No speaker chosen', detail: 'The link has no valid speaker id.' }));
    return;
  }
  const page = pageParam(params);
  await loadInto(details, 'speaker', 'Loading speaker…', async (signal) => {
    const [speaker, quotePage] = await Promise.all([
      api(`speakers/${id}`, { signal }),
      api(`speakers/${id}/quotes`, { params: { page, size: PAGE_SIZE }, signal }),
    ]);
    heading.textContent = speaker.name || `Speaker ${id}`;
    setTitle(heading.textContent);
    fill(details, renderFacts(speaker, quotePage));
    const hrefFor = (p) => appHref({ view: 'speaker', id, page: p || null });
    fill(quotes, h('h2', { class: 'h3' }, 'Quotes'), renderQuoteList(quotePage, { showSpeaker: false }), renderPager(quotePage, hrefFor, 'quote'));
    announce(`${speaker.name}: ${plural(Number(quotePage.total) || 0, 'quote')}.`);
  }, () => { heading.textContent = 'Speaker'; });
}

function renderFacts(speaker, quotePage) {
  const aliases = Array.isArray(speaker.aliases) ? speaker.aliases : [];
  return [
    h('p', { class: 'speaker__facts' },
      h('span', { class: 'pill', 'data-testid': 'speaker-kind' }, kindLabel(speaker.kind)), ' ',
      h('span', { 'data-testid': 'speaker-quote-count' }, plural(Number(speaker.quoteCount ?? quotePage.total) || 0, 'quote')), ' · ',
      h('a', { href: appHref({ view: 'browse', speaker: speaker.name }) }, 'Search their quotes')),
    h('h2', { class: 'h3' }, 'Also known as'),
    aliases.length
      ? h('ul', { class: 'aliases', 'data-testid': 'aliases' }, aliases.map((a) => h('li', null, a)))
      : h('p', { class: 'muted', 'data-testid': 'aliases' }, 'No other names recorded.'),
  ];
}
