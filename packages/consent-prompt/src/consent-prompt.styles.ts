import {css} from 'lit';

export const promptStyles = css`
  .consent {
    max-inline-size: var(--cl-consent-prompt-max-width, 40rem);
  }
  dialog {
    max-inline-size: min(40rem, calc(100vw - 2rem));
    max-block-size: calc(100vh - 2rem);
    padding: var(--_space-l);
    color: var(--_text);
    background: var(--_surface);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .title {
    margin-block: 0 var(--_space-m);
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.25;
  }
  .title:focus,
  .decided:focus,
  .error-summary:focus {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 4px;
  }
  .notice,
  .changed,
  .previous {
    margin-block: 0 var(--_space-m);
    padding: var(--_space-m);
    background: var(--_surface-sunken);
    border-radius: var(--_radius);
  }
  .changed {
    border-inline-start: 6px solid var(--_warning);
  }
  .notice p,
  .changed p,
  .previous p,
  .decided p {
    margin-block: 0 var(--_space-s);
  }
  fieldset {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
    margin: 0 0 var(--_space-l);
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend,
  .field label {
    padding: 0;
    margin-block-end: var(--_space-s);
    font-weight: 700;
  }
  .purpose--error {
    padding-inline-start: var(--_space-m);
    border-inline-start: 4px solid var(--_error);
  }
  .purpose__description {
    margin-inline-start: calc(1.5rem + var(--_space-s));
    color: var(--_text-muted);
  }
  .purpose__description p {
    margin-block: var(--_space-xs) 0;
  }
  .option label {
    font-weight: 600;
  }
  .required {
    font-weight: 400;
    color: var(--_text-muted);
  }
  .who__details {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
    padding-inline-start: var(--_space-m);
    border-inline-start: 4px solid var(--_border);
  }
  [aria-invalid='true'] {
    border-color: var(--_error);
  }
  .error-summary {
    margin-block: 0 var(--_space-m);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-m);
  }
  .chosen {
    margin: 0 0 var(--_space-m);
    padding-inline-start: 1.25em;
  }
  .delivery {
    margin-block: 0 var(--_space-s);
  }
  @media (forced-colors: active) {
    dialog,
    .error-summary,
    .purpose--error {
      border-color: CanvasText;
    }
  }
`;
