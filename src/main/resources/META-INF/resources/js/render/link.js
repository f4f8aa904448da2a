/*
 * Links from an answer into pages of the Verbatim web client (a speaker, an article at a quote).
 * Shared by the web page and the browser extension (the build copies this file into the extension).
 *
 * The renderers take a `links` object: { href(params) → URL string or null, newTab: boolean }.
 * The web page uses SAME_PAGE (relative `?view=…` links handled by its router); the extension
 * points at its configured server and opens pages in a new tab.
 */
import { h, srOnly } from '../dom.js';

/** An in-app link: `?view=...` built from an object of parameters (empty values are left out). */
export function appHref(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const qs = search.toString();
  return qs ? '?' + qs : './';
}

/** Links within the web page itself. */
export const SAME_PAGE = Object.freeze({ href: appHref, newTab: false });

/** A link to the client page `params`, or null when `links` cannot make one. */
export function clientLink(links, params, text, attrs = {}) {
  const href = links.href(params);
  if (!href) return null;
  if (!links.newTab) return h('a', Object.assign({ href }, attrs), text);
  return h('a', Object.assign({ href, target: '_blank', rel: 'noopener noreferrer', class: 'external' }, attrs),
    text, srOnly(' (opens in a new tab)'));
}

/** A speaker's name, linked to their page when the speaker is known. */
export function speakerLink(links, id, name) {
  const text = name || (id != null ? `Speaker ${id}` : 'Unknown speaker');
  const link = id === undefined || id === null ? null
    : clientLink(links, { view: 'speaker', id }, text, { class: 'speaker-name' });
  return link || h('span', { class: 'speaker-name' }, text);
}
