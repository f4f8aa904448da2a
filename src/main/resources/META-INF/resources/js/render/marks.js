/*
 * Quotes of a checked text marked in place: each quote span of a /check answer wrapped in
 * <mark> elements, with a small verdict tag (icon and code) after it. Shared by the web page's check
 * view and the browser extension's "Check this page" (the build copies this file into the extension).
 *
 * The text that was sent is described by segments: [{node: Text, nodeStart, textStart, length}] in
 * text order, each saying that text[textStart, textStart + length) is node.data[nodeStart, … + length).
 * Characters of the text that no segment covers (block breaks, collapsed spaces) are never marked.
 *
 * Marking never uses innerHTML and never changes the page's characters: text nodes are split and the
 * middle part moved into a <mark>; the tag is a new element. clearMarks() undoes it exactly (the
 * split text nodes are joined again), so marking is repeatable: clear, collect the text again, mark.
 *
 * Hooks: mark.verbatim-mark[data-verbatim-quote=<index>][data-verbatim-verdict=<code>] (the first
 * piece of a quote also has id verbatim-quote-<index>), span.verbatim-tag[data-verbatim-quote] whose
 * text is the verdict code. Colours: marks.css.
 */
import { verdictOf } from './verdict.js';

export const MARK_CLASS = 'verbatim-mark';
export const TAG_CLASS = 'verbatim-tag';

/** The id of the first mark of quote `index`, for "show in text" links. */
export function markId(index) {
  return `verbatim-quote-${index}`;
}

/** What a reader is told about a quote on hover and by assistive technology: label and explanation. */
export function markTitle(quote) {
  const verdict = verdictOf(quote && quote.verdict);
  const explanation = quote && typeof quote.explanation === 'string' ? quote.explanation : '';
  return explanation ? `${verdict.label}. ${explanation}` : verdict.label;
}

/**
 * Removes every mark and tag under `root` (a document or an element), putting the text back as it
 * was. Returns how many marks were removed.
 */
export function clearMarks(root) {
  const marks = Array.from(root.querySelectorAll(`mark.${MARK_CLASS}`));
  const parents = new Set();
  for (const tag of root.querySelectorAll(`span.${TAG_CLASS}`)) tag.remove();
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    mark.remove();
    parents.add(parent);
  }
  for (const parent of parents) parent.normalize();
  return marks.length;
}

/** The pieces of [start, end) per text node, last first: [{node, from, to}] in node offsets. */
function piecesOf(segments, start, end) {
  const byNode = new Map();
  for (const s of segments) {
    const from = Math.max(start, s.textStart);
    const to = Math.min(end, s.textStart + s.length);
    if (from >= to) continue;
    const local = { from: s.nodeStart + (from - s.textStart), to: s.nodeStart + (to - s.textStart), at: from };
    const known = byNode.get(s.node);
    if (known) {
      known.from = Math.min(known.from, local.from);
      known.to = Math.max(known.to, local.to);
    } else {
      byNode.set(s.node, Object.assign({ node: s.node }, local));
    }
  }
  return Array.from(byNode.values()).sort((a, b) => b.at - a.at);
}

function wrap(piece, attrs) {
  let target = piece.node;
  if (piece.from > 0) target = target.splitText(piece.from);
  if (target.data.length > piece.to - piece.from) target.splitText(piece.to - piece.from);
  const mark = target.ownerDocument.createElement('mark');
  for (const [key, value] of Object.entries(attrs)) mark.setAttribute(key, value);
  target.parentNode.insertBefore(mark, target);
  mark.append(target);
  return mark;
}

function tagFor(doc, index, verdict) {
  const tag = doc.createElement('span');
  tag.className = `${TAG_CLASS} ${TAG_CLASS}--${verdict.css}`;
  tag.setAttribute('data-verbatim-quote', String(index));
  const icon = doc.createElement('span');
  icon.className = `${TAG_CLASS}__icon`;
  icon.setAttribute('aria-hidden', 'true');
  icon.textContent = verdict.icon;
  tag.append(icon, doc.createTextNode(verdict.code));
  return tag;
}

/**
 * Marks every quote of `quotes` (the /check answer's quotes: start, end, verdict, explanation) in the
 * text described by `segments`. Returns the indices of the quotes marked (a quote whose span no
 * segment covers is left out). Later quotes are wrapped first, so the earlier offsets stay valid.
 */
export function markQuotes(segments, quotes) {
  const marked = [];
  const order = quotes.map((q, index) => ({ q, index }))
    .filter(({ q }) => q && Number.isInteger(q.start) && Number.isInteger(q.end) && q.end > q.start)
    .sort((a, b) => b.q.start - a.q.start);
  for (const { q, index } of order) {
    const pieces = piecesOf(segments, q.start, q.end);
    if (!pieces.length) continue;
    const verdict = verdictOf(q.verdict);
    const attrs = {
      class: `${MARK_CLASS} ${MARK_CLASS}--${verdict.css}`,
      'data-verbatim-quote': String(index),
      'data-verbatim-verdict': verdict.code,
      title: markTitle(q),
    };
    let first = null;
    pieces.forEach((piece, i) => {
      const mark = wrap(piece, attrs);
      if (i === 0) mark.after(tagFor(mark.ownerDocument, index, verdict));
      first = mark;
    });
    first.id = markId(index);
    marked.push(index);
  }
  return marked.reverse();
}
