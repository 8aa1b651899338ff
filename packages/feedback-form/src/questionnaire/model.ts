import type {Answer} from './answers.js';
import type {EntryError} from './entry.js';
import type {Coding} from './fhir.js';
import type {HINTS, ITEM_CONTROLS} from './hints.js';

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

export type ItemControl = (typeof ITEM_CONTROLS)[number];
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
  /**
   * On a group, SDC's layout: `page` (itemControl `page` or `step`), a step of its own;
   * `tabs` (`tab-container`), its groups (`tab`) each a step; `table` (`gtable`, `htable`,
   * `table`, `grid`), its questions with the same answers as rows of one table.
   */
  layout?: 'page' | 'tabs' | 'table';
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
  /** Its FHIRPath (SDC expression extensions), worked out by questionnaire/expressions.ts once loaded. */
  expressions?: Expressions;
  /**
   * An answerValueSet held elsewhere (not contained): the item is answered in words
   * (`type` string) until a terminology server expands it, which gives it back `type`.
   */
  valueSet?: {url: string; type: 'choice' | 'open-choice'};
  /** In an instance of a repeating group after its first: the linkId of the item this copies. */
  copyOf?: string;
  /** On such an instance itself: the linkId of the group's first instance. */
  instanceOf?: string;
  /** Set when the item, or something in it, is beyond the supported subset: shown as a notice. */
  unsupported?: string;
  items: FormItem[];
}

/** An item's FHIRPath expressions (each `text/fhirpath`), and the variables they may use. */
export interface Expressions {
  /** Its answer, worked out again from the other answers as they change (the item is read-only). */
  calculated?: string;
  /** Its answer when the form starts, if it has none. */
  initial?: string;
  /** Whether it is enabled, in place of enableWhen. */
  enableWhen?: string;
  /** Its answer options, worked out again as the answers change (answerExpression). */
  options?: string;
  /** `[name, expression]`, as `%name` to this item's expressions and those of the items inside it. */
  variables?: [string, string][];
}

export interface Form {
  /** `url|version`, the canonical the response points at. */
  canonical?: string;
  title?: string;
  items: FormItem[];
  /** The questionnaire as given, for FHIRPath (`%questionnaire`, its variables): only when an item has an expression. */
  source?: Record<string, unknown>;
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
/** An item's name where space is short (the error summary, a step's heading, a combobox): its shortText, else its text. */
export const shortName = (item: FormItem) => item.shortText ?? item.text;

export const answerable = (item: FormItem) => item.type !== 'group' && item.type !== 'display' && !item.unsupported;

/** Questions answered in the person's own words, looked at for identifying details. */
export const isFreeText = (item: FormItem) =>
  item.type === 'string' || item.type === 'text' || item.type === 'open-choice';
