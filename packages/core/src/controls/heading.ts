import {html, nothing, type TemplateResult} from 'lit';

/** A heading level from an attribute: a whole number from 2 to 6, else `fallback`. */
export function headingLevel(level: number, fallback = 2): number {
  const rounded = Math.round(level);
  return rounded >= 2 && rounded <= 6 ? rounded : fallback;
}

export interface HeadingOptions {
  id?: string | undefined;
  cls: string;
  /** Focusable by script (tabindex -1), for headings that receive focus: a step, the thank-you. */
  focusable?: boolean;
}

/**
 * A real `<h2>`–`<h6>` (not a `role="heading"` div: assistive technology and reader
 * modes treat them alike, but only a real heading survives copy, print and SSR).
 * Levels below 6 are clamped to 6, so nesting never breaks the outline.
 */
export function heading(level: number, content: unknown, {id, cls, focusable}: HeadingOptions): TemplateResult {
  const i = id ?? nothing;
  const t = focusable ? '-1' : nothing;
  switch (Math.max(2, Math.min(6, Math.round(level) || 2))) {
    case 2:
      return html`<h2 id=${i} class=${cls} tabindex=${t}>${content}</h2>`;
    case 3:
      return html`<h3 id=${i} class=${cls} tabindex=${t}>${content}</h3>`;
    case 4:
      return html`<h4 id=${i} class=${cls} tabindex=${t}>${content}</h4>`;
    case 5:
      return html`<h5 id=${i} class=${cls} tabindex=${t}>${content}</h5>`;
    default:
      return html`<h6 id=${i} class=${cls} tabindex=${t}>${content}</h6>`;
  }
}
