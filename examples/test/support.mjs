// Shared by the example apps' tests: install an example (from its own lockfile) and build
// it with its framework's own toolchain, then serve what it built beside the demo's
// collector, as a hospital's server would, and drive it in the machine's Chromium.
import {execFileSync} from 'node:child_process';
import {once} from 'node:events';
import {createReadStream, existsSync, statSync} from 'node:fs';
import {createServer} from 'node:http';
import {extname, join, normalize, resolve, sep} from 'node:path';
import {keepEnvelope, memoryStore, readBody, receive} from '../../demo/collector.mjs';
import {focusIn, shownIn} from '../../demo/test/support.mjs';

const TYPES = {'.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css'};

/** Installs the example if it has not been (`npm ci`, from its lockfile), then builds it. */
export function build(name) {
  const dir = resolve(import.meta.dirname, '..', name);
  // No prompts and no reports home (Angular's CLI asks about analytics unless told).
  const env = {...process.env, NG_CLI_ANALYTICS: 'false', NG_FORCE_TTY: 'false'};
  const npm = (...args) => execFileSync('npm', args, {cwd: dir, env, stdio: ['ignore', 'ignore', 'inherit']});
  if (!existsSync(join(dir, 'node_modules'))) npm('ci', '--no-audit', '--no-fund');
  npm('run', 'build');
  return join(dir, 'dist');
}

/**
 * Serves `root` (an app's build: unknown paths get its index.html) and a collector at
 * /api/submissions. A form posted without script (urlencoded) is read with careloop/ssr's
 * feedbackFromFormPost, kept, and answered with a redirect to /thanks/.
 */
export async function serve(root) {
  const store = memoryStore();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (path === '/api/submissions' && req.method === 'POST' && /urlencoded/.test(req.headers['content-type'] ?? '')) {
      const {feedbackFromFormPost} = await import('careloop/ssr.js');
      const fields = new URLSearchParams(await readBody(req));
      // What the site's feedback page set (examples/eleventy/src/feedback.11ty.js).
      const {envelope, problems} = await feedbackFromFormPost(fields, {
        page: `http://${req.headers.host}/feedback/`,
        service: 'outpatients',
      });
      if (!envelope) {
        res.writeHead(422, {'content-type': 'text/plain; charset=utf-8'});
        return res.end(problems.map((p) => p.message).join('\n'));
      }
      keepEnvelope(envelope, store);
      res.writeHead(303, {location: '/thanks/'});
      return res.end();
    }
    if (path === '/api/submissions' && req.method === 'POST') {
      const {status, body} = await receive(req, store);
      res.writeHead(status, {'content-type': 'application/json'});
      return res.end(JSON.stringify(body));
    }
    let file = normalize(join(root, decodeURIComponent(path.endsWith('/') ? `${path}index.html` : path)));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) file = join(root, 'index.html');
    res.writeHead(200, {'content-type': TYPES[extname(file)] ?? 'application/octet-stream'});
    createReadStream(file).pipe(res);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {base: `http://127.0.0.1:${server.address().port}`, store, close: () => server.close()};
}

/** The envelopes the collector holds, once there are `count` of them (or after a generous wait). */
export async function received(store, count) {
  for (let waited = 0; waited < 20_000 && store.list().length < count; waited += 100)
    await new Promise((resolve) => setTimeout(resolve, 100));
  return store.list().map((record) => record.body);
}

export {focusIn, shownIn};

/**
 * What every example app does, done as a person would, by keyboard: answer the Friends and
 * Family Test and send it, then record a consent choice. Returns what the app showed it
 * received from the elements' events, and what the collector received.
 */
export async function answerAndConsent(page, store) {
  await shownIn(page, 'cl-feedback-form', 'input[name="experience"]');
  await focusIn(page, 'cl-feedback-form', 'input[name="experience"]');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await page.keyboard.type('The nurses were kind.');
  await focusIn(page, 'cl-feedback-form', 'button[type="submit"]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /Feedback received by the server: \S+/.test(document.body.innerText));
  await shownIn(page, 'cl-consent-prompt', 'input[type="checkbox"]');
  await focusIn(page, 'cl-consent-prompt', 'input[type="checkbox"]');
  await page.keyboard.press(' ');
  await focusIn(page, 'cl-consent-prompt', 'button[part="save"]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /Consent recorded: /.test(document.body.innerText));
  const shown = await page.evaluate(() =>
    [...document.querySelectorAll('[role="status"]')].map((el) => el.textContent.trim()),
  );
  return {shown, envelopes: await received(store, 2)};
}
