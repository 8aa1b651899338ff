import {configureLocalization} from '@lit/localize';
import {isServer} from 'lit';
import {allLocales, sourceLocale, targetLocales} from './locales/codes.js';
import {warn} from './warn.js';

/** A locale Careloop ships complete: `en`, `fr`, `sv` or `nb`. */
export type CareloopLocale = (typeof allLocales)[number];
type TargetLocale = (typeof targetLocales)[number];

/** Every shipped locale, the source locale first. */
export const LOCALES: readonly CareloopLocale[] = allLocales;

/**
 * Each target locale is its own module, loaded only when it is needed: a page in
 * English never downloads French. Typed so that adding a locale to
 * lit-localize.json without a loader here fails the type-check.
 */
const loaders: Record<TargetLocale, () => Promise<unknown>> = {
  fr: () => import('./locales/fr.js'),
  sv: () => import('./locales/sv.js'),
  nb: () => import('./locales/nb.js'),
};

/** Language subtags that we serve with a locale of another name. */
const ALIASES: Record<string, CareloopLocale> = {no: 'nb', nn: 'nb'};

/**
 * The shipped locale that best serves a BCP 47 tag: an exact match, then the
 * language alone (`fr-CA` → `fr`), then an alias (`no`, `nn` → `nb`), else English.
 */
export function resolveLocale(tag: string | null | undefined): CareloopLocale {
  if (!tag) return sourceLocale;
  let canonical: string;
  try {
    canonical = Intl.getCanonicalLocales(tag.trim())[0] ?? '';
  } catch {
    return sourceLocale;
  }
  const exact = allLocales.find((locale) => locale.toLowerCase() === canonical.toLowerCase());
  if (exact) return exact;
  const language = canonical.split('-')[0]!.toLowerCase();
  return allLocales.find((locale) => locale === language) ?? ALIASES[language] ?? sourceLocale;
}

interface Controls {
  getLocale(): string;
  setLocale(locale: string): Promise<void>;
}

let controls: Controls | undefined;
let followDocument = true;

function apply(locale: CareloopLocale): void {
  if (!controls) return;
  controls.setLocale(locale).catch((error: unknown) => {
    warn('locale-load-failed', `could not load the "${locale}" messages (${String(error)}); showing English.`);
  });
}

function followDocumentLanguage(): void {
  if (followDocument) apply(resolveLocale(document.documentElement.lang));
}

/**
 * Sets up @lit/localize once per copy of Careloop and starts following `<html lang>`.
 * Called by every Careloop element; safe to call again.
 *
 * If the host application has already configured @lit/localize in the same module
 * graph, that configuration wins: Careloop warns and shows its own messages in
 * English rather than throwing into the page. See docs/localization.md.
 */
export function initLocalization(): void {
  if (controls) return;
  try {
    controls = configureLocalization({
      sourceLocale,
      targetLocales,
      loadLocale: (locale) => loaders[locale as TargetLocale]() as never,
    });
  } catch {
    warn(
      'localize-configured-elsewhere',
      '@lit/localize was already configured by this page; Careloop follows that configuration.',
    );
    controls = {getLocale: () => sourceLocale, setLocale: () => Promise.resolve()};
    return;
  }
  // On a server there is no page to follow: the server chooses with setCareloopLocale.
  if (isServer) return;
  new MutationObserver(followDocumentLanguage).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
  });
  followDocumentLanguage();
}

/**
 * Chooses the language of every Careloop element on the page, overriding `<html lang>`;
 * pass `'auto'` to follow `<html lang>` again. Resolves once the messages are loaded.
 */
export async function setCareloopLocale(locale: string): Promise<void> {
  initLocalization();
  followDocument = locale === 'auto';
  const page = isServer ? undefined : document.documentElement.lang;
  const target = followDocument ? resolveLocale(page) : resolveLocale(locale);
  await controls!.setLocale(target);
}

/** The locale Careloop elements are showing now. */
export function getCareloopLocale(): CareloopLocale {
  return (controls?.getLocale() ?? sourceLocale) as CareloopLocale;
}
