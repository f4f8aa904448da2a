/*
 * How a quote's speaker was decided, from the API's `attribution`: the cue as the article printed it
 * ("attributed by: Blinken said") or, without a cue, the method in words.
 *
 * Hooks: [data-testid=attribution][data-method=<method>], with [data-testid=attribution-cue] when
 * there is a cue.
 */
import { h } from '../dom.js';

const METHOD_WORDS = Object.freeze({
  CUE_AFTER: 'a speech verb after the quote',
  CUE_BEFORE: 'a cue before the quote',
  CUE_SENTENCE_END: 'a cue at the end of the sentence',
  ACCORDING_TO: '“according to”',
  PRONOUN: 'a pronoun for an earlier mention',
  SURNAME: 'a surname for an earlier mention',
  EPITHET: 'a role for an earlier mention',
  CONTINUATION: 'the quote it continues',
  CONTEXT: 'the paragraph before',
  GROUP: 'a group named together',
  HEADLINE: 'the headline',
  NONE: 'nothing in the text — speaker not established',
  MANUAL: 'added by hand',
  CORRECTED: 'an editor’s correction',
});

/**
 * The cue of `attribution` as printed: read from `text` at the cue offsets when they fit it (the
 * article view has the text), else the stored cue; null when there is none.
 */
function cueOf(attribution, text) {
  const { cueStart: start, cueEnd: end } = attribution;
  if (typeof text === 'string' && Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= text.length) {
    return text.slice(start, end);
  }
  return typeof attribution.cue === 'string' && attribution.cue.trim() ? attribution.cue : null;
}

/** "attributed by: …" for a quote, or null when the API said nothing about it. */
export function attributionLine(attribution, text) {
  if (!attribution || typeof attribution.method !== 'string') return null;
  const cue = cueOf(attribution, text);
  const words = METHOD_WORDS[attribution.method] || attribution.method.toLowerCase().replace(/_/g, ' ');
  return h('span', { class: 'attribution', 'data-testid': 'attribution', 'data-method': attribution.method, title: words },
    'attributed by: ', cue ? h('em', { 'data-testid': 'attribution-cue' }, cue) : words);
}
