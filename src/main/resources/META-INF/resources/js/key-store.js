/*
 * The API key of the views that write (add an article, correct a quote): kept in sessionStorage under
 * "verbatim.apiKey" only (never a cookie, never in the page), so it is gone when the tab closes.
 */
const KEY_STORAGE = 'verbatim.apiKey';

export function readStoredKey() {
  try { return window.sessionStorage.getItem(KEY_STORAGE) || ''; } catch (e) { return ''; }
}

/** Remembers `key` for this tab; an empty key forgets it. */
export function storeKey(key) {
  try {
    if (key) window.sessionStorage.setItem(KEY_STORAGE, key);
    else window.sessionStorage.removeItem(KEY_STORAGE);
  } catch (e) { /* storage disabled: the key just is not remembered */ }
}
