import {html, nothing, type PropertyDeclarations, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {
  CareloopElement,
  Submitting,
  ConfigController,
  FocusController,
  errorMessage,
  errorSummary,
  heading,
  headingLevel,
  textField,
  SubmissionController,
  baseStyles,
  createEnvelope,
  formStyles,
  formatList,
  formatNumber,
  getCareloopLocale,
  isEmail,
  isPhone,
  pluralCategory,
  renderMarkdown,
} from '@careloop/core';
import '@careloop/consent-prompt/cl-consent-prompt.js';
import type {ConsentPrompt, ConsentRecord} from '@careloop/consent-prompt';
import {parseWorkshopFeed} from './feed.js';
import {calendarFile, plainText} from './ics.js';
import {
  accessLabel,
  audienceLabel,
  daypartLabel,
  dietLabel,
  expenseLabel,
  formatLabel,
  paymentLabel,
  roleLabel,
  weekdayLabel,
} from './labels.js';
import {instantOf, isTimeZone, offsetAt, viewerTimeZone} from './time.js';
import {signupStyles} from './workshop-signup.styles.js';
import {
  ACCESS_NEEDS,
  WORKSHOP_AUDIENCES,
  DAYPARTS,
  DIETS,
  EXPENSES,
  WORKSHOP_FORMATS,
  PAYMENT_PREFERENCES,
  ROLES,
  WEEKDAYS,
  type AccessNeed,
  type Diet,
  type Expense,
  type PaymentPreference,
  type Workshop,
} from './workshop.types.js';

/** `data` of a `workshop-registration` envelope. JSON Schema: schemas/workshop-registration.schema.json. */
export interface RegistrationData {
  workshop: {id: string; title: string; start: string; end: string; timeZone: string};
  /** Candidate dates the person could do, when the workshop offers several. */
  sessions?: string[];
  waitlist: boolean;
  name: string;
  contact: {email?: string; phone?: string; preferred: 'email' | 'phone'};
  role: string;
  organisation?: string;
  companion: boolean;
  accessNeeds: {
    needs: string[];
    interpreterLanguage?: string;
    signLanguage?: string;
    details?: string;
    callMe: boolean;
  };
  diet: {needs: string[]; other?: string};
  expenses: {claims: string[]; payment?: string};
  consent: ConsentRecord;
}

/** `data` of an `involvement-interest` envelope. JSON Schema: schemas/involvement-interest.schema.json. */
export interface InterestData {
  weekdays: string[];
  dayparts: string[];
  format: 'in-person' | 'online' | 'either';
  location?: string;
  name: string;
  contact: {email?: string; phone?: string; preferred: 'email' | 'phone'};
  workshop?: string;
  consent: ConsentRecord;
}

type View = 'list' | 'register' | 'interest' | 'done';
type Values = Record<string, string>;
type Lists = Record<string, string[]>;

/**
 * Lists upcoming co-design workshops and lets patients, families, carers and staff
 * register with their access needs, dietary needs and expense preferences, join a
 * waitlist, or say which times would suit them; the confirmation offers a calendar file
 * made in the browser. No iframe, no third party: submissions go through the outbox to
 * the hospital's own endpoint.
 *
 * @summary Workshop sign-up with access needs, availability, expenses, waitlists and calendar files.
 * @customElement cl-workshop-signup
 * @csspart base - The wrapper around everything.
 * @csspart filters - The audience, format and month filters.
 * @csspart workshop - Each workshop in the list.
 * @csspart register - Each "Register" or "Join the waitlist" button.
 * @csspart form - The registration or availability form.
 * @csspart error-summary - The list of problems after a submit with errors.
 * @csspart confirmation - The confirmation.
 * @cssprop --cl-workshop-signup-max-width - Widest the element grows (default 48rem).
 * @fires cl-submit - Cancelable; detail is the envelope (`workshop-registration` or `involvement-interest`).
 * @fires cl-submitted - The server accepted it.
 * @fires cl-error - The feed has problems, or the server refused the submission.
 * @example <cl-workshop-signup src="/feeds/workshops.json" endpoint="/api/registrations"></cl-workshop-signup>
 */
export class WorkshopSignup extends Submitting(CareloopElement) {
  static override styles = [baseStyles, formStyles, signupStyles];
  static override properties: PropertyDeclarations = {
    ...CareloopElement.properties,
    items: {attribute: false},
    src: {},
    workshopId: {attribute: 'workshop-id'},
    context: {},
    service: {},
    consent: {attribute: false},
    headingLevel: {attribute: 'heading-level', type: Number},
    timeZone: {attribute: 'time-zone'},
    view: {state: true},
  };

  /** The workshop feed (a list). Wins over `src` and inline JSON. */
  items: unknown;
  /** Address of the workshop feed as JSON. Fetched without cookies. */
  src: string | null = null;
  /** Show this one workshop only. */
  workshopId: string | null = null;
  /** Where the element is used, sent with each submission. */
  context: string | null = null;
  /** Which service runs the workshops, sent with each submission. */
  service: string | null = null;
  /** The consent configuration for `<cl-consent-prompt>`; by default: contact about this workshop (required), about future involvement (optional). */
  consent: unknown;
  /** Level of each workshop's heading (2–6). */
  headingLevel = 3;
  /** Show times in this IANA zone (default: the viewer's own), e.g. a kiosk's. */
  timeZone: string | null = null;

  /** @internal */
  private view: View = 'list';

  private readonly feed = new ConfigController<Workshop[]>(
    this,
    {property: () => this.items, src: () => this.src},
    parseWorkshopFeed,
    (problems) => this.reportProblems(problems),
  );
  private readonly submission = new SubmissionController(this, () => this.submissionTarget());
  private readonly focusAfter = new FocusController(this);
  private filters = {audience: '', format: '', month: ''};
  private chosen: Workshop | undefined;
  private values: Values = {};
  private lists: Lists = {};
  private problems: {target: string; text: string}[] = [];
  private sent:
    {data: RegistrationData | InterestData; kind: 'workshop-registration' | 'involvement-interest'} | undefined;
  private icsUrl: string | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.icsUrl) URL.revokeObjectURL(this.icsUrl);
  }

  protected override willUpdate(): void {
    this.feed.sync();
  }

  // ----- time and places ----------------------------------------------------------

  private instant(workshop: Workshop, local = workshop.start): number {
    return instantOf(local, workshop.timeZone);
  }

  /** "Saturday 28 March 2026, 15:00–17:00", in the viewer's zone, with the workshop's own when they differ. */
  private when(workshop: Workshop, start = workshop.start, end = workshop.end): string {
    const locale = getCareloopLocale();
    const from = this.instant(workshop, start);
    const to = this.instant(workshop, end);
    const viewer = this.timeZone && isTimeZone(this.timeZone) ? this.timeZone : viewerTimeZone();
    const date = new Intl.DateTimeFormat(locale, {dateStyle: 'full', timeZone: viewer}).format(from);
    const time = new Intl.DateTimeFormat(locale, {timeStyle: 'short', timeZone: viewer});
    const here = `${date}, ${time.format(from)}–${time.format(to)}`;
    if (offsetAt(from, viewer) === offsetAt(from, workshop.timeZone)) return here;
    const there = new Intl.DateTimeFormat(locale, {timeStyle: 'short', timeZone: workshop.timeZone});
    const zone =
      new Intl.DateTimeFormat(locale, {timeZone: workshop.timeZone, timeZoneName: 'long'})
        .formatToParts(from)
        .find((p) => p.type === 'timeZoneName')?.value ?? workshop.timeZone;
    const local = `${there.format(from)}–${there.format(to)} ${zone}`;
    return msg(str`${here} (your time; ${local})`, {id: 'workshop.when.zones'});
  }

  private deadlinePassed(workshop: Workshop, now = Date.now()): boolean {
    const deadline = workshop.registrationDeadline;
    if (!deadline) return false;
    const local = deadline.length === 10 ? `${deadline}T23:59` : deadline;
    return now > instantOf(local, workshop.timeZone);
  }

  private seatsLeft(workshop: Workshop): number | undefined {
    return workshop.capacity === undefined ? undefined : Math.max(0, workshop.capacity - (workshop.registered ?? 0));
  }

  /** Upcoming workshops (not yet ended), soonest first, filtered. */
  private upcoming(feed: Workshop[]): Workshop[] {
    const now = Date.now();
    return feed
      .filter((w) => (this.workshopId ? w.id === this.workshopId : true))
      .filter((w) => this.instant(w, w.end) > now)
      .sort((a, b) => this.instant(a) - this.instant(b));
  }

  private month(workshop: Workshop): string {
    return workshop.start.slice(0, 7);
  }

  private inFilters(workshop: Workshop): boolean {
    const {audience, format, month} = this.filters;
    return (
      (!audience || workshop.audience.includes(audience as never)) &&
      (!format || workshop.format === format) &&
      (!month || this.month(workshop) === month)
    );
  }

  // ----- forms ------------------------------------------------------------------

  private open(view: 'register' | 'interest', workshop?: Workshop): void {
    this.view = view;
    this.chosen = workshop;
    this.problems = [];
    this.focusAfter.request('.form-heading');
  }

  private set(key: string, value: string): void {
    this.values = {...this.values, [key]: value};
    if (this.problems.length > 0) this.validate();
    this.requestUpdate();
  }

  private toggle(key: string, value: string, on: boolean): void {
    const list = this.lists[key] ?? [];
    this.lists = {...this.lists, [key]: on ? [...list, value] : list.filter((v) => v !== value)};
    if (this.problems.length > 0) this.validate();
    this.requestUpdate();
  }

  private get prompt(): ConsentPrompt | null {
    return this.renderRoot.querySelector('cl-consent-prompt');
  }

  private validate(): boolean {
    const v = this.values;
    const problems: {target: string; text: string}[] = [];
    if (!v['name']?.trim()) problems.push({target: 'name', text: msg('Enter your name', {id: 'workshop.error.name'})});
    const phoneInstead = v['phone-instead'] === 'yes';
    const email = v['email']?.trim() ?? '';
    const phone = v['phone']?.trim() ?? '';
    if (!phoneInstead && !isEmail(email)) {
      problems.push({
        target: 'email',
        text: email
          ? msg('Enter an e-mail address in the right format, like name@example.org', {id: 'common.error.email'})
          : msg('Enter your e-mail address, or choose to be phoned instead', {id: 'workshop.error.email'}),
      });
    }
    if ((phoneInstead || phone) && !isPhone(phone))
      problems.push({
        target: 'phone',
        text: msg('Enter a phone number, like 020 7946 0000 or +46 8 123 456', {id: 'common.error.phone'}),
      });
    if (this.view === 'register') {
      if (!v['role'])
        problems.push({
          target: 'role-patient',
          text: msg('Choose how you are taking part', {id: 'workshop.error.role'}),
        });
      if (v['role'] === 'professional' && !v['organisation']?.trim())
        problems.push({
          target: 'organisation',
          text: msg('Enter your organisation', {id: 'workshop.error.organisation'}),
        });
      if (this.chosen?.options.length && !(this.lists['sessions'] ?? []).length) {
        problems.push({
          target: `session-${this.chosen.options[0]!.id}`,
          text: msg('Tick at least one date you could do', {id: 'workshop.error.sessions'}),
        });
      }
    } else {
      if (!(this.lists['weekdays'] ?? []).length)
        problems.push({target: 'weekday-monday', text: msg('Tick at least one day', {id: 'workshop.error.weekdays'})});
      if (!(this.lists['dayparts'] ?? []).length)
        problems.push({
          target: 'daypart-morning',
          text: msg('Tick at least one time of day', {id: 'workshop.error.dayparts'}),
        });
    }
    const prompt = this.prompt;
    for (const text of prompt ? prompt.check() : []) problems.push({target: 'consent', text});
    this.problems = problems;
    return problems.length === 0;
  }

  private contact(): RegistrationData['contact'] {
    const phoneInstead = this.values['phone-instead'] === 'yes';
    const email = this.values['email']?.trim();
    const phone = this.values['phone']?.trim();
    return {
      ...(email && !phoneInstead ? {email} : {}),
      ...(phone ? {phone} : {}),
      preferred: phoneInstead ? 'phone' : 'email',
    };
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (!this.validate()) {
      this.focusAfter.request('.error-summary');
      this.requestUpdate();
      return;
    }
    const consent = await this.prompt?.decide();
    if (!consent) return;
    const v = this.values;
    const text = (key: string) => v[key]?.trim() || undefined;
    let data: RegistrationData | InterestData;
    let kind: 'workshop-registration' | 'involvement-interest';
    if (this.view === 'register' && this.chosen) {
      const w = this.chosen;
      const access = this.lists['access'] ?? [];
      kind = 'workshop-registration';
      data = {
        workshop: {id: w.id, title: w.title, start: w.start, end: w.end, timeZone: w.timeZone},
        ...(w.options.length ? {sessions: this.lists['sessions'] ?? []} : {}),
        waitlist: this.seatsLeft(w) === 0,
        name: text('name')!,
        contact: this.contact(),
        role: v['role']!,
        ...(v['role'] === 'professional' ? {organisation: text('organisation')!} : {}),
        companion: v['companion'] === 'yes',
        accessNeeds: {
          needs: access,
          ...(access.includes('interpreter') && text('interpreter-language')
            ? {interpreterLanguage: text('interpreter-language')!}
            : {}),
          ...(access.includes('sign-language') && text('sign-language') ? {signLanguage: text('sign-language')!} : {}),
          ...(text('access-details') ? {details: text('access-details')!} : {}),
          callMe: v['call-me'] === 'yes',
        },
        diet: {
          needs: this.lists['diet'] ?? [],
          ...((this.lists['diet'] ?? []).includes('other') && text('diet-other') ? {other: text('diet-other')!} : {}),
        },
        expenses: {claims: this.lists['expenses'] ?? [], ...(v['payment'] ? {payment: v['payment']} : {})},
        consent,
      };
    } else {
      kind = 'involvement-interest';
      data = {
        weekdays: this.lists['weekdays'] ?? [],
        dayparts: this.lists['dayparts'] ?? [],
        format: (v['format'] as InterestData['format'] | undefined) ?? 'either',
        ...(text('location') ? {location: text('location')!} : {}),
        name: text('name')!,
        contact: this.contact(),
        ...(this.chosen ? {workshop: this.chosen.id} : {}),
        consent,
      };
    }
    this.sent = {data, kind};
    const envelope = createEnvelope({
      kind,
      element: 'cl-workshop-signup',
      data,
      context: this.context,
      service: this.service,
    });
    this.view = 'done';
    this.focusAfter.request('.confirmation__heading');
    this.makeCalendarFile();
    await this.submission.submit(envelope);
  }

  /** The same registration, sent again as a waitlist place when the server says the workshop is full (409): nothing is typed again. */
  private async joinWaitlist(): Promise<void> {
    const sent = this.sent;
    if (sent?.kind !== 'workshop-registration') return;
    const data: RegistrationData = {...(sent.data as RegistrationData), waitlist: true};
    this.sent = {data, kind: sent.kind};
    this.submission.reset();
    this.focusAfter.request('.confirmation__heading');
    await this.submission.submit(
      createEnvelope({
        kind: sent.kind,
        element: 'cl-workshop-signup',
        data,
        context: this.context,
        service: this.service,
      }),
    );
  }

  private makeCalendarFile(): void {
    if (this.icsUrl) URL.revokeObjectURL(this.icsUrl);
    this.icsUrl = undefined;
    const w = this.chosen;
    if (!w || this.sent?.kind !== 'workshop-registration') return;
    const sessions = w.options.length
      ? w.options.filter((o) => (this.lists['sessions'] ?? []).includes(o.id))
      : [{id: 'main', start: w.start, end: w.end}];
    const where =
      w.format === 'online'
        ? msg('Online: the link will be sent to you before the workshop', {id: 'workshop.ics.online'})
        : [w.location?.name, w.location?.address].filter(Boolean).join(', ');
    const ics = calendarFile(
      sessions.map((s) => ({
        uid: `${w.id}-${s.id}@${location.hostname || 'careloop.invalid'}`,
        start: this.instant(w, s.start),
        end: this.instant(w, s.end),
        summary: w.title,
        ...(w.description ? {description: plainText(w.description)} : {}),
        ...(where ? {location: where} : {}),
        ...(w.status === 'cancelled' ? {cancelled: true} : {}),
      })),
    );
    this.icsUrl = URL.createObjectURL(new Blob([ics], {type: 'text/calendar;charset=utf-8'}));
  }

  // ----- render -------------------------------------------------------------------

  private heading(content: unknown, cls: string, level = this.headingLevel): TemplateResult {
    return heading(headingLevel(level, 3), content, {cls, focusable: true});
  }

  private renderFilters(feed: Workshop[]): TemplateResult {
    const months = [...new Set(feed.map((w) => this.month(w)))].sort();
    const monthName = (m: string) =>
      new Intl.DateTimeFormat(getCareloopLocale(), {month: 'long', year: 'numeric', timeZone: 'UTC'}).format(
        Date.parse(`${m}-15T12:00:00Z`),
      );
    const select = (key: 'audience' | 'format' | 'month', label: string, options: [string, string][]) =>
      html`<div class="field">
        <label for="filter-${key}">${label}</label>
        <select
          id="filter-${key}"
          @change=${(e: Event) => {
            this.filters = {...this.filters, [key]: (e.target as HTMLSelectElement).value};
            this.requestUpdate();
          }}
        >
          <option value="">${msg('All', {id: 'common.all'})}</option>
          ${options.map(([value, text]) => html`<option value=${value} ?selected=${this.filters[key] === value}>${text}</option>`)}
        </select>
      </div>`;
    return html`<div
      class="filters"
      part="filters"
      role="group"
      aria-label=${msg('Filter the workshops', {id: 'workshop.filters'})}
    >
      ${select(
        'audience',
        msg('For', {id: 'workshop.filter.audience'}),
        WORKSHOP_AUDIENCES.map((a) => [a, audienceLabel(a)]),
      )}
      ${select(
        'format',
        msg('Format', {id: 'workshop.filter.format'}),
        WORKSHOP_FORMATS.map((f) => [f, formatLabel(f)]),
      )}
      ${select(
        'month',
        msg('Month', {id: 'workshop.filter.month'}),
        months.map((m) => [m, monthName(m)]),
      )}
    </div>`;
  }

  private renderWorkshop(w: Workshop): TemplateResult {
    const seats = this.seatsLeft(w);
    const cancelled = w.status === 'cancelled';
    const closed = this.deadlinePassed(w);
    const full = seats === 0;
    const deadline = w.registrationDeadline
      ? new Intl.DateTimeFormat(getCareloopLocale(), {dateStyle: 'long'}).format(
          instantOf(
            w.registrationDeadline.length === 10 ? `${w.registrationDeadline}T12:00` : w.registrationDeadline,
            w.timeZone,
          ),
        )
      : '';
    return html`<li class="workshop ${cancelled ? 'workshop--cancelled' : ''}" part="workshop">
      ${this.heading(w.title, 'workshop__title')}
      ${cancelled ? html`<p class="badge badge--cancelled">${msg('Cancelled', {id: 'workshop.cancelled'})}</p>` : nothing}
      <dl class="workshop__facts">
        <dt>${msg('When', {id: 'workshop.when'})}</dt>
        <dd>
          ${w.options.length ? msg(str`${formatNumber(w.options.length)} possible dates`, {id: 'workshop.options'}) : this.when(w)}
        </dd>
        <dt>${msg('Format', {id: 'workshop.filter.format'})}</dt>
        <dd>${formatLabel(w.format)}</dd>
        ${
          w.location
            ? html`<dt>${msg('Where', {id: 'workshop.where'})}</dt>
                <dd>${[w.location.name, w.location.address].filter(Boolean).join(', ')}</dd>`
            : nothing
        }
        ${
          w.audience.length
            ? html`<dt>${msg('For', {id: 'workshop.filter.audience'})}</dt>
                <dd>${formatList(w.audience.map(audienceLabel))}</dd>`
            : nothing
        }
        ${
          w.language
            ? html`<dt>${msg('Language', {id: 'workshop.language'})}</dt>
                <dd>
                  ${new Intl.DisplayNames([getCareloopLocale()], {type: 'language'}).of(w.language) ?? w.language}
                </dd>`
            : nothing
        }
        ${
          w.facilitators.length
            ? html`<dt>${msg('Run by', {id: 'workshop.facilitators'})}</dt>
                <dd>${formatList(w.facilitators.map((f) => (f.role ? `${f.name} (${f.role})` : f.name)))}</dd>`
            : nothing
        }
        ${
          seats !== undefined && !cancelled
            ? html`<dt>${msg('Places', {id: 'workshop.places'})}</dt>
                <dd>
                  ${full ? msg('Full: you can join the waitlist', {id: 'workshop.full'}) : msg(str`${formatNumber(seats)} left`, {id: 'workshop.left'})}
                </dd>`
            : nothing
        }
        ${
          deadline && !cancelled
            ? html`<dt>${msg('Register by', {id: 'workshop.deadline'})}</dt>
                <dd>${deadline}</dd>`
            : nothing
        }
      </dl>
      <div class="workshop__description">${renderMarkdown(w.description)}</div>
      ${
        w.accessibility
          ? html`<div class="workshop__access">
              <p class="workshop__label">${msg('Access', {id: 'workshop.access'})}</p>
              ${renderMarkdown(w.accessibility)}
            </div>`
          : nothing
      }
      ${
        cancelled
          ? nothing
          : closed
            ? html`<p class="badge">${msg('Registration has closed', {id: 'workshop.closed'})}</p>`
            : html`<button type="button" class="button" part="register" @click=${() => this.open('register', w)}>
                ${full ? msg('Join the waitlist', {id: 'workshop.waitlist'}) : msg('Register', {id: 'workshop.register'})}<span
                  class="visually-hidden"
                  >: ${w.title}</span
                >
              </button>`
      }
    </li>`;
  }

  private renderList(feed: Workshop[]): TemplateResult {
    const upcoming = this.upcoming(feed);
    const shown = upcoming.filter((w) => this.inFilters(w));
    return html`${this.workshopId ? nothing : this.renderFilters(upcoming)}
      <p class="count" role="status" tabindex="-1">
        ${
          pluralCategory(shown.length) === 'one'
            ? msg(str`${formatNumber(shown.length)} workshop`, {id: 'workshop.count.one'})
            : msg(str`${formatNumber(shown.length)} workshops`, {id: 'workshop.count'})
        }
      </p>
      ${
        shown.length
          ? html`<ul class="workshops">
              ${shown.map((w) => this.renderWorkshop(w))}
            </ul>`
          : html`<p class="empty">${msg('No upcoming workshops match.', {id: 'workshop.none'})}</p>`
      }
      <div class="interest">
        <p>
          ${msg('None of these times suit you? Tell us when you could come, and we will plan around it.', {id: 'workshop.interest.lead'})}
        </p>
        <button
          type="button"
          class="button button--secondary"
          @click=${() => this.open('interest', this.workshopId ? upcoming[0] : undefined)}
        >
          ${msg('None of these times suit me', {id: 'workshop.interest'})}
        </button>
      </div>`;
  }

  private error(target: string) {
    return errorMessage(target, this.problems.find((p) => p.target === target)?.text);
  }

  private input(
    key: string,
    label: string,
    options: {type?: string; autocomplete?: string; hint?: string} = {},
  ): TemplateResult {
    return textField({
      id: key,
      label,
      ...options,
      error: this.problems.find((p) => p.target === key)?.text,
      value: this.values[key] ?? '',
      onInput: (value) => this.set(key, value),
    });
  }

  private checks(key: string, legend: string, options: [string, string][], hint?: string): TemplateResult {
    const prefix =
      ({sessions: 'session', weekdays: 'weekday', dayparts: 'daypart'} as Record<string, string>)[key] ?? key;
    const first = `${prefix}-${options[0]?.[0] ?? ''}`;
    return html`<fieldset class="choices">
      <legend>${legend}</legend>
      ${hint ? html`<p class="hint">${hint}</p>` : nothing} ${this.error(first)}
      ${options.map(([value, label]) => {
        const id = `${prefix}-${value}`;
        return html`<div class="option">
          <input
            id=${id}
            type="checkbox"
            .checked=${(this.lists[key] ?? []).includes(value)}
            @change=${(e: Event) => this.toggle(key, value, (e.target as HTMLInputElement).checked)}
          /><label for=${id}>${label}</label>
        </div>`;
      })}
    </fieldset>`;
  }

  private radios(key: string, legend: string, options: [string, string][]): TemplateResult {
    return html`<fieldset class="choices">
      <legend>${legend}</legend>
      ${this.error(`${key}-${options[0]?.[0] ?? ''}`)}
      ${options.map(
        ([value, label]) =>
          html`<div class="option">
            <input
              id="${key}-${value}"
              type="radio"
              name=${key}
              .checked=${this.values[key] === value}
              @change=${() => this.set(key, value)}
            /><label for="${key}-${value}">${label}</label>
          </div>`,
      )}
    </fieldset>`;
  }

  private box(key: string, label: string): TemplateResult {
    return html`<div class="option">
      <input
        id=${key}
        type="checkbox"
        .checked=${this.values[key] === 'yes'}
        @change=${(e: Event) => this.set(key, (e.target as HTMLInputElement).checked ? 'yes' : '')}
      /><label for=${key}>${label}</label>
    </div>`;
  }

  private renderContactFields(): TemplateResult {
    const phoneInstead = this.values['phone-instead'] === 'yes';
    return html`${this.input('name', msg('Your name', {id: 'workshop.name'}), {autocomplete: 'name'})}
    ${phoneInstead ? nothing : this.input('email', msg('E-mail address', {id: 'common.email'}), {type: 'email', autocomplete: 'email'})}
    ${this.box('phone-instead', msg('I don’t use e-mail: phone me instead', {id: 'workshop.phone-instead'}))}
    ${this.input('phone', phoneInstead ? msg('Phone number', {id: 'common.phone'}) : msg('Phone number (optional)', {id: 'workshop.phone-optional'}), {type: 'tel', autocomplete: 'tel'})}`;
  }

  private renderSummary(): TemplateResult | typeof nothing {
    // The consent prompt is focused by its own focusProblem(), as every embedded element is.
    return errorSummary(headingLevel(this.headingLevel - 1, 2), this.problems, this.renderRoot);
  }

  private consentConfig(): unknown {
    return (
      this.consent ?? {
        policy: {id: 'careloop-workshop-contact', version: '1'},
        controller: msg('The team running this workshop', {id: 'workshop.consent.controller'}),
        purposes: [
          {
            id: 'contact-workshop',
            title: msg('Contact me about this workshop', {id: 'workshop.consent.workshop'}),
            required: true,
          },
          {
            id: 'future-involvement',
            title: msg('Contact me about future involvement', {id: 'workshop.consent.future'}),
          },
        ],
      }
    );
  }

  private renderForm(): TemplateResult {
    const w = this.chosen;
    const register = this.view === 'register' && w;
    const waitlist = register && this.seatsLeft(w) === 0;
    const access = this.lists['access'] ?? [];
    const diet = this.lists['diet'] ?? [];
    return html`<form class="form" part="form" novalidate @submit=${(e: Event) => void this.submit(e)}>
      ${this.heading(register ? (waitlist ? msg(str`Join the waitlist: ${w.title}`, {id: 'workshop.form.waitlist'}) : msg(str`Register: ${w.title}`, {id: 'workshop.form.register'})) : msg('When could you come?', {id: 'workshop.form.interest'}), 'form-heading', this.headingLevel - 1)}
      ${register && !w.options.length ? html`<p>${this.when(w)}</p>` : nothing} ${this.renderSummary()}
      ${
        register && w.options.length
          ? this.checks(
              'sessions',
              msg('Which dates could you do?', {id: 'workshop.sessions'}),
              w.options.map((o) => [o.id, this.when(w, o.start, o.end)]),
              msg('Tick every date you could come to.', {id: 'workshop.sessions.hint'}),
            )
          : nothing
      }
      ${
        register
          ? nothing
          : html`${this.checks(
              'weekdays',
              msg('Which days suit you?', {id: 'workshop.weekdays'}),
              WEEKDAYS.map((d) => [d, weekdayLabel(d)]),
            )}
            ${this.checks(
              'dayparts',
              msg('Which times of day?', {id: 'workshop.dayparts'}),
              DAYPARTS.map((d) => [d, daypartLabel(d)]),
            )}
            ${this.radios('format', msg('In person or online?', {id: 'workshop.format-choice'}), [
              ['in-person', formatLabel('in-person')],
              ['online', formatLabel('online')],
              ['either', msg('Either', {id: 'workshop.format.either'})],
            ])}
            ${this.input('location', msg('Where could you come to? (optional)', {id: 'workshop.location'}))}`
      }
      <fieldset class="choices">
        <legend>${msg('About you', {id: 'workshop.about-you'})}</legend>
        ${this.renderContactFields()}
      </fieldset>
      ${
        register
          ? html`${this.radios(
                'role',
                msg('You are taking part as…', {id: 'workshop.role'}),
                ROLES.map((r) => [r, roleLabel(r)]),
              )}
              ${this.values['role'] === 'professional' ? this.input('organisation', msg('Your organisation', {id: 'workshop.organisation'}), {autocomplete: 'organization'}) : nothing}
              ${this.box('companion', msg('A companion or carer will come with me', {id: 'workshop.companion'}))}
              ${this.checks(
                'access',
                msg('Your access needs', {id: 'workshop.access-needs'}),
                ACCESS_NEEDS.map((n) => [n, accessLabel(n)]),
                msg('Tell us what would help you take part. We will be in touch about anything we need to arrange.', {
                  id: 'workshop.access.hint',
                }),
              )}
              ${access.includes('sign-language') ? this.input('sign-language', msg('Which sign language?', {id: 'workshop.sign-language'})) : nothing}
              ${access.includes('interpreter') ? this.input('interpreter-language', msg('Interpreter for which language?', {id: 'workshop.interpreter-language'})) : nothing}
              <div class="field">
                <label for="access-details"
                  >${msg('Anything else that would help (optional)', {id: 'workshop.access-details'})}</label
                >
                <textarea
                  id="access-details"
                  rows="3"
                  .value=${this.values['access-details'] ?? ''}
                  @input=${(e: Event) => this.set('access-details', (e.target as HTMLTextAreaElement).value)}
                ></textarea>
              </div>
              ${this.box('call-me', msg('I’d like a call to discuss my needs', {id: 'workshop.call-me'}))}
              ${this.checks(
                'diet',
                msg('Dietary needs', {id: 'workshop.diet'}),
                DIETS.map((d) => [d, dietLabel(d)]),
              )}
              ${diet.includes('other') ? this.input('diet-other', msg('Your other dietary needs', {id: 'workshop.diet-other'})) : nothing}
              ${this.checks(
                'expenses',
                msg('Expenses you would like to claim', {id: 'workshop.expenses'}),
                EXPENSES.map((x) => [x, expenseLabel(x)]),
              )}
              ${this.radios(
                'payment',
                msg('Involvement payment', {id: 'workshop.payment'}),
                PAYMENT_PREFERENCES.map((p) => [p, paymentLabel(p)]),
              )}`
          : nothing
      }
      <div class="field">
        ${this.error('consent')}
        <cl-consent-prompt
          id="consent"
          embedded
          no-proxy
          heading-level=${Math.min(6, this.headingLevel)}
          theme=${this.theme}
          .config=${this.consentConfig()}
          @change=${() => {
            if (this.problems.length > 0) this.validate();
            this.requestUpdate();
          }}
        ></cl-consent-prompt>
      </div>
      <div class="actions">
        <button type="submit" class="button">
          ${register ? (waitlist ? msg('Join the waitlist', {id: 'workshop.waitlist'}) : msg('Register', {id: 'workshop.register'})) : msg('Send', {id: 'common.send'})}
        </button>
        <button
          type="button"
          class="button button--secondary"
          @click=${() => {
            this.view = 'list';
            this.focusAfter.request('.count');
          }}
        >
          ${msg('Back to the workshops', {id: 'workshop.back'})}
        </button>
      </div>
    </form>`;
  }

  /** What else was sent, so the person can check it: access needs, diet, expenses. */
  private summaryRows(data: RegistrationData): TemplateResult {
    const row = (label: string, values: string[]) =>
      values.length
        ? html`<dt>${label}</dt>
            <dd>${formatList(values)}</dd>`
        : nothing;
    const access = data.accessNeeds;
    return html`${row(msg('Your access needs', {id: 'workshop.access-needs'}), [
      ...access.needs.map((n) => accessLabel(n as AccessNeed)),
      ...(access.interpreterLanguage ? [access.interpreterLanguage] : []),
      ...(access.signLanguage ? [access.signLanguage] : []),
      ...(access.callMe ? [msg('I’d like a call to discuss my needs', {id: 'workshop.call-me'})] : []),
    ])}
    ${row(msg('Dietary needs', {id: 'workshop.diet'}), [...data.diet.needs.filter((d) => d !== 'other').map((d) => dietLabel(d as Diet)), ...(data.diet.other ? [data.diet.other] : [])])}
    ${row(msg('Expenses you would like to claim', {id: 'workshop.expenses'}), [
      ...data.expenses.claims.map((x) => expenseLabel(x as Expense)),
      ...(data.expenses.payment ? [paymentLabel(data.expenses.payment as PaymentPreference)] : []),
    ])}`;
  }

  private renderDone(): TemplateResult {
    const sent = this.sent;
    const status = this.submission.status;
    const full = status?.state === 'failed' && status.status === 409;
    const registration = sent?.kind === 'workshop-registration' ? (sent.data as RegistrationData) : undefined;
    const w = this.chosen;
    return html`<div class="confirmation" part="confirmation">
      ${this.heading(
        full
          ? msg('This workshop has just filled up', {id: 'workshop.done.full'})
          : registration?.waitlist
            ? msg('You are on the waitlist', {id: 'workshop.done.waitlist'})
            : registration
              ? msg('You are registered', {id: 'workshop.done.registered'})
              : msg('Thank you: we will plan around your times', {id: 'workshop.done.interest'}),
        'confirmation__heading',
        this.headingLevel - 1,
      )}
      ${this.submission.render()}
      ${
        full
          ? html`<p>
                ${msg('Nothing you entered is lost. Would you like a place on the waitlist instead?', {id: 'workshop.done.full.offer'})}
              </p>
              <button type="button" class="button" @click=${() => void this.joinWaitlist()}>
                ${msg('Join the waitlist', {id: 'workshop.waitlist'})}
              </button>`
          : html`<p>
                ${
                  registration
                    ? msg(
                        'We will contact you before the workshop with the details and to arrange anything you asked for.',
                        {id: 'workshop.done.next'},
                      )
                    : msg('We will contact you when a workshop fits the times you gave.', {
                        id: 'workshop.done.next-interest',
                      })
                }
              </p>
              ${
                w && registration
                  ? html`<dl class="workshop__facts">
                      <dt>${msg('Workshop', {id: 'workshop.summary.workshop'})}</dt>
                      <dd>${w.title}</dd>
                      <dt>${msg('When', {id: 'workshop.when'})}</dt>
                      <dd>
                        ${w.options.length ? formatList(w.options.filter((o) => registration.sessions?.includes(o.id)).map((o) => this.when(w, o.start, o.end))) : this.when(w)}
                      </dd>
                      <dt>${msg('Your name', {id: 'workshop.name'})}</dt>
                      <dd>${registration.name}</dd>
                      ${this.summaryRows(registration)}
                    </dl>`
                  : nothing
              }
              ${
                this.icsUrl && registration && !registration.waitlist
                  ? html`<p>
                      <a class="button button--secondary" href=${this.icsUrl} download="${w?.id ?? 'workshop'}.ics"
                        >${msg('Add to my calendar (.ics)', {id: 'workshop.ics'})}</a
                      >
                    </p>`
                  : nothing
              }`
      }
      <button
        type="button"
        class="button button--secondary"
        @click=${() => {
          this.view = 'list';
          this.values = {};
          this.lists = {};
          this.submission.reset();
          this.focusAfter.request('.count');
        }}
      >
        ${msg('Back to the workshops', {id: 'workshop.back'})}
      </button>
    </div>`;
  }

  protected override render() {
    const {state, value: feed, problems} = this.feed;
    if (state === 'loading')
      return html`<div class="signup" part="base">
        <p role="status">${msg('Loading workshops…', {id: 'workshop.loading'})}</p>
      </div>`;
    if (!feed) {
      return html`<div class="signup" part="base">
        ${state === 'empty' ? html`<p>${msg('No upcoming workshops match.', {id: 'workshop.none'})}</p>` : this.renderProblems(problems)}
      </div>`;
    }
    return html`<div class="signup" part="base">
      ${this.renderProblems(problems)}
      ${this.view === 'list' ? this.renderList(feed) : this.view === 'done' ? this.renderDone() : this.renderForm()}
    </div>`;
  }
}
