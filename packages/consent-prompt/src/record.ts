import {uuid} from '@careloop/core';
import type {ConsentConfig, ConsentRecord, DecidedBy, Decision} from './consent-prompt.types.js';

/**
 * `sha256:` and the hex SHA-256 of the UTF-8 text. Pages without HTTPS have no
 * `crypto.subtle`: there the plain-JavaScript SHA-256 (sha256.ts) is used, loaded when
 * the prompt connects, so that an offline moment later does not stop a decision.
 */
export async function digest(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  const hash = crypto.subtle
    ? new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))
    : (await import('./sha256.js')).sha256Fallback(bytes);
  return `sha256:${[...hash].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** Makes the record of one decision. */
export async function createRecord(options: {
  config: ConsentConfig;
  text: string;
  language: string;
  decisions: Record<string, Decision>;
  decidedBy: DecidedBy;
  replaces?: string | undefined;
}): Promise<ConsentRecord> {
  const {id, version, url} = options.config.policy;
  return {
    id: uuid(),
    policy: {id, version, ...(url ? {url} : {})},
    language: options.language,
    text: options.text,
    digest: await digest(options.text),
    decidedAt: new Date().toISOString(),
    decisions: options.decisions,
    decidedBy: options.decidedBy,
    ...(options.replaces ? {replaces: options.replaces} : {}),
  };
}

const BASE = 'https://careloop.invalid/fhir';

function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * The record as a FHIR R4 Consent: `rejected` when everything was refused, `inactive`
 * when a change of mind withdrew everything, `active` otherwise; one provision per
 * purpose; the exact words shown as the source attachment; a proxy as a contained
 * RelatedPerson who performed it.
 */
export function toFhirConsent(record: ConsentRecord, config: ConsentConfig): Record<string, unknown> {
  const granted = Object.values(record.decisions).includes('granted');
  const status = granted ? 'active' : record.replaces ? 'inactive' : 'rejected';
  const by = record.decidedBy;
  const contained = by.onBehalf
    ? [
        {
          resourceType: 'RelatedPerson',
          id: 'decider',
          patient: {display: by.personName},
          relationship: [{coding: [{system: `${BASE}/CodeSystem/relationship`, code: by.relationship}]}],
          ...(by.deciderName ? {name: [{text: by.deciderName}]} : {}),
        },
      ]
    : undefined;
  const extension = record.replaces
    ? [{url: `${BASE}/StructureDefinition/replaces`, valueUri: `urn:uuid:${record.replaces}`}]
    : undefined;
  return {
    resourceType: 'Consent',
    ...(contained ? {contained} : {}),
    ...(extension ? {extension} : {}),
    identifier: [{system: 'urn:ietf:rfc:3986', value: `urn:uuid:${record.id}`}],
    status,
    scope: {coding: [{system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy'}]},
    category: [{coding: [{system: 'http://loinc.org', code: '59284-0', display: 'Patient Consent'}]}],
    ...(by.onBehalf ? {patient: {display: by.personName}} : {}),
    dateTime: record.decidedAt,
    performer: [by.onBehalf ? {reference: '#decider'} : {type: 'Patient'}],
    organization: [{display: config.controller}],
    policy: [{uri: record.policy.url ?? `urn:careloop:policy:${record.policy.id}`}],
    policyRule: {text: `${record.policy.id} ${record.policy.version}`},
    sourceAttachment: {
      contentType: 'text/plain;charset=utf-8',
      language: record.language,
      data: base64(record.text),
      title: `${record.policy.id} ${record.policy.version}`,
      creation: record.decidedAt,
      extension: [{url: `${BASE}/StructureDefinition/sha256`, valueString: record.digest}],
    },
    provision: {
      type: granted ? 'permit' : 'deny',
      provision: config.purposes.map((purpose) => ({
        type: record.decisions[purpose.id] === 'granted' ? 'permit' : 'deny',
        code: [
          {
            coding: [{system: `${BASE}/CodeSystem/consent-purpose`, code: purpose.id, display: purpose.title}],
            text: purpose.title,
          },
        ],
      })),
    },
  };
}
