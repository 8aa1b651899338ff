/**
 * One "tab" of the soak (soak.test.ts): a page with the feedback form, in one of three
 * kinds, chosen by `?variant=`: `plain`, `no-locks` (an engine without Web Locks) and
 * `no-storage` (IndexedDB refused, so the outbox keeps its queue in memory).
 */

const variant = new URLSearchParams(location.search).get('variant');
if (variant === 'no-locks') Object.defineProperty(navigator, 'locks', {value: undefined, configurable: true});
if (variant === 'no-storage') {
  Object.defineProperty(window, 'indexedDB', {
    configurable: true,
    get: () => {
      throw new DOMException('IndexedDB is refused in this frame', 'SecurityError');
    },
  });
}
// Requests in flight, with when they began, for a soak that does not finish.
const inFlight = new Map<number, {url: string; since: number}>();
/** The last requests this page made: how long each took and how it ended. */
const history: {ms: number; outcome: string}[] = [];
let requests = 0;
const fetchOf = window.fetch.bind(window);
window.fetch = async (input, init) => {
  const n = requests++;
  const since = Date.now();
  inFlight.set(n, {url: String(input instanceof Request ? input.url : input), since});
  let outcome = 'error';
  try {
    const response = await fetchOf(input, init);
    outcome = String(response.status);
    return response;
  } catch (error) {
    outcome = (error as Error).name;
    throw error;
  } finally {
    inFlight.delete(n);
    history.push({ms: Date.now() - since, outcome});
    if (history.length > 8) history.shift();
  }
};
const {getOutbox} = await import('@careloop/core');
await import('@careloop/feedback-form/cl-feedback-form.js');

// The page holds the form from the start, as a real page does: a form that connects opens
// the outbox, which sends what an earlier visit left waiting. (Without it a reopened tab
// would be a page without Careloop, which sends nothing: the soak's stall of 2026-12-02.)
const page = document.createElement('cl-feedback-form');
page.setAttribute('preset', 'what-matters');
page.setAttribute('endpoint', new URLSearchParams(location.search).get('endpoint') ?? '');
document.body.append(page);

// A timer, not an animation frame: a frame out of view may not be painted.
const frame = () => new Promise((resolve) => setTimeout(resolve, 20));
async function until<T>(find: () => T | null | undefined, what: string): Promise<T> {
  for (const start = Date.now(); Date.now() - start < 60_000; await frame()) {
    const found = find();
    if (found) return found;
  }
  throw new Error(`soak frame: no ${what} after 60 s`);
}

declare global {
  interface Window {
    /** Answers the form as a person would and presses Send; resolves with the envelope's id once it is kept. */
    soakSubmit(endpoint: string, answer: string): Promise<string>;
    /** How many envelopes this page's outbox still holds to send. */
    soakWaiting(): Promise<number>;
    /** What this page's outbox holds and the locks it sees, for a soak that does not finish. */
    soakState(): Promise<string>;
  }
}

window.soakSubmit = async (endpoint, answer) => {
  const el = document.createElement('cl-feedback-form');
  el.setAttribute('preset', 'what-matters');
  el.setAttribute('endpoint', endpoint);
  el.toggleAttribute('no-role', true);
  el.toggleAttribute('no-contact', true);
  document.body.append(el);
  try {
    const field = await until(() => el.shadowRoot?.querySelector('textarea'), 'question');
    field.value = answer;
    field.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
    await el.updateComplete;
    let id = '';
    el.addEventListener('cl-submit', (e) => (id = (e as CustomEvent<{id: string}>).detail.id));
    const send = await until(() => el.shadowRoot?.querySelector<HTMLButtonElement>('button[type="submit"]'), 'Send');
    send.click();
    const shown = await until(() => el.shadowRoot?.querySelector('.thanks__heading, .failure'), 'thank-you');
    if (shown.matches('.failure')) throw new Error(`soak frame: the submission was refused: ${shown.textContent}`);
    return id;
  } finally {
    el.remove();
  }
};

window.soakWaiting = async () => (await getOutbox().pending()).filter((e) => !e.failed).length;

window.soakState = async () => {
  const now = Date.now();
  const entries = (await getOutbox().pending()).map((e) => ({
    answer: (e.envelope.data as {answers?: Record<string, unknown>}).answers?.['what-matters'],
    attempts: e.attempts,
    next: e.nextAttemptAt - now,
    notBefore: e.notBefore === undefined ? undefined : e.notBefore - now,
    failed: e.failed?.status,
  }));
  let me: string | undefined;
  const locks = navigator.locks ? await navigator.locks.query() : 'none';
  if (navigator.locks) {
    const name = `soak-whoami-${Math.random()}`;
    me = await navigator.locks.request(
      name,
      async () => (await navigator.locks.query()).held?.find((lock) => lock.name === name)?.clientId,
    );
  }
  const fetches = [...inFlight.values()].map((f) => ({url: f.url, for: now - f.since}));
  return JSON.stringify({variant, me, requests, fetches, history, entries, locks});
};

export {};
