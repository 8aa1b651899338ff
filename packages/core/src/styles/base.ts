import {css} from 'lit';
import {tokens} from './tokens.js';

/**
 * What every Careloop element shares: tokens, the type scale, links, the focus
 * ring, the problem display, and forced-colours and reduced-motion rules.
 * Logical properties only, so right-to-left needs no extra rule.
 */
export const baseStyles = [
  tokens,
  css`
    :host {
      display: block;
      box-sizing: border-box;
      font-family: var(--_font);
      font-size: var(--_font-size);
      line-height: var(--_line-height);
      color: var(--_text);
    }
    :host([hidden]) {
      display: none;
    }
    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }
    a {
      color: var(--_link);
      text-underline-offset: 0.15em;
    }
    a:hover {
      text-decoration-thickness: 2px;
    }
    :focus-visible {
      outline: var(--_focus-width) solid var(--_focus);
      outline-offset: 2px;
    }
    .visually-hidden {
      position: absolute !important;
      inline-size: 1px;
      block-size: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
      border: 0;
    }
    .problems {
      margin-block: var(--_space-m);
      padding: var(--_space-m);
      border: 2px solid var(--_error);
      border-inline-start-width: 6px;
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
    }
    .problems__title {
      margin: 0 0 var(--_space-s);
      font-size: 1.125em;
      color: var(--_error);
    }
    .problems__list {
      margin: 0;
      padding-inline-start: 1.25em;
      overflow-wrap: anywhere;
    }
    @media (prefers-reduced-motion: reduce) {
      *,
      *::before,
      *::after {
        animation-duration: 0.01ms !important;
        transition-duration: 0.01ms !important;
        scroll-behavior: auto !important;
      }
    }
    @media (forced-colors: active) {
      :focus-visible {
        outline-color: Highlight;
      }
      .problems {
        border-color: CanvasText;
      }
    }
  `,
];
