import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {describedBy, errorId, errorMessage, formatNumber} from '@careloop/core';
import {helpIds, questionLabel, value, type Help, type QuestionsView} from '../feedback-form.template.js';
import type {FormItem} from '../questionnaire/model.js';

/** itemControl `slider` on an integer or decimal: a range between its minValue and maxValue, its value shown. */
export function renderSlider(view: QuestionsView, item: FormItem, id: string, help: Help | undefined): TemplateResult {
  const error = view.errorOf(item);
  // Only an integer or decimal gets this part (controlPart), so a bound of its own kind is a number.
  const bound = (value: typeof item.minValue, otherwise: number) =>
    value?.kind === item.type ? (value.value as number) : otherwise;
  const min = bound(item.minValue, 0);
  const top = bound(item.maxValue, 10);
  const entry = view.session.entries.get(item.linkId)?.[0];
  return html`${questionLabel(view, item, id)}${help?.html ?? nothing}${errorMessage(id, view.errorText(error, item))}
    <div class="slider">
      <span aria-hidden="true">${formatNumber(min)}</span>
      <input
        id=${id}
        type="range"
        min=${min}
        max=${top}
        step=${item.type === 'integer' ? 1 : 'any'}
        .value=${entry ?? String(Math.round((min + top) / 2))}
        ?disabled=${item.readOnly}
        aria-describedby=${describedBy(error && errorId(id), ...helpIds(help))}
        aria-valuetext=${entry === undefined ? msg('Not answered yet', {id: 'feedback.slider.unset'}) : nothing}
        @input=${(e: Event) => view.edit(item, (s) => s.type(item, 0, value(e)))}
      />
      <span aria-hidden="true">${formatNumber(top)}</span>
      <output for=${id} class="slider__value">${entry === undefined ? '–' : formatNumber(Number(entry))}</output>
    </div>`;
}
