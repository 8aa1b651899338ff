import {html, isServer, nothing, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {
  checkbox,
  choiceGroup,
  textControl,
  countText,
  describedBy,
  errorMessage,
  formatNumber,
  heading,
  requiredMark,
  sanitizeHtml,
  warn,
} from '@careloop/core';
import {POSTED, RESPONDENT_ROLES, type RespondentRole} from './feedback-form.types.js';
import type {ContactError} from './labels.js';
import {controlPart, isChoice, multiple, type Parts} from './parts.js';
import {OTHER, otherName, type EntryError} from './questionnaire/entry.js';
import {walk, type Form, type FormItem} from './questionnaire/model.js';
import type {QuestionnaireSession} from './questionnaire/session.js';

export type FieldError = EntryError | ContactError;

/** A problem shown in the error summary and at its field. */
export interface Problem {
  /** The control to focus, by id inside the shadow root. */
  target: string;
  /** The question, for the error summary. */
  question: string;
  error: FieldError;
  item?: FormItem;
}

/** What the templates of the questions read from the element, and tell it. */
export interface QuestionsView {
  session: QuestionnaireSession;
  /** The error shown at an item now (after a submit or a Next), if any. */
  errorOf(item: FormItem): FieldError | undefined;
  /** The words of an error; undefined until the words for problems are loaded. */
  errorText(error: FieldError | undefined, item?: FormItem): string | undefined;
  /** Sanitised rendering-xhtml, once ready, by linkId. */
  rich: ReadonlyMap<string, HTMLElement>;
  /** The renderers loaded for this form's SDC controls and help (parts.ts). */
  parts: Parts;
  /**
   * The person changed an answer to `item`: `change` applies it to the session; then the
   * element keeps the draft, checks again and, with `focus`, moves focus to that control.
   */
  edit(item: FormItem, change: (session: QuestionnaireSession) => void, focus?: string): void;
  /** The person left a free-text field (look for identifying details). */
  left(): void;
}

/**
 * Sanitises each item's rendering-xhtml into `rich`, one element per item, rendered in
 * one place so that Lit keeps it across updates; `ready` is called as each one is.
 */
export function sanitizeRich(form: Form, rich: Map<string, HTMLElement>, ready: () => void): void {
  // A server has no DOM to sanitise into: it renders the plain text, and the page's script adds the rest.
  if (isServer) return;
  for (const item of walk(form.items)) {
    if (item.xhtml === undefined) continue;
    sanitizeHtml(item.xhtml).then(
      (fragment) => {
        // Nothing left once sanitised (it was all script or images): the plain text says it.
        if (!fragment.textContent?.trim()) return;
        const span = document.createElement('span');
        span.className = 'rich';
        span.append(fragment);
        rich.set(item.linkId, span);
        ready();
      },
      // Refused by the page's Trusted Types, or the sanitiser not loaded (offline): the item's plain text stays.
      (error: unknown) => warn('html-not-shown', `${item.linkId} is shown as plain text: ${String(error)}`),
    );
  }
}

/** The item's words, after its prefix: its sanitised rendering-xhtml once loaded, else its text. */
export function words(view: QuestionsView, item: FormItem): TemplateResult {
  return html`${item.prefix ? html`<span class="prefix">${item.prefix}</span> ` : nothing}${view.rich.get(item.linkId) ?? view.parts.markdown?.(item) ?? item.text}`;
}

export const value = (event: Event) => (event.target as HTMLInputElement).value;

/** A question's help and instructions, as the help part renders them, with the ids that describe the control. */
export interface Help {
  html: unknown;
  ids: string[];
}

/** A text answer's control: `label` names a repeated answer's row, `after` follows it (its Remove button). */
export type Field = (text: string, index: number, label?: string, after?: unknown) => TemplateResult;

/** The ids of a question's help, for its control's aria-describedby. */
export const helpIds = (help: Help | undefined) => help?.ids ?? [];

/** The shown items among `items`, with their groups as sections whose headings start at `level`. */
export function renderItems(view: QuestionsView, items: readonly FormItem[], level: number): unknown {
  return items.map((item) => renderItem(view, item, level));
}

function renderItem(view: QuestionsView, item: FormItem, level: number): unknown {
  if (!view.session.shown(item)) return nothing;
  const id = view.session.ids.get(item.linkId) ?? '';
  if (item.unsupported) {
    return html`<div class="unsupported" part="question" role="note">
      <p class="unsupported__text">${words(view, item)}</p>
      <p class="unsupported__notice">
        ${msg('This question cannot be shown here. Please answer it in another way if you can, or leave it.', {id: 'feedback.unsupported'})}
      </p>
    </div>`;
  }
  const help = view.parts.help?.(view, item, id);
  if (item.type === 'group') {
    return html`<section
      class="group"
      aria-labelledby=${item.text ? id : nothing}
      aria-describedby=${describedBy(...helpIds(help))}
    >
      ${item.text ? heading(level, words(view, item), {id, cls: 'group__heading'}) : nothing}
      ${
        item.layout === 'table' && view.parts.table
          ? html`${help?.html ?? nothing}${view.parts.table(view, item, level + 1)}`
          : renderInside(view, item, help, level + 1)
      }
      ${item.repeats ? (view.parts.groups?.(view, item) ?? nothing) : nothing}
    </section>`;
  }
  if (item.type === 'display') {
    return html`<div class="display" id=${id}>${words(view, item)}</div>
      ${renderInside(view, item, help, level)}`;
  }
  return html`<div class="question ${view.errorOf(item) ? 'question--error' : ''}" part="question">
      ${renderControl(view, item, id, help)}
    </div>
    ${renderInside(view, item, undefined, level)}`;
}

/**
 * What is inside an item: the help of a group (a question shows its own), then its items.
 * Without the help part (not loaded), help and instructions are display text after their item.
 */
function renderInside(view: QuestionsView, item: FormItem, help: Help | undefined, level: number): unknown {
  return html`${help?.html ?? nothing}${view.parts.help ? nothing : renderItems(view, item.help ?? [], level)}
  ${renderItems(view, item.items, level)}`;
}

/** A group shown as a step, under the step's heading (which carries the group's title): its help, then its items. */
export function renderStep(view: QuestionsView, group: FormItem, level: number): unknown {
  return renderInside(view, group, view.parts.help?.(view, group, view.session.ids.get(group.linkId) ?? ''), level);
}

function inputType(item: FormItem): string {
  switch (item.type) {
    case 'date':
      return 'date';
    case 'dateTime':
      return 'datetime-local';
    case 'time':
      return 'time';
    case 'url':
      return 'url';
    default:
      return 'text';
  }
}

/** The question's label for its control `id`: its words and whether it is required. */
export function questionLabel(view: QuestionsView, item: FormItem, id: string): TemplateResult {
  return html`<label class="question__label" for=${id}>${words(view, item)}${requiredMark(item.required)}</label>`;
}

function renderControl(view: QuestionsView, item: FormItem, id: string, help: Help | undefined): TemplateResult {
  const error = view.errorOf(item);
  const errorId = error ? `${id}-error` : undefined;
  if (item.type === 'boolean') {
    return renderChoices(
      view,
      item,
      id,
      help,
      [
        ['true', msg('Yes', {id: 'feedback.yes'})],
        ['false', msg('No', {id: 'feedback.no'})],
      ],
      false,
    );
  }
  const part = controlPart(item);
  const render = part && view.parts[part];
  if (render) return render(view, item, id, help);
  if (isChoice(item)) {
    const options: [string, unknown][] = item.choices.map((choice, i) => [
      String(i),
      choice.face
        ? html`${view.parts.faces?.(choice.face) ?? nothing}<span class="option__text">${choice.label}</span>`
        : choice.label,
    ]);
    if (item.type === 'open-choice') options.push([OTHER, otherLabel(item)]);
    return renderChoices(view, item, id, help, options, multiple(item));
  }
  const entries = view.session.entries.get(item.linkId) ?? [];
  // A quantity's unit: a picker where there is a choice (the units part), else its words after the box.
  const picker = (item.units?.length ?? 0) > 1 ? view.parts.units?.(view, item, id) : undefined;
  const unit = picker ? undefined : item.units?.[Number(view.session.others.get(item.linkId)) || 0];
  const unitId = unit && `${id}-unit`;
  const max = item.maxLength;
  const countId = max !== undefined ? `${id}-count` : undefined;
  const shownError = errorMessage(id, view.errorText(error, item));
  /** One answer's control (index 0 the question's own), its count near the limit, and what follows it. */
  const field: Field = (text, index, label, after) =>
    html`<div class="entry">
      <div class=${unit ? 'with-unit' : ''}>
        ${textControl({
          id: index === 0 ? id : `${id}-${index}`,
          name: item.linkId,
          value: text,
          rows: item.type === 'text' ? 5 : undefined,
          type: inputType(item),
          inputmode:
            item.type === 'integer'
              ? 'numeric'
              : item.type === 'decimal' || item.type === 'quantity'
                ? 'decimal'
                : undefined,
          spellcheck: item.type === 'string' ? true : undefined,
          placeholder: item.placeholder,
          readonly: item.readOnly,
          invalid: !!error,
          describedBy: [errorId, ...helpIds(help), countId, unitId],
          label,
          onInput: (text) => view.edit(item, (s) => s.type(item, index, text)),
          onChange: view.left,
        })}${unit ? html`<span class="unit" id=${unitId!}>${unit.label}</span>` : nothing}
      </div>
      ${max !== undefined && text.length >= max * 0.8 ? html`<p class="count ${text.length > max ? 'count--over' : ''}" aria-hidden="true">${countText(max - text.length)}</p>` : nothing}
      ${after ?? nothing}
    </div>`;
  // Without the repeat part (not loaded), a repeating question takes one answer.
  const repeat = item.repeats ? view.parts.repeat : undefined;
  return html`${questionLabel(view, item, id)}${help?.html ?? nothing}${
    max !== undefined
      ? html`<p class="hint" id=${countId!}>
          ${msg(str`You can enter up to ${formatNumber(max)} characters.`, {id: 'feedback.count.hint'})}
        </p>`
      : nothing
  }${shownError}
  ${repeat ? repeat(view, item, id, field) : field(entries[0] ?? '', 0)}${picker ?? nothing}`;
}

function renderChoices(
  view: QuestionsView,
  item: FormItem,
  id: string,
  help: Help | undefined,
  options: [string, unknown][],
  multiple: boolean,
): TemplateResult {
  const selected = view.session.entries.get(item.linkId) ?? [];
  return choiceGroup({
    legend: html`${words(view, item)}${requiredMark(item.required)}`,
    help: help?.html,
    describedBy: helpIds(help).join(' ') || undefined,
    hint: multiple ? msg('Select all that apply.', {id: 'feedback.select-all'}) : undefined,
    error: view.errorText(view.errorOf(item), item),
    name: item.linkId,
    multiple,
    cls: `${item.choices.some((choice) => choice.face) ? 'options--faces' : ''} ${item.horizontal ? 'options--horizontal' : ''}`,
    options: options.map(([value, label], i) => ({
      id: i === 0 ? id : `${id}-${i}`,
      value,
      label,
      exclusive: item.choices[i]?.exclusive,
    })),
    selected,
    disabled: item.readOnly,
    after: selected.includes(OTHER) ? renderOther(view, item, id) : nothing,
    onChange: (next) => view.edit(item, (s) => s.set(item, next)),
  });
}

/** The words of an open choice's own answer: the questionnaire's openLabel, else "Something else". */
export const otherLabel = (item: FormItem) => item.openLabel ?? msg('Something else', {id: 'common.other'});

export function renderOther(view: QuestionsView, item: FormItem, id: string): TemplateResult {
  return html`<div class="other">
    <label for="${id}-other">${msg('Your other answer', {id: 'feedback.other-label'})}</label>
    <input
      id="${id}-other"
      name=${otherName(item)}
      type="text"
      autocomplete="off"
      .value=${view.session.others.get(item.linkId) ?? ''}
      @input=${(e: Event) => view.edit(item, (s) => s.setOther(item, value(e)))}
      @change=${view.left}
    />
  </div>`;
}

/** The privacy notice above the submit button, with the public-record warning where the law makes answers public. */
export function renderNotice(publicRecord: boolean): TemplateResult {
  return html`<div class="notice" part="notice">
    <slot name="privacy-notice">
      <p>
        ${msg('Your answers are used to improve care. They are read by the team that runs this service and kept only as long as needed. Please do not include details that could identify you or someone else.', {id: 'feedback.notice.default'})}
      </p>
      ${
        publicRecord
          ? html`<p>
              <strong
                >${msg('What you write may become a public document: anyone can ask to read it, as the law on public records allows. Do not write anything you want kept private.', {id: 'feedback.notice.public-record'})}</strong
              >
            </p>`
          : nothing
      }
    </slot>
  </div>`;
}

/** "Your answers are saved on this device…", with the button that clears them. */
export function renderDraftLine(clear: () => void): TemplateResult {
  return html`<div class="draft">
    <p>
      ${msg('Your answers are saved on this device until you send them or close this tab.', {id: 'feedback.draft.saved'})}
    </p>
    <button type="button" class="button button--secondary button--small" @click=${clear}>
      ${msg('Clear my answers', {id: 'feedback.draft.clear'})}
    </button>
  </div>`;
}

function roleLabel(role: RespondentRole): string {
  switch (role) {
    case 'patient':
      return msg('A patient', {id: 'common.role.patient'});
    case 'family-member':
      return msg('A family member', {id: 'common.role.family-member'});
    case 'carer':
      return msg('A carer', {id: 'common.role.carer'});
    case 'other':
      return msg('Someone else', {id: 'common.role.other'});
  }
}

/** "Are you answering as…": asked unless the page says who is answering. */
export function renderRole(selected: string, choose: (role: string) => void): TemplateResult {
  return choiceGroup({
    legend: msg('Are you answering as…', {id: 'feedback.role.legend'}),
    name: POSTED.role,
    multiple: false,
    cls: 'role',
    part: 'question',
    options: RESPONDENT_ROLES.map((role) => ({id: `role-${role}`, value: role, label: roleLabel(role)})),
    selected: [selected],
    onChange: ([role]) => choose(role ?? ''),
  });
}

/** "Contact me about my feedback", and once ticked, the details and the consent (`details`, loaded then). */
export function renderContact(optedIn: boolean, details: unknown, optIn: (checked: boolean) => void): TemplateResult {
  return html`<fieldset class="contact" part="question">
    <legend class="question__label">${msg('Contact details', {id: 'feedback.contact.legend'})}</legend>
    <p class="hint">
      ${msg('Your feedback is anonymous. Leave contact details only if you would like someone to get in touch with you about it.', {id: 'feedback.contact.hint'})}
    </p>
    ${checkbox({
      id: 'contact-opt-in',
      label: msg('Contact me about my feedback', {id: 'feedback.contact.opt-in'}),
      checked: optedIn,
      onChange: optIn,
    })}
    ${details}
  </fieldset>`;
}

/** "Step 2 of 4: Your stay", the step's heading (focused on each step), with a progress bar. */
export function renderProgress(level: number, step: number, count: number, title: string): TemplateResult {
  return html`<div class="progress">
    ${heading(level, html`<span class="progress__count">${msg(str`Step ${formatNumber(step + 1)} of ${formatNumber(count)}`, {id: 'feedback.step'})}</span>${title ? html`<span class="visually-hidden">: </span><span class="progress__title">${title}</span>` : nothing}`, {cls: 'step-heading', focusable: true})}
    <progress max=${count} .value=${step + 1} aria-hidden="true"></progress>
  </div>`;
}

/** Back (on a later step) and the submit button: Next on a step, else Send. */
export function renderActions(view: {back: (() => void) | undefined; label: string; busy: boolean}): TemplateResult {
  return html`<div class="actions">
    ${
      view.back
        ? html`<button type="button" class="button button--secondary" @click=${view.back}>
            ${msg('Back', {id: 'feedback.back'})}
          </button>`
        : nothing
    }
    <button type="submit" class="button" part="submit" aria-disabled=${view.busy ? 'true' : nothing}>
      ${view.label}
    </button>
  </div>`;
}
