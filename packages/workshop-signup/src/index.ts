export {WorkshopSignup} from './workshop-signup.js';
export {
  contactOf,
  interestData,
  registrationData,
  signupProblems,
  type SignupProblem,
  type SignupForm,
} from './registration.js';
export * from './workshop.types.js';
export {parseWorkshopFeed} from './feed.js';
export {calendarFile, escapeText, fold as foldLine, type CalendarEvent} from './ics.js';
export {instantOf, isTimeZone, offsetAt} from './time.js';
