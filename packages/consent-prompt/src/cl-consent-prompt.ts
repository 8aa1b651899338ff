import {defineElement} from '@careloop/core';
import {ConsentPrompt} from './consent-prompt.js';

defineElement('cl-consent-prompt', ConsentPrompt);

declare global {
  interface HTMLElementTagNameMap {
    'cl-consent-prompt': ConsentPrompt;
  }
}

export {ConsentPrompt};
