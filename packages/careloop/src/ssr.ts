/**
 * Careloop on the server: renders the elements to HTML with declarative shadow DOM
 * (Lit SSR), with the styles and words they have in the browser, so that a page is
 * readable, its links work and its feedback form can be sent before (and without) any
 * script. With the page's script, `careloop-hydrate.js` (or
 * `@lit-labs/ssr-client/lit-element-hydrate-support.js` imported before Careloop) takes
 * the rendered elements over without drawing them again or fetching their data again.
 *
 * Node only. Importing it gives the process a `window` to hear @lit/localize's change of
 * language (an `EventTarget`, nothing more) where there is none. See docs/frameworks.md.
 */
import './ssr-window.js';
import {createHash} from 'node:crypto';
import {render} from '@lit-labs/ssr';
import {collectResultSync} from '@lit-labs/ssr/lib/render-result.js';
import {html, nothing, type TemplateResult} from 'lit';
import {unsafeHTML} from 'lit/directives/unsafe-html.js';
import {resolveLocale} from '@careloop/core';
import {inCareloopLocale} from '@careloop/core/server.js';
import '@careloop/guide-cards/cl-guide-card.js';
import '@careloop/guide-cards/cl-guide-list.js';
import '@careloop/feedback-form/cl-feedback-form.js';
import '@careloop/workshop-signup/cl-workshop-signup.js';
import {prepareFeedbackForm} from '@careloop/feedback-form/server.js';

export {feedbackFromFormPost, type PostedFeedback, type PostedProblem} from '@careloop/feedback-form/server.js';

/** What every server render takes. */
export interface RenderOptions {
  /** The language of the page (a BCP 47 tag; the nearest shipped locale is used). English by default. */
  locale?: string;
  /** `light` (default), `dark` or `auto`. */
  theme?: 'light' | 'dark' | 'auto';
}

/**
 * A feed as an inline `<script type="application/json">` child: the element in the
 * browser reads it at once, so it takes over the server's rendering without a fetch.
 * `<` is escaped, so no string in the feed can end the script.
 */
function inlineJson(value: unknown): TemplateResult {
  const json = JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return html`${unsafeHTML(`<script type="application/json">${json}</script>`)}`;
}

/**
 * Renders in one language: words are chosen when rendering, and the locale is shared by
 * the whole process, so nothing may wait between choosing it and rendering.
 */
function renderIn(locale: string | undefined, template: () => TemplateResult): Promise<string> {
  return inCareloopLocale(resolveLocale(locale), () => checkedAsHtmlMeansIt(collectResultSync(render(template()))));
}

/**
 * Lit SSR writes a `.checked=${false}` binding as `checked="false"`, which HTML reads as
 * checked. Text is escaped (`&quot;`), so the pattern can only be an attribute.
 */
const checkedAsHtmlMeansIt = (rendered: string) =>
  rendered.replace(/ checked="(true|false)"/g, (_, value: string) => (value === 'true' ? ' checked' : ''));

export interface GuideListOptions extends RenderOptions {
  /** The guide feed (see the guide feed format). */
  items: unknown;
  headingLevel?: number;
  pageSize?: number;
  label?: string;
  noControls?: boolean;
}

/**
 * `<cl-guide-list>` with its cards, as HTML. Without script the cards and their links
 * work (the search and filters appear once the script has run); with it, the list is
 * searchable at once, from the feed written into the page.
 */
export function renderGuideList(options: GuideListOptions): Promise<string> {
  return renderIn(
    options.locale,
    () =>
      html`<cl-guide-list
        .items=${options.items}
        theme=${options.theme ?? nothing}
        heading-level=${options.headingLevel ?? nothing}
        page-size=${options.pageSize ?? nothing}
        label=${options.label ?? nothing}
        ?no-controls=${options.noControls}
        >${inlineJson(options.items)}</cl-guide-list
      >`,
  );
}

export interface GuideCardOptions extends RenderOptions {
  /** One guide or project (an item of the guide feed). */
  item: unknown;
  headingLevel?: number;
}

/** One `<cl-guide-card>`, as HTML. */
export function renderGuideCard(options: GuideCardOptions): Promise<string> {
  return renderIn(
    options.locale,
    () =>
      html`<cl-guide-card
        .item=${options.item}
        theme=${options.theme ?? nothing}
        heading-level=${options.headingLevel ?? nothing}
        >${inlineJson(options.item)}</cl-guide-card
      >`,
  );
}

