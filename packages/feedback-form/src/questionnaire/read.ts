import {FieldReader, describeValue, type ConfigProblem, type Parsed} from '@careloop/core';
import {fromValues, type Answer} from './answers.js';
import {EXT, type Coding, type Element, type Extension, type Values} from './fhir.js';
import {
  FACES,
  ITEM_TYPES,
  MAX_ITEMS,
  children,
  OPERATORS,
  walk,
  type Face,
  type AnswerChoice,
  type Condition,
  type Form,
  type FormItem,
  type ItemType,
} from './model.js';

export type Json = Record<string, unknown>;

/** FHIR item types outside the supported subset: kept in place as a visible notice. */
const UNSUPPORTED_TYPES = new Set(['attachment', 'reference', 'question']);

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
export const extensions = (element: unknown): Extension[] =>
  isObject(element) && Array.isArray(element['extension'])
    ? ((element['extension'] as unknown[]).filter(isObject) as unknown as Extension[])
    : [];
export const extension = (element: unknown, url: string) => extensions(element).find((e) => e.url === url);

/** The translation of an element for `locale` (exact tag, then language), from the FHIR translation extension. */
export function translated(element: Element | undefined, locale: string): string | undefined {
  const candidates = extensions(element)
    .filter((e) => e.url === EXT.translation)
    // Whatever a publisher wrote (`extension: "x"`, `[null]`, a numeric code) is no translation.
    .map((e) => ({lang: extension(e, 'lang')?.valueCode, content: extension(e, 'content')?.valueString}))
    .filter((t): t is {lang: string; content: string} => typeof t.lang === 'string' && typeof t.content === 'string');
  const wanted = locale.toLowerCase();
  const language = wanted.split('-')[0];
  const lang = (t: {lang: string}) => t.lang.toLowerCase();
  return (candidates.find((t) => lang(t) === wanted) ?? candidates.find((t) => lang(t).split('-')[0] === language))
    ?.content;
}

/** `answerX` of an enableWhen, as the value[x] it stands for. */
function enableWhenAnswer(condition: Json): Answer | undefined {
  const values: Values = {};
  for (const [key, value] of Object.entries(condition)) {
    if (key.startsWith('answer')) (values as Json)[`value${key.slice('answer'.length)}`] = value;
  }
  return fromValues(values);
}

export function codingLabel(coding: Coding, locale: string): string {
  return translated(coding._display, locale) ?? coding.display ?? coding.code ?? '';
}

function choiceLabel(answer: Answer, locale: string): string {
  return answer.kind === 'coding' ? codingLabel(answer.value, locale) : String(answer.value);
}

/**
 * Reads what the core reader leaves to it: the SDC extensions on an item and its answer
 * options, and its answerValueSet (sdc.ts, a chunk of its own).
 */
export type SdcReader = (
  obj: Json,
  item: FormItem,
  path: string,
  context: Context,
  options: [Json, AnswerChoice][],
) => void;

export interface Context {
  reader: FieldReader;
  locale: string;
  contained: Json[];
  sdc: SdcReader | undefined;
  /** Set when the questionnaire has something only the SDC reader reads, and it was not given. */
  partial?: boolean;
}

/** Extensions the core reader reads itself; any other makes the SDC reader needed. */
const CORE = new Set<string>([EXT.translation, EXT.face, EXT.hidden]);
const foreign = (element: unknown) => extensions(element).some((e) => !CORE.has(e.url));

