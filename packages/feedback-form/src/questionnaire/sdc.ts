import {msg} from '@lit/localize';
import {describeValue, isSafeUrl} from '@careloop/core';
import {fromValues} from './answers.js';
import type {Coding, Element, Extension} from './fhir.js';
import {HINTS, ITEM_CONTROLS} from './hints.js';
import type {AnswerChoice, Expressions, FormItem, Hint, ItemControl, Unit} from './model.js';
import {compilePattern, type Pattern} from './pattern.js';
import {codingLabel, extension, extensions, isObject, translated, type Context, type SdcReader} from './read.js';

const HL7 = 'http://hl7.org/fhir/StructureDefinition/';
const SDC = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/';
const URL = {
  itemControl: `${HL7}questionnaire-itemControl`,
  displayCategory: `${HL7}questionnaire-displayCategory`,
  minValue: `${HL7}minValue`,
  maxValue: `${HL7}maxValue`,
  entryFormat: `${HL7}entryFormat`,
  renderingXhtml: `${HL7}rendering-xhtml`,
  renderingMarkdown: `${HL7}rendering-markdown`,
  choiceOrientation: `${HL7}questionnaire-choiceOrientation`,
  sliderStepValue: `${HL7}questionnaire-sliderStepValue`,
  optionExclusive: `${HL7}questionnaire-optionExclusive`,
  optionPrefix: `${HL7}questionnaire-optionPrefix`,
  shortText: `${SDC}sdc-questionnaire-shortText`,
  openLabel: `${SDC}sdc-questionnaire-openLabel`,
  calculated: `${SDC}sdc-questionnaire-calculatedExpression`,
  initial: `${SDC}sdc-questionnaire-initialExpression`,
  enableWhen: `${SDC}sdc-questionnaire-enableWhenExpression`,
  options: `${SDC}sdc-questionnaire-answerExpression`,
  variable: `${HL7}variable`,
  supportLink: `${SDC}sdc-questionnaire-supportLink`,
  regex: `${HL7}regex`,
  minLength: `${HL7}minLength`,
  maxDecimalPlaces: `${HL7}maxDecimalPlaces`,
  minOccurs: `${HL7}questionnaire-minOccurs`,
  maxOccurs: `${HL7}questionnaire-maxOccurs`,
  unit: `${HL7}questionnaire-unit`,
  unitOption: `${HL7}questionnaire-unitOption`,
  unitValueSet: `${HL7}questionnaire-unitValueSet`,
} as const;

/**
 * The SDC reader: what a published questionnaire adds to the core of R4 (rendering
 * hints, help, limits, value sets). A chunk of its own, loaded only for a questionnaire
 * that has any of it; the presets have none. A hint this form does not know is
 * ignored, as SDC asks, and named: the item keeps its usual control.
 */
