// Imports every export path of every package from its built files, and checks that each
// `types` entry exists, so a broken exports map fails here rather than in someone's app.
// Every import runs in plain Node, with no window, document, customElements or indexedDB
// (DESIGN.md: server-safe modules), so a module that touches one at load time fails here.
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import {resolve} from 'node:path';

const root = resolve(import.meta.dirname, '..');
const packages = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')).workspaces;
let checked = 0;

/**
 * An export path, or each file a pattern (`./presets/*.js`) matches in its built files, so
 * every module a pattern offers is imported too. Patterns of plain files (schemas) are left
 * as they are: they only need to exist, and are not modules.
 */
function expand(dir, path, target) {
  if (!path.includes('*')) return [[path, target]];
  if (typeof target !== 'object') return [];
  const [before, after] = target.default.split('*');
  const cut = before.lastIndexOf('/') + 1;
  const folder = resolve(root, dir, before.slice(0, cut));
  const prefix = before.slice(cut);
  return readdirSync(folder)
    .filter((file) => file.startsWith(prefix) && file.endsWith(after))
    .map((file) => {
      const stem = file.slice(prefix.length, file.length - after.length);
      const fill = (pattern) => pattern.replace('*', stem);
      return [fill(path), Object.fromEntries(Object.entries(target).map(([key, value]) => [key, fill(value)]))];
    });
}
const problems = [];
for (const dir of packages) {
  const pkg = JSON.parse(readFileSync(resolve(root, dir, 'package.json'), 'utf8'));
  for (const [subpath, target] of Object.entries(pkg.exports).flatMap(([path, target]) => expand(dir, path, target))) {
    const specifier = subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
    if (typeof target === 'object') {
      const keys = Object.keys(target);
      if (keys[0] !== 'types') problems.push(`${specifier}: "types" must come first in its exports entry`);
      for (const file of Object.values(target)) {
        if (!existsSync(resolve(root, dir, file))) problems.push(`${specifier}: ${file} does not exist`);
      }
    } else if (!existsSync(resolve(root, dir, target))) {
      problems.push(`${specifier}: ${target} does not exist`);
    }
    // Conditional entries are the modules an app imports; plain files (the CDN bundle,
    // manifests) only need to exist, and the CDN bundle runs only in a browser.
    if (typeof target === 'object') {
      try {
        await import(specifier);
      } catch (error) {
        problems.push(`${specifier}: import failed: ${error.message}`);
      }
    }
    checked++;
  }
  if (!pkg.exports['./package.json']) problems.push(`${pkg.name}: ./package.json is not exported`);
}
// careloop re-exports every widget package, less what it leaves out on purpose (its index says why).
const LEFT_OUT = new Set(['readQuestionnaire', 'translated']);
const careloop = await import('careloop');
for (const dir of packages.filter((d) => d !== 'packages/careloop')) {
  const {name, careloop: meta} = JSON.parse(readFileSync(resolve(root, dir, 'package.json'), 'utf8'));
  // A framework's wrappers (@careloop/react) are installed on their own, not through careloop.
  if (meta?.adapter) continue;
  for (const key of Object.keys(await import(name))) {
    if (!(key in careloop) && !LEFT_OUT.has(key)) problems.push(`careloop does not re-export ${key} of ${name}`);
  }
}
if (problems.length > 0) {
  console.error(`Export map problems:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`exports: ${checked} export paths of ${packages.length} packages resolve and import`);
