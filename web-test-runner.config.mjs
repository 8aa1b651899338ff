// Browser tests in three engines, using the machine's own browsers (never a download):
// Chromium (/usr/bin/chromium), Firefox ESR over WebDriver BiDi, and WebKitGTK's
// MiniBrowser through WebKitWebDriver under a virtual X display.
// CL_BROWSERS=chromium,firefox,webkit chooses engines (default: all three).
import {CHROMIUM, CHROMIUM_FLAGS} from './scripts/chromium.mjs';
import {accept, memoryStore} from './demo/collector.mjs';
import {spawn, execFile, execFileSync} from 'node:child_process';
import {promisify} from 'node:util';
import {existsSync, mkdirSync, writeFileSync} from 'node:fs';
import net from 'node:net';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {puppeteerLauncher} from '@web/test-runner-puppeteer';
import {webdriverLauncher} from '@web/test-runner-webdriver';
import {SOURCE_PACKAGES, PACKAGES} from './scripts/packages.mjs';

const run = promisify(execFile);

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const wanted = (process.env.CL_BROWSERS ?? 'chromium,firefox,webkit').split(',').map((b) => b.trim());

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port, timeoutMs = 20000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`WebKitWebDriver did not start on port ${port}`);
}

/** Starts WebKitWebDriver under xvfb-run; stopped when this process exits. */
async function startWebKitDriver() {
  const port = await freePort();
  const driver = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`], {
    detached: true,
    stdio: 'ignore',
  });
  const stop = () => {
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  process.once('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => (stop(), process.exit(130)));
  await waitForPort(port);
  return port;
}

function has(command) {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], {stdio: 'ignore'});
    return true;
  } catch {
    return false;
  }
}

const browsers = [];
if (wanted.includes('chromium')) {
  browsers.push(chromeLauncher({launchOptions: {executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS}}));
}
if (wanted.includes('firefox')) {
  browsers.push(
    puppeteerLauncher({
      launchOptions: {browser: 'firefox', executablePath: FIREFOX, headless: true},
      // Puppeteer sets the viewport with a screen orientation too, a BiDi command that some
      // Firefox ESR builds do not know (140.12 answers "unknown command"): the viewport
      // itself is set, so only that answer is ignored.
      async createPage({context}) {
        const page = await context.newPage();
        const setViewport = page.setViewport.bind(page);
        page.setViewport = async (viewport) => {
          try {
            await setViewport(viewport);
          } catch (error) {
            if (!String(error).includes('unknown command emulation.setScreenOrientationOverride')) throw error;
          }
        };
        return page;
      },
    }),
  );
}
if (wanted.includes('webkit')) {
  if (!existsSync(MINIBROWSER) || !has('WebKitWebDriver') || !has('xvfb-run')) {
    throw new Error('WebKit tests need webkit2gtk-driver, xvfb and xauth (see .ci/run).');
  }
  const port = await startWebKitDriver();
  browsers.push(
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {binary: MINIBROWSER, args: ['--automation']},
      },
    }),
  );
}

/**
 * `cl-emulate-media` for tests: print media and media features such as forced colours,
 * through the Chrome DevTools Protocol. Answers false in other engines, where the
 * test skips itself.
 */
/**
 * The local collector of demo/collector.mjs for the tests, with faults in front: POST
 * /__collector/<scenario>/<run> with scenarios ok, full/<n> (409 for the first n), flaky/<n> (503 for the first n
 * requests of each Idempotency-Key), limited/<n> (429 with Retry-After: 1), drop/<n>
 * (connection closed with no answer), busy/<s> and busydate/<s> (503 with Retry-After in seconds or as a
 * date), slow/<ms>, bad (400 with a reason).
 * GET /__collector/log/<run> lists what each key received.
 */
function collectorMiddleware() {
  const runs = new Map();
  const stores = new Map();
  return async function collector(context, next) {
    const match = /^\/__collector\/(.+)$/.exec(context.path);
    if (!match) return next();
    const parts = match[1].split('/');
    if (context.method === 'GET' && parts[0] === 'log') {
      context.body = Object.fromEntries(runs.get(parts[1]) ?? []);
      return;
    }
    const run = parts.at(-1);
    const [scenario, arg] = parts;
    const chunks = [];
    for await (const chunk of context.req) chunks.push(chunk);
    const key = context.get('idempotency-key');
    const log = runs.get(run) ?? new Map();
    runs.set(run, log);
    const seen = log.get(key) ?? [];
    log.set(key, seen);
    const nth = seen.length;
    const record = (status) =>
      seen.push({status, at: Date.now(), body: Buffer.concat(chunks).toString('utf8'), headers: {...context.headers}});
    if (scenario === 'flaky' && nth < Number(arg))
      return (record(503), (context.status = 503), (context.body = {error: 'down'}));
    if (scenario === 'limited' && nth < Number(arg)) {
      record(429);
      context.status = 429;
      context.set('retry-after', '1');
      context.body = {error: 'slow down'};
      return;
    }
    // "busy" always asks to wait <arg> seconds (Retry-After in seconds); "busydate" the same as an HTTP date.
    if (scenario === 'busy' || scenario === 'busydate') {
      record(503);
      context.status = 503;
      const wait = Number(arg);
      context.set('retry-after', scenario === 'busy' ? String(wait) : new Date(Date.now() + wait * 1000).toUTCString());
      context.body = {error: 'busy'};
      return;
    }
    if (scenario === 'drop' && nth < Number(arg)) {
      record(0);
      context.respond = false;
      context.req.socket.destroy();
      return;
    }
    if (scenario === 'bad')
      return (record(400), (context.status = 400), (context.body = {error: 'The field "data.answer" is missing.'}));
    // "full" counts every request of the run: the first n envelopes are refused, whatever their key.
    const total = [...log.values()].reduce((sum, requests) => sum + requests.length, 0) - nth;
    if (scenario === 'full' && total < Number(arg))
      return (record(409), (context.status = 409), (context.body = {error: 'The workshop is full.'}));
    if (scenario === 'slow') await new Promise((r) => setTimeout(r, Number(arg)));
    // "chaos" (the soak, scripts/soak.mjs): each request meets one fault at random, or none.
    let after;
    if (scenario === 'chaos') {
      const fault = chaos();
      const met = faults.get(run) ?? new Map();
      faults.set(run, met.set(fault, (met.get(fault) ?? 0) + 1));
      if (fault === 'drop') return (record(0), (context.respond = false), context.req.socket.destroy());
      if (fault === 'hang') await new Promise((r) => setTimeout(r, 35_000));
      if (fault === 'slow') await new Promise((r) => setTimeout(r, 500 + Math.random() * 2500));
      const retry = {503: undefined, 408: undefined, '429s': '1', '503d': new Date(Date.now() + 1000).toUTCString()};
      if (fault in retry) {
        record(Number(fault.slice(0, 3)));
        context.status = Number(fault.slice(0, 3));
        if (retry[fault]) context.set('retry-after', retry[fault]);
        context.body = {error: fault};
        return;
      }
      // Stored, then the answer is lost: the browser must send it again, and the key absorbs it.
      if (fault === 'lost-answer') after = () => ((context.respond = false), context.req.socket.destroy());
    }
    // Then what the demo's collector does: 201 the first time a key is stored, 200 for a
    // replay, 4xx with a reason for anything that is not a submission envelope.
    if (!stores.has(run)) stores.set(run, memoryStore());
    const text = Buffer.concat(chunks).toString('utf8');
    const {status, body} = accept({key, type: context.get('content-type'), text}, stores.get(run));
    record(status);
    if (after) return after();
    context.status = status;
    context.body = body;
  };
}

/** The soak's faults and how often each is met (the rest are answered at once). */
const CHAOS = [
  ['drop', 0.1],
  ['lost-answer', 0.08],
  [503, 0.08],
  ['429s', 0.06],
  ['503d', 0.04],
  [408, 0.06],
  ['slow', 0.06],
  ['hang', 0.004],
];
/** The faults met, by run of the collector. */
const faults = new Map();
function chaos() {
  let draw = Math.random();
  for (const [fault, share] of CHAOS) {
    if (draw < share) return String(fault);
    draw -= share;
  }
  return 'none';
}

/**
 * The soak's two routes: GET /__soak/config (how many submissions, CL_SOAK) and POST /__soak/report/<engine>/<run> (its figures, written to
 * build/soak/<engine>.json with the faults the server met, for scripts/soak.mjs to print).
 */
function soakMiddleware() {
  return async function soak(context, next) {
    if (context.path === '/__soak/config') return void (context.body = {count: Number(process.env.CL_SOAK ?? 0)});
    const report = /^\/__soak\/report\/([\w-]+)\/([\w-]+)$/.exec(context.path);
    if (!report) return next();
    const chunks = [];
    for await (const chunk of context.req) chunks.push(chunk);
    const met = Object.fromEntries(faults.get(report[2]) ?? []);
    const figures = {...JSON.parse(Buffer.concat(chunks).toString('utf8')), faults: met};
    mkdirSync('build/soak', {recursive: true});
    writeFileSync(`build/soak/${report[1]}.json`, JSON.stringify(figures, null, 2));
    faults.delete(report[2]);
    context.body = {ok: true};
  };
}

/**
 * Another origin for the tests: this server, reached by its other name (127.0.0.1 for a
 * page on localhost, and back). GET or POST /__elsewhere/<run>/<anything> counts the
 * request and answers a one-pixel image; GET /__elsewhere-log/<run> lists what came.
 */
function elsewhereMiddleware() {
  const hits = new Map();
  return async function elsewhere(context, next) {
    const log = /^\/__elsewhere-log\/([\w-]+)$/.exec(context.path);
    if (log) return void (context.body = {hits: hits.get(log[1]) ?? []});
    const hit = /^\/__elsewhere\/([\w-]+)\//.exec(context.path);
    if (!hit) return next();
    hits.set(hit[1], [...(hits.get(hit[1]) ?? []), context.path]);
    context.set('access-control-allow-origin', '*');
    context.type = 'image/svg+xml';
    context.body = '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>';
  };
}

function emulateMediaCommand() {
  const sessions = new WeakMap();
  return {
    name: 'careloop-emulate-media',
    async executeCommand({command, payload, session}) {
      if (command !== 'cl-emulate-media') return undefined;
      if (session.browser.type !== 'puppeteer' || session.browser.name !== 'Chrome') return false;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions
        .get(page)
        .send('Emulation.setEmulatedMedia', {media: payload.media ?? '', features: payload.features ?? []});
      return true;
    },
  };
}

export default {
  // A port the system gives, not the first free one from 8000: two runs starting at once
  // (two clones on one machine) would both pick 8000, and one would fail to bind.
  port: await freePort(),
  // One group per package: `npm run test:quick -- --group feedback-form` runs one.
  groups: [
    // (A framework's wrappers are tested by their example app, in examples/test/.)
    ...PACKAGES.filter((p) => !p.adapter).map((p) => ({name: p.name, files: `${p.dir}/test/**/*.test.ts`})),
    // The delivery soak runs on demand only (npm run soak sets CL_SOAK).
    ...(process.env.CL_SOAK ? [{name: 'soak', files: 'packages/careloop/test/soak.run.ts'}] : []),
  ],
  nodeResolve: {exportConditions: ['source', 'development', 'browser']},
  plugins: [esbuildPlugin({ts: true, tsconfig: 'tsconfig.base.json', target: 'es2022'}), emulateMediaCommand()],
  browsers,
  // The WebKit launcher runs files one by one only at concurrency 1 (otherwise in iframes,
  // where focus and keyboard tests do not behave as in a real tab).
  concurrency: 1,
  // Ceilings, not expectations: a test waits for events and conditions (test/support.ts,
  // CEILING = 30 s a wait), and these only decide when a broken one gives up on a busy machine.
  testFramework: {config: {timeout: 120_000}},
  browserStartTimeout: 120_000,
  testsStartTimeout: 120_000,
  // The soak (CL_SOAK submissions an engine) may take a few seconds for each.
  testsFinishTimeout: 600_000 + Number(process.env.CL_SOAK ?? 0) * 3_000,
  filterBrowserLogs: () => false,
  middleware: [
    collectorMiddleware(),
    soakMiddleware(),
    elsewhereMiddleware(),
    // What careloop/ssr renders (GET /__ssr/<what>?locale=&endpoint=), for the hydration
    // tests; rendered in a process of its own (packages/careloop/test/ssr-render.mjs).
    async function serverRendered(context, next) {
      const what = /^\/__ssr\/([\w-]+)$/.exec(context.path);
      if (!what) return next();
      const {stdout} = await run(process.execPath, [
        'packages/careloop/test/ssr-render.mjs',
        what[1],
        context.query.locale ?? 'en',
        context.query.endpoint ?? '/api/submissions',
      ]);
      context.type = 'text/html';
      context.body = stdout;
    },
    // A real server for tests that need one to answer badly: /__status/503 answers 503,
    // /__slow/<ms>/<path> serves <path> late.
    async function testServer(context, next) {
      const status = /^\/__status\/(\d{3})$/.exec(context.path);
      if (status) {
        context.status = Number(status[1]);
        context.body = {error: `status ${status[1]} on request`};
        return;
      }
      const slow = /^\/__slow\/(\d+)(\/.*)$/.exec(context.path);
      if (slow) {
        await new Promise((resolve) => setTimeout(resolve, Number(slow[1])));
        context.path = slow[2];
      }
      return next();
    },
  ],
  coverageConfig: {
    include: SOURCE_PACKAGES.map((p) => `${p.dir}/src/**/*.ts`),
    exclude: ['packages/core/src/locales/**', '**/node_modules/**'],
    reportDir: 'coverage',
    reporters: ['lcovonly', 'text-summary'],
  },
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"></head>
  <body>
    <script>
      // Lit's one-time "dev mode" notice is expected in tests; any other Lit warning,
      // and anything else written to the console, fails the test (see test/support.ts).
      window.litIssuedWarnings = new Set(['dev-mode']);
      window.__clConsole = [];
      for (const level of ['log', 'info', 'warn', 'error', 'debug']) {
        console[level] = (...args) => window.__clConsole.push({level, text: args.map(String).join(' ')});
      }
    </script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
};
