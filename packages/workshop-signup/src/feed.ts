import {FieldReader, describeValue, type ConfigProblem, type Parsed} from '@careloop/core';
import {isLocalDateTime, instantOf, isTimeZone} from './time.js';
import {
  WORKSHOP_AUDIENCES,
  WORKSHOP_FORMATS,
  STATUSES,
  type Facilitator,
  type Session,
  type Workshop,
} from './workshop.types.js';

type Json = Record<string, unknown>;

function localDateTime(
  reader: FieldReader,
  obj: Json,
  key: string,
  path: string,
  required: boolean,
): string | undefined {
  const value = reader.text(obj, key, path, required);
  if (value === undefined) return undefined;
  if (isLocalDateTime(value)) return value.length === 16 ? value : value.slice(0, 19);
  reader.report({code: 'wrong-type', path, expected: 'date-time', found: describeValue(value)});
  return undefined;
}

/** A start and end in the workshop's zone, the end after the start. */
function session(
  reader: FieldReader,
  obj: Json,
  path: string,
  timeZone: string | undefined,
  required: boolean,
): {start?: string; end?: string} {
  const start = localDateTime(reader, obj, 'start', `${path}.start`, required);
  const end = localDateTime(reader, obj, 'end', `${path}.end`, required);
  if (start && end && timeZone && instantOf(end, timeZone) <= instantOf(start, timeZone)) {
    reader.report({code: 'end-before-start', path: `${path}.end`, found: describeValue(end)});
    return {};
  }
  return {start, end};
}

/**
 * An id, refused when it holds a line break or another control character: ids go into
 * calendar files, where a line break would start a property of its own (an alarm, an
 * attachment), and into the page's element ids.
 */
function idOf(reader: FieldReader, obj: Record<string, unknown>, path: string, required = false): string | undefined {
  const id = reader.text(obj, 'id', path, required);
  if (!id || !/\p{Cc}/u.test(id)) return id;
  reader.report({code: 'wrong-type', path, expected: 'identifier', found: describeValue(id)});
  return undefined;
}

function readWorkshop(raw: unknown, path: string, reader: FieldReader): Workshop | undefined {
  const obj = reader.object(raw, path);
  if (!obj) return undefined;
  const before = reader.problems.length;
  const id = idOf(reader, obj, `${path}.id`, true);
  const title = reader.text(obj, 'title', `${path}.title`, true);
  const rawZone = reader.text(obj, 'timeZone', `${path}.timeZone`, true);
  const timeZone = rawZone && isTimeZone(rawZone) ? rawZone : undefined;
  if (rawZone && !timeZone)
    reader.report({code: 'wrong-type', path: `${path}.timeZone`, expected: 'time-zone', found: describeValue(rawZone)});
  const {start, end} = session(reader, obj, path, timeZone, true);
  const format = reader.choice(obj, 'format', `${path}.format`, WORKSHOP_FORMATS, true);
  const fatal = reader.problems.length > before;
  const description = reader.text(obj, 'description', `${path}.description`);
  let location: Workshop['location'];
  if (obj['location'] !== undefined) {
    const place = reader.object(obj['location'], `${path}.location`);
    if (place) {
      const name = reader.text(place, 'name', `${path}.location.name`);
      const address = reader.text(place, 'address', `${path}.location.address`);
      location = {...(name ? {name} : {}), ...(address ? {address} : {})};
    }
  }
  const audience = reader.choiceList(obj, 'audience', `${path}.audience`, WORKSHOP_AUDIENCES);
  const language = reader.language(obj, 'language', `${path}.language`);
  const capacity = reader.count(obj, 'capacity', `${path}.capacity`);
  const registered = reader.count(obj, 'registered', `${path}.registered`);
  let registrationDeadline = reader.text(obj, 'registrationDeadline', `${path}.registrationDeadline`);
  if (
    registrationDeadline &&
    !isLocalDateTime(registrationDeadline) &&
    !/^\d{4}-\d{2}-\d{2}$/.test(registrationDeadline)
  ) {
    reader.report({
      code: 'wrong-type',
      path: `${path}.registrationDeadline`,
      expected: 'date-time',
      found: describeValue(registrationDeadline),
    });
    registrationDeadline = undefined;
  }
  const status = reader.choice(obj, 'status', `${path}.status`, STATUSES) ?? 'scheduled';
  const accessibility = reader.text(obj, 'accessibility', `${path}.accessibility`);
  const facilitators: Facilitator[] = [];
  if (obj['facilitators'] !== undefined) {
    (reader.array(obj['facilitators'], `${path}.facilitators`) ?? []).forEach((entry, i) => {
      if (typeof entry === 'string' && entry.trim()) facilitators.push({name: entry.trim()});
      else if (entry && typeof entry === 'object' && !Array.isArray(entry)) {
        const name = reader.text(entry as Json, 'name', `${path}.facilitators[${i}].name`, true);
        const role = reader.text(entry as Json, 'role', `${path}.facilitators[${i}].role`);
        if (name) facilitators.push({name, ...(role ? {role} : {})});
      } else
        reader.report({
          code: 'wrong-type',
          path: `${path}.facilitators[${i}]`,
          expected: 'text',
          found: describeValue(entry),
        });
    });
  }
  const options: Session[] = [];
  if (obj['options'] !== undefined) {
    (reader.array(obj['options'], `${path}.options`) ?? []).forEach((entry, i) => {
      const option = reader.object(entry, `${path}.options[${i}]`);
      if (!option) return;
      const before = reader.problems.length;
      const id = idOf(reader, option, `${path}.options[${i}].id`) ?? `option-${i + 1}`;
      const times = session(reader, option, `${path}.options[${i}]`, timeZone, true);
      if (times.start && times.end && reader.problems.length === before)
        options.push({id, start: times.start, end: times.end});
    });
  }
  // Without an id, a title, a time, a zone or a format a workshop cannot be shown or booked.
  if (fatal || !id || !title || !start || !end || !timeZone || !format) return undefined;
  const workshop: Workshop = {id, title, start, end, timeZone, format, audience, status, facilitators, options};
  if (description) workshop.description = description;
  if (location && (location.name || location.address)) workshop.location = location;
  if (language) workshop.language = language;
  if (capacity !== undefined) workshop.capacity = capacity;
  if (registered !== undefined) workshop.registered = registered;
  if (registrationDeadline) workshop.registrationDeadline = registrationDeadline;
  if (accessibility) workshop.accessibility = accessibility;
  return workshop;
}

/**
 * Reads a workshop feed (a list). Workshops with problems are named and left out; the
 * others are kept, in the order given.
 */
export function parseWorkshopFeed(raw: unknown): Parsed<Workshop[]> {
  const reader = new FieldReader();
  const list = reader.array(raw, 'feed');
  if (!list) return {value: undefined, problems: reader.problems};
  const workshops: Workshop[] = [];
  const seen = new Set<string>();
  list.forEach((entry, i) => {
    const workshop = readWorkshop(entry, `feed[${i}]`, reader);
    if (!workshop) return;
    if (seen.has(workshop.id)) {
      reader.report({
        code: 'duplicate-id',
        path: `feed[${i}].id`,
        found: JSON.stringify(workshop.id),
      } satisfies ConfigProblem);
      return;
    }
    seen.add(workshop.id);
    workshops.push(workshop);
  });
  return {value: workshops, problems: reader.problems};
}
