import {html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {
  AnnouncerController,
  CareloopElement,
  Submitting,
  FocusController,
  choiceGroup,
  countText,
  describedBy,
  errorMessage,
  heading,
  headingLevel,
  nearLimit,
  requiredMark,
  ConfigController,
  SubmissionController,
  baseStyles,
  createEnvelope,
  formStyles as sharedFormStyles,
  formatNumber,
  getCareloopLocale,
  sanitizeHtml,
  type ConfigProblem,
  type SubmissionEnvelope,
} from '@careloop/core';
import {formStyles} from './feedback-form.styles.js';
import {
  RESPONDENT_ROLES,
  type FeedbackContact,
  type FeedbackData,
  type Preset,
  type RespondentRole,
} from './feedback-form.types.js';
import type * as Labels from './labels.js';
import type {ContactError} from './labels.js';
import type {Answer} from './questionnaire/answers.js';
import {enabledItems} from './questionnaire/enable.js';
import {OTHER, entryOf, readEntries, type EntryError, type Entries, type Reading} from './questionnaire/entry.js';
import type {ConsentPrompt, ConsentRecord} from '@careloop/consent-prompt';
import type * as Contact from './contact.js';
import type * as Faces from './faces.js';
import type * as Identify from './questionnaire/identify.js';
import type {IdentifierKind} from './questionnaire/identify.js';
import {walk, type Form, type FormItem} from './questionnaire/model.js';
import {readQuestionnaire} from './questionnaire/read.js';
import {answersByLinkId, buildResponse} from './questionnaire/response.js';

/** Each preset is its own module, loaded only by the pages that use it. */
const PRESET_MODULES: Record<Preset, () => Promise<{default: unknown}>> = {
  fft: () => import('./presets/fft.js'),
  'fft-children': () => import('./presets/fft-children.js'),
  'what-matters': () => import('./presets/what-matters.js'),
  'carer-experience': () => import('./presets/carer-experience.js'),
  'workshop-evaluation': () => import('./presets/workshop-evaluation.js'),
};

function roleLabel(role: RespondentRole): string {
  switch (role) {
    case 'patient':
      return msg('A patient', {id: 'common.role.patient'});
    case 'family-member':
      return msg('A family member', {id: 'common.role.family-member'});
    case 'carer':
      return msg('A carer', {id: 'common.role.carer'});
    case 'other':
      return msg('Someone else', {id: 'common.role.other'});
  }
}

/** Seconds the kiosk counts down before it starts again. */
const COUNTDOWN = 20;

type FieldError = EntryError | ContactError;

interface Problem {
  /** The control to focus, by id inside the shadow root. */
  target: string;
  /** The question, for the error summary. */
  question: string;
  error: FieldError;
  item?: FormItem;
}

interface Draft {
  entries: [string, string[]][];
  others: [string, string][];
  role: string;
}

const answerable = (item: FormItem) => item.type !== 'group' && item.type !== 'display' && !item.unsupported;
const isFreeText = (item: FormItem) => item.type === 'string' || item.type === 'text' || item.type === 'open-choice';

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
 * @cssprop --cl-feedback-form-max-width - Widest the form grows (default 40rem).
 * @cssprop --cl-feedback-form-target-size - Smallest size of radio buttons and checkboxes (default 1.5rem; 2.75rem in kiosk mode).
 * @fires cl-submit - Cancelable. Detail: the submission envelope. Call `preventDefault()` to send it yourself.
 * @fires cl-submitted - The server accepted the submission. Detail: `{envelope, status}`.
 * @fires cl-error - The questionnaire has problems, or the server refused the submission. Detail: `{code, message, problems}`.
 * @example <cl-feedback-form preset="fft" endpoint="/api/feedback" service="ward-7"></cl-feedback-form>
 */
export class FeedbackForm extends Submitting(CareloopElement) {
  static formAssociated = true;
  static override styles = [baseStyles, sharedFormStyles, formStyles];
  static override properties: PropertyDeclarations = {
    ...CareloopElement.properties,
    questionnaire: {attribute: false},
    src: {},
    preset: {},
    context: {},
    service: {},
    about: {},
    respondentRole: {attribute: 'respondent-role'},
    noRole: {attribute: 'no-role', type: Boolean},
    noContact: {attribute: 'no-contact', type: Boolean},
    contactConsent: {attribute: false},
    notice: {},
    paging: {},
    kiosk: {type: Boolean, reflect: true},
    idleSeconds: {attribute: 'idle-seconds', type: Number},
    countdownSeconds: {attribute: 'countdown-seconds', type: Number},
    nextUrl: {attribute: 'next-url'},
    nextLabel: {attribute: 'next-label'},
    saveDraft: {attribute: 'save-draft', type: Boolean},
    headingLevel: {attribute: 'heading-level', type: Number},
    submitLabel: {attribute: 'submit-label'},
    name: {},
    presetQuestionnaire: {state: true},
    presetProblems: {state: true},
    phase: {state: true},
    step: {state: true},
    problems: {state: true},
    countdown: {state: true},
  };

  /** A FHIR R4 Questionnaire object. Wins over `src`, inline JSON and `preset`. */
  questionnaire: unknown;
  /** Address of a FHIR R4 Questionnaire as JSON. Fetched without cookies. */
  src: string | null = null;
  /** A questionnaire shipped with Careloop: `fft`, `fft-children`, `what-matters`, `carer-experience`, `workshop-evaluation`. */
  preset: Preset | null = null;
  /** Where the form is used, sent with the answers, e.g. `reception-kiosk`. */
  context: string | null = null;
  /** Which service the feedback is about, sent with the answers, e.g. `older-persons-mental-health-ward`. */
  service: string | null = null;
  /** The service in words, shown before the questions: "Thinking about your visit to …". */
  about: string | null = null;
  /** Who is answering, when the page already knows (`patient`, `family-member`, `carer`, `other`); the question is then not asked. */
  respondentRole: RespondentRole | null = null;
  /** Do not ask who is answering. */
  noRole = false;
  /** Do not offer to leave contact details (the form stays anonymous). */
  noContact = false;
  /**
   * The consent asked for before contact details are sent: a `<cl-consent-prompt>`
   * configuration (policy, controller, retention, purposes). By default, one required
   * purpose, "contact me about my feedback", under policy `careloop-feedback-contact`.
   */
  contactConsent: unknown;
  /** `public-record`: tell the person that what they write may become a public document. */
  notice: 'public-record' | null = null;
  /** `group`: one top-level group per step, with Back and Next. */
  paging: 'none' | 'group' = 'none';
  /** Kiosk mode: large targets, starts again after the thank-you or when left idle, keeps no draft. */
  kiosk = false;
  /** Kiosk mode: seconds without a touch or a key before asking "Are you still there?" (default 90). */
  idleSeconds = 90;
  /** Kiosk mode: seconds of the visible countdown before everything is cleared (default 20). */
  countdownSeconds = 20;
  /** A page that says what happens next, or "You said, we did", linked from the thank-you screen. */
  nextUrl: string | null = null;
  /** The words of that link (default: "What happens next"). */
  nextLabel: string | null = null;
  /** Keep answers in this tab (sessionStorage) until they are sent or cleared. Ignored in kiosk mode. */
  saveDraft = false;
  /** Level of the form's title (2–6); group headings are one level below. */
  headingLevel = 2;
  /** The submit button's words (default: "Send"). */
  submitLabel: string | null = null;
  /** The name under which a host `<form>` receives the QuestionnaireResponse (JSON). */
  name: string | null = null;

  /** @internal */
  private presetQuestionnaire: unknown;
  /** @internal */
  private phase: 'form' | 'thanks' = 'form';
  /** @internal */
  private step = 0;
  /** @internal */
  private problems: Problem[] = [];
  /** @internal */
  private countdown: number | undefined;
  /** @internal An unknown preset name. */
  private presetProblems: ConfigProblem[] = [];

  private readonly internals: ElementInternals;
  private readonly config = new ConfigController<Form>(
    this,
    {property: () => this.questionnaire ?? this.presetQuestionnaire, src: () => this.src},
    (raw) => readQuestionnaire(raw, getCareloopLocale()),
    (problems) => this.reportProblems(problems),
  );
  private readonly announcer = new AnnouncerController(this);
  private readonly focusAfter = new FocusController(this);
  private readonly submission = new SubmissionController(this, () => this.submissionTarget(), {
    submitted: () => this.clearDraft(),
    failed: () => {
      this.phase = 'form';
      this.focusAfter.request('.failure');
    },
  });

  private entries: Entries = new Map();
  private others = new Map<string, string>();
  private chosenRole = '';
  private contactOptIn = false;
  private contact = {name: '', email: '', phone: ''};
  /** Whether errors are shown as the person corrects them (after a first submit). */
  private validating = false;
  /** Answers changed since the problems shown were worked out. */
  private recheck = false;
  private readings = new Map<string, Reading>();
  private answers = new Map<string, Answer[]>();
  private enabled = new Set<string>();
  private ids = new Map<string, string>();
  private initialised: Form | undefined;
  private locale = '';
  private identifiers = new Map<string, IdentifierKind[]>();
  private identifiersDismissed = '';
  private rich = new Map<string, HTMLElement>();
  /** Items the person is asked now: enabled and visible, with every group around them. */
  private asked = new Set<string>();
  private copyText: string | undefined;
  private copied = false;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private countdownTimer: ReturnType<typeof setInterval> | undefined;
  private loadingPreset: string | undefined;
  private readonly onActivity = () => this.activity();
  /** Loaded on first need: the faces of a pictorial scale, and the check for identifying details. */
  private face: typeof Faces.face | undefined;
  private findIdentifiers: typeof Identify.findIdentifiers | undefined;
  /** The contact details and the consent prompt: needed only once the person asks to be contacted. */
  private contactModule: typeof Contact | undefined;
  /** The words for problems with answers: needed only once something is wrong. */
  private labels: typeof Labels | undefined;

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    for (const type of ['pointerdown', 'keydown', 'input']) this.addEventListener(type, this.onActivity);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of ['pointerdown', 'keydown', 'input']) this.removeEventListener(type, this.onActivity);
    this.stopTimers();
  }

  /** @internal A host `<form>` was reset: start again. */
  formResetCallback(): void {
    this.startAgain();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('preset')) this.loadPreset();
    this.config.sync();
    const locale = getCareloopLocale();
    if (this.locale && locale !== this.locale) this.config.reparse();
    this.locale = locale;
    const form = this.config.value;
    if (form && form !== this.initialised) this.initialise(form);
    this.evaluate();
    if (form) this.recheckProblems(form);
  }

  /** @internal Moved into or out of a host `<form>`: report the value and validity to it. */
  formAssociatedCallback(): void {
    this.requestUpdate();
  }

  protected override updated(): void {
    const form = this.config.value;
    // The response is built for a host <form> only: without one, nobody reads it, and this runs at every keystroke.
    if (form && this.internals.form) {
      const response = buildResponse(form, this.answers, {authored: new Date().toISOString(), language: this.locale});
      this.internals.setFormValue(JSON.stringify(response));
      const missing = [...walk(form.items)].find((item) => this.isAsked(item) && this.readings.get(item.linkId)?.error);
      if (missing) {
        const anchor =
          this.renderRoot.querySelector<HTMLElement>(`#${this.ids.get(missing.linkId) ?? ''}`) ?? undefined;
        this.internals.setValidity(
          {valueMissing: true},
          msg('Some answers are missing or need a change.', {id: 'feedback.invalid'}),
          anchor,
        );
      } else this.internals.setValidity({});
    }
  }

  private loadPreset(): void {
    const preset = this.preset;
    const load = preset && Object.hasOwn(PRESET_MODULES, preset) ? PRESET_MODULES[preset] : undefined;
    this.loadingPreset = preset ?? undefined;
    this.presetProblems = [];
    if (!load) {
      this.presetQuestionnaire = undefined;
      if (preset) {
        this.presetProblems = [
          {code: 'not-allowed', path: 'preset', allowed: Object.keys(PRESET_MODULES), found: JSON.stringify(preset)},
        ];
        this.reportProblems(this.presetProblems);
      }
      return;
    }
    void load().then((module) => {
      if (this.loadingPreset === preset) this.presetQuestionnaire = module.default;
    });
  }

  /** A new questionnaire: ids for its controls, initial answers, and a saved draft if there is one. */
  private initialise(form: Form): void {
    this.initialised = form;
    this.ids = new Map([...walk(form.items)].map((item, i) => [item.linkId, `q${i}`]));
    for (const item of walk(form.items)) {
      if (!answerable(item) || this.entries.has(item.linkId)) continue;
      const initial = [
        ...item.initial.map((answer) => entryOf(item, answer)),
        ...item.choices.flatMap((choice, i) => (choice.initialSelected ? [String(i)] : [])),
      ].filter((entry): entry is string => entry !== undefined);
      if (initial.length > 0)
        this.entries.set(item.linkId, item.repeats || item.choices.length > 0 ? initial : initial.slice(0, 1));
    }
    this.restoreDraft();
    if (!this.face && [...walk(form.items)].some((item) => item.choices.some((choice) => choice.face))) {
      void import('./faces.js').then((module) => {
        this.face = module.face;
        this.requestUpdate();
      });
    }
    for (const xhtmlItem of [...walk(form.items)].filter((item) => item.xhtml !== undefined)) {
      void sanitizeHtml(xhtmlItem.xhtml!).then((fragment) => {
        // One element per item, rendered in one place, so Lit keeps it across updates.
        const span = document.createElement('span');
        span.className = 'rich';
        span.append(fragment);
        this.rich.set(xhtmlItem.linkId, span);
        this.requestUpdate();
      });
    }
    this.armIdleTimer();
  }

  /** Reads every entry as answers, and works out which items are enabled by them. */
  private evaluate(): void {
    const form = this.config.value;
    if (!form) return;
    this.readings = new Map();
    this.answers = new Map();
    for (const item of walk(form.items)) {
      if (!answerable(item)) continue;
      const reading = readEntries(item, this.entries.get(item.linkId) ?? [], this.others.get(item.linkId));
      this.readings.set(item.linkId, reading);
      if (reading.answers.length > 0) this.answers.set(item.linkId, reading.answers);
    }
    this.enabled = enabledItems(form, this.answers);
    this.asked = new Set();
    const visit = (items: readonly FormItem[]) => {
      for (const item of items) {
        if (item.hidden || !this.enabled.has(item.linkId)) continue;
        this.asked.add(item.linkId);
        visit(item.items);
      }
    };
    visit(form.items);
  }

  /** Whether the person is asked this question now (enabled, visible, answerable, within the subset, not read-only). */
  private isAsked(item: FormItem): boolean {
    return this.asked.has(item.linkId) && answerable(item) && !item.readOnly;
  }

  // ----- steps ---------------------------------------------------------------

  /** The steps of `paging="group"`: each top-level group, and each run of other top-level items. */
  private steps(form: Form): FormItem[][] {
    const shown = form.items.filter((item) => !item.hidden && this.enabled.has(item.linkId));
    if (this.paging !== 'group') return [shown];
    const steps: FormItem[][] = [];
    for (const item of shown) {
      const last = steps.at(-1);
      if (item.type === 'group' || !last || last.some((i) => i.type === 'group')) steps.push([item]);
      else last.push(item);
    }
    return steps.length > 0 ? steps : [[]];
  }

  private problemsIn(items: readonly FormItem[]): Problem[] {
    const found: Problem[] = [];
    for (const top of items) {
      for (const item of walk([top])) {
        const error = this.isAsked(item) ? this.readings.get(item.linkId)?.error : undefined;
        if (error) found.push({target: this.ids.get(item.linkId)!, question: item.text || item.linkId, error, item});
      }
    }
    return found;
  }

  private contactProblems(): Problem[] {
    if (!this.contactOptIn || this.noContact || !this.contactModule) return [];
    const prompt = this.consentPrompt;
    const question = msg('Contact details', {id: 'feedback.contact.legend'});
    return this.contactModule
      .contactErrors(this.contact, !prompt || prompt.check().length > 0)
      .map((p) => ({...p, question}));
  }

  private showProblems(problems: Problem[]): boolean {
    this.problems = problems;
    this.validating = true;
    if (problems.length > 0) this.focusAfter.request('.error-summary');
    return problems.length === 0;
  }

  private async next(form: Form): Promise<void> {
    this.labels ??= await import('./labels.js');
    const steps = this.steps(form);
    if (!this.showProblems(this.problemsIn(steps[this.step] ?? []))) return;
    this.goTo(Math.min(this.step + 1, steps.length - 1));
  }

  private goTo(step: number): void {
    this.step = step;
    this.problems = [];
    this.validating = false;
    this.focusAfter.request('.step-heading');
  }

  // ----- input ---------------------------------------------------------------

  private activity(): void {
    if (this.countdown !== undefined && this.phase === 'form') {
      this.countdown = undefined;
      clearInterval(this.countdownTimer);
    }
    this.armIdleTimer();
  }

  /** An answer changed: keep the draft, and check the answers again in the coming update. */
  private changed(): void {
    this.recheck = true;
    this.saveDraftNow();
    this.requestUpdate();
  }

  /** After a change, once the answers are read again: keep the summary's order, drop what was fixed. */
  private recheckProblems(form: Form): void {
    if (!this.recheck) return;
    this.recheck = false;
    if (!this.validating) return;
    const items = this.paging === 'group' ? (this.steps(form)[this.step] ?? []) : form.items;
    this.problems = [...this.problemsIn(items), ...this.contactProblems()];
  }

  private setEntries(item: FormItem, entries: string[]): void {
    if (entries.length === 0) this.entries.delete(item.linkId);
    else this.entries.set(item.linkId, entries);
    if (item.maxLength !== undefined) this.announceCount(item, entries[0] ?? '');
    this.changed();
  }

  private onText(item: FormItem, index: number, event: Event): void {
    const entries = [...(this.entries.get(item.linkId) ?? [''])];
    entries[index] = (event.target as HTMLInputElement).value;
    this.setEntries(item, item.repeats ? entries : entries.slice(0, 1).filter((e) => e !== ''));
  }

  private onOther(item: FormItem, event: Event): void {
    this.others.set(item.linkId, (event.target as HTMLInputElement).value);
    this.changed();
  }

  /** Looks for identifying details in free text when the person leaves a field (on this device only). */
  private async checkIdentifiers(): Promise<void> {
    const form = this.config.value;
    if (!form) return;
    this.findIdentifiers ??= (await import('./questionnaire/identify.js')).findIdentifiers;
    this.labels ??= await import('./labels.js');
    const findIdentifiers = this.findIdentifiers;
    this.identifiers = new Map();
    for (const item of walk(form.items)) {
      if (!isFreeText(item) || !this.isAsked(item)) continue;
      const text = [...(this.entries.get(item.linkId) ?? []), this.others.get(item.linkId) ?? ''].join('\n');
      const kinds = findIdentifiers(text);
      if (kinds.length > 0) this.identifiers.set(item.linkId, kinds);
    }
    this.requestUpdate();
  }

  private get identifierKey(): string {
    return JSON.stringify([...this.identifiers]);
  }

  private announceCount(item: FormItem, text: string): void {
    const max = item.maxLength!;
    // Only near the limit, and only once typing pauses (the announcer debounces).
    if (nearLimit(text.length, max)) this.announcer.announce(countText(max - text.length));
  }

  // ----- draft and kiosk -------------------------------------------------------

  private get draftKey(): string {
    const form = this.config.value;
    return `careloop-feedback-draft:${form?.canonical ?? this.preset ?? ''}:${location.pathname}`;
  }

  private get keepsDraft(): boolean {
    return this.saveDraft && !this.kiosk;
  }

  private saveDraftNow(): void {
    if (!this.keepsDraft) return;
    const draft: Draft = {entries: [...this.entries], others: [...this.others], role: this.chosenRole};
    try {
      sessionStorage.setItem(this.draftKey, JSON.stringify(draft));
    } catch {
      // Storage full or refused: the answers stay on screen, only the draft is not kept.
    }
  }

  private restoreDraft(): void {
    if (!this.keepsDraft) return;
    try {
      const draft = JSON.parse(sessionStorage.getItem(this.draftKey) ?? 'null') as
        {[K in keyof Draft]?: unknown} | null;
      if (!draft || !Array.isArray(draft.entries)) return;
      for (const pair of draft.entries as unknown[]) {
        if (Array.isArray(pair) && typeof pair[0] === 'string' && Array.isArray(pair[1]))
          this.entries.set(pair[0], pair[1].map(String));
      }
      for (const pair of Array.isArray(draft.others) ? (draft.others as unknown[]) : []) {
        if (Array.isArray(pair) && typeof pair[0] === 'string' && typeof pair[1] === 'string')
          this.others.set(pair[0], pair[1]);
      }
      if (typeof draft.role === 'string') this.chosenRole = draft.role;
    } catch {
      // A damaged draft is ignored: the form starts empty rather than failing.
    }
  }

  private clearDraft(): void {
    try {
      sessionStorage.removeItem(this.draftKey);
    } catch {
      // Nothing was stored.
    }
  }

  /** Clears every answer and starts again (kiosk, "clear my answers", a host form reset). */
  startAgain(): void {
    this.stopTimers();
    this.entries = new Map();
    this.others = new Map();
    this.chosenRole = '';
    this.contactOptIn = false;
    this.contact = {name: '', email: '', phone: ''};
    this.validating = false;
    this.problems = [];
    this.identifiers = new Map();
    this.identifiersDismissed = '';
    this.copyText = undefined;
    this.step = 0;
    this.phase = 'form';
    this.countdown = undefined;
    this.clearDraft();
    this.submission.reset();
    this.initialised = undefined;
    this.focusAfter.request('.start');
    this.requestUpdate();
  }

  private stopTimers(): void {
    clearTimeout(this.idleTimer);
    clearInterval(this.countdownTimer);
  }

  private armIdleTimer(): void {
    clearTimeout(this.idleTimer);
    if (!this.kiosk || this.phase !== 'form' || !(this.idleSeconds > 0)) return;
    this.idleTimer = setTimeout(() => {
      if (this.entries.size > 0 || this.chosenRole || this.contactOptIn || this.step > 0) this.startCountdown();
    }, this.idleSeconds * 1000);
  }

  private startCountdown(): void {
    clearInterval(this.countdownTimer);
    this.countdown = Math.max(1, Math.round(this.countdownSeconds) || COUNTDOWN);
    this.countdownTimer = setInterval(() => {
      this.countdown = (this.countdown ?? 1) - 1;
      if (this.countdown <= 0) this.startAgain();
    }, 1000);
  }

  // ----- submit ----------------------------------------------------------------

  private async onSubmit(event: Event, form: Form): Promise<void> {
    event.preventDefault();
    const steps = this.steps(form);
    if (this.paging === 'group' && this.step < steps.length - 1) {
      await this.next(form);
      return;
    }
    this.labels ??= await import('./labels.js');
    const problems = [...this.problemsIn(form.items), ...this.contactProblems()];
    if (!this.showProblems(problems)) {
      const first = problems[0]!;
      const at = steps.findIndex((step) => this.problemsIn(step).some((p) => p.target === first.target));
      if (at >= 0 && at !== this.step) this.step = at;
      return;
    }
    const consent = this.contactOptIn && !this.noContact ? await this.consentPrompt?.decide() : undefined;
    const envelope = this.envelope(form, consent);
    this.copyText = undefined;
    const outcome = await this.submission.submit(envelope);
    if (outcome !== 'outbox') this.clearDraft();
    this.phase = 'thanks';
    this.focusAfter.request('.thanks__heading');
    if (this.kiosk) this.startCountdown();
  }

  private envelope(form: Form, consent: ConsentRecord | undefined): SubmissionEnvelope<FeedbackData> {
    const data: FeedbackData = {answers: answersByLinkId(form, this.answers)};
    if (form.canonical) data.questionnaire = form.canonical;
    if (this.preset && !this.questionnaire && !this.src) data.preset = this.preset;
    const given = this.respondentRole ?? '';
    const role = (RESPONDENT_ROLES as readonly string[]).includes(given) ? given : this.chosenRole;
    if ((RESPONDENT_ROLES as readonly string[]).includes(role)) data.respondent = {role: role as RespondentRole};
    if (consent) {
      const contact: FeedbackContact = {consent: {text: consent.text, givenAt: consent.decidedAt, record: consent}};
      for (const key of ['name', 'email', 'phone'] as const) {
        const value = this.contact[key].trim();
        if (value) contact[key] = value;
      }
      data.contact = contact;
    }
    if (this.notice === 'public-record') data.publicRecordNotice = true;
    const fhir = buildResponse(form, this.answers, {authored: new Date().toISOString(), language: getCareloopLocale()});
    return createEnvelope({
      kind: 'feedback',
      element: 'cl-feedback-form',
      data,
      fhir: {...fhir},
      context: this.context,
      service: this.service,
    });
  }

  private get consentPrompt(): ConsentPrompt | null {
    return this.renderRoot.querySelector('cl-consent-prompt');
  }

  private async copyAnswers(form: Form): Promise<void> {
    // The words module is loaded: a refusal can only follow a submit, which loads it.
    this.copyText = this.labels?.answersText(form, this.readings, (item) => this.isAsked(item)) ?? '';
    this.copied = false;
    this.focusAfter.request('.copy-text');
    this.requestUpdate();
    try {
      await navigator.clipboard.writeText(this.copyText);
      this.copied = true;
      this.requestUpdate();
    } catch {
      // No clipboard permission: the text is shown, selected, for the person to copy.
    }
  }

  // ----- render ----------------------------------------------------------------

  private get level(): number {
    return headingLevel(this.headingLevel);
  }

  /** The item's words, after its prefix: its sanitised rendering-xhtml once loaded, else its text. */
  private words(item: FormItem): TemplateResult {
    return html`${item.prefix ? html`<span class="prefix">${item.prefix}</span> ` : nothing}${this.rich.get(item.linkId) ?? item.text}`;
  }

  private errorFor(item: FormItem): FieldError | undefined {
    return this.problems.find((p) => p.item === item)?.error;
  }

  private renderError(id: string, error: FieldError | undefined, item?: FormItem) {
    return errorMessage(id, error && this.labels?.errorText(error, item));
  }

  private renderItems(items: readonly FormItem[], level: number): unknown {
    return items.map((item) => this.renderItem(item, level));
  }

  private renderItem(item: FormItem, level: number): unknown {
    if (item.hidden || !this.enabled.has(item.linkId)) return nothing;
    const id = this.ids.get(item.linkId) ?? '';
    if (item.unsupported) {
      return html`<div class="unsupported" part="question" role="note">
        <p class="unsupported__text">${this.words(item)}</p>
        <p class="unsupported__notice">
          ${msg('This question cannot be shown here. Please answer it in another way if you can, or leave it.', {id: 'feedback.unsupported'})}
        </p>
      </div>`;
    }
    if (item.type === 'group') {
      return html`<section class="group" aria-labelledby=${item.text ? id : nothing}>
        ${item.text ? heading(level, this.words(item), {id, cls: 'group__heading'}) : nothing}
        ${this.renderItems(item.items, level + 1)}
      </section>`;
    }
    if (item.type === 'display') {
      return html`<div class="display" id=${id}>${this.words(item)}</div>
        ${this.renderItems(item.items, level)}`;
    }
    return html`<div class="question ${this.errorFor(item) ? 'question--error' : ''}" part="question">
        ${this.renderControl(item, id)}
      </div>
      ${this.renderItems(item.items, level)}`;
  }

  private renderControl(item: FormItem, id: string): TemplateResult {
    const error = this.errorFor(item);
    const errorId = error ? `${id}-error` : undefined;
    if (item.type === 'boolean') {
      const yes = msg('Yes', {id: 'feedback.yes'});
      const no = msg('No', {id: 'feedback.no'});
      return this.renderChoices(
        item,
        id,
        [
          ['true', html`${yes}`],
          ['false', html`${no}`],
        ],
        false,
        error,
      );
    }
    if (item.choices.length > 0 || item.type === 'choice' || item.type === 'open-choice') {
      const multiple = item.repeats || item.control === 'check-box';
      if (item.control === 'drop-down' && !multiple) return this.renderSelect(item, id, errorId, error);
      const options: [string, TemplateResult][] = item.choices.map((choice, i) => [
        String(i),
        choice.face
          ? html`${this.face?.(choice.face) ?? nothing}<span class="option__text">${choice.label}</span>`
          : html`${choice.label}`,
      ]);
      if (item.type === 'open-choice') options.push([OTHER, html`${msg('Something else', {id: 'common.other'})}`]);
      return this.renderChoices(item, id, options, multiple, error);
    }
    const entries = this.entries.get(item.linkId) ?? [];
    const countId = item.maxLength !== undefined ? `${id}-count` : undefined;
    const label = html`<label class="question__label" for=${id}
      >${this.words(item)}${requiredMark(item.required)}</label
    >`;
    const hint =
      item.maxLength !== undefined
        ? html`<p class="hint" id=${countId!}>
            ${msg(str`You can enter up to ${formatNumber(item.maxLength)} characters.`, {id: 'feedback.count.hint'})}
          </p>`
        : nothing;
    if (item.control === 'slider' && (item.type === 'integer' || item.type === 'decimal')) {
      const min = item.minValue?.kind === item.type ? item.minValue.value : 0;
      const max = item.maxValue?.kind === item.type ? item.maxValue.value : 10;
      const value = entries[0];
      return html`${label}${this.renderError(id, error, item)}
        <div class="slider">
          <span aria-hidden="true">${formatNumber(min)}</span>
          <input
            id=${id}
            type="range"
            min=${min}
            max=${max}
            step=${item.type === 'integer' ? 1 : 'any'}
            .value=${value ?? String(Math.round((min + max) / 2))}
            ?disabled=${item.readOnly}
            aria-describedby=${describedBy(errorId)}
            aria-valuetext=${value === undefined ? msg('Not answered yet', {id: 'feedback.slider.unset'}) : nothing}
            @input=${(e: Event) => this.onText(item, 0, e)}
          />
          <span aria-hidden="true">${formatNumber(max)}</span>
          <output for=${id} class="slider__value">${value === undefined ? '–' : formatNumber(Number(value))}</output>
        </div>`;
    }
    const rows = item.repeats ? [...entries, ...(entries.length === 0 ? [''] : [])] : [entries[0] ?? ''];
    const field = (value: string, index: number) => {
      const fieldId = index === 0 ? id : `${id}-${index}`;
      const common = {
        describedBy: describedBy(errorId, countId),
        name: index === 0 ? nothing : msg(str`${item.text} (answer ${index + 1})`, {id: 'feedback.repeat-label'}),
      };
      const onInput = (e: Event) => this.onText(item, index, e);
      const onChange = () => void this.checkIdentifiers();
      const length = value.length;
      const near = item.maxLength !== undefined && length >= item.maxLength * 0.8;
      const control =
        item.type === 'text'
          ? html`<textarea
              id=${fieldId}
              rows="5"
              class=${error ? 'invalid' : ''}
              .value=${value}
              ?readonly=${item.readOnly}
              aria-invalid=${error ? 'true' : 'false'}
              aria-describedby=${common.describedBy}
              aria-label=${common.name}
              placeholder=${item.placeholder ?? nothing}
              @input=${onInput}
              @change=${onChange}
            ></textarea>`
          : html`<input
              id=${fieldId}
              class=${error ? 'invalid' : ''}
              .value=${value}
              ?readonly=${item.readOnly}
              type=${this.inputType(item)}
              inputmode=${item.type === 'integer' ? 'numeric' : item.type === 'decimal' ? 'decimal' : nothing}
              autocomplete="off"
              spellcheck=${item.type === 'string' ? 'true' : nothing}
              aria-invalid=${error ? 'true' : 'false'}
              aria-describedby=${common.describedBy}
              aria-label=${common.name}
              placeholder=${item.placeholder ?? nothing}
              @input=${onInput}
              @change=${onChange}
            />`;
      return html`<div class="entry">
        ${control}
        ${near ? html`<p class="count ${length > item.maxLength! ? 'count--over' : ''}" aria-hidden="true">${countText(item.maxLength! - length)}</p>` : nothing}
        ${
          item.repeats && rows.length > 1 && !item.readOnly
            ? html`<button
                type="button"
                class="button button--secondary button--small"
                @click=${() => this.removeRow(item, index)}
              >
                ${msg(str`Remove answer ${index + 1}`, {id: 'feedback.repeat.remove'})}
              </button>`
            : nothing
        }
      </div>`;
    };
    return html`${label}${hint}${this.renderError(id, error, item)} ${rows.map(field)}
    ${
      item.repeats && !item.readOnly
        ? html`<button
            type="button"
            class="button button--secondary button--small"
            @click=${() => this.addRow(item, rows.length)}
          >
            ${msg('Add another answer', {id: 'feedback.repeat.add'})}
          </button>`
        : nothing
    }`;
  }

  private inputType(item: FormItem): string {
    switch (item.type) {
      case 'date':
        return 'date';
      case 'dateTime':
        return 'datetime-local';
      case 'time':
        return 'time';
      case 'url':
        return 'url';
      default:
        return 'text';
    }
  }

  private addRow(item: FormItem, index: number): void {
    this.entries.set(item.linkId, [...(this.entries.get(item.linkId) ?? ['']), '']);
    this.focusAfter.request(`#${this.ids.get(item.linkId) ?? ''}-${index}`);
    this.changed();
  }

  private removeRow(item: FormItem, index: number): void {
    const rows = (this.entries.get(item.linkId) ?? []).filter((_v, i) => i !== index);
    this.focusAfter.request(`#${this.ids.get(item.linkId) ?? ''}`);
    this.setEntries(item, rows);
  }

  private renderChoices(
    item: FormItem,
    id: string,
    options: [string, TemplateResult][],
    multiple: boolean,
    error: FieldError | undefined,
  ): TemplateResult {
    const selected = this.entries.get(item.linkId) ?? [];
    return choiceGroup({
      legend: html`${this.words(item)}${requiredMark(item.required)}`,
      hint: multiple ? msg('Select all that apply.', {id: 'feedback.select-all'}) : undefined,
      error: error && this.labels?.errorText(error, item),
      name: id,
      multiple,
      cls: item.choices.some((choice) => choice.face) ? 'options--faces' : '',
      options: options.map(([value, label], i) => ({id: i === 0 ? id : `${id}-${i}`, value, label})),
      selected,
      disabled: item.readOnly,
      after: selected.includes(OTHER) ? this.renderOther(item, id) : nothing,
      onChange: (next) => this.setEntries(item, next),
    });
  }

  private renderOther(item: FormItem, id: string): TemplateResult {
    return html`<div class="other">
      <label for="${id}-other">${msg('Your other answer', {id: 'feedback.other-label'})}</label>
      <input
        id="${id}-other"
        type="text"
        autocomplete="off"
        .value=${this.others.get(item.linkId) ?? ''}
        @input=${(e: Event) => this.onOther(item, e)}
        @change=${() => void this.checkIdentifiers()}
      />
    </div>`;
  }

  private renderSelect(
    item: FormItem,
    id: string,
    errorId: string | undefined,
    error: FieldError | undefined,
  ): TemplateResult {
    const selected = this.entries.get(item.linkId)?.[0] ?? '';
    return html`<label class="question__label" for=${id}>${this.words(item)}${requiredMark(item.required)}</label>
      ${this.renderError(id, error, item)}
      <select
        id=${id}
        class=${error ? 'invalid' : ''}
        ?disabled=${item.readOnly}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy(errorId)}
        @change=${(e: Event) => this.setEntries(item, [(e.target as HTMLSelectElement).value].filter(Boolean))}
      >
        <option value="" ?selected=${selected === ''}>${msg('Choose an answer', {id: 'feedback.choose'})}</option>
        ${item.choices.map((choice, i) => html`<option value=${String(i)} ?selected=${selected === String(i)}>${choice.label}</option>`)}
        ${item.type === 'open-choice' ? html`<option value=${OTHER} ?selected=${selected === OTHER}>${msg('Something else', {id: 'common.other'})}</option>` : nothing}
      </select>
      ${selected === OTHER ? this.renderOther(item, id) : nothing}`;
  }

  private renderErrorSummary(): TemplateResult | typeof nothing {
    // The summary, and what focuses a field from it, come with the words for problems.
    if (!this.labels) return nothing;
    return this.labels.errorSummary(
      this.level,
      this.problems.map((p) => ({
        target: p.target,
        text: `${p.question}: ${this.labels?.errorText(p.error, p.item) ?? ''}`,
      })),
      this.renderRoot,
    );
  }

  private renderRole(): TemplateResult | typeof nothing {
    // A role the page gives is taken only when it is one we know; otherwise the person is asked.
    if (this.noRole || (RESPONDENT_ROLES as readonly string[]).includes(this.respondentRole ?? '')) return nothing;
    return choiceGroup({
      legend: msg('Are you answering as…', {id: 'feedback.role.legend'}),
      name: 'role',
      multiple: false,
      cls: 'role',
      part: 'question',
      options: RESPONDENT_ROLES.map((role) => ({id: `role-${role}`, value: role, label: roleLabel(role)})),
      selected: [this.chosenRole],
      onChange: ([role]) => {
        this.chosenRole = role ?? '';
        this.changed();
      },
    });
  }

  private renderContact(): TemplateResult | typeof nothing {
    if (this.noContact) return nothing;
    const contact = this.contactModule;
    return html`<fieldset class="contact" part="question">
      <legend class="question__label">${msg('Contact details', {id: 'feedback.contact.legend'})}</legend>
      <p class="hint">
        ${msg('Your feedback is anonymous. Leave contact details only if you would like someone to get in touch with you about it.', {id: 'feedback.contact.hint'})}
      </p>
      <div class="option">
        <input
          id="contact-opt-in"
          type="checkbox"
          .checked=${this.contactOptIn}
          @change=${async (e: Event) => {
            const checked = (e.target as HTMLInputElement).checked;
            this.contactModule ??= await import('./contact.js');
            this.contactOptIn = checked;
            this.changed();
          }}
        />
        <label for="contact-opt-in">${msg('Contact me about my feedback', {id: 'feedback.contact.opt-in'})}</label>
      </div>
      ${
        this.contactOptIn && contact
          ? contact.renderContactDetails({
              contact: this.contact,
              errorOf: (target) => this.problems.find((p) => p.target === target)?.error as ContactError | undefined,
              renderError: (id, error) => this.renderError(id, error),
              headingLevel: Math.min(6, this.level + 1),
              theme: this.theme,
              consent: contact.consentConfig(this.contactConsent),
              input: (key, value) => {
                this.contact = {...this.contact, [key]: value};
                this.changed();
              },
              changed: () => this.changed(),
            })
          : nothing
      }
    </fieldset>`;
  }

  private renderIdentifiers(form: Form): TemplateResult | typeof nothing {
    if (this.identifiers.size === 0 || this.identifiersDismissed === this.identifierKey) return nothing;
    const items = [...walk(form.items)].filter((item) => this.identifiers.has(item.linkId));
    return html`<aside class="warning" part="warning" aria-labelledby="identify-title">
      <p class="warning__title" id="identify-title">
        ${msg('Your answer may identify you or someone else', {id: 'feedback.identify.title'})}
      </p>
      <ul>
        ${items.map((item) => {
          const kinds = this.labels?.identifiersText(this.identifiers.get(item.linkId) ?? []) ?? '';
          const target = this.ids.get(item.linkId) ?? '';
          return html`<li>
            <a
              href="#${target}"
              @click=${(e: Event) => {
                e.preventDefault();
                this.labels?.focusField(this.renderRoot, target);
              }}
              >${item.text || item.linkId}</a
            >: ${msg(str`it looks like it contains ${kinds}.`, {id: 'feedback.identify.item'})}
          </li>`;
        })}
      </ul>
      <p>
        ${msg('You can still send it. If you would rather stay anonymous, remove those details first. Nothing has been sent yet.', {id: 'feedback.identify.advice'})}
      </p>
      <button
        type="button"
        class="button button--secondary button--small"
        @click=${() => {
          this.identifiersDismissed = this.identifierKey;
          this.focusAfter.request('button[type="submit"]');
          this.requestUpdate();
        }}
      >
        ${msg('Dismiss this warning', {id: 'feedback.identify.dismiss'})}
      </button>
    </aside>`;
  }

  private renderNotice(): TemplateResult {
    return html`<div class="notice" part="notice">
      <slot name="privacy-notice">
        <p>
          ${msg('Your answers are used to improve care. They are read by the team that runs this service and kept only as long as needed. Please do not include details that could identify you or someone else.', {id: 'feedback.notice.default'})}
        </p>
        ${
          this.notice === 'public-record'
            ? html`<p>
                <strong
                  >${msg('What you write may become a public document: anyone can ask to read it, as the law on public records allows. Do not write anything you want kept private.', {id: 'feedback.notice.public-record'})}</strong
                >
              </p>`
            : nothing
        }
      </slot>
    </div>`;
  }

  private renderDraftLine(): TemplateResult | typeof nothing {
    if (!this.keepsDraft) return nothing;
    return html`<div class="draft">
      <p>
        ${msg('Your answers are saved on this device until you send them or close this tab.', {id: 'feedback.draft.saved'})}
      </p>
      <button type="button" class="button button--secondary button--small" @click=${() => this.startAgain()}>
        ${msg('Clear my answers', {id: 'feedback.draft.clear'})}
      </button>
    </div>`;
  }

  private renderCountdown(): TemplateResult | typeof nothing {
    if (this.countdown === undefined || this.phase !== 'form') return nothing;
    const seconds = formatNumber(this.countdown);
    return html`<div class="countdown" role="alert">
      <p>
        ${msg(str`Are you still there? Your answers will be cleared in ${seconds} seconds.`, {id: 'feedback.kiosk.idle'})}
      </p>
      <button type="button" class="button" @click=${() => this.activity()}>
        ${msg('Continue', {id: 'feedback.kiosk.continue'})}
      </button>
    </div>`;
  }

  private renderSendFailure(form: Form): TemplateResult | typeof nothing {
    const status = this.submission.status;
    // A refusal follows a submit, which loaded the words for problems (and this box with them).
    if (status?.state !== 'failed' || !this.labels) return nothing;
    return this.labels.sendFailure({
      message: status.message,
      copyText: this.copyText,
      copied: this.copied,
      retry: () => void this.retry(),
      copy: () => void this.copyAnswers(form),
    });
  }

  private async retry(): Promise<void> {
    this.phase = 'thanks';
    this.focusAfter.request('.thanks__heading');
    await this.submission.retry();
  }

  private renderThanks(): TemplateResult {
    const status = this.submission.status?.state;
    return html`<div class="thanks" part="thanks">
      ${heading(this.level, status === 'queued' ? msg('Thank you. Your answers are saved', {id: 'feedback.thanks.saved'}) : msg('Thank you for your feedback', {id: 'feedback.thanks.title'}), {cls: 'thanks__heading', focusable: true})}
      ${this.submission.render()}
      <slot name="thanks"
        ><p>
          ${msg('Every answer is read. What people tell us shapes the changes we make.', {id: 'feedback.thanks.text'})}
        </p></slot
      >
      ${
        this.nextUrl
          ? html`<p>
              <a class="thanks__next" href=${this.nextUrl}
                >${this.nextLabel?.trim() || msg('What happens next', {id: 'feedback.thanks.next'})}</a
              >
            </p>`
          : nothing
      }
      ${
        this.kiosk
          ? html`<p class="countdown">
                ${msg(str`Starting again for the next person in ${formatNumber(this.countdown ?? 0)} seconds.`, {id: 'feedback.kiosk.restart'})}
              </p>
              <button type="button" class="button" @click=${() => this.startAgain()}>
                ${msg('Start again now', {id: 'feedback.kiosk.start'})}
              </button>`
          : nothing
      }
    </div>`;
  }

  protected override render() {
    const {state, value: form, problems} = this.config;
    if (!form && this.presetProblems.length > 0 && state !== 'error') {
      return html`<div class="form" part="base">${this.renderProblems(this.presetProblems)}</div>`;
    }
    if (
      state === 'loading' ||
      (!form && this.preset && this.presetQuestionnaire === undefined && state !== 'error' && !this.src)
    ) {
      return html`<div class="form" part="base" aria-busy="true">
        <p class="status" role="status">${msg('Loading the questions…', {id: 'feedback.loading'})}</p>
      </div>`;
    }
    if (!form) {
      return html`<div class="form" part="base">
        ${state === 'empty' && !this.preset ? html`<p class="status">${msg('No questions to show yet.', {id: 'feedback.empty'})}</p>` : this.renderProblems(problems)}
      </div>`;
    }
    if (this.phase === 'thanks' && this.submission.status?.state !== 'failed') {
      return html`<div class="form" part="base">${this.renderThanks()}</div>`;
    }
    const steps = this.steps(form);
    const step = Math.min(this.step, steps.length - 1);
    const last = step === steps.length - 1;
    const current = steps[step] ?? [];
    const paged = this.paging === 'group' && steps.length > 1;
    const stepTitle = current.length === 1 && current[0]!.type === 'group' ? current[0]!.text : '';
    return html`<div class="form" part="base">
      ${form.title ? heading(this.level, form.title, {cls: 'title start', focusable: true}) : html`<span class="start" tabindex="-1"></span>`}
      ${this.renderProblems(problems, msg('Some questions could not be shown', {id: 'feedback.problems'}))}
      ${this.renderSendFailure(form)} ${this.renderErrorSummary()} ${this.renderCountdown()} ${this.announcer.render()}
      ${this.about ? html`<p class="about">${msg(str`Thinking about your visit to ${this.about}:`, {id: 'feedback.about'})}</p>` : nothing}
      <form class="questions" novalidate @submit=${(e: Event) => void this.onSubmit(e, form)}>
        ${
          paged
            ? html`<div class="progress">
                ${heading(this.level + 1, html`<span class="progress__count">${msg(str`Step ${formatNumber(step + 1)} of ${formatNumber(steps.length)}`, {id: 'feedback.step'})}</span>${stepTitle ? html`<span class="visually-hidden">: </span><span class="progress__title">${stepTitle}</span>` : nothing}`, {cls: 'step-heading', focusable: true})}
                <progress max=${steps.length} .value=${step + 1} aria-hidden="true"></progress>
              </div>`
            : nothing
        }
        ${
          paged && stepTitle
            ? this.renderItems(current.length === 1 ? current[0]!.items : current, this.level + 2)
            : this.renderItems(current, this.level + 1)
        }
        ${last ? html`${this.renderRole()} ${this.renderContact()} ${this.renderIdentifiers(form)} ${this.renderNotice()}` : nothing}
        ${this.renderDraftLine()}
        <div class="actions">
          ${
            paged && step > 0
              ? html`<button type="button" class="button button--secondary" @click=${() => this.goTo(step - 1)}>
                  ${msg('Back', {id: 'feedback.back'})}
                </button>`
              : nothing
          }
          <button type="submit" class="button" part="submit">
            ${paged && !last ? msg('Next', {id: 'feedback.next'}) : this.submitLabel?.trim() || msg('Send', {id: 'common.send'})}
          </button>
        </div>
        ${this.submission.render()}
      </form>
    </div>`;
  }
}
