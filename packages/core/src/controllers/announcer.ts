import {html, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';

/**
 * A polite live region owned by one element. The region is rendered from the
 * start (empty) so that screen readers register it before anything changes;
 * messages are debounced so typing in a search box announces the settled result
 * once, not at every keystroke.
 */
export class AnnouncerController implements ReactiveController {
  /** The text now in the live region. */
  message = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly delay = 600,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** Announces `text` once input has been quiet for the delay. */
  announce(text: string): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      // Re-announce an unchanged message: clear first, then set on the next update.
      this.message = this.message === text ? `${text}\u00a0` : text;
      this.host.requestUpdate();
    }, this.delay);
  }

  /** The live region; place it once in the element's template. */
  render(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.message}</div>`;
  }
}
