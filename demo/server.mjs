// The demo hospital portal: plain HTML pages that embed Careloop exactly as a CMS page
// would (one script tag, configuration in attributes and inline JSON), served under a
// strict Content-Security-Policy, with a local collector that keeps submissions on disk
// and an inbox page that lists them. `npm start` builds and runs it.
import {createServer as createHttpServer} from 'node:http';
import {createReadStream, existsSync, readFileSync, statSync} from 'node:fs';
import {extname, join, normalize, resolve, sep} from 'node:path';
import {pathToFileURL} from 'node:url';
import {
  feedbackFromFormPost,
  renderFeedbackForm,
  renderGuideList,
  renderWorkshopSignup,
  styleHashes,
} from 'careloop/ssr.js';
import {diskStore, keepEnvelope, readBody, receive} from './collector.mjs';
import {renderPdf} from './pdf.mjs';

const here = import.meta.dirname;
const repo = resolve(here, '..');

/** The strict policy every page is served with: no inline script or style, no eval. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "font-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  // 'allow-duplicates': a page whose own Lit or DOMPurify made these policies first still loads Careloop.
  "trusted-types lit-html dompurify 'allow-duplicates'",
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]);

function send(res, status, body, type = 'text/plain; charset=utf-8', headers = {}) {
  res.writeHead(status, {'content-type': type, ...headers});
  res.end(body);
}

function sendJson(res, status, value) {
  send(res, status, `${JSON.stringify(value)}\n`, 'application/json; charset=utf-8');
}

/** A file below `base`, or undefined for anything that would escape it. */
function within(base, path) {
  const file = normalize(join(base, decodeURIComponent(path)));
  return file === base || file.startsWith(base + sep) ? file : undefined;
}

/** A language tag as BCP 47 spells one (`en`, `nb-NO`, `zh-Hant-TW`); anything else from a feed is not written into a page. */
const isLanguageTag = (tag) => typeof tag === 'string' && /^[A-Za-z]{2,8}(?:-[A-Za-z\d]{1,8}){0,8}$/.test(tag);

