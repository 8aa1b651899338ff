import {expect} from '@open-wc/testing';
import {
  Outbox,
  SUBMISSION_KINDS,
  createEnvelope,
  getOutbox,
  RETRY_AFTER_CEILING,
  retryAfterMs,
  uuid,
  type DeliveryStatus,
  type SubmissionEnvelope,
} from '@careloop/core';
import {collector, takeConsole, until} from './support.js';

/** Every test talks to its own run of the local collector, and has its own database. */
function setup() {
  const run = uuid();
  const name = `careloop-outbox-test-${run}`;
  const outboxes: Outbox[] = [];
  const open = (options: ConstructorParameters<typeof Outbox>[0] = {}) => {
    const outbox = new Outbox({name, baseDelay: 40, maxDelay: 400, ...options});
    outboxes.push(outbox);
    return outbox;
  };
  const {endpoint, log} = collector();
  const close = () => {
    outboxes.forEach((o) => o.dispose());
    indexedDB.deleteDatabase(name);
  };
  return {open, endpoint, log, close};
}

function envelope(): SubmissionEnvelope<{answer: string}> {
  return createEnvelope({
    kind: 'feedback',
    element: 'cl-test',
    data: {answer: 'Very good'},
    context: 'reception-kiosk',
    service: 'ward-7',
  });
}

function statuses(outbox: Outbox, id: string): DeliveryStatus[] {
  const seen: DeliveryStatus[] = [];
  outbox.subscribe(id, (s) => seen.push(s));
  return seen;
}

