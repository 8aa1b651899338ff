import type {PropertyDeclarations} from 'lit';
import {CareloopElement, FormAssociated, Submitting} from '@careloop/core';
import type {Preset, RespondentRole} from './feedback-form.types.js';

/**
 * The attributes and properties of `<cl-feedback-form>`, each documented once here;
 * what the element does with them is in `FeedbackForm`.
 */
export class FeedbackFormProperties extends FormAssociated(Submitting(CareloopElement)) {
  static override properties: PropertyDeclarations = {
    ...CareloopElement.properties,
    questionnaire: {attribute: false},
    src: {},
    terminologyServer: {attribute: 'terminology-server'},
    preset: {},
    context: {},
    service: {},
    about: {},
    respondentRole: {attribute: 'respondent-role'},
    noRole: {attribute: 'no-role', type: Boolean},
    noContact: {attribute: 'no-contact', type: Boolean},
    contactConsent: {attribute: false},
    notice: {},
    paging: {},
    kiosk: {type: Boolean, reflect: true},
    idleSeconds: {attribute: 'idle-seconds', type: Number},
    countdownSeconds: {attribute: 'countdown-seconds', type: Number},
    nextUrl: {attribute: 'next-url'},
    nextLabel: {attribute: 'next-label'},
    saveDraft: {attribute: 'save-draft', type: Boolean},
    headingLevel: {attribute: 'heading-level', type: Number},
    submitLabel: {attribute: 'submit-label'},
  };

  /** A FHIR R4 Questionnaire object. Wins over `src`, inline JSON and `preset`. */
  questionnaire: unknown;
  /**
   * Values for the questionnaire's FHIRPath as `%name` (its launchContext), e.g.
   * `{patient: {resourceType: 'Patient', birthDate: '1950-04-01'}}`. Set it before the
   * questionnaire: initial answers are worked out once, when the form starts.
   */
  launchContext: Record<string, unknown> | undefined;
  /**
   * A FHIR terminology server the hospital names (its base URL): a question answered from a
   * value set the questionnaire does not contain gets its answers from `ValueSet/$expand`
   * there. Without it, such a question is answered in words.
   */
  terminologyServer: string | null = null;
  /** Address of a FHIR R4 Questionnaire as JSON. Fetched without cookies. */
  src: string | null = null;
  /** A questionnaire shipped with Careloop: `fft`, `fft-children`, `what-matters`, `carer-experience`, `workshop-evaluation`. */
  preset: Preset | null = null;
  /** Where the form is used, sent with the answers, e.g. `reception-kiosk`. */
  context: string | null = null;
  /** Which service the feedback is about, sent with the answers, e.g. `older-persons-mental-health-ward`. */
  service: string | null = null;
  /** The service in words, shown before the questions: "Thinking about your visit to …". */
  about: string | null = null;
  /** Who is answering, when the page already knows (`patient`, `family-member`, `carer`, `other`); the question is then not asked. */
  respondentRole: RespondentRole | null = null;
  /** Do not ask who is answering. */
  noRole = false;
  /** Do not offer to leave contact details (the form stays anonymous). */
  noContact = false;
  /**
   * The consent asked for before contact details are sent: a `<cl-consent-prompt>`
   * configuration (policy, controller, retention, purposes). By default, one required
   * purpose, "contact me about my feedback", under policy `careloop-feedback-contact`.
   */
  contactConsent: unknown;
  /** `public-record`: tell the person that what they write may become a public document. */
  notice: 'public-record' | null = null;
  /** `group`: one top-level group per step, with Back and Next. */
  paging: 'none' | 'group' = 'none';
  /** Kiosk mode: large targets, starts again after the thank-you or when left idle, keeps no draft. */
  kiosk = false;
  /** Kiosk mode: seconds without a touch or a key before asking "Are you still there?" (default 90). */
  idleSeconds = 90;
  /** Kiosk mode: seconds of the visible countdown before everything is cleared (default 20). */
  countdownSeconds = 20;
  /** A page that says what happens next, or "You said, we did", linked from the thank-you screen. Only an http(s), mailto, tel or relative link: anything else is left out and named in `cl-error` (`unsafe-url`). */
  nextUrl: string | null = null;
  /** The words of that link (default: "What happens next"). */
  nextLabel: string | null = null;
  /** Keep answers in this tab (sessionStorage) until they are sent or cleared. Ignored in kiosk mode. */
  saveDraft = false;
  /** Level of the form's title (2–6); group headings are one level below. */
  headingLevel = 2;
  /** The submit button's words (default: "Send"). */
  submitLabel: string | null = null;
}
