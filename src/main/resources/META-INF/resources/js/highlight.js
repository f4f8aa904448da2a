/*
 * Text with quotes marked in place (the article view and the add-article preview), and the
 * "Show in text" jump links (a[data-jump=<mark id>]) that move to a mark.
 * Offsets are UTF-16 indexes into the text, as Java counts them.
 */

/**
 * Puts `text` into `container` as text nodes, wrapping each span [start, end) in the element
 * makeMark(span, slice) returns. Spans overlapping an earlier one are not marked again; they are
 * reported as nested in the returned map (span key → the mark that contains it).
 */
export function highlightText(container, text, spans, makeMark) {
  const valid = spans
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end > s.start && s.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const marks = new Map();
  const placed = [];
  let cursor = 0;
  for (const span of valid) {
    if (span.start < cursor) {
      const outer = placed.find((p) => p.span.start <= span.start && p.span.end >= span.end) || placed[placed.length - 1];
      if (outer) marks.set(span.key, outer.mark);
      continue;
    }
    if (span.start > cursor) container.append(text.slice(cursor, span.start));
    const mark = makeMark(span, text.slice(span.start, span.end));
    container.append(mark);
    marks.set(span.key, mark);
    placed.push({ span, mark });
    cursor = span.end;
  }
  if (cursor < text.length) container.append(text.slice(cursor));
  return marks;
}

/** Makes every a[data-jump] on the page move to (and focus) the mark it names. */
export function installJumpLinks() {
  document.addEventListener('click', (event) => {
    const jump = event.target instanceof Element ? event.target.closest('a[data-jump]') : null;
    if (!jump) return;
    const mark = document.getElementById(jump.getAttribute('data-jump'));
    if (!mark) return;
    event.preventDefault();
    for (const m of document.querySelectorAll('.quote-mark--target')) m.classList.remove('quote-mark--target');
    mark.classList.add('quote-mark--target');
    mark.scrollIntoView({ block: 'center' });
    mark.focus({ preventScroll: true });
  }, true);
}
