// The local collector: what a hospital's endpoint does with a Careloop submission, in
// the smallest form that is still real. It takes a submission envelope POSTed as JSON
// with an Idempotency-Key (a UUID), stores it once per key (201, then 200 for a replay)
// and refuses anything else with a reason. The demo portal keeps what it stores on disk
// (.data/submissions/); the browser tests keep it in memory, one store per test, with
// fault scenarios in front (web-test-runner.config.mjs). Both use this one module.
import {existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';

/** The largest body accepted: an envelope with long free text fits many times over. */
export const MAX_BODY = 256 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads a request body as text, refusing one over `MAX_BODY` (status 413). */
export async function readBody(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY) throw Object.assign(new Error('too large'), {status: 413});
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Submissions kept one JSON file per Idempotency-Key in `dir`. */
export function diskStore(dir) {
  const file = (key) => join(dir, `${key}.json`);
  return {
    has: (key) => existsSync(file(key)),
    put(key, record) {
      mkdirSync(dir, {recursive: true});
      writeFileSync(file(key), JSON.stringify(record, null, 2));
    },
    /** Newest first. */
    list: () =>
      existsSync(dir)
        ? readdirSync(dir)
            .filter((f) => f.endsWith('.json'))
            .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')))
            .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt))
        : [],
  };
}

/** Submissions kept in memory, for one test. */
export function memoryStore() {
  const records = new Map();
  return {
    has: (key) => records.has(key),
    put: (key, record) => records.set(key, record),
    list: () => [...records.values()].reverse(),
  };
}

/**
 * Accepts one submission: `key` is the Idempotency-Key header, `type` the
 * Content-Type, `text` the body. Returns the status and JSON body to answer with.
 */
export function accept({key, type, text}, store) {
  if (typeof key !== 'string' || !UUID.test(key))
    return {status: 400, body: {error: 'An Idempotency-Key header holding a UUID is required.'}};
  if (!String(type ?? '').startsWith('application/json'))
    return {status: 415, body: {error: 'Send the submission as application/json.'}};
  let envelope;
  try {
    envelope = JSON.parse(text);
  } catch {
    return {status: 400, body: {error: 'The body is not valid JSON.'}};
  }
  if (typeof envelope !== 'object' || envelope === null || Array.isArray(envelope))
    return {status: 422, body: {error: 'The submission must be a JSON object (the submission envelope).'}};
  return keepOnce(key, envelope, store);
}

/** Keeps an envelope once per key: 201 the first time, 200 for a replay. */
function keepOnce(key, envelope, store) {
  const id = key.toLowerCase();
  if (store.has(id)) return {status: 200, body: {status: 'duplicate', id}};
  store.put(id, {idempotencyKey: id, receivedAt: new Date().toISOString(), body: envelope});
  return {status: 201, body: {status: 'stored', id}};
}

/** Keeps an envelope the server made itself (from a form posted without script), under its own id. */
export const keepEnvelope = (envelope, store) => keepOnce(envelope.id, envelope, store);

/** Reads and accepts a Node request; a body too large is refused with 413. */
export async function receive(req, store) {
  let text;
  try {
    text = await readBody(req);
  } catch (error) {
    return {status: error.status ?? 400, body: {error: 'The submission is too large.'}};
  }
  return accept({key: req.headers['idempotency-key'], type: req.headers['content-type'], text}, store);
}
