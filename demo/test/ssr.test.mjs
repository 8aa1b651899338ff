// Server-rendered pages (careloop/ssr) in the machine's Chromium: with script turned off,
// the guides are readable and their links work, and the feedback form is a real form
// whose post reaches the collector as the same envelope the script would send; with
// script, the same pages are taken over (hydrated) without being drawn again and
// without losing what was typed before the script arrived.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import puppeteer from 'puppeteer-core';
import {fhirValidator} from '../../packages/feedback-form/test/fhir.mjs';
import {chromiumLaunch} from '../../scripts/chromium.mjs';
import {axe, focusIn, shownIn, startPortal} from './support.mjs';

const schema = (path) => JSON.parse(readFileSync(new URL(`../../packages/${path}`, import.meta.url), 'utf8'));
const ajv = new Ajv2020({allErrors: true, strict: true});
const envelopeSchema = ajv.compile(schema('core/schemas/envelope.schema.json'));
const feedbackSchema = ajv.compile(schema('feedback-form/schemas/feedback.schema.json'));
const isResponse = fhirValidator('QuestionnaireResponse');
const feed = JSON.parse(readFileSync(new URL('../public/feeds/guides.json', import.meta.url), 'utf8'));

let portal;
let browser;

before(async () => {
  portal = await startPortal();
  browser = await puppeteer.launch(chromiumLaunch);
});

after(async () => {
  await browser?.close();
  portal.stop();
});

/**
 * Opens a page; `script: false` turns JavaScript off. With `holdScript`, Careloop's script
 * is held back until `release()`, so a test can act on the server's rendering first.
 */
async function open(path, {script = true, holdScript = false} = {}) {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(script);
  const problems = [];
  page.on('console', (m) => ['error', 'warn'].includes(m.type()) && problems.push(`console.${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  let release = () => {};
  if (holdScript) {
    const held = new Promise((resolve) => (release = resolve));
    await page.setRequestInterception(true);
    page.on('request', async (request) => {
      if (request.url().includes('/careloop/careloop-hydrate.js')) await held;
      await request.continue();
    });
  }
  if (script)
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP violation: ${e.violatedDirective}`),
      );
      document.addEventListener('cl-error', (e) => console.error(`cl-error: ${e.detail.code} ${e.detail.message}`));
    });
  const loaded = page.goto(portal.base + path);
  if (!holdScript) await loaded;
  return {page, problems, release, loaded};
}

/**
 * With script turned off, the page runs nothing, not even a promise the test tools make:
 * what a test reads there it reads with a plain function, and acts on by keyboard.
 */
const read = (page, fn, ...args) => page.evaluate(fn, ...args);

/** The submissions the collector holds, once there are `count` of them (or after a generous wait). */
async function stored(count) {
  for (let waited = 0; waited < 20_000; waited += 100) {
    const list = await (await fetch(`${portal.base}/api/submissions`)).json();
    if (list.length >= count) return list;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return (await fetch(`${portal.base}/api/submissions`)).json();
}

const firstGuide = feed.find((item) => item.kind === 'guide');

/**
 * axe on the server's rendering as a browser without script shows it: the page with
 * every script of its own refused (axe itself needs a page that runs script).
 */
async function axeWithoutScript(path, act = async () => {}) {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => (request.resourceType() === 'script' ? request.abort() : request.continue()));
  await page.goto(portal.base + path);
  await act(page);
  const found = await axe(page);
  await page.close();
  return found;
}

/** What a shadow root holds for `selector`: each match's text, squeezed. */
const textsIn = (page, tag, selector) =>
  read(
    page,
    (t, s) =>
      [...document.querySelector(t).shadowRoot.querySelectorAll(s)].map((el) =>
        el.textContent.replace(/\s+/g, ' ').trim(),
      ),
    tag,
    selector,
  );

test('without script: the server-rendered guides are styled and readable, and a card link opens its page by keyboard', async () => {
  const {page} = await open('/server/guides', {script: false});
  assert.equal(await read(page, () => typeof customElements.get('cl-guide-list')), 'undefined');
  assert.ok((await textsIn(page, 'cl-guide-list', '.card__title')).includes(firstGuide.title));
  const look = await read(page, () => {
    const root = document.querySelector('cl-guide-list').shadowRoot;
    return {
      radius: getComputedStyle(root.querySelector('.card')).borderTopLeftRadius,
      controls: getComputedStyle(root.querySelector('.controls')).display,
    };
  });
  // Styled by the shadow root's own style block, which the page's policy allows by its hash;
  // the search and filters, which need the script, are not offered.
  assert.notEqual(look.radius, '0px');
  assert.equal(look.controls, 'none');
  await focusIn(page, 'cl-guide-list', `a.card__link[href="${firstGuide.url}"]`);
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  assert.equal(new URL(page.url()).pathname, firstGuide.url);
  assert.equal(await read(page, () => document.querySelector('h1').textContent), firstGuide.title);
  await page.close();
  assert.deepEqual(await axeWithoutScript('/server/guides'), []);
});

