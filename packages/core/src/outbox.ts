import {uuid, type SubmissionEnvelope} from './envelope.js';
import {areHeaders, isEndpoint} from './traits/submitting.js';
import {warn} from './warn.js';

/** Where and how an envelope is delivered. */
export interface Delivery {
  /** The address the envelope is POSTed to. */
  endpoint: string;
  /**
   * Extra request headers, e.g. a CSRF token or an Authorization. Kept in this page's
   * memory only, never stored: after a reload the page supplies them again (`supply`).
   */
  headers?: Record<string, string>;
  /** Cookies are not sent unless a host asks for them. */
  credentials?: RequestCredentials;
  /** Stored instead of `headers`: the envelope waits until a page supplies headers for its endpoint. */
  needsHeaders?: boolean;
}

/** What has happened to one envelope, as the person should be told. */
export type DeliveryStatus =
  | {state: 'sending'}
  /**
   * Kept on this device; it will be sent later (`offline`: the browser is offline).
   * `durable` is false when it is kept only while this page is open (storage refused,
   * full, or `persist: false`): closing the page would lose it.
   */
  | {state: 'queued'; reason: 'offline' | 'retrying'; attempts: number; nextAttemptAt: number; durable: boolean}
  | {state: 'sent'; status: number}
  /**
   * It will not be retried by itself: the server refused it (a 4xx other than 408 and 429),
   * or, with status 0, it could not be sent from here (the page's configuration is wrong,
   * the queue is full, or it waited longer than the outbox keeps anything).
   */
  | {state: 'failed'; status: number; message: string};

/** One envelope waiting in the outbox. */
export interface OutboxEntry {
  id: string;
  envelope: SubmissionEnvelope;
  delivery: Delivery;
  attempts: number;
  nextAttemptAt: number;
  /** The server asked not to be called before this time (Retry-After): kept also on load and when back online. */
  notBefore?: number;
  /** Not to be retried; `at` is when it stopped, for how long it is kept. */
  failed?: {status: number; message: string; at?: number};
}

interface Store {
  /** Whether what is stored outlives this page. */
  durable(): Promise<boolean>;
  all(): Promise<OutboxEntry[]>;
  put(entry: OutboxEntry): Promise<void>;
  delete(id: string): Promise<void>;
  close(): void;
}

class MemoryStore implements Store {
  readonly #entries = new Map<string, OutboxEntry>();
  durable = () => Promise.resolve(false);
  all = () => Promise.resolve([...this.#entries.values()]);
  put = (entry: OutboxEntry) => Promise.resolve(void this.#entries.set(entry.id, structuredClone(entry)));
  delete = (id: string) => Promise.resolve(void this.#entries.delete(id));
  close(): void {
    // Nothing to release.
  }
}

const STORE = 'outbox';

/** An IndexedDB request as a promise. */
function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/** Opens (and on first use creates) the outbox's database; throws at once where IndexedDB is forbidden. */
function openDatabase(name: string): Promise<IDBDatabase> {
  const opening = indexedDB.open(name, 1);
  opening.onupgradeneeded = () => opening.result.createObjectStore(STORE, {keyPath: 'id'});
  return done(opening);
}

/** One request in its own transaction; a write resolves once the transaction has committed. */
async function inStore<T>(
  db: IDBDatabase,
  mode: IDBTransactionMode,
  request: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const transaction = db.transaction(STORE, mode);
  const committed = new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
  });
  const [result] = await Promise.all([done(request(transaction.objectStore(STORE))), committed]);
  return result;
}

/**
 * IndexedDB, or memory where the browser refuses IndexedDB (some private modes, a
 * sandboxed frame, a full disk): the person can still send, only a closed tab would
 * lose the queue, and `durable` says so. Opening may throw at once or fail later, and
 * any write may fail (quota): each falls back to memory instead of failing the submit.
 */
class IndexedDbStore implements Store {
  readonly #db: Promise<IDBDatabase | undefined>;
  readonly #memory = new MemoryStore();
  #durable = true;
  #closed = false;
  constructor(name: string) {
    let opening: Promise<IDBDatabase | undefined>;
    try {
      opening = openDatabase(name);
    } catch (error) {
      opening = Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    this.#db = opening.catch((error: unknown) => {
      this.#refused(`IndexedDB is not available (${String(error)})`);
      return undefined;
    });
  }
  #refused(why: string): void {
    if (this.#durable)
      warn('outbox-storage-unavailable', `${why}; unsent submissions are kept only while this page is open.`);
    this.#durable = false;
  }
  /** Whether what is stored outlives this page. */
  async durable(): Promise<boolean> {
    await this.#db;
    return this.#durable;
  }
  /** Runs `work` on the database; on no database, or when it throws, `fallback` (memory) instead. */
  async #use<T>(work: (db: IDBDatabase) => Promise<T>, fallback: () => Promise<T>): Promise<T> {
    const db = await this.#db;
    if (!db) return fallback();
    try {
      return await work(db);
    } catch (error) {
      // A page closing closes its database under a flush: nothing is lost, the entry stays stored.
      if (!this.#closed) this.#refused(`IndexedDB refused a write or a read (${String(error)})`);
      return fallback();
    }
  }
  all = async () => {
    const stored = await this.#use(
      (db) => inStore(db, 'readonly', (store) => store.getAll() as IDBRequest<OutboxEntry[]>),
      this.#memory.all,
    );
    const memory = await this.#memory.all();
    // What memory holds (a write the database refused) is newer than what the database holds.
    return [...stored.filter((e) => !memory.some((m) => m.id === e.id)), ...memory];
  };
  put = (entry: OutboxEntry) =>
    this.#use(
      async (db) => {
        await inStore(db, 'readwrite', (store) => store.put(entry));
        await this.#memory.delete(entry.id);
      },
      () => this.#memory.put(entry),
    );
  delete = async (id: string) => {
    await this.#memory.delete(id);
    await this.#use(
      (db) => inStore(db, 'readwrite', (store) => store.delete(id)),
      () => Promise.resolve(),
    );
  };
  close(): void {
    this.#closed = true;
    void this.#db.then((db) => db?.close());
  }
}

