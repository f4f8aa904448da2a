/*
 * House style: the words a source prints in its own style (a verify answer's styleVariants: "ironclad"
 * for "iron-clad", "US" for "U.S.", "300" for "three hundred"), as one quiet note. They are the same
 * words, not edits, so they never get the meaning-change outline; the diff marks each in place (diff.js).
 * Shared by the web page and the browser extension (the build copies this file into the extension).
 *
 * Hooks: [data-testid=style-variants] > [data-family=SPELLING|COMPOUND|ABBREVIATION|PERCENT|NUMBER|
 * ORDINAL|CONTRACTION|UNSPECIFIED] (one per variant) > em (the printed words).
 */
import { h, joinWith } from '../dom.js';

/** The note, or null when there are no variants. */
export function renderStyleVariants(variants) {
  const shown = Array.isArray(variants) ? variants.filter((v) => v && v.printed) : [];
  if (!shown.length) return null;
  return h('p', { class: 'hint style-note', 'data-testid': 'style-variants', role: 'note' },
    'House style, not an edit: ',
    joinWith(shown.map((v) => h('span', { 'data-family': v.family || 'UNSPECIFIED' },
      v.submitted ? `“${v.submitted}” ` : '', 'printed as ', h('em', null, v.printed))), '; '),
    '.');
}
