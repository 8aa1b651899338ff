import type {ConfigProblem, ProblemCode} from './problems.js';

/** Detail of `cl-error`: the first problem's code and words, and every problem found. */
export interface CareloopErrorDetail {
  /** Stable code of the first problem, e.g. `required` or `http-error`. */
  code: ProblemCode | 'render-failed';
  /** The first problem in words, in the active locale. */
  message: string;
  /** Every problem found in this configuration, with the path of each field. */
  problems: ConfigProblem[];
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cl-error': CustomEvent<CareloopErrorDetail>;
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
