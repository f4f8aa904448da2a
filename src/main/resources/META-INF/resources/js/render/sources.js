/*
 * Where the words were printed: the sources of a match as a timeline, earliest first, with the first
 * appearance marked; and whether a claimed outlet/date is among them.
 * Shared by the web page and the browser extension (the build copies this file into the extension).
 *
 * Hooks: [data-testid=sources] (ol) > li[data-testid=source][data-first=true|false], each with
 * [data-testid=source-outlet], [data-testid=source-date] (time[datetime]), [data-testid=source-title]
 * (link to the article view), [data-testid=source-link] (only for an http(s) url),
 * [data-testid=source-text], [data-testid=source-attributed-by] (the cue, when recorded), and
 * [data-testid=first-appearance] on the first one;
 * [data-testid=no-sources]; [data-testid=claimed-source][data-carried=true|false].
 */
import { externalLink, h } from '../dom.js';
import { formatDate, timeEl } from '../format.js';
import { clientLink } from './link.js';

/** The timeline section; `match` is the match the sources print (to dim variant wordings). */
export function renderSources(sources, match, links) {
  const section = h('section', { class: 'sources', 'aria-labelledby': 'sources-heading' },
    h('h3', { id: 'sources-heading' }, `Sources (${sources.length})`));
  if (!sources.length) {
    section.append(h('p', { class: 'muted', 'data-testid': 'no-sources' }, 'No source is listed for this match.'));
    return section;
  }
  const sorted = sources.map((s, i) => [s, i]).sort((a, b) => {
    const da = a[0].date || '9999', db = b[0].date || '9999';
    return da < db ? -1 : da > db ? 1 : a[1] - b[1];
  }).map(([s]) => s);
  section.append(h('ol', { class: 'timeline', 'data-testid': 'sources' }, sorted.map((s) => renderSource(s, match, links))));
  return section;
}

function renderSource(source, match, links) {
  const first = source.first === true;
  const titleText = source.title || 'Untitled article';
  const title = (source.articleId != null
    ? clientLink(links, { view: 'article', id: source.articleId, quote: source.quoteId }, titleText, { 'data-testid': 'source-title' })
    : null) || h('span', { 'data-testid': 'source-title' }, titleText);
  const original = externalLink(source.url, 'Original', { 'data-testid': 'source-link' });
  const variant = match && match.text && source.text !== match.text;
  return h('li', { class: 'timeline__item' + (first ? ' timeline__item--first' : ''), 'data-testid': 'source', 'data-first': String(first) },
    h('p', { class: 'timeline__when' }, timeEl(source.date, { 'data-testid': 'source-date' }),
      first ? [' ', h('span', { class: 'pill pill--first', 'data-testid': 'first-appearance' }, 'First appearance')] : null),
    h('p', { class: 'timeline__outlet', 'data-testid': 'source-outlet' }, source.outlet || 'Unknown outlet'),
    h('p', { class: 'timeline__title' }, title, original ? [' ', original] : null),
    source.text ? h('blockquote', { class: 'timeline__text' + (variant ? ' timeline__text--variant' : ''), 'data-testid': 'source-text' }, source.text) : null,
    renderAttributedBy(evidenceLine(source.attribution), { 'data-testid': 'source-attributed-by' }));
}

/** The line to show for an attribution: its cue as printed, else its method; null for none or NONE. */
function evidenceLine(attribution) {
  if (!attribution) return null;
  if (attribution.cue) return attribution.cue;
  return attribution.method && attribution.method !== 'NONE' ? attribution.method : null;
}

/** "attributed by: <em>Blinken said</em>", or null when there is no evidence line. */
export function renderAttributedBy(line, attrs) {
  if (!line) return null;
  return h('p', Object.assign({ class: 'evidence' }, attrs), h('span', { class: 'muted' }, 'attributed by: '), h('em', null, line));
}

/** "Source: CNN, 7 Aug 2024 carried these words." — or is not among the sources; null when nothing was claimed. */
export function renderClaimedSource(claimed) {
  if (!claimed || (!claimed.outlet && !claimed.date)) return null;
  const what = [claimed.outlet, claimed.date ? formatDate(claimed.date) : null].filter(Boolean).join(', ');
  return h('p', {
    class: 'verdict__speaker ' + (claimed.carried ? 'muted' : 'claimed--missing'),
    'data-testid': 'claimed-source', 'data-carried': String(Boolean(claimed.carried)),
  }, 'Source: ', h('q', null, what), claimed.carried ? ' carried these words' : ' is not among the sources of these words',
  claimed.syndicatedIn ? ` (${claimed.syndicatedIn} printed its copy).` : '.');
}
