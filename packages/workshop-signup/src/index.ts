export {WorkshopSignup, type InterestData, type RegistrationData} from './workshop-signup.js';
export * from './workshop.types.js';
export {parseWorkshopFeed} from './feed.js';
export {calendarFile, escapeText, fold as foldLine, type CalendarEvent} from './ics.js';
export {instantOf, isTimeZone, offsetAt} from './time.js';
