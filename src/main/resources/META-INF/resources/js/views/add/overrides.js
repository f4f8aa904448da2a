/*
 * Speakers an editor changes in the preview before saving: kept per preview quote (by its offsets
 * in the cleaned text) and sent with the save as `speakerOverrides`. A new preview starts afresh.
 *
 * Hooks: in each li[data-testid=preview-quote]: button[data-testid=override-open] shows
 * [data-testid=override-form] with select[name=overrideChoice] ("" keeps, "new", "unknown"),
 * input[name=overrideName] and select[name=overrideKind]; [data-testid=preview-speaker] then shows
 * the chosen speaker and gets data-overridden="true".
 */
import { h } from '../../dom.js';
import { labelledField, newSpeakerFields } from '../../speaker-fields.js';

/** The overrides chosen in the current preview, by "start:end". */
const chosen = new Map();

export function resetOverrides() {
  chosen.clear();
}

/** What the save request carries: [{start, end, speaker?, speakerKind}]. */
export function speakerOverrides() {
  return [...chosen.values()];
}

/**
 * The "Change speaker" button and its fields for preview quote `quote` (number `index`);
 * speakerEl shows the speaker the save will store.
 */
export function overrideControls(quote, index, speakerEl) {
  const key = `${quote.start}:${quote.end}`;
  const extracted = speakerEl.textContent;
  const prefix = `override-${index}`;
  const choice = h('select', { name: 'overrideChoice' },
    h('option', { value: '' }, `Keep ${extracted}`),
    h('option', { value: 'new' }, 'Someone else (type the name)'),
    h('option', { value: 'unknown' }, 'Not established (unknown)'));
  const { row: named, name, kind } = newSpeakerFields(prefix, { name: 'overrideName', kind: 'overrideKind' });
  const fields = h('div', { class: 'card form', 'data-testid': 'override-form', hidden: true },
    labelledField(`${prefix}-choice`, 'Speaker to save', choice), named);
  const open = h('button', { class: 'link-button', type: 'button', 'data-testid': 'override-open', 'aria-expanded': 'false' }, 'Change speaker');

  const update = () => {
    named.hidden = choice.value !== 'new';
    const typed = name.value.trim();
    if (choice.value === 'unknown') chosen.set(key, { start: quote.start, end: quote.end, speakerKind: 'UNKNOWN' });
    else if (choice.value === 'new' && typed) chosen.set(key, { start: quote.start, end: quote.end, speaker: typed, speakerKind: kind.value });
    else chosen.delete(key);
    const override = chosen.get(key);
    speakerEl.textContent = override ? (override.speaker || 'unknown') : extracted;
    if (override) speakerEl.setAttribute('data-overridden', 'true');
    else speakerEl.removeAttribute('data-overridden');
  };
  open.addEventListener('click', () => {
    fields.hidden = !fields.hidden;
    open.setAttribute('aria-expanded', String(!fields.hidden));
    if (!fields.hidden) choice.focus();
  });
  choice.addEventListener('change', update);
  name.addEventListener('input', update);
  kind.addEventListener('change', update);
  return [open, fields];
}
