/*
 * Correcting a quote's speaker or kind from the article view (PATCH /api/v1/quotes/{id} with the
 * X-API-Key header). The speaker is another speaker of the article, a name typed in (found or
 * created by the server), or "not established"; the note goes into the quote's history.
 *
 * Hooks: button[data-testid=correct-open] in each quote item opens form[data-testid=correct-form]
 * with select[name=speakerChoice] (a speaker id, "new" or "unknown"), input[name=speakerName],
 * select[name=speakerKind], select[name=quoteKind], textarea[name=note], input[name=apiKey] and
 * button[data-testid=correct-submit]; [data-testid=correct-status] holds the problem.
 */
import { api, toProblem } from '../../api.js';
import { fill, h } from '../../dom.js';
import { readStoredKey, storeKey } from '../../key-store.js';
import { announceProblem } from '../../page.js';
import { renderProblem } from '../../render/problem.js';
import { labelledField as field, newSpeakerFields } from '../../speaker-fields.js';

/** The request body the form asks for, or a problem to show instead. */
function bodyOf(form, quote) {
  const choice = form.elements.speakerChoice.value;
  const body = {};
  if (choice === 'new') {
    const name = form.elements.speakerName.value.trim();
    if (!name) return { problem: { title: 'Who said it?', detail: 'Type the speaker’s name, or pick a speaker.', errors: [{ field: 'speaker.name', message: 'must not be blank' }] } };
    body.speaker = { name, kind: form.elements.speakerKind.value };
  } else if (choice === 'unknown') {
    body.speaker = { kind: 'UNKNOWN' };
  } else if (choice) {
    body.speaker = { id: Number(choice) };
  }
  const kind = form.elements.quoteKind.value;
  if (kind && kind !== quote.kind) body.kind = kind;
  if (!body.speaker && !body.kind) return { problem: { title: 'Nothing to correct', detail: 'Choose another speaker or kind.' } };
  const note = form.elements.note.value.trim();
  if (note) body.note = note;
  return { body };
}

/**
 * The "Correct" button and its (hidden) form for `quote`. speakers: [{id, name}] of the article;
 * onCorrected(updatedQuote) runs after the server accepted the correction.
 */
export function correctionControls(quote, speakers, onCorrected) {
  const prefix = `correct-${quote.id}`;
  const choice = h('select', { name: 'speakerChoice' },
    h('option', { value: '' }, `Keep ${quote.speaker || 'the speaker'}`),
    speakers.filter((s) => s.id !== quote.speakerId).map((s) => h('option', { value: String(s.id) }, s.name)),
    h('option', { value: 'new' }, 'Someone else (type the name)'),
    h('option', { value: 'unknown' }, 'Not established (unknown)'));
  const newSpeaker = newSpeakerFields(prefix, { name: 'speakerName', kind: 'speakerKind' }).row;
  const kind = h('select', { name: 'quoteKind' },
    h('option', { value: '' }, `Keep: ${quote.kind === 'FRAGMENT' ? 'fragment' : 'full quote'}`),
    h('option', { value: 'FULL' }, 'Full quote'),
    h('option', { value: 'FRAGMENT' }, 'Fragment'));
  const note = h('textarea', { name: 'note', rows: '2', maxlength: '1000' });
  const key = h('input', { name: 'apiKey', type: 'password', autocomplete: 'off' });
  const status = h('div', { 'data-testid': 'correct-status' });
  const submit = h('button', { class: 'button button--primary button--small', type: 'submit', 'data-testid': 'correct-submit' }, 'Save correction');
  const cancel = h('button', { class: 'button button--small', type: 'button' }, 'Cancel');
  const form = h('form', { class: 'card form correct-form', 'data-testid': 'correct-form', hidden: true, novalidate: true },
    h('div', { class: 'field-row' }, field(`${prefix}-speaker`, 'Speaker', choice), field(`${prefix}-quote-kind`, 'Kind', kind)),
    newSpeaker,
    field(`${prefix}-note`, 'Note (optional, kept in the history)', note),
    field(`${prefix}-key`, 'API key', key),
    h('div', { class: 'actions' }, submit, cancel), status);
  const open = h('button', { class: 'link-button', type: 'button', 'data-testid': 'correct-open', 'aria-expanded': 'false' }, 'Correct');

  const show = (visible) => {
    form.hidden = !visible;
    open.setAttribute('aria-expanded', String(visible));
    if (visible) {
      if (!key.value) key.value = readStoredKey();
      choice.focus();
    } else {
      open.focus();
    }
  };
  open.addEventListener('click', () => show(form.hidden));
  cancel.addEventListener('click', () => show(false));
  choice.addEventListener('change', () => { newSpeaker.hidden = choice.value !== 'new'; });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const { body, problem } = bodyOf(form, quote);
    const apiKey = key.value.trim();
    const refusal = problem || (apiKey ? null : { title: 'API key needed', detail: 'Enter the API key to save a correction.' });
    if (refusal) {
      fill(status, renderProblem(refusal));
      return;
    }
    submit.disabled = true;
    try {
      const updated = await api(`quotes/${quote.id}`, { method: 'PATCH', body, apiKey });
      storeKey(apiKey);
      onCorrected(updated);
    } catch (error) {
      const shown = toProblem(error);
      if (shown.status === 401) storeKey('');
      fill(status, renderProblem(shown));
      announceProblem(shown);
    } finally {
      submit.disabled = false;
    }
  });
  return [open, form];
}
