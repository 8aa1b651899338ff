// Lit and the parts of @careloop/core every submitting widget is built on: the base
// element, configuration, validation, rich text, the envelope, the outbox and its status.
// "On top of core" budgets are measured as a widget's bundle minus this one.
export {
  CareloopElement,
  ConfigController,
  FieldReader,
  SubmissionController,
  baseStyles,
  createEnvelope,
  defineElement,
  formatDate,
  renderMarkdown,
} from '@careloop/core';
