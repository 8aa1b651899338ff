// The framework examples, each a real app built with its framework's own toolchain from its
// own lockfile, then served beside the demo's collector and driven in Chromium by keyboard:
// - react: React 19 and Vite, @careloop/react's FeedbackForm wrapper (props, onSubmitted)
//   and the <cl-consent-prompt> tag itself (React 19 sets its properties and listens for
//   oncl-consent-change); tsc checks the JSX typings.
// - vue: Vue 3 and Vite, the tags in a template (isCustomElement), :config and
//   @cl-consent-change; vue-tsc checks the templates against careloop/vue.js.
// - angular: Angular (standalone, zoneless) and its CLI, CUSTOM_ELEMENTS_SCHEMA, [config]
//   and (cl-consent-change); the template compiler checks the bindings.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import {chromiumLaunch} from '../../scripts/chromium.mjs';
import {answerAndConsent, build, serve} from './support.mjs';

let browser;

before(async () => {
  browser = await puppeteer.launch(chromiumLaunch);
});

after(async () => {
  await browser?.close();
});

for (const example of ['react', 'vue', 'angular']) {
  test(`${example}: the app sends the Friends and Family Test and a consent, and hears both events`, async () => {
    const app = await serve(build(example));
    const page = await browser.newPage();
    const problems = [];
    page.on('console', (m) => ['error', 'warn'].includes(m.type()) && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(app.base);
    const {shown, envelopes} = await answerAndConsent(page, app.store);
    const feedback = envelopes.find((e) => e.kind === 'feedback');
    assert.deepEqual(feedback.data.answers, {experience: 'good', why: 'The nurses were kind.'});
    assert.equal(feedback.source.service, 'outpatients');
    assert.ok(shown.includes(`Feedback received by the server: ${feedback.id}`), shown.join(' | '));
    assert.ok(shown.includes('Consent recorded: future-involvement granted, newsletter refused'), shown.join(' | '));
    const consent = envelopes.find((e) => e.kind === 'consent');
    assert.deepEqual(consent?.data.decisions, {'future-involvement': 'granted', newsletter: 'refused'});
    assert.equal(envelopes.length, 2);
    assert.deepEqual(problems, []);
    await page.close();
    app.close();
  });
}
