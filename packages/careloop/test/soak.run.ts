/**
 * The delivery soak: submissions through the feedback form from several tabs (frames of
 * this page: two plain, one without Web Locks, one where IndexedDB is refused) to a
 * collector that meets each request with a random fault (dropped connections, answers
 * lost after storing, 503, 408, 429 and 503 with Retry-After in seconds and as a date,
 * slow answers, rare hangs past the outbox's timeout). Tabs close and reopen mid-flight.
 * Every submission must be stored exactly once. `npm run soak` runs it (1,000 an engine,
 * or the count given) and prints the figures.
 */
import {expect} from '@open-wc/testing';
import {collector, eventually, type Received} from '../../core/test/support.js';

const {count} = (await (await fetch('/__soak/config')).json()) as {count: number};
const engine = /Firefox/.test(navigator.userAgent)
  ? 'firefox'
  : /Chrome/.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

type Variant = 'plain' | 'no-locks' | 'no-storage';
interface Tab {
  variant: Variant;
  frame: HTMLIFrameElement;
}

/** Where the tabs send: the collector's chaos run of this soak. */
const server = collector();
const endpoint = server.endpoint('chaos');

async function open(variant: Variant): Promise<Tab> {
  const frame = document.createElement('iframe');
  frame.src = `/packages/careloop/test/soak-frame.html?variant=${variant}&endpoint=${encodeURIComponent(endpoint)}`;
  document.body.append(frame);
  await eventually(() => Promise.resolve(typeof frame.contentWindow?.soakSubmit === 'function'), 'the tab', 60_000);
  return {variant, frame};
}

/** A tab closed (its page gone mid-flight, as a closed tab or a reload) and opened again. */
async function reopen(tab: Tab): Promise<void> {
  tab.frame.remove();
  Object.assign(tab, await open(tab.variant));
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

describe('delivery soak', () => {
  it(`stores each of ${count} submissions once, through faults, closing tabs, no locks and no storage`, async function () {
    this.timeout(600_000 + count * 3_000);
    const tabs = await Promise.all((['plain', 'plain', 'no-locks', 'no-storage'] as const).map(open));
    const made = new Map<string, string>(); // answer → envelope id
    // Every 5 s at most, one of the tabs that keep their queue on the device closes and
    // opens again (a page that opens sends what waits), and the one that cannot keep it
    // hears that the browser is back online.
    let turn = 0;
    let nudged = Date.now();
    const nudge = async () => {
      if (Date.now() - nudged < 5_000) return;
      nudged = Date.now();
      await reopen(tabs[turn++ % 3]!);
      tabs[3]!.frame.contentWindow!.dispatchEvent(new Event('online'));
    };
    for (let n = 0; n < count; n++) {
      const tab = tabs[n % tabs.length]!;
      // A person's pace, not a flood: the outbox holds at most 100 waiting (then it refuses
      // one more, as it should), so while 50 wait, the tabs are nudged until fewer do.
      await eventually(
        async () => {
          if ((await tab.frame.contentWindow!.soakWaiting()) < 50) return true;
          await nudge();
          return false;
        },
        'the queue to shrink below 50',
        300_000,
      );
      const answer = `soak ${engine} ${n}`;
      made.set(answer, await tab.frame.contentWindow!.soakSubmit(endpoint, answer));
      // Now and then a tab that keeps its queue on the device closes mid-flight and opens again.
      if (n % 7 === 6) await reopen(tabs[(n >> 3) % 3]!);
    }
    // Then until everything is stored, the tabs are nudged.
    let log: Record<string, Received[]> = {};
    const stored = () => Object.values(log).filter((requests) => requests.some((r) => r.status === 201));
    try {
      await eventually(
        async () => {
          log = await server.log();
          if (stored().length >= made.size) return true;
          await nudge();
          return false;
        },
        'every submission to be stored',
        300_000,
      );
    } catch (error) {
      // Left alone for 20 s (no tab closes), what each tab is waiting for shows: a request or
      // a store that never answers, or a lock that is never let go.
      await new Promise((resolve) => setTimeout(resolve, 20_000));
      const state = await Promise.all(tabs.map((tab) => tab.frame.contentWindow!.soakState()));
      const now = Date.now();
      const recent = Object.values(log)
        .flat()
        .map((r) => ({ago: now - r.at, status: r.status}))
        .sort((a, b) => a.ago - b.ago)
        .slice(0, 12);
      // Whether this page can still reach the collector, with and without credentials
      // (Chromium keeps a separate pool of connections for each).
      const probe = async (credentials: RequestCredentials) => {
        const started = Date.now();
        try {
          const response = await fetch(server.endpoint('ok'), {
            method: 'POST',
            credentials,
            headers: {'content-type': 'application/json', 'idempotency-key': crypto.randomUUID()},
            body: '{}',
            signal: AbortSignal.timeout(15_000),
          });
          return `${credentials}: ${response.status} in ${Date.now() - started} ms`;
        } catch (failure) {
          return `${credentials}: ${(failure as Error).name} after ${Date.now() - started} ms`;
        }
      };
      const probes = [await probe('omit'), await probe('same-origin')];
      throw new Error(
        `${String(error)}: ${stored().length} of ${made.size} stored; probes ${probes.join(', ')}; the server's last requests ${JSON.stringify(recent)}; the tabs hold ${state.join('\n')}`,
      );
    }
    const answers = new Map<string, string[]>(); // answer → keys stored
    const delays: number[] = [];
    for (const [key, requests] of Object.entries(log)) {
      const first = requests.find((r) => r.status === 201);
      if (!first) continue;
      const envelope = JSON.parse(first.body) as {createdAt: string; data: {answers: Record<string, string>}};
      const answer = envelope.data.answers['what-matters']!;
      answers.set(answer, [...(answers.get(answer) ?? []), key]);
      delays.push(first.at - Date.parse(envelope.createdAt));
    }
    delays.sort((a, b) => a - b);
    const figures = {
      engine,
      made: made.size,
      delivered: answers.size,
      duplicated: [...answers.values()].filter((keys) => keys.length > 1).length,
      lost: [...made.keys()].filter((answer) => !answers.has(answer)).length,
      requests: Object.values(log).reduce((sum, requests) => sum + requests.length, 0),
      resent: Object.values(log).reduce((sum, requests) => sum + Math.max(0, requests.length - 1), 0),
      delayMs: {p50: percentile(delays, 0.5), p95: percentile(delays, 0.95), max: delays.at(-1) ?? 0},
    };
    await fetch(`/__soak/report/${engine}/${endpoint.split('/').at(-1)!}`, {
      method: 'POST',
      body: JSON.stringify(figures),
    });
    expect(figures.lost, 'lost').to.equal(0);
    expect(figures.duplicated, 'duplicated').to.equal(0);
    expect(figures.delivered).to.equal(count);
    tabs.forEach((tab) => tab.frame.remove());
  });
});
