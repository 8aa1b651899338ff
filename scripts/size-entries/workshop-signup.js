// What a page that uses only workshop sign-up imports (the consent prompt it embeds
// included); scripts/check-size.mjs measures it against core-baseline.js.
import '@careloop/workshop-signup/cl-workshop-signup.js';
