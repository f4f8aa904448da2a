/* Verbatim extension — popup: verify typed or pasted text; shows the last context-menu check. */
'use strict';

(function () {
  const R = window.VerbatimRender;
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
    if (entry.state === 'result') {
      result.replaceChildren(R.renderResult(entry.result, { server: entry.server, submitted: { quote: entry.quote, speaker: entry.speaker } }));
      announce(`Result: ${entry.result.verdict}. ${entry.result.explanation || ''}`);
    } else {
      result.replaceChildren(R.renderProblem(entry.problem));
      announce(`Error: ${(entry.problem && entry.problem.title) || 'request failed'}`);
    }
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
      result.replaceChildren(R.renderProblem({ title: 'Nothing to check', detail: 'Type or paste a quote first.' }));
      quote.focus();
      return;
    }
    const button = document.getElementById('vb-submit');
    button.disabled = true;
    result.setAttribute('aria-busy', 'true');
    result.replaceChildren(R.renderLoading('Checking the quote…'));
    try {
      const answer = await chrome.runtime.sendMessage({ type: 'verify', quote: text, speaker: speaker.value.trim() });
      showAnswer(answer.ok
        ? { state: 'result', result: answer.result, server: answer.server, quote: text, speaker: speaker.value.trim() }
        : { state: 'problem', problem: answer.problem, server: answer.server });
    } catch (e) {
      showAnswer({ state: 'problem', problem: { title: 'The extension could not run the check', detail: String(e && e.message || e) } });
    } finally {
      button.disabled = false;
      result.removeAttribute('aria-busy');
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
      }
      await chrome.runtime.sendMessage({ type: 'clear-badge' });
    } catch (e) { /* storage.session unavailable */ }
    quote.focus();
  }

  init();
})();
