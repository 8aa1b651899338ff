import {html, nothing, type TemplateResult} from 'lit';
import {describedBy, errorId, errorMessage, isError, valueOf} from './field.js';

export interface SelectOptions {
  id: string;
  /** The name it is sent under when a form is posted without script. */
  name?: string;
  label: unknown;
  /** A class for the label, where a widget styles its question labels. */
  labelClass?: string;
  error?: unknown;
  /** Help and instructions between the label and the control, and the ids that describe it. */
  help?: unknown;
  describedBy?: readonly (string | undefined)[];
  /** The first option, with no value: "Choose…", or "All" for a filter. */
  none: string;
  options: readonly {value: string; label: unknown}[];
  value: string;
  disabled?: boolean;
  /** What follows the select inside the field (an "other" answer). */
  after?: unknown;
  onChange(value: string): void;
}

/** A labelled drop-down with its error message; its first option chooses nothing. */
export function selectField(o: SelectOptions): TemplateResult {
  const invalid = isError(o.error);
  return html`<div class="field">
    <label class=${o.labelClass ?? nothing} for=${o.id}>${o.label}</label>
    ${o.help ?? nothing} ${errorMessage(o.id, o.error)}
    <select
      id=${o.id}
      name=${o.name ?? nothing}
      class=${invalid ? 'invalid' : ''}
      ?disabled=${o.disabled}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${describedBy(invalid && errorId(o.id), ...(o.describedBy ?? []))}
      @change=${(e: Event) => o.onChange(valueOf(e))}
    >
      <option value="" ?selected=${o.value === ''}>${o.none}</option>
      ${o.options.map((option) => html`<option value=${option.value} ?selected=${o.value === option.value}>${option.label}</option>`)}
    </select>
    ${o.after ?? nothing}
  </div>`;
}
