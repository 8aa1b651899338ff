/** How the prompt is shown: inside the page, or in a modal dialog opened by a button. */
export const MODES = ['inline', 'dialog'] as const;
export type Mode = (typeof MODES)[number];

/** Who may decide on someone else's behalf. */
export const RELATIONSHIPS = ['parent-or-guardian', 'carer', 'family-member', 'legal-representative', 'other'] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

export const DECISIONS = ['granted', 'refused'] as const;
export type Decision = (typeof DECISIONS)[number];

/** One thing the person may agree to. */
export interface Purpose {
  id: string;
  title: string;
  /** Markdown, rendered sanitised. */
  description?: string;
  /** Without it, what the prompt is part of cannot be submitted. */
  required: boolean;
}

/** The consent configuration (DESIGN.md, "Consent configuration"). */
export interface ConsentConfig {
  policy: {id: string; version: string; url?: string; changes?: string};
  /** Who processes the data, e.g. "Riverside Hospital, Patient Experience Team". */
  controller: string;
  /** How long the data is kept, in words. */
  retention?: string;
  notice?: 'public-record';
  purposes: Purpose[];
  /** Offer "Accept all" and "Decline all", with equal prominence. */
  offerAll: boolean;
}

/** Who made the decision. */
export type DecidedBy =
  {onBehalf: false} | {onBehalf: true; relationship: Relationship; personName: string; deciderName?: string};

/**
 * The evidence of one decision. Records are never edited: a change of mind is a new
 * record whose `replaces` names the one before.
 * JSON Schema: packages/consent-prompt/schemas/consent.schema.json.
 */
export interface ConsentRecord {
  id: string;
  policy: {id: string; version: string; url?: string};
  /** The language the words were shown in. */
  language: string;
  /** The exact words shown, as plain text. */
  text: string;
  /** `sha256:` and the hex SHA-256 of `text` (UTF-8). */
  digest: string;
  decidedAt: string;
  decisions: Record<string, Decision>;
  decidedBy: DecidedBy;
  replaces?: string;
}
