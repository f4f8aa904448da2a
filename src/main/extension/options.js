/* Verbatim extension — options: the server URL, kept in chrome.storage.sync. */
'use strict';

(function () {
  const DEFAULT_SERVER = 'http://localhost:8080';
  const form = document.getElementById('options-form');
  const input = document.getElementById('server');
  const status = document.getElementById('options-status');

  function say(text, kind) {
    status.textContent = text;
    status.className = kind ? `status status--${kind}` : 'status';
  }

  function normalize(value) {
    const url = new URL(String(value).trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('Use an http:// or https:// address.');
    return (url.origin + url.pathname).replace(/\/+$/, '');
  }

  async function ensurePermission(server) {
    const origins = [new URL(server).origin + '/*'];
    if (await chrome.permissions.contains({ origins })) return true;
    // Must run from the click (a user gesture); the browser asks the user.
    return chrome.permissions.request({ origins });
  }

  async function save(server) {
    let granted = false;
    try {
      granted = await ensurePermission(server);
    } catch (e) {
      granted = false;
    }
    await chrome.storage.sync.set({ server });
    input.value = server;
    if (granted) say(`Saved. The extension now checks quotes with ${server}.`, 'ok');
    else say(`Saved ${server}. The browser did not grant access to it, which checks do not need (Verbatim answers them for any origin); they fail only on a Verbatim server older than that rule.`, 'warn');
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    input.removeAttribute('aria-invalid');
    let server;
    try {
      server = normalize(input.value || DEFAULT_SERVER);
    } catch (e) {
      input.setAttribute('aria-invalid', 'true');
      say(`Not a valid address: ${e.message && !/Invalid URL/i.test(e.message) ? e.message : 'enter something like https://verbatim.example.org'}`, 'error');
      input.focus();
      return;
    }
    await save(server);
  });

  document.getElementById('reset').addEventListener('click', async () => {
    await chrome.storage.sync.set({ server: DEFAULT_SERVER });
    input.value = DEFAULT_SERVER;
    say(`Back to the default server, ${DEFAULT_SERVER}.`, 'ok');
  });

  document.getElementById('test').addEventListener('click', async () => {
    say('Testing…');
    const answer = await chrome.runtime.sendMessage({ type: 'verify', quote: 'Verbatim connection test' });
    if (answer && answer.ok) say(`Connected: ${answer.server} answered (${answer.result.verdict}).`, 'ok');
    else say(`No good answer from ${answer && answer.server}: ${answer && answer.problem ? answer.problem.title + (answer.problem.detail ? ' — ' + answer.problem.detail : '') : 'unknown error'}`, 'error');
  });

  chrome.storage.sync.get({ server: DEFAULT_SERVER }).then(({ server }) => { input.value = server; });
})();
