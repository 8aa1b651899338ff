// Lit and the parts of @careloop/core every submitting widget is built on: the base
// element, configuration, validation, rich text, the envelope, the outbox and its status,
// the submitting trait, and the form parts all three compose (heading, text field,
// drop-down, check box, error message and error summary, focus moves, form styles).
// "On top of core" budgets are measured as a widget's bundle minus this one.
export {
  CareloopElement,
  ConfigController,
  FieldReader,
  FocusController,
  SubmissionController,
  Submitting,
  baseStyles,
  checkbox,
  createEnvelope,
  defineElement,
  errorMessage,
  errorSummary,
  formStyles,
  formatDate,
  heading,
  headingLevel,
  renderMarkdown,
  selectField,
  textField,
} from '@careloop/core';
