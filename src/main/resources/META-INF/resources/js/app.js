/*
 * Verbatim web client: plain ES modules loaded by index.html with <script type="module">, no build
 * step, no third-party code. This file only wires: each view (views/<name>/) attaches its form
 * handlers, and the router (router.js) shows the view of the URL.
 *
 * Runs under: Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self';
 *   img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'
 * so: no inline scripts or handlers, no style attributes (state is shown with classes and `hidden`),
 * and every piece of data from the API is put into the page with createElement/textContent (dom.js),
 * never innerHTML.
 *
 * The answer of a check is drawn by render/ (with dom.js and format.js), the modules the browser
 * extension uses too. Each module documents the test hooks (ids, data-testid) it owns.
 */
import { installJumpLinks } from './highlight.js';
import { startRouter } from './router.js';
import * as add from './views/add/add.js';
import * as article from './views/article/article.js';
import * as articles from './views/articles/articles.js';
import * as browse from './views/browse/browse.js';
import * as check from './views/check/check.js';
import * as speaker from './views/speaker/speaker.js';
import * as verify from './views/verify/verify.js';

const views = { verify, check, browse, speaker, articles, article, add };

for (const view of Object.values(views)) if (view.init) view.init();
installJumpLinks();
startRouter(views, { parents: { speaker: 'browse', article: 'articles' } });
