// What <cl-feedback-form> produces, built by the package's own (DOM-free) modules, is
// valid against the official FHIR R4 JSON Schema and against Careloop's own schemas:
// every preset as a Questionnaire, every answer type in a QuestionnaireResponse, and
// the whole submission envelope.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import {fhirValidator} from './fhir.mjs';

globalThis.location = new URL('https://hospital.example/feedback?ward=7');
const {createEnvelope} = await import('@careloop/core');
const {readQuestionnaire, buildResponse, answersByLinkId, PRESETS} = await import('@careloop/feedback-form');

const read = (path) => JSON.parse(readFileSync(resolve(import.meta.dirname, path), 'utf8'));
const ajv = new Ajv2020({allErrors: true, strict: true});
const envelopeSchema = ajv.compile(read('../../core/schemas/envelope.schema.json'));
const feedbackSchema = ajv.compile(read('../schemas/feedback.schema.json'));
const isQuestionnaire = fhirValidator('Questionnaire');
const isResponse = fhirValidator('QuestionnaireResponse');
const valid = (validate, value) =>
  assert.equal(validate(value), true, JSON.stringify(validate.errors?.slice(0, 3), null, 1));

const coding = (system, code, display) => ({kind: 'coding', value: {system, code, display}});
const EVERY_ANSWER = new Map([
  ['first-visit', [{kind: 'boolean', value: false}]],
  ['nights', [{kind: 'integer', value: 3}]],
  ['distance', [{kind: 'decimal', value: 12.5}]],
  ['weight', [{kind: 'quantity', value: 72.5, unit: {system: 'http://unitsofmeasure.org', code: 'kg', display: 'kg'}}]],
  ['arrived', [{kind: 'date', value: '2026-11-02'}]],
  ['left', [{kind: 'dateTime', value: '2026-11-05T10:30:00+01:00'}]],
  ['meal', [{kind: 'time', value: '12:15:00'}]],
  ['ward', [{kind: 'string', value: 'Ward 7'}]],
  ['story', [{kind: 'string', value: 'Calm\nand clean'}]],
  ['link', [{kind: 'uri', value: 'https://hospital.example/parking'}]],
  ['food', [{kind: 'string', value: 'Good'}]],
  ['heard', [{kind: 'string', value: 'A neighbour'}]],
  ['language', [coding('urn:ietf:bcp:47', 'fr', 'French')]],
  [
    'helped',
    [
      {kind: 'string', value: 'Nurses'},
      {kind: 'string', value: 'Porters'},
    ],
  ],
  ['details', [{kind: 'boolean', value: true}]],
  ['more', [{kind: 'string', value: 'The garden'}]],
  ['secret', [{kind: 'string', value: 'hidden'}]],
]);

