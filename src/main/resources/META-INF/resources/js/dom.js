/*
 * Building DOM for every Verbatim client, the web page and the browser extension (shared: the build
 * copies this file into the extension, see src/main/extension/README.md).
 *
 * Answers from the API are untrusted data: they become text nodes and attribute values, never markup
 * (no innerHTML anywhere), no style attributes and no inline handlers (both clients run under a
 * strict CSP). Links from data are only made for absolute http(s) URLs, opened in a new tab with
 * rel="noopener noreferrer".
 */

/**
 * Builds an element. attrs: plain attributes (set with setAttribute; values become strings; true
 * gives an empty attribute; undefined, null and false leave it out), plus `class`. Children: nodes
 * or strings (strings become text nodes), arrays are flattened. Never pass untrusted data as an
 * attribute *name*.
 */
export function h(tag, attrs, ...children) {
  const node = document.createElement(tag);
  if (attrs) {
    for (const [key, value] of Object.entries(attrs)) {
      if (value === undefined || value === null || value === false) continue;
      if (key === 'style' || key.toLowerCase().startsWith('on')) throw new Error('refusing attribute ' + key);
      if (key === 'class') node.className = value;
      else node.setAttribute(key, value === true ? '' : String(value));
    }
  }
  return appendAll(node, children);
}

/** Appends nodes and strings (as text) to `node`, skipping undefined, null and false. */
export function appendAll(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

/** Replaces the children of `node` (arrays are flattened, strings become text nodes). */
export function fill(node, ...children) {
  node.replaceChildren();
  return appendAll(node, children);
}

/** Text for screen readers only. */
export function srOnly(text) {
  return h('span', { class: 'visually-hidden' }, text);
}

/** `nodes` with `separator` between each two. */
export function joinWith(nodes, separator) {
  const out = [];
  nodes.forEach((node, i) => {
    if (i) out.push(separator);
    out.push(node);
  });
  return out;
}

/** Returns the URL if it is an absolute http(s) URL, else null (no javascript:, data: …). */
export function safeExternalUrl(url) {
  if (typeof url !== 'string' || !url.trim()) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch (e) {
    return null;
  }
}

/** A link that opens `url` in a new tab, or null when `url` is not http(s). */
export function externalLink(url, text, attrs = {}) {
  const href = safeExternalUrl(url);
  if (!href) return null;
  return h('a', Object.assign({ href, target: '_blank', rel: 'noopener noreferrer', class: 'external' }, attrs),
    text, srOnly(' (opens in a new tab)'));
}
