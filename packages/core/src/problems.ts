import {msg, str} from '@lit/localize';

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
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = Object.prototype.toString.call(value);
    }
  }
  text = text.replace(/\s+/g, ' ');
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function expectationText(expected: Expectation): string {
  switch (expected) {
    case 'object':
      return msg('an object', {id: 'problem.expect.object'});
    case 'array':
      return msg('a list', {id: 'problem.expect.array'});
    case 'text':
      return msg('a text', {id: 'problem.expect.text'});
    case 'number':
      return msg('a number', {id: 'problem.expect.number'});
    case 'whole-number':
      return msg('a whole number of zero or more', {id: 'problem.expect.whole-number'});
    case 'date':
      return msg('an ISO 8601 date such as 2026-03-01', {id: 'problem.expect.date'});
    case 'url':
      return msg('a web address', {id: 'problem.expect.url'});
    case 'language-tag':
      return msg('a language tag such as fr-CA', {id: 'problem.expect.language-tag'});
  }
}

/** The problem in words, in the active locale. */
export function describeProblem(problem: ConfigProblem): string {
  const path = problem.path || msg('configuration', {id: 'problem.path.root'});
  const found = problem.found ?? '';
  const detail = problem.detail ?? '';
  switch (problem.code) {
    case 'missing-config':
      return msg(
        'Nothing to show yet: no configuration was given (inline JSON, a property or a src address).',
        {id: 'problem.missing-config'},
      );
    case 'invalid-json':
      return msg(str`${path}: the JSON could not be read (${detail}).`, {id: 'problem.invalid-json'});
    case 'fetch-failed':
      return msg(str`Could not load ${detail}: the network request failed.`, {
        id: 'problem.fetch-failed',
      });
    case 'http-error':
      return msg(str`Could not load ${detail}: the server answered ${found}.`, {
        id: 'problem.http-error',
      });
    case 'required':
      return msg(str`${path}: this field is required but is missing.`, {id: 'problem.required'});
    case 'wrong-type': {
      const expected = expectationText(problem.expected ?? 'text');
      return msg(str`${path}: expected ${expected}, got ${found}.`, {id: 'problem.wrong-type'});
    }
    case 'not-allowed': {
      const allowed = (problem.allowed ?? []).join(', ');
      return msg(str`${path}: expected one of ${allowed}, got ${found}.`, {
        id: 'problem.not-allowed',
      });
    }
    case 'unsafe-url':
      return msg(
        str`${path}: the address ${found} is not allowed; use an http, https, mailto or tel address, or a relative one.`,
        {id: 'problem.unsafe-url'},
      );
    case 'duplicate-id':
      return msg(str`${path}: the id ${found} is used more than once.`, {id: 'problem.duplicate-id'});
  }
}
