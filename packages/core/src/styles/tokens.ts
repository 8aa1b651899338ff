import {css} from 'lit';

/**
 * Design tokens. Each global token `--cl-*` is read once into a private `--_*`
 * property on the host, with an accessible default, so a hospital can set its
 * brand anywhere in its own stylesheet (`:root`, a wrapper, or the element) and
 * the widget never loses a readable default.
 *
 * Default colours meet WCAG 2.2 AA: text ≥ 4.5:1 and borders and focus ring ≥ 3:1
 * against the surface, in the light and in the dark scheme.
 */
export const tokens = css`
  :host {
    --_brand: var(--cl-color-brand, #005a9c);
    --_on-brand: var(--cl-color-on-brand, #ffffff);
    --_text: var(--cl-color-text, #1b1f24);
    --_text-muted: var(--cl-color-text-muted, #4a535e);
    --_surface: var(--cl-color-surface, #ffffff);
    --_surface-sunken: var(--cl-color-surface-sunken, #f2f4f6);
    --_border: var(--cl-color-border, #767f8a);
    --_link: var(--cl-color-link, #0b5cad);
    --_focus: var(--cl-color-focus, #b34700);
    --_error: var(--cl-color-error, #b3261e);
    --_success: var(--cl-color-success, #1e6b30);
    --_warning: var(--cl-color-warning, #7a4d00);
    --_font: var(--cl-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--cl-font-size, 1rem);
    --_line-height: var(--cl-line-height, 1.5);
    --_space-xs: var(--cl-space-xs, 0.25rem);
    --_space-s: var(--cl-space-s, 0.5rem);
    --_space-m: var(--cl-space-m, 1rem);
    --_space-l: var(--cl-space-l, 1.5rem);
    --_space-xl: var(--cl-space-xl, 2rem);
    --_radius: var(--cl-radius, 0.5rem);
    --_focus-width: var(--cl-focus-ring-width, 3px);
    --_shadow: var(--cl-shadow, 0 1px 3px rgb(0 0 0 / 0.12));
    color-scheme: light;
  }

  :host([theme='dark']) {
    --_brand: var(--cl-color-brand, #8cc8ff);
    --_on-brand: var(--cl-color-on-brand, #0b1220);
    --_text: var(--cl-color-text, #eef1f4);
    --_text-muted: var(--cl-color-text-muted, #b9c2cc);
    --_surface: var(--cl-color-surface, #161b22);
    --_surface-sunken: var(--cl-color-surface-sunken, #0d1117);
    --_border: var(--cl-color-border, #8b949e);
    --_link: var(--cl-color-link, #8cc8ff);
    --_focus: var(--cl-color-focus, #ffb86b);
    --_error: var(--cl-color-error, #ff9a8f);
    --_success: var(--cl-color-success, #7ee2a0);
    --_warning: var(--cl-color-warning, #f5c26b);
    --_shadow: var(--cl-shadow, 0 1px 3px rgb(0 0 0 / 0.6));
    color-scheme: dark;
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      --_brand: var(--cl-color-brand, #8cc8ff);
      --_on-brand: var(--cl-color-on-brand, #0b1220);
      --_text: var(--cl-color-text, #eef1f4);
      --_text-muted: var(--cl-color-text-muted, #b9c2cc);
      --_surface: var(--cl-color-surface, #161b22);
      --_surface-sunken: var(--cl-color-surface-sunken, #0d1117);
      --_border: var(--cl-color-border, #8b949e);
      --_link: var(--cl-color-link, #8cc8ff);
      --_focus: var(--cl-color-focus, #ffb86b);
      --_error: var(--cl-color-error, #ff9a8f);
      --_success: var(--cl-color-success, #7ee2a0);
      --_warning: var(--cl-color-warning, #f5c26b);
      --_shadow: var(--cl-shadow, 0 1px 3px rgb(0 0 0 / 0.6));
      color-scheme: dark;
    }
  }
`;
