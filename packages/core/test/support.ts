/**
 * Shared test support: every test file imports it.
 * - Fails any test that wrote to the console (Lit dev-mode warnings included),
 *   unless the test took the output with `takeConsole`.
 * - `expectAccessible` runs axe-core (WCAG 2.2 A and AA) on an element, shadow roots included.
 */
import 'axe-core/axe.min.js';
import type {AxeResults, RunOptions} from 'axe-core';
import {executeServerCommand} from '@web/test-runner-commands';
import {setCareloopLocale} from '@careloop/core';

interface ConsoleEntry {
  level: string;
  text: string;
}

declare global {
  interface Window {
    __clConsole: ConsoleEntry[];
    axe: {run(context: Element, options: RunOptions): Promise<AxeResults>};
  }
}

/** Removes and returns what was written to the console since the test began. */
export function takeConsole(): ConsoleEntry[] {
  return window.__clConsole.splice(0);
}

afterEach(function () {
  const entries = takeConsole();
  if (entries.length > 0) {
    const lines = entries.map((entry) => `  console.${entry.level}: ${entry.text}`).join('\n');
    // Mocha's Runnable#error marks the current test failed without aborting the suite.
    (this.test as unknown as {error(error: Error): void}).error(new Error(`The test wrote to the console:\n${lines}`));
  }
});

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Fails with a readable list when axe finds any WCAG 2.2 A/AA violation in `element`. */
export async function expectAccessible(element: Element): Promise<void> {
  const results = await window.axe.run(element, {
    runOnly: {type: 'tag', values: WCAG_22_AA},
    resultTypes: ['violations'],
  });
  if (results.violations.length === 0) return;
  const report = results.violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary}`).join('\n')}`,
    )
    .join('\n');
  throw new Error(`axe found ${results.violations.length} violation(s):\n${report}`);
}

/** Sets `<html lang>` and waits until Careloop shows that locale. */
export async function useDocumentLanguage(lang: string): Promise<void> {
  document.documentElement.lang = lang;
  await setCareloopLocale('auto');
}

/**
 * The longest any wait may take. Generous on purpose: CI runs on a busy 2-core machine,
 * and a wait that passes only on a fast machine is a defect. A condition that holds
 * returns at once; a ceiling only decides how long a broken test takes to fail.
 */
export const CEILING = 30_000;

/** Waits for a condition, checking every animation frame. */
export async function until(condition: () => boolean, message = 'condition', timeout = CEILING): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${message}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** Waits for an asynchronous condition (a server's log, a database), asking again every 50 ms. */
export async function eventually(
  condition: () => Promise<boolean>,
  message = 'condition',
  timeout = CEILING,
): Promise<void> {
  const start = performance.now();
  while (!(await condition())) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Lets every task already queued run (an image's error handler, a mutation observer):
 * for tests that prove something did not happen. It is no timing assumption; each such
 * test also asserts the structure (no script, no handler attribute) that makes it true.
 */
export async function tasksRun(): Promise<void> {
  for (let i = 0; i < 2; i++) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** The text of a node (what a screen reader reads, hidden helper text included), whitespace folded. */
export function textOf(root: Node | null | undefined): string {
  return (root?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Every element in a shadow root that matches, as an array. */
export function all<E extends Element = HTMLElement>(root: ParentNode, selector: string): E[] {
  return [...root.querySelectorAll<E>(selector)];
}

/**
 * Waits until an element has rendered, including the words of any configuration
 * problem (they are loaded on first need).
 */
export async function settled(el: HTMLElement & {updateComplete: Promise<unknown>}): Promise<void> {
  await el.updateComplete;
  await until(() => {
    const box = el.shadowRoot?.querySelector('.problems');
    return !box || !box.querySelector('.problems__list') || box.querySelector('.problems__list li') !== null;
  }, 'the problem messages');
}

/**
 * Emulates print media or media features (forced colours…) where the engine allows it
 * (Chromium). Returns false elsewhere; the caller then skips its test.
 */
export async function emulateMedia(options: {
  media?: string;
  features?: {name: string; value: string}[];
}): Promise<boolean> {
  return (await executeServerCommand('cl-emulate-media', options)) === true;
}
