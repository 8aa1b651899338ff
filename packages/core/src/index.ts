export {CareloopElement, THEMES, type Theme} from './careloop-element.js';
export {ConfigController, type ConfigSource, type ConfigState, type Parsed} from './config.js';
export {AnnouncerController} from './controllers/announcer.js';
export {FocusController} from './controllers/focus.js';
export {DraftController} from './controllers/draft.js';
export {
  SubmissionController,
  type SubmissionHooks,
  type SubmissionTarget,
  type SubmitOutcome,
} from './controllers/submission.js';
export {defineElement} from './define.js';
export {SUBMISSION_KINDS, createEnvelope, uuid, type SubmissionEnvelope, type SubmissionKind} from './envelope.js';
export type {CareloopErrorDetail, CareloopEventDetail, CareloopEventName, CareloopSubmittedDetail} from './events.js';
export {
  formatAutonym,
  formatBytes,
  formatDate,
  formatLanguage,
  formatList,
  formatMinutes,
  formatNumber,
  formatPeriod,
  pluralCategory,
} from './format.js';
export {
  LOCALES,
  getCareloopLocale,
  initLocalization,
  resolveLocale,
  setCareloopLocale,
  type CareloopLocale,
} from './localization.js';
export {
  EXPECTATIONS,
  PROBLEM_CODES,
  describeValue,
  type ConfigProblem,
  type Expectation,
  type ProblemCode,
} from './problems.js';
export {
  Outbox,
  getOutbox,
  RETRY_AFTER_CEILING,
  retryAfterMs,
  type Delivery,
  type DeliveryStatus,
  type OutboxEntry,
  type OutboxOptions,
} from './outbox.js';
export {renderInline, renderMarkdown} from './rich-text.js';
export {sanitizeHtml} from './sanitize.js';
export {baseStyles} from './styles/base.js';
export {formStyles} from './styles/forms.js';
export {tokens} from './styles/tokens.js';
export {FieldReader, isIsoDate, isLanguageTag, isSafeUrl} from './validate.js';
export {isEmail, isPhone} from './contact-checks.js';
export {VERSION} from './version.js';
export {WARNING_CODES, warn, type WarningCode} from './warn.js';
export * from './controls/index.js';
export {
  CREDENTIALS,
  PERSIST,
  Submitting,
  isEndpoint,
  type Credentials,
  type Persist,
  type SubmittingElement,
} from './traits/submitting.js';
export {FormAssociated, type FormAssociatedElement, type FormReport} from './traits/form-associated.js';
