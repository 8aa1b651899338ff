// The delivery soak (packages/careloop/test/soak.test.ts) in Chromium, Firefox and WebKit:
// `npm run soak` submits 1,000 times an engine (`npm run soak -- 200` for fewer) through a
// collector that meets each request with a random fault, then prints, for each engine,
// the submissions made, delivered, duplicated and lost, the server's request count, the
// requests beyond the first for one Idempotency-Key, the delay from Send to stored, and
// the faults the server met. Exits non-zero unless every engine lost and duplicated nothing.
// `npm test` runs it with 60 an engine (npm run test:soak); see docs/payloads.md, "The delivery soak".
import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync, rmSync} from 'node:fs';
import {resolve} from 'node:path';

const root = resolve(import.meta.dirname, '..');
const count = Number(process.argv[2] ?? 1000);
if (!Number.isInteger(count) || count < 1) throw new Error(`soak: not a count of submissions: ${process.argv[2]}`);
rmSync(resolve(root, 'build/soak'), {recursive: true, force: true});
const run = spawnSync('npx', ['web-test-runner', '--group', 'soak', '--static-logging'], {
  cwd: root,
  stdio: 'inherit',
  env: {...process.env, CL_SOAK: String(count)},
});

const engines = ['chromium', 'firefox', 'webkit'].filter((e) => (process.env.CL_BROWSERS ?? e).includes(e));
const rows = [];
for (const engine of engines) {
  const file = resolve(root, `build/soak/${engine}.json`);
  if (existsSync(file)) rows.push(JSON.parse(readFileSync(file, 'utf8')));
  else rows.push({engine, missing: true});
}
console.log(`\nDelivery soak, ${count} submissions an engine`);
console.log('engine    made  delivered  duplicated  lost  requests  resent  delay p50 / p95 / max (ms)  faults met');
for (const r of rows) {
  if (r.missing) {
    console.log(`${r.engine.padEnd(8)}  no figures: the soak did not finish in this engine`);
    continue;
  }
  const faults = Object.entries(r.faults)
    .filter(([f]) => f !== 'none')
    .map(([f, n]) => `${f} ${n}`)
    .join(', ');
  console.log(
    `${r.engine.padEnd(8)} ${String(r.made).padStart(5)} ${String(r.delivered).padStart(10)} ${String(r.duplicated).padStart(11)}` +
      ` ${String(r.lost).padStart(5)} ${String(r.requests).padStart(9)} ${String(r.resent).padStart(7)}` +
      `  ${`${r.delayMs.p50} / ${r.delayMs.p95} / ${r.delayMs.max}`.padStart(26)}  ${faults}`,
  );
}
const ok =
  run.status === 0 && rows.every((r) => !r.missing && r.lost === 0 && r.duplicated === 0 && r.delivered === count);
process.exit(ok ? 0 : 1);
