// What <cl-consent-prompt> records, built by the package's own modules, is valid against
// the official FHIR R4 JSON Schema (as a Consent) and against Careloop's consent and
// envelope schemas: for oneself, on someone's behalf, refused, and withdrawn.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import {fhirValidator} from '../../feedback-form/test/fhir.mjs';

globalThis.location = new URL('https://hospital.example/involvement');
const {createEnvelope} = await import('@careloop/core');
const {createRecord, parseConsentConfig, toFhirConsent} = await import('@careloop/consent-prompt');

const read = (path) => JSON.parse(readFileSync(resolve(import.meta.dirname, path), 'utf8'));
const ajv = new Ajv2020({allErrors: true, strict: true});
const isRecord = ajv.compile(read('../schemas/consent.schema.json'));
const isEnvelope = ajv.compile(read('../../core/schemas/envelope.schema.json'));
const isConsent = fhirValidator('Consent');
const valid = (validate, value) =>
  assert.equal(validate(value), true, JSON.stringify(validate.errors?.slice(0, 3), null, 1));

const {value: config, problems} = parseConsentConfig({
  policy: {id: 'involvement', version: '3', url: 'https://hospital.example/privacy'},
  controller: 'Riverside Hospital',
  retention: 'two years',
  purposes: [
    {id: 'contact', title: 'Contact me about this workshop', required: true},
    {id: 'story', title: 'Use my story', description: 'Without your **name**.'},
  ],
});
assert.deepEqual(problems, []);
const TEXT =
  'Who processes your information: Riverside Hospital.\nContact me about this workshop (required)\nUse my story\nWithout your name.';

const cases = {
  'for oneself': {decisions: {contact: 'granted', story: 'refused'}, decidedBy: {onBehalf: false}, status: 'active'},
  'on someone’s behalf': {
    decisions: {contact: 'granted', story: 'granted'},
    decidedBy: {
      onBehalf: true,
      relationship: 'parent-or-guardian',
      personName: 'Léa Tremblay',
      deciderName: 'Marc Tremblay',
    },
    status: 'active',
  },
  refused: {decisions: {contact: 'refused', story: 'refused'}, decidedBy: {onBehalf: false}, status: 'rejected'},
};

for (const [name, {decisions, decidedBy, status}] of Object.entries(cases)) {
  test(`a decision ${name} is a valid record and a valid FHIR R4 Consent (${status})`, async () => {
    const record = await createRecord({config, text: TEXT, language: 'fr', decisions, decidedBy});
    valid(isRecord, record);
    assert.equal(record.digest, `sha256:${createHash('sha256').update(TEXT, 'utf8').digest('hex')}`);
    const consent = toFhirConsent(record, config);
    valid(isConsent, consent);
    assert.equal(consent.status, status);
    assert.equal(Buffer.from(consent.sourceAttachment.data, 'base64').toString('utf8'), TEXT);
    assert.equal(consent.sourceAttachment.language, 'fr');
    assert.deepEqual(
      consent.provision.provision.map((p) => [p.code[0].coding[0].code, p.type]),
      Object.entries(decisions).map(([id, d]) => [id, d === 'granted' ? 'permit' : 'deny']),
    );
    valid(isEnvelope, createEnvelope({kind: 'consent', element: 'cl-consent-prompt', data: record, fhir: consent}));
  });
}

test('a withdrawal is a new record that refers to the earlier one; the FHIR Consent is inactive', async () => {
  const first = await createRecord({
    config,
    text: TEXT,
    language: 'en',
    decisions: {contact: 'granted', story: 'granted'},
    decidedBy: {onBehalf: false},
  });
  const second = await createRecord({
    config,
    text: TEXT,
    language: 'en',
    decisions: {contact: 'refused', story: 'refused'},
    decidedBy: {onBehalf: false},
    replaces: first.id,
  });
  valid(isRecord, second);
  assert.equal(second.replaces, first.id);
  const consent = toFhirConsent(second, config);
  valid(isConsent, consent);
  assert.equal(consent.status, 'inactive');
  assert.equal(consent.extension[0].valueUri, `urn:uuid:${first.id}`);
});

test('the record schema refuses what a server should refuse', async () => {
  const good = await createRecord({
    config,
    text: TEXT,
    language: 'en',
    decisions: {contact: 'granted'},
    decidedBy: {onBehalf: false},
  });
  const bad = [
    {...good, digest: 'md5:abc'},
    {...good, decisions: {contact: 'maybe'}},
    {...good, decidedBy: {onBehalf: true, relationship: 'neighbour', personName: 'X'}},
    {...good, decidedBy: {onBehalf: true, relationship: 'carer'}},
    {...good, text: ''},
    {...good, extra: 1},
  ];
  for (const record of bad) assert.equal(isRecord(record), false, JSON.stringify(record).slice(0, 120));
  assert.equal(isConsent({...toFhirConsent(good, config), status: 'maybe'}), false);
});
