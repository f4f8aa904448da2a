/*
 * A passage's parts (a verify answer's `parts`: a submission of several sentences that spans several
 * printed quotes, each part verified on its own), as an ordered list: each part's badge, its words,
 * its own explanation, and the diff of its match when the wording differs. The passage's verdict is
 * the weakest part's, so the list shows which part decided it.
 * Shared by the web page and the browser extension (the build copies this file into the extension).
 *
 * Hooks: [data-testid=passage-parts] > li[data-testid=passage-part][data-verdict=CODE] holding
 * [data-testid=part-verdict], [data-testid=part-text], [data-testid=part-explanation], and a diff for
 * parts whose match is not word for word.
 */
import { h } from '../dom.js';
import { renderDiff } from './diff.js';
import { renderBadge, verdictOf } from './verdict.js';

/** The list, or null when the answer is for a single quote. */
export function renderPassageParts(parts) {
  if (!Array.isArray(parts) || parts.length < 2) return null;
  return h('section', { class: 'passage', 'data-testid': 'passage-parts', 'aria-label': 'Parts of the passage' },
    h('h3', null, `A passage of ${parts.length} parts, each checked on its own`),
    h('ol', { class: 'passage__parts' }, ...parts.map(renderPart)));
}

function renderPart(part) {
  const verdict = verdictOf(part.verdict);
  const match = part.match;
  const edited = match && match.wording && match.wording !== 'EXACT' && match.wording !== 'EXCERPT';
  return h('li', { class: `passage__part passage__part--${verdict.css}`, 'data-testid': 'passage-part', 'data-verdict': verdict.code },
    renderBadge(verdict, 'part-verdict'), ' ',
    h('q', { 'data-testid': 'part-text' }, part.text || ''),
    part.explanation ? h('p', { class: 'muted', 'data-testid': 'part-explanation' }, part.explanation) : null,
    edited && Array.isArray(match.diff) ? renderDiff(match.diff, match.meaningChanges) : null);
}
