/**
 * Careloop: registers every element. This is the CDN bundle's entry point
 * (`<script type="module" src="…/careloop.js">`) and the npm package `careloop`.
 */
import '@careloop/guide-cards/cl-guide-card.js';
import '@careloop/guide-cards/cl-guide-list.js';
import '@careloop/feedback-form/cl-feedback-form.js';
import '@careloop/consent-prompt/cl-consent-prompt.js';
import '@careloop/workshop-signup/cl-workshop-signup.js';

export * from '@careloop/core';
export * from '@careloop/guide-cards';
// Everything of the feedback form's but the questionnaire reader (`readQuestionnaire`, and
// `translated` from the same module): careloop.js loads the reader with a questionnaire,
// and its SDC part only for a questionnaire that needs it. Import them from
// '@careloop/feedback-form'. scripts/check-exports.mjs checks this list.
export {
  FeedbackForm,
  PRESETS,
  RESPONDENT_ROLES,
  PAGING,
  isRole,
  findIdentifiers,
  IDENTIFIER_KINDS,
  enabledItems,
  buildResponse,
  answersByLinkId,
  ITEM_TYPES,
  ITEM_CONTROLS,
  OPERATORS,
  FACES,
  MAX_ITEMS,
  walk,
  POSTED,
  type Preset,
  type RespondentRole,
  type Paging,
  type FeedbackContact,
  type FeedbackData,
  type FeedbackResponse,
  type IdentifierKind,
  type Answers,
  type Form,
  type FormItem,
  type ItemType,
  type ItemControl,
  type Operator,
  type Face,
  type Answer,
  type QuestionnaireResponse,
  type ResponseItem,
} from '@careloop/feedback-form';
export * from '@careloop/consent-prompt';
export * from '@careloop/workshop-signup';
