import {expect} from '@open-wc/testing';
import type {Answer} from '../src/questionnaire/answers.js';
import {enabledItems} from '../src/questionnaire/enable.js';
import type {Form} from '../src/questionnaire/model.js';
import {readQuestionnaire} from '../src/questionnaire/read-all.js';
import {answersByLinkId, buildResponse} from '../src/questionnaire/response.js';
import '../../core/test/support.js';

const TRANSLATION = 'http://hl7.org/fhir/StructureDefinition/translation';
const fr = (content: string) => ({
  extension: [
    {
      url: TRANSLATION,
      extension: [
        {url: 'lang', valueCode: 'fr'},
        {url: 'content', valueString: content},
      ],
    },
  ],
});

const SAMPLE = {
  resourceType: 'Questionnaire',
  url: 'https://hospital.example/Questionnaire/visit',
  version: '2',
  title: 'Your visit',
  _title: fr('Votre visite'),
  contained: [
    {
      resourceType: 'ValueSet',
      id: 'roles',
      compose: {
        include: [
          {
            system: 'https://careloop.invalid/role',
            concept: [
              {code: 'patient', display: 'Patient'},
              {code: 'carer', display: 'Carer'},
            ],
          },
        ],
      },
    },
  ],
  item: [
    {linkId: 'intro', type: 'display', text: 'Thank you for taking part.'},
    {
      linkId: 'overall',
      type: 'choice',
      text: 'Overall, how was your experience?',
      _text: fr('Dans l’ensemble, comment s’est passée votre expérience ?'),
      prefix: '1.',
      required: true,
      answerOption: [
        {
          valueCoding: {
            system: 'https://careloop.invalid/fft',
            code: 'very-good',
            display: 'Very good',
            _display: fr('Très bien'),
          },
        },
        {valueCoding: {system: 'https://careloop.invalid/fft', code: 'poor', display: 'Poor'}},
      ],
      extension: [
        {
          url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl',
          valueCodeableConcept: {coding: [{code: 'radio-button'}]},
        },
      ],
    },
    {
      linkId: 'why-poor',
      type: 'text',
      text: 'What went wrong?',
      maxLength: 500,
      enableWhen: [
        {question: 'overall', operator: '=', answerCoding: {system: 'https://careloop.invalid/fft', code: 'poor'}},
      ],
    },
    {linkId: 'role', type: 'choice', text: 'You are', answerValueSet: '#roles', repeats: true},
    {
      linkId: 'carer',
      type: 'group',
      text: 'For carers',
      enableWhen: [{question: 'role', operator: '=', answerCoding: {code: 'carer'}}],
      item: [
        {
          linkId: 'visits',
          type: 'integer',
          text: 'Visits this month',
          extension: [{url: 'http://hl7.org/fhir/StructureDefinition/minValue', valueInteger: 0}],
        },
        {
          linkId: 'secret',
          type: 'string',
          text: 'Staff only',
          extension: [{url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-hidden', valueBoolean: true}],
        },
      ],
    },
    {linkId: 'photo', type: 'attachment', text: 'A photo'},
  ],
};

function read(q: unknown = SAMPLE, locale = 'en'): Form {
  const {value, problems} = readQuestionnaire(q, locale);
  if (!value) throw new Error(JSON.stringify(problems));
  return value;
}

const coding = (code: string, system?: string): Answer => ({
  kind: 'coding',
  value: {...(system ? {system} : {}), code},
});
const answers = (entries: Record<string, Answer[]>) => new Map(Object.entries(entries));

describe('FHIR Questionnaire model', () => {
  describe('reading', () => {
    it('reads items, options, value sets, extensions and the canonical', () => {
      const form = read();
      expect(form.canonical).to.equal('https://hospital.example/Questionnaire/visit|2');
      expect(form.title).to.equal('Your visit');
      const [intro, overall, why, role, carer, photo] = form.items;
      expect(intro!.type).to.equal('display');
      expect(overall!).to.include({
        linkId: 'overall',
        type: 'choice',
        prefix: '1.',
        required: true,
        control: 'radio-button',
      });
      expect(overall!.choices.map((c) => c.label)).to.deep.equal(['Very good', 'Poor']);
      expect(why!.maxLength).to.equal(500);
      expect(role!.choices.map((c) => c.answer)).to.deep.equal([
        {kind: 'coding', value: {system: 'https://careloop.invalid/role', code: 'patient', display: 'Patient'}},
        {kind: 'coding', value: {system: 'https://careloop.invalid/role', code: 'carer', display: 'Carer'}},
      ]);
      expect(carer!.items[0]!.minValue).to.deep.equal({kind: 'integer', value: 0});
      expect(carer!.items[1]!.hidden).to.equal(true);
      expect(photo!.unsupported).to.equal('type attachment');
    });

    it('shows the translation for the active locale, and the text where there is none', () => {
      const form = read(SAMPLE, 'fr-CA');
      expect(form.title).to.equal('Votre visite');
      expect(form.items[1]!.text).to.equal('Dans l’ensemble, comment s’est passée votre expérience ?');
      expect(form.items[1]!.choices.map((c) => c.label)).to.deep.equal(['Très bien', 'Poor']);
      expect(form.items[2]!.text).to.equal('What went wrong?');
    });

    it('keeps unsupported types and modifier extensions as notices, answers other value sets in words, and ignores unknown controls', () => {
      const {value, problems} = readQuestionnaire(
        {
          resourceType: 'Questionnaire',
          item: [
            {linkId: 'a', type: 'attachment'},
            {
              linkId: 'b',
              type: 'choice',
              answerValueSet: 'https://tx.example/vs',
              extension: [
                {
                  url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl',
                  valueCodeableConcept: {coding: [{code: 'text-box'}]},
                },
              ],
            },
            {
              linkId: 'c',
              type: 'string',
              modifierExtension: [{url: 'https://example.org/only-for-clinicians', valueBoolean: true}],
            },
            {
              linkId: 'd',
              type: 'group',
              extension: [
                {
                  url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl',
                  valueCodeableConcept: {coding: [{code: 'header'}]},
                },
              ],
              item: [{linkId: 'd1', type: 'string', text: 'Inside the header'}],
            },
          ],
        },
        'en',
      );
      expect(value!.items.map((i) => i.unsupported)).to.deep.equal([
        'type attachment',
        undefined,
        'modifierExtension "https://example.org/only-for-clinicians"',
        undefined,
      ]);
      // A value set held elsewhere is answered in words until a terminology server expands it.
      expect(value!.items[1]!.type).to.equal('string');
      expect(value!.items[1]!.valueSet).to.deep.equal({url: 'https://tx.example/vs', type: 'choice'});
      expect(value!.items[3]!.items[0]!.unsupported).to.equal(undefined);
      expect(problems.map((p) => `${p.code} ${p.path}`)).to.deep.equal([
        'unsupported item[0].type',
        'ignored item[1].extension(itemControl)',
        'unsupported item[2].modifierExtension',
        'ignored item[3].extension(itemControl)',
      ]);
    });

    it('puts help and instructions with their question or group, and keeps them as items under a display', () => {
      const hint = (linkId: string, url: string, code: string) => ({
        linkId,
        type: 'display',
        text: `${code} text`,
        extension: [{url, valueCodeableConcept: {coding: [{code}]}}],
      });
      const CONTROL = 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl';
      const CATEGORY = 'http://hl7.org/fhir/StructureDefinition/questionnaire-displayCategory';
      const {value, problems} = readQuestionnaire(
        {
          resourceType: 'Questionnaire',
          item: [
            {
              linkId: 'g',
              type: 'group',
              item: [
                hint('g-i', CATEGORY, 'instructions'),
                {
                  linkId: 'q',
                  type: 'string',
                  item: [
                    hint('q-help', CONTROL, 'help'),
                    hint('q-flyover', CONTROL, 'flyover'),
                    hint('q-legal', CONTROL, 'legal'),
                    hint('q-prompt', CONTROL, 'prompt'),
                    hint('q-context', CONTROL, 'context-display'),
                    hint('q-security', CATEGORY, 'security'),
                    hint('q-odd', CATEGORY, 'celebration'),
                  ],
                },
              ],
            },
            {linkId: 'd', type: 'display', text: 'Intro', item: [hint('d-help', CONTROL, 'help')]},
            // A help code on a question is no hint: the question keeps its control.
            {
              linkId: 'x',
              type: 'string',
              extension: [{url: CONTROL, valueCodeableConcept: {coding: [{code: 'help'}]}}],
            },
          ],
        },
        'en',
      );
      const [group, intro, x] = value!.items;
      expect(group!.help!.map((h) => [h.linkId, h.hint])).to.deep.equal([['g-i', 'instructions']]);
      const question = group!.items[0]!;
      expect(group!.items.map((i) => i.linkId)).to.deep.equal(['q']);
      expect(question.help!.map((h) => h.hint)).to.deep.equal([
        'help',
        'flyover',
        'legal',
        'prompt',
        'context-display',
        'security',
      ]);
      // An unknown display category is ignored: the text stays an item of its own, after the question.
      expect(question.items.map((i) => i.linkId)).to.deep.equal(['q-odd']);
      expect(intro!.items.map((i) => i.linkId)).to.deep.equal(['d-help']);
      expect(x!.hint).to.equal(undefined);
      expect(problems.map((p) => `${p.code} ${p.path} ${p.found}`)).to.deep.equal([
        'ignored item[0].item[1].item[6].extension(displayCategory) "celebration"',
        'ignored item[2].extension(itemControl) "help"',
      ]);
    });

    it('refuses a linkId used by a help text and a question', () => {
      const {value, problems} = readQuestionnaire(
        {
          resourceType: 'Questionnaire',
          item: [
            {
              linkId: 'q',
              type: 'string',
              item: [
                {
                  linkId: 'q',
                  type: 'display',
                  extension: [
                    {
                      url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl',
                      valueCodeableConcept: {coding: [{code: 'help'}]},
                    },
                  ],
                },
              ],
            },
          ],
        },
        'en',
      );
      expect(value).to.equal(undefined);
      expect(problems.map((p) => p.code)).to.deep.equal(['duplicate-id']);
    });

    const refused: [string, unknown, string][] = [
      [
        'a linkId used twice',
        {
          resourceType: 'Questionnaire',
          item: [
            {linkId: 'a', type: 'string'},
            {linkId: 'g', type: 'group', item: [{linkId: 'a', type: 'string'}]},
          ],
        },
        'duplicate-id linkId "a"',
      ],
      [
        'an enableWhen on a missing item',
        {
          resourceType: 'Questionnaire',
          item: [
            {linkId: 'a', type: 'string', enableWhen: [{question: 'zz', operator: 'exists', answerBoolean: true}]},
          ],
        },
        'unknown-reference a.enableWhen "zz"',
      ],
      [
        'an item enabled by itself',
        {
          resourceType: 'Questionnaire',
          item: [{linkId: 'a', type: 'string', enableWhen: [{question: 'a', operator: 'exists', answerBoolean: true}]}],
        },
        'cyclic-condition a.enableWhen "a"',
      ],
      [
        'a cycle of enableWhen',
        {
          resourceType: 'Questionnaire',
          item: [
            {linkId: 'a', type: 'string', enableWhen: [{question: 'b', operator: 'exists', answerBoolean: true}]},
            {linkId: 'b', type: 'string', enableWhen: [{question: 'a', operator: 'exists', answerBoolean: true}]},
          ],
        },
        'cyclic-condition a.enableWhen "a"',
      ],
      [
        'a group enabled by its own child',
        {
          resourceType: 'Questionnaire',
          item: [
            {
              linkId: 'g',
              type: 'group',
              enableWhen: [{question: 'c', operator: 'exists', answerBoolean: true}],
              item: [{linkId: 'c', type: 'string'}],
            },
          ],
        },
        'cyclic-condition g.enableWhen "g"',
      ],
    ];
    for (const [what, q, problem] of refused) {
      it(`refuses ${what}, naming the linkId`, () => {
        const {value, problems} = readQuestionnaire(q, 'en');
        expect(value).to.equal(undefined);
        expect(problems.map((p) => `${p.code} ${p.path} ${p.found}`)).to.include(problem);
      });
    }

    it('refuses what is not a Questionnaire, and names wrong fields', () => {
      expect(readQuestionnaire({resourceType: 'Patient'}, 'en').problems[0]!.code).to.equal('not-allowed');
      expect(readQuestionnaire('nope', 'en').problems[0]!.code).to.equal('wrong-type');
      const {value, problems} = readQuestionnaire(
        {
          resourceType: 'Questionnaire',
          item: [
            {linkId: 'a', type: 'string', required: 'yes', maxLength: -2, answerOption: [{valueQuantity: 1}]},
            {type: 'string'},
            {linkId: 'c', type: 'string', enableWhen: [{question: 'a', operator: '~', answerString: 'x'}]},
          ],
        },
        'en',
      );
      expect(value!.items.map((i) => i.linkId)).to.deep.equal(['a', 'c']);
      expect(problems.map((p) => `${p.code} ${p.path}`)).to.deep.equal([
        'wrong-type item[0].required',
        'wrong-type item[0].maxLength',
        'wrong-type item[0].answerOption[0]',
        'required item[1].linkId',
        'not-allowed item[2].enableWhen[0].operator',
      ]);
    });

    it('reads 1,000 items, and names a 5 MB text (too-long) and shows a notice in its place', () => {
      const big = 'x'.repeat(5 * 1024 * 1024);
      const q = {
        resourceType: 'Questionnaire',
        item: Array.from({length: 1000}, (_, i) => ({
          linkId: `q${i}`,
          type: 'string',
          text: i === 0 ? big : `Question ${i}`,
        })),
      };
      const {value: form, problems} = readQuestionnaire(q, 'en');
      expect(problems.map((p) => [p.code, p.path])).to.deep.equal([['too-long', 'item[0].text']]);
      expect(form!.items).to.have.length(1000);
      expect(form!.items[0]!.unsupported).to.equal('text');
      expect(form!.items[1]!.text).to.equal('Question 1');
      expect(enabledItems(form!, new Map()).size).to.equal(1000);
    });

    it('refuses more than 1,000 items, nested ones counted, naming the limit', () => {
      const nested = {
        resourceType: 'Questionnaire',
        item: [
          {linkId: 'g', type: 'group', item: Array.from({length: 1000}, (_, i) => ({linkId: `q${i}`, type: 'string'}))},
        ],
      };
      const {value, problems} = readQuestionnaire(nested, 'en');
      expect(value).to.equal(undefined);
      expect(problems).to.deep.equal([{code: 'too-many', path: 'questionnaire.item', detail: '1000'}]);
      const huge = {
        resourceType: 'Questionnaire',
        item: Array.from({length: 10_000}, (_, i) => ({linkId: `q${i}`, type: 'string'})),
      };
      expect(readQuestionnaire(huge, 'en').problems[0]!.code).to.equal('too-many');
    });
  });

  describe('enableWhen', () => {
    const typed: [string, Answer, Answer, Answer][] = [
      // type, the enableWhen value, an answer below it, an answer above it
      ['integer', {kind: 'integer', value: 5}, {kind: 'integer', value: 3}, {kind: 'integer', value: 8}],
      ['decimal', {kind: 'decimal', value: 2.5}, {kind: 'decimal', value: 1.25}, {kind: 'decimal', value: 7}],
      [
        'date',
        {kind: 'date', value: '2026-03-01'},
        {kind: 'date', value: '2026-02-28'},
        {kind: 'date', value: '2026-03-02'},
      ],
      [
        'dateTime',
        {kind: 'dateTime', value: '2026-03-01T10:00:00Z'},
        {kind: 'dateTime', value: '2026-03-01T09:59:00Z'},
        {kind: 'dateTime', value: '2026-03-01T12:00:00+01:00'},
      ],
      ['time', {kind: 'time', value: '10:00:00'}, {kind: 'time', value: '09:30:00'}, {kind: 'time', value: '17:00:00'}],
      ['string', {kind: 'string', value: 'm'}, {kind: 'string', value: 'a'}, {kind: 'string', value: 'z'}],
    ];
    const OPS = {
      '=': [false, true, false],
      '!=': [true, false, true],
      '>': [false, false, true],
      '<': [true, false, false],
      '>=': [false, true, true],
      '<=': [true, true, false],
    } as const;

    function enabledFor(operator: string, target: Answer, given: Answer[]): boolean {
      const key = `answer${target.kind[0]!.toUpperCase()}${target.kind.slice(1)}`;
      const form = read({
        resourceType: 'Questionnaire',
        item: [
          {linkId: 'q', type: 'string'},
          {linkId: 't', type: 'string', enableWhen: [{question: 'q', operator, [key]: target.value}]},
        ],
      });
      return enabledItems(form, answers({q: given})).has('t');
    }

    for (const [type, target, below, above] of typed) {
      for (const [op, expected] of Object.entries(OPS)) {
        it(`${type} ${op}: below, equal, above → ${expected.join(', ')}`, () => {
          expect([below, target, above].map((a) => enabledFor(op, target, [a]))).to.deep.equal([...expected]);
        });
      }
    }

    it('booleans and codings compare by value and by system and code', () => {
      expect(enabledFor('=', {kind: 'boolean', value: true}, [{kind: 'boolean', value: true}])).to.equal(true);
      expect(enabledFor('!=', {kind: 'boolean', value: true}, [{kind: 'boolean', value: false}])).to.equal(true);
      expect(enabledFor('=', coding('x', 's'), [coding('x', 's')])).to.equal(true);
      expect(enabledFor('=', coding('x', 's'), [coding('x', 'other')])).to.equal(false);
      expect(enabledFor('=', coding('x'), [coding('x', 'any-system')])).to.equal(true);
      expect(enabledFor('!=', coding('x', 's'), [coding('y', 's')])).to.equal(true);
      expect(enabledFor('>', coding('x', 's'), [coding('y', 's')])).to.equal(false);
    });

    it('with no answer: exists false holds, = does not, != does', () => {
      expect(enabledFor('exists', {kind: 'boolean', value: false}, [])).to.equal(true);
      expect(enabledFor('exists', {kind: 'boolean', value: true}, [])).to.equal(false);
      expect(enabledFor('exists', {kind: 'boolean', value: true}, [{kind: 'string', value: 'hi'}])).to.equal(true);
      expect(enabledFor('=', {kind: 'string', value: 'a'}, [])).to.equal(false);
      expect(enabledFor('!=', {kind: 'string', value: 'a'}, [])).to.equal(true);
      expect(enabledFor('>', {kind: 'integer', value: 1}, [])).to.equal(false);
    });

    it('with several answers: = holds if one matches, != only if none does', () => {
      const many = [
        {kind: 'integer', value: 1},
        {kind: 'integer', value: 5},
      ] as Answer[];
      expect(enabledFor('=', {kind: 'integer', value: 5}, many)).to.equal(true);
      expect(enabledFor('!=', {kind: 'integer', value: 5}, many)).to.equal(false);
      expect(enabledFor('>', {kind: 'integer', value: 4}, many)).to.equal(true);
    });

    it('applies enableBehavior all and any', () => {
      const q = (behavior: string) =>
        read({
          resourceType: 'Questionnaire',
          item: [
            {linkId: 'a', type: 'boolean'},
            {linkId: 'b', type: 'boolean'},
            {
              linkId: 't',
              type: 'string',
              enableBehavior: behavior,
              enableWhen: [
                {question: 'a', operator: '=', answerBoolean: true},
                {question: 'b', operator: '=', answerBoolean: true},
              ],
            },
          ],
        });
      const one = answers({a: [{kind: 'boolean', value: true}], b: [{kind: 'boolean', value: false}]});
      expect(enabledItems(q('all'), one).has('t')).to.equal(false);
      expect(enabledItems(q('any'), one).has('t')).to.equal(true);
    });

    it('treats answers behind a disabled item as no answer, and disables the children of a disabled group', () => {
      const form = read();
      const carerAnswers = answers({
        role: [coding('patient', 'https://careloop.invalid/role')],
        visits: [{kind: 'integer', value: 3}],
      });
      const enabled = enabledItems(form, carerAnswers);
      expect(enabled.has('carer')).to.equal(false);
      expect(enabled.has('visits')).to.equal(false);
      const chain = read({
        resourceType: 'Questionnaire',
        item: [
          {linkId: 'a', type: 'boolean'},
          {linkId: 'b', type: 'string', enableWhen: [{question: 'a', operator: '=', answerBoolean: true}]},
          {linkId: 'c', type: 'string', enableWhen: [{question: 'b', operator: 'exists', answerBoolean: true}]},
        ],
      });
      const typedB = answers({
        a: [{kind: 'boolean', value: false}],
        b: [{kind: 'string', value: 'typed before a changed'}],
      });
      expect([...enabledItems(chain, typedB)]).to.deep.equal(['a']);
    });
  });

  describe('the QuestionnaireResponse', () => {
    const given = answers({
      overall: [coding('poor', 'https://careloop.invalid/fft')],
      'why-poor': [{kind: 'string', value: 'The wait.'}],
      role: [coding('carer', 'https://careloop.invalid/role'), coding('patient', 'https://careloop.invalid/role')],
      visits: [{kind: 'integer', value: 4}],
      secret: [{kind: 'string', value: 'should never leave'}],
    });

    it('nests items as the questionnaire does, types each answer, and leaves out hidden and display items', () => {
      const response = buildResponse(read(), given, {authored: '2026-11-22T10:00:00Z', language: 'en'});
      expect(response).to.deep.equal({
        resourceType: 'QuestionnaireResponse',
        questionnaire: 'https://hospital.example/Questionnaire/visit|2',
        status: 'completed',
        authored: '2026-11-22T10:00:00Z',
        language: 'en',
        item: [
          {
            linkId: 'overall',
            text: 'Overall, how was your experience?',
            answer: [{valueCoding: {system: 'https://careloop.invalid/fft', code: 'poor'}}],
          },
          {linkId: 'why-poor', text: 'What went wrong?', answer: [{valueString: 'The wait.'}]},
          {
            linkId: 'role',
            text: 'You are',
            answer: [
              {valueCoding: {system: 'https://careloop.invalid/role', code: 'carer'}},
              {valueCoding: {system: 'https://careloop.invalid/role', code: 'patient'}},
            ],
          },
          {
            linkId: 'carer',
            text: 'For carers',
            item: [{linkId: 'visits', text: 'Visits this month', answer: [{valueInteger: 4}]}],
          },
        ],
      });
    });

    it('removes the answers of items that became disabled', () => {
      const changedMind = new Map(given);
      changedMind.set('overall', [coding('very-good', 'https://careloop.invalid/fft')]);
      changedMind.set('role', [coding('patient', 'https://careloop.invalid/role')]);
      const response = buildResponse(read(), changedMind, {authored: '2026-11-22T10:00:00Z', language: 'en'});
      expect(response.item!.map((i) => i.linkId)).to.deep.equal(['overall', 'role']);
      expect(answersByLinkId(read(), changedMind)).to.deep.equal({overall: 'very-good', role: ['patient']});
    });

    it('gives a simple map of linkId to value for the envelope', () => {
      expect(answersByLinkId(read(), given)).to.deep.equal({
        overall: 'poor',
        'why-poor': 'The wait.',
        role: ['carer', 'patient'],
        visits: 4,
      });
    });
  });
});
