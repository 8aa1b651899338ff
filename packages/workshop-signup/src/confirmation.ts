import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {formatList} from '@careloop/core';
import {calendarFile, plainText} from './ics.js';
import {accessLabel, dietLabel, expenseLabel, paymentLabel} from './labels.js';
import {instant, when} from './schedule.js';
import {fact, title} from './workshop-signup.template.js';
import type {AccessNeed, Diet, Expense, PaymentPreference, RegistrationData, Workshop} from './workshop.types.js';

// What is needed only once the person has sent the form: the confirmation and the
// calendar file. Loaded on submit, never by a page where nobody registers.

/** A calendar file (.ics) of the sessions registered for, as an object URL; revoke it when done. */
export function calendarUrl(w: Workshop, sessionIds: readonly string[] | undefined): string {
  const sessions = w.options.length
    ? w.options.filter((o) => sessionIds?.includes(o.id))
    : [{id: 'main', start: w.start, end: w.end}];
  const where =
    w.format === 'online'
      ? msg('Online: the link will be sent to you before the workshop', {id: 'workshop.ics.online'})
      : [w.location?.name, w.location?.address].filter(Boolean).join(', ');
  const ics = calendarFile(
    sessions.map((s) => ({
      uid: `${w.id}-${s.id}@${location.hostname || 'careloop.invalid'}`,
      start: instant(w, s.start),
      end: instant(w, s.end),
      summary: w.title,
      ...(w.description ? {description: plainText(w.description)} : {}),
      ...(where ? {location: where} : {}),
      ...(w.status === 'cancelled' ? {cancelled: true} : {}),
    })),
  );
  return URL.createObjectURL(new Blob([ics], {type: 'text/calendar;charset=utf-8'}));
}

export interface DoneView {
  /** What was sent, when it was a registration (undefined for availability). */
  registration: RegistrationData | undefined;
  workshop: Workshop | undefined;
  /** The server said the workshop filled up (409) before this registration arrived. */
  full: boolean;
  status: unknown;
  icsUrl: string | undefined;
  timeZone: string | null;
  level: number;
  joinWaitlist(): void;
  back(): void;
}

/** What else was sent, so the person can check it: access needs, diet, expenses. */
function summaryRows(data: RegistrationData): TemplateResult {
  const row = (label: string, values: string[]) => (values.length ? fact(label, formatList(values)) : nothing);
  const access = data.accessNeeds;
  return html`${row(msg('Your access needs', {id: 'workshop.access-needs'}), [
    ...access.needs.map((n) => accessLabel(n as AccessNeed)),
    ...(access.interpreterLanguage ? [access.interpreterLanguage] : []),
    ...(access.signLanguage ? [access.signLanguage] : []),
    ...(access.callMe ? [msg('I’d like a call to discuss my needs', {id: 'workshop.call-me'})] : []),
  ])}
  ${row(msg('Dietary needs', {id: 'workshop.diet'}), [...data.diet.needs.filter((d) => d !== 'other').map((d) => dietLabel(d as Diet)), ...(data.diet.other ? [data.diet.other] : [])])}
  ${row(msg('Expenses you would like to claim', {id: 'workshop.expenses'}), [
    ...data.expenses.claims.map((x) => expenseLabel(x as Expense)),
    ...(data.expenses.payment ? [paymentLabel(data.expenses.payment as PaymentPreference)] : []),
  ])}`;
}

/** The confirmation: registered, on the waitlist, or availability received; or "just filled up" with the waitlist offer. */
export function renderDone(view: DoneView): TemplateResult {
  const {registration, workshop: w, full} = view;
  return html`<div class="confirmation" part="confirmation">
    ${title(
      view.level - 1,
      full
        ? msg('This workshop has just filled up', {id: 'workshop.done.full'})
        : registration?.waitlist
          ? msg('You are on the waitlist', {id: 'workshop.done.waitlist'})
          : registration
            ? msg('You are registered', {id: 'workshop.done.registered'})
            : msg('Thank you: we will plan around your times', {id: 'workshop.done.interest'}),
      'confirmation__heading',
    )}
    ${view.status}
    ${
      full
        ? html`<p>
              ${msg('Nothing you entered is lost. Would you like a place on the waitlist instead?', {id: 'workshop.done.full.offer'})}
            </p>
            <button type="button" class="button" @click=${view.joinWaitlist}>
              ${msg('Join the waitlist', {id: 'workshop.waitlist'})}
            </button>`
        : html`<p>
              ${
                registration
                  ? msg(
                      'We will contact you before the workshop with the details and to arrange anything you asked for.',
                      {id: 'workshop.done.next'},
                    )
                  : msg('We will contact you when a workshop fits the times you gave.', {
                      id: 'workshop.done.next-interest',
                    })
              }
            </p>
            ${
              w && registration
                ? html`<dl class="workshop__facts">
                    ${fact(msg('Workshop', {id: 'workshop.summary.workshop'}), w.title)}
                    ${fact(
                      msg('When', {id: 'workshop.when'}),
                      w.options.length
                        ? formatList(
                            w.options
                              .filter((o) => registration.sessions?.includes(o.id))
                              .map((o) => when(w, view.timeZone, o.start, o.end)),
                          )
                        : when(w, view.timeZone),
                    )}
                    ${fact(msg('Your name', {id: 'workshop.name'}), registration.name)} ${summaryRows(registration)}
                  </dl>`
                : nothing
            }
            ${
              view.icsUrl && registration && !registration.waitlist
                ? html`<p>
                    <a class="button button--secondary" href=${view.icsUrl} download="${w?.id ?? 'workshop'}.ics"
                      >${msg('Add to my calendar (.ics)', {id: 'workshop.ics'})}</a
                    >
                  </p>`
                : nothing
            }`
    }
    <button type="button" class="button button--secondary" @click=${view.back}>
      ${msg('Back to the workshops', {id: 'workshop.back'})}
    </button>
  </div>`;
}
