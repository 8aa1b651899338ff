import {warn} from './warn.js';

/** Tags already reported as defined twice, shared by every copy of Careloop on the page. */
const reported: Set<string> = ((globalThis as Record<symbol, unknown>)[Symbol.for('careloop.duplicate-definitions')] ??=
  new Set<string>()) as Set<string>;

/**
 * Registers a custom element unless the tag is already taken.
 *
 * Two copies of Careloop on one page (a CMS plug-in and a hand-pasted script tag,
 * say) must not break the page: the first definition wins, and a second, different
 * class for the same tag prints one warning instead of throwing.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === undefined) {
    customElements.define(tag, element);
    return;
  }
  if (existing !== element && !reported.has(tag)) {
    reported.add(tag);
    warn(
      'duplicate-definition',
      `<${tag}> is already defined, probably by a second copy of Careloop on this page. The first definition is kept.`,
    );
  }
}
