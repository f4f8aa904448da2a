/*
 * A colour per speaker in the article view (quote-mark--c0 … c5 in app.css, repeating after six),
 * and the legend that names them.
 */
import { h } from '../../dom.js';
import { SAME_PAGE, speakerLink } from '../../render/link.js';

const SPEAKER_COLOURS = 6;

const keyOf = (q) => (q.speakerId != null ? 'id:' + q.speakerId : 'name:' + (q.speaker || ''));

/** { of(quote) → colour index, legend() → the legend list or null }. */
export function speakerColours(quotes) {
  const colours = new Map();
  for (const q of quotes) {
    const key = keyOf(q);
    if (!colours.has(key)) colours.set(key, { index: colours.size % SPEAKER_COLOURS, id: q.speakerId, name: q.speaker || 'Unknown speaker' });
  }
  return {
    of: (q) => colours.get(keyOf(q)).index,
    legend: () => (colours.size
      ? h('ul', { class: 'speaker-legend', 'data-testid': 'speaker-legend', 'aria-label': 'Speakers highlighted in the text' },
        [...colours.values()].map((c) => h('li', null,
          h('span', { class: `swatch quote-mark--c${c.index}`, 'aria-hidden': 'true' }), speakerLink(SAME_PAGE, c.id, c.name))))
      : null),
  };
}
