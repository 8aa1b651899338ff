import {html, nothing, type TemplateResult} from 'lit';
import type {QuestionsView} from '../feedback-form.template.js';
import {shortName, type FormItem} from '../questionnaire/model.js';

/** Moves to step `step` and focuses `focus` there (a selector in the form). */
export type GoTo = (step: number, focus: string) => void;

const KEYS: Record<string, (at: number, count: number) => number> = {
  ArrowRight: (at, count) => (at + 1) % count,
  ArrowLeft: (at, count) => (at + count - 1) % count,
  Home: () => 0,
  End: (_, count) => count - 1,
};

/**
 * SDC's `tab-container`: where the current step is one of its tabs, a tab list (the ARIA
 * tabs pattern) above the step, now a tab panel. A tab is chosen by a click, or by the
 * arrow keys, Home and End, which move between the tabs and show each (automatic
 * activation); Tab goes on into the panel. Next still checks the tab's questions, Send
 * all of them (and shows the first tab with a problem). Where the form is narrow (a small
 * screen, a sidebar, 400 % zoom: a container query) and before the script runs, the tab
 * list is not shown and the tabs are steps, with "Step 2 of 3" and Back and Next, as
 * without this part (not loaded).
 */
export function renderTabs(
  view: QuestionsView,
  steps: readonly FormItem[][],
  step: number,
  goTo: GoTo,
  panel: unknown,
): unknown {
  const {session} = view;
  const here = steps[step]?.[0];
  const container = session.current.items.find((item) => item.layout === 'tabs' && item.items.includes(here!));
  if (!container) return panel;
  const base = session.ids.get(container.linkId) ?? '';
  const tabs = steps.flatMap((s, i) => (s.length === 1 && container.items.includes(s[0]!) ? [i] : []));
  const at = tabs.indexOf(step);
  const tabId = (i: number) => `${base}-tab-${i}`;
  const choose = (i: number) => goTo(tabs[i]!, `#${tabId(i)}`);
  const onKeydown = (event: KeyboardEvent) => {
    // Right to left, the arrows point the other way.
    const rtl = getComputedStyle(event.currentTarget as Element).direction === 'rtl';
    const key = rtl ? ({ArrowRight: 'ArrowLeft', ArrowLeft: 'ArrowRight'}[event.key] ?? event.key) : event.key;
    const move = KEYS[key];
    if (!move) return;
    event.preventDefault();
    choose(move(at, tabs.length));
  };
  const tab = (i: number): TemplateResult => {
    const item = steps[tabs[i]!]![0]!;
    const selected = i === at;
    return html`<button
      type="button"
      role="tab"
      class="tab"
      id=${tabId(i)}
      aria-selected=${selected ? 'true' : 'false'}
      aria-controls="${base}-panel"
      tabindex=${selected ? '0' : '-1'}
      @click=${() => choose(i)}
    >
      ${shortName(item) || item.linkId}
    </button>`;
  };
  return html`<div class="tabs">
    <div class="tabs__list" role="tablist" aria-label=${shortName(container) || nothing} @keydown=${onKeydown}>
      ${tabs.map((_, i) => tab(i))}
    </div>
    <div class="tabs__panel" role="tabpanel" id="${base}-panel" aria-labelledby=${tabId(at)}>${panel}</div>
  </div>`;
}
