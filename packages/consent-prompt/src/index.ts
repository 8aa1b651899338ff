export {ConsentPrompt} from './consent-prompt.js';
export * from './consent-prompt.types.js';
export {parseConsentConfig} from './config.js';
export {createRecord, digest, sha256Fallback, toFhirConsent} from './record.js';
