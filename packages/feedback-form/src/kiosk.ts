import {html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {formatNumber} from '@careloop/core';

/** Seconds the kiosk counts down before it starts again, unless configured. */
const COUNTDOWN = 20;
const ACTIVITY = ['pointerdown', 'keydown', 'input'];

interface KioskOptions {
  /** Whether the idle timer runs now: kiosk mode, on the questions (not on the thank-you). */
  idling: () => boolean;
  idleSeconds: () => number;
  countdownSeconds: () => number;
  /** Whether there is anything to clear: nobody is asked "Are you still there?" at an empty form. */
  touched: () => boolean;
  /** The countdown reached zero: clear everything for the next person. */
  expired: () => void;
}

/**
 * A shared screen in a waiting room: after `idleSeconds` without a touch or a key it
 * asks "Are you still there?" with a visible countdown, and at zero clears the answers
 * for the next person. Any touch or key stops the countdown.
 */
export class KioskController implements ReactiveController {
  /** Seconds left on the visible countdown, or undefined when none runs. */
  countdown: number | undefined;
  #idleTimer: ReturnType<typeof setTimeout> | undefined;
  #countdownTimer: ReturnType<typeof setInterval> | undefined;
  readonly #onActivity = () => this.activity();

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: KioskOptions;

  constructor(host: ReactiveControllerHost & HTMLElement, options: KioskOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    for (const type of ACTIVITY) this.#host.addEventListener(type, this.#onActivity);
  }

  hostDisconnected(): void {
    for (const type of ACTIVITY) this.#host.removeEventListener(type, this.#onActivity);
    this.stop();
  }

  /** Someone touched the screen: stop a countdown on the questions, and wait again. */
  activity(): void {
    if (this.countdown !== undefined && this.#options.idling()) {
      this.countdown = undefined;
      clearInterval(this.#countdownTimer);
      this.#host.requestUpdate();
    }
    this.arm();
  }

  /** Starts (again) the wait for idleness. */
  arm(): void {
    clearTimeout(this.#idleTimer);
    const seconds = this.#options.idleSeconds();
    if (!this.#options.idling() || !(seconds > 0)) return;
    this.#idleTimer = setTimeout(() => {
      if (this.#options.touched()) this.start();
    }, seconds * 1000);
  }

  /** Starts the visible countdown (also on the thank-you screen, before the next person). */
  start(): void {
    clearInterval(this.#countdownTimer);
    this.countdown = Math.max(1, Math.round(this.#options.countdownSeconds()) || COUNTDOWN);
    this.#host.requestUpdate();
    this.#countdownTimer = setInterval(() => {
      this.countdown = (this.countdown ?? 1) - 1;
      this.#host.requestUpdate();
      if (this.countdown <= 0) this.#options.expired();
    }, 1000);
  }

  /** "Are you still there?" with the seconds left, while the countdown runs on the questions. */
  render(): TemplateResult | typeof nothing {
    if (this.countdown === undefined || !this.#options.idling()) return nothing;
    return renderCountdown(this.countdown, () => this.activity());
  }

  stop(): void {
    clearTimeout(this.#idleTimer);
    clearInterval(this.#countdownTimer);
    this.countdown = undefined;
  }
}

/** The kiosk's "Are you still there?", with the seconds left. */
function renderCountdown(seconds: number, stay: () => void): TemplateResult {
  const left = formatNumber(seconds);
  return html`<div class="countdown" role="alert">
    <p>
      ${msg(str`Are you still there? Your answers will be cleared in ${left} seconds.`, {id: 'feedback.kiosk.idle'})}
    </p>
    <button type="button" class="button" @click=${stay}>${msg('Continue', {id: 'feedback.kiosk.continue'})}</button>
  </div>`;
}
