import {html, nothing, type TemplateResult} from 'lit';
import {describedBy, errorId, errorMessage} from './field.js';

export interface ChoiceOption {
  /** The control's id; the first option's id is the one the error summary links to. */
  id: string;
  value: string;
  label: unknown;
  /** "None of these": choosing it clears the others, choosing another clears it. */
  exclusive?: boolean;
}

export interface ChoiceGroupOptions {
  legend: unknown;
  hint?: unknown;
  /** Help and instructions after the legend (their ids go in `describedBy`). */
  help?: unknown;
  error?: unknown;
  /** Radios share a name; check boxes are chosen independently. */
  name: string;
  multiple: boolean;
  options: readonly ChoiceOption[];
  selected: readonly string[];
  disabled?: boolean;
  cls?: string;
  /** A `part` for the fieldset, where a brand restyles it. */
  part?: string;
  /** Extra ids for the fieldset's `aria-describedby`. */
  describedBy?: string;
  /** What follows the options inside the fieldset (an "other" answer). */
  after?: unknown;
  /** The new selection, after "none of these" exclusivity is applied. */
  onChange(selected: string[]): void;
}

/** The selection after `option` was ticked or unticked. */
export function choose(
  options: readonly ChoiceOption[],
  selected: readonly string[],
  option: ChoiceOption,
  checked: boolean,
  multiple: boolean,
): string[] {
  if (!multiple) return checked ? [option.value] : [];
  if (!checked) return selected.filter((v) => v !== option.value);
  if (option.exclusive) return [option.value];
  const exclusive = new Set(options.filter((o) => o.exclusive).map((o) => o.value));
  return [...selected.filter((v) => !exclusive.has(v) && v !== option.value), option.value];
}

/**
 * A fieldset whose legend is the question, with radios or check boxes: the hint and the
 * error message read with the group, the first control marked invalid.
 */
export function choiceGroup(o: ChoiceGroupOptions): TemplateResult {
  const first = o.options[0]?.id ?? o.name;
  const invalid = o.error !== undefined && o.error !== '';
  const type = o.multiple ? 'checkbox' : 'radio';
  return html`<fieldset
    class="options ${o.cls ?? ''}"
    part=${o.part ?? nothing}
    aria-describedby=${describedBy(invalid && errorId(first), o.describedBy)}
  >
    <legend class="question__label">${o.legend}</legend>
    ${o.help ?? nothing} ${o.hint ? html`<p class="hint">${o.hint}</p>` : nothing} ${errorMessage(first, o.error)}
    <div class="options__list">
      ${o.options.map(
        (option, i) =>
          html`<div class="option">
            <input
              id=${option.id}
              type=${type}
              name=${o.name}
              value=${option.value}
              .checked=${o.selected.includes(option.value)}
              ?disabled=${o.disabled}
              aria-invalid=${invalid && i === 0 ? 'true' : nothing}
              @change=${(e: Event) =>
                o.onChange(choose(o.options, o.selected, option, (e.target as HTMLInputElement).checked, o.multiple))}
            /><label for=${option.id}>${option.label}</label>
          </div>`,
      )}
    </div>
    ${o.after ?? nothing}
  </fieldset>`;
}
