// The demo portal and its collector, tested over real HTTP on a random local port.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {once} from 'node:events';
import {join, resolve} from 'node:path';
import {CONTENT_SECURITY_POLICY} from '../server.mjs';
import {startPortal} from './support.mjs';

let portal;
let server;
let base;

before(async () => {
  portal = await startPortal();
  ({server, base} = portal);
});

after(() => portal.stop());

const submission = (extra = {}) => ({
  id: crypto.randomUUID(),
  kind: 'feedback',
  createdAt: new Date().toISOString(),
  locale: 'en',
  source: {element: 'cl-feedback-form', version: '0.1.0', page: '/feedback.html'},
  data: {answer: '<script>alert(1)</script> was fine'},
  ...extra,
});

function post(body, headers = {}) {
  return fetch(`${base}/api/submissions`, {
    method: 'POST',
    headers: {'content-type': 'application/json', ...headers},
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

test('every page is served with a strict Content-Security-Policy', async () => {
  for (const path of ['/', '/guides.html', '/projects.html', '/you-said-we-did.html', '/inbox', '/nowhere']) {
    const response = await fetch(base + path);
    const csp = response.headers.get('content-security-policy');
    assert.equal(csp, CONTENT_SECURITY_POLICY, path);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
    assert.match(csp, /script-src 'self'/);
    assert.match(csp, /require-trusted-types-for 'script'/);
    assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
  }
});

test('the pages need nothing the policy forbids: no inline script, style or handler', () => {
  const dir = resolve(import.meta.dirname, '../public');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(join(dir, file), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    for (const [, attrs, content] of scripts) {
      if (/type="application\/json"/.test(attrs)) continue;
      assert.match(attrs, /src="\//, `${file}: scripts load from this site`);
      assert.equal(content.trim(), '', `${file}: no inline script`);
    }
    assert.doesNotMatch(html, /<style|style="|\son[a-z]+=/i, `${file}: no inline style or event handler`);
    // Inline JSON holds identifiers (FHIR extension URLs, canonicals), never something loaded.
    const markup = html.replace(/<script type="application\/json">[\s\S]*?<\/script>/g, '');
    assert.doesNotMatch(markup, /https?:\/\//, `${file}: nothing loads from another site`);
  }
});

test('serves the Careloop bundle, and nothing outside it', async () => {
  const bundle = await fetch(`${base}/careloop/careloop.js`);
  assert.equal(bundle.status, 200);
  assert.match(bundle.headers.get('content-type'), /javascript/);
  for (const path of [
    '/careloop/../../package.json',
    '/careloop/%2e%2e/%2e%2e/package.json',
    '/..%2f..%2fpackage.json',
  ]) {
    assert.equal((await fetch(base + path)).status, 404, path);
  }
});

test('renders the page a card links to, and a real PDF for its download', async () => {
  const feed = await (await fetch(`${base}/feeds/guides.json`)).json();
  const guide = feed.find((item) => item.download);
  const page = await (await fetch(base + guide.url)).text();
  assert.match(page, new RegExp(guide.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  assert.match(page, /<cl-guide-card heading-level="2"><script type="application\/json">/);
  const pdf = await fetch(base + guide.download.url);
  assert.equal(pdf.headers.get('content-type'), 'application/pdf');
  const bytes = Buffer.from(await pdf.arrayBuffer());
  assert.equal(bytes.subarray(0, 8).toString('latin1'), '%PDF-1.4');
  assert.match(bytes.toString('latin1'), /%%EOF\n$/);
  const changes = await (await fetch(`${base}/feeds/you-said-we-did.json`)).json();
  assert.ok(changes.length > 0 && changes.every((item) => item.kind === 'change'));
});

test('a hostile feed item is text on its page: no markup from its language, title or download', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'careloop-feed-'));
  t.after(() => rmSync(dir, {recursive: true, force: true}));
  const feed = join(dir, 'guides.json');
  writeFileSync(
    feed,
    JSON.stringify([
      null,
      {
        kind: 'guide',
        url: '/guides/hostile',
        title: "Visiting $& $` $' <img src=x onerror=alert(1)>",
        summary: 'Fine',
        languages: ['en"><script>alert(1)</script>'],
        download: {url: 'javascript:alert(1)'},
      },
    ]),
  );
  const hostile = await startPortal({feed});
  t.after(() => hostile.stop());
  const page = await (await fetch(`${hostile.base}/guides/hostile`)).text();
  assert.match(page, /<html lang="en">/);
  assert.match(page, /<title>Visiting \$&amp; \$` \$&#39; &lt;img src=x onerror=alert\(1\)&gt; ·/);
  // The card's own JSON keeps the feed as it came (the card checks its URLs); the page around it has none of it.
  const [before, json, after] = page.split(/<script type="application\/json">|<\/script><\/cl-guide-card>/);
  assert.doesNotMatch(before + after, /<script>alert|<img src=x|javascript:/);
  assert.doesNotMatch(json, /<\//);
  assert.equal((await (await fetch(`${hostile.base}/feeds/guides.json`)).json()).length, 2);
});

test('the collector stores a submission once per Idempotency-Key and lists it in the inbox', async () => {
  const body = submission();
  const first = await post(body, {'idempotency-key': body.id});
  assert.equal(first.status, 201);
  const again = await post(body, {'idempotency-key': body.id});
  assert.equal(again.status, 200);
  assert.deepEqual(await again.json(), {status: 'duplicate', id: body.id});
  const stored = await (await fetch(`${base}/api/submissions`)).json();
  assert.equal(stored.filter((s) => s.idempotencyKey === body.id).length, 1);
  const inbox = await (await fetch(`${base}/inbox`)).text();
  assert.match(inbox, new RegExp(body.id));
  assert.match(inbox, /&lt;script&gt;alert\(1\)&lt;\/script&gt; was fine/);
  assert.doesNotMatch(inbox, /<script>alert/);
});

test('the collector refuses what it cannot keep, with a reason', async () => {
  const key = crypto.randomUUID();
  const cases = [
    [post(submission(), {}), 400, /Idempotency-Key/],
    [post(submission(), {'idempotency-key': 'not-a-uuid'}), 400, /Idempotency-Key/],
    [post('{"broken": ', {'idempotency-key': key}), 400, /not valid JSON/],
    [post('[1, 2]', {'idempotency-key': key}), 422, /JSON object/],
    [post(submission(), {'idempotency-key': key, 'content-type': 'text/plain'}), 415, /application\/json/],
    [post({data: 'x'.repeat(300 * 1024)}, {'idempotency-key': key}), 413, /too large/],
  ];
  for (const [request, status, message] of cases) {
    const response = await request;
    assert.equal(response.status, status);
    assert.match((await response.json()).error, message);
  }
  assert.equal((await fetch(`${base}/api/submissions`, {method: 'DELETE'})).status, 405);
});

test('says clearly when the port is taken', async () => {
  const child = spawn(process.execPath, [resolve(import.meta.dirname, '../server.mjs')], {
    env: {...process.env, PORT: String(server.address().port)},
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const [code] = await once(child, 'exit');
  assert.equal(code, 1);
  assert.match(stderr, new RegExp(`Port ${server.address().port} is already in use`));
});
