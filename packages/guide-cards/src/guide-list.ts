import {html, type PropertyDeclarations, nothing, type PropertyValues} from 'lit';
import {msg, str} from '@lit/localize';
import {
  AnnouncerController,
  CareloopElement,
  ConfigController,
  baseStyles,
  formatNumber,
  getCareloopLocale,
  pluralCategory,
} from '@careloop/core';
import {parseGuideFeed} from './feed.js';
import {
  applyQuery,
  emptyQuery,
  facets,
  indexItems,
  queryFromParams,
  writeQueryParams,
  type IndexedItem,
  type ListQuery,
} from './filter.js';
import {cardStyles} from './guide-card.styles.js';
import {renderGuideCard, toHeadingLevel} from './guide-card.template.js';
import {listStyles} from './guide-list.styles.js';
import {FILTER_KEYS, SORT_ORDERS, type FilterKey, type GuideItem, type SortOrder} from './guide.types.js';
import {filterLabel, filterValueLabel, sortLabel} from './labels.js';

/** Detail of `cl-filter-change`. */
export interface GuideFilterChangeDetail {
  query: ListQuery;
  /** How many items match. */
  count: number;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cl-filter-change': CustomEvent<GuideFilterChangeDetail>;
  }
}

/**
 * A searchable, filterable list of guides, projects and "You said, we did" changes.
 *
 * The feed comes from the `items` property, an inline `<script type="application/json">`
 * child, or a `src` address. Items with problems are named in a message and left out;
 * the rest are shown.
 *
 * @summary Searchable, filterable list of guide cards.
 * @customElement cl-guide-list
 * @csspart base - The wrapper around everything.
 * @csspart controls - The search, filter and sort controls.
 * @csspart search - The search box.
 * @csspart count - The visible result count.
 * @csspart grid - The list of cards.
 * @csspart card - Each card (also `card-guide`, `card-project`, `card-change`).
 * @csspart title - Each card's heading.
 * @csspart link - Each card's title link.
 * @csspart empty - The message shown when nothing matches.
 * @csspart more - The "Show more" button.
 * @cssprop --cl-guide-list-min-card-width - Narrowest a card gets before the grid drops a column.
 * @cssprop --cl-guide-card-radius - Corner radius of each card.
 * @cssprop --cl-guide-card-title-size - Font size of each card's title.
 * @fires cl-filter-change - The person changed the search, a filter or the order. Detail: `{query, count}`.
 * @example
 * <cl-guide-list src="/feeds/guides.json" sync-url></cl-guide-list>
 */
export class GuideList extends CareloopElement {
  static override styles = [baseStyles, cardStyles, listStyles];
  static override properties: PropertyDeclarations = {
    ...CareloopElement.properties,
    items: {attribute: false},
    src: {},
    headingLevel: {attribute: 'heading-level', type: Number},
    pageSize: {attribute: 'page-size', type: Number},
    syncUrl: {attribute: 'sync-url', type: Boolean},
    noControls: {attribute: 'no-controls', type: Boolean},
    label: {},
    query: {state: true},
    shown: {state: true},
  };

  /** The feed: an array of items (see the guide feed format). Wins over `src` and inline JSON. */
  items: unknown;

  /** Address of a JSON feed. Fetched without cookies. */
  src: string | null = null;

  /** Level of each card's heading (2–6), to fit the page's outline. */
  headingLevel = 3;

  /** How many cards to show at first, and how many more each "Show more" adds. */
  pageSize = 24;

  /** Keep the search, filters and order in the page address (`?cl-q=…`), so a filtered list can be shared. */
  syncUrl = false;

  /** Hide the search and filter controls (a short, fixed list). */
  noControls = false;

  /** Accessible name of the list's search region, and its visible label. */
  label: string | null = null;

  /** @internal */
  private query: ListQuery = emptyQuery();
  /** @internal */
  private shown = 0;

