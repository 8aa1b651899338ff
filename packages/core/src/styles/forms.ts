import {css} from 'lit';

/**
 * What every widget with a form shares: text controls, check boxes and radio buttons
 * beside their labels, the GOV.UK-style error summary and field messages, and buttons.
 * A widget may set `--_control-height` and `--_target` (kiosk mode does) and add its
 * own layout. Guide cards do not load this: they have no form.
 */
export const formStyles = css`
  /* Around a whole form: only there to disable it (disabled attribute, or a disabled fieldset of the page). */
  fieldset.frame {
    display: contents;
  }
  input:not([type='radio'], [type='checkbox'], [type='range']),
  select,
  textarea {
    min-block-size: var(--_control-height, 2.75rem);
    padding: var(--_space-s);
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 2px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
  }
  /* A labelled control (textField, selectField): label, hint, error message, control. */
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
  }
  .options__list {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
  }
  .option {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
  }
  .option input {
    flex: none;
    inline-size: var(--_target, 1.5rem);
    block-size: var(--_target, 1.5rem);
    margin: 0;
    accent-color: var(--_brand);
  }
  .error-message {
    margin: 0;
    color: var(--_error);
    font-weight: 700;
  }
  .error-summary {
    padding: var(--_space-m);
    border: 4px solid var(--_error);
    border-radius: var(--_radius);
  }
  .error-summary__title {
    margin: 0 0 var(--_space-s);
    font-size: 1.25em;
    font-weight: 700;
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 700;
  }
  .button {
    min-block-size: var(--_control-height, 2.75rem);
    padding: var(--_space-s) var(--_space-l);
    font: inherit;
    font-weight: 700;
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
`;
