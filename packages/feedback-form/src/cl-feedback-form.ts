import {defineElement} from '@careloop/core';
import {FeedbackForm} from './feedback-form.js';

defineElement('cl-feedback-form', FeedbackForm);

declare global {
  interface HTMLElementTagNameMap {
    'cl-feedback-form': FeedbackForm;
  }
}

export {FeedbackForm};
