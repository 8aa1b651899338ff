import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {focusField, formatList, formatNumber, heading} from '@careloop/core';
import type {EntryError, Reading} from './questionnaire/entry.js';
import type {IdentifierKind} from './questionnaire/identify.js';
import type {Answer} from './questionnaire/answers.js';
import {walk, type Form, type FormItem} from './questionnaire/model.js';
import type {QuestionnaireSession} from './questionnaire/session.js';

// The words and screens needed only once the person presses Send: the thank-you, and
// what is shown when something is wrong (an answer to fix, a refused submission).
// Loaded on the first submit (or a first Next), never by a page where nobody submits.

// The error summary and the focus move of its links: shown only once something is wrong.
export {errorSummary, focusField} from '@careloop/core';

/** Problems with the contact details, beside those of questionnaire answers. */
export type ContactError = 'contact-missing' | 'email' | 'phone' | 'consent';

function bound(answer: Answer | undefined): string {
  if (!answer) return '';
  if (answer.kind === 'coding') return answer.value.code ?? '';
  return typeof answer.value === 'number' ? formatNumber(answer.value) : String(answer.value);
}

/** What the person should do, GOV.UK style: one short instruction per problem. */
export function errorText(error: EntryError | ContactError, item?: FormItem): string {
  switch (error) {
    case 'required':
      return item && (item.choices.length > 0 || item.type === 'boolean')
        ? msg('Select an answer', {id: 'feedback.error.select'})
        : msg('Enter an answer', {id: 'feedback.error.enter'});
    case 'integer':
      return msg('Enter a whole number, like 3', {id: 'feedback.error.integer'});
    case 'decimal':
      return msg('Enter a number, like 2.5', {id: 'feedback.error.decimal'});
    case 'too-small': {
      const min = bound(item?.minValue);
      return msg(str`Enter ${min} or more`, {id: 'feedback.error.too-small'});
    }
    case 'too-large': {
      const max = bound(item?.maxValue);
      return msg(str`Enter ${max} or less`, {id: 'feedback.error.too-large'});
    }
    case 'url':
      return msg('Enter a full web address, like https://www.example.org', {id: 'feedback.error.url'});
    case 'too-long': {
      const max = formatNumber(item?.maxLength ?? 0);
      return msg(str`Use ${max} characters or fewer`, {id: 'feedback.error.too-long'});
    }
    case 'other-missing':
      return msg('Describe your other answer', {id: 'feedback.error.other'});
    case 'date':
      return msg('Enter a real date or time', {id: 'feedback.error.date'});
    case 'too-short': {
      const min = formatNumber(item?.minLength ?? 0);
      return msg(str`Use ${min} characters or more`, {id: 'feedback.error.too-short'});
    }
    case 'decimal-places': {
      const places = item?.maxDecimalPlaces ?? 0;
      const example = formatNumber(Number(`12.${'345678'.slice(0, places)}`));
      return places === 0
        ? msg('Enter a whole number, like 3', {id: 'feedback.error.integer'})
        : msg(str`Enter a number with fewer decimal places, like ${example}`, {id: 'feedback.error.decimal-places'});
    }
    case 'pattern':
      return item?.placeholder
        ? msg(str`Enter it in this form: ${item.placeholder}`, {id: 'feedback.error.pattern-format'})
        : msg('Enter it in the form the question asks for', {id: 'feedback.error.pattern'});
    case 'too-few': {
      const min = formatNumber(item?.minOccurs ?? 0);
      return item && item.choices.length > 0
        ? msg(str`Select at least ${min} answers`, {id: 'feedback.error.too-few-select'})
        : msg(str`Give at least ${min} answers`, {id: 'feedback.error.too-few'});
    }
    case 'too-many': {
      const max = formatNumber(item?.maxOccurs ?? 0);
      const select = item && item.choices.length > 0;
      if (item?.maxOccurs === 1)
        return select
          ? msg('Select only one answer', {id: 'feedback.error.too-many-select-one'})
          : msg('Give only one answer', {id: 'feedback.error.too-many-one'});
      return select
        ? msg(str`Select no more than ${max} answers`, {id: 'feedback.error.too-many-select'})
        : msg(str`Give no more than ${max} answers`, {id: 'feedback.error.too-many'});
    }
    case 'contact-missing':
      return msg('Enter an e-mail address or a phone number, or untick “Contact me”', {id: 'feedback.error.contact'});
    case 'email':
      return msg('Enter an e-mail address in the right format, like name@example.org', {id: 'common.error.email'});
    case 'phone':
      return msg('Enter a phone number, like 020 7946 0000 or +46 8 123 456', {id: 'common.error.phone'});
    case 'consent':
      return msg('Tick the box to agree to be contacted, or untick “Contact me”', {id: 'feedback.error.consent'});
  }
}

