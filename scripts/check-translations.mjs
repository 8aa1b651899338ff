// Fails when a shipped locale lacks a message. Runs `lit-localize extract` first, so a
// msg() added to the code without a translation shows up here as a missing <target>.
import {execFileSync} from 'node:child_process';
import {readFileSync, readdirSync} from 'node:fs';
import {resolve} from 'node:path';

const root = resolve(import.meta.dirname, '..');
const config = JSON.parse(readFileSync(resolve(root, 'lit-localize.json'), 'utf8'));
execFileSync(resolve(root, 'node_modules/.bin/lit-localize'), ['extract'], {cwd: root, stdio: 'pipe'});

const placeholders = (text) =>
  [...text.matchAll(/<x id="(\d+)"/g)]
    .map((m) => m[1])
    .sort()
    .join(',');
const problems = [];
let units = 0;
for (const locale of config.targetLocales) {
  const file = resolve(root, config.interchange.xliffDir, `${locale}.xlf`);
  const xml = readFileSync(file, 'utf8');
  for (const [, id, body] of xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    units++;
    // An id lit-localize made up from the text: the msg() gave none (the bundles rely on every one having one).
    if (/^[sh][0-9a-f]{16}$/.test(id))
      problems.push(`${locale}: a msg() has no id of its own (${id}); give it {id: '…'}`);
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
    const target = /<target>([\s\S]*?)<\/target>/.exec(body)?.[1];
    if (target === undefined || target.trim() === '') problems.push(`${locale}: "${id}" has no translation`);
    else if (placeholders(source) !== placeholders(target))
      problems.push(`${locale}: "${id}" does not keep the placeholders of the source`);
  }
}
const files = readdirSync(resolve(root, config.interchange.xliffDir)).filter((f) => f.endsWith('.xlf'));
if (files.length !== config.targetLocales.length)
  problems.push(`expected ${config.targetLocales.length} XLIFF files, found ${files.length}`);

if (problems.length > 0) {
  console.error(`Translations are incomplete (${problems.length}):\n  ${problems.join('\n  ')}`);
  console.error('Add the missing <target> elements in xliff/, then run `npm run localize`.');
  process.exit(1);
}
console.log(
  `translations: ${config.targetLocales.join(', ')} complete (${units / config.targetLocales.length} messages each)`,
);
