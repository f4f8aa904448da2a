/*
 * A failed request as the API's problem+json describes it (title, detail, field errors, status).
 * Shared by the web page and the browser extension (the build copies this file into the extension).
 *
 * Hooks: [data-testid=problem] (role=alert) > [data-testid=problem-title], [data-testid=problem-detail],
 * [data-testid=problem-status] ("HTTP 401"), [data-testid=problem-errors] > li[data-field] (field: message).
 */
import { h } from '../dom.js';

/** problem: {title, detail?, status?, errors?: [{field, message}]} — any of them may be missing. */
export function renderProblem(problem) {
  const p = problem || {};
  const errors = Array.isArray(p.errors) ? p.errors : [];
  return h('div', { class: 'problem', role: 'alert', 'data-testid': 'problem', tabindex: '-1' },
    h('p', { class: 'problem__title', 'data-testid': 'problem-title' }, p.title || 'Error'),
    p.detail ? h('p', { class: 'problem__detail', 'data-testid': 'problem-detail' }, p.detail) : null,
    errors.length ? h('ul', { class: 'problem__errors', 'data-testid': 'problem-errors' }, errors.map((e) => {
      const field = e && e.field ? String(e.field) : null;
      return h('li', { 'data-field': field },
        field ? [h('span', { class: 'problem__field' }, field), ': '] : null,
        e && e.message ? String(e.message) : 'invalid');
    })) : null,
    p.status ? h('p', { class: 'problem__status muted', 'data-testid': 'problem-status' }, `HTTP ${p.status}`) : null);
}
