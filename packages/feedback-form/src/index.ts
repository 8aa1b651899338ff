export {FeedbackForm} from './feedback-form.js';
export * from './feedback-form.types.js';
export {findIdentifiers, IDENTIFIER_KINDS, type IdentifierKind} from './questionnaire/identify.js';
export {readQuestionnaire} from './questionnaire/read-all.js';
export {translated} from './questionnaire/read.js';
export {enabledItems, type Answers} from './questionnaire/enable.js';
export {buildResponse, answersByLinkId} from './questionnaire/response.js';
export {ITEM_CONTROLS} from './questionnaire/hints.js';
export {
  ITEM_TYPES,
  OPERATORS,
  FACES,
  MAX_ITEMS,
  walk,
  type Form,
  type FormItem,
  type ItemType,
  type ItemControl,
  type Operator,
  type Face,
} from './questionnaire/model.js';
export type {Answer} from './questionnaire/answers.js';
export type {QuestionnaireResponse, ResponseItem} from './questionnaire/fhir.js';
