// Size budgets from DESIGN.md, measured brotli-compressed (quality 11) on the minified
// bundles that `npm run build` writes. Prints every size; fails when one is over.
import {readFileSync, readdirSync, existsSync} from 'node:fs';
import {resolve} from 'node:path';
import {brotliCompressSync, constants} from 'node:zlib';
import {WIDGETS} from './packages.mjs';

const root = resolve(import.meta.dirname, '..');
const KB = 1024;
const brotli = (file) =>
  brotliCompressSync(readFileSync(file), {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;

/** The bytes a page downloads for an entry: the entry chunk and every chunk it imports (or re-exports) statically. */
function loaded(dir, entry) {
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    const code = readFileSync(resolve(dir, name), 'utf8');
    for (const [, dep] of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+)["']/g))
      visit(dep);
  };
  visit(entry);
  return [...seen].reduce((sum, name) => sum + brotli(resolve(dir, name)), 0);
}

const cdn = resolve(root, 'packages/careloop/dist');
const size = resolve(root, 'build/size/out');
for (const dir of [cdn, size]) {
  if (!existsSync(dir)) throw new Error(`${dir} is missing: run npm run build first`);
}
const localeChunks = readdirSync(cdn).filter((f) => /^careloop-(fr|sv|nb)\.js$/.test(f));
if (localeChunks.length !== 3)
  throw new Error(`expected 3 locale chunks beside careloop.js, found ${localeChunks.join(', ')}`);

const baseline = loaded(resolve(size, 'core-baseline'), 'core-baseline.js');
const rows = [
  // Each widget's budget is in its package.json ("careloop.size"), as DESIGN.md sets it.
  ...WIDGETS.filter((p) => p.size).map(({name, size: {what, kb, onTopOfCore}}) => [
    what,
    loaded(resolve(size, name), `${name}.js`) - (onTopOfCore ? baseline : 0),
    kb * KB,
  ]),
  ['careloop.js, every widget (locales excluded)', loaded(cdn, 'careloop.js'), 45 * KB],
  ['largest locale module', Math.max(...localeChunks.map((f) => brotli(resolve(cdn, f)))), 6 * KB],
  // Loaded only for a questionnaire with a FHIRPath expression (issue 12): the fhirpath
  // engine (its parser, UCUM and dates) and R4's model cut to questionnaires.
  ['FHIRPath chunk, beyond the feedback form', brotli(resolve(size, 'feedback-form/lazy-expressions.js')), 145 * KB],
];

let failed = false;
console.log('Bundle sizes (brotli, minified)');
for (const [what, bytes, budget] of rows) {
  const over = bytes > budget;
  failed ||= over;
  const pct = ((bytes / budget) * 100).toFixed(0).padStart(3);
  console.log(
    `  ${over ? 'OVER' : 'ok  '} ${what.padEnd(60)} ${(bytes / KB).toFixed(2).padStart(6)} KB of ${budget / KB} KB (${pct}%)`,
  );
}
if (failed) {
  console.error('A bundle is over its budget (DESIGN.md, "Budgets").');
  process.exit(1);
}
