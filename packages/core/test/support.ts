/**
 * The shared test kit: every test file imports it, and nothing else holds these helpers.
 * - Fails any test that wrote to the console (Lit dev-mode warnings included),
 *   unless the test took the output with `takeConsole`.
 * - `mount` places an element on the page; everything mounted is removed after each test.
 * - `expectAccessible` runs axe-core (WCAG 2.2 A and AA) on an element, shadow roots included.
 * - Waits (`until`, `eventually`) for a condition, never for a time.
 * - Keyboard drivers (`typeText`, `pressEnter`, `chooseOption`), `captureSubmit` for the envelope a widget
 *   would send, and `collector()` for the local collector every widget can send to.
 * - `fixture` reads a JSON fixture that node tests and stories read too.
 */
import 'axe-core/axe.min.js';
import type {AxeResults, RunOptions} from 'axe-core';
import {executeServerCommand, sendKeys} from '@web/test-runner-commands';
import {setCareloopLocale, uuid, type SubmissionEnvelope} from '@careloop/core';

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

/**
 * Reads a JSON fixture beside the test (`fixture(new URL('./fixtures/x.json', import.meta.url))`):
 * one file that the browser tests, the node schema tests and the stories share.
 */
export async function fixture<T = Record<string, unknown>>(url: URL): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`fixture ${url.pathname}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Removes and returns what was written to the console since the test began. */
export function takeConsole(): ConsoleEntry[] {
  return window.__clConsole.splice(0);
}

const mounted = new Set<Element>();

/**
 * Places `element` at the end of the page (or in `parent`) and returns it. Everything
 * mounted, and anything placed inside it, is removed after the test, whatever happened.
 */
export function mount<E extends Element>(element: E, parent: ParentNode = document.body): E {
  parent.append(element);
  mounted.add(element);
  return element;
}

afterEach(function () {
  for (const element of mounted) element.remove();
  mounted.clear();
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

type Rendering = HTMLElement & {updateComplete: Promise<unknown>; shadowRoot: ShadowRoot | null};

/** The element that has focus inside `el`'s shadow root (or the page's, without one). */
export const focusedIn = (el: Rendering) => (el.shadowRoot ?? document).activeElement;

/**
 * Types into the focused field one character at a time, each after the last has
 * landed, as a person watching the screen does (WebKit's driver drops keys sent
 * faster than the page handles them).
 */
export async function typeText(el: Rendering, text: string): Promise<void> {
  const field = focusedIn(el) as HTMLInputElement | HTMLTextAreaElement | null;
  if (!field || !('value' in field)) throw new Error('typeText: no text field has focus');
  for (const character of text) {
    const before = field.value;
    await sendKeys({type: character});
    await until(() => field.value !== before, `"${character}" to be typed`);
    await el.updateComplete;
  }
}

/** Moves focus to `control` (inside `el`) as Tab would, and waits until it has it. */
export async function focusOn(el: Rendering, control: HTMLElement): Promise<void> {
  control.focus();
  await until(() => focusedIn(el) === control, 'the control to have focus');
}

/**
 * Chooses the option whose value is `value` with the keyboard: focus the select, then arrow
 * to the option, one key at a time, each after the last has moved the selection (a person looks too).
 */
export async function chooseOption(el: Rendering, select: HTMLSelectElement, value: string): Promise<void> {
  await focusOn(el, select);
  const target = [...select.options].findIndex((o) => o.value === value);
  if (target < 0) throw new Error(`chooseOption: no option ${value} in #${select.id}`);
  while (select.selectedIndex !== target) {
    const from = select.selectedIndex;
    await sendKeys({press: target > from ? 'ArrowDown' : 'ArrowUp'});
    // A busy engine can take a moment to apply the key; press again only if it never does.
    await until(() => select.selectedIndex !== from, `#${select.id} to move from option ${from}`).catch(
      () => undefined,
    );
  }
  await el.updateComplete;
}

/** Presses Enter on `button` with the keyboard, and waits until focus moves on from it (what every submit does). */
export async function pressEnter(el: Rendering, button: HTMLElement): Promise<void> {
  await focusOn(el, button);
  await sendKeys({press: 'Enter'});
  await until(() => focusedIn(el) !== button, 'focus to move on from the button');
  await el.updateComplete;
}

/**
 * Runs `act` (a person submitting) and returns the envelope of the `cl-submit` it
 * caused, which is kept from being sent anywhere; undefined when nothing was submitted.
 */
export async function captureSubmit<T = unknown>(
  el: EventTarget,
  act: () => Promise<unknown>,
): Promise<SubmissionEnvelope<T> | undefined> {
  let envelope: SubmissionEnvelope<T> | undefined;
  const listener = (event: Event) => {
    event.preventDefault();
    envelope = (event as CustomEvent<SubmissionEnvelope<T>>).detail;
  };
  el.addEventListener('cl-submit', listener);
  try {
    await act();
  } finally {
    el.removeEventListener('cl-submit', listener);
  }
  return envelope;
}

/** One request the collector received. */
export interface Received {
  status: number;
  /** When the server received it (ms since the epoch). */
  at: number;
  body: string;
  headers: Record<string, string | undefined>;
}

/**
 * A run of the local collector (demo/collector.mjs, served by web-test-runner.config.mjs),
 * private to one test: `endpoint('ok')` to send to, `log()` for what each Idempotency-Key
 * received. Scenarios: ok, full/<n>, flaky/<n>, limited/<n>, drop/<n>, busy/<s>, busydate/<s>, slow/<ms>, bad,
 * and chaos (a random fault per request, for the soak).
 */
export function collector() {
  const run = uuid();
  return {
    endpoint: (scenario: string) => `/__collector/${scenario}/${run}`,
    log: async (): Promise<Record<string, Received[]>> =>
      (await (await fetch(`/__collector/log/${run}`)).json()) as Record<string, Received[]>,
  };
}
