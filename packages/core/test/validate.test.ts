import {expect} from '@open-wc/testing';
import {FieldReader, describeValue, isIsoDate, isLanguageTag, isSafeUrl} from '@careloop/core';
import {describeProblem} from '@careloop/core/problem-text.js';
import './support.js';

describe('validation', () => {
  describe('isSafeUrl', () => {
    const safe = [
      'https://example.org/guide',
      'http://example.org',
      '/guides/a.pdf',
      'guide.pdf',
      '#top',
      '?q=1',
      'mailto:team@example.org',
      'tel:+4712345678',
      '//cdn.example.org/x',
    ];
    const hostile = [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0000javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '',
      '   ',
      // The parser drops the line break, the raw value keeps it: a new line in a calendar file.
      'https://hospital.example/w\r\nATTACH:https://evil.example/',
      'https://hospital.example/\u0007bell',
    ];
    for (const url of safe) it(`accepts ${JSON.stringify(url)}`, () => expect(isSafeUrl(url)).to.equal(true));
    for (const url of hostile) it(`refuses ${JSON.stringify(url)}`, () => expect(isSafeUrl(url)).to.equal(false));
  });

  describe('isIsoDate', () => {
    it('accepts dates and date-times', () => {
      for (const d of ['2026-03-01', '2026-03-01T09:30', '2026-03-01T09:30:00Z', '2026-03-01T09:30:00.5+01:00']) {
        expect(isIsoDate(d), d).to.equal(true);
      }
    });
    it('refuses words, impossible days and other formats', () => {
      for (const d of ['tomorrow', '2026-02-30', '01/03/2026', '2026-13-01', '2026-3-1', '']) {
        expect(isIsoDate(d), d).to.equal(false);
      }
    });
  });

  it('checks language tags', () => {
    expect(isLanguageTag('fr-CA')).to.equal(true);
    expect(isLanguageTag('nb')).to.equal(true);
    expect(isLanguageTag('not a tag')).to.equal(false);
  });

  describe('FieldReader', () => {
    it('keeps what is right and names what is wrong', () => {
      const reader = new FieldReader();
      const obj = {
        title: '  Hello ',
        count: -1,
        kind: 'poster',
        list: ['a', 3],
        when: 'tomorrow',
        link: 'javascript:x',
      };
      expect(reader.text(obj, 'title', 'x.title', true)).to.equal('Hello');
      expect(reader.count(obj, 'count', 'x.count')).to.equal(undefined);
      expect(reader.choice(obj, 'kind', 'x.kind', ['guide', 'project'])).to.equal(undefined);
      expect(reader.textList(obj, 'list', 'x.list')).to.deep.equal(['a']);
      expect(reader.date(obj, 'when', 'x.when')).to.equal(undefined);
      expect(reader.url(obj, 'link', 'x.link')).to.equal(undefined);
      expect(reader.text(obj, 'missing', 'x.missing', true)).to.equal(undefined);
      expect(reader.problems.map((p) => `${p.code} ${p.path}`)).to.deep.equal([
        'wrong-type x.count',
        'not-allowed x.kind',
        'wrong-type x.list[1]',
        'wrong-type x.when',
        'unsafe-url x.link',
        'required x.missing',
      ]);
    });

    it('treats an empty required text as missing and an empty optional one as absent', () => {
      const reader = new FieldReader();
      expect(reader.text({a: ''}, 'a', 'a', true)).to.equal(undefined);
      expect(reader.text({b: ' '}, 'b', 'b')).to.equal(undefined);
      expect(reader.problems.map((p) => p.code)).to.deep.equal(['required']);
    });

    it('reads lists of allowed values and language tags', () => {
      const reader = new FieldReader();
      expect(reader.choiceList({a: ['x', 'y', 'z']}, 'a', 'a', ['x', 'z'])).to.deep.equal(['x', 'z']);
      expect(reader.languageList({l: ['FR-ca', 'nope nope']}, 'l', 'l')).to.deep.equal(['fr-CA']);
      expect(reader.object([], 'o')).to.equal(undefined);
      expect(reader.array({}, 'a')).to.equal(undefined);
      expect(reader.problems.map((p) => `${p.code} ${p.path}`)).to.deep.equal([
        'not-allowed a[1]',
        'wrong-type l[1]',
        'wrong-type o',
        'wrong-type a',
      ]);
    });
  });

  describe('problem messages', () => {
    it('name the field, what was expected and what was found', () => {
      const text = describeProblem({code: 'wrong-type', path: 'feed[3].start', expected: 'date', found: '"tomorrow"'});
      expect(text).to.equal('feed[3].start: expected an ISO 8601 date such as 2026-03-01, got "tomorrow".');
      expect(
        describeProblem({code: 'not-allowed', path: 'feed[0].kind', allowed: ['guide', 'project'], found: '"x"'}),
      ).to.contain('guide, project');
    });
    it('have words for every code', () => {
      const codes = [
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
      for (const code of codes)
        expect(describeProblem({code, path: 'x'}))
          .to.be.a('string')
          .and.not.equal('');
      for (const expected of [
        'object',
        'array',
        'text',
        'number',
        'whole-number',
        'date',
        'url',
        'language-tag',
      ] as const) {
        expect(describeProblem({code: 'wrong-type', path: 'x', expected, found: '1'})).to.match(
          /^x: expected .+, got 1\.$/,
        );
      }
    });
    it('shorten long and odd values', () => {
      expect(describeValue('a'.repeat(100))).to.have.length(58);
      expect(describeValue(undefined)).to.equal('undefined');
      expect(describeValue({a: 1})).to.equal('{"a":1}');
      const cyclic: Record<string, unknown> = {};
      cyclic['self'] = cyclic;
      expect(describeValue(cyclic)).to.equal('[object Object]');
    });
  });
});
