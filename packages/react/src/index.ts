/**
 * Careloop's elements as React components, made with @lit/react: properties are set as
 * properties (objects and arrays included), and each `cl-*` event has a React prop
 * (`onSubmit` for `cl-submit`, `onSubmitted`, `onError`, `onConsentChange`,
 * `onFilterChange`). Importing this module registers the elements.
 *
 * React 19 can also use the tags themselves; `@careloop/react/jsx.js` types them.
 */
import * as React from 'react';
import {createComponent, type EventName} from '@lit/react';
import type {CareloopErrorDetail, CareloopSubmittedDetail, SubmissionEnvelope} from '@careloop/core';
import {ConsentPrompt as ConsentPromptElement, type ConsentRecord} from '@careloop/consent-prompt';
import {FeedbackForm as FeedbackFormElement} from '@careloop/feedback-form';
import {
  GuideCard as GuideCardElement,
  GuideList as GuideListElement,
  type GuideFilterChangeDetail,
} from '@careloop/guide-cards';
import {WorkshopSignup as WorkshopSignupElement} from '@careloop/workshop-signup';
import '@careloop/consent-prompt/cl-consent-prompt.js';
import '@careloop/feedback-form/cl-feedback-form.js';
import '@careloop/guide-cards/cl-guide-card.js';
import '@careloop/guide-cards/cl-guide-list.js';
import '@careloop/workshop-signup/cl-workshop-signup.js';
import './jsx.js';

/** The events of every element that can fail; and of every element that sends. */
const errors = {onError: 'cl-error' as EventName<CustomEvent<CareloopErrorDetail>>};
const sending = {
  ...errors,
  /** Cancelable: call `preventDefault()` to send the envelope yourself. */
  onSubmit: 'cl-submit' as EventName<CustomEvent<SubmissionEnvelope>>,
  onSubmitted: 'cl-submitted' as EventName<CustomEvent<CareloopSubmittedDetail>>,
};

/** `<cl-feedback-form>`: a preset or a FHIR Questionnaire, sent through the outbox. */
export const FeedbackForm = createComponent({
  react: React,
  tagName: 'cl-feedback-form',
  elementClass: FeedbackFormElement,
  events: sending,
  displayName: 'FeedbackForm',
});

/** `<cl-consent-prompt>`: granular, versioned, withdrawable consent. */
export const ConsentPrompt = createComponent({
  react: React,
  tagName: 'cl-consent-prompt',
  elementClass: ConsentPromptElement,
  events: {...sending, onConsentChange: 'cl-consent-change' as EventName<CustomEvent<ConsentRecord>>},
  displayName: 'ConsentPrompt',
});

/** `<cl-workshop-signup>`: workshops, registrations and times that suit. */
export const WorkshopSignup = createComponent({
  react: React,
  tagName: 'cl-workshop-signup',
  elementClass: WorkshopSignupElement,
  events: sending,
  displayName: 'WorkshopSignup',
});

/** `<cl-guide-card>`: one guide or project. */
export const GuideCard = createComponent({
  react: React,
  tagName: 'cl-guide-card',
  elementClass: GuideCardElement,
  events: errors,
  displayName: 'GuideCard',
});

/** `<cl-guide-list>`: guides and projects, searchable and filterable. */
export const GuideList = createComponent({
  react: React,
  tagName: 'cl-guide-list',
  elementClass: GuideListElement,
  events: {...errors, onFilterChange: 'cl-filter-change' as EventName<CustomEvent<GuideFilterChangeDetail>>},
  displayName: 'GuideList',
});