test('without script: the feedback form is answered by keyboard, posted, and reaches the collector as a valid envelope', async () => {
  const before = (await stored(0)).length;
  const {page} = await open('/server/feedback?lang=fr', {script: false});
  assert.deepEqual(
    (await textsIn(page, 'cl-feedback-form', 'legend'))[0],
    'Dans l’ensemble, comment s’est passée votre expérience de notre service ? (obligatoire)',
  );
  // The first answer, then the arrow key to the second, then the text box: as a keyboard user would.
  await focusIn(page, 'cl-feedback-form', 'input[name="experience"]');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Le personnel était attentionné.');
  await focusIn(page, 'cl-feedback-form', 'button[type="submit"]');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  assert.equal(await read(page, () => document.querySelector('h1').textContent), 'Thank you');
  const list = await stored(before + 1);
  assert.equal(list.length, before + 1);
  const envelope = list[0].body;
  assert.ok(envelopeSchema(envelope), JSON.stringify(envelopeSchema.errors));
  assert.ok(feedbackSchema(envelope.data), JSON.stringify(feedbackSchema.errors));
  assert.ok(isResponse(envelope.fhir), JSON.stringify(isResponse.errors));
  assert.equal(envelope.locale, 'fr');
  assert.equal(envelope.source.service, 'outpatients');
  assert.equal(envelope.data.preset, 'fft');
  assert.deepEqual(envelope.data.answers, {experience: 'good', why: 'Le personnel était attentionné.'});
  assert.deepEqual(
    envelope.fhir.item.map((item) => [item.linkId, item.answer[0].valueCoding?.code ?? item.answer[0].valueString]),
    [
      ['experience', 'good'],
      ['why', 'Le personnel était attentionné.'],
    ],
  );
  await page.close();
  assert.deepEqual(await axeWithoutScript('/server/feedback?lang=fr'), []);
});

test('without script: a form sent with a missing answer comes back with what was written and the problem, in its language', async () => {
  const before = (await stored(0)).length;
  const {page} = await open('/server/feedback?lang=sv', {script: false});
  await focusIn(page, 'cl-feedback-form', 'textarea[name="why"]');
  await page.keyboard.type('Bra bemötande <b>& snabbt</b>\nTack');
  await focusIn(page, 'cl-feedback-form', 'button[type="submit"]');
  const [response] = await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  assert.equal(response.status(), 422);
  assert.equal((await stored(0)).length, before, 'nothing is stored');
  // The same form, what was written still in it, the problem at the top and at the question.
  assert.deepEqual(await textsIn(page, 'cl-feedback-form', '.error-summary li'), [
    'Sammantaget, hur var din upplevelse av vår verksamhet?: Välj ett svar',
  ]);
  assert.deepEqual(await textsIn(page, 'cl-feedback-form', '.error-message'), ['Fel: Välj ett svar']);
  assert.equal(
    await read(page, () => document.querySelector('cl-feedback-form').shadowRoot.querySelector('textarea').value),
    'Bra bemötande <b>& snabbt</b>\nTack',
  );
  assert.deepEqual(
    await axeWithoutScript('/server/feedback?lang=sv', async (other) => {
      await focusIn(other, 'cl-feedback-form', 'button[type="submit"]');
      await Promise.all([other.waitForNavigation(), other.keyboard.press('Enter')]);
    }),
    [],
    'the form sent back with its problems passes axe',
  );
  await focusIn(page, 'cl-feedback-form', 'input[name="experience"]');
  await page.keyboard.press(' ');
  await focusIn(page, 'cl-feedback-form', 'button[type="submit"]');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  assert.equal(await read(page, () => document.querySelector('h1').textContent), 'Thank you');
  const list = await stored(before + 1);
  assert.deepEqual(list[0].body.data.answers, {experience: 'very-good', why: 'Bra bemötande <b>& snabbt</b>\nTack'});
  await page.close();
});

