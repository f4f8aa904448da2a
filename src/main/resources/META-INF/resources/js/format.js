/*
 * How values read on screen: dates, counts, kinds of speaker. Shared by the web page and the
 * browser extension (the build copies this file into the extension).
 */
import { h } from './dom.js';

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "6 Aug 2024" for an ISO date (or date-time); anything else comes back as it is. */
export function formatDate(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || '');
  if (!m) return iso || '';
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

/** A <time datetime="YYYY-MM-DD"> element, or a muted "undated". */
export function timeEl(iso, attrs = {}) {
  if (!iso) return h('span', Object.assign({ class: 'muted' }, attrs), 'undated');
  return h('time', Object.assign({ datetime: String(iso).slice(0, 10) }, attrs), formatDate(iso));
}

/** "1 quote", "3 quotes". */
export function plural(n, one, many) {
  return `${n} ${n === 1 ? one : (many || one + 's')}`;
}

const KINDS = {
  PERSON: 'person',
  ORGANISATION: 'organisation',
  ANONYMOUS: 'anonymous source',
  UNKNOWN: 'unknown speaker',
};

/** A speaker kind (PERSON, ORGANISATION, …) in words. */
export function kindLabel(kind) {
  return KINDS[kind] || (kind ? String(kind).toLowerCase() : 'speaker');
}
