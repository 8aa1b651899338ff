import {html, type PropertyDeclarations} from 'lit';
import {msg} from '@lit/localize';
import {CareloopElement, ConfigController, baseStyles} from '@careloop/core';
import {parseGuideItem} from './feed.js';
import {cardStyles} from './guide-card.styles.js';
import {renderGuideCard, toHeadingLevel} from './guide-card.template.js';
import type {GuideItem} from './guide.types.js';

/**
 * Shows one practical guide, project or "You said, we did" change as a card.
 *
 * The item comes from the `item` property, an inline `<script type="application/json">`
 * child, or a `src` address, and is validated: problems are shown inside the card and
 * fired as `cl-error`, naming the field.
 *
 * @summary A guide, project or "You said, we did" card.
 * @customElement cl-guide-card
 * @csspart card - The card (an `<article>`); also `card-guide`, `card-project` or `card-change`.
 * @csspart title - The card's heading.
 * @csspart link - The title link, whose hit area covers the whole card.
 * @csspart image - The image, when the item has one.
 * @csspart kind - The line naming the kind of item (and the project status).
 * @csspart status - A project's status tag.
 * @csspart download - The download link.
 * @csspart progress-link - A project's progress-report link.
 * @cssprop --cl-guide-card-radius - Corner radius of the card.
 * @cssprop --cl-guide-card-title-size - Font size of the card's title.
 * @example
 * <cl-guide-card heading-level="2">
 *   <script type="application/json">
 *     {"title": "Taking part in a working group", "url": "/guides/working-groups", "audience": ["families"]}
 *   </script>
 * </cl-guide-card>
 */
export class GuideCard extends CareloopElement {
  static override styles = [baseStyles, cardStyles];
  static override properties: PropertyDeclarations = {
    ...CareloopElement.properties,
    item: {attribute: false},
    src: {},
    headingLevel: {attribute: 'heading-level', type: Number},
  };

  /** The item to show (see the guide feed format). Wins over `src` and inline JSON. */
  item: unknown;

  /** Address of a JSON file holding one item. Fetched without cookies. */
  src: string | null = null;

  /** Level of the card's heading (2–6), to fit the page's outline. */
  headingLevel = 3;

  /** @internal */
  private readonly config = new ConfigController<GuideItem>(
    this,
    {property: () => this.item, src: () => this.src},
    parseGuideItem,
    (problems) => this.reportProblems(problems),
  );

  protected override willUpdate(): void {
    this.config.sync();
  }

  protected override render() {
    const {state, value, problems} = this.config;
    if (state === 'loading') {
      return html`<p class="status" role="status">${msg('Loading…', {id: 'guide-card.loading'})}</p>`;
    }
    if (state === 'empty') {
      return html`<p class="status">${msg('No guide to show yet.', {id: 'guide-card.empty'})}</p>`;
    }
    return html`${this.renderProblems(problems)}${value ? renderGuideCard(value, toHeadingLevel(this.headingLevel)) : ''}`;
  }
}
