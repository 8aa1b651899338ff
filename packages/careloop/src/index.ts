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
export * from '@careloop/feedback-form';
export * from '@careloop/consent-prompt';
export * from '@careloop/workshop-signup';
