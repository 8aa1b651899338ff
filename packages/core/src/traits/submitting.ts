import type {PropertyDeclarations, PropertyValues} from 'lit';
import {describeValue, type ConfigProblem} from '../problems.js';
import type {CareloopElement} from '../careloop-element.js';
import type {SubmissionTarget} from '../controllers/submission.js';

/** How the endpoint is called: without cookies (default), or with them for an endpoint that needs a session. */
export const CREDENTIALS = ['omit', 'same-origin', 'include'] as const;
export type Credentials = (typeof CREDENTIALS)[number];
/** Where unsent submissions wait: IndexedDB (default), or only this page's memory. */
export const PERSIST = ['indexeddb', 'none'] as const;
export type Persist = (typeof PERSIST)[number];

/** Whether an endpoint is a web address (http or https, here or elsewhere) a submission may go to. */
export function isEndpoint(endpoint: string): boolean {
  try {
    // On a server (rendering the form ahead of the page) a relative address is relative to the page to come.
    const base = typeof location === 'undefined' ? 'https://page.invalid/' : location.href;
    return ['http:', 'https:'].includes(new URL(endpoint, base).protocol);
  } catch {
    return false;
  }
}

/** Whether extra headers are names and values a request can carry. */
export function areHeaders(headers: unknown): headers is Record<string, string> {
  if (!headers || typeof headers !== 'object' || Array.isArray(headers)) return false;
  try {
    new Headers(headers as Record<string, string>);
  } catch {
    return false;
  }
  return Object.values(headers).every((value) => typeof value === 'string');
}

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

    protected override willUpdate(changed: PropertyValues<this>): void {
      super.willUpdate(changed);
      const keys = changed as Map<PropertyKey, unknown>;
      if (!['endpoint', 'headers', 'credentials', 'persist'].some((key) => keys.has(key))) return;
      // A page's mistake here is named at once, not found out by a person whose answers go nowhere.
      const problems: ConfigProblem[] = [];
      if (!(CREDENTIALS as readonly string[]).includes(this.credentials))
        problems.push({
          code: 'not-allowed',
          path: 'credentials',
          allowed: CREDENTIALS,
          found: describeValue(this.credentials),
        });
      if (!(PERSIST as readonly string[]).includes(this.persist))
        problems.push({code: 'not-allowed', path: 'persist', allowed: PERSIST, found: describeValue(this.persist)});
      if (this.endpoint !== null && !isEndpoint(this.endpoint))
        problems.push({code: 'unsafe-url', path: 'endpoint', expected: 'url', found: describeValue(this.endpoint)});
      if (this.headers !== undefined && !areHeaders(this.headers))
        problems.push({code: 'wrong-type', path: 'headers', expected: 'object', found: describeValue(this.headers)});
      this.reportProblems(problems);
    }

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
