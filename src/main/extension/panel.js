/*
 * Verbatim extension — the in-page result panel. Injected (with render.js) by the service worker
 * through chrome.scripting when the context-menu item is used; never declared as a content script,
 * so it only runs on pages where the user asked for it (activeTab).
 *
 * The panel lives in a shadow root (page CSS cannot reach it, its CSS cannot leak out) and is
 * styled with a constructed stylesheet (not subject to the page's style-src CSP). It is a
 * non-modal dialog: it takes focus when it opens, Escape or the Close button closes it and
 * focus goes back where it was.
 *
 * Test hooks: host element #verbatim-extension-panel (open shadow root) containing
 * [data-testid=verbatim-panel], [data-testid=panel-close], [data-testid=panel-selection] and the
 * render.js hooks ([data-testid=verdict], [data-testid=sources] > li, …).
 */
(function () {
  'use strict';

  if (window.__verbatimPanel) return;

  const R = window.VerbatimRender;
  let host = null;
  let panel = null;
  let body = null;
  let previousFocus = null;

  function ensure(css) {
    if (host && host.isConnected) return;
    host = document.createElement('div');
    host.id = 'verbatim-extension-panel';
    const root = host.attachShadow({ mode: 'open' });
    applyCss(root, css || '');
    const close = R.h('button', { class: 'vb-panel-close', type: 'button', 'data-testid': 'panel-close', 'aria-label': 'Close the Verbatim panel' }, 'Close');
    close.addEventListener('click', closePanel);
    body = R.h('div', { class: 'vb-panel-body' });
    panel = R.h('section', {
      class: 'vb-panel', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'vb-panel-title',
      tabindex: '-1', 'data-testid': 'verbatim-panel',
    },
    R.h('div', { class: 'vb-panel-head' }, R.h('h2', { class: 'vb-panel-title', id: 'vb-panel-title' }, 'Verbatim'), close),
    body);
    root.append(panel);
    (document.body || document.documentElement).append(host);
    previousFocus = document.activeElement;
    window.addEventListener('keydown', onKeydown, true);
  }

  function applyCss(root, css) {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [sheet];
    } catch (e) {
      // Older engines (and some Firefox content-script contexts): a <style> in the shadow root.
      const style = document.createElement('style');
      style.textContent = css;
      root.append(style);
    }
  }

  function onKeydown(event) {
    if (event.key === 'Escape' && host && host.isConnected) {
      event.stopPropagation();
      closePanel();
    }
  }

  function closePanel() {
    window.removeEventListener('keydown', onKeydown, true);
    if (host) host.remove();
    host = null;
    panel = null;
    body = null;
    if (previousFocus && typeof previousFocus.focus === 'function' && previousFocus.isConnected) {
      try { previousFocus.focus({ preventScroll: true }); } catch (e) { /* ignore */ }
    }
    previousFocus = null;
  }

  /**
   * message: {state: 'loading'|'result'|'problem', quote, speaker, server, result, problem}
   */
  function show(message, css) {
    ensure(css);
    const m = message || {};
    const children = [];
    if (m.quote) children.push(R.h('p', { class: 'vb-selection', 'data-testid': 'panel-selection' }, '“', m.quote, '”'));
    if (m.state === 'loading') children.push(R.renderLoading('Checking the selected quote…'));
    else if (m.state === 'result') children.push(R.renderResult(m.result || {}, { server: m.server, submitted: { quote: m.quote, speaker: m.speaker } }));
    else children.push(R.renderProblem(m.problem));
    body.replaceChildren(...children);
    panel.setAttribute('aria-busy', m.state === 'loading' ? 'true' : 'false');
    panel.focus({ preventScroll: true });
  }

  window.__verbatimPanel = { show, close: closePanel };
})();