/** A link target from a feed that may be written into a page: a path on this site, or http(s). */
const isSafeHref = (href) =>
  typeof href === 'string' && (/^\/(?![/\\])/.test(href) || /^https?:\/\//i.test(href)) && !/[\s\p{Cc}]/u.test(href);

/**
 * A page in the portal's chrome: the header of index.html, so every page shares it. A page
 * with server-rendered elements (`hydrate`) loads careloop-hydrate.js instead of careloop.js.
 */
function page(title, body, lang = 'en', {hydrate = false, careloop = true} = {}) {
  let shell = readFileSync(join(here, 'public/index.html'), 'utf8');
  if (hydrate) shell = shell.replace('/careloop/careloop.js', '/careloop/careloop-hydrate.js');
  if (!careloop) shell = shell.replace(/<!-- Careloop,.*\n<script [^\n]*careloop\.js"><\/script>\n/, '');
  const top = shell.slice(0, shell.indexOf('<main id="main">'));
  // Replacements given as functions: a title holding `$&` or `$'` is text, not a pattern.
  const head = top
    .replace(/<title>.*?·/, () => `<title>${escapeHtml(title)} ·`)
    .replace('<html lang="en">', () => `<html lang="${isLanguageTag(lang) ? lang : 'en'}">`);
  return `${head}<main id="main">
${body}
</main>
</body>
</html>`;
}

/** The guides feed the portal's pages are made from (a CMS's export). */
const FEED = join(here, 'public/feeds/guides.json');

function readFeed(feed) {
  const items = JSON.parse(readFileSync(feed, 'utf8'));
  return Array.isArray(items) ? items.filter((item) => item && typeof item === 'object') : [];
}

/** The page a card links to, as a CMS would render it from the same feed. */
function detailPage(res, path, feed) {
  const item = readFeed(feed).find((i) => i.url === path || i.progressUrl === path);
  if (!item) return false;
  const isProgress = item.progressUrl === path;
  const lang = item.languages?.[0] ?? 'en';
  const body = `<article class="detail">
<p class="eyebrow">${isProgress ? 'Progress report' : escapeHtml(item.kind)}</p>
<h1>${escapeHtml(item.title)}</h1>
<p>${escapeHtml(item.summary ?? item.youSaid ?? '')}</p>
${isSafeHref(item.download?.url) ? `<p><a href="${escapeHtml(item.download.url)}" download>Download the guide (PDF)</a></p>` : ''}
<cl-guide-card heading-level="2"><script type="application/json">${JSON.stringify(item).replace(/</g, '\\u003c')}</script></cl-guide-card>
<p><a href="/guides.html">Back to all guides</a></p>
</article>`;
  send(res, 200, page(item.title, body, lang), TYPES['.html']);
  return true;
}

function downloadFile(res, path, feed) {
  const item = readFeed(feed).find((i) => i.download?.url === path);
  if (!item) return false;
  send(res, 200, renderPdf(String(item.title), String(item.summary ?? '')), 'application/pdf', {
    // The name as a token: a path segment with quotes or line breaks would break the header.
    'content-disposition': `attachment; filename="${path
      .split('/')
      .pop()
      .replace(/[^\w.-]/g, '_')}"`,
  });
  return true;
}

const submissions = (dataDir) => diskStore(join(dataDir, 'submissions'));

/** The policy of a page with server-rendered elements: the same, plus the hashes of their style blocks. */
const withStyles = (csp, rendered) =>
  csp.replace("style-src 'self'", () => `style-src 'self' ${styleHashes(rendered).join(' ')}`);

/** The guides page rendered on the server: readable, and its links work, before (and without) any script. */
async function serverGuidesPage(res, feed, csp, lang) {
  const list = await renderGuideList({items: readFeed(feed), locale: lang, headingLevel: 2});
  const body = `<h1>Guides and projects</h1>
<p>This page is rendered on the server: the cards and their links work before any script runs, or without it.</p>
${list}`;
  send(res, 200, page('Guides', body, lang, {hydrate: true}), TYPES['.html'], {
    'content-security-policy': withStyles(csp, list),
  });
}

/** The workshops page rendered on the server: the list is readable without script; signing up needs it. */
async function serverWorkshopsPage(res, csp, lang) {
  const workshops = JSON.parse(readFileSync(join(here, 'public/feeds/workshops.json'), 'utf8'));
  const list = await renderWorkshopSignup({workshops, endpoint: '/api/submissions', locale: lang, headingLevel: 2});
  const body = `<h1>Workshops</h1>
${list}`;
  send(res, 200, page('Workshops', body, lang, {hydrate: true}), TYPES['.html'], {
    'content-security-policy': withStyles(csp, list),
  });
}

/** The server-rendered feedback form, as the page shows it and as the answer to a post with problems. */
const serverForm = (lang, posted) =>
  renderFeedbackForm({
    preset: 'fft',
    endpoint: '/api/submissions',
    service: 'outpatients',
    about: 'the outpatient clinic',
    locale: lang,
    headingLevel: 2,
    posted,
  });

/**
 * The feedback page rendered on the server: a form that a browser without script can send.
 * Given a post with problems, the same form with its answers and the problems (a 422), for
 * a browser that did not run the script, so none is loaded.
 */
async function serverFeedbackPage(res, csp, lang, posted) {
  const form = await serverForm(lang, posted);
  const body = `<h1>Tell us about your visit</h1>
${form}`;
  send(res, posted ? 422 : 200, page('Feedback', body, lang, {hydrate: !posted, careloop: !posted}), TYPES['.html'], {
    'content-security-policy': withStyles(csp, form),
  });
}

/**
 * A feedback form sent without script (application/x-www-form-urlencoded): the same
 * envelope as the script would send, stored as one; then a thank-you page, or the
 * problems to put right.
 */
async function receiveFormPost(req, res, store, origin, csp) {
  const fields = new URLSearchParams(await readBody(req));
  // What the page's form was (serverForm's options), not what the post says it was.
  const {envelope, problems} = await feedbackFromFormPost(fields, {
    page: `${origin}/server/feedback`,
    service: 'outpatients',
  });
  const lang = envelope?.locale ?? fields.get('cl-locale') ?? 'en';
  if (!envelope) {
    // A post from a form this server rendered: that form again. Anything else: what is wrong, in words.
    if (fields.get('cl-preset') === 'fft')
      return serverFeedbackPage(res, csp, isLanguageTag(lang) ? lang : 'en', fields);
    const body = `<h1>The answers could not be read</h1>
<ul>${problems.map((p) => `<li>${escapeHtml(p.message)}</li>`).join('')}</ul>
<p><a href="/server/feedback">Go to the feedback form</a></p>`;
    return send(res, 422, page('The answers could not be read', body), TYPES['.html']);
  }
  keepEnvelope(envelope, store);
  const body = `<h1>Thank you</h1>
<p>Your feedback was sent. The team reads every answer.</p>
<p><a href="/you-said-we-did.html">See what we changed: You said, we did</a></p>`;
  send(res, 200, page('Thank you', body, lang), TYPES['.html']);
}

function inboxPage(res, dataDir) {
  const items = submissions(dataDir).list();
  const rows = items
    .map(
      (
        s,
      ) => `<li class="submission"><h2>${escapeHtml(s.body.kind ?? 'submission')} <small>${escapeHtml(s.receivedAt)}</small></h2>
<dl><dt>Idempotency-Key</dt><dd><code>${escapeHtml(s.idempotencyKey)}</code></dd><dt>From</dt><dd>${escapeHtml(s.body.source?.element ?? 'unknown')} on ${escapeHtml(s.body.source?.page ?? 'unknown page')}</dd>${
        s.body.source?.service ? `<dt>Service</dt><dd>${escapeHtml(s.body.source.service)}</dd>` : ''
      }<dt>Language</dt><dd>${escapeHtml(s.body.locale ?? 'unknown')}</dd></dl>
<h3>Data</h3>
<pre>${escapeHtml(JSON.stringify(s.body.data ?? null, null, 2))}</pre>
${s.body.fhir ? `<h3>FHIR ${escapeHtml(s.body.fhir.resourceType ?? 'resource')}</h3>\n<pre class="fhir">${escapeHtml(JSON.stringify(s.body.fhir, null, 2))}</pre>` : ''}</li>`,
    )
    .join('\n');
  const body = `<h1>Inbox</h1>
<p>What the local collector received at <code>POST /api/submissions</code>, newest first. It is kept on disk in <code>.data/submissions/</code> (ignored by git) and never leaves this machine.</p>
${items.length ? `<p>${items.length} submission${items.length === 1 ? '' : 's'}.</p><ol class="inbox">${rows}</ol>` : '<p class="empty">No submissions yet.</p>'}`;
  send(res, 200, page('Inbox', body), TYPES['.html']);
}

function serveFile(res, file) {
  if (!file || !existsSync(file) || !statSync(file).isFile()) return false;
  res.writeHead(200, {'content-type': TYPES[extname(file)] ?? 'application/octet-stream'});
  createReadStream(file).pipe(res);
  return true;
}

/** Builds the portal's request handler; `dataDir` is where submissions are kept, `feed` the guides feed, `csp` the policy. */
export function createPortal({dataDir = resolve(repo, '.data'), feed = FEED, csp = CONTENT_SECURITY_POLICY} = {}) {
  const publicDir = join(here, 'public');
  const bundleDir = resolve(repo, 'packages/careloop/dist');
  return createHttpServer(async (req, res) => {
    res.setHeader('content-security-policy', csp);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    res.setHeader('cache-control', 'no-store');
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    try {
      if (path === '/api/submissions') {
        if (req.method === 'POST' && /^application\/x-www-form-urlencoded/.test(req.headers['content-type'] ?? ''))
          return await receiveFormPost(req, res, submissions(dataDir), `http://${req.headers.host}`, csp);
        if (req.method === 'POST') {
          const {status, body} = await receive(req, submissions(dataDir));
          return sendJson(res, status, body);
        }
        if (req.method === 'GET') return sendJson(res, 200, submissions(dataDir).list());
        return send(res, 405, 'Method not allowed', undefined, {allow: 'GET, POST'});
      }
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return send(res, 405, 'Method not allowed', undefined, {allow: 'GET'});
      if (path === '/inbox') return inboxPage(res, dataDir);
      const lang = isLanguageTag(url.searchParams.get('lang')) ? url.searchParams.get('lang') : 'en';
      if (path === '/server/guides') return await serverGuidesPage(res, feed, csp, lang);
      if (path === '/server/feedback') return await serverFeedbackPage(res, csp, lang);
      if (path === '/server/workshops') return await serverWorkshopsPage(res, csp, lang);
      if (path.startsWith('/careloop/') && serveFile(res, within(bundleDir, path.slice('/careloop/'.length)))) return;
      if (path.startsWith('/files/') && downloadFile(res, path, feed)) return;
      if (path === '/feeds/guides.json') return serveFile(res, feed);
      if (path === '/feeds/you-said-we-did.json') {
        return sendJson(
          res,
          200,
          readFeed(feed).filter((item) => item.kind === 'change'),
        );
      }
      if ((path.startsWith('/guides/') || path.startsWith('/projects/')) && detailPage(res, path, feed)) return;
      const file = within(publicDir, path.endsWith('/') ? `${path}index.html` : path);
      if (serveFile(res, file)) return;
      send(
        res,
        404,
        page(
          'Not found',
          '<h1>Page not found</h1><p>There is no page at this address in the demo portal.</p><p><a href="/">Go to the home page</a></p>',
        ),
        TYPES['.html'],
      );
    } catch (error) {
      console.error(error);
      if (!res.headersSent) send(res, 500, 'The demo server failed on this request; see its console.');
    }
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (!existsSync(resolve(repo, 'packages/careloop/dist/careloop.js'))) {
    console.error('The Careloop bundle is not built yet. Run `npm start` (it builds first) or `npm run build`.');
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 8080);
  const server = createPortal();
  server.on('error', (error) => {
    if (error.code === 'EADDRINUSE') {
      console.error(
        `Port ${port} is already in use. Start the demo on another port, for example: PORT=${port + 1} npm start`,
      );
    } else {
      console.error(`The demo portal could not start: ${error.message}`);
    }
    process.exit(1);
  });
  server.listen(port, '127.0.0.1', () => {
    console.log(`Careloop demo portal: http://localhost:${port}/`);
    console.log(`Inbox of the local collector: http://localhost:${port}/inbox (Ctrl+C to stop)`);
  });
}
