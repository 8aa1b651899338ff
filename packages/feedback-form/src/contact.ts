import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {errorMessage, getCareloopLocale, isEmail, isPhone, textField} from '@careloop/core';
import type {ConsentPrompt, ConsentRecord} from '@careloop/consent-prompt';
// The consent prompt comes with the contact details: both load when the person asks to be contacted.
import '@careloop/consent-prompt/cl-consent-prompt.js';
import type {ContactError} from './labels.js';

export type ContactKey = 'name' | 'email' | 'phone';
export type ContactDetails = Record<ContactKey, string>;

/** What is wrong with the contact details: an address or a number is needed, each well formed, and the consent. */
export function contactErrors(
  contact: ContactDetails,
  consentMissing: boolean,
): {target: string; error: ContactError}[] {
  const email = contact.email.trim();
  const phone = contact.phone.trim();
  const found: {target: string; error: ContactError}[] = [];
  if (!email && !phone) found.push({target: 'contact-email', error: 'contact-missing'});
  if (email && !isEmail(email)) found.push({target: 'contact-email', error: 'email'});
  if (phone && !isPhone(phone)) found.push({target: 'contact-phone', error: 'phone'});
  if (consentMissing) found.push({target: 'contact-consent', error: 'consent'});
  return found;
}

let defaults: [string, unknown] | undefined;

/** The consent asked for before contact details are sent, in the active language (one object per language). */
export function consentConfig(custom: unknown): unknown {
  if (custom !== undefined) return custom;
  const locale = getCareloopLocale();
  if (defaults?.[0] !== locale) {
    defaults = [
      locale,
      {
        policy: {id: 'careloop-feedback-contact', version: '1'},
        controller: msg('The team that runs this service', {id: 'feedback.contact.controller'}),
        purposes: [
          {
            id: 'contact-about-feedback',
            title: msg(
              'I agree to be contacted about my feedback using these details. They will not be used for anything else.',
              {id: 'feedback.contact.consent'},
            ),
            required: true,
          },
        ],
      },
    ];
  }
  return defaults[1];
}

export interface ContactView {
  contact: ContactDetails;
  errorOf(target: string): ContactError | undefined;
  errorText(error: ContactError | undefined): string | undefined;
  headingLevel: number;
  theme: string;
  consent: unknown;
  input(key: ContactKey, value: string): void;
  changed(): void;
}

/** Name, e-mail, phone and the consent prompt, shown once the person asks to be contacted. */
export function renderContactDetails(view: ContactView): TemplateResult {
  const field = (key: ContactKey, label: string, type: string) => {
    const error = view.errorOf(`contact-${key}`);
    return html`<div class="question ${error ? 'question--error' : ''}">
      ${textField({
        id: `contact-${key}`,
        label,
        labelClass: 'question__label',
        type,
        autocomplete: key === 'phone' ? 'tel' : key,
        error: view.errorText(error),
        value: view.contact[key],
        onInput: (value) => view.input(key, value),
      })}
    </div>`;
  };
  const consentError = view.errorOf('contact-consent');
  return html`<div class="contact__details">
    ${field('name', msg('Your name (optional)', {id: 'common.name-optional'}), 'text')}
    ${field('email', msg('E-mail address', {id: 'common.email'}), 'email')}
    ${field('phone', msg('Phone number', {id: 'common.phone'}), 'tel')}
    <div class="question ${consentError ? 'question--error' : ''}">
      ${errorMessage('contact-consent', view.errorText(consentError))}
      <cl-consent-prompt
        id="contact-consent"
        embedded
        no-proxy
        heading-level=${view.headingLevel}
        theme=${view.theme}
        .config=${view.consent}
        @change=${() => view.changed()}
      ></cl-consent-prompt>
    </div>
  </div>`;
}

interface ContactHost {
  renderRoot: ParentNode;
  theme: string;
}

/** How the contact details are drawn: at which heading level, with which errors, in which words. */
export interface ContactLook {
  level: number;
  /** The `<cl-consent-prompt>` configuration asked for (the default one when undefined). */
  consent: unknown;
  errorOf(target: string): ContactError | undefined;
  errorText(error: ContactError | undefined): string | undefined;
}

/**
 * "Contact me about my feedback": whether the person asked to be contacted, the
 * details they left and the consent they gave. The details and the consent prompt are
 * this module, loaded when the person first ticks the box.
 */
export class ContactChoice {
  optedIn = false;
  details: ContactDetails = {name: '', email: '', phone: ''};
  readonly #host: ContactHost;
  readonly #changed: () => void;

  /** @param changed - The person changed something: keep the draft, check again, update. */
  constructor(host: ContactHost, changed: () => void) {
    this.#host = host;
    this.#changed = changed;
  }

  optIn(checked: boolean): void {
    this.optedIn = checked;
    this.#changed();
  }

  reset(): void {
    this.optedIn = false;
    this.details = {name: '', email: '', phone: ''};
  }

  get #prompt(): ConsentPrompt | null {
    return this.#host.renderRoot.querySelector('cl-consent-prompt');
  }

  /** What is wrong with the details or the consent; nothing while the person has not opted in. */
  problems(): {target: string; error: ContactError}[] {
    if (!this.optedIn) return [];
    const prompt = this.#prompt;
    return contactErrors(this.details, !prompt || prompt.check().length > 0);
  }

  /** The consent record, once the person has opted in and agreed; undefined when they did not opt in. */
  async consent(): Promise<ConsentRecord | undefined> {
    return this.optedIn ? this.#prompt?.decide() : undefined;
  }

  /** The details and the consent prompt, once opted in (and loaded). */
  render(look: ContactLook): unknown {
    if (!this.optedIn) return nothing;
    return renderContactDetails({
      contact: this.details,
      errorOf: look.errorOf,
      errorText: look.errorText,
      headingLevel: Math.min(6, look.level + 1),
      theme: this.#host.theme,
      consent: consentConfig(look.consent),
      input: (key, value) => {
        this.details = {...this.details, [key]: value};
        this.#changed();
      },
      changed: this.#changed,
    });
  }
}
