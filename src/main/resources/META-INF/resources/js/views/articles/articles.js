/*
 * The article list view: stored articles searched by words in title or text and by outlet.
 *
 * Hooks: #articles-form, #articles-q, #articles-outlet; #articles-results [data-testid=article-results]
 * with [data-testid=article-list] > li[data-testid=article-item][data-article-id], a pager
 * (lists.js) and [data-testid=empty] when nothing matched.
 */
import { api } from '../../api.js';
import { fill, h, joinWith } from '../../dom.js';
import { plural, timeEl } from '../../format.js';
import { PAGE_SIZE, renderPager } from '../../lists.js';
import { $, announce, loadInto } from '../../page.js';
import { appHref } from '../../render/link.js';
import { navigate, pageParam } from '../../router.js';

export function init() {
  $('#articles-form').addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(appHref({ view: 'articles', q: $('#articles-q').value.trim(), outlet: $('#articles-outlet').value.trim() }), { focus: false });
  });
}

export async function show(params) {
  const q = (params.get('q') || '').trim();
  const outlet = (params.get('outlet') || '').trim();
  $('#articles-q').value = q;
  $('#articles-outlet').value = outlet;
  const page = pageParam(params);
  const results = $('#articles-results');
  await loadInto(results, 'articles', 'Loading articles…', async (signal) => {
    const data = await api('articles', { params: { q, outlet, page, size: PAGE_SIZE }, signal });
    const items = Array.isArray(data.items) ? data.items : [];
    fill(results,
      items.length ? h('ol', { class: 'article-list', 'data-testid': 'article-list' }, items.map(renderArticleItem))
        : h('p', { class: 'empty', 'data-testid': 'empty' }, 'No articles match.'),
      renderPager(data, (p) => appHref({ view: 'articles', q, outlet, page: p || null }), 'article'));
    announce(`${plural(Number(data.total) || 0, 'article')} found.`);
  });
}

function renderArticleItem(a) {
  return h('li', { class: 'article-item', 'data-testid': 'article-item', 'data-article-id': a.id },
    h('p', { class: 'article-item__title' }, h('a', { href: appHref({ view: 'article', id: a.id }) }, a.title || 'Untitled article')),
    h('p', { class: 'muted' }, joinWith([
      a.outlet || 'Unknown outlet', timeEl(a.publishedAt), a.author ? `by ${a.author}` : null,
      typeof a.quoteCount === 'number' ? plural(a.quoteCount, 'quote') : null,
    ].filter(Boolean), ' · ')));
}
