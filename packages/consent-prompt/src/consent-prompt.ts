import {html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {
  CareloopElement,
  FormAssociated,
  ConfigController,
  FocusController,
  SubmissionController,
  Submitting,
  baseStyles,
  createEnvelope,
  describeValue,
  errorSummary,
  formStyles,
  formatDate,
  getCareloopLocale,
  heading,
  headingLevel,
} from '@careloop/core';
import {evidenceText} from './evidence.js';
import {ConsentChoices, problemTarget, readRemembered, recordProblem, remember, type Remembered} from './choices.js';
import {parseConsentConfig} from './config.js';
import {promptStyles} from './consent-prompt.styles.js';
import {
  problemText,
  renderActions,
  renderChanged,
  renderChosen,
  renderDecided,
  renderNotice,
  renderPurposes,
  renderWho,
  requiredText,
  type ChoicesView,
} from './consent-prompt.template.js';
import type {ConsentConfig, ConsentRecord, Decision} from './consent-prompt.types.js';
import {createRecord, toFhirConsent} from './record.js';

declare global {
  interface GlobalEventHandlersEventMap {
    'cl-consent-change': CustomEvent<ConsentRecord>;
  }
}

/**
 * Asks for granular, versioned, withdrawable consent, for oneself or on someone's
 * behalf, and leaves evidence: each decision is a record holding the exact words
 * shown (and their SHA-256), the policy version, the language, who decided and every
 * purpose's answer, also as a FHIR R4 Consent. Nothing is ever pre-ticked.
 *
 * @summary Granular, versioned, withdrawable consent with evidence.
 * @customElement cl-consent-prompt
 * @slot - Not used; configuration goes in an inline `<script type="application/json">` child.
 * @csspart base - The wrapper around everything.
 * @csspart trigger - The button that opens the dialog (`mode="dialog"`).
 * @csspart dialog - The dialog.
 * @csspart notice - Who processes the data, why, for how long, and how to withdraw.
 * @csspart purpose - Each purpose.
 * @csspart save - The "Save my choices" button.
 * @csspart error-summary - The list of problems after a save with errors.
 * @cssprop --cl-consent-prompt-max-width - Widest the prompt grows (default 40rem).
 * @fires change - The person ticked or unticked a purpose, or changed who decides.
 * @fires cl-consent-change - A decision was recorded. Detail: the consent record.
 * @fires cl-submit - With `endpoint`: cancelable, detail is the envelope (kind `consent`).
 * @fires cl-submitted - With `endpoint`: the server accepted the record.
 * @fires cl-error - The configuration has problems, or the server refused the record.
 * @example
 * <cl-consent-prompt endpoint="/api/consent" remember>
 *   <script type="application/json">{"policy": {"id": "involvement", "version": "3"}, "controller": "Riverside Hospital",
 *    "purposes": [{"id": "contact", "title": "Contact me about future involvement", "required": false}]}</script>
 * </cl-consent-prompt>
 */
export class ConsentPrompt extends FormAssociated(Submitting(CareloopElement)) {
  static override styles = [baseStyles, formStyles, promptStyles];
  static override properties: PropertyDeclarations = {
    ...CareloopElement.properties,
    config: {attribute: false},
    src: {},
    mode: {},
    previous: {attribute: false},
    remember: {type: Boolean},
    embedded: {type: Boolean},
    noProxy: {attribute: 'no-proxy', type: Boolean},
    notice: {},
    context: {},
    service: {},
    heading: {},
    triggerLabel: {attribute: 'trigger-label'},
    headingLevel: {attribute: 'heading-level', type: Number},
    state: {state: true},
  };

  /** The consent configuration (policy, controller, retention, notice, purposes). Wins over `src` and inline JSON. */
  config: unknown;
  /** Address of the configuration as JSON. Fetched without cookies. */
  src: string | null = null;
  /** `inline` (default) inside the page, or `dialog`: a button opens a modal dialog. */
  mode: 'inline' | 'dialog' = 'inline';
  /** An earlier decision (a consent record): shown, and changed by a new record that refers to it. */
  previous: ConsentRecord | undefined;
  /** Remember the policy version and the choices (no name) on this device, so a returning visitor is not asked again. */
  remember = false;
  /** Part of another form (feedback, workshop sign-up): no Save button; the host calls `decide()`. */
  embedded = false;
  /** Do not ask whether the person decides for someone else. */
  noProxy = false;
  /** `public-record`: say that what is submitted may become a public document (also settable in the configuration). */
  notice: 'public-record' | null = null;
  /** Where the prompt is used, sent with the record. */
  context: string | null = null;
  /** Which service it is about, sent with the record. */
  service: string | null = null;
  /** The prompt's heading (default: "Your consent"). */
  heading: string | null = null;
  /** The words of the button that opens the dialog (default: "Review your consent choices"). */
  triggerLabel: string | null = null;
  /** Level of the heading (2–6). */
  headingLevel = 2;

  /** @internal */
  private state: 'asking' | 'decided' = 'asking';

  readonly #source = new ConfigController<ConsentConfig>(
    this,
    {property: () => this.config, src: () => this.src},
    parseConsentConfig,
    (problems) => this.reportProblems(problems),
  );
  readonly #submission = new SubmissionController(this, () => this.submissionTarget());
  readonly #focusAfter = new FocusController(this);
  readonly #choices = new ConsentChoices();
  /** Purpose ids left unticked that are required, and the "who decides" fields missing. */
  #problems: string[] = [];
  #showSummary = false;
  #last: ConsentRecord | undefined;
  /** The remembered choices: undefined until storage was read once, null when nothing usable was there. */
  #remembered: Remembered | null | undefined;
  #opener: HTMLElement | undefined;
  /** Every record made here, oldest first: history is appended to, never edited. */
  readonly records: ConsentRecord[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Without HTTPS the digest needs our own SHA-256: loaded now, not when the person decides (offline, perhaps).
    if (!this.hasUpdated && !crypto.subtle) void import('./sha256.js');
    this.#source.sync();
    const config = this.#source.value;
    if (changed.has('previous') && this.previous) {
      // A host's record without decisions (or with junk in them) is named, never adopted half-read.
      const problem = recordProblem(this.previous);
      if (problem) this.reportProblems([{code: 'wrong-type', ...problem, found: describeValue(this.previous)}]);
      else this.#adopt(this.previous);
    }
    if (config && this.remember && this.#remembered === undefined && !this.previous) {
      // Read once, not at every update: a person ticking boxes must not cost a storage read each time.
      const stored = (this.#remembered = readRemembered(config.policy.id));
      if (stored?.version === config.policy.version) {
        for (const [id, decision] of Object.entries(stored.decisions))
          this.#choices.ticked.set(id, decision === 'granted');
        this.state = 'decided';
      }
    }
  }

  protected override updated(): void {
    const config = this.#source.value;
    if (!config) return;
    this.reportToForm(() => {
      const missing = config.purposes.find((p) => p.required && !this.#choices.ticked.get(p.id));
      return {
        value: JSON.stringify({
          policy: config.policy,
          decisions: this.#choices.decisions(config),
          decidedBy: this.#choices.decidedBy(this.noProxy),
        }),
        state: JSON.stringify(this.#choices.snapshot()),
        invalid: missing && {
          flags: {valueMissing: true},
          message: requiredText(missing.title),
          anchor: this.renderRoot.querySelector<HTMLElement>(`#purpose-${CSS.escape(missing.id)}`) ?? undefined,
        },
      };
    });
  }

  /** @internal A host `<form>` was reset: nothing is ticked. */
  override formReset(): void {
    this.#choices.reset();
    this.#problems = [];
    this.requestUpdate();
  }

  /** @internal Back to this page in the history: the ticks the browser kept come back. */
  override formRestore(state: string): void {
    this.#choices.restore(state);
    this.requestUpdate();
  }

  #adopt(record: ConsentRecord): void {
    this.#last = record;
    this.#choices.adopt(record);
  }

  /**
   * The exact words shown, as plain text with their paragraphs, lists, emphasis and
   * link addresses: what the record keeps and its digest covers.
   */
  get shownText(): string {
    return evidenceText(this.renderRoot.querySelectorAll('[data-shown]'));
  }

  /**
   * Checks the choices (required purposes, who decides) and shows what is missing.
   * Returns the problems as words, empty when the choices can be recorded.
   */
  check(): string[] {
    const config = this.#source.value;
    if (!config) return [msg('The consent choices could not be shown.', {id: 'consent.error.config'})];
    this.#problems = this.#choices.problems(config, this.noProxy);
    this.requestUpdate();
    return this.#problems.map((p) => problemText(p, config));
  }

  /** Moves focus to the first choice that needs the person's attention. */
  focusProblem(): void {
    const first = this.#problems[0];
    if (!first) return;
    this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(problemTarget(first))}`)?.focus();
  }

  /**
   * Records the current choices, if they can be recorded: a new record (referring to
   * the one before, if any), `cl-consent-change`, the remembered choices, and with an
   * `endpoint`, the record sent through the outbox. Resolves to the record, or to
   * undefined when something is missing (then shown at the choice).
   */
  async decide(options: {all?: Decision} = {}): Promise<ConsentRecord | undefined> {
    const config = this.#source.value;
    if (!config) return undefined;
    if (options.all) for (const p of config.purposes) this.#choices.ticked.set(p.id, options.all === 'granted');
    this.check();
    // Declining everything is a decision too: only the choice of who decides must be complete.
    if (options.all === 'refused')
      this.#problems = this.#problems.filter((p) => p === 'relationship' || p === 'person');
    if (this.#problems.length > 0) {
      this.#showSummary = !this.embedded;
      if (!this.embedded) this.#focusAfter.request('.error-summary');
      this.requestUpdate();
      return undefined;
    }
    await this.updateComplete;
    const record = await createRecord({
      config,
      text: this.shownText,
      language: getCareloopLocale(),
      decisions: this.#choices.decisions(config),
      decidedBy: this.#choices.decidedBy(this.noProxy),
      replaces: this.#last?.id,
    });
    this.records.push(record);
    this.#last = record;
    this.#showSummary = false;
    if (this.remember) this.#remembered = remember(config.policy.id, record);
    this.emit('cl-consent-change', record);
    if (!this.embedded) {
      this.state = 'decided';
      this.#focusAfter.request('.decided');
      this.#close();
      const envelope = createEnvelope({
        kind: 'consent',
        element: 'cl-consent-prompt',
        data: record,
        fhir: toFhirConsent(record, config),
        context: this.context,
        service: this.service,
      });
      await this.#submission.submit(envelope);
    }
    return record;
  }

  /** The record as a FHIR R4 Consent. */
  toFhir(record: ConsentRecord): Record<string, unknown> | undefined {
    const config = this.#source.value;
    return config ? toFhirConsent(record, config) : undefined;
  }

  /** Opens the dialog (`mode="dialog"`). */
  show(): void {
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog || dialog.open) return;
    // Whatever had focus opened it: the trigger, a control of a form around it, or a button
    // of the host page outside every shadow root (the host called show()).
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    this.#opener =
      active instanceof HTMLElement && active !== document.body
        ? active
        : (this.renderRoot.querySelector<HTMLElement>('.trigger') ?? undefined);
    dialog.showModal();
    this.renderRoot.querySelector<HTMLElement>('.title')?.focus();
  }

  #close(): void {
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog?.open) dialog.close();
  }

  #onClose(): void {
    // Escape, Cancel or a decision: focus goes back to what opened the dialog.
    const opener = this.#opener?.isConnected
      ? this.#opener
      : this.renderRoot.querySelector<HTMLElement>('.trigger, .decided');
    this.#opener = undefined;
    opener?.focus();
  }

  /** Keeps Tab and Shift+Tab inside the dialog. */
  #trapFocus(event: KeyboardEvent): void {
    if (event.key !== 'Tab') return;
    const focusable = [
      ...this.renderRoot.querySelectorAll<HTMLElement>(
        'dialog :is(button, input, select, a[href], [tabindex="-1"].title)',
      ),
    ].filter((el) => !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0);
    const first = focusable[0];
    const last = focusable.at(-1);
    const active = this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null;
    if (event.shiftKey && active === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first?.focus();
    }
  }

  /** A choice changed: like a native control, the element fires `change` (it bubbles out of the host's shadow root). */
  #changed(): void {
    if (this.#problems.length > 0) this.check();
    this.requestUpdate();
    this.dispatchEvent(new Event('change', {bubbles: true}));
  }

  #renderBody(config: ConsentConfig): TemplateResult {
    const remembered = this.#remembered;
    const previous = this.#last;
    const view: ChoicesView = {
      config,
      choices: this.#choices,
      problems: this.#problems,
      changed: () => this.#changed(),
    };
    return html`${heading(headingLevel(this.headingLevel), this.heading?.trim() || msg('Your consent', {id: 'consent.heading'}), {cls: 'title', id: 'consent-title', focusable: true})}
    ${
      this.#showSummary
        ? errorSummary(
            headingLevel(this.headingLevel),
            this.#problems.map((p) => ({target: problemTarget(p), text: problemText(p, config)})),
            this.renderRoot,
          )
        : nothing
    }
    ${remembered && remembered.version !== config.policy.version ? renderChanged(config, remembered.version) : nothing}
    ${
      previous && this.state === 'asking'
        ? html`<div class="previous">
            <p>${msg(str`What you chose on ${formatDate(previous.decidedAt)}:`, {id: 'consent.previous'})}</p>
            ${renderChosen(config, previous.decisions)}
          </div>`
        : nothing
    }
    ${renderNotice(config, (this.notice ?? config.notice) === 'public-record')} ${renderPurposes(view)}
    ${this.noProxy ? nothing : renderWho(view)}
    ${
      this.embedded
        ? nothing
        : renderActions(
            config.offerAll,
            this.mode === 'dialog',
            this.#submission.busy,
            (all) => void this.#submission.once(() => this.decide({all})),
            () => this.#close(),
          )
    }`;
  }

  protected override render() {
    const {state, value: config, problems} = this.#source;
    if (!config) {
      return html`<div class="consent" part="base">
        ${state === 'loading' ? html`<p role="status">${msg('Loading…', {id: 'consent.loading'})}</p>` : this.renderProblems(problems)}
      </div>`;
    }
    const decided = this.state === 'decided' && !this.embedded;
    const summary = decided
      ? renderDecided(
          config,
          this.#last?.decisions ?? this.#remembered?.decisions ?? this.#choices.decisions(config),
          this.#last?.decidedAt ?? this.#remembered?.decidedAt,
          this.#submission.render(),
          () => {
            this.state = 'asking';
            this.#focusAfter.request('.title');
            this.show();
          },
        )
      : nothing;
    if (this.mode === 'dialog') {
      return html`<div class="consent" part="base">
        <fieldset class="frame" ?disabled=${this.formDisabled}>
          ${decided ? summary : html`<button type="button" class="button trigger" part="trigger" @click=${() => this.show()}>${this.triggerLabel?.trim() || msg('Review your consent choices', {id: 'consent.trigger'})}</button>`}
          <dialog part="dialog" aria-labelledby="consent-title" @close=${this.#onClose} @keydown=${this.#trapFocus}>
            ${this.state === 'asking' || !decided ? this.#renderBody(config) : nothing}
          </dialog>
        </fieldset>
      </div>`;
    }
    return html`<div class="consent" part="base">
      <fieldset class="frame" ?disabled=${this.formDisabled}>${decided ? summary : this.#renderBody(config)}</fieldset>
    </div>`;
  }
}
