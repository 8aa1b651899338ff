import {expect, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {CareloopErrorDetail} from '@careloop/core';
import type {FeedbackForm} from '../src/feedback-form.js';
import {
  chooseOption,
  expectAccessible,
  focusedIn,
  focusOn,
  mount,
  pressEnter,
  settled,
  textOf,
  until,
  useDocumentLanguage,
} from '../../core/test/support.js';
import {$, $$, feedbackForm, pick, questions, send, submitted, type, write} from './support.js';

// What published questionnaires use beyond the core of R4 (Structured Data Capture), as a person meets it.

const control = (code: string) => ({
  url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl',
  valueCodeableConcept: {coding: [{system: 'http://hl7.org/fhir/questionnaire-item-control', code}]},
});
const category = (code: string) => ({
  url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-displayCategory',
  valueCodeableConcept: {coding: [{system: 'http://hl7.org/fhir/questionnaire-display-category', code}]},
});
const supportLink = (url: string) => ({
  url: 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-supportLink',
  valueUri: url,
});
const display = (linkId: string, text: string, extension: unknown) => ({
  linkId,
  type: 'display',
  text,
  extension: [extension],
});

/** What a screen reader reads after the name of `control`: the texts its aria-describedby names, in order. */
function description(el: HTMLElement, control: Element): string {
  const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => textOf(el.shadowRoot!.getElementById(id))).join(' | ');
}

const HELPED = {
  resourceType: 'Questionnaire',
  item: [
    {
      linkId: 'about',
      type: 'group',
      text: 'About your stay',
      item: [
        display('about-instructions', 'Think about your most recent stay.', category('instructions')),
        {
          linkId: 'ward',
          type: 'string',
          text: 'Which ward were you on?',
          extension: [supportLink('https://hospital.example/wards')],
          item: [
            display('ward-help', 'The ward name is on your discharge letter.', control('help')),
            display('ward-prompt', 'For example: Ward 4, Maple.', control('prompt')),
          ],
        },
        {
          linkId: 'kind',
          type: 'choice',
          text: 'Was your stay planned?',
          answerOption: [{valueString: 'Planned'}, {valueString: 'Emergency'}],
          item: [display('kind-legal', 'Your answer is not shared with your doctor.', control('legal'))],
        },
        {
          linkId: 'room',
          type: 'choice',
          text: 'What kind of room?',
          extension: [control('drop-down')],
          answerOption: [{valueString: 'Single'}, {valueString: 'Shared'}],
          item: [display('room-security', 'We never ask for your room number.', category('security'))],
        },
        {
          linkId: 'pain',
          type: 'integer',
          text: 'How much pain did you have?',
          extension: [control('slider')],
          item: [display('pain-flyover', '0 is no pain, 10 the worst you can imagine.', control('flyover'))],
        },
      ],
    },
  ],
};

describe('SDC: help and instructions', () => {
  it('shows each help text with its question, read with it, and no help as a question of its own', async () => {
    const el = await feedbackForm({}, HELPED);
    const group = $(el, 'section.group')!;
    expect(description(el, group)).to.equal('Think about your most recent stay.');
    expect(description(el, $(el, 'input[type="text"]')!)).to.equal(
      'The ward name is on your discharge letter. | For example: Ward 4, Maple.',
    );
    const [kind] = $$(el, 'fieldset.options');
    expect(description(el, kind!)).to.equal('Your answer is not shared with your doctor.');
    expect(description(el, $(el, 'select')!)).to.equal('We never ask for your room number.');
    expect(description(el, $(el, 'input[type="range"]')!)).to.equal('0 is no pain, 10 the worst you can imagine.');
    // The help is part of its question, not a display item after it.
    expect($$(el, '.display')).to.have.length(0);
    expect([...$$(el, '.question')].map((q) => q.querySelectorAll('.hint[id]').length)).to.deep.equal([2, 1, 1, 1]);
    await expectAccessible(el);
  });

  it('shows a group’s instructions under its step’s heading, with paging="group"', async () => {
    const el = await feedbackForm(
      {paging: 'group'},
      {...HELPED, item: [...HELPED.item, {linkId: 'end', type: 'string', text: 'Anything else?'}]},
    );
    expect(textOf($(el, '.step-heading'))).to.equal('Step 1 of 2: About your stay');
    expect(textOf($(el, '.hint--instructions'))).to.equal('Think about your most recent stay.');
    expect($(el, '.hint--instructions')!.closest('.question')).to.equal(null);
  });

  it('opens help and flyover text as a disclosure, by keyboard', async () => {
    const el = await feedbackForm({}, HELPED);
    const [wardHelp, painHelp] = $$<HTMLDetailsElement>(el, 'details.help');
    expect(wardHelp!.open).to.equal(false);
    expect(textOf(wardHelp!.querySelector('summary'))).to.equal('Help with this question');
    for (const details of [wardHelp!, painHelp!]) {
      await focusOn(el, details.querySelector('summary')!);
      await sendKeys({press: 'Enter'});
      await until(() => details.open, 'the help to open');
      expect(textOf(details)).to.contain(details === wardHelp ? 'discharge letter' : 'no pain');
    }
    await expectAccessible(el);
  });

  it('links to more about a question, in a new tab, and leaves out an unsafe link, naming it', async () => {
    const el = await feedbackForm({}, HELPED);
    const link = $<HTMLAnchorElement>(el, '.question a')!;
    expect(link.href).to.equal('https://hospital.example/wards');
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(textOf(link)).to.equal('More about this question (opens in a new tab)');

    const unsafe = document.createElement('cl-feedback-form');
    unsafe.questionnaire = {
      resourceType: 'Questionnaire',
      item: [{linkId: 'a', type: 'string', text: 'Anything else?', extension: [supportLink('javascript:alert(1)')]}],
    };
    const error = oneEvent(unsafe, 'cl-error');
    mount(unsafe);
    const {detail} = (await error) as CustomEvent<CareloopErrorDetail>;
    await settled(unsafe);
    expect(detail.problems.map((p) => [p.code, p.path])).to.deep.equal([
      ['unsafe-url', 'item[0].extension(supportLink)'],
    ]);
    expect($(unsafe, 'a')).to.equal(null);
    expect($(unsafe, 'input')).to.not.equal(null);
  });

  it('answers with help around every control, and sends no help in the response', async () => {
    const el = await feedbackForm({'no-role': '', 'no-contact': ''}, HELPED);
    await write(el, 'Which ward were you on?', 'Maple');
    await pick(el, 'Was your stay planned?', 'Emergency');
    const envelope = await submitted(el);
    expect(envelope.data.answers).to.deep.include({ward: 'Maple', kind: 'Emergency'});
    expect(JSON.stringify(envelope.fhir)).to.not.contain('-help');
    expect(JSON.stringify(envelope.fhir)).to.not.contain('discharge letter');
  });
});

