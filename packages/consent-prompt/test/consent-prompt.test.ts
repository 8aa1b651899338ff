import {expect, oneEvent} from '@open-wc/testing';
import {formAssociatedConformance} from '../../core/test/form-associated.js';
import {sendKeys} from '@web/test-runner-commands';
import {type CareloopErrorDetail, type SubmissionEnvelope} from '@careloop/core';
import '@careloop/consent-prompt/cl-consent-prompt.js';
import {RELATIONSHIPS, type ConsentPrompt, type ConsentRecord} from '@careloop/consent-prompt';
import {sha256Fallback} from '../src/sha256.js';
import {
  collector,
  expectAccessible,
  mount,
  settled,
  takeConsole,
  tasksRun,
  textOf,
  until,
  useDocumentLanguage,
} from '../../core/test/support.js';

const CONFIG = {
  policy: {id: 'involvement', version: '3', url: '/privacy/involvement'},
  controller: 'Riverside Hospital, Patient Experience Team',
  retention: 'two years after your last contact with us',
  purposes: [
    {
      id: 'contact-workshop',
      title: 'Contact me about this workshop',
      description: 'By e-mail or phone, **only** about this workshop.',
      required: true,
    },
    {id: 'future', title: 'Contact me about future involvement', description: 'At most four times a year.'},
    {id: 'story', title: 'Use my story in our annual report', description: 'Without your name.'},
  ],
};

const $ = <E extends Element = HTMLElement>(el: ConsentPrompt, selector: string) =>
  el.shadowRoot!.querySelector<E>(selector);
const $$ = <E extends Element = HTMLElement>(el: ConsentPrompt, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<E>(selector),
];
const focused = (el: ConsentPrompt) => el.shadowRoot!.activeElement as HTMLElement | null;

async function prompt(
  attrs: Record<string, string> = {},
  config: unknown = CONFIG,
  previous?: ConsentRecord,
): Promise<ConsentPrompt> {
  const el = document.createElement('cl-consent-prompt');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.config = config;
  if (previous) el.previous = previous;
  mount(el);
  await settled(el);
  return el;
}

/** Ticks or unticks a box as a person does: focus it, press the space bar. */
async function toggle(el: ConsentPrompt, id: string): Promise<void> {
  const box = $<HTMLInputElement>(el, `#${id}`)!;
  const before = box.checked;
  box.focus();
  await until(() => focused(el) === box, `#${id} to have focus`);
  await sendKeys({type: ' '});
  await until(() => box.checked !== before, `#${id} to change`);
  await el.updateComplete;
}

/** Presses a button by keyboard and waits for the decision it records. */
async function pressButton(el: ConsentPrompt, label: string): Promise<void> {
  const button = $$<HTMLButtonElement>(el, 'button').find((b) => textOf(b) === label);
  if (!button) throw new Error(`no button "${label}"`);
  button.focus();
  await until(() => focused(el) === button, `${label} to have focus`);
  await sendKeys({press: 'Enter'});
}

async function save(el: ConsentPrompt): Promise<ConsentRecord> {
  const change = oneEvent(el, 'cl-consent-change');
  await pressButton(el, textOf($(el, '[part="save"]')));
  return ((await change) as CustomEvent<ConsentRecord>).detail;
}

/** "Change my choices", then wait for focus to land on the heading as it does for a person. */
async function changeChoices(el: ConsentPrompt): Promise<void> {
  $$<HTMLButtonElement>(el, 'button')
    .find((b) => textOf(b) === 'Change my choices')!
    .click();
  await until(() => focused(el)?.classList.contains('title') === true, 'the heading to have focus');
}

