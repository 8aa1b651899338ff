import type {Answer} from './answers.js';
import type {EntryError} from './entry.js';
import type {Coding} from './fhir.js';

/** Item types the form renders (FHIR R4 Questionnaire item types, less attachment and reference). */
export const ITEM_TYPES = [
  'group',
  'display',
  'boolean',
  'decimal',
  'integer',
  'date',
  'dateTime',
  'time',
  'string',
  'text',
  'url',
  'choice',
  'open-choice',
  'quantity',
] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

export const OPERATORS = ['exists', '=', '!=', '>', '<', '>=', '<='] as const;
export type Operator = (typeof OPERATORS)[number];

export const ITEM_CONTROLS = ['radio-button', 'check-box', 'drop-down', 'slider'] as const;
export type ItemControl = (typeof ITEM_CONTROLS)[number];

/**
 * How a display item goes with the question (or group) it is in, rather than standing
 * as an item of its own: SDC's itemControl codes for text, or its displayCategory.
 * `help` and `flyover` open as a disclosure; `lower` and `upper` name a slider's ends;
 * the others are shown as hint text.
 */
export const HINTS = [
  'help',
  'flyover',
  'prompt',
  'legal',
  'context-display',
  'instructions',
  'security',
  'lower',
  'upper',
] as const;
export type Hint = (typeof HINTS)[number];

export interface Condition {
  question: string;
  operator: Operator;
  answer: Answer;
}

export interface AnswerChoice {
  answer: Answer;
  /** What the person reads, in the active locale where a translation exists. */
  label: string;
  initialSelected: boolean;
  /** The face drawn for this answer on a pictorial scale (Careloop's face extension). */
  face?: Face;
  /** "None of these" (optionExclusive): choosing it clears the other answers, and another clears it. */
  exclusive?: boolean;
}

/** Faces of the pictorial scale, from happiest to saddest, and "don't know". */
export const FACES = ['very-good', 'good', 'neither', 'poor', 'very-poor', 'dont-know'] as const;
export type Face = (typeof FACES)[number];

/** A unit a quantity can be given in (questionnaire-unit, unitOption or unitValueSet). */
export interface Unit {
  coding: Coding;
  /** What the person reads, in the active locale where a translation exists. */
  label: string;
}

/** Most items a questionnaire may have; more is refused rather than freezing the page. */
export const MAX_ITEMS = 1000;

/** One questionnaire item, read and checked, ready to render. */
export interface FormItem {
  linkId: string;
  type: ItemType;
  /** The question or display text, in the active locale where a translation exists. */
  text: string;
  /** Sanitise before rendering: the rendering-xhtml alternative to `text`. */
  xhtml?: string;
  /** The rendering-markdown alternative to `text` (rendered without parsing HTML). */
  markdown?: string;
  /** What the error summary and the progress call the item (sdc-questionnaire-shortText). */
  shortText?: string;
  /** The words of an open choice's "something else" (sdc-questionnaire-openLabel). */
  openLabel?: string;
  /** Answers side by side rather than one under another (choiceOrientation horizontal). */
  horizontal?: boolean;
  /** How far a slider moves in one step (sliderStepValue). */
  step?: number;
  prefix?: string;
  required: boolean;
  repeats: boolean;
  readOnly: boolean;
  maxLength?: number;
  choices: AnswerChoice[];
  initial: Answer[];
  enableWhen: Condition[];
  enableBehavior: 'all' | 'any';
  control?: ItemControl;
  hidden: boolean;
  minValue?: Answer;
  maxValue?: Answer;
  placeholder?: string;
  /** A quantity's units; the first is the one used until the person chooses another. */
  units?: Unit[];
  /** SDC's limits on what is typed, for the words of their errors. */
  minLength?: number;
  maxDecimalPlaces?: number;
  /** Checks one answer as typed against those limits and the item's regex (made by the SDC reader). */
  check?: (typed: string) => EntryError | undefined;
  /** How many answers a repeating question needs at least, and takes at most. */
  minOccurs?: number;
  maxOccurs?: number;
  /** On a display item: shown with its question as help or instructions (`help` of the question). */
  hint?: Hint;
  /** Display items shown with this question or group, read with it (aria-describedby). */
  help?: FormItem[];
  /** Where to read more about the question (sdc-questionnaire-supportLink), a safe link. */
  supportLink?: string;
  /** Set when the item, or something in it, is beyond the supported subset: shown as a notice. */
  unsupported?: string;
  items: FormItem[];
}

export interface Form {
  /** `url|version`, the canonical the response points at. */
  canonical?: string;
  title?: string;
  items: FormItem[];
}

/** The items within an item: its help and instructions, then its items. */
export const children = (item: FormItem): FormItem[] => [...(item.help ?? []), ...item.items];

/** Every item of a form (help and instructions included), depth first, in document order. */
export function* walk(items: readonly FormItem[]): Generator<FormItem> {
  for (const item of items) {
    yield item;
    yield* walk(children(item));
  }
}

/** Whether the person can answer the item at all (not a group, a display text or a question outside the subset). */
export const answerable = (item: FormItem) => item.type !== 'group' && item.type !== 'display' && !item.unsupported;

/** Questions answered in the person's own words, looked at for identifying details. */
export const isFreeText = (item: FormItem) =>
  item.type === 'string' || item.type === 'text' || item.type === 'open-choice';