const HL7 = 'http://hl7.org/fhir/StructureDefinition/';
const UCUM = 'http://unitsofmeasure.org';
const ext = (name: string, value: Record<string, unknown>) => ({url: `${HL7}${name}`, ...value});
const ucum = (code: string, display: string) => ({system: UCUM, code, display});

const MEASURED = {
  resourceType: 'Questionnaire',
  item: [
    {
      linkId: 'weight',
      type: 'quantity',
      text: 'Your weight',
      extension: [
        ext('questionnaire-unit', {valueCoding: ucum('kg', 'kg')}),
        ext('maxDecimalPlaces', {valueInteger: 1}),
      ],
    },
    {
      linkId: 'height',
      type: 'quantity',
      text: 'Your height',
      extension: [
        ext('questionnaire-unitOption', {valueCoding: ucum('cm', 'centimetres')}),
        ext('questionnaire-unitOption', {valueCoding: ucum('[in_i]', 'inches')}),
      ],
    },
  ],
};

describe('SDC: quantities and units', () => {
  it('names a single unit beside its box, offers a choice of units, and sends valueQuantity', async () => {
    const el = await feedbackForm({'no-role': '', 'no-contact': ''}, MEASURED);
    const weight = await write(el, 'Your weight', '72,5');
    expect(weight.inputMode).to.equal('decimal');
    expect(description(el, weight)).to.equal('kg');
    // The height's unit is a labelled choice, centimetres until another is chosen.
    const unit = $<HTMLSelectElement>(el, 'select')!;
    expect(textOf(el.shadowRoot!.querySelector(`label[for="${unit.id}"]`))).to.equal('Unit');
    expect([...unit.options].map((o) => o.text)).to.deep.equal(['centimetres', 'inches']);
    await expectAccessible(el);
    await write(el, 'Your height', '70');
    await chooseOption(el, unit, '1');

    const envelope = await submitted(el);
    const answers = Object.fromEntries((envelope.fhir.item ?? []).map((i) => [i.linkId, i.answer]));
    expect(answers['weight']).to.deep.equal([{valueQuantity: {value: 72.5, unit: 'kg', system: UCUM, code: 'kg'}}]);
    expect(answers['height']).to.deep.equal([
      {valueQuantity: {value: 70, unit: 'inches', system: UCUM, code: '[in_i]'}},
    ]);
    expect(envelope.data.answers).to.deep.equal({
      weight: {value: 72.5, unit: 'kg'},
      height: {value: 70, unit: '[in_i]'},
    });
  });

  it('asks for fewer decimal places than typed, at the field and in the summary', async () => {
    const el = await feedbackForm({'no-role': '', 'no-contact': ''}, MEASURED);
    await write(el, 'Your weight', '72.55');
    await send(el);
    await until(() => $(el, '.error-summary') !== null, 'the error summary');
    expect(textOf($(el, '.error-summary a'))).to.contain('Enter a number with fewer decimal places, like 12.3');
    expect(textOf($(el, '.question--error'))).to.contain('Enter a number with fewer decimal places, like 12.3');
    await expectAccessible(el);
  });
});

const CHECKED = {
  resourceType: 'Questionnaire',
  item: [
    {
      linkId: 'nhs',
      type: 'string',
      text: 'Your NHS number',
      extension: [
        ext('regex', {valueString: '^\\d{3} ?\\d{3} ?\\d{4}$'}),
        ext('entryFormat', {valueString: '999 999 9999'}),
      ],
    },
    {
      linkId: 'story',
      type: 'text',
      text: 'Tell us what happened',
      extension: [ext('minLength', {valueInteger: 10})],
    },
    {
      linkId: 'staff',
      type: 'string',
      text: 'Who looked after you?',
      repeats: true,
      extension: [ext('questionnaire-minOccurs', {valueInteger: 2}), ext('questionnaire-maxOccurs', {valueInteger: 3})],
    },
    {
      linkId: 'slow',
      type: 'string',
      text: 'A word',
      extension: [ext('regex', {valueString: '(a)\\1'})],
    },
  ],
};

describe('SDC: checks on what is typed', () => {
  it('names each check that fails, in the person’s terms, and sends once they pass', async () => {
    const el = document.createElement('cl-feedback-form');
    el.setAttribute('no-role', '');
    el.setAttribute('no-contact', '');
    el.questionnaire = CHECKED;
    const error = oneEvent(el, 'cl-error');
    mount(el);
    // The backreference is refused (it needs backtracking), and named; its question takes any answer.
    const {detail} = (await error) as CustomEvent<CareloopErrorDetail>;
    expect(detail.problems.map((p) => [p.code, p.path])).to.deep.equal([['ignored', 'item[3].extension(regex)']]);
    expect(detail.problems[0]!.detail).to.match(/backreference/);
    await until(() => $(el, '[aria-busy]') === null && $(el, 'input') !== null, 'the questions to show');

    await write(el, 'Your NHS number', '943 476 591');
    await write(el, 'Tell us what happened', 'Fine');
    await write(el, 'Who looked after you?', 'Sam');
    await write(el, 'A word', 'aa');
    await send(el);
    await until(() => $(el, '.error-summary') !== null, 'the error summary');
    expect($$(el, '.error-summary a').map(textOf)).to.deep.equal([
      'Your NHS number: Enter it in this form: 999 999 9999',
      'Tell us what happened: Use 10 characters or more',
      'Who looked after you?: Give at least 2 answers',
    ]);
    await expectAccessible(el);

    // Adds to what is there: focus, the end of the text, and type.
    const append = async (question: string, text: string) => {
      await write(el, question, '');
      await sendKeys({press: 'End'});
      await type(el, text);
    };
    await append('Your NHS number', '9');
    await append('Tell us what happened', ' went well');
    $$<HTMLButtonElement>(el, 'button')
      .find((b) => textOf(b) === 'Add another answer')!
      .click();
    await until(() => el.shadowRoot!.activeElement?.id.endsWith('-1') === true, 'the new field to have focus');
    await type(el, 'Alex');
    const envelope = await submitted(el);
    expect(envelope.data.answers).to.deep.equal({
      nhs: '943 476 5919',
      story: 'Fine went well',
      staff: ['Sam', 'Alex'],
      slow: 'aa',
    });
  });

  it('asks for only one answer, in the singular, where maxOccurs is 1', async () => {
    const el = await feedbackForm(
      {'no-role': '', 'no-contact': ''},
      {
        resourceType: 'Questionnaire',
        item: [
          {
            linkId: 'main',
            type: 'choice',
            repeats: true,
            text: 'Your main reason',
            extension: [ext('questionnaire-maxOccurs', {valueInteger: 1})],
            answerOption: [{valueString: 'Pain'}, {valueString: 'A check-up'}],
          },
        ],
      },
    );
    await pick(el, 'Your main reason', 'Pain');
    await pick(el, 'Your main reason', 'A check-up');
    await send(el);
    await until(() => $(el, '.error-summary') !== null, 'the error summary');
    expect($$(el, '.error-summary a').map(textOf)).to.deep.equal(['Your main reason: Select only one answer']);
  });
});

