/*
 * Small helpers of the web page around the views: finding elements, the live region, busy states,
 * focus, and showing a failed request.
 *
 * Hooks: #announcer [data-testid=announcer], the polite live region (short summaries of results,
 * loading and errors are announced there); containers being filled get aria-busy="true".
 */
import { freshSignal, isAbort, toProblem } from './api.js';
import { fill } from './dom.js';
import { loading } from './render/loading.js';
import { renderProblem } from './render/problem.js';

export const $ = (selector, root = document) => root.querySelector(selector);

/** Says `text` in the live region. */
export function announce(text) {
  const region = $('#announcer');
  // Clear first so that the same message twice is announced twice.
  region.textContent = '';
  window.setTimeout(() => { region.textContent = text; }, 50);
}

export function announceProblem(problem) {
  announce(`Error: ${problem.title || 'request failed'}${problem.detail ? '. ' + problem.detail : ''}`);
}

export function setBusy(container, busy) {
  if (busy) container.setAttribute('aria-busy', 'true');
  else container.removeAttribute('aria-busy');
}

/** Focuses `el`, making it focusable first if it is not a control. */
export function focusElement(el) {
  if (!el) return;
  if (!el.hasAttribute('tabindex') && !/^(A|BUTTON|INPUT|SELECT|TEXTAREA)$/.test(el.tagName)) el.setAttribute('tabindex', '-1');
  el.focus({ preventScroll: false });
}

/** Shows a failed request's problem in `container` and announces it: the catch block of every view. */
export function showProblemIn(container, error) {
  const problem = toProblem(error);
  fill(container, renderProblem(problem));
  announceProblem(problem);
}

/**
 * Fills `container` by `work(signal)`: busy with a loading line meanwhile, the problem shown if it
 * fails. A newer call with the same `key` aborts this one, which then ends quietly. onError runs
 * before a problem is shown. Resolves to false when aborted, else true.
 */
export async function loadInto(container, key, text, work, onError) {
  const signal = freshSignal(key);
  setBusy(container, true);
  fill(container, loading(text));
  try {
    await work(signal);
  } catch (error) {
    if (isAbort(error)) return false;
    if (onError) onError(error);
    showProblemIn(container, error);
  } finally {
    if (!signal.aborted) setBusy(container, false);
  }
  return !signal.aborted;
}
