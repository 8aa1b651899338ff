// Shared by the demo's Node tests: a portal on a random local port with its own data folder.
import {once} from 'node:events';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {createRequire} from 'node:module';
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

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe (WCAG 2.2 A and AA) on the page as it is: each violation, with where it is. */
export async function axe(page) {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const results = await window.axe.run(document, {
      runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']},
    });
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** Focuses the first match of `selector` inside `tag`'s shadow root (works with the page's script off, too). */
export const focusIn = (page, tag, selector) =>
  page.evaluate((t, s) => document.querySelector(t).shadowRoot.querySelector(s).focus(), tag, selector);

/**
 * Waits until `selector` matches inside `tag`'s shadow root (polled each frame: a
 * document's mutation events do not see into shadow roots).
 */
export const shownIn = (page, tag, selector) =>
  page.waitForFunction((t, s) => document.querySelector(t)?.shadowRoot?.querySelector(s), {}, tag, selector);
