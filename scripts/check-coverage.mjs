// The browser tests write coverage/lcov.info (Chromium's V8 coverage). This checks the
// floor of 90% of lines for core and for each widget package separately, so a
// well-tested package cannot hide an untested one.
import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {SOURCE_PACKAGES} from './packages.mjs';

const FLOOR = 90;
const lcov = readFileSync(resolve(import.meta.dirname, '../coverage/lcov.info'), 'utf8');
const totals = new Map();
let current;
for (const line of lcov.split('\n')) {
  if (line.startsWith('SF:')) {
    const match = /packages\/([^/]+)\/src\//.exec(line);
    current = match?.[1];
  } else if (current && line.startsWith('LF:')) {
    const t = totals.get(current) ?? {found: 0, hit: 0};
    t.found += Number(line.slice(3));
    totals.set(current, t);
  } else if (current && line.startsWith('LH:')) {
    totals.get(current).hit += Number(line.slice(3));
  }
}
let failed = false;
console.log(`Line coverage per package (floor ${FLOOR}%)`);
for (const [pkg, {found, hit}] of [...totals].sort()) {
  const pct = found === 0 ? 100 : (hit / found) * 100;
  const low = pct < FLOOR;
  failed ||= low;
  console.log(`  ${low ? 'LOW ' : 'ok  '} ${pkg.padEnd(16)} ${pct.toFixed(1).padStart(5)}% of ${found} lines`);
}
for (const required of SOURCE_PACKAGES.map((p) => p.name)) {
  if (!totals.has(required)) {
    console.error(`  no coverage recorded for ${required}`);
    failed = true;
  }
}
if (failed) process.exit(1);
