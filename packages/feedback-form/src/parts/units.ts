import {html, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {value, type QuestionsView} from '../feedback-form.template.js';
import type {FormItem} from '../questionnaire/model.js';

/** A quantity's unit, where the questionnaire gives a choice (unitOption, unitValueSet): the first until another is chosen. */
export function renderUnits(view: QuestionsView, item: FormItem, id: string): TemplateResult {
  const chosen = view.session.others.get(item.linkId) ?? '0';
  return html`<div class="field unit-picker">
    <label for="${id}-unit">${msg('Unit', {id: 'feedback.unit'})}</label>
    <select
      id="${id}-unit"
      ?disabled=${item.readOnly}
      @change=${(e: Event) => view.edit(item, (s) => s.setOther(item, value(e)))}
    >
      ${(item.units ?? []).map((unit, i) => html`<option value=${i} ?selected=${String(i) === chosen}>${unit.label}</option>`)}
    </select>
  </div>`;
}
