import {html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {
  AnnouncerController,
  ConfigController,
  DraftController,
  FocusController,
  SubmissionController,
  baseStyles,
  countText,
  describeValue,
  formStyles as sharedFormStyles,
  getCareloopLocale,
  heading,
  headingLevel,
  isEndpoint,
  isSafeUrl,
  nearLimit,
  uuid,
  warn,
} from '@careloop/core';
import type * as Contact from './contact.js';
import {FeedbackFormProperties} from './feedback-form.properties.js';
import {formStyles} from './feedback-form.styles.js';
import {
  renderDraftLine,
  renderContact,
  renderItems,
  renderStep,
  renderRole,
  renderActions,
  renderNotice,
  renderProgress,
  sanitizeRich,
  type Problem,
  type QuestionsView,
} from './feedback-form.template.js';
import {POSTED, isRole} from './feedback-form.types.js';
import type * as Identify from './questionnaire/identify.js';
import type * as Kiosk from './kiosk.js';
import type * as Labels from './labels.js';
import type {ContactError} from './labels.js';
import {shortName, walk, type Form, type FormItem} from './questionnaire/model.js';
import type {SdcReader} from './questionnaire/read.js';
import {QuestionnaireSession} from './questionnaire/session.js';
import {loadParts, loadPosted, loadReader, loadSdc, ready, type Reader} from './parts.js';
import {PresetLoader} from './presets.js';

/**
 * Collects patient-experience feedback from a FHIR R4 Questionnaire or a preset, and
 * delivers it through the outbox so that nothing a person wrote is lost.
 *
 * The questionnaire comes from the `questionnaire` property, a `src` address, an inline
 * `<script type="application/json">` child, or `preset`. What is submitted is a
 * submission envelope (kind `feedback`) holding a `{linkId: value}` map and a FHIR R4
 * QuestionnaireResponse.
 *
 * @summary Patient-experience feedback form (FHIR Questionnaire renderer).
 * @customElement cl-feedback-form
 * @slot privacy-notice - Replaces the default privacy notice shown above the submit button.
 * @slot thanks - Replaces the default "what happens next" text on the thank-you screen.
 * @csspart base - The wrapper around everything.
 * @csspart title - The questionnaire's title.
 * @csspart error-summary - The list of problems shown after a submit with errors.
 * @csspart question - Each question.
 * @csspart notice - The privacy notice.
 * @csspart warning - The "may identify you" warning.
 * @csspart submit - The submit button.
 * @csspart status - The line that says whether the answers were sent.
 * @csspart thanks - The thank-you screen.
 * @cssprop --cl-feedback-form-max-width - Widest the form grows (default 40rem); it is as wide as that, or as its space if narrower, and its layouts (tables, tabs) follow its width.
 * @cssprop --cl-feedback-form-target-size - Smallest size of radio buttons and checkboxes (default 1.5rem; 2.75rem in kiosk mode).
 * @fires cl-submit - Cancelable. Detail: the submission envelope. Call `preventDefault()` to send it yourself.
 * @fires cl-submitted - The server accepted the submission. Detail: `{envelope, status}`.
 * @fires cl-error - The questionnaire has problems, or the server refused the submission. Detail: `{code, message, problems}`.
 * @example <cl-feedback-form preset="fft" endpoint="/api/feedback" service="ward-7"></cl-feedback-form>
 */
export class FeedbackForm extends FeedbackFormProperties {
  static override styles = [baseStyles, sharedFormStyles, formStyles];
  static override properties: PropertyDeclarations = {
    ...FeedbackFormProperties.properties,
    phase: {state: true},
    step: {state: true},
    problems: {state: true},
  };

  /** @internal careloop/ssr: a form post to render again, its answers filled in and its problems shown. */
  posted: URLSearchParams | undefined;
  /** The id a post without script is sent under, the same however often it is sent (POSTED.key). */
  #postKey: string | undefined;

  /** @internal */
  private phase: 'form' | 'thanks' = 'form';
  /** @internal */
  private step = 0;
  /** @internal */
  private problems: Problem[] = [];

  readonly #presets = new PresetLoader(this, (problems) => this.reportProblems(problems));
  readonly #config = new ConfigController<Form>(
    this,
    {property: () => this.questionnaire ?? this.#presets.questionnaire, src: () => this.src},
    (raw) => {
      this.#read ??= ready.read;
      this.#sdc ??= ready.sdc;
      const read = this.#read?.(raw, getCareloopLocale(), this.#sdc);
      if (read && !read.partial) return read;
      // Read again once the reader (then, for SDC extensions, the SDC reader) is here; until then the form says it is loading.
      this.#reading ??= (
        read ? loadSdc().then((sdc) => (this.#sdc = sdc)) : loadReader().then((reader) => (this.#read = reader))
      ).then(() => {
        this.#reading = undefined;
        this.#config.reparse();
        if (this.#config.problems.length > 0) this.reportProblems(this.#config.problems);
      });
      return {value: undefined, problems: []};
    },
    (problems) => this.reportProblems(problems),
  );
  readonly #announcer = new AnnouncerController(this);
  readonly #focusAfter = new FocusController(this);
  readonly #submission = new SubmissionController(this, () => this.submissionTarget(), {
    submitted: () => this.#draft.clear(),
    failed: () => {
      this.phase = 'form';
      this.#focusAfter.request('.failure');
    },
  });
  readonly #draft = new DraftController(
    () => `careloop-feedback-draft:${this.#config.value?.canonical ?? this.preset ?? ''}:${location.pathname}`,
    () => this.saveDraft && !this.kiosk,
  );
  /** Kiosk mode's idle timer and countdown: loaded only by a page in kiosk mode. */
  #kioskMode: Kiosk.KioskController | undefined;

  /** The answers to the questionnaire shown; a new one for each questionnaire (or language). */
  #session: QuestionnaireSession | undefined;
  #chosenRole = '';
  /** What the browser restored (back/forward navigation), taken up by the next session. */
  #restored: unknown;
  /** The contact details: made (and their module loaded) once the person asks to be contacted. */
  #contact: Contact.ContactChoice | undefined;
  /** Whether errors are shown as the person corrects them (after a first submit). */
  #validating = false;
  /** Answers changed since the problems shown were worked out. */
  #recheck = false;
  #locale = '';
  /** The check for identifying details: made (and loaded) once the person leaves a free-text field. */
  #identifiers: Identify.IdentifierCheck | undefined;
  #rich = new Map<string, HTMLElement>();
  /** The refusal box with "Copy my answers": made when the server first refuses. */
  #refusal: Labels.RefusalBox | undefined;
  /** The questionnaire reader, and the reader of SDC extensions once a questionnaire with any has loaded it. */
  #read: Reader | undefined;
  #sdc: SdcReader | undefined;
  #reading: Promise<void> | undefined;
  /** Forms whose value sets are being expanded (a promise), or were (true). */
  readonly #expanding = new WeakMap<Form, Promise<void> | true>();
  /** Renderers this form needs that are still loading: the form waits for them rather than change under the person. */
  #partsLoading: Promise<void> | undefined;
  /** The words for problems with answers: needed only once something is wrong. */
  #labels: typeof Labels | undefined;

  /** What the question templates read and call. */
  readonly #view: QuestionsView = {
    session: undefined as unknown as QuestionnaireSession,
    errorOf: (item) => this.problems.find((p) => p.item === item)?.error,
    errorText: (error, item) => error && this.#labels?.errorText(error, item),
    rich: this.#rich,
    parts: {},
    edit: (item, change, focus) => {
      if (!this.#session) return;
      change(this.#session);
      // Only near the limit, and only once typing pauses (the announcer debounces).
      const text = this.#session.entries.get(item.linkId)?.[0] ?? '';
      const max = item.maxLength;
      if (max !== undefined && nearLimit(text.length, max)) this.#announcer.announce(countText(max - text.length));
      if (focus) this.#focusAfter.request(focus);
      this.#changed();
    },
    left: () => void this.#checkIdentifiers(),
  };

  async #loadKiosk(): Promise<void> {
    const {KioskController} = await import('./kiosk.js');
    this.#kioskMode ??= new KioskController(this, {
      idling: () => this.kiosk && this.phase === 'form',
      idleSeconds: () => this.idleSeconds,
      countdownSeconds: () => this.countdownSeconds,
      touched: () => !!this.#session?.touched || !!this.#chosenRole || !!this.#contact?.optedIn || this.step > 0,
      expired: () => this.startAgain(),
    });
    this.#kioskMode.arm();
  }

  /** @internal A host `<form>` was reset: start again. */
  override formReset(): void {
    this.startAgain();
  }

  /** @internal Back to this page in the history: the answers the browser kept come back (as a draft does). */
  override formRestore(state: string): void {
    try {
      this.#restored = JSON.parse(state) as unknown;
    } catch {
      return;
    }
    this.#session = undefined;
    this.requestUpdate();
  }

  /** Whether the questions, or something they need, are still on their way. */
  get #loading(): boolean {
    const {state, value: form} = this.#config;
    return (
      state === 'loading' ||
      !!(form && (this.#partsLoading || this.#expanding.get(form) instanceof Promise)) ||
      !!this.#reading ||
      (!form && !!this.preset && this.#presets.questionnaire === undefined && state !== 'error' && !this.src)
    );
  }

  /**
   * A form rendered on the server (careloop/ssr) keeps the server's rendering, which the
   * person may already be answering, until this element can render the same questions and
   * take it over (hydrate it); showing "Loading" in between would be a flash, and lose input.
   */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    if (this.hasUpdated || !this.shadowRoot?.hasChildNodes()) return super.shouldUpdate(changed);
    this.willUpdate(changed);
    if (this.#loading) return false;
    // Taking over the server's controls sets their values from the session: what the person
    // already entered goes into the session first.
    const entered = this.shadowRoot.querySelector<HTMLFormElement>('form.questions');
    if (entered && this.#session) {
      if (!ready.posted) {
        void loadPosted().then(() => this.requestUpdate());
        return false;
      }
      const fields = new FormData(entered);
      this.#session.restore(ready.posted(this.#session, fields));
      const role = fields.get(POSTED.role);
      if (typeof role === 'string') this.#chosenRole = role;
    }
    return true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.kiosk && !this.#kioskMode) void this.#loadKiosk();
    if (changed.has('preset')) this.#presets.load(this.preset);
    this.#config.sync();
    const locale = getCareloopLocale();
    if (this.#locale && locale !== this.#locale) this.#config.reparse();
    this.#locale = locale;
    const form = this.#config.value;
    if (form && form !== this.#session?.form) this.#begin(form);
    if (this.#recheck) this.#recheckProblems();
    // The one link a page gives by attribute passes the same check as every configured link.
    if (changed.has('nextUrl') && this.nextUrl !== null && !this.#nextUrl())
      this.reportProblems([{code: 'unsafe-url', path: 'next-url', found: describeValue(this.nextUrl)}]);
  }

  /** `next-url` when it is a link that is safe to follow. */
  #nextUrl(): string | null {
    return this.nextUrl !== null && isSafeUrl(this.nextUrl) ? this.nextUrl : null;
  }

  protected override updated(): void {
    const session = this.#session;
    if (!session) return;
    this.reportToForm(() => {
      const missing = session.problemsIn()[0];
      return {
        value: JSON.stringify(session.response({authored: new Date().toISOString(), language: this.#locale})),
        state: JSON.stringify({...session.snapshot(), role: this.#chosenRole}),
        invalid: missing && {
          flags: {valueMissing: true},
          message: msg('Some answers are missing or need a change.', {id: 'feedback.invalid'}),
          anchor: this.renderRoot.querySelector<HTMLElement>(`#${missing.target}`) ?? undefined,
        },
      };
    });
  }

  /**
   * A new questionnaire, or the same one read again in another language: what was
   * entered carries over; otherwise the initial answers and a saved draft, if any.
   */
  #begin(form: Form): void {
    if (this.#expandFirst(form)) return;
    const session = new QuestionnaireSession(form, this.#session?.snapshot());
    if (!this.#session) {
      const draft = (this.#restored ?? this.#draft.load()) as {role?: unknown} | undefined;
      this.#restored = undefined;
      if (draft) {
        session.restore(draft);
        if (typeof draft.role === 'string') this.#chosenRole = draft.role;
      }
    }
    this.#session = this.#view.session = session;
    if (this.posted) this.#showPosted(session, this.posted);
    sanitizeRich(form, this.#rich, () => this.requestUpdate());
    const calculate = () => {
      const {fhirpath} = this.#view.parts;
      if (fhirpath)
        session.calculate(
          fhirpath(
            form,
            () => this.launchContext,
            (p) => this.reportProblems([p]),
          ),
        );
    };
    const loading = (this.#partsLoading = loadParts(form, this.#view.parts));
    if (!loading) calculate();
    void loading?.then(() => {
      if (this.#partsLoading === loading) this.#partsLoading = undefined;
      calculate();
      this.requestUpdate();
    });
    this.#kioskMode?.arm();
  }

  /** On a server (careloop/ssr): a form post's answers shown again, with what stopped them. */
  #showPosted(session: QuestionnaireSession, fields: URLSearchParams): void {
    // prepareFeedbackForm (server.ts) has the reader of posted fields ready.
    session.restore(ready.posted?.(session, fields));
    this.#chosenRole = fields.get(POSTED.role) ?? '';
    this.#labels ??= ready.labels;
    this.problems = this.#problemsIn();
    this.#validating = true;
  }

  /**
   * Starts expanding the value sets `form` holds elsewhere, at the page's terminology server,
   * once; true while that is under way (the questions wait for their answers).
   */
  #expandFirst(form: Form): boolean {
    let expanding = this.#expanding.get(form);
    const server = this.terminologyServer;
    if (!expanding && server && [...walk(form.items)].some((item) => item.valueSet)) {
      expanding = import('./questionnaire/expand.js')
        .then((m) => m.expandValueSets(form, server, getCareloopLocale(), (p) => this.reportProblems([p])))
        .catch((error: unknown) => warn('part-not-loaded', `expand: ${String(error)}`))
        .then(() => {
          this.#expanding.set(form, true);
          this.requestUpdate();
        });
      this.#expanding.set(form, expanding);
    }
    return expanding instanceof Promise;
  }

  async #optIn(checked: boolean): Promise<void> {
    this.#contact ??= new (await import('./contact.js')).ContactChoice(this, () => this.#changed());
    this.#contact.optIn(checked);
  }

  /** The problems of the contact details, named for the error summary. */
  get #contactProblems(): Problem[] {
    if (this.noContact) return [];
    const question = msg('Contact details', {id: 'feedback.contact.legend'});
    return (this.#contact?.problems() ?? []).map((p) => ({...p, question}));
  }

  get #byGroup(): boolean {
    return this.paging === 'group';
  }

  #problemsIn(items?: readonly FormItem[]): Problem[] {
    return (this.#session?.problemsIn(items) ?? []).map(({item, target, error}) => ({
      target,
      question: shortName(item) || item.linkId,
      error,
      item,
    }));
  }

  #showProblems(problems: Problem[]): boolean {
    this.problems = problems;
    this.#validating = true;
    if (problems.length > 0) this.#focusAfter.request('.error-summary');
    return problems.length === 0;
  }

  #goTo(step: number, focus = '.step-heading'): void {
    this.step = step;
    this.problems = [];
    this.#validating = false;
    this.#focusAfter.request(focus);
  }

  /** An answer changed: keep the draft, and check the answers again in the coming update. */
  #changed(): void {
    this.#recheck = true;
    this.#draft.save({...this.#session?.snapshot(), role: this.#chosenRole});
    this.requestUpdate();
  }

  /** After a change: keep the summary's order, drop what was fixed. */
  #recheckProblems(): void {
    this.#recheck = false;
    if (!this.#validating || !this.#session) return;
    const steps = this.#session.steps(this.#byGroup);
    const items = steps.length > 1 ? (steps[this.step] ?? []) : undefined;
    this.problems = [...this.#problemsIn(items), ...this.#contactProblems];
  }

  /** Looks for identifying details in free text when the person leaves a field (on this device only). */
  async #checkIdentifiers(): Promise<void> {
    this.#labels ??= await import('./labels.js');
    this.#identifiers ??= new (await import('./questionnaire/identify.js')).IdentifierCheck();
    this.#identifiers.check(this.#session?.freeText() ?? []);
    this.requestUpdate();
  }

  /** Clears every answer and starts again (kiosk, "clear my answers", a host form reset). */
  startAgain(): void {
    this.#kioskMode?.stop();
    this.#session = undefined;
    this.#chosenRole = '';
    this.#contact = undefined;
    this.#validating = false;
    this.problems = [];
    this.#identifiers = undefined;
    this.#refusal?.forget();
    this.#refusal = undefined;
    this.step = 0;
    this.phase = 'form';
    this.#draft.clear();
    // A refusal of the previous person's answers goes with them; what still waits to be sent is sent.
    this.#submission.reset();
    this.#focusAfter.request('.start');
    this.requestUpdate();
  }

  #onSubmit(event: Event, session: QuestionnaireSession): void {
    event.preventDefault();
    void this.#submission.once(() => this.#send(session));
  }

  async #send(session: QuestionnaireSession): Promise<void> {
    this.#labels ??= await import('./labels.js');
    const steps = session.steps(this.#byGroup);
    if (this.step < steps.length - 1) {
      if (this.#showProblems(this.#problemsIn(steps[this.step]))) this.#goTo(this.step + 1);
      return;
    }
    const problems = [...this.#problemsIn(), ...this.#contactProblems];
    if (!this.#showProblems(problems)) {
      const first = problems[0]!;
      const at = steps.findIndex((step) => session.problemsIn(step).some((p) => p.target === first.target));
      // On another step (a tab chosen before the ones above were answered): its problems only, each link to a field on it.
      if (at >= 0 && at !== this.step) {
        this.step = at;
        this.#recheckProblems();
      }
      return;
    }
    const consent = this.noContact ? undefined : await this.#contact?.consent();
    const {feedbackEnvelope} = await import('./feedback-data.js');
    const envelope = feedbackEnvelope(session, {
      preset: this.questionnaire || this.src ? undefined : this.preset,
      givenRole: this.respondentRole,
      chosenRole: this.#chosenRole,
      consent,
      contact: this.#contact?.details,
      publicRecordNotice: this.notice === 'public-record',
      context: this.context,
      service: this.service,
    });
    this.#refusal = undefined;
    const outcome = await this.#submission.submit(envelope);
    // Once the outbox keeps the answers where they outlive the page, the draft must go: a
    // draft of answers the outbox sends later would come back, and be sent again. Kept
    // only in memory, the draft stays until they are delivered (the submitted hook).
    if (outcome !== 'outbox' || (await this.#submission.durable())) this.#draft.clear();
    this.phase = 'thanks';
    this.#focusAfter.request('.thanks__heading');
    if (this.kiosk) this.#kioskMode?.start();
  }

  /** "Try again": what is on screen now, as a new envelope that replaces the refused one. */
  #retry(session: QuestionnaireSession): void {
    void this.#submission.once(async () => {
      this.#submission.reset();
      await this.#send(session);
    });
  }

  get #level(): number {
    return headingLevel(this.headingLevel);
  }

  #renderErrorSummary(): TemplateResult | typeof nothing {
    // The summary, and what focuses a field from it, come with the words for problems.
    const labels = this.#labels;
    if (!labels) return nothing;
    return labels.errorSummary(
      this.#level,
      this.problems.map((p) => ({target: p.target, text: `${p.question}: ${labels.errorText(p.error, p.item)}`})),
      this.renderRoot,
    );
  }

  /** What a form posted without script sends besides the answers (POSTED), as hidden fields. */
  #renderPosted(): TemplateResult {
    const preset = this.questionnaire || this.src ? null : this.preset;
    const fields: [string, string | null][] = [
      [POSTED.preset, preset],
      [POSTED.locale, getCareloopLocale()],
      [POSTED.key, (this.#postKey ??= this.posted?.get(POSTED.key) ?? uuid())],
    ];
    return html`${fields.map(([name, value]) => (value ? html`<input type="hidden" name=${name} value=${value} />` : nothing))}`;
  }

  #renderIdentifiers(session: QuestionnaireSession): unknown {
    const identifiers = this.#identifiers;
    if (!this.#labels || !identifiers?.warns) return nothing;
    return this.#labels.identifiersWarning(session, identifiers.found, this.renderRoot, () => {
      identifiers.dismiss();
      this.#focusAfter.request('button[type="submit"]');
      this.requestUpdate();
    });
  }

  #renderSendFailure(session: QuestionnaireSession): TemplateResult | typeof nothing {
    const status = this.#submission.status;
    const labels = this.#labels;
    // A refusal follows a submit, which loaded the words for problems (and this box with them).
    if (status?.state !== 'failed' || !labels) return nothing;
    this.#refusal ??= new labels.RefusalBox((focus) => {
      if (focus) this.#focusAfter.request(focus);
      this.requestUpdate();
    });
    return this.#refusal.render(
      status.message,
      () => this.#retry(session),
      () => labels.answersText(session.current, session.readings, (item) => session.isAsked(item)),
    );
  }

  protected override render() {
    const {state, value: form, problems} = this.#config;
    const session = this.#session;
    if (!form && this.#presets.problems.length > 0 && state !== 'error') {
      return html`<div class="form" part="base">${this.renderProblems(this.#presets.problems)}</div>`;
    }
    if (this.#loading) {
      return html`<div class="form" part="base" aria-busy="true">
        <p class="status" role="status">${msg('Loading the questions…', {id: 'feedback.loading'})}</p>
      </div>`;
    }
    if (!form || !session) {
      return html`<div class="form" part="base">
        ${state === 'empty' && !this.preset ? html`<p class="status">${msg('No questions to show yet.', {id: 'feedback.empty'})}</p>` : this.renderProblems(problems)}
      </div>`;
    }
    if (this.phase === 'thanks' && this.#submission.status?.state !== 'failed') {
      // The thank-you follows a submit, which loaded it.
      return html`<div class="form" part="base">
        ${this.#labels?.thanks({
          level: this.#level,
          saved: this.#submission.status?.state === 'queued' && this.#submission.status.durable,
          status: this.#submission.render(),
          nextUrl: this.#nextUrl(),
          nextLabel: this.nextLabel,
          kiosk: this.kiosk ? (this.#kioskMode?.countdown ?? 0) : undefined,
          startAgain: () => this.startAgain(),
        })}
      </div>`;
    }
    const steps = session.steps(this.#byGroup);
    const step = Math.min(this.step, steps.length - 1);
    const last = step === steps.length - 1;
    const current = steps[step] ?? [];
    const paged = steps.length > 1;
    const stepTitle = current.length === 1 && current[0]!.type === 'group' ? shortName(current[0]!) : '';
    // The step, under its heading; in a tab-container's tab, a tab panel below its tabs (parts/tabs.ts).
    const panel = html`${paged ? renderProgress(this.#level + 1, step, steps.length, stepTitle) : nothing}
    ${paged && stepTitle ? renderStep(this.#view, current[0]!, this.#level + 2) : renderItems(this.#view, current, this.#level + 1)}`;
    const {tabs} = this.#view.parts;
    return html`<div class="form" part="base">
      ${form.title ? heading(this.#level, form.title, {cls: 'title start', focusable: true}) : html`<span class="start" tabindex="-1"></span>`}
      ${this.renderProblems(problems, msg('Some questions could not be shown', {id: 'feedback.problems'}))}
      ${this.#renderSendFailure(session)} ${this.#renderErrorSummary()} ${this.#kioskMode?.render() ?? nothing}
      ${this.#announcer.render()}
      ${this.about ? html`<p class="about">${msg(str`Thinking about your visit to ${this.about}:`, {id: 'feedback.about'})}</p>` : nothing}
      <form
        class="questions"
        method="post"
        action=${this.endpoint && isEndpoint(this.endpoint) ? this.endpoint : nothing}
        novalidate
        @submit=${(e: Event) => this.#onSubmit(e, session)}
      >
        <fieldset class="frame" ?disabled=${this.formDisabled}>
          ${tabs ? tabs(this.#view, steps, step, (i, focus) => this.#goTo(i, focus), panel) : panel}
          ${
            last
              ? html`${
                  this.noRole || isRole(this.respondentRole)
                    ? nothing
                    : renderRole(this.#chosenRole, (role) => {
                        this.#chosenRole = role;
                        this.#changed();
                      })
                }
                ${
                  this.noContact
                    ? nothing
                    : renderContact(
                        !!this.#contact?.optedIn,
                        this.#contact?.render({
                          level: this.#level,
                          consent: this.contactConsent,
                          errorOf: (target) =>
                            this.problems.find((p) => p.target === target)?.error as ContactError | undefined,
                          errorText: (error) => this.#view.errorText(error),
                        }),
                        (checked) => void this.#optIn(checked),
                      )
                }
                ${this.#renderIdentifiers(session)} ${renderNotice(this.notice === 'public-record')}`
              : nothing
          }
          ${this.#draft.enabled ? renderDraftLine(() => this.startAgain()) : nothing}
          ${renderActions({
            back: paged && step > 0 ? () => this.#goTo(step - 1) : undefined,
            busy: this.#submission.busy,
            label:
              paged && !last
                ? msg('Next', {id: 'feedback.next'})
                : this.submitLabel?.trim() || msg('Send', {id: 'common.send'}),
          })}
          ${this.#renderPosted()}
        </fieldset>
        ${this.#submission.render()}
      </form>
    </div>`;
  }
}
