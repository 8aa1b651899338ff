/**
 * Vue 3 typings for Careloop's tags: `import type {} from 'careloop/vue.js'` once (in an
 * `env.d.ts`, say) and the templates' `<cl-feedback-form :heading-level="2"
 * @cl-submitted="…">` are type-checked by vue-tsc. Tell Vue's compiler that `cl-` tags are
 * custom elements (`isCustomElement`, see docs/frameworks.md); Vue then sets their
 * properties (`:config`, `:items`) and listens for their events (`@cl-submitted`). Types only.
 */
import type {DefineComponent} from 'vue';
import type {LitElement} from 'lit';
import type {CareloopErrorDetail, CareloopSubmittedDetail, SubmissionEnvelope} from '@careloop/core';
import type {ConsentPrompt, ConsentRecord} from '@careloop/consent-prompt';
import type {FeedbackForm} from '@careloop/feedback-form';
import type {GuideCard, GuideFilterChangeDetail, GuideList} from '@careloop/guide-cards';
import type {WorkshopSignup} from '@careloop/workshop-signup';

/** An element's own properties (not HTMLElement's or Lit's, and not its methods), each optional. */
type Props<E> = {
  [K in Exclude<keyof E, keyof LitElement> as E[K] extends (...args: never[]) => unknown ? never : K]?: E[K];
};
type Handler<D> = (event: CustomEvent<D>) => void;
interface ErrorEvents {
  onClError?: Handler<CareloopErrorDetail>;
}
interface SendingEvents extends ErrorEvents {
  onClSubmit?: Handler<SubmissionEnvelope>;
  onClSubmitted?: Handler<CareloopSubmittedDetail>;
}

declare module 'vue' {
  interface GlobalComponents {
    'cl-feedback-form': DefineComponent<Props<FeedbackForm> & SendingEvents>;
    'cl-consent-prompt': DefineComponent<
      Props<ConsentPrompt> & SendingEvents & {onClConsentChange?: Handler<ConsentRecord>}
    >;
    'cl-workshop-signup': DefineComponent<Props<WorkshopSignup> & SendingEvents>;
    'cl-guide-card': DefineComponent<Props<GuideCard> & ErrorEvents>;
    'cl-guide-list': DefineComponent<
      Props<GuideList> & ErrorEvents & {onClFilterChange?: Handler<GuideFilterChangeDetail>}
    >;
  }
}
