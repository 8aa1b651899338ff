import {html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {
  CareloopElement,
  Submitting,
  ConfigController,
  FocusController,
  SubmissionController,
  errorMessage,
  errorSummary,
  heading,
  headingLevel,
  requiredMark,
  baseStyles,
  createEnvelope,
  formStyles,
  formatDate,
  getCareloopLocale,
  renderMarkdown,
} from '@careloop/core';
import {parseConsentConfig} from './config.js';
import {promptStyles} from './consent-prompt.styles.js';
import {
  RELATIONSHIPS,
  type ConsentConfig,
  type ConsentRecord,
  type DecidedBy,
  type Decision,
  type Relationship,
} from './consent-prompt.types.js';
import {createRecord, toFhirConsent} from './record.js';

declare global {
  interface GlobalEventHandlersEventMap {
    'cl-consent-change': CustomEvent<ConsentRecord>;
  }
}

/** What is remembered with `remember`: the policy version and the choices, no name, no contact detail. */
interface Remembered {
  version: string;
  decisions: Record<string, Decision>;
  decidedAt: string;
}

function relationshipLabel(relationship: Relationship): string {
  switch (relationship) {
    case 'parent-or-guardian':
      return msg('Parent or guardian', {id: 'consent.relationship.parent'});
    case 'carer':
      return msg('Carer', {id: 'consent.relationship.carer'});
    case 'family-member':
      return msg('Family member', {id: 'consent.relationship.family'});
    case 'legal-representative':
      return msg('Legal representative', {id: 'consent.relationship.legal'});
    case 'other':
      return msg('Other', {id: 'consent.relationship.other'});
  }
}

/** The id of the control a problem is about: a purpose's box, or a field of "who is deciding". */
const problemTarget = (problem: string) =>
  problem === 'relationship' ? 'relationship' : problem === 'person' ? 'person-name' : `purpose-${problem}`;

const storageKey = (policy: string) => `careloop-consent:${policy}`;

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
export class ConsentPrompt extends Submitting(CareloopElement) {
  static formAssociated = true;
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
    name: {},
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
  /** The name under which a host `<form>` receives the choices (JSON). */
  name: string | null = null;

  /** @internal */
  private state: 'asking' | 'decided' = 'asking';

  private readonly internals: ElementInternals;
  private readonly source = new ConfigController<ConsentConfig>(
    this,
    {property: () => this.config, src: () => this.src},
    parseConsentConfig,
    (problems) => this.reportProblems(problems),
  );
  private readonly submission = new SubmissionController(this, () => this.submissionTarget());
  private readonly focusAfter = new FocusController(this);
  private choices = new Map<string, boolean>();
  private onBehalf = false;
  private relationship: Relationship | '' = '';
  private personName = '';
  private deciderName = '';
  /** Purpose ids left unticked that are required, and the "who decides" fields missing. */
  private problems: string[] = [];
  private showSummary = false;
  private last: ConsentRecord | undefined;
  /** The remembered choices: undefined until storage was read once, null when nothing usable was there. */
  private remembered: Remembered | null | undefined;
  private opener: HTMLElement | undefined;
  /** Every record made here, oldest first: history is appended to, never edited. */
  readonly records: ConsentRecord[] = [];

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.source.sync();
    const config = this.source.value;
    if (changed.has('previous') && this.previous) this.adopt(this.previous);
    if (config && this.remember && this.remembered === undefined && !this.previous) {
      // Read once, not at every update: a person ticking boxes must not cost a storage read each time.
      this.remembered = null;
      try {
        const stored = JSON.parse(localStorage.getItem(storageKey(config.policy.id)) ?? 'null') as Remembered | null;
        if (stored && typeof stored.version === 'string' && stored.decisions && typeof stored.decisions === 'object') {
          this.remembered = stored;
          if (stored.version === config.policy.version) {
            for (const [id, decision] of Object.entries(stored.decisions)) this.choices.set(id, decision === 'granted');
            this.state = 'decided';
          }
        }
      } catch {
        // Storage refused or damaged: ask again.
      }
    }
  }

  /** @internal Moved into or out of a host `<form>`: report the choices and validity to it. */
  formAssociatedCallback(): void {
    this.requestUpdate();
  }

  protected override updated(): void {
    const config = this.source.value;
    if (config && this.internals.form) {
      this.internals.setFormValue(
        JSON.stringify({policy: config.policy, decisions: this.decisions(config), decidedBy: this.decidedBy()}),
      );
      const missing = config.purposes.find((p) => p.required && !this.choices.get(p.id));
      if (missing) {
        const box = this.renderRoot.querySelector<HTMLElement>(`#purpose-${CSS.escape(missing.id)}`) ?? undefined;
        this.internals.setValidity({valueMissing: true}, this.requiredText(missing.title), box);
      } else this.internals.setValidity({});
    }
  }

  /** @internal A host `<form>` was reset. */
  formResetCallback(): void {
    this.choices = new Map();
    this.onBehalf = false;
    this.problems = [];
    this.requestUpdate();
  }

  private adopt(record: ConsentRecord): void {
    this.last = record;
    this.choices = new Map(Object.entries(record.decisions).map(([id, d]) => [id, d === 'granted']));
    const by = record.decidedBy;
    this.onBehalf = by.onBehalf;
    if (by.onBehalf) {
      this.relationship = by.relationship;
      this.personName = by.personName;
      this.deciderName = by.deciderName ?? '';
    }
  }

  private decisions(config: ConsentConfig): Record<string, Decision> {
    return Object.fromEntries(config.purposes.map((p) => [p.id, this.choices.get(p.id) ? 'granted' : 'refused']));
  }

  private decidedBy(): DecidedBy {
    if (!this.onBehalf || this.noProxy) return {onBehalf: false};
    return {
      onBehalf: true,
      relationship: this.relationship || 'other',
      personName: this.personName.trim(),
      ...(this.deciderName.trim() ? {deciderName: this.deciderName.trim()} : {}),
    };
  }

  private requiredText(title: string): string {
    return msg(str`To continue, tick “${title}”`, {id: 'consent.error.required'});
  }

  /** The exact words shown, as plain text: what the record keeps and its digest covers. */
  get shownText(): string {
    return [...this.renderRoot.querySelectorAll('[data-shown]')]
      .map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join('\n');
  }

  /**
   * Checks the choices (required purposes, who decides) and shows what is missing.
   * Returns the problems as words, empty when the choices can be recorded.
   */
  check(): string[] {
    const config = this.source.value;
    if (!config) return [msg('The consent choices could not be shown.', {id: 'consent.error.config'})];
    this.problems = [
      ...config.purposes.filter((p) => p.required && !this.choices.get(p.id)).map((p) => p.id),
      ...(this.onBehalf && !this.noProxy && !this.relationship ? ['relationship'] : []),
      ...(this.onBehalf && !this.noProxy && !this.personName.trim() ? ['person'] : []),
    ];
    this.requestUpdate();
    return this.problems.map((p) => this.problemText(p, config));
  }

  private problemText(problem: string, config: ConsentConfig): string {
    if (problem === 'relationship')
      return msg('Choose how you are related to the person', {id: 'consent.error.relationship'});
    if (problem === 'person')
      return msg('Enter the name of the person you are deciding for', {id: 'consent.error.person'});
    return this.requiredText(config.purposes.find((p) => p.id === problem)?.title ?? problem);
  }

  /** Moves focus to the first choice that needs the person's attention. */
  focusProblem(): void {
    const first = this.problems[0];
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
    const config = this.source.value;
    if (!config) return undefined;
    if (options.all) for (const p of config.purposes) this.choices.set(p.id, options.all === 'granted');
    this.check();
    // Declining everything is a decision too: only the choice of who decides must be complete.
    if (options.all === 'refused') this.problems = this.problems.filter((p) => p === 'relationship' || p === 'person');
    if (this.problems.length > 0) {
      this.showSummary = !this.embedded;
      if (!this.embedded) this.focusAfter.request('.error-summary');
      this.requestUpdate();
      return undefined;
    }
    await this.updateComplete;
    const record = await createRecord({
      config,
      text: this.shownText,
      language: getCareloopLocale(),
      decisions: this.decisions(config),
      decidedBy: this.decidedBy(),
      replaces: this.last?.id,
    });
    this.records.push(record);
    this.last = record;
    this.showSummary = false;
    if (this.remember) {
      const remembered: Remembered = {
        version: record.policy.version,
        decisions: record.decisions,
        decidedAt: record.decidedAt,
      };
      this.remembered = remembered;
      try {
        localStorage.setItem(storageKey(config.policy.id), JSON.stringify(remembered));
      } catch {
        // Not remembered: the person will be asked again next time.
      }
    }
    this.emit('cl-consent-change', record);
    if (!this.embedded) {
      this.state = 'decided';
      this.focusAfter.request('.decided');
      this.close();
      const envelope = createEnvelope({
        kind: 'consent',
        element: 'cl-consent-prompt',
        data: record,
        fhir: toFhirConsent(record, config),
        context: this.context,
        service: this.service,
      });
      await this.submission.submit(envelope);
    }
    return record;
  }

  /** The record as a FHIR R4 Consent. */
  toFhir(record: ConsentRecord): Record<string, unknown> | undefined {
    const config = this.source.value;
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
    this.opener =
      active instanceof HTMLElement && active !== document.body
        ? active
        : (this.renderRoot.querySelector<HTMLElement>('.trigger') ?? undefined);
    dialog.showModal();
    this.renderRoot.querySelector<HTMLElement>('.title')?.focus();
  }

  private close(): void {
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog?.open) return;
    dialog.close();
  }

  private onClose(): void {
    // Escape, Cancel or a decision: focus goes back to what opened the dialog.
    const opener = this.opener?.isConnected
      ? this.opener
      : this.renderRoot.querySelector<HTMLElement>('.trigger, .decided');
    this.opener = undefined;
    opener?.focus();
  }

  /** Keeps Tab and Shift+Tab inside the dialog. */
  private trapFocus(event: KeyboardEvent): void {
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
  private change(): void {
    if (this.problems.length > 0) this.check();
    this.requestUpdate();
    this.dispatchEvent(new Event('change', {bubbles: true}));
  }

  // ----- render ----------------------------------------------------------------

  private renderNotice(config: ConsentConfig): TemplateResult {
    const publicRecord = (this.notice ?? config.notice) === 'public-record';
    return html`<div class="notice" part="notice" data-shown>
      <p>${msg(str`Who processes your information: ${config.controller}.`, {id: 'consent.notice.controller'})}</p>
      <p>
        ${msg('Why: only for the purposes you agree to below. You decide about each one separately.', {id: 'consent.notice.why'})}
      </p>
      ${config.retention ? html`<p>${msg(str`How long it is kept: ${config.retention}.`, {id: 'consent.notice.retention'})}</p>` : nothing}
      <p>
        ${msg('You can change your mind at any time, here or by contacting us; withdrawing is as easy as agreeing.', {id: 'consent.notice.withdraw'})}
      </p>
      ${
        publicRecord
          ? html`<p class="notice__public">
              <strong
                >${msg('What you submit may become a public document: anyone can ask to read it, as the law on public records allows.', {id: 'consent.notice.public-record'})}</strong
              >
            </p>`
          : nothing
      }
      ${config.policy.url ? html`<p><a href=${config.policy.url}>${msg('Read the full privacy policy', {id: 'consent.notice.policy'})}</a></p>` : nothing}
    </div>`;
  }

  private renderPurposes(config: ConsentConfig): TemplateResult {
    return html`<fieldset class="purposes">
      <legend>${msg('What do you agree to?', {id: 'consent.purposes'})}</legend>
      ${config.purposes.map((purpose) => {
        const id = `purpose-${purpose.id}`;
        const error = this.problems.includes(purpose.id) ? this.requiredText(purpose.title) : undefined;
        return html`<div class="purpose ${error ? 'purpose--error' : ''}" part="purpose">
          ${errorMessage(id, error)}
          <div class="option">
            <input
              id=${id}
              type="checkbox"
              .checked=${this.choices.get(purpose.id) === true}
              aria-invalid=${error ? 'true' : 'false'}
              aria-describedby="${id}-description${error ? ` ${id}-error` : ''}"
              @change=${(e: Event) => {
                this.choices.set(purpose.id, (e.target as HTMLInputElement).checked);
                this.change();
              }}
            />
            <label for=${id} data-shown>${purpose.title}${requiredMark(purpose.required)}</label>
          </div>
          <div class="purpose__description" id="${id}-description" data-shown>
            ${renderMarkdown(purpose.description)}
          </div>
        </div>`;
      })}
    </fieldset>`;
  }

  private renderWho(): TemplateResult | typeof nothing {
    if (this.noProxy) return nothing;
    const relationshipError = this.problems.includes('relationship')
      ? this.problemText('relationship', this.source.value!)
      : undefined;
    const personError = this.problems.includes('person') ? this.problemText('person', this.source.value!) : undefined;
    const set = (behalf: boolean) => () => {
      this.onBehalf = behalf;
      this.change();
    };
    return html`<fieldset class="who">
      <legend>${msg('Who is deciding?', {id: 'consent.who'})}</legend>
      <div class="option">
        <input id="for-self" type="radio" name="who" .checked=${!this.onBehalf} @change=${set(false)} /><label
          for="for-self"
          >${msg('I am deciding for myself', {id: 'consent.who.self'})}</label
        >
      </div>
      <div class="option">
        <input id="for-other" type="radio" name="who" .checked=${this.onBehalf} @change=${set(true)} /><label
          for="for-other"
          >${msg('I am deciding on behalf of someone else', {id: 'consent.who.other'})}</label
        >
      </div>
      ${
        this.onBehalf
          ? html`<div class="who__details">
              <div class="field">
                <label for="relationship"
                  >${msg('How are you related to them?', {id: 'consent.who.relationship'})}</label
                >
                ${errorMessage('relationship', relationshipError)}
                <select
                  id="relationship"
                  aria-invalid=${relationshipError ? 'true' : 'false'}
                  aria-describedby=${relationshipError ? 'relationship-error' : nothing}
                  @change=${(e: Event) => {
                    this.relationship = (e.target as HTMLSelectElement).value as Relationship | '';
                    this.change();
                  }}
                >
                  <option value="" ?selected=${this.relationship === ''}>
                    ${msg('Choose…', {id: 'consent.who.choose'})}
                  </option>
                  ${RELATIONSHIPS.map((r) => html`<option value=${r} ?selected=${this.relationship === r}>${relationshipLabel(r)}</option>`)}
                </select>
              </div>
              <div class="field">
                <label for="person-name">${msg('Their name', {id: 'consent.who.person'})}</label>
                ${errorMessage('person-name', personError)}
                <input
                  id="person-name"
                  type="text"
                  autocomplete="off"
                  .value=${this.personName}
                  aria-invalid=${personError ? 'true' : 'false'}
                  aria-describedby=${personError ? 'person-name-error' : nothing}
                  @input=${(e: Event) => {
                    this.personName = (e.target as HTMLInputElement).value;
                    this.change();
                  }}
                />
              </div>
              <div class="field">
                <label for="decider-name">${msg('Your name (optional)', {id: 'common.name-optional'})}</label>
                <input
                  id="decider-name"
                  type="text"
                  autocomplete="name"
                  .value=${this.deciderName}
                  @input=${(e: Event) => (this.deciderName = (e.target as HTMLInputElement).value)}
                />
              </div>
            </div>`
          : nothing
      }
    </fieldset>`;
  }

  private renderSummary(config: ConsentConfig): TemplateResult | typeof nothing {
    if (!this.showSummary) return nothing;
    return errorSummary(
      headingLevel(this.headingLevel),
      this.problems.map((p) => ({target: problemTarget(p), text: this.problemText(p, config)})),
      this.renderRoot,
    );
  }

  private chosen(config: ConsentConfig, decisions: Record<string, Decision>): TemplateResult {
    return html`<ul class="chosen">
      ${config.purposes.map(
        (p) =>
          html`<li>
            ${p.title}:
            <strong
              >${decisions[p.id] === 'granted' ? msg('agreed', {id: 'consent.agreed'}) : msg('not agreed', {id: 'consent.refused'})}</strong
            >
          </li>`,
      )}
    </ul>`;
  }

  private renderDecided(config: ConsentConfig): TemplateResult {
    const decisions = this.last?.decisions ?? this.remembered?.decisions ?? this.decisions(config);
    const at = this.last?.decidedAt ?? this.remembered?.decidedAt;
    return html`<div class="decided" tabindex="-1">
      <p>
        ${at ? msg(str`Your choices, saved on ${formatDate(at)}:`, {id: 'consent.decided.at'}) : msg('Your choices:', {id: 'consent.decided'})}
      </p>
      ${this.chosen(config, decisions)} ${this.submission.render()}
      <button
        type="button"
        class="button button--secondary"
        @click=${() => {
          this.state = 'asking';
          this.focusAfter.request('.title');
          this.show();
        }}
      >
        ${msg('Change my choices', {id: 'consent.change'})}
      </button>
    </div>`;
  }

  private renderBody(config: ConsentConfig): TemplateResult {
    const changed = this.remembered && this.remembered.version !== config.policy.version;
    const previous = this.last;
    const allLabel = msg('Accept all', {id: 'consent.all.accept'});
    const noneLabel = msg('Decline all', {id: 'consent.all.decline'});
    return html`${heading(headingLevel(this.headingLevel), this.heading?.trim() || msg('Your consent', {id: 'consent.heading'}), {cls: 'title', id: 'consent-title', focusable: true})}
    ${this.renderSummary(config)}
    ${
      changed
        ? html`<div class="changed" role="note">
            <p>
              ${msg(str`This policy has changed since you last decided (version ${this.remembered!.version}, now ${config.policy.version}). Please choose again.`, {id: 'consent.changed'})}
            </p>
            ${config.policy.changes ? renderMarkdown(config.policy.changes) : nothing}
          </div>`
        : nothing
    }
    ${
      previous && this.state === 'asking'
        ? html`<div class="previous">
            <p>${msg(str`What you chose on ${formatDate(previous.decidedAt)}:`, {id: 'consent.previous'})}</p>
            ${this.chosen(config, previous.decisions)}
          </div>`
        : nothing
    }
    ${this.renderNotice(config)} ${this.renderPurposes(config)} ${this.renderWho()}
    ${
      this.embedded
        ? nothing
        : html`<div class="actions">
            ${
              config.offerAll
                ? html`<button type="button" class="button" @click=${() => void this.decide({all: 'granted'})}>
                      ${allLabel}
                    </button>
                    <button type="button" class="button" @click=${() => void this.decide({all: 'refused'})}>
                      ${noneLabel}
                    </button>`
                : nothing
            }
            <button type="button" class="button" part="save" @click=${() => void this.decide()}>
              ${msg('Save my choices', {id: 'consent.save'})}
            </button>
            ${this.mode === 'dialog' ? html`<button type="button" class="button button--secondary" @click=${() => this.close()}>${msg('Close without deciding', {id: 'consent.cancel'})}</button>` : nothing}
          </div>`
    }`;
  }

  protected override render() {
    const {state, value: config, problems} = this.source;
    if (!config) {
      return html`<div class="consent" part="base">
        ${state === 'loading' ? html`<p role="status">${msg('Loading…', {id: 'consent.loading'})}</p>` : this.renderProblems(problems)}
      </div>`;
    }
    const decided = this.state === 'decided' && !this.embedded;
    if (this.mode === 'dialog') {
      return html`<div class="consent" part="base">
        ${decided ? this.renderDecided(config) : html`<button type="button" class="button trigger" part="trigger" @click=${() => this.show()}>${this.triggerLabel?.trim() || msg('Review your consent choices', {id: 'consent.trigger'})}</button>`}
        <dialog part="dialog" aria-labelledby="consent-title" @close=${this.onClose} @keydown=${this.trapFocus}>
          ${this.state === 'asking' || !decided ? this.renderBody(config) : nothing}
        </dialog>
      </div>`;
    }
    return html`<div class="consent" part="base">
      ${decided ? this.renderDecided(config) : this.renderBody(config)}
    </div>`;
  }
}
