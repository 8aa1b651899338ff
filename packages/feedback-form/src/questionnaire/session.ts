import type {Answer} from './answers.js';
import {enabledItems} from './enable.js';
import {entryOf, readEntries, type Entries, type EntryError, type Reading} from './entry.js';
import {answerable, isFreeText, walk, type Form, type FormItem} from './model.js';
import {answersByLinkId, buildResponse} from './response.js';

/**
 * Works out a form's FHIRPath (questionnaire/expressions.ts) after every change: sets the
 * session's calculated answers (and, the first time, the initial answers of items that
 * have none), and says which items with an enableWhenExpression are enabled.
 */
export type Calculator = (session: QuestionnaireSession) => ReadonlyMap<string, boolean>;

/** What a person has entered so far, as kept in a draft: plain data, safe to store as JSON. */
export interface SessionSnapshot {
  entries: [string, string[]][];
  others: [string, string][];
  /** The instances of each repeating group beyond its first (see `instances`). */
  groups?: [string, number[]][];
}

/** An answer the person must give or change before the form can be sent. */
export interface SessionProblem {
  item: FormItem;
  /** The control's id inside the element (`q3`). */
  target: string;
  error: EntryError;
}

/** Pairs `[string, T]` out of stored data, dropping anything of another shape. */
function pairs<T>(value: unknown, isValue: (v: unknown) => v is T): [string, T][] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (pair): pair is [string, T] => Array.isArray(pair) && typeof pair[0] === 'string' && isValue(pair[1]),
  );
}
const isString = (v: unknown): v is string => typeof v === 'string';
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);

/**
 * The answering state of one questionnaire, apart from the DOM: what the person
 * entered, what it reads as, which items are enabled and asked, the steps and the
 * problems. The element renders it; node tests drive it directly.
 *
 * Every change reads the entries again, so what a getter returns is always current.
 */
export class QuestionnaireSession {
  /** Entries as the controls hold them, by linkId. */
  readonly entries: Entries = new Map();
  /** The second part of an answer, by linkId: the words of an open choice's "something else", or a quantity's unit (its index). */
  readonly others = new Map<string, string>();
  /** A control id for every item, stable for this questionnaire (`q0`, `q1`…; `q3-2` in a group's second instance). */
  readonly ids: Map<string, string>;
  /**
   * The form as answered now: `form` with each repeating group once per instance. An
   * instance after the first is a copy whose items' linkIds end in `#n` (n its serial: 2, 3…,
   * one more than the highest in use), so that every answer has a key of its own; the response gives each
   * instance the group's own linkId.
   */
  current: Form;
  /** The serials of each repeating group's instances after the first, by the group's (current) linkId. */
  readonly instances = new Map<string, number[]>();
  readings = new Map<string, Reading>();
  answers = new Map<string, Answer[]>();
  enabled = new Set<string>();
  /** Items the person is asked now: enabled and visible, with every group around them. */
  #asked = new Set<string>();
  #calculator: Calculator | undefined;

  /**
   * Starts answering `form`: from what was entered in `previous` (the same questionnaire
   * read again, in another language), else from the questionnaire's initial answers.
   */
  constructor(
    readonly form: Form,
    previous?: SessionSnapshot,
  ) {
    const items = [...walk(form.items)];
    this.ids = new Map(items.map((item, i) => [item.linkId, `q${i}`]));
    this.current = form;
    for (const item of items) {
      if (!answerable(item)) continue;
      const initial = [
        ...item.initial.map((answer) => entryOf(item, answer)),
        ...item.choices.flatMap((choice, i) => (choice.initialSelected ? [String(i)] : [])),
      ].filter((entry): entry is string => entry !== undefined);
      if (initial.length > 0)
        this.entries.set(item.linkId, item.repeats || item.choices.length > 0 ? initial : initial.slice(0, 1));
    }
    if (previous) this.restore(previous);
    else this.#evaluate();
  }

  /** Works out the form's expressions from now on. */
  calculate(calculator: Calculator): void {
    this.#calculator = calculator;
    this.#evaluate();
  }

  /** What the person entered, to keep in a draft or to carry into the same form read again. */
  snapshot(): SessionSnapshot {
    return {entries: [...this.entries], others: [...this.others], groups: [...this.instances]};
  }

