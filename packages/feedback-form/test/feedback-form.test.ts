import {expect, oneEvent} from '@open-wc/testing';
import {formAssociatedConformance} from '../../core/test/form-associated.js';
import {sendKeys} from '@web/test-runner-commands';
import {getOutbox, type CareloopErrorDetail, type CareloopSubmittedDetail} from '@careloop/core';
import {PRESETS, RESPONDENT_ROLES, type FeedbackForm} from '@careloop/feedback-form';
import {
  eventually,
  expectAccessible,
  fixture,
  mount,
  settled,
  takeConsole,
  tasksRun,
  textOf,
  until,
  useDocumentLanguage,
} from '../../core/test/support.js';
import {
  $,
  $$,
  collector,
  feedbackForm,
  pick,
  questions,
  send,
  submitted,
  type,
  write,
  type Envelope,
} from './support.js';

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

/** One question of every supported type and control: the fixture the schema tests and stories use too. */
const EVERY_TYPE = await fixture(new URL('./fixtures/every-type.json', import.meta.url));

const response = (envelope: Envelope) => JSON.stringify(envelope.fhir);
function answersOf(envelope: Envelope): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  const visit = (items: NonNullable<Envelope['fhir']['item']>) => {
    for (const item of items) {
      if (item.answer) {
        out[item.linkId] = item.answer.map((answer) => {
          const value: Record<string, unknown> = {...answer};
          delete value['item'];
          return value;
        });
      }
      if (item.item) visit(item.item);
      for (const answer of item.answer ?? []) if (answer.item) visit(answer.item);
    }
  };
  visit(envelope.fhir.item ?? []);
  return out;
}

afterEach(async () => {
  sessionStorage.clear();
  await useDocumentLanguage('en');
});

