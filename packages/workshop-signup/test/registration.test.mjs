// What the sign-up checks and sends, apart from the DOM (registration.ts): the problems
// of a draft in form order, and the registration and availability payloads, which the
// package's own JSON Schemas must accept.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';

globalThis.location = new URL('https://hospital.example/workshops');
const {signupProblems, registrationData, interestData, contactOf, emptyDraft, parseWorkshopFeed} =
  await import('@careloop/workshop-signup');
const read = (path) => JSON.parse(readFileSync(resolve(import.meta.dirname, path), 'utf8'));
const ajv = new Ajv2020({allErrors: true, strict: true});
const isRegistration = ajv.compile(read('../schemas/workshop-registration.schema.json'));
const isInterest = ajv.compile(read('../schemas/involvement-interest.schema.json'));
const valid = (validate, value) =>
  assert.equal(validate(value), true, JSON.stringify(validate.errors?.slice(0, 3), null, 1));

const consent = {
  id: '4d1c9a7e-2f3b-4c5d-9e8f-0a1b2c3d4e5f',
  digest: `sha256:${'0'.repeat(64)}`,
  decisions: {'contact-workshop': 'granted'},
};
// The feed the browser tests use, read the way the element reads it.
const {value: feed} = parseWorkshopFeed(read('fixtures/workshops.json'));
const WORKSHOP = feed.find((w) => w.id === 'families-2030');
const WITH_DATES = feed.find((w) => w.id === 'co-design-2030');
const targets = (problems) => problems.map((p) => p.target);

test('an empty registration names every required field, in form order', () => {
  assert.deepEqual(targets(signupProblems(emptyDraft(), 'register', WITH_DATES)), [
    'name',
    'email',
    'role-patient',
    'session-a',
  ]);
  assert.deepEqual(targets(signupProblems(emptyDraft(), 'interest', undefined)), [
    'name',
    'email',
    'weekday-monday',
    'daypart-morning',
  ]);
});

test('the e-mail problem says what to do: enter one, or fix its format', () => {
  const [missing] = signupProblems({...emptyDraft(), name: 'Ann'}, 'interest', undefined);
  assert.match(missing.text, /or choose to be phoned/);
  const [wrong] = signupProblems({...emptyDraft(), name: 'Ann', email: 'ann@'}, 'interest', undefined);
  assert.match(wrong.text, /right format/);
});

test('"phone me instead" needs a phone number and no e-mail address', () => {
  const draft = {...emptyDraft(), name: 'Ann', phoneInstead: true, role: 'carer'};
  assert.deepEqual(targets(signupProblems(draft, 'register', WORKSHOP)), ['phone']);
  assert.deepEqual(signupProblems({...draft, phone: '020 7946 0000'}, 'register', WORKSHOP), []);
  assert.deepEqual(contactOf({...draft, email: 'ann@example.org', phone: '020 7946 0000'}), {
    phone: '020 7946 0000',
    preferred: 'phone',
  });
});

test('a professional names their organisation; the consent prompt’s problems come last', () => {
  const draft = {...emptyDraft(), name: 'Dr Bo', email: 'bo@example.org', role: 'professional'};
  assert.deepEqual(targets(signupProblems(draft, 'register', WORKSHOP, ['Tick the box'])), ['organisation', 'consent']);
});

test('a registration sends only the details of the needs that were ticked, trimmed', () => {
  const draft = {
    ...emptyDraft(),
    name: '  Ann Smith ',
    email: ' ann@example.org ',
    role: 'family-member',
    organisation: 'Left over from choosing "professional" first',
    access: ['interpreter'],
    interpreterLanguage: ' Polish ',
    signLanguage: 'BSL, typed before unticking',
    diet: ['vegan'],
    dietOther: 'typed before unticking',
    sessions: ['b'],
    payment: 'no-payment',
  };
  const data = registrationData(draft, WITH_DATES, consent, false);
  valid(isRegistration, data);
  assert.equal(data.name, 'Ann Smith');
  assert.deepEqual(data.contact, {email: 'ann@example.org', preferred: 'email'});
  assert.equal(data.organisation, undefined);
  assert.deepEqual(data.accessNeeds, {needs: ['interpreter'], interpreterLanguage: 'Polish', callMe: false});
  assert.deepEqual(data.diet, {needs: ['vegan']});
  assert.deepEqual(data.sessions, ['b']);
  assert.deepEqual(data.expenses, {claims: [], payment: 'no-payment'});
  assert.equal(registrationData(draft, WORKSHOP, consent, true).sessions, undefined, 'one date: no sessions list');
  valid(isRegistration, registrationData(draft, WORKSHOP, consent, true));
});

test('availability: "either" unless chosen, and the workshop it was asked from', () => {
  const draft = {...emptyDraft(), name: 'Ann', email: 'ann@example.org', weekdays: ['monday'], dayparts: ['evening']};
  const any = interestData(draft, undefined, consent);
  valid(isInterest, any);
  assert.equal(any.format, 'either');
  assert.equal(any.workshop, undefined);
  const one = interestData({...draft, format: 'online', location: ' Leeds '}, WORKSHOP, consent);
  valid(isInterest, one);
  assert.deepEqual([one.format, one.location, one.workshop], ['online', 'Leeds', 'families-2030']);
});
