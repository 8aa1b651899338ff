import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';

/** The `aria-describedby` of a control: the ids given, or no attribute at all. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | typeof nothing {
  const list = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return list.length > 0 ? list.join(' ') : nothing;
}

/** The id of a field's error message. */
export const errorId = (fieldId: string) => `${fieldId}-error`;

/**
 * The message next to a field (GOV.UK pattern): "Error:" for screen readers, then what
 * to do. `id` is the field's id; the message's is `<id>-error`, for `aria-describedby`.
 */
export function errorMessage(id: string, text: unknown): TemplateResult | typeof nothing {
  if (text === undefined || text === null || text === '') return nothing;
  return html`<p class="error-message" id=${errorId(id)}>
    <span class="visually-hidden">${msg('Error:', {id: 'common.error.prefix'})}</span> ${text}
  </p>`;
}

/** " (required)" after a label, when the answer is required. */
export function requiredMark(required: boolean): TemplateResult | typeof nothing {
  return required ? html` <span class="required">${msg('(required)', {id: 'common.required'})}</span>` : nothing;
}

/** The text control itself (an input, or a text area with `rows`), with its state wired for assistive technology. */
export interface TextControlOptions {
  id: string;
  /** The name it is sent under when a form is posted without script. */
  name?: string;
  value: string;
  /** A text area of this many rows instead of a one-line input. */
  rows?: number;
  type?: string;
  autocomplete?: string;
  inputmode?: string;
  spellcheck?: boolean;
  placeholder?: string;
  readonly?: boolean;
  /** Marked invalid (`aria-invalid`, the error border). */
  invalid?: boolean;
  /** Ids that describe it: its hint, its error message, its character count. */
  describedBy?: (string | false | undefined)[];
  /** Its accessible name, where no `<label>` names it (a repeated answer's second row). */
  label?: string;
  onInput(value: string): void;
  /** The person left the control having changed it. */
  onChange?(): void;
}

/** Whether an error is there to show (words, or a template). */
export const isError = (error: unknown) => error !== undefined && error !== null && error !== '';

/** The value of the control an event came from. */
export const valueOf = (e: Event) => (e.target as HTMLInputElement).value;

export function textControl(o: TextControlOptions): TemplateResult {
  const common = {
    cls: o.invalid ? 'invalid' : '',
    invalid: o.invalid ? 'true' : 'false',
    describedBy: describedBy(...(o.describedBy ?? [])),
    label: o.label ?? nothing,
    placeholder: o.placeholder ?? nothing,
    input: (e: Event) => o.onInput(valueOf(e)),
    change: () => o.onChange?.(),
  };
  return o.rows
    ? html`<textarea
        id=${o.id}
        name=${o.name ?? nothing}
        rows=${o.rows}
        class=${common.cls}
        .value=${o.value}
        ?readonly=${o.readonly}
        autocomplete=${o.autocomplete ?? nothing}
        aria-invalid=${common.invalid}
        aria-describedby=${common.describedBy}
        aria-label=${common.label}
        placeholder=${common.placeholder}
        @input=${common.input}
        @change=${common.change}
      ></textarea>`
    : html`<input
        id=${o.id}
        name=${o.name ?? nothing}
        type=${o.type ?? 'text'}
        class=${common.cls}
        .value=${o.value}
        ?readonly=${o.readonly}
        autocomplete=${o.autocomplete ?? 'off'}
        inputmode=${o.inputmode ?? nothing}
        spellcheck=${o.spellcheck === undefined ? nothing : String(o.spellcheck)}
        aria-invalid=${common.invalid}
        aria-describedby=${common.describedBy}
        aria-label=${common.label}
        placeholder=${common.placeholder}
        @input=${common.input}
        @change=${common.change}
      />`;
}

/** One check box with its label: a yes or no of its own, outside any group. */
/**
 * One check box that stands alone (an opt-in, a consent purpose), with its label after it.
 * `error` shows the message above it and marks it invalid; `describedBy` names the ids
 * that explain it (a purpose's description).
 */
export function checkbox(o: {
  id: string;
  label: unknown;
  checked: boolean;
  error?: unknown;
  describedBy?: string;
  onChange(checked: boolean): void;
}): TemplateResult {
  const invalid = o.error !== undefined && o.error !== '';
  return html`${errorMessage(o.id, o.error)}
    <div class="option">
      <input
        id=${o.id}
        type="checkbox"
        .checked=${o.checked}
        aria-invalid=${invalid ? 'true' : nothing}
        aria-describedby=${describedBy(o.describedBy, invalid && errorId(o.id))}
        @change=${(e: Event) => o.onChange((e.target as HTMLInputElement).checked)}
      /><label for=${o.id}>${o.label}</label>
    </div>`;
}
