// The demo portal in a real browser (the machine's Chromium): each page loads the CDN
// bundle under the strict CSP and Trusted Types, with no console error, no policy
// violation, no request to any other origin, and no axe violation.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import {chromiumLaunch} from '../../scripts/chromium.mjs';
import {CONTENT_SECURITY_POLICY} from '../server.mjs';
import {axe, startPortal} from './support.mjs';

let portal;
let base;
let browser;

before(async () => {
  portal = await startPortal();
  base = portal.base;
  browser = await puppeteer.launch(chromiumLaunch);
});

after(async () => {
  await browser?.close();
  portal.stop();
});

/**
 * Opens a page as a visitor would; `hostPolicies` are Trusted Types policies the host's
 * own libraries (its Lit, its DOMPurify) make before Careloop loads.
 */
async function open(path, {lang, hostPolicies = [], at = base, secondCopy = false} = {}) {
  const page = await browser.newPage();
  if (secondCopy) {
    // The page as a CMS might serve it with two copies of Careloop: the bundle twice, by two addresses.
    await page.setRequestInterception(true);
    page.on('request', async (request) => {
      if (new URL(request.url()).pathname !== path) return request.continue();
      const response = await fetch(request.url());
      const html = (await response.text()).replace(
        '<script type="module" src="/careloop/careloop.js"></script>',
        (tag) => `${tag}\n<script type="module" src="/careloop/careloop.js?copy=2"></script>`,
      );
      await request.respond({status: response.status, headers: Object.fromEntries(response.headers), body: html});
    });
  }
  const problems = [];
  const origins = new Set();
  page.on('console', (m) => ['error', 'warn'].includes(m.type()) && problems.push(`console.${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => origins.add(new URL(r.url()).origin));
  await page.evaluateOnNewDocument(
    (l, names) => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
      );
      if (l) localStorage.setItem('riverside-language', l);
      for (const name of names) window.trustedTypes.createPolicy(name, {createHTML: (s) => s});
    },
    lang,
    hostPolicies,
  );
  await page.goto(at + path, {waitUntil: 'networkidle0'});
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('cl-guide-list, cl-guide-card')].every((el) =>
        el.shadowRoot?.querySelector('article, .empty'),
      ) &&
      [...document.querySelectorAll('cl-feedback-form')].every((el) => el.shadowRoot?.querySelector('.questions')) &&
      [...document.querySelectorAll('cl-consent-prompt')].every((el) =>
        el.shadowRoot?.querySelector('.purposes, .decided'),
      ) &&
      [...document.querySelectorAll('cl-workshop-signup')].every((el) => el.shadowRoot?.querySelector('.workshops')),
  );
  return {page, problems, origins};
}

for (const path of [
  '/',
  '/guides.html',
  '/projects.html',
  '/you-said-we-did.html',
  '/feedback.html',
  '/involvement.html',
  '/workshops.html',
  '/guides/involvement-top-tips.html',
  '/inbox',
]) {
  test(`${path} works under the strict policy, talks only to its own server, and passes axe`, async () => {
    const {page, problems, origins} = await open(path);
    assert.deepEqual(problems, []);
    assert.deepEqual([...origins], [base]);
    assert.deepEqual(await axe(page), []);
    await page.close();
  });
}

/** The words of the day-surgery form's first question, and whether its emphasis was kept. */
const firstQuestion = (page) =>
  page.evaluate(() => {
    const form = document.querySelector('cl-feedback-form[service="day-surgery"]');
    const legend = form.shadowRoot.querySelector('fieldset legend');
    return {text: legend.textContent.replace(/\s+/g, ' ').trim(), strong: legend.querySelector('strong')?.textContent};
  });

test("a host page with its own Lit and DOMPurify, and two copies of Careloop: it loads, the question's HTML is shown", async () => {
  const {page, problems} = await open('/feedback.html', {hostPolicies: ['lit-html', 'dompurify'], secondCopy: true});
  await page.waitForFunction(() =>
    document.querySelector('cl-feedback-form[service="day-surgery"]').shadowRoot.querySelector('legend strong'),
  );
  assert.deepEqual(await firstQuestion(page), {
    text: 'Were you told what would happen on the day? (required)',
    strong: 'what would happen',
  });
  assert.equal(
    await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => /copy=2$/.test(e.name)).length),
    1,
    'the second copy was loaded',
  );
  // The second copy's elements are already defined: it says so once for each, and nothing else is wrong.
  const others = problems.filter((p) => !/\[careloop\] duplicate-definition: /.test(p));
  assert.deepEqual(others, []);
  assert.ok(problems.length > 0, 'the second copy noticed the first');
  await page.close();
});

test("without 'allow-duplicates', the question's HTML is its plain text, with one warning that says why", async (t) => {
  const strict = await startPortal({csp: CONTENT_SECURITY_POLICY.replace(" 'allow-duplicates'", '')});
  t.after(() => strict.stop());
  const {page, problems} = await open('/feedback.html', {hostPolicies: ['dompurify'], at: strict.base});
  const {text, strong} = await firstQuestion(page);
  assert.equal(text, 'Were you told what would happen on the day? (required)');
  assert.equal(strong, undefined);
  // The browser reports the policy it refused; beside that, Careloop's one warning and nothing else.
  const refused = /TrustedTypePolicy named 'dompurify'|CSP violation: trusted-types/;
  assert.ok(
    problems.some((p) => refused.test(p)),
    problems.join('\n'),
  );
  const ours = problems.filter((p) => !refused.test(p));
  assert.equal(ours.length, 1, ours.join('\n'));
  assert.match(
    ours[0],
    /^console\.warn: \[careloop\] html-not-shown: informed is shown as plain text: .*'allow-duplicates'/,
  );
  await page.close();
});

for (const [what, blocked, warnings] of [
  ['the slider and help parts', /\/careloop-(slider|help)\.js$/, 2],
  // Without the SDC reader the questionnaire's extensions are not read at all: the same defaults.
  ['the SDC reader', /\/careloop-sdc\.js$/, 1],
]) {
  test(`when ${what} cannot be loaded, the default controls stay: the slider is a number box, its help a paragraph`, async () => {
    const page = await browser.newPage();
    const problems = [];
    page.on('console', (m) => ['error', 'warn'].includes(m.type()) && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    await page.setRequestInterception(true);
    // As if the device went offline, or a proxy blocked the files, just when they were needed.
    page.on('request', (request) => (blocked.test(request.url()) ? request.abort() : request.continue()));
    await page.goto(`${base}/feedback.html`, {waitUntil: 'networkidle0'});
    const form = 'cl-feedback-form[service="day-surgery"]';
    await page.waitForFunction((f) => document.querySelector(f).shadowRoot.querySelector('.questions'), {}, form);
    // The first step: "Yes", then Next.
    await page.evaluate((f) => {
      const root = document.querySelector(f).shadowRoot;
      root.querySelector('input[type="radio"][value="true"]').click();
    }, form);
    await page.evaluate(
      (f) => document.querySelector(f).shadowRoot.querySelector('button[type="submit"]').focus(),
      form,
    );
    await page.keyboard.press('Enter');
    await page.waitForFunction((f) => document.querySelector(f).shadowRoot.querySelector('label[for="q5"]'), {}, form);
    const step = await page.evaluate((f) => {
      const root = document.querySelector(f).shadowRoot;
      const pain = root.querySelector('#q5');
      return {
        control: `${pain.localName} ${pain.type} ${pain.inputMode}`,
        texts: [...root.querySelectorAll('.display')].map((d) => d.textContent.trim().slice(0, 20)),
      };
    }, form);
    assert.deepEqual(step, {
      control: 'input text numeric',
      texts: ['Think about the firs', 'Pain you could manag'],
    });
    assert.deepEqual(
      problems.map((p) => p.replace(/: .*/s, '')).sort(),
      [...Array(warnings).fill('Failed to load resource'), ...Array(warnings).fill('[careloop] part-not-loaded')],
      problems.join('\n'),
    );
    await page.close();
  });
}

test('the widgets follow the language chosen in the portal, live', async () => {
  const {page, problems} = await open('/');
  const label = () =>
    page.evaluate(() =>
      document.querySelector('cl-guide-list').shadowRoot.querySelector('label[for="search"]').textContent.trim(),
    );
  assert.equal(await label(), 'Search guides, projects and changes');
  const count = () =>
    page.evaluate(() => document.querySelector('cl-guide-list').shadowRoot.querySelector('.count').textContent.trim());
  await page.select('#language', 'sv');
  await page.waitForFunction(() =>
    document.querySelector('cl-guide-list').shadowRoot.querySelector('.count').textContent.includes('träffar'),
  );
  assert.match(await count(), /^\d+ träffar$/);
  await page.select('#language', 'fr-CA');
  await page.waitForFunction(() =>
    document.querySelector('cl-guide-list').shadowRoot.querySelector('.count').textContent.includes('résultats'),
  );
  assert.deepEqual(problems, []);
  await page.close();
});

test('a visitor can search the list with the keyboard', async () => {
  const {page} = await open('/guides.html');
  await page.evaluate(() => document.querySelector('cl-guide-list').shadowRoot.querySelector('#search').focus());
  await page.keyboard.type('hydrotherapy');
  await page.waitForFunction(
    () => document.querySelector('cl-guide-list').shadowRoot.querySelectorAll('.card__title').length === 1,
  );
  assert.match(new URL(page.url()).search, /cl-q=hydrotherapy/);
  await page.close();
});

test('a patient gives Friends and Family Test feedback by keyboard, and the inbox shows it with its FHIR resource', async () => {
  const {page, problems, origins} = await open('/feedback.html', {lang: 'en'});
  const inForm = (selector, action) =>
    page.evaluate(
      (s, a) => {
        const element = document.querySelector('cl-feedback-form[preset="fft"]').shadowRoot.querySelector(s);
        return a === 'focus' ? element.focus() : element?.textContent.trim();
      },
      selector,
      action,
    );
  await inForm('input[type="radio"]', 'focus');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Clear explanations, but a long wait.');
  await inForm('button[type="submit"]', 'focus');
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    () =>
      document
        .querySelector('cl-feedback-form[preset="fft"]')
        .shadowRoot.querySelector('.delivery')
        ?.textContent.trim() === 'Sent.',
  );
  assert.deepEqual(problems, []);
  assert.deepEqual([...origins], [base]);
  await page.goto(`${base}/inbox`);
  const text = await page.evaluate(() => document.querySelector('.submission').textContent);
  assert.match(text, /feedback/);
  assert.match(text, /FHIR QuestionnaireResponse/);
  assert.match(text, /"code": "good"/);
  assert.match(text, /Clear explanations, but a long wait\./);
  assert.match(text, /outpatients/);
  await page.close();
});

test('a family member records consent by keyboard; the inbox shows the record and its FHIR Consent', async () => {
  const {page, problems} = await open('/involvement.html', {lang: 'en'});
  const focus = (selector) =>
    page.evaluate((s) => document.querySelector('cl-consent-prompt').shadowRoot.querySelector(s).focus(), selector);
  await focus('#purpose-future-involvement');
  await page.keyboard.press('Space');
  await focus('[part="save"]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    () =>
      document.querySelector('cl-consent-prompt').shadowRoot.querySelector('.delivery')?.textContent.trim() === 'Sent.',
  );
  assert.deepEqual(problems, []);
  await page.goto(`${base}/inbox`);
  const text = await page.evaluate(() => document.querySelector('.submission').textContent);
  assert.match(text, /consent/);
  assert.match(text, /FHIR Consent/);
  assert.match(text, /"future-involvement": "granted"/);
  assert.match(text, /sha256:[0-9a-f]{64}/);
  await page.close();
});
