import {isServer, type ReactiveController, type ReactiveControllerHost} from 'lit';
import type {ConfigProblem} from './problems.js';

/** What a widget's parser makes of raw configuration: the usable part and what was wrong. */
export interface Parsed<T> {
  /** What can be shown; `undefined` when nothing can. */
  value: T | undefined;
  problems: ConfigProblem[];
}

export type ConfigState = 'empty' | 'loading' | 'ready' | 'error';

export interface ConfigSource {
  /** The value set as a JavaScript property, if any: it wins over every other source. */
  property(): unknown;
  /** The `src` address, if any. */
  src(): string | null | undefined;
}

type Host = ReactiveControllerHost & HTMLElement;

const INLINE_SELECTOR = ':scope > script[type="application/json"]';

/**
 * Loads a widget's configuration from, in order of precedence: a JavaScript
 * property, a `src` address, or an inline `<script type="application/json">`
 * child (the way a CMS page gives it). Everything goes through the widget's
 * parser; a later, valid configuration replaces an invalid one.
 *
 * Requests for `src` carry no cookies and no referrer (the page address a patient
 * is reading stays private), and the previous request is cancelled when the
 * address changes.
 */
export class ConfigController<T> implements ReactiveController {
  state: ConfigState = 'empty';
  value: T | undefined;
  problems: ConfigProblem[] = [];

  private abort: AbortController | undefined;
  private observer: MutationObserver | undefined;
  private loadedSrc: string | undefined;
  /** The property value and `src` last loaded, so `sync()` loads only what changed. */
  private loaded: {property: unknown; src: string | null | undefined} | undefined;
  /** The last configuration read, kept so it can be read again (in another language, say). */
  private raw: {value: unknown; where: string} | undefined;

  constructor(
    private readonly host: Host,
    private readonly source: ConfigSource,
    private readonly parse: (raw: unknown, where: string) => Parsed<T>,
    private readonly onProblems: (problems: ConfigProblem[]) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // A CMS may add or edit the inline JSON after the element is upgraded.
    this.observer = new MutationObserver(() => {
      if (this.source.property() === undefined && !this.source.src()) this.load();
    });
    this.observer.observe(this.host, {childList: true, subtree: true, characterData: true});
    this.load();
  }

  hostDisconnected(): void {
    this.loaded = undefined;
    this.observer?.disconnect();
    this.abort?.abort();
    this.abort = undefined;
    this.loadedSrc = undefined;
  }

  /**
   * Loads again if the property or `src` changed since the last load. Call it from
   * `willUpdate`: it also catches a property set before the element was upgraded,
   * which Lit applies only at the first update.
   */
  sync(): void {
    // A server render (Lit SSR) never connects the element: there, only the property is read.
    if (isServer) {
      const property = this.source.property();
      if (this.loaded && this.loaded.property === property) return;
      this.loaded = {property, src: undefined};
      this.accept(property === undefined ? missing() : this.read(property, ''));
      return;
    }
    if (!this.host.isConnected) return;
    if (!this.loaded || this.loaded.property !== this.source.property() || this.loaded.src !== this.source.src())
      this.load();
  }

  /** Reads the configuration again from whichever source applies now. */
  load(): void {
    const property = this.source.property();
    const src = this.source.src();
    this.loaded = {property, src};
    if (property !== undefined) {
      this.cancel();
      this.accept(this.read(property, ''));
    } else if (src) {
      if (src !== this.loadedSrc) void this.fetch(src);
    } else {
      this.cancel();
      this.accept(this.parseInline());
    }
  }

  private cancel(): void {
    this.abort?.abort();
    this.abort = undefined;
    this.loadedSrc = undefined;
  }

  private parseInline(): Parsed<T> {
    const script = this.host.querySelector(INLINE_SELECTOR);
    if (!script) return missing();
    const text = script.textContent ?? '';
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      return {value: undefined, problems: [{code: 'invalid-json', path: '', detail: jsonError(error)}]};
    }
    return this.read(raw, '');
  }

  private read(value: unknown, where: string): Parsed<T> {
    this.raw = {value, where};
    return this.parse(value, where);
  }

  /** Parses the last configuration again, without fetching it again (for example after a language change). */
  reparse(): void {
    if (this.raw) this.accept(this.parse(this.raw.value, this.raw.where), false);
  }

  private async fetch(src: string): Promise<void> {
    this.cancel();
    const abort = new AbortController();
    this.abort = abort;
    this.loadedSrc = src;
    this.state = 'loading';
    this.host.requestUpdate();
    let parsed: Parsed<T>;
    try {
      const response = await fetch(src, {
        signal: abort.signal,
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        headers: {accept: 'application/json'},
      });
      if (!response.ok) {
        parsed = {
          value: undefined,
          problems: [{code: 'http-error', path: 'src', detail: src, found: String(response.status)}],
        };
      } else {
        const text = await response.text();
        try {
          parsed = this.read(JSON.parse(text), '');
        } catch (error) {
          parsed = {value: undefined, problems: [{code: 'invalid-json', path: 'src', detail: jsonError(error)}]};
        }
      }
    } catch {
      if (abort.signal.aborted) return;
      parsed = {value: undefined, problems: [{code: 'fetch-failed', path: 'src', detail: src}]};
    }
    if (abort.signal.aborted) return;
    this.accept(parsed);
  }

  private accept(parsed: Parsed<T>, report = true): void {
    this.value = parsed.value;
    this.problems = parsed.problems;
    const onlyMissing = parsed.problems.length === 1 && parsed.problems[0]!.code === 'missing-config';
    this.state = parsed.value !== undefined ? 'ready' : onlyMissing ? 'empty' : 'error';
    this.host.requestUpdate();
    if (report && parsed.problems.length > 0 && !onlyMissing) this.onProblems(parsed.problems);
  }
}

const missing = <T>(): Parsed<T> => ({value: undefined, problems: [{code: 'missing-config', path: ''}]});

function jsonError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
