/*
 * Messages on form fields: an error paragraph after the field (id <field>-error), aria-invalid and
 * aria-describedby on the field.
 *
 * Hooks: #quote-error, #add-<field>-error, #api-key-error; the field gets aria-invalid="true".
 */
import { h } from './dom.js';

export function setFieldError(field, errorId, message) {
  let error = document.getElementById(errorId);
  if (!error) {
    error = h('p', { id: errorId, class: 'field-error' });
    field.insertAdjacentElement('afterend', error);
  }
  error.textContent = message;
  field.setAttribute('aria-invalid', 'true');
  const described = (field.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
  if (!described.includes(errorId)) field.setAttribute('aria-describedby', described.concat(errorId).join(' '));
}

export function clearFieldError(field) {
  const errorId = field.id + '-error';
  const error = document.getElementById(errorId);
  if (error) error.remove();
  field.removeAttribute('aria-invalid');
  const described = (field.getAttribute('aria-describedby') || '').split(/\s+/).filter((x) => x && x !== errorId);
  if (described.length) field.setAttribute('aria-describedby', described.join(' '));
  else field.removeAttribute('aria-describedby');
}