export interface OutboxOptions {
  /** Keep the queue in IndexedDB, so a reload or another tab delivers it (default true). */
  persist?: boolean;
  /** The IndexedDB database, and the name of the lock and broadcast channel. */
  name?: string;
  /** First retry delay in ms; doubles each attempt, with jitter (default 2 s). */
  baseDelay?: number;
  /** Longest wait between attempts in ms (default 5 minutes). */
  maxDelay?: number;
  /** How long one attempt may take before it counts as a network error, in ms (default 30 s). */
  timeout?: number;
  /** How many envelopes may wait at once; one more is refused, not stored (default 100). */
  maxEntries?: number;
  /** How long an envelope is tried, from when it was made, before it gives up, in ms (default 30 days). */
  maxAge?: number;
  /** How long a refused envelope nobody discarded is kept, in ms (default 7 days). */
  keepRefused?: number;
}

const DAY = 24 * 60 * 60_000;

/** The longest `Retry-After` honoured: a server asking for more is asked again after a day. */
export const RETRY_AFTER_CEILING = DAY;
/** Longer than this, `setTimeout` fires at once (it holds a signed 32-bit number of ms). */
const LONGEST_TIMER = 2 ** 31 - 1;

type Listener = (status: DeliveryStatus) => void;

/** 408 Request Timeout, 429 Too Many Requests and every 5xx are worth another try. */
const isRetryable = (status: number) => status === 408 || status === 429 || status >= 500;

/** `Retry-After` as milliseconds from now: delta-seconds or an HTTP date. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  // delta-seconds is digits only (RFC 9110); anything else numeric-looking is not a date either.
  if (/^\d+$/.test(value)) return Math.min(RETRY_AFTER_CEILING, Number(value) * 1000);
  if (/^[-+\d.\s]+$/.test(value)) return undefined;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.min(RETRY_AFTER_CEILING, Math.max(0, date - now));
}

/** The server's reason for a refusal, as the person is shown it: its JSON `error`, `message` or `detail`, or the status line. */
export async function reason(response: Response): Promise<string> {
  try {
    const body: unknown = await response.clone().json();
    if (body && typeof body === 'object') {
      const record = body as Record<string, unknown>;
      const text = record['error'] ?? record['message'] ?? record['detail'];
      if (typeof text === 'string' && text.trim()) return text.trim().slice(0, 500);
    }
  } catch {
    // Not JSON: fall back to the status line.
  }
  return `${response.status} ${response.statusText}`.trim();
}

