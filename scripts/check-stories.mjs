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

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

async function visit({story, locale, theme}) {
  const page = await browser.newPage();
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
    await page.waitForFunction(
      () => {
        const root = document.querySelector('#storybook-root');
        const elements = [
          ...(root?.querySelectorAll(
            'cl-guide-card, cl-guide-list, cl-feedback-form, cl-consent-prompt, cl-workshop-signup',
          ) ?? []),
        ];
        return elements.length > 0 && elements.every((el) => el.shadowRoot?.childElementCount);
      },
      {timeout: 8000},
    );
    // Let play functions and lazily loaded words settle (a play marks its canvas while it runs).
    await new Promise((r) => setTimeout(r, 400));
    await page.waitForFunction(() => !document.querySelector('[data-cl-playing]'), {timeout: 10000});
    await new Promise((r) => setTimeout(r, 100));
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
      const problems = await visit(v);
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
