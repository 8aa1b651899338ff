import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {
  formatAutonym,
  formatBytes,
  formatDate,
  formatList,
  formatMinutes,
  formatPeriod,
  getCareloopLocale,
  renderMarkdown,
} from '@careloop/core';
import type {GuideItem} from './guide.types.js';
import {audienceLabel, fileTypeLabel, formatLabel, kindLabel, statusLabel} from './labels.js';

/** Heading levels a card title may take, so it fits the outline of the page around it. */
export const HEADING_LEVELS = [2, 3, 4, 5, 6] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

export function toHeadingLevel(value: unknown): HeadingLevel {
  const level = Number(value);
  return (HEADING_LEVELS as readonly number[]).includes(level) ? (level as HeadingLevel) : 3;
}

function heading(level: HeadingLevel, content: unknown, lang: string | undefined): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 class="card__title" part="title" lang=${lang ?? nothing} dir="auto">${content}</h2>`;
    case 3:
      return html`<h3 class="card__title" part="title" lang=${lang ?? nothing} dir="auto">${content}</h3>`;
    case 4:
      return html`<h4 class="card__title" part="title" lang=${lang ?? nothing} dir="auto">${content}</h4>`;
    case 5:
      return html`<h5 class="card__title" part="title" lang=${lang ?? nothing} dir="auto">${content}</h5>`;
    case 6:
      return html`<h6 class="card__title" part="title" lang=${lang ?? nothing} dir="auto">${content}</h6>`;
  }
}

function row(term: string, value: unknown): TemplateResult | typeof nothing {
  if (value === undefined || value === nothing || value === '') return nothing;
  return html`<div class="meta__row">
    <dt>${term}</dt>
    <dd dir="auto">${value}</dd>
  </div>`;
}

function time(iso: string | undefined): TemplateResult | undefined {
  return iso ? html`<time datetime=${iso}>${formatDate(iso)}</time>` : undefined;
}

function list(values: readonly string[]): string | undefined {
  return values.length > 0 ? formatList(values) : undefined;
}

/** Language names in their own language ("français", "norsk bokmål"), each marked with its `lang`. */
function languages(tags: readonly string[]): TemplateResult | undefined {
  if (tags.length === 0) return undefined;
  return html`${tags.map((tag, i) => html`${i > 0 ? ', ' : ''}<span lang=${tag}>${formatAutonym(tag)}</span>`)}`;
}

function minutes(value: number | undefined): string | undefined {
  return value === undefined ? undefined : formatMinutes(value);
}

function guideMeta(item: GuideItem): TemplateResult {
  return html`<dl class="meta">
    ${row(msg('For', {id: 'guide.meta.audience'}), list(item.audience.map(audienceLabel)))}
    ${row(msg('Themes', {id: 'guide.meta.themes'}), list(item.themes))}
    ${row(msg('Format', {id: 'guide.meta.format'}), item.format && formatLabel(item.format))}
    ${row(msg('Available in', {id: 'guide.meta.languages'}), languages(item.languages))}
    ${row(msg('Reading time', {id: 'guide.meta.reading-time'}), minutes(item.readingMinutes))}
    ${row(msg('Updated', {id: 'guide.meta.updated'}), time(item.updated))}
    ${row(msg('Co-created with', {id: 'guide.meta.co-created'}), list(item.coCreatedWith))}
  </dl>`;
}

function period(item: GuideItem): string | undefined {
  if (item.start && item.end) return formatPeriod(item.start, item.end);
  if (item.start) {
    const start = formatDate(item.start, 'month');
    return msg(str`From ${start}`, {id: 'guide.period.from'});
  }
  return undefined;
}

function projectMeta(item: GuideItem): TemplateResult {
  return html`<dl class="meta">
      ${row(msg('Lead', {id: 'guide.meta.lead'}), item.lead)}
      ${row(msg('Organisation', {id: 'guide.meta.organisation'}), item.organisation)}
      ${row(msg('Themes', {id: 'guide.meta.themes'}), list(item.themes))}
      ${row(msg('Region', {id: 'guide.meta.region'}), item.region)}
      ${row(msg('Period', {id: 'guide.meta.period'}), period(item))}
      ${row(msg('Partners', {id: 'guide.meta.partners'}), list(item.partners))}
      ${row(msg('Co-created with', {id: 'guide.meta.co-created'}), list(item.coCreatedWith))}
      ${row(msg('Updated', {id: 'guide.meta.updated'}), time(item.updated))}
    </dl>
    ${
      item.goals.length > 0
        ? html`<div class="goals">
            <p class="goals__title">${msg('Goals', {id: 'guide.meta.goals'})}</p>
            <ul lang=${item.lang ?? nothing} dir="auto">
              ${item.goals.map((goal) => html`<li>${goal}</li>`)}
            </ul>
          </div>`
        : nothing
    }`;
}

function changeBody(item: GuideItem): TemplateResult {
  return html`<dl class="change" lang=${item.lang ?? nothing} dir="auto">
      <div class="change__part">
        <dt lang=${item.lang ? getCareloopLocale() : nothing}>${msg('You said', {id: 'guide.change.you-said'})}</dt>
        <dd>${renderMarkdown(item.youSaid)}</dd>
      </div>
      <div class="change__part">
        <dt lang=${item.lang ? getCareloopLocale() : nothing}>${msg('We did', {id: 'guide.change.we-did'})}</dt>
        <dd>${renderMarkdown(item.weDid)}</dd>
      </div>
    </dl>
    <dl class="meta">
      ${row(msg('Where', {id: 'guide.meta.service'}), item.service)}
      ${row(msg('When', {id: 'guide.meta.date'}), time(item.date))}
    </dl>`;
}

function download(item: GuideItem): TemplateResult | typeof nothing {
  const file = item.download;
  if (!file) return nothing;
  const facts = [file.type && fileTypeLabel(file.type), file.bytes !== undefined && formatBytes(file.bytes)]
    .filter(Boolean)
    .join(', ');
  return html`<p class="card__actions">
    <a class="card__download" part="download" href=${file.url} download
      >${msg('Download', {id: 'guide.download'})}<span class="visually-hidden">: ${item.title}</span>${
        facts ? html` <span class="card__file">(${facts})</span>` : nothing
      }</a
    >
  </p>`;
}

function progress(item: GuideItem): TemplateResult | typeof nothing {
  if (!item.progressUrl) return nothing;
  return html`<p class="card__actions">
    <a class="card__secondary-link" part="progress-link" href=${item.progressUrl}
      >${msg('Progress report', {id: 'guide.progress'})}<span class="visually-hidden">: ${item.title}</span></a
    >
  </p>`;
}

/**
 * One feed item as a card. Shared by `<cl-guide-card>` and `<cl-guide-list>`, so a
 * list of 2,000 items needs no 2,000 shadow roots.
 *
 * The whole card is clickable through one real link in the title whose hit area is
 * stretched over the card (the NHS card pattern), never a card wrapped in `<a>`.
 */
export function renderGuideCard(item: GuideItem, level: HeadingLevel): TemplateResult {
  const title = item.url ? html`<a class="card__link" part="link" href=${item.url}>${item.title}</a>` : item.title;
  const tag =
    item.kind === 'project' && item.status
      ? html`<span class="tag tag--${item.status}" part="status">${statusLabel(item.status)}</span>`
      : nothing;
  return html`<article
    class="card card--${item.kind} ${item.url ? 'card--clickable' : ''}"
    part="card card-${item.kind}"
  >
    ${
      item.image
        ? html`<img class="card__image" part="image" src=${item.image.src} alt=${item.image.alt} loading="lazy" />`
        : nothing
    }
    <div class="card__body">
      <p class="card__kind" part="kind">${kindLabel(item.kind)} ${tag}</p>
      ${heading(level, title, item.lang)}
      ${item.kind === 'change' ? nothing : html`<div class="card__summary" lang=${item.lang ?? nothing} dir="auto">${renderMarkdown(item.summary)}</div>`}
      ${item.kind === 'project' ? projectMeta(item) : item.kind === 'change' ? changeBody(item) : guideMeta(item)}
      ${download(item)} ${progress(item)}
    </div>
  </article>`;
}