/**
 * The durable submission queue shared by every widget that submits.
 *
 * An envelope is stored first (IndexedDB unless `persist: false`), then POSTed as
 * JSON with `Idempotency-Key: <envelope id>`. Network errors, 408, 429 (honouring
 * `Retry-After`) and 5xx are retried with exponential backoff and jitter; any other
 * 4xx stops, keeps the envelope and reports the server's reason. Everything waiting is
 * sent when a page opens and when the browser comes back online; otherwise each
 * envelope is tried again when its backoff is over.
 * One tab flushes at a time (Web Locks), and an entry is removed before the lock is
 * released, so the same browser never sends an envelope twice.
 */
export class Outbox {
  readonly #store: Store;
  readonly #name: string;
  readonly #persist: boolean;
  readonly #baseDelay: number;
  readonly #maxDelay: number;
  readonly #timeout: number;
  readonly #maxEntries: number;
  readonly #maxAge: number;
  readonly #keepRefused: number;
  readonly #listeners = new Map<string, Set<Listener>>();
  /** This tab, for the lease that stands in for Web Locks. */
  readonly #tab = uuid();
  /** Extra headers by endpoint, in memory only: secrets are never at rest. */
  readonly #headers = new Map<string, Record<string, string>>();
  readonly #channel: BroadcastChannel | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #flushing: Promise<void> | undefined;
  #followUp: Promise<void> | undefined;
  #forceNext = false;
  #disposed = false;
  /**
   * Back online: whatever waits is worth trying now, not at its backoff time, after a
   * moment of jitter, so that every tab and every device on the ward does not call at once.
   */
  readonly #onOnline = () => setTimeout(() => void this.flush({now: true}), Math.random() * this.#baseDelay);

