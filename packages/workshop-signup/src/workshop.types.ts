import type {ConsentRecord} from '@careloop/consent-prompt';

/** How a workshop is held. */
export const WORKSHOP_FORMATS = ['in-person', 'online', 'hybrid'] as const;
export type WorkshopFormat = (typeof WORKSHOP_FORMATS)[number];

/** Who a workshop is for. */
export const WORKSHOP_AUDIENCES = ['patients', 'families', 'carers', 'professionals'] as const;
export type WorkshopAudience = (typeof WORKSHOP_AUDIENCES)[number];

export const STATUSES = ['scheduled', 'cancelled'] as const;
export type Status = (typeof STATUSES)[number];

/** Who is registering. */
export const ROLES = ['patient', 'family-member', 'carer', 'professional', 'other'] as const;
export type Role = (typeof ROLES)[number];

/** Access needs asked about, never tucked away under the address. */
export const ACCESS_NEEDS = [
  'step-free',
  'hearing-loop',
  'sign-language',
  'interpreter',
  'large-print',
  'quiet-space',
  'breaks',
] as const;
export type AccessNeed = (typeof ACCESS_NEEDS)[number];

export const DIETS = ['vegetarian', 'vegan', 'halal', 'kosher', 'gluten-free', 'lactose-free', 'other'] as const;
export type Diet = (typeof DIETS)[number];

/** Expenses a participant may claim. */
export const EXPENSES = ['travel', 'parking', 'care-cover'] as const;
export type Expense = (typeof EXPENSES)[number];

/** How the person would like involvement payments handled. */
export const PAYMENT_PREFERENCES = ['tell-me-how-to-claim', 'no-payment', 'benefits-talk-first'] as const;
export type PaymentPreference = (typeof PAYMENT_PREFERENCES)[number];

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const DAYPARTS = ['morning', 'afternoon', 'evening'] as const;
export type Daypart = (typeof DAYPARTS)[number];

/** One date and time a workshop is (or could be) held: local date-times in the workshop's zone. */
export interface Session {
  id: string;
  start: string;
  end: string;
}

export interface Facilitator {
  name: string;
  /** e.g. "Patient partner", "Nurse consultant". */
  role?: string;
}

/** One workshop of the feed (DESIGN.md, "Workshop feed"). */
export interface Workshop {
  id: string;
  title: string;
  description?: string;
  /** Local date-time in `timeZone`, e.g. 2026-03-29T10:00. */
  start: string;
  end: string;
  timeZone: string;
  format: WorkshopFormat;
  location?: {name?: string; address?: string};
  audience: WorkshopAudience[];
  language?: string;
  capacity?: number;
  registered?: number;
  registrationDeadline?: string;
  status: Status;
  accessibility?: string;
  facilitators: Facilitator[];
  /** Candidate dates, when the date is still to be chosen: people tick every one they could do. */
  options: Session[];
}

/** How the person would like to take part, when they give their availability. */
export const INTEREST_FORMATS = ['in-person', 'online', 'either'] as const;
export type InterestFormat = (typeof INTEREST_FORMATS)[number];

/** How the person would like to be contacted. */
export interface ContactData {
  email?: string;
  phone?: string;
  preferred: 'email' | 'phone';
}

/** `data` of a `workshop-registration` envelope. JSON Schema: schemas/workshop-registration.schema.json. */
export interface RegistrationData {
  workshop: {id: string; title: string; start: string; end: string; timeZone: string};
  /** Candidate dates the person could do, when the workshop offers several. */
  sessions?: string[];
  waitlist: boolean;
  name: string;
  contact: ContactData;
  role: string;
  organisation?: string;
  companion: boolean;
  accessNeeds: {
    needs: string[];
    interpreterLanguage?: string;
    signLanguage?: string;
    details?: string;
    callMe: boolean;
  };
  diet: {needs: string[]; other?: string};
  expenses: {claims: string[]; payment?: string};
  consent: ConsentRecord;
}

/** `data` of an `involvement-interest` envelope. JSON Schema: schemas/involvement-interest.schema.json. */
export interface InterestData {
  weekdays: string[];
  dayparts: string[];
  format: InterestFormat;
  location?: string;
  name: string;
  contact: ContactData;
  workshop?: string;
  consent: ConsentRecord;
}

/**
 * What the person has entered in the registration or availability form, as they
 * entered it (untrimmed). One draft serves both forms; each reads the fields it asks.
 */
export interface SignupDraft {
  name: string;
  email: string;
  phone: string;
  /** "I don't use e-mail: phone me instead". */
  phoneInstead: boolean;
  role: Role | '';
  organisation: string;
  companion: boolean;
  /** Candidate dates ticked, by session id. */
  sessions: string[];
  access: AccessNeed[];
  signLanguage: string;
  interpreterLanguage: string;
  accessDetails: string;
  callMe: boolean;
  diet: Diet[];
  dietOther: string;
  expenses: Expense[];
  payment: PaymentPreference | '';
  weekdays: Weekday[];
  dayparts: Daypart[];
  format: InterestFormat | '';
  location: string;
}

/** The fields of a draft that hold a list of ticked values. */
export type DraftList = {[K in keyof SignupDraft]: SignupDraft[K] extends string[] ? K : never}[keyof SignupDraft];

export const emptyDraft = (): SignupDraft => ({
  name: '',
  email: '',
  phone: '',
  phoneInstead: false,
  role: '',
  organisation: '',
  companion: false,
  sessions: [],
  access: [],
  signLanguage: '',
  interpreterLanguage: '',
  accessDetails: '',
  callMe: false,
  diet: [],
  dietOther: '',
  expenses: [],
  payment: '',
  weekdays: [],
  dayparts: [],
  format: '',
  location: '',
});
