/*
 * The "working on it" line put where an answer will appear.
 * Shared by the web page and the browser extension (the build copies this file into the extension).
 *
 * Hook: [data-testid=loading] (the container being filled also gets aria-busy="true").
 */
import { h } from '../dom.js';

export function loading(text) {
  return h('p', { class: 'loading', 'data-testid': 'loading' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), text || 'Checking…');
}
