/*
 * The add-article view: preview the quotes of a pasted article, then save it with an API key.
 * This module wires the form's buttons; form.js, preview.js, save.js and ../../key-store.js do the work.
 *
 * Hooks: #forget-key (forgets the stored key) and those of form.js, preview.js and save.js.
 */
import { clearFieldError } from '../../fields.js';
import { $, announce } from '../../page.js';
import { readStoredKey, storeKey } from '../../key-store.js';
import { runPreview } from './preview.js';
import { runSave } from './save.js';

export function init() {
  const apiKeyField = $('#api-key');
  $('#forget-key').addEventListener('click', () => {
    storeKey('');
    apiKeyField.value = '';
    announce('API key forgotten.');
    apiKeyField.focus();
  });
  $('#preview-button').addEventListener('click', runPreview);
  $('#add-form').addEventListener('submit', (event) => {
    event.preventDefault();
    runSave();
  });
  apiKeyField.addEventListener('input', () => clearFieldError(apiKeyField));
}

export function show() {
  const apiKeyField = $('#api-key');
  if (!apiKeyField.value) apiKeyField.value = readStoredKey();
}
