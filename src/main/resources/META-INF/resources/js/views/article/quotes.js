/* The article view's data: every quote of an article, read page by page (at most 50 pages of 100). */
import { api } from '../../api.js';

const SIZE = 100;
const MAX_PAGES = 50;

export async function loadAllQuotes(id, signal) {
  const first = await api(`articles/${id}/quotes`, { params: { page: 0, size: SIZE }, signal });
  const items = Array.isArray(first.items) ? first.items.slice() : [];
  const total = Number(first.total) || items.length;
  for (let page = 1; items.length < total && page < MAX_PAGES; page++) {
    const next = await api(`articles/${id}/quotes`, { params: { page, size: SIZE }, signal });
    if (!Array.isArray(next.items) || !next.items.length) break;
    items.push(...next.items);
  }
  return items;
}
