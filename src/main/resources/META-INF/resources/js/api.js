/*
 * The web page's access to the Verbatim API (same origin, api/v1/): fetch, JSON bodies, and every
 * failure turned into a problem ({title, detail, status, errors}) as problem+json describes it.
 */
const API_BASE = 'api/v1/';

/** A failed request; `problem` is what render/problem.js shows. */
export class ProblemError extends Error {
  constructor(problem) {
    super(problem.title || 'Error');
    this.problem = problem;
  }
}

/** One in-flight request per key: a new request aborts the previous one (no stale results). */
const controllers = new Map();
export function freshSignal(key) {
  const previous = controllers.get(key);
  if (previous) previous.abort();
  const controller = new AbortController();
  controllers.set(key, controller);
  return controller.signal;
}

export function isAbort(error) {
  return Boolean(error) && error.name === 'AbortError';
}

/**
 * Calls `path` under api/v1/. params: query parameters (empty values left out); body: sent as
 * JSON; apiKey: sent as X-API-Key. Resolves to the JSON answer (null for 204); rejects with a
 * ProblemError (or the AbortError of a superseded request).
 */
export async function api(path, { method = 'GET', params, body, apiKey, signal } = {}) {
  const url = new URL(API_BASE + path, document.baseURI);
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, String(value));
  }
  const headers = { Accept: 'application/json, application/problem+json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (apiKey) headers['X-API-Key'] = apiKey;
  let response;
  try {
    response = await fetch(url, {
      method, headers, signal, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ProblemError({
      title: 'Cannot reach the Verbatim server',
      detail: 'The request did not get an answer. Check that the service is running and try again.',
      status: 0,
    });
  }
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  let data = null;
  if (type.includes('json')) {
    try { data = await response.json(); } catch (e) { data = null; }
  }
  if (!response.ok) throw new ProblemError(problemOf(response, data));
  return data;
}

/** The problem of a failed response, from its problem+json body where there is one. */
function problemOf(response, data) {
  const p = data && typeof data === 'object' ? data : {};
  return {
    type: typeof p.type === 'string' ? p.type : undefined,
    title: typeof p.title === 'string' && p.title ? p.title : `${response.status} ${response.statusText || 'Error'}`.trim(),
    detail: typeof p.detail === 'string' ? p.detail
      : (response.status >= 500 ? 'The server could not answer. Try again later.' : ''),
    status: Number.isInteger(p.status) ? p.status : response.status,
    errors: Array.isArray(p.errors) ? p.errors : [],
  };
}

/** The problem to show for any error a view caught. */
export function toProblem(error) {
  if (error instanceof ProblemError) return error.problem;
  console.warn('Verbatim client error', error); // eslint-disable-line no-console
  return { title: 'Something went wrong', detail: 'The answer could not be shown. Try again.', status: 0 };
}