const SDC = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/';
const inFrench = (content: string) => ({
  extension: [
    {
      url: `${HL7}translation`,
      extension: [
        {url: 'lang', valueCode: 'fr'},
        {url: 'content', valueString: content},
      ],
    },
  ],
});
const option = (code: string, display: string, ...extension: unknown[]) => ({
  valueCoding: {code, display},
  ...(extension.length > 0 ? {extension} : {}),
});

const HINTED = {
  resourceType: 'Questionnaire',
  item: [
    {
      linkId: 'intro',
      type: 'display',
      text: 'Please read this first.',
      _text: {
        extension: [
          ext('rendering-markdown', {valueMarkdown: '**Please** read this first.'}),
          ext('rendering-style', {valueString: 'background: url(https://tracker.invalid/pixel.png); color: red'}),
        ],
      },
    },
    {
      linkId: 'symptoms',
      type: 'choice',
      repeats: true,
      required: true,
      text: 'Which of these did you have after your operation, if any?',
      extension: [
        {url: `${SDC}sdc-questionnaire-shortText`, valueString: 'Symptoms'},
        ext('questionnaire-choiceOrientation', {valueCode: 'horizontal'}),
      ],
      answerOption: [
        option('pain', 'Pain', ext('questionnaire-optionPrefix', {valueString: 'a)'})),
        option('nausea', 'Nausea', ext('questionnaire-optionPrefix', {valueString: 'b)'})),
        option('none', 'None of these', ext('questionnaire-optionExclusive', {valueBoolean: true})),
      ],
    },
    {
      linkId: 'heard',
      type: 'open-choice',
      text: 'How did you hear about us?',
      extension: [
        {url: `${SDC}sdc-questionnaire-openLabel`, valueString: 'Another way', _valueString: inFrench('Autrement')},
      ],
      answerOption: [option('gp', 'From my GP')],
    },
    {
      linkId: 'food',
      type: 'string',
      text: 'How was the food?',
      _text: {extension: [ext('rendering-markdown', {valueMarkdown: 'How was the *food*?'})]},
    },
    {
      linkId: 'pain',
      type: 'integer',
      text: 'How much pain do you have now?',
      extension: [
        control('slider'),
        ext('minValue', {valueInteger: 0}),
        ext('maxValue', {valueInteger: 10}),
        ext('questionnaire-sliderStepValue', {valueInteger: 2}),
      ],
      item: [display('pain-lower', 'No pain', control('lower')), display('pain-upper', 'Worst pain', control('upper'))],
    },
  ],
};

