import {html, nothing, type TemplateResult} from 'lit';
import {describedBy, errorId, errorMessage, requiredMark} from '@careloop/core';
import {renderItems, words, type QuestionsView} from '../feedback-form.template.js';
import type {FormItem} from '../questionnaire/model.js';

/** A question that fits a row of the table: one answer chosen among options, with no control of its own. */
const fits = (item: FormItem) =>
  item.type === 'choice' && !item.repeats && !item.control && !item.unsupported && item.choices.length > 0;
const labels = (item: FormItem) => item.choices.map((choice) => choice.label).join('\u0000');

/**
 * SDC's `gtable`, `htable`, `table` and `grid` on a group: its questions that share the
 * same answers are one table, a row for each question and a column for each answer, each
 * radio button named by its row and its answer. Where the form is narrow (a small screen,
 * a sidebar, 400 % zoom: a container query) the rows become stacked questions with the answers' words beside their buttons. The group's
 * other items follow as usual. Without this part (not loaded), the group's questions are
 * shown one after another.
 */
export function renderTable(view: QuestionsView, group: FormItem, level: number): TemplateResult {
  const {session} = view;
  const first = group.items.find(fits);
  const rows = first ? group.items.filter((item) => fits(item) && labels(item) === labels(first)) : [];
  const rest = group.items.filter((item) => !rows.includes(item));
  const shown = rows.filter((row) => session.shown(row));
  const table =
    first && shown.length > 0
      ? html`<div class="question-table-frame">
          <table class="question-table" part="question">
            <thead>
              <tr>
                <td></td>
                ${first.choices.map((choice) => html`<th scope="col">${choice.label}</th>`)}
              </tr>
            </thead>
            <tbody>
              ${shown.map((row) => {
                const id = session.ids.get(row.linkId) ?? '';
                const selected = session.entries.get(row.linkId) ?? [];
                const error = view.errorText(view.errorOf(row), row);
                return html`<tr class=${view.errorOf(row) ? 'question--error' : ''}>
                  <th scope="row" id="${id}-row">
                    ${words(view, row)}${requiredMark(row.required)} ${errorMessage(id, error)}
                  </th>
                  ${row.choices.map(
                    (choice, i) =>
                      html`<td>
                        <input
                          type="radio"
                          id=${i === 0 ? id : `${id}-${i}`}
                          name=${row.linkId}
                          value=${String(i)}
                          .checked=${selected.includes(String(i))}
                          ?disabled=${row.readOnly}
                          aria-labelledby="${id}-row ${id}-${i}-label"
                          aria-describedby=${describedBy(error && i === 0 && errorId(id))}
                          aria-invalid=${error && i === 0 ? 'true' : nothing}
                          @change=${() => view.edit(row, (s) => s.set(row, [String(i)]))}
                        /><label class="question-table__answer" id="${id}-${i}-label" for=${i === 0 ? id : `${id}-${i}`}
                          >${choice.label}</label
                        >
                      </td>`,
                  )}
                </tr>`;
              })}
            </tbody>
          </table>
        </div>`
      : nothing;
  return html`${table} ${renderItems(view, rest, level)}`;
}
