/*
 * A verification answer (POST /api/v1/verify) as DOM: the one renderer of every Verbatim client.
 * The web page's verify view and the browser extension's popup and in-page panel all call
 * renderAnswer; the build copies this folder into the extension (see src/main/extension/README.md).
 *
 * Hooks: [data-testid=verdict-card][data-verdict=CODE] holding the heading (verdict.js),
 * [data-testid=explanation], [data-testid=submitted], [data-testid=speaker-resolution] and
 * [data-testid=attested-speakers] and [data-testid=unnamed-sources] (speaker.js), [data-testid=claimed-source] (sources.js),
 * [data-testid=style-variants] (style.js), [data-testid=weak-evidence], [data-testid=best-match] and [data-testid=other-matches] (match.js),
 * [data-testid=no-match], [data-testid=passage-parts] (passage.js).
 */
import { h } from '../dom.js';
import { plural } from '../format.js';
import { SAME_PAGE } from './link.js';
import { renderBestMatch, renderOtherMatches } from './match.js';
import { renderPassageParts } from './passage.js';
import { renderClaimedSource } from './sources.js';
import { renderAttestedSpeakers, renderSpeakerResolution, renderUnnamedSources } from './speaker.js';
import { renderStyleVariants } from './style.js';
import { renderVerdictHeading, verdictOf } from './verdict.js';

/**
 * The answer card. options.links: how to link to speaker and article pages (link.js; default: this
 * page's own `?view=` links); options.footer: a node to end the card with (the web page's share
 * link, the extension's "open in Verbatim").
 */
export function renderAnswer(data, { links = SAME_PAGE, footer = null } = {}) {
  const verdict = verdictOf(data.verdict);
  const matches = Array.isArray(data.matches) ? data.matches : [];
  const best = matches[0];
  return h('article', {
    class: `verdict verdict--${verdict.css}`, 'data-testid': 'verdict-card', 'data-verdict': verdict.code,
    'aria-labelledby': 'verdict-heading',
  },
  renderVerdictHeading(verdict),
  data.explanation ? h('p', { class: 'verdict__explanation', 'data-testid': 'explanation' }, data.explanation) : null,
  data.submitted ? h('p', { class: 'verdict__submitted', 'data-testid': 'submitted' },
    h('span', { class: 'muted' }, 'Checked: '), h('q', null, data.submitted)) : null,
  renderPassageParts(data.parts),
  renderStyleVariants(data.styleVariants),
  renderSpeakerResolution(data, links),
  renderClaimedSource(data.claimedSource),
  data.weakEvidence ? h('p', { class: 'callout callout--warning', 'data-testid': 'weak-evidence', role: 'note' },
    h('strong', null, 'Weak evidence. '),
    'The closest printed wording is only a loose match. Treat this verdict with caution and check the sources yourself.') : null,
  verdict.namesPrintedSpeakers ? renderAttestedSpeakers(data, best, links) : null,
  verdict.describesUnnamedSources ? renderUnnamedSources(data, best) : null,
  best ? renderBestMatch(best, verdict, links) : null,
  !best && verdict.noMatch ? h('p', { class: 'muted', 'data-testid': 'no-match' }, verdict.noMatch) : null,
  matches.length > 1 ? renderOtherMatches(matches.slice(1), links) : null,
  footer);
}

/** One sentence for a live region: "Result: VERIFIED. <explanation> 2 sources." */
export function answerSummary(data) {
  const best = Array.isArray(data.matches) ? data.matches[0] : null;
  const sources = best && Array.isArray(best.sources) ? best.sources.length : 0;
  return `Result: ${verdictOf(data.verdict).code}. ${data.explanation || ''}${sources ? ' ' + plural(sources, 'source') + '.' : ''}`;
}