describe('SDC: rendering hints', () => {
  afterEach(() => useDocumentLanguage('en'));

  it('lays the options out side by side with their prefixes, and a “none of these” clears the others', async () => {
    const el = await feedbackForm({'no-role': '', 'no-contact': ''}, HINTED);
    const [symptoms] = $$(el, 'fieldset.options');
    expect(symptoms!.classList.contains('options--horizontal')).to.equal(true);
    const labels = [...symptoms!.querySelectorAll('.option label')].map(textOf);
    expect(labels).to.deep.equal(['a) Pain', 'b) Nausea', 'None of these']);
    const boxes = [...symptoms!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    const press = async (box: HTMLInputElement) => {
      await focusOn(el, box);
      await sendKeys({press: ' '});
      await el.updateComplete;
    };
    await press(boxes[0]!);
    await press(boxes[1]!);
    expect(boxes.map((b) => b.checked)).to.deep.equal([true, true, false]);
    await press(boxes[2]!);
    expect(boxes.map((b) => b.checked)).to.deep.equal([false, false, true]);
    await press(boxes[1]!);
    expect(boxes.map((b) => b.checked)).to.deep.equal([false, true, false]);
    await expectAccessible(el);
    const envelope = await submitted(el);
    const symptomsAnswer = envelope.fhir.item?.find((i) => i.linkId === 'symptoms')?.answer;
    expect(symptomsAnswer).to.deep.equal([{valueCoding: {code: 'nausea', display: 'Nausea'}}]);
  });

  it('calls a question by its short text in the error summary', async () => {
    const el = await feedbackForm({'no-role': '', 'no-contact': ''}, HINTED);
    await send(el);
    await until(() => $(el, '.error-summary') !== null, 'the error summary');
    const link = textOf($(el, '.error-summary a'));
    expect(link).to.contain('Symptoms');
    expect(link).to.not.contain('after your operation');
    // At the question itself, the full question stays.
    expect(textOf($(el, 'fieldset.options legend'))).to.contain('after your operation');
  });

  it('names an open choice’s own answer with its openLabel, translated', async () => {
    const el = await feedbackForm({}, HINTED);
    const other = () => $$(el, 'fieldset.options')[1]!.querySelectorAll('.option label')[1];
    expect(textOf(other())).to.equal('Another way');
    await useDocumentLanguage('fr');
    await el.updateComplete;
    await until(() => textOf(other()) === 'Autrement', 'the French openLabel');
  });

  it('moves a slider in its steps, with what its ends mean beside them and read with it', async () => {
    const el = await feedbackForm({'no-role': '', 'no-contact': ''}, HINTED);
    const slider = $<HTMLInputElement>(el, 'input[type="range"]')!;
    expect(slider.step).to.equal('2');
    expect([...$$(el, '.slider__end')].map(textOf)).to.deep.equal(['0 No pain', '10 Worst pain']);
    expect(description(el, slider)).to.equal('No pain | Worst pain');
    // The ends are not shown again as hint text.
    expect($(el, '.hint--lower, .hint--upper')).to.equal(null);
    await focusOn(el, slider);
    await sendKeys({press: 'ArrowRight'});
    await until(() => textOf($(el, '.slider__value')) !== '–', 'the slider to be answered');
    expect(Number(slider.value) % 2).to.equal(0);
    await expectAccessible(el);
    await pick(el, 'Which of these', 'None of these');
    const envelope = await submitted(el);
    const pain = envelope.fhir.item?.find((i) => i.linkId === 'pain')?.answer?.[0]?.valueInteger;
    expect(pain).to.equal(Number(slider.value));
  });

  it('renders rendering-markdown without its HTML, applies no rendering-style, and prefers a translation', async () => {
    const el = await feedbackForm({}, HINTED);
    await until(() => $(el, '.display strong') !== null, 'the Markdown to render');
    expect(textOf($(el, '.display strong'))).to.equal('Please');
    const food = $$(el, 'label.question__label').find((l) => textOf(l).startsWith('How was the'));
    expect(textOf(food!.querySelector('em'))).to.equal('food');
    // The questionnaire's CSS is never applied: no style attribute, no background image.
    expect($(el, '[style]')).to.equal(null);
    expect(getComputedStyle($(el, '.display')!).backgroundImage).to.equal('none');
    await expectAccessible(el);

    await useDocumentLanguage('fr');
    const translatedForm = await feedbackForm(
      {},
      {
        ...HINTED,
        item: [
          {
            ...HINTED.item[0],
            _text: {extension: [...HINTED.item[0]!._text!.extension, ...inFrench('Lisez ceci d’abord.').extension]},
          },
        ],
      },
    );
    expect(textOf($(translatedForm, '.display'))).to.equal('Lisez ceci d’abord.');
    expect($(translatedForm, '.display strong')).to.equal(null);
  });
});

const expression = (kind: string, text: string, name?: string) => ({
  url: kind === 'variable' ? `${HL7}variable` : `${SDC}sdc-questionnaire-${kind}`,
  valueExpression: {language: 'text/fhirpath', expression: text, ...(name ? {name} : {})},
});
const scored = (code: string, display: string, score: number) => ({
  valueCoding: {system: 'http://loinc.org', code, display},
  extension: [{url: `${HL7}ordinalValue`, valueDecimal: score}],
});
const FREQUENCY = [
  scored('LA6568-5', 'Not at all', 0),
  scored('LA6569-3', 'Several days', 1),
  scored('LA6570-1', 'More than half the days', 2),
  scored('LA6571-9', 'Nearly every day', 3),
];

/** A PHQ-2-like screen: two scored questions, a total worked out as they are answered, and a follow-up. */
const SCORED = {
  resourceType: 'Questionnaire',
  extension: [expression('variable', '3', 'threshold')],
  item: [
    {linkId: 'interest', type: 'choice', text: 'Little interest or pleasure in doing things', answerOption: FREQUENCY},
    {linkId: 'mood', type: 'choice', text: 'Feeling down, depressed or hopeless', answerOption: FREQUENCY},
    {
      linkId: 'total',
      type: 'integer',
      text: 'Total score',
      extension: [
        expression('calculatedExpression', "%resource.item.where(linkId != 'total').answer.value.weight().sum()"),
      ],
    },
    {
      linkId: 'support',
      type: 'string',
      text: 'Would you like someone to call you?',
      extension: [
        expression('enableWhenExpression', "%resource.item.where(linkId = 'total').answer.value >= %threshold"),
      ],
    },
    {
      linkId: 'age',
      type: 'integer',
      text: 'Your age',
      extension: [expression('initialExpression', '%patient.birthDate.toString().substring(0, 4).toInteger()')],
    },
  ],
};

describe('SDC: FHIRPath', () => {
  it('works out a total as the person answers, asks a follow-up on it, and sends the total', async () => {
    const el = await feedbackForm({'no-role': '', 'no-contact': ''}, SCORED);
    const total = () => $$<HTMLInputElement>(el, 'input').find((i) => i.readOnly)!;
    expect(total().value).to.equal('');
    expect(questions(el)).to.not.include('Would you like someone to call you?');
    await pick(el, 'Little interest', 'Several days');
    await until(() => total().value === '1', 'the total to be 1');
    expect(questions(el)).to.not.include('Would you like someone to call you?');
    await pick(el, 'Feeling down', 'More than half the days');
    await until(() => total().value === '3', 'the total to be 3');
    expect(questions(el)).to.include('Would you like someone to call you?');
    await expectAccessible(el);
    // Changing an answer works the total out again, and the follow-up goes when it no longer holds.
    await pick(el, 'Feeling down', 'Not at all');
    await until(() => total().value === '1', 'the total to be 1 again');
    expect(questions(el)).to.not.include('Would you like someone to call you?');
    await pick(el, 'Feeling down', 'Nearly every day');
    await write(el, 'Would you like someone to call you?', 'Yes please');

    const envelope = await submitted(el);
    const answers = Object.fromEntries((envelope.fhir.item ?? []).map((i) => [i.linkId, i.answer]));
    expect(answers['total']).to.deep.equal([{valueInteger: 4}]);
    expect(answers['support']).to.deep.equal([{valueString: 'Yes please'}]);
    expect(envelope.data.answers).to.deep.include({total: 4, support: 'Yes please'});
  });

  it('starts an answer from the launch context the page gives, which the person can change', async () => {
    const el = document.createElement('cl-feedback-form');
    el.launchContext = {patient: {resourceType: 'Patient', birthDate: '1950-04-01'}};
    el.questionnaire = {...SCORED, item: [SCORED.item[4]]};
    mount(el);
    await settled(el);
    await until(() => $<HTMLInputElement>(el, 'input')?.value === '1950', 'the initial answer');
    const age = await write(el, 'Your age', '9');
    expect(age.value).to.equal('19509');
  });

  it('names an expression that fails, and never keeps the person from answering', async () => {
    const broken = {
      ...SCORED,
      item: [
        SCORED.item[0],
        {...SCORED.item[2], extension: [expression('calculatedExpression', "%resource.item.where(linkId = 'x'")]},
        {...SCORED.item[3], extension: [expression('enableWhenExpression', 'nosuchfunction()')]},
      ],
    };
    const el = document.createElement('cl-feedback-form');
    el.setAttribute('no-role', '');
    el.setAttribute('no-contact', '');
    el.questionnaire = broken;
    const errors: CareloopErrorDetail[] = [];
    el.addEventListener('cl-error', (e) => errors.push(e.detail));
    mount(el);
    await settled(el);
    await until(() => errors.length >= 2, 'both expressions to be named');
    expect(errors.flatMap((e) => e.problems.map((p) => [p.code, p.path])).sort()).to.deep.equal([
      ['ignored', 'support.extension(enableWhenExpression)'],
      ['ignored', 'total.extension(calculatedExpression)'],
    ]);
    // The follow-up is asked (its condition could not be worked out), and the form sends.
    await until(() => questions(el).includes('Would you like someone to call you?'), 'the follow-up');
    await pick(el, 'Little interest', 'Several days');
    await write(el, 'Would you like someone to call you?', 'No');
    const envelope = await submitted(el);
    expect(envelope.fhir.item?.map((i) => i.linkId)).to.deep.equal(['interest', 'support']);
  });
});

const WARDS = {
  resourceType: 'Questionnaire',
  item: [
    {
      linkId: 'area',
      type: 'choice',
      text: 'Who was treated?',
      answerOption: [
        {valueCoding: {code: 'child', display: 'A child'}},
        {valueCoding: {code: 'adult', display: 'An adult'}},
      ],
    },
    {
      linkId: 'ward',
      type: 'choice',
      text: 'Which ward?',
      extension: [
        expression(
          'answerExpression',
          "iif(%resource.item.where(linkId = 'area').answer.value.code = 'child', 'Rainbow ward' | 'Play room', 'Ward 4' | 'Ward 5')",
        ),
      ],
    },
  ],
};

describe('SDC: answer options from FHIRPath', () => {
  it('offers the options an answerExpression works out, and keeps a choice only while it is offered', async () => {
    const el = await feedbackForm({'no-role': '', 'no-contact': ''}, WARDS);
    const wardOptions = () => [...$$(el, 'fieldset.options')[1]!.querySelectorAll('.option label')].map(textOf);
    expect(wardOptions()).to.deep.equal(['Ward 4', 'Ward 5']);
    await pick(el, 'Who was treated?', 'A child');
    await until(() => wardOptions()[0] === 'Rainbow ward', 'the children’s wards');
    expect(wardOptions()).to.deep.equal(['Rainbow ward', 'Play room']);
    await pick(el, 'Which ward?', 'Play room');
    await expectAccessible(el);
    await pick(el, 'Who was treated?', 'An adult');
    await until(() => wardOptions()[0] === 'Ward 4', 'the adult wards');
    // "Play room" is no longer offered, so nothing is chosen.
    expect(
      [...$$<HTMLInputElement>(el, 'fieldset.options')[1]!.querySelectorAll('input')].some((i) => i.checked),
    ).to.equal(false);
    await pick(el, 'Which ward?', 'Ward 5');
    const envelope = await submitted(el);
    const ward = envelope.fhir.item?.find((i) => i.linkId === 'ward')?.answer;
    expect(ward).to.deep.equal([{valueString: 'Ward 5'}]);
  });
});

const LAID_OUT = {
  resourceType: 'Questionnaire',
  item: [
    {
      linkId: 'you',
      type: 'group',
      text: 'About you',
      extension: [control('page')],
      item: [{linkId: 'name', type: 'string', text: 'Your first name', required: true}],
    },
    {
      linkId: 'tabs',
      type: 'group',
      extension: [control('tab-container')],
      item: [
        {
          linkId: 'arrival',
          type: 'group',
          text: 'Arriving',
          extension: [control('tab')],
          item: [{linkId: 'welcome', type: 'boolean', text: 'Were you made welcome?'}],
        },
        {
          linkId: 'leaving',
          type: 'group',
          text: 'Leaving',
          extension: [control('tab')],
          item: [{linkId: 'told', type: 'boolean', text: 'Were you told what happens next?'}],
        },
      ],
    },
  ],
};

describe('SDC: page and tab layouts', () => {
  it('shows pages and tabs as steps, by keyboard, naming no hint it knows', async () => {
    const el = document.createElement('cl-feedback-form');
    el.setAttribute('no-role', '');
    el.setAttribute('no-contact', '');
    el.questionnaire = LAID_OUT;
    const errors: CareloopErrorDetail[] = [];
    el.addEventListener('cl-error', (e) => errors.push(e.detail));
    mount(el);
    await settled(el);
    await until(() => $(el, '.step-heading') !== null, 'the first step');
    expect(textOf($(el, '.step-heading'))).to.equal('Step 1 of 3: About you');
    await expectAccessible(el);
    // A page's required question is checked before the next page.
    await send(el);
    await until(() => $(el, '.error-summary') !== null, 'the error summary');
    await write(el, 'Your first name', 'Ada');
    for (const title of ['Arriving', 'Leaving']) {
      await send(el);
      await until(() => textOf($(el, '.step-heading')).endsWith(title), `the ${title} step`);
      expect(el.shadowRoot!.activeElement?.classList.contains('step-heading')).to.equal(true);
    }
    expect(textOf($(el, '.step-heading'))).to.equal('Step 3 of 3: Leaving');
    await pick(el, 'Were you told', 'Yes');
    const envelope = await submitted(el);
    expect(envelope.data.answers).to.deep.equal({name: 'Ada', told: true});
    // Both layouts are known: nothing was named as ignored.
    expect(errors.flatMap((e) => e.problems)).to.deep.equal([]);
    const tabs = envelope.fhir.item?.find((i) => i.linkId === 'tabs');
    expect(tabs?.item?.map((i) => i.linkId)).to.deep.equal(['leaving']);
  });
});

describe('SDC: a tab-container', () => {
  const tabList = (el: FeedbackForm) => $(el, '[role="tablist"]')!;
  const tabNames = (el: FeedbackForm) => $$(el, '[role="tab"]').map(textOf);
  const selectedTab = (el: FeedbackForm) => textOf($(el, '[role="tab"][aria-selected="true"]'));
  const press = async (el: FeedbackForm, key: string, tab: string) => {
    await sendKeys({press: key});
    await until(() => selectedTab(el) === tab && textOf(focusedIn(el)) === tab, `the ${tab} tab, focused`);
  };

  it('is tabs where the form is wide: the arrow keys, Home and End choose a tab, Tab goes into its panel', async () => {
    const el = await feedbackForm({'no-role': '', 'no-contact': ''}, LAID_OUT);
    el.style.inlineSize = '40rem';
    await write(el, 'Your first name', 'Ada');
    await send(el);
    await until(() => $(el, '[role="tab"]') !== null, 'the tabs');
    expect(getComputedStyle(tabList(el)).display).to.not.equal('none');
    expect(tabList(el).getAttribute('aria-label')).to.equal(null);
    expect(tabNames(el)).to.deep.equal(['Arriving', 'Leaving']);
    expect(selectedTab(el)).to.equal('Arriving');
    // The panel is named by its tab; the step count and bar are the tabs' to show now.
    const panel = $(el, '[role="tabpanel"]')!;
    expect(el.shadowRoot!.getElementById(panel.getAttribute('aria-labelledby')!)).to.equal(
      $(el, '[aria-selected="true"]'),
    );
    expect(getComputedStyle($(el, '.progress__count')!).display).to.equal('none');
    await expectAccessible(el);
    // From the start of the form, Tab comes to the chosen tab: the tab list's only stop.
    await focusOn(el, $(el, '.start')!);
    await sendKeys({press: 'Tab'});
    await until(() => textOf(focusedIn(el)) === 'Arriving', 'the chosen tab');
    await press(el, 'ArrowRight', 'Leaving');
    expect(textOf($(el, '[role="tabpanel"]'))).to.contain('Were you told what happens next?');
    expect(textOf($(el, '[role="tabpanel"]'))).to.not.contain('Were you made welcome?');
    await press(el, 'ArrowRight', 'Arriving');
    await press(el, 'End', 'Leaving');
    await press(el, 'Home', 'Arriving');
    await press(el, 'ArrowLeft', 'Leaving');
    await expectAccessible(el);
    await sendKeys({press: 'Tab'});
    await until(() => focusedIn(el)?.getAttribute('type') === 'radio', 'the first answer in the panel');
    await sendKeys({press: ' '});
    await until(() => (focusedIn(el) as HTMLInputElement).checked, 'Yes chosen');
    // A click chooses a tab too; what was answered on another tab stays.
    $$<HTMLButtonElement>(el, '[role="tab"]')[0]!.click();
    await until(() => selectedTab(el) === 'Arriving', 'the Arriving tab');
    await pick(el, 'Were you made welcome?', 'No');
    // Next still goes on to the next tab (and Send is on the last).
    await send(el);
    await until(() => selectedTab(el) === 'Leaving', 'the Leaving tab');
    const envelope = await submitted(el);
    expect(envelope.data.answers).to.deep.equal({name: 'Ada', welcome: false, told: true});
  });

  it('sent from a later tab, shows the first tab with a problem, and a summary of that tab’s problems', async () => {
    const required = structuredClone(LAID_OUT);
    for (const tab of required.item[1]!.item as {item: object[]}[])
      for (const q of tab.item) Object.assign(q, {required: true});
    const el = await feedbackForm({'no-role': '', 'no-contact': ''}, required);
    await write(el, 'Your first name', 'Ada');
    await send(el);
    await until(() => $(el, '[role="tab"]') !== null, 'the tabs');
    $$<HTMLButtonElement>(el, '[role="tab"]')[1]!.click();
    await until(() => selectedTab(el) === 'Leaving', 'the Leaving tab');
    await send(el);
    await until(() => $(el, '.error-summary') !== null, 'the error summary');
    expect(selectedTab(el)).to.equal('Arriving');
    // Every link in the summary goes to a question on the tab shown.
    const links = $$<HTMLAnchorElement>(el, '.error-summary a');
    expect(links.map(textOf)).to.deep.equal(['Were you made welcome?: Select an answer']);
    expect(el.shadowRoot!.querySelector(links[0]!.getAttribute('href')!)).to.not.equal(null);
    await expectAccessible(el);
    await pick(el, 'Were you made welcome?', 'Yes');
    await send(el);
    await until(() => selectedTab(el) === 'Leaving', 'the Leaving tab again');
    await send(el);
    await until(() => textOf($(el, '.error-summary')).includes('Were you told'), 'the Leaving tab’s problem');
    await pick(el, 'Were you told', 'No');
    const envelope = await submitted(el);
    expect(envelope.data.answers).to.deep.equal({name: 'Ada', welcome: true, told: false});
  });

  it('is steps where the form is narrow (a small screen, 400 % zoom), and names its tab list', async () => {
    const named = structuredClone(LAID_OUT);
    named.item[1]!.text = 'Your visit';
    const el = await feedbackForm({'no-role': '', 'no-contact': ''}, named);
    await write(el, 'Your first name', 'Ada');
    await send(el);
    await until(() => $(el, '[role="tablist"]') !== null, 'the tabs');
    expect(tabList(el).getAttribute('aria-label')).to.equal('Your visit');
    el.style.inlineSize = '20rem';
    await until(() => getComputedStyle(tabList(el)).display === 'none', 'the tab list to go');
    expect(getComputedStyle($(el, '.progress__count')!).display).to.not.equal('none');
    expect(textOf($(el, '.step-heading'))).to.equal('Step 2 of 3: Arriving');
    await expectAccessible(el);
    await send(el);
    await until(() => textOf($(el, '.step-heading')).endsWith('Leaving'), 'the Leaving step');
    expect(el.shadowRoot!.activeElement?.classList.contains('step-heading')).to.equal(true);
    // Wide again: the same step, now a tab.
    el.style.inlineSize = '40rem';
    await until(() => getComputedStyle(tabList(el)).display !== 'none', 'the tab list again');
    expect(selectedTab(el)).to.equal('Leaving');
  });
});

const MEDICINES = {
  resourceType: 'Questionnaire',
  item: [
    {
      linkId: 'medicine',
      type: 'group',
      text: 'A medicine you take',
      repeats: true,
      item: [
        {linkId: 'name', type: 'string', text: 'Name of the medicine', required: true},
        {linkId: 'daily', type: 'boolean', text: 'Do you take it every day?'},
        {
          linkId: 'when',
          type: 'string',
          text: 'When do you take it?',
          enableWhen: [{question: 'daily', operator: '=', answerBoolean: false}],
        },
      ],
    },
  ],
};

describe('SDC: repeating groups', () => {
  it('adds and removes instances by keyboard, each with its own answers and its own item in the response', async () => {
    const el = await feedbackForm({'no-role': '', 'no-contact': ''}, MEDICINES);
    const button = (text: string) => $$<HTMLButtonElement>(el, 'button').find((b) => textOf(b) === text)!;
    await write(el, 'Name of the medicine', 'Metformin');
    await pick(el, 'Do you take it every day?', 'Yes');
    for (const n of [2, 3]) {
      await pressEnter(el, button('Add another: A medicine you take'));
      // Focus moves to the new instance's first question.
      await until(() => focusedIn(el)?.id === `${$$(el, 'input')[0]!.id}-${n}`, `instance ${n}'s first question`);
    }
    expect($$(el, 'section.group')).to.have.length(3);
    await type(el, 'Aspirin');
    await expectAccessible(el);
    // Each instance's conditions read its own answers.
    const [, second, third] = $$(el, 'section.group');
    second!.querySelectorAll<HTMLInputElement>('input[type="radio"]')[1]!.click();
    await el.updateComplete;
    expect(textOf(second)).to.contain('When do you take it?');
    expect(textOf(third)).to.not.contain('When do you take it?');
    await pressEnter(el, button('Remove A medicine you take 2'));
    await until(() => $$(el, 'section.group').length === 2, 'the second instance to go');
    expect(focusedIn(el)?.textContent?.trim()).to.equal('Add another: A medicine you take');
    await pressEnter(el, button('Remove A medicine you take 2'));
    await until(() => $$(el, 'section.group').length === 1, 'the third instance to go');
    await pressEnter(el, button('Add another: A medicine you take'));
    await until(() => $$(el, 'section.group').length === 2, 'a new instance');
    await type(el, 'Ramipril');

    const envelope = await submitted(el);
    expect(envelope.fhir.item).to.deep.equal([
      {
        linkId: 'medicine',
        text: 'A medicine you take',
        item: [
          {linkId: 'name', text: 'Name of the medicine', answer: [{valueString: 'Metformin'}]},
          {linkId: 'daily', text: 'Do you take it every day?', answer: [{valueBoolean: true}]},
        ],
      },
      {
        linkId: 'medicine',
        text: 'A medicine you take',
        item: [{linkId: 'name', text: 'Name of the medicine', answer: [{valueString: 'Ramipril'}]}],
      },
    ]);
    expect(envelope.data.answers).to.deep.equal({name: 'Metformin', daily: true, 'name#2': 'Ramipril'});
  });

  it('works out each instance’s own expressions, on its own answers (%context)', async () => {
    // A group's variable reads the group's own item of the response; the total inside it uses it.
    const DOSES = {
      resourceType: 'Questionnaire',
      item: [
        {
          linkId: 'medicine',
          type: 'group',
          text: 'A medicine you take',
          repeats: true,
          extension: [
            expression('variable', "item.where(linkId = 'tablets').answer.value", 'tablets'),
            expression('variable', "%context.item.where(linkId = 'times').answer.value", 'times'),
          ],
          item: [
            {linkId: 'tablets', type: 'integer', text: 'Tablets each time'},
            {linkId: 'times', type: 'integer', text: 'Times a day'},
            {
              linkId: 'daily',
              type: 'integer',
              text: 'Tablets a day',
              readOnly: true,
              extension: [expression('calculatedExpression', '%tablets * %times')],
            },
            {
              linkId: 'form',
              type: 'string',
              text: 'How do you take it?',
              extension: [expression('initialExpression', "'By mouth'")],
            },
          ],
        },
        {
          linkId: 'all',
          type: 'integer',
          text: 'Tablets a day in all',
          readOnly: true,
          extension: [
            expression(
              'calculatedExpression',
              "%resource.item.where(linkId = 'medicine').item.where(linkId = 'daily').answer.value.sum()",
            ),
          ],
        },
      ],
    };
    const el = await feedbackForm({'no-role': '', 'no-contact': ''}, DOSES);
    const readOnly = () =>
      $$<HTMLInputElement>(el, 'input')
        .filter((i) => i.readOnly)
        .map((i) => i.value);
    await write(el, 'Tablets each time', '2');
    await write(el, 'Times a day', '3');
    await until(() => readOnly().join() === '6,6', 'six a day');
    const add = $$<HTMLButtonElement>(el, 'button').find((b) => textOf(b) === 'Add another: A medicine you take')!;
    await pressEnter(el, add);
    await until(() => $$(el, 'section.group').length === 2, 'the second instance');
    // The new instance has its own initial answer, and nothing worked out yet.
    const second = $$(el, 'section.group')[1]!;
    const inSecond = (label: string) =>
      [...second.querySelectorAll<HTMLInputElement>('input')].find((i) =>
        textOf(el.shadowRoot!.querySelector(`label[for="${i.id}"]`)).startsWith(label),
      )!;
    expect(inSecond('How do you take it?').value).to.equal('By mouth');
    expect(readOnly()).to.deep.equal(['6', '', '6']);
    await focusOn(el, inSecond('Tablets each time'));
    await type(el, '1');
    await focusOn(el, inSecond('Times a day'));
    await type(el, '2');
    await until(() => readOnly().join() === '6,2,8', 'two a day in the second, eight in all');
    await expectAccessible(el);
    const envelope = await submitted(el);
    const daily = envelope.fhir.item
      ?.filter((i) => i.linkId === 'medicine')
      .map((group) => group.item?.find((i) => i.linkId === 'daily')?.answer);
    expect(daily).to.deep.equal([[{valueInteger: 6}], [{valueInteger: 2}]]);
    expect(envelope.fhir.item?.find((i) => i.linkId === 'all')?.answer).to.deep.equal([{valueInteger: 8}]);
    expect(envelope.data.answers).to.deep.include({
      daily: 6,
      'daily#2': 2,
      form: 'By mouth',
      'form#2': 'By mouth',
      all: 8,
    });
  });

  it('asks each instance’s required questions', async () => {
    const el = await feedbackForm({'no-role': '', 'no-contact': ''}, MEDICINES);
    await write(el, 'Name of the medicine', 'Metformin');
    const add = $$<HTMLButtonElement>(el, 'button').find((b) => textOf(b).startsWith('Add another'))!;
    await pressEnter(el, add);
    await until(() => $$(el, 'section.group').length === 2, 'the second instance');
    await send(el);
    await until(() => $(el, '.error-summary') !== null, 'the error summary');
    const link = $<HTMLAnchorElement>(el, '.error-summary a')!;
    expect(link.getAttribute('href')).to.equal(`#${$$(el, 'input')[0]!.id}-2`);
  });
});

const SERVICES = {
  resourceType: 'Questionnaire',
  item: [
    {
      linkId: 'where',
      type: 'choice',
      text: 'Where were you seen?',
      answerValueSet: 'http://hospital.example/fhir/ValueSet/care-settings',
    },
  ],
};
const TX = '/packages/feedback-form/test/fixtures/tx';

describe('SDC: value sets held elsewhere', () => {
  it('asks the page’s terminology server to expand them, and asks no one else', async () => {
    const before = performance.getEntriesByType('resource').length;
    const el = await feedbackForm({'no-role': '', 'no-contact': '', 'terminology-server': TX}, SERVICES);
    await until(() => $$(el, '.option').length === 3, 'the expanded answers');
    expect($$(el, '.option label').map(textOf)).to.deep.equal(['Ward', 'Hospital', 'General practice']);
    const asked = performance
      .getEntriesByType('resource')
      .slice(before)
      .map((e) => new URL(e.name))
      .filter((u) => u.pathname.includes('ValueSet'));
    expect(asked.map((u) => u.origin)).to.deep.equal([location.origin]);
    expect(asked[0]!.pathname).to.equal(`${TX}/ValueSet/$expand`);
    expect(asked[0]!.searchParams.get('url')).to.equal('http://hospital.example/fhir/ValueSet/care-settings');
    await expectAccessible(el);
    await pick(el, 'Where were you seen?', 'General practice');
    const envelope = await submitted(el);
    expect(envelope.fhir.item?.[0]?.answer).to.deep.equal([
      {valueCoding: {system: 'http://snomed.info/sct', code: '264358009', display: 'General practice'}},
    ]);
  });

  it('without a terminology server, or when it fails, asks for the answer in words instead of hiding it', async () => {
    const cases: Record<string, string>[] = [{}, {'terminology-server': '/no-such-server'}];
    for (const attrs of cases) {
      const el = document.createElement('cl-feedback-form');
      for (const [name, value] of Object.entries({'no-role': '', 'no-contact': '', ...attrs}))
        el.setAttribute(name, value);
      const errors: CareloopErrorDetail[] = [];
      el.addEventListener('cl-error', (e) => errors.push(e.detail));
      el.questionnaire = SERVICES;
      mount(el);
      await settled(el);
      await until(() => $(el, 'input[type="text"]') !== null, 'the text box');
      expect($(el, '.unsupported')).to.equal(null);
      const field = await write(el, 'Where were you seen?', 'The walk-in centre');
      expect(description(el, field)).to.contain('Type your answer in your own words');
      await expectAccessible(el);
      if ('terminology-server' in attrs) {
        await until(() => errors.length > 0, 'the failure to be named');
        expect(errors[0]!.problems.map((p) => [p.code, p.path])).to.deep.equal([
          ['fetch-failed', 'where.answerValueSet'],
        ]);
      }
      const envelope = await submitted(el);
      expect(envelope.fhir.item?.[0]?.answer).to.deep.equal([{valueString: 'The walk-in centre'}]);
      el.remove();
    }
  });
});

const PLACES = [
  'Home',
  'A care home',
  'Another hospital',
  'A hospice',
  'A friend’s or relative’s home',
  'Somewhere else',
];
const DISCHARGE = {
  resourceType: 'Questionnaire',
  item: [
    {
      linkId: 'to',
      type: 'choice',
      text: 'Where did you go when you left?',
      extension: [control('autocomplete')],
      answerOption: PLACES.map((valueString) => ({valueString})),
    },
    {
      linkId: 'gp',
      type: 'open-choice',
      text: 'Your GP practice',
      answerOption: Array.from({length: 40}, (_, i) => ({valueString: `Practice ${i + 1}`})),
    },
  ],
};

describe('SDC: autocomplete', () => {
  it('filters the answers as the person types, and chooses one by keyboard (ARIA combobox)', async () => {
    const el = await feedbackForm({'no-role': '', 'no-contact': ''}, DISCHARGE);
    const [to, gp] = $$<HTMLInputElement>(el, 'input[role="combobox"]');
    // A long list without a control of its own is a combobox too.
    expect(gp).to.not.equal(undefined);
    expect(to!.getAttribute('aria-expanded')).to.equal('false');
    await focusOn(el, to!);
    await type(el, 'hos');
    await until(() => to!.getAttribute('aria-expanded') === 'true', 'the list to open');
    const list = el.shadowRoot!.getElementById(to!.getAttribute('aria-controls')!)!;
    const options = () => [...list.querySelectorAll('[role="option"]')].map(textOf);
    expect(options()).to.deep.equal(['Another hospital', 'A hospice']);
    await until(() => textOf($(el, `#${to!.id}-status`)) === '2 answers match', 'the count to be announced');
    await expectAccessible(el);
    await sendKeys({press: 'ArrowDown'});
    await sendKeys({press: 'ArrowDown'});
    await until(
      () => to!.getAttribute('aria-activedescendant')?.endsWith('-option-3') === true,
      'A hospice to be active',
    );
    expect(list.querySelector('[aria-selected="true"]')?.textContent?.trim()).to.equal('A hospice');
    await sendKeys({press: 'Enter'});
    await until(() => to!.getAttribute('aria-expanded') === 'false', 'the list to close');
    expect(to!.value).to.equal('A hospice');
    // Escape on a closed list clears the answer; typing it exactly chooses it again.
    await sendKeys({press: 'Escape'});
    await until(() => to!.value === '', 'the answer to be cleared');
    await type(el, 'home');
    await sendKeys({press: 'Escape'});
    await until(() => to!.getAttribute('aria-expanded') === 'false', 'the list to close');
    // On an open choice, words that match no answer are the person's own.
    await focusOn(el, gp!);
    await type(el, 'The Riverside Surgery');
    await sendKeys({press: 'Tab'});
    const envelope = await submitted(el);
    const answers = Object.fromEntries((envelope.fhir.item ?? []).map((i) => [i.linkId, i.answer]));
    expect(answers['to']).to.deep.equal([{valueString: 'Home'}]);
    expect(answers['gp']).to.deep.equal([{valueString: 'The Riverside Surgery'}]);
  });

  it('chooses an answer with a click', async () => {
    const el = await feedbackForm({'no-role': '', 'no-contact': ''}, DISCHARGE);
    const [to] = $$<HTMLInputElement>(el, 'input[role="combobox"]');
    await focusOn(el, to!);
    await sendKeys({press: 'ArrowDown'});
    await until(() => to!.getAttribute('aria-expanded') === 'true', 'the list to open');
    const option = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')].find(
      (o) => textOf(o) === 'Somewhere else',
    )!;
    option.click();
    await until(() => to!.value === 'Somewhere else', 'the answer to be chosen');
    expect(el.shadowRoot!.activeElement).to.equal(to);
  });
});

