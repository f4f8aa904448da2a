/*
 * Verbatim web client — plain JavaScript, no build step, no third-party code.
 *
 * Runs under: Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self';
 *   img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'
 * so: no inline scripts or handlers, no style attributes (state is shown with classes and `hidden`),
 * and every piece of data from the API is put into the page with createElement/textContent — never
 * innerHTML. Links from data are only rendered for http(s) URLs, with rel="noopener noreferrer".
 *
 * Routing (query string; the page itself is always `/`):
 *   /                                    verify view
 *   /?q=...&speaker=...&outlet=&date=    verify view, form filled and the check run on load
 *   /?view=browse&q=&speaker=&outlet=&from=&to=&page=
 *   /?view=speaker&id=3[&page=]
 *   /?view=articles&q=&outlet=&page=
 *   /?view=article&id=1[&quote=7]        article text with its quotes highlighted (quote 7 scrolled to)
 *   /?view=add
 *
 * Stable hooks for browser tests (ids and data-testid attributes):
 *   Navigation     [data-testid=nav-verify|nav-browse|nav-articles|nav-add]; current one has aria-current="page"
 *   Announcements  #announcer [data-testid=announcer] — the polite live region (short summaries)
 *   Problems       [data-testid=problem] (role=alert) > [data-testid=problem-title], [data-testid=problem-detail],
 *                  [data-testid=problem-status] ("HTTP 401"), [data-testid=problem-errors] > li (field: message)
 *   Loading        [data-testid=loading] inside the container being filled (which also gets aria-busy="true")
 *   Verify         #verify-form, #quote (textarea), #speaker, #verify-outlet, #verify-date, #verify-button, #verify-clear,
 *                  #quote-error (empty-quote message)
 *     result       #result [data-testid=result] > [data-testid=verdict-card][data-verdict=CODE]
 *                  [data-testid=verdict] badge, text = verdict code (VERIFIED|EXCERPT|ALTERED|MISATTRIBUTED|NOT_FOUND)
 *                  [data-testid=verdict-label], [data-testid=explanation], [data-testid=submitted],
 *                  [data-testid=speaker-resolution], [data-testid=weak-evidence],
 *                  [data-testid=attested-speakers] > li > a (speaker view link; text = speaker name),
 *                  [data-testid=claimed-source][data-carried=true|false],
 *                  [data-testid=best-match] [data-testid=match-speaker], [data-testid=match-text]
 *                  (with [data-testid=matched-part] when only part of the printed quote matched),
 *                  [data-testid=meaning-changes] > li[data-type=NEGATION|NUMBER|ENTITY|...],
 *                  [data-testid=diff] with ins/del/mark children ([data-op=insert|delete|replace],
 *                  span[data-op=elided] for words cut with an ellipsis,
 *                  .diff--meaning + [data-meaning=TYPE] on meaning-changing edits), [data-testid=diff-legend],
 *                  [data-testid=diff-identical] (no edits),
 *                  [data-testid=sources] (ol) > li[data-testid=source][data-first=true|false] one per source,
 *                    each with [data-testid=source-outlet], [data-testid=source-date] (time[datetime]),
 *                    [data-testid=source-title] (link to the article view), [data-testid=source-link] (only if url),
 *                    [data-testid=source-text], and [data-testid=first-appearance] on the first one,
 *                  [data-testid=other-matches] > li, [data-testid=share-link] (a, href = shareable URL),
 *                  [data-testid=copy-link] (button)
 *   Browse         #browse-form, #browse-q, #browse-speaker, #browse-outlet, #browse-from, #browse-to, #browse-button,
 *                  #browse-results [data-testid=browse-results], [data-testid=speaker-results] > a (matching speakers)
 *   Quote lists    [data-testid=quote-list] > li[data-testid=quote-item][data-quote-id] with [data-testid=quote-text],
 *                  [data-testid=quote-speaker], [data-testid=quote-article]; [data-testid=pager] with
 *                  a[rel=prev], a[rel=next], [data-testid=pager-status]; [data-testid=empty] when nothing matched
 *   Speaker        #speaker-heading [data-testid=speaker-name], [data-testid=speaker-kind], [data-testid=aliases] > li,
 *                  [data-testid=speaker-quote-count], quotes in #speaker-quotes (quote list)
 *   Articles       #articles-form, #articles-q, #articles-outlet, [data-testid=article-list] > li[data-testid=article-item]
 *   Article        #article-heading [data-testid=article-title], [data-testid=article-meta],
 *                  [data-testid=article-text] with mark[data-testid=article-quote][data-quote-id] (id="quote-<id>"),
 *                  [data-testid=article-quotes] > li (quotes in text order, jump links), [data-testid=speaker-legend]
 *   Add article    #add-form, #add-outlet, #add-title, #add-url, #add-publishedAt, #add-author, #add-text, #api-key,
 *                  #forget-key, #preview-button, #save-button, #add-status [data-testid=add-status]
 *                  (problem or [data-testid=save-result]), #add-preview [data-testid=preview] >
 *                  [data-testid=preview-count], [data-testid=preview-quotes] > li[data-testid=preview-quote] with
 *                  [data-testid=preview-speaker], and [data-testid=preview-text] (cleaned text, quotes highlighted)
 *                  Field errors: #add-<field>-error next to the field, the field gets aria-invalid="true".
 *
 * The API key lives in sessionStorage under "verbatim.apiKey" only (never a cookie, never in the page).
 */
'use strict';

