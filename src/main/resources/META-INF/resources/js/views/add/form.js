/*
 * The add-article form: its values as a request body, the checks made before anything is sent,
 * and problems shown both above the form and on the fields they name.
 *
 * Hooks: #add-form, #add-outlet, #add-title, #add-url, #add-publishedAt, #add-author, #add-text,
 * #api-key; field errors #add-<field>-error / #api-key-error (the field gets aria-invalid="true");
 * #add-status [data-testid=add-status] holds the problem or the save result.
 */
import { fill, safeExternalUrl } from '../../dom.js';
import { clearFieldError, setFieldError } from '../../fields.js';
import { $ } from '../../page.js';
import { renderProblem } from '../../render/problem.js';

export const ADD_FIELDS = ['outlet', 'title', 'url', 'publishedAt', 'author', 'text'];

/** The filled fields (trimmed, except the text). */
export function articleBody() {
  const body = {};
  for (const f of ADD_FIELDS) {
    const value = $(`#add-${f}`).value;
    const trimmed = f === 'text' ? value : value.trim();
    if (trimmed.trim()) body[f] = trimmed;
  }
  return body;
}

/** What must be fixed before `body` can be saved, as problem errors ({field, message}). */
export function missingForSave(body) {
  const missing = [];
  if (!body.outlet) missing.push({ field: 'outlet', message: 'Enter the outlet.' });
  if (!body.title) missing.push({ field: 'title', message: 'Enter the headline.' });
  if (!body.publishedAt) missing.push({ field: 'publishedAt', message: 'Enter the publication date.' });
  if (!body.text) missing.push({ field: 'text', message: 'Paste the article text.' });
  if (body.url && !safeExternalUrl(body.url)) missing.push({ field: 'url', message: 'Enter a full http:// or https:// address, or leave it empty.' });
  return missing;
}

export function clearAddErrors() {
  for (const f of ADD_FIELDS) clearFieldError($(`#add-${f}`));
  clearFieldError($('#api-key'));
}

/** Shows `problem` in #add-status, marks the fields its errors name, and focuses it. */
export function showAddProblem(problem) {
  const box = renderProblem(problem);
  fill($('#add-status'), box);
  for (const e of problem.errors || []) {
    if (!e || !e.field) continue;
    const name = String(e.field).split('.').pop();
    if (!ADD_FIELDS.includes(name)) continue;
    const field = $(`#add-${name}`);
    setFieldError(field, `${field.id}-error`, String(e.message || 'invalid'));
  }
  box.focus();
}
