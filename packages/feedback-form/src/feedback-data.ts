import type {ConsentRecord} from '@careloop/consent-prompt';
import {createEnvelope, getCareloopLocale, type SubmissionEnvelope} from '@careloop/core';
import {isRole, type FeedbackContact, type FeedbackData, type Preset} from './feedback-form.types.js';
import type {QuestionnaireSession} from './questionnaire/session.js';

export interface FeedbackInput {
  /** The preset answered, when the questions came from one (not from a questionnaire of the page's own). */
  preset?: Preset | null;
  /** Who is answering: the page's `respondent-role` when it is a known role, else what the person chose. */
  givenRole?: string | null;
  chosenRole: string;
  /** The consent to be contacted; contact details are sent only with it. */
  consent?: ConsentRecord;
  contact?: {name: string; email: string; phone: string};
  publicRecordNotice: boolean;
  context: string | null;
  service: string | null;
  /** The page it was sent from, when a server makes the envelope of a form post. */
  page?: string;
  /** The envelope's id, when a server makes the envelope of a form post that carried one. */
  id?: string;
}

// What is sent: built only when the person sends, so it is loaded then.

/** `data` of the feedback envelope: the answers, and only what the person chose to add. */
export function feedbackData(session: QuestionnaireSession, input: FeedbackInput): FeedbackData {
  const data: FeedbackData = {answers: session.answersByLinkId()};
  if (session.form.canonical) data.questionnaire = session.form.canonical;
  if (input.preset) data.preset = input.preset;
  const role = isRole(input.givenRole) ? input.givenRole : input.chosenRole;
  if (isRole(role)) data.respondent = {role};
  const consent = input.consent;
  if (consent) {
    const contact: FeedbackContact = {consent: {text: consent.text, givenAt: consent.decidedAt, record: consent}};
    for (const key of ['name', 'email', 'phone'] as const) {
      const value = input.contact?.[key].trim();
      if (value) contact[key] = value;
    }
    data.contact = contact;
  }
  if (input.publicRecordNotice) data.publicRecordNotice = true;
  return data;
}

/** The submission envelope of kind `feedback`: the data, and the answers as a FHIR R4 QuestionnaireResponse. */
export function feedbackEnvelope(
  session: QuestionnaireSession,
  input: FeedbackInput,
): SubmissionEnvelope<FeedbackData> {
  const fhir = session.response({authored: new Date().toISOString(), language: getCareloopLocale()});
  return createEnvelope({
    kind: 'feedback',
    element: 'cl-feedback-form',
    data: feedbackData(session, input),
    fhir: {...fhir},
    context: input.context,
    service: input.service,
    ...(input.page ? {page: input.page} : {}),
    ...(input.id ? {id: input.id} : {}),
  });
}
