/*
 * The fields an editor names a speaker with, shared by the article view's correction form and the
 * add view's preview: a labelled control, and a name with what sort of speaker it is (the kinds a
 * named speaker can have; "not established" is a choice of its own, without a name).
 */
import { h } from './dom.js';

const NAMED_KINDS = [['PERSON', 'a person'], ['ORGANISATION', 'an organisation'], ['ANONYMOUS', 'an unnamed source'], ['GROUP', 'a group']];

/** `control` with a label, in a .field; the id must be unique in the page. */
export function labelledField(id, label, control) {
  control.id = id;
  return h('div', { class: 'field' }, h('label', { for: id }, label), control);
}

/**
 * A hidden row with a name input and a kind select, named `names.name` and `names.kind`; ids start
 * with `prefix`. Returns { row, name, kind }.
 */
export function newSpeakerFields(prefix, names) {
  const name = h('input', { name: names.name, type: 'text', autocomplete: 'off', maxlength: '300' });
  const kind = h('select', { name: names.kind }, NAMED_KINDS.map(([value, text]) => h('option', { value }, text)));
  const row = h('div', { class: 'field-row', hidden: true },
    labelledField(`${prefix}-name`, 'Name', name), labelledField(`${prefix}-kind`, 'Who is it', kind));
  return { row, name, kind };
}
