/*
 * Routing of the web page. The page itself is always `/`; the query string is the state:
 *   /                                    verify view
 *   /?q=...&speaker=...&outlet=&date=    verify view, form filled and the check run on load
 *   /?view=check                         check every quote of a pasted text
 *   /?view=browse&q=&speaker=&outlet=&from=&to=&page=
 *   /?view=speaker&id=3[&page=]
 *   /?view=articles&q=&outlet=&page=
 *   /?view=article&id=1[&quote=7]        article text with its quotes highlighted (quote 7 scrolled to)
 *   /?view=add
 * An unknown view shows the "missing" section. Same-page links are followed without reloading;
 * Back and Forward render the view of the URL again.
 *
 * Hooks: each view is a section.view[data-view=NAME] (#view-NAME) with an h1 that gets the focus
 * after a navigation; navigation links .nav a[data-route=NAME] ([data-testid=nav-verify|nav-browse|
 * nav-check|nav-articles|nav-add]), the current one with aria-current="page".
 */
import { $, focusElement } from './page.js';

let views = {};
let navParents = {};
let renderedSearch = null;

/**
 * Starts routing. table: view name → { show(params, {focus}) }; parents: view name → the
 * navigation entry that stays current for it (a speaker is part of browsing).
 */
export function startRouter(table, { parents = {} } = {}) {
  views = table;
  navParents = parents;
  document.addEventListener('click', followSamePageLink);
  window.addEventListener('popstate', () => {
    if (location.search === renderedSearch) return; // only the #fragment changed
    render({ focus: true });
  });
  render({ focus: false });
}

/** Goes to `href` (same page) and renders its view. */
export function navigate(href, { replace = false, focus = true } = {}) {
  const url = new URL(href, location.href);
  const target = url.pathname + url.search + url.hash;
  if (replace) history.replaceState(null, '', target);
  else history.pushState(null, '', target);
  render({ focus });
}

/** Puts `href` in the address bar (a new history entry if it differs) without rendering again. */
export function recordUrl(href) {
  const target = new URL(href, location.href);
  if (target.search !== location.search) history.pushState(null, '', target.pathname + target.search);
  renderedSearch = location.search;
}

export function setTitle(text) {
  document.title = text && text !== 'Verbatim' ? `${text} — Verbatim` : 'Verbatim — quote verification';
}

/** The `page` parameter (0 when missing or invalid). */
export function pageParam(params) {
  const n = Number.parseInt(params.get('page') || '0', 10);
  return Number.isInteger(n) && n >= 0 ? n : 0;
}

/** An id parameter if it is a plain positive number, else null. */
export function validId(value) {
  return /^\d{1,18}$/.test(value || '') ? value : null;
}

function render({ focus = false } = {}) {
  const params = new URLSearchParams(location.search);
  const view = params.get('view') || 'verify';
  const name = Object.prototype.hasOwnProperty.call(views, view) ? view : 'missing';
  for (const section of document.querySelectorAll('.view')) section.hidden = section.dataset.view !== name;
  const current = navParents[name] || name;
  for (const link of document.querySelectorAll('.nav a')) {
    if (link.dataset.route === current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  renderedSearch = location.search;
  const heading = $(`#view-${name} h1`);
  setTitle(heading ? heading.textContent : 'Verbatim');
  if (views[name]) views[name].show(params, { focus });
  if (focus && heading) focusElement(heading);
}

function followSamePageLink(event) {
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!link || event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  if (link.target === '_blank' || link.hasAttribute('download')) return;
  const url = new URL(link.href, location.href);
  if (url.origin !== location.origin || url.pathname !== location.pathname) return;
  if (url.search === location.search && url.hash) return; // in-page anchor
  event.preventDefault();
  navigate(url.href);
}
