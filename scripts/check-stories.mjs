// Builds Storybook, then opens every story in headless Chromium and fails on a console
// error, an uncaught exception, a Storybook error screen, or any axe violation
// (WCAG 2.2 A/AA). Every story is opened in English and light; each is opened once more
// in one of the other languages, themes and the right-to-left sample, in rotation.
import {spawnSync} from 'node:child_process';
import {createServer} from 'node:http';
import {createReadStream, existsSync, readFileSync, statSync} from 'node:fs';
import {createRequire} from 'node:module';
import {extname, join, normalize, resolve, sep} from 'node:path';
import puppeteer from 'puppeteer-core';
import {chromiumLaunch} from './chromium.mjs';
import {TAGS} from './packages.mjs';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, 'storybook-static');
const require = createRequire(import.meta.url);

if (!process.argv.includes('--no-build')) {
  const build = spawnSync(resolve(root, 'node_modules/.bin/storybook'), ['build', '--quiet', '-o', out], {
    cwd: root,
    encoding: 'utf8',
    env: {...process.env, STORYBOOK_DISABLE_TELEMETRY: '1'},
  });
  if (build.status !== 0) {
    process.stderr.write(build.stdout + build.stderr);
    console.error('storybook build failed');
    process.exit(1);
  }
}

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const file = normalize(join(out, path === '/' ? 'index.html' : path));
  if (!file.startsWith(out + sep) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, {'content-type': TYPES[extname(file)] ?? 'application/octet-stream'});
  createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
const VARIANTS = [
  {locale: 'fr', theme: 'dark'},
  {locale: 'sv', theme: 'brand'},
  {locale: 'nb', theme: 'light'},
  {locale: 'ar', theme: 'dark'},
];
const visits = stories.flatMap((story, i) => [
  {story, locale: 'en', theme: 'light'},
  {story, ...VARIANTS[i % VARIANTS.length]},
]);

// The longest a story may take to settle: generous, for a busy 2-core machine.
const CEILING = 60_000;

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const browser = await puppeteer.launch(chromiumLaunch);

async function visit({story, locale, theme}) {
  const page = await browser.newPage();
  // Storybook says when a story is done (rendered, and its play function finished) with
  // 'storyRendered' on its channel; listen from the moment the channel exists.
  await page.evaluateOnNewDocument(() => {
    const DONE = ['storyRendered', 'storyErrored', 'storyThrewException', 'playFunctionThrewException', 'storyMissing'];
    let attached = false;
    const attach = (channel) => {
      if (attached || !channel?.on) return;
      attached = true;
      for (const event of DONE) channel.on(event, () => (window.__clStoryDone = event));
    };
    let value;
    Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
      configurable: true,
      get: () => value,
      set: (channel) => {
        value = channel;
        attach(channel);
      },
    });
    const poll = setInterval(() => {
      attach(value ?? window.__STORYBOOK_ADDONS_CHANNEL__);
      if (attached) clearInterval(poll);
    }, 1);
  });
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console.error: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('request', (r) => {
    if (!r.url().startsWith(base) && !r.url().startsWith('data:'))
      problems.push(`request to another origin: ${r.url()}`);
  });
  try {
    await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story&globals=locale:${locale};theme:${theme}`, {
      waitUntil: 'networkidle0',
    });
    // Every wait is for a condition, with a ceiling only a broken story reaches: the page's
    // network is idle, Storybook has finished the story and its play function, every Careloop
    // element has rendered and finished updating, and words that load on first need
    // (problem messages) are on screen.
    await page.waitForFunction(
      async (selector) => {
        const root = document.querySelector('#storybook-root');
        const elements = [...(root?.querySelectorAll(selector) ?? [])];
        if (!window.__clStoryDone || elements.length === 0 || document.querySelector('[data-cl-playing]')) return false;
        await Promise.all(elements.map((el) => el.updateComplete));
        return elements.every((el) => {
          const box = el.shadowRoot?.querySelector('.problems__list');
          return el.shadowRoot?.childElementCount && (!box || box.childElementCount > 0);
        });
      },
      {timeout: CEILING, polling: 'raf'},
      TAGS.join(', '),
    );
    if (await page.$('.sb-show-errordisplay'))
      problems.push(`Storybook error: ${await page.$eval('#error-message', (e) => e.textContent)}`);
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const results = await window.axe.run(document.querySelector('#storybook-root'), {
        runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']},
      });
      return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
    });
    problems.push(...violations.map((v) => `axe ${v}`));
  } catch (error) {
    problems.push(`did not render: ${error.message}`);
  } finally {
    await page.close();
  }
  return problems;
}

const failures = [];
const queue = [...visits];
await Promise.all(
  Array.from({length: 3}, async () => {
    for (let v = queue.shift(); v; v = queue.shift()) {
      // A story that did not settle within the ceiling is opened once more in a fresh page
      // (a busy machine can starve one page); every other problem counts at once.
      let problems = await visit(v);
      if (problems.some((p) => p.startsWith('did not render'))) problems = await visit(v);
      if (problems.length) failures.push(`${v.story.id} [${v.locale}, ${v.theme}]\n    ${problems.join('\n    ')}`);
    }
  }),
);
await browser.close();
server.close();

if (failures.length) {
  console.error(`Stories with problems (${failures.length}):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `stories: ${stories.length} stories opened ${visits.length} times (4 languages, right to left, 3 themes): no console error, no axe violation`,
);
