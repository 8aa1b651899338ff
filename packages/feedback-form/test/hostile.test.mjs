// Questionnaires nobody at the hospital wrote: whatever their extensions and linkIds hold,
// reading them throws nothing, and every answer keeps its own linkId.
import {test} from 'node:test';
import assert from 'node:assert/strict';

globalThis.location = new URL('https://hospital.example/');
const {readQuestionnaire, answersByLinkId} = await import('@careloop/feedback-form');

const TRANSLATION = 'http://hl7.org/fhir/StructureDefinition/translation';
const withText = (_text) => ({
  resourceType: 'Questionnaire',
  status: 'active',
  item: [{linkId: 'q', type: 'string', text: 'How was it?', _text}],
});

for (const [what, _text] of [
  ['an extension that is text', {extension: 'x'}],
  ['a list of nulls', {extension: [null]}],
  ['a translation whose parts are text', {extension: [{url: TRANSLATION, extension: 'x'}]}],
  ['a translation with null parts', {extension: [{url: TRANSLATION, extension: [null, 1, 'x']}]}],
  [
    'a numeric language code',
    {
      extension: [
        {
          url: TRANSLATION,
          extension: [
            {url: 'lang', valueCode: 7},
            {url: 'content', valueString: 'Comment était-ce ?'},
          ],
        },
      ],
    },
  ],
  [
    'an object for content',
    {
      extension: [
        {
          url: TRANSLATION,
          extension: [
            {url: 'lang', valueCode: 'fr'},
            {url: 'content', valueString: {}},
          ],
        },
      ],
    },
  ],
]) {
  test(`a malformed translation is no translation: ${what}`, () => {
    const {value} = readQuestionnaire(withText(_text), 'fr');
    assert.equal(value.items[0].text, 'How was it?');
  });
}

test('a translation with an upper-case language code is still found', () => {
  const _text = {
    extension: [
      {
        url: TRANSLATION,
        extension: [
          {url: 'lang', valueCode: 'FR-CA'},
          {url: 'content', valueString: 'Comment était-ce ?'},
        ],
      },
    ],
  };
  assert.equal(readQuestionnaire(withText(_text), 'fr').value.items[0].text, 'Comment était-ce ?');
});

test('a linkId "__proto__" or "constructor" keeps its answer as its own property', () => {
  const {value: form} = readQuestionnaire(
    {
      resourceType: 'Questionnaire',
      status: 'active',
      item: [
        {linkId: '__proto__', type: 'string', text: 'One'},
        {linkId: 'constructor', type: 'string', text: 'Two'},
      ],
    },
    'en',
  );
  const answers = answersByLinkId(
    form,
    new Map([
      ['__proto__', [{kind: 'string', value: 'first'}]],
      ['constructor', [{kind: 'string', value: 'second'}]],
    ]),
  );
  assert.deepEqual(Object.keys(answers), ['__proto__', 'constructor']);
  assert.equal(JSON.parse(JSON.stringify(answers))['__proto__'], 'first');
  assert.equal(Object.getPrototypeOf(answers), Object.prototype);
});
