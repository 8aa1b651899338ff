// The envelope that createEnvelope() makes (from the built package) is valid against
// the published JSON Schema, and the schema refuses what a server should refuse.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';

globalThis.location = new URL('https://hospital.example/feedback/ward-7?nhs=9434765919#top');
const {createEnvelope} = await import('@careloop/core');
const schema = JSON.parse(readFileSync(resolve(import.meta.dirname, '../schemas/envelope.schema.json'), 'utf8'));
const validate = new Ajv2020({allErrors: true, strict: true}).compile(schema);

const make = () =>
  createEnvelope({
    kind: 'feedback',
    element: 'cl-feedback-form',
    data: {q1: 'very-good'},
    context: 'reception-kiosk',
    service: 'ward-7',
  });

test('createEnvelope makes a valid envelope, without the page query or fragment', () => {
  const envelope = make();
  assert.equal(validate(envelope), true, JSON.stringify(validate.errors));
  assert.equal(envelope.source.page, 'https://hospital.example/feedback/ward-7');
});

test('refuses envelopes a server should not accept', () => {
  const good = make();
  const bad = [
    {...good, id: 'not-a-uuid'},
    {...good, kind: 'complaint'},
    {...good, createdAt: '22/11/2026'},
    {...good, source: {...good.source, page: 'https://hospital.example/p?nhs=943'}},
    {...good, source: {...good.source, element: 'my-form'}},
    {...good, extra: true},
    {...good, fhir: {resourceType: 'Patient'}},
    Object.fromEntries(Object.entries(good).filter(([key]) => key !== 'data')),
  ];
  for (const envelope of bad) assert.equal(validate(envelope), false, JSON.stringify(envelope));
});
