/*
 * Verbatim extension — background (MV3 service worker in Chromium, event page in Firefox).
 *
 * - Adds the context-menu items "Verify with Verbatim" (selected text) and "Check this page with
 *   Verbatim" (the page).
 * - Does every call to the Verbatim server (POST {server}/api/v1/verify and /api/v1/check); the popup
 *   asks through runtime messages. The server URL comes from chrome.storage.sync ("server"), default
 *   http://localhost:8080. Both endpoints answer any origin (the server's CorsRules), so a fresh
 *   install needs no server configuration (see README.md).
 * - "Check this page" (checkPageInTab): page-check.js reads the article text, the answer marks the
 *   quotes in place and the panel lists them.
 * - Shows the answer in an in-page panel (context menu, or the popup's "Check the selection on
 *   this page" button): injects panel.js with chrome.scripting (allowed by activeTab after the
 *   menu click), which imports the shared renderer, and hands it the panel's styles. Where a page cannot be scripted (browser pages,
 *   the web store), the answer is kept in storage.session and the toolbar badge says so; the
 *   popup shows it.
 */
'use strict';

const DEFAULT_SERVER = 'http://localhost:8080';
const MENU_ID = 'verbatim-verify';
const PAGE_MENU_ID = 'verbatim-check-page';
const TIMEOUT_MS = 20000;

function normalizeServer(value) {
  try {
    const url = new URL(String(value || '').trim() || DEFAULT_SERVER);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return DEFAULT_SERVER;
    return (url.origin + url.pathname).replace(/\/+$/, '');
  } catch (e) {
    return DEFAULT_SERVER;
  }
}

async function getServer() {
  const stored = await chrome.storage.sync.get({ server: DEFAULT_SERVER });
  return normalizeServer(stored.server);
}

function problem(title, detail, status) {
  return { title, detail, status: status || 0 };
}

/**
 * POSTs `payload` as JSON to `path` on the configured server. Resolves to {ok: true, server, data} or
 * {ok: false, server, problem} (the server's problem+json when it sent one); never rejects.
 */
