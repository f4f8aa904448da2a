/*
 * Verbatim extension — the in-page result panel. Injected by the service worker through
 * chrome.scripting when the context-menu item (or the popup's "Check selection on page") is used;
 * never declared as a content script, so it only runs on pages where the user asked for it
 * (activeTab).
 *
 * A content script cannot be an ES module, so this one imports answer-view.js (and through it the
 * shared renderer) with import() on first use. Those files are web_accessible_resources with
 * use_dynamic_url: reachable through the extension's per-session URL only (manifest.json).
 *
 * The panel lives in a shadow root (page CSS cannot reach it, its CSS cannot leak out) and is
 * styled with a constructed stylesheet (not subject to the page's style-src CSP). It is a
 * non-modal dialog: it takes focus when it opens, Escape or the Close button closes it and
 * focus goes back where it was.
 *
 * Test hooks: host element #verbatim-extension-panel (open shadow root) containing
 * [data-testid=verbatim-panel], [data-testid=panel-close], [data-testid=panel-selection] and the
 * hooks of the shared renderer ([data-testid=verdict], [data-testid=sources] > li, …); for a page
 * check, [data-testid=page-marked], the shared list ([data-testid=check-list], render/check-list.js) and
 * [data-testid=panel-clear-marks].
 */
(function () {
  'use strict';

  if (window.__verbatimPanel) return;

  let view = null;
  let host = null;
  let panel = null;
  let body = null;
  let title = null;
  let previousFocus = null;

  async function answerView() {
    if (!view) view = await import(chrome.runtime.getURL('answer-view.js'));
    return view;
  }

  function ensure(css, h) {
    if (host && host.isConnected) return;
    host = document.createElement('div');
    host.id = 'verbatim-extension-panel';
    const root = host.attachShadow({ mode: 'open' });
    applyCss(root, css || '');
    const close = h('button', { class: 'vb-panel-close', type: 'button', 'data-testid': 'panel-close', 'aria-label': 'Close the Verbatim panel' }, 'Close');
    close.addEventListener('click', closePanel);
    body = h('div', { class: 'vb-panel-body' });
    title = h('h2', { class: 'vb-panel-title', id: 'vb-panel-title' }, 'Verbatim');
    panel = h('section', {
      class: 'vb-panel', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'vb-panel-title',
      tabindex: '-1', 'data-testid': 'verbatim-panel',
    },
    h('div', { class: 'vb-panel-head' }, title, close),
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
    title = null;
    if (previousFocus && typeof previousFocus.focus === 'function' && previousFocus.isConnected) {
      try { previousFocus.focus({ preventScroll: true }); } catch (e) { /* ignore */ }
    }
    previousFocus = null;
  }

  /** The page check's own controls: "Clear marks" (page-check.js put them there). */
  function pageControls(v) {
    const clear = v.h('button', { class: 'vb-panel-action', type: 'button', 'data-testid': 'panel-clear-marks' }, 'Clear marks');
    clear.addEventListener('click', async () => {
      if (window.__verbatimPageCheck) await window.__verbatimPageCheck.clear();
      clear.disabled = true;
      clear.textContent = 'Marks cleared';
    });
    return v.h('p', { class: 'vb-panel-actions' }, clear);
  }

  function showInText(index) {
    if (window.__verbatimPageCheck) window.__verbatimPageCheck.reveal(index);
  }

  /**
   * message: an answer-view.js entry ({state: 'loading'|'result'|'problem', quote, server, …}); with
   * kind 'page', a page check (the list of the page's quotes).
   */
  async function show(message, css) {
    const v = await answerView();
    ensure(css, v.h);
    const m = message || {};
    if (m.kind === 'page') {
      title.textContent = 'Verbatim — quotes on this page';
      body.replaceChildren(v.renderPageEntry(m, { onShow: showInText }),
        m.state === 'result' && !m.changed ? pageControls(v) : '');
    } else {
      title.textContent = 'Verbatim';
      body.replaceChildren(
        m.quote ? v.h('p', { class: 'vb-selection', 'data-testid': 'panel-selection' }, '“', m.quote, '”') : '',
        v.renderEntry(m, 'Checking the selected quote…'));
    }
    panel.setAttribute('aria-busy', m.state === 'loading' ? 'true' : 'false');
    panel.focus({ preventScroll: true });
  }

  window.__verbatimPanel = { show, close: closePanel };
})();
