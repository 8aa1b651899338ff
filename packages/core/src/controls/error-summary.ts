import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {heading} from './heading.js';

export interface SummaryProblem {
  /** The id of the control to focus. */
  target: string;
  /** What is wrong, in words (with the question, where the message alone would not say which). */
  text: unknown;
}

/**
 * Moves focus to a field of the render root by id: the control itself, or, for an
 * embedded element that offers it (the consent prompt), its `focusProblem()`.
 */
export function focusField(root: ParentNode, target: string): void {
  const field = root.querySelector<HTMLElement & {focusProblem?: () => void}>(`#${CSS.escape(target)}`);
  if (typeof field?.focusProblem === 'function') field.focusProblem();
  else field?.focus();
  field?.scrollIntoView({block: 'center'});
}

/**
 * The error summary (GOV.UK/NHS pattern): a heading "There is a problem" and a link to
 * each field, which moves focus to it. The widget focuses the summary when it first
 * shows (`.error-summary`, focusable by script).
 */
export function errorSummary(
  level: number,
  problems: readonly SummaryProblem[],
  root: ParentNode,
): TemplateResult | typeof nothing {
  if (problems.length === 0) return nothing;
  return html`<div
    class="error-summary"
    part="error-summary"
    role="alert"
    tabindex="-1"
    aria-labelledby="error-summary-title"
  >
    ${heading(level, msg('There is a problem', {id: 'common.error-summary'}), {
      id: 'error-summary-title',
      cls: 'error-summary__title',
    })}
    <ul class="error-summary__list">
      ${problems.map(
        (p) =>
          html`<li>
            <a
              href="#${p.target}"
              @click=${(e: Event) => {
                e.preventDefault();
                focusField(root, p.target);
              }}
              >${p.text}</a
            >
          </li>`,
      )}
    </ul>
  </div>`;
}
