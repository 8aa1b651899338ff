/**
 * JSX typings for Careloop's tags, for React 19, which sets a custom element's properties
 * and listens for its events itself: `<cl-feedback-form preset="fft" endpoint="/api"
 * oncl-submitted={…} />`. Properties are named as in JavaScript (`headingLevel`,
 * `respondentRole`), events `oncl-<name>`. Types only: import it for its types
 * (`import type {} from '@careloop/react/jsx.js'`), and register the elements as usual
 * (`import 'careloop'`, or each `cl-*.js` module).
 */
import type {DetailedHTMLProps, HTMLAttributes} from 'react';
import type {LitElement} from 'lit';
import type {CareloopErrorDetail, CareloopSubmittedDetail, SubmissionEnvelope} from '@careloop/core';
import type {ConsentPrompt, ConsentRecord} from '@careloop/consent-prompt';
import type {FeedbackForm} from '@careloop/feedback-form';
import type {GuideCard, GuideFilterChangeDetail, GuideList} from '@careloop/guide-cards';
import type {WorkshopSignup} from '@careloop/workshop-signup';

/** An element's own properties (not HTMLElement's or Lit's, and not its methods), each optional. */
export type CareloopProps<E> = {
  [K in Exclude<keyof E, keyof LitElement> as E[K] extends (...args: never[]) => unknown ? never : K]?: E[K];
};

type Handler<D> = (event: CustomEvent<D>) => void;
interface ErrorEvents {
  'oncl-error'?: Handler<CareloopErrorDetail>;
}
interface SendingEvents extends ErrorEvents {
  'oncl-submit'?: Handler<SubmissionEnvelope>;
  'oncl-submitted'?: Handler<CareloopSubmittedDetail>;
}

/** The JSX props of a Careloop tag: HTML's, the element's properties, and its events. */
export type CareloopElementProps<E extends HTMLElement, Events> = Omit<
  DetailedHTMLProps<HTMLAttributes<E>, E>,
  keyof CareloopProps<E>
> &
  CareloopProps<E> &
  Events;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types are a namespace.
  namespace JSX {
    interface IntrinsicElements {
      'cl-feedback-form': CareloopElementProps<FeedbackForm, SendingEvents>;
      'cl-consent-prompt': CareloopElementProps<
        ConsentPrompt,
        SendingEvents & {'oncl-consent-change'?: Handler<ConsentRecord>}
      >;
      'cl-workshop-signup': CareloopElementProps<WorkshopSignup, SendingEvents>;
      'cl-guide-card': CareloopElementProps<GuideCard, ErrorEvents>;
      'cl-guide-list': CareloopElementProps<
        GuideList,
        ErrorEvents & {'oncl-filter-change'?: Handler<GuideFilterChangeDetail>}
      >;
    }
  }
}
