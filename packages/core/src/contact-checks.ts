// The checks of contact details a person types (forms that ask for them load these with their fields).

/** Whether `value` looks like an e-mail address (something@somewhere.tld): enough to catch a typo, no more. */
export function isEmail(value: string): boolean {
  // String operations, not a pattern that backtracks: a field can be pasted full of dots.
  const at = value.indexOf('@');
  const domain = value.slice(at + 1);
  const dot = domain.indexOf('.', 1);
  return at > 0 && dot > 0 && domain.length - dot > 2 && !/\s/.test(value) && !domain.includes('@');
}

/** Whether `value` looks like a phone number: digits with spaces, dots, dashes or brackets, an optional leading +. */
export function isPhone(value: string): boolean {
  return /^\+?[\d\s().-]{6,20}$/.test(value);
}
