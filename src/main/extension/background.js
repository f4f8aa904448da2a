/*
 * Verbatim extension — background (MV3 service worker in Chromium, event page in Firefox).
 *
 * - Adds the context-menu item "Verify with Verbatim" for selected text.
 * - Does every call to the Verbatim server (POST {server}/api/v1/verify); the popup asks through
 *   runtime messages. The server URL comes from chrome.storage.sync ("server"), default
 *   http://localhost:8080. Requests to hosts in host_permissions are not blocked by CORS, but the
 *   server's CORS filter still sees Origin: chrome-extension://<id> (see README.md).
 * - Shows the answer in an in-page panel (context menu, or the popup's "Check the selection on
 *   this page" button): injects panel.js with chrome.scripting (allowed by activeTab after the
 *   menu click), which imports the shared renderer, and hands it the panel's styles. Where a page cannot be scripted (browser pages,
 *   the web store), the answer is kept in storage.session and the toolbar badge says so; the
 *   popup shows it.
 */
'use strict';

const DEFAULT_SERVER = 'http://localhost:8080';
const MENU_ID = 'verbatim-verify';
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

/** Calls the verify endpoint. Resolves to {ok, server, result} or {ok: false, server, problem}; never rejects. */
async function verify(body) {
  const server = await getServer();
  const quote = String((body && body.quote) || '').trim();
  if (!quote) return { ok: false, server, problem: problem('Nothing to check', 'Select or type a quote first.') };
  const payload = { quote };
  for (const key of ['speaker', 'outlet', 'date']) {
    const value = body && typeof body[key] === 'string' ? body[key].trim() : '';
    if (value) payload[key] = value;
  }
  let response;
  try {
    response = await fetch(`${server}/api/v1/verify`, {
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
          : (response.status === 403 ? 'The server refused the request. Is this extension\'s origin allowed (verbatim.cors.origins)?' : ''),
        status: response.status,
        errors: Array.isArray(p.errors) ? p.errors : [],
      },
    };
  }
  if (!data || typeof data.verdict !== 'string') {
    return { ok: false, server, problem: problem('Unexpected answer', `${server} did not answer like a Verbatim server.`, response.status) };
  }
  return { ok: true, server, result: data };
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
    chrome.contextMenus.create({ id: MENU_ID, title: 'Verify with Verbatim', contexts: ['selection'] }, () => {
      void chrome.runtime.lastError; // an id clash after a reload is harmless
    });
  });
}

chrome.runtime.onInstalled.addListener(setupMenu);
if (chrome.runtime.onStartup) chrome.runtime.onStartup.addListener(setupMenu);

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
  try {
    await chrome.action.setBadgeBackgroundColor({ color: '#0b5cad' });
    await chrome.action.setBadgeText({ text: '1' });
  } catch (e) { /* ignore */ }
  return { shown: false, answer };
}

chrome.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId !== MENU_ID) return;
  verifyInTab(String(info.selectionText || '').trim(), tab ? tab.id : undefined);
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
