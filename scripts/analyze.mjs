// Writes custom-elements.json and vscode.html-custom-data.json for each package,
// and a combined manifest for the umbrella `careloop` package.
import {execFileSync} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {SOURCE_PACKAGES} from './packages.mjs';

const root = resolve(import.meta.dirname, '..');
const config = resolve(root, 'custom-elements-manifest.config.mjs');
const cem = resolve(root, 'node_modules/.bin/cem');
const ELEMENT_PACKAGES = SOURCE_PACKAGES.map((p) => p.name);

function analyze(dir) {
  try {
    // The analyzer reports each `.js` import it resolves to a `.ts` file; only failures matter.
    execFileSync(cem, ['analyze', '--config', config], {cwd: dir, stdio: 'pipe'});
  } catch (error) {
    process.stderr.write(String(error.stdout ?? '') + String(error.stderr ?? ''));
    throw new Error(`custom-elements-manifest failed in ${dir}`);
  }
  return JSON.parse(readFileSync(resolve(dir, 'custom-elements.json'), 'utf8'));
}

/** VS Code's HTML custom data, so editors autocomplete tags, attributes and their values. */
function vscodeData(manifest) {
  const tags = [];
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) {
      if (!d.tagName) continue;
      tags.push({
        name: d.tagName,
        description: [d.summary, d.description].filter(Boolean).join('\n\n'),
        attributes: (d.attributes ?? []).map((a) => {
          const values = [...(a.type?.text ?? '').matchAll(/'([^']+)'/g)].map((m) => ({name: m[1]}));
          return {name: a.name, description: a.description ?? '', ...(values.length ? {values} : {})};
        }),
      });
    }
  }
  return {version: 1.1, tags};
}

const manifests = [];
for (const name of ELEMENT_PACKAGES) {
  const dir = resolve(root, 'packages', name);
  const manifest = analyze(dir);
  writeFileSync(resolve(dir, 'vscode.html-custom-data.json'), `${JSON.stringify(vscodeData(manifest), null, 2)}\n`);
  manifests.push([name, manifest]);
}

const combined = {
  schemaVersion: manifests[0][1].schemaVersion,
  readme: '',
  modules: manifests.flatMap(([name, m]) => m.modules.map((mod) => ({...mod, path: `../${name}/${mod.path}`}))),
};
const umbrella = resolve(root, 'packages/careloop');
writeFileSync(resolve(umbrella, 'custom-elements.json'), `${JSON.stringify(combined, null, 2)}\n`);
writeFileSync(resolve(umbrella, 'vscode.html-custom-data.json'), `${JSON.stringify(vscodeData(combined), null, 2)}\n`);
const count = combined.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).length;
console.log(`custom-elements manifests written: ${count} elements`);
