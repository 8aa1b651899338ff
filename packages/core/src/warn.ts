/**
 * Stable codes for the warnings Careloop prints. A code never changes meaning,
 * so hosts can search for it and tests can assert on it.
 */
export const WARNING_CODES = [
  'duplicate-definition',
  'localize-configured-elsewhere',
  'locale-load-failed',
  'outbox-storage-unavailable',
  'outbox-flush-failed',
  'html-not-shown',
  'part-not-loaded',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

const PREFIX = '[careloop]';

/** Prints one warning with its stable code. The only place Careloop writes to the console. */
export function warn(code: WarningCode, message: string): void {
  console.warn(`${PREFIX} ${code}: ${message}`);
}
