import {msg} from '@lit/localize';
import {getCareloopLocale} from '@careloop/core';
import type {
  AccessNeed,
  WorkshopAudience,
  Daypart,
  Diet,
  Expense,
  WorkshopFormat,
  PaymentPreference,
  Role,
  Weekday,
} from './workshop.types.js';

export function formatLabel(format: WorkshopFormat): string {
  switch (format) {
    case 'in-person':
      return msg('In person', {id: 'workshop.format.in-person'});
    case 'online':
      return msg('Online', {id: 'workshop.format.online'});
    case 'hybrid':
      return msg('In person or online', {id: 'workshop.format.hybrid'});
  }
}

export function audienceLabel(audience: WorkshopAudience): string {
  switch (audience) {
    case 'patients':
      return msg('Patients', {id: 'workshop.audience.patients'});
    case 'families':
      return msg('Families', {id: 'workshop.audience.families'});
    case 'carers':
      return msg('Carers', {id: 'workshop.audience.carers'});
    case 'professionals':
      return msg('Professionals', {id: 'workshop.audience.professionals'});
  }
}

export function roleLabel(role: Role): string {
  switch (role) {
    case 'patient':
      return msg('A patient', {id: 'common.role.patient'});
    case 'family-member':
      return msg('A family member', {id: 'common.role.family-member'});
    case 'carer':
      return msg('A carer', {id: 'common.role.carer'});
    case 'professional':
      return msg('A professional', {id: 'workshop.role.professional'});
    case 'other':
      return msg('Someone else', {id: 'common.role.other'});
  }
}

export function accessLabel(need: AccessNeed): string {
  switch (need) {
    case 'step-free':
      return msg('Step-free access', {id: 'workshop.access.step-free'});
    case 'hearing-loop':
      return msg('A hearing loop', {id: 'workshop.access.hearing-loop'});
    case 'sign-language':
      return msg('BSL or another sign language', {id: 'workshop.access.sign-language'});
    case 'interpreter':
      return msg('A spoken-language interpreter', {id: 'workshop.access.interpreter'});
    case 'large-print':
      return msg('Large print or easy read', {id: 'workshop.access.large-print'});
    case 'quiet-space':
      return msg('A quiet space', {id: 'workshop.access.quiet-space'});
    case 'breaks':
      return msg('Regular breaks', {id: 'workshop.access.breaks'});
  }
}

export function dietLabel(diet: Diet): string {
  switch (diet) {
    case 'vegetarian':
      return msg('Vegetarian', {id: 'workshop.diet.vegetarian'});
    case 'vegan':
      return msg('Vegan', {id: 'workshop.diet.vegan'});
    case 'halal':
      return msg('Halal', {id: 'workshop.diet.halal'});
    case 'kosher':
      return msg('Kosher', {id: 'workshop.diet.kosher'});
    case 'gluten-free':
      return msg('Gluten-free', {id: 'workshop.diet.gluten-free'});
    case 'lactose-free':
      return msg('Lactose-free', {id: 'workshop.diet.lactose-free'});
    case 'other':
      return msg('Something else', {id: 'common.other'});
  }
}

export function expenseLabel(expense: Expense): string {
  switch (expense) {
    case 'travel':
      return msg('Travel', {id: 'workshop.expense.travel'});
    case 'parking':
      return msg('Parking', {id: 'workshop.expense.parking'});
    case 'care-cover':
      return msg('Carer or childcare cover', {id: 'workshop.expense.care-cover'});
  }
}

export function paymentLabel(preference: PaymentPreference): string {
  switch (preference) {
    case 'tell-me-how-to-claim':
      return msg('Tell me how to claim', {id: 'workshop.payment.claim'});
    case 'no-payment':
      return msg('I’d rather not be paid', {id: 'workshop.payment.none'});
    case 'benefits-talk-first':
      return msg('I receive benefits: please talk to me first', {id: 'workshop.payment.benefits'});
  }
}

export function weekdayLabel(day: Weekday): string {
  // Monday 2024-01-01: the weekday names in the active language, from Intl.
  const index = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].indexOf(day);
  return new Intl.DateTimeFormat(getCareloopLocale(), {weekday: 'long', timeZone: 'UTC'}).format(
    Date.UTC(2024, 0, 1 + index),
  );
}

export function daypartLabel(part: Daypart): string {
  switch (part) {
    case 'morning':
      return msg('Morning', {id: 'workshop.daypart.morning'});
    case 'afternoon':
      return msg('Afternoon', {id: 'workshop.daypart.afternoon'});
    case 'evening':
      return msg('Evening', {id: 'workshop.daypart.evening'});
  }
}
