import type {Arbitrary} from 'fast-check';

/** Any JSON-like value, with hostile keys and the odd numbers a property setter may receive. */
export function anything(keys: readonly string[]): Arbitrary<unknown>;
/** What a reader of `example` is given: anything at all, or the example a little broken. */
export function inputs(example: unknown): Arbitrary<unknown>;
