/*
 * The browse view: quotes searched by words, speaker (names and aliases), outlet and dates, with
 * the speakers matching the typed name as chips above the results.
 *
 * Hooks: #browse-form, #browse-q, #browse-speaker, #browse-outlet, #browse-from, #browse-to,
 * #browse-button; #browse-results [data-testid=browse-results] (a quote list and pager, lists.js);
 * #browse-speakers [data-testid=speaker-results] > a (matching speakers).
 */
import { api } from '../../api.js';
import { fill, h } from '../../dom.js';
import { plural } from '../../format.js';
import { PAGE_SIZE, renderPager, renderQuoteList } from '../../lists.js';
import { $, announce, loadInto } from '../../page.js';
import { appHref } from '../../render/link.js';
import { navigate, pageParam } from '../../router.js';

const FIELDS = ['q', 'speaker', 'outlet', 'from', 'to'];

export function init() {
  const form = $('#browse-form');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = { view: 'browse' };
    for (const f of FIELDS) params[f] = $(`#browse-${f}`).value.trim();
    navigate(appHref(params), { focus: false });
  });
  form.addEventListener('reset', () => {
    window.setTimeout(() => navigate(appHref({ view: 'browse' }), { focus: false }), 0);
  });
}

export async function show(params) {
  const filters = {};
  for (const f of FIELDS) {
    filters[f] = (params.get(f) || '').trim();
    $(`#browse-${f}`).value = filters[f];
  }
  const page = pageParam(params);
  const results = $('#browse-results');
  await loadInto(results, 'browse', 'Searching quotes…', async (signal) => {
    showSpeakers(filters.speaker, signal);
    const data = await api('quotes', { params: Object.assign({}, filters, { page, size: PAGE_SIZE }), signal });
    const hrefFor = (p) => appHref(Object.assign({ view: 'browse' }, filters, { page: p || null }));
    fill(results, renderQuoteList(data), renderPager(data, hrefFor, 'quote'));
    announce(`${plural(Number(data.total) || 0, 'quote')} found.`);
  });
}

/** The speakers whose names match `name`, as links to their pages (errors are left to the quote search). */
function showSpeakers(name, signal) {
  const chips = $('#browse-speakers');
  fill(chips);
  if (!name) return;
  api('speakers', { params: { q: name, size: 10 }, signal }).then((data) => {
    const items = data && Array.isArray(data.items) ? data.items : [];
    if (!items.length) return;
    fill(chips, h('span', { class: 'muted' }, 'Speakers: '),
      items.map((s) => h('a', { href: appHref({ view: 'speaker', id: s.id }), class: 'chip' },
        s.name, typeof s.quoteCount === 'number' ? h('span', { class: 'chip__count' }, ` ${s.quoteCount}`) : null)));
  }).catch(() => { /* the quote search shows errors */ });
}
