/**
 * A gentle check, done on this device only, for words in a free-text answer that may
 * identify the person or someone else. It errs on the side of asking: the person
 * decides, and it never blocks sending.
 */
export const IDENTIFIER_KINDS = ['email', 'identity-number', 'phone', 'postcode', 'date', 'name'] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

const MONTHS =
  'jan(?:uary|vier|uar|uari)?|feb(?:ruary|ruar|ruari)?|févr(?:ier)?|mar(?:ch|s)?|apr(?:il)?|avr(?:il)?|may|mai|ma[ij]|jun[ei]?|juin|jul[iy]?|juil(?:let)?|aug(?:ust|usti)?|août|sep(?:t(?:ember|embre)?)?|o[ck]t(?:ober|obre)?|nov(?:ember|embre)?|d[eé]c(?:ember|embre)?|des(?:ember)?';

/** What ends the two halves of an e-mail address. */
const NOT_IN_ADDRESS = /[\s@<>()"',;]/;

/**
 * Whether `text` holds something@somewhere.tld. Read from each "@" outwards with string
 * operations: a run of text with no "@" in it is looked at once, however long.
 */
function hasEmail(text: string): boolean {
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    if (at === 0 || NOT_IN_ADDRESS.test(text[at - 1]!)) continue;
    let end = at + 1;
    while (end < text.length && !NOT_IN_ADDRESS.test(text[end]!)) end++;
    if (/.\.[a-z]{2}/i.test(text.slice(at + 1, end))) return true;
  }
  return false;
}

// Each pattern is linear: bounded repeats, or string operations (the e-mail address).
const PATTERNS: Record<IdentifierKind, Pick<RegExp, 'test'>[]> = {
  email: [{test: hasEmail}],
  // NHS numbers (3-3-4), Swedish personnummer (YYMMDD-NNNN, YYYYMMDD-NNNN), Norwegian
  // fødselsnummer (11 digits), French NIR (13 or 15 digits, spaced or not).
  'identity-number': [
    /(?<!\d)\d{3}[ -]\d{3}[ -]\d{4}(?!\d)/,
    /(?<!\d)(?:\d{2})?\d{6}[-+]\d{4}(?!\d)/,
    /(?<!\d)\d{6} ?\d{5}(?!\d)/,
    /(?<!\d)[12] ?\d{2} ?\d{2} ?\d{2} ?\d{3} ?\d{3}(?: ?\d{2})?(?!\d)/,
  ],
  phone: [/(?<![\w+])(?:\+|00|0)\d(?:[ .-]?\d){7,13}(?!\d)/, /(?<!\d)\d{2}(?:[ .]\d{2}){3,4}(?!\d)/],
  // UK and Canadian postcodes; Swedish "123 45"; French and Norwegian codes only
  // when a town follows, which tells them apart from years and amounts.
  postcode: [
    /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}\b/,
    /\b[ABCEGHJ-NPRSTVXY]\d[A-Z] ?\d[A-Z]\d\b/,
    /(?<!\d)(?:SE-?)?\d{3} \d{2}(?!\d)/,
    /(?<!\d)\d{4,5} \p{Lu}\p{Ll}{2,}/u,
  ],
  date: [
    /(?<!\d)\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})(?!\d)/,
    /(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)/,
    new RegExp(`(?<!\\d)\\d{1,2}(?:st|nd|rd|th|er|e|\\.)? (?:${MONTHS})\\.?(?![\\p{L}])`, 'iu'),
    new RegExp(`\\b(?:${MONTHS}) \\d{1,2}(?:st|nd|rd|th)?(?!\\d)`, 'iu'),
  ],
  // A title before a capitalised word, or someone saying what they or others are called.
  name: [
    /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Doctor|Nurse|Sister|Prof|Mme|Mlle|Madame|Monsieur|Docteur|Doktor|Fru|Herr|Sjuksköterska|Sykepleier)\.? \p{Lu}\p{Ll}+/u,
    /(?:\b[Mm]y name is|\b[Ii] am called|\b[Cc]alled|\b[Nn]amed|[Jj]e m'appelle|[Jj]e m’appelle|\b[Jj]ag heter|\b[Jj]eg heter|\b[Hh]eter|\b[Ss]'appelle|\b[Ss]’appelle) \p{Lu}\p{Ll}+/u,
  ],
};

/** The kinds of identifying detail found in `text`, in a stable order; empty when none. */
export function findIdentifiers(text: string): IdentifierKind[] {
  if (!text.trim()) return [];
  // Long answers are checked in full, but a pathological input cannot stall typing:
  // every pattern is linear, and only the first 20,000 characters are read.
  const sample = text.slice(0, 20_000);
  const found: IdentifierKind[] = [];
  for (const kind of IDENTIFIER_KINDS) {
    // An identity number looks like a phone number too; name it once, as the more specific.
    if (kind === 'phone' && found.includes('identity-number')) continue;
    if (PATTERNS[kind].some((pattern) => pattern.test(sample))) found.push(kind);
  }
  return found;
}

/**
 * Looks for identifying details (an e-mail address, a name, an identity number…) in
 * what the person wrote, on this device only, when they leave a field. The warning it
 * leads to can be dismissed; it comes back only when what was found changes.
 */
export class IdentifierCheck {
  /** What was found, by linkId. */
  found = new Map<string, IdentifierKind[]>();
  #dismissed = '';

  /** Looks through `texts` (by linkId). */
  check(texts: Iterable<[string, string]>): void {
    this.found = new Map();
    for (const [linkId, text] of texts) {
      const kinds = findIdentifiers(text);
      if (kinds.length > 0) this.found.set(linkId, kinds);
    }
  }

  get #key(): string {
    return JSON.stringify([...this.found]);
  }

  /** Whether the warning is shown: something was found, and not this very thing dismissed. */
  get warns(): boolean {
    return this.found.size > 0 && this.#dismissed !== this.#key;
  }

  dismiss(): void {
    this.#dismissed = this.#key;
  }
}