(() => {
  const API_BASE = 'api/v1/';
  const KEY_STORAGE = 'verbatim.apiKey';
  const PAGE_SIZE = 20;
  const VIEWS = ['verify', 'browse', 'speaker', 'articles', 'article', 'add'];

  const VERDICTS = {
    VERIFIED: { css: 'verified', label: 'Verified — printed word for word' },
    EXCERPT: { css: 'excerpt', label: 'Excerpt — an accurate part of a longer quote' },
    ALTERED: { css: 'altered', label: 'Altered — the wording differs from print' },
    MISATTRIBUTED: { css: 'misattributed', label: 'Misattributed — printed, but said by someone else' },
    NOT_FOUND: { css: 'not-found', label: 'Not found in the stored articles' },
  };

  const MEANING_LABELS = {
    NEGATION: 'Negation',
    NUMBER: 'Number',
    ENTITY: 'Name',
  };

  // ------------------------------------------------------------------ DOM helpers

  /**
   * Builds an element. attrs: plain attributes (set with setAttribute; values become strings),
   * plus `class`, `text` (textContent) and `on<event>` (listener). Children: nodes or strings
   * (strings become text nodes). Never pass untrusted data as an attribute *name*.
   */
  function h(tag, attrs, ...children) {
    const node = document.createElement(tag);
    if (attrs) {
      for (const [key, value] of Object.entries(attrs)) {
        if (value === undefined || value === null || value === false) continue;
        if (key === 'class') node.className = value;
        else if (key === 'text') node.textContent = value;
        else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
        else if (key === 'style' || key.startsWith('on')) throw new Error('refusing attribute ' + key);
        else node.setAttribute(key, value === true ? '' : String(value));
      }
    }
    appendAll(node, children);
    return node;
  }

  function appendAll(node, children) {
    for (const child of children.flat(Infinity)) {
      if (child === undefined || child === null || child === false) continue;
      node.append(child instanceof Node ? child : String(child));
    }
    return node;
  }

  /** Replaces the children of `node` (arrays are flattened, strings become text nodes). */
  function fill(node, ...children) {
    node.replaceChildren();
    return appendAll(node, children);
  }

  function srOnly(text) {
    return h('span', { class: 'visually-hidden' }, text);
  }

  const $ = (selector, root = document) => root.querySelector(selector);

  /** Returns the URL if it is an absolute http(s) URL, else null (no javascript:, data: …). */
  function safeExternalUrl(url) {
    if (typeof url !== 'string' || !url.trim()) return null;
    try {
      const parsed = new URL(url.trim());
      return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
    } catch (e) {
      return null;
    }
  }

  function externalLink(url, text, attrs = {}) {
    const href = safeExternalUrl(url);
    if (!href) return null;
    return h('a', Object.assign({ href, target: '_blank', rel: 'noopener noreferrer', class: 'external' }, attrs),
      text, srOnly(' (opens in a new tab)'));
  }

  /** An in-app link: `?view=...` built from an object of parameters. */
  function appHref(params) {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) {
      if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
    }
    const qs = search.toString();
    return qs ? '?' + qs : './';
  }

  const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

  function formatDate(iso) {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || '');
    if (!m) return iso || '';
    const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
  }

  function timeEl(iso, attrs = {}) {
    if (!iso) return h('span', Object.assign({ class: 'muted' }, attrs), 'undated');
    return h('time', Object.assign({ datetime: String(iso).slice(0, 10) }, attrs), formatDate(iso));
  }

  function plural(n, one, many) {
    return `${n} ${n === 1 ? one : (many || one + 's')}`;
  }

  function announce(text) {
    const region = $('#announcer');
    // Clear first so that the same message twice is announced twice.
    region.textContent = '';
    window.setTimeout(() => { region.textContent = text; }, 50);
  }

  function setBusy(container, busy) {
    if (busy) container.setAttribute('aria-busy', 'true');
    else container.removeAttribute('aria-busy');
  }

  function loading(text) {
    return h('p', { class: 'loading', 'data-testid': 'loading' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), text);
  }

  function focusElement(el) {
    if (!el) return;
    if (!el.hasAttribute('tabindex') && !/^(A|BUTTON|INPUT|SELECT|TEXTAREA)$/.test(el.tagName)) el.setAttribute('tabindex', '-1');
    el.focus({ preventScroll: false });
  }

  // ------------------------------------------------------------------ API access

  class ProblemError extends Error {
    constructor(problem) {
      super(problem.title || 'Error');
      this.problem = problem;
    }
  }

  /** One in-flight request per key: a new request aborts the previous one (no stale results). */
  const controllers = new Map();
  function freshSignal(key) {
    const previous = controllers.get(key);
    if (previous) previous.abort();
    const controller = new AbortController();
    controllers.set(key, controller);
    return controller.signal;
  }

  function isAbort(error) {
    return error && error.name === 'AbortError';
  }

  async function api(path, { method = 'GET', params, body, apiKey, signal } = {}) {
    const url = new URL(API_BASE + path, document.baseURI);
    if (params) {
      for (const [key, value] of Object.entries(params)) {
        if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, String(value));
      }
    }
    const headers = { Accept: 'application/json, application/problem+json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (apiKey) headers['X-API-Key'] = apiKey;
    let response;
    try {
      response = await fetch(url, {
        method, headers, signal, credentials: 'same-origin',
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      if (isAbort(error)) throw error;
      throw new ProblemError({
        title: 'Cannot reach the Verbatim server',
        detail: 'The request did not get an answer. Check that the service is running and try again.',
        status: 0,
      });
    }
    if (response.status === 204) return null;
    const type = response.headers.get('Content-Type') || '';
    let data = null;
    if (type.includes('json')) {
      try { data = await response.json(); } catch (e) { data = null; }
    }
    if (!response.ok) {
      const p = data && typeof data === 'object' ? data : {};
      throw new ProblemError({
        type: typeof p.type === 'string' ? p.type : undefined,
        title: typeof p.title === 'string' && p.title ? p.title : `${response.status} ${response.statusText || 'Error'}`.trim(),
        detail: typeof p.detail === 'string' ? p.detail
          : (response.status >= 500 ? 'The server could not answer. Try again later.' : ''),
        status: Number.isInteger(p.status) ? p.status : response.status,
        errors: Array.isArray(p.errors) ? p.errors : [],
      });
    }
    return data;
  }

  function toProblem(error) {
    if (error instanceof ProblemError) return error.problem;
    console.warn('Verbatim client error', error); // eslint-disable-line no-console
    return { title: 'Something went wrong', detail: 'The answer could not be shown. Try again.', status: 0 };
  }

  function renderProblem(problem) {
    const box = h('div', { class: 'problem', role: 'alert', 'data-testid': 'problem', tabindex: '-1' },
      h('p', { class: 'problem__title', 'data-testid': 'problem-title' }, problem.title || 'Error'));
    if (problem.detail) box.append(h('p', { class: 'problem__detail', 'data-testid': 'problem-detail' }, problem.detail));
    const errors = Array.isArray(problem.errors) ? problem.errors : [];
    if (errors.length) {
      box.append(h('ul', { class: 'problem__errors', 'data-testid': 'problem-errors' },
        errors.map((e) => h('li', { 'data-field': e && e.field ? String(e.field) : null },
          e && e.field ? h('span', { class: 'problem__field' }, String(e.field)) : null,
          e && e.field ? ': ' : null,
          e && e.message ? String(e.message) : 'invalid'))));
    }
    if (problem.status) box.append(h('p', { class: 'problem__status muted', 'data-testid': 'problem-status' }, `HTTP ${problem.status}`));
    return box;
  }

  function announceProblem(problem) {
    announce(`Error: ${problem.title || 'request failed'}${problem.detail ? '. ' + problem.detail : ''}`);
  }

  /** Shows a failed request's problem in `container` and announces it: the catch block of every view. */
  function showProblemIn(container, error) {
    const problem = toProblem(error);
    fill(container, renderProblem(problem));
    announceProblem(problem);
  }

  // ------------------------------------------------------------------ routing

  let renderedSearch = null;

  function route() {
    const params = new URLSearchParams(location.search);
    return { view: params.get('view') || 'verify', params };
  }

  function navigate(href, { replace = false, focus = true } = {}) {
    const url = new URL(href, location.href);
    const target = url.pathname + url.search + url.hash;
    if (replace) history.replaceState(null, '', target);
    else history.pushState(null, '', target);
    render({ focus });
  }

  function render({ focus = false } = {}) {
    const { view, params } = route();
    const name = VIEWS.includes(view) ? view : 'missing';
    for (const section of document.querySelectorAll('.view')) section.hidden = section.dataset.view !== name;
    for (const link of document.querySelectorAll('.nav a')) {
      const r = link.dataset.route;
      const current = r === name || (name === 'speaker' && r === 'browse') || (name === 'article' && r === 'articles');
      if (current) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
    renderedSearch = location.search;
    const section = $(`#view-${name}`);
    const heading = section && section.querySelector('h1');
    setTitle(heading ? heading.textContent : 'Verbatim');
    const handler = views[name];
    if (handler) handler(params, { focus });
    if (focus && heading) focusElement(heading);
  }

  function setTitle(text) {
    document.title = text && text !== 'Verbatim' ? `${text} — Verbatim` : 'Verbatim — quote verification';
  }

  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!link || event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (link.target === '_blank' || link.hasAttribute('download')) return;
    const url = new URL(link.href, location.href);
    if (url.origin !== location.origin || url.pathname !== location.pathname) return;
    if (url.search === location.search && url.hash) return; // in-page anchor
    event.preventDefault();
    navigate(url.href);
  });

  window.addEventListener('popstate', () => {
    if (location.search === renderedSearch) return; // only the #fragment changed
    render({ focus: true });
  });

  // ------------------------------------------------------------------ verify view

  const verifyForm = $('#verify-form');
  const quoteField = $('#quote');
  const speakerField = $('#speaker');
  const outletField = $('#verify-outlet');
  const dateField = $('#verify-date');
  const resultBox = $('#result');
  let lastVerifyKey = null;

  function verifyValues() {
    return {
      q: quoteField.value.trim(),
      speaker: speakerField.value.trim(),
      outlet: outletField.value.trim(),
      date: dateField.value.trim(),
    };
  }

  function verifyKey(values) {
    return JSON.stringify([values.q, values.speaker || '', values.outlet || '', values.date || '']);
  }

  function verifyHref(values) {
    return appHref({ q: values.q, speaker: values.speaker, outlet: values.outlet, date: values.date });
  }

  quoteField.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || event.shiftKey || event.altKey || event.isComposing) return;
    event.preventDefault();
    verifyForm.requestSubmit();
  });

  quoteField.addEventListener('input', () => clearFieldError(quoteField));

  verifyForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const values = verifyValues();
    if (!values.q) {
      setFieldError(quoteField, 'quote-error', 'Paste a quote to check.');
      focusElement(quoteField);
      return;
    }
    clearFieldError(quoteField);
    runVerify(values, { updateUrl: true });
  });

  verifyForm.addEventListener('reset', () => {
    freshSignal('verify');
    clearFieldError(quoteField);
    fill(resultBox);
    setBusy(resultBox, false);
    lastVerifyKey = null;
    if (new URLSearchParams(location.search).has('q')) history.pushState(null, '', './');
    renderedSearch = location.search;
    window.setTimeout(() => quoteField.focus(), 0);
  });

  function showVerify(params) {
    const values = {
      q: (params.get('q') || '').trim(),
      speaker: (params.get('speaker') || '').trim(),
      outlet: (params.get('outlet') || '').trim(),
      date: (params.get('date') || '').trim(),
    };
    if (!values.q) {
      if (lastVerifyKey !== null) {
        // Back at a plain `/`: start afresh (the URL is the state).
        freshSignal('verify');
        for (const field of [quoteField, speakerField, outletField, dateField]) field.value = '';
        clearFieldError(quoteField);
        fill(resultBox);
        setBusy(resultBox, false);
        lastVerifyKey = null;
      }
      return;
    }
    quoteField.value = values.q;
    speakerField.value = values.speaker;
    outletField.value = values.outlet;
    dateField.value = /^\d{4}-\d{2}-\d{2}$/.test(values.date) ? values.date : '';
    if (verifyKey(values) !== lastVerifyKey) runVerify(values, { updateUrl: false });
  }

  async function runVerify(values, { updateUrl }) {
    const key = verifyKey(values);
    lastVerifyKey = key;
    const signal = freshSignal('verify');
    const body = { quote: values.q };
    if (values.speaker) body.speaker = values.speaker;
    if (values.outlet) body.outlet = values.outlet;
    if (values.date) body.date = values.date;
    setBusy(resultBox, true);
    fill(resultBox, loading('Checking the quote…'));
    announce('Checking the quote…');
    try {
      const data = await api('verify', { method: 'POST', body, signal });
      fill(resultBox, renderVerdict(data, values));
      announce(verdictSummary(data));
    } catch (error) {
      if (isAbort(error)) return;
      showProblemIn(resultBox, error);
    } finally {
      if (!signal.aborted) setBusy(resultBox, false);
    }
    if (updateUrl) {
      const href = verifyHref(values);
      const target = new URL(href, location.href);
      if (target.search !== location.search) history.pushState(null, '', target.pathname + target.search);
      renderedSearch = location.search;
      setTitle('Verify a quote');
    }
  }

  function verdictSummary(data) {
    const sources = data.matches && data.matches[0] && Array.isArray(data.matches[0].sources) ? data.matches[0].sources.length : 0;
    return `Result: ${data.verdict}. ${data.explanation || ''}${sources ? ' ' + plural(sources, 'source') + '.' : ''}`;
  }

  function renderVerdict(data, values) {
    const code = typeof data.verdict === 'string' ? data.verdict : 'UNKNOWN';
    const meta = VERDICTS[code] || { css: 'unknown', label: code };
    const matches = Array.isArray(data.matches) ? data.matches : [];
    const best = matches[0];

    const card = h('article', { class: `verdict verdict--${meta.css}`, 'data-testid': 'verdict-card', 'data-verdict': code, 'aria-labelledby': 'verdict-heading' });
    card.append(h('header', { class: 'verdict__head' },
      h('h2', { id: 'verdict-heading', class: 'verdict__heading' },
        h('span', { class: `badge badge--${meta.css}`, 'data-testid': 'verdict' }, code),
        ' ',
        h('span', { class: 'verdict__label', 'data-testid': 'verdict-label' }, meta.label))));

    if (data.explanation) card.append(h('p', { class: 'verdict__explanation', 'data-testid': 'explanation' }, data.explanation));

    if (data.submitted) {
      card.append(h('p', { class: 'verdict__submitted', 'data-testid': 'submitted' },
        h('span', { class: 'muted' }, 'Checked: '), h('q', null, data.submitted)));
    }

    const resolution = renderSpeakerResolution(data);
    if (resolution) card.append(resolution);
    const claimedSource = renderClaimedSource(data.claimedSource);
    if (claimedSource) card.append(claimedSource);

    if (data.weakEvidence) {
      card.append(h('p', { class: 'callout callout--warning', 'data-testid': 'weak-evidence', role: 'note' },
        h('strong', null, 'Weak evidence. '),
        'The closest printed wording is only a loose match. Treat this verdict with caution and check the sources yourself.'));
    }

    if (code === 'MISATTRIBUTED') {
      const speakers = Array.isArray(data.attestedSpeakers) ? data.attestedSpeakers : [];
      const fallback = best && best.speaker ? [{ speakerId: best.speakerId, name: best.speaker }] : [];
      const list = speakers.length ? speakers : fallback;
      card.append(h('div', { class: 'callout callout--danger attested' },
        h('p', null, h('strong', null, 'Printed as said by:'),
          data.claimedSpeaker ? h('span', { class: 'muted' }, ` (not ${data.claimedSpeaker})`) : null),
        h('ul', { class: 'attested__list', 'data-testid': 'attested-speakers' },
          list.map((s) => h('li', null, speakerLink(s.speakerId, s.name))))));
    }

    if (best) card.append(renderBestMatch(best, code));
    else if (code === 'NOT_FOUND') {
      card.append(h('p', { class: 'muted', 'data-testid': 'no-match' },
        'No stored article prints these words. Check the spelling, try a shorter distinctive phrase, or add the article where you saw it.'));
    }

    if (matches.length > 1) card.append(renderOtherMatches(matches.slice(1)));

    card.append(renderShare(values));
    return card;
  }

  function renderSpeakerResolution(data) {
    const r = data.speakerResolution;
    if (!r && !data.claimedSpeaker) return null;
    const claimed = (r && r.claimed) || data.claimedSpeaker;
    const p = h('p', { class: 'verdict__speaker muted', 'data-testid': 'speaker-resolution' });
    if (r && r.speakerId != null && r.speaker) {
      p.append('Speaker: ', h('q', null, claimed), ' is ', speakerLink(r.speakerId, r.speaker));
      if (r.matchedAlias && r.matchedAlias !== r.speaker) p.append(` (matched alias “${r.matchedAlias}”)`);
      p.append('.');
      const others = Array.isArray(r.alternatives) ? r.alternatives : [];
      if (others.length) p.append(' The name could also mean ', joinWith(others.map((o) => speakerLink(o.speakerId, o.name)), ', '), '.');
    } else {
      p.append('Speaker: ', h('q', null, claimed), ' matches no known speaker.');
    }
    return p;
  }

  function renderClaimedSource(claimed) {
    if (!claimed || (!claimed.outlet && !claimed.date)) return null;
    const what = [claimed.outlet, claimed.date ? formatDate(claimed.date) : null].filter(Boolean).join(', ');
    return h('p', { class: 'verdict__speaker ' + (claimed.carried ? 'muted' : 'claimed--missing'), 'data-testid': 'claimed-source', 'data-carried': String(Boolean(claimed.carried)) },
      'Source: ', h('q', null, what), claimed.carried ? ' carried these words.' : ' is not among the sources of these words.');
  }

  function speakerLink(id, name) {
    if (id === undefined || id === null) return h('span', { class: 'speaker-name' }, name || 'Unknown speaker');
    return h('a', { href: appHref({ view: 'speaker', id }), class: 'speaker-name' }, name || `Speaker ${id}`);
  }

  function renderBestMatch(match, code) {
    const section = h('section', { class: 'match', 'data-testid': 'best-match', 'aria-labelledby': 'best-match-heading' });
    section.append(h('h3', { id: 'best-match-heading' }, code === 'NOT_FOUND' ? 'Closest printed wording' : 'Best match'));

    const facts = [];
    if (match.speaker) facts.push(h('span', { 'data-testid': 'match-speaker' }, speakerLink(match.speakerId, match.speaker)));
    if (match.wording) facts.push(h('span', null, `wording: ${match.wording.toLowerCase()}`));
    if (match.kind) facts.push(h('span', null, match.kind === 'FRAGMENT' ? 'fragment of a quote' : 'full quote'));
    if (typeof match.score === 'number') facts.push(h('span', null, `similarity ${Math.round(match.score * 100)}%`));
    section.append(h('p', { class: 'match__meta' }, joinWith(facts, ' · ')));

    if (match.text) section.append(renderMatchText(match));

    const changes = Array.isArray(match.meaningChanges) ? match.meaningChanges : [];
    if (match.meaningChanged || changes.length) section.append(renderMeaningChanges(changes));

    const diff = Array.isArray(match.diff) ? match.diff : [];
    if (diff.length) section.append(renderDiff(diff, changes));

    const sources = Array.isArray(match.sources) ? match.sources : [];
    section.append(renderSources(sources, match));
    return section;
  }

  function joinWith(nodes, separator) {
    const out = [];
    nodes.forEach((node, i) => {
      if (i) out.push(separator);
      out.push(node);
    });
    return out;
  }

  function renderMeaningChanges(changes) {
    const box = h('div', { class: 'callout callout--danger meaning', role: 'note' },
      h('p', null, h('strong', null, 'Meaning changed. '), 'These edits change what the quote says, not just how it reads:'));
    const list = h('ul', { class: 'meaning__list', 'data-testid': 'meaning-changes' });
    if (!changes.length) list.append(h('li', { 'data-type': 'UNSPECIFIED' }, 'The edits change the meaning of the quote.'));
    for (const c of changes) list.append(h('li', { 'data-type': c.type || 'UNSPECIFIED' }, describeMeaningChange(c)));
    box.append(list);
    return box;
  }

  function describeMeaningChange(change) {
    const label = MEANING_LABELS[change.type] || (change.type ? change.type.charAt(0) + change.type.slice(1).toLowerCase() : 'Change');
    const printed = (change.attested || '').trim();
    const yours = (change.submitted || '').trim();
    const parts = [h('strong', null, `${label}: `)];
    if (printed && !yours) parts.push('printed ', h('q', { class: 'meaning__printed' }, printed), ', missing from your version.');
    else if (yours && !printed) parts.push('your version adds ', h('q', { class: 'meaning__yours' }, yours), ', which was not printed.');
    else parts.push('printed ', h('q', { class: 'meaning__printed' }, printed), ', your version ', h('q', { class: 'meaning__yours' }, yours), '.');
    return parts;
  }

  function normalizeWords(text) {
    return ' ' + String(text || '').toLowerCase()
      .replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"')
      .replace(/[^\p{L}\p{N}'\s]+/gu, ' ').replace(/\s+/g, ' ').trim() + ' ';
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

  const NO_SPACE_BEFORE = /^[,.;:!?)\]}\u2019\u201d%…]/;

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

  /**
   * The word-level diff: printed wording → your wording. Equal runs are plain text,
   * words you added are <ins>, printed words you dropped are <del>, substitutions are a
   * <mark> holding the printed <del> and your <ins>. Which is which is taken from the
   * submitted/attested fields, so it does not depend on how `op` is spelled. `elided` runs
   * (printed words you left out with an ellipsis) are shown dimmed, not as errors.
   */
  function renderDiff(diff, changes) {
    const figure = h('figure', { class: 'diff-figure' },
      h('figcaption', { class: 'diff-figure__caption' }, 'Your quote compared with the printed wording, word by word (punctuation is not compared)'));
    if (diff.every(isEqualOp)) {
      figure.append(h('p', { class: 'diff diff--identical', 'data-testid': 'diff-identical' }, 'Word for word as printed.'));
      return figure;
    }
    const line = h('p', { class: 'diff', 'data-testid': 'diff' });
    diff.forEach((d, i) => {
      const submitted = (d.submitted || '').trim();
      const attested = (d.attested || '').trim();
      const text = attested || submitted;
      if (i > 0 && !NO_SPACE_BEFORE.test(text)) line.append(' ');
      let node;
      if (isEqualOp(d)) {
        node = h('span', { class: 'diff__equal' }, text);
      } else if (isElided(d)) {
        node = h('span', { class: 'diff__elided', 'data-op': 'elided', title: 'Left out with an ellipsis' },
          srOnly('[left out with an ellipsis] '), attested || submitted);
      } else if (submitted && !attested) {
        node = h('ins', { class: 'diff__ins', 'data-op': 'insert' }, srOnly('[added] '), submitted);
      } else if (attested && !submitted) {
        node = h('del', { class: 'diff__del', 'data-op': 'delete' }, srOnly('[missing] '), attested);
      } else {
        node = h('mark', { class: 'diff__sub', 'data-op': 'replace' },
          h('del', { class: 'diff__del' }, srOnly('[printed] '), attested),
          h('span', { class: 'diff__arrow', 'aria-hidden': 'true' }, ' → '),
          h('ins', { class: 'diff__ins' }, srOnly(' [yours] '), submitted));
      }
      if (!isEqualOp(d) && !isElided(d)) {
        const change = findMeaningChange(changes, submitted, attested);
        if (change) {
          node.classList.add('diff--meaning');
          node.setAttribute('data-meaning', change.type || 'UNSPECIFIED');
          node.setAttribute('title', `Meaning change: ${(MEANING_LABELS[change.type] || change.type || 'edit').toLowerCase()}`);
        }
      }
      line.append(node);
    });
    figure.append(line, renderLegend(line, changes.length > 0));
    return figure;
  }

  function isEqualOp(d) {
    const op = String(d.op || '').toLowerCase();
    return op === 'equal' || (op === '' && (d.submitted || '') === (d.attested || ''));
  }

  function isElided(d) {
    return String(d.op || '').toLowerCase() === 'elided';
  }

  /** A legend for the kinds of edit that occur in `line`. */
  function renderLegend(line, withMeaning) {
    const has = (op) => line.querySelector(`[data-op="${op}"]`) !== null;
    return h('ul', { class: 'legend', 'data-testid': 'diff-legend', 'aria-label': 'Legend' },
      has('insert') ? h('li', null, h('ins', { class: 'diff__ins' }, 'added'), ' words in your quote that were not printed') : null,
      has('delete') ? h('li', null, h('del', { class: 'diff__del' }, 'missing'), ' printed words your quote leaves out') : null,
      has('replace') ? h('li', null, h('mark', { class: 'diff__sub' }, h('del', { class: 'diff__del' }, 'printed'), ' → ', h('ins', { class: 'diff__ins' }, 'yours')), ' words changed') : null,
      has('elided') ? h('li', null, h('span', { class: 'diff__elided' }, 'dimmed'), ' printed words you cut with an ellipsis') : null,
      withMeaning ? h('li', null, h('span', { class: 'diff__sample diff--meaning' }, 'outlined'), ' an edit that changes the meaning') : null);
  }

  function renderSources(sources, match) {
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
    const list = h('ol', { class: 'timeline', 'data-testid': 'sources' });
    for (const source of sorted) list.append(renderSource(source, match));
    section.append(list);
    return section;
  }

  function renderSource(source, match) {
    const first = source.first === true;
    const titleText = source.title || 'Untitled article';
    const title = source.articleId != null
      ? h('a', { href: appHref({ view: 'article', id: source.articleId, quote: source.quoteId }), 'data-testid': 'source-title' }, titleText)
      : h('span', { 'data-testid': 'source-title' }, titleText);
    const original = externalLink(source.url, 'Original', { 'data-testid': 'source-link' });
    const item = h('li', { class: 'timeline__item' + (first ? ' timeline__item--first' : ''), 'data-testid': 'source', 'data-first': String(first) },
      h('p', { class: 'timeline__when' }, timeEl(source.date, { 'data-testid': 'source-date' }),
        first ? [' ', h('span', { class: 'pill pill--first', 'data-testid': 'first-appearance' }, 'First appearance')] : null),
      h('p', { class: 'timeline__outlet', 'data-testid': 'source-outlet' }, source.outlet || 'Unknown outlet'),
      h('p', { class: 'timeline__title' }, title, original ? [' ', original] : null));
    if (source.text) {
      const variant = match && match.text && source.text !== match.text;
      item.append(h('blockquote', { class: 'timeline__text' + (variant ? ' timeline__text--variant' : ''), 'data-testid': 'source-text' }, source.text));
    }
    return item;
  }

  function renderOtherMatches(matches) {
    const details = h('details', { class: 'other-matches' },
      h('summary', null, `Other candidate matches (${matches.length})`));
    const list = h('ol', { class: 'other-matches__list', 'data-testid': 'other-matches' });
    for (const m of matches) {
      const sources = Array.isArray(m.sources) ? m.sources : [];
      list.append(h('li', null,
        h('blockquote', null, m.text || ''),
        h('p', { class: 'muted' }, joinWith([
          m.speaker ? speakerLink(m.speakerId, m.speaker) : null,
          m.wording ? `wording: ${String(m.wording).toLowerCase()}` : null,
          typeof m.score === 'number' ? `similarity ${Math.round(m.score * 100)}%` : null,
          sources.length ? plural(sources.length, 'source') : null,
        ].filter(Boolean), ' · '))));
    }
    details.append(list);
    return details;
  }

  function renderShare(values) {
    const href = verifyHref(values);
    const absolute = new URL(href, location.href).href;
    const status = h('span', { class: 'share__status muted', 'aria-live': 'polite' });
    const copy = h('button', { class: 'button button--small', type: 'button', 'data-testid': 'copy-link' }, 'Copy link');
    copy.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(absolute);
        status.textContent = 'Link copied.';
      } catch (e) {
        status.textContent = 'Copy failed — use the link instead.';
      }
    });
    return h('p', { class: 'share' },
      h('a', { href, 'data-testid': 'share-link' }, 'Link to this check'), ' ', copy, ' ', status);
  }

  // ------------------------------------------------------------------ quote lists & pager

  function renderQuoteList(page, { showSpeaker = true } = {}) {
    const items = page && Array.isArray(page.items) ? page.items : [];
    if (!items.length) return h('p', { class: 'empty', 'data-testid': 'empty' }, 'No quotes match.');
    const list = h('ol', { class: 'quote-list', 'data-testid': 'quote-list' });
    for (const q of items) {
      const meta = [];
      if (showSpeaker) meta.push(h('span', { 'data-testid': 'quote-speaker' }, speakerLink(q.speakerId, q.speaker)));
      if (q.outlet) meta.push(h('span', { class: 'quote__outlet' }, q.outlet));
      if (q.date) meta.push(timeEl(q.date));
      if (q.articleId != null) {
        meta.push(h('a', { href: appHref({ view: 'article', id: q.articleId, quote: q.id }), 'data-testid': 'quote-article' },
          q.articleTitle || 'Article'));
      }
      if (q.kind === 'FRAGMENT') meta.push(h('span', { class: 'pill' }, 'fragment'));
      list.append(h('li', { class: 'quote', 'data-testid': 'quote-item', 'data-quote-id': q.id },
        h('blockquote', { class: 'quote__text', 'data-testid': 'quote-text' }, q.text || ''),
        h('p', { class: 'quote__meta' }, joinWith(meta, ' · ')),
        h('p', { class: 'quote__actions' },
          h('a', { href: appHref({ q: q.text, speaker: q.speaker }) }, 'Verify this wording'),
          q.url && safeExternalUrl(q.url) ? [' · ', externalLink(q.url, 'Original')] : null)));
    }
    return list;
  }

  function renderPager(page, hrefFor, noun) {
    const total = Number(page && page.total) || 0;
    const size = Number(page && page.size) || PAGE_SIZE;
    const current = Number(page && page.page) || 0;
    const pages = Math.max(1, Math.ceil(total / size));
    const nav = h('nav', { class: 'pager', 'aria-label': 'Pages', 'data-testid': 'pager' });
    nav.append(current > 0 ? h('a', { href: hrefFor(current - 1), rel: 'prev', class: 'button button--small' }, '← Previous')
      : h('span', { class: 'button button--small button--disabled', 'aria-hidden': 'true' }, '← Previous'));
    nav.append(h('span', { class: 'pager__status', 'data-testid': 'pager-status' },
      `Page ${Math.min(current + 1, pages)} of ${pages} · ${plural(total, noun)}`));
    nav.append(current + 1 < pages ? h('a', { href: hrefFor(current + 1), rel: 'next', class: 'button button--small' }, 'Next →')
      : h('span', { class: 'button button--small button--disabled', 'aria-hidden': 'true' }, 'Next →'));
    return nav;
  }

  function pageParam(params) {
    const n = Number.parseInt(params.get('page') || '0', 10);
    return Number.isInteger(n) && n >= 0 ? n : 0;
  }

  function validId(value) {
    return /^\d{1,18}$/.test(value || '') ? value : null;
  }

  // ------------------------------------------------------------------ browse view

  const browseForm = $('#browse-form');
  const browseFields = ['q', 'speaker', 'outlet', 'from', 'to'];

  browseForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = { view: 'browse' };
    for (const f of browseFields) params[f] = $(`#browse-${f}`).value.trim();
    navigate(appHref(params), { focus: false });
  });

  browseForm.addEventListener('reset', () => {
    window.setTimeout(() => navigate(appHref({ view: 'browse' }), { focus: false }), 0);
  });

  async function showBrowse(params) {
    const filters = {};
    for (const f of browseFields) {
      filters[f] = (params.get(f) || '').trim();
      $(`#browse-${f}`).value = filters[f];
    }
    const page = pageParam(params);
    const results = $('#browse-results');
    const chips = $('#browse-speakers');
    const signal = freshSignal('browse');
    setBusy(results, true);
    fill(results, loading('Searching quotes…'));
    fill(chips);
    if (filters.speaker) {
      api('speakers', { params: { q: filters.speaker, size: 10 }, signal }).then((data) => {
        const items = data && Array.isArray(data.items) ? data.items : [];
        if (!items.length) return;
        fill(chips, h('span', { class: 'muted' }, 'Speakers: '),
          items.map((s) => h('a', { href: appHref({ view: 'speaker', id: s.id }), class: 'chip' },
            s.name, typeof s.quoteCount === 'number' ? h('span', { class: 'chip__count' }, ` ${s.quoteCount}`) : null)));
      }).catch(() => { /* the quote search shows errors */ });
    }
    try {
      const data = await api('quotes', { params: Object.assign({}, filters, { page, size: PAGE_SIZE }), signal });
      const hrefFor = (p) => appHref(Object.assign({ view: 'browse' }, filters, { page: p || null }));
      fill(results, renderQuoteList(data), renderPager(data, hrefFor, 'quote'));
      announce(`${plural(Number(data.total) || 0, 'quote')} found.`);
    } catch (error) {
      if (isAbort(error)) return;
      showProblemIn(results, error);
    } finally {
      if (!signal.aborted) setBusy(results, false);
    }
  }

  // ------------------------------------------------------------------ speaker view

  async function showSpeaker(params) {
    const id = validId(params.get('id'));
    const heading = $('#speaker-heading');
    const details = $('#speaker-details');
    const quotes = $('#speaker-quotes');
    fill(quotes);
    if (!id) {
      heading.textContent = 'Speaker';
      fill(details, renderProblem({ title: 'No speaker chosen', detail: 'The link has no valid speaker id.' }));
      return;
    }
    const page = pageParam(params);
    const signal = freshSignal('speaker');
    setBusy(details, true);
    fill(details, loading('Loading speaker…'));
    try {
      const [speaker, page0] = await Promise.all([
        api(`speakers/${id}`, { signal }),
        api(`speakers/${id}/quotes`, { params: { page, size: PAGE_SIZE }, signal }),
      ]);
      heading.textContent = speaker.name || `Speaker ${id}`;
      setTitle(heading.textContent);
      const aliases = Array.isArray(speaker.aliases) ? speaker.aliases : [];
      fill(details, 
        h('p', { class: 'speaker__facts' },
          h('span', { class: 'pill', 'data-testid': 'speaker-kind' }, kindLabel(speaker.kind)), ' ',
          h('span', { 'data-testid': 'speaker-quote-count' }, plural(Number(speaker.quoteCount ?? page0.total) || 0, 'quote')), ' · ',
          h('a', { href: appHref({ view: 'browse', speaker: speaker.name }) }, 'Search their quotes')),
        h('h2', { class: 'h3' }, 'Also known as'),
        aliases.length
          ? h('ul', { class: 'aliases', 'data-testid': 'aliases' }, aliases.map((a) => h('li', null, a)))
          : h('p', { class: 'muted', 'data-testid': 'aliases' }, 'No other names recorded.'));
      const hrefFor = (p) => appHref({ view: 'speaker', id, page: p || null });
      fill(quotes, h('h2', { class: 'h3' }, 'Quotes'), renderQuoteList(page0, { showSpeaker: false }), renderPager(page0, hrefFor, 'quote'));
      announce(`${speaker.name}: ${plural(Number(page0.total) || 0, 'quote')}.`);
    } catch (error) {
      if (isAbort(error)) return;
      heading.textContent = 'Speaker';
      showProblemIn(details, error);
    } finally {
      if (!signal.aborted) setBusy(details, false);
    }
  }

  function kindLabel(kind) {
    switch (kind) {
      case 'PERSON': return 'person';
      case 'ORGANISATION': return 'organisation';
      case 'ANONYMOUS': return 'anonymous source';
      case 'UNKNOWN': return 'unknown speaker';
      default: return kind ? String(kind).toLowerCase() : 'speaker';
    }
  }

  // ------------------------------------------------------------------ article list view

  const articlesForm = $('#articles-form');
  articlesForm.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(appHref({ view: 'articles', q: $('#articles-q').value.trim(), outlet: $('#articles-outlet').value.trim() }), { focus: false });
  });

  async function showArticles(params) {
    const q = (params.get('q') || '').trim();
    const outlet = (params.get('outlet') || '').trim();
    $('#articles-q').value = q;
    $('#articles-outlet').value = outlet;
    const page = pageParam(params);
    const results = $('#articles-results');
    const signal = freshSignal('articles');
    setBusy(results, true);
    fill(results, loading('Loading articles…'));
    try {
      const data = await api('articles', { params: { q, outlet, page, size: PAGE_SIZE }, signal });
      const items = Array.isArray(data.items) ? data.items : [];
      const list = items.length
        ? h('ol', { class: 'article-list', 'data-testid': 'article-list' }, items.map((a) => h('li', { class: 'article-item', 'data-testid': 'article-item', 'data-article-id': a.id },
          h('p', { class: 'article-item__title' }, h('a', { href: appHref({ view: 'article', id: a.id }) }, a.title || 'Untitled article')),
          h('p', { class: 'muted' }, joinWith([
            a.outlet || 'Unknown outlet', timeEl(a.publishedAt), a.author ? `by ${a.author}` : null,
            typeof a.quoteCount === 'number' ? plural(a.quoteCount, 'quote') : null,
          ].filter(Boolean), ' · ')))))
        : h('p', { class: 'empty', 'data-testid': 'empty' }, 'No articles match.');
      fill(results, list, renderPager(data, (p) => appHref({ view: 'articles', q, outlet, page: p || null }), 'article'));
      announce(`${plural(Number(data.total) || 0, 'article')} found.`);
    } catch (error) {
      if (isAbort(error)) return;
      showProblemIn(results, error);
    } finally {
      if (!signal.aborted) setBusy(results, false);
    }
  }

  // ------------------------------------------------------------------ article view

  const SPEAKER_COLOURS = 6;

  /**
   * Puts `text` into `container` as text nodes, wrapping each span [start, end) in a <mark>.
   * Spans overlapping an earlier one are not marked again; they are reported as nested in the
   * returned map (quote key → the mark that contains it). Offsets are UTF-16 indexes, as in Java.
   */
  function highlightText(container, text, spans, makeMark) {
    const valid = spans
      .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end > s.start && s.end <= text.length)
      .sort((a, b) => a.start - b.start || b.end - a.end);
    const marks = new Map();
    const placed = [];
    let cursor = 0;
    for (const span of valid) {
      if (span.start < cursor) {
        const outer = placed.find((p) => p.span.start <= span.start && p.span.end >= span.end) || placed[placed.length - 1];
        if (outer) marks.set(span.key, outer.mark);
        continue;
      }
      if (span.start > cursor) container.append(text.slice(cursor, span.start));
      const mark = makeMark(span, text.slice(span.start, span.end));
      container.append(mark);
      marks.set(span.key, mark);
      placed.push({ span, mark });
      cursor = span.end;
    }
    if (cursor < text.length) container.append(text.slice(cursor));
    return marks;
  }

  async function fetchAllArticleQuotes(id, signal) {
    const size = 100;
    const first = await api(`articles/${id}/quotes`, { params: { page: 0, size }, signal });
    const items = Array.isArray(first.items) ? first.items.slice() : [];
    const total = Number(first.total) || items.length;
    for (let page = 1; items.length < total && page < 50; page++) {
      const next = await api(`articles/${id}/quotes`, { params: { page, size }, signal });
      if (!Array.isArray(next.items) || !next.items.length) break;
      items.push(...next.items);
    }
    return items;
  }

  async function showArticle(params) {
    const id = validId(params.get('id'));
    const target = validId(params.get('quote'));
    const heading = $('#article-heading');
    const details = $('#article-details');
    if (!id) {
      heading.textContent = 'Article';
      fill(details, renderProblem({ title: 'No article chosen', detail: 'The link has no valid article id.' }));
      return;
    }
    const signal = freshSignal('article');
    setBusy(details, true);
    fill(details, loading('Loading article…'));
    try {
      const [article, quotes] = await Promise.all([api(`articles/${id}`, { signal }), fetchAllArticleQuotes(id, signal)]);
      heading.textContent = article.title || 'Untitled article';
      setTitle(heading.textContent);
      const text = typeof article.text === 'string' ? article.text : '';

      const colours = new Map();
      for (const q of quotes) {
        const key = q.speakerId != null ? 'id:' + q.speakerId : 'name:' + (q.speaker || '');
        if (!colours.has(key)) colours.set(key, { index: colours.size % SPEAKER_COLOURS, id: q.speakerId, name: q.speaker || 'Unknown speaker' });
      }
      const colourOf = (q) => colours.get(q.speakerId != null ? 'id:' + q.speakerId : 'name:' + (q.speaker || '')).index;

      const body = h('div', { class: 'article-text', 'data-testid': 'article-text' });
      const marks = highlightText(body, text,
        quotes.map((q) => ({ key: String(q.id), start: q.startOffset, end: q.endOffset, quote: q })),
        (span, slice) => h('mark', {
          class: `quote-mark quote-mark--c${colourOf(span.quote)}`,
          id: `quote-${span.key}`,
          'data-testid': 'article-quote',
          'data-quote-id': span.key,
          title: span.quote.speaker ? `Quote by ${span.quote.speaker}` : 'Quote',
          tabindex: '-1',
        }, slice));

      const meta = h('p', { class: 'article-meta muted', 'data-testid': 'article-meta' }, joinWith([
        h('strong', null, article.outlet || 'Unknown outlet'),
        timeEl(article.publishedAt),
        article.author ? `by ${article.author}` : null,
        plural(quotes.length, 'quote'),
        externalLink(article.url, 'Original article'),
      ].filter(Boolean), ' · '));

      const legend = colours.size ? h('ul', { class: 'speaker-legend', 'data-testid': 'speaker-legend', 'aria-label': 'Speakers highlighted in the text' },
        [...colours.values()].map((c) => h('li', null, h('span', { class: `swatch quote-mark--c${c.index}`, 'aria-hidden': 'true' }), speakerLink(c.id, c.name)))) : null;

      const list = h('ol', { class: 'article-quotes', 'data-testid': 'article-quotes' });
      for (const q of quotes) {
        const mark = marks.get(String(q.id));
        list.append(h('li', { 'data-quote-id': q.id },
          h('blockquote', null, q.text || ''),
          h('p', { class: 'muted' }, joinWith([
            speakerLink(q.speakerId, q.speaker),
            q.kind === 'FRAGMENT' ? 'fragment' : null,
            mark ? h('a', { href: `#${mark.id}`, class: 'jump', 'data-jump': mark.id }, 'Show in text') : h('span', null, 'not located in the text'),
            h('a', { href: appHref({ q: q.text, speaker: q.speaker }) }, 'Verify'),
          ].filter(Boolean), ' · '))));
      }

      fill(details, meta, legend,
        h('h2', { class: 'visually-hidden' }, 'Text'), body,
        h('h2', { class: 'h3' }, `Quotes in this article (${quotes.length})`),
        quotes.length ? list : h('p', { class: 'muted', 'data-testid': 'empty' }, 'No quotes were extracted from this article.'));
      announce(`${article.title || 'Article'} loaded, ${plural(quotes.length, 'quote')} highlighted.`);

      if (target) {
        const mark = marks.get(target);
        if (mark) {
          mark.classList.add('quote-mark--target');
          window.setTimeout(() => { mark.scrollIntoView({ block: 'center' }); }, 0);
        }
      }
    } catch (error) {
      if (isAbort(error)) return;
      heading.textContent = 'Article';
      showProblemIn(details, error);
    } finally {
      if (!signal.aborted) setBusy(details, false);
    }
  }

  document.addEventListener('click', (event) => {
    const jump = event.target instanceof Element ? event.target.closest('a[data-jump]') : null;
    if (!jump) return;
    const mark = document.getElementById(jump.getAttribute('data-jump'));
    if (!mark) return;
    event.preventDefault();
    for (const m of document.querySelectorAll('.quote-mark--target')) m.classList.remove('quote-mark--target');
    mark.classList.add('quote-mark--target');
    mark.scrollIntoView({ block: 'center' });
    mark.focus({ preventScroll: true });
  }, true);

  // ------------------------------------------------------------------ add-article view

  const addForm = $('#add-form');
  const apiKeyField = $('#api-key');
  const addStatus = $('#add-status');
  const addPreview = $('#add-preview');
  const ADD_FIELDS = ['outlet', 'title', 'url', 'publishedAt', 'author', 'text'];

  function readStoredKey() {
    try { return window.sessionStorage.getItem(KEY_STORAGE) || ''; } catch (e) { return ''; }
  }

  function storeKey(key) {
    try {
      if (key) window.sessionStorage.setItem(KEY_STORAGE, key);
      else window.sessionStorage.removeItem(KEY_STORAGE);
    } catch (e) { /* storage disabled: the key just is not remembered */ }
  }

  function showAdd() {
    if (!apiKeyField.value) apiKeyField.value = readStoredKey();
  }

  $('#forget-key').addEventListener('click', () => {
    storeKey('');
    apiKeyField.value = '';
    announce('API key forgotten.');
    apiKeyField.focus();
  });

  function articleBody() {
    const body = {};
    for (const f of ADD_FIELDS) {
      const value = $(`#add-${f}`).value;
      const trimmed = f === 'text' ? value : value.trim();
      if (trimmed.trim()) body[f] = trimmed;
    }
    return body;
  }

  function setFieldError(field, errorId, message) {
    let error = document.getElementById(errorId);
    if (!error) {
      error = h('p', { id: errorId, class: 'field-error' });
      field.insertAdjacentElement('afterend', error);
    }
    error.textContent = message;
    field.setAttribute('aria-invalid', 'true');
    const described = (field.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
    if (!described.includes(errorId)) field.setAttribute('aria-describedby', described.concat(errorId).join(' '));
  }

  function clearFieldError(field) {
    const errorId = field.id + '-error';
    const error = document.getElementById(errorId);
    if (error) error.remove();
    field.removeAttribute('aria-invalid');
    const described = (field.getAttribute('aria-describedby') || '').split(/\s+/).filter((x) => x && x !== errorId);
    if (described.length) field.setAttribute('aria-describedby', described.join(' '));
    else field.removeAttribute('aria-describedby');
  }

  function clearAddErrors() {
    for (const f of ADD_FIELDS) clearFieldError($(`#add-${f}`));
    clearFieldError(apiKeyField);
  }

  function applyFieldErrors(errors) {
    for (const e of errors || []) {
      if (!e || !e.field) continue;
      const name = String(e.field).split('.').pop();
      if (!ADD_FIELDS.includes(name)) continue;
      const field = $(`#add-${name}`);
      setFieldError(field, `${field.id}-error`, String(e.message || 'invalid'));
    }
  }

  function showAddProblem(problem) {
    const box = renderProblem(problem);
    fill(addStatus, box);
    applyFieldErrors(problem.errors);
    box.focus();
  }

  $('#preview-button').addEventListener('click', async () => {
    clearAddErrors();
    const body = articleBody();
    if (!body.text) {
      showAddProblem({ title: 'Nothing to preview', detail: 'Paste the article text first.', errors: [{ field: 'text', message: 'must not be blank' }] });
      return;
    }
    const signal = freshSignal('add');
    setBusy(addPreview, true);
    fill(addStatus);
    fill(addPreview, loading('Extracting quotes…'));
    try {
      const data = await api('articles/preview', { method: 'POST', body, signal });
      fill(addPreview, renderPreview(data));
      const count = Array.isArray(data.quotes) ? data.quotes.length : 0;
      announce(`Preview: ${plural(count, 'quote')} found.`);
    } catch (error) {
      if (isAbort(error)) return;
      fill(addPreview);
      const problem = toProblem(error);
      showAddProblem(problem);
      announceProblem(problem);
    } finally {
      if (!signal.aborted) setBusy(addPreview, false);
    }
  });

  function renderPreview(data) {
    const quotes = Array.isArray(data.quotes) ? data.quotes : [];
    const wrap = h('section', { class: 'card preview', 'aria-labelledby': 'preview-heading' },
      h('h2', { id: 'preview-heading', class: 'h3' }, 'Preview — nothing saved yet'),
      h('p', { 'data-testid': 'preview-count' }, `${plural(quotes.length, 'quote')} would be extracted.`));
    if (quotes.length) {
      wrap.append(h('ol', { class: 'preview__quotes', 'data-testid': 'preview-quotes' }, quotes.map((q, i) => h('li', { 'data-testid': 'preview-quote' },
        h('blockquote', null, q.text || ''),
        h('p', { class: 'muted' }, joinWith([
          h('span', null, 'Speaker: ', h('strong', { 'data-testid': 'preview-speaker' }, q.speaker || 'unknown')),
          q.speakerKind && q.speakerKind !== 'PERSON' ? kindLabel(q.speakerKind) : null,
          q.kind === 'FRAGMENT' ? 'fragment' : (q.kind ? 'full quote' : null),
          q.continuesPrevious ? 'continues the previous quote' : null,
          Number.isInteger(q.start) ? h('a', { href: `#preview-quote-${i}`, 'data-jump': `preview-quote-${i}` }, 'Show in text') : null,
        ].filter(Boolean), ' · '))))));
    }
    if (typeof data.text === 'string' && data.text) {
      const body = h('div', { class: 'article-text', 'data-testid': 'preview-text' });
      highlightText(body, data.text, quotes.map((q, i) => ({ key: String(i), start: q.start, end: q.end, quote: q })),
        (span, slice) => h('mark', { class: 'quote-mark quote-mark--c0', id: `preview-quote-${span.key}`, tabindex: '-1', title: span.quote.speaker ? `Quote by ${span.quote.speaker}` : 'Quote' }, slice));
      wrap.append(h('details', { class: 'preview__text', open: true }, h('summary', null, 'Cleaned text with the quotes highlighted'), body));
    }
    return wrap;
  }

  addForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearAddErrors();
    const body = articleBody();
    const missing = [];
    if (!body.outlet) missing.push({ field: 'outlet', message: 'Enter the outlet.' });
    if (!body.title) missing.push({ field: 'title', message: 'Enter the headline.' });
    if (!body.publishedAt) missing.push({ field: 'publishedAt', message: 'Enter the publication date.' });
    if (!body.text) missing.push({ field: 'text', message: 'Paste the article text.' });
    if (body.url && !safeExternalUrl(body.url)) missing.push({ field: 'url', message: 'Enter a full http:// or https:// address, or leave it empty.' });
    const key = apiKeyField.value.trim();
    if (missing.length || !key) {
      showAddProblem({ title: 'Some fields need attention', detail: key ? '' : 'Enter the API key to save.', errors: missing });
      if (!key) setFieldError(apiKeyField, 'api-key-error', 'Enter the API key to save.');
      const firstInvalid = addForm.querySelector('[aria-invalid="true"]');
      if (firstInvalid) firstInvalid.focus();
      return;
    }
    const signal = freshSignal('add');
    const saveButton = $('#save-button');
    saveButton.disabled = true;
    setBusy(addStatus, true);
    fill(addStatus, loading('Saving the article…'));
    try {
      const data = await api('articles', { method: 'POST', body, apiKey: key, signal });
      storeKey(key);
      const article = data && data.article ? data.article : {};
      const count = Array.isArray(data && data.quotes) ? data.quotes.length : 0;
      const created = !(data && data.created === false);
      const message = created
        ? `Saved “${article.title || body.title}” with ${plural(count, 'quote')}.`
        : `This article was already stored (same text); nothing new was saved.`;
      const box = h('div', { class: 'notice notice--success', role: 'status', 'data-testid': 'save-result', 'data-created': String(created), tabindex: '-1' },
        h('p', null, message),
        article.id != null ? h('p', null, h('a', { href: appHref({ view: 'article', id: article.id }), 'data-testid': 'saved-article-link' }, 'Open the article')) : null);
      fill(addStatus, box);
      box.focus();
      announce(message);
    } catch (error) {
      if (isAbort(error)) return;
      const problem = toProblem(error);
      if (problem.status === 401 || problem.status === 403) {
        storeKey('');
        setFieldError(apiKeyField, 'api-key-error', 'The server did not accept this API key.');
      }
      showAddProblem(problem);
      announceProblem(problem);
    } finally {
      saveButton.disabled = false;
      if (!signal.aborted) setBusy(addStatus, false);
    }
  });

  apiKeyField.addEventListener('input', () => clearFieldError(apiKeyField));

  // ------------------------------------------------------------------ start

  const views = {
    verify: showVerify,
    browse: showBrowse,
    speaker: showSpeaker,
    articles: showArticles,
    article: showArticle,
    add: showAdd,
  };

  render({ focus: false });
})();
