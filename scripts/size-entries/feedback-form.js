// What a page that uses only the feedback form imports; scripts/check-size.mjs measures it
// (Lit, core and the outbox included; presets, locales and DOMPurify load on demand).
import '@careloop/feedback-form/cl-feedback-form.js';
