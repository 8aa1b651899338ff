import type {SubmissionEnvelope} from './envelope.js';
import type {ConfigProblem, ProblemCode} from './problems.js';

/** Detail of `cl-error`: the first problem's code and words, and every problem found. */
export interface CareloopErrorDetail {
  /** Stable code of the first problem, e.g. `required` or `http-error`. */
  code: ProblemCode | 'render-failed' | 'submit-failed' | 'not-durable';
  /** The first problem in words, in the active locale. */
  message: string;
  /** Every problem found in this configuration, with the path of each field. */
  problems: ConfigProblem[];
}

/** Detail of `cl-submitted`: the envelope the server accepted, and its answer. */
export interface CareloopSubmittedDetail {
  envelope: SubmissionEnvelope;
  /** The HTTP status the server answered (2xx). */
  status: number;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cl-error': CustomEvent<CareloopErrorDetail>;
    /** Cancelable: a host that calls `preventDefault()` sends the envelope itself. */
    'cl-submit': CustomEvent<SubmissionEnvelope>;
    'cl-submitted': CustomEvent<CareloopSubmittedDetail>;
  }
}

/** Names of events whose type is a `CustomEvent` in `GlobalEventHandlersEventMap`. */
export type CareloopEventName = {
  [K in keyof GlobalEventHandlersEventMap]: K extends `cl-${string}`
    ? GlobalEventHandlersEventMap[K] extends CustomEvent
      ? K
      : never
    : never;
}[keyof GlobalEventHandlersEventMap];

export type CareloopEventDetail<K extends CareloopEventName> =
  GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;
