// Every reader of what arrives from outside (guide and workshop feeds, consent
// configurations and earlier records, FHIR questionnaires, a server's answers) is total:
// fast-check makes values that are nothing like what is expected, and values that are
// a valid example with a few fields swapped for anything, with `__proto__` and
// `constructor` keys, nulls, arrays for objects and long text. Whatever arrives, the
// reader throws nothing, and each problem it names has a known code, a path and words.
// `npm test` runs a short pass with a fixed seed; `npm run fuzz` runs 10,000 cases a
// reader (CL_FUZZ_RUNS, CL_FUZZ_SEED) and prints the count.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import fc from 'fast-check';
import {anything, inputs} from './arbitraries.mjs';

globalThis.location ??= new URL('https://hospital.example/');
const {EXPECTATIONS, PROBLEM_CODES, retryAfterMs} = await import('@careloop/core');
const {describeProblem} = await import('@careloop/core/problem-text.js');
const {reason} = await import('../../core/dist/outbox.js');
const {parseGuideFeed, parseGuideItem} = await import('@careloop/guide-cards');
const {parseWorkshopFeed} = await import('@careloop/workshop-signup');
const {parseConsentConfig} = await import('@careloop/consent-prompt');
const {ConsentChoices, recordProblem} = await import('../../consent-prompt/dist/choices.js');
const {readQuestionnaire, answersByLinkId, buildResponse, enabledItems} = await import('@careloop/feedback-form');

const RUNS = Number(process.env.CL_FUZZ_RUNS ?? 150);
const SEED = Number(process.env.CL_FUZZ_SEED ?? 20261202);
const fixture = (path) => JSON.parse(readFileSync(resolve(import.meta.dirname, '../..', path), 'utf8'));

/** A reader's answer: problems with known codes, paths and words; a value when there are none. */
function assertParsed(parsed) {
  assert.ok(parsed && Array.isArray(parsed.problems), 'a result with a list of problems');
  for (const problem of parsed.problems) {
    assert.ok(PROBLEM_CODES.includes(problem.code), `a known code: ${problem.code}`);
    assert.equal(typeof problem.path, 'string', 'a path');
    if (problem.expected !== undefined) assert.ok(EXPECTATIONS.includes(problem.expected), problem.expected);
    const words = describeProblem(problem);
    assert.ok(typeof words === 'string' && words.trim().length > 0, 'words for the problem');
  }
  if (parsed.problems.length === 0) assert.notEqual(parsed.value, undefined, 'a value when nothing is wrong');
}

const counted = new Map();
function property(name, arbitrary, check) {
  test(`${name} throws nothing and names every problem`, () => {
    let cases = 0;
    fc.assert(
      fc.property(arbitrary, (input) => {
        cases++;
        check(input);
      }),
      {numRuns: RUNS, seed: SEED, includeErrorInReport: true},
    );
    counted.set(name, cases);
  });
}

const guides = fixture('guide-cards/test/fixtures/feed.json');
property('the guide feed reader', inputs(guides), (raw) => assertParsed(parseGuideFeed(raw)));
property('the guide card reader', inputs(guides[0]), (raw) => assertParsed(parseGuideItem(raw)));

property('the workshop feed reader', inputs(fixture('workshop-signup/test/fixtures/workshops.json')), (raw) =>
  assertParsed(parseWorkshopFeed(raw)),
);

const CONSENT = {
  policy: {id: 'involvement', version: '3', url: '/privacy/involvement'},
  controller: 'Riverside Hospital, Patient Experience Team',
  retention: 'two years after your last contact with us',
  offerAll: true,
  purposes: [
    {id: 'contact', title: 'Contact me about this workshop', description: 'By **e-mail**.', required: true},
    {id: 'future', title: 'Future involvement', description: 'At most four times a year.'},
  ],
};
property('the consent configuration reader', inputs(CONSENT), (raw) => assertParsed(parseConsentConfig(raw)));

const PREVIOUS = {
  decisions: {contact: 'granted', future: 'refused'},
  decidedBy: {onBehalf: true, relationship: 'parent', personName: 'Sam', deciderName: 'Alex'},
  decidedAt: '2026-11-02T10:00:00Z',
};
property('an earlier consent record, taken up', inputs(PREVIOUS), (raw) => {
  const problem = recordProblem(raw);
  if (problem) return assert.ok(problem.path.startsWith('previous') && EXPECTATIONS.includes(problem.expected));
  // A record the prompt accepts is one it can start from, decide with and check.
  const choices = new ConsentChoices();
  choices.adopt(raw);
  choices.decisions(CONSENT);
  choices.problems(CONSENT, choices.onBehalf);
  choices.decidedBy(choices.onBehalf);
});