export interface WorkshopSignupOptions extends RenderOptions {
  /** The workshop feed. */
  workshops: unknown;
  endpoint?: string;
  headingLevel?: number;
}

/** `<cl-workshop-signup>` with its list of workshops, as HTML (signing up needs the page's script). */
export function renderWorkshopSignup(options: WorkshopSignupOptions): Promise<string> {
  return renderIn(
    options.locale,
    () =>
      html`<cl-workshop-signup
        .items=${options.workshops}
        theme=${options.theme ?? nothing}
        endpoint=${options.endpoint ?? nothing}
        heading-level=${options.headingLevel ?? nothing}
        >${inlineJson(options.workshops)}</cl-workshop-signup
      >`,
  );
}

export interface FeedbackFormOptions extends RenderOptions {
  /** A preset (`fft`, `what-matters`, …) … */
  preset?: string;
  /** … or a FHIR R4 Questionnaire. */
  questionnaire?: unknown;
  /** Where the answers go: the form posts there without script, and the outbox sends there with it. */
  endpoint: string;
  service?: string;
  context?: string;
  about?: string;
  respondentRole?: string;
  notice?: 'public-record';
  headingLevel?: number;
  submitLabel?: string;
  /**
   * A form post that had problems (see `feedbackFromFormPost`): the form is rendered again
   * with its answers filled in, the error summary at the top and each message at its
   * question, as the page that answers the post. Serve that page without Careloop's
   * script: it is the form of a browser that did not run it.
   */
  posted?: URLSearchParams;
}

/**
 * `<cl-feedback-form>` as HTML: a real `<form method="post">` to `endpoint`, so a
 * browser without script sends the answers as `application/x-www-form-urlencoded`
 * (turn them into the envelope with `feedbackFromFormPost`). With script, the same form
 * sends through the outbox. Contact details need the script, so they are not offered.
 */
export async function renderFeedbackForm(options: FeedbackFormOptions): Promise<string> {
  await prepareFeedbackForm(options, resolveLocale(options.locale));
  return renderIn(
    options.locale,
    () =>
      html`<cl-feedback-form
        .questionnaire=${options.questionnaire}
        preset=${options.questionnaire === undefined ? (options.preset ?? nothing) : nothing}
        endpoint=${options.endpoint}
        theme=${options.theme ?? nothing}
        service=${options.service ?? nothing}
        context=${options.context ?? nothing}
        about=${options.about ?? nothing}
        respondent-role=${options.respondentRole ?? nothing}
        notice=${options.notice ?? nothing}
        heading-level=${options.headingLevel ?? nothing}
        submit-label=${options.submitLabel ?? nothing}
        .posted=${options.posted}
        no-contact
        >${options.questionnaire === undefined ? nothing : inlineJson(options.questionnaire)}</cl-feedback-form
      >`,
  ).then((rendered) => (options.posted ? withTexts(rendered, options.posted) : rendered));
}

const escapeText = (text: string) => text.replace(/[&<>]/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;'})[c]!);
const unescapeAttribute = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'"})[e]!);

/**
 * A text area's text is its content, which Lit cannot bind (and Lit SSR does not write from
 * `.value`): each text area of a re-rendered post gets what was posted under its name.
 */
function withTexts(rendered: string, posted: URLSearchParams): string {
  const used = new Map<string, number>();
  return rendered.replace(/(<textarea\b[^>]*?\sname="([^"]*)"[^>]*>)<\/textarea>/g, (_, open: string, name: string) => {
    const key = unescapeAttribute(name);
    const index = used.get(key) ?? 0;
    used.set(key, index + 1);
    // The parser drops a newline right after the start tag: this one, not the text's own.
    return `${open}\n${escapeText(posted.getAll(key)[index] ?? '')}</textarea>`;
  });
}

/**
 * The CSP sources (`'sha256-…'`) of the `<style>` blocks in rendered HTML: add them to the
 * page's `style-src` and the server's rendering is styled under a strict policy, with no
 * `'unsafe-inline'`. (In the browser, the elements use constructable style sheets, which a
 * policy does not block.)
 */
export function styleHashes(rendered: string): string[] {
  const hashes = new Set<string>();
  for (const [, css] of rendered.matchAll(/<style>([\s\S]*?)<\/style>/g))
    hashes.add(`'sha256-${createHash('sha256').update(css!).digest('base64')}'`);
  return [...hashes];
}
