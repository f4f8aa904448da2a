/*
 * Verbatim extension — popup: verify typed or pasted text, check the selection or the whole page in
 * the current tab; shows the last context-menu check.
 * An ES module (popup.html loads it with type="module"); answers are drawn by answer-view.js.
 */
import { renderEntry, summary } from './answer-view.js';

const form = document.getElementById('vb-form');
const quote = document.getElementById('vb-quote');
const speaker = document.getElementById('vb-speaker');
const result = document.getElementById('vb-result');
const status = document.getElementById('vb-status');
const note = document.getElementById('vb-note');
const serverLabel = document.getElementById('vb-server');
const LAST_MAX_AGE_MS = 10 * 60 * 1000;

function announce(text) {
  status.textContent = '';
  setTimeout(() => { status.textContent = text; }, 50);
}

function showAnswer(entry) {
  result.replaceChildren(renderEntry(entry));
  announce(summary(entry));
}

function showProblem(title, detail) {
  result.replaceChildren(renderEntry({ state: 'problem', problem: { title, detail } }));
}

quote.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey && !event.altKey && !event.isComposing) {
    event.preventDefault();
    form.requestSubmit();
  }
});

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const text = quote.value.trim();
  note.hidden = true;
  if (!text) {
    showProblem('Nothing to check', 'Type or paste a quote first.');
    quote.focus();
    return;
  }
  const button = document.getElementById('vb-submit');
  button.disabled = true;
  result.setAttribute('aria-busy', 'true');
  result.replaceChildren(renderEntry({ state: 'loading' }, 'Checking the quote…'));
  try {
    const answer = await chrome.runtime.sendMessage({ type: 'verify', quote: text, speaker: speaker.value.trim() });
    showAnswer(answer.ok
      ? { state: 'result', result: answer.result, server: answer.server, quote: text, speaker: speaker.value.trim() }
      : { state: 'problem', problem: answer.problem, server: answer.server });
  } catch (e) {
    showAnswer({ state: 'problem', problem: { title: 'The extension could not run the check', detail: String((e && e.message) || e) } });
  } finally {
    button.disabled = false;
    result.removeAttribute('aria-busy');
  }
});

// Reads the selection in the active tab (allowed by activeTab: the user opened this popup from
// the toolbar) and lets the background show the answer in a panel on that page.
document.getElementById('vb-selection').addEventListener('click', async () => {
  note.hidden = true;
  try {
    const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
    if (!tab || tab.id === undefined) throw new Error('no active tab');
    const [injection] = await chrome.scripting.executeScript({
      target: { tabId: tab.id },
      func: () => String(window.getSelection ? window.getSelection() : ''),
    });
    const selected = String((injection && injection.result) || '').trim();
    if (!selected) {
      showProblem('Nothing selected', 'Select the quote on the page first, or paste it above.');
      return;
    }
    chrome.runtime.sendMessage({ type: 'verify-selection', tabId: tab.id, quote: selected });
    window.close();
  } catch (e) {
    showProblem('Cannot read this page', 'The browser does not let extensions read this tab. Paste the quote above instead.');
  }
});

// "Check this page": the background reads the article in the active tab, checks it and marks its
// quotes there (the same function as the context-menu item).
document.getElementById('vb-page').addEventListener('click', async () => {
  note.hidden = true;
  try {
    const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
    if (!tab || tab.id === undefined) throw new Error('no active tab');
    chrome.runtime.sendMessage({ type: 'check-page', tabId: tab.id });
    window.close();
  } catch (e) {
    showProblem('Cannot check this page', 'The browser does not let extensions read this tab.');
  }
});

async function init() {
  try {
    const info = await chrome.runtime.sendMessage({ type: 'server' });
    serverLabel.textContent = info && info.server ? info.server : '';
  } catch (e) { /* ignore */ }
  try {
    const { last } = await chrome.storage.session.get('last');
    if (last && Date.now() - last.at < LAST_MAX_AGE_MS && last.quote) {
      quote.value = last.quote;
      if (last.speaker) speaker.value = last.speaker;
      note.textContent = 'Your last check:';
      note.hidden = false;
      showAnswer(last);
    } else if (last && Date.now() - last.at < LAST_MAX_AGE_MS && last.kind === 'page' && last.state === 'problem') {
      showProblem(last.problem.title, last.problem.detail); // the page could not show it
    }
    await chrome.runtime.sendMessage({ type: 'clear-badge' });
  } catch (e) { /* storage.session unavailable */ }
  quote.focus();
}

init();
