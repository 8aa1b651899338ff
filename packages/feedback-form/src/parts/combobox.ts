import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {describedBy, errorId, errorMessage, formatNumber} from '@careloop/core';
import {helpIds, questionLabel, type Help, type QuestionsView} from '../feedback-form.template.js';
import {OTHER} from '../questionnaire/entry.js';
import {shortName, type FormItem} from '../questionnaire/model.js';

/** What the person is doing with one combobox: what they typed, whether the list is open, which option is active. */
interface Typing {
  text: string;
  open: boolean;
  active: number;
}
const typing = new WeakMap<FormItem, Typing>();

/** The options whose words contain what was typed (any case), as [option index, label]. */
function matches(item: FormItem, text: string): [number, string][] {
  const wanted = text.trim().toLocaleLowerCase();
  const all = item.choices.map((choice, i): [number, string] => [i, choice.label]);
  return wanted ? all.filter(([, label]) => label.toLocaleLowerCase().includes(wanted)) : all;
}

/**
 * itemControl `autocomplete`, and a single-answer question with a long list of answers:
 * an editable combobox with a list of the answers that contain what is typed (the ARIA
 * 1.2 combobox pattern). Arrow keys move through the list, Enter chooses, Escape closes
 * it (and, closed, clears what was typed); a click chooses too. On an open choice, words
 * that match no answer are sent as the person's own. Without this part (not loaded), the
 * question keeps its radio buttons.
 */
export function renderCombobox(
  view: QuestionsView,
  item: FormItem,
  id: string,
  help: Help | undefined,
): TemplateResult {
  const {session} = view;
  const entry = session.entries.get(item.linkId)?.[0];
  const chosen =
    entry === OTHER ? (session.others.get(item.linkId) ?? '') : entry ? (item.choices[Number(entry)]?.label ?? '') : '';
  const state = typing.get(item) ?? {text: chosen, open: false, active: -1};
  const shown = state.open ? matches(item, state.text) : [];
  const listId = `${id}-list`;
  const statusId = `${id}-status`;
  const error = view.errorOf(item);
  const update = (next: Partial<Typing>, change: Parameters<QuestionsView['edit']>[1] = () => {}) => {
    typing.set(item, {...state, ...next});
    view.edit(item, change);
  };
  const choose = (index: number) => {
    typing.delete(item);
    view.edit(item, (s) => s.set(item, [String(index)]), `#${id}`);
  };
  /** Leaving the box: words that are an answer choose it; on an open choice, other words are the person's own. */
  const settle = () => {
    const text = state.text.trim();
    typing.delete(item);
    if (text === chosen.trim()) {
      view.edit(item, () => {});
      return;
    }
    const exact = item.choices.findIndex((c) => c.label.toLocaleLowerCase() === text.toLocaleLowerCase());
    view.edit(item, (s) => {
      if (exact >= 0) s.set(item, [String(exact)]);
      else if (text && item.type === 'open-choice') {
        s.setOther(item, text);
        s.set(item, [OTHER]);
      } else s.set(item, []);
    });
    view.left();
  };
  const onKey = (event: KeyboardEvent) => {
    const list = state.open ? shown : matches(item, state.text);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (list.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const active = state.open ? (state.active + step + list.length) % list.length : step > 0 ? 0 : list.length - 1;
      update({open: true, active});
    } else if (event.key === 'Enter' && state.open && state.active >= 0 && list[state.active]) {
      event.preventDefault();
      choose(list[state.active]![0]);
    } else if (event.key === 'Escape') {
      if (state.open) update({open: false, active: -1});
      else update({text: ''}, (s) => s.set(item, []));
    }
  };
  const activeId =
    state.open && state.active >= 0 && shown[state.active] ? `${id}-option-${shown[state.active]![0]}` : '';
  return html`${questionLabel(view, item, id)}${help?.html ?? nothing}${errorMessage(id, view.errorText(error, item))}
    <div class="combobox">
      <input
        id=${id}
        type="text"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-expanded=${state.open ? 'true' : 'false'}
        aria-controls=${listId}
        aria-activedescendant=${activeId || nothing}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy(error && errorId(id), ...helpIds(help), item.type === 'open-choice' && `${id}-open`)}
        ?readonly=${item.readOnly}
        .value=${state.text}
        @input=${(e: Event) => update({text: (e.target as HTMLInputElement).value, open: true, active: -1})}
        @keydown=${onKey}
        @blur=${settle}
      />
      <ul
        id=${listId}
        role="listbox"
        class="combobox__list"
        aria-label=${shortName(item)}
        ?hidden=${!state.open || shown.length === 0}
      >
        ${shown.map(
          ([index, label], i) =>
            html`<li
              id="${id}-option-${index}"
              role="option"
              class="combobox__option"
              aria-selected=${i === state.active ? 'true' : 'false'}
              @mousedown=${(e: Event) => e.preventDefault()}
              @click=${() => choose(index)}
            >
              ${label}
            </li>`,
        )}
      </ul>
      <p class="visually-hidden" id=${statusId} role="status">
        ${
          state.open
            ? shown.length === 1
              ? msg('1 answer matches', {id: 'feedback.combobox.one'})
              : msg(str`${formatNumber(shown.length)} answers match`, {id: 'feedback.combobox.many'})
            : nothing
        }
      </p>
      ${item.type === 'open-choice' ? html`<p class="hint" id="${id}-open">${msg('If your answer is not in the list, type it in your own words.', {id: 'feedback.combobox.other'})}</p>` : nothing}
    </div>`;
}
