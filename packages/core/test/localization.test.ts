import {expect} from '@open-wc/testing';
import {describeProblem} from '@careloop/core/problem-text.js';
import {
  LOCALES,
  formatBytes,
  formatDate,
  formatLanguage,
  formatList,
  formatNumber,
  formatPeriod,
  getCareloopLocale,
  pluralCategory,
  resolveLocale,
  setCareloopLocale,
} from '@careloop/core';
import {tasksRun, until, useDocumentLanguage} from './support.js';

const problem = {code: 'required', path: 'item.title'} as const;

describe('localization', () => {
  afterEach(async () => {
    await useDocumentLanguage('en');
  });

  describe('resolveLocale', () => {
    const cases: [string | null, string][] = [
      ['en', 'en'],
      ['en-GB', 'en'],
      ['fr', 'fr'],
      ['fr-CA', 'fr'],
      ['FR-ca', 'fr'],
      ['sv-SE', 'sv'],
      ['sv-FI', 'sv'],
      ['nb', 'nb'],
      ['nb-NO', 'nb'],
      ['no', 'nb'],
      ['nn-NO', 'nb'],
      ['ar', 'en'],
      ['de-DE', 'en'],
      ['', 'en'],
      [null, 'en'],
      ['not a tag!', 'en'],
    ];
    for (const [tag, locale] of cases)
      it(`${JSON.stringify(tag)} → ${locale}`, () => expect(resolveLocale(tag)).to.equal(locale));
  });

  it('ships English, French, Swedish and Norwegian Bokmål', () => {
    expect([...LOCALES].sort()).to.deep.equal(['en', 'fr', 'nb', 'sv']);
  });

  it('follows <html lang> and changes live when it changes', async () => {
    expect(describeProblem(problem)).to.equal('item.title: this field is required but is missing.');
    document.documentElement.lang = 'fr-CA';
    await until(() => getCareloopLocale() === 'fr', 'French to load');
    expect(describeProblem(problem)).to.equal('item.title : ce champ est obligatoire mais il manque.');
    document.documentElement.lang = 'sv';
    await until(() => getCareloopLocale() === 'sv', 'Swedish to load');
    expect(describeProblem(problem)).to.equal('item.title: fältet är obligatoriskt men saknas.');
    document.documentElement.lang = 'no';
    await until(() => getCareloopLocale() === 'nb', 'Norwegian to load');
    expect(describeProblem(problem)).to.equal('item.title: feltet er påkrevd, men mangler.');
  });

  it('lets the API override <html lang>, and return to following it', async () => {
    await setCareloopLocale('nb');
    document.documentElement.lang = 'fr';
    await tasksRun();
    expect(getCareloopLocale()).to.equal('nb');
    await setCareloopLocale('auto');
    expect(getCareloopLocale()).to.equal('fr');
  });

  describe('Intl formatting follows the locale', () => {
    it('formats dates as calendar days, whatever the time zone', async () => {
      expect(formatDate('2026-03-01')).to.equal('March 1, 2026');
      await useDocumentLanguage('fr');
      expect(formatDate('2026-03-01')).to.equal('1 mars 2026');
      expect(formatDate('2026-03-01', 'month')).to.equal('mars 2026');
    });
    it('formats periods', async () => {
      await useDocumentLanguage('nb');
      expect(formatPeriod('2018-11-01', '2020-04-30')).to.match(/november 2018.+april 2020/);
      expect(formatPeriod('2020-04-30', '2018-11-01')).to.equal('april 2020');
    });
    it('formats numbers, sizes, lists and language names', async () => {
      await useDocumentLanguage('sv');
      // Engines differ in which space they put between number and unit; any space will do.
      expect(formatNumber(1234.5)).to.match(/^1\s234,5$/);
      expect(formatBytes(1_250_000)).to.match(/^1,3\sMB$/);
      expect(formatBytes(512)).to.match(/^512\sbyte$/);
      expect(formatList(['a', 'b', 'c'])).to.equal('a, b och c');
      expect(formatLanguage('fr').toLowerCase()).to.equal('franska');
      expect(formatLanguage('!!')).to.equal('!!');
    });
    it('chooses plural categories by the locale rules', async () => {
      expect(pluralCategory(1)).to.equal('one');
      expect(pluralCategory(0)).to.equal('other');
      await useDocumentLanguage('fr');
      expect(pluralCategory(0)).to.equal('one');
    });
  });
});
