import type {ReactiveController, ReactiveControllerHost} from 'lit';

type Host = ReactiveControllerHost & {renderRoot: ParentNode; updateComplete: Promise<unknown>};

/**
 * Moves focus to an element of the next render: the error summary after a failed
 * submit, a step's heading, the thank-you. Focus moves once that update is complete,
 * because leaving a field fires `change`, which may ask for another update.
 */
export class FocusController implements ReactiveController {
  private selector: string | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** Focuses what matches `selector` in the render root once the next update is done. */
  request(selector: string): void {
    this.selector = selector;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (!this.selector) return;
    const target = this.host.renderRoot.querySelector<HTMLElement>(this.selector);
    this.selector = undefined;
    void this.host.updateComplete.then(() => target?.focus());
  }
}
