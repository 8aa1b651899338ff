import type {SubmissionEnvelope} from '@careloop/core';
import '@careloop/feedback-form/cl-feedback-form.js';
import type {FeedbackData, FeedbackForm, QuestionnaireResponse} from '@careloop/feedback-form';
import {captureSubmit, mount, pressEnter, settled, textOf, typeText, until} from '../../core/test/support.js';

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
  mount(el);
  await settled(el);
  if (attrs['preset']) await until(() => $(el, '.questions, .problems') !== null, 'the preset to load');
  // A questionnaire with a slider, a drop-down, help or repeats waits for those renderers.
  if (questionnaire !== undefined) await until(() => $(el, '[aria-busy]') === null, 'the questions to show');
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

/** Types into the focused field, one character at a time (core's keyboard driver). */
export const type = (el: FeedbackForm, text: string) => typeText(el, text);

/** Presses the submit button with the keyboard. */
export async function send(el: FeedbackForm): Promise<void> {
  // Whatever happens next moves focus: to the error summary, the next step, or the thank-you.
  await pressEnter(el, $<HTMLButtonElement>(el, 'button[type="submit"]')!);
}

/** Submits and returns the envelope from `cl-submit`, keeping it from being sent anywhere. */
export async function submitted(el: FeedbackForm): Promise<Envelope> {
  const envelope = await captureSubmit<FeedbackData>(el, () => send(el));
  if (!envelope) throw new Error(`the form did not submit; it shows: ${textOf($(el, '.error-summary'))}`);
  return envelope as Envelope;
}

export {collector, type Received} from '../../core/test/support.js';
