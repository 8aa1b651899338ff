import {describeValue, isSafeUrl, type ConfigProblem} from '@careloop/core';
import type {Coding} from './fhir.js';
import {MAX_ITEMS, walk, type AnswerChoice, type Form, type FormItem} from './model.js';
import {codingLabel, isObject} from './read.js';

// Value sets a questionnaire names but does not contain, expanded by the terminology server
// the page names (`terminology-server`), with FHIR's ValueSet/$expand. A chunk of its own,
// loaded only for such a questionnaire on such a page. No other server is ever asked.

/** Expansions already asked for on this page, by request URL: each is fetched once. */
const cache = new Map<string, Promise<Coding[]>>();
/** How long one expansion may take before the question stays answered in words. */
const TIMEOUT_MS = 15_000;

/** The concepts of an expansion (nested `contains` too), at most MAX_ITEMS. */
function concepts(resource: unknown): Coding[] {
  const found: Coding[] = [];
  const visit = (list: unknown) => {
    if (!Array.isArray(list)) return;
    for (const entry of list) {
      if (found.length >= MAX_ITEMS || !isObject(entry)) continue;
      if (typeof entry['code'] === 'string' && entry['abstract'] !== true) {
        const {system, code, display, version} = entry;
        found.push({
          ...(typeof system === 'string' ? {system} : {}),
          ...(typeof version === 'string' ? {version} : {}),
          code,
          ...(typeof display === 'string' ? {display} : {}),
        });
      }
      visit(entry['contains']);
    }
  };
  const expansion = isObject(resource) && resource['resourceType'] === 'ValueSet' ? resource['expansion'] : undefined;
  if (isObject(expansion)) visit(expansion['contains']);
  return found;
}

async function expand(request: string): Promise<Coding[]> {
  const response = await fetch(request, {
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
    headers: {accept: 'application/fhir+json, application/json'},
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const codings = concepts(await response.json());
  if (codings.length === 0) throw new Error('the expansion has no concepts');
  return codings;
}

/**
 * Expands every value set of `form` held elsewhere at `server`, giving each such question
 * its answers (and its choice type back). A value set that cannot be expanded is named
 * (code `fetch-failed`) and its question stays answered in words.
 */
export async function expandValueSets(
  form: Form,
  server: string,
  locale: string,
  report: (problem: ConfigProblem) => void,
): Promise<void> {
  const items = [...walk(form.items)].filter((item) => item.valueSet);
  if (items.length === 0) return;
  let base: URL;
  try {
    base = new URL(server.endsWith('/') ? server : `${server}/`, document.baseURI);
    if (!isSafeUrl(server) || (base.protocol !== 'https:' && base.protocol !== 'http:')) throw new Error();
  } catch {
    report({code: 'unsafe-url', path: 'terminology-server', found: describeValue(server)});
    return;
  }
  await Promise.all(
    items.map(async (item: FormItem) => {
      const {url, type} = item.valueSet!;
      const request = new URL(`ValueSet/$expand?url=${encodeURIComponent(url)}`, base).href;
      let pending = cache.get(request);
      if (!pending) cache.set(request, (pending = expand(request)));
      try {
        const codings = await pending;
        item.choices = codings.map((coding): AnswerChoice => ({
          answer: {kind: 'coding', value: coding},
          label: codingLabel(coding, locale),
          initialSelected: false,
        }));
        item.type = type;
        item.help = item.help?.filter((hint) => hint.linkId !== `${item.linkId}/answer-list`);
        if (item.help?.length === 0) delete item.help;
      } catch (error) {
        cache.delete(request);
        report({
          code: 'fetch-failed',
          path: `${item.linkId}.answerValueSet`,
          found: describeValue(url),
          detail: String(error),
        });
      }
    }),
  );
}