  constructor(options: OutboxOptions = {}) {
    this.#name = options.name ?? 'careloop-outbox';
    this.#baseDelay = options.baseDelay ?? 2000;
    this.#maxDelay = options.maxDelay ?? 5 * 60_000;
    this.#timeout = options.timeout ?? 30_000;
    this.#maxEntries = options.maxEntries ?? 100;
    this.#maxAge = options.maxAge ?? 30 * DAY;
    this.#keepRefused = options.keepRefused ?? 7 * DAY;
    this.#persist = options.persist !== false;
    this.#store = this.#persist ? new IndexedDbStore(this.#name) : new MemoryStore();
    if (typeof BroadcastChannel === 'function') {
      this.#channel = new BroadcastChannel(this.#name);
      this.#channel.onmessage = (event: MessageEvent<{id: string; status: DeliveryStatus}>) =>
        this.#notify(event.data.id, event.data.status, false);
    }
    addEventListener('online', this.#onOnline);
    // A page (re)opened with envelopes waiting sends them now: the person is here.
    void this.flush({now: true});
  }

  /** Follows what happens to one envelope (also when another tab delivers it). */
  subscribe(id: string, listener: Listener): () => void {
    const set = this.#listeners.get(id) ?? new Set();
    set.add(listener);
    this.#listeners.set(id, set);
    return () => set.delete(listener);
  }

  /**
   * Stores the envelope (without its headers), then tries to deliver it. Resolves once it
   * is stored. When `maxEntries` already wait, it is not stored: its status is `failed`
   * (status 0), and the widget keeps the answers on screen to copy or send later.
   */
  async submit(envelope: SubmissionEnvelope, delivery: Delivery): Promise<void> {
    const {headers, ...stored} = delivery;
    if (headers) {
      this.supply(delivery.endpoint, headers);
      stored.needsHeaders = true;
    }
    if ((await this.#store.all()).filter((e) => !e.failed).length >= this.#maxEntries) {
      const message = `${this.#maxEntries} submissions are already waiting on this device to be sent; this one was not kept.`;
      this.#notify(envelope.id, {state: 'failed', status: 0, message}, false);
      return;
    }
    await this.#store.put({id: envelope.id, envelope, delivery: stored, attempts: 0, nextAttemptAt: 0});
    void this.flush();
  }

  /**
   * The extra headers for an endpoint, for this page: every widget with `headers` gives
   * them when it connects, so what an earlier page left waiting is sent with them.
   */
  supply(endpoint: string, headers: Record<string, string>): void {
    const known = this.#headers.has(endpoint);
    this.#headers.set(endpoint, headers);
    // What waited for them can go now.
    if (!known) void this.flush();
  }

  /** Whether what waits here outlives this page (false: storage refused or full, or `persist: false`). */
  durable(): Promise<boolean> {
    return this.#store.durable();
  }

  /** Everything not yet delivered, failed entries included. */
  pending(): Promise<OutboxEntry[]> {
    return this.#store.all();
  }

  /** Removes an envelope without sending it. */
  async discard(id: string): Promise<void> {
    await this.#store.delete(id);
  }

  /**
   * Delivers every envelope that is due (with `now`, every envelope waiting, whatever
   * its backoff). Safe to call at any time: a call made while a flush runs is answered
   * by one more flush after it, and resolves when that one is done.
   */
  flush(options: {now?: boolean} = {}): Promise<void> {
    if (this.#disposed) return Promise.resolve();
    if (options.now) this.#forceNext = true;
    if (!this.#flushing) return this.#startFlush();
    this.#followUp ??= this.#flushing.then(() => {
      this.#followUp = undefined;
      return this.#disposed ? undefined : this.#startFlush();
    });
    return this.#followUp;
  }

  #startFlush(): Promise<void> {
    const force = this.#forceNext;
    this.#forceNext = false;
    const run = this.#locked(force)
      .catch((error: unknown) => {
        // A tab closing mid-flush closes the database under it; nothing is lost, the
        // entry stays stored. Anything else is worth knowing about.
        if (!this.#disposed) warn('outbox-flush-failed', String(error));
      })
      .finally(() => {
        if (this.#flushing === run) this.#flushing = undefined;
      });
    this.#flushing = run;
    return run;
  }

  /** Stops timers and listeners, as a closed tab would. Stored envelopes stay stored. */
  dispose(): void {
    this.#disposed = true;
    clearTimeout(this.#timer);
    removeEventListener('online', this.#onOnline);
    this.#channel?.close();
    this.#store.close();
  }

  async #locked(force: boolean): Promise<void> {
    // A queue kept in memory belongs to this page alone: no other tab can send it.
    if (!this.#persist) return this.#deliverDue(force);
    const work = () => (this.#disposed ? undefined : this.#deliverDue(force));
    const locks = (navigator as Navigator & {locks?: LockManager}).locks;
    if (locks) {
      let ran = false;
      try {
        // Wait for the lock rather than leave the queue to the tab holding it: that tab may
        // close before it reaches an envelope stored after it looked. The holder removes
        // what it delivered before it lets go, so this tab sends only what is still stored.
        await locks.request(this.#name, () => ((ran = true), work()));
        return;
      } catch (error) {
        // Locks refused (a sandboxed frame, an old engine's quirk): taken as no locks.
        if (ran) throw error;
      }
    }
    // Needed only by engines without Web Locks: loaded there, on first need.
    const {leased} = await import('./lease.js');
    await leased(this.#name, this.#tab, () => this.#disposed, work);
  }

  /**
   * The bounds of the queue: an envelope waiting longer than `maxAge` gives up (it is
   * `failed`, status 0, and no longer sent); a refused one is removed after `keepRefused`.
   */
  async #expire(now: number): Promise<OutboxEntry[]> {
    const kept: OutboxEntry[] = [];
    for (const entry of await this.#store.all()) {
      if (entry.failed) {
        if (now - (entry.failed.at ?? now) > this.#keepRefused) await this.#store.delete(entry.id);
        else kept.push(entry);
      } else if (now - Date.parse(entry.envelope.createdAt) > this.#maxAge) {
        await this.#refuse(entry, 0, `Not delivered within ${Math.round(this.#maxAge / DAY)} days; no longer sent.`);
        kept.push(entry);
      } else kept.push(entry);
    }
    return kept;
  }

  /** Marks an entry as not to be retried, and says so. */
  async #refuse(entry: OutboxEntry, status: number, message: string): Promise<void> {
    entry.failed = {status, message, at: Date.now()};
    await this.#store.put(entry);
    this.#notify(entry.id, {state: 'failed', status, message});
  }

  async #deliverDue(force: boolean): Promise<void> {
    const now = Date.now();
    const due = (await this.#expire(now)).filter(
      (e) =>
        !e.failed &&
        (e.notBefore ?? 0) <= now &&
        (force || e.nextAttemptAt <= now) &&
        // Sent without the headers it was submitted with, it would be refused: it waits for a page to give them.
        (!e.delivery.needsHeaders || this.#headers.has(e.delivery.endpoint)),
    );
    // Each endpoint in turn, all endpoints at once: one that never answers holds no other.
    const byEndpoint = new Map<string, OutboxEntry[]>();
    for (const entry of due) {
      const list = byEndpoint.get(entry.delivery.endpoint) ?? [];
      list.push(entry);
      byEndpoint.set(entry.delivery.endpoint, list);
    }
    await Promise.all(
      [...byEndpoint.values()].map(async (entries) => {
        for (const entry of entries) {
          if (this.#disposed) return;
          await this.#deliver(entry);
        }
      }),
    );
    const waiting = (await this.#store.all())
      .filter((e) => !e.failed)
      .map((e) => Math.max(e.nextAttemptAt, e.notBefore ?? 0));
    if (waiting.length > 0) this.#schedule(Math.min(...waiting));
  }

  async #deliver(entry: OutboxEntry): Promise<void> {
    const {endpoint} = entry.delivery;
    const headers = this.#headers.get(endpoint);
    // A page's mistake would be retried for ever: it is a refusal, with the field named.
    if (!isEndpoint(endpoint) || (headers && !areHeaders(headers))) {
      return this.#refuse(
        entry,
        0,
        isEndpoint(endpoint)
          ? 'The extra headers of this page are not names and text values.'
          : `The endpoint ${JSON.stringify(endpoint.slice(0, 200))} is not a web address a submission can be sent to.`,
      );
    }
    this.#notify(entry.id, {state: 'sending'});
    let response: Response;
    try {
      response = await fetch(entry.delivery.endpoint, {
        method: 'POST',
        credentials: entry.delivery.credentials ?? 'omit',
        referrerPolicy: 'no-referrer',
        headers: {
          ...headers,
          'content-type': 'application/json',
          'idempotency-key': entry.id,
        },
        body: JSON.stringify(entry.envelope),
        signal: AbortSignal.timeout(this.#timeout),
      });
    } catch {
      // A network error, or no answer within the timeout: the same to the person, tried again later.
      return this.#later(entry, undefined, navigator.onLine ? 'retrying' : 'offline');
    }
    if (response.ok) {
      await this.#store.delete(entry.id);
      this.#notify(entry.id, {state: 'sent', status: response.status});
      return;
    }
    if (isRetryable(response.status)) {
      return this.#later(entry, retryAfterMs(response.headers.get('retry-after')), 'retrying');
    }
    await this.#refuse(entry, response.status, await reason(response));
  }

  /** Backoff: base × 2^(attempts − 1), capped, with "equal jitter"; Retry-After wins when longer. */
  async #later(entry: OutboxEntry, retryAfter: number | undefined, why: 'offline' | 'retrying'): Promise<void> {
    const attempts = entry.attempts + 1;
    const backoff = Math.min(this.#maxDelay, this.#baseDelay * 2 ** (attempts - 1));
    const jittered = backoff / 2 + Math.random() * (backoff / 2);
    const now = Date.now();
    const nextAttemptAt = now + Math.max(jittered, retryAfter ?? 0);
    // What the server asked for holds on load and when back online too, with a little jitter
    // so that every tab does not call at the same moment.
    const notBefore = retryAfter === undefined ? undefined : now + retryAfter + Math.random() * this.#baseDelay;
    const next: OutboxEntry = {...entry, attempts, nextAttemptAt: Math.max(nextAttemptAt, notBefore ?? 0)};
    if (notBefore === undefined) delete next.notBefore;
    else next.notBefore = notBefore;
    await this.#store.put(next);
    const durable = await this.#store.durable();
    this.#notify(entry.id, {state: 'queued', reason: why, attempts, nextAttemptAt: next.nextAttemptAt, durable});
  }

  #schedule(at: number): void {
    clearTimeout(this.#timer);
    if (this.#disposed) return;
    // A wait longer than a timer holds is taken in steps (a longer one would fire at once).
    this.#timer = setTimeout(() => void this.flush(), Math.min(LONGEST_TIMER, Math.max(0, at - Date.now())));
  }

  #notify(id: string, status: DeliveryStatus, broadcast = true): void {
    for (const listener of this.#listeners.get(id) ?? []) listener(status);
    if (broadcast && !this.#disposed && (status.state === 'sent' || status.state === 'failed')) {
      this.#channel?.postMessage({id, status});
    }
  }
}

const shared = new Map<string, Outbox>();

/** The page's outbox: one per storage mode, shared by every widget on the page. */
export function getOutbox(persist = true): Outbox {
  const key = persist ? 'persist' : 'memory';
  let outbox = shared.get(key);
  if (!outbox) {
    outbox = new Outbox({persist});
    shared.set(key, outbox);
  }
  return outbox;
}