function identifierLabel(kind: IdentifierKind): string {
  switch (kind) {
    case 'email':
      return msg('an e-mail address', {id: 'feedback.identifier.email'});
    case 'identity-number':
      return msg('an identity number', {id: 'feedback.identifier.identity-number'});
    case 'phone':
      return msg('a phone number', {id: 'feedback.identifier.phone'});
    case 'postcode':
      return msg('a postcode', {id: 'feedback.identifier.postcode'});
    case 'date':
      return msg('an exact date', {id: 'feedback.identifier.date'});
    case 'name':
      return msg('a name', {id: 'feedback.identifier.name'});
  }
}

/** "a phone number and a name", in the active language. */
export function identifiersText(kinds: readonly IdentifierKind[]): string {
  return formatList(kinds.map(identifierLabel));
}

/** The answers as plain text, for "Copy my answers" after the server refused them: each question, then its answers. */
export function answersText(
  form: Form,
  readings: ReadonlyMap<string, Reading>,
  isAsked: (item: FormItem) => boolean,
): string {
  const lines: string[] = [];
  for (const item of walk(form.items)) {
    if (!isAsked(item)) continue;
    const given = (readings.get(item.linkId)?.answers ?? []).map((answer) => {
      const choice = item.choices.find(
        (c) => c.answer.kind === answer.kind && JSON.stringify(c.answer.value) === JSON.stringify(answer.value),
      );
      return (
        choice?.label ??
        (answer.kind === 'coding' ? (answer.value.display ?? answer.value.code ?? '') : String(answer.value))
      );
    });
    if (given.length > 0) lines.push(`${item.text}\n${given.join('\n')}`);
  }
  return lines.join('\n\n');
}

/** What the refusal box shows. */
interface FailureView {
  message: string;
  copyText: string | undefined;
  copied: boolean;
  retry(): void;
  copy(): void;
}

/**
 * The box shown when the server refused the answers, and its "Copy my answers": the
 * answers as text, put on the clipboard when the browser allows it, and shown selected
 * for the person to copy when it does not.
 */
export class RefusalBox {
  #text: string | undefined;
  #copied = false;
  readonly #update: (focus?: string) => void;

  /** @param update - Render again, and move focus to `focus` (a selector) when given. */
  constructor(update: (focus?: string) => void) {
    this.#update = update;
  }

  async #copy(text: string): Promise<void> {
    this.#text = text;
    this.#copied = false;
    this.#update('.copy-text');
    try {
      await navigator.clipboard.writeText(text);
      this.#copied = true;
      this.#update();
    } catch {
      // No clipboard permission: the text is shown, selected, for the person to copy.
    }
  }

  /** A kiosk starting again for the next person: the answers this box put on the clipboard go too. */
  forget(): void {
    if (this.#copied) navigator.clipboard.writeText('').catch(() => undefined);
  }

  render(message: string, retry: () => void, answers: () => string): TemplateResult {
    return sendFailure({
      message,
      copyText: this.#text,
      copied: this.#copied,
      retry,
      copy: () => void this.#copy(answers()),
    });
  }
}

