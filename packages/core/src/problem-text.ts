import {msg, str} from '@lit/localize';
import type {ConfigProblem, Expectation} from './problems.js';

// The words for configuration problems live in their own module, loaded only when a
// widget has a problem to show: a page whose configuration is right never downloads them.

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
    case 'boolean':
      return msg('true or false', {id: 'problem.expect.boolean'});
    case 'answer':
      return msg('an answer value (valueCoding, valueString, valueInteger…)', {id: 'problem.expect.answer'});
    case 'date-time':
      return msg('a local date and time such as 2026-03-29T10:00', {id: 'problem.expect.date-time'});
    case 'time-zone':
      return msg('an IANA time zone such as Europe/Stockholm', {id: 'problem.expect.time-zone'});
    case 'identifier':
      return msg('an id without line breaks or other control characters', {id: 'problem.expect.identifier'});
  }
}

/** The problem in words, in the active locale. */
export function describeProblem(problem: ConfigProblem): string {
  const path = problem.path || msg('configuration', {id: 'problem.path.root'});
  const found = problem.found ?? '';
  const detail = problem.detail ?? '';
  switch (problem.code) {
    case 'missing-config':
      return msg('Nothing to show yet: no configuration was given (inline JSON, a property or a src address).', {
        id: 'problem.missing-config',
      });
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
    case 'unsupported':
      return msg(str`${path}: ${found} is not supported; a notice is shown in its place.`, {id: 'problem.unsupported'});
    case 'unknown-reference':
      return msg(str`${path}: refers to ${found}, which is not in the questionnaire.`, {
        id: 'problem.unknown-reference',
      });
    case 'cyclic-condition':
      return msg(str`${path}: whether ${found} is shown depends, through its conditions, on itself.`, {
        id: 'problem.cyclic-condition',
      });
    case 'end-before-start':
      return msg(str`${path}: ends at ${found}, which is not after it starts.`, {id: 'problem.end-before-start'});
    case 'ignored':
      return msg(str`${path}: ${found} is not known here and is ignored; the item is shown as usual.`, {
        id: 'problem.ignored',
      });
    case 'too-long':
      return msg(str`${path}: ${found} characters, more than the ${detail} a text may have. Shorten it.`, {
        id: 'problem.too-long',
      });
    case 'too-many':
      return msg(str`${path}: more than ${detail} entries; nothing is shown. Split it into smaller parts.`, {
        id: 'problem.too-many',
      });
  }
}
