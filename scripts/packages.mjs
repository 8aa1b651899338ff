// The one list of packages. Every script that needs to know the packages reads it here:
// the root package.json's `workspaces`, each described by the `careloop` field of its own
// package.json — the tags it registers, the docs page its API tables go to, and its size
// budget. Adding a widget means a new package, its line in `workspaces` and its paths in
// tsconfig.json (see docs/contributing.md).
import {readFileSync} from 'node:fs';
import {basename, resolve} from 'node:path';

export const root = resolve(import.meta.dirname, '..');
const read = (file) => JSON.parse(readFileSync(resolve(root, file), 'utf8'));

/**
 * @typedef {object} CareloopPackage
 * @property {string} name  folder name, e.g. `feedback-form`
 * @property {string} dir   path from the repository root, e.g. `packages/feedback-form`
 * @property {object} pkg   its package.json
 * @property {string[]} elements  the tags it registers
 * @property {string | undefined} docs  the docs page that holds its API tables
 * @property {{what: string, kb: number, onTopOfCore?: boolean} | undefined} size  its size budget
 * @property {boolean} umbrella  true for `careloop`, which registers every other package
 * @property {boolean} adapter  true for a framework's wrappers of the elements (`@careloop/react`)
 */

/** @type {CareloopPackage[]} */
export const PACKAGES = read('package.json').workspaces.map((dir) => {
  const pkg = read(`${dir}/package.json`);
  const meta = pkg.careloop ?? {};
  return {
    name: basename(dir),
    dir,
    pkg,
    elements: meta.elements ?? [],
    docs: meta.docs,
    size: meta.size,
    umbrella: meta.umbrella === true,
    adapter: meta.adapter === true,
  };
});

/**
 * The packages with source of their own to test, analyse and cover in the browser (all but
 * the umbrella and the framework adapters, which their example apps test).
 */
export const SOURCE_PACKAGES = PACKAGES.filter((p) => !p.umbrella && !p.adapter);
/** The packages that register elements. */
export const WIDGETS = PACKAGES.filter((p) => p.elements.length > 0);
/** Every tag Careloop registers. */
export const TAGS = WIDGETS.flatMap((p) => p.elements);
