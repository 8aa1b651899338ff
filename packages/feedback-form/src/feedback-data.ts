import type {ConsentRecord} from '@careloop/consent-prompt';
import {
  RESPONDENT_ROLES,
  type FeedbackContact,
  type FeedbackData,
  type Preset,
  type RespondentRole,
} from './feedback-form.types.js';
import type {QuestionnaireSession} from './questionnaire/session.js';

/** Whether `role` is one of the roles Careloop knows (a page may pass anything). */
export const isRole = (role: string | null | undefined): role is RespondentRole =>
  (RESPONDENT_ROLES as readonly string[]).includes(role ?? '');

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
}

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