  /** Puts back what a snapshot holds. Stored data of the wrong shape is ignored, entry by entry. */
  restore(snapshot: unknown): void {
    const stored = (snapshot ?? {}) as {[K in keyof SessionSnapshot]?: unknown};
    for (const [linkId, entries] of pairs(stored.entries, isStrings)) this.entries.set(linkId, entries);
    for (const [linkId, text] of pairs(stored.others, isString)) this.others.set(linkId, text);
    const isSerials = (v: unknown): v is number[] => Array.isArray(v) && v.every((n) => Number.isInteger(n) && n > 1);
    for (const [linkId, serials] of pairs(stored.groups, isSerials)) this.instances.set(linkId, serials.slice(0, 50));
    this.#expand();
    this.#evaluate();
  }

  /** Whether anything was entered (the kiosk asks "Are you still there?" only then). */
  get touched(): boolean {
    return this.entries.size > 0 || this.others.size > 0;
  }

  /** Sets an item's entries (an empty list clears it). */
  set(item: FormItem, entries: string[]): void {
    if (entries.length === 0) this.entries.delete(item.linkId);
    else this.entries.set(item.linkId, entries);
    this.#evaluate();
  }

  /** Sets what was typed in entry `index` of a text-like question (each row of a repeating one). */
  type(item: FormItem, index: number, text: string): void {
    const entries = [...(this.entries.get(item.linkId) ?? [''])];
    entries[index] = text;
    this.set(item, item.repeats ? entries : entries.slice(0, 1).filter((e) => e !== ''));
  }

  /** The words of an open-choice's "something else". */
  setOther(item: FormItem, text: string): void {
    this.others.set(item.linkId, text);
    this.#evaluate();
  }

  /** Adds an instance of the repeating group whose first instance has linkId `key`, empty; returns its serial. */
  addInstance(key: string): number {
    const serials = this.instances.get(key) ?? [];
    const serial = Math.max(1, ...serials) + 1;
    this.instances.set(key, [...serials, serial]);
    this.#expand();
    this.#evaluate();
    return serial;
  }

  /** Removes an instance of a repeating group (not its first), with its answers. */
  removeInstance(instance: FormItem): void {
    const key = instance.instanceOf;
    if (!key) return;
    const serial = Number(instance.linkId.slice(key.length + 1));
    const left = (this.instances.get(key) ?? []).filter((n) => n !== serial);
    if (left.length > 0) this.instances.set(key, left);
    else this.instances.delete(key);
    for (const item of walk([instance])) {
      this.entries.delete(item.linkId);
      this.others.delete(item.linkId);
      this.instances.delete(item.linkId);
    }
    this.#expand();
    this.#evaluate();
  }

