import type {Coding, Values} from './fhir.js';

/** A typed answer, whatever FHIR value[x] it came from or goes to. */
export type Answer =
  | {kind: 'boolean'; value: boolean}
  | {kind: 'decimal'; value: number}
  | {kind: 'integer'; value: number}
  | {kind: 'date'; value: string}
  | {kind: 'dateTime'; value: string}
  | {kind: 'time'; value: string}
  | {kind: 'string'; value: string}
  | {kind: 'uri'; value: string}
  | {kind: 'coding'; value: Coding}
  | {kind: 'quantity'; value: number; unit?: Coding};

/** Reads the one value[x] an object carries; undefined when it has none we know. */
export function fromValues(values: Values): Answer | undefined {
  if (typeof values.valueBoolean === 'boolean') return {kind: 'boolean', value: values.valueBoolean};
  if (typeof values.valueDecimal === 'number' && Number.isFinite(values.valueDecimal))
    return {kind: 'decimal', value: values.valueDecimal};
  if (typeof values.valueInteger === 'number' && Number.isInteger(values.valueInteger))
    return {kind: 'integer', value: values.valueInteger};
  if (typeof values.valueDate === 'string') return {kind: 'date', value: values.valueDate};
  if (typeof values.valueDateTime === 'string') return {kind: 'dateTime', value: values.valueDateTime};
  if (typeof values.valueTime === 'string') return {kind: 'time', value: values.valueTime};
  if (typeof values.valueString === 'string') return {kind: 'string', value: values.valueString};
  if (typeof values.valueUri === 'string') return {kind: 'uri', value: values.valueUri};
  if (values.valueCoding && typeof values.valueCoding === 'object' && typeof values.valueCoding.code === 'string') {
    return {kind: 'coding', value: values.valueCoding};
  }
  const quantity = values.valueQuantity;
  if (typeof quantity?.value === 'number' && Number.isFinite(quantity.value)) {
    const {value, unit, system, code} = quantity;
    const coding = code ? {...(system ? {system} : {}), code, ...(unit ? {display: unit} : {})} : undefined;
    return {kind: 'quantity', value, ...(coding ? {unit: coding} : {})};
  }
  return undefined;
}

/** Writes an answer as FHIR value[x]. */
export function toValues(answer: Answer): Values {
  switch (answer.kind) {
    case 'boolean':
      return {valueBoolean: answer.value};
    case 'decimal':
      return {valueDecimal: answer.value};
    case 'integer':
      return {valueInteger: answer.value};
    case 'date':
      return {valueDate: answer.value};
    case 'dateTime':
      return {valueDateTime: answer.value};
    case 'time':
      return {valueTime: answer.value};
    case 'string':
      return {valueString: answer.value};
    case 'uri':
      return {valueUri: answer.value};
    case 'coding': {
      const {system, code, display} = answer.value;
      return {valueCoding: {...(system ? {system} : {}), code, ...(display ? {display} : {})}};
    }
    case 'quantity': {
      const {system, code, display} = answer.unit ?? {};
      return {
        valueQuantity: {
          value: answer.value,
          ...(display || code ? {unit: display ?? code} : {}),
          ...(system ? {system} : {}),
          ...(code ? {code} : {}),
        },
      };
    }
  }
}

/** Codings are equal when their codes match and, where both name one, their systems. */
function sameCoding(a: Coding, b: Coding): boolean {
  return a.code === b.code && (!a.system || !b.system || a.system === b.system);
}

const NUMERIC = new Set(['decimal', 'integer', 'quantity']);
const TEMPORAL = new Set(['date', 'dateTime']);

/**
 * Compares an answer with an enableWhen value: a negative number, zero or a positive
 * number, or undefined when the two cannot be compared (different types). Integers
 * and decimals compare as numbers; dates and date-times by the instant they start.
 */
export function compare(answer: Answer, target: Answer): number | undefined {
  if (NUMERIC.has(answer.kind) && NUMERIC.has(target.kind)) return (answer.value as number) - (target.value as number);
  if (TEMPORAL.has(answer.kind) && TEMPORAL.has(target.kind)) {
    const a = Date.parse(answer.value as string);
    const b = Date.parse(target.value as string);
    return Number.isNaN(a) || Number.isNaN(b) ? undefined : a - b;
  }
  if (answer.kind !== target.kind) {
    // An open-choice answer typed as text can equal a coding's code or display.
    if (answer.kind === 'string' && target.kind === 'coding') return answer.value === target.value.code ? 0 : undefined;
    return undefined;
  }
  switch (answer.kind) {
    case 'boolean':
      return Number(answer.value) - Number(target.value);
    case 'coding':
      return sameCoding(answer.value, target.value as Coding) ? 0 : undefined;
    case 'time':
    case 'string':
    case 'uri': {
      const b = target.value as string;
      return answer.value === b ? 0 : answer.value < b ? -1 : 1;
    }
    default:
      return undefined;
  }
}

/** Whether an answer equals an enableWhen value (codings by system and code). */
export function equals(answer: Answer, target: Answer): boolean {
  if (answer.kind === 'coding' && target.kind === 'coding') return sameCoding(answer.value, target.value);
  return compare(answer, target) === 0;
}
