import type {Answer} from './answers.js';

/** Item types the form renders (FHIR R4 Questionnaire item types, less attachment, reference and quantity). */
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
] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

export const OPERATORS = ['exists', '=', '!=', '>', '<', '>=', '<='] as const;
export type Operator = (typeof OPERATORS)[number];

export const ITEM_CONTROLS = ['radio-button', 'check-box', 'drop-down', 'slider'] as const;
export type ItemControl = (typeof ITEM_CONTROLS)[number];

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
}

/** Faces of the pictorial scale, from happiest to saddest, and "don't know". */
export const FACES = ['very-good', 'good', 'neither', 'poor', 'very-poor', 'dont-know'] as const;
export type Face = (typeof FACES)[number];

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

/** Every item of a form, depth first, in document order. */
export function* walk(items: readonly FormItem[]): Generator<FormItem> {
  for (const item of items) {
    yield item;
    yield* walk(item.items);
  }
}

/** Whether the person can answer the item at all (not a group, a display text or a question outside the subset). */
export const answerable = (item: FormItem) => item.type !== 'group' && item.type !== 'display' && !item.unsupported;

/** Questions answered in the person's own words, looked at for identifying details. */
export const isFreeText = (item: FormItem) =>
  item.type === 'string' || item.type === 'text' || item.type === 'open-choice';
