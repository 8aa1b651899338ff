// What a page that uses only the consent prompt imports; scripts/check-size.mjs measures
// it against core-baseline.js (its budget is "on top of core").
import '@careloop/consent-prompt/cl-consent-prompt.js';