async function postJson(path, payload) {
  const server = await getServer();
  let response;
  try {
    response = await fetch(`${server}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json, application/problem+json' },
      body: JSON.stringify(payload),
      credentials: 'omit',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    const timedOut = error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    return {
      ok: false, server,
      problem: problem(timedOut ? 'The Verbatim server did not answer in time' : 'Cannot reach the Verbatim server',
        `No answer from ${server}. Check the server address in the extension options, that the service is running, ` +
        'and that the extension is allowed to access it.'),
    };
  }
  let data = null;
  try { data = await response.json(); } catch (e) { data = null; }
  if (!response.ok) {
    const p = data && typeof data === 'object' ? data : {};
    return {
      ok: false, server,
      problem: {
        title: typeof p.title === 'string' && p.title ? p.title : `HTTP ${response.status}`,
        detail: typeof p.detail === 'string' ? p.detail
          : (response.status === 403 ? 'The server refused this extension\'s origin. Check the server address in '
            + 'the extension options: Verbatim answers quote and page checks for any origin, but other paths, and '
            + 'servers older than this extension, only origins listed in verbatim.cors.origins.' : ''),
        status: response.status,
        errors: Array.isArray(p.errors) ? p.errors : [],
      },
    };
  }
  return { ok: true, server, data };
}

function unexpected(server, status) {
  return { ok: false, server, problem: problem('Unexpected answer', `${server} did not answer like a Verbatim server.`, status) };
}

/** Calls the verify endpoint. Resolves to {ok, server, result} or {ok: false, server, problem}; never rejects. */
async function verify(body) {
  const quote = String((body && body.quote) || '').trim();
  if (!quote) return { ok: false, server: await getServer(), problem: problem('Nothing to check', 'Select or type a quote first.') };
  const payload = { quote };
  for (const key of ['speaker', 'outlet', 'date']) {
    const value = body && typeof body[key] === 'string' ? body[key].trim() : '';
    if (value) payload[key] = value;
  }
  const answer = await postJson('/api/v1/verify', payload);
  if (!answer.ok) return answer;
  if (!answer.data || typeof answer.data.verdict !== 'string') return unexpected(answer.server, 200);
  return { ok: true, server: answer.server, result: answer.data };
}

/** Calls the page check with a page's text and metadata ({text, outlet, publishedAt, url, title}; nulls left out). */
async function checkText(page) {
  const payload = {};
  for (const key of ['text', 'outlet', 'publishedAt', 'url', 'title']) if (page[key]) payload[key] = page[key];
  const answer = await postJson('/api/v1/check', payload);
  if (!answer.ok) return answer;
  if (!answer.data || !Array.isArray(answer.data.quotes)) return unexpected(answer.server, 200);
  return { ok: true, server: answer.server, result: answer.data };
}

// The panel's one stylesheet: the shared answer styles (the web client's), then the panel frame.
const PANEL_STYLES = ['shared/answer.css', 'panel.css'];
let cssText = null;
async function panelCss() {
  if (cssText === null) {
    const parts = await Promise.all(PANEL_STYLES.map(async (file) => (await fetch(chrome.runtime.getURL(file))).text()));
    cssText = parts.join('\n');
  }
  return cssText;
}

async function showInTab(tabId, message) {
  const css = await panelCss();
  await chrome.scripting.executeScript({ target: { tabId }, files: ['panel.js'] });
  await chrome.scripting.executeScript({
    target: { tabId },
    func: (msg, styles) => window.__verbatimPanel.show(msg, styles),
    args: [message, css],
  });
}

async function remember(entry) {
  try {
    await chrome.storage.session.set({ last: Object.assign({ at: Date.now() }, entry) });
  } catch (e) { /* storage.session missing: the popup just has nothing to show */ }
}

function setupMenu() {
  chrome.contextMenus.removeAll(() => {
    const ignoreClash = () => { void chrome.runtime.lastError; }; // an id clash after a reload is harmless
    chrome.contextMenus.create({ id: MENU_ID, title: 'Verify with Verbatim', contexts: ['selection'] }, ignoreClash);
    chrome.contextMenus.create({ id: PAGE_MENU_ID, title: 'Check this page with Verbatim', contexts: ['page'] }, ignoreClash);
  });
}

chrome.runtime.onInstalled.addListener(setupMenu);
if (chrome.runtime.onStartup) chrome.runtime.onStartup.addListener(setupMenu);

/** The toolbar badge says an answer waits in the popup (the page could not show it). */
async function badge() {
  try {
    await chrome.action.setBadgeBackgroundColor({ color: '#0b5cad' });
    await chrome.action.setBadgeText({ text: '1' });
  } catch (e) { /* ignore */ }
}

/**
 * Checks `quote` and shows the answer in a panel in tab `tabId` (loading state first). Used by the
 * context-menu item and by the popup's "check the selection on this page" button.
 */
async function verifyInTab(quote, tabId) {
  const server = await getServer();
  let panelShown = false;
  if (Number.isInteger(tabId) && tabId >= 0) {
    try {
      await showInTab(tabId, { state: 'loading', quote, server });
      panelShown = true;
    } catch (e) {
      panelShown = false; // e.g. browser pages cannot be scripted
    }
  }
  const answer = await verify({ quote });
  const message = answer.ok
    ? { state: 'result', quote, server: answer.server, result: answer.result }
    : { state: 'problem', quote, server: answer.server, problem: answer.problem };
  await remember(message);
  if (panelShown) {
    try {
      await showInTab(tabId, message);
      return { shown: true, answer };
    } catch (e) { /* the tab navigated away: fall through to the badge */ }
  }
  await badge();
  return { shown: false, answer };
}

async function inTab(tabId, func, args) {
  const [injection] = await chrome.scripting.executeScript({ target: { tabId }, func, args: args || [] });
  return injection ? injection.result : undefined;
}

/** Shows `message` in the tab's panel; where that fails, keeps it for the popup and sets the badge. */
async function report(tabId, message) {
  await remember(message);
  try {
    await showInTab(tabId, message);
    return true;
  } catch (e) {
    await badge();
    return false;
  }
}

/**
 * "Check this page": reads the article text of tab `tabId` (page-check.js, page-text.js), sends it to
 * /api/v1/check, marks every quote in place (shared marks.js, marks.css) and lists them in the panel.
 * Used by the context-menu item and the popup's button. Resolves to {shown, sent, marked, changed,
 * problem}: `sent` is what went to the server (the browser tests check that furniture stays out).
 */
async function checkPageInTab(tabId) {
  const server = await getServer();
  let page;
  try {
    await chrome.scripting.insertCSS({ target: { tabId }, files: ['shared/marks.css'] });
    await chrome.scripting.executeScript({ target: { tabId }, files: ['page-check.js'] });
    page = await inTab(tabId, () => window.__verbatimPageCheck.collect());
  } catch (e) {
    const message = { state: 'problem', kind: 'page', server,
      problem: problem('Cannot read this page', 'The browser does not let extensions read this tab.') };
    await remember(message);
    await badge();
    return { shown: false, problem: message.problem };
  }
  if (!page || !page.text) {
    const message = { state: 'problem', kind: 'page', server,
      problem: problem('No article text found', 'Verbatim found no paragraphs of text on this page to check.') };
    return { shown: await report(tabId, message), sent: page, problem: message.problem };
  }
  try { await showInTab(tabId, { state: 'loading', kind: 'page', server }); } catch (e) { /* shown with the answer */ }
  const answer = await checkText(page);
  if (!answer.ok) {
    const message = { state: 'problem', kind: 'page', server: answer.server, problem: answer.problem };
    return { shown: await report(tabId, message), sent: page, problem: answer.problem };
  }
  let marking = { marked: [], changed: true };
  try {
    marking = await inTab(tabId, (result, text) => window.__verbatimPageCheck.mark(result, text), [answer.result, page.text]);
  } catch (e) { /* the tab navigated away */ }
  const message = { state: 'result', kind: 'page', server: answer.server, result: answer.result,
    marked: marking.marked, changed: marking.changed, title: page.title };
  return { shown: await report(tabId, message), sent: page, marked: marking.marked, changed: marking.changed };
}

chrome.contextMenus.onClicked.addListener((info, tab) => {
  const tabId = tab ? tab.id : undefined;
  if (info.menuItemId === MENU_ID) verifyInTab(String(info.selectionText || '').trim(), tabId);
  else if (info.menuItemId === PAGE_MENU_ID && Number.isInteger(tabId)) checkPageInTab(tabId);
});

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (!message || sender.id !== chrome.runtime.id) return false;
  if (message.type === 'verify') {
    verify(message).then(async (answer) => {
      await remember(answer.ok
        ? { state: 'result', quote: message.quote, speaker: message.speaker, server: answer.server, result: answer.result }
        : { state: 'problem', quote: message.quote, speaker: message.speaker, server: answer.server, problem: answer.problem });
      sendResponse(answer);
    });
    return true; // async response
  }
  if (message.type === 'verify-selection') {
    verifyInTab(String(message.quote || '').trim(), message.tabId).then(sendResponse);
    return true;
  }
  if (message.type === 'check-page') {
    checkPageInTab(message.tabId).then(sendResponse);
    return true;
  }
  if (message.type === 'server') {
    getServer().then((server) => sendResponse({ server, defaultServer: DEFAULT_SERVER }));
    return true;
  }
  if (message.type === 'clear-badge') {
    chrome.action.setBadgeText({ text: '' }).then(() => sendResponse({ ok: true }), () => sendResponse({ ok: false }));
    return true;
  }
  return false;
});
