import {css} from 'lit';

export const signupStyles = css`
  /* Rendered on the server and the script has not run (or never will): the list is readable,
     and the filters and sign-up, which need the script, are not offered. */
  :host(:not(:defined)) :is(.filters, .interest, [part='register']) {
    display: none;
  }

  .signup {
    max-inline-size: var(--cl-workshop-signup-max-width, 48rem);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-m);
    margin-block-end: var(--_space-m);
    padding: var(--_space-m);
    background: var(--_surface-sunken);
    border-radius: var(--_radius);
  }
  label,
  legend {
    font-weight: 700;
  }
  .option label {
    font-weight: 400;
  }
  [aria-invalid='true'] {
    border-color: var(--_error) !important;
  }
  .count {
    font-weight: 700;
  }
  .workshops {
    display: grid;
    gap: var(--_space-m);
    margin: 0 0 var(--_space-l);
    padding: 0;
    list-style: none;
  }
  .workshop,
  .interest,
  .confirmation {
    padding: var(--_space-m);
    background: var(--_surface);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
  .workshop--cancelled {
    border-style: dashed;
  }
  .workshop__title,
  .form-heading,
  .confirmation__heading {
    margin-block: 0 var(--_space-s);
    font-size: 1.25em;
    font-weight: 700;
  }
  .workshop__facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--_space-xs) var(--_space-m);
    margin: 0 0 var(--_space-s);
  }
  .workshop__facts dt {
    font-weight: 700;
  }
  .workshop__facts dd {
    margin: 0;
  }
  .workshop__label {
    margin: 0;
    font-weight: 700;
  }
  .badge {
    display: inline-block;
    margin: 0 0 var(--_space-s);
    padding: var(--_space-xs) var(--_space-s);
    font-weight: 700;
    background: var(--_surface-sunken);
    border-radius: var(--_radius);
  }
  .badge--cancelled {
    color: var(--_error);
  }
  .form {
    display: flex;
    flex-direction: column;
    gap: var(--_space-l);
  }
  fieldset {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .hint {
    margin: 0;
    color: var(--_text-muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-m);
  }
  a.button {
    display: inline-block;
    text-decoration: none;
  }
  .delivery {
    font-weight: 700;
  }
  @media (forced-colors: active) {
    .workshop,
    .error-summary,
    .button {
      border-color: CanvasText;
    }
  }
`;
