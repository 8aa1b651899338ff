import {expect, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {type CareloopErrorDetail, type SubmissionEnvelope} from '@careloop/core';
import '@careloop/workshop-signup/cl-workshop-signup.js';
import {
  calendarFile,
  escapeText,
  foldLine,
  instantOf,
  type RegistrationData,
  type WorkshopSignup,
} from '@careloop/workshop-signup';
import {
  collector,
  expectAccessible,
  fixture,
  mount,
  settled,
  tasksRun,
  textOf,
  until,
  useDocumentLanguage,
} from '../../core/test/support.js';

/**
 * Workshops far enough ahead that the tests keep working for years, one long past: the
 * fixture the node tests of registrations read too.
 */
type Item = Record<string, unknown> & {id: string; title: string};
const WORKSHOPS = await fixture<Item[]>(new URL('./fixtures/workshops.json', import.meta.url));
const byId = (id: string) => WORKSHOPS.find((w) => w.id === id)!;
const FAMILIES = byId('families-2030');
const EVALUATION = byId('evaluation-2030');
const CANDIDATES = byId('co-design-2030');
const FEED = WORKSHOPS.filter((w) => w !== CANDIDATES);

const $ = <E extends Element = HTMLElement>(el: WorkshopSignup, selector: string) =>
  el.shadowRoot!.querySelector<E>(selector);
const $$ = <E extends Element = HTMLElement>(el: WorkshopSignup, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<E>(selector),
];
const focused = (el: WorkshopSignup) => el.shadowRoot!.activeElement as HTMLElement | null;
const titles = (el: WorkshopSignup) => $$(el, '.workshop__title').map(textOf);

async function signup(attrs: Record<string, string> = {}, items: unknown = FEED): Promise<WorkshopSignup> {
  const el = document.createElement('cl-workshop-signup');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.items = items;
  mount(el);
  await settled(el);
  return el;
}

/** Focuses a field and types into it one character at a time, as a person watching the screen. */
async function typeInto(el: WorkshopSignup, id: string, text: string): Promise<void> {
  const field = $<HTMLInputElement>(el, `#${id}`)!;
  field.focus();
  await until(() => focused(el) === field, `#${id} to have focus`);
  for (const character of text) {
    const before = field.value;
    await sendKeys({type: character});
    await until(() => field.value !== before, `"${character}" in #${id}`);
  }
  await el.updateComplete;
}

/** Ticks a box or chooses a radio button with the space bar. */
async function tick(el: WorkshopSignup, id: string): Promise<void> {
  const box = $<HTMLInputElement>(el, `#${id}`)!;
  box.focus();
  await until(() => focused(el) === box, `#${id} to have focus`);
  await sendKeys({type: ' '});
  await until(() => box.checked, `#${id} to be ticked`);
  await el.updateComplete;
}

async function press(el: WorkshopSignup, button: HTMLElement): Promise<void> {
  button.focus();
  await until(() => focused(el) === button, 'the button to have focus');
  await sendKeys({press: 'Enter'});
}

/** Opens a form with a click, and waits for focus to land on its heading. */
async function openForm(el: WorkshopSignup, button: HTMLElement): Promise<void> {
  button.click();
  await until(() => focused(el)?.classList.contains('form-heading') === true, 'the form heading to have focus');
}

const consentBox = (el: WorkshopSignup) =>
  $(el, 'cl-consent-prompt')!.shadowRoot!.querySelector<HTMLInputElement>('#purpose-contact-workshop')!;

afterEach(async () => {
  await useDocumentLanguage('en');
});

describe('<cl-workshop-signup>', () => {
  describe('the list', () => {
    it('shows upcoming workshops by date, hides past ones, and says which are cancelled, closed or full', async () => {
      const el = await signup({'time-zone': 'America/Toronto'});
      expect(titles(el)).to.deep.equal([
        'Evaluation workshop',
        'Families’ workshop: bringing patient resources into working groups',
        'Cancelled session',
        'Learning network gathering',
        'Deadline passed',
      ]);
      const card = (title: string) =>
        $$(el, '.workshop').find((w) => textOf(w.querySelector('.workshop__title')) === title)!;
      expect(textOf(card('Cancelled session'))).to.contain('Cancelled');
      expect(card('Cancelled session').querySelector('button')).to.equal(null);
      expect(textOf(card('Deadline passed'))).to.contain('Registration has closed');
      expect(textOf(card('Learning network gathering').querySelector('button'))).to.contain('Join the waitlist');
      const families = textOf(card('Families’ workshop: bringing patient resources into working groups'));
      expect(families).to.contain('8 left');
      expect(families).to.contain('Marie Tremblay (Patient partner)');
      expect(families).to.contain('French');
      expect(families).to.contain('Step-free entrance');
      expect(
        textOf(
          card('Families’ workshop: bringing patient resources into working groups').querySelector(
            '.workshop__description strong',
          ),
        ),
      ).to.equal('work together');
      await expectAccessible(el);
    });

    it('shows times in the viewer’s zone, naming the workshop’s own when they differ, across a DST change', async () => {
      const el = await signup({'time-zone': 'Europe/Stockholm'});
      const when = (title: string) =>
        textOf(
          $$(el, '.workshop')
            .find((w) => textOf(w.querySelector('.workshop__title')) === title)!
            .querySelector('dd'),
        );
      // 5 March 2030: Toronto on EST (UTC−5), Stockholm on CET (UTC+1): six hours apart.
      expect(when('Evaluation workshop')).to.match(
        /Wednesday, March 6, 2030, 12:00\s?AM–2:00\s?AM \(your time; 6:00\s?PM–8:00\s?PM Eastern Standard Time\)/,
      );
      // 12 March 2030: Toronto has moved to EDT (UTC−4), Stockholm has not: five hours apart.
      expect(when('Families’ workshop: bringing patient resources into working groups')).to.match(
        /Tuesday, March 12, 2030, 11:00\s?PM–Wednesday|Tuesday, March 12, 2030, 11:00\s?PM–1:00\s?AM \(your time; 6:00\s?PM–8:00\s?PM Eastern Daylight Time\)/,
      );
      const same = await signup({'time-zone': 'America/Toronto'});
      expect(textOf($$(same, '.workshop dd')[0])).to.match(/^Tuesday, March 5, 2030, 6:00\s?PM–8:00\s?PM$/);
    });

    it('filters by audience, format and month', async () => {
      const el = await signup();
      const select = (id: string, value: string) => {
        const s = $<HTMLSelectElement>(el, `#${id}`)!;
        s.value = value;
        s.dispatchEvent(new Event('change'));
        return el.updateComplete;
      };
      await select('filter-audience', 'professionals');
      expect(titles(el)).to.deep.equal(['Evaluation workshop', 'Learning network gathering']);
      await select('filter-format', 'online');
      expect(titles(el)).to.deep.equal(['Evaluation workshop']);
      await select('filter-audience', '');
      await select('filter-format', '');
      await select('filter-month', '2030-06');
      expect(titles(el)).to.deep.equal(['Learning network gathering']);
      expect(textOf($(el, '.count'))).to.equal('1 workshop');
    });

    it('shows a single workshop with workshop-id', async () => {
      const el = await signup({'workshop-id': 'families-2030'});
      expect(titles(el)).to.deep.equal(['Families’ workshop: bringing patient resources into working groups']);
      expect($(el, '.filters')).to.equal(null);
    });
  });

  describe('registering, by keyboard', () => {
    it('sends the page’s session cookie only with credentials="include"', async () => {
      document.cookie = 'cl-session=ward-7; path=/';
      try {
        const server = collector();
        const el = await signup({endpoint: server.endpoint('ok'), persist: 'none', credentials: 'include'});
        await press(el, $$<HTMLButtonElement>(el, 'button[part="register"]')[0]!);
        await until(() => focused(el)?.classList.contains('form-heading') === true, 'the form heading to have focus');
        await typeInto(el, 'name', 'Sam');
        await typeInto(el, 'email', 'sam@example.org');
        await tick(el, 'role-carer');
        const box = consentBox(el);
        box.focus();
        await sendKeys({type: ' '});
        await until(() => box.checked, 'the consent box to be ticked');
        const sent = oneEvent(el, 'cl-submitted');
        await press(el, $$<HTMLButtonElement>(el, 'button[type="submit"]')[0]!);
        await sent;
        const log = await server.log();
        expect(Object.values(log)[0]![0]!.headers['cookie']).to.equal('cl-session=ward-7');
      } finally {
        document.cookie = 'cl-session=; path=/; max-age=0';
      }
    });

    it('registers with access needs, diet and expenses; the server receives it once; the calendar file is right', async () => {
      const server = collector();
      const el = await signup({endpoint: server.endpoint('ok'), persist: 'none', 'time-zone': 'Europe/Stockholm'});
      const register = $$<HTMLButtonElement>(el, 'button[part="register"]').find((b) =>
        textOf(b).includes('Families’ workshop'),
      )!;
      await press(el, register);
      await until(() => focused(el)?.classList.contains('form-heading') === true, 'the form heading to have focus');
      await typeInto(el, 'name', 'Sam Okafor');
      await typeInto(el, 'email', 'sam@example.org');
      await tick(el, 'role-carer');
      await tick(el, 'access-step-free');
      await tick(el, 'access-interpreter');
      await until(() => $(el, '#interpreter-language') !== null, 'the interpreter language field');
      await typeInto(el, 'interpreter-language', 'Somali');
      await tick(el, 'call-me');
      await tick(el, 'diet-halal');
      await tick(el, 'expenses-travel');
      await tick(el, 'payment-benefits-talk-first');
      const box = consentBox(el);
      box.focus();
      await sendKeys({type: ' '});
      await until(() => box.checked, 'the consent box to be ticked');
      const sent = oneEvent(el, 'cl-submitted');
      await press(el, $$<HTMLButtonElement>(el, 'button[type="submit"]')[0]!);
      const {detail} = (await sent) as CustomEvent<{envelope: SubmissionEnvelope<RegistrationData>}>;
      await until(
        () => focused(el)?.classList.contains('confirmation__heading') === true,
        'the confirmation to have focus',
      );
      expect(textOf($(el, '.confirmation__heading'))).to.equal('You are registered');
      const log = await server.log();
      expect(Object.values(log)).to.have.length(1);
      const envelope = JSON.parse(Object.values(log)[0]![0]!.body) as SubmissionEnvelope<RegistrationData>;
      expect(envelope.id).to.equal(detail.envelope.id);
      expect(envelope.kind).to.equal('workshop-registration');
      const {consent, ...data} = envelope.data;
      expect(data).to.deep.equal({
        workshop: {
          id: 'families-2030',
          title: FAMILIES.title,
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
      });
      expect(consent.decisions).to.deep.equal({'contact-workshop': 'granted', 'future-involvement': 'refused'});
      const summary = textOf($(el, '.confirmation .workshop__facts'));
      expect(summary).to.contain(
        'Step-free access, A spoken-language interpreter, Somali, and I’d like a call to discuss my needs',
      );
      expect(summary).to.contain('Halal');
      expect(summary).to.contain('Travel and I receive benefits: please talk to me first');
      const link = $<HTMLAnchorElement>(el, 'a[download]')!;
      expect(link.getAttribute('download')).to.equal('families-2030.ics');
      const ics = await (await fetch(link.href)).text();
      const unfolded = ics.replace(/\r\n /g, '');
      // 18:00 in Toronto on 12 March 2030 is after the switch to EDT (UTC−4): 22:00 UTC.
      expect(ics).to.contain('\r\nDTSTART:20300312T220000Z\r\n');
      expect(ics).to.contain('\r\nDTEND:20300313T000000Z\r\n');
      expect(unfolded).to.contain(
        'LOCATION:Family Centre\\, room 3\\, 3175 Chemin de la Côte-Sainte-Catherine\\, Montréal',
      );
      expect(unfolded).to.contain('DESCRIPTION:How families and staff work together in working groups.');
      expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).to.equal(true);
      await expectAccessible(el);
    });

    for (const [lang, heading, done] of [
      ['fr', 'Inscription : Evaluation workshop', 'Vous êtes inscrit'],
      ['sv', 'Anmälan: Evaluation workshop', 'Du är anmäld'],
      ['nb', 'Påmelding: Evaluation workshop', 'Du er påmeldt'],
    ] as const) {
      it(`registers by keyboard in ${lang}`, async () => {
        await useDocumentLanguage(lang);
        const el = await signup({}, [EVALUATION]);
        await press(el, $<HTMLButtonElement>(el, 'button[part="register"]')!);
        await until(() => focused(el)?.classList.contains('form-heading') === true, 'the form heading to have focus');
        expect(textOf($(el, '.form-heading'))).to.equal(heading);
        await typeInto(el, 'name', 'Noor');
        await typeInto(el, 'email', 'noor@example.org');
        await tick(el, 'role-patient');
        const box = consentBox(el);
        box.focus();
        await sendKeys({type: ' '});
        await until(() => box.checked, 'the consent box to be ticked');
        el.addEventListener('cl-submit', (e) => e.preventDefault(), {once: true});
        await press(el, $$<HTMLButtonElement>(el, 'button[type="submit"]')[0]!);
        await until(() => textOf($(el, '.confirmation__heading')) === done, 'the confirmation');
        await expectAccessible(el);
      });
    }

    it('lists what is missing in a summary that links to each field', async () => {
      const el = await signup();
      await openForm(el, $$<HTMLButtonElement>(el, 'button[part="register"]')[0]!);
      await press(el, $$<HTMLButtonElement>(el, 'button[type="submit"]')[0]!);
      await until(() => focused(el)?.classList.contains('error-summary') === true, 'the summary to have focus');
      expect($$(el, '.error-summary a').map(textOf)).to.deep.equal([
        'Enter your name',
        'Enter your e-mail address, or choose to be phoned instead',
        'Choose how you are taking part',
        'To continue, tick “Contact me about this workshop”',
      ]);
      await expectAccessible(el);
      $$(el, '.error-summary a')[3]!.click();
      await until(() => consentBox(el).matches(':focus'), 'the consent box to have focus');
    });

    it('takes a phone number instead of e-mail, and an organisation from professionals', async () => {
      const el = await signup({}, [EVALUATION]);
      await openForm(el, $<HTMLButtonElement>(el, 'button[part="register"]')!);
      await typeInto(el, 'name', 'Dr Ana Silva');
      await tick(el, 'phone-instead');
      expect($(el, '#email')).to.equal(null);
      await typeInto(el, 'phone', '+46 8 123 456');
      await tick(el, 'role-professional');
      await typeInto(el, 'organisation', 'Region Östfold');
      consentBox(el).click();
      let data: RegistrationData | undefined;
      el.addEventListener('cl-submit', (e) => {
        e.preventDefault();
        data = (e as CustomEvent<SubmissionEnvelope<RegistrationData>>).detail.data;
      });
      await press(el, $$<HTMLButtonElement>(el, 'button[type="submit"]')[0]!);
      await until(() => data !== undefined, 'the submission');
      expect(data!.contact).to.deep.equal({phone: '+46 8 123 456', preferred: 'phone'});
      expect(data!.organisation).to.equal('Region Östfold');
    });

    it('turns a 409 (full) into a waitlist offer, without typing anything again', async () => {
      const server = collector();
      const el = await signup({endpoint: server.endpoint('full/1'), persist: 'none'}, [EVALUATION]);
      await openForm(el, $<HTMLButtonElement>(el, 'button[part="register"]')!);
      await typeInto(el, 'name', 'Kim');
      await typeInto(el, 'email', 'kim@example.org');
      $<HTMLInputElement>(el, '#role-patient')!.click();
      consentBox(el).click();
      const refused = oneEvent(el, 'cl-error');
      await press(el, $$<HTMLButtonElement>(el, 'button[type="submit"]')[0]!);
      expect(((await refused) as CustomEvent<CareloopErrorDetail>).detail.code).to.equal('submit-failed');
      await until(
        () => textOf($(el, '.confirmation__heading')) === 'This workshop has just filled up',
        'the waitlist offer',
      );
      await expectAccessible(el);
      const sent = oneEvent(el, 'cl-submitted');
      await press(
        el,
        $$<HTMLButtonElement>(el, '.confirmation button').find((b) => textOf(b) === 'Join the waitlist')!,
      );
      const {detail} = (await sent) as CustomEvent<{envelope: SubmissionEnvelope<RegistrationData>}>;
      expect(detail.envelope.data.waitlist).to.equal(true);
      expect(detail.envelope.data.name).to.equal('Kim');
      await until(
        () => textOf($(el, '.confirmation__heading')) === 'You are on the waitlist',
        'the waitlist confirmation',
      );
      const log = await server.log();
      expect(Object.values(log).map((r) => r.map((x) => x.status))).to.deep.equal([[409], [201]]);
    });

    it('lets people tick every candidate date they could do', async () => {
      const el = await signup({'time-zone': 'Europe/Stockholm'}, [CANDIDATES]);
      expect(textOf($(el, '.workshop dd'))).to.equal('2 possible dates');
      await openForm(el, $<HTMLButtonElement>(el, 'button[part="register"]')!);
      await tick(el, 'session-a');
      await tick(el, 'session-b');
      await typeInto(el, 'name', 'Per');
      await typeInto(el, 'email', 'per@example.org');
      $<HTMLInputElement>(el, '#role-patient')!.click();
      consentBox(el).click();
      let data: RegistrationData | undefined;
      el.addEventListener('cl-submit', (e) => {
        e.preventDefault();
        data = (e as CustomEvent<SubmissionEnvelope<RegistrationData>>).detail.data;
      });
      await press(el, $$<HTMLButtonElement>(el, 'button[type="submit"]')[0]!);
      await until(() => data !== undefined, 'the submission');
      expect(data!.sessions).to.deep.equal(['a', 'b']);
      const ics = await (await fetch($<HTMLAnchorElement>(el, 'a[download]')!.href)).text();
      expect(ics.match(/BEGIN:VEVENT/g)).to.have.length(2);
    });
    it('links the error summary to a date whose id holds selector characters', async () => {
      const hostile = {
        ...CANDIDATES,
        options: (CANDIDATES['options'] as Item[]).map((o, i) => ({...o, id: ['week:1 [a]', '#2."b"'][i]!})),
      };
      const el = await signup({'time-zone': 'Europe/Stockholm'}, [hostile]);
      await openForm(el, $<HTMLButtonElement>(el, 'button[part="register"]')!);
      await press(el, $$<HTMLButtonElement>(el, 'button[type="submit"]')[0]!);
      await until(() => focused(el)?.classList.contains('error-summary') === true, 'the summary to have focus');
      const link = $$(el, '.error-summary a').find((a) => textOf(a) === 'Tick at least one date you could do')!;
      link.click();
      await until(() => focused(el)?.id === 'session-week:1 [a]', 'the first date to have focus');
    });
  });

  describe('when no date suits', () => {
    it('sends which days and times would suit, as involvement-interest', async () => {
      const el = await signup();
      await press(el, $$<HTMLButtonElement>(el, '.interest button')[0]!);
      await until(() => focused(el)?.classList.contains('form-heading') === true, 'the form heading to have focus');
      await tick(el, 'weekday-tuesday');
      await tick(el, 'weekday-saturday');
      await tick(el, 'daypart-evening');
      await tick(el, 'format-online');
      await typeInto(el, 'name', 'Ingrid');
      await typeInto(el, 'email', 'ingrid@example.org');
      consentBox(el).click();
      let envelope: SubmissionEnvelope<Record<string, unknown>> | undefined;
      el.addEventListener('cl-submit', (e) => {
        e.preventDefault();
        envelope = (e as CustomEvent<SubmissionEnvelope<Record<string, unknown>>>).detail;
      });
      await press(el, $$<HTMLButtonElement>(el, 'button[type="submit"]')[0]!);
      await until(() => envelope !== undefined, 'the submission');
      expect(envelope!.kind).to.equal('involvement-interest');
      const data = {...envelope!.data};
      delete data['consent'];
      expect(data).to.deep.equal({
        weekdays: ['tuesday', 'saturday'],
        dayparts: ['evening'],
        format: 'online',
        name: 'Ingrid',
        contact: {email: 'ingrid@example.org', preferred: 'email'},
      });
      await until(
        () => textOf($(el, '.confirmation__heading')) === 'Thank you: we will plan around your times',
        'the thank-you',
      );
    });
  });

  describe('calendar files (RFC 5545)', () => {
    it('writes instants in UTC across daylight-saving changes', () => {
      // Europe/Stockholm moves to CEST on 31 March 2030; America/Toronto to EDT on 10 March 2030.
      expect(new Date(instantOf('2030-03-30T10:00', 'Europe/Stockholm')).toISOString()).to.equal(
        '2030-03-30T09:00:00.000Z',
      );
      expect(new Date(instantOf('2030-03-31T10:00', 'Europe/Stockholm')).toISOString()).to.equal(
        '2030-03-31T08:00:00.000Z',
      );
      expect(new Date(instantOf('2030-03-09T18:00', 'America/Toronto')).toISOString()).to.equal(
        '2030-03-09T23:00:00.000Z',
      );
      expect(new Date(instantOf('2030-03-10T18:00', 'America/Toronto')).toISOString()).to.equal(
        '2030-03-10T22:00:00.000Z',
      );
      // A clock time the change skips is read after the change.
      expect(new Date(instantOf('2030-03-31T02:30', 'Europe/Stockholm')).toISOString()).to.equal(
        '2030-03-31T01:30:00.000Z',
      );
    });

    it('escapes text and folds long lines at 75 octets, never inside a character', () => {
      expect(escapeText('a,b;c\\d\ne')).to.equal('a\\,b\\;c\\\\d\\ne');
      const folded = foldLine(`DESCRIPTION:${'é'.repeat(80)}`);
      const lines = folded.split('\r\n');
      expect(lines.length).to.be.greaterThan(1);
      expect(lines.every((line) => new TextEncoder().encode(line).length <= 75)).to.equal(true);
      expect(lines.slice(1).every((line) => line.startsWith(' '))).to.equal(true);
      expect(lines.map((l, i) => (i ? l.slice(1) : l)).join('')).to.equal(`DESCRIPTION:${'é'.repeat(80)}`);
      const file = calendarFile(
        [{uid: 'x@h', start: Date.UTC(2030, 0, 1, 9), end: Date.UTC(2030, 0, 1, 10), summary: 'A, B'}],
        Date.UTC(2026, 10, 22),
      );
      expect(file).to.equal(
        'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Careloop//Workshop sign-up//EN\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nBEGIN:VEVENT\r\nUID:x@h\r\nDTSTAMP:20261122T000000Z\r\nDTSTART:20300101T090000Z\r\nDTEND:20300101T100000Z\r\nSUMMARY:A\\, B\r\nSTATUS:CONFIRMED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
      );
    });
  });

  describe('hostile ids', () => {
    it('writes no property of its own from an id or a text with line breaks in the calendar file', () => {
      const file = calendarFile(
        [
          {
            uid: 'x\r\nATTACH:https://evil.example/a\r\nBEGIN:VALARM@h',
            start: Date.UTC(2030, 0, 1, 9),
            end: Date.UTC(2030, 0, 1, 10),
            summary: 'A\rATTACH:https://evil.example/b\u0000\u000b',
            url: 'https://hospital.example/w\r\nATTACH:https://evil.example/c',
          },
        ],
        Date.UTC(2026, 10, 22),
      );
      const lines = file.split('\r\n');
      expect(lines.filter((l) => /^(ATTACH|BEGIN:VALARM)/.test(l))).to.deep.equal([]);
      expect(lines).to.include('UID:x%0D%0AATTACH%3Ahttps%3A%2F%2Fevil.example%2Fa%0D%0ABEGIN%3AVALARM@h');
      expect(lines).to.include('SUMMARY:A\\nATTACH:https://evil.example/b');
      expect(
        file
          .replace(/\r\n/g, '')
          .split('')
          .filter((c) => c < ' '),
      ).to.deep.equal([]);
    });

    it('refuses workshop and date ids with control characters, naming them, and shows the rest', async () => {
      const el = document.createElement('cl-workshop-signup');
      el.items = [
        {...EVALUATION, id: 'evil\r\nATTACH:x'},
        {
          ...CANDIDATES,
          options: [
            {id: 'a\nBEGIN:VALARM', start: '2030-09-01T10:00', end: '2030-09-01T12:00'},
            {id: 'b', start: '2030-09-08T10:00', end: '2030-09-08T12:00'},
          ],
        },
      ];
      const problems = oneEvent(el, 'cl-error');
      mount(el);
      const {detail} = (await problems) as CustomEvent<CareloopErrorDetail>;
      expect(detail.problems.map((p) => [p.code, p.path, p.expected])).to.deep.equal([
        ['wrong-type', 'feed[0].id', 'identifier'],
        ['wrong-type', 'feed[1].options[0].id', 'identifier'],
      ]);
      await settled(el);
      expect(titles(el)).to.deep.equal([CANDIDATES.title]);
    });
  });

  describe('bad input', () => {
    it('names bad workshops (missing times, end before start, unknown zone, wrong types) and shows the good ones', async () => {
      const el = document.createElement('cl-workshop-signup');
      el.items = [
        EVALUATION,
        {id: 'no-times', title: 'No times', timeZone: 'Europe/Oslo', format: 'online'},
        {...EVALUATION, id: 'backwards', end: '2030-03-05T17:00'},
        {...EVALUATION, id: 'zone', timeZone: 'Mars/Olympus'},
        {...EVALUATION, id: 'types', title: 42, capacity: 'many'},
      ];
      const error = oneEvent(el, 'cl-error');
      mount(el);
      const {detail} = (await error) as CustomEvent<CareloopErrorDetail>;
      await settled(el);
      expect(detail.problems.map((p) => `${p.path} ${p.code}`)).to.include.members([
        'feed[1].start required',
        'feed[1].end required',
        'feed[2].end end-before-start',
        'feed[3].timeZone wrong-type',
        'feed[4].title wrong-type',
        'feed[4].capacity wrong-type',
      ]);
      expect(titles(el)).to.deep.equal(['Evaluation workshop']);
      expect(textOf($(el, '.problems'))).to.contain('feed[2].end');
      await expectAccessible(el);
    });

    it('shows times in the viewer’s own zone when time-zone names no zone', async () => {
      const own = await signup({}, [EVALUATION]);
      const bad = await signup({'time-zone': 'Mars/Olympus'}, [EVALUATION]);
      expect(textOf($(bad, '.workshop dd'))).to.equal(textOf($(own, '.workshop dd')));
    });

    it('keeps hostile text inert', async () => {
      const el = await signup({}, [
        {
          ...EVALUATION,
          title: '<img src=x onerror="window.__clHacked=1">',
          description: '<script>window.__clHacked=1</script> [x](javascript:alert(1))',
          facilitators: ['<b onclick=alert(1)>x</b>'],
        },
      ]);
      await tasksRun();
      expect((window as unknown as {__clHacked?: number}).__clHacked).to.equal(undefined);
      expect($$(el, 'img, script, b[onclick]')).to.have.length(0);
      expect(textOf($(el, '.workshop__title'))).to.contain('<img');
    });
  });
});
