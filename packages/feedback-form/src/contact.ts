import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {getCareloopLocale, isEmail, isPhone} from '@careloop/core';
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
  renderError(id: string, error: ContactError | undefined): unknown;
  headingLevel: number;
  theme: string;
  consent: unknown;
  input(key: ContactKey, value: string): void;
  changed(): void;
}

/** Name, e-mail, phone and the consent prompt, shown once the person asks to be contacted. */
export function renderContactDetails(view: ContactView): TemplateResult {
  const field = (key: ContactKey, label: string, type: string) => {
    const target = `contact-${key}`;
    const error = view.errorOf(target);
    return html`<div class="question ${error ? 'question--error' : ''}">
      <label class="question__label" for=${target}>${label}</label>
      ${view.renderError(target, error)}
      <input
        id=${target}
        type=${type}
        autocomplete=${key === 'phone' ? 'tel' : key}
        class=${error ? 'invalid' : ''}
        .value=${view.contact[key]}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `${target}-error` : nothing}
        @input=${(e: Event) => view.input(key, (e.target as HTMLInputElement).value)}
      />
    </div>`;
  };
  const consentError = view.errorOf('contact-consent');
  return html`<div class="contact__details">
    ${field('name', msg('Your name (optional)', {id: 'common.name-optional'}), 'text')}
    ${field('email', msg('E-mail address', {id: 'common.email'}), 'email')}
    ${field('phone', msg('Phone number', {id: 'common.phone'}), 'tel')}
    <div class="question ${consentError ? 'question--error' : ''}">
      ${view.renderError('contact-consent', consentError)}
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
