import type {PropertyDeclarations} from 'lit';
import type {CareloopElement} from '../careloop-element.js';
import type {SubmissionTarget} from '../controllers/submission.js';

/** How the endpoint is called: without cookies (default), or with them for an endpoint that needs a session. */
export const CREDENTIALS = ['omit', 'same-origin', 'include'] as const;
export type Credentials = (typeof CREDENTIALS)[number];
/** Where unsent submissions wait: IndexedDB (default), or only this page's memory. */
export const PERSIST = ['indexeddb', 'none'] as const;
export type Persist = (typeof PERSIST)[number];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor<T> = abstract new (...args: any[]) => T;

/** What every widget that submits offers: `endpoint`, `headers`, `credentials` and `persist`. */
export declare class SubmittingElement {
  endpoint: string | null;
  headers: Record<string, string> | undefined;
  credentials: Credentials;
  persist: Persist;
  /** @internal Where the submission goes, read when the person submits. */
  submissionTarget(): SubmissionTarget;
}

/**
 * The submitting trait: declares the four properties once, for every widget that
 * submits, and says where its submission goes (`submissionTarget`, read by the
 * SubmissionController when the person submits). An unknown `credentials` value is
 * treated as `omit`: no cookie is ever sent unless the page asked for it exactly.
 */
export function Submitting<T extends Constructor<CareloopElement> & {properties: PropertyDeclarations}>(Base: T) {
  abstract class SubmittingBase extends Base {
    static override properties: PropertyDeclarations = {
      ...Base.properties,
      endpoint: {},
      headers: {attribute: false},
      credentials: {},
      persist: {},
    };

    /** Where each submission is POSTed (JSON, with an `Idempotency-Key` header), through the outbox. Without it, only `cl-submit` fires. */
    endpoint: string | null = null;
    /** Extra request headers for the endpoint, such as a CSRF token. */
    headers: Record<string, string> | undefined;
    /** `omit` (default): no cookies are sent. `same-origin` or `include` when the endpoint needs the page's session. */
    credentials: Credentials = 'omit';
    /** `indexeddb` (default) keeps unsent submissions across reloads; `none` keeps them only while the page is open. */
    persist: Persist = 'indexeddb';

    /** @internal Where the submission goes, read when the person submits. */
    submissionTarget(): SubmissionTarget {
      return {
        endpoint: this.endpoint,
        headers: this.headers,
        credentials: (CREDENTIALS as readonly string[]).includes(this.credentials) ? this.credentials : 'omit',
        persist: this.persist !== 'none',
      };
    }
  }
  // Typed through the declared class: a mixin's anonymous class type cannot be written
  // to a declaration file (it would expose Lit's private members).
  return SubmittingBase as unknown as Constructor<SubmittingElement> & T;
}