  private readonly config = new ConfigController<GuideItem[]>(
    this,
    {property: () => this.items, src: () => this.src},
    parseGuideFeed,
    (problems) => this.reportProblems(problems),
  );
  private readonly announcer = new AnnouncerController(this);
  private index: IndexedItem[] = [];
  private indexed: GuideItem[] | undefined;
  private results: GuideItem[] = [];
  /** The values each filter offers, worked out once per feed rather than at every keystroke. */
  private options = facets([]);
  /** What `results` was computed from, so an unrelated update does not filter again. */
  private resultsFor: [IndexedItem[] | undefined, ListQuery | undefined, string] = [undefined, undefined, ''];
  private focusFrom = -1;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl) this.query = queryFromParams(new URLSearchParams(location.search));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.config.sync();
    const feed = this.config.value;
    if (feed !== this.indexed) {
      this.indexed = feed;
      this.index = indexItems(feed ?? []);
      this.options = facets(feed ?? []);
      this.shown = this.pageLength;
    }
    if (changed.has('pageSize')) this.shown = this.pageLength;
    this.filter(this.query);
  }

  /** Filters the feed for `query`, unless the feed, query and locale are what it was last done for. */
  private filter(query: ListQuery): GuideItem[] {
    const locale = getCareloopLocale();
    if (this.resultsFor[0] !== this.index || this.resultsFor[1] !== query || this.resultsFor[2] !== locale) {
      this.resultsFor = [this.index, query, locale];
      this.results = applyQuery(this.index, query, locale);
    }
    return this.results;
  }

  protected override updated(): void {
    if (this.focusFrom < 0) return;
    const card = this.renderRoot.querySelectorAll<HTMLElement>('.grid > li')[this.focusFrom];
    this.focusFrom = -1;
    (card?.querySelector<HTMLElement>('.card__link') ?? card)?.focus();
  }

  private get pageLength(): number {
    return Number.isInteger(this.pageSize) && this.pageSize > 0 ? this.pageSize : 24;
  }

  private change(next: ListQuery): void {
    this.query = next;
    this.shown = this.pageLength;
    const count = this.filter(next).length;
    this.announcer.announce(this.countText(count));
    if (this.syncUrl) {
      const params = writeQueryParams(new URLSearchParams(location.search), next).toString();
      history.replaceState(history.state, '', `${location.pathname}${params ? `?${params}` : ''}${location.hash}`);
    }
    this.emit('cl-filter-change', {query: next, count});
  }

  private onSearch(event: Event): void {
    this.change({...this.query, text: (event.target as HTMLInputElement).value});
  }

  private onFilter(key: FilterKey, event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.change({...this.query, filters: {...this.query.filters, [key]: value}});
  }

  private onSort(event: Event): void {
    this.change({...this.query, sort: (event.target as HTMLSelectElement).value as SortOrder});
  }

  private clear(): void {
    this.change({...emptyQuery(), sort: this.query.sort});
    this.renderRoot.querySelector<HTMLInputElement>('#search')?.focus();
  }

  private showMore(): void {
    this.focusFrom = this.shown;
    this.shown += this.pageLength;
  }

  private countText(count: number): string {
    const n = formatNumber(count);
    return pluralCategory(count) === 'one'
      ? msg(str`${n} result`, {id: 'guide-list.count.one'})
      : msg(str`${n} results`, {id: 'guide-list.count.other'});
  }

  private get filtering(): boolean {
    return this.query.text.trim() !== '' || FILTER_KEYS.some((key) => this.query.filters[key] !== '');
  }

  private renderControls() {
    if (this.noControls) return nothing;
    const options = this.options;
    // A filter with fewer than two values cannot narrow anything, unless it is already set (from the URL).
    const keys = FILTER_KEYS.filter((key) => options[key].length > 1 || this.query.filters[key] !== '');
    // An empty label attribute (as a CMS form may write) falls back to the built-in words.
    const label = this.label?.trim() || msg('Search guides and projects', {id: 'guide-list.search-label'});
    return html`<form
      class="controls"
      part="controls"
      role="search"
      aria-label=${label}
      @submit=${(e: Event) => e.preventDefault()}
    >
      <div class="field field--search">
        <label for="search">${label}</label>
        <input
          id="search"
          part="search"
          type="search"
          autocomplete="off"
          .value=${this.query.text}
          @input=${this.onSearch}
        />
      </div>
      ${keys.map(
        (key) =>
          html`<div class="field">
            <label for="filter-${key}">${filterLabel(key)}</label>
            <select id="filter-${key}" @change=${(e: Event) => this.onFilter(key, e)}>
              <option value="" ?selected=${this.query.filters[key] === ''}>${msg('All', {id: 'common.all'})}</option>
              ${options[key].map(
                (value) =>
                  html`<option value=${value} ?selected=${this.query.filters[key] === value}>
                    ${filterValueLabel(key, value)}
                  </option>`,
              )}
            </select>
          </div>`,
      )}
      <div class="field">
        <label for="sort">${msg('Sort by', {id: 'guide-list.sort-label'})}</label>
        <select id="sort" @change=${this.onSort}>
          ${SORT_ORDERS.map((order) => html`<option value=${order} ?selected=${this.query.sort === order}>${sortLabel(order)}</option>`)}
        </select>
      </div>
    </form>`;
  }

  protected override render() {
    const {state, value: feed, problems} = this.config;
    if (state === 'loading') {
      return html`<div class="list" part="base" aria-busy="true">
        <p class="status" role="status">${msg('Loading guides…', {id: 'guide-list.loading'})}</p>
      </div>`;
    }
    if (!feed) {
      return html`<div class="list" part="base">
        ${state === 'empty' ? html`<p class="status">${msg('No guides to show yet.', {id: 'guide-list.empty-feed'})}</p>` : this.renderProblems(problems)}
      </div>`;
    }
    const visible = this.results.slice(0, this.shown);
    const remaining = this.results.length - visible.length;
    const level = toHeadingLevel(this.headingLevel);
    return html`<div class="list" part="base">
      ${this.renderControls()} ${this.renderProblems(problems)} ${this.announcer.render()}
      <div class="summary">
        <p class="count" part="count">${this.countText(this.results.length)}</p>
        ${
          this.filtering && !this.noControls
            ? html`<button class="button button--secondary" type="button" @click=${this.clear}>
                ${msg('Clear search and filters', {id: 'guide-list.clear'})}
              </button>`
            : nothing
        }
      </div>
      ${
        this.results.length === 0
          ? html`<div class="empty" part="empty">
              <p>
                ${feed.length === 0 ? msg('No guides to show yet.', {id: 'guide-list.empty-feed'}) : msg('Nothing matches your search. Try other words or fewer filters.', {id: 'guide-list.no-match'})}
              </p>
            </div>`
          : html`<ul class="grid" part="grid">
              ${visible.map((item) => html`<li tabindex="-1">${renderGuideCard(item, level)}</li>`)}
            </ul>`
      }
      ${
        remaining > 0
          ? html`<button class="button more" part="more" type="button" @click=${this.showMore}>
              ${msg(str`Show more (${formatNumber(remaining)} left)`, {id: 'guide-list.more'})}
            </button>`
          : nothing
      }
    </div>`;
  }
}
