/*
 * The verdicts, as one table: verdict code → css class (colour), icon and label, plus what the
 * answer shows for it. A new verdict is a new row. Verdicts are never told by colour alone: the
 * badge carries the icon and the code, and the label says it in words.
 * Shared by the web page and the browser extension (the build copies this file into the extension).
 *
 * Hooks: [data-testid=verdict] (text = the verdict code), [data-testid=verdict-label];
 * the badge is .badge.badge--<css> with .badge__icon (aria-hidden).
 */
import { h } from '../dom.js';

/**
 * css: the modifier of .verdict--/.badge-- in answer.css; icon: a character shown next to the code;
 * label: the verdict in words. Optional: namesPrintedSpeakers (list who was printed as saying it),
 * describesUnnamedSources (say, without accusing anyone, that no source names the speaker and how the
 * sources describe them), matchHeading (heading of the closest match), noMatch (text when there is no
 * match at all).
 */
export const VERDICTS = Object.freeze({
  VERIFIED: { css: 'verified', icon: '✓', label: 'Verified — printed word for word' },
  EXCERPT: { css: 'excerpt', icon: '✂', label: 'Excerpt — an accurate part of a longer quote' },
  ALTERED: { css: 'altered', icon: '≠', label: 'Altered — the wording differs from print' },
  MISATTRIBUTED: {
    css: 'misattributed', icon: '✗', label: 'Misattributed — printed, but said by someone else',
    namesPrintedSpeakers: true,
  },
  UNATTRIBUTED: {
    css: 'unattributed', icon: '?', label: 'Unattributed — words attested, but no source establishes who said them',
    describesUnnamedSources: true,
  },
  NOT_FOUND: {
    css: 'not-found', icon: '∅', label: 'Not found in the stored articles',
    matchHeading: 'Closest printed wording',
    noMatch: 'No stored article prints these words. Check the spelling, try a shorter distinctive phrase, '
      + 'or add the article where you saw it.',
  },
});

/** The table row of `code` (with `code` added); an unknown code gets a neutral row labelled with the code. */
export function verdictOf(code) {
  const known = typeof code === 'string' && Object.prototype.hasOwnProperty.call(VERDICTS, code);
  const name = typeof code === 'string' && code ? code : 'UNKNOWN';
  return Object.assign({ code: name }, known ? VERDICTS[code] : { css: 'unknown', icon: '•', label: name });
}

/** The badge: icon and code, coloured by the verdict; `testid` names the code's hook (a passage part's is its own). */
export function renderBadge(verdict, testid = 'verdict') {
  return h('span', { class: `badge badge--${verdict.css}` },
    h('span', { class: 'badge__icon', 'aria-hidden': 'true' }, verdict.icon),
    h('span', { 'data-testid': testid }, verdict.code));
}

/** The heading of an answer: badge and label. */
export function renderVerdictHeading(verdict) {
  return h('header', { class: 'verdict__head' },
    h('h2', { id: 'verdict-heading', class: 'verdict__heading' },
      renderBadge(verdict), ' ',
      h('span', { class: 'verdict__label', 'data-testid': 'verdict-label' }, verdict.label)));
}
