import {
  LitElement,
  ReactiveElement,
  html,
  nothing,
  render,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import {msg, str, updateWhenLocaleChanges} from '@lit/localize';
import type {CareloopEventDetail, CareloopEventName} from './events.js';
import {initLocalization} from './localization.js';
import type {ConfigProblem} from './problems.js';
import {VERSION} from './version.js';

/** Colour schemes every element offers: light by default, dark on request, or the reader's. */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

type Describe = (problem: ConfigProblem) => string;
let describe: Describe | undefined;
let loadingDescribe: Promise<Describe> | undefined;

/** Loads the words for problems on first need; they are not part of a healthy page's download. */
function loadDescribe(): Promise<Describe> {
  loadingDescribe ??= import('./problem-text.js').then(
    (module) => (describe = module.describeProblem),
    // If the words cannot be loaded, the codes and paths still say what is wrong.
    () => (describe = (problem) => `${problem.path}: ${problem.code} ${problem.found ?? ''}`.trim()),
  );
  return loadingDescribe;
}

/** Most problems listed in the widget; the rest are counted. All are in the `cl-error` event. */
const SHOWN_PROBLEMS = 8;

/**
 * The base of every Careloop element. It does little: it knows the version, keeps
 * the element in the page's language, offers the colour scheme, shows
 * configuration problems, and fires typed events. It never lets an exception out
 * into the host page: a render that throws becomes a message inside the widget and
 * a `cl-error` event.
 *
 * @cssprop --cl-color-brand - Brand colour for buttons and accents.
 * @cssprop --cl-color-on-brand - Text on the brand colour.
 * @cssprop --cl-color-text - Body text.
 * @cssprop --cl-color-text-muted - Secondary text.
 * @cssprop --cl-color-surface - Background of cards and panels.
 * @cssprop --cl-color-surface-sunken - Background of tags and wells.
 * @cssprop --cl-color-border - Borders of cards and controls.
 * @cssprop --cl-color-link - Links.
 * @cssprop --cl-color-focus - Focus ring.
 * @cssprop --cl-color-error - Error messages and borders.
 * @cssprop --cl-color-success - Success states.
 * @cssprop --cl-color-warning - Warnings.
 * @cssprop --cl-font-family - Typeface (defaults to the system's).
 * @cssprop --cl-font-size - Base font size.
 * @cssprop --cl-line-height - Base line height.
 * @cssprop --cl-space-xs - Smallest spacing step.
 * @cssprop --cl-space-s - Small spacing step.
 * @cssprop --cl-space-m - Medium spacing step.
 * @cssprop --cl-space-l - Large spacing step.
 * @cssprop --cl-space-xl - Largest spacing step.
 * @cssprop --cl-radius - Corner radius.
 * @cssprop --cl-focus-ring-width - Width of the focus ring.
 * @cssprop --cl-shadow - Shadow of raised surfaces.
 * @csspart problems - The box that lists configuration problems.
 * @fires cl-error - The configuration has problems, or rendering failed. Detail: `{code, message, problems}`.
 */
export abstract class CareloopElement extends LitElement {
  /** The Careloop version of this element. */
  static readonly version = VERSION;

  static override properties: PropertyDeclarations = {theme: {reflect: true}};

  /** Colour scheme: `light` (default), `dark`, or `auto` to follow the reader's setting. */
  theme: 'light' | 'dark' | 'auto' = 'light';

  /** @internal A render that threw, shown instead of the widget until the next good render. */
  private renderFailure: unknown;

  constructor() {
    super();
    initLocalization();
    updateWhenLocaleChanges(this);
  }

  /**
   * Fires a Careloop event: bubbling, composed, and typed by its name.
   * Returns false when a listener called `preventDefault()` on a cancelable event.
   */
  protected emit<K extends CareloopEventName>(
    type: K,
    detail: CareloopEventDetail<K>,
    options: {cancelable?: boolean} = {},
  ): boolean {
    return this.dispatchEvent(
      new CustomEvent(type, {detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false}),
    );
  }

  /** Fires `cl-error` for a set of configuration problems (once their words are loaded). */
  protected reportProblems(problems: ConfigProblem[]): void {
    const first = problems[0];
    if (!first) return;
    void loadDescribe().then((words) => this.emit('cl-error', {code: first.code, message: words(first), problems}));
  }

  /**
   * The problem box: `role="alert"` so it is announced, each problem naming its
   * field, what was expected and what was found.
   */
  protected renderProblems(problems: readonly ConfigProblem[], title?: string): TemplateResult | typeof nothing {
    if (problems.length === 0) return nothing;
    if (!describe) void loadDescribe().then(() => this.requestUpdate());
    const words = describe;
    const shown = problems.slice(0, SHOWN_PROBLEMS);
    const more = problems.length - shown.length;
    return html`<div class="problems" part="problems" role="alert">
      <p class="problems__title">${title ?? msg('Some of this content could not be shown', {id: 'problems.title'})}</p>
      <ul class="problems__list">
        ${words ? shown.map((problem) => html`<li>${words(problem)}</li>`) : nothing}
        ${words && more > 0 ? html`<li>${msg(str`…and ${more} more (see the cl-error event).`, {id: 'problems.more'})}</li>` : nothing}
      </ul>
    </div>`;
  }

  /** @internal */
  protected override update(changed: PropertyValues): void {
    try {
      super.update(changed);
      this.renderFailure = undefined;
    } catch (error) {
      // LitElement renders before it marks the update done; finish that part so the
      // element keeps updating (and can recover) after a failed render.
      ReactiveElement.prototype['update'].call(this, changed);
      if (this.renderFailure !== undefined) return;
      this.renderFailure = error;
      render(
        html`<div class="problems" part="problems" role="alert">
          <p class="problems__title">${msg('This content could not be shown', {id: 'problems.render-failed'})}</p>
        </div>`,
        this.renderRoot,
        this.renderOptions,
      );
      const message = error instanceof Error ? error.message : String(error);
      this.emit('cl-error', {code: 'render-failed', message, problems: []});
    }
  }
}
