/*
 * Verbatim extension — shared rendering: a /api/v1/verify answer → DOM.
 * Used by the popup (popup.html) and by the in-page panel (injected with panel.js).
 * DOM APIs and textContent only; the answer is untrusted data. Links only for http(s) URLs,
 * opened in a new tab with rel="noopener noreferrer".
 *
 * Test hooks (same names as the web client): [data-testid=verdict] (text = verdict code),
 * [data-testid=explanation], [data-testid=weak-evidence], [data-testid=attested-speakers] > li,
 * [data-testid=meaning-changes] > li, [data-testid=diff] (ins/del/mark), [data-testid=sources] > li,
 * [data-testid=first-appearance], [data-testid=open-in-verbatim], [data-testid=problem].
 */
(function (global) {
  'use strict';

  if (global.VerbatimRender) return;

  const VERDICTS = {
    VERIFIED: { css: 'verified', label: 'Verified — printed word for word' },
    EXCERPT: { css: 'excerpt', label: 'Excerpt — an accurate part of a longer quote' },
    ALTERED: { css: 'altered', label: 'Altered — the wording differs from print' },
    MISATTRIBUTED: { css: 'misattributed', label: 'Misattributed — said by someone else' },
    NOT_FOUND: { css: 'not-found', label: 'Not found in the stored articles' },
  };
  const MEANING_LABELS = { NEGATION: 'Negation', NUMBER: 'Number', ENTITY: 'Name' };
  const NO_SPACE_BEFORE = /^[,.;:!?)\]}\u2019\u201d%…]/;

  function h(tag, attrs, ...children) {
    const node = document.createElement(tag);
    if (attrs) {
      for (const [key, value] of Object.entries(attrs)) {
        if (value === undefined || value === null || value === false) continue;
        if (key === 'class') node.className = value;
        else if (key === 'style' || key.startsWith('on')) throw new Error('refusing attribute ' + key);
        else node.setAttribute(key, value === true ? '' : String(value));
      }
    }
    for (const child of children.flat(Infinity)) {
      if (child === undefined || child === null || child === false) continue;
      node.append(child instanceof Node ? child : String(child));
    }
    return node;
  }

  function srOnly(text) {
    return h('span', { class: 'vb-sr' }, text);
  }

  function safeExternalUrl(url) {
    if (typeof url !== 'string' || !url.trim()) return null;
    try {
      const parsed = new URL(url.trim());
      return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
    } catch (e) {
      return null;
    }
  }

  function link(url, text, attrs) {
    const href = safeExternalUrl(url);
    if (!href) return null;
    return h('a', Object.assign({ href, target: '_blank', rel: 'noopener noreferrer' }, attrs || {}), text);
  }

  /** URL of a page of the Verbatim web client on `server` (null if the server URL is not http(s)). */
  function serverPage(server, params) {
    const base = safeExternalUrl(server);
    if (!base) return null;
    const url = new URL(base.endsWith('/') ? base : base + '/');
    for (const [key, value] of Object.entries(params)) {
      if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, String(value));
    }
    return url.href;
  }

  function formatDate(iso) {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || '');
    if (!m) return iso || 'undated';
    const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
  }

  function normalizeWords(text) {
    return ' ' + String(text || '').toLowerCase()
      .replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"')
      .replace(/[^\p{L}\p{N}'\s]+/gu, ' ').replace(/\s+/g, ' ').trim() + ' ';
  }

  function isElided(d) {
    return String(d.op || '').toLowerCase() === 'elided';
  }

  function isEqualOp(d) {
    const op = String(d.op || '').toLowerCase();
    return op === 'equal' || (op === '' && (d.submitted || '') === (d.attested || ''));
  }

  function findMeaningChange(changes, submitted, attested) {
    const sub = normalizeWords(submitted);
    const att = normalizeWords(attested);
    return changes.find((c) => {
      const cs = normalizeWords(c.submitted).trim();
      const ca = normalizeWords(c.attested).trim();
      return (cs && sub.includes(` ${cs} `)) || (ca && att.includes(` ${ca} `));
    });
  }

  function describeMeaningChange(change) {
    const label = MEANING_LABELS[change.type] || change.type || 'Change';
    const printed = (change.attested || '').trim();
    const yours = (change.submitted || '').trim();
    if (printed && !yours) return [h('strong', null, label + ': '), 'printed ', h('q', null, printed), ', missing from your version.'];
    if (yours && !printed) return [h('strong', null, label + ': '), 'your version adds ', h('q', null, yours), ', not printed.'];
    return [h('strong', null, label + ': '), 'printed ', h('q', null, printed), ', yours ', h('q', null, yours), '.'];
  }

  function renderDiff(diff, changes) {
    if (diff.every(isEqualOp)) {
      return h('p', { class: 'vb-identical', 'data-testid': 'diff-identical' }, 'Word for word as printed.');
    }
    const line = h('p', { class: 'vb-diff', 'data-testid': 'diff' });
    diff.forEach((d, i) => {
      const submitted = (d.submitted || '').trim();
      const attested = (d.attested || '').trim();
      const text = attested || submitted;
      if (i > 0 && !NO_SPACE_BEFORE.test(text)) line.append(' ');
      let node;
      if (isEqualOp(d)) node = h('span', null, text);
      else if (isElided(d)) node = h('span', { class: 'vb-elided', 'data-op': 'elided' }, srOnly('[left out with an ellipsis] '), attested || submitted);
      else if (submitted && !attested) node = h('ins', { 'data-op': 'insert' }, srOnly('[added] '), submitted);
      else if (attested && !submitted) node = h('del', { 'data-op': 'delete' }, srOnly('[missing] '), attested);
      else {
        node = h('mark', { 'data-op': 'replace' }, h('del', null, srOnly('[printed] '), attested),
          h('span', { 'aria-hidden': 'true' }, ' → '), h('ins', null, srOnly(' [yours] '), submitted));
      }
      if (!isEqualOp(d) && !isElided(d)) {
        const change = findMeaningChange(changes, submitted, attested);
        if (change) {
          node.classList.add('vb-meaning');
          node.setAttribute('data-meaning', change.type || 'UNSPECIFIED');
        }
      }
      line.append(node);
    });
    const legend = h('p', { class: 'vb-legend', 'data-testid': 'diff-legend' },
      h('ins', null, 'added'), ' not printed · ', h('del', null, 'missing'), ' left out · ',
      h('mark', null, 'changed'), changes.length ? [' · ', h('span', { class: 'vb-meaning' }, 'outlined'), ' changes the meaning'] : null);
    return h('div', { class: 'vb-diff-wrap' }, line, legend);
  }

  /**
   * Renders a verify answer. options.server: the Verbatim server URL (for links into the web
   * client); options.submitted: {quote, speaker} as sent (for the "open in Verbatim" link).
   */
  function renderResult(data, options) {
    const opts = options || {};
    const code = typeof data.verdict === 'string' ? data.verdict : 'UNKNOWN';
    const meta = VERDICTS[code] || { css: 'unknown', label: code };
    const matches = Array.isArray(data.matches) ? data.matches : [];
    const best = matches[0];
    const root = h('div', { class: `vb-result vb-result--${meta.css}`, 'data-testid': 'verdict-card', 'data-verdict': code });

    root.append(h('p', { class: 'vb-head' },
      h('span', { class: `vb-badge vb-badge--${meta.css}`, 'data-testid': 'verdict' }, code), ' ',
      h('span', { class: 'vb-label' }, meta.label)));
    if (data.explanation) root.append(h('p', { class: 'vb-explanation', 'data-testid': 'explanation' }, data.explanation));

    if (data.weakEvidence) {
      root.append(h('p', { class: 'vb-callout vb-callout--warning', 'data-testid': 'weak-evidence' },
        h('strong', null, 'Weak evidence. '), 'Only a loose match was found; check the sources yourself.'));
    }

    if (code === 'MISATTRIBUTED') {
      const attested = Array.isArray(data.attestedSpeakers) && data.attestedSpeakers.length
        ? data.attestedSpeakers : (best && best.speaker ? [{ speakerId: best.speakerId, name: best.speaker }] : []);
      root.append(h('div', { class: 'vb-callout vb-callout--danger' },
        h('strong', null, 'Printed as said by:'),
        h('ul', { 'data-testid': 'attested-speakers' }, attested.map((s) => {
          const href = s.speakerId != null ? serverPage(opts.server, { view: 'speaker', id: s.speakerId }) : null;
          return h('li', null, href ? link(href, s.name || 'Unknown speaker') : (s.name || 'Unknown speaker'));
        }))));
    }

    if (best) {
      root.append(h('p', { class: 'vb-muted' }, best.speaker ? `Best match — ${best.speaker}` : 'Best match',
        typeof best.score === 'number' ? ` · similarity ${Math.round(best.score * 100)}%` : ''));
      const changes = Array.isArray(best.meaningChanges) ? best.meaningChanges : [];
      if (best.meaningChanged || changes.length) {
        root.append(h('div', { class: 'vb-callout vb-callout--danger' },
          h('strong', null, 'Meaning changed.'),
          h('ul', { 'data-testid': 'meaning-changes' },
            changes.length ? changes.map((c) => h('li', { 'data-type': c.type || 'UNSPECIFIED' }, describeMeaningChange(c)))
              : h('li', { 'data-type': 'UNSPECIFIED' }, 'The edits change what the quote says.'))));
      }
      const diff = Array.isArray(best.diff) ? best.diff : [];
      if (diff.length) root.append(renderDiff(diff, changes));
      else if (best.text) root.append(h('blockquote', { class: 'vb-quote' }, best.text));

      const sources = (Array.isArray(best.sources) ? best.sources.slice() : [])
        .sort((a, b) => String(a.date || '9999').localeCompare(String(b.date || '9999')));
      if (sources.length) {
        root.append(h('p', { class: 'vb-subhead' }, `Sources (${sources.length})`));
        root.append(h('ol', { class: 'vb-sources', 'data-testid': 'sources' }, sources.map((s) => {
          const page = s.articleId != null ? serverPage(opts.server, { view: 'article', id: s.articleId, quote: s.quoteId }) : null;
          return h('li', { 'data-testid': 'source', 'data-first': String(s.first === true) },
            h('span', { class: 'vb-source-head' },
              h('strong', null, s.outlet || 'Unknown outlet'), ' · ', h('time', { datetime: s.date || '' }, formatDate(s.date)),
              s.first === true ? [' ', h('span', { class: 'vb-pill', 'data-testid': 'first-appearance' }, 'First appearance')] : null),
            h('span', { class: 'vb-source-title' }, page ? link(page, s.title || 'Untitled article') : (s.title || 'Untitled article'),
              safeExternalUrl(s.url) ? [' · ', link(s.url, 'Original ↗', { 'data-testid': 'source-link' })] : null),
            s.text ? h('blockquote', { class: 'vb-quote', 'data-testid': 'source-text' }, s.text) : null);
        })));
      }
    } else if (code === 'NOT_FOUND') {
      root.append(h('p', { class: 'vb-muted' }, 'No stored article prints these words. A quote Verbatim cannot find may still be genuine.'));
    }

    const submitted = opts.submitted || {};
    const open = serverPage(opts.server, { q: submitted.quote || data.submitted, speaker: submitted.speaker });
    if (open) root.append(h('p', { class: 'vb-open' }, link(open, 'Open this check in Verbatim ↗', { 'data-testid': 'open-in-verbatim' })));
    return root;
  }

  function renderProblem(problem) {
    const p = problem || {};
    const box = h('div', { class: 'vb-problem', role: 'alert', 'data-testid': 'problem' },
      h('p', { class: 'vb-problem-title', 'data-testid': 'problem-title' }, p.title || 'Error'));
    if (p.detail) box.append(h('p', { 'data-testid': 'problem-detail' }, p.detail));
    if (Array.isArray(p.errors) && p.errors.length) {
      box.append(h('ul', { 'data-testid': 'problem-errors' }, p.errors.map((e) =>
        h('li', null, e && e.field ? `${e.field}: ` : '', e && e.message ? String(e.message) : 'invalid'))));
    }
    if (p.status) box.append(h('p', { class: 'vb-muted' }, `HTTP ${p.status}`));
    return box;
  }

  function renderLoading(text) {
    return h('p', { class: 'vb-loading', 'data-testid': 'loading' }, h('span', { class: 'vb-spinner', 'aria-hidden': 'true' }), text || 'Checking…');
  }

  global.VerbatimRender = Object.freeze({ renderResult, renderProblem, renderLoading, safeExternalUrl, serverPage, h });
})(typeof globalThis !== 'undefined' ? globalThis : window);