describe('<cl-feedback-form>', () => {
  describe('defaults', () => {
    it('says there is nothing to show when it has no questionnaire', async () => {
      const el = await feedbackForm();
      expect(textOf($(el, '.form'))).to.equal('No questions to show yet.');
      await expectAccessible(el);
    });

    it('shows the Friends and Family Test with its six answers in order, then the required "why"', async () => {
      const el = await feedbackForm({preset: 'fft'});
      expect(textOf($(el, '.title'))).to.equal('Friends and Family Test');
      expect($(el, '.title')!.tagName).to.equal('H2');
      const fieldset = $$(el, 'fieldset:not(.frame)')[0]!;
      expect(textOf(fieldset.querySelector('legend'))).to.equal(
        'Overall, how was your experience of our service? (required)',
      );
      expect([...fieldset.querySelectorAll('.option label')].map(textOf)).to.deep.equal([
        'Very good',
        'Good',
        'Neither good nor poor',
        'Poor',
        'Very poor',
        'Don’t know',
      ]);
      expect(questions(el)).to.include('Please tell us why you gave this answer. (required)');
      expect($$<HTMLInputElement>(el, 'input').filter((i) => i.checked)).to.have.length(0);
      expect($<HTMLInputElement>(el, '#contact-opt-in')!.checked).to.equal(false);
      expect($$(el, '#contact-email').length, '#contact-email').to.equal(0);
      expect(textOf($(el, 'button[type="submit"]'))).to.equal('Send');
      await expectAccessible(el);
    });

    it('asks who is answering with every role, unless the page says', async () => {
      const el = await feedbackForm({preset: 'what-matters'});
      expect($$(el, '.role input').map((i) => (i as HTMLInputElement).value)).to.deep.equal([...RESPONDENT_ROLES]);
      el.setAttribute('respondent-role', 'carer');
      await el.updateComplete;
      expect($$(el, '.role').length, '.role').to.equal(0);
      el.removeAttribute('respondent-role');
      await el.updateComplete;
      expect($$(el, '.role').length, '.role').to.be.greaterThan(0);
    });

    for (const preset of PRESETS) {
      it(`renders the ${preset} preset in English, French, Swedish and Norwegian, accessibly`, async () => {
        const titles = new Set<string>();
        const el = await feedbackForm({preset});
        for (const lang of ['en', 'fr', 'sv', 'nb']) {
          await useDocumentLanguage(lang);
          await el.updateComplete;
          titles.add(textOf($(el, '.title')));
          expect(questions(el).length, `${preset} in ${lang}`).to.be.greaterThan(0);
          if (lang === 'fr' || lang === 'sv') await expectAccessible(el);
        }
        expect(titles.size, `${preset}: a title per language`).to.equal(4);
      });
    }

    it('draws faces with words for the children’s scale, with large targets', async () => {
      const el = await feedbackForm({preset: 'fft-children'});
      const options = $$(el, '.options--faces .option');
      expect(options).to.have.length(6);
      // The faces are drawn by a module loaded on first need.
      await until(() => $$(el, '.options--faces svg.face').length === 6, 'the faces');
      expect(
        options.every(
          (o) => o.querySelector('svg.face[aria-hidden="true"]') && textOf(o.querySelector('label')) !== '',
        ),
      ).to.equal(true);
      const label = options[0]!.querySelector('label')!.getBoundingClientRect();
      expect(label.height).to.be.at.least(44);
      await expectAccessible(el);
    });
  });

  describe('keyboard only', () => {
    it('completes the Friends and Family Test and delivers it once', async () => {
      const server = collector();
      const before = document.createElement('button');
      before.className = 'before';
      before.textContent = 'Before';
      mount(before);
      const el = await feedbackForm({
        preset: 'fft',
        endpoint: server.endpoint('ok'),
        persist: 'none',
        service: 'ward-7',
        context: 'reception-kiosk',
      });
      before.focus();
      await sendKeys({press: 'Tab'});
      await until(
        () => el.shadowRoot!.activeElement?.getAttribute('type') === 'radio',
        'the first answer to have focus',
      );
      await sendKeys({press: 'ArrowDown'});
      await until(() => $<HTMLInputElement>(el, 'input[type="radio"]:checked')?.value === '1', 'Good to be chosen');
      await sendKeys({press: 'Tab'});
      await until(() => el.shadowRoot!.activeElement?.tagName === 'TEXTAREA', 'the why box to have focus');
      await type(el, 'The nurses were kind.');
      await sendKeys({press: 'Tab'});
      await until(
        () => el.shadowRoot!.activeElement?.getAttribute('name') === 'cl-role',
        'the role question to have focus',
      );
      await sendKeys({press: 'ArrowDown'});
      await sendKeys({press: 'Tab'});
      await until(() => el.shadowRoot!.activeElement?.id === 'contact-opt-in', 'the contact box to have focus');
      await sendKeys({press: 'Tab'});
      await until(() => el.shadowRoot!.activeElement?.getAttribute('type') === 'submit', 'Send to have focus');
      const sent = oneEvent(el, 'cl-submitted');
      await sendKeys({press: 'Enter'});
      const {detail} = (await sent) as CustomEvent<CareloopSubmittedDetail>;
      await until(() => textOf($(el, '.delivery')) === 'Sent.', 'the status to say Sent');
      expect(el.shadowRoot!.activeElement?.className).to.contain('thanks__heading');
      expect(textOf($(el, '.thanks__heading'))).to.equal('Thank you for your feedback');

      const received = (await server.log())[detail.envelope.id]!;
      expect(received).to.have.length(1);
      const envelope = JSON.parse(received[0]!.body) as Envelope;
      expect(received[0]!.headers['idempotency-key']).to.equal(envelope.id);
      expect(envelope.kind).to.equal('feedback');
      expect(envelope.source).to.include({element: 'cl-feedback-form', service: 'ward-7', context: 'reception-kiosk'});
      expect(envelope.data).to.deep.equal({
        answers: {experience: 'good', why: 'The nurses were kind.'},
        questionnaire: 'https://careloop.invalid/fhir/Questionnaire/fft|2020.1',
        preset: 'fft',
        respondent: {role: 'family-member'},
      });
      expect(envelope.fhir).to.include({
        resourceType: 'QuestionnaireResponse',
        status: 'completed',
        questionnaire: 'https://careloop.invalid/fhir/Questionnaire/fft|2020.1',
        language: 'en',
      });
      expect(answersOf(envelope)).to.deep.equal({
        experience: [
          {valueCoding: {system: 'https://careloop.invalid/fhir/CodeSystem/fft', code: 'good', display: 'Good'}},
        ],
        why: [{valueString: 'The nurses were kind.'}],
      });
    });

    it('moves through a questionnaire in steps, focusing each step’s heading', async () => {
      const el = await feedbackForm({paging: 'group'}, EVERY_TYPE_PAGED);
      expect(textOf($(el, '.step-heading'))).to.equal('Step 1 of 2: About you');
      await send(el);
      expect(el.shadowRoot!.activeElement?.className).to.contain('error-summary');
      // From the summary: Tab to the link, Enter to the question, arrows to answer Yes.
      await sendKeys({press: 'Tab'});
      await until(() => el.shadowRoot!.activeElement?.tagName === 'A', 'the summary link to have focus');
      await sendKeys({press: 'Enter'});
      await until(() => el.shadowRoot!.activeElement?.getAttribute('type') === 'radio', 'the question to have focus');
      await sendKeys({press: 'ArrowDown'});
      await until(() => $<HTMLInputElement>(el, 'input[type="radio"]:checked')?.value === 'false', 'No to be chosen');
      await sendKeys({press: 'ArrowUp'});
      await until(() => $<HTMLInputElement>(el, 'input[type="radio"]:checked')?.value === 'true', 'Yes to be chosen');
      await send(el);
      await until(
        () => el.shadowRoot!.activeElement?.classList.contains('step-heading') === true,
        'the next step’s heading to have focus',
      );
      expect(textOf($(el, '.step-heading'))).to.equal('Step 2 of 2: Your visit');
      expect(textOf($(el, 'button[type="submit"]'))).to.equal('Send');
      await sendKeys({press: 'Tab'});
      await until(() => el.shadowRoot!.activeElement?.tagName === 'TEXTAREA', 'the text box to have focus');
      await type(el, 'Everything');
      const back = $$<HTMLButtonElement>(el, 'button').find((b) => textOf(b) === 'Back')!;
      back.focus();
      await sendKeys({press: 'Enter'});
      await until(() => textOf($(el, '.step-heading')) === 'Step 1 of 2: About you', 'the first step again');
      expect($<HTMLInputElement>(el, 'input[type="radio"]:checked')!.value).to.equal('true');
      await send(el);
      await until(() => $(el, 'textarea') !== null, 'the second step again');
      expect($<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal('Everything');
      const envelope = await submitted(el);
      expect(envelope.data.answers).to.deep.equal({patient: true, well: 'Everything'});
      await expectAccessible(el);
    });
  });

  describe('every item type', () => {
    it('renders each type with a native, labelled control', async () => {
      const el = await feedbackForm({}, EVERY_TYPE);
      expect(textOf($(el, '.display'))).to.equal('About your stay.');
      expect(textOf($(el, '.group__heading'))).to.equal('Your stay');
      const type = (question: string) => {
        const label = $$(el, 'label.question__label').find((l) => textOf(l).startsWith(question))!;
        return $(el, `#${label.getAttribute('for')!}`)!;
      };
      expect(type('How many nights').getAttribute('inputmode')).to.equal('numeric');
      expect(type('How far').getAttribute('inputmode')).to.equal('decimal');
      expect(type('When did you arrive').getAttribute('type')).to.equal('date');
      expect(type('When did you leave').getAttribute('type')).to.equal('datetime-local');
      expect(type('When was lunch').getAttribute('type')).to.equal('time');
      expect(type('Which ward').getAttribute('placeholder')).to.equal('e.g. Ward 7');
      expect(type('Tell us about it').tagName).to.equal('TEXTAREA');
      expect(type('A page that helped').getAttribute('type')).to.equal('url');
      expect(type('Which language').tagName).to.equal('SELECT');
      expect(type('How much pain').getAttribute('type')).to.equal('range');
      expect((type('Visit number') as HTMLInputElement).readOnly).to.equal(true);
      expect((type('Visit number') as HTMLInputElement).value).to.equal('V-1234');
      expect(questions(el).some((q) => q.startsWith('Internal'))).to.equal(false);
      const helped = $$(el, 'fieldset').find((f) => textOf(f.querySelector('legend')) === 'Who helped you?')!;
      expect([...helped.querySelectorAll('input')].every((i) => i.type === 'checkbox')).to.equal(true);
      await expectAccessible(el);
    });

    it('answers every type with a typed FHIR value, and leaves out hidden items', async () => {
      const el = await feedbackForm({}, EVERY_TYPE);
      await pick(el, 'Was this your first visit?', 'No');
      await write(el, 'How many nights', '3');
      await write(el, 'How far', '12,5');
      const arrived = $$<HTMLInputElement>(el, 'input[type="date"]')[0]!;
      arrived.value = '2026-11-02';
      arrived.dispatchEvent(new Event('input', {bubbles: true}));
      const left = $<HTMLInputElement>(el, 'input[type="datetime-local"]')!;
      left.value = '2026-11-05T10:30';
      left.dispatchEvent(new Event('input', {bubbles: true}));
      const meal = $<HTMLInputElement>(el, 'input[type="time"]')!;
      meal.value = '12:15';
      meal.dispatchEvent(new Event('input', {bubbles: true}));
      await write(el, 'Which ward', 'Ward 7');
      await write(el, 'Tell us about it', 'Calm and clean');
      await write(el, 'A page that helped', 'https://hospital.example/parking');
      await pick(el, 'How was the food?', 'Good');
      await pick(el, 'How did you hear about us?', 'Something else');
      const other = $<HTMLInputElement>(el, '.other input')!;
      other.focus();
      await type(el, 'A neighbour');
      const select = $<HTMLSelectElement>(el, 'select')!;
      select.value = '1';
      select.dispatchEvent(new Event('change'));
      await pick(el, 'Who helped you?', 'Nurses');
      await pick(el, 'Who helped you?', 'Porters');
      const slider = $<HTMLInputElement>(el, 'input[type="range"]')!;
      slider.value = '7';
      slider.dispatchEvent(new Event('input', {bubbles: true}));
      await write(el, 'Staff you would like to thank', 'Sam');
      $$<HTMLButtonElement>(el, 'button')
        .find((b) => textOf(b) === 'Add another answer')!
        .click();
      await el.updateComplete;
      await until(() => el.shadowRoot!.activeElement?.id.endsWith('-1') === true, 'the new field to have focus');
      await type(el, 'Alex');
      await el.updateComplete;

      const envelope = await submitted(el);
      const answers = answersOf(envelope);
      expect(answers['first-visit']).to.deep.equal([{valueBoolean: false}]);
      expect(answers['nights']).to.deep.equal([{valueInteger: 3}]);
      expect(answers['distance']).to.deep.equal([{valueDecimal: 12.5}]);
      expect(answers['arrived']).to.deep.equal([{valueDate: '2026-11-02'}]);
      expect((answers['left']![0] as {valueDateTime: string}).valueDateTime).to.match(
        /^2026-11-05T10:30:00[+-]\d{2}:\d{2}$/,
      );
      expect(answers['meal']).to.deep.equal([{valueTime: '12:15:00'}]);
      expect(answers['ward']).to.deep.equal([{valueString: 'Ward 7'}]);
      expect(answers['story']).to.deep.equal([{valueString: 'Calm and clean'}]);
      expect(answers['link']).to.deep.equal([{valueUri: 'https://hospital.example/parking'}]);
      expect(answers['food']).to.deep.equal([{valueString: 'Good'}]);
      expect(answers['heard']).to.deep.equal([{valueString: 'A neighbour'}]);
      expect(answers['language']).to.deep.equal([
        {valueCoding: {system: 'urn:ietf:bcp:47', code: 'fr', display: 'French'}},
      ]);
      expect(answers['helped']).to.deep.equal([{valueString: 'Nurses'}, {valueString: 'Porters'}]);
      expect(answers['pain']).to.deep.equal([{valueInteger: 7}]);
      expect(answers['names']).to.deep.equal([{valueString: 'Sam'}, {valueString: 'Alex'}]);
      expect(answers['visit-id']).to.deep.equal([{valueString: 'V-1234'}]);
      expect(answers).not.to.have.property('secret');
      expect(response(envelope)).not.to.contain('hidden value');
      expect(envelope.fhir.questionnaire).to.equal('https://hospital.example/Questionnaire/every-type|3');
      expect(envelope.fhir.item![0]!.linkId).to.equal('stay');
    });

    it('checks numbers, ranges, addresses and length, with the message at the field and in the summary', async () => {
      const el = await feedbackForm({}, EVERY_TYPE);
      await write(el, 'How many nights', '400');
      await write(el, 'How far', 'far');
      await write(el, 'A page that helped', 'javascript:alert(1)');
      await write(el, 'Tell us about it', 'This is far more than twenty characters');
      await send(el);
      const summary = $(el, '.error-summary')!;
      expect(el.shadowRoot!.activeElement?.classList.contains('error-summary')).to.equal(true);
      expect([...summary.querySelectorAll('a')].map(textOf)).to.deep.equal([
        'How many nights did you stay?: Enter 365 or less',
        'How far did you travel, in km?: Enter a number, like 2.5',
        'Tell us about it: Use 20 characters or fewer',
        'A page that helped you: Enter a full web address, like https://www.example.org',
      ]);
      expect($$(el, '.error-message').map(textOf)).to.include('Error: Enter 365 or less');
      const link = summary.querySelector('a')!;
      link.focus();
      await sendKeys({press: 'Enter'});
      await until(
        () => (el.shadowRoot!.activeElement as HTMLInputElement | null)?.value === '400',
        'the nights field to have focus',
      );
      expect(el.shadowRoot!.activeElement!.getAttribute('aria-invalid')).to.equal('true');
      expect(el.shadowRoot!.activeElement!.getAttribute('aria-describedby')).to.contain('-error');
      await expectAccessible(el);
      // Correcting a field removes its line from the summary as the person types.
      await sendKeys({press: 'Backspace'});
      await sendKeys({press: 'Backspace'});
      await el.updateComplete;
      expect($$(el, '.error-summary a')).to.have.length(3);
    });

    it('counts characters near the limit, visibly and politely', async () => {
      const el = await feedbackForm({}, EVERY_TYPE);
      expect(textOf($(el, '.hint'))).to.equal('You can enter up to 20 characters.');
      await write(el, 'Tell us about it', 'Short');
      expect($$(el, '.count').length, '.count').to.equal(0);
      await type(el, ' and then longe');
      await el.updateComplete;
      expect(textOf($(el, '.count'))).to.equal('You have 0 characters remaining');
      await type(el, '!!');
      await el.updateComplete;
      expect(textOf($(el, '.count'))).to.equal('You have 2 characters too many');
      await until(
        () => textOf($(el, '[aria-live="polite"]')) === 'You have 2 characters too many',
        'the polite announcement',
      );
    });

    it('shows an item it cannot render as a notice, and says so in cl-error', async () => {
      const el = document.createElement('cl-feedback-form');
      el.questionnaire = {
        resourceType: 'Questionnaire',
        item: [
          {linkId: 'scan', type: 'attachment', text: 'Upload your letter'},
          {linkId: 'ok', type: 'string', text: 'Anything else?'},
        ],
      };
      const error = oneEvent(el, 'cl-error');
      mount(el);
      const {detail} = (await error) as CustomEvent<CareloopErrorDetail>;
      await settled(el);
      expect(detail.code).to.equal('unsupported');
      expect(detail.problems[0]!.path).to.equal('item[0].type');
      expect(textOf($(el, '.unsupported'))).to.contain('Upload your letter');
      expect(textOf($(el, '.unsupported'))).to.contain('This question cannot be shown here');
      expect(questions(el)[0]).to.equal('Anything else?');
      await expectAccessible(el);
    });
    it('ignores a rendering hint it does not know (a header group, a text-box), names it, and hides nothing', async () => {
      const control = (code: string) => [
        {
          url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl',
          valueCodeableConcept: {coding: [{system: 'http://hl7.org/fhir/questionnaire-item-control', code}]},
        },
      ];
      const el = document.createElement('cl-feedback-form');
      el.questionnaire = {
        resourceType: 'Questionnaire',
        item: [
          {
            linkId: 'page-1',
            type: 'group',
            text: 'About you',
            extension: control('header'),
            item: [
              {
                linkId: 'ward',
                type: 'choice',
                text: 'Which ward?',
                extension: control('text-box'),
                answerOption: [{valueString: 'Ward 3'}, {valueString: 'Ward 4'}],
              },
            ],
          },
        ],
      };
      const error = oneEvent(el, 'cl-error');
      mount(el);
      const {detail} = (await error) as CustomEvent<CareloopErrorDetail>;
      await settled(el);
      expect(detail.code).to.equal('ignored');
      expect(detail.problems.map((p) => [p.path, p.found])).to.deep.equal([
        ['item[0].extension(itemControl)', '"header"'],
        ['item[0].item[0].extension(itemControl)', '"text-box"'],
      ]);
      expect(detail.message).to.contain('is ignored');
      expect($(el, '.unsupported')).to.equal(null);
      await pick(el, 'Which ward?', 'Ward 4');
      expect((await submitted(el)).data.answers).to.deep.equal({ward: 'Ward 4'});
    });
  });

  describe('translations', () => {
    it('shows the active language’s text, prefix and answers from the translation extension', async () => {
      const el = await feedbackForm(
        {},
        {
          resourceType: 'Questionnaire',
          title: 'Your visit',
          _title: fr('Votre visite'),
          item: [
            {
              linkId: 'q',
              type: 'choice',
              prefix: '1.',
              _prefix: fr('1)'),
              text: 'Were you listened to?',
              _text: fr('Vous a-t-on écouté ?'),
              answerOption: [{valueCoding: {code: 'yes', display: 'Yes', _display: fr('Oui')}}],
            },
          ],
        },
      );
      expect(textOf($(el, 'legend'))).to.equal('1. Were you listened to?');
      await useDocumentLanguage('fr');
      await el.updateComplete;
      expect(textOf($(el, '.title'))).to.equal('Votre visite');
      expect(textOf($(el, 'legend'))).to.equal('1) Vous a-t-on écouté ?');
      expect(textOf($(el, '.option label'))).to.equal('Oui');
      expect(textOf($(el, 'button[type="submit"]'))).to.equal('Envoyer');
    });
  });

  describe('conditions', () => {
    it('asks a follow-up only when its condition holds, and drops its answer when it stops holding', async () => {
      const el = await feedbackForm({preset: 'carer-experience'});
      const followUp = 'What would have helped you to be more involved?';
      expect(questions(el)).not.to.include(followUp);
      await pick(el, 'Were you involved', 'No');
      expect(questions(el)).to.include(followUp);
      await write(el, followUp, 'Being asked');
      await pick(el, 'Were you involved', 'Yes, definitely');
      expect(questions(el)).not.to.include(followUp);
      const envelope = await submitted(el);
      expect(envelope.data.answers).to.deep.equal({involvement: 'yes-definitely'});
      expect(response(envelope)).not.to.contain('Being asked');
    });
  });

  describe('states', () => {
    it('tells the person what to fix, in a summary that takes focus and links to each field', async () => {
      const el = await feedbackForm({preset: 'fft'});
      await send(el);
      const summary = $(el, '.error-summary')!;
      expect(el.shadowRoot!.activeElement === summary, 'the summary has focus').to.equal(true);
      expect(textOf(summary.querySelector('.error-summary__title'))).to.equal('There is a problem');
      expect([...summary.querySelectorAll('a')].map(textOf)).to.deep.equal([
        'Overall, how was your experience of our service?: Select an answer',
        'Please tell us why you gave this answer.: Enter an answer',
      ]);
      summary.querySelector('a')!.click();
      await until(
        () => el.shadowRoot!.activeElement?.getAttribute('type') === 'radio',
        'the first answer to have focus',
      );
      expect($$(el, '.question--error')).to.have.length(2);
      await expectAccessible(el);
      await pick(el, 'Overall', 'Very good');
      expect([...summary.querySelectorAll('a')].map(textOf)).to.deep.equal([
        'Please tell us why you gave this answer.: Enter an answer',
      ]);
    });

    it('warns gently about details that may identify someone, links to the field, and still sends', async () => {
      const el = await feedbackForm({preset: 'fft'});
      await pick(el, 'Overall', 'Poor');
      const field = await write(el, 'Please tell us why', 'Nurse Smith did not call me back on 07700 900123');
      field.dispatchEvent(new Event('change'));
      await until(() => $(el, '.warning') !== null, 'the warning');
      const warning = $(el, '.warning')!;
      expect(textOf(warning)).to.contain('Your answer may identify you or someone else');
      expect(textOf(warning)).to.contain('it looks like it contains a phone number and a name');
      warning.querySelector('a')!.click();
      await until(() => el.shadowRoot!.activeElement === field, 'the field to have focus');
      await expectAccessible(el);
      $$<HTMLButtonElement>(el, '.warning button')[0]!.click();
      await el.updateComplete;
      expect($$(el, '.warning').length, '.warning').to.equal(0);
      const envelope = await submitted(el);
      expect(envelope.data.answers['why']).to.contain('07700 900123');
    });

    it('offers contact only on request, asks for consent with <cl-consent-prompt>, and sends the record', async () => {
      const el = await feedbackForm({preset: 'what-matters'});
      await write(el, 'What matters to you?', 'Seeing my grandchildren');
      expect($$(el, 'cl-consent-prompt').length).to.equal(0);
      $<HTMLInputElement>(el, '#contact-opt-in')!.click();
      await until(
        () =>
          $<HTMLElement & {updateComplete?: unknown}>(el, 'cl-consent-prompt')?.shadowRoot?.querySelector(
            'input[type="checkbox"]',
          ) != null,
        'the consent prompt',
      );
      const prompt = $(el, 'cl-consent-prompt')!;
      const box = prompt.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
      expect(box.checked, 'never pre-ticked').to.equal(false);
      await write(el, 'E-mail address', 'not-an-address');
      await send(el);
      expect($$(el, '.error-summary a').map(textOf)).to.deep.equal([
        'Contact details: Enter an e-mail address in the right format, like name@example.org',
        'Contact details: Tick the box to agree to be contacted, or untick “Contact me”',
      ]);
      await expectAccessible(el);
      $$(el, '.error-summary a')[1]!.click();
      await until(() => prompt.shadowRoot!.activeElement === box, 'the consent box to have focus');
      const email = $<HTMLInputElement>(el, '#contact-email')!;
      email.select();
      await write(el, 'E-mail address', 'a@example.org');
      box.click();
      await until(() => $$(el, '.error-summary a').length === 0, 'the summary to empty as things are fixed');
      const agreed = textOf(prompt.shadowRoot!.querySelector('label[for^="purpose-"]'));
      const envelope = await submitted(el);
      const contact = envelope.data.contact!;
      expect(contact).to.deep.include({email: 'a@example.org'});
      expect(contact.consent.record!.decisions).to.deep.equal({'contact-about-feedback': 'granted'});
      expect(contact.consent.record!.digest).to.match(/^sha256:[0-9a-f]{64}$/);
      expect(contact.consent.text).to.contain(agreed);
      expect(contact.consent.givenAt).to.equal(contact.consent.record!.decidedAt);
    });

    it('sends nothing about the person unless they opt in', async () => {
      const el = await feedbackForm({preset: 'what-matters'});
      await write(el, 'What matters to you?', 'Sleep');
      const envelope = await submitted(el);
      expect(envelope.data).to.deep.equal({
        answers: {'what-matters': 'Sleep'},
        questionnaire: 'https://careloop.invalid/fhir/Questionnaire/what-matters|1.0',
        preset: 'what-matters',
      });
    });

    it('says what may become public with notice="public-record", and a page may replace the notice', async () => {
      const el = await feedbackForm({preset: 'what-matters', notice: 'public-record'});
      expect(textOf($(el, '.notice'))).to.contain('may become a public document');
      await write(el, 'What matters to you?', 'x');
      expect((await submitted(el)).data.publicRecordNotice).to.equal(true);
    });

    it('thanks the person and links to what happens next', async () => {
      const el = await feedbackForm({
        preset: 'what-matters',
        'next-url': '/you-said-we-did',
        'next-label': 'You said, we did',
      });
      await write(el, 'What matters to you?', 'Being heard');
      await submitted(el);
      await until(() => $(el, '.thanks') !== null, 'the thank-you');
      const link = $<HTMLAnchorElement>(el, '.thanks__next')!;
      expect(textOf(link)).to.equal('You said, we did');
      expect(link.getAttribute('href')).to.equal('/you-said-we-did');
      await expectAccessible(el);
    });

    it('names a next-url that is not a safe link, and leaves the link out', async () => {
      const el = document.createElement('cl-feedback-form');
      el.setAttribute('preset', 'what-matters');
      el.setAttribute('next-url', ' javascript:alert(1)');
      const error = oneEvent(el, 'cl-error');
      mount(el);
      const {detail} = (await error) as CustomEvent<CareloopErrorDetail>;
      expect(detail.code).to.equal('unsafe-url');
      expect(detail.problems.map((p) => p.path)).to.deep.equal(['next-url']);
      await until(() => $(el, '.questions') !== null, 'the preset to load');
      await write(el, 'What matters to you?', 'Being heard');
      await submitted(el);
      await until(() => $(el, '.thanks') !== null, 'the thank-you');
      expect($(el, '.thanks a[href]')).to.equal(null);
    });

    it('never brings back a draft of answers the outbox will send, so they are not sent twice', async () => {
      const server = collector();
      const attrs = {preset: 'what-matters', 'save-draft': '', endpoint: server.endpoint('busy/3600')};
      let el = await feedbackForm(attrs);
      await write(el, 'What matters to you?', 'Sleep');
      await send(el);
      await until(() => /Saved on this device/.test(textOf($(el, '.delivery'))), 'the answers to be saved');
      // The person goes to another page and comes back before the server has taken them.
      el.remove();
      el = await feedbackForm(attrs);
      expect($<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal('');
      const waiting = (await getOutbox().pending()).filter((e) => e.delivery.endpoint === attrs.endpoint);
      expect(waiting.map((e) => (e.envelope.data as {answers: unknown}).answers)).to.deep.equal([
        {'what-matters': 'Sleep'},
      ]);
      for (const e of waiting) await getOutbox().discard(e.id);
    });

    it('keeps a draft in this tab with save-draft, and clears it on request', async () => {
      let el = await feedbackForm({preset: 'what-matters', 'save-draft': ''});
      expect(textOf($(el, '.draft'))).to.contain('saved on this device');
      await write(el, 'What matters to you?', 'My dog');
      el.remove();
      el = await feedbackForm({preset: 'what-matters', 'save-draft': ''});
      expect($<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal('My dog');
      $$<HTMLButtonElement>(el, '.draft button')[0]!.click();
      await el.updateComplete;
      expect($<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal('');
      el.remove();
      el = await feedbackForm({preset: 'what-matters', 'save-draft': ''});
      expect($<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal('');
    });

    it('keeps answers when the page language changes', async () => {
      const el = await feedbackForm({preset: 'fft'});
      await pick(el, 'Overall', 'Good');
      await write(el, 'Please tell us why', 'Quick');
      await useDocumentLanguage('sv');
      await el.updateComplete;
      expect(textOf($(el, 'legend'))).to.contain('Sammantaget');
      expect($<HTMLInputElement>(el, 'input[type="radio"]:checked')!.value).to.equal('1');
      expect($<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal('Quick');
      const envelope = await submitted(el);
      expect(envelope.locale).to.equal('sv');
      expect(envelope.fhir.language).to.equal('sv');
    });
  });

  describe('kiosk', () => {
    it('asks "are you still there?" when left idle, then clears everything', async () => {
      const el = await feedbackForm({
        preset: 'what-matters',
        kiosk: '',
        'idle-seconds': '0.2',
        'countdown-seconds': '2',
        'save-draft': '',
      });
      expect($$(el, '.draft').length, '.draft').to.equal(0);
      await write(el, 'What matters to you?', 'Private words');
      await until(() => $(el, '.countdown') !== null, 'the idle countdown');
      expect(textOf($(el, '.countdown'))).to.match(/Your answers will be cleared in [12] seconds/);
      await until(() => $(el, '.countdown') === null, 'the form to start again');
      expect($<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal('');
      expect(sessionStorage.length).to.equal(0);
    });

    it('lets the person continue from the countdown', async () => {
      const el = await feedbackForm({
        preset: 'what-matters',
        kiosk: '',
        'idle-seconds': '0.2',
        'countdown-seconds': '5',
      });
      await write(el, 'What matters to you?', 'Still here');
      await until(() => $(el, '.countdown') !== null, 'the idle countdown');
      $<HTMLButtonElement>(el, '.countdown button')!.click();
      await el.updateComplete;
      expect($$(el, '.countdown').length, '.countdown').to.equal(0);
      expect($<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal('Still here');
    });

    it('starts again for the next person after the thank-you', async () => {
      const el = await feedbackForm({preset: 'what-matters', kiosk: '', 'countdown-seconds': '1'});
      await write(el, 'What matters to you?', 'Done');
      await submitted(el);
      await until(
        () => textOf($(el, '.thanks')).includes('Starting again for the next person'),
        'the restart countdown',
      );
      await until(() => $(el, 'textarea') !== null, 'the form again');
      expect($<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal('');
    });

    it('leaves nothing of the previous person on the device: a refused envelope and the copied answers go', async () => {
      const server = collector();
      const el = await feedbackForm({
        preset: 'what-matters',
        kiosk: '',
        endpoint: server.endpoint('bad'),
        persist: 'none',
      });
      await write(el, 'What matters to you?', 'My NHS number is 943 476 5919');
      const submit = oneEvent(el, 'cl-submit');
      await send(el);
      const refused = ((await submit) as CustomEvent<Envelope>).detail;
      await until(() => $(el, '.failure') !== null, 'the refusal');
      // The clipboard, as this browser would hold it (reading the real one needs a permission).
      const clipboard: string[] = [];
      Object.defineProperty(navigator.clipboard, 'writeText', {
        value: (text: string) => (clipboard.push(text), Promise.resolve()),
        configurable: true,
      });
      try {
        $$<HTMLButtonElement>(el, '.failure button')
          .find((b) => textOf(b) === 'Copy my answers')!
          .click();
        await until(() => clipboard.length === 1, 'the answers on the clipboard');
        el.startAgain();
        await until(() => clipboard.at(-1) === '', 'the clipboard to be emptied for the next person');
      } finally {
        delete (navigator.clipboard as {writeText?: unknown}).writeText; // the browser's own, again
      }
      await until(() => $<HTMLTextAreaElement>(el, 'textarea')?.value === '', 'the form for the next person');
      await eventually(
        async () => !(await getOutbox(false).pending()).some((e) => e.id === refused.id),
        'the refused envelope to be removed',
      );
      takeConsole();
    });
  });

  describe('delivery', () => {
    it('keeps the answers and offers to try again or copy them when the server refuses', async () => {
      const server = collector();
      const el = await feedbackForm({preset: 'what-matters', endpoint: server.endpoint('bad'), persist: 'none'});
      await write(el, 'What matters to you?', 'Being at home');
      const failed = oneEvent(el, 'cl-error');
      await send(el);
      const {detail} = (await failed) as CustomEvent<CareloopErrorDetail>;
      expect(detail.code).to.equal('submit-failed');
      await until(() => $(el, '.failure') !== null, 'the failure message');
      expect(textOf($(el, '.failure'))).to.contain('The field "data.answer" is missing.');
      expect($<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal('Being at home');
      // Shown to the person, with the answers still on screen: the refused copy leaves the device.
      await eventually(async () => (await getOutbox(false).pending()).length === 0, 'the refused envelope to go');
      await until(() => el.shadowRoot!.activeElement === $(el, '.failure'), 'the failure message to have focus');
      await expectAccessible(el);
      $$<HTMLButtonElement>(el, '.failure button')
        .find((b) => textOf(b) === 'Copy my answers')!
        .click();
      await until(() => $(el, '.copy-text') !== null, 'the answers to copy');
      expect($<HTMLTextAreaElement>(el, '.copy-text')!.value).to.equal('What matters to you?\nBeing at home');
      await until(() => el.shadowRoot!.activeElement === $(el, '.copy-text'), 'the answers to copy to have focus');
      // The person changes an answer, then tries again: what is on screen now is sent.
      const field = $<HTMLTextAreaElement>(el, '.questions textarea')!;
      field.focus();
      await until(() => el.shadowRoot!.activeElement === field, 'the answer to have focus');
      await type(el, ' and my cat');
      $$<HTMLButtonElement>(el, '.failure button')
        .find((b) => textOf(b) === 'Try again')!
        .click();
      let received: Awaited<ReturnType<typeof server.log>>[string][] = [];
      await eventually(async () => {
        received = Object.values(await server.log());
        return received.length >= 2;
      }, 'the second request');
      await until(() => $(el, '.failure') !== null, 'the second refusal');
      const [first, second] = received.map((requests) => JSON.parse(requests[0]!.body) as Envelope);
      expect(first!.data.answers).to.deep.equal({'what-matters': 'Being at home'});
      expect(second!.data.answers).to.deep.equal({'what-matters': 'Being at home and my cat'});
      // A new envelope replaced the refused one, and once shown, neither is kept to be sent again.
      expect(first!.id).not.to.equal(second!.id);
      await eventually(async () => (await getOutbox(false).pending()).length === 0, 'both refusals to go');
      takeConsole();
    });

    it('says it is saved on this device, then sent, through a server that fails at first', async () => {
      const server = collector();
      const el = await feedbackForm({preset: 'what-matters', endpoint: server.endpoint('flaky/1')});
      await write(el, 'What matters to you?', 'Rest');
      await send(el);
      await until(() => /Saved on this device/.test(textOf($(el, '.delivery'))), 'the saved-on-device status');
      expect(textOf($(el, '.thanks__heading'))).to.equal('Thank you. Your answers are saved');
      await until(() => textOf($(el, '.delivery')) === 'Sent.', 'the sent status');
      const [received] = Object.values(await server.log());
      expect(received!.map((r) => r.status)).to.deep.equal([503, 201]);
    });

    it('never says "saved" when the answers are only in this page’s memory (persist="none"), and warns the page', async () => {
      const server = collector();
      const el = await feedbackForm({preset: 'what-matters', endpoint: server.endpoint('flaky/1'), persist: 'none'});
      await write(el, 'What matters to you?', 'Rest');
      const warned = oneEvent(el, 'cl-error');
      await send(el);
      expect(((await warned) as CustomEvent<CareloopErrorDetail>).detail.code).to.equal('not-durable');
      await until(() => /Kept only while this page is open/.test(textOf($(el, '.delivery'))), 'the honest status');
      expect(textOf($(el, '.delivery'))).not.to.contain('Saved');
      expect(textOf($(el, '.thanks__heading'))).to.equal('Thank you for your feedback');
      await expectAccessible(el);
      await until(() => textOf($(el, '.delivery')) === 'Sent.', 'the sent status');
    });

    it('makes one envelope when Send is pressed twice before the first press is done', async () => {
      const server = collector();
      const el = await feedbackForm({preset: 'what-matters', endpoint: server.endpoint('ok'), persist: 'none'});
      await write(el, 'What matters to you?', 'Quiet nights');
      const submits: string[] = [];
      el.addEventListener('cl-submit', (e) => submits.push((e as CustomEvent<Envelope>).detail.id));
      const button = $<HTMLButtonElement>(el, 'button[type="submit"]')!;
      // A double click on slow Wi-Fi: the second press comes while the first is still under way.
      button.click();
      button.click();
      await until(() => $(el, '.thanks__heading') !== null, 'the thank-you');
      await until(() => textOf($(el, '.delivery')) === 'Sent.', 'the sent status');
      expect(submits).to.have.length(1);
      expect(Object.keys(await server.log())).to.deep.equal(submits);
    });

    it('lets a host send it instead by cancelling cl-submit', async () => {
      const server = collector();
      const el = await feedbackForm({preset: 'what-matters', endpoint: server.endpoint('ok'), persist: 'none'});
      await write(el, 'What matters to you?', 'Mine');
      const envelope = await submitted(el);
      // The host took it: it never reached the outbox, so nothing can send it later.
      expect((await getOutbox(false).pending()).map((e) => e.id)).not.to.include(envelope.id);
      expect(await server.log()).to.deep.equal({});
    });
  });

  describe('inside a host form', () => {
    it('reports its validity and its value, and starts again on reset', async () => {
      const host = document.createElement('form');
      mount(host);
      const el = document.createElement('cl-feedback-form');
      el.setAttribute('preset', 'what-matters');
      el.setAttribute('name', 'feedback');
      host.append(el);
      await until(() => $(el, 'textarea') !== null, 'the preset');
      expect(host.checkValidity()).to.equal(false);
      await write(el, 'What matters to you?', 'Family');
      await el.updateComplete;
      expect(host.checkValidity()).to.equal(true);
      const value = JSON.parse(new FormData(host).get('feedback') as string) as Envelope['fhir'];
      expect(value.resourceType).to.equal('QuestionnaireResponse');
      expect(value.item![0]!.answer).to.deep.equal([{valueString: 'Family'}]);
      host.reset();
      await el.updateComplete;
      expect($<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal('');
    });
  });

  describe('bad input', () => {
    for (const [attribute, value, code] of [
      ['credentials', 'sometimes', 'not-allowed'],
      ['persist', 'on-paper', 'not-allowed'],
      ['endpoint', 'javascript:alert(1)', 'unsafe-url'],
    ] as const) {
      it(`names a bad ${attribute} at once, in cl-error`, async () => {
        const el = document.createElement('cl-feedback-form');
        el.setAttribute('preset', 'what-matters');
        el.setAttribute(attribute, value);
        const reported = oneEvent(el, 'cl-error');
        mount(el);
        const {detail} = (await reported) as CustomEvent<CareloopErrorDetail>;
        expect(detail.code).to.equal(code);
        expect(detail.problems.map((p) => p.path)).to.deep.equal([attribute]);
        expect(detail.message).to.contain(attribute);
      });
    }

    it('names a cyclic condition, a duplicate linkId and a missing target', async () => {
      const cases: [unknown, string][] = [
        [
          {
            resourceType: 'Questionnaire',
            item: [
              {
                linkId: 'a',
                type: 'string',
                text: 'A',
                enableWhen: [{question: 'a', operator: 'exists', answerBoolean: true}],
              },
            ],
          },
          'cyclic-condition',
        ],
        [
          {
            resourceType: 'Questionnaire',
            item: [
              {linkId: 'a', type: 'string'},
              {linkId: 'a', type: 'string'},
            ],
          },
          'duplicate-id',
        ],
        [
          {
            resourceType: 'Questionnaire',
            item: [
              {
                linkId: 'a',
                type: 'string',
                enableWhen: [{question: 'nowhere', operator: 'exists', answerBoolean: true}],
              },
            ],
          },
          'unknown-reference',
        ],
      ];
      for (const [questionnaire, code] of cases) {
        const el = document.createElement('cl-feedback-form');
        el.questionnaire = questionnaire;
        const error = oneEvent(el, 'cl-error');
        mount(el);
        const {detail} = (await error) as CustomEvent<CareloopErrorDetail>;
        await settled(el);
        expect(detail.problems.map((p) => p.code)).to.include(code);
        expect($$(el, '.questions').length, '.questions').to.equal(0);
        expect(textOf($(el, '.problems'))).to.match(/a|nowhere/);
        el.remove();
      }
    });

    it('refuses 10,000 items with a clear message instead of freezing the page', async () => {
      const el = document.createElement('cl-feedback-form');
      el.questionnaire = {
        resourceType: 'Questionnaire',
        item: Array.from({length: 10_000}, (_, i) => ({linkId: `q${i}`, type: 'string', text: `Q${i}`})),
      };
      const error = oneEvent(el, 'cl-error');
      mount(el);
      const {detail} = (await error) as CustomEvent<CareloopErrorDetail>;
      await settled(el);
      expect(detail.code).to.equal('too-many');
      expect(textOf($(el, '.problems'))).to.contain('more than 1000 entries');
    });

    it('names a question whose text is 5 MiB (too-long), shows a notice in its place, and the rest still answers', async () => {
      // Nothing here is about time: the test only shows that a huge text neither breaks
      // rendering nor the answer (a freeze would fail it at the test's ceiling).
      const el = document.createElement('cl-feedback-form');
      el.questionnaire = {
        resourceType: 'Questionnaire',
        item: [
          {linkId: 'big', type: 'string', text: 'x'.repeat(5 * 1024 * 1024)},
          {linkId: 'small', type: 'string', text: 'Anything else?'},
        ],
      };
      const error = oneEvent(el, 'cl-error');
      mount(el);
      const {detail} = (await error) as CustomEvent<CareloopErrorDetail>;
      expect(detail.problems.map((p) => [p.code, p.path])).to.deep.equal([['too-long', 'item[0].text']]);
      await settled(el);
      expect(textOf($(el, '.unsupported__notice'))).to.contain('This question cannot be shown here');
      expect(questions(el)[0]).to.equal('Anything else?');
      $<HTMLInputElement>(el, 'input')!.focus();
      await type(el, 'ok');
      expect((await submitted(el)).data.answers).to.deep.equal({small: 'ok'});
    });

    it('keeps script in text, prefix, options and xhtml inert', async () => {
      const hostile = '<img src=x onerror="window.__clHacked=1"><script>window.__clHacked=1</script>';
      const el = await feedbackForm(
        {},
        {
          resourceType: 'Questionnaire',
          title: hostile,
          item: [
            {
              linkId: 'd',
              type: 'display',
              text: 'Plain',
              _text: {
                extension: [
                  {
                    url: 'http://hl7.org/fhir/StructureDefinition/rendering-xhtml',
                    valueString: `<b>Bold</b>${hostile}<a href="javascript:alert(1)">x</a>`,
                  },
                ],
              },
            },
            {linkId: 'q', type: 'choice', prefix: hostile, text: hostile, answerOption: [{valueString: hostile}]},
          ],
        },
      );
      await until(() => $(el, '.rich') !== null, 'the sanitised xhtml');
      await tasksRun();
      expect((window as unknown as {__clHacked?: number}).__clHacked).to.equal(undefined);
      expect(textOf($(el, '.title'))).to.equal(hostile);
      expect($$(el, '.rich b').length, '.rich b').to.be.greaterThan(0);
      expect($$(el, '.rich img, .rich script').length, 'media and script').to.equal(0);
      expect($(el, '.rich a')?.hasAttribute('href')).to.equal(false);
      expect($$(el, '.rich [onerror]').length).to.equal(0);
      expect(textOf($(el, 'legend'))).to.contain('<script>');
    });

    it('keeps the plain text of an item whose xhtml is nothing once sanitised', async () => {
      const xhtml = (valueString: string) => ({
        extension: [{url: 'http://hl7.org/fhir/StructureDefinition/rendering-xhtml', valueString}],
      });
      const el = await feedbackForm(
        {},
        {
          resourceType: 'Questionnaire',
          item: [
            {linkId: 'empty', type: 'display', text: 'Plain words', _text: xhtml('<img src=x><script>1</script>  ')},
            {linkId: 'rich', type: 'display', text: 'Other', _text: xhtml('<b>Bold</b> words')},
          ],
        },
      );
      // Sanitised in order: once the second is in, the first was done.
      await until(() => $(el, '.rich b') !== null, 'the second item sanitised');
      expect($$(el, '.rich').length).to.equal(1);
      expect(textOf(el.shadowRoot)).to.contain('Plain words');
    });

    it('asks who is answering when the page gives a role it does not know, and ignores unknown paging', async () => {
      const el = await feedbackForm({preset: 'what-matters', 'respondent-role': 'boss', paging: 'sideways'});
      expect($$(el, '.role input').length).to.equal(RESPONDENT_ROLES.length);
      expect($$(el, '.step-heading').length).to.equal(0);
      await write(el, 'What matters to you?', 'Quiet nights');
      $<HTMLInputElement>(el, '#role-carer')!.click();
      await el.updateComplete;
      expect((await submitted(el)).data.respondent).to.deep.equal({role: 'carer'});
    });

    it('names an unknown preset', async () => {
      const el = document.createElement('cl-feedback-form');
      el.setAttribute('preset', 'nps');
      const error = oneEvent(el, 'cl-error');
      mount(el);
      const {detail} = (await error) as CustomEvent<CareloopErrorDetail>;
      expect(detail.code).to.equal('not-allowed');
      expect(detail.problems[0]!.path).to.equal('preset');
    });
  });
});

const EVERY_TYPE_PAGED = {
  resourceType: 'Questionnaire',
  title: 'Two steps',
  item: [
    {
      linkId: 'about',
      type: 'group',
      text: 'About you',
      item: [{linkId: 'patient', type: 'boolean', required: true, text: 'Are you a patient?'}],
    },
    {
      linkId: 'visit',
      type: 'group',
      text: 'Your visit',
      item: [{linkId: 'well', type: 'text', text: 'What went well?'}],
    },
  ],
};

formAssociatedConformance<FeedbackForm>({
  tag: 'cl-feedback-form',
  make: () => {
    const el = document.createElement('cl-feedback-form');
    el.setAttribute('preset', 'what-matters');
    return el;
  },
  ready: (el) => until(() => $(el, 'textarea') !== null, 'the preset'),
  answer: async (el) => {
    await write(el, 'What matters to you?', 'Family');
  },
  answered: (value) => {
    const response = value as Envelope['fhir'];
    expect(response.resourceType).to.equal('QuestionnaireResponse');
    expect(response.item![0]!.answer).to.deep.equal([{valueString: 'Family'}]);
  },
  empty: (el) => $<HTMLTextAreaElement>(el, 'textarea')?.value === '',
  controls: (el) => $$(el, 'input, textarea, select, button'),
});
