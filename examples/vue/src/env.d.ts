// Careloop's tags, typed for the templates (vue-tsc).
import type {} from 'careloop/vue.js';
