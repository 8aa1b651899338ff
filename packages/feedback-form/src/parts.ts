import {answerable, walk, type Form, type FormItem} from './questionnaire/model.js';
import {warn, type ConfigProblem} from '@careloop/core';
import type * as Labels from './labels.js';
import type {SdcReader, readQuestionnaire} from './questionnaire/read.js';
import type {answersIn} from './questionnaire/posted.js';

/**
 * Renderers that only some questionnaires need (SDC controls and help), each a file of its
 * own that a page loads only when the form it shows uses it. Until one is loaded, or if it
 * cannot be (offline, a blocked file), the item keeps its default control: a text box for a
 * slider, radio buttons for a drop-down, help as display text after its question, one
 * answer to a repeating text question, a quantity in its first unit, plain text for Markdown,
 * a repeating group answered once, the tabs of a tab-container as steps, and no FHIRPath (a calculated item stays empty; enableWhenExpression leaves its item enabled).
 */
const LOAD = {
  slider: () => import('./parts/slider.js').then((m) => m.renderSlider),
  select: () => import('./parts/select.js').then((m) => m.renderSelect),
  combobox: () => import('./parts/combobox.js').then((m) => m.renderCombobox),
  help: () => import('./parts/help.js').then((m) => m.renderHelp),
  repeat: () => import('./parts/repeat.js').then((m) => m.renderRows),
  units: () => import('./parts/units.js').then((m) => m.renderUnits),
  markdown: () => import('./parts/markdown.js').then((m) => m.renderWords),
  table: () => import('./parts/table.js').then((m) => m.renderTable),
  groups: () => import('./parts/groups.js').then((m) => m.renderInstanceActions),
  tabs: () => import('./parts/tabs.js').then((m) => m.renderTabs),
  fhirpath: () => import('./questionnaire/expressions.js').then((m) => m.calculator),
  faces: () => import('./faces.js').then((m) => m.face),
};
export type PartName = keyof typeof LOAD;
export type Parts = {[K in PartName]?: Awaited<ReturnType<(typeof LOAD)[K]>>};

/** More answers than this, on a single-answer question with no control of its own, are a combobox. */
export const LONG_LIST = 30;

/** Whether a choice question takes several answers (check boxes). */
export const multiple = (item: FormItem) => item.repeats || item.control === 'check-box';
/** Whether the question is answered by choosing among options. */
export const isChoice = (item: FormItem) =>
  item.choices.length > 0 || item.type === 'choice' || item.type === 'open-choice';

/** The renderer of an item's own control, where it is not one of the built-in ones. */
export function controlPart(item: FormItem): 'slider' | 'select' | 'combobox' | undefined {
  if (item.control === 'slider' && (item.type === 'integer' || item.type === 'decimal')) return 'slider';
  if (!isChoice(item) || multiple(item) || item.type === 'boolean') return undefined;
  if (item.control === 'drop-down') return 'select';
  // A long list of answers is searched rather than read through (an expanded value set, say).
  if (item.control === 'autocomplete' || (!item.control && item.choices.length > LONG_LIST)) return 'combobox';
  return undefined;
}

/** Every renderer loaded so far: a second form on the page (or a server render) has them at once. */
const loaded: Parts = {};

/**
 * Loads into `parts` every renderer `form` needs that is not there yet. Resolves when all
 * have loaded or failed (each failure named in a `part-not-loaded` warning); undefined
 * when nothing was missing.
 */
export function loadParts(form: Form, parts: Parts): Promise<void> | undefined {
  const needed = new Set<PartName>();
  for (const item of walk(form.items)) {
    const part = controlPart(item);
    if (part) needed.add(part);
    if (item.help || item.supportLink) needed.add('help');
    if (item.repeats && answerable(item) && !isChoice(item) && item.type !== 'boolean') needed.add('repeat');
    if ((item.units?.length ?? 0) > 1) needed.add('units');
    if (item.markdown) needed.add('markdown');
    if (item.expressions) needed.add('fhirpath');
    if (item.type === 'group' && item.repeats) needed.add('groups');
    if (item.layout === 'table') needed.add('table');
    if (item.layout === 'tabs') needed.add('tabs');
    if (item.choices.some((choice) => choice.face)) needed.add('faces');
  }
  const into = parts as Record<PartName, unknown>;
  for (const name of needed) into[name] ??= loaded[name];
  const missing = [...needed].filter((name) => !parts[name]);
  if (missing.length === 0) return undefined;
  return Promise.all(
    missing.map((name) =>
      LOAD[name]().then(
        (render) => void (into[name] = (loaded as Record<PartName, unknown>)[name] = render),
        (error: unknown) => warn('part-not-loaded', `${name} is shown with the default control: ${String(error)}`),
      ),
    ),
  ).then(() => undefined);
}

/**
 * Loads the SDC reader (questionnaire/sdc.ts), for a questionnaire with SDC extensions or
 * value sets. If it cannot be loaded, the extensions are not read (each item keeps its
 * default control) and a question answered from a value set is a notice.
 */
export const loadSdc = (): Promise<SdcReader> =>
  import('./questionnaire/sdc.js').then(
    (m) => (ready.sdc = m.readSdc),
    (error: unknown) => {
      warn('part-not-loaded', `sdc: the questionnaire's extensions are not read: ${String(error)}`);
      return (obj, item) => {
        if (obj['answerValueSet'] !== undefined) item.unsupported ??= 'answerValueSet';
      };
    },
  );

export type Reader = typeof readQuestionnaire;

/**
 * The readers once loaded, and the words for problems where a server render needs them:
 * for every form after the first, and for a server render, which cannot wait.
 */
export const ready: {read?: Reader; sdc?: SdcReader; labels?: typeof Labels; posted?: typeof answersIn} = {};

/**
 * Loads the reader of a form's own controls (questionnaire/posted.ts), which only a form
 * rendered on a server needs. If it cannot be loaded, what was entered before the script
 * came is not taken over (named in a `part-not-loaded` warning).
 */
export const loadPosted = (): Promise<unknown> =>
  import('./questionnaire/posted.js').then(
    (m) => (ready.posted = m.answersIn),
    (error: unknown) => {
      warn('part-not-loaded', `posted: what was entered before the script came is not kept: ${String(error)}`);
      ready.posted = () => ({entries: [], others: []});
    },
  );

/**
 * Loads the questionnaire reader (questionnaire/read.ts), a chunk of its own that a form
 * loads with its questionnaire. If it cannot be loaded, the form says why.
 */
export const loadReader = (): Promise<Reader> =>
  import('./questionnaire/read.js').then(
    (m) => (ready.read = m.readQuestionnaire),
    (error: unknown) => () => ({
      value: undefined,
      problems: [{code: 'fetch-failed', path: 'questionnaire', detail: String(error)} satisfies ConfigProblem],
    }),
  );
