import {html, nothing} from 'lit';
import {msg} from '@lit/localize';
import {words, type Help, type QuestionsView} from '../feedback-form.template.js';
import type {FormItem} from '../questionnaire/model.js';
import {controlPart} from '../parts.js';

/**
 * A question's (or group's) help and instructions: SDC's `help` and `flyover` as a
 * disclosure the person opens, the others (`instructions`, `prompt`, `legal`, `security`,
 * `context-display`, and `lower`/`upper` but on a slider) as hint text; then its support link. Each text's id goes in the
 * control's aria-describedby, so a screen reader reads it with the question.
 */
export function renderHelp(view: QuestionsView, item: FormItem, id: string): Help | undefined {
  if (!item.help && !item.supportLink) return undefined;
  const ids: string[] = [];
  const slider = view.parts.slider && controlPart(item) === 'slider';
  const texts = (item.help ?? []).map((hint, i) => {
    // A slider shows what its ends mean at its ends (parts/slider.ts).
    if (!view.session.shown(hint) || (slider && (hint.hint === 'lower' || hint.hint === 'upper'))) return nothing;
    const hintId = `${id}-help-${i}`;
    ids.push(hintId);
    const text = html`<div class="hint hint--${hint.hint}" id=${hintId}>${words(view, hint)}</div>`;
    return hint.hint === 'help' || hint.hint === 'flyover'
      ? html`<details class="help">
          <summary>${msg('Help with this question', {id: 'feedback.help'})}</summary>
          ${text}
        </details>`
      : text;
  });
  const link = item.supportLink
    ? html`<p class="hint">
        <a href=${item.supportLink} target="_blank" rel="noopener noreferrer"
          >${msg('More about this question (opens in a new tab)', {id: 'feedback.support-link'})}</a
        >
      </p>`
    : nothing;
  return {html: html`${texts}${link}`, ids};
}
