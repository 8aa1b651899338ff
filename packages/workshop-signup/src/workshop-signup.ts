import {html, type PropertyDeclarations, type PropertyValues} from 'lit';
import {msg} from '@lit/localize';
import {
  CareloopElement,
  ConfigController,
  FocusController,
  SubmissionController,
  Submitting,
  baseStyles,
  createEnvelope,
  formStyles,
} from '@careloop/core';
import '@careloop/consent-prompt/cl-consent-prompt.js';
import type {ConsentPrompt} from '@careloop/consent-prompt';
import {parseWorkshopFeed} from './feed.js';
import type * as Confirmation from './confirmation.js';
import {interestData, registrationData, signupProblems, type SignupProblem} from './registration.js';
import {seatsLeft, type Filters} from './schedule.js';
import {renderForm, renderList} from './workshop-signup.template.js';
import {signupStyles} from './workshop-signup.styles.js';
import {
  emptyDraft,
  type DraftList,
  type InterestData,
  type RegistrationData,
  type SignupDraft,
  type Workshop,
} from './workshop.types.js';

type View = 'list' | 'register' | 'interest' | 'done';
type Sent =
  {kind: 'workshop-registration'; data: RegistrationData} | {kind: 'involvement-interest'; data: InterestData};

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

  readonly #feed = new ConfigController<Workshop[]>(
    this,
    {property: () => this.items, src: () => this.src},
    parseWorkshopFeed,
    (problems) => this.reportProblems(problems),
  );
  readonly #submission = new SubmissionController(this, () => this.submissionTarget());
  readonly #focusAfter = new FocusController(this);
  #filters: Filters = {audience: '', format: '', month: ''};
  #chosen: Workshop | undefined;
  #draft: SignupDraft = emptyDraft();
  #problems: SignupProblem[] = [];
  #sent: Sent | undefined;
  #icsUrl: string | undefined;
  /** The confirmation and the calendar file: loaded when the person sends the form. */
  #confirmation: typeof Confirmation | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.#icsUrl) URL.revokeObjectURL(this.#icsUrl);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#feed.sync();
  }

  #open(view: 'register' | 'interest', workshop?: Workshop): void {
    this.view = view;
    this.#chosen = workshop;
    this.#problems = [];
    this.#focusAfter.request('.form-heading');
  }

  #backToList(): void {
    this.view = 'list';
    this.#focusAfter.request('.count');
  }

  /** Something was entered: once problems are shown, they follow what is fixed. */
  #changed(): void {
    if (this.#problems.length > 0) this.#validate();
    this.requestUpdate();
  }

  get #prompt(): ConsentPrompt | null {
    return this.renderRoot.querySelector('cl-consent-prompt');
  }

  #validate(): boolean {
    const prompt = this.#prompt;
    const form = this.view === 'register' ? 'register' : 'interest';
    this.#problems = signupProblems(this.#draft, form, this.#chosen, prompt ? prompt.check() : []);
    return this.#problems.length === 0;
  }

  async #submit(): Promise<void> {
    if (!this.#validate()) {
      this.#focusAfter.request('.error-summary');
      this.requestUpdate();
      return;
    }
    const consent = await this.#prompt?.decide();
    if (!consent) return;
    const w = this.#chosen;
    this.#sent =
      this.view === 'register' && w
        ? {kind: 'workshop-registration', data: registrationData(this.#draft, w, consent, seatsLeft(w) === 0)}
        : {kind: 'involvement-interest', data: interestData(this.#draft, w, consent)};
    this.#confirmation ??= await import('./confirmation.js');
    if (this.#icsUrl) URL.revokeObjectURL(this.#icsUrl);
    this.#icsUrl =
      this.#sent.kind === 'workshop-registration' && w
        ? this.#confirmation.calendarUrl(w, this.#sent.data.sessions)
        : undefined;
    this.view = 'done';
    this.#focusAfter.request('.confirmation__heading');
    await this.#submission.submit(this.#envelope(this.#sent));
  }

  #envelope(sent: Sent) {
    return createEnvelope({
      kind: sent.kind,
      element: 'cl-workshop-signup',
      data: sent.data,
      context: this.context,
      service: this.service,
    });
  }

  /** The same registration, sent again as a waitlist place when the server says the workshop is full (409): nothing is typed again. */
  async #joinWaitlist(): Promise<void> {
    const sent = this.#sent;
    if (sent?.kind !== 'workshop-registration') return;
    this.#sent = {kind: sent.kind, data: {...sent.data, waitlist: true}};
    this.#submission.reset();
    this.#focusAfter.request('.confirmation__heading');
    await this.#submission.submit(this.#envelope(this.#sent));
  }

  get #consentConfig(): unknown {
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

  #render(feed: Workshop[]): unknown {
    if (this.view === 'list') {
      return renderList({
        feed,
        only: this.workshopId,
        filters: this.#filters,
        timeZone: this.timeZone,
        level: this.headingLevel,
        filter: (key, value) => {
          this.#filters = {...this.#filters, [key]: value};
          this.requestUpdate();
        },
        open: (form, workshop) => this.#open(form, workshop),
      });
    }
    const confirmation = this.#confirmation;
    if (this.view === 'done' && confirmation) {
      const status = this.#submission.status;
      return confirmation.renderDone({
        registration: this.#sent?.kind === 'workshop-registration' ? this.#sent.data : undefined,
        workshop: this.#chosen,
        full: status?.state === 'failed' && status.status === 409,
        status: this.#submission.render(),
        icsUrl: this.#icsUrl,
        timeZone: this.timeZone,
        level: this.headingLevel,
        joinWaitlist: () => void this.#joinWaitlist(),
        back: () => {
          this.#draft = emptyDraft();
          this.#submission.reset();
          this.#backToList();
        },
      });
    }
    return renderForm({
      draft: this.#draft,
      problems: this.#problems,
      workshop: this.#chosen,
      register: this.view === 'register',
      timeZone: this.timeZone,
      level: this.headingLevel,
      theme: this.theme,
      consent: this.#consentConfig,
      root: this.renderRoot,
      set: (key, value) => {
        this.#draft = {...this.#draft, [key]: value};
        this.#changed();
      },
      toggle: (key: DraftList, value, on) => {
        const list = this.#draft[key] as string[];
        this.#draft = {...this.#draft, [key]: on ? [...list, value] : list.filter((v) => v !== value)};
        this.#changed();
      },
      consentChanged: () => this.#changed(),
      busy: this.#submission.busy,
      submit: (event) => {
        event.preventDefault();
        void this.#submission.once(() => this.#submit());
      },
      back: () => this.#backToList(),
    });
  }

  protected override render() {
    const {state, value: feed, problems} = this.#feed;
    if (state === 'loading')
      return html`<div class="signup" part="base">
        <p role="status">${msg('Loading workshops…', {id: 'workshop.loading'})}</p>
      </div>`;
    if (!feed) {
      return html`<div class="signup" part="base">
        ${state === 'empty' ? html`<p>${msg('No upcoming workshops match.', {id: 'workshop.none'})}</p>` : this.renderProblems(problems)}
      </div>`;
    }
    return html`<div class="signup" part="base">${this.renderProblems(problems)} ${this.#render(feed)}</div>`;
  }
}
