// How much of real questionnaires Careloop can show: renders every Questionnaire (*.json)
// in a folder with careloop.js in headless Chromium, and prints per file the questions it
// has, those shown with a working control (on any step), those asked later (behind an
// enableWhen), the notices, whether it was refused (and why), and page errors; then a
// total line. Needs `npm run build` first.
//
//   npm run fhir-coverage -- <folder>            the report
//   npm run fhir-coverage -- <folder> --check    also fails below the folder's floor.json
//
// floor.json holds what the corpus must reach: `usable` (working + later) at least,
// `notices` and `refused` at most, and no page error. Raise `usable` as coverage grows and
// lower the others; never the other way. Each notice allowed is named, with its reason,
// in `allowed`.
/* global document, customElements -- the function given to page.evaluate runs in the page. */
import {createServer} from 'node:http';
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import {resolve} from 'node:path';
import puppeteer from 'puppeteer-core';
import {chromiumLaunch} from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const folder = resolve(args.find((a) => !a.startsWith('--')) ?? 'packages/feedback-form/test/fixtures/published');
const check = args.includes('--check');
const dist = resolve(root, 'packages/careloop/dist');
if (!existsSync(resolve(dist, 'careloop.js'))) throw new Error('careloop.js is missing: run npm run build first');
const files = readdirSync(folder)
  .filter((f) => f.endsWith('.json') && f !== 'floor.json')
  .sort();

const {readQuestionnaire} = await import('../packages/feedback-form/dist/questionnaire/read-all.js');
const {walk} = await import('../packages/feedback-form/dist/questionnaire/model.js');

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>coverage</title>
<script type="module" src="/careloop/careloop.js"></script></head><body><main></main></body></html>`;
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (path === '/') return res.writeHead(200, {'content-type': 'text/html'}).end(PAGE);
  if (path === '/favicon.ico') return res.writeHead(204).end();
  const name = path.replace(/^\/careloop\//, '');
  const file = resolve(dist, name);
  if (!path.startsWith('/careloop/') || !file.startsWith(dist + '/') || !existsSync(file))
    return res.writeHead(404).end();
  res.writeHead(200, {'content-type': 'text/javascript'}).end(readFileSync(file));
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch(chromiumLaunch);

/** What one questionnaire shows, counted in the page once the form has settled. */
async function measure(raw) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('response', (response) => response.status() >= 400 && errors.push(`${response.status()} ${response.url()}`));
  await page.goto(base, {waitUntil: 'load'});
  const shown = await page.evaluate(async (questionnaire) => {
    await customElements.whenDefined('cl-feedback-form');
    const el = document.createElement('cl-feedback-form');
    el.setAttribute('no-role', '');
    el.setAttribute('no-contact', '');
    const problems = [];
    el.addEventListener('cl-error', (e) => problems.push(...e.detail.problems.map((p) => `${p.code} ${p.path}`)));
    el.questionnaire = questionnaire;
    document.querySelector('main').append(el);
    const root = el.shadowRoot;
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && (!root.querySelector('.questions, .problems') || root.querySelector('[aria-busy]')))
      await new Promise((ok) => setTimeout(ok, 50));
    await el.updateComplete;
    // Every step of a paged form (page groups, tabs, paging="group"): each is opened in turn.
    const steps = Number(root.querySelector('progress')?.max ?? 1);
    let working = 0;
    let notices = 0;
    for (let step = 0; step < steps; step++) {
      el.step = step; // the element's own step state: the report opens each step without answering the ones before
      await el.updateComplete;
      working += [...root.querySelectorAll('.question, .question-table tbody tr')].filter((q) =>
        q.querySelector('input:not([disabled]), select:not([disabled]), textarea:not([disabled])'),
      ).length;
      notices += root.querySelectorAll('.unsupported').length;
    }
    return {refused: !root.querySelector('.questions'), working, notices, problems};
  }, raw);
  await page.close();
  return {...shown, errors};
}

const rows = [];
for (const file of files) {
  const raw = JSON.parse(readFileSync(resolve(folder, file), 'utf8'));
  const read = readQuestionnaire(raw, 'en');
  const questions = read.value
    ? [...walk(read.value.items)].filter(
        (i) => ((i.type !== 'group' && i.type !== 'display') || i.unsupported) && !i.hidden,
      ).length
    : 0;
  const shown = await measure(raw);
  const refusal = shown.refused ? read.problems.map((p) => `${p.code} ${p.path}`) : [];
  rows.push({
    file,
    questions,
    working: shown.working,
    later: shown.refused ? 0 : Math.max(0, questions - shown.working - shown.notices),
    notices: shown.notices,
    refused: shown.refused ? 1 : 0,
    refusal,
    pageErrors: shown.errors.length,
    errors: shown.errors,
  });
}
await browser.close();
server.close();

const columns = ['questions', 'working', 'later', 'notices', 'refused', 'pageErrors'];
const width = Math.max(...rows.map((r) => r.file.length), 5) + 2;
console.log(`FHIR coverage of ${folder}`);
console.log(`  ${'file'.padEnd(width)}${columns.map((c) => c.padStart(11)).join('')}`);
for (const row of rows) {
  console.log(`  ${row.file.padEnd(width)}${columns.map((c) => String(row[c]).padStart(11)).join('')}`);
  for (const reason of row.refusal) console.log(`      refused: ${reason}`);
  for (const error of row.errors) console.log(`      page error: ${error}`);
}
const total = Object.fromEntries(columns.map((c) => [c, rows.reduce((sum, r) => sum + r[c], 0)]));
console.log(`  ${'total'.padEnd(width)}${columns.map((c) => String(total[c]).padStart(11)).join('')}`);
console.log('  (working: shown with a control, on any step; later: behind an enableWhen until it holds)');

if (check) {
  const floor = JSON.parse(readFileSync(resolve(folder, 'floor.json'), 'utf8'));
  const failures = [];
  if (total.working + total.later < floor.usable)
    failures.push(`usable ${total.working + total.later} < ${floor.usable}`);
  if (total.notices > floor.notices) failures.push(`notices ${total.notices} > ${floor.notices}`);
  if (total.refused > floor.refused) failures.push(`refused ${total.refused} > ${floor.refused}`);
  if (total.pageErrors > 0) failures.push(`${total.pageErrors} page errors`);
  if (failures.length > 0) {
    console.error(`FHIR coverage fell below ${folder}/floor.json: ${failures.join('; ')}`);
    process.exit(1);
  }
  console.log(
    `  at or above the floor (usable ≥ ${floor.usable}, notices ≤ ${floor.notices}, refused ≤ ${floor.refused})`,
  );
}
