export {ConsentPrompt} from './consent-prompt.js';
export * from './consent-prompt.types.js';
export {parseConsentConfig} from './config.js';
export {createRecord, digest, toFhirConsent} from './record.js';
