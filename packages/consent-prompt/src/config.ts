import {FieldReader, describeValue, type Parsed} from '@careloop/core';
import type {ConsentConfig, Purpose} from './consent-prompt.types.js';

/** Reads a consent configuration; every wrong field is named, and the prompt is refused when a purpose or the policy is unusable. */
export function parseConsentConfig(raw: unknown): Parsed<ConsentConfig> {
  const reader = new FieldReader();
  const obj = reader.object(raw, 'consent');
  if (!obj) return {value: undefined, problems: reader.problems};
  const policyRaw =
    obj['policy'] === undefined
      ? (reader.report({code: 'required', path: 'policy'}), undefined)
      : reader.object(obj['policy'], 'policy');
  const policy = policyRaw && {
    id: reader.text(policyRaw, 'id', 'policy.id', true),
    version:
      typeof policyRaw['version'] === 'number'
        ? String(policyRaw['version'])
        : reader.text(policyRaw, 'version', 'policy.version', true),
    url: reader.url(policyRaw, 'url', 'policy.url'),
    changes: reader.text(policyRaw, 'changes', 'policy.changes'),
  };
  const controller = reader.text(obj, 'controller', 'controller', true);
  const retention = reader.text(obj, 'retention', 'retention');
  const notice = reader.choice(obj, 'notice', 'notice', ['public-record'] as const);
  const offerAll = obj['offerAll'] === true;
  if (obj['offerAll'] !== undefined && typeof obj['offerAll'] !== 'boolean') {
    reader.report({code: 'wrong-type', path: 'offerAll', expected: 'boolean', found: describeValue(obj['offerAll'])});
  }
  const purposes: Purpose[] = [];
  const list =
    obj['purposes'] === undefined
      ? (reader.report({code: 'required', path: 'purposes'}), [])
      : (reader.array(obj['purposes'], 'purposes') ?? []);
  const seen = new Set<string>();
  list.forEach((entry, i) => {
    const path = `purposes[${i}]`;
    const purpose = reader.object(entry, path);
    if (!purpose) return;
    const known = reader.problems.length;
    const id = reader.text(purpose, 'id', `${path}.id`, true);
    const title = reader.text(purpose, 'title', `${path}.title`, true);
    const description = reader.text(purpose, 'description', `${path}.description`);
    const required = purpose['required'];
    if (required !== undefined && typeof required !== 'boolean') {
      reader.report({
        code: 'wrong-type',
        path: `${path}.required`,
        expected: 'boolean',
        found: describeValue(required),
      });
    }
    if (id && seen.has(id)) reader.report({code: 'duplicate-id', path: `${path}.id`, found: JSON.stringify(id)});
    // A purpose with any field that cannot be read is not shown in part: the person would agree to other than was meant.
    if (!id || !title || seen.has(id) || reader.problems.length > known) return;
    seen.add(id);
    purposes.push({id, title, ...(description ? {description} : {}), required: required === true});
  });
  if (purposes.length === 0 && Array.isArray(obj['purposes'])) reader.report({code: 'required', path: 'purposes'});
  // A prompt whose policy, controller or purposes are wrong cannot record valid evidence: refuse it whole.
  if (!policy?.id || !policy.version || !controller || purposes.length !== list.length || list.length === 0) {
    return {value: undefined, problems: reader.problems};
  }
  const config: ConsentConfig = {
    policy: {
      id: policy.id,
      version: policy.version,
      ...(policy.url ? {url: policy.url} : {}),
      ...(policy.changes ? {changes: policy.changes} : {}),
    },
    controller,
    purposes,
    offerAll,
  };
  if (retention) config.retention = retention;
  if (notice) config.notice = notice;
  return {value: config, problems: reader.problems};
}