/** The box shown when the server refused the answers: what it said, Try again, Copy my answers. */
function sendFailure(view: FailureView): TemplateResult {
  return html`<div class="failure" tabindex="-1" role="alert">
    <p class="failure__title">${msg('Your answers have not been sent', {id: 'feedback.failed.title'})}</p>
    <p>${view.message}</p>
    <p>
      ${msg('Your answers are still here. You can try again, or copy them to send another way.', {
        id: 'feedback.failed.advice',
      })}
    </p>
    <div class="actions">
      <button type="button" class="button" @click=${view.retry}>
        ${msg('Try again', {id: 'feedback.failed.retry'})}
      </button>
      <button type="button" class="button button--secondary" @click=${view.copy}>
        ${msg('Copy my answers', {id: 'feedback.failed.copy'})}
      </button>
    </div>
    ${
      view.copyText !== undefined
        ? html`<label for="copy-text"
              >${
                view.copied
                  ? msg('Copied. Your answers:', {id: 'feedback.copy.done'})
                  : msg('Your answers, to select and copy:', {id: 'feedback.copy.manual'})
              }</label
            >
            <textarea
              id="copy-text"
              class="copy-text"
              readonly
              rows="6"
              .value=${view.copyText}
              @focus=${(e: Event) => (e.target as HTMLTextAreaElement).select()}
            ></textarea>`
        : nothing
    }
  </div>`;
}

/** The warning shown when free text looks like it names someone: linked to each field, dismissible, nothing sent yet. */
export function identifiersWarning(
  session: QuestionnaireSession,
  found: ReadonlyMap<string, readonly IdentifierKind[]>,
  root: ParentNode,
  dismiss: () => void,
): TemplateResult {
  return html`<aside class="warning" part="warning" aria-labelledby="identify-title">
    <p class="warning__title" id="identify-title">
      ${msg('Your answer may identify you or someone else', {id: 'feedback.identify.title'})}
    </p>
    <ul>
      ${[...walk(session.form.items)].map((item) => {
        const kinds = found.get(item.linkId);
        if (!kinds) return nothing;
        const target = session.ids.get(item.linkId) ?? '';
        const words = identifiersText(kinds);
        return html`<li>
          <a
            href="#${target}"
            @click=${(e: Event) => {
              e.preventDefault();
              focusField(root, target);
            }}
            >${item.text || item.linkId}</a
          >: ${msg(str`it looks like it contains ${words}.`, {id: 'feedback.identify.item'})}
        </li>`;
      })}
    </ul>
    <p>
      ${msg('You can still send it. If you would rather stay anonymous, remove those details first. Nothing has been sent yet.', {id: 'feedback.identify.advice'})}
    </p>
    <button type="button" class="button button--secondary button--small" @click=${dismiss}>
      ${msg('Dismiss this warning', {id: 'feedback.identify.dismiss'})}
    </button>
  </aside>`;
}

export interface ThanksView {
  level: number;
  /** Saved on this device, to be sent later (not yet accepted by the server). */
  saved: boolean;
  /** The submission's status line. */
  status: unknown;
  nextUrl: string | null;
  nextLabel: string | null;
  /** Seconds before the kiosk starts again; undefined outside kiosk mode. */
  kiosk: number | undefined;
  startAgain(): void;
}

/** The thank-you screen: sent or saved, what happens next, and in kiosk mode the countdown to the next person. */
export function thanks(view: ThanksView): TemplateResult {
  return html`<div class="thanks" part="thanks">
    ${heading(view.level, view.saved ? msg('Thank you. Your answers are saved', {id: 'feedback.thanks.saved'}) : msg('Thank you for your feedback', {id: 'feedback.thanks.title'}), {cls: 'thanks__heading', focusable: true})}
    ${view.status}
    <slot name="thanks"
      ><p>
        ${msg('Every answer is read. What people tell us shapes the changes we make.', {id: 'feedback.thanks.text'})}
      </p></slot
    >
    ${
      view.nextUrl
        ? html`<p>
            <a class="thanks__next" href=${view.nextUrl}
              >${view.nextLabel?.trim() || msg('What happens next', {id: 'feedback.thanks.next'})}</a
            >
          </p>`
        : nothing
    }
    ${
      view.kiosk !== undefined
        ? html`<p class="countdown">
              ${msg(str`Starting again for the next person in ${formatNumber(view.kiosk)} seconds.`, {id: 'feedback.kiosk.restart'})}
            </p>
            <button type="button" class="button" @click=${view.startAgain}>
              ${msg('Start again now', {id: 'feedback.kiosk.start'})}
            </button>`
        : nothing
    }
  </div>`;
}
