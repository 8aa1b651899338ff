/**
 * Keeps what a person entered in this tab (sessionStorage) until it is sent or
 * cleared, so that a reload or a slip of the back button loses nothing. Storage that
 * is full or refused (a private window, a locked-down browser) only means no draft:
 * the answers stay on screen.
 */
export class DraftController {
  readonly #key: () => string;
  readonly #keeps: () => boolean;

  /**
   * @param key - Where the draft is kept: one per form and page.
   * @param keeps - Whether drafts are kept at all (an attribute, off in kiosk mode).
   */
  constructor(key: () => string, keeps: () => boolean) {
    this.#key = key;
    this.#keeps = keeps;
  }

  get enabled(): boolean {
    return this.#keeps();
  }

  save(draft: unknown): void {
    if (!this.#keeps()) return;
    try {
      sessionStorage.setItem(this.#key(), JSON.stringify(draft));
    } catch {
      // Storage full or refused: the answers stay on screen, only the draft is not kept.
    }
  }

  /** The stored draft, parsed but unchecked (the caller checks its shape), or undefined. */
  load(): unknown {
    if (!this.#keeps()) return undefined;
    try {
      return JSON.parse(sessionStorage.getItem(this.#key()) ?? 'null') ?? undefined;
    } catch {
      // A damaged draft is ignored: the form starts empty rather than failing.
      return undefined;
    }
  }

  clear(): void {
    try {
      sessionStorage.removeItem(this.#key());
    } catch {
      // Nothing was stored.
    }
  }
}
