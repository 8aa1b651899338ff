/** What a configuration value should have been. Each has a translated description. */
export const EXPECTATIONS = [
  'object',
  'array',
  'text',
  'number',
  'whole-number',
  'date',
  'url',
  'language-tag',
  'boolean',
  'answer',
  'date-time',
  'time-zone',
  'identifier',
] as const;
export type Expectation = (typeof EXPECTATIONS)[number];

/** Stable codes for configuration problems, shown in `cl-error` events. */
export const PROBLEM_CODES = [
  'missing-config',
  'invalid-json',
  'fetch-failed',
  'http-error',
  'required',
  'wrong-type',
  'not-allowed',
  'unsafe-url',
  'duplicate-id',
  'unsupported',
  'unknown-reference',
  'cyclic-condition',
  'too-many',
  'end-before-start',
  'too-long',
  'ignored',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/**
 * One thing wrong with a configuration, precise enough to fix: where (`path`,
 * e.g. `feed[3].start`), what was expected, and what was found.
 */
export interface ConfigProblem {
  code: ProblemCode;
  /** Path of the offending field, e.g. `feed[3].image.alt`; empty for the whole configuration. */
  path: string;
  expected?: Expectation;
  /** Allowed values, for `not-allowed`. */
  allowed?: readonly string[];
  /** A short, printable rendering of the value found. */
  found?: string;
  /** Extra detail: the URL and status for fetch problems, the parser's words for JSON. */
  detail?: string;
}

/** Shortens any value to a readable, single-line description for an error message. */
export function describeValue(value: unknown): string {
  let text: string;
  if (value === undefined) text = 'undefined';
  else if (typeof value === 'string') text = JSON.stringify(value);
  else {
    try {
      text = JSON.stringify(value) ?? typeof value;
    } catch {
      text = Object.prototype.toString.call(value);
    }
  }
  text = text.replace(/\s+/g, ' ');
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
