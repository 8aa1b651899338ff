// One tab at a time flushes the outbox, where Web Locks are missing or refused.

/** How long a tab holds the queue without renewing (it renews at a third of it while it works). */
const LEASE = 10_000;
/** How long a tab waits after taking a free lease before it trusts it: another tab's write lands first. */
const CONFIRM = 60;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Without Web Locks (Safari before 15.4), one tab at a time flushes under a lease in
 * localStorage: `{owner, until}`, taken when free or expired, confirmed after a short
 * wait (the last writer wins), renewed while working, released after. A tab that closes
 * holding it frees it when it expires. Where localStorage is refused too, the server's
 * Idempotency-Key is the last line.
 */
export async function leased(name: string, me: string, stop: () => boolean, work: () => unknown): Promise<void> {
  const key = `careloop-outbox-lease:${name}`;
  const read = () => JSON.parse(localStorage.getItem(key) ?? 'null') as {owner: string; until: number} | null;
  const take = () => localStorage.setItem(key, JSON.stringify({owner: me, until: Date.now() + LEASE}));
  try {
    read();
  } catch {
    await work();
    return;
  }
  for (;;) {
    if (stop()) return;
    const lease = read();
    if (!lease || lease.until < Date.now() || lease.owner === me) {
      take();
      await pause(CONFIRM);
      if (read()?.owner === me) break;
    } else await pause(250 + Math.random() * 250);
  }
  const renew = setInterval(take, LEASE / 3);
  try {
    await work();
  } finally {
    clearInterval(renew);
    if (read()?.owner === me) localStorage.removeItem(key);
  }
}
