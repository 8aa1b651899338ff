import {FieldReader, type ConfigProblem, type Parsed} from '@careloop/core';
import {
  AUDIENCES,
  FORMATS,
  GUIDE_KINDS,
  PROJECT_STATUSES,
  type Download,
  type GuideImage,
  type GuideItem,
} from './guide.types.js';

/**
 * Reads one feed item. Returns `undefined` when the item cannot be shown at all
 * (not an object, no title, an unknown kind); otherwise the item with every
 * wrong optional field left out. Every problem is added to `reader`.
 */
export function readGuideItem(raw: unknown, path: string, reader: FieldReader, index = 0): GuideItem | undefined {
  const obj = reader.object(raw, path);
  if (!obj) return undefined;
  const title = reader.text(obj, 'title', `${path}.title`, true);
  // Left out or null: a guide (the reader takes null as left out, so it is not asked).
  const kind = obj['kind'] == null ? 'guide' : reader.choice(obj, 'kind', `${path}.kind`, GUIDE_KINDS);
  if (title === undefined || kind === undefined) return undefined;
  const id = reader.text(obj, 'id', `${path}.id`) ?? `item-${index + 1}`;

  const item: GuideItem = {
    id,
    kind,
    title,
    lang: reader.language(obj, 'lang', `${path}.lang`),
    summary: reader.text(obj, 'summary', `${path}.summary`),
    url: reader.url(obj, 'url', `${path}.url`),
    audience: reader.choiceList(obj, 'audience', `${path}.audience`, AUDIENCES),
    themes: reader.textList(obj, 'themes', `${path}.themes`),
    format: reader.choice(obj, 'format', `${path}.format`, FORMATS),
    languages: reader.languageList(obj, 'languages', `${path}.languages`),
    readingMinutes: reader.count(obj, 'readingMinutes', `${path}.readingMinutes`),
    updated: reader.date(obj, 'updated', `${path}.updated`),
    coCreatedWith: reader.textList(obj, 'coCreatedWith', `${path}.coCreatedWith`),
    download: readDownload(obj['download'], `${path}.download`, reader),
    image: readImage(obj['image'], `${path}.image`, reader),
    lead: reader.text(obj, 'lead', `${path}.lead`),
    organisation: reader.text(obj, 'organisation', `${path}.organisation`),
    region: reader.text(obj, 'region', `${path}.region`),
    status: reader.choice(obj, 'status', `${path}.status`, PROJECT_STATUSES),
    start: reader.date(obj, 'start', `${path}.start`),
    end: reader.date(obj, 'end', `${path}.end`),
    goals: reader.textList(obj, 'goals', `${path}.goals`),
    partners: reader.textList(obj, 'partners', `${path}.partners`),
    progressUrl: reader.url(obj, 'progressUrl', `${path}.progressUrl`),
    youSaid: reader.text(obj, 'youSaid', `${path}.youSaid`, kind === 'change'),
    weDid: reader.text(obj, 'weDid', `${path}.weDid`, kind === 'change'),
    service: reader.text(obj, 'service', `${path}.service`),
    date: reader.date(obj, 'date', `${path}.date`),
  };
  return item;
}

function readDownload(raw: unknown, path: string, reader: FieldReader): Download | undefined {
  if (raw === undefined || raw === null) return undefined;
  const obj = reader.object(raw, path);
  if (!obj) return undefined;
  const url = reader.url(obj, 'url', `${path}.url`, true);
  if (url === undefined) return undefined;
  return {url, type: reader.text(obj, 'type', `${path}.type`), bytes: reader.count(obj, 'bytes', `${path}.bytes`)};
}

function readImage(raw: unknown, path: string, reader: FieldReader): GuideImage | undefined {
  if (raw === undefined || raw === null) return undefined;
  const obj = reader.object(raw, path);
  if (!obj) return undefined;
  const src = reader.url(obj, 'src', `${path}.src`, true);
  // alt may be "" for a decorative image, but it must be given.
  const alt = obj['alt'];
  if (typeof alt !== 'string') {
    if (alt === undefined || alt === null) reader.report({code: 'required', path: `${path}.alt`});
    else reader.text(obj, 'alt', `${path}.alt`);
    return undefined;
  }
  return src === undefined ? undefined : {src, alt: alt.trim()};
}

/** Reads a single item, for `<cl-guide-card>`. */
export function parseGuideItem(raw: unknown): Parsed<GuideItem> {
  const reader = new FieldReader();
  const value = readGuideItem(raw, 'item', reader);
  return {value, problems: reader.problems};
}

/**
 * Reads a whole feed, for `<cl-guide-list>`: every item that can be shown is kept,
 * and each problem names the item (`feed[3].title`). Duplicate ids are reported and
 * the later item is dropped, so links and keys stay unique.
 */
export function parseGuideFeed(raw: unknown): Parsed<GuideItem[]> {
  const reader = new FieldReader();
  const list = reader.array(raw, 'feed');
  if (!list) return {value: undefined, problems: reader.problems};
  const seen = new Set<string>();
  const items: GuideItem[] = [];
  list.forEach((entry, index) => {
    const item = readGuideItem(entry, `feed[${index}]`, reader, index);
    if (!item) return;
    if (seen.has(item.id)) {
      reader.report({code: 'duplicate-id', path: `feed[${index}].id`, found: JSON.stringify(item.id)});
      return;
    }
    seen.add(item.id);
    items.push(item);
  });
  return {value: items, problems: reader.problems satisfies ConfigProblem[]};
}
