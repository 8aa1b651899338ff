/**
 * The conformance suite of the form-association trait: every form-associated Careloop
 * element runs it, and behaves in a host `<form>` as a native control does. Name and
 * value in FormData, validity, reset, disabled (by its attribute or a fieldset) and
 * the browser's restore on back/forward navigation.
 */
import {expect} from '@open-wc/testing';
import type {FormAssociatedElement} from '@careloop/core';
import {mount, until} from './support.js';

type Control = HTMLElement & FormAssociatedElement & {updateComplete: Promise<unknown>};

export interface ConformanceOptions<E extends Control> {
  tag: string;
  /** Makes the element (configured, not yet on the page). */
  make(): E;
  /** Waits until the element shows what can be answered. */
  ready(el: E): Promise<void>;
  /** Answers what is required, as a person does (keyboard or clicks). */
  answer(el: E): Promise<void>;
  /** Checks the value FormData holds once answered (parsed JSON). */
  answered(value: unknown): void;
  /** Whether the person sees nothing answered (after a reset). */
  empty(el: E): boolean;
  /** The controls inside, which a disabled element disables. */
  controls(el: E): HTMLElement[];
}

/** The state each element last gave the browser to restore it from, caught on its way. */
const states = new WeakMap<ElementInternals, unknown>();
type SetFormValue = (this: ElementInternals, ...args: Parameters<ElementInternals['setFormValue']>) => void;
type AttachInternals = (this: HTMLElement) => ElementInternals;
const setFormValue = Object.getOwnPropertyDescriptor(ElementInternals.prototype, 'setFormValue')!.value as SetFormValue;
ElementInternals.prototype.setFormValue = function (this: ElementInternals, value, state) {
  states.set(this, state);
  setFormValue.call(this, value, state);
};
const attachInternals = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'attachInternals')!
  .value as AttachInternals;
const internalsOf = new WeakMap<HTMLElement, ElementInternals>();
HTMLElement.prototype.attachInternals = function (this: HTMLElement) {
  const internals = attachInternals.call(this);
  internalsOf.set(this, internals);
  return internals;
};

export function formAssociatedConformance<E extends Control>(options: ConformanceOptions<E>): void {
  describe(`<${options.tag}> as a control of a host <form>`, () => {
    async function inForm(attrs: Record<string, string> = {name: 'answers'}): Promise<{form: HTMLFormElement; el: E}> {
      const form = mount(document.createElement('form'));
      const el = options.make();
      for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
      form.append(el);
      await options.ready(el);
      await el.updateComplete;
      return {form, el};
    }
    const value = (form: HTMLFormElement) => {
      const raw = new FormData(form).get('answers');
      return typeof raw === 'string' ? (JSON.parse(raw) as unknown) : raw;
    };

    it('belongs to the form, and gives FormData its value under its name once answered', async () => {
      const {form, el} = await inForm();
      expect(el.form).to.equal(form);
      expect(el.willValidate).to.equal(true);
      await options.answer(el);
      await el.updateComplete;
      options.answered(value(form));
    });

    it('gives no value without a name', async () => {
      const {form, el} = await inForm({});
      await options.answer(el);
      await el.updateComplete;
      expect([...new FormData(form).keys()]).to.deep.equal([]);
    });

    it('is invalid, with a message, until what is required is answered', async () => {
      const {form, el} = await inForm();
      expect(form.checkValidity()).to.equal(false);
      expect(el.checkValidity()).to.equal(false);
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.matches(':invalid')).to.equal(true);
      expect(el.validationMessage).to.not.equal('');
      await options.answer(el);
      await el.updateComplete;
      expect(form.checkValidity()).to.equal(true);
      expect(el.validity.valid).to.equal(true);
      expect(el.matches(':valid')).to.equal(true);
    });

    it('starts again when the form is reset', async () => {
      const {form, el} = await inForm();
      await options.answer(el);
      await el.updateComplete;
      form.reset();
      await until(() => options.empty(el), 'the answers to be cleared');
      await el.updateComplete;
      expect(form.checkValidity()).to.equal(false);
    });

    for (const by of ['its own attribute', 'a disabled fieldset around it']) {
      it(`is disabled by ${by}: nothing to answer, no value in FormData`, async () => {
        const {form, el} = await inForm();
        await options.answer(el);
        await el.updateComplete;
        const fieldset = document.createElement('fieldset');
        if (by === 'its own attribute') el.disabled = true;
        else {
          form.append(fieldset);
          fieldset.append(el);
          fieldset.disabled = true;
        }
        await until(() => options.controls(el).every((c) => c.matches(':disabled')), 'every control to be disabled');
        expect(options.controls(el).length).to.be.greaterThan(0);
        expect(el.matches(':disabled')).to.equal(true);
        expect(new FormData(form).has('answers')).to.equal(false);
        el.disabled = false;
        fieldset.disabled = false;
        await until(() => options.controls(el).every((c) => !c.matches(':disabled')), 'the controls to be enabled');
        options.answered(value(form));
      });
    }

    it('comes back as it was when the browser restores it (back and forward), and ignores autofill', async () => {
      const first = await inForm();
      await options.answer(first.el);
      await first.el.updateComplete;
      const state = states.get(internalsOf.get(first.el)!);
      expect(state, 'the element gives the browser a state to restore').to.be.a('string');
      const again = await inForm();
      (again.el as unknown as {formStateRestoreCallback(s: unknown, m: string): void}).formStateRestoreCallback(
        state,
        'autocomplete',
      );
      await again.el.updateComplete;
      expect(again.form.checkValidity(), 'autofill does not restore answers').to.equal(false);
      (again.el as unknown as {formStateRestoreCallback(s: unknown, m: string): void}).formStateRestoreCallback(
        state,
        'restore',
      );
      await until(() => !options.empty(again.el), 'the answers to come back');
      await again.el.updateComplete;
      options.answered(value(again.form));
      expect(again.form.checkValidity()).to.equal(true);
    });
  });
}
