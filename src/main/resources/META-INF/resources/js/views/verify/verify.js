/*
 * The verify view: the quote form, the check (POST /api/v1/verify) and its answer, drawn by the
 * shared renderer (render/answer.js) with the share link as its footer. The URL is the state: a
 * check puts its values in the address bar, and opening such a URL runs the check again.
 *
 * Hooks: #verify-form, #quote (textarea; Enter checks, Shift+Enter adds a line), #speaker,
 * #verify-outlet, #verify-date, #verify-button, #verify-clear, #quote-error (empty quote);
 * #result [data-testid=result] holding the answer (render/answer.js), [data-testid=loading] or
 * [data-testid=problem].
 */
import { api, freshSignal } from '../../api.js';
import { fill } from '../../dom.js';
import { clearFieldError, setFieldError } from '../../fields.js';
import { $, announce, focusElement, loadInto, setBusy } from '../../page.js';
import { answerSummary, renderAnswer } from '../../render/answer.js';
import { recordUrl, setTitle } from '../../router.js';
import { renderShare, verifyHref } from './share.js';

const FIELDS = { q: '#quote', speaker: '#speaker', outlet: '#verify-outlet', date: '#verify-date' };
let lastVerifyKey = null;

const field = (name) => $(FIELDS[name]);
const keyOf = (values) => JSON.stringify([values.q, values.speaker || '', values.outlet || '', values.date || '']);

export function init() {
  const form = $('#verify-form');
  const quote = field('q');
  quote.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || event.shiftKey || event.altKey || event.isComposing) return;
    event.preventDefault();
    form.requestSubmit();
  });
  quote.addEventListener('input', () => clearFieldError(quote));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const values = {};
    for (const name of Object.keys(FIELDS)) values[name] = field(name).value.trim();
    if (!values.q) {
      setFieldError(quote, 'quote-error', 'Paste a quote to check.');
      focusElement(quote);
      return;
    }
    clearFieldError(quote);
    runVerify(values, { updateUrl: true });
  });
  form.addEventListener('reset', () => {
    clearResult();
    if (new URLSearchParams(location.search).has('q')) recordUrl('./');
    window.setTimeout(() => quote.focus(), 0);
  });
}

export function show(params) {
  const values = {};
  for (const name of Object.keys(FIELDS)) values[name] = (params.get(name) || '').trim();
  if (!values.q) {
    if (lastVerifyKey !== null) {
      // Back at a plain `/`: start afresh (the URL is the state).
      for (const name of Object.keys(FIELDS)) field(name).value = '';
      clearResult();
    }
    return;
  }
  for (const name of Object.keys(FIELDS)) field(name).value = values[name];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date)) field('date').value = '';
  if (keyOf(values) !== lastVerifyKey) runVerify(values, { updateUrl: false });
}

function clearResult() {
  freshSignal('verify');
  clearFieldError(field('q'));
  const result = $('#result');
  fill(result);
  setBusy(result, false);
  lastVerifyKey = null;
}

async function runVerify(values, { updateUrl }) {
  lastVerifyKey = keyOf(values);
  const result = $('#result');
  const body = { quote: values.q };
  for (const name of ['speaker', 'outlet', 'date']) if (values[name]) body[name] = values[name];
  announce('Checking the quote…');
  const done = await loadInto(result, 'verify', 'Checking the quote…', async (signal) => {
    const data = await api('verify', { method: 'POST', body, signal });
    fill(result, renderAnswer(data, { footer: renderShare(values) }));
    announce(answerSummary(data));
  });
  if (done && updateUrl) {
    recordUrl(verifyHref(values));
    setTitle('Verify a quote');
  }
}