function readItem(raw: unknown, path: string, context: Context): FormItem | undefined {
  const {reader, locale} = context;
  const obj = reader.object(raw, path);
  if (!obj) return undefined;
  const linkId = reader.text(obj, 'linkId', `${path}.linkId`, true);
  const rawType = reader.text(obj, 'type', `${path}.type`, true);
  if (linkId === undefined || rawType === undefined) return undefined;

  let unsupported: string | undefined;
  let type: ItemType;
  if ((ITEM_TYPES as readonly string[]).includes(rawType)) type = rawType as ItemType;
  else {
    unsupported = UNSUPPORTED_TYPES.has(rawType) ? `type ${rawType}` : `type ${describeValue(rawType)}`;
    reader.report({code: 'unsupported', path: `${path}.type`, found: describeValue(rawType)});
    type = 'display';
  }

  const known = reader.problems.length;
  const text = translated(obj['_text'] as Element, locale) ?? reader.text(obj, 'text', `${path}.text`);
  // A question whose words cannot be read (too long, not text) is a notice, not a question without words.
  if (text === undefined && reader.problems.length > known) unsupported ??= 'text';
  const item: FormItem = {
    linkId,
    type,
    text: text ?? '',
    required: false,
    repeats: false,
    readOnly: false,
    choices: [],
    initial: [],
    enableWhen: [],
    enableBehavior: 'all',
    hidden: false,
    items: [],
  };
  const prefix = translated(obj['_prefix'] as Element, locale) ?? reader.text(obj, 'prefix', `${path}.prefix`);
  if (prefix) item.prefix = prefix;
  for (const flag of ['required', 'repeats', 'readOnly'] as const) {
    const value = obj[flag];
    if (typeof value === 'boolean') item[flag] = value;
    else if (value !== undefined)
      reader.report({code: 'wrong-type', path: `${path}.${flag}`, expected: 'boolean', found: describeValue(value)});
  }
  const maxLength = reader.count(obj, 'maxLength', `${path}.maxLength`);
  if (maxLength !== undefined) item.maxLength = maxLength;

  /** Each answer option read, with what it was read from (its extensions are the SDC reader's). */
  const options: [Json, AnswerChoice][] = [];
  if (Array.isArray(obj['answerOption'])) {
    obj['answerOption'].forEach((option, i) => {
      const answer = isObject(option) ? fromValues(option) : undefined;
      if (!answer) {
        reader.report({
          code: 'wrong-type',
          path: `${path}.answerOption[${i}]`,
          expected: 'answer',
          found: describeValue(option),
        });
        return;
      }
      const choice: AnswerChoice = {
        answer,
        label: choiceLabel(answer, locale),
        initialSelected: (option as Json)['initialSelected'] === true,
      };
      const face = extension(option, EXT.face)?.valueCode;
      if ((FACES as readonly unknown[]).includes(face)) choice.face = face as Face;
      item.choices.push(choice);
      options.push([option as Json, choice]);
    });
  }
  if (Array.isArray(obj['initial'])) {
    for (const initial of obj['initial']) {
      const answer = isObject(initial) ? fromValues(initial) : undefined;
      if (answer) item.initial.push(answer);
    }
  }

  if (Array.isArray(obj['enableWhen'])) {
    obj['enableWhen'].forEach((raw, i) => {
      const where = `${path}.enableWhen[${i}]`;
      const condition = reader.object(raw, where);
      if (!condition) return;
      const question = reader.text(condition, 'question', `${where}.question`, true);
      const operator = reader.choice(condition, 'operator', `${where}.operator`, OPERATORS, true);
      const answer = enableWhenAnswer(condition);
      if (!answer) reader.report({code: 'required', path: `${where}.answer[x]`});
      if (question && operator && answer) item.enableWhen.push({question, operator, answer} satisfies Condition);
    });
  }
  const behavior = reader.choice(obj, 'enableBehavior', `${path}.enableBehavior`, ['all', 'any'] as const);
  if (behavior) item.enableBehavior = behavior;

  // A modifier extension changes what the item means: one this form does not know makes it a notice.
  const modifier = obj['modifierExtension'];
  if (Array.isArray(modifier) && modifier.length > 0) {
    const url = (modifier[0] as Json | null)?.['url'];
    unsupported ??= `modifierExtension ${describeValue(url)}`;
    reader.report({code: 'unsupported', path: `${path}.modifierExtension`, found: describeValue(url)});
  }
  if (unsupported) item.unsupported = unsupported;
  item.hidden = extension(obj, EXT.hidden)?.valueBoolean === true;
  // Every other extension, and value sets, are read by the SDC reader (sdc.ts), loaded when a questionnaire has any.
  if (
    foreign(obj) ||
    foreign(obj['_text']) ||
    options.some(([raw]) => foreign(raw)) ||
    obj['answerValueSet'] !== undefined
  ) {
    if (context.sdc) context.sdc(obj, item, path, context, options);
    else context.partial = true;
  }

  if (Array.isArray(obj['item'])) {
    obj['item'].forEach((child, i) => {
      const read = readItem(child, `${path}.item[${i}]`, context);
      // Help and instructions go with their question or group; under a display text they stay items.
      if (read) (read.hint && type !== 'display' ? (item.help ??= []) : item.items).push(read);
    });
  }
  return item;
}

