import {FILTER_KEYS, SORT_ORDERS, type FilterKey, type GuideItem, type SortOrder} from './guide.types.js';

/** What a person has chosen in the list's controls. Empty strings mean "any". */
export interface ListQuery {
  text: string;
  filters: Record<FilterKey, string>;
  sort: SortOrder;
}

export function emptyQuery(): ListQuery {
  return {
    text: '',
    filters: Object.fromEntries(FILTER_KEYS.map((key) => [key, ''])) as Record<FilterKey, string>,
    sort: 'newest',
  };
}

/** Lower case, accents removed: "Équipe" and "equipe" match, as do "Østfold" and "ostfold". */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ø/gi, 'o')
    .replace(/æ/gi, 'ae')
    .replace(/ß/g, 'ss')
    .toLowerCase();
}

/** The values of one filter that an item carries. */
export function filterValues(item: GuideItem, key: FilterKey): readonly string[] {
  switch (key) {
    case 'audience':
      return item.audience;
    case 'theme':
      return item.themes;
    case 'kind':
      return [item.kind];
    case 'status':
      return item.status ? [item.status] : [];
    case 'language':
      return item.languages;
    case 'format':
      return item.format ? [item.format] : [];
  }
}

/** A feed prepared once for fast searching: each item's searchable text, folded. */
export interface IndexedItem {
  item: GuideItem;
  text: string;
  /** Milliseconds since the epoch of the newest date the item carries, for sorting. */
  time: number;
}

export function indexItems(items: readonly GuideItem[]): IndexedItem[] {
  return items.map((item) => {
    const text = [
      item.title,
      item.summary,
      item.lead,
      item.organisation,
      item.region,
      item.service,
      item.youSaid,
      item.weDid,
      ...item.themes,
      ...item.coCreatedWith,
      ...item.partners,
      ...item.goals,
    ]
      .filter(Boolean)
      .join('\n');
    const date = item.updated ?? item.date ?? item.end ?? item.start;
    return {item, text: fold(text), time: date ? Date.parse(date) : Number.NEGATIVE_INFINITY};
  });
}

/**
 * The items that match every word typed and every filter chosen, in the chosen order.
 * Words match anywhere in the text, ignoring case and accents.
 */
export function applyQuery(index: readonly IndexedItem[], query: ListQuery, locale: string): GuideItem[] {
  const words = fold(query.text).split(/\s+/).filter(Boolean);
  const active = FILTER_KEYS.filter((key) => query.filters[key] !== '');
  const matches = index.filter(
    (entry) =>
      words.every((word) => entry.text.includes(word)) &&
      active.every((key) => filterValues(entry.item, key).includes(query.filters[key])),
  );
  if (query.sort === 'title') {
    const collator = new Intl.Collator(locale, {sensitivity: 'base', numeric: true});
    matches.sort((a, b) => collator.compare(a.item.title, b.item.title));
  } else {
    matches.sort((a, b) => b.time - a.time);
  }
  return matches.map((entry) => entry.item);
}

/** The distinct values of each filter across a feed, in first-seen order. */
export function facets(items: readonly GuideItem[]): Record<FilterKey, string[]> {
  const sets = Object.fromEntries(FILTER_KEYS.map((key) => [key, new Set<string>()])) as Record<FilterKey, Set<string>>;
  for (const item of items) for (const key of FILTER_KEYS) for (const v of filterValues(item, key)) sets[key].add(v);
  return Object.fromEntries(FILTER_KEYS.map((key) => [key, [...sets[key]]])) as Record<FilterKey, string[]>;
}

/** Query-string parameter names, prefixed so they do not clash with the host page's own. */
const PARAM = {text: 'cl-q', sort: 'cl-sort'} as const;
const filterParam = (key: FilterKey) => `cl-${key}`;

/** Reads a query from a URL's search parameters; unknown values are ignored. */
export function queryFromParams(params: URLSearchParams): ListQuery {
  const query = emptyQuery();
  query.text = params.get(PARAM.text) ?? '';
  const sort = params.get(PARAM.sort);
  if (sort && (SORT_ORDERS as readonly string[]).includes(sort)) query.sort = sort as SortOrder;
  for (const key of FILTER_KEYS) query.filters[key] = params.get(filterParam(key)) ?? '';
  return query;
}

/** Writes a query into search parameters, leaving the host page's own parameters alone. */
export function writeQueryParams(params: URLSearchParams, query: ListQuery): URLSearchParams {
  const out = new URLSearchParams(params);
  const set = (name: string, value: string, fallback = '') =>
    value && value !== fallback ? out.set(name, value) : out.delete(name);
  set(PARAM.text, query.text.trim());
  set(PARAM.sort, query.sort, 'newest');
  for (const key of FILTER_KEYS) set(filterParam(key), query.filters[key]);
  return out;
}
