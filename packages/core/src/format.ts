import {getCareloopLocale} from './localization.js';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

const formatters = new Map<string, unknown>();

/**
 * An Intl formatter for the active locale, made once and reused: building one costs
 * far more than using it, and a list renders hundreds of dates and numbers.
 */
function formatter<T>(kind: string, options: object, make: (locale: string) => T): T {
  const locale = getCareloopLocale();
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let made = formatters.get(key) as T | undefined;
  if (made === undefined) {
    made = make(locale);
    formatters.set(key, made);
  }
  return made;
}

const dateFormat = (options: Intl.DateTimeFormatOptions) =>
  formatter('date', options, (locale) => new Intl.DateTimeFormat(locale, options));

/**
 * Reads an ISO 8601 date or date-time. A date alone is a calendar day, not an
 * instant, so it is read as UTC and later formatted in UTC: it never shifts to
 * the previous day west of Greenwich.
 */
function parse(iso: string): {date: Date; dateOnly: boolean} {
  const dateOnly = DATE_ONLY.test(iso);
  return {date: new Date(dateOnly ? `${iso}T00:00:00Z` : iso), dateOnly};
}

/** A date in the active locale, e.g. "3 March 2026" or "3 mars 2026". */
export function formatDate(iso: string, style: 'long' | 'month' = 'long'): string {
  const {date, dateOnly} = parse(iso);
  const options: Intl.DateTimeFormatOptions =
    style === 'month' ? {year: 'numeric', month: 'long'} : {dateStyle: 'long'};
  if (dateOnly) options.timeZone = 'UTC';
  return dateFormat(options).format(date);
}

/** A period such as "November 2018 – April 2020", in the active locale. */
export function formatPeriod(startIso: string, endIso: string): string {
  const start = parse(startIso);
  const end = parse(endIso);
  const options: Intl.DateTimeFormatOptions = {year: 'numeric', month: 'long'};
  if (start.dateOnly && end.dateOnly) options.timeZone = 'UTC';
  const format = dateFormat(options);
  return start.date <= end.date ? format.formatRange(start.date, end.date) : format.format(start.date);
}

/** A number in the active locale. */
export function formatNumber(value: number): string {
  return formatter('number', {}, (locale) => new Intl.NumberFormat(locale)).format(value);
}

/** A file size, e.g. "1.2 MB" or "1,2 Mo". */
export function formatBytes(bytes: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const options: Intl.NumberFormatOptions = {
    style: 'unit',
    unit: units[unit],
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0,
  };
  return formatter('number', options, (locale) => new Intl.NumberFormat(locale, options)).format(value);
}

/** A duration in minutes, e.g. "12 minutes" or "12 minuter". */
export function formatMinutes(minutes: number): string {
  const options: Intl.NumberFormatOptions = {style: 'unit', unit: 'minute', unitDisplay: 'long'};
  return formatter('number', options, (locale) => new Intl.NumberFormat(locale, options)).format(minutes);
}

/** The name of a language in that language itself, e.g. `fr` → "français". */
export function formatAutonym(tag: string): string {
  try {
    return formatter(tag, {}, () => new Intl.DisplayNames([tag], {type: 'language'})).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** A list such as "patients, families and carers", in the active locale. */
export function formatList(items: readonly string[]): string {
  return formatter('list', {}, (locale) => new Intl.ListFormat(locale, {style: 'long', type: 'conjunction'})).format(
    items,
  );
}

/** The name of a language in the active locale, e.g. `sv` → "Swedish" or "suédois". */
export function formatLanguage(tag: string): string {
  try {
    return formatter('language', {}, (locale) => new Intl.DisplayNames(locale, {type: 'language'})).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** The plural category of `count` in the active locale, to choose a message. */
export function pluralCategory(count: number): Intl.LDMLPluralRule {
  return formatter('plural', {}, (locale) => new Intl.PluralRules(locale)).select(count);
}
