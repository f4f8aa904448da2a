/*
 * Verbatim extension — an answer as the popup and the in-page panel show it. The drawing itself is
 * the web client's: shared/ is filled by the build with the web client's render modules (see
 * README.md, "Shared rendering"), so there is one renderer for every client. What is the
 * extension's own is only where links go: to the configured Verbatim server, in a new tab.
 *
 * An entry: { state: 'loading' | 'result' | 'problem', result, problem, server, quote, speaker }.
 *
 * Test hooks: those of the shared renderer ([data-testid=verdict], [data-testid=sources] > li, …,
 * documented in shared/render/*.js), plus [data-testid=open-in-verbatim].
 */
import { answerSummary, renderAnswer } from './shared/render/answer.js';
import { checkSummary, renderCheckList } from './shared/render/check-list.js';
import { appHref, clientLink } from './shared/render/link.js';
import { loading } from './shared/render/loading.js';
import { renderProblem } from './shared/render/problem.js';
import { h, safeExternalUrl } from './shared/dom.js';

export { h };

/** URL of a page of the Verbatim web client on `server` (null if the server URL is not http(s)). */
export function serverPage(server, params) {
  const base = safeExternalUrl(server);
  if (!base) return null;
  return new URL(appHref(params), base.endsWith('/') ? base : base + '/').href;
}

/** Links of the shared renderer: pages of the web client on `server`, opened in a new tab. */
export function serverLinks(server) {
  return Object.freeze({ href: (params) => serverPage(server, params), newTab: true });
}

/** The DOM of `entry`; loadingText is said while a check runs. */
export function renderEntry(entry, loadingText) {
  const e = entry || {};
  if (e.state === 'loading') return loading(loadingText);
  if (e.state !== 'result') return renderProblem(e.problem);
  const result = e.result || {};
  const links = serverLinks(e.server);
  const open = clientLink(links, { q: e.quote || result.submitted, speaker: e.speaker },
    'Open this check in Verbatim', { 'data-testid': 'open-in-verbatim' });
  return renderAnswer(result, { links, footer: open ? h('p', { class: 'open-in-verbatim' }, open) : null });
}

/**
 * The DOM of a page check entry ({kind: 'page', state, result, problem, server, marked, changed}):
 * the shared list of the page's quotes with links to their sources on `server`. onShow(index) is
 * given to each quote's "Show in text" button.
 */
export function renderPageEntry(entry, { onShow } = {}) {
  const e = entry || {};
  if (e.state === 'loading') return loading('Checking every quote on this page…');
  if (e.state !== 'result') return renderProblem(e.problem);
  const marked = Array.isArray(e.marked) ? e.marked.length : 0;
  const quotes = (e.result && e.result.quotes) || [];
  const note = e.changed
    ? 'The page changed while it was checked, so the quotes are listed but not marked. Check it again.'
    : `${marked} of ${quotes.length} marked in the text.`;
  return h('div', { class: 'page-check' },
    h('p', { class: 'hint', 'data-testid': 'page-marked' }, note),
    renderCheckList(e.result, { links: serverLinks(e.server), onShow: e.changed ? null : onShow }));
}

/** One sentence about `entry` for a live region. */
export function summary(entry) {
  const e = entry || {};
  if (e.state === 'result' && e.kind === 'page') return checkSummary(e.result || {});
  if (e.state === 'result') return answerSummary(e.result || {});
  return `Error: ${(e.problem && e.problem.title) || 'request failed'}`;
}
