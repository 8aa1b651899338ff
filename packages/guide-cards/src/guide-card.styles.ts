import {css} from 'lit';

/** Card styles, shared by `<cl-guide-card>` and `<cl-guide-list>`. */
export const cardStyles = css`
  .card {
    --_card-radius: var(--cl-guide-card-radius, var(--_radius));
    position: relative;
    display: flex;
    flex-direction: column;
    block-size: 100%;
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_card-radius);
    box-shadow: var(--_shadow);
    overflow-wrap: anywhere;
  }
  .card--project {
    border-block-start: 6px solid var(--_brand);
  }
  .card--change {
    border-inline-start: 6px solid var(--_brand);
  }
  .card__image {
    display: block;
    inline-size: 100%;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    border-start-start-radius: var(--_card-radius);
    border-start-end-radius: var(--_card-radius);
  }
  .card__body {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    padding: var(--_space-m);
    flex: 1;
  }
  .card__body > * {
    margin: 0;
  }
  .card__kind {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
    color: var(--_text-muted);
    font-size: 0.875em;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .card__title {
    font-size: var(--cl-guide-card-title-size, 1.25em);
    line-height: 1.3;
  }
  .card__link {
    color: var(--_link);
  }
  .card--clickable .card__link::after {
    content: '';
    position: absolute;
    inset: 0;
    z-index: 0;
    border-radius: var(--_card-radius);
  }
  .card__link:focus-visible {
    outline: none;
  }
  .card__link:focus-visible::after {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  .card--clickable:hover .card__link {
    text-decoration-thickness: 3px;
  }
  .card__summary > :first-child {
    margin-block-start: 0;
  }
  .card__summary > :last-child {
    margin-block-end: 0;
  }
  .card__actions {
    margin-block-start: auto;
  }
  .card__download,
  .card__secondary-link,
  .card__summary a,
  .change a {
    position: relative;
    z-index: 1;
    display: inline-block;
    min-block-size: 24px;
  }
  .card__download {
    font-weight: 600;
  }
  .card__file {
    font-weight: 400;
  }
  .meta {
    display: grid;
    gap: var(--_space-xs);
    font-size: 0.9375em;
  }
  .meta__row {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--_space-s);
  }
  .meta dt {
    font-weight: 600;
  }
  .meta dt::after {
    content: ':';
  }
  .meta dd {
    margin: 0;
    color: var(--_text-muted);
  }
  .goals__title {
    margin: 0;
    font-weight: 600;
  }
  .goals ul {
    margin: var(--_space-xs) 0 0;
    padding-inline-start: 1.25em;
  }
  .change {
    display: grid;
    gap: var(--_space-s);
  }
  .change dt {
    font-weight: 700;
  }
  .change dd {
    margin: 0;
  }
  .change dd > p {
    margin: 0;
  }
  .tag {
    display: inline-block;
    padding: 0 var(--_space-s);
    border: 1px solid currentColor;
    border-radius: 999px;
    background: var(--_surface-sunken);
    color: var(--_text);
    text-transform: none;
    letter-spacing: normal;
  }
  .tag--ongoing {
    color: var(--_success);
  }
  .tag--planned {
    color: var(--_warning);
  }
  @media (forced-colors: active) {
    .card {
      border: 1px solid CanvasText;
    }
    .card__link:focus-visible::after {
      outline-color: Highlight;
    }
    .tag {
      border-color: CanvasText;
    }
  }
  @media print {
    .card {
      box-shadow: none;
      break-inside: avoid;
      border-color: #000;
    }
    .card__link::after {
      display: none;
    }
  }
`;
