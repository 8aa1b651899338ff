// Benchmark (not a test): renders 2,000 guide cards in headless Chromium from the
// built CDN bundle, and measures the initial render and the search latency per
// keystroke. Prints the numbers; docs/performance.md records them. `npm run bench`.
import {createServer} from 'node:http';
import {readFileSync, existsSync} from 'node:fs';
import {resolve, normalize, join, sep} from 'node:path';
import puppeteer from 'puppeteer-core';
import {chromiumLaunch} from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, 'packages/careloop/dist');
if (!existsSync(join(dist, 'careloop.js'))) throw new Error('Run npm run build first.');

const COUNT = 2000;
const AUDIENCES = ['patients', 'families', 'carers', 'professionals'];
const THEMES = ['Partnership', 'Evaluation', 'Carers', 'Training', 'Mental health', 'Children'];
const WORDS =
  'involvement family carer ward evaluation partnership workshop guide project feedback équipe pasientforløp vård'.split(
    ' ',
  );
const feed = Array.from({length: COUNT}, (_, i) => ({
  id: `g${i}`,
  kind: i % 10 === 0 ? 'project' : i % 7 === 0 ? 'change' : 'guide',
  title: `${WORDS[i % WORDS.length]} ${WORDS[(i * 7) % WORDS.length]} guide ${i}`,
  summary: `A practical guide about **${WORDS[(i * 3) % WORDS.length]}** and ${WORDS[(i * 5) % WORDS.length]}.\n\n- one point\n- another point`,
  url: `/guides/${i}`,
  audience: [AUDIENCES[i % 4]],
  themes: [THEMES[i % THEMES.length]],
  format: 'web',
  languages: ['en'],
  readingMinutes: (i % 20) + 1,
  updated: `20${15 + (i % 11)}-0${(i % 9) + 1}-1${i % 9}`,
  status: 'ongoing',
  youSaid: 'You said something.',
  weDid: 'We did something.',
  lead: 'A. Lead',
}));

const page = (pageSize) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script type="module" src="/careloop.js"></script></head><body>
<cl-guide-list page-size="${pageSize}"></cl-guide-list>
<script type="module" src="/bench-page.js"></script></body></html>`;

const benchPage = `
const list = document.querySelector('cl-guide-list');
await customElements.whenDefined('cl-guide-list');
const feed = await (await fetch('/feed.json')).json();
const t0 = performance.now();
list.items = feed;
await list.updateComplete;
list.shadowRoot.querySelector('.grid').getBoundingClientRect();
window.initialRender = performance.now() - t0;
window.cards = list.shadowRoot.querySelectorAll('.card').length;
window.ready = true;
`;

const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (path === '/all.html' || path === '/paged.html') {
    res.writeHead(200, {'content-type': 'text/html'}).end(page(path === '/all.html' ? COUNT : 24));
  } else if (path === '/bench-page.js') {
    res.writeHead(200, {'content-type': 'text/javascript'}).end(benchPage);
  } else if (path === '/feed.json') {
    res.writeHead(200, {'content-type': 'application/json'}).end(JSON.stringify(feed));
  } else {
    const file = normalize(join(dist, path));
    if (!file.startsWith(dist + sep) || !existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, {'content-type': 'text/javascript'}).end(readFileSync(file));
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch(chromiumLaunch);

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return {median: at(0.5), p95: at(0.95), max: s.at(-1)};
};
const ms = (x) => `${x.toFixed(1)} ms`;

async function run(path, label) {
  const tab = await browser.newPage();
  await tab.setViewport({width: 1280, height: 900});
  await tab.goto(base + path);
  await tab.waitForFunction(() => window.ready, {timeout: 60000});
  const initial = await tab.evaluate(() => window.initialRender);
  const cards = await tab.evaluate(() => window.cards);
  // Filter-and-render per keystroke: the input event, Lit's update, style and layout.
  const perKey = await tab.evaluate(async () => {
    const list = document.querySelector('cl-guide-list');
    const input = list.shadowRoot.querySelector('#search');
    const times = [];
    for (const query of ['involvement', 'family carer', 'equipe', 'guide 1', 'vard', 'zzz', '']) {
      input.value = '';
      for (const ch of [...query, 'Backspace']) {
        input.value = ch === 'Backspace' ? input.value.slice(0, -1) : input.value + ch;
        const t0 = performance.now();
        input.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
        await list.updateComplete;
        list.shadowRoot.querySelector('.list').getBoundingClientRect();
        times.push(performance.now() - t0);
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      }
    }
    return times;
  });
  // Real keystrokes: the browser's Event Timing, from key press to the next paint.
  await tab.evaluate(() => {
    window.slowKeys = [];
    new PerformanceObserver((entries) => {
      for (const e of entries.getEntries())
        if (e.name === 'keydown' || e.name === 'keypress' || e.name === 'input') window.slowKeys.push(e.duration);
    }).observe({type: 'event', durationThreshold: 16, buffered: false});
    document.querySelector('cl-guide-list').shadowRoot.querySelector('#search').focus();
  });
  const typed = 'partnership evaluation';
  await tab.keyboard.type(typed, {delay: 50});
  await new Promise((r) => setTimeout(r, 300));
  const slow = await tab.evaluate(() => window.slowKeys);
  await tab.close();
  const k = stats(perKey);
  console.log(`${label}`);
  console.log(`  initial render of ${COUNT} items (${cards} cards in the page): ${ms(initial)}`);
  console.log(
    `  filter-and-render per keystroke (${perKey.length} keystrokes): median ${ms(k.median)}, p95 ${ms(k.p95)}, max ${ms(k.max)}`,
  );
  // Event Timing rounds durations to 8 ms: a reported 16 ms is within a frame give or take.
  const over = slow.filter((d) => d > 16);
  console.log(
    `  real typing, ${typed.length} keys (${slow.length} key and input events measured at ≥ 16 ms): ${over.length} over 16 ms${over.length ? `, longest ${Math.max(...over)} ms` : ''}`,
  );
}

console.log(
  `Careloop guide-list benchmark: Chromium ${await browser.version()}, ${(await import('node:os')).cpus().length} cores`,
);
await run('/paged.html', 'page-size 24 (the default)');
await run('/all.html', `page-size ${COUNT} (every card in the page)`);
await browser.close();
server.close();
