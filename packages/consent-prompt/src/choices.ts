import {
  RELATIONSHIPS,
  type ConsentConfig,
  type ConsentRecord,
  type DecidedBy,
  type Decision,
  type Relationship,
} from './consent-prompt.types.js';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The first field of an earlier record (the `previous` property, given by the host)
 * that cannot be read: its path and what it should be; undefined when the record is whole.
 */
export function recordProblem(raw: unknown): {path: string; expected: 'object' | 'date-time' | 'text'} | undefined {
  if (!isObject(raw)) return {path: 'previous', expected: 'object'};
  const {decisions, decidedBy, decidedAt} = raw;
  if (!isObject(decisions) || !Object.values(decisions).every((d) => d === 'granted' || d === 'refused'))
    return {path: 'previous.decisions', expected: 'object'};
  if (!isObject(decidedBy) || typeof decidedBy['onBehalf'] !== 'boolean')
    return {path: 'previous.decidedBy', expected: 'object'};
  if (typeof decidedAt !== 'string' || Number.isNaN(Date.parse(decidedAt)))
    return {path: 'previous.decidedAt', expected: 'date-time'};
  return undefined;
}

/** A problem with the choices: a required purpose's id, or a missing field of "who is deciding". */
export type ChoiceProblem = string;

/** The id of the control a problem is about: a purpose's box, or a field of "who is deciding". */
export const problemTarget = (problem: ChoiceProblem) =>
  problem === 'relationship' ? 'relationship' : problem === 'person' ? 'person-name' : `purpose-${problem}`;

/**
 * What the person has chosen so far, apart from the DOM: each purpose ticked or not,
 * and whether (and for whom) they decide on someone else's behalf. Nothing is ticked
 * until the person ticks it.
 */
export class ConsentChoices {
  ticked = new Map<string, boolean>();
  onBehalf = false;
  relationship: Relationship | '' = '';
  personName = '';
  deciderName = '';

  /** Starts from an earlier record: its decisions, and who decided. */
  adopt(record: ConsentRecord): void {
    this.ticked = new Map(Object.entries(record.decisions).map(([id, d]) => [id, d === 'granted']));
    const by = record.decidedBy;
    this.onBehalf = by.onBehalf;
    if (by.onBehalf) {
      this.relationship = by.relationship;
      this.personName = by.personName;
      this.deciderName = by.deciderName ?? '';
    }
  }

  reset(): void {
    this.ticked = new Map();
    this.onBehalf = false;
  }

  /** The choices as plain data, for the browser to restore on back/forward navigation. */
  snapshot(): unknown {
    const {onBehalf, relationship, personName, deciderName} = this;
    return {ticked: [...this.ticked], onBehalf, relationship, personName, deciderName};
  }

  /** Puts back what `snapshot` gave, as JSON; anything of another shape is ignored. */
  restore(json: string): void {
    try {
      const saved = JSON.parse(json) as Record<string, unknown>;
      if (Array.isArray(saved['ticked']))
        this.ticked = new Map(
          (saved['ticked'] as unknown[]).filter(
            (pair): pair is [string, boolean] =>
              Array.isArray(pair) && typeof pair[0] === 'string' && typeof pair[1] === 'boolean',
          ),
        );
      this.onBehalf = saved['onBehalf'] === true;
      const relationship = saved['relationship'];
      this.relationship = (RELATIONSHIPS as readonly unknown[]).includes(relationship)
        ? (relationship as Relationship)
        : '';
      for (const key of ['personName', 'deciderName'] as const)
        if (typeof saved[key] === 'string') this[key] = saved[key];
    } catch {
      // A damaged state is ignored: nothing is ticked.
    }
  }

  /** Every purpose of the configuration, granted or refused: an unticked purpose is refused. */
  decisions(config: ConsentConfig): Record<string, Decision> {
    return Object.fromEntries(config.purposes.map((p) => [p.id, this.ticked.get(p.id) ? 'granted' : 'refused']));
  }

  /** Who decided; with `noProxy` the question was not asked, so for themselves. */
  decidedBy(noProxy: boolean): DecidedBy {
    if (!this.onBehalf || noProxy) return {onBehalf: false};
    const deciderName = this.deciderName.trim();
    return {
      onBehalf: true,
      relationship: this.relationship || 'other',
      personName: this.personName.trim(),
      ...(deciderName ? {deciderName} : {}),
    };
  }

  /** What stops the choices from being recorded: required purposes unticked, then the missing "who" fields. */
  problems(config: ConsentConfig, noProxy: boolean): ChoiceProblem[] {
    const proxy = this.onBehalf && !noProxy;
    return [
      ...config.purposes.filter((p) => p.required && !this.ticked.get(p.id)).map((p) => p.id),
      ...(proxy && !this.relationship ? ['relationship'] : []),
      ...(proxy && !this.personName.trim() ? ['person'] : []),
    ];
  }
}

/** What is remembered with `remember`: the policy version and the choices, no name, no contact detail. */
export interface Remembered {
  version: string;
  decisions: Record<string, Decision>;
  decidedAt: string;
}

const storageKey = (policy: string) => `careloop-consent:${policy}`;

/** The choices remembered on this device for a policy, or null when there are none (or they are damaged). */
export function readRemembered(policy: string): Remembered | null {
  try {
    const stored = JSON.parse(localStorage.getItem(storageKey(policy)) ?? 'null') as Partial<Remembered> | null;
    if (stored && typeof stored.version === 'string' && stored.decisions && typeof stored.decisions === 'object')
      return stored as Remembered;
  } catch {
    // Storage refused or damaged: ask again.
  }
  return null;
}

/** Remembers a record's choices (never a name) for the next visit. */
export function remember(policy: string, record: ConsentRecord): Remembered {
  const remembered: Remembered = {
    version: record.policy.version,
    decisions: record.decisions,
    decidedAt: record.decidedAt,
  };
  try {
    localStorage.setItem(storageKey(policy), JSON.stringify(remembered));
  } catch {
    // Not remembered: the person will be asked again next time.
  }
  return remembered;
}
