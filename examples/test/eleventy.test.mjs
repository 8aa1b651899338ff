// examples/eleventy: a static site built with Eleventy, its guides, guide pages and
// feedback page rendered at build time with careloop/ssr. With JavaScript off in Chromium,
// the guides are read and followed and the feedback form is sent, reaching the collector
// as a valid envelope; with it on, the list is taken over without being drawn again.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import puppeteer from 'puppeteer-core';
import {fhirValidator} from '../../packages/feedback-form/test/fhir.mjs';
import {chromiumLaunch} from '../../scripts/chromium.mjs';
import {build, focusIn, received, serve} from './support.mjs';

const schema = (path) => JSON.parse(readFileSync(new URL(`../../packages/${path}`, import.meta.url), 'utf8'));
const ajv = new Ajv2020({allErrors: true, strict: true});
const isEnvelope = ajv.compile(schema('core/schemas/envelope.schema.json'));
const isFeedback = ajv.compile(schema('feedback-form/schemas/feedback.schema.json'));
const isResponse = fhirValidator('QuestionnaireResponse');
const guides = JSON.parse(readFileSync(new URL('../../demo/public/feeds/guides.json', import.meta.url), 'utf8'));
const first = guides.find((item) => item.kind === 'guide');

let site;
let browser;

before(async () => {
  site = await serve(build('eleventy'));
  browser = await puppeteer.launch(chromiumLaunch);
});

after(async () => {
  await browser?.close();
  site?.close();
});

/** A page with JavaScript off: what the test reads it reads with plain functions (no promise runs there). */
async function withoutScript(path) {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(false);
  await page.goto(site.base + path);
  return page;
}

const texts = (page, tag, selector) =>
  page.evaluate(
    (t, s) => [...document.querySelector(t).shadowRoot.querySelectorAll(s)].map((el) => el.textContent.trim()),
    tag,
    selector,
  );

test('without script: the built guides page is read, and a card link opens the guide page by keyboard', async () => {
  const page = await withoutScript('/');
  assert.ok((await texts(page, 'cl-guide-list', '.card__title')).includes(first.title));
  await focusIn(page, 'cl-guide-list', `a.card__link[href="${first.url}"]`);
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  assert.equal(new URL(page.url()).pathname, first.url);
  assert.equal(await page.evaluate(() => document.querySelector('h1').textContent), first.title);
  assert.deepEqual(await texts(page, 'cl-guide-card', '.card__title'), [first.title]);
  await page.close();
});

test('without script: the built feedback page is answered by keyboard and sent as a valid envelope', async () => {
  const page = await withoutScript('/feedback/');
  await focusIn(page, 'cl-feedback-form', 'input[name="experience"]');
  await page.keyboard.press(' ');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Clear directions to the clinic.');
  await focusIn(page, 'cl-feedback-form', 'button[type="submit"]');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  assert.equal(new URL(page.url()).pathname, '/thanks/');
  const [envelope] = await received(site.store, 1);
  assert.ok(isEnvelope(envelope), JSON.stringify(isEnvelope.errors));
  assert.ok(isFeedback(envelope.data), JSON.stringify(isFeedback.errors));
  assert.ok(isResponse(envelope.fhir), JSON.stringify(isResponse.errors));
  assert.deepEqual(envelope.data.answers, {experience: 'very-good', why: 'Clear directions to the clinic.'});
  assert.equal(envelope.source.service, 'outpatients');
  await page.close();
});

test('with script: the built guides page is taken over without being drawn again, and searches', async () => {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (m) => ['error', 'warn'].includes(m.type()) && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.evaluateOnNewDocument(() =>
    document.addEventListener('cl-error', (e) => console.error(`cl-error: ${e.detail.message}`)),
  );
  // Mark a node the server rendered as soon as the page is parsed, before the script takes it over.
  await page.evaluateOnNewDocument(() =>
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      document.querySelector('cl-guide-list').shadowRoot.querySelector('.card__title').dataset.fromServer = 'yes';
    }),
  );
  await page.goto(site.base);
  await page.waitForFunction(
    () => customElements.get('cl-guide-list') && document.querySelector('cl-guide-list').hasUpdated,
  );
  assert.equal(
    await page.evaluate(
      () => document.querySelector('cl-guide-list').shadowRoot.querySelector('.card__title').dataset.fromServer,
    ),
    'yes',
  );
  await focusIn(page, 'cl-guide-list', 'input[type="search"]');
  await page.keyboard.type(first.title);
  await page.waitForFunction(
    (title) =>
      [...document.querySelector('cl-guide-list').shadowRoot.querySelectorAll('.card__title')].every(
        (el) => el.textContent.trim() === title,
      ),
    {},
    first.title,
  );
  assert.deepEqual(problems, []);
  await page.close();
});
