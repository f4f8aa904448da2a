/*
 * Verbatim extension — "Check this page" inside the tab. Injected by the service worker with
 * chrome.scripting (after the popup button or the context-menu item: activeTab), like panel.js; a
 * content script cannot be an ES module, so it imports page-text.js and the shared marks.js with
 * import() (both web_accessible_resources).
 *
 * The background calls, in order: collect() → the article text and the page's outlet/title/URL;
 * then, with the /check answer, mark(answer, text) → the indices marked; the panel's buttons call
 * reveal(index) and clear(). Every call starts by removing earlier marks, so checking a page twice
 * leaves one set of marks, and mark() refuses (changed: true) if the page's text is no longer the
 * text that was checked.
 */
(function () {
  'use strict';

  if (window.__verbatimPageCheck) return;

  let modules = null;
  async function load() {
    if (!modules) {
      const [text, marks] = await Promise.all([
        import(chrome.runtime.getURL('page-text.js')),
        import(chrome.runtime.getURL('shared/render/marks.js')),
      ]);
      modules = { text, marks };
    }
    return modules;
  }

  async function fresh() {
    const { text, marks } = await load();
    marks.clearMarks(document);
    return text.collectText(text.findArticleRoot(document));
  }

  /** The article text and where the page says it comes from. */
  async function collect() {
    const { text } = await load();
    const found = await fresh();
    return Object.assign({ text: found.text }, text.pageMeta(document, location));
  }

  /** Marks the quotes of `answer` (a /check answer for `sentText`). */
  async function mark(answer, sentText) {
    const { marks } = await load();
    const found = await fresh();
    if (found.text !== sentText) return { marked: [], changed: true };
    const quotes = Array.isArray(answer && answer.quotes) ? answer.quotes : [];
    return { marked: marks.markQuotes(found.segments, quotes), changed: false };
  }

  async function clear() {
    const { marks } = await load();
    return marks.clearMarks(document);
  }

  /** Scrolls to quote `index` and outlines it briefly. */
  async function reveal(index) {
    const { marks } = await load();
    const first = document.getElementById(marks.markId(index));
    if (!first) return false;
    first.scrollIntoView({ block: 'center', behavior: 'smooth' });
    for (const m of document.querySelectorAll('mark.verbatim-mark--shown')) m.classList.remove('verbatim-mark--shown');
    first.classList.add('verbatim-mark--shown');
    return true;
  }

  window.__verbatimPageCheck = { collect, mark, clear, reveal };
})();
