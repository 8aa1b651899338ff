import fhirpath from 'fhirpath';
import type {ConfigProblem} from '@careloop/core';
import {fromValues, type Answer} from './answers.js';
import {enabledItems} from './enable.js';
import type {QuestionnaireResponse, ResponseItem, Values} from './fhir.js';
import {R4_PARTS} from './fhirpath-model.js';
import {entryOf, OTHER} from './entry.js';
import {answerable, children, walk, type AnswerChoice, type Form, type FormItem} from './model.js';
import {extensions} from './read.js';
import {buildResponse} from './response.js';
import type {Calculator, QuestionnaireSession} from './session.js';

// FHIRPath for questionnaires (SDC): calculatedExpression, initialExpression,
// enableWhenExpression and variables, evaluated by the HL7 community's engine (the
// `fhirpath` package, under its own BSD-style licence). A chunk of its own, loaded only
// for a questionnaire that has an expression. An expression that cannot be read or run
// is named once and left out: the item is enabled, and can be answered by hand where it
// is not calculated.

const HL7 = 'http://hl7.org/fhir/StructureDefinition/';

/** The model the engine needs to read `value[x]` and types: R4's, cut to what questionnaires reach. */
const MODEL = (() => {
  const types = new Set([...Object.keys(R4_PARTS.type2Parent), ...Object.values(R4_PARTS.type2Parent)]);
  const withoutElements: Record<string, string> = {};
  for (const [path, type] of Object.entries(R4_PARTS.path2Type))
    if (type !== 'Element' && type !== 'BackboneElement') withoutElements[path] = type;
  const hash = (list: string[]) => Object.fromEntries(list.map((key) => [key, true as const]));
  return {
    version: 'r4' as const,
    score: {extensionURI: [`${HL7}ordinalValue`, `${HL7}itemWeight`]},
    ...R4_PARTS,
    path2Repeating: hash(R4_PARTS.path2Repeating),
    resourcesWithUrlParam: hash(R4_PARTS.resourcesWithUrlParam),
    availableTypes: types,
    path2TypeWithoutElements: withoutElements,
  };
})();

const KIND = {
  calculated: 'calculatedExpression',
  initial: 'initialExpression',
  enableWhen: 'enableWhenExpression',
  options: 'answerExpression',
};

type Compiled = (resource: unknown, env: Record<string, unknown>) => unknown[];

/** The value[x] key an item's answers take, for what an expression returns. */
function valueKey(item: FormItem, value: unknown): keyof Values | undefined {
  if (typeof value === 'object' && value !== null) {
    if ('code' in value && item.type !== 'quantity') return 'valueCoding';
    if ('value' in value) return 'valueQuantity';
    return undefined;
  }
  switch (item.type) {
    case 'boolean':
      return 'valueBoolean';
    case 'integer':
      return 'valueInteger';
    case 'decimal':
      return 'valueDecimal';
    case 'date':
      return 'valueDate';
    case 'dateTime':
      return 'valueDateTime';
    case 'time':
      return 'valueTime';
    case 'url':
      return 'valueUri';
    case 'quantity':
      return 'valueQuantity';
    default:
      return 'valueString';
  }
}

/** What an expression returned, as the item's answers (values of another type are left out). */
function toAnswers(item: FormItem, result: unknown[]): Answer[] {
  return result.flatMap((value) => {
    const key = valueKey(item, value);
    let given: unknown = value;
    if (key === 'valueInteger' && typeof value === 'number') given = Math.round(value);
    if (key === 'valueString' && typeof value === 'number') given = String(value);
    if (key === 'valueQuantity' && typeof value === 'number') {
      const unit = item.units?.[0]?.coding;
      given = {value, ...(unit ? {code: unit.code, system: unit.system, unit: unit.display ?? unit.code} : {})};
    }
    const answer = key && fromValues({[key]: given});
    return answer ? [answer] : [];
  });
}

/** What an answerExpression returned, as answer options (each value once). */
function toChoices(item: FormItem, result: unknown[]): AnswerChoice[] {
  const seen = new Set<string>();
  return toAnswers({...item, type: 'string', units: undefined}, result).flatMap((answer) => {
    const key = JSON.stringify(answer);
    if (seen.has(key)) return [];
    seen.add(key);
    const label = answer.kind === 'coding' ? (answer.value.display ?? answer.value.code ?? '') : String(answer.value);
    return [{answer, label, initialSelected: false}];
  });
}