for (const preset of PRESETS) {
  test(`the ${preset} preset is a valid FHIR R4 Questionnaire with a canonical url and version`, async () => {
    const {default: questionnaire} = await import(`@careloop/feedback-form/presets/${preset}.js`);
    valid(isQuestionnaire, questionnaire);
    assert.match(questionnaire.url, /^https:\/\//);
    assert.ok(questionnaire.version);
    for (const lang of ['en', 'fr', 'sv', 'nb']) {
      const {value: form, problems} = readQuestionnaire(questionnaire, lang);
      assert.deepEqual(problems, [], `${preset} in ${lang}`);
      assert.ok(form.title);
    }
  });
}

test('a response with every answer type validates against the FHIR R4 schema, hidden items absent', () => {
  const questionnaire = read('fixtures/every-type.json');
  valid(isQuestionnaire, questionnaire);
  const {value: form} = readQuestionnaire(questionnaire, 'en');
  const response = buildResponse(form, EVERY_ANSWER, {authored: '2026-11-22T10:00:00.000Z', language: 'en'});
  valid(isResponse, response);
  assert.equal(response.questionnaire, 'https://hospital.example/Questionnaire/every-type|3');
  const json = JSON.stringify(response);
  for (const value of [
    'valueBoolean',
    'valueInteger',
    'valueDecimal',
    'valueDate',
    'valueDateTime',
    'valueTime',
    'valueString',
    'valueUri',
    'valueCoding',
    'valueQuantity',
  ]) {
    assert.ok(json.includes(`"${value}"`), value);
  }
  assert.ok(!json.includes('hidden'));
  // The same answers as the envelope's data carries them (a quantity as its number and unit code).
  const answers = answersByLinkId(form, EVERY_ANSWER);
  assert.deepEqual(answers.weight, {value: 72.5, unit: 'kg'});
  valid(feedbackSchema, {answers});
  // An item nested under a question travels inside that question's answer.
  const details = response.item[0].item.find((item) => item.linkId === 'details');
  assert.equal(details.answer[0].item[0].linkId, 'more');
});

test('the submission envelope validates against the envelope and feedback schemas', async () => {
  const {default: fft} = await import('@careloop/feedback-form/presets/fft.js');
  const {value: form} = readQuestionnaire(fft, 'sv');
  const answers = new Map([
    ['experience', [form.items[0].choices[1].answer]],
    ['why', [{kind: 'string', value: 'Bra bemötande'}]],
  ]);
  const fhir = buildResponse(form, answers, {authored: new Date().toISOString(), language: 'sv'});
  const data = {
    answers: answersByLinkId(form, answers),
    questionnaire: form.canonical,
    preset: 'fft',
    respondent: {role: 'carer'},
    contact: {email: 'a@example.org', consent: {text: 'Jag godkänner…', givenAt: new Date().toISOString()}},
    publicRecordNotice: true,
  };
  const envelope = createEnvelope({kind: 'feedback', element: 'cl-feedback-form', data, fhir, service: 'ward-7'});
  valid(envelopeSchema, envelope);
  valid(feedbackSchema, envelope.data);
  valid(isResponse, envelope.fhir);
  assert.deepEqual(envelope.data.answers, {experience: 'good', why: 'Bra bemötande'});
});

test('the feedback schema refuses what a server should refuse', () => {
  const bad = [
    {},
    {answers: {q: {nested: true}}},
    {answers: {}, preset: 'nps'},
    {answers: {}, respondent: {role: 'doctor'}},
    {answers: {}, contact: {name: 'Sam', consent: {text: 'ok', givenAt: '2026-11-22T10:00:00Z'}}},
    {answers: {}, contact: {email: 'a@example.org'}},
    {answers: {}, tracking: 'x'},
  ];
  for (const data of bad) assert.equal(feedbackSchema(data), false, JSON.stringify(data));
});

test('the FHIR schema check can fail: a response with a wrong status or a mistyped value is refused', () => {
  assert.equal(isResponse({resourceType: 'QuestionnaireResponse', status: 'done'}), false);
  assert.equal(
    isResponse({
      resourceType: 'QuestionnaireResponse',
      status: 'completed',
      item: [{linkId: 'a', answer: [{valueInteger: 'three'}]}],
    }),
    false,
  );
});

test('responses with calculated totals, repeating groups and answers in words validate against R4', async () => {
  const {QuestionnaireSession} = await import('../dist/questionnaire/session.js');
  const {calculator} = await import('../dist/questionnaire/expressions.js');
  for (const name of ['phq-9', 'registration']) {
    const {value: form} = readQuestionnaire(read(`fixtures/published/${name}.json`), 'en');
    const session = new QuestionnaireSession(form);
    session.calculate(
      calculator(
        form,
        () => undefined,
        (problem) => assert.fail(JSON.stringify(problem)),
      ),
    );
    for (const item of [...session.current.items].flatMap((i) => [i, ...i.items]))
      if (item.choices.length > 0 && !item.repeats) session.set(item, ['1']);
    const response = session.response({authored: new Date().toISOString(), language: 'en'});
    valid(isResponse, response);
    if (name === 'phq-9') {
      assert.deepEqual(response.item.find((i) => i.linkId === 'total').answer, [{valueInteger: 9}]);
    }
  }
  const {value: form} = readQuestionnaire(
    {
      resourceType: 'Questionnaire',
      item: [
        {linkId: 'm', type: 'group', repeats: true, item: [{linkId: 'n', type: 'string', text: 'Name'}]},
        {linkId: 'where', type: 'choice', text: 'Where?', answerValueSet: 'http://example.org/vs'},
      ],
    },
    'en',
  );
  const session = new QuestionnaireSession(form);
  session.type(form.items[0].items[0], 0, 'Aspirin');
  session.addInstance('m');
  session.type(session.current.items[1].items[0], 0, 'Metformin');
  session.type(session.current.items[2], 0, 'The walk-in centre');
  const response = session.response({authored: new Date().toISOString(), language: 'en'});
  valid(isResponse, response);
  assert.deepEqual(
    response.item.map((i) => i.linkId),
    ['m', 'm', 'where'],
  );
});
