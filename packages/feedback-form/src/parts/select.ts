import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {requiredMark, selectField} from '@careloop/core';
import {helpIds, otherLabel, renderOther, words, type Help, type QuestionsView} from '../feedback-form.template.js';
import {OTHER} from '../questionnaire/entry.js';
import type {FormItem} from '../questionnaire/model.js';

/** itemControl `drop-down`: a list box of the answers, and "something else" on an open choice. */
export function renderSelect(view: QuestionsView, item: FormItem, id: string, help: Help | undefined): TemplateResult {
  const selected = view.session.entries.get(item.linkId)?.[0] ?? '';
  return selectField({
    id,
    name: item.linkId,
    label: html`${words(view, item)}${requiredMark(item.required)}`,
    labelClass: 'question__label',
    error: view.errorText(view.errorOf(item), item),
    help: help?.html,
    describedBy: helpIds(help),
    none: msg('Choose an answer', {id: 'feedback.choose'}),
    options: [
      ...item.choices.map((choice, i) => ({value: String(i), label: choice.label})),
      ...(item.type === 'open-choice' ? [{value: OTHER, label: otherLabel(item)}] : []),
    ],
    value: selected,
    disabled: item.readOnly,
    after: selected === OTHER ? renderOther(view, item, id) : nothing,
    onChange: (value) => view.edit(item, (s) => s.set(item, [value].filter(Boolean))),
  });
}
