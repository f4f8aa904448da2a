/*
 * Saving an article (POST /api/v1/articles with the X-API-Key header), with the speakers changed
 * in the preview. The key is remembered for the tab once the server accepts it, and forgotten when
 * it refuses it.
 *
 * Hooks: #save-button; [data-testid=save-result][data-created=true|false] in #add-status, with
 * [data-testid=saved-article-link].
 */
import { api, freshSignal, isAbort, toProblem } from '../../api.js';
import { fill, h } from '../../dom.js';
import { setFieldError } from '../../fields.js';
import { plural } from '../../format.js';
import { $, announce, announceProblem, setBusy } from '../../page.js';
import { appHref } from '../../render/link.js';
import { loading } from '../../render/loading.js';
import { articleBody, clearAddErrors, missingForSave, showAddProblem } from './form.js';
import { storeKey } from '../../key-store.js';
import { speakerOverrides } from './overrides.js';

export async function runSave() {
  clearAddErrors();
  const apiKeyField = $('#api-key');
  const body = articleBody();
  const overrides = speakerOverrides();
  if (overrides.length) body.speakerOverrides = overrides;
  const missing = missingForSave(body);
  const key = apiKeyField.value.trim();
  if (missing.length || !key) {
    showAddProblem({ title: 'Some fields need attention', detail: key ? '' : 'Enter the API key to save.', errors: missing });
    if (!key) setFieldError(apiKeyField, 'api-key-error', 'Enter the API key to save.');
    const firstInvalid = $('#add-form').querySelector('[aria-invalid="true"]');
    if (firstInvalid) firstInvalid.focus();
    return;
  }
  const status = $('#add-status');
  const signal = freshSignal('add');
  const saveButton = $('#save-button');
  saveButton.disabled = true;
  setBusy(status, true);
  fill(status, loading('Saving the article…'));
  try {
    const data = await api('articles', { method: 'POST', body, apiKey: key, signal });
    storeKey(key);
    const box = renderSaved(data, body);
    fill(status, box);
    box.focus();
    announce(box.firstChild.textContent);
  } catch (error) {
    if (isAbort(error)) return;
    const problem = toProblem(error);
    if (problem.status === 401 || problem.status === 403) {
      storeKey('');
      setFieldError(apiKeyField, 'api-key-error', 'The server did not accept this API key.');
    }
    showAddProblem(problem);
    announceProblem(problem);
  } finally {
    saveButton.disabled = false;
    if (!signal.aborted) setBusy(status, false);
  }
}

function renderSaved(data, body) {
  const article = data && data.article ? data.article : {};
  const count = Array.isArray(data && data.quotes) ? data.quotes.length : 0;
  const created = !(data && data.created === false);
  const message = created
    ? `Saved “${article.title || body.title}” with ${plural(count, 'quote')}.`
    : 'This article was already stored (same text); nothing new was saved.';
  return h('div', { class: 'notice notice--success', role: 'status', 'data-testid': 'save-result', 'data-created': String(created), tabindex: '-1' },
    h('p', null, message),
    article.id != null ? h('p', null, h('a', { href: appHref({ view: 'article', id: article.id }), 'data-testid': 'saved-article-link' }, 'Open the article')) : null);
}
