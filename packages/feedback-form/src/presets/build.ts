import {EXT, type Element} from '../questionnaire/fhir.js';

/** The same words in English, French, Swedish and Norwegian Bokmål. */
export type Words = readonly [en: string, fr: string, sv: string, nb: string];

const LANGS = ['fr', 'sv', 'nb'] as const;

/** The FHIR translation extension for the French, Swedish and Norwegian words. */
export function translations(words: Words): Element {
  return {
    extension: LANGS.map((lang, i) => ({
      url: EXT.translation,
      extension: [
        {url: 'lang', valueCode: lang},
        {url: 'content', valueString: words[i + 1]!},
      ],
    })),
  };
}

/** `text` and `_text` for an item. */
export const text = (words: Words) => ({text: words[0], _text: translations(words)});

const BASE = 'https://careloop.invalid/fhir';

/** An answer option from Careloop's code system for `scale`; `face` draws it on the pictorial scale. */
export function option(scale: string, code: string, words: Words, face?: string) {
  return {
    valueCoding: {system: `${BASE}/CodeSystem/${scale}`, code, display: words[0], _display: translations(words)},
    ...(face ? {extension: [{url: EXT.face, valueCode: face}]} : {}),
  };
}

/** A preset as a complete FHIR R4 Questionnaire with a canonical url and version. */
export function questionnaire(id: string, version: string, title: Words, item: unknown[]) {
  return {
    resourceType: 'Questionnaire',
    id,
    url: `${BASE}/Questionnaire/${id}`,
    version,
    name: id.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase()),
    title: title[0],
    _title: translations(title),
    status: 'active',
    language: 'en',
    publisher: 'Careloop',
    item,
  };
}

/** A yes / to some extent / no / not sure question, the scale of the experience presets. */
export function agreement(linkId: string, words: Words) {
  return {
    linkId,
    type: 'choice',
    ...text(words),
    answerOption: [
      option('agreement', 'yes-definitely', ['Yes, definitely', 'Oui, tout à fait', 'Ja, absolut', 'Ja, helt']),
      option('agreement', 'yes-somewhat', ['Yes, to some extent', 'Oui, en partie', 'Ja, delvis', 'Ja, delvis']),
      option('agreement', 'no', ['No', 'Non', 'Nej', 'Nei']),
      option('agreement', 'not-sure', ['Not sure', 'Je ne sais pas', 'Vet inte', 'Vet ikke']),
    ],
  };
}