export const readSdc: SdcReader = (obj, item, path, context, options) => {
  const {reader, locale} = context;
  /** An extension's text, in the active locale where it has a translation. */
  const said = (found: Extension | undefined) => {
    const text = found && (translated(found._valueString, locale) ?? found.valueString);
    return typeof text === 'string' && text.trim() ? text : undefined;
  };
  // The text's rich forms are in the questionnaire's own language: a translation of the plain text wins.
  const textElement = obj['_text'] as Element | undefined;
  if (!translated(textElement, locale)) {
    const xhtml = extension(textElement, URL.renderingXhtml)?.valueString;
    const markdown = extension(textElement, URL.renderingMarkdown)?.valueMarkdown;
    if (typeof xhtml === 'string') item.xhtml = xhtml;
    else if (typeof markdown === 'string' && markdown.trim()) item.markdown = markdown;
  }
  // rendering-style (CSS from the questionnaire) is never applied: the page's design decides.

  readExpressions(obj, item, path, context);

  const shortText = said(extension(obj, URL.shortText));
  if (shortText) item.shortText = shortText;
  const openLabel = said(extension(obj, URL.openLabel));
  if (openLabel) item.openLabel = openLabel;
  if (extension(obj, URL.choiceOrientation)?.valueCode === 'horizontal') item.horizontal = true;
  const step = extension(obj, URL.sliderStepValue);
  const stepValue = step?.valueInteger ?? step?.valueDecimal;
  if (typeof stepValue === 'number' && stepValue > 0) item.step = stepValue;
  else if (step)
    reader.report({
      code: 'wrong-type',
      path: `${path}.extension(sliderStepValue)`,
      expected: 'number',
      found: describeValue(stepValue),
    });
  for (const [raw, choice] of options) {
    if (extension(raw, URL.optionExclusive)?.valueBoolean === true) choice.exclusive = true;
    const prefix = said(extension(raw, URL.optionPrefix));
    if (prefix) choice.label = `${prefix} ${choice.label}`;
  }

  const valueSet = reader.text(obj, 'answerValueSet', `${path}.answerValueSet`);
  if (valueSet !== undefined) {
    const choices = valueSetChoices(valueSet, context);
    if (choices) item.choices.push(...choices);
    else if (!valueSet.startsWith('#') && (item.type === 'choice' || item.type === 'open-choice')) {
      // A value set held elsewhere: typed in words until a terminology-server the page names expands it.
      item.valueSet = {url: valueSet, type: item.type};
      item.type = 'string';
      (item.help ??= []).push({
        ...item,
        linkId: `${item.linkId}/answer-list`,
        type: 'display',
        text: msg('Type your answer in your own words: the list of answers is not available here.', {
          id: 'feedback.value-set.type',
        }),
        hint: 'prompt',
        required: false,
        choices: [],
        initial: [],
        enableWhen: [],
        help: undefined,
        items: [],
      });
    } else {
      item.unsupported ??= `answerValueSet ${valueSet}`;
      reader.report({code: 'unsupported', path: `${path}.answerValueSet`, found: describeValue(valueSet)});
    }
  }

  const code = (url: string) => extension(obj, url)?.valueCodeableConcept?.coding?.[0]?.code;
  const control = code(URL.itemControl);
  const category = code(URL.displayCategory);
  const isHint = (hint: unknown) => item.type === 'display' && (HINTS as readonly unknown[]).includes(hint);
  const group = item.type === 'group';
  if ((ITEM_CONTROLS as readonly unknown[]).includes(control)) item.control = control as ItemControl;
  else if (isHint(control)) item.hint = control as Hint;
  else if (group && (control === 'page' || control === 'step')) item.layout = 'page';
  else if (group && control === 'tab-container') item.layout = 'tabs';
  else if (group && ['gtable', 'htable', 'table', 'grid'].includes(control!)) item.layout = 'table';
  // A tab is a step of its tab-container (session.steps); on its own, a group as usual.
  else if (control !== undefined && !(group && control === 'tab'))
    reader.report({code: 'ignored', path: `${path}.extension(itemControl)`, found: describeValue(control)});
  if (isHint(category)) item.hint ??= category as Hint;
  else if (category !== undefined)
    reader.report({code: 'ignored', path: `${path}.extension(displayCategory)`, found: describeValue(category)});

  const link = extension(obj, URL.supportLink)?.valueUri;
  if (typeof link === 'string' && isSafeUrl(link)) item.supportLink = link;
  else if (link !== undefined)
    reader.report({code: 'unsafe-url', path: `${path}.extension(supportLink)`, found: describeValue(link)});

  const min = extension(obj, URL.minValue);
  const max = extension(obj, URL.maxValue);
  const minValue = min && fromValues(min);
  const maxValue = max && fromValues(max);
  if (minValue) item.minValue = minValue;
  if (maxValue) item.maxValue = maxValue;
  const placeholder = extension(obj, URL.entryFormat)?.valueString;
  if (typeof placeholder === 'string') item.placeholder = placeholder;

  // Limits on what is typed, and on how many answers a repeating question takes.
  const count = (url: string, name: string) => {
    const found = extension(obj, url);
    if (!found) return undefined;
    const value = found.valueInteger;
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
    reader.report({
      code: 'wrong-type',
      path: `${path}.extension(${name})`,
      expected: 'whole-number',
      found: describeValue(value),
    });
    return undefined;
  };
  const minLength = count(URL.minLength, 'minLength');
  if (minLength) item.minLength = minLength;
  const places = count(URL.maxDecimalPlaces, 'maxDecimalPlaces');
  if (places !== undefined && (item.type === 'decimal' || item.type === 'quantity')) item.maxDecimalPlaces = places;
  const minOccurs = count(URL.minOccurs, 'minOccurs');
  const maxOccurs = count(URL.maxOccurs, 'maxOccurs');
  if (item.repeats && minOccurs !== undefined && minOccurs > 1) item.minOccurs = minOccurs;
  if (item.repeats && maxOccurs) item.maxOccurs = maxOccurs;
  const regex = extension(obj, URL.regex)?.valueString;
  let pattern: Pattern | undefined;
  if (typeof regex === 'string') {
    try {
      pattern = compilePattern(regex);
    } catch (error) {
      // A pattern that could freeze the page, or is no pattern: answers are taken without it.
      reader.report({
        code: 'ignored',
        path: `${path}.extension(regex)`,
        found: describeValue(regex),
        detail: String(error),
      });
    }
  }

  if (item.minLength || item.maxDecimalPlaces !== undefined || pattern) {
    const {minLength = 0, maxDecimalPlaces = Infinity} = item;
    item.check = (typed) =>
      typed.length < minLength
        ? 'too-short'
        : (typed.split(/[.,]/)[1]?.length ?? 0) > maxDecimalPlaces
          ? 'decimal-places'
          : pattern && !pattern.test(typed)
            ? 'pattern'
            : undefined;
  }

  if (item.type === 'quantity') {
    const units = [
      ...[URL.unit, URL.unitOption].flatMap((url) =>
        extensions(obj).flatMap((e) =>
          e.url === url && typeof e.valueCoding?.code === 'string' ? [e.valueCoding] : [],
        ),
      ),
    ].map((coding): Unit => ({coding, label: codingLabel(coding, context.locale)}));
    const set = extension(obj, URL.unitValueSet)?.valueCanonical;
    if (typeof set === 'string') {
      const choices = valueSetChoices(set, context);
      if (choices)
        for (const {answer, label} of choices)
          if (answer.kind === 'coding') units.push({coding: answer.value, label});
          else reader.report({code: 'ignored', path: `${path}.extension(unitValueSet)`, found: describeValue(set)});
    }
    if (units.length > 0) item.units = units;
  }
};

