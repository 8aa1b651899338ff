/**
 * The subset of FHIR R4 types the feedback form reads and writes.
 * https://hl7.org/fhir/R4/questionnaire.html, https://hl7.org/fhir/R4/questionnaireresponse.html
 */

export interface Extension {
  url: string;
  extension?: Extension[];
  valueString?: string;
  _valueString?: Element;
  valueMarkdown?: string;
  valueUri?: string;
  valueCode?: string;
  valueBoolean?: boolean;
  valueInteger?: number;
  valueDecimal?: number;
  valueDate?: string;
  valueDateTime?: string;
  valueCodeableConcept?: {coding?: Coding[]; text?: string};
  valueCoding?: Coding;
  valueCanonical?: string;
  valueExpression?: {name?: string; language?: string; expression?: string};
}

export interface Element {
  extension?: Extension[];
}

export interface Coding {
  system?: string;
  version?: string;
  code?: string;
  display?: string;
  _display?: Element;
}

export interface Quantity {
  value?: number;
  unit?: string;
  system?: string;
  code?: string;
}

/** `value[x]` as it appears in answers, initial values and enableWhen. */
export interface Values {
  valueBoolean?: boolean;
  valueDecimal?: number;
  valueInteger?: number;
  valueDate?: string;
  valueDateTime?: string;
  valueTime?: string;
  valueString?: string;
  valueUri?: string;
  valueCoding?: Coding;
  valueQuantity?: Quantity;
}

/** Extension URLs the core reader understands (the SDC reader has its own, sdc.ts). */
export const EXT = {
  translation: 'http://hl7.org/fhir/StructureDefinition/translation',
  hidden: 'http://hl7.org/fhir/StructureDefinition/questionnaire-hidden',
  /** Careloop's own: on an answerOption, the face drawn for it on a pictorial scale. */
  face: 'https://careloop.invalid/fhir/StructureDefinition/face',
} as const;

/** The QuestionnaireResponse the form produces. */
export interface QuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  questionnaire?: string;
  status: 'completed';
  authored: string;
  language?: string;
  item?: ResponseItem[];
}

export interface ResponseItem {
  linkId: string;
  text?: string;
  answer?: (Values & {item?: ResponseItem[]})[];
  item?: ResponseItem[];
}
