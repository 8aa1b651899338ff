import {html, nothing, type TemplateResult} from 'lit';
import {errorId, errorMessage, isError, textControl, type TextControlOptions} from './field.js';

export interface FieldOptions extends Omit<TextControlOptions, 'invalid' | 'describedBy' | 'label'> {
  label: unknown;
  /** A class for the label, where a widget styles its question labels. */
  labelClass?: string;
  hint?: unknown;
  /** What is wrong, in words; shown above the control and read with it. */
  error?: unknown;
}

/** A labelled text input (or text area) with its hint and error message, each tied to it by `aria-describedby`. */
export function textField(o: FieldOptions): TemplateResult {
  const hintId = o.hint ? `${o.id}-hint` : undefined;
  const invalid = isError(o.error);
  return html`<div class="field">
    <label class=${o.labelClass ?? nothing} for=${o.id}>${o.label}</label>
    ${o.hint ? html`<p class="hint" id=${hintId!}>${o.hint}</p>` : nothing} ${errorMessage(o.id, o.error)}
    ${textControl({...o, label: undefined, invalid, describedBy: [invalid && errorId(o.id), hintId]})}
  </div>`;
}
