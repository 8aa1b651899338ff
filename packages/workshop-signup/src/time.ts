/** A local date-time as the feed gives it: no zone, the workshop's `timeZone` says where. */
export const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsIn(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether `timeZone` is an IANA zone this browser knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    partsIn(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** How far `timeZone`'s wall clock is ahead of UTC at the instant `ms`, in ms. */
export function offsetAt(ms: number, timeZone: string): number {
  const parts = partsIn(timeZone).formatToParts(new Date(ms));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'), get('second'));
  return wall - Math.floor(ms / 1000) * 1000;
}

/** Whether a local date-time is well formed and names a real day and time. */
export function isLocalDateTime(value: string): boolean {
  const m = LOCAL_DATE_TIME.exec(value);
  if (!m) return false;
  const [, y, mo, d, h, mi, s] = m.map((part) => Number(part ?? 0));
  const date = new Date(Date.UTC(y!, mo! - 1, d, h, mi, s));
  return (
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === mo! - 1 &&
    date.getUTCDate() === d &&
    h! < 24 &&
    mi! < 60 &&
    s! < 60
  );
}

/**
 * The instant (ms since the epoch) of a local date-time in `timeZone`. A time that a
 * daylight-saving change skips is read as the same clock time after the change (02:30
 * on the spring-forward night in Stockholm is 03:30 CEST).
 */
export function instantOf(local: string, timeZone: string): number {
  const m = LOCAL_DATE_TIME.exec(local);
  if (!m) return Number.NaN;
  const [, y, mo, d, h, mi, s] = m.map((part) => Number(part ?? 0));
  const wall = Date.UTC(y!, mo! - 1, d, h, mi, s);
  const guess = wall - offsetAt(wall, timeZone);
  const offset = offsetAt(guess, timeZone);
  return offset === wall - guess ? guess : wall - offset;
}

/** The viewer's own time zone. */
export const viewerTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;