/**
 * Gives `item` new answer options, keeping what the person chose where it is still
 * offered (entries are option indexes); says whether anything changed.
 */
function offer(session: QuestionnaireSession, item: FormItem, choices: AnswerChoice[]): boolean {
  const key = (list: AnswerChoice[]) => JSON.stringify(list.map((choice) => choice.answer));
  if (key(choices) === key(item.choices)) return false;
  const entered = session.entries.get(item.linkId) ?? [];
  // The first options of a form read again (another language, a draft): the entries were made for these.
  if (item.choices.length === 0) {
    item.choices = choices;
    session.set(item, entered);
    return true;
  }
  const chosen = entered.map((entry) =>
    entry === OTHER ? OTHER : JSON.stringify(item.choices[Number(entry)]?.answer),
  );
  item.choices = choices;
  const entries = chosen.flatMap((was) => {
    if (was === OTHER) return [OTHER];
    const index = choices.findIndex((choice) => JSON.stringify(choice.answer) === was);
    return index < 0 ? [] : [String(index)];
  });
  session.set(item, entries);
  return true;
}

/**
 * Each item's own item of the response, by linkId, found as buildResponse made them: an
 * item is in the response when it is enabled, shown and has answers, or items inside that
 * are (those of a question are under its first answer). An item not in it has none.
 */
function contextsOf(
  items: readonly FormItem[],
  nodes: readonly ResponseItem[] | undefined,
  answers: ReadonlyMap<string, readonly Answer[]>,
  enabled: ReadonlySet<string>,
  into = new Map<string, ResponseItem>(),
): Map<string, ResponseItem> {
  const present = (item: FormItem): boolean =>
    enabled.has(item.linkId) &&
    !item.hidden &&
    ((answerable(item) && (answers.get(item.linkId)?.length ?? 0) > 0) || item.items.some(present));
  let next = 0;
  for (const item of items) {
    const node = present(item) ? nodes?.[next++] : undefined;
    if (node) into.set(item.linkId, node);
    contextsOf(item.items, node?.answer?.[0]?.item ?? node?.item, answers, enabled, into);
  }
  return into;
}

/**
 * The calculator for `form` (which has expressions): `launchContext` gives the values the
 * host passes as `%patient`, `%user`… (read at each calculation); `report` is told of each expression that fails, once.
 */