test('without script: the same form sent twice (a double press, a reload that posts again) is stored once', async () => {
  const before = (await stored(0)).length;
  const page = (await (await fetch(`${portal.base}/server/feedback`)).text()).replace(/<style>[\s\S]*?<\/style>/g, '');
  const key = /name="cl-key" value="([^"]+)"/.exec(page)[1];
  const body = new URLSearchParams({'cl-preset': 'fft', 'cl-key': key, experience: '2', why: 'Sent twice'});
  const post = () => fetch(`${portal.base}/api/submissions`, {method: 'POST', body});
  const answers = await Promise.all([post(), post()]);
  assert.deepEqual(
    answers.map((a) => a.status),
    [200, 200],
  );
  for (const answer of answers) assert.match(await answer.text(), /<h1>Thank you<\/h1>/);
  const list = await stored(before + 1);
  assert.equal(list.length, before + 1);
  assert.equal(list[0].body.id, key);
});

test('with script: the server-rendered form is taken over without being drawn again, keeps what was typed, and sends through the outbox', async () => {
  const before = (await stored(0)).length;
  const {page, problems, release, loaded} = await open('/server/feedback', {holdScript: true});
  // The person starts before the script has arrived.
  const choice = await page.waitForSelector('cl-feedback-form >>> input[name="experience"][value="1"]');
  await choice.click();
  const why = await page.waitForSelector('cl-feedback-form >>> textarea[name="why"]');
  await why.type('Kind staff');
  await page.$eval('cl-feedback-form >>> h2', (h2) => (h2.dataset.fromServer = 'yes'));
  release();
  await loaded;
  await page.waitForFunction(() => customElements.get('cl-feedback-form'));
  // Taken over: the script now answers the form (Lit hydrated it) — and the heading is still the server's node.
  await page.waitForFunction(
    () =>
      document.querySelector('cl-feedback-form').hasUpdated &&
      document.querySelector('cl-feedback-form').updateComplete,
  );
  assert.equal(await page.$eval('cl-feedback-form >>> h2', (h2) => h2.dataset.fromServer), 'yes');
  assert.equal(await page.$eval('cl-feedback-form >>> input[name="experience"][value="1"]', (el) => el.checked), true);
  assert.equal(await page.$eval('cl-feedback-form >>> textarea[name="why"]', (el) => el.value), 'Kind staff');
  const posts = [];
  page.on('request', (r) => r.method() === 'POST' && posts.push(r.headers()['content-type']));
  const send = await page.waitForSelector('cl-feedback-form >>> button[type="submit"]');
  await send.focus();
  await page.keyboard.press('Enter');
  await shownIn(page, 'cl-feedback-form', '.thanks__heading');
  assert.equal(new URL(page.url()).pathname, '/server/feedback', 'the page stayed: the outbox sent it');
  const list = await stored(before + 1);
  assert.equal(list.length, before + 1);
  assert.deepEqual(list[0].body.data.answers, {experience: 'good', why: 'Kind staff'});
  assert.deepEqual(posts, ['application/json']);
  assert.deepEqual(problems, []);
  await page.close();
});

for (const [path, tag, first, search] of [
  ['/server/guides', 'cl-guide-list', '.card__title', 'input[type="search"]'],
  ['/server/workshops', 'cl-workshop-signup', '.workshop h2, .workshop h3', undefined],
]) {
  test(`with script: ${path} is taken over without being drawn again, and with no second fetch`, async () => {
    const {page, problems, release, loaded} = await open(path, {holdScript: true});
    await shownIn(page, tag, first);
    await read(
      page,
      (t, s) => (document.querySelector(t).shadowRoot.querySelector(s).dataset.fromServer = 'yes'),
      tag,
      first,
    );
    const fetched = [];
    page.on('request', (r) => r.url().includes('/feeds/') && fetched.push(r.url()));
    release();
    await loaded;
    await page.waitForFunction((t) => document.querySelector(t).hasUpdated, {}, tag);
    assert.equal(
      await read(page, (t, s) => document.querySelector(t).shadowRoot.querySelector(s).dataset.fromServer, tag, first),
      'yes',
    );
    if (search) {
      assert.equal(
        await read(
          page,
          () => getComputedStyle(document.querySelector('cl-guide-list').shadowRoot.querySelector('.controls')).display,
        ),
        'flex',
      );
      await focusIn(page, tag, search);
      await page.keyboard.type(firstGuide.title);
      await page.waitForFunction(
        (title) =>
          [...document.querySelector('cl-guide-list').shadowRoot.querySelectorAll('.card__title')].every(
            (el) => el.textContent.trim() === title,
          ),
        {},
        firstGuide.title,
      );
    }
    assert.deepEqual(fetched, []);
    assert.deepEqual(problems, []);
    assert.deepEqual(await axe(page), []);
    await page.close();
  });
}
