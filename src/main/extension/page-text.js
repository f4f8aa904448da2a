/*
 * Verbatim extension — the article text of a news page, with where each character came from.
 *
 * Main content is found by DOM heuristics (README.md says why not a bundled extractor):
 *   1. the element marked as the story: [itemprop=articleBody], else the <article> with the most
 *      paragraph text, else <main> / [role=main], else the element whose own <p> children carry the
 *      most text (the densest block of paragraphs);
 *   2. inside it, text is taken from paragraph-like blocks (p, h2–h6, blockquote, li, pre) only, and
 *      page furniture is skipped: nav, aside, figure and figcaption, header, footer, forms and buttons,
 *      hidden elements, anything named like a caption, byline, share bar, newsletter box or related-links
 *      list, lists that are mostly links, and "Read more" / "Related" lines.
 *
 * The text is built from the DOM text nodes themselves: whitespace runs become one space, blocks are
 * separated by a blank line, and every copied character is recorded as a segment
 * {node, nodeStart, textStart, length} (the format render/marks.js marks). So a /check span
 * [start, end) of this text can be wrapped in the page without searching for the words again.
 */

const BLOCKS = 'p, h2, h3, h4, h5, h6, blockquote, li, pre';
const FURNITURE_TAGS = new Set(['NAV', 'ASIDE', 'FIGURE', 'FIGCAPTION', 'HEADER', 'FOOTER', 'FORM', 'BUTTON',
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'SELECT', 'TEXTAREA', 'H1']);
const FURNITURE_ROLES = new Set(['navigation', 'complementary', 'banner', 'contentinfo', 'dialog', 'alert']);
const FURNITURE_NAMES = /(^|[\s_-])(caption|byline|author|share|social|newsletter|promo|related|read-?more|recommend|advert|ad-slot|comments?|breadcrumbs?|tags)([\s_-]|$)/i;
const FURNITURE_LINES = /^\s*(read more|related|see also|more on this story|most read|recommended)\b/i;
const LINK_LIST_SHARE = 0.6;

/** Whether `el` itself is page furniture (its whole subtree is skipped). */
export function isFurniture(el) {
  if (FURNITURE_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hidden || el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLES.has(role)) return true;
  const names = `${typeof el.className === 'string' ? el.className : ''} ${el.id || ''}`;
  if (FURNITURE_NAMES.test(names)) return true;
  if ((el.tagName === 'UL' || el.tagName === 'OL') && linkShare(el) >= LINK_LIST_SHARE) return true;
  return false;
}

function linkShare(el) {
  const all = (el.textContent || '').trim().length;
  if (!all) return 0;
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += (a.textContent || '').trim().length;
  return linked / all;
}

function insideFurniture(el, root) {
  for (let node = el; node && node !== root; node = node.parentElement) {
    if (isFurniture(node)) return true;
  }
  return false;
}

function ownParagraphText(el) {
  let n = 0;
  for (const child of el.children) if (child.tagName === 'P') n += (child.textContent || '').trim().length;
  return n;
}

function paragraphText(el) {
  let n = 0;
  for (const p of el.querySelectorAll('p')) if (!insideFurniture(p, el)) n += (p.textContent || '').trim().length;
  return n;
}

/** The element holding the story (see the rules above); the body when nothing better is found. */
export function findArticleRoot(doc) {
  const body = doc.querySelector('[itemprop="articleBody"]');
  if (body) return body;
  const articles = Array.from(doc.querySelectorAll('article')).filter((a) => !insideFurniture(a, doc.body));
  if (articles.length) return articles.reduce((best, a) => (paragraphText(a) > paragraphText(best) ? a : best));
  const main = doc.querySelector('main, [role="main"]');
  if (main) return main;
  let densest = doc.body;
  let most = 0;
  for (const p of doc.querySelectorAll('p')) {
    const parent = p.parentElement;
    const n = parent ? ownParagraphText(parent) : 0;
    if (n > most) {
      most = n;
      densest = parent;
    }
  }
  return densest || doc.body;
}

/** The blocks of `root` whose text is sent: outermost paragraph-like elements outside furniture. */
function textBlocks(root) {
  const blocks = [];
  for (const el of root.querySelectorAll(BLOCKS)) {
    const outer = el.parentElement ? el.parentElement.closest(BLOCKS) : null;
    if ((outer && root.contains(outer)) || insideFurniture(el, root)) continue; // the outer block has it
    if (FURNITURE_LINES.test(el.textContent || '')) continue;
    blocks.push(el);
  }
  if (!blocks.length && !insideFurniture(root, root.ownerDocument.body)) blocks.push(root);
  return blocks;
}

/** Text nodes of `block` in order, leaving out those inside furniture. */
function textNodes(block) {
  const nodes = [];
  const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
    acceptNode(node) {
      if (node.nodeType === Node.ELEMENT_NODE) return isFurniture(node) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
  return nodes;
}

/**
 * The text of `root` as sent to /check, and its segments. Whitespace runs (across nodes too) become
 * one space; each block is trimmed; blocks are joined by "\n\n".
 */
export function collectText(root) {
  let text = '';
  const segments = [];
  let open = null; // the segment being extended
  for (const block of textBlocks(root)) {
    const blockStart = text.length;
    if (blockStart) text += '\n\n';
    const contentStart = text.length;
    for (const node of textNodes(block)) {
      const data = node.data;
      for (let i = 0; i < data.length; i++) {
        const ch = data[i];
        const space = /\s/.test(ch);
        if (space && (text.length === contentStart || text.endsWith(' '))) {
          open = null;
          continue;
        }
        text += space ? ' ' : ch;
        if (open && open.node === node && open.nodeStart + open.length === i) open.length += 1;
        else {
          open = { node, nodeStart: i, textStart: text.length - 1, length: 1 };
          segments.push(open);
        }
      }
      open = null;
    }
    if (text.endsWith(' ')) {
      text = text.slice(0, -1);
      const last = segments[segments.length - 1];
      if (last && (last.length -= 1) === 0) segments.pop();
    }
    if (text.length === contentStart) text = text.slice(0, blockStart); // an empty block adds nothing
    open = null;
  }
  return { text, segments };
}

function meta(doc, selector) {
  const el = doc.querySelector(selector);
  const value = el ? (el.getAttribute('content') || '').trim() : '';
  return value || null;
}

/** Where the page says it comes from: outlet (og:site_name), date, title and URL, within /check's limits. */
export function pageMeta(doc, location) {
  const outlet = meta(doc, 'meta[property="og:site_name"]') || meta(doc, 'meta[name="application-name"]');
  const published = meta(doc, 'meta[property="article:published_time"]') || meta(doc, 'meta[itemprop="datePublished"]');
  const title = meta(doc, 'meta[property="og:title"]') || (doc.title || '').trim() || null;
  const url = String(location && location.href || '');
  return {
    outlet: outlet ? outlet.slice(0, 200) : null,
    publishedAt: published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null,
    title: title ? title.slice(0, 500) : null,
    url: /^https?:/.test(url) && url.length <= 2000 ? url : null,
  };
}
