import {svg, type SVGTemplateResult} from 'lit';
import type {Face} from './questionnaire/model.js';

/** Mouths from a broad smile to a deep frown; "don't know" gets a question mark. */
const MOUTHS: Record<Face, string> = {
  'very-good': 'M14 27c4 6 16 6 20 0',
  good: 'M15 28c4 3 14 3 18 0',
  neither: 'M15 29h18',
  poor: 'M15 31c4-3 14-3 18 0',
  'very-poor': 'M14 33c4-6 16-6 20 0',
  'dont-know': 'M20 19c0-5 8-5 8 0 0 3-4 3-4 7',
};

/**
 * A face for the pictorial scale, drawn inline (no image from anywhere), in the text
 * colour so it follows the theme and forced colours. Decorative: the answer's words
 * are always shown beside it.
 */
export function face(kind: Face): SVGTemplateResult {
  const unknown = kind === 'dont-know';
  return svg`<svg class="face" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
    <circle cx="24" cy="24" r="21" fill="none" stroke="currentColor" stroke-width="3" />
    ${unknown ? svg`<circle cx="24" cy="32" r="2" fill="currentColor" />` : svg`<circle cx="17" cy="19" r="2.5" fill="currentColor" /><circle cx="31" cy="19" r="2.5" fill="currentColor" />`}
    <path d=${MOUTHS[kind]} fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round" />
  </svg>`;
}
