import {expect} from '@open-wc/testing';
import {compilePattern, PatternError} from '../src/questionnaire/pattern.js';

// A questionnaire's regex runs on every keystroke: it must mean what JavaScript's RegExp
// means, and no pattern may make it slow.

const SAME_AS_REGEXP: [string, string[]][] = [
  ['^\\d{10}$', ['0123456789', '012345678', '01234567890', 'abcdefghij', '']],
  ['^[A-Z]{1,2}[0-9][0-9A-Z]? ?[0-9][A-Z]{2}$', ['SW1A 1AA', 'M1 1AE', 'sw1a 1aa', 'SW1A1AA', 'SW1A 1A']],
  ['^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$', ['a@b.se', 'a@b', 'a b@c.se', 'a@b.c.d', '@b.se']],
  ['^\\d{3}-\\d{3}-\\d{4}$', ['555-123-4567', '5551234567', '555-123-456']],
  ['^(?:\\+46|0)7\\d{8}$', ['+46701234567', '0701234567', '46701234567']],
  ['colou?r', ['color', 'colour', 'my colour scheme', 'colr']],
  ['^(yes|no|maybe)$', ['yes', 'no', 'maybe', 'yesno', '']],
  ['^(?<year>\\d{4})-(0[1-9]|1[0-2])$', ['2026-12', '2026-13', '26-12']],
  ['^[a-z]+\\b', ['word', 'word two', '123']],
  ['\\Bb', ['abc', 'bc']],
  ['^.{2,4}$', ['a', 'ab', 'abcd', 'abcde', 'a\nb']],
  ['^[\\u00e5\\u00e4\\u00f6]+$', ['åäö', 'aao']],
  ['^[-a-c.]*$', ['a-b.c', 'abd', '']],
  ['^a{2,}$', ['a', 'aa', 'aaaaa']],
  ['^(ab)*c$', ['c', 'abababc', 'abac']],
  ['^x*?y$', ['xxy', 'y', 'xx']],
  ['[]', ['', 'a']],
  ['^[^]$', ['a', '\n', 'ab']],
];

describe('questionnaire regex', () => {
  for (const [source, texts] of SAME_AS_REGEXP) {
    it(`/${source}/ matches what RegExp matches`, () => {
      const pattern = compilePattern(source);
      const reference = new RegExp(source);
      for (const text of texts) expect(pattern.test(text), JSON.stringify(text)).to.equal(reference.test(text));
    });
  }

  it('refuses what needs backtracking, and what is no pattern, saying what it is', () => {
    const refused: [string, RegExp][] = [
      ['(a)\\1', /backreference/],
      ['(?<x>a)\\k<x>', /backreference/],
      ['a(?=b)', /lookaround/],
      ['(?<!a)b', /lookaround/],
      ['(ab', /not closed/],
      ['ab)', /\) with no \(/],
      ['[ab', /not closed/],
      ['*a', /nothing to repeat/],
      ['a**', /two quantifiers/],
      ['a{3,1}', /less than its min/],
      ['[z-a]', /before its start/],
      ['\\p{L}', /escape \\p/],
      ['(a{100}){100}', /too large/],
      ['a'.repeat(1001), /longer than 1000/],
    ];
    for (const [source, reason] of refused) {
      expect(() => compilePattern(source), source).to.throw(PatternError, reason);
    }
  });

  it('checks in one pass what would make a backtracking engine run for ever', () => {
    // Each of these takes a backtracking engine exponential time on this text; a hang here fails the test by its timeout.
    const text = `${'a'.repeat(5000)}!`;
    for (const source of ['^(a+)+$', '^(a|a)*$', '^(a|aa)+$', '^(a*)*b', '(\\w+\\s?)+$']) {
      expect(compilePattern(source).test(text), source).to.equal(false);
    }
    expect(compilePattern('^(a+)+!$').test(text)).to.equal(true);
  });
});
