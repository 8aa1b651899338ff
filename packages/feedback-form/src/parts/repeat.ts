import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import type {Field, QuestionsView} from '../feedback-form.template.js';
import type {FormItem} from '../questionnaire/model.js';

/** A repeating text, number or date question: a row for each answer, each with Remove, and "Add another answer". */
export function renderRows(view: QuestionsView, item: FormItem, id: string, field: Field): TemplateResult {
  const entries = view.session.entries.get(item.linkId) ?? [];
  const rows = entries.length === 0 ? [''] : entries;
  const editable = !item.readOnly;
  return html`${rows.map((text, index) =>
    field(
      text,
      index,
      index === 0 ? undefined : msg(str`${item.text} (answer ${index + 1})`, {id: 'feedback.repeat-label'}),
      rows.length > 1 && editable
        ? html`<button
            type="button"
            class="button button--secondary button--small"
            @click=${() => view.edit(item, (s) => s.removeRow(item, index), `#${id}`)}
          >
            ${msg(str`Remove answer ${index + 1}`, {id: 'feedback.repeat.remove'})}
          </button>`
        : nothing,
    ),
  )}
  ${
    editable
      ? html`<button
          type="button"
          class="button button--secondary button--small"
          @click=${() => view.edit(item, (s) => s.addRow(item), `#${id}-${rows.length}`)}
        >
          ${msg('Add another answer', {id: 'feedback.repeat.add'})}
        </button>`
      : nothing
  }`;
}