describe('outbox', () => {
  let t: ReturnType<typeof setup>;
  beforeEach(() => (t = setup()));
  afterEach(() => t.close());

  describe('the envelope', () => {
    it('carries a UUID, kind, time, locale and source, without the page query', () => {
      history.replaceState(null, '', `${location.pathname}?patient=123${location.search.replace('?', '&')}`);
      const e = envelope();
      expect(e.id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(e.kind).to.equal('feedback');
      expect(Date.parse(e.createdAt)).to.be.closeTo(Date.now(), 5000);
      expect(e.locale).to.equal('en');
      expect(e.source).to.deep.equal({
        element: 'cl-test',
        version: '0.1.0',
        page: `${location.origin}${location.pathname}`,
        context: 'reception-kiosk',
        service: 'ward-7',
      });
      expect(e.source.page).not.to.contain('patient');
      expect(SUBMISSION_KINDS).to.include(e.kind);
    });

    it('makes unique ids', () => {
      expect(new Set(Array.from({length: 200}, uuid)).size).to.equal(200);
    });
  });

  it('POSTs the envelope as JSON with its id as Idempotency-Key, no cookie and no referrer', async () => {
    const outbox = t.open();
    const e = envelope();
    const seen = statuses(outbox, e.id);
    await outbox.submit(e, {endpoint: t.endpoint('ok')});
    await until(() => seen.some((s) => s.state === 'sent'), 'delivery');
    const received = (await t.log())[e.id]!;
    expect(received).to.have.length(1);
    expect(JSON.parse(received[0]!.body)).to.deep.equal(e);
    expect(received[0]!.headers['content-type']).to.equal('application/json');
    expect(received[0]!.headers['idempotency-key']).to.equal(e.id);
    expect(received[0]!.headers['cookie']).to.equal(undefined);
    expect(received[0]!.headers['referer']).to.equal(undefined);
    expect(seen.map((s) => s.state)).to.deep.equal(['sending', 'sent']);
    expect(await outbox.pending()).to.deep.equal([]);
  });

  it('retries 503 with the same Idempotency-Key until the server takes it', async () => {
    const outbox = t.open();
    const e = envelope();
    const seen = statuses(outbox, e.id);
    await outbox.submit(e, {endpoint: t.endpoint('flaky/3')});
    await until(() => seen.some((s) => s.state === 'sent'), 'delivery after three 503s');
    const received = (await t.log())[e.id]!;
    expect(received.map((r) => r.status)).to.deep.equal([503, 503, 503, 201]);
    expect(new Set(received.map((r) => r.headers['idempotency-key']))).to.deep.equal(new Set([e.id]));
    expect(new Set(received.map((r) => r.body)).size).to.equal(1);
    const queued = seen.filter((s) => s.state === 'queued');
    expect(queued.map((s) => s.state === 'queued' && s.attempts)).to.deep.equal([1, 2, 3]);
  });

  it('retries when the connection drops without an answer', async () => {
    const outbox = t.open();
    const e = envelope();
    const seen = statuses(outbox, e.id);
    await outbox.submit(e, {endpoint: t.endpoint('drop/2')});
    await until(() => seen.some((s) => s.state === 'sent'), 'delivery after two dropped connections');
    expect((await t.log())[e.id]!.map((r) => r.status)).to.deep.equal([0, 0, 201]);
    takeConsole(); // Engines may log the failed requests.
  });

  it('honours Retry-After on 429', async () => {
    const outbox = t.open();
    const e = envelope();
    const seen = statuses(outbox, e.id);
    const start = Date.now();
    await outbox.submit(e, {endpoint: t.endpoint('limited/1')});
    await until(() => seen.some((s) => s.state === 'sent'), 'delivery after 429');
    expect(Date.now() - start).to.be.at.least(1000);
    const queued = seen.find((s) => s.state === 'queued');
    expect(queued && queued.state === 'queued' && queued.nextAttemptAt - start).to.be.at.least(990);
  });

  it('stops on 400, keeps the envelope, reports the server’s reason, and never sends it again by itself', async () => {
    const outbox = t.open();
    const e = envelope();
    const seen = statuses(outbox, e.id);
    await outbox.submit(e, {endpoint: t.endpoint('bad')});
    await until(() => seen.some((s) => s.state === 'failed'), 'the failure');
    expect(seen.at(-1)).to.deep.equal({state: 'failed', status: 400, message: 'The field "data.answer" is missing.'});
    await outbox.flush({now: true}); // Even a flush of everything waiting leaves a refused envelope alone.
    expect((await t.log())[e.id]).to.have.length(1);
    const [kept] = await outbox.pending();
    expect(kept!.envelope).to.deep.equal(e);
    // Another page does not send it either: "Try again" is a new envelope, made by the widget.
    await t.open().flush({now: true});
    expect((await t.log())[e.id]).to.have.length(1);
    await outbox.discard(e.id);
    expect(await outbox.pending()).to.deep.equal([]);
  });

  describe('bounds', () => {
    it('refuses one more envelope when maxEntries wait, without storing it', async () => {
      const outbox = t.open({maxEntries: 2});
      const [first, second, third] = [envelope(), envelope(), envelope()];
      await outbox.submit(first, {endpoint: t.endpoint('busy/3600')});
      await outbox.submit(second, {endpoint: t.endpoint('busy/3600')});
      const seen = statuses(outbox, third.id);
      await outbox.submit(third, {endpoint: t.endpoint('busy/3600')});
      expect(seen).to.have.length(1);
      expect(seen[0]).to.include({state: 'failed', status: 0});
      expect((seen[0] as {message: string}).message).to.contain('2 submissions are already waiting');
      expect((await outbox.pending()).map((e) => e.id).sort()).to.deep.equal([first.id, second.id].sort());
      expect((await t.log())[third.id]).to.equal(undefined);
    });

    it('gives up on an envelope older than maxAge, says so, and removes it after keepRefused', async () => {
      const old = {...envelope(), createdAt: new Date(Date.now() - 31 * 86_400_000).toISOString()};
      const outbox = t.open({keepRefused: 60 * 60_000});
      const seen = statuses(outbox, old.id);
      await outbox.submit(old, {endpoint: t.endpoint('ok')});
      await until(() => seen.some((s) => s.state === 'failed'), 'the envelope to give up');
      expect(seen.at(-1)).to.deep.equal({
        state: 'failed',
        status: 0,
        message: 'Not delivered within 30 days; no longer sent.',
      });
      expect((await t.log())[old.id]).to.equal(undefined);
      const [kept] = await outbox.pending();
      expect(kept!.failed!.status).to.equal(0);
      // Another page, keeping refused envelopes for no time at all, removes it.
      const next = t.open({keepRefused: 0});
      await until(() => Date.now() > kept!.failed!.at!, 'a moment to pass');
      await next.flush();
      expect(await next.pending()).to.deep.equal([]);
    });

    it('waits a moment of jitter when back online, so every tab does not call at once', async () => {
      const outbox = t.open({baseDelay: 2000, maxDelay: 60_000});
      const e = envelope();
      const seen = statuses(outbox, e.id);
      await outbox.submit(e, {endpoint: t.endpoint('flaky/1')});
      await until(() => seen.some((s) => s.state === 'queued'), 'the first failure');
      const asked: number[] = [];
      // For this one event, a known draw and a record of the timers asked for.
      const random = Object.getOwnPropertyDescriptor(Math, 'random')!;
      const timer = Object.getOwnPropertyDescriptor(window, 'setTimeout')!;
      const timeout = window.setTimeout.bind(window);
      Object.defineProperty(Math, 'random', {...random, value: () => 0.5});
      Object.defineProperty(window, 'setTimeout', {
        ...timer,
        value: (handler: () => void, ms?: number) => (asked.push(ms ?? 0), timeout(handler, ms)),
      });
      try {
        dispatchEvent(new Event('online'));
      } finally {
        Object.defineProperty(Math, 'random', random);
        Object.defineProperty(window, 'setTimeout', timer);
      }
      // Half of the 2 s base delay, drawn at random: the same for no two tabs.
      expect(asked).to.include(1000);
      await until(() => seen.some((s) => s.state === 'sent'), 'delivery once back online');
    });
  });

  it('loses nothing when the page closes mid-retry: the next page delivers it', async () => {
    // A long backoff: the first page cannot try again before it closes.
    const first = t.open({baseDelay: 60_000});
    const e = envelope();
    const seen = statuses(first, e.id);
    await first.submit(e, {endpoint: t.endpoint('flaky/1')});
    await until(() => seen.some((s) => s.state === 'queued'), 'the first failure');
    first.dispose(); // The tab closes while a retry is scheduled.
    expect((await t.log())[e.id]).to.have.length(1);
    const reopened = t.open({baseDelay: 60_000}); // The page is opened again, and sends at once.
    const again = statuses(reopened, e.id);
    await until(() => again.some((s) => s.state === 'sent'), 'delivery by the reopened page');
    expect((await t.log())[e.id]!.map((r) => r.status)).to.deep.equal([503, 201]);
  });

  /** Two tabs flush one queue of five slow envelopes at once: each must reach the server once. */
  async function twoTabsFlush(): Promise<void> {
    const a = t.open();
    const b = t.open();
    const envelopes = Array.from({length: 5}, envelope);
    for (const e of envelopes) await a.submit(e, {endpoint: t.endpoint('slow/60')});
    // Each flush resolves once its tab has had its turn with the lock and sent what was due.
    await Promise.all([a.flush(), b.flush(), a.flush(), b.flush()]);
    const log = await t.log();
    for (const e of envelopes) expect(log[e.id], e.id).to.have.length(1);
    expect(await a.pending()).to.deep.equal([]);
  }

  it('never sends an envelope twice when two tabs flush the same queue', twoTabsFlush);

  for (const without of ['no Web Locks (Safari before 15.4)', 'Web Locks that refuse every request']) {
    it(`never sends an envelope twice from two tabs with ${without}`, async () => {
      const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'locks');
      const refusing = {request: () => Promise.reject(new DOMException('The operation is insecure.', 'SecurityError'))};
      Object.defineProperty(Navigator.prototype, 'locks', {
        configurable: true,
        get: () => (without.startsWith('no') ? undefined : refusing),
      });
      try {
        await twoTabsFlush();
      } finally {
        if (original) Object.defineProperty(Navigator.prototype, 'locks', original);
      }
    });
  }

  it('sends what waits as soon as the browser is back online', async () => {
    const outbox = t.open({baseDelay: 60_000});
    const e = envelope();
    const seen = statuses(outbox, e.id);
    await outbox.submit(e, {endpoint: t.endpoint('flaky/1')});
    await until(() => seen.some((s) => s.state === 'queued'), 'the first failure');
    dispatchEvent(new Event('online'));
    await until(() => seen.some((s) => s.state === 'sent'), 'delivery when back online');
  });

  it('tells every tab when another delivered its envelope', async () => {
    const a = t.open();
    const b = t.open();
    const e = envelope();
    const seenByB = statuses(b, e.id);
    await a.submit(e, {endpoint: t.endpoint('ok')});
    await until(() => seenByB.some((s) => s.state === 'sent'), 'the news in the other tab');
  });

  it('keeps a queue in memory only with persist: false', async () => {
    const outbox = t.open({persist: false});
    const e = envelope();
    const seen = statuses(outbox, e.id);
    await outbox.submit(e, {endpoint: t.endpoint('bad')});
    await until(() => seen.some((s) => s.state === 'failed'), 'the failure');
    expect(await outbox.pending()).to.have.length(1);
    expect(await t.open().pending()).to.deep.equal([]);
  });

  it('sends extra headers and credentials when configured', async () => {
    const outbox = t.open();
    const e = envelope();
    const seen = statuses(outbox, e.id);
    await outbox.submit(e, {endpoint: t.endpoint('ok'), headers: {'x-csrf-token': 'abc'}, credentials: 'same-origin'});
    await until(() => seen.some((s) => s.state === 'sent'), 'delivery');
    expect((await t.log())[e.id]![0]!.headers['x-csrf-token']).to.equal('abc');
  });

  it('never stores the extra headers (a CSRF token, an Authorization), only the page’s memory has them', async () => {
    const a = t.open();
    const e = envelope();
    const seen = statuses(a, e.id);
    const endpoint = t.endpoint('flaky/1');
    await a.submit(e, {endpoint, headers: {authorization: 'Bearer secret-123'}});
    await until(() => seen.some((s) => s.state === 'queued'), 'the first refusal');
    expect(JSON.stringify(await a.pending())).not.to.contain('secret-123');
    a.dispose();
    // The next page: without the headers the envelope waits, rather than being refused for want of them.
    const b = t.open();
    await b.flush({now: true});
    expect((await t.log())[e.id]!.map((r) => r.status)).to.deep.equal([503]);
    const delivered = statuses(b, e.id);
    b.supply(endpoint, {authorization: 'Bearer secret-456'});
    await until(() => delivered.some((s) => s.state === 'sent'), 'delivery once the page gives the headers');
    const [, second] = (await t.log())[e.id]!;
    expect(second!.headers['authorization']).to.equal('Bearer secret-456');
  });

  for (const [what, delivery] of [
    ['an endpoint that is no web address', {endpoint: 'javascript:alert(1)'}],
    ['headers a request cannot carry', {endpoint: '/anywhere', headers: {'no spaces allowed': 'x'}}],
  ] as const) {
    it(`refuses ${what} at once, naming it, instead of retrying for ever`, async () => {
      const outbox = t.open();
      const e = envelope();
      const seen = statuses(outbox, e.id);
      await outbox.submit(e, delivery);
      await until(() => seen.some((s) => s.state === 'failed'), 'the refusal');
      const failed = seen.find((s) => s.state === 'failed')!;
      expect(failed).to.include({status: 0});
      expect(failed.state === 'failed' && failed.message).to.match(/endpoint|headers/);
      expect(seen.some((s) => s.state === 'sending')).to.equal(false);
    });
  }

  it('shares one outbox per storage mode on a page', () => {
    expect(getOutbox()).to.equal(getOutbox(true));
    expect(getOutbox(false)).not.to.equal(getOutbox(true));
    getOutbox().dispose();
    getOutbox(false).dispose();
  });

  describe('Retry-After', () => {
    it('reads seconds and HTTP dates', () => {
      const now = Date.parse('2026-11-22T10:00:00Z');
      expect(retryAfterMs('120', now)).to.equal(120_000);
      expect(retryAfterMs('Sun, 22 Nov 2026 10:00:30 GMT', now)).to.equal(30_000);
      expect(retryAfterMs('Sun, 22 Nov 2026 09:00:00 GMT', now)).to.equal(0);
      expect(retryAfterMs('soon', now)).to.equal(undefined);
      expect(retryAfterMs(null, now)).to.equal(undefined);
      expect(retryAfterMs('-5', now)).to.equal(undefined);
    });

    it('waits at most a day, however long the server asks for (a timer would otherwise fire at once)', () => {
      const now = Date.parse('2026-11-22T10:00:00Z');
      for (const header of ['2592000', '99999999999', 'Tue, 22 Dec 2026 10:00:00 GMT'])
        expect(retryAfterMs(header, now), header).to.equal(RETRY_AFTER_CEILING);
      expect(RETRY_AFTER_CEILING).to.equal(24 * 60 * 60_000);
    });

    for (const scenario of ['busy/3600', 'busydate/3600']) {
      it(`is kept on load, when back online and in another tab (${scenario})`, async () => {
        const a = t.open();
        const e = envelope();
        const seen = statuses(a, e.id);
        await a.submit(e, {endpoint: t.endpoint(scenario)});
        await until(() => seen.some((s) => s.state === 'queued'), 'the 503');
        const [entry] = await a.pending();
        expect(entry!.notBefore! - Date.now()).to.be.greaterThan(3_500_000);
        // Back online, a page load (a new outbox flushes at once) and a flush asked for now:
        dispatchEvent(new Event('online'));
        await a.flush({now: true});
        const b = t.open();
        await b.flush({now: true});
        await b.flush();
        const log = await t.log();
        expect(log[e.id]!.map((r) => r.status)).to.deep.equal([503]);
        expect((await b.pending()).map((p) => p.id)).to.deep.equal([e.id]);
      });
    }
  });

  describe('an attempt that never ends', () => {
    it('counts as a network error after the timeout, and holds no other endpoint', async () => {
      const outbox = t.open({timeout: 300});
      const stuck = envelope();
      const other = envelope();
      const stuckSeen = statuses(outbox, stuck.id);
      const otherSeen = statuses(outbox, other.id);
      await outbox.submit(stuck, {endpoint: t.endpoint('slow/60000')});
      await outbox.submit(other, {endpoint: t.endpoint('ok')});
      await until(() => otherSeen.some((s) => s.state === 'sent'), 'the other endpoint to receive its envelope');
      await until(() => stuckSeen.some((s) => s.state === 'queued'), 'the stuck attempt to give up and wait');
      expect(stuckSeen.find((s) => s.state === 'queued')).to.include({reason: 'retrying'});
    });
  });

  describe('storage that is refused', () => {
    const patch = <T extends object, K extends keyof T>(target: T, key: K, value: T[K]) => {
      const original = Object.getOwnPropertyDescriptor(target, key)!;
      Object.defineProperty(target, key, {...original, value});
      return () => Object.defineProperty(target, key, original);
    };

    it('keeps the queue in memory when IndexedDB throws at once (a sandboxed frame), and says it is not durable', async () => {
      const restore = patch(IDBFactory.prototype, 'open', () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      });
      try {
        const outbox = t.open();
        const e = envelope();
        const seen = statuses(outbox, e.id);
        expect(await outbox.durable()).to.equal(false);
        await outbox.submit(e, {endpoint: t.endpoint('flaky/1')});
        await until(() => seen.some((s) => s.state === 'sent'), 'delivery from memory');
        expect(seen.find((s) => s.state === 'queued')).to.include({durable: false});
      } finally {
        restore();
      }
      expect(
        takeConsole()
          .map((c) => c.text)
          .join(),
      ).to.contain('kept only while this page is open');
    });

    it('keeps an envelope in memory when a write fails (quota), still delivers it, and says so', async () => {
      const outbox = t.open();
      expect(await outbox.durable()).to.equal(true);
      const restore = patch(IDBObjectStore.prototype, 'put', () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      });
      const e = envelope();
      const seen = statuses(outbox, e.id);
      try {
        await outbox.submit(e, {endpoint: t.endpoint('flaky/1')});
        await until(() => seen.some((s) => s.state === 'sent'), 'delivery');
        expect(seen.find((s) => s.state === 'queued')).to.include({durable: false});
        expect(await outbox.durable()).to.equal(false);
      } finally {
        restore();
      }
      expect((await t.log())[e.id]!.map((r) => r.status)).to.deep.equal([503, 201]);
      expect(
        takeConsole()
          .map((c) => c.text)
          .join(),
      ).to.contain('refused a write');
    });
  });
});
