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

export interface FieldOptions {
  id: string;
  label: unknown;
  hint?: unknown;
  /** What is wrong, in words; shown above the control and read with it. */
  error?: unknown;
  type?: string;
  autocomplete?: string;
  value: string;
  onInput(value: string): void;
}

/** A labelled text input with its hint and error message, each tied to it by `aria-describedby`. */
export function textField(o: FieldOptions): TemplateResult {
  const hintId = o.hint ? `${o.id}-hint` : undefined;
  const invalid = o.error !== undefined && o.error !== '';
  return html`<div class="field">
    <label for=${o.id}>${o.label}</label>
    ${o.hint ? html`<p class="hint" id=${hintId!}>${o.hint}</p>` : nothing} ${errorMessage(o.id, o.error)}
    <input
      id=${o.id}
      type=${o.type ?? 'text'}
      autocomplete=${o.autocomplete ?? 'off'}
      .value=${o.value}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${describedBy(invalid && errorId(o.id), hintId)}
      @input=${(e: Event) => o.onInput((e.target as HTMLInputElement).value)}
    />
  </div>`;
}
