/**
 * The fuzz of fuzz.test.mjs, through the elements a page uses: each is given, as its
 * property, configurations nothing like what it expects and valid ones a little broken
 * (arbitraries.mjs). Whatever it is given, nothing escapes willUpdate, a controller or
 * a render as an uncaught error; the element shows something (its content, or a problem
 * box), and every cl-error it fires names a code and its problems. A short, seed-stable
 * pass in every engine; the long run is the readers' (npm run fuzz).
 */
import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import '@careloop/consent-prompt/cl-consent-prompt.js';
import '@careloop/feedback-form/cl-feedback-form.js';
import '@careloop/guide-cards/cl-guide-card.js';
import '@careloop/guide-cards/cl-guide-list.js';
import '@careloop/workshop-signup/cl-workshop-signup.js';
import type {CareloopErrorDetail} from '@careloop/core';
import {fixture, mount, settled, takeConsole} from '../../core/test/support.js';
import {inputs} from './arbitraries.mjs';

const RUNS = 40;
const SEED = 20261202;
const escaped: unknown[] = [];
const onError = (event: ErrorEvent | PromiseRejectionEvent) =>
  escaped.push('reason' in event ? event.reason : (event.error ?? event.message));

// The demo portal's feed: every kind of item, with links, images, downloads and progress.
const guides = await fixture<unknown[]>(new URL('../../../demo/public/feeds/guides.json', import.meta.url));
const workshops = await fixture<unknown[]>(
  new URL('../../workshop-signup/test/fixtures/workshops.json', import.meta.url),
);
const questionnaire = await fixture(new URL('../../feedback-form/test/fixtures/every-type.json', import.meta.url));
const consent = {
  policy: {id: 'involvement', version: '3', url: '/privacy/involvement'},
  controller: 'Riverside Hospital',
  purposes: [{id: 'contact', title: 'Contact me', description: 'By **e-mail**.', required: true}],
};
const previous = {
  decisions: {contact: 'granted'},
  decidedBy: {onBehalf: true, relationship: 'carer', personName: 'Sam'},
  decidedAt: '2026-11-02T10:00:00Z',
};

const CASES: [tag: string, property: string, example: unknown, others?: Record<string, unknown>][] = [
  ['cl-guide-card', 'item', guides[0]],
  ['cl-guide-list', 'items', guides],
  ['cl-workshop-signup', 'items', workshops],
  ['cl-consent-prompt', 'config', consent],
  ['cl-consent-prompt', 'previous', previous, {config: consent}],
  ['cl-feedback-form', 'questionnaire', questionnaire],
];

describe('every element, given anything', () => {
  beforeEach(() => {
    escaped.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
    takeConsole();
  });

  for (const [tag, property, example, others] of CASES) {
    it(`<${tag}>.${property}: no uncaught error, something shown, every cl-error named`, async () => {
      await fc.assert(
        fc.asyncProperty(inputs(example), async (value) => {
          const el = document.createElement(tag) as HTMLElement & {updateComplete: Promise<unknown>};
          const errors: CareloopErrorDetail[] = [];
          el.addEventListener('cl-error', (e) => errors.push(e.detail));
          Object.assign(el, others, {[property]: value});
          mount(el);
          try {
            await settled(el);
            await el.updateComplete;
            expect(escaped, 'uncaught errors').to.deep.equal([]);
            expect(el.shadowRoot!.childElementCount, 'something shown').to.be.greaterThan(0);
            for (const detail of errors) {
              expect(detail.code, 'a code').to.be.a('string');
              expect(detail.message, 'words').to.be.a('string').and.not.equal('');
            }
          } finally {
            el.remove();
          }
        }),
        {numRuns: RUNS, seed: SEED, includeErrorInReport: true},
      );
    });
  }
});
