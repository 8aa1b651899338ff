// The form parts every widget composes: one implementation each.
export {choiceGroup, choose, type ChoiceGroupOptions, type ChoiceOption} from './choice-group.js';
export {countText, nearLimit} from './character-count.js';
export {errorSummary, focusField, type SummaryProblem} from './error-summary.js';
export {
  checkbox,
  describedBy,
  errorId,
  errorMessage,
  requiredMark,
  textControl,
  type TextControlOptions,
} from './field.js';
export {selectField, type SelectOptions} from './select-field.js';
export {textField, type FieldOptions} from './text-field.js';
export {heading, headingLevel, type HeadingOptions} from './heading.js';
