import {compare, equals, type Answer} from './answers.js';
import type {FormItem} from './model.js';

/**
 * What a person typed or chose, as the controls hold it: strings. Choices are the
 * index of the option (`"2"`), or `OTHER` for an open-choice's own words.
 */
export type Entries = Map<string, string[]>;

/** The value a choice control holds for "something else" on an open-choice question. */
export const OTHER = 'other';
/** The name an open choice's own words are sent under (a form posted without script); each answer goes under its item's linkId. */
export const otherName = (item: FormItem) => `${item.linkId}:${OTHER}`;

/** Why an entry cannot become an answer, as the person is told. */
export const ENTRY_ERRORS = [
  'required',
  'integer',
  'decimal',
  'too-small',
  'too-large',
  'url',
  'too-long',
  'other-missing',
  'date',
  'too-short',
  'decimal-places',
  'pattern',
  'too-few',
  'too-many',
] as const;
export type EntryError = (typeof ENTRY_ERRORS)[number];

export interface Reading {
  answers: Answer[];
  error?: EntryError;
}

const INTEGER = /^[-+]?\d+$/;
const DECIMAL = /^[-+]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `2026-11-22T14:05` (a datetime-local control) as a FHIR dateTime with this device's offset. */
export function localDateTime(value: string): string | undefined {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return undefined;
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const pad = (n: number) => String(Math.floor(Math.abs(n))).padStart(2, '0');
  const seconds = value.length > 16 ? '' : ':00';
  return `${value}${seconds}${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
}

function one(item: FormItem, text: string, choiceOther: string): Answer | EntryError | undefined {
  const value = text.trim();
  switch (item.type) {
    case 'boolean':
      return value === 'true'
        ? {kind: 'boolean', value: true}
        : value === 'false'
          ? {kind: 'boolean', value: false}
          : undefined;
    case 'integer':
      if (!value) return undefined;
      return INTEGER.test(value) ? {kind: 'integer', value: Number(value)} : 'integer';
    case 'decimal':
    case 'quantity': {
      if (!value) return undefined;
      if (!DECIMAL.test(value)) return 'decimal';
      const number = Number(value.replace(',', '.'));
      if (item.type === 'decimal') return {kind: 'decimal', value: number};
      // The unit chosen (its index, as `other`), else the first.
      const unit = item.units?.[Number(choiceOther) || 0]?.coding;
      return {kind: 'quantity', value: number, ...(unit ? {unit} : {})};
    }
    case 'date':
      if (!value) return undefined;
      return ISO_DATE.test(value) ? {kind: 'date', value} : 'date';
    case 'dateTime': {
      if (!value) return undefined;
      const instant = localDateTime(value);
      return instant ? {kind: 'dateTime', value: instant} : 'date';
    }
    case 'time':
      if (!value) return undefined;
      return /^\d{2}:\d{2}(:\d{2})?$/.test(value)
        ? {kind: 'time', value: value.length === 5 ? `${value}:00` : value}
        : 'date';
    case 'url':
      if (!value) return undefined;
      try {
        const url = new URL(value);
        return url.protocol === 'http:' || url.protocol === 'https:' ? {kind: 'uri', value} : 'url';
      } catch {
        return 'url';
      }
    case 'choice':
    case 'open-choice': {
      if (value === OTHER && item.type === 'open-choice') {
        const words = choiceOther.trim();
        return words ? {kind: 'string', value: words} : 'other-missing';
      }
      return item.choices[Number(value)]?.answer;
    }
    default:
      // string and text: the words exactly as written, only trimmed at the ends.
      return value ? {kind: 'string', value: text.trim()} : undefined;
  }
}

/** Reads a question's entries as typed answers, with the first reason they cannot be used. */
export function readEntries(item: FormItem, entries: readonly string[], other = ''): Reading {
  const answers: Answer[] = [];
  let error: EntryError | undefined;
  for (const text of entries) {
    const typed = text.trim();
    if (item.maxLength !== undefined && typed.length > item.maxLength) error ??= 'too-long';
    if (typed) error ??= item.check?.(typed);
    const read = one(item, text, other);
    if (typeof read === 'string') error ??= read;
    else if (read) {
      if (item.minValue && (compare(read, item.minValue) ?? 0) < 0) error ??= 'too-small';
      if (item.maxValue && (compare(read, item.maxValue) ?? 0) > 0) error ??= 'too-large';
      if (!answers.some((a) => a.kind === read.kind && equals(a, read) && a.kind !== 'string')) answers.push(read);
    }
  }
  if (answers.length === 0 && item.required && !error) error = 'required';
  if (answers.length > 0 && answers.length < (item.minOccurs ?? 0)) error ??= 'too-few';
  if (answers.length > (item.maxOccurs ?? Infinity)) error ??= 'too-many';
  return error ? {answers, error} : {answers};
}

/** An initial answer as the string its control holds (the option's index for choices). */
export function entryOf(item: FormItem, answer: Answer): string | undefined {
  if (item.choices.length > 0) {
    const index = item.choices.findIndex(
      (choice) => equals(choice.answer, answer) && choice.answer.kind === answer.kind,
    );
    if (index >= 0) return String(index);
    return item.type === 'open-choice' && answer.kind === 'string' ? OTHER : undefined;
  }
  switch (answer.kind) {
    case 'coding':
      return undefined;
    case 'dateTime':
      return answer.value.slice(0, 16);
    case 'time':
      return answer.value.slice(0, 5);
    default:
      return String(answer.value);
  }
}