export function calculator(
  form: Form,
  launchContext: () => Record<string, unknown> | undefined,
  report: (problem: ConfigProblem) => void,
): Calculator {
  const reported = new Set<string>();
  const fail = (path: string, error: unknown) => {
    if (reported.has(path)) return;
    reported.add(path);
    report({code: 'ignored', path, detail: error instanceof Error ? error.message : String(error)});
  };
  const compiled = new Map<string, Compiled | undefined>();
  /** An expression on an item runs on that item of the response (`base`), one on the questionnaire on the response. */
  const compile = (expression: string, path: string, base: string | undefined): Compiled | undefined => {
    const key = `${base ?? ''} ${expression}`;
    if (!compiled.has(key)) {
      try {
        compiled.set(key, fhirpath.compile(base ? {base, expression} : expression, MODEL) as unknown as Compiled);
      } catch (error) {
        compiled.set(key, undefined);
        fail(path, error);
      }
    }
    return compiled.get(key);
  };
  const run = (
    expression: string,
    path: string,
    focus: QuestionnaireResponse | ResponseItem,
    env: Record<string, unknown>,
  ) => {
    const compiledExpression = compile(
      expression,
      path,
      'resourceType' in focus ? undefined : 'QuestionnaireResponse.item',
    );
    if (!compiledExpression) return undefined;
    try {
      const result = compiledExpression(focus, env);
      return Array.isArray(result) ? result : [result];
    } catch (error) {
      fail(path, error);
      return undefined;
    }
  };

  const rootVariables = extensions(form.source).flatMap((found, i) =>
    found.url === `${HL7}variable` &&
    found.valueExpression?.language === 'text/fhirpath' &&
    typeof found.valueExpression.name === 'string' &&
    typeof found.valueExpression.expression === 'string'
      ? [[found.valueExpression.name, found.valueExpression.expression, `questionnaire.extension[${i}](variable)`]]
      : [],
  );
  let byExpression = new Map<string, boolean>();

  /**
   * One round over the form as it is now (`current`, with the instances of repeating
   * groups): the answers of calculated (or, with `initial`, initial) items, and
   * enableWhenExpression. Each item's expressions run on its own item of the response
   * (`%context`, SDC): in a repeating group, that instance's.
   */
  const evaluate = (current: Form, answers: ReadonlyMap<string, readonly Answer[]>, initial: boolean) => {
    const enabled = enabledItems(current, answers, byExpression);
    const response = buildResponse(current, answers, {authored: new Date().toISOString(), language: ''}, enabled);
    const contexts = contextsOf(current.items, response.item, answers, enabled);
    const base: Record<string, unknown> = {
      ...launchContext(),
      resource: response,
      rootResource: response,
      questionnaire: form.source,
    };
    for (const [name, expression, path] of rootVariables) base[name!] = run(expression!, path!, response, base);
    const context = (item: FormItem) => contexts.get(item.linkId) ?? {linkId: item.copyOf ?? item.linkId};

    const out = {
      answers: new Map<string, Answer[]>(),
      enabled: new Map<string, boolean>(),
      options: new Map<string, AnswerChoice[]>(),
    };
    const visit = (items: readonly FormItem[], outer: Record<string, unknown>) => {
      for (const item of items) {
        const env = {...outer};
        const {expressions} = item;
        const at = (kind: keyof typeof KIND) => `${item.linkId}.extension(${KIND[kind]})`;
        for (const [name, expression] of expressions?.variables ?? [])
          env[name] = run(expression, `${item.linkId}.extension(variable ${name})`, context(item), env);
        if (expressions?.enableWhen && !initial) {
          const result = run(expressions.enableWhen, at('enableWhen'), context(item), env);
          // An expression that fails leaves the item enabled: it never keeps anyone from answering.
          out.enabled.set(item.linkId, result === undefined || result[0] === true);
        }
        if (expressions?.options && !initial) {
          const result = run(expressions.options, at('options'), context(item), env);
          if (result) out.options.set(item.linkId, toChoices(item, result));
        }
        const expression = initial ? expressions?.initial : expressions?.calculated;
        if (expression) {
          const result = run(expression, at(initial ? 'initial' : 'calculated'), context(item), env);
          if (result) out.answers.set(item.linkId, toAnswers(item, result).slice(0, item.repeats ? undefined : 1));
        }
        visit(children(item), env);
      }
    };
    visit(current.items, base);
    return out;
  };

  let byId = new Map<string, FormItem>();
  /** The items whose initial answers were worked out: each instance of a repeating group gets its own, once. */
  const initialised = new Set<string>();
  let busy = false;
  return (session) => {
    // New options re-read the session's entries (offer), which asks again: this round answers.
    if (busy) return byExpression;
    busy = true;
    try {
      calculate(session);
    } finally {
      busy = false;
    }
    return byExpression;
  };

  function calculate(session: QuestionnaireSession): void {
    const {current} = session;
    byId = new Map([...walk(current.items)].map((item) => [item.linkId, item]));
    const fresh = [...byId.keys()].filter((linkId) => !initialised.has(linkId));
    if (fresh.length > 0) {
      for (const linkId of fresh) initialised.add(linkId);
      // Initial answers, once, for the items that have none yet (a restored draft keeps its own).
      for (const [linkId, answers] of evaluate(current, session.answers, true).answers) {
        if (!fresh.includes(linkId)) continue;
        const item = byId.get(linkId)!;
        const entries = answers.flatMap((answer) => entryOf(item, answer) ?? []);
        if (!session.entries.has(linkId) && entries.length > 0) {
          session.entries.set(linkId, entries);
          session.readings.set(linkId, {answers});
          session.answers.set(linkId, answers);
        }
      }
    }
    // A total may read another calculated answer: work them out until they settle (a few rounds at most).
    for (let round = 0; round < 3; round++) {
      const result = evaluate(current, session.answers, false);
      byExpression = result.enabled;
      let changed = false;
      for (const [linkId, answers] of result.answers) {
        const entries = answers.map((answer) => entryOf(byId.get(linkId)!, answer) ?? '');
        changed ||= JSON.stringify(entries) !== JSON.stringify(session.entries.get(linkId) ?? []);
        for (const map of [session.entries, session.answers] as Map<string, unknown[]>[]) {
          if (answers.length > 0) map.set(linkId, map === session.entries ? entries : answers);
          else map.delete(linkId);
        }
        session.readings.set(linkId, {answers});
      }
      for (const [linkId, choices] of result.options) changed = offer(session, byId.get(linkId)!, choices) || changed;
      if (!changed) break;
    }
  }
}
