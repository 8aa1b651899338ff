import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import type {QuestionsView} from '../feedback-form.template.js';
import {answerable, walk, type FormItem} from '../questionnaire/model.js';

/**
 * The buttons of a repeating group's instance: "Remove" on each instance after the first,
 * and after the last one, "Add another", which moves focus to the new instance's first
 * question (and where focus goes back to after a Remove). Without this part (not loaded), a repeating group is answered once.
 */
export function renderInstanceActions(view: QuestionsView, group: FormItem): TemplateResult {
  const {session} = view;
  const key = group.instanceOf ?? group.linkId;
  const serials = session.instances.get(key) ?? [];
  const instances = [key, ...serials.map((serial) => `${key}#${serial}`)];
  const position = instances.indexOf(group.linkId) + 1;
  const title = group.text || group.linkId;
  const editable = !group.readOnly;
  const first = [...walk(session.current.items)].find((item) => item.linkId === key);
  const firstQuestion = first && [...walk(first.items)].find(answerable);
  return html`<div class="instance-actions">
    ${
      group.instanceOf && editable
        ? html`<button
            type="button"
            class="button button--secondary button--small"
            @click=${() => view.edit(group, (s) => s.removeInstance(group), `#${session.ids.get(key)}-add`)}
          >
            ${msg(str`Remove ${title} ${position}`, {id: 'feedback.group.remove'})}
          </button>`
        : nothing
    }
    ${
      position === instances.length && editable
        ? html`<button
            id="${session.ids.get(key)}-add"
            type="button"
            class="button button--secondary button--small"
            @click=${() => {
              const serial = Math.max(1, ...serials) + 1;
              const target = firstQuestion && `#${session.ids.get(firstQuestion.linkId)}-${serial}`;
              view.edit(group, (s) => void s.addInstance(key), target);
            }}
          >
            ${msg(str`Add another: ${title}`, {id: 'feedback.group.add'})}
          </button>`
        : nothing
    }
  </div>`;
}
