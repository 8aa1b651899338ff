import {css} from 'lit';

export const formStyles = css`
  :host {
    --_target: var(--cl-feedback-form-target-size, 1.5rem);
    --_control-height: 2.75rem;
  }
  :host([kiosk]) {
    --_target: var(--cl-feedback-form-target-size, 2.75rem);
    --_control-height: 3.5rem;
    font-size: calc(var(--_font-size) * 1.25);
  }
  /*
   * The form is the size container of its layouts (tables of questions, tabs), which follow its
   * own width. Not one inside the frame: Chromium then drops the container's contents from the
   * page after some updates. Its width is set (not only its maximum) so that a page that sizes
   * the form by its contents (a flex row, an inline block) still gets a whole form.
   */
  .form {
    container-type: inline-size;
    inline-size: var(--cl-feedback-form-max-width, 40rem);
    max-inline-size: 100%;
  }
  .title,
  .group__heading,
  .thanks__heading,
  .step-heading {
    margin-block: 0 var(--_space-m);
    line-height: 1.25;
  }
  .questions {
    display: flex;
    flex-direction: column;
    gap: var(--_space-l);
  }
  .group {
    display: flex;
    flex-direction: column;
    gap: var(--_space-l);
    padding-inline-start: var(--_space-m);
    border-inline-start: 4px solid var(--_border);
  }
  .question,
  fieldset,
  .unsupported {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .question--error {
    padding-inline-start: var(--_space-m);
    border-inline-start: 4px solid var(--_error);
  }
  .question__label,
  legend {
    font-weight: 700;
    padding: 0;
    margin-block-end: var(--_space-s);
  }
  .required,
  .hint {
    font-weight: 400;
    color: var(--_text-muted);
  }
  .hint,
  .count {
    margin: 0;
  }
  /* A question's help (SDC help, flyover): a disclosure, its summary a full-width target. */
  .help summary {
    cursor: pointer;
    text-decoration: underline;
    padding-block: 0.125rem;
  }
  .count--over {
    color: var(--_error);
    font-weight: 700;
  }
  input:not([type='radio'], [type='checkbox'], [type='range']),
  textarea,
  select {
    inline-size: 100%;
  }
  textarea {
    resize: vertical;
  }
  .invalid {
    border-color: var(--_error) !important;
  }
  .entry {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
  }
  .with-unit {
    display: flex;
    align-items: center;
    gap: var(--_space-xs);
  }
  .option label {
    padding-block: var(--_space-xs);
  }
  .options--faces .options__list {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(7rem, 1fr));
  }
  .question-table {
    inline-size: 100%;
    border-collapse: collapse;
  }
  .question-table th,
  .question-table td {
    padding: var(--_space-s);
    border-block-end: 1px solid var(--_border);
    text-align: start;
  }
  .question-table td {
    text-align: center;
  }
  .question-table input {
    inline-size: var(--_target);
    block-size: var(--_target);
    margin: 0;
    accent-color: var(--_brand);
  }
  .question-table__answer {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* A narrow form (a small screen, a sidebar, 400 % zoom): each row a question, each answer's words beside its button. */
  @container (width <= 36rem) {
    .question-table,
    .question-table tbody,
    .question-table tr,
    .question-table th,
    .question-table td {
      display: block;
    }
    .question-table thead {
      display: none;
    }
    .question-table td {
      display: flex;
      align-items: center;
      gap: var(--_space-s);
      border: 0;
      padding-block: var(--_space-xs);
    }
    .question-table__answer {
      position: static;
      inline-size: auto;
      block-size: auto;
      overflow: visible;
      clip-path: none;
      white-space: normal;
    }
  }
  .combobox__list {
    margin: 0;
    padding: 0;
    list-style: none;
    max-block-size: 16rem;
    overflow-y: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .combobox__option {
    padding: var(--_space-xs) var(--_space-s);
    min-block-size: var(--_target);
    cursor: pointer;
  }
  .combobox__option[aria-selected='true'] {
    background: var(--_brand);
    color: var(--_on-brand);
    outline: 2px solid transparent;
  }
  .options--horizontal .options__list {
    flex-flow: row wrap;
    column-gap: var(--_space-l);
  }
  .options--faces .option {
    position: relative;
  }
  .options--faces .option input {
    position: absolute;
    inset-block-start: var(--_space-s);
    inset-inline-start: var(--_space-s);
  }
  .options--faces .option label {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--_space-xs);
    inline-size: 100%;
    min-block-size: 8rem;
    padding: var(--_space-l) var(--_space-s) var(--_space-s);
    font-weight: 700;
    text-align: center;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .options--faces input:checked + label {
    border-color: var(--_brand);
    box-shadow: inset 0 0 0 2px var(--_brand);
  }
  .face {
    inline-size: 3.5rem;
    block-size: 3.5rem;
  }
  .other label {
    font-weight: 700;
  }
  .other,
  .contact__details {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
    padding-inline-start: var(--_space-m);
    border-inline-start: 4px solid var(--_border);
  }
  .slider {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
  }
  .slider__end {
    max-inline-size: 10rem;
  }
  .slider input {
    flex: 1 1 8rem;
    min-block-size: var(--_target);
    accent-color: var(--_brand);
  }
  .slider__value {
    min-inline-size: 2ch;
    font-weight: 700;
  }
  .error-summary,
  .failure,
  .warning,
  .countdown,
  .notice,
  .draft {
    margin: 0 0 var(--_space-m);
    padding: var(--_space-m);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .error-summary,
  .failure {
    border: 4px solid var(--_error);
  }
  .failure__title,
  .warning__title {
    margin-block: 0 var(--_space-s);
    font-size: 1.25em;
    font-weight: 700;
  }
  .error-summary__list {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .warning,
  .countdown {
    border-inline-start: 6px solid var(--_warning);
  }
  .notice,
  .draft {
    background: var(--_surface-sunken);
    border-color: transparent;
  }
  .notice ::slotted(*),
  .notice p,
  .draft p,
  .warning p,
  .failure p,
  .countdown p {
    margin-block: 0 var(--_space-s);
  }
  .unsupported {
    padding: var(--_space-m);
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .unsupported__text {
    margin: 0;
    font-weight: 700;
  }
  .unsupported__notice {
    margin: 0;
    color: var(--_text-muted);
  }
  .progress progress {
    inline-size: 100%;
    accent-color: var(--_brand);
  }
  .progress__title {
    display: block;
  }
  /* A tab-container (parts/tabs.ts): tabs above the step where the form is wide; steps where it is narrow, and before the script. */
  .tabs,
  .tabs__panel {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-l);
  }
  .tabs__list {
    display: flex;
    flex-wrap: wrap;
    border-block-end: 1px solid var(--_border);
  }
  .tab {
    min-block-size: var(--_control-height);
    padding: var(--_space-xs) var(--_space-m);
    font: inherit;
    color: var(--_link);
    background: none;
    border: 0;
    border-block-end: 4px solid transparent;
    cursor: pointer;
  }
  .tab[aria-selected='true'] {
    color: inherit;
    font-weight: 700;
    border-color: var(--_brand);
  }
  @container (width > 36rem) {
    .tabs progress,
    .tabs .progress__count {
      display: none;
    }
  }
  @container (width <= 36rem) {
    .tabs__list {
      display: none;
    }
  }
  :host(:not(:defined)) .tabs__list {
    display: none;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-m);
  }
  .button {
    min-inline-size: 6rem;
  }
  .button--small {
    align-self: flex-start;
    min-block-size: 2.25rem;
    min-inline-size: 0;
    padding: var(--_space-xs) var(--_space-m);
    font-weight: 600;
  }
  .delivery {
    margin: 0;
    font-weight: 700;
  }
  .delivery--sent {
    color: var(--_success);
  }
  .delivery--failed {
    color: var(--_error);
  }
  .delivery--none {
    display: none;
  }
  .copy-text {
    margin-block-start: var(--_space-s);
  }
  .about,
  .display {
    margin: 0;
  }
  @media (forced-colors: active) {
    .options--faces input:checked + label,
    .question--error,
    .error-summary,
    .failure {
      border-color: Highlight;
    }
    .button {
      border-color: ButtonText;
    }
    .tab[aria-selected='true'] {
      border-color: Highlight;
    }
  }
`;
