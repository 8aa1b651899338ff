import {defineElement} from '@careloop/core';
import {WorkshopSignup} from './workshop-signup.js';

defineElement('cl-workshop-signup', WorkshopSignup);

declare global {
  interface HTMLElementTagNameMap {
    'cl-workshop-signup': WorkshopSignup;
  }
}

export {WorkshopSignup};
