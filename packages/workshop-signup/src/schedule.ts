import {isServer} from 'lit';
import {msg, str} from '@lit/localize';
import {getCareloopLocale} from '@careloop/core';
import {instantOf, isTimeZone, offsetAt, viewerTimeZone} from './time.js';
import type {Workshop} from './workshop.types.js';

/** The instant of a local date-time of the workshop (its start by default), in ms. */
export const instant = (workshop: Workshop, local = workshop.start): number => instantOf(local, workshop.timeZone);

/** "2026-03": the month a workshop starts, as the month filter holds it. */
export const monthOf = (workshop: Workshop): string => workshop.start.slice(0, 7);

/**
 * "Saturday 28 March 2026, 15:00–17:00", in the viewer's zone (or `viewer`, a kiosk's),
 * with the workshop's own times and zone when they differ.
 */
export function when(workshop: Workshop, viewer: string | null, start = workshop.start, end = workshop.end): string {
  const locale = getCareloopLocale();
  const from = instant(workshop, start);
  const to = instant(workshop, end);
  // A server does not know the reader's zone: it gives the workshop's own times, and names the zone.
  const unknown = isServer && !(viewer && isTimeZone(viewer));
  const zone = viewer && isTimeZone(viewer) ? viewer : unknown ? workshop.timeZone : viewerTimeZone();
  const date = new Intl.DateTimeFormat(locale, {dateStyle: 'full', timeZone: zone}).format(from);
  const time = new Intl.DateTimeFormat(locale, {timeStyle: 'short', timeZone: zone});
  const here = `${date}, ${time.format(from)}–${time.format(to)}`;
  const name =
    new Intl.DateTimeFormat(locale, {timeZone: workshop.timeZone, timeZoneName: 'long'})
      .formatToParts(from)
      .find((p) => p.type === 'timeZoneName')?.value ?? workshop.timeZone;
  if (unknown) return `${here} ${name}`;
  if (offsetAt(from, zone) === offsetAt(from, workshop.timeZone)) return here;
  const there = new Intl.DateTimeFormat(locale, {timeStyle: 'short', timeZone: workshop.timeZone});
  const local = `${there.format(from)}–${there.format(to)} ${name}`;
  return msg(str`${here} (your time; ${local})`, {id: 'workshop.when.zones'});
}

/** Whether registration has closed: after the deadline (a date means the end of that day, in the workshop's zone). */
export function deadlinePassed(workshop: Workshop, now = Date.now()): boolean {
  const deadline = workshop.registrationDeadline;
  if (!deadline) return false;
  const local = deadline.length === 10 ? `${deadline}T23:59` : deadline;
  return now > instantOf(local, workshop.timeZone);
}

/** Places left, or undefined when the workshop has no capacity set. */
export const seatsLeft = (workshop: Workshop): number | undefined =>
  workshop.capacity === undefined ? undefined : Math.max(0, workshop.capacity - (workshop.registered ?? 0));

/** Workshops not yet ended (only `only`, when given), soonest first. */
export function upcoming(feed: readonly Workshop[], only: string | null, now = Date.now()): Workshop[] {
  return feed
    .filter((w) => (only ? w.id === only : true))
    .filter((w) => instant(w, w.end) > now)
    .sort((a, b) => instant(a) - instant(b));
}

/** The list's filters: empty means any. */
export interface Filters {
  audience: string;
  format: string;
  month: string;
}

export function inFilters(workshop: Workshop, {audience, format, month}: Filters): boolean {
  return (
    (!audience || workshop.audience.includes(audience as never)) &&
    (!format || workshop.format === format) &&
    (!month || monthOf(workshop) === month)
  );
}
