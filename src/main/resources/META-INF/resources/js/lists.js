/*
 * Lists of the web page: quotes (browse and speaker views) and the pager under a list.
 *
 * Hooks: [data-testid=quote-list] > li[data-testid=quote-item][data-quote-id] with
 * [data-testid=quote-text], [data-testid=quote-speaker], [data-testid=quote-article];
 * [data-testid=empty] when nothing matched; [data-testid=pager] with a[rel=prev], a[rel=next] and
 * [data-testid=pager-status].
 */
import { externalLink, h, joinWith } from './dom.js';
import { plural, timeEl } from './format.js';
import { appHref, SAME_PAGE, speakerLink } from './render/link.js';

export const PAGE_SIZE = 20;

/** A page of quotes ({items: [...]}); showSpeaker: false on a speaker's own page. */
export function renderQuoteList(page, { showSpeaker = true } = {}) {
  const items = page && Array.isArray(page.items) ? page.items : [];
  if (!items.length) return h('p', { class: 'empty', 'data-testid': 'empty' }, 'No quotes match.');
  return h('ol', { class: 'quote-list', 'data-testid': 'quote-list' }, items.map((q) => {
    const meta = [];
    if (showSpeaker) meta.push(h('span', { 'data-testid': 'quote-speaker' }, speakerLink(SAME_PAGE, q.speakerId, q.speaker)));
    if (q.outlet) meta.push(h('span', { class: 'quote__outlet' }, q.outlet));
    if (q.date) meta.push(timeEl(q.date));
    if (q.articleId != null) {
      meta.push(h('a', { href: appHref({ view: 'article', id: q.articleId, quote: q.id }), 'data-testid': 'quote-article' },
        q.articleTitle || 'Article'));
    }
    if (q.kind === 'FRAGMENT') meta.push(h('span', { class: 'pill' }, 'fragment'));
    const original = externalLink(q.url, 'Original');
    return h('li', { class: 'quote', 'data-testid': 'quote-item', 'data-quote-id': q.id },
      h('blockquote', { class: 'quote__text', 'data-testid': 'quote-text' }, q.text || ''),
      h('p', { class: 'quote__meta' }, joinWith(meta, ' · ')),
      h('p', { class: 'quote__actions' },
        h('a', { href: appHref({ q: q.text, speaker: q.speaker }) }, 'Verify this wording'),
        original ? [' · ', original] : null));
  }));
}

/** Previous/next links and "Page 2 of 5 · 87 quotes"; hrefFor(page) gives the link of a page. */
export function renderPager(page, hrefFor, noun) {
  const total = Number(page && page.total) || 0;
  const size = Number(page && page.size) || PAGE_SIZE;
  const current = Number(page && page.page) || 0;
  const pages = Math.max(1, Math.ceil(total / size));
  const step = (enabled, p, rel, text) => (enabled
    ? h('a', { href: hrefFor(p), rel, class: 'button button--small' }, text)
    : h('span', { class: 'button button--small button--disabled', 'aria-hidden': 'true' }, text));
  return h('nav', { class: 'pager', 'aria-label': 'Pages', 'data-testid': 'pager' },
    step(current > 0, current - 1, 'prev', '← Previous'),
    h('span', { class: 'pager__status', 'data-testid': 'pager-status' },
      `Page ${Math.min(current + 1, pages)} of ${pages} · ${plural(total, noun)}`),
    step(current + 1 < pages, current + 1, 'next', 'Next →'));
}