/** How many items, at any depth, before reading them (stops counting past the limit). */
function countItems(list: readonly unknown[]): number {
  let count = 0;
  const stack = [...list];
  while (stack.length > 0 && count <= MAX_ITEMS) {
    const next = stack.pop();
    count++;
    if (isObject(next) && Array.isArray(next['item'])) stack.push(...(next['item'] as unknown[]));
  }
  return count;
}

/** Finds the linkId of an item whose enableWhen depends, through any chain, on itself. */
function findCycle(items: readonly FormItem[]): string | undefined {
  const byId = new Map([...walk(items)].map((item) => [item.linkId, item]));
  const parent = new Map<string, string>();
  for (const item of byId.values()) for (const child of children(item)) parent.set(child.linkId, item.linkId);
  // An item's enablement depends on the questions its conditions read and on its parent's.
  const dependsOn = (id: string) => [
    ...(byId.get(id)?.enableWhen.map((c) => c.question) ?? []),
    ...(parent.has(id) ? [parent.get(id)!] : []),
  ];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string): string | undefined => {
    if (state.get(id) === 'done') return undefined;
    if (state.get(id) === 'visiting') return id;
    state.set(id, 'visiting');
    for (const next of dependsOn(id)) {
      const found = visit(next);
      if (found) return found;
    }
    state.set(id, 'done');
    return undefined;
  };
  for (const id of byId.keys()) {
    const found = visit(id);
    if (found) return found;
  }
  return undefined;
}

/**
 * Reads a FHIR R4 Questionnaire for rendering in `locale`. Problems with single items
 * are reported and the items shown as well as they can be; a questionnaire whose
 * logic cannot be trusted (a linkId used twice, an enableWhen pointing at a missing
 * item, or a cycle of enableWhen) is refused whole, naming the linkId.
 *
 * Without `sdc`, SDC extensions and value sets are not read, and the result says
 * `partial` when the questionnaire has any (the element then loads the SDC reader and
 * reads it again). `readQuestionnaire` in the package's index reads everything.
 */
export function readQuestionnaire(raw: unknown, locale: string, sdc?: SdcReader): Parsed<Form> & {partial?: boolean} {
  const reader = new FieldReader();
  const obj = reader.object(raw, 'questionnaire');
  if (!obj) return {value: undefined, problems: reader.problems};
  reader.choice(obj, 'resourceType', 'questionnaire.resourceType', ['Questionnaire'] as const, true);
  if (reader.problems.length > 0) return {value: undefined, problems: reader.problems};
  const contained = Array.isArray(obj['contained']) ? obj['contained'].filter(isObject) : [];
  const context: Context = {reader, locale, contained, sdc};
  const items: FormItem[] = [];
  const list = obj['item'] === undefined ? [] : (reader.array(obj['item'], 'questionnaire.item') ?? []);
  if (countItems(list) > MAX_ITEMS) {
    return {value: undefined, problems: [{code: 'too-many', path: 'questionnaire.item', detail: String(MAX_ITEMS)}]};
  }
  list.forEach((raw, i) => {
    const item = readItem(raw, `item[${i}]`, context);
    if (item) items.push(item);
  });

  const fatal: ConfigProblem[] = [];
  const seen = new Set<string>();
  for (const item of walk(items)) {
    if (seen.has(item.linkId)) fatal.push({code: 'duplicate-id', path: 'linkId', found: JSON.stringify(item.linkId)});
    seen.add(item.linkId);
  }
  for (const item of walk(items)) {
    for (const condition of item.enableWhen) {
      if (!seen.has(condition.question)) {
        fatal.push({
          code: 'unknown-reference',
          path: `${item.linkId}.enableWhen`,
          found: JSON.stringify(condition.question),
        });
      }
    }
  }
  if (fatal.length === 0) {
    const cycle = findCycle(items);
    if (cycle) fatal.push({code: 'cyclic-condition', path: `${cycle}.enableWhen`, found: JSON.stringify(cycle)});
  }
  const problems = [...reader.problems, ...fatal];
  if (fatal.length > 0) return {value: undefined, problems};

  const url = typeof obj['url'] === 'string' ? obj['url'] : undefined;
  const version = typeof obj['version'] === 'string' ? obj['version'] : undefined;
  const title =
    translated(obj['_title'] as Element, locale) ?? (typeof obj['title'] === 'string' ? obj['title'] : undefined);
  const form: Form = {items};
  if (url) form.canonical = version ? `${url}|${version}` : url;
  if (title) form.title = title;
  if ([...walk(items)].some((item) => item.expressions)) form.source = obj;
  return {value: form, problems, ...(context.partial ? {partial: true} : {})};
}
