// Shared by the demo's Node tests: a portal on a random local port with its own data folder.
import {once} from 'node:events';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {createPortal} from '../server.mjs';

/** Starts the portal; `stop()` closes it and removes what it stored. */
export async function startPortal(options = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'careloop-demo-'));
  const server = createPortal({dataDir, ...options});
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    server,
    base: `http://127.0.0.1:${server.address().port}`,
    stop() {
      server.close();
      rmSync(dataDir, {recursive: true, force: true});
    },
  };
}
