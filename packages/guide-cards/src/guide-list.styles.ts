import {css} from 'lit';

export const listStyles = css`
  /* Rendered on the server and the script has not run (or never will): search, filters and
     "Show more" would do nothing, so they are not offered; the cards and their links work. */
  :host(:not(:defined)) :is(.controls, .more) {
    display: none;
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-m);
    align-items: end;
    margin-block-end: var(--_space-m);
    padding: var(--_space-m);
    background: var(--_surface-sunken);
    border-radius: var(--_radius);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    min-inline-size: min(100%, 10rem);
  }
  .field--search {
    flex: 1 1 16rem;
  }
  label {
    font-weight: 600;
  }
  input,
  select {
    min-block-size: 2.75rem;
    padding: var(--_space-s);
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 2px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    max-inline-size: 100%;
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-s);
    margin-block-end: var(--_space-m);
  }
  .count {
    margin: 0;
    font-weight: 600;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--cl-guide-list-min-card-width, 18rem)), 1fr));
    gap: var(--_space-m);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .grid > li:focus {
    outline: none;
  }
  .grid > li:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  .button {
    min-block-size: 2.75rem;
    padding: var(--_space-s) var(--_space-m);
    font: inherit;
    font-weight: 600;
    color: var(--_on-brand);
    background: var(--_brand);
    border: 2px solid var(--_brand);
    border-radius: calc(var(--_radius) / 2);
    cursor: pointer;
  }
  .button--secondary {
    color: var(--_link);
    background: var(--_surface);
    border-color: currentColor;
  }
  .more {
    display: block;
    margin: var(--_space-l) auto 0;
  }
  .empty {
    padding: var(--_space-l);
    text-align: center;
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .empty p {
    margin: 0;
  }
  .status {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    color: var(--_text-muted);
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    input,
    select {
      border-color: CanvasText;
    }
  }
  @media print {
    .controls,
    .summary button,
    .more {
      display: none;
    }
    .grid {
      display: block;
    }
    .grid > li {
      margin-block-end: 1rem;
    }
  }
`;
