import {describeValue, type ConfigProblem, type Expectation} from './problems.js';

/**
 * The longest text a configuration field may hold (about five pages): a longer one is
 * refused with a `too-long` problem, so that no feed or questionnaire can make a widget
 * render megabytes of words.
 */
export const LONGEST_TEXT = 10_000;

/** Schemes a configured link may use. Anything else (javascript:, data:, vbscript:, file:) is refused. */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * Whether `value` is a link that is safe to put in an `href` or `src`.
 * Relative addresses are resolved against a placeholder base so they count as https.
 * The URL parser strips the tabs, newlines and leading spaces that attackers use
 * to hide a `javascript:` scheme, so the scheme we check is the one a browser would use.
 */
export function isSafeUrl(value: string): boolean {
  // The parser would drop a line break the raw value still holds (in a calendar file or a header, a new line).
  if (value.trim() === '' || /\p{Cc}/u.test(value.trim())) return false;
  try {
    return SAFE_SCHEMES.has(new URL(value, 'https://relative.invalid/').protocol);
  } catch {
    return false;
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/** Whether `value` is an ISO 8601 calendar date or date-time that names a real day. */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const [year, month, day] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Whether `value` is a well-formed BCP 47 language tag. */
export function isLanguageTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

type Json = Record<string, unknown>;

/**
 * Reads fields out of untrusted JSON, collecting a precise problem for each one
 * that is wrong and returning `undefined` for it, so the caller can keep what is right.
 */
export class FieldReader {
  readonly problems: ConfigProblem[] = [];

  /** Records a problem at `path`. */
  report(problem: ConfigProblem): void {
    this.problems.push(problem);
  }

  private wrongType(path: string, expected: Expectation, value: unknown): undefined {
    this.report({code: 'wrong-type', path, expected, found: describeValue(value)});
    return undefined;
  }

  private present(obj: Json, key: string, path: string, required: boolean): boolean {
    const value = obj[key];
    if (value !== undefined && value !== null) return true;
    if (required) this.report({code: 'required', path});
    return false;
  }

  object(value: unknown, path: string): Json | undefined {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Json;
    this.wrongType(path, 'object', value);
    return undefined;
  }

  /** A list, holes made `undefined` (a sparse array given as a property): every entry is read and named. */
  array(value: unknown, path: string): unknown[] | undefined {
    if (Array.isArray(value)) return [...(value as unknown[])];
    this.wrongType(path, 'array', value);
    return undefined;
  }

  /** A non-empty text, trimmed, of at most LONGEST_TEXT characters. */
  text(obj: Json, key: string, path: string, required = false): string | undefined {
    if (!this.present(obj, key, path, required)) return undefined;
    const value = obj[key];
    if (typeof value === 'string' && value.length > LONGEST_TEXT) {
      this.report({code: 'too-long', path, found: String(value.length), detail: String(LONGEST_TEXT)});
      return undefined;
    }
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    if (typeof value === 'string' && !required) return undefined;
    if (typeof value === 'string') {
      this.report({code: 'required', path});
      return undefined;
    }
    this.wrongType(path, 'text', value);
    return undefined;
  }

  /** A whole number of zero or more. */
  count(obj: Json, key: string, path: string): number | undefined {
    if (!this.present(obj, key, path, false)) return undefined;
    const value = obj[key];
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
    this.wrongType(path, 'whole-number', value);
    return undefined;
  }

  /** One of `allowed`. */
  choice<T extends string>(
    obj: Json,
    key: string,
    path: string,
    allowed: readonly T[],
    required = false,
  ): T | undefined {
    if (!this.present(obj, key, path, required)) return undefined;
    const value = obj[key];
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    this.report({code: 'not-allowed', path, allowed, found: describeValue(value)});
    return undefined;
  }

  /** A list of non-empty texts; wrong entries are reported and left out. */
  textList(obj: Json, key: string, path: string): string[] {
    if (!this.present(obj, key, path, false)) return [];
    const list = this.array(obj[key], path) ?? [];
    const out: string[] = [];
    list.forEach((_, i) => {
      const entry = this.text(list as unknown as Json, String(i), `${path}[${i}]`, true);
      if (entry !== undefined) out.push(entry);
    });
    return out;
  }

  /** A list of values from `allowed`; unknown entries are reported and left out. */
  choiceList<T extends string>(obj: Json, key: string, path: string, allowed: readonly T[]): T[] {
    return this.textList(obj, key, path).filter((entry, i): entry is T => {
      if ((allowed as readonly string[]).includes(entry)) return true;
      this.report({code: 'not-allowed', path: `${path}[${i}]`, allowed, found: describeValue(entry)});
      return false;
    });
  }

  /** A list of BCP 47 language tags, canonicalised. */
  languageList(obj: Json, key: string, path: string): string[] {
    return this.textList(obj, key, path).flatMap((entry, i) => {
      if (isLanguageTag(entry)) return Intl.getCanonicalLocales(entry);
      this.wrongType(`${path}[${i}]`, 'language-tag', entry);
      return [];
    });
  }

  /** One BCP 47 language tag, canonicalised. */
  language(obj: Json, key: string, path: string): string | undefined {
    const value = this.text(obj, key, path);
    if (value === undefined) return undefined;
    if (isLanguageTag(value)) return Intl.getCanonicalLocales(value)[0];
    this.wrongType(path, 'language-tag', value);
    return undefined;
  }

  /** An ISO 8601 date or date-time. */
  date(obj: Json, key: string, path: string, required = false): string | undefined {
    const value = this.text(obj, key, path, required);
    if (value === undefined) return undefined;
    if (isIsoDate(value)) return value;
    this.wrongType(path, 'date', value);
    return undefined;
  }

  /** A link with a safe scheme. */
  url(obj: Json, key: string, path: string, required = false): string | undefined {
    const value = this.text(obj, key, path, required);
    if (value === undefined) return undefined;
    if (isSafeUrl(value)) return value;
    this.report({code: 'unsafe-url', path, found: describeValue(value)});
    return undefined;
  }
}