/** The concepts of a contained ValueSet (`#id`), from its expansion or its compose. */
function valueSetChoices(reference: string, context: Context): AnswerChoice[] | undefined {
  if (!reference.startsWith('#')) return undefined;
  const set = context.contained.find((r) => r['resourceType'] === 'ValueSet' && r['id'] === reference.slice(1));
  if (!set) return undefined;
  const codings: Coding[] = [];
  const expansion = set['expansion'];
  if (isObject(expansion) && Array.isArray(expansion['contains'])) {
    for (const c of expansion['contains']) if (isObject(c) && typeof c['code'] === 'string') codings.push(c);
  } else if (isObject(set['compose']) && Array.isArray(set['compose']['include'])) {
    for (const include of set['compose']['include']) {
      if (!isObject(include) || !Array.isArray(include['concept'])) continue;
      const system = typeof include['system'] === 'string' ? include['system'] : undefined;
      for (const c of include['concept']) {
        if (isObject(c) && typeof c['code'] === 'string') codings.push({...(system ? {system} : {}), ...(c as Coding)});
      }
    }
  }
  return codings.map((coding) => ({
    answer: {kind: 'coding', value: coding},
    label: codingLabel(coding, context.locale),
    initialSelected: false,
  }));
}

/** The FHIRPath of an Expression value; a reported problem when it is in another language or has none. */
export function fhirpathOf(found: Extension, path: string, context: Context): string | undefined {
  const value = found.valueExpression;
  const language = value?.language;
  if (typeof value?.expression === 'string' && value.expression.trim() && language === 'text/fhirpath')
    return value.expression;
  context.reader.report({
    code: language === 'text/fhirpath' || language === undefined ? 'wrong-type' : 'unsupported',
    path,
    ...(language === 'text/fhirpath' || language === undefined ? {expected: 'text' as const} : {}),
    found: describeValue(language === 'text/fhirpath' ? value?.expression : language),
  });
  return undefined;
}

/** An item's calculatedExpression, initialExpression, enableWhenExpression and variables. */
function readExpressions(obj: Record<string, unknown>, item: FormItem, path: string, context: Context): void {
  const expressions: Expressions = {};
  for (const kind of ['calculated', 'initial', 'enableWhen', 'options'] as const) {
    const found = extension(obj, URL[kind]);
    const name = kind === 'options' ? 'answerExpression' : `${kind}Expression`;
    const expression = found && fhirpathOf(found, `${path}.extension(${name})`, context);
    if (expression) expressions[kind] = expression;
  }
  const variables = extensions(obj).flatMap((found, i) => {
    if (found.url !== URL.variable) return [];
    const name = found.valueExpression?.name;
    const expression = fhirpathOf(found, `${path}.extension[${i}](variable)`, context);
    return typeof name === 'string' && expression ? [[name, expression] as [string, string]] : [];
  });
  if (variables.length > 0) expressions.variables = variables;
  if (Object.keys(expressions).length === 0) return;
  item.expressions = expressions;
  // A calculated answer is worked out, not typed.
  if (expressions.calculated) item.readOnly = true;
}
