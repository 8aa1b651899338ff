import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {describedBy, errorId, errorMessage, formatNumber} from '@careloop/core';
import {helpIds, questionLabel, value, words, type Help, type QuestionsView} from '../feedback-form.template.js';
import type {FormItem} from '../questionnaire/model.js';

/**
 * itemControl `slider` on an integer or decimal: a range between its minValue and maxValue
 * in steps of its sliderStepValue, its value shown, and what its ends mean beside them.
 */
export function renderSlider(view: QuestionsView, item: FormItem, id: string, help: Help | undefined): TemplateResult {
  const error = view.errorOf(item);
  // Only an integer or decimal gets this part (controlPart), so a bound of its own kind is a number.
  const bound = (value: typeof item.minValue, otherwise: number) =>
    value?.kind === item.type ? (value.value as number) : otherwise;
  const min = bound(item.minValue, 0);
  const top = bound(item.maxValue, 10);
  const entry = view.session.entries.get(item.linkId)?.[0];
  // The lower and upper display items, shown at their ends and read with the slider.
  const ends = (['lower', 'upper'] as const).flatMap((which) => {
    const hint = item.help?.find((h) => h.hint === which && view.session.shown(h));
    return hint ? [[which, hint] as const] : [];
  });
  const end = (which: 'lower' | 'upper', number: number) => {
    const hint = ends.find(([w]) => w === which)?.[1];
    return html`<span class="slider__end"
      ><span aria-hidden="true">${formatNumber(number)}</span
      >${hint ? html` <span id="${id}-${which}">${words(view, hint)}</span>` : nothing}</span
    >`;
  };
  return html`${questionLabel(view, item, id)}${help?.html ?? nothing}${errorMessage(id, view.errorText(error, item))}
    <div class="slider">
      ${end('lower', min)}
      <input
        id=${id}
        type="range"
        min=${min}
        max=${top}
        step=${item.step ?? (item.type === 'integer' ? 1 : 'any')}
        .value=${entry ?? String(Math.round((min + top) / 2))}
        ?disabled=${item.readOnly}
        aria-describedby=${describedBy(error && errorId(id), ...ends.map(([which]) => `${id}-${which}`), ...helpIds(help))}
        aria-valuetext=${entry === undefined ? msg('Not answered yet', {id: 'feedback.slider.unset'}) : nothing}
        @input=${(e: Event) => view.edit(item, (s) => s.type(item, 0, value(e)))}
      />
      ${end('upper', top)}
      <output for=${id} class="slider__value">${entry === undefined ? '–' : formatNumber(Number(entry))}</output>
    </div>`;
}