  /** Builds `current` from the form and the instances, with ids for the items new in it. */
  #expand(): void {
    const copy = (item: FormItem, suffix: string, inside: Set<string>): FormItem => ({
      ...item,
      linkId: item.linkId + suffix,
      copyOf: item.copyOf ?? item.linkId,
      // A condition on a question of the same instance reads that instance's answer.
      enableWhen: item.enableWhen.map((c) => (inside.has(c.question) ? {...c, question: c.question + suffix} : c)),
      help: item.help?.map((h) => copy(h, suffix, inside)),
      items: item.items.map((child) => copy(child, suffix, inside)),
    });
    const expand = (items: readonly FormItem[]): FormItem[] =>
      items.flatMap((item) => {
        const self = {...item, items: expand(item.items)};
        if (item.type !== 'group' || !item.repeats) return [self];
        const inside = new Set([...walk(item.items)].map((i) => i.linkId));
        return [
          self,
          ...(this.instances.get(item.linkId) ?? []).map((serial) => {
            const instance = copy(item, `#${serial}`, inside);
            return {...instance, instanceOf: item.linkId, items: expand(instance.items)};
          }),
        ];
      });
    this.current = this.instances.size === 0 ? this.form : {...this.form, items: expand(this.form.items)};
    for (const item of walk(this.current.items)) {
      if (this.ids.has(item.linkId) || !item.copyOf) continue;
      const suffix = item.linkId.slice(item.copyOf.length).replaceAll('#', '-');
      this.ids.set(item.linkId, `${this.ids.get(item.copyOf)}${suffix}`);
    }
  }

  /** Adds an empty row to a repeating question, after what it has (or after its first empty row). */
  addRow(item: FormItem): void {
    this.entries.set(item.linkId, [...(this.entries.get(item.linkId) ?? ['']), '']);
    this.#evaluate();
  }

  removeRow(item: FormItem, index: number): void {
    this.set(
      item,
      (this.entries.get(item.linkId) ?? []).filter((_v, i) => i !== index),
    );
  }

  /** Reads every entry as answers, and works out which items are enabled by them and asked. */
  #evaluate(): void {
    this.readings = new Map();
    this.answers = new Map();
    for (const item of walk(this.current.items)) {
      if (!answerable(item)) continue;
      const reading = readEntries(item, this.entries.get(item.linkId) ?? [], this.others.get(item.linkId));
      this.readings.set(item.linkId, reading);
      if (reading.answers.length > 0) this.answers.set(item.linkId, reading.answers);
    }
    this.enabled = enabledItems(this.current, this.answers, this.#calculator?.(this));
    this.#asked = new Set();
    const visit = (items: readonly FormItem[]) => {
      for (const item of items) {
        if (!this.shown(item)) continue;
        this.#asked.add(item.linkId);
        visit(item.items);
      }
    };
    visit(this.current.items);
  }

  /** Whether the item is on screen, given its own visibility and enableWhen (not those of its group). */
  shown(item: FormItem): boolean {
    return !item.hidden && this.enabled.has(item.linkId);
  }

  /** Whether the person is asked this question now (enabled, visible, answerable, within the subset, not read-only). */
  isAsked(item: FormItem): boolean {
    return this.#asked.has(item.linkId) && answerable(item) && !item.readOnly;
  }

  /**
   * The steps the form is shown in: one step with every shown top-level item, or with
   * `byGroup` (or SDC's `page` or `tab-container` on a top-level group), each top-level
   * group (each tab) and each run of other top-level items.
   */
  steps(byGroup: boolean): FormItem[][] {
    // A tab-container's tabs are steps of their own, as top-level groups are.
    const shown = this.current.items
      .flatMap((item) => (item.layout === 'tabs' && this.shown(item) ? item.items : [item]))
      .filter((item) => this.shown(item));
    // A questionnaire laid out in pages (or tabs) is shown a page at a time, as with paging="group".
    if (!byGroup && !this.current.items.some((item) => item.layout === 'page' || item.layout === 'tabs'))
      return [shown];
    const steps: FormItem[][] = [];
    for (const item of shown) {
      const last = steps.at(-1);
      if (item.type === 'group' || !last || last.some((i) => i.type === 'group')) steps.push([item]);
      else last.push(item);
    }
    return steps.length > 0 ? steps : [[]];
  }

  /** The problems of the questions asked within `items` (and everything inside them), in form order. */
  problemsIn(items: readonly FormItem[] = this.current.items): SessionProblem[] {
    const found: SessionProblem[] = [];
    for (const item of walk(items)) {
      const error = this.isAsked(item) ? this.readings.get(item.linkId)?.error : undefined;
      if (error) found.push({item, target: this.ids.get(item.linkId)!, error});
    }
    return found;
  }

  /** The text of every free-text question asked, by linkId, for the check for identifying details. */
  freeText(): Map<string, string> {
    const texts = new Map<string, string>();
    for (const item of walk(this.current.items)) {
      if (!isFreeText(item) || !this.isAsked(item)) continue;
      texts.set(item.linkId, [...(this.entries.get(item.linkId) ?? []), this.others.get(item.linkId) ?? ''].join('\n'));
    }
    return texts;
  }

  /** The answers as `{linkId: value}`, as the envelope's `data.answers` holds them. */
  answersByLinkId(): ReturnType<typeof answersByLinkId> {
    return answersByLinkId(this.current, this.answers, this.enabled);
  }

  /** The answers as a FHIR R4 QuestionnaireResponse. */
  response(meta: Parameters<typeof buildResponse>[2]): ReturnType<typeof buildResponse> {
    return buildResponse(this.current, this.answers, meta, this.enabled);
  }
}
