import {msg} from '@lit/localize';
import {isEmail, isPhone} from '@careloop/core';
import type {ConsentRecord} from '@careloop/consent-prompt';
import type {ContactData, InterestData, RegistrationData, SignupDraft, Workshop} from './workshop.types.js';

/** A problem to fix before sending: the id of the control to focus, and what to do. */
export interface SignupProblem {
  target: string;
  text: string;
}

/** Which form the draft was entered in: a registration for one workshop, or "when could you come?". */
export type SignupForm = 'register' | 'interest';

/** Text as sent: trimmed, and absent when empty. */
const given = (text: string) => text.trim() || undefined;

/**
 * What must be fixed before the draft can be sent, in the order of the form. The
 * consent prompt checks itself; its problems come in as `consentProblems`.
 */
export function signupProblems(
  draft: SignupDraft,
  form: SignupForm,
  workshop: Workshop | undefined,
  consentProblems: readonly string[] = [],
): SignupProblem[] {
  const problems: SignupProblem[] = [];
  const problem = (target: string, text: string) => problems.push({target, text});
  if (!given(draft.name)) problem('name', msg('Enter your name', {id: 'workshop.error.name'}));
  const email = draft.email.trim();
  const phone = draft.phone.trim();
  if (!draft.phoneInstead && !isEmail(email)) {
    problem(
      'email',
      email
        ? msg('Enter an e-mail address in the right format, like name@example.org', {id: 'common.error.email'})
        : msg('Enter your e-mail address, or choose to be phoned instead', {id: 'workshop.error.email'}),
    );
  }
  if ((draft.phoneInstead || phone) && !isPhone(phone))
    problem('phone', msg('Enter a phone number, like 020 7946 0000 or +46 8 123 456', {id: 'common.error.phone'}));
  if (form === 'register') {
    if (!draft.role) problem('role-patient', msg('Choose how you are taking part', {id: 'workshop.error.role'}));
    if (draft.role === 'professional' && !given(draft.organisation))
      problem('organisation', msg('Enter your organisation', {id: 'workshop.error.organisation'}));
    const first = workshop?.options[0];
    if (first && draft.sessions.length === 0)
      problem(`session-${first.id}`, msg('Tick at least one date you could do', {id: 'workshop.error.sessions'}));
  } else {
    if (draft.weekdays.length === 0)
      problem('weekday-monday', msg('Tick at least one day', {id: 'workshop.error.weekdays'}));
    if (draft.dayparts.length === 0)
      problem('daypart-morning', msg('Tick at least one time of day', {id: 'workshop.error.dayparts'}));
  }
  for (const text of consentProblems) problem('consent', text);
  return problems;
}

/** How to reach the person: the e-mail address unless they asked to be phoned, and a phone number if given. */
export function contactOf(draft: SignupDraft): ContactData {
  const email = given(draft.email);
  const phone = given(draft.phone);
  return {
    ...(email && !draft.phoneInstead ? {email} : {}),
    ...(phone ? {phone} : {}),
    preferred: draft.phoneInstead ? 'phone' : 'email',
  };
}

/** `data` of a registration: only what the person was asked, with the details of each need they ticked. */
export function registrationData(
  draft: SignupDraft,
  workshop: Workshop,
  consent: ConsentRecord,
  waitlist: boolean,
): RegistrationData {
  const {id, title, start, end, timeZone} = workshop;
  const access = draft.access;
  const interpreterLanguage = access.includes('interpreter') ? given(draft.interpreterLanguage) : undefined;
  const signLanguage = access.includes('sign-language') ? given(draft.signLanguage) : undefined;
  const details = given(draft.accessDetails);
  const dietOther = draft.diet.includes('other') ? given(draft.dietOther) : undefined;
  const organisation = draft.role === 'professional' ? given(draft.organisation) : undefined;
  return {
    workshop: {id, title, start, end, timeZone},
    ...(workshop.options.length ? {sessions: draft.sessions} : {}),
    waitlist,
    name: draft.name.trim(),
    contact: contactOf(draft),
    role: draft.role,
    ...(organisation ? {organisation} : {}),
    companion: draft.companion,
    accessNeeds: {
      needs: access,
      ...(interpreterLanguage ? {interpreterLanguage} : {}),
      ...(signLanguage ? {signLanguage} : {}),
      ...(details ? {details} : {}),
      callMe: draft.callMe,
    },
    diet: {needs: draft.diet, ...(dietOther ? {other: dietOther} : {})},
    expenses: {claims: draft.expenses, ...(draft.payment ? {payment: draft.payment} : {})},
    consent,
  };
}

/** `data` of "when could you come?", about one workshop (`workshop`) or any. */
export function interestData(draft: SignupDraft, workshop: Workshop | undefined, consent: ConsentRecord): InterestData {
  const location = given(draft.location);
  return {
    weekdays: draft.weekdays,
    dayparts: draft.dayparts,
    format: draft.format || 'either',
    ...(location ? {location} : {}),
    name: draft.name.trim(),
    contact: contactOf(draft),
    ...(workshop ? {workshop: workshop.id} : {}),
    consent,
  };
}