const AGREE = ['Agree', 'Neither', 'Disagree'].map((valueString) => ({valueString}));
const GRID = {
  resourceType: 'Questionnaire',
  item: [
    {
      linkId: 'grid',
      type: 'group',
      text: 'How much do you agree?',
      extension: [control('gtable')],
      item: [
        {linkId: 'dignity', type: 'choice', text: 'I was treated with dignity', required: true, answerOption: AGREE},
        {linkId: 'involved', type: 'choice', text: 'I was involved in decisions', answerOption: AGREE},
        {linkId: 'more', type: 'string', text: 'Anything to add?'},
      ],
    },
  ],
};

describe('SDC: table layouts', () => {
  it('shows questions with the same answers as a table, each button named by its row and answer', async () => {
    const el = await feedbackForm({'no-role': '', 'no-contact': ''}, GRID);
    const table = $(el, 'table.question-table')!;
    expect([...table.querySelectorAll('thead th')].map(textOf)).to.deep.equal(['Agree', 'Neither', 'Disagree']);
    expect([...table.querySelectorAll('tbody th[scope="row"]')].map(textOf)).to.deep.equal([
      'I was treated with dignity (required)',
      'I was involved in decisions',
    ]);
    const name = (input: Element) =>
      input
        .getAttribute('aria-labelledby')!
        .split(' ')
        .map((id) => textOf(el.shadowRoot!.getElementById(id)))
        .join(' ');
    const radios = [...table.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(name(radios[4]!)).to.equal('I was involved in decisions Neither');
    // The question that does not fit stays a question of its own.
    expect(questions(el)).to.include('Anything to add?');
    await expectAccessible(el);
    // A required row is checked, and the summary leads to its first button.
    await send(el);
    await until(() => $(el, '.error-summary') !== null, 'the error summary');
    expect($(el, '.error-summary a')!.getAttribute('href')).to.equal(`#${radios[0]!.id}`);
    await expectAccessible(el);
    await focusOn(el, radios[0]!);
    await sendKeys({press: 'ArrowRight'});
    await until(() => table.querySelectorAll('input:checked').length === 1, 'an answer in the first row');
    radios[5]!.click();
    await el.updateComplete;
    const envelope = await submitted(el);
    expect(envelope.data.answers).to.deep.equal({dignity: 'Neither', involved: 'Disagree'});
  });

  it('stacks the rows, with each answer’s words beside its button, where the form is narrow', async () => {
    const frame = document.createElement('div');
    frame.style.inlineSize = '20rem';
    document.body.append(frame);
    const el = document.createElement('cl-feedback-form');
    el.questionnaire = GRID;
    frame.append(el);
    await until(() => $(el, 'table.question-table') !== null, 'the table');
    const label = $(el, '.question-table__answer')!;
    await until(() => getComputedStyle(label).position === 'static', 'the answers’ words to show');
    expect(getComputedStyle($(el, '.question-table thead')!).display).to.equal('none');
    expect(label.getBoundingClientRect().width).to.be.greaterThan(20);
    await expectAccessible(el);
    frame.remove();
  });
});