async function sha256(text: string): Promise<string> {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return `sha256:${[...hash].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

afterEach(async () => {
  localStorage.clear();
  await useDocumentLanguage('en');
});

describe('<cl-consent-prompt>', () => {
  describe('defaults', () => {
    it('says who processes what, for how long and how to withdraw, with nothing ticked', async () => {
      const el = await prompt();
      const notice = textOf($(el, '.notice'));
      expect(notice).to.contain('Riverside Hospital, Patient Experience Team');
      expect(notice).to.contain('two years after your last contact with us');
      expect(notice).to.contain('You can change your mind at any time');
      expect($(el, '.notice a')!.getAttribute('href')).to.equal('/privacy/involvement');
      expect(notice).not.to.contain('public document');
      const boxes = $$<HTMLInputElement>(el, '.purposes input');
      expect(boxes.map((b) => b.checked)).to.deep.equal([false, false, false]);
      expect($$(el, '.purpose label').map(textOf)).to.deep.equal([
        'Contact me about this workshop (required)',
        'Contact me about future involvement',
        'Use my story in our annual report',
      ]);
      expect(textOf($(el, '.purpose__description strong'))).to.equal('only');
      expect($$(el, 'button').map(textOf)).to.deep.equal(['Save my choices']);
      expect($<HTMLInputElement>(el, '#for-self')!.checked).to.equal(true);
      await expectAccessible(el);
    });

    it('offers "Accept all" and "Decline all" only when configured, with equal prominence', async () => {
      const el = await prompt({}, {...CONFIG, offerAll: true});
      const [accept, decline] = $$<HTMLButtonElement>(el, '.actions button');
      expect([textOf(accept), textOf(decline)]).to.deep.equal(['Accept all', 'Decline all']);
      expect(accept!.className).to.equal(decline!.className);
      const a = accept!.getBoundingClientRect();
      const d = decline!.getBoundingClientRect();
      expect(Math.abs(a.height - d.height)).to.be.below(1);
      expect(getComputedStyle(accept!).backgroundColor).to.equal(getComputedStyle(decline!).backgroundColor);
    });

    it('says what is submitted may become public with notice="public-record"', async () => {
      const el = await prompt({notice: 'public-record'});
      expect(textOf($(el, '.notice'))).to.contain('may become a public document');
      const fromConfig = await prompt({}, {...CONFIG, notice: 'public-record'});
      expect(textOf($(fromConfig, '.notice'))).to.contain('may become a public document');
    });
  });

  describe('deciding, by keyboard', () => {
    it('records each purpose, the exact words shown and their SHA-256', async () => {
      const el = await prompt();
      await toggle(el, 'purpose-contact-workshop');
      await toggle(el, 'purpose-story');
      const record = await save(el);
      expect(record.decisions).to.deep.equal({'contact-workshop': 'granted', future: 'refused', story: 'granted'});
      expect(record.policy).to.deep.equal({id: 'involvement', version: '3', url: '/privacy/involvement'});
      expect(record.language).to.equal('en');
      expect(record.decidedBy).to.deep.equal({onBehalf: false});
      expect(record.text).to.contain('Who processes your information: Riverside Hospital, Patient Experience Team.');
      expect(record.text).to.contain('Contact me about this workshop (required)');
      expect(record.text).to.contain('By e-mail or phone, **only** about this workshop.');
      expect(record.digest).to.equal(await sha256(record.text));
      expect(Date.parse(record.decidedAt)).to.be.closeTo(Date.now(), 5000);
      await until(() => $(el, '.decided') !== null, 'the saved choices');
      expect(textOf($(el, '.decided'))).to.contain('Use my story in our annual report: agreed');
      expect(textOf($(el, '.decided'))).to.contain('Contact me about future involvement: not agreed');
      await until(() => focused(el)?.classList.contains('decided') === true, 'the saved choices to have focus');
      await expectAccessible(el);
    });

    it('blocks a save without a required purpose, with a summary linking to it', async () => {
      const el = await prompt();
      let changes = 0;
      el.addEventListener('cl-consent-change', () => changes++);
      await pressButton(el, 'Save my choices');
      await until(() => focused(el)?.classList.contains('error-summary') === true, 'the error summary to have focus');
      expect(textOf($(el, '.error-summary'))).to.contain('To continue, tick “Contact me about this workshop”');
      expect(textOf($(el, '.purpose--error .error-message'))).to.contain('To continue, tick');
      await expectAccessible(el);
      $(el, '.error-summary a')!.click();
      await until(() => focused(el)?.id === 'purpose-contact-workshop', 'the box to have focus');
      expect(changes).to.equal(0);
      expect(el.check()).to.deep.equal(['To continue, tick “Contact me about this workshop”']);
    });

    it('records a decision on someone’s behalf, with the relationship and their name', async () => {
      const el = await prompt();
      $<HTMLInputElement>(el, '#for-other')!.click();
      await el.updateComplete;
      await toggle(el, 'purpose-contact-workshop');
      await pressButton(el, 'Save my choices');
      await until(() => $(el, '.error-summary') !== null, 'the error summary');
      expect($$(el, '.error-summary a').map(textOf)).to.deep.equal([
        'Choose how you are related to the person',
        'Enter the name of the person you are deciding for',
      ]);
      const select = $<HTMLSelectElement>(el, '#relationship')!;
      expect([...select.options].slice(1).map((o) => o.value)).to.deep.equal([...RELATIONSHIPS]);
      select.value = 'parent-or-guardian';
      select.dispatchEvent(new Event('change'));
      const name = $<HTMLInputElement>(el, '#person-name')!;
      name.focus();
      await sendKeys({type: 'Léa'});
      await until(() => name.value === 'Léa', 'the name');
      await el.updateComplete;
      await expectAccessible(el);
      const record = await save(el);
      expect(record.decidedBy).to.deep.equal({onBehalf: true, relationship: 'parent-or-guardian', personName: 'Léa'});
      const fhir = el.toFhir(record)!;
      expect(fhir['patient']).to.deep.equal({display: 'Léa'});
      expect(fhir['performer']).to.deep.equal([{reference: '#decider'}]);
      expect((fhir['contained'] as {resourceType: string}[])[0]!.resourceType).to.equal('RelatedPerson');
    });

    for (const [lang, words] of [
      ['fr', 'Qui traite vos informations'],
      ['sv', 'Vem som behandlar dina uppgifter'],
      ['nb', 'Hvem som behandler opplysningene dine'],
    ] as const) {
      it(`is decided by keyboard in ${lang}, and records the words shown in ${lang}`, async () => {
        await useDocumentLanguage(lang);
        const el = await prompt();
        await toggle(el, 'purpose-contact-workshop');
        const record = await save(el);
        expect(record.language).to.equal(lang);
        expect(record.text).to.contain(words);
        await expectAccessible(el);
      });
    }

    it('records "Decline all" as a refusal, even with a required purpose', async () => {
      const el = await prompt({}, {...CONFIG, offerAll: true});
      const change = oneEvent(el, 'cl-consent-change');
      await pressButton(el, 'Decline all');
      const record = ((await change) as CustomEvent<ConsentRecord>).detail;
      expect(Object.values(record.decisions)).to.deep.equal(['refused', 'refused', 'refused']);
      expect(el.toFhir(record)!['status']).to.equal('rejected');
    });
  });

  describe('evidence', () => {
    it('keeps the paragraphs, lists, emphasis and link addresses shown, so that different displays differ', async () => {
      const described = (description: string) => ({
        ...CONFIG,
        purposes: [{id: 'share', title: 'Share my answers', description}],
      });
      const el = await prompt(
        {},
        described('We share them with:\n\n- your GP\n- the ward team\n\nSee [our policy](/privacy/sharing).'),
      );
      const record = await save(el);
      const lines = record.text.split('\n');
      expect(lines).to.include.members([
        'Share my answers',
        'We share them with:',
        '- your GP',
        '- the ward team',
        `See our policy (${new URL('/privacy/sharing', location.href).href}).`,
      ]);
      expect(lines).to.include(`Read the full privacy policy (${new URL('/privacy/involvement', location.href).href})`);
      expect(record.text).not.to.contain('with:your GP');
      const digests = new Set([record.digest]);
      for (const other of [
        'We share them with:\n\n- your GP the ward team\n\nSee [our policy](/privacy/sharing).',
        'We share them with:\n\n- your GP\n- the ward team\n\nSee [our policy](/privacy/everyone).',
        'We share them with:\n\n- your GP\n- the ward team\n\nSee **our policy**.',
      ]) {
        await changeChoices(el);
        el.config = described(other);
        await el.updateComplete;
        digests.add((await save(el)).digest);
      }
      expect(digests.size, 'four displays, four digests').to.equal(4);
    });

    it('changes the digest when, and only when, the words shown change', async () => {
      const el = await prompt({}, {...CONFIG, purposes: CONFIG.purposes.map((p) => ({...p, required: false}))});
      const first = await save(el);
      await changeChoices(el);
      el.theme = 'dark';
      await toggle(el, 'purpose-future');
      const second = await save(el);
      expect(second.digest, 'a different choice and theme, the same words').to.equal(first.digest);
      await changeChoices(el);
      el.config = {
        ...CONFIG,
        purposes: CONFIG.purposes.map((p, i) => ({
          ...p,
          required: false,
          description: i === 2 ? 'With your first name.' : p.description,
        })),
      };
      await el.updateComplete;
      const third = await save(el);
      expect(third.digest, 'another description').not.to.equal(first.digest);
      await changeChoices(el);
      await useDocumentLanguage('fr');
      await until(() => textOf($(el, '[part="save"]')) === 'Enregistrer mes choix', 'the French words');
      await el.updateComplete;
      const fourth = await save(el);
      expect(fourth.language).to.equal('fr');
      expect(fourth.digest, 'another language').not.to.equal(third.digest);
      expect(fourth.text).to.contain('Qui traite vos informations');
    });

    it('records the same digest on a page without crypto.subtle (no HTTPS)', async () => {
      Object.defineProperty(crypto, 'subtle', {value: undefined, configurable: true});
      try {
        const el = await prompt();
        await toggle(el, 'purpose-contact-workshop');
        const record = await save(el);
        expect(record.digest).to.match(/^sha256:[0-9a-f]{64}$/);
        delete (crypto as {subtle?: unknown}).subtle;
        expect(record.digest).to.equal(await sha256(record.text));
      } finally {
        delete (crypto as {subtle?: unknown}).subtle;
      }
    });

    it('computes the same SHA-256 without crypto.subtle (pages without HTTPS)', async () => {
      for (const text of ['', 'abc', 'Consentement à être recontacté — ✓', 'x'.repeat(1000)]) {
        const hash = sha256Fallback(new TextEncoder().encode(text));
        const hex = `sha256:${[...hash].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
        expect(hex, JSON.stringify(text.slice(0, 20))).to.equal(await sha256(text));
      }
    });
  });

  describe('a damaged earlier record', () => {
    for (const [what, previous, path] of [
      [
        'without decisions',
        {id: 'r1', decidedAt: '2026-01-01T10:00:00Z', decidedBy: {onBehalf: false}},
        'previous.decisions',
      ],
      ['with junk decisions', {decisions: {future: 'maybe'}, decidedBy: {onBehalf: false}}, 'previous.decisions'],
      [
        'without who decided',
        {decisions: {future: 'granted'}, decidedAt: '2026-01-01T10:00:00Z'},
        'previous.decidedBy',
      ],
      ['with no date', {decisions: {}, decidedBy: {onBehalf: false}, decidedAt: 'soon'}, 'previous.decidedAt'],
      ['that is a list', [], 'previous'],
    ] as const) {
      it(`is named, not adopted: a record ${what}`, async () => {
        const el = document.createElement('cl-consent-prompt');
        el.config = CONFIG;
        el.previous = previous as unknown as ConsentRecord;
        const error = oneEvent(el, 'cl-error');
        mount(el);
        const {detail} = (await error) as CustomEvent<CareloopErrorDetail>;
        expect(detail.problems.map((p) => [p.code, p.path])).to.deep.equal([['wrong-type', path]]);
        await settled(el);
        // The person is asked afresh, with nothing ticked.
        expect($(el, '.previous')).to.equal(null);
        expect($$<HTMLInputElement>(el, 'input[type="checkbox"]').some((box) => box.checked)).to.equal(false);
        takeConsole();
      });
    }
  });

  describe('changing one’s mind', () => {
    it('shows an earlier decision and withdraws it with a new record that refers to it', async () => {
      const el = await prompt();
      await toggle(el, 'purpose-contact-workshop');
      await toggle(el, 'purpose-future');
      const first = await save(el);
      const again = await prompt(
        {},
        {...CONFIG, purposes: CONFIG.purposes.map((p) => ({...p, required: false}))},
        first,
      );
      expect(textOf($(again, '.previous'))).to.contain('Contact me about future involvement: agreed');
      expect($<HTMLInputElement>(again, '#purpose-future')!.checked).to.equal(true);
      await toggle(again, 'purpose-future');
      await toggle(again, 'purpose-contact-workshop');
      const withdrawal = await save(again);
      expect(withdrawal.replaces).to.equal(first.id);
      expect(withdrawal.id).not.to.equal(first.id);
      expect(withdrawal.decisions).to.deep.equal({'contact-workshop': 'refused', future: 'refused', story: 'refused'});
      expect(again.toFhir(withdrawal)!['status']).to.equal('inactive');
      expect(first.decisions['future'], 'the earlier record is never edited').to.equal('granted');
      expect(again.records.map((r) => r.id)).to.deep.equal([withdrawal.id]);
    });

    it('remembers the choices (without names) so a returning visitor is not asked again', async () => {
      const el = await prompt({remember: ''});
      $<HTMLInputElement>(el, '#for-other')!.click();
      await el.updateComplete;
      const select = $<HTMLSelectElement>(el, '#relationship')!;
      select.value = 'carer';
      select.dispatchEvent(new Event('change'));
      const name = $<HTMLInputElement>(el, '#person-name')!;
      name.value = 'Ingrid Nilsen';
      name.dispatchEvent(new Event('input'));
      await toggle(el, 'purpose-contact-workshop');
      await save(el);
      const stored = localStorage.getItem('careloop-consent:involvement')!;
      expect(JSON.parse(stored)).to.include({version: '3'});
      expect(stored).not.to.contain('Ingrid');
      el.remove();
      const back = await prompt({remember: ''});
      expect($(back, '.purposes')).to.equal(null);
      expect(textOf($(back, '.decided'))).to.contain('Contact me about this workshop: agreed');
    });

    it('asks again, saying what changed, when the policy version is new', async () => {
      localStorage.setItem(
        'careloop-consent:involvement',
        JSON.stringify({
          version: '2',
          decisions: {'contact-workshop': 'granted', future: 'granted', story: 'granted'},
          decidedAt: '2026-01-10T10:00:00Z',
        }),
      );
      const el = await prompt(
        {remember: ''},
        {...CONFIG, policy: {...CONFIG.policy, changes: 'Stories are now kept for **five** years.'}},
      );
      expect(textOf($(el, '.changed'))).to.contain('version 2, now 3');
      expect(textOf($(el, '.changed'))).to.contain('Stories are now kept for five years.');
      expect($$<HTMLInputElement>(el, '.purposes input').map((b) => b.checked)).to.deep.equal([false, false, false]);
      await expectAccessible(el);
    });
  });

  describe('as a dialog', () => {
    it('moves focus in, keeps it there, closes on Escape without a decision, and returns focus', async () => {
      const el = await prompt({mode: 'dialog'});
      let changes = 0;
      el.addEventListener('cl-consent-change', () => changes++);
      const trigger = $<HTMLButtonElement>(el, '.trigger')!;
      expect(textOf(trigger)).to.equal('Review your consent choices');
      trigger.focus();
      await sendKeys({press: 'Enter'});
      await until(() => $<HTMLDialogElement>(el, 'dialog')!.open, 'the dialog to open');
      await until(() => focused(el)?.classList.contains('title') === true, 'the dialog’s heading to have focus');
      await expectAccessible(el);
      const last = $$<HTMLButtonElement>(el, 'dialog button').at(-1)!;
      expect(textOf(last)).to.equal('Close without deciding');
      last.focus();
      await sendKeys({press: 'Tab'});
      await until(() => focused(el)?.classList.contains('title') === true, 'focus to wrap to the start of the dialog');
      await sendKeys({press: 'Escape'});
      await until(() => !$<HTMLDialogElement>(el, 'dialog')!.open, 'the dialog to close');
      await until(() => focused(el) === trigger, 'focus to return to the button');
      expect(changes).to.equal(0);
    });

    it('gives focus back to the host page’s own button that opened it', async () => {
      const el = await prompt({mode: 'dialog'});
      const opener = document.createElement('button');
      opener.textContent = 'Manage my consent';
      opener.addEventListener('click', () => el.show());
      mount(opener);
      try {
        opener.focus();
        await sendKeys({press: 'Enter'});
        await until(() => $<HTMLDialogElement>(el, 'dialog')!.open, 'the dialog to open');
        await until(() => focused(el)?.classList.contains('title') === true, 'the dialog’s heading to have focus');
        await sendKeys({press: 'Escape'});
        await until(() => !$<HTMLDialogElement>(el, 'dialog')!.open, 'the dialog to close');
        await until(() => document.activeElement === opener, 'focus to return to the host’s button');
      } finally {
        opener.remove();
      }
    });

    it('records the decision made in the dialog, closes it, and shows the choices', async () => {
      const el = await prompt({mode: 'dialog'});
      $<HTMLButtonElement>(el, '.trigger')!.click();
      await until(() => $<HTMLDialogElement>(el, 'dialog')!.open, 'the dialog to open');
      await toggle(el, 'purpose-contact-workshop');
      const record = await save(el);
      expect(record.decisions['contact-workshop']).to.equal('granted');
      await until(() => !$<HTMLDialogElement>(el, 'dialog')!.open, 'the dialog to close');
      await until(() => focused(el)?.classList.contains('decided') === true, 'the choices to have focus');
    });
  });

  describe('in a host form and through the outbox', () => {
    it('reports validity and its choices to a host <form>', async () => {
      const host = document.createElement('form');
      mount(host);
      const el = document.createElement('cl-consent-prompt');
      el.setAttribute('name', 'consent');
      el.setAttribute('embedded', '');
      el.config = CONFIG;
      host.append(el);
      await settled(el);
      expect($$(el, '.actions')).to.have.length(0);
      expect(host.checkValidity()).to.equal(false);
      await toggle(el, 'purpose-contact-workshop');
      expect(host.checkValidity()).to.equal(true);
      const value = JSON.parse(new FormData(host).get('consent') as string) as {decisions: Record<string, string>};
      expect(value.decisions['contact-workshop']).to.equal('granted');
      const record = await el.decide();
      expect(record?.decisions['contact-workshop']).to.equal('granted');
    });

    for (const [credentials, cookie] of [
      [null, undefined],
      ['same-origin', 'cl-session=ward-7'],
      ['sideways', undefined],
    ] as const) {
      it(`sends the page’s session cookie ${cookie ? 'with' : 'without'} credentials="${String(credentials)}"`, async () => {
        document.cookie = 'cl-session=ward-7; path=/';
        try {
          const server = collector();
          const el = await prompt({
            endpoint: server.endpoint('ok'),
            persist: 'none',
            ...(credentials ? {credentials} : {}),
          });
          await toggle(el, 'purpose-contact-workshop');
          const sent = oneEvent(el, 'cl-submitted');
          await save(el);
          await sent;
          const log = await server.log();
          expect(Object.values(log)[0]![0]!.headers['cookie']).to.equal(cookie);
        } finally {
          document.cookie = 'cl-session=; path=/; max-age=0';
        }
      });
    }

    it('sends each decision once, as JSON and a FHIR Consent, with an endpoint', async () => {
      const server = collector();
      const el = await prompt({endpoint: server.endpoint('ok'), persist: 'none'});
      await toggle(el, 'purpose-contact-workshop');
      const sent = oneEvent(el, 'cl-submitted');
      const record = await save(el);
      await sent;
      const log = await server.log();
      const [received] = Object.values(log);
      expect(received).to.have.length(1);
      const envelope = JSON.parse(received![0]!.body) as SubmissionEnvelope<ConsentRecord> & {
        fhir: Record<string, unknown>;
      };
      expect(envelope.kind).to.equal('consent');
      expect(envelope.data).to.deep.equal(record);
      expect(envelope.fhir['resourceType']).to.equal('Consent');
      expect(envelope.fhir['status']).to.equal('active');
      await until(() => textOf($(el, '.delivery')) === 'Sent.', 'Sent');
    });
  });

  describe('bad input', () => {
    it('names what is wrong in the configuration and stays inert', async () => {
      const el = document.createElement('cl-consent-prompt');
      el.config = {
        policy: {id: 'x'},
        purposes: [{id: 'a', title: 'A'}, {id: 'a', title: 'B'}, {title: 3}],
        offerAll: 'yes',
      };
      const error = oneEvent(el, 'cl-error');
      mount(el);
      const {detail} = (await error) as CustomEvent<CareloopErrorDetail>;
      await settled(el);
      expect(detail.problems.map((p) => p.path)).to.include.members([
        'policy.version',
        'controller',
        'purposes[1].id',
        'purposes[2].id',
        'offerAll',
      ]);
      expect($$(el, 'input')).to.have.length(0);
      expect(textOf($(el, '.problems'))).to.contain('policy.version');
      await expectAccessible(el);
    });

    it('shows itself inline when mode is not one it knows', async () => {
      const el = await prompt({mode: 'popup'});
      expect($$(el, 'dialog, .trigger')).to.have.length(0);
      expect($$(el, '.purposes input')).to.have.length(3);
    });

    it('shows hostile purpose texts as text', async () => {
      const el = await prompt(
        {},
        {
          ...CONFIG,
          controller: '<img src=x onerror="window.__clHacked=1">',
          purposes: [
            {
              id: 'p',
              title: '<script>window.__clHacked=1</script>',
              description: '<iframe src="javascript:alert(1)"></iframe> [x](javascript:alert(1))',
            },
          ],
        },
      );
      await tasksRun();
      expect((window as unknown as {__clHacked?: number}).__clHacked).to.equal(undefined);
      expect($$(el, 'img, script, iframe')).to.have.length(0);
      expect(textOf($(el, '.purpose label'))).to.contain('<script>');
      expect($(el, '.purpose__description a')).to.equal(null);
    });
  });
});

formAssociatedConformance<ConsentPrompt>({
  tag: 'cl-consent-prompt',
  make: () => {
    const el = document.createElement('cl-consent-prompt');
    el.setAttribute('embedded', '');
    el.config = CONFIG;
    return el;
  },
  ready: (el) => settled(el),
  answer: (el) => toggle(el, 'purpose-contact-workshop'),
  answered: (value) => {
    const choices = value as {decisions: Record<string, string>; decidedBy: {onBehalf: boolean}};
    expect(choices.decisions).to.deep.equal({'contact-workshop': 'granted', future: 'refused', story: 'refused'});
    expect(choices.decidedBy).to.deep.equal({onBehalf: false});
  },
  empty: (el) => $<HTMLInputElement>(el, '#purpose-contact-workshop')?.checked === false,
  controls: (el) => $$(el, 'input, select, button'),
});
