import {describeValue, isSafeUrl} from '@careloop/core';
import {fromValues} from './answers.js';
import {EXT, type Coding} from './fhir.js';
import {HINTS, ITEM_CONTROLS, type AnswerChoice, type Hint, type ItemControl} from './model.js';
import {codingLabel, extension, isObject, type Context, type SdcReader} from './read.js';

/**
 * The SDC reader: what a published questionnaire adds to the core of R4 (rendering
 * hints, help, limits, value sets). A chunk of its own, loaded only for a questionnaire
 * that has any of it; the presets have none. A hint this form does not know is
 * ignored, as SDC asks, and named: the item keeps its usual control.
 */
export const readSdc: SdcReader = (obj, item, path, context) => {
  const {reader} = context;
  const xhtml = extension(obj['_text'], EXT.renderingXhtml)?.valueString;
  if (typeof xhtml === 'string') item.xhtml = xhtml;

  const valueSet = reader.text(obj, 'answerValueSet', `${path}.answerValueSet`);
  if (valueSet !== undefined) {
    const choices = valueSetChoices(valueSet, context);
    if (choices) item.choices.push(...choices);
    else {
      item.unsupported ??= `answerValueSet ${valueSet}`;
      reader.report({code: 'unsupported', path: `${path}.answerValueSet`, found: describeValue(valueSet)});
    }
  }

  const code = (url: string) => extension(obj, url)?.valueCodeableConcept?.coding?.[0]?.code;
  const control = code(EXT.itemControl);
  const category = code(EXT.displayCategory);
  const isHint = (hint: unknown) => item.type === 'display' && (HINTS as readonly unknown[]).includes(hint);
  if ((ITEM_CONTROLS as readonly unknown[]).includes(control)) item.control = control as ItemControl;
  else if (isHint(control)) item.hint = control as Hint;
  else if (control !== undefined)
    reader.report({code: 'ignored', path: `${path}.extension(itemControl)`, found: describeValue(control)});
  if (isHint(category)) item.hint ??= category as Hint;
  else if (category !== undefined)
    reader.report({code: 'ignored', path: `${path}.extension(displayCategory)`, found: describeValue(category)});

  const link = extension(obj, EXT.supportLink)?.valueUri;
  if (typeof link === 'string' && isSafeUrl(link)) item.supportLink = link;
  else if (link !== undefined)
    reader.report({code: 'unsafe-url', path: `${path}.extension(supportLink)`, found: describeValue(link)});

  const min = extension(obj, EXT.minValue);
  const max = extension(obj, EXT.maxValue);
  const minValue = min && fromValues(min);
  const maxValue = max && fromValues(max);
  if (minValue) item.minValue = minValue;
  if (maxValue) item.maxValue = maxValue;
  const placeholder = extension(obj, EXT.entryFormat)?.valueString;
  if (typeof placeholder === 'string') item.placeholder = placeholder;
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
