import type {PropertyDeclarations} from 'lit';
import type {CareloopElement} from '../careloop-element.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor<T> = abstract new (...args: any[]) => T;

/** What the element tells its host `<form>`: a value, the state to restore it from, and whether it is valid. */
export interface FormReport {
  /** What `FormData` holds under the element's `name` (JSON). */
  value: string;
  /** What the browser keeps to restore the element on back/forward navigation (JSON). */
  state: string;
  /** Why the element is invalid, and which control inside it to point at; undefined when valid. */
  invalid?: {flags: ValidityStateFlags; message: string; anchor?: HTMLElement};
}

/** The form-control side of every form-associated Careloop element. */
export declare class FormAssociatedElement {
  /** The name under which a host `<form>` receives the element's value (JSON). */
  name: string | null;
  /** Disables the element: nothing can be answered, and a host `<form>` leaves its value out. */
  disabled: boolean;
  /** The host `<form>`, if any. */
  readonly form: HTMLFormElement | null;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  readonly willValidate: boolean;
  checkValidity(): boolean;
  reportValidity(): boolean;
  /** @internal Disabled by its own attribute or by a disabled `<fieldset>` around it. */
  readonly formDisabled: boolean;
  /**
   * @internal Tells the host `<form>` the value, the state and the validity. Call it after
   * each update; `report` is worked out only when there is a host form to tell.
   */
  reportToForm(report: () => FormReport): void;
  /** @internal The host `<form>` was reset: start again. */
  formReset(): void;
  /** @internal The browser restores the element from a state it reported (back/forward navigation). */
  formRestore(state: string): void;
}

/**
 * The form-association trait: makes an element a form control of a host `<form>`, as
 * native controls are. It has a `name` and a value in `FormData`, takes part in the
 * form's validation (`checkValidity`, `reportValidity`, the `:invalid` state), starts
 * again on `reset()`, is disabled by `disabled` or a disabled `<fieldset>` (and then
 * left out of `FormData`), and is restored by the browser on back/forward navigation.
 * The element says what to report (`reportToForm`) and what reset and restore mean.
 */
export function FormAssociated<T extends Constructor<CareloopElement> & {properties: PropertyDeclarations}>(Base: T) {
  abstract class FormAssociatedBase extends Base {
    static formAssociated = true;
    static override properties: PropertyDeclarations = {
      ...Base.properties,
      name: {},
      disabled: {type: Boolean, reflect: true},
      disabledState: {state: true},
    };

    /** The name under which a host `<form>` receives the element's value (JSON). */
    name: string | null = null;
    /** Disables the element: nothing can be answered, and a host `<form>` leaves its value out. */
    disabled = false;
    /** @internal Whether the browser says the element is disabled (its attribute, or a `<fieldset disabled>` around it). */
    disabledState = false;
    readonly #internals = this.attachInternals();

    get form(): HTMLFormElement | null {
      return this.#internals.form;
    }
    get validity(): ValidityState {
      return this.#internals.validity;
    }
    get validationMessage(): string {
      return this.#internals.validationMessage;
    }
    get willValidate(): boolean {
      return this.#internals.willValidate;
    }
    checkValidity(): boolean {
      return this.#internals.checkValidity();
    }
    reportValidity(): boolean {
      return this.#internals.reportValidity();
    }

    get formDisabled(): boolean {
      return this.disabled || this.disabledState;
    }

    reportToForm(report: () => FormReport): void {
      // Without a host form nobody reads it, and this runs at every keystroke.
      if (!this.#internals.form) return;
      const {value, state, invalid} = report();
      this.#internals.setFormValue(value, state);
      if (invalid) this.#internals.setValidity(invalid.flags, invalid.message, invalid.anchor);
      else this.#internals.setValidity({});
    }

    /** @internal Moved into or out of a host `<form>`: report to it. */
    formAssociatedCallback(): void {
      this.requestUpdate();
    }

    /** @internal */
    formResetCallback(): void {
      this.formReset();
    }

    /** @internal */
    formDisabledCallback(disabled: boolean): void {
      // Reflecting its own `disabled` attribute calls this in the middle of an update, where
      // a change would be lost: it is taken once that update is done.
      void this.updateComplete.then(() => (this.disabledState = disabled));
    }

    /** @internal */
    formStateRestoreCallback(state: unknown, mode: 'restore' | 'autocomplete'): void {
      if (mode === 'restore' && typeof state === 'string') this.formRestore(state);
    }

    abstract formReset(): void;
    abstract formRestore(state: string): void;
  }
  return FormAssociatedBase as unknown as Constructor<FormAssociatedElement> & {formAssociated: boolean} & T;
}