const LOCALES = fc.constantFrom('en', 'fr', 'sv', 'nb', 'en-GB', 'x', '');
property(
  'the questionnaire reader',
  fc.tuple(inputs(fixture('feedback-form/test/fixtures/every-type.json')), LOCALES),
  ([raw, locale]) => {
    const parsed = readQuestionnaire(raw, locale);
    assertParsed(parsed);
    if (parsed.value) {
      // A form it accepts can be shown and answered: every item, nothing answered.
      enabledItems(parsed.value, new Map());
      answersByLinkId(parsed.value, new Map());
      buildResponse(parsed.value, new Map(), {authored: '2026-12-02T12:00:00Z', language: locale});
    }
  },
);

const header = fc.oneof(
  fc.constant(null),
  fc.string({maxLength: 40}),
  fc.integer({min: -1e12, max: 1e15}).map(String),
  fc.date({noInvalidDate: true}).map((d) => d.toUTCString()),
  fc.constantFrom('', ' 120 ', '1e3', '-5', '0x10', 'Infinity', 'Wed, 21 Oct 2015 07:28:00 GMT', 'x'.repeat(100_000)),
);
test('Retry-After, as any server may send it, is a wait between 0 and a day, or none', () => {
  fc.assert(
    fc.property(header, (value) => {
      const ms = retryAfterMs(value, Date.parse('2026-12-02T12:00:00Z'));
      assert.ok(ms === undefined || (Number.isFinite(ms) && ms >= 0 && ms <= 86_400_000), `${value} → ${ms}`);
    }),
    {numRuns: RUNS * 4, seed: SEED, includeErrorInReport: true},
  );
  counted.set('Retry-After', RUNS * 4);
});

const body = fc.oneof(
  fc.string({maxLength: 60}),
  anything(['error', 'message', 'detail']).map((v) => JSON.stringify(v) ?? 'undefined'),
  fc.constant('{"error": "' + 'x'.repeat(100_000) + '"}'),
);
test("a server's reason for a refusal is short text, whatever its body", async () => {
  await fc.assert(
    fc.asyncProperty(body, fc.constantFrom(400, 403, 409, 422), async (text, status) => {
      const words = await reason(new Response(text, {status, headers: {'content-type': 'application/json'}}));
      assert.ok(typeof words === 'string' && words.length > 0 && words.length <= 500, words.slice(0, 80));
    }),
    {numRuns: RUNS, seed: SEED, includeErrorInReport: true},
  );
  counted.set("a server's refusal", RUNS);
});

// What the fuzz found, kept as plain examples: each read as nothing wrong and nothing to show.
test('what the fuzz found: a null kind, an empty list of purposes, a list with holes, an odd itemControl', () => {
  const guide = parseGuideItem({title: 'Visiting hours', kind: null});
  assert.equal(guide.value?.kind, 'guide');
  const none = parseConsentConfig({...CONSENT, purposes: []});
  assert.deepEqual(
    none.problems.map((p) => [p.code, p.path]),
    [['required', 'purposes']],
  );
  // eslint-disable-next-line no-sparse-arrays
  const holes = parseConsentConfig({...CONSENT, purposes: [CONSENT.purposes[0], , CONSENT.purposes[1]]});
  assert.deepEqual(
    holes.problems.map((p) => [p.code, p.path]),
    [['wrong-type', 'purposes[1]']],
  );
  const control = {valueCodeableConcept: {coding: [{code: {toString: 1}}]}};
  const odd = readQuestionnaire(
    {
      resourceType: 'Questionnaire',
      status: 'active',
      item: [
        {
          linkId: 'q',
          type: 'string',
          text: 'How was it?',
          extension: [{url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl', ...control}],
        },
      ],
    },
    'en',
  );
  assert.ok(odd.problems.some((p) => p.code === 'ignored'));
});

test('a text longer than 10,000 characters is refused by name, in every reader', () => {
  const long = 'x'.repeat(10_001);
  const code = (parsed) => parsed.problems.map((p) => [p.code, p.path]);
  assert.deepEqual(code(parseGuideItem({title: long})), [['too-long', 'item.title']]);
  assert.deepEqual(code(parseGuideFeed([{title: 'Visiting', themes: ['ok', long]}])).at(-1), [
    'too-long',
    'feed[0].themes[1]',
  ]);
  const consent = parseConsentConfig({...CONSENT, purposes: [{...CONSENT.purposes[0], description: long}]});
  assert.equal(consent.value, undefined, 'a purpose is not shown without its words');
  assert.deepEqual(code(consent)[0], ['too-long', 'purposes[0].description']);
  const form = readQuestionnaire(
    {resourceType: 'Questionnaire', status: 'active', item: [{linkId: 'q', type: 'string', text: long}]},
    'en',
  );
  assert.deepEqual(code(form), [['too-long', 'item[0].text']]);
  assert.match(describeProblem(form.problems[0]), /10001 characters, more than the 10000/);
  assert.equal(parseGuideItem({title: 'x'.repeat(10_000)}).problems.length, 0);
});

test('cases run', () => {
  for (const [name, cases] of counted) console.log(`fuzz: ${String(cases).padStart(6)} cases  ${name}`);
});
