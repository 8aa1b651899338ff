import type {ConsentRecord} from '@careloop/consent-prompt';
import type {QuestionnaireResponse} from './questionnaire/fhir.js';

/** Questionnaires shipped with the package, each a FHIR R4 Questionnaire in four languages. */
export const PRESETS = ['fft', 'fft-children', 'what-matters', 'carer-experience', 'workshop-evaluation'] as const;
export type Preset = (typeof PRESETS)[number];

/** Who is filling the form in. */
export const RESPONDENT_ROLES = ['patient', 'family-member', 'carer', 'other'] as const;
export type RespondentRole = (typeof RESPONDENT_ROLES)[number];

/** Whether `role` is one of the roles Careloop knows (a page may pass anything). */
export const isRole = (role: string | null | undefined): role is RespondentRole =>
  (RESPONDENT_ROLES as readonly string[]).includes(role ?? '');

/** How the form is laid out: everything at once, or one top-level group per step. */
export const PAGING = ['none', 'group'] as const;
export type Paging = (typeof PAGING)[number];

/** Contact details a person chose to leave, with the consent they gave. */
export interface FeedbackContact {
  name?: string;
  email?: string;
  phone?: string;
  consent: {
    /** The exact words the person agreed to, in the language shown. */
    text: string;
    givenAt: string;
    /** The consent record from `<cl-consent-prompt>` (schema: @careloop/consent-prompt/schemas/consent.schema.json). */
    record?: ConsentRecord;
  };
}

/**
 * `data` of a `feedback` submission envelope. JSON Schema:
 * packages/feedback-form/schemas/feedback.schema.json.
 */
export interface FeedbackData {
  /** The questionnaire's canonical (`url|version`), or the preset's. */
  questionnaire?: string;
  preset?: Preset;
  /** The answers as `{linkId: value}`: codes for codings, lists where an item repeats. */
  answers: Record<string, unknown>;
  respondent?: {role: RespondentRole};
  /** Present only when the person opted in to be contacted. */
  contact?: FeedbackContact;
  /** The person was told that what they write may become a public document. */
  publicRecordNotice?: true;
}

export type FeedbackResponse = QuestionnaireResponse;

/**
 * The names a form sent without script posts besides the answers (each answer goes under
 * its item's linkId). What the page set (service, context, respondent-role, notice) is not
 * posted: the server that rendered the form says it again (FormPostOptions).
 */
export const POSTED = {
  preset: 'cl-preset',
  locale: 'cl-locale',
  role: 'cl-role',
  /** A UUID made when the form is rendered: the envelope's id, so a form sent twice is one envelope. */
  key: 'cl-key',
} as const;
