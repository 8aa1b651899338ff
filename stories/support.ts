import type {StoryContext} from '@storybook/web-components-vite';
import feed from '../demo/public/feeds/guides.json';

/** The demo portal's feed: realistic guides, projects and changes in four languages. */
export const FEED = feed as Record<string, unknown>[];
export const byId = (id: string): Record<string, unknown> => {
  const item = FEED.find((entry) => entry['id'] === id);
  if (!item) throw new Error(`No item ${id} in the demo feed`);
  return item;
};

/** The `theme` attribute for the toolbar's choice (the brand theme is CSS on the page, over light). */
export function themeOf(context: Pick<StoryContext, 'globals'>): 'light' | 'dark' {
  return context.globals['theme'] === 'dark' ? 'dark' : 'light';
}

const pending = new Map<string, () => Response | Promise<never>>();
let installed = false;

/**
 * Answers requests for some addresses inside the Storybook preview without any
 * network, so the catalogue can show the loading and failure states: a story
 * registers `/story/…` addresses and what they answer.
 */
export function answer(url: string, respond: () => Response | Promise<never>): void {
  pending.set(url, respond);
  if (installed) return;
  installed = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const path = new URL(href, location.href).pathname;
    const respondWith = pending.get(path);
    return respondWith ? Promise.resolve(respondWith()) : realFetch(input, init);
  };
}

/** A response that never arrives: the loading state stays on screen. */
export const never = (): Promise<never> => new Promise<never>(() => undefined);

/**
 * Runs a story's play function with its canvas marked as busy, so the story check
 * (scripts/check-stories.mjs) runs axe on the state the play leads to, not on the way there.
 */
export function playing<C extends {canvasElement: HTMLElement}>(
  play: (context: C) => Promise<void>,
): (context: C) => Promise<void> {
  return async (context) => {
    context.canvasElement.dataset['clPlaying'] = '';
    try {
      await play(context);
    } finally {
      delete context.canvasElement.dataset['clPlaying'];
    }
  };
}
