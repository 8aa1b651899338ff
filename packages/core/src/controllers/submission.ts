import {html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';
import type {SubmissionEnvelope} from '../envelope.js';
import type {CareloopErrorDetail, CareloopSubmittedDetail} from '../events.js';
import {getOutbox, type Delivery, type DeliveryStatus} from '../outbox.js';

/** Where the envelope goes, read when the person submits. */
export interface SubmissionTarget {
  /** The endpoint; without one, only `cl-submit` fires (the host sends it). */
  endpoint: string | null;
  headers?: Record<string, string> | undefined;
  credentials?: RequestCredentials | undefined;
  /** Keep unsent envelopes in IndexedDB (default) or only in this page's memory. */
  persist: boolean;
}

/** What became of a submission: handed to the host, queued in the outbox, or kept by nobody (no endpoint). */
export type SubmitOutcome = 'host' | 'outbox' | 'no-endpoint';

/** What a widget does besides the events, when its submission is accepted or refused. */
export interface SubmissionHooks {
  submitted?(detail: CareloopSubmittedDetail): void;
  failed?(detail: CareloopErrorDetail): void;
}

/**
 * Sends what a person submitted, for every widget that submits: fires the cancelable
 * `cl-submit` on the widget, hands the envelope to the page's outbox, follows its
 * delivery (also when another tab delivers it), fires `cl-submitted` or `cl-error`
 * (then calls the widget's hooks), and renders the status line that tells the person
 * where their answers are.
 *
 * The outbox is opened as soon as the widget is on a page with an endpoint, so
 * anything left from an earlier visit is sent now.
 */
export class SubmissionController implements ReactiveController {
  /** The latest status of the current submission, if there is one. */
  status: DeliveryStatus | undefined;
  envelope: SubmissionEnvelope | undefined;
  /** Whether a submit is under way: from the person's first press until its envelope is stored. */
  busy = false;
  /** The headers last given to the outbox. */
  #supplied: Record<string, string> | undefined;
  /** The words of the status line: loaded with the first submit, never by a page where nobody submits. */
  #words: ((status: DeliveryStatus) => string) | undefined;
  #unsubscribe: (() => void) | undefined;
  readonly #host: ReactiveControllerHost & EventTarget;
  readonly #target: () => SubmissionTarget;
  readonly #hooks: SubmissionHooks;

  constructor(host: ReactiveControllerHost & EventTarget, target: () => SubmissionTarget, hooks: SubmissionHooks = {}) {
    this.#host = host;
    this.#target = target;
    this.#hooks = hooks;
    host.addController(this);
  }

  hostConnected(): void {
    const {endpoint, persist} = this.#target();
    // Opening the outbox sends what an earlier visit left waiting.
    if (endpoint) getOutbox(persist);
    this.hostUpdated();
  }

  /**
   * Headers are never stored: the page's own (also given after the element connected)
   * are what an earlier page left waiting is sent with. Given again only when they change.
   */
  hostUpdated(): void {
    const {endpoint, headers, persist} = this.#target();
    if (!endpoint || !headers || this.#supplied === headers) return;
    this.#supplied = headers;
    getOutbox(persist).supply(endpoint, headers);
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  /**
   * Runs one submit at a time: a second press while one is under way (slow Wi-Fi, a
   * double click) is ignored, so one intent makes one envelope. Render the submit
   * button with `aria-disabled` while `busy`; the status line says what is happening.
   */
  async once(work: () => Promise<unknown>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.#host.requestUpdate();
    try {
      await work();
    } finally {
      this.busy = false;
      this.#host.requestUpdate();
    }
  }

  /**
   * Forgets the current submission (the widget starts again, or "Try again" sends what is
   * on screen now as a new envelope); the outbox keeps delivering one that waits. A refused
   * one is already gone from the device: it is removed once the person is shown the refusal.
   */
  reset(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.status = undefined;
    this.envelope = undefined;
    this.#host.requestUpdate();
  }

  /** Fires `cl-submit`, and unless the host took it, queues the envelope. Resolves once it is stored. */
  async submit(envelope: SubmissionEnvelope): Promise<SubmitOutcome> {
    if (!this.#fire('cl-submit', envelope, true)) return 'host';
    const {endpoint, headers, credentials, persist} = this.#target();
    if (!endpoint) return 'no-endpoint';
    this.#words ??= (await import('../delivery-words.js')).deliveryText;
    this.#unsubscribe?.();
    this.envelope = envelope;
    this.status = {state: 'sending'};
    const outbox = getOutbox(persist);
    this.#unsubscribe = outbox.subscribe(envelope.id, (status) => this.#follow(envelope, status));
    const delivery: Delivery = {endpoint, ...(headers ? {headers} : {}), ...(credentials ? {credentials} : {})};
    await outbox.submit(envelope, delivery);
    this.#host.requestUpdate();
    return 'outbox';
  }

  /** Whether the submission is stored where it outlives this page (IndexedDB), not only in its memory. */
  durable(): Promise<boolean> {
    return getOutbox(this.#target().persist).durable();
  }

  #follow(envelope: SubmissionEnvelope, status: DeliveryStatus): void {
    const wasKeptInMemory = this.status?.state === 'queued' && !this.status.durable;
    this.status = status;
    this.#host.requestUpdate();
    if (status.state === 'queued' && !status.durable && !wasKeptInMemory) {
      this.#fire('cl-error', {
        code: 'not-durable',
        message: 'The submission is kept only while this page is open: storage on this device is refused or full.',
        problems: [],
      } satisfies CareloopErrorDetail);
    }
    if (status.state === 'sent') {
      const detail = {envelope, status: status.status};
      this.#fire('cl-submitted', detail);
      this.#hooks.submitted?.(detail);
    }
    if (status.state === 'failed') {
      // The person sees the refusal with their answers still on screen, to copy or send
      // again as a new envelope: the refused copy is not kept on the device.
      void getOutbox(this.#target().persist).discard(envelope.id);
      const detail: CareloopErrorDetail = {
        code: 'submit-failed',
        message: `${status.status}: ${status.message}`,
        problems: [],
      };
      this.#fire('cl-error', detail);
      this.#hooks.failed?.(detail);
    }
  }

  /** Fires a Careloop event on the widget: bubbling, composed, like every `cl-` event. */
  #fire(type: 'cl-submit' | 'cl-submitted' | 'cl-error', detail: unknown, cancelable = false): boolean {
    return this.#host.dispatchEvent(new CustomEvent(type, {detail, bubbles: true, composed: true, cancelable}));
  }

  /** The status line, in a polite live region that is always present. */
  render(): TemplateResult {
    return html`<p class="delivery delivery--${this.status?.state ?? 'none'}" part="status" role="status">
      ${this.status && this.#words ? this.#words(this.status) : nothing}
    </p>`;
  }
}
