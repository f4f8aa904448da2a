/*
 * The printed wording an answer rests on: the best match (speaker, wording, similarity, the printed
 * text with the matched part marked, meaning changes, the diff and the sources) and the other
 * candidate matches. Shared by the web page and the browser extension (the build copies this file
 * into the extension).
 *
 * Hooks: [data-testid=best-match] with [data-testid=match-speaker], [data-testid=attributed-by] (the
 * cue the speaker was decided by, when the server sends one), [data-testid=match-text]
 * ([data-testid=matched-part] when only part of the printed quote matched);
 * [data-testid=other-matches] > li.
 */
import { h, joinWith, srOnly } from '../dom.js';
import { plural } from '../format.js';
import { renderDiff } from './diff.js';
import { speakerLink } from './link.js';
import { renderMeaningChanges } from './meaning.js';
import { renderAttributedBy, renderSources } from './sources.js';

const list = (value) => (Array.isArray(value) ? value : []);
const percent = (score) => `similarity ${Math.round(score * 100)}%`;

/** The best match; `verdict` is the verdict's table row (for the heading). */
export function renderBestMatch(match, verdict, links) {
  const facts = [];
  if (match.speaker) facts.push(h('span', { 'data-testid': 'match-speaker' }, speakerLink(links, match.speakerId, match.speaker)));
  if (match.wording) facts.push(h('span', null, `wording: ${String(match.wording).toLowerCase()}`));
  if (match.kind) facts.push(h('span', null, match.kind === 'FRAGMENT' ? 'fragment of a quote' : 'full quote'));
  if (typeof match.score === 'number') facts.push(h('span', null, percent(match.score)));
  const changes = list(match.meaningChanges);
  const diff = list(match.diff);
  return h('section', { class: 'match', 'data-testid': 'best-match', 'aria-labelledby': 'best-match-heading' },
    h('h3', { id: 'best-match-heading' }, verdict.matchHeading || 'Best match'),
    h('p', { class: 'match__meta' }, joinWith(facts, ' · ')),
    renderAttributedBy(match.attributedBy, { 'data-testid': 'attributed-by' }),
    match.text ? renderMatchText(match) : null,
    match.meaningChanged || changes.length ? renderMeaningChanges(changes) : null,
    diff.length ? renderDiff(diff, changes) : null,
    renderSources(list(match.sources), match, links));
}

/**
 * The attested wording; when only part of it was matched (an excerpt), that part is marked
 * with attestedStart/attestedEnd (offsets into match.text) and the rest is dimmed.
 */
function renderMatchText(match) {
  const text = match.text;
  const quote = h('blockquote', { class: 'match__text', 'data-testid': 'match-text' });
  const start = match.attestedStart;
  const end = match.attestedEnd;
  const partial = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= text.length
    && (start > 0 || end < text.length);
  if (!partial) {
    quote.append(text);
    return quote;
  }
  if (start > 0) quote.append(h('span', { class: 'match__context' }, text.slice(0, start)));
  quote.append(h('mark', { class: 'match__quoted', 'data-testid': 'matched-part' }, srOnly('[your words] '), text.slice(start, end)));
  if (end < text.length) quote.append(h('span', { class: 'match__context' }, text.slice(end)));
  return h('div', null, quote, h('p', { class: 'hint' }, 'Highlighted: the part of the printed quote your words match.'));
}

/** The other candidates, folded away. */
export function renderOtherMatches(matches, links) {
  return h('details', { class: 'other-matches' },
    h('summary', null, `Other candidate matches (${matches.length})`),
    h('ol', { class: 'other-matches__list', 'data-testid': 'other-matches' }, matches.map((m) => {
      const sources = list(m.sources);
      return h('li', null,
        h('blockquote', null, m.text || ''),
        h('p', { class: 'muted' }, joinWith([
          m.speaker ? speakerLink(links, m.speakerId, m.speaker) : null,
          m.wording ? `wording: ${String(m.wording).toLowerCase()}` : null,
          typeof m.score === 'number' ? percent(m.score) : null,
          sources.length ? plural(sources.length, 'source') : null,
        ].filter(Boolean), ' · ')));
    })));
}
