import {getCareloopLocale} from './localization.js';
import {VERSION} from './version.js';

/** What a submission is. Each kind's `data` has its own JSON Schema in its package. */
export const SUBMISSION_KINDS = ['feedback', 'consent', 'workshop-registration', 'involvement-interest'] as const;
export type SubmissionKind = (typeof SUBMISSION_KINDS)[number];

/**
 * The submission envelope (DESIGN.md, "Shared contracts"): what every widget that
 * submits sends, as JSON, with its `id` as the `Idempotency-Key`.
 * JSON Schema: packages/core/schemas/envelope.schema.json.
 */
export interface SubmissionEnvelope<Data = unknown> {
  /** A UUID, also sent as the `Idempotency-Key` header. */
  id: string;
  kind: SubmissionKind;
  /** ISO 8601 date-time when the person submitted. */
  createdAt: string;
  /** The language the person saw, e.g. `fr`. */
  locale: string;
  source: {
    /** The element's tag, e.g. `cl-feedback-form`. */
    element: string;
    /** Careloop's version. */
    version: string;
    /** The page's origin and path (never its query or fragment, which may identify someone). */
    page: string;
    /** Where the widget was used, as configured, e.g. `reception-kiosk`. */
    context?: string;
    /** Which service it is about, as configured, e.g. `older-persons-mental-health-ward`. */
    service?: string;
  };
  data: Data;
  /** The FHIR R4 resource, where one applies (QuestionnaireResponse, Consent). */
  fhir?: Record<string, unknown>;
}

/** A random (version 4) UUID, also where `crypto.randomUUID` is missing (insecure contexts). */
export function uuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Makes the envelope for what a person just submitted. */
export function createEnvelope<Data>(options: {
  kind: SubmissionKind;
  element: string;
  data: Data;
  fhir?: Record<string, unknown>;
  context?: string | null;
  service?: string | null;
  /** The page it was sent from, where there is no `location` to ask (a server turning a form post into an envelope). */
  page?: string;
  /** Its id when one was chosen ahead (a form rendered with its key); a new UUID otherwise. */
  id?: string;
}): SubmissionEnvelope<Data> {
  const source: SubmissionEnvelope['source'] = {
    element: options.element,
    version: VERSION,
    page: options.page ?? `${location.origin}${location.pathname}`,
  };
  if (options.context) source.context = options.context;
  if (options.service) source.service = options.service;
  return {
    id: options.id ?? uuid(),
    kind: options.kind,
    createdAt: new Date().toISOString(),
    locale: getCareloopLocale(),
    source,
    data: options.data,
    ...(options.fhir ? {fhir: options.fhir} : {}),
  };
}
