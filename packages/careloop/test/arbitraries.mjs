// What the fuzz feeds the readers (fuzz.test.mjs, in Node) and the elements
// (fuzz-elements.test.ts, in the browsers): values nothing like what is expected, and a
// valid example with a few of its places swapped for anything, removed or wrapped in a list.
import fc from 'fast-check';

/** Every key a valid example uses, so that generated objects often hit a field the reader knows. */
function keysOf(value, keys = new Set()) {
  if (Array.isArray(value)) value.forEach((v) => keysOf(v, keys));
  else if (value && typeof value === 'object') for (const [key, v] of Object.entries(value)) keysOf(v, keys.add(key));
  return [...keys];
}

/** Any JSON-like value, with hostile keys and the odd numbers a property setter may receive. */
export function anything(keys) {
  const key = fc.oneof(
    {weight: 3, arbitrary: fc.constantFrom(...keys)},
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'then'),
    fc.string({maxLength: 8}),
  );
  const leaf = fc.oneof(
    fc.constant(null),
    fc.constant(undefined),
    fc.boolean(),
    fc.integer(),
    fc.double(),
    fc.constantFrom(0, -0, -1, 2 ** 53, Number.NaN, Infinity, -Infinity, 1e308),
    fc.string({unit: 'grapheme', maxLength: 12}),
    fc.constantFrom(
      '',
      ' ',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      '//evil.example/x',
      '<img src=x onerror=alert(1)>',
      '2026-13-45T25:61:00Z',
      'Europe/Nowhere',
      '\u0000\r\nATTACH:x',
      '#'.repeat(3) + ' '.repeat(3000) + 'x',
      'x'.repeat(100_000),
    ),
  );
  const {value} = fc.letrec((tie) => ({
    value: fc.oneof({depthSize: 'small', withCrossShrink: true}, leaf, tie('array'), tie('object')),
    array: fc.array(tie('value'), {maxLength: 4}),
    // Object.fromEntries defines `__proto__` as an own key, as JSON.parse does.
    object: fc.array(fc.tuple(key, tie('value')), {maxLength: 5}).map((entries) => Object.fromEntries(entries)),
  }));
  return value;
}

/** Every place in `value` (a path of keys), the root included. */
function places(value, path = [], out = [[]]) {
  if (value && typeof value === 'object')
    for (const [key, v] of Object.entries(value)) {
      out.push([...path, key]);
      places(v, [...path, key], out);
    }
  return out;
}

/** The example with some of its places swapped for anything, removed, or wrapped in a list. */
function mutated(example, keys) {
  const all = places(example);
  const change = fc.tuple(
    fc.nat({max: all.length - 1}),
    fc.oneof(
      {weight: 3, arbitrary: anything(keys).map((v) => ({set: v}))},
      fc.constant({remove: true}),
      fc.constant({wrap: true}),
    ),
  );
  return fc.array(change, {minLength: 1, maxLength: 4}).map((changes) => {
    let copy = structuredClone(example);
    for (const [at, how] of changes) {
      const path = all[at];
      if (path.length === 0) {
        copy = how.set ?? (how.wrap ? [copy] : undefined);
        continue;
      }
      let parent = copy;
      for (const key of path.slice(0, -1)) parent = parent && typeof parent === 'object' ? parent[key] : undefined;
      if (!parent || typeof parent !== 'object') continue;
      const last = path.at(-1);
      if (how.remove) delete parent[last];
      else
        Object.defineProperty(parent, last, {
          value: how.wrap ? [parent[last]] : how.set,
          enumerable: true,
          writable: true,
          configurable: true,
        });
    }
    return copy;
  });
}

/** What a reader of `example` is given: anything at all, or the example a little broken. */
export const inputs = (example) => {
  const keys = keysOf(example);
  return fc.oneof(anything(keys), {weight: 3, arbitrary: mutated(example, keys)});
};
