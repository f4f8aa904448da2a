/*
 * The check view: a journalist pastes an article (optional outlet, date and URL), every quote in it
 * is checked at once (POST /api/v1/check), and the text comes back with each quote marked in place
 * with its verdict, next to the list of the quotes linking to their sources. Marking and the list
 * are the shared modules the browser extension's "Check this page" uses (render/marks.js,
 * render/check-list.js, marks.css), so a page and a paste look the same.
 *
 * Hooks: #check-form, #check-text (textarea), #check-outlet, #check-date, #check-url,
 * #check-button, #check-text-error (empty text); #check-result [data-testid=check-result] holding
 * [data-testid=checked-text] (the pasted text with its marks) and the list
 * ([data-testid=check-list]), or [data-testid=problem] with the server's field errors.
 */
import { api } from '../../api.js';
import { fill, h } from '../../dom.js';
import { clearFieldError, setFieldError } from '../../fields.js';
import { $, announce, focusElement, loadInto } from '../../page.js';
import { checkSummary, renderCheckList } from '../../render/check-list.js';
import { SAME_PAGE } from '../../render/link.js';
import { markId, markQuotes } from '../../render/marks.js';

const OPTIONAL = { outlet: '#check-outlet', publishedAt: '#check-date', url: '#check-url' };

export function init() {
  const form = $('#check-form');
  const text = $('#check-text');
  text.addEventListener('input', () => clearFieldError(text));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!text.value.trim()) {
      setFieldError(text, 'check-text-error', 'Paste the article text to check.');
      focusElement(text);
      return;
    }
    clearFieldError(text);
    const body = { text: text.value };
    for (const [name, selector] of Object.entries(OPTIONAL)) {
      const value = $(selector).value.trim();
      if (value) body[name] = value;
    }
    runCheck(body);
  });
}

export function show() { /* the form keeps its text between visits; nothing to load */ }

/** The sent text as one text node, its quotes marked (segments: the whole text is one node). */
function markedText(text, quotes) {
  const node = document.createTextNode(text);
  const container = h('div', { class: 'checked-text', 'data-testid': 'checked-text' }, node);
  markQuotes([{ node, nodeStart: 0, textStart: 0, length: text.length }], quotes);
  return container;
}

function showInText(index) {
  const mark = document.getElementById(markId(index));
  if (!mark) return;
  for (const m of document.querySelectorAll('mark.verbatim-mark--shown')) m.classList.remove('verbatim-mark--shown');
  mark.classList.add('verbatim-mark--shown');
  mark.scrollIntoView({ block: 'center' });
}

async function runCheck(body) {
  const result = $('#check-result');
  announce('Checking every quote…');
  await loadInto(result, 'check', 'Checking every quote…', async (signal) => {
    const answer = await api('check', { method: 'POST', body, signal });
    const quotes = Array.isArray(answer.quotes) ? answer.quotes : [];
    fill(result, h('div', { class: 'check-layout' },
      h('section', { class: 'card check-layout__text', 'aria-label': 'The text with its quotes marked' },
        markedText(body.text, quotes)),
      h('div', { class: 'check-layout__list' }, renderCheckList(answer, { links: SAME_PAGE, onShow: showInText }))));
    announce(checkSummary(answer));
  });
}
