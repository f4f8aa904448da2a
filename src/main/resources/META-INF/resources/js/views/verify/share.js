/*
 * The shareable link of a check: the URL that fills the form and runs the same check on load,
 * and the "Copy link" button.
 *
 * Hooks: [data-testid=share-link] (a, href = the shareable URL), [data-testid=copy-link] (button).
 */
import { h } from '../../dom.js';
import { appHref } from '../../render/link.js';

/** `?q=…&speaker=…&outlet=…&date=…` of the check `values`. */
export function verifyHref(values) {
  return appHref({ q: values.q, speaker: values.speaker, outlet: values.outlet, date: values.date });
}

export function renderShare(values) {
  const href = verifyHref(values);
  const absolute = new URL(href, location.href).href;
  const status = h('span', { class: 'share__status muted', 'aria-live': 'polite' });
  const copy = h('button', { class: 'button button--small', type: 'button', 'data-testid': 'copy-link' }, 'Copy link');
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(absolute);
      status.textContent = 'Link copied.';
    } catch (e) {
      status.textContent = 'Copy failed — use the link instead.';
    }
  });
  return h('p', { class: 'share' },
    h('a', { href, 'data-testid': 'share-link' }, 'Link to this check'), ' ', copy, ' ', status);
}
