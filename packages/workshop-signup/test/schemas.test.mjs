// The JSON Schemas of workshop-registration and involvement-interest accept what the
// element sends (the same shapes as its browser tests assert) and refuse what a
// server should refuse; the envelope around them is valid too.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';

globalThis.location = new URL('https://hospital.example/workshops');
const {createEnvelope} = await import('@careloop/core');
const read = (path) => JSON.parse(readFileSync(resolve(import.meta.dirname, path), 'utf8'));
const ajv = new Ajv2020({allErrors: true, strict: true});
const isRegistration = ajv.compile(read('../schemas/workshop-registration.schema.json'));
const isInterest = ajv.compile(read('../schemas/involvement-interest.schema.json'));
const isEnvelope = ajv.compile(read('../../core/schemas/envelope.schema.json'));
const consent = {
  id: '4d1c9a7e-2f3b-4c5d-9e8f-0a1b2c3d4e5f',
  digest: `sha256:${'0'.repeat(64)}`,
  decisions: {'contact-workshop': 'granted'},
};

const registration = {
  workshop: {
    id: 'families-2030',
    title: 'Families’ workshop',
    start: '2030-03-12T18:00',
    end: '2030-03-12T20:00',
    timeZone: 'America/Toronto',
  },
  waitlist: false,
  name: 'Sam Okafor',
  contact: {email: 'sam@example.org', preferred: 'email'},
  role: 'carer',
  companion: false,
  accessNeeds: {needs: ['step-free', 'interpreter'], interpreterLanguage: 'Somali', callMe: true},
  diet: {needs: ['halal']},
  expenses: {claims: ['travel'], payment: 'benefits-talk-first'},
  consent,
};
const interest = {
  weekdays: ['tuesday'],
  dayparts: ['evening'],
  format: 'online',
  name: 'Ingrid',
  contact: {phone: '+47 22 33 44 55', preferred: 'phone'},
  consent,
};

test('a registration and an availability are valid, in a valid envelope', () => {
  assert.equal(isRegistration(registration), true, JSON.stringify(isRegistration.errors));
  assert.equal(isInterest(interest), true, JSON.stringify(isInterest.errors));
  assert.equal(
    isEnvelope(createEnvelope({kind: 'workshop-registration', element: 'cl-workshop-signup', data: registration})),
    true,
  );
  assert.equal(
    isEnvelope(createEnvelope({kind: 'involvement-interest', element: 'cl-workshop-signup', data: interest})),
    true,
  );
});

test('the schemas refuse what a server should refuse', () => {
  for (const bad of [
    {...registration, contact: {preferred: 'email'}},
    {...registration, role: 'doctor'},
    {...registration, accessNeeds: {needs: ['teleport'], callMe: false}},
    {...registration, consent: undefined},
    {...registration, workshop: {...registration.workshop, start: 'tomorrow'}},
  ]) {
    assert.equal(isRegistration(JSON.parse(JSON.stringify(bad))), false, JSON.stringify(bad).slice(0, 100));
  }
  assert.equal(isInterest({...interest, weekdays: []}), false);
  assert.equal(isInterest({...interest, format: 'carrier-pigeon'}), false);
});
