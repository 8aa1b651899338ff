import {sendKeys} from '@web/test-runner-commands';
import {uuid, type SubmissionEnvelope} from '@careloop/core';
import '@careloop/feedback-form/cl-feedback-form.js';
import type {FeedbackData, FeedbackForm, QuestionnaireResponse} from '@careloop/feedback-form';
import {settled, textOf, until} from '../../core/test/support.js';

export type Envelope = SubmissionEnvelope<FeedbackData> & {fhir: QuestionnaireResponse};

export const $ = <E extends Element = HTMLElement>(el: FeedbackForm, selector: string) =>
  el.shadowRoot!.querySelector<E>(selector);
export const $$ = <E extends Element = HTMLElement>(el: FeedbackForm, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<E>(selector),
];

/** Creates a form on the page with the given attributes (and questionnaire property), and waits for it to show. */
export async function feedbackForm(attrs: Record<string, string> = {}, questionnaire?: unknown): Promise<FeedbackForm> {
  const el = document.createElement('cl-feedback-form');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  if (questionnaire !== undefined) el.questionnaire = questionnaire;
  document.body.append(el);
  await settled(el);
  if (attrs['preset']) await until(() => $(el, '.questions, .problems') !== null, 'the preset to load');
  await el.updateComplete;
  return el;
}

/** The label (or legend) text of every question shown. */
export const questions = (el: FeedbackForm) => $$(el, '.question__label').map(textOf);

/** Clicks the option whose label reads `label` in the question whose label starts with `question`. */
export async function pick(el: FeedbackForm, question: string, label: string): Promise<void> {
  const fieldset = $$(el, 'fieldset').find((f) => textOf(f.querySelector('legend')).startsWith(question));
  if (!fieldset) throw new Error(`no question "${question}" in ${JSON.stringify(questions(el))}`);
  const option = [...fieldset.querySelectorAll('.option')].find((o) => textOf(o.querySelector('label')) === label);
  if (!option) throw new Error(`no option "${label}" in "${question}"`);
  option.querySelector('input')!.click();
  await el.updateComplete;
}

/** Focuses the text field labelled `question` and types into it. */
export async function write(
  el: FeedbackForm,
  question: string,
  text: string,
): Promise<HTMLInputElement | HTMLTextAreaElement> {
  const label = $$(el, 'label.question__label').find((l) => textOf(l).startsWith(question));
  if (!label) throw new Error(`no field "${question}" in ${JSON.stringify(questions(el))}`);
  const field = $<HTMLInputElement | HTMLTextAreaElement>(el, `#${label.getAttribute('for')!}`)!;
  field.focus();
  await until(() => el.shadowRoot!.activeElement === field, `${question} to have focus`);
  await type(el, text);
  return field;
}

/**
 * Types into the focused field one character at a time, each after the last has
 * landed, as a person watching the screen does (WebKit's driver drops keys sent
 * faster than the page handles them).
 */
export async function type(el: FeedbackForm, text: string): Promise<void> {
  const field = el.shadowRoot!.activeElement as HTMLInputElement | HTMLTextAreaElement;
  for (const character of text) {
    const before = field.value;
    await sendKeys({type: character});
    await until(() => field.value !== before, `"${character}" to be typed`);
    await el.updateComplete;
  }
}

/** Presses the submit button with the keyboard. */
export async function send(el: FeedbackForm): Promise<void> {
  const button = $<HTMLButtonElement>(el, 'button[type="submit"]')!;
  button.focus();
  await until(() => el.shadowRoot!.activeElement === button, 'the submit button to have focus');
  await sendKeys({press: 'Enter'});
  // Whatever happens next moves focus: to the error summary, the next step, or the thank-you.
  await until(() => el.shadowRoot!.activeElement !== button, 'focus to move on from the submit button');
  await el.updateComplete;
}

/** Submits and returns the envelope from `cl-submit`, keeping it from being sent anywhere. */
export async function submitted(el: FeedbackForm): Promise<Envelope> {
  let envelope: Envelope | undefined;
  const listener = (event: Event) => {
    event.preventDefault();
    envelope = (event as CustomEvent<Envelope>).detail;
  };
  el.addEventListener('cl-submit', listener, {once: true});
  await send(el);
  el.removeEventListener('cl-submit', listener);
  if (!envelope) throw new Error(`the form did not submit; it shows: ${textOf($(el, '.error-summary'))}`);
  return envelope;
}

export interface Received {
  status: number;
  body: string;
  headers: Record<string, string | undefined>;
}

/** A run of the local collector of web-test-runner.config.mjs, private to one test. */
export function collector() {
  const run = uuid();
  return {
    endpoint: (scenario: string) => `/__collector/${scenario}/${run}`,
    log: async (): Promise<Record<string, Received[]>> =>
      (await (await fetch(`/__collector/log/${run}`)).json()) as Record<string, Received[]>,
  };
}
